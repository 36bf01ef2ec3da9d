"""Income tax after the year (Wet IB 2001), box 1 only, for one person below AOW age.

The tax on the taxable income (art. 2.10 brackets, incl. premies volksverzekeringen) minus the
heffingskortingen: algemene heffingskorting with its phase-out (art. 8.10), arbeidskorting on
the arbeidsinkomen (art. 8.11) and, for a single parent with a child under 12, the
inkomensafhankelijke combinatiekorting (art. 8.14a). Together the kortingen cannot exceed the
tax. Compared with what the employer and the gemeente withheld, this gives the refund (positive)
or the payment (negative).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from ..money import ZERO, euros_down, positive_part
from ..months import Month
from ..parameters import ParameterSet
from .loonheffing import algemene_heffingskorting, arbeidskorting, bracket_tax

IACK = "belasting/inkomstenbelasting.inkomensafhankelijke_combinatiekorting"
IACK_AGE = "belasting/inkomstenbelasting.kind_jonger_dan"
SMALL_REFUND = "belasting/aanslag.teruggaaf_niet_boven"


@dataclass(frozen=True)
class Assessment:
    taxable: Decimal
    tax: Decimal
    ahk: Decimal
    arbeidskorting: Decimal
    iack: Decimal
    due: Decimal


def iack(arbeidsinkomen: Decimal, table: dict) -> Decimal:
    """Art. 8.14a: a share of the arbeidsinkomen above the threshold, capped (whole euros up)."""
    start, maximum = Decimal(table["vanaf"]), Decimal(table["maximum"])
    if arbeidsinkomen <= start:
        return ZERO
    amount = (arbeidsinkomen - start) * Decimal(table["percentage"])
    return min(maximum, amount.to_integral_value(rounding=ROUND_CEILING))


def iack_child(children: tuple[int, ...], year: int, params: ParameterSet) -> bool:
    limit = params.amount(IACK_AGE, Month(year, 1))
    return any(age < limit for age in children)


def assess(taxable: Decimal, arbeidsinkomen: Decimal, year: int, params: ParameterSet, with_iack: bool) -> Assessment:
    day = Month(year, 1)
    income = euros_down(taxable)  # the assessment works in whole euros
    work = euros_down(arbeidsinkomen)
    tax = bracket_tax(income, params.at("belasting/tarieven.schijven", day).value)
    ahk = algemene_heffingskorting(income, params.at("belasting/heffingskortingen.algemene_heffingskorting", day).value)
    ak = arbeidskorting(work, params.at("belasting/heffingskortingen.arbeidskorting", day).value) if work > 0 else ZERO
    ic = iack(work, params.at(IACK, day).value) if with_iack else ZERO
    due = positive_part(tax - ahk - ak - ic)
    return Assessment(income, tax, ahk, ak, ic, due)


def paid_out(settlement: Decimal, year: int, params: ParameterSet) -> Decimal:
    """The settlement as the Belastingdienst pays it: a refund of at most the art. 9.4 lid 5
    amount (EUR 18 in 2026) is not paid. The figure is looked up without naming it first, so a
    carried-forward figure is named only when it decides the outcome."""
    if settlement <= 0:
        return settlement
    plain = getattr(params, "base", params)  # a TrackedParameters names what it is asked for
    if settlement > plain.amount(SMALL_REFUND, Month(year, 1)):
        return settlement
    params.at(SMALL_REFUND, Month(year, 1))
    return ZERO
