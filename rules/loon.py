"""The wage as it is paid: gross per payday, paydays per month, net after loonheffing, holiday pay.

A month of pay is 13/3 weeks (52 weeks / 12 months), the usual conversion of weekly hours to a
monthly wage. Holiday pay is at least 8% of the wage (Wet minimumloon en minimumvakantiebijslag
art. 15), paid once a year or, if agreed, with every payday, and at the end of the job (art. 17
lid 3; `Job.end_month`).
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from .belasting.loonheffing import PERIODS_PER_YEAR, bijzonder_tarief_tax, loonheffing_per_period
from .belasting.loonheffingskorting import employer_applies
from .model import Job
from .money import ZERO, to_cents
from .months import PAYDAY_STEP_DAYS, Month, paydays_from, paydays_in_month
from .parameters import ParameterSet

WEEKS_PER_PERIOD = {"month": Decimal(52) / Decimal(12), "four_weeks": Decimal(4), "week": Decimal(1)}
VAKANTIEBIJSLAG = "wml/vakantiebijslag"


class Pay(NamedTuple):
    """What one pay period brings, and what a month brings. (A NamedTuple: made every month.)"""

    paydays: int
    gross_per_payday: Decimal
    net_per_payday: Decimal
    gross: Decimal  # paid in the month (all paydays)
    net: Decimal
    holiday_gross: Decimal  # holiday pay paid in the month
    holiday_net: Decimal
    holiday_accrued_gross: Decimal  # holiday pay built up in the month (paid later, or now if monthly)


def gross_per_payday(job: Job) -> Decimal:
    if job.gross_per_period is not None:
        return to_cents(job.gross_per_period)
    return to_cents(job.hours_per_week * job.hourly_wage * WEEKS_PER_PERIOD[job.pay_period])


def annual_wage(job: Job) -> Decimal:
    return gross_per_payday(job) * PERIODS_PER_YEAR[job.pay_period]


class _PeriodPay(NamedTuple):
    gross: Decimal
    net: Decimal
    holiday_gross: Decimal  # holiday pay built up per payday
    holiday_net_if_monthly: Decimal


class PayFigures(NamedTuple):
    """What a month's pay rests on besides the hours: the same for every job with one rhythm."""

    paydays: int
    payout_month: int  # the month the yearly holiday pay is paid
    figures_since: tuple  # dates of the tax and holiday-pay figures: the pay per period changes with them


def pay_figures(pay_period: str, month: Month, params: ParameterSet) -> PayFigures:
    """Gathered once per pay rhythm and month (the month loop needs them every month)."""
    def gather(figures: ParameterSet, when: Month) -> PayFigures:
        rate = figures.at(f"{VAKANTIEBIJSLAG}.percentage", when)
        brackets = figures.at("belasting/tarieven.schijven", when)
        return PayFigures(
            paydays_in_month(pay_period, when),
            int(figures.amount(f"{VAKANTIEBIJSLAG}.uitbetaalmaand", when)),
            (rate.since, brackets.since),
        )
    return params.bundle(("pay", pay_period), month, gather)


def _period_pay(job: Job, month: Month, params: ParameterSet, figures: PayFigures, memo: dict) -> _PeriodPay:
    """Pay of one period. It only changes when a tax or holiday-pay figure changes (per year),
    so a run computes it once per set of figures. `memo` belongs to one run of one job."""
    with_korting = employer_applies(job, month)  # changes when the bijstand stops for good
    key = (figures.figures_since, with_korting)
    cached = memo.get(key)
    if cached is not None:
        return cached
    rate = params.amount(f"{VAKANTIEBIJSLAG}.percentage", month)
    gross_one = gross_per_payday(job)
    net_one = gross_one - loonheffing_per_period(gross_one, job.pay_period, month, params, with_korting)
    holiday_one = to_cents(gross_one * rate)
    holiday_net = ZERO
    if job.holiday_pay == "monthly":
        # Paid with the wage: taxed in the same table as the wage of that period.
        with_holiday = gross_one + holiday_one
        tax_with = loonheffing_per_period(with_holiday, job.pay_period, month, params, with_korting)
        holiday_net = (with_holiday - tax_with) - net_one
    result = memo[key] = _PeriodPay(gross_one, net_one, holiday_one, holiday_net)
    return result


def paydays(job: Job, month: Month, calendar_days: int) -> int:
    """The job's paydays in `month`; `calendar_days`: those of the usual calendar of its rhythm.

    Pay per four weeks or per week pays for weeks already worked, so the first month with pay
    never pays for weeks before the job: without the date of the first payday it has one payday
    (the last of the month); with it, the paydays run from that date every 28 or 7 days.
    """
    if job.first_payday is not None and job.pay_period in PAYDAY_STEP_DAYS:
        return paydays_from(job.first_payday, PAYDAY_STEP_DAYS[job.pay_period], month)
    if month == job.start_month:
        return min(calendar_days, 1)
    return calendar_days


def pay_in_month(job: Job | None, month: Month, figures: PayFigures | None, params: ParameterSet,
                 holiday_bank: Decimal, memo: dict) -> Pay:
    """The pay of `month`. `figures`: pay_figures() for the month; `holiday_bank`: holiday pay
    built up and not yet paid; `memo` belongs to one run of one job."""
    if job is None or not job.runs_in(month):
        return NO_PAY
    period = _period_pay(job, month, params, figures, memo)
    days = paydays(job, month, figures.paydays)
    accrued = period.holiday_gross * days
    if job.holiday_pay == "monthly":
        return Pay(days, period.gross, period.net, period.gross * days, period.net * days,
                   accrued, period.holiday_net_if_monthly * days, accrued)
    holiday_gross = holiday_tax = ZERO
    # Holiday pay built up and not yet paid is paid when the job ends (Wml art. 17 lid 3); we
    # show it with the last wage.
    if month[1] == figures.payout_month or month == job.end_month:
        holiday_gross = holiday_bank + accrued
        holiday_tax = bijzonder_tarief_tax(
            holiday_gross, annual_wage(job), month, params, employer_applies(job, month))
    return Pay(
        days, period.gross, period.net, period.gross * days, period.net * days,
        holiday_gross, holiday_gross - holiday_tax, accrued,
    )


NO_PAY = Pay(0, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


def with_employer_korting(rows: list, job: Job, params: ParameterSet) -> None:
    """The net wage and holiday pay of the months from `job.loonheffingskorting_employer_from`,
    now with the employer's loonheffingskorting: for the sweep, which needs only what lands on
    the account. Those months have no bijstand whatever the net wage (more net only counts more),
    so under "toerekening" nothing else that is paid changes; runs.run_job checks this."""
    since = job.loonheffingskorting_employer_from
    memo: dict = {}
    annual = annual_wage(job)
    for row in rows:
        if row.month < since or not row.paydays:
            continue
        period = _period_pay(job, row.month, params, pay_figures(job.pay_period, row.month, params), memo)
        row.net_wage = period.net * row.paydays
        if job.holiday_pay == "monthly":
            row.holiday_pay = period.holiday_net_if_monthly * row.paydays
        elif row.holiday_pay_gross > 0:
            row.holiday_pay = row.holiday_pay_gross - bijzonder_tarief_tax(row.holiday_pay_gross, annual, row.month, params, True)
