"""The month loop on hand-worked cases: scope, settling a month later, leaving the bijstand."""
from datetime import date
from decimal import Decimal

import pytest

from rules import Household, Job, Month, OutOfScope, Scenario, calculate
from rules.profiles import parse_profile

JAN = Month(2026, 1)


def _job(start=JAN, gross="1000.00", period="month"):
    return Job(start, period, "may", gross_per_period=Decimal(gross))


@pytest.mark.parametrize(
    "scenario, code",
    [
        (Scenario(JAN, 12, Household("single", 67)), "aow_age"),
        (Scenario(JAN, 12, Household("couple", 40, 67)), "partner_aow_age"),
        (Scenario(JAN, 12, Household("couple", 67, 40)), "aow_age"),
        (Scenario(JAN, 12, Household("couple", 40, 17)), "partner_under_18"),
        (Scenario(JAN, 12, Household("single", 17)), "under_18"),
        (Scenario(Month(2025, 12), 12, Household("single", 40)), "start_before_supported"),
        (Scenario(JAN, 37, Household("single", 40)), "months_out_of_range"),
        (Scenario(JAN, 12, Household("couple", 40)), "partner_age_missing"),
        (Scenario(JAN, 12, Household("single_parent", 40)), "single_parent_without_children"),
    ],
)
def test_out_of_scope_gets_a_code_not_a_crash(scenario, code, params, neutral):
    with pytest.raises(OutOfScope) as raised:
        calculate(scenario, params, neutral)
    assert raised.value.code == code


def _settle_next_month(neutral):
    raw = dict(neutral.raw)
    raw["open_terms"] = {"verrekenen_in": {"values": {date(2025, 1, 1): {"value": "volgende_maand", "source": {"title": "test"}}}}}
    return parse_profile(raw, "test")


def test_settling_a_month_later_moves_the_deduction_to_the_next_month(params, neutral):
    result = calculate(Scenario(JAN, 3, Household("single", 35), _job()), params, _settle_next_month(neutral))
    january, february = result.months[0], result.months[1]
    # January's wage (net 642,92; vrijlating 160,73; holiday right 51,43 -> counted 533,62) is
    # deducted in February; January pays the full norm.
    assert january.counted_income == Decimal("0.00") and january.bijstand == Decimal("1401.50")
    assert february.counted_income == Decimal("533.62")
    assert february.bijstand == Decimal("1401.50") - Decimal("533.62")


def test_a_wage_above_the_norm_ends_the_bijstand_and_pays_the_saved_vakantietoeslag(params, neutral):
    job = Job(Month(2026, 3), "month", "may", Decimal("40"), Decimal("25.00"))
    result = calculate(Scenario(JAN, 4, Household("single", 35), job), params, neutral)
    march = result.months[2]
    assert march.bijstand == 0 and march.leaves_bijstand
    # Saved: June-December 2025 estimated at the 2025 norms (art. 45: 5% of each month's
    # bijstand): June 5% x 1.345,45 = 67,27, July-December 6 x 5% x 1.369,06 = 6 x 68,45 = 410,70;
    # plus January and February 2026 2 x 70,08 = 140,16: 618,13 paid when the bijstand stops.
    assert march.vakantietoeslag_paid == Decimal("618.13")
    assert not result.months[3].leaves_bijstand and result.months[3].vakantietoeslag_paid == 0


def test_weekly_pay_is_counted_as_52_twelfths(params, neutral):
    # 20 h x 15,00 = 300 a week; loonheffing: 300 x 52 = 15.600 -> 15.552; 5.559 / 52 = 106,90;
    # net 193,10 a week. Counted: 193,10 x 52 / 12 = 836,7666 -> 836,77 every month.
    # First payday Friday 2 January: 2, 9, 16, 23, 30 January; 6, 13, 20, 27 February.
    job = Job(JAN, "week", "may", Decimal("20"), Decimal("15.00"), first_payday=date(2026, 1, 2))
    result = calculate(Scenario(JAN, 2, Household("single", 35), job, vrijlating_months_used=6), params, neutral)
    january, february = result.months
    assert january.paydays == 5 and february.paydays == 4
    assert january.net_wage == Decimal("193.10") * 5
    holiday_right = Decimal("66.94")  # 8% x 836,77 = 66,9416
    assert january.counted_income == february.counted_income == Decimal("836.77") + holiday_right


def test_an_hourly_wage_below_the_minimum_is_flagged(params, neutral):
    job = Job(Month(2026, 7), "month", "may", Decimal("16"), Decimal("14.71"))
    result = calculate(Scenario(Month(2026, 7), 2, Household("single", 35), job), params, neutral)
    [warning] = [w for w in result.warnings if w.code == "wage_below_minimum"]
    assert warning.values["minimum"] == Decimal("14.99")


