"""The bijstand's own vakantietoeslag (art. 19 lid 3 and art. 45 lid 1 Pw).

Part of every month's bijstand is vakantietoeslag. The gemeente keeps it and pays it in June
over the twelve months before, or when the bijstand ends (within three months; we show it in
the month the bijstand stops).
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..model import Explanation, Household
from ..money import positive_part, to_cents
from ..months import Month
from ..parameters import LegalRef, ParameterSet, Value
from .norm import norm

FILE = "participatiewet/vakantietoeslag"


class Figures(NamedTuple):
    aandeel_in_norm: Value  # the part of the norm that is vakantietoeslag
    uitbetaalmaand: Value  # the month it is paid


def _gather(params: ParameterSet, month: Month) -> Figures:
    return Figures(*(params.at(f"{FILE}.{name}", month) for name in Figures._fields))


def figures(month: Month, params: ParameterSet) -> Figures:
    """Both figures of the month at once (the month loop needs them every month)."""
    return params.bundle("vakantietoeslag", month, _gather)


def share(month: Month, params: ParameterSet) -> Decimal:
    return params.amount(f"{FILE}.aandeel_in_norm", month)


def reserved_part(bijstand: Decimal, month: Month, params: ParameterSet) -> Decimal:
    return to_cents(bijstand * share(month, params))


def payout_month(month: Month, params: ParameterSet) -> int:
    return int(params.amount(f"{FILE}.uitbetaalmaand", month))


def part_of(bijstand: Decimal, share_of_norm: Decimal) -> Decimal:
    """Art. 19 lid 3: the vakantietoeslag part of a month's bijstand, kept for the payout."""
    return to_cents(bijstand * share_of_norm)


def payout(reserve: Decimal, holiday_right: Decimal, leaving: bool, legal: LegalRef | None,
           reasons: list[Explanation] | None) -> Decimal:
    """Art. 45 lid 1: the part kept since the last payout, paid in June or when the bijstand
    ends. Under "beschikking" the holiday right the job built up is settled with it first
    (rules/participatiewet/verrekening.py). `reasons`: where its explanation goes, or None."""
    paid = positive_part(reserve - holiday_right)
    if reasons is not None:
        if holiday_right > 0:
            reasons.append(Explanation(
                "vakantietoeslag_reduced_by_holiday_right", {"amount": min(holiday_right, reserve)}, legal))
        if paid > 0:
            reasons.append(Explanation(
                "vakantietoeslag_paid_on_leaving" if leaving else "vakantietoeslag_paid", {"amount": paid}, legal))
    return paid


def months_saved_before(start: Month, params: ParameterSet) -> int:
    """Months saved and not yet paid before `start`.

    The June payment covers June of the year before up to May (art. 45 lid 1: "over de
    voorafgaande twaalf maanden"), so a month's own part is paid the next June.
    """
    june = payout_month(start, params)
    return (start.month - june) % 12 or 12


def reserve_before(household: Household, start: Month, params: ParameterSet) -> Decimal:
    """The vakantietoeslag saved before `start` (months_saved_before), assuming bijstand without
    income in those months: 5% of each month's own norm (art. 19 lid 3, 45 lid 1), so months in
    the previous year count at that year's norms."""
    months = [start.plus(-back) for back in range(months_saved_before(start, params), 0, -1)]
    for month in months:  # a tracking ParameterSet notes the norm figures used
        params.at(NORM_DATES, month)
    # Asked once per calculation (rules/month_facts.py keeps it with the month facts, which the
    # sweep shares): no memo across calculations, since its key would be the household.
    plain = getattr(params, "base", params)
    return sum((reserved_part(norm(household, month, plain)[0], month, plain) for month in months), Decimal(0))


NORM_DATES = "participatiewet/normen.gehuwden_21"  # the base of every norm (art. 21, 22a)
