"""Huurtoeslag from 2026 (Wet op de huurtoeslag, text of 1 January 2026), per month.

R = min(kale huur, maximale huurgrens) (art. 13 lid 1, art. 21 lid 1 d)
toeslag = [min(R, kwaliteitskortingsgrens) − basishuur]⁺ + 65% × [min(R, aftopping) − kwk-grens]⁺
          + 40% × [R − aftopping]⁺ − afbouw% × (Y − minimum-inkomensijkpunt)⁺ / 12, never below 0
(art. 21 lid 1-2). Service costs no longer count: `Household.rent` is the kale huur.

Not modelled: the 2025 normhuur system (its factors a and b were not found; Houvast starts in
2026), the income of co-residents (medebewoners count in the toetsingsinkomen: we do not know
it, the result warns), the vermogenstoets (the bijstand limit is far lower).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Household
from ..money import ZERO, positive_part
from ..months import Month
from ..parameters import LegalRef, ParameterSet
from . import awir

FILE = "toeslagen/huurtoeslag"
FIRST_YEAR = 2026
YOUNG_UNTIL = 21
UNCONFIRMED = ("basishuur", "minimum_inkomensijkpunt")


class NotModelled(Exception):
    """Huurtoeslag for a year before the 2026 system."""


@dataclass(frozen=True)
class Rent:
    """The income-independent part of one year: the rent subsidy before the income phase-out."""

    subsidy: Decimal  # per month
    ijkpunt: Decimal
    afbouw: Decimal
    unconfirmed: tuple[str, ...]
    minimum: Decimal
    legal: LegalRef | None


def persons(household: Household) -> int:
    adults = 2 if household.situation == "couple" else 1
    return adults + len(household.children) + household.housemates_27_plus


def rent_part(household: Household, year: int, params: ParameterSet) -> Rent:
    if year < FIRST_YEAR:
        raise NotModelled(str(year))
    figures = params.bundle("huurtoeslag", Month(year, 1), _gather)

    def value(name: str):
        return figures[name].value

    size = "eenpersoons" if persons(household) == 1 else "meerpersoons"
    adults = [household.age] + ([household.partner_age] if household.situation == "couple" else [])
    old_enough = bool(household.children) or household.housemates_27_plus > 0 or any(
        (age or 0) >= YOUNG_UNTIL for age in adults)
    cap = value("maximale_huurgrens")["hoog" if old_enough else "jong"]
    rent = min(household.rent, cap)
    kwk = value("kwaliteitskortingsgrens")
    aftopping = value("aftoppingsgrens")["klein" if persons(household) <= 2 else "groot"]
    pct = value("subsidiepercentages")
    basis = value("basishuur")
    ijkpunt = value("minimum_inkomensijkpunt")
    subsidy = (
        positive_part(min(rent, kwk) - basis[size])
        + pct["boven_kwaliteitskortingsgrens"] * positive_part(min(rent, aftopping) - kwk)
        + pct["boven_aftoppingsgrens"] * positive_part(rent - aftopping)
    )
    unconfirmed = tuple(name for name, table in (("basishuur", basis), ("minimum_inkomensijkpunt", ijkpunt))
                        if not table.get("bevestigd", True))
    afbouw = figures["afbouwpercentage"]
    return Rent(subsidy, Decimal(ijkpunt[size]), Decimal(afbouw.value[size]), unconfirmed,
                figures["minimum_tegemoetkoming"].value, afbouw.legal)


_NAMES = ("maximale_huurgrens", "kwaliteitskortingsgrens", "aftoppingsgrens", "subsidiepercentages",
          "basishuur", "minimum_inkomensijkpunt", "afbouwpercentage")


def _gather(params: ParameterSet, month: Month) -> dict:
    """The figures of a year at once: every scenario needs all of them."""
    figures = {name: params.at(f"{FILE}.{name}", month) for name in _NAMES}
    figures["minimum_tegemoetkoming"] = params.at(awir.MINIMUM, month)
    return figures


def yearly(income: Decimal, rent: Rent | None) -> Decimal:
    """The huurtoeslag for a calendar year at yearly toetsingsinkomen `income` (whole euros)."""
    if rent is None or rent.subsidy <= 0:
        return ZERO
    monthly = positive_part(rent.subsidy - rent.afbouw * positive_part(income - rent.ijkpunt) / 12)
    return awir.toekenning(monthly * 12, rent.minimum)
