"""Money as Decimal, rounded the way the rules say.

Amounts never pass through float: parameter files are read as Decimal (rules/parameter_files.py)
and every intermediate result stays Decimal. Rounding happens only where a rule rounds.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def to_cents(amount: Decimal) -> Decimal:
    """Round to whole cents, half up: the usual rounding for a payment."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def cents_down(amount: Decimal) -> Decimal:
    """Round down to whole cents (used where a withholding must not exceed the exact amount)."""
    return amount.quantize(CENT, rounding=ROUND_DOWN)


def euros_down(amount: Decimal) -> Decimal:
    """Round down to whole euros (tax tables work with whole-euro annual wages)."""
    return amount.quantize(Decimal("1"), rounding=ROUND_DOWN)


def positive_part(amount: Decimal) -> Decimal:
    """max(amount, 0), the [x]+ of the legal formulas."""
    return amount if amount > 0 else ZERO
