"""Bufferbudget, art. 34b Pw (in force 1 January 2027; the gemeente "kan").

When verrekening leaves someone with work below the norm in a month, the gemeente may pay the
difference from a budget of at most a maximum per calendar year. We compare what lands in the
month from work and bijstand with what the bijstand alone would pay (the norm without its
vakantietoeslag part, which is saved for June).
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Explanation
from ..money import ZERO, positive_part, to_cents
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


def payment(norm: Decimal, vt_share: Decimal, cash: Decimal, used_this_year: Decimal, month: Month,
            params: ParameterSet) -> tuple[Decimal, Decimal]:
    """(payment, yearly maximum): `cash` is what lands from work and bijstand in the month; the
    shortfall is measured against the norm without its vakantietoeslag part (lid 1 onder a:
    "minder dan de bijstandsnorm tot zijn beschikking")."""
    return top_up(norm - to_cents(norm * vt_share) - cash, used_this_year, month, params)


def explanation(paid: Decimal, used_this_year: Decimal, maximum: Decimal, month: Month,
                params: ParameterSet) -> Explanation:
    """`used_this_year`: with this month's payment."""
    return Explanation("bufferbudget", {"amount": paid, "remaining": maximum - used_this_year, "maximum": maximum},
                       legal(month, params))


def legal(month: Month, params: ParameterSet):
    return params.at(f"{FILE}.maximum_per_jaar", max(month, IN_FORCE)).legal
