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

from ..belasting.loonheffing import PERIODS_PER_YEAR
from ..loon import Pay
from ..model import Explanation, Job
from ..money import ZERO, to_cents
from ..months import Month
from ..parameters import ParameterSet

FILE = "participatiewet/verrekening"
METHOD = f"{FILE}.methode"
RIGHT_WITHOUT_KORTING = "participatiewet/vakantietoeslag.aanspraak_zonder_heffingskorting"
RIGHT_WITH_KORTING = "participatiewet/vakantietoeslag.aanspraak_met_heffingskorting"


def method(month: Month, params: ParameterSet, profile_choice: str | None) -> str:
    if profile_choice is not None:
        return profile_choice
    return str(params.at(f"{FILE}.methode", month).value)


def counted_wage(pay: Pay, job: Job | None, method_name: str, month: Month, params: ParameterSet):
    """Net wage and net holiday pay counted for `month`, with the reason."""
    if job is None or pay.net_per_payday == ZERO and pay.net == ZERO:
        return ZERO, ZERO, []
    legal = params.at(METHOD, month).legal
    if method_name == "beschikking":
        return pay.net, pay.holiday_net if job.holiday_pay == "monthly" else ZERO, [
            Explanation("counted_when_paid", {"paydays": pay.paydays, "amount": pay.net}, legal)
        ]
    periods = PERIODS_PER_YEAR[job.pay_period]
    if periods == 12:
        wage = pay.net
        explanations = []
    else:
        wage = to_cents(pay.net_per_payday * periods / 12)
        explanations = [Explanation(
            "counted_spread",
            {"periods": periods, "per_period": pay.net_per_payday, "amount": wage, "paydays": pay.paydays},
            legal,
        )]
    holiday = ZERO
    if job.holiday_pay == "monthly":
        holiday = pay.holiday_net if periods == 12 else to_cents(pay.holiday_net / max(pay.paydays, 1) * periods / 12)
    return wage, holiday, explanations


def holiday_right(net_wage_counted: Decimal, job: Job | None, month: Month, params: ParameterSet):
    """Regeling art. 11/13: the right to holiday pay counted as income while it builds up."""
    if job is None or net_wage_counted <= 0 or job.holiday_pay == "monthly":
        return ZERO, None
    if job.loonheffingskorting_by_employer:
        value = params.at(RIGHT_WITH_KORTING, month)
        band = value.value[0]
        for candidate in value.value:
            if net_wage_counted >= candidate["vanaf"]:
                band = candidate
        amount = max(ZERO, to_cents(net_wage_counted * band["percentage"] - band["aftrek"]))
        return amount, Explanation("holiday_right_counted", {"amount": amount, "share": band["percentage"]}, value.legal)
    value = params.at(RIGHT_WITHOUT_KORTING, month)
    amount = to_cents(net_wage_counted * value.amount)
    return amount, Explanation("holiday_right_counted", {"amount": amount, "share": value.amount}, value.legal)
