"""Kinderbijslag (Algemene Kinderbijslagwet): per child under 18, per quarter, paid afterwards.

The amount depends on the child's age on the first day of the quarter (art. 11, art. 12) and is
the amount valid on that day (indexed 1 January and 1 July, art. 13 lid 4). The SVB pays each
quarter early in the month after it: January, April, July, October. It is not income for the
bijstand (art. 31 lid 2 onder b Pw) and does not depend on income.

Ages are taken as given for the whole period (the result warns with `ages_fixed`); we assume the
children were already there in the quarter before the first month shown.
"""
from __future__ import annotations

from decimal import Decimal

from .model import Explanation, Household
from .money import ZERO
from .months import Month
from .parameters import ParameterSet

FILE = "kinderbijslag/bedragen.per_kwartaal"
PAYMENT_MONTHS = (1, 4, 7, 10)
ADULT = 18


def band(age: int) -> str:
    return "tot_6" if age < 6 else "tot_12" if age < 12 else "tot_18"


def quarter_paid_in(month: Month) -> Month | None:
    """The first month of the quarter paid in `month`, or None when nothing is paid then."""
    if month.month not in PAYMENT_MONTHS:
        return None
    return month.plus(-3)


def payment(household: Household, month: Month, params: ParameterSet) -> tuple[Decimal, Explanation | None]:
    """What the SVB pays in `month` for the household's children."""
    children = [age for age in household.children if age < ADULT]
    quarter = quarter_paid_in(month)
    if quarter is None or not children:
        return ZERO, None
    value = params.at(FILE, quarter)
    amount = sum((value.value[band(age)] for age in children), ZERO)
    label = f"{quarter.year}-Q{(quarter.month - 1) // 3 + 1}"
    return amount, Explanation("kinderbijslag_paid", {"amount": amount, "quarter": label, "children": len(children)}, value.legal)
