"""Zorgtoeslag (Wet op de zorgtoeslag art. 2): standaardpremie minus normpremie, per year.

normpremie = p × drempelinkomen + q × (toetsingsinkomen − drempelinkomen)⁺, with p for a single
person or for partners together (art. 2 lid 3); partners get twice the standaardpremie (lid 2)
and are tested on their joint income. We assume everyone is insured under the Zvw (lid 4 halves
it for an uninsured partner).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from decimal import Decimal

from ..money import positive_part
from ..months import Month
from ..parameters import LegalRef, ParameterSet
from . import awir

FILE = "toeslagen/zorgtoeslag"


@dataclass(frozen=True)
class Figures:
    premie: Decimal  # standaardpremie for the household (2× for partners)
    drempel: Decimal
    base_rate: Decimal
    rate: Decimal
    minimum: Decimal
    legal: LegalRef | None


def figures(partners: bool, year: int, params: ParameterSet) -> Figures:
    """The year's figures for a single person or for partners, gathered once (ParameterSet.bundle)."""
    kind = "partners" if partners else "alleenstaande"
    return params.bundle(f"zorgtoeslag.{kind}", Month(year, 1), _GATHER[kind])


def _gather(partners: bool, params: ParameterSet, month: Month) -> Figures:
    premie = params.amount(f"{FILE}.standaardpremie", month)
    pct = params.at(f"{FILE}.percentages", month)
    return Figures(
        2 * premie if partners else premie,
        params.amount(f"{FILE}.drempelinkomen", month),
        Decimal(pct.value["partner" if partners else "alleenstaande"]),
        Decimal(pct.value["boven_drempel"]),
        awir.minimum(month.year, params),
        pct.legal,
    )


_GATHER = {"partners": partial(_gather, True), "alleenstaande": partial(_gather, False)}


def yearly(income: Decimal, f: Figures) -> Decimal:
    """The zorgtoeslag for a calendar year, as granted (whole euros)."""
    normpremie = f.base_rate * f.drempel + f.rate * positive_part(income - f.drempel)
    return awir.toekenning(f.premie - normpremie, f.minimum)
