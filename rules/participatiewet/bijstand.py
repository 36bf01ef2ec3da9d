"""The bijstand of a month (art. 19 lid 2 Pw): the norm minus the income the gemeente counts,
never below zero. The norm (art. 20-22a) and the income counted (art. 31-34a) come from their
own rules; this is where they meet.
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Explanation
from ..money import positive_part


def of_month(norm: Decimal, counted: Decimal) -> Decimal:
    """Art. 19 lid 2: "de norm ... verminderd met het in aanmerking te nemen inkomen"."""
    return positive_part(norm - counted)


def explanation(norm: Decimal, counted: Decimal, bijstand: Decimal, was_on_bijstand: bool) -> Explanation:
    """Why the month's bijstand is what it is; without bijstand, whether it stops now."""
    if bijstand > 0:
        if counted > 0:
            return Explanation("bijstand", {"norm": norm, "counted": counted, "bijstand": bijstand})
        return Explanation("bijstand_full", {"norm": norm})
    return Explanation("bijstand_ends" if was_on_bijstand else "no_bijstand", {"counted": counted, "norm": norm})