def test_a_wage_the_minimum_overtakes_on_1_july_is_flagged(params, neutral):
    """EUR 14,71 is the minimum of 1 January 2026; from 1 July 2026 it is EUR 14,99 (Wml art. 14,
    rules/data/wml/minimumloon.yaml). Shown from February to August, the wage typed is below the
    minimum from July: flagged, with the July minimum. Shown only to June: not flagged."""
    job = Job(Month(2026, 2), "month", "may", Decimal("16"), Decimal("14.71"))
    result = calculate(Scenario(Month(2026, 2), 7, Household("single", 35), job), params, neutral)
    [warning] = [w for w in result.warnings if w.code == "wage_below_minimum"]
    assert warning.values["minimum"] == Decimal("14.99")
    until_june = calculate(Scenario(Month(2026, 2), 5, Household("single", 35), job), params, neutral)
    assert "wage_below_minimum" not in {w.code for w in until_june.warnings}


def test_a_youth_wage_at_the_youth_minimum_is_not_flagged(params, neutral):
    job = Job(JAN, "month", "may", Decimal("16"), Decimal("8.83"))  # 60% of 14,71 at 19
    result = calculate(Scenario(JAN, 2, Household("single", 19), job), params, neutral)
    assert "wage_below_minimum" not in {w.code for w in result.warnings}


def test_figures_valid_from_is_the_date_of_the_norms_used(params, neutral):
    result = calculate(Scenario(JAN, 12, Household("single", 35)), params, neutral)
    assert result.figures_valid_from == "2026-07-01"
    later = calculate(Scenario(Month(2027, 1), 3, Household("single", 35)), params, neutral)
    outdated = [w.values for w in later.warnings if w.code == "figures_outdated"]
    [norms] = [values for values in outdated if values["parameter"].startswith("participatiewet/normen")]
    assert norms == {"parameter": "participatiewet/normen.alleenstaande_21", "since": date(2026, 7, 1), "month": Month(2027, 1),
                     "parameters": ["participatiewet/normen.alleenstaande_21", "participatiewet/normen.gehuwden_21"]}


def test_every_explanation_and_warning_code_is_declared_with_its_values(params, neutral):
    from rules.explanations import MONTH_CODES, WARNING_CODES

    household = Household("single_parent", 30, children=(3,), housemates_27_plus=1)
    job = Job(Month(2026, 3), "four_weeks", "may", Decimal("24"), Decimal("15.00"))
    result = calculate(Scenario(JAN, 24, household, job), params, neutral)
    for row in result.months + result.baseline:
        for explanation in row.explanations:
            assert set(explanation.values) == set(MONTH_CODES[explanation.code]), explanation.code
    for warning in result.warnings:
        assert set(warning.values) == set(WARNING_CODES[warning.code]), warning.code


def test_a_single_person_with_a_child_at_home_is_a_single_parent(params, neutral):
    # Art. 4 lid 1 onder c Pw: the alleenstaande ouder has the care of a child under 18.
    result = calculate(Scenario(JAN, 2, Household("single", 35, children=(4,))), params, neutral)
    assert result.scenario.household.situation == "single_parent"
    assert "single_with_children_is_single_parent" in {w.code for w in result.warnings}
    adult_child = calculate(Scenario(JAN, 2, Household("single", 50, children=(19,))), params, neutral)
    assert adult_child.scenario.household.situation == "single"


# A figure carried past its change date is named in figures_outdated only when the result uses
# it. The holiday right (Regeling art. 13) has no figure for 2027 yet: it is used when the job
# brings a wage and holiday pay builds up, not with holiday pay on every payday or no wage.
HOLIDAY_RIGHT = "participatiewet/vakantietoeslag.aanspraak_zonder_heffingskorting"


def _outdated(result) -> set[str]:
    return {name for w in result.warnings if w.code == "figures_outdated" for name in w.values["parameters"]}


@pytest.mark.parametrize("holiday_pay, hours, named", [("may", "16", True), ("monthly", "16", False), ("may", "0", False)])
def test_an_outdated_figure_is_named_only_when_it_is_used(params, neutral, holiday_pay, hours, named):
    job = Job(Month(2027, 1), "month", holiday_pay, Decimal(hours), Decimal("15.00"))
    result = calculate(Scenario(Month(2027, 1), 3, Household("single", 35), job), params, neutral)
    assert (HOLIDAY_RIGHT in _outdated(result)) is named
    assert any(name.startswith("participatiewet/normen") for name in _outdated(result))  # 2027 norms: not known yet
