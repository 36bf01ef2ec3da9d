"""Kinderbijslag: per child per quarter, by age on the first day of the quarter, paid afterwards."""
from decimal import Decimal as D

from rules import Household, Month, Scenario, calculate, default_parameters, default_profiles
from rules.kinderbijslag import payment, quarter_paid_in

PARAMS = default_parameters()


def test_quarter_paid_in_the_month_after():
    assert quarter_paid_in(Month(2026, 1)) == Month(2025, 10)
    assert quarter_paid_in(Month(2026, 4)) == Month(2026, 1)
    assert quarter_paid_in(Month(2026, 5)) is None


def test_2025_amounts_three_children():
    # rules-figures G7: children of 4, 9 and 14 in Q1 2025: 286.45 + 347.83 + 409.21 = 1,043.49,
    # paid in April 2025.
    household = Household("single_parent", 35, children=(4, 9, 14))
    amount, explanation = payment(household, Month(2025, 4), PARAMS)
    assert amount == D("1043.49")
    assert explanation.values == {"amount": D("1043.49"), "quarter": "2025-Q1", "children": 3}
    # Q3 2025 at the 1 July 2025 amounts (AKW art. 12): 291.49 + 353.95 + 416.41.
    assert payment(household, Month(2025, 10), PARAMS)[0] == D("1061.85")


def test_2026_amounts_by_quarter_start():
    household = Household("single_parent", 35, children=(5,))
    # January 2026 pays Q4 2025 (1 July 2025 amount), April pays Q1 2026, October Q3 2026.
    assert payment(household, Month(2026, 1), PARAMS)[0] == D("291.49")
    assert payment(household, Month(2026, 4), PARAMS)[0] == D("295.07")
    assert payment(household, Month(2026, 7), PARAMS)[0] == D("295.07")
    assert payment(household, Month(2026, 10), PARAMS)[0] == D("298.40")
    assert payment(household, Month(2026, 11), PARAMS)[0] == 0


def test_no_kinderbijslag_from_18():
    household = Household("single_parent", 45, children=(18,))
    assert payment(household, Month(2026, 4), PARAMS)[0] == 0


def test_in_the_month_loop_and_the_total():
    household = Household("single_parent", 35, children=(12,))
    result = calculate(Scenario(Month(2026, 1), 12, household), PARAMS, default_profiles()["voorbeeld"])
    paid = {str(row.month): row.kinderbijslag for row in result.months if row.kinderbijslag}
    assert paid == {"2026-01": D("416.41"), "2026-04": D("421.53"), "2026-07": D("421.53"), "2026-10": D("426.29")}
    assert all(a.kinderbijslag == b.kinderbijslag for a, b in zip(result.months, result.baseline))
