"""Invariants of the toeslagen (Hypothesis)."""
import dataclasses
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rules import Job, Month, Scenario, calculate, default_parameters, default_profiles
from rules.toeslagen import huurtoeslag, jaar, kindgebonden_budget, zorgtoeslag

from .test_properties import households

PARAMS = default_parameters()
NEUTRAL = default_profiles()["voorbeeld"]

incomes = st.decimals(min_value=Decimal("0"), max_value=Decimal("150000"), places=2)
years = st.sampled_from([2025, 2026, 2027])


@given(households(), incomes, incomes, years)
def test_toeslagen_never_negative_and_never_rise_with_income(household, a, b, year):
    low, high = min(a, b), max(a, b)
    zorg = zorgtoeslag.figures(household.situation == "couple", year, PARAMS)
    assert zorgtoeslag.yearly(high, zorg) <= zorgtoeslag.yearly(low, zorg)
    assert zorgtoeslag.yearly(high, zorg) >= 0
    kgb = kindgebonden_budget.figures(household, year, PARAMS)
    assert 0 <= kindgebonden_budget.yearly(high, kgb) <= kindgebonden_budget.yearly(low, kgb)
    if year >= 2026:
        rent = huurtoeslag.rent_part(household, year, PARAMS)
        assert 0 <= huurtoeslag.yearly(high, rent) <= huurtoeslag.yearly(low, rent)


@st.composite
def scenarios(draw):
    household = draw(households())
    start = Month(2026, draw(st.integers(1, 12)))
    job = None
    if draw(st.booleans()):
        job = Job(
            start.plus(draw(st.integers(-3, 6))),
            pay_period=draw(st.sampled_from(["month", "four_weeks", "week"])),
            holiday_pay=draw(st.sampled_from(["may", "monthly"])),
            hours_per_week=Decimal(draw(st.integers(1, 40))),
            hourly_wage=draw(st.decimals(min_value=Decimal("14.71"), max_value=Decimal("40"), places=2)),
        )
    return Scenario(start, draw(st.integers(1, 24)), household, job)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_month_fields_never_negative_and_advance_follows_the_baseline(scenario):
    result = calculate(scenario, PARAMS, NEUTRAL)
    for row, base in zip(result.months, result.baseline):
        for name in ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag"):
            assert getattr(row, name) >= 0
            # By default the advance rests on the income reported without the job.
            assert getattr(row, name) == getattr(base, name)
        assert row.total == row.paid_parts()
    assert [y.year for y in result.year_end] == sorted({r.month.year for r in result.months})
    for year in result.year_end:
        parts = year.details["toeslagen"]
        assert year.toeslagen_settlement == sum(p["definitive"] - p["advance"] for p in parts.values())
        assert all(p["definitive"] >= 0 and p["advance"] >= 0 for p in parts.values())
        tax = year.details["income_tax"]
        assert tax["kept"] + tax["clawed_back"] == year.income_tax_settlement
        if scenario.job is None:
            assert year.toeslagen_settlement == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_settlement_is_zero_when_the_advance_used_the_true_income(scenario):
    # The twin below stands in for the baseline, whose months before the window are copies of
    # its first month (without a job, so right for the baseline). A job that started before the
    # window ran only from its start in those months (jaar.apply's `before`), which a copy of a
    # month with the job cannot stand for: the twin is not "the true income" there.
    assume(scenario.job is None or scenario.job.start_month >= scenario.start_month)
    result = calculate(scenario, PARAMS, NEUTRAL)
    twin = [dataclasses.replace(row, explanations=[]) for row in result.months]
    year_ends, _ = jaar.apply(scenario, result.months, twin, PARAMS)
    assert all(y.toeslagen_settlement == 0 for y in year_ends)
    for y in year_ends:
        report = y.details["report_now"]
        assert report is None or report["settlement"] == 0
