"""Loonheffing an employer withholds from a wage (Wet op de loonbelasting 1964).

Computed as the Belastingdienst's rekenvoorschrift for the white tables (2026, par. 2.1-2.2):
the period wage times the periods per year, rounded down to a multiple of the table step, is
taxed with the box 1 brackets, each bracket rounded down to whole euros; the annual tax divided
by the periods is rounded to cents. Without loonheffingskorting (the usual case next to bijstand,
art. 22 and 23 Wet LB: only one payer applies it) no heffingskorting is subtracted.

Holiday pay paid once a year is a bijzondere beloning taxed at the bijzonder tarief, which for
the table without loonheffingskorting is the bracket rate of the annual wage. With the
loonheffingskorting we use the extra tax the holiday pay causes on the annual wage; the official
bijzonder-tarief table approximates the same and can differ by a few euros.
"""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ..money import cents_down, positive_part, to_cents
from ..months import Month
from ..parameters import ParameterSet

PERIODS_PER_YEAR = {"month": 12, "four_weeks": 13, "week": 52}


def _floor(amount: Decimal) -> Decimal:
    return amount.to_integral_value(rounding=ROUND_FLOOR)


def _ceil(amount: Decimal) -> Decimal:
    return amount.to_integral_value(rounding=ROUND_CEILING)


def bracket_tax(annual: Decimal, brackets: list[dict]) -> Decimal:
    """Tax on an annual amount, as the rekenvoorschrift computes it (whole euros, rounded down).

    The amount at the start of each bracket is itself rounded down, as the published constants
    of the rekenvoorschrift are (c = 13.900 and 28.752 in 2026).
    """
    start = Decimal(0)
    tax_at_start = Decimal(0)
    for bracket in brackets:
        end = bracket["tot"]
        if end is None or annual <= end:
            return _floor(tax_at_start + (annual - start) * bracket["tarief"])
        tax_at_start = _floor(tax_at_start + (end - start) * bracket["tarief"])
        start = end
    raise AssertionError("the last bracket has no end")


def algemene_heffingskorting(income: Decimal, table: dict) -> Decimal:
    """Rounded up to whole euros, as the rekenvoorschrift does in the phase-out."""
    reduction = positive_part(income - table["afbouw_vanaf"]) * table["afbouw"]
    return positive_part(_ceil(table["maximum"] - reduction))


def arbeidskorting(income: Decimal, segments: list[dict]) -> Decimal:
    chosen = segments[0]
    for segment in segments:
        if income >= segment["vanaf"]:
            chosen = segment
    amount = chosen["basis"] + (income - chosen["vanaf"]) * chosen["percentage"]
    return positive_part(_ceil(amount))


def annual_tax(annual: Decimal, month: Month, params: ParameterSet, with_korting: bool) -> Decimal:
    brackets = params.at("belasting/tarieven.schijven", month).value
    tax = bracket_tax(annual, brackets)
    if with_korting:
        ahk = algemene_heffingskorting(annual, params.at("belasting/heffingskortingen.algemene_heffingskorting", month).value)
        ak = arbeidskorting(annual, params.at("belasting/heffingskortingen.arbeidskorting", month).value)
        tax = positive_part(tax - ahk - ak)
    return tax


def table_annual_wage(period_wage: Decimal, pay_period: str, month: Month, params: ParameterSet) -> Decimal:
    step = params.amount("belasting/loonheffing.tabelstap_jaarloon", month)
    raw = period_wage * PERIODS_PER_YEAR[pay_period]
    return _floor(raw / step) * step


def loonheffing_per_period(
    period_wage: Decimal, pay_period: str, month: Month, params: ParameterSet, with_korting: bool
) -> Decimal:
    """Loonheffing on one pay period's wage (white table)."""
    if period_wage <= 0:
        return Decimal("0.00")
    annual = table_annual_wage(period_wage, pay_period, month, params)
    return to_cents(annual_tax(annual, month, params, with_korting) / PERIODS_PER_YEAR[pay_period])


def bijzonder_tarief_tax(
    bonus: Decimal, annual_wage: Decimal, month: Month, params: ParameterSet, with_korting: bool
) -> Decimal:
    """Loonheffing on holiday pay paid once a year (bijzondere beloning)."""
    if bonus <= 0:
        return Decimal("0.00")
    if not with_korting:
        brackets = params.at("belasting/tarieven.schijven", month).value
        rate = next(b["tarief"] for b in brackets if b["tot"] is None or annual_wage <= b["tot"])
        return cents_down(bonus * rate)
    extra = annual_tax(annual_wage + bonus, month, params, True) - annual_tax(annual_wage, month, params, True)
    return cents_down(positive_part(extra))

