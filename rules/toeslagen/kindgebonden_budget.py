"""Kindgebonden budget (Wet op het kindgebonden budget art. 2), per calendar year.

An amount per child under 18 (lid 2), extra for a child of 12-15 (lid 4) and 16-17 (lid 5), the
alleenstaande-ouderkop for a single parent (lid 6); reduced by a percentage of the
toetsingsinkomen above the drempelinkomen (lid 7), for partners above drempel + an extra amount
(lid 8). Ages are taken as given for the whole year (the result warns with `ages_fixed`).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Household
from ..money import ZERO, positive_part
from ..months import Month
from ..parameters import LegalRef, ParameterSet
from . import awir

FILE = "toeslagen/kindgebonden_budget"
ADULT = 18


@dataclass(frozen=True)
class Figures:
    full: Decimal  # the yearly amount before the income phase-out
    threshold: Decimal
    rate: Decimal
    minimum: Decimal
    legal: LegalRef | None


def figures(household: Household, year: int, params: ParameterSet) -> Figures | None:
    children = [age for age in household.children if age < ADULT]
    if not children:
        return None
    month = Month(year, 1)
    figures = params.bundle("kindgebonden_budget", month, _gather)

    def amount(name: str) -> Decimal:
        # The two parts for one kind of household only are looked up when they apply, so an
        # outdated figure is reported only when it is used.
        return figures[name].value if name in figures else params.amount(f"{FILE}.{name}", month)

    full = amount("per_kind") * len(children)
    full += amount("extra_12_15") * sum(1 for age in children if 12 <= age <= 15)
    full += amount("extra_16_17") * sum(1 for age in children if 16 <= age <= 17)
    threshold = amount("drempelinkomen")
    if household.situation == "couple":
        threshold += amount("extra_drempel_partners")
    else:
        full += amount("alleenstaande_ouderkop")  # lid 6-7: a single parent, phased out with the rest
    return Figures(full, threshold, amount("afbouwpercentage"), amount("minimum_tegemoetkoming"), figures["per_kind"].legal)


_NAMES = ("per_kind", "extra_12_15", "extra_16_17", "drempelinkomen", "afbouwpercentage")


def _gather(params: ParameterSet, month: Month) -> dict:
    """The figures of a year at once."""
    figures = {name: params.at(f"{FILE}.{name}", month) for name in _NAMES}
    figures["minimum_tegemoetkoming"] = params.at(awir.MINIMUM, month)
    return figures


def yearly(income: Decimal, f: Figures | None) -> Decimal:
    if f is None:
        return ZERO
    return awir.toekenning(f.full - f.rate * positive_part(income - f.threshold), f.minimum)
