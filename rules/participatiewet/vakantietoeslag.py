"""The bijstand's own vakantietoeslag (art. 19 lid 3 and art. 45 lid 1 Pw).

Part of every month's bijstand is vakantietoeslag. The gemeente keeps it and pays it in June
over the twelve months before, or when the bijstand ends (within three months; we show it in
the month the bijstand stops).
"""
from __future__ import annotations

from decimal import Decimal

from ..money import to_cents
from ..months import Month
from ..parameters import ParameterSet

FILE = "participatiewet/vakantietoeslag"


def share(month: Month, params: ParameterSet) -> Decimal:
    return params.amount(f"{FILE}.aandeel_in_norm", month)


def reserved_part(bijstand: Decimal, month: Month, params: ParameterSet) -> Decimal:
    return to_cents(bijstand * share(month, params))


def payout_month(month: Month, params: ParameterSet) -> int:
    return int(params.amount(f"{FILE}.uitbetaalmaand", month))


def months_saved_before(start: Month, params: ParameterSet) -> int:
    """Months saved and not yet paid before `start`.

    The June payment covers June of the year before up to May (art. 45 lid 1: "over de
    voorafgaande twaalf maanden"), so a month's own part is paid the next June.
    """
    june = payout_month(start, params)
    return (start.month - june) % 12 or 12


def legal(month: Month, params: ParameterSet):
    return params.at(f"{FILE}.uitbetaalmaand", month).legal
