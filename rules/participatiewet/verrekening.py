"""Which income the gemeente counts in which month (art. 32 lid 2 Pw; Regeling Participatiewet,
IOAW en IOAZ par. 6; programme plan Participatiewet in balans, Bijlage I items 17 and 18).

Two methods, chosen by date in rules/data/participatiewet/verrekening.yaml:
- "toerekening" (the law as it stands): income counts in the month it relates to. Pay per four
  weeks or per week is spread evenly: 13/12 or 52/12 of a period's net pay each month. The right
  to holiday pay is counted each month as it builds up (Regeling art. 10 and 13), before it is
  paid; the holiday pay itself is then not counted again when it arrives.
- "beschikking" (Participatiewet in balans, Bijlage I item 17 and 18): income counts in the month
  in which it can be used, and the right to holiday pay is settled with the bijstand's own
  vakantietoeslag reserve instead of the monthly bijstand. No date for it is in the law texts
  we have; a gemeente can already choose it in its profile ("automatisch verrekenen").

Separately, the gemeente settles the counted income in the same month or a month later
("achteraf"): open term `verrekenen_in` of the gemeente profile.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..belasting.loonheffing import PERIODS_PER_YEAR
from ..belasting.loonheffingskorting import employer_applies
from ..loon import NO_PAY, Pay
from ..model import Explanation, Job
from ..money import ZERO, to_cents
from ..months import Month
from ..parameters import LegalRef, ParameterSet, Value

FILE = "participatiewet/verrekening"
METHOD = f"{FILE}.methode"
RIGHT_WITHOUT_KORTING = "participatiewet/vakantietoeslag.aanspraak_zonder_heffingskorting"
RIGHT_WITH_KORTING = "participatiewet/vakantietoeslag.aanspraak_met_heffingskorting"


def method(month: Month, params: ParameterSet) -> Value:
    """The method that applies in `month` ("toerekening" or "beschikking"), with its legal basis."""
    return params.at(METHOD, month)


class Counted(NamedTuple):
    """Net wage and net holiday pay counted for a month, and how (for the explanation)."""

    wage: Decimal
    holiday: Decimal
    pay: Pay
    method: str
    periods: int
    legal: LegalRef | None

    @property
    def explanations(self) -> list[Explanation]:
        if self.method == "beschikking":
            return [Explanation("counted_when_paid", {"paydays": self.pay.paydays, "amount": self.pay.net}, self.legal)]
        if self.periods == 12:
            return []
        return [Explanation(
            "counted_spread",
            {"periods": self.periods, "per_period": self.pay.net_per_payday, "amount": self.wage, "paydays": self.pay.paydays},
            self.legal,
        )]


def counted_wage(pay: Pay, job: Job | None, method_name: str, legal: LegalRef | None) -> Counted:
    """Net wage and net holiday pay counted for the month of `pay`. `legal`: that of method()."""
    if job is None or pay.net_per_payday == ZERO and pay.net == ZERO:
        return _NOTHING_COUNTED
    periods = PERIODS_PER_YEAR[job.pay_period]
    monthly_holiday = job.holiday_pay == "monthly"
    if method_name == "beschikking" or periods == 12:  # counted as paid
        return Counted(pay.net, pay.holiday_net if monthly_holiday else ZERO, pay, method_name, periods, legal)
    wage = to_cents(pay.net_per_payday * periods / 12)
    holiday = to_cents(pay.holiday_net / max(pay.paydays, 1) * periods / 12) if monthly_holiday else ZERO
    return Counted(wage, holiday, pay, method_name, periods, legal)


class HolidayRight(NamedTuple):
    amount: Decimal
    share: Decimal | None
    legal: LegalRef | None
    deduction: Decimal = ZERO  # Regeling art. 11: the fixed amount the table takes off

    @property
    def explanation(self) -> Explanation | None:
        if self.share is None:
            return None
        if self.deduction > 0:
            return Explanation("holiday_right_counted_table",
                               {"amount": self.amount, "share": self.share, "deduction": self.deduction}, self.legal)
        return Explanation("holiday_right_counted", {"amount": self.amount, "share": self.share}, self.legal)


def holiday_right_figures(job: Job, month: Month, params: ParameterSet) -> Value:
    """Regeling art. 13: the share of the net wage, which depends on who applies the korting."""
    return params.at(RIGHT_WITH_KORTING if employer_applies(job, month) else RIGHT_WITHOUT_KORTING, month)


def holiday_right(net_wage_counted: Decimal, job: Job | None, figures: Value | None) -> HolidayRight:
    """Regeling art. 11/13: the right to holiday pay counted as income while it builds up.
    `figures`: holiday_right_figures() for the month."""
    if job is None or net_wage_counted <= 0 or job.holiday_pay == "monthly":
        return _NO_RIGHT
    if isinstance(figures.value, list):  # the table with loonheffingskorting has bands
        band = figures.value[0]
        for candidate in figures.value:
            if net_wage_counted >= candidate["vanaf"]:
                band = candidate
        amount = max(ZERO, to_cents(net_wage_counted * band["percentage"] - band["aftrek"]))
        return HolidayRight(amount, band["percentage"], figures.legal, band["aftrek"])
    return HolidayRight(to_cents(net_wage_counted * figures.value), figures.value, figures.legal)


_NO_RIGHT = HolidayRight(ZERO, None, None)
_NOTHING_COUNTED = Counted(ZERO, ZERO, NO_PAY, "none", 12, None)
