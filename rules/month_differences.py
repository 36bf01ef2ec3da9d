"""The months that differ from an ordinary month, and why: one cause per month, named by the rule.

What the job adds in a month is `total - total_without_job`. An ordinary month adds the median of
that over the months with pay (rules/summary.py: `typical_difference`). A month that adds more
or less differs; its cause is the part of the cash whose share of the difference is furthest
from its share in an ordinary month (each part compared with its own median, the same way
rules/summary.py names the lowest month's cause):

- more: a second payday in the month (four-weekly or weekly pay, art. 32 Pw counts what is
  received), the employer's holiday pay, the gemeente's vakantietoeslag (art. 19 lid 3), the
  quarterly kinderbijslag, a payment of the gemeente (bufferbudget, premie), toeslagen, more wage;
- less: the causes of rules/explanations.py LOW_CAUSES (the vrijlating ending, wage counted a
  month later, the holiday right counted before it is paid, a smaller vakantietoeslag ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Sequence

from .explanations import PAID_EARLIER, USED_UP_REASONS
from .model import MonthResult, ScenarioResult
from .money import ZERO
from .months import Month

MORE_CAUSES: tuple[str, ...] = (
    "two_paydays",  # two paydays in one calendar month (four-weekly or weekly pay)
    "more_wage",  # more wage paid than in an ordinary month
    "holiday_pay",  # the employer's holiday pay (usually May)
    "vakantietoeslag",  # the gemeente pays the vakantietoeslag it saved (June)
    "kinderbijslag",  # the SVB pays once a quarter
    "gemeente_payment",  # bufferbudget or a premie of the gemeente
    "more_toeslagen",
    "more_bijstand",
    "other",
)
LESS_CAUSES: tuple[str, ...] = (
    "vrijlating_used_up",  # the months of the vrijlating are over (art. 31 lid 2, art. 34a)
    "bijstand_ends",  # no bijstand this month (art. 19 lid 2)
    "less_bijstand",  # the gemeente takes more of the wage off the bijstand
    "vakantietoeslag_lower",  # less vakantietoeslag: a share of the lower bijstand (art. 19 lid 3)
    "vakantietoeslag_paid_earlier",  # none in June: paid when the bijstand stopped (art. 45 lid 1)
    "less_wage",
    "no_holiday_money",
    "no_kinderbijslag",
    "less_toeslagen",
    "no_gemeente_payment",
    "other",
)


@dataclass(frozen=True)
class DifferentMonth:
    month: Month
    difference: Decimal  # total - total_without_job
    more: bool  # more than an ordinary month adds
    cause: str  # a code of MORE_CAUSES or LESS_CAUSES


def _toeslagen(row: MonthResult) -> Decimal:
    return row.huurtoeslag + row.zorgtoeslag + row.kindgebonden_budget


# Each part of the cash, with the cause it names when it adds more / less than usual.
PARTS: tuple[tuple[Callable[[MonthResult], Decimal], str, str], ...] = (
    (lambda row: row.net_wage + row.partner_net_wage, "more_wage", "less_wage"),
    (lambda row: row.holiday_pay + row.partner_holiday_pay, "holiday_pay", "no_holiday_money"),
    (lambda row: row.bijstand_paid, "more_bijstand", "less_bijstand"),
    (lambda row: row.vakantietoeslag_paid, "vakantietoeslag", "vakantietoeslag_lower"),
    (lambda row: row.kinderbijslag, "kinderbijslag", "no_kinderbijslag"),
    (lambda row: row.bufferbudget + row.gemeente_premie, "gemeente_payment", "no_gemeente_payment"),
    (_toeslagen, "more_toeslagen", "less_toeslagen"),
)


def _median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def different_months(result: ScenarioResult, typical: Decimal) -> list[DifferentMonth]:
    """The months from the job's first month on whose difference is not `typical`, in order."""
    jobs = [job for job in (result.scenario.job, result.scenario.partner_job) if job is not None]
    if not jobs:
        return []
    first = min(job.start_month for job in jobs)
    pairs = [(row, base) for row, base in zip(result.months, result.baseline, strict=True) if row.month >= first]
    if not pairs:
        return []
    # What each part adds in each month, and in an ordinary month (the median of each part).
    changes = [[part(row) - part(base) for part, _, _ in PARTS] for row, base in pairs]
    usual = [_median(column) for column in zip(*changes)]
    usual_paydays = _median([Decimal(row.paydays + row.partner_paydays) for row, _ in pairs])
    most_paydays = max(row.paydays + row.partner_paydays for row, _ in pairs)
    usual_bijstand = _median([row.bijstand_paid for row, _ in pairs]) > ZERO  # an ordinary month has bijstand
    out = []
    for (row, base), change in zip(pairs, changes):
        difference = row.total - row.total_without_job
        if difference == typical:
            continue
        more = difference > typical
        shares = [added - normal for added, normal in zip(change, usual, strict=True)]
        if more:
            index = max(range(len(PARTS)), key=lambda i: shares[i])
            cause = PARTS[index][1] if shares[index] > ZERO else "other"
            if (cause == "more_wage" and row.paydays + row.partner_paydays > usual_paydays
                    and max(row.paydays, row.partner_paydays) > 1):  # a job pays twice, not once against none
                cause = "two_paydays"
        else:
            parts = range(len(PARTS))
            if row.bijstand_paid == ZERO and not usual_bijstand:
                # No bijstand, as in an ordinary month: the bijstand is not why this month adds
                # less (its share is only the norm moving in the month without the job).
                parts = [i for i in parts if PARTS[i][2] != "less_bijstand"]
            index = min(parts, key=lambda i: shares[i])
            cause = PARTS[index][2] if shares[index] < ZERO else "other"
            if cause == "other" and row.paydays + row.partner_paydays < most_paydays:
                cause = "less_wage"  # fewer paydays than other months (weekly pay: four or five)
            if cause == "less_bijstand":
                cause = _less_bijstand(row, base)
            elif cause == "vakantietoeslag_lower" and any(item.code in PAID_EARLIER for item in row.explanations):
                cause = "vakantietoeslag_paid_earlier"
        out.append(DifferentMonth(row.month, difference, more, cause))
    return out


def _less_bijstand(row: MonthResult, base: MonthResult) -> str:
    """Less bijstand with the job than usual: none at all, the vrijlating over, or more counted."""
    if row.bijstand_paid == ZERO and base.bijstand_paid > ZERO:
        return "bijstand_ends"
    codes = {item.code for item in row.explanations}
    if codes & USED_UP_REASONS:
        return "vrijlating_used_up"
    return "less_bijstand"
