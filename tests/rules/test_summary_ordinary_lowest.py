"""rules/summary.py `is_ordinary`: a lowest month that is lower than an ordinary month only by the
rounding of the toeslagen advances has no cause.

The voorschot is paid in twelve terms (art. 22 lid 1 AWIR) of a yearly amount in whole euros
(art. 14 lid 4 AWIR); rules/toeslagen/awir.py rounds each term down to cents and pays the cents
left over in December, at most 11 of them a toeslag.
"""
from dataclasses import replace
from decimal import Decimal as D

from app.adapters import run, to_scenario
from app.contract import ScenarioRequest
from rules import Month, summarize
from rules.model import MonthResult
from rules.summary import is_ordinary
from rules.toeslagen.awir import TERM_ROUNDING, terms


def test_december_gets_at_most_eleven_cents_more_from_rounding():
    # 1.550 / 12 = 129,1666... -> 129,16 a term; December 1.550 - 11 x 129,16 = 129,24 (8 cents).
    assert terms(D("1550")) == [D("129.16")] * 11 + [D("129.24")]
    # Whole euros leave 0, 4 or 8 cents (100 cents = 8 x 12 + 4); any amount in cents at most 11:
    # 1.559,03 / 12 = 129,9191... -> 129,91; December 1.559,03 - 11 x 129,91 = 130,02: 11 cents.
    assert terms(D("1559.03"))[-1] - terms(D("1559.03"))[0] == TERM_ROUNDING == D("0.11")


def test_rotterdam_november_is_not_lower_for_eight_cents_of_zorgtoeslag():
    """tests/golden/jaareinde/rotterdam_vierwekenloon_baan_sinds_augustus_vanaf_november_2026.yaml,
    November and December 2026 shown. Both months: net wage 643,62, bijstand paid 798,70 (worked
    in the golden file); zorgtoeslag 129,16 in November and 129,24 in December (the advance of
    1.550 a year over twelve terms, above). So November is 8 cents lower, only by the rounding:
    before, the cause named was "less_toeslagen" ("in die maand krijg je minder toeslagen")."""
    request = ScenarioRequest.model_validate({
        "start_month": "2026-11", "months": 2, "gemeente": "rotterdam",
        "household": {"situation": "single", "age": 45, "rent": 0},
        "job": {"start_month": "2026-08", "gross_per_period": 1000.00, "pay_period": "four_weeks",
                "holiday_pay": "may"},
        "vrijlating_months_used": 3})
    result = run(to_scenario(request))
    november, december = result.months
    assert (november.zorgtoeslag, december.zorgtoeslag) == (D("129.16"), D("129.24"))
    assert december.total - november.total == D("0.08")
    summary = summarize(result)
    assert (summary.lowest_month, summary.lowest_total) == (Month(2026, 11), november.total)
    assert summary.lowest_is_ordinary
    assert summary.lowest_cause == "other"


def _month(number, total, **amounts):
    return MonthResult(Month(2026, number), total=D(total), total_without_job=D("1500.00"), paydays=1, **amounts)


def test_the_rounding_allowed_is_eleven_cents_a_toeslag_and_no_more():
    """Against the median total of the months shown (two months: their mean). One toeslag:
    11 cents below the median is rounding, 12 cents is not; two toeslagen: 22 cents."""
    one = {"zorgtoeslag": D("129.16")}
    two = {"zorgtoeslag": D("129.16"), "huurtoeslag": D("400.00")}
    # Median (1.600,00 + 1.600,22) / 2 = 1.600,11: 11 cents above 1.600,00.
    low, high = _month(11, "1600.00", **one), _month(12, "1600.22", **one)
    assert is_ordinary(low, [low, high], low)
    # Median (1.600,00 + 1.600,24) / 2 = 1.600,12: 12 cents, more than the rounding of one toeslag.
    high = replace(high, total=D("1600.24"))
    assert not is_ordinary(low, [low, high], low)
    low2, high2 = _month(11, "1600.00", **two), _month(12, "1600.24", **two)
    assert is_ordinary(low2, [low2, high2], low2)
    # Without a toeslag no difference is rounding; the month equal to the median is still ordinary.
    bare = [_month(11, "1600.00"), _month(12, "1600.02"), _month(10, "1600.00")]
    assert is_ordinary(bare[0], bare, bare[0])
    assert not is_ordinary(bare[0], bare[:2], bare[0])  # median 1.600,01: one cent, no toeslag


def test_a_month_below_the_month_without_the_job_is_never_ordinary():
    low = _month(11, "1499.99", zorgtoeslag=D("129.16"))
    assert not is_ordinary(low, [low, _month(12, "1500.00", zorgtoeslag=D("129.24"))],
                           replace(low, total=D("1500.00")))


def test_months_at_the_lowest_are_counted_in_the_core_over_the_months_compared(params, neutral):
    """How many months end at the lowest total is the core's count (the page says "N maanden"),
    over the months it compares: from the first month of either partner's job. Without a job,
    January to March 2026 of a single person are alike (the same norm until 1 July, the same
    advances: the rounding cents go to December), so all three are the lowest."""
    from rules import Household, Job, Month, Scenario, calculate, summarize

    alike = summarize(calculate(Scenario(Month(2026, 1), 3, Household("single", 35)), params, neutral))
    assert alike.months_at_lowest == 3
    # Only the partner works, from March: January and February are not compared.
    job = Job(Month(2026, 3), "month", "may", D("12"), D("15.00"))
    couple = Scenario(Month(2026, 1), 4, Household("couple", 35, partner_age=33), None, partner_job=job)
    result = calculate(couple, params, neutral)
    summary = summarize(result)
    compared = [row for row in result.months if row.month >= Month(2026, 3)]
    assert summary.lowest_total == min(row.total for row in compared)
    assert summary.months_at_lowest == sum(1 for row in compared if row.total == summary.lowest_total)
