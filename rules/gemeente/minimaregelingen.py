"""Minimaregelingen: a local scheme lost when the income rises above its limit (the armoedeval).

Our reading (docs/gemeenten.md says the same):
- The income a regeling tests is the household's net income per month as the verordeningen define
  it: "het inkomen als bedoeld in artikel 32 van de Participatiewet, vermeerderd met de algemene
  bijstand" (Amsterdam CVDR734407 art. 1, Rotterdam CVDR741634 art. 1). So: net wage + the job's
  holiday pay (both partners' when both work) + bijstand (including its vakantietoeslag part, as
  the norm includes it) + bufferbudget. Toeslagen and kinderbijslag are not art. 32 income
  (art. 31 lid 2 Pw) and do not count.
- The wage is the one art. 32 counts for the month (MonthResult.wage_counted), not the wage as
  paid: pay per four weeks or per week counts 13/12 or 52/12 of a period each month
  (rules/participatiewet/verrekening.py), so a month with an extra payday does not cross the
  limit on its own. The loop works it out in every month, also after the bijstand has ended.
- Holiday pay paid once a year counts spread over the months it is built up in (statutory share x
  the month's net wage counted), not as a lump in May: the limits are monthly amounts "inclusief
  vakantiegeld", and a lump would count one month's pay at twelve times its weight. Holiday
  pay paid with the wage counts as art. 32 counts it, spread like the wage.
- The limit is the ratio x the applicable norm of that month (incl. kostendelersnorm and
  vakantietoeslag), plus the tolerance the verordening allows.
- When the gemeente settles earnings a month later (open term verrekenen_in), the bijstand paid
  in a month rests on the month before; the bijstand over a month is then the one paid the month
  after. Without this, the first month of a job would count the wage and a full bijstand together.
- A referteperiode of R months means every one of the R months before the application (the
  peildatum) must be within the limit. We ask nothing new of the user: the months before the first
  month shown are assumed to be at bijstand level, which the result states as an assumption.
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Household, Job, MonthResult, Notice
from ..money import ZERO, to_cents
from ..months import Month
from ..policy import LocalItem, Policy, RegelingValue
from .common import explain

HOLIDAY_SHARE = "wml/vakantiebijslag.percentage"
MONTHS_PER_YEAR = 12


def category(household: Household, value: RegelingValue) -> str:
    """The household category whose amount applies (profiles.HOUSEHOLD_CATEGORIES)."""
    if household.situation == "single":
        return "alleenstaande"
    if household.situation == "single_parent":
        return "alleenstaande_ouder"
    if any(12 <= age < 18 for age in household.children) and "gehuwden_met_kind_12_17" in value.amounts:
        return "gehuwden_met_kind_12_17"
    if household.children and "gehuwden_met_kinderen" in value.amounts:
        return "gehuwden_met_kinderen"
    return "gehuwden"


def applies_to(household: Household, value: RegelingValue) -> bool:
    """The conditions we can model beside income: a minimum age for both partners."""
    if value.min_age is None:
        return True
    ages = [household.age] + ([household.partner_age] if household.situation == "couple" else [])
    return all(age is not None and age >= value.min_age for age in ages)


def bijstand_over(rows: list[MonthResult], policy: Policy) -> dict[Month, Decimal]:
    """The bijstand over each month: paid the month after when the gemeente settles a month later."""
    over = {}
    for row, following in zip(rows, rows[1:] + [None]):
        later = following is not None and policy.at("verrekenen_in", following.month) == "volgende_maand"
        over[row.month] = following.bijstand if later else row.bijstand
    return over


def income(row: MonthResult, job: Job | None, params, bijstand: Decimal | None = None,
           partner_job: Job | None = None) -> Decimal:
    """The household's monthly income as a minimaregeling tests it (see the module docstring):
    both partners' wages, as art. 32 counts them, when the partner works too (`partner_job`)."""
    bijstand = row.bijstand if bijstand is None else bijstand
    partner_wage = row.partner_wage_counted
    wage = row.wage_counted - partner_wage  # wage_counted holds both partners' wages
    total = wage + _holiday(row, job, wage, row.holiday_counted, params) + bijstand + row.bufferbudget
    if partner_job is not None:
        total += partner_wage + _holiday(row, partner_job, partner_wage, row.partner_holiday_counted, params)
    return total


