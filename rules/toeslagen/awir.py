"""What every toeslag shares (Algemene wet inkomensafhankelijke regelingen).

A tegemoetkoming is an amount per calendar year, rounded to whole euros (art. 14 lid 4) and not
granted below €24 (art. 14 lid 5). The voorschot is paid in twelve terms (art. 22 lid 1); we
round each term down to cents and pay the remainder with December, so the terms add up to the
yearly amount exactly.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..money import ZERO, cents_down
from ..months import Month
from ..parameters import ParameterSet

FILE = "toeslagen/awir"
EURO = Decimal("1")
# Twelve terms rounded down to cents leave at most 11 cents for December (a yearly amount in whole
# euros at most 8), so a month's term is at most that much below December's.
TERM_ROUNDING = Decimal("0.11")


MINIMUM = f"{FILE}.minimum_tegemoetkoming"


def minimum(year: int, params: ParameterSet) -> Decimal:
    return params.amount(MINIMUM, Month(year, 1))


def toekenning(yearly: Decimal, minimum_amount: Decimal) -> Decimal:
    """The yearly tegemoetkoming: rounded to euros, nothing below the minimum."""
    if yearly <= 0:
        return ZERO
    rounded = yearly.quantize(EURO, rounding=ROUND_HALF_UP)
    return ZERO if rounded < minimum_amount else rounded


def terms(yearly: Decimal) -> list[Decimal]:
    """The yearly amount as 12 monthly terms that add up to it exactly."""
    if not yearly:
        return [ZERO] * 12
    term = cents_down(yearly / 12)
    return [term] * 11 + [yearly - 11 * term]
