"""Local minimaregelingen and premies from a gemeente profile (issue 6).

Called after the toeslagen are filled. Sets `gemeente_premie` on the rows (cash the gemeente pays
that month: a premie, or a minimaregeling whose payment month the profile knows) and returns
notices, e.g. when the job makes the household's income cross a minimaregeling's limit.
`gemeente_premie` is set, never added to, so applying twice (the sweep) gives the same rows.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal

from ..model import Job, MonthResult, Notice, Scenario
from ..money import ZERO
from ..months import Month
from ..policy import Policy
from . import minimaregelingen, premies
from .common import explain


def apply(scenario: Scenario, rows: list[MonthResult], baseline: list[MonthResult], policy: Policy, params) -> list[Notice]:
    household = scenario.household
    # The sweep applies the rules to the baseline on its own (rows is baseline): no job there.
    job = None if rows is baseline else scenario.job
    partner_job = None if rows is baseline else scenario.partner_job
    notices: list[Notice] = []
    paid: dict[Month, Decimal] = defaultdict(lambda: ZERO)
    paid_base: dict[Month, Decimal] = defaultdict(lambda: ZERO)
    by_month = {row.month: row for row in rows}
    by_month_base = {row.month: row for row in baseline}

    for regeling in policy.minimaregelingen:
        found, own, base = minimaregelingen.assess(regeling, household, job, rows, baseline, policy, params, partner_job)
        notices.extend(found)
        for target, rows_by_month, amounts in ((paid, by_month, own), (paid_base, by_month_base, base)):
            for month, amount in amounts.items():
                target[month] += amount
                explain(rows_by_month[month], "minimaregeling_paid", {"regeling": regeling.key, "amount": amount})

    for premie in policy.premies:
        for person, own_job in _workers(household, job, partner_job):
            amounts, found = premies.payments(premie, person, own_job, rows)
            notices.extend(notice for notice in found if own_job is job or notice not in notices)
            for month, amount in amounts.items():
                paid[month] += amount
                explain(by_month[month], "premie_paid", {"premie": premie.key, "amount": amount})
        # The baseline has no job, so a premie for work is never paid there.

    for row in rows:
        row.gemeente_premie = paid[row.month]
    if baseline is not rows:
        for row in baseline:
            row.gemeente_premie = paid_base[row.month]
    return notices


def paid_in(scenario: Scenario, rows: list[MonthResult], policy: Policy, params) -> dict[Month, Decimal]:
    """What the gemeente pays in each month of a run with the job, as `apply` finds it, without
    its notices and reasons and without the baseline: for the totals of the sweep's points and of
    the other readings of the 2027 switch, which show no reasons."""
    household, job, partner_job = scenario.household, scenario.job, scenario.partner_job
    paid: dict[Month, Decimal] = defaultdict(lambda: ZERO)
    over = minimaregelingen.bijstand_over(rows, policy) if policy.minimaregelingen else {}
    for regeling in policy.minimaregelingen:
        for month, amount in minimaregelingen.payments(regeling, household, job, rows, params, over, partner_job).items():
            paid[month] += amount
    for premie in policy.premies:
        for person, own_job in _workers(household, job, partner_job):
            for month, amount in premies.payments(premie, person, own_job, rows)[0].items():
                paid[month] += amount
    return paid


def _workers(household, job: Job | None, partner_job: Job | None) -> list:
    """A premie for work is the working person's own (our reading): each partner's job is tested
    on its own, the partner's with the partner's age."""
    workers = [(household, job)]
    if partner_job is not None:
        workers.append((dataclasses.replace(household, age=household.partner_age), partner_job))
    return workers
