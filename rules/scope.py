"""The months and households Houvast calculates for: the households the law and Houvast's own
limits allow (check_scope), and the horizon (check_bounds).

A month far past the newest figures would only carry the same figures forward for decades (and
a year past 9999 does not exist), and every month a scenario touches is remembered by the
parameter caches: the horizon keeps both sane. API and pages share it (app/forms/steps.py).
"""
from __future__ import annotations

from .model import Scenario
from .months import Month
from .parameters import ParameterSet
from .participatiewet.norm import FILE as NORMS
from .participatiewet.norm import OutOfScope

FIRST_SUPPORTED_MONTH = Month(2026, 1)
MAX_MONTHS = 36
ADULT_AGE = 18
YEARS_PAST_THE_FIGURES = 3
# A job may have started before the first month shown (its pay and clocks run on), but not
# before the law Houvast knows: ten years before the first month it calculates.
EARLIEST_JOB_START = Month(2016, 1)


def last_supported_month(params: ParameterSet) -> Month:
    """December, three years after the year of the newest norm: the last month a scenario or a
    job may start in."""
    newest = params.get(f"{NORMS}.gehuwden_21").values[-1][0]
    return Month(newest.year + YEARS_PAST_THE_FIGURES, 12)


def check_bounds(scenario: Scenario, params: ParameterSet) -> None:
    """Raise OutOfScope for months past the horizon and for ages that cannot be (a tampered form:
    a child as old as its parents)."""
    last = last_supported_month(params)
    if scenario.start_month > last:
        raise OutOfScope("start_after_supported")
    for prefix, job in _jobs(scenario):
        if job.start_month > last:
            raise OutOfScope(f"{prefix}job_start_after_supported")
        if job.start_month < EARLIEST_JOB_START:
            raise OutOfScope(f"{prefix}job_start_too_early")
    household = scenario.household
    parents = [household.age] + ([household.partner_age] if household.situation == "couple" and household.partner_age else [])
    if any(child >= max(parents) for child in household.children):
        raise OutOfScope("child_older_than_parent")


def check_scope(scenario: Scenario, params: ParameterSet) -> None:
    """Raise OutOfScope for a household Houvast does not calculate."""
    if scenario.start_month < FIRST_SUPPORTED_MONTH:
        raise OutOfScope("start_before_supported")
    if not 1 <= scenario.months <= MAX_MONTHS:
        raise OutOfScope("months_out_of_range")
    household = scenario.household
    aow_age = params.amount("aow/pensioenleeftijd.jaren", scenario.start_month)
    ages = [household.age] + ([household.partner_age] if household.situation == "couple" else [])
    if household.situation == "couple" and not household.partner_has_bijstand:
        # Art. 24 (half the couple norm), art. 32 lid 3 (the partner's income) and, from 2027,
        # art. 24a (plus 1/12 of the ALO-kop for a parent): not calculated.
        raise OutOfScope("partner_without_bijstand")
    if household.situation == "couple" and household.partner_age is None:
        raise OutOfScope("partner_age_missing")
    # Each age is checked on its own field, so the message names the person it is about.
    if household.age >= aow_age:
        raise OutOfScope("aow_age")
    if household.age < ADULT_AGE:
        raise OutOfScope("under_18")
    if len(ages) > 1 and ages[1] >= aow_age:
        raise OutOfScope("partner_aow_age")
    if len(ages) > 1 and ages[1] < ADULT_AGE:
        raise OutOfScope("partner_under_18")
    if household.situation == "single_parent" and not household.children:
        raise OutOfScope("single_parent_without_children")
    for prefix, job in _jobs(scenario):
        if job.first_payday is not None and Month.of(job.first_payday) != job.start_month:
            raise OutOfScope(f"{prefix}first_payday_outside_start_month")


def _jobs(scenario: Scenario):
    """Each job given, with the prefix of its out-of-scope codes ("" or "partner_")."""
    if scenario.job is not None:
        yield "", scenario.job
    if scenario.partner_job is not None:
        yield "partner_", scenario.partner_job
