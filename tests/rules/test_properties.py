"""Invariants of the month loop, for any household and job (Hypothesis)."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import Household, Job, Month, Scenario, calculate, default_parameters, default_profiles
from rules.parameters import ParameterSet

PARAMS: ParameterSet = default_parameters()
NEUTRAL = default_profiles()["voorbeeld"]
LIMITED = {"n": 6, "r": 30, "34a_a": 12}

months = st.builds(Month, st.integers(2026, 2027), st.integers(1, 12))
money = st.decimals(min_value=Decimal("0"), max_value=Decimal("1500"), places=2)


@st.composite
def households(draw):
    situation = draw(st.sampled_from(["single", "single_parent", "couple"]))
    age = draw(st.integers(18, 66))
    partner_age = draw(st.integers(18, 66)) if situation == "couple" else None
    # A child is younger than its parents (rules/scope.py).
    oldest_child = max(age, partner_age or 0) - 1
    children = tuple(draw(st.lists(st.integers(0, min(19, oldest_child)),
                                   min_size=1 if situation == "single_parent" else 0, max_size=4)))
    return Household(
        situation=situation,
        age=age,
        partner_age=partner_age,
        children=children,
        housemates_27_plus=draw(st.integers(0, 3)),
        rent=draw(money),
        medisch_urenbeperkt=draw(st.booleans()),
    )


@st.composite
def jobs(draw, start):
    hours_based = draw(st.booleans())
    return Job(
        start_month=start.plus(draw(st.integers(-6, 6))),
        pay_period=draw(st.sampled_from(["month", "four_weeks", "week"])),
        holiday_pay=draw(st.sampled_from(["may", "monthly"])),
        hours_per_week=Decimal(draw(st.integers(0, 40))) if hours_based else None,
        hourly_wage=draw(st.decimals(min_value=Decimal("10"), max_value=Decimal("40"), places=2)) if hours_based else None,
        gross_per_period=None if hours_based else draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("4000"), places=2)),
        loonheffingskorting_by_employer=draw(st.booleans()),
    )


@st.composite
def scenarios(draw):
    start = draw(months)
    return Scenario(
        start_month=start,
        months=draw(st.integers(1, 24)),
        household=draw(households()),
        job=draw(st.one_of(st.none(), jobs(start))),
        vrijlating_months_used=draw(st.integers(0, 40)),
    )


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scenarios())
def test_bijstand_is_never_negative_and_never_above_the_norm(scenario):
    for row in calculate(scenario, PARAMS, NEUTRAL).months:
        assert Decimal(0) <= row.bijstand <= row.norm


@SETTINGS
@given(scenarios())
def test_bijstand_plus_counted_income_is_the_norm_while_there_is_bijstand(scenario):
    for row in calculate(scenario, PARAMS, NEUTRAL).months:
        if row.bijstand > 0:
            assert row.bijstand + row.counted_income == row.norm


@SETTINGS
@given(scenarios())
def test_total_is_everything_that_is_paid(scenario):
    for row in calculate(scenario, PARAMS, NEUTRAL).months:
        assert row.total == row.paid_parts()
        assert row.bijstand_paid + row.vakantietoeslag_reserved == row.bijstand


@SETTINGS
@given(scenarios())
def test_vrijlating_within_its_caps_and_clocks(scenario):
    rows = calculate(scenario, PARAMS, NEUTRAL).months
    for row in rows:
        assert row.vrijlating >= 0
        if row.vrijlating_rule in ("n", "r", "y"):
            maximum = PARAMS.amount(f"participatiewet/vrijlating.{row.vrijlating_rule}_maximum", row.month)
            assert row.vrijlating <= maximum
    for rule, limit in LIMITED.items():
        assert sum(1 for row in rows if row.vrijlating_rule == rule) <= limit


@SETTINGS
@given(scenarios(), st.data())
def test_the_baseline_never_depends_on_the_job(scenario, data):
    without = Scenario(scenario.start_month, scenario.months, scenario.household, None, scenario.vrijlating_months_used)
    other_job = data.draw(jobs(scenario.start_month))
    with_job = Scenario(scenario.start_month, scenario.months, scenario.household, other_job, scenario.vrijlating_months_used)
    plain = [row.total for row in calculate(without, PARAMS, NEUTRAL).months]
    assert [row.total_without_job for row in calculate(with_job, PARAMS, NEUTRAL).months] == plain


@SETTINGS
@given(scenarios())
def test_no_job_means_total_equals_total_without_job(scenario):
    without = Scenario(scenario.start_month, scenario.months, scenario.household, None, scenario.vrijlating_months_used)
    for row in calculate(without, PARAMS, NEUTRAL).months:
        assert row.total == row.total_without_job


@SETTINGS
@given(scenarios())
def test_same_request_twice_gives_the_same_result(scenario):
    first = [(row.total, row.bijstand) for row in calculate(scenario, PARAMS, NEUTRAL).months]
    second = [(row.total, row.bijstand) for row in calculate(scenario, PARAMS, NEUTRAL).months]
    assert first == second


@SETTINGS
@given(scenarios(), st.integers(0, 39))
def test_more_hours_never_lower_the_net_wage(scenario, hours):
    if scenario.job is None or scenario.job.hourly_wage is None:
        return
    fewer = Scenario(scenario.start_month, scenario.months, scenario.household,
                     Job(**{**scenario.job.__dict__, "hours_per_week": Decimal(hours)}), scenario.vrijlating_months_used)
    more = Scenario(scenario.start_month, scenario.months, scenario.household,
                    Job(**{**scenario.job.__dict__, "hours_per_week": Decimal(hours + 1)}), scenario.vrijlating_months_used)
    for low, high in zip(calculate(fewer, PARAMS, NEUTRAL).months, calculate(more, PARAMS, NEUTRAL).months):
        assert high.net_wage >= low.net_wage


@settings(max_examples=40, deadline=None)
@given(scenarios())
def test_sweep_matches_the_scenario_for_the_same_hours(scenario):
    from rules import sweep
    from rules.money import to_cents

    if scenario.job is None or scenario.job.hourly_wage is None:
        return
    result = calculate(scenario, PARAMS, NEUTRAL)
    [point] = sweep(scenario, [scenario.job.hours_per_week], PARAMS, NEUTRAL)
    totals = [row.total for row in result.months]
    assert point.average_total == to_cents(sum(totals) / len(totals))
    assert point.lowest_total == min(totals)
