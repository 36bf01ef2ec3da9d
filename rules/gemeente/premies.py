"""Local premies (e.g. a bijverdienpremie): an amount paid in the month it is paid.

A premie is paid after `after_months` consecutive months that meet its conditions (and again after
every further `every_months`), or in a fixed calendar month (`in_month`) when the conditions hold
then. The conditions we can model: working (the job has started), at least `min_hours_per_week`,
still receiving bijstand that month, a minimum age. Months of the same job before the first month
shown count as meeting the conditions (we ask nothing about them).
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Household, Job, MonthResult, Notice
from ..months import Month
from ..policy import LocalItem, PremieValue


def _meets(value: PremieValue, household: Household, job: Job | None, row: MonthResult) -> bool:
    if job is None or not job.runs_in(row.month):
        return False
    if value.min_hours_per_week is not None and (job.hours_per_week is None or job.hours_per_week < value.min_hours_per_week):
        return False
    if value.on_bijstand and row.bijstand <= 0:
        return False
    return value.min_age is None or household.age >= value.min_age


def payments(premie: LocalItem, household: Household, job: Job | None, rows: list[MonthResult]) -> tuple[dict[Month, Decimal], list[Notice]]:
    paid: dict[Month, Decimal] = {}
    notices: list[Notice] = []
    if job is None or not rows:
        return paid, notices
    run = max(0, rows[0].month.minus(job.start_month))  # months of the job before the first shown
    for row in rows:
        value = premie.at(row.month)
        if value is None:
            run = 0
            continue
        if value.min_hours_per_week is not None and job.hours_per_week is None:
            # A job typed as an amount per period has no hours: we cannot tell, so we pay nothing.
            if not notices:
                notices.append(Notice("premie_hours_unknown", {"premie": premie.key}))
            continue
        if not _meets(value, household, job, row):
            run = 0
            continue
        run += 1
        if value.in_month is not None:
            due = row.month.month == value.in_month
        else:
            due = run == value.after_months or (
                value.every_months is not None and run > value.after_months
                and (run - value.after_months) % value.every_months == 0
            )
        if due and value.amount > 0:
            paid[row.month] = value.amount
    return paid, notices
