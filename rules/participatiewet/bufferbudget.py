"""Bufferbudget, art. 34b Pw (in force 1 January 2027; the gemeente "kan").

When verrekening leaves someone with work below the norm in a month, the gemeente may pay the
difference from a budget of at most a maximum per calendar year. We compare what lands in the
month from work and bijstand with what the bijstand alone would pay (the norm without its
vakantietoeslag part, which is saved for June).
"""
from __future__ import annotations

from decimal import Decimal

from ..money import ZERO, positive_part
from ..months import Month
from ..parameters import ParameterSet

FILE = "participatiewet/bufferbudget"
IN_FORCE = Month(2027, 1)


def top_up(shortfall: Decimal, used_this_year: Decimal, month: Month, params: ParameterSet) -> tuple[Decimal, Decimal]:
    """(payment, yearly maximum) for a month with `shortfall` below the norm."""
    if month < IN_FORCE or shortfall <= 0:
        return ZERO, ZERO
    maximum = params.amount(f"{FILE}.maximum_per_jaar", month)
    return min(shortfall, positive_part(maximum - used_this_year)), maximum


def legal(month: Month, params: ParameterSet):
    return params.at(f"{FILE}.maximum_per_jaar", max(month, IN_FORCE)).legal
