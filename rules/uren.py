"""Hours that vary (a flex, min-max or on-call contract): each month at the fewest and at the
most hours a week (`Job.hours_per_week_max`).

The months shown are those at the fewest hours; next to each month's total stands the total of
the same month had every week brought the most hours. It is a band, not a forecast: a real month
lies anywhere between, and when the gemeente settles a month later, a month with many hours
lowers the bijstand of the month after, so a month with few hours after a month with many can
bring less than either edge. The result says so (`hours_vary`).
"""
from __future__ import annotations

import dataclasses
from .model import Job, Notice, Scenario, ScenarioResult


def at_most_hours(scenario: Scenario) -> Scenario | None:
    """The same scenario with the most hours every week; None when the hours do not vary. With
    both partners working, the band is both at their fewest hours against both at their most."""
    job, partner_job = _at_most(scenario.job), _at_most(scenario.partner_job)
    if job is None and partner_job is None:
        return None
    return dataclasses.replace(scenario, job=job or scenario.job, partner_job=partner_job or scenario.partner_job)


def _at_most(job: Job | None) -> Job | None:
    """The job with its most hours; None when its hours do not vary."""
    if job is None or job.hours_per_week_max is None or job.hours_per_week is None:
        return None
    if job.hours_per_week_max <= job.hours_per_week:
        return None
    return dataclasses.replace(job, hours_per_week=job.hours_per_week_max, hours_per_week_max=None,
                               gross_per_period=None)


def add_band(result: ScenarioResult, most: ScenarioResult, settled_later: bool) -> None:
    """Put the totals at the fewest and the most hours on each month of `result`."""
    for row, high in zip(result.months, most.months, strict=True):
        row.total_low, row.total_high = row.total, high.total
    # The vrijlating may apply only at the most hours (the fewest may be none): the band rests on it too.
    codes = {notice.code for notice in result.warnings}
    result.warnings.extend(notice for notice in most.warnings
                           if notice.code in BAND_NOTICES and notice.code not in codes)
    result.warnings.append(Notice("hours_vary_settled_later" if settled_later else "hours_vary"))


BAND_NOTICES = frozenset({"vrijlating_assumed"})
