"""The months and households Houvast calculates for, besides those of the law's own limits.

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
    job = scenario.job
    if job is not None and job.start_month > last:
        raise OutOfScope("job_start_after_supported")
    if job is not None and job.start_month < EARLIEST_JOB_START:
        raise OutOfScope("job_start_too_early")
    household = scenario.household
    parents = [household.age] + ([household.partner_age] if household.situation == "couple" and household.partner_age else [])
    if any(child >= max(parents) for child in household.children):
        raise OutOfScope("child_older_than_parent")
