"""The result page's words for the lowest month and the year say what the numbers are.

- A lowest month that is lower than an ordinary month only by the rounding of the toeslagen
  advances (rules/summary.py is_ordinary) gets no cause: the page says it is about the same as an
  ordinary month, not "Oorzaak: in die maand krijg je minder toeslagen" for a few cents.
- `summary.years[]`: `difference_cash` adds the months SHOWN in that year, the settlements are
  those of the WHOLE year (also of job months before the first month shown); the sentence says
  exactly that.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.adapters import run, to_scenario
from app.contract import ScenarioRequest
from app.i18n import LANGUAGES, gettext
from app.presenters import result as result_presenter
from app.presenters import result_couple
from rules import summarize

NBSP = "\xa0"
# Single, 45, rent 700, voorbeeld; a job of 2.000 gross a month since February 2026, seen in
# November and December 2026 only.
SINCE_FEBRUARY = {
    "start_month": "2026-11", "months": 2, "gemeente": "voorbeeld",
    "household": {"situation": "single", "age": 45, "rent": 700},
    "job": {"start_month": "2026-02", "gross_per_period": 2000.00, "pay_period": "month", "holiday_pay": "may"}}
# tests/golden/jaareinde/rotterdam_vierwekenloon_baan_sinds_augustus_vanaf_november_2026.yaml
ROTTERDAM = {
    "start_month": "2026-11", "months": 2, "gemeente": "rotterdam",
    "household": {"situation": "single", "age": 45, "rent": 0},
    "job": {"start_month": "2026-08", "gross_per_period": 1000.00, "pay_period": "four_weeks", "holiday_pay": "may"},
    "vrijlating_months_used": 3}


def _view(body: dict, lang: str = "nl"):
    result = run(to_scenario(ScenarioRequest.model_validate(body)))
    return result, result_presenter.build(result, summarize(result), lang=lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_lowest_month_lower_only_by_the_advances_rounding_names_no_cause(lang):
    """November 8 cents below December: zorgtoeslag 129,16 against 129,24 (1.550 a year in
    twelve terms, the cents left over in December: tests/rules/test_summary_ordinary_lowest.py)."""
    _, view = _view(ROTTERDAM, lang)
    ordinary = gettext(result_presenter.LOWEST_ORDINARY, lang)
    assert lang == "nl" or ordinary != result_presenter.LOWEST_ORDINARY  # translated
    assert view.headline[-1] == ordinary
    assert gettext(result_presenter.CAUSES["less_toeslagen"], lang) not in view.headline
    if lang == "nl":
        assert view.headline[1:] == [
            f"Je laagste maand is november 2026. Dan komt er €{NBSP}1.571,48 op je rekening.",
            "Dat is ongeveer evenveel als in een gewone maand."]


def test_the_year_sentence_says_months_shown_plus_the_whole_years_settlements():
    """Cash: November and December each add 237,32 (typical_difference), 2 x 237,32 = 474,64.
    Settlements over all of 2026 with the job from February, as the rules core works them out
    (not by hand here; the sentence is what is tested): huurtoeslag advance 5.122, definitive
    4.633 (settlement -489), and of the tax refund 6.862,35 the household keeps 6.042,80 (without
    the job 0). 474,64 - 489 + 6.042,80 = 6.028,44: months shown plus the whole year."""
    result, view = _view(SINCE_FEBRUARY)
    [year_end] = result.year_end
    assert year_end.toeslagen_settlement == Decimal("-489.00")
    assert year_end.details["income_tax"]["kept"] == Decimal("6042.80")
    assert [row.total - row.total_without_job for row in result.months] == [Decimal("237.32")] * 2
    assert view.years == [
        f"Verschil met zonder baan in de maanden van 2026 die je hier ziet: + €{NBSP}474,64. "
        f"Met wat je over heel 2026 aan toeslagen en belasting terugkrijgt of terugbetaalt: + €{NBSP}6.028,44."]


def test_a_couples_year_sentence_says_the_same_to_both():
    assert "die jullie hier zien" in result_couple.YEAR and "over heel %(year)s" in result_couple.YEAR
    assert result_couple.for_household(result_presenter.YEAR, True) == result_couple.YEAR
