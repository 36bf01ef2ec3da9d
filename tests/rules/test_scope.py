"""The horizon of the months Houvast calculates for, ages that cannot be, and caches that stay
bounded (stepping start_month through the centuries grew one process from 73 to 743 MiB)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from rules import Household, Job, Month, OutOfScope, Scenario, calculate
from rules.parameters import MAX_CACHED, ParameterSet, load_parameters
from rules.profiles import MAX_MEMO
from rules.scope import EARLIEST_JOB_START, last_supported_month

SINGLE = Household(situation="single", age=35)


def scenario(start: Month, job_start: Month | None = None, household: Household = SINGLE, months: int = 12):
    job = Job(start_month=job_start, hours_per_week=Decimal(16), hourly_wage=Decimal("14.71")) if job_start else None
    return Scenario(start_month=start, months=months, household=household, job=job)


def test_the_horizon_is_three_years_past_the_newest_norm(params):
    newest = params.get("participatiewet/normen.gehuwden_21").values[-1][0]
    assert last_supported_month(params) == Month(newest.year + 3, 12)
    assert last_supported_month(params) >= Month(2029, 12)


@pytest.mark.parametrize("start, job_start, code", [
    ("9996-01", None, "start_after_supported"),
    ("+1", None, "start_after_supported"),
    ("2027-01", "+1", "job_start_after_supported"),
    ("2027-01", "9999-12", "job_start_after_supported"),
    ("2027-01", "0001-01", "job_start_too_early"),
])
def test_months_past_the_horizon_are_out_of_scope(params, neutral, start, job_start, code):
    last = last_supported_month(params)
    start_month = last.plus(1) if start == "+1" else Month.parse(start)
    job_month = None if job_start is None else last.plus(1) if job_start == "+1" else Month.parse(job_start)
    with pytest.raises(OutOfScope, match=code):
        calculate(scenario(start_month, job_month, months=36), params, neutral)


def test_the_horizon_itself_is_calculated(params, neutral):
    last = last_supported_month(params)
    result = calculate(scenario(last, last, months=36), params, neutral)
    assert len(result.months) == 36
    assert calculate(scenario(Month(2026, 1), EARLIEST_JOB_START), params, neutral).months


@pytest.mark.parametrize("household", [
    Household(situation="single_parent", age=18, children=(30,)),
    Household(situation="single_parent", age=30, children=(4, 30)),
    Household(situation="couple", age=25, partner_age=24, children=(25,)),
])
def test_a_child_as_old_as_its_parents_is_out_of_scope(params, neutral, household):
    with pytest.raises(OutOfScope, match="child_older_than_parent"):
        calculate(scenario(Month(2027, 1), household=household), params, neutral)


def test_every_accepted_month_keeps_the_caches_small(neutral):
    """Every start month up to the horizon, 36 months each, with a job: the caches hold what
    the horizon allows, far below their caps (which are only the safety net)."""
    params = load_parameters()
    month = Month(2026, 1)
    while month <= last_supported_month(params):
        calculate(scenario(month, month, months=36), params, neutral)
        month = month.plus(1)
    assert 0 < len(params._cache) < MAX_CACHED / 4
    assert 0 < len(neutral._memo) < MAX_MEMO / 4


def test_the_caches_never_pass_their_caps(neutral):
    params = load_parameters()
    for year in range(2026, 2026 + MAX_CACHED // 12 + 10):
        for month in range(1, 13):
            params.at("participatiewet/normen.gehuwden_21", Month(year, month))
        neutral.at("bufferbudget", Month(year, 1))
    assert len(params._cache) <= MAX_CACHED
    assert len(neutral._memo) <= MAX_MEMO
    assert isinstance(params, ParameterSet)
