"""The bijstand's own vakantietoeslag (art. 19 lid 3 and art. 45 lid 1 Pw).

Part of every month's bijstand is vakantietoeslag. The gemeente keeps it and pays it in June
over the twelve months before, or when the bijstand ends (within three months; we show it in
the month the bijstand stops).
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..model import Explanation
from ..money import positive_part, to_cents
from ..months import Month
from ..parameters import LegalRef, ParameterSet, Value

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