def _holiday(row: MonthResult, job: Job | None, wage: Decimal, holiday_counted: Decimal, params) -> Decimal:
    """The job's holiday pay as the month counts it: paid with the wage (as art. 32 counts it), or
    its share of the wage counted."""
    if job is None or not job.runs_in(row.month):
        return ZERO
    if job.holiday_pay == "monthly":
        return holiday_counted
    return to_cents(wage * params.amount(HOLIDAY_SHARE, row.month))


def limit(row: MonthResult, value: RegelingValue) -> Decimal:
    return to_cents(row.norm * value.income_limit)


def within(row: MonthResult, job: Job | None, value: RegelingValue, params, bijstand: Decimal | None = None,
           partner_job: Job | None = None) -> bool:
    return income(row, job, params, bijstand, partner_job) <= limit(row, value) + value.tolerance


def yearly(value: RegelingValue, amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    return amount * MONTHS_PER_YEAR if value.per == "month" else amount


def payments(regeling: LocalItem, household: Household, job: Job | None, rows: list[MonthResult], params,
             over: dict[Month, Decimal], partner_job: Job | None = None) -> dict[Month, Decimal]:
    """What the regeling pays in which month shown, when the profile knows its payment month.

    Paid only when every month of the referteperiode before the payment month is within the limit
    (months before the first one shown: assumed within). A regeling valued per month is paid
    whole-year in its payment month only if the profile says so; otherwise nothing is shown.
    """
    paid: dict[Month, Decimal] = {}
    within_limit: dict[int, bool] = {}  # by the month's index, worked out when a payment month asks

    def month_within(index: int) -> bool:
        if index not in within_limit:
            row, value = rows[index], regeling.at(rows[index].month)
            within_limit[index] = value is None or within(row, job, value, params, over[row.month], partner_job)
        return within_limit[index]

    for index, row in enumerate(rows):
        value = regeling.at(row.month)
        if value is not None and value.payment_month == row.month.month and applies_to(household, value):
            amount = value.amounts.get(category(household, value))
            recent = range(max(0, index - value.referteperiode_months), index)
            if amount is not None and amount > 0 and all(month_within(before) for before in recent):
                paid[row.month] = yearly(value, amount)
    return paid


def assess(regeling: LocalItem, household: Household, job: Job | None, rows: list[MonthResult],
           baseline: list[MonthResult], policy: Policy, params,
           partner_job: Job | None = None) -> tuple[list[Notice], dict[Month, Decimal], dict[Month, Decimal]]:
    """Notices for one regeling, and its payments per month in the job run and the baseline.
    `partner_job`: the partner's job, whose wage the household's income includes."""
    notices: list[Notice] = []
    over, over_base = bijstand_over(rows, policy), bijstand_over(baseline, policy)
    applying = [
        (row, base, value) for row, base in zip(rows, baseline)
        if (value := regeling.at(row.month)) is not None and applies_to(household, value)
    ]
    if not applying:
        return notices, {}, {}
    first_value = applying[0][2]
    if first_value.referteperiode_months > 1:
        notices.append(Notice("minimaregeling_history_assumed", {
            "regeling": regeling.key, "months": first_value.referteperiode_months}))
    if first_value.amounts.get(category(household, first_value)) is None:
        notices.append(Notice("minimaregeling_amount_unknown", {"regeling": regeling.key}))
    if first_value.confidence not in (None, "A"):
        # Figures read from secondary sources only: the user must know they are not confirmed.
        notices.append(Notice("minimaregeling_unconfirmed", {"regeling": regeling.key}))
    if job is not None or partner_job is not None:
        for row, base, value in applying:
            if (within(row, job, value, params, over[row.month], partner_job)
                    or not within(base, None, value, params, over_base[base.month])):
                continue
            amount = value.amounts.get(category(household, value))
            crossed = {"regeling": regeling.key, "limit": limit(row, value),
                       "income": income(row, job, params, over[row.month], partner_job)}
            explain(row, "minimaregeling_limit_crossed", crossed)
            notices.append(Notice("minimaregeling_lost", {
                **crossed,
                "kind": regeling.kind,
                "month": row.month,
                "yearly_value": yearly(value, amount),
                "referteperiode_months": value.referteperiode_months,
            }))
            break
    own = payments(regeling, household, job, rows, params, over, partner_job)
    return notices, own, payments(regeling, household, None, baseline, params, over_base)
