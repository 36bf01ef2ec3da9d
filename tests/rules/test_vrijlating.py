"""Inkomstenvrijlating: art. 31 lid 2 onder n, r, y Pw until 2026, art. 34a Pw from 2027."""
from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate
from rules.participatiewet.vrijlating import Clock, figures, vrijlating

JAN_2026 = Month(2026, 1)


def _vrij(params, income, household, month=JAN_2026, clock=None, early=False, job=None):
    return vrijlating(Decimal(income), month, household, clock or Clock(), figures(month, params, early))


def test_n_is_a_quarter_of_the_wage(params):
    # rules-figures.md §7.2 D1: 25% of 600 = 150, under the 285 maximum.
    outcome = _vrij(params, "600", Household("single", 35))
    assert (outcome.amount, outcome.rule) == (Decimal("150.00"), "n")


def test_n_maximum_2026_is_285(params):
    assert _vrij(params, "2000", Household("single", 35)).amount == Decimal("285")


def test_n_maximum_first_half_2025_was_273_and_second_half_278(params):
    assert _vrij(params, "2000", Household("single", 35), Month(2025, 3)).amount == Decimal("273")
    assert _vrij(params, "2000", Household("single", 35), Month(2025, 9)).amount == Decimal("278")


def test_no_n_under_27(params):
    outcome = _vrij(params, "600", Household("single", 26))
    assert outcome.amount == 0 and outcome.explanation.code == "vrijlating_under_27"


def test_n_stops_after_six_months(params):
    outcome = _vrij(params, "600", Household("single", 35), clock=Clock(n_used=6))
    assert outcome.amount == 0 and outcome.explanation.code == "vrijlating_used_up"


def test_r_for_single_parent_of_young_child_after_n(params):
    # 12,5% of 1.600 = 200, capped at 177,66 (2026).
    outcome = _vrij(params, "1600", Household("single_parent", 30, children=(5,)), clock=Clock(n_used=6))
    assert (outcome.amount, outcome.rule) == (Decimal("177.66"), "r")


def test_no_r_when_the_youngest_child_is_12(params):
    outcome = _vrij(params, "1600", Household("single_parent", 30, children=(12,)), clock=Clock(n_used=6))
    assert outcome.amount == 0


def test_y_medisch_urenbeperkt_after_n_without_time_limit(params):
    household = Household("single", 30, medisch_urenbeperkt=True)
    outcome = _vrij(params, "1000", household, clock=Clock(n_used=6))
    assert (outcome.amount, outcome.rule) == (Decimal("150.00"), "y")
    assert _vrij(params, "2000", household, clock=Clock(n_used=6)).amount == Decimal("180.19")


def test_art_34a_is_15_percent_without_maximum_and_without_age_limit(params):
    outcome = _vrij(params, "2000", Household("single", 22), Month(2027, 1))
    assert (outcome.amount, outcome.rule) == (Decimal("300.00"), "34a_a")


def test_gemeente_may_apply_34a_already_in_2026(params):
    outcome = _vrij(params, "600", Household("single", 22), JAN_2026, early=True)
    assert outcome.amount == Decimal("90.00")


def _monthly_job(hours="16", start=JAN_2026):
    return Job(start, "month", "may", Decimal(hours), Decimal("14.71"))


def test_the_six_month_clock_runs_in_a_scenario(params, neutral):
    result = calculate(Scenario(JAN_2026, 9, Household("single", 35), _monthly_job()), params, neutral)
    rules_used = [row.vrijlating_rule for row in result.months]
    assert rules_used == ["n"] * 6 + [None] * 3


def test_months_used_before_count(params, neutral):
    result = calculate(Scenario(JAN_2026, 4, Household("single", 35), _monthly_job(), vrijlating_months_used=4), params, neutral)
    assert [row.vrijlating_rule for row in result.months] == ["n", "n", None, None]


def test_a_new_job_in_2027_gets_twelve_months_of_34a(params, neutral):
    job = _monthly_job(start=Month(2027, 2))
    result = calculate(Scenario(Month(2027, 1), 15, Household("single", 35), job, vrijlating_months_used=6), params, neutral)
    rules_used = [row.vrijlating_rule for row in result.months]
    assert rules_used == [None] + ["34a_a"] * 12 + [None, None]
