"""Hours that vary (Job.hours_per_week_max, rules/uren.py): the months at the fewest hours, with
the total at the most hours beside each."""
from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import Household, Job, Month, Scenario, calculate
from rules.profiles import parse_profile

JULY = Month(2026, 7)


def _scenario(fewest, most, months=3) -> Scenario:
    job = Job(JULY, "month", "may", hours_per_week=Decimal(fewest), hourly_wage=Decimal("16.00"),
              hours_per_week_max=None if most is None else Decimal(most))
    return Scenario(JULY, months, Household("single", 35), job)


@settings(max_examples=10, deadline=None)
@given(fewest=st.integers(min_value=1, max_value=30), extra=st.integers(min_value=1, max_value=30))
def test_the_band_is_the_same_job_at_the_fewest_and_at_the_most_hours(fewest, extra, params, neutral):
    varying = calculate(_scenario(fewest, fewest + extra), params, neutral)
    low = calculate(_scenario(fewest, None), params, neutral)
    high = calculate(_scenario(fewest + extra, None), params, neutral)
    assert [row.total for row in varying.months] == [row.total for row in low.months]
    assert [row.total_low for row in varying.months] == [row.total for row in low.months]
    assert [row.total_high for row in varying.months] == [row.total for row in high.months]


def test_hours_that_do_not_vary_give_no_band(params, neutral):
    for most in (None, 16, 8):  # absent, equal, or below the fewest: nothing varies
        result = calculate(_scenario(16, most), params, neutral)
        assert all(row.total_low is None and row.total_high is None for row in result.months)
        assert not {"hours_vary", "hours_vary_settled_later"} & {notice.code for notice in result.warnings}


def test_settling_a_month_later_is_explained(params, neutral):
    """With settling a month later, the first month counts nothing yet: at 24 hours the July total
    is the net wage (1.070,42, golden case flexcontract_8_tot_24_uur_2026) plus the whole
    bijstand paid (1.348,49) plus the zorgtoeslag advance, while August has July's wage deducted."""
    raw = dict(neutral.raw)
    raw["open_terms"] = {"verrekenen_in": {"values": {date(2025, 1, 1): {"value": "volgende_maand",
                                                                          "source": {"title": "test"}}}}}
    later = parse_profile(raw, "test")
    result = calculate(_scenario(8, 24), params, later)
    assert "hours_vary_settled_later" in {notice.code for notice in result.warnings}
    july, august = result.months[0], result.months[1]
    toeslagen = july.huurtoeslag + july.zorgtoeslag + july.kindgebonden_budget + july.kinderbijslag
    assert july.total_high - toeslagen == Decimal("1070.42") + Decimal("1348.49")
    assert august.total_high < july.total_high


def test_the_sweep_ignores_the_most_hours(params, neutral):
    from rules.scenario import sweep
    fixed, varying = _scenario(16, None), _scenario(16, 32)
    hours = [Decimal(8), Decimal(24)]
    assert sweep(fixed, hours, params, neutral) == sweep(varying, hours, params, neutral)
    assert dataclasses.replace(varying.job, hours_per_week_max=None) == fixed.job
