"""The partner's job in the rules core: the sweep, hours that vary, the reasons and warnings."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from rules import Household, Job, Month, OutOfScope, Scenario, calculate, default_parameters, default_profiles, summarize, sweep
from rules.explanations import MONTH_CODES, WARNING_CODES

PARAMS = default_parameters()
NEUTRAL = default_profiles()["voorbeeld"]
COUPLE = Household("couple", 40, partner_age=45)
# 24 x 16,00 x 52/12 = 1.664,00 gross a month (tests/golden/partners/alleen_partner_werkt_2026.yaml).
PARTNER_JOB = Job(Month(2026, 9), hours_per_week=Decimal(24), hourly_wage=Decimal("16.00"))


def test_the_sweep_varies_the_partners_hours_when_only_the_partner_works():
    scenario = Scenario(Month(2026, 9), 4, COUPLE, partner_job=PARTNER_JOB)
    points = sweep(scenario, [Decimal(0), Decimal(24)], PARAMS, NEUTRAL)
    result = calculate(scenario, PARAMS, NEUTRAL)
    summary = summarize(result)
    own = points[1]  # the partner's own hours: the same measures as the summary
    assert (own.typical_difference, own.average_difference) == (summary.typical_difference, summary.average_difference)
    assert own.lowest_total == summary.lowest_total
    assert points[0].average_total == points[0].average_total_without_job  # no hours: the household without work


def test_the_sweep_needs_an_hourly_wage_on_the_job_it_varies():
    by_amount = dataclasses.replace(PARTNER_JOB, hours_per_week=None, hourly_wage=None, gross_per_period=Decimal(900))
    with pytest.raises(OutOfScope):
        sweep(Scenario(Month(2026, 9), 2, COUPLE, partner_job=by_amount), [Decimal(8)], PARAMS, NEUTRAL)


def test_hours_that_vary_on_the_partners_job_give_the_band():
    flex = dataclasses.replace(PARTNER_JOB, hours_per_week=Decimal(8), hours_per_week_max=Decimal(24))
    result = calculate(Scenario(Month(2026, 9), 2, COUPLE, partner_job=flex), PARAMS, NEUTRAL)
    fixed = calculate(Scenario(Month(2026, 9), 2, COUPLE, partner_job=PARTNER_JOB), PARAMS, NEUTRAL)
    for row, most in zip(result.months, fixed.months):
        assert row.total_low == row.total and row.total_high == most.total
        assert row.total_high > row.total_low
    assert "hours_vary" in {warning.code for warning in result.warnings}


def test_every_reason_about_the_partner_carries_the_values_of_its_code():
    """A couple where both work, over the 2027 switch, with the partner's job ending and holiday
    pay in May: each reason's values are those rules/explanations.py lists for its code."""
    scenario = Scenario(
        Month(2026, 4), 14, COUPLE,
        job=Job(Month(2026, 4), "four_weeks", hours_per_week=Decimal(20), hourly_wage=Decimal("15.00")),
        partner_job=Job(Month(2026, 5), "month", gross_per_period=Decimal(900), end_month=Month(2027, 2)))
    result = calculate(scenario, PARAMS, NEUTRAL)
    codes = set()
    for row in result.months:
        for explanation in row.explanations:
            assert set(explanation.values) == set(MONTH_CODES[explanation.code]), explanation.code
            codes.add(explanation.code)
    for warning in result.warnings:
        assert warning.code in WARNING_CODES
    assert {"partner_wage_paid", "partner_vrijlating_n", "partner_vrijlating_34a", "partner_holiday_pay_paid",
            "partner_holiday_pay_paid_at_end", "partner_job_ended_34a_runs_on"} <= codes


def test_the_partners_vrijlating_reads_the_partners_age():
    """Art. 31 lid 5: onderdeel n is not for someone under 27; the applicant's age does not count."""
    young_partner = Household("couple", 40, partner_age=25)
    row = calculate(Scenario(Month(2026, 9), 1, young_partner, partner_job=PARTNER_JOB), PARAMS, NEUTRAL).months[0]
    assert row.partner_vrijlating == 0
    assert "partner_vrijlating_under_27" in {reason.code for reason in row.explanations}
    young_applicant = Household("couple", 25, partner_age=40)
    row = calculate(Scenario(Month(2026, 9), 1, young_applicant, partner_job=PARTNER_JOB), PARAMS, NEUTRAL).months[0]
    assert row.partner_vrijlating == Decimal("267.61")  # 25% of 1.070,42 (the golden case's hand work)
