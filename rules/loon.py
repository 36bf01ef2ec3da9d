"""The wage as it is paid: gross per payday, paydays per month, net after loonheffing, holiday pay.

A month of pay is 13/3 weeks (52 weeks / 12 months), the usual conversion of weekly hours to a
monthly wage. Holiday pay is at least 8% of the wage (Wet minimumloon en minimumvakantiebijslag
art. 15), paid once a year or, if agreed, with every payday.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .belasting.loonheffing import PERIODS_PER_YEAR, bijzonder_tarief_tax, loonheffing_per_period
from .model import Job
from .money import ZERO, to_cents
from .months import Month, paydays_in_month
from .parameters import ParameterSet

WEEKS_PER_PERIOD = {"month": Decimal(52) / Decimal(12), "four_weeks": Decimal(4), "week": Decimal(1)}
VAKANTIEBIJSLAG = "wml/vakantiebijslag"


@dataclass(frozen=True)
class Pay:
    """What one pay period brings, and what a month brings."""

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


def pay_in_month(job: Job | None, month: Month, params: ParameterSet, holiday_bank: Decimal) -> Pay:
    """The pay of `month`. `holiday_bank` is holiday pay built up and not yet paid."""
    if job is None or month < job.start_month:
        return Pay(0, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)
    with_korting = job.loonheffingskorting_by_employer
    gross_one = gross_per_payday(job)
    tax_one = loonheffing_per_period(gross_one, job.pay_period, month, params, with_korting)
    net_one = gross_one - tax_one
    days = paydays_in_month(job.pay_period, month)
    rate = params.amount(f"{VAKANTIEBIJSLAG}.percentage", month)
    accrued = to_cents(gross_one * rate) * days
    if job.holiday_pay == "monthly":
        # Paid with the wage: taxed in the same table as the wage of that period.
        with_holiday = gross_one + to_cents(gross_one * rate)
        tax_with = loonheffing_per_period(with_holiday, job.pay_period, month, params, with_korting)
        holiday_net_one = (with_holiday - tax_with) - net_one
        return Pay(days, gross_one, net_one, gross_one * days, net_one * days, accrued, holiday_net_one * days, accrued)
    payout_month = int(params.amount(f"{VAKANTIEBIJSLAG}.uitbetaalmaand", month))
    holiday_gross = holiday_bank + accrued if month.month == payout_month else ZERO
    holiday_tax = bijzonder_tarief_tax(holiday_gross, annual_wage(job), month, params, with_korting)
    return Pay(
        days, gross_one, net_one, gross_one * days, net_one * days,
        holiday_gross, holiday_gross - holiday_tax, accrued,
    )
