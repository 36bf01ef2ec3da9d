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

from ..model import MonthResult, Notice, Scenario
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

    # A premie for work is the working person's own (our reading): each partner's job is tested
    # on its own, the partner's with the partner's age.
    workers = [(household, job)]
    if partner_job is not None:
        workers.append((dataclasses.replace(household, age=household.partner_age), partner_job))
    for premie in policy.premies:
        for person, own_job in workers:
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
