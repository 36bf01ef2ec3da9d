"""Bijstandsnorm per month: art. 20 (18-20 years), art. 21 (21 to AOW age) and art. 22a Pw.

Read from the law text of 1 July 2026. Art. 20 lid 3 and 4 (since 1 January 2026): for someone
of 18-20 who cannot rely on the parents the college raises the norm ("verhoogt", a duty) by a
fixed amount, and the raised norm is no higher than the art. 21 norm for a comparable person of
21 or older. Our reading (docs/assumptions.md): the raise counts once for each young person in
the household, and "comparable" means the same kind of household (single or couple), so the cap
is the art. 21 onder a or b norm. Not modelled: the AOW-age norms of art. 22 (people of AOW age
are sent to the SVB) and the inrichting norms of art. 23.
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Explanation, Household
from ..months import Month
from ..parameters import ParameterSet
from . import kostendelersnorm

FILE = "participatiewet/normen"
RAISE = "participatiewet/verhoging_jongerennorm.bedrag"  # art. 20 lid 3
YOUTH_UNTIL = 21  # art. 20 covers 18, 19 and 20; art. 21 starts at 21 (art. 21 aanhef)


class OutOfScope(Exception):
    """The household falls outside what Houvast calculates; `code` says why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _youth(age: int | None) -> bool:
    return age is not None and age < YOUTH_UNTIL


RAISE_FROM = Month(2026, 1)  # art. 20 lid 3 in force (Stb. 2025, 312); before: old art. 12


def norm(household: Household, month: Month, params: ParameterSet) -> tuple[Decimal, list[Explanation]]:
    """The norm for the whole household in `month`, including the 5% vakantietoeslag."""
    amount, explanations = _norm(household, month, params)
    if household.parents_can_help is False and month >= RAISE_FROM:
        return _raised(household, amount, explanations, month, params)
    return amount, explanations


def _raised(household: Household, amount: Decimal, explanations: list[Explanation], month: Month,
            params: ParameterSet) -> tuple[Decimal, list[Explanation]]:
    """Art. 20 lid 3: the fixed raise for each person of 18-20; lid 4: no higher than art. 21."""
    ages = (household.age, household.partner_age) if household.situation == "couple" else (household.age,)
    young = sum(1 for age in ages if _youth(age))
    if not young:
        return amount, explanations
    increase = params.at(RAISE, month)
    cap = params.amount(f"{FILE}.gehuwden_21" if household.situation == "couple" else f"{FILE}.alleenstaande_21", month)
    raised = max(amount, min(amount + young * increase.amount, cap))
    values = {"norm": raised, "increase": raised - amount, "maximum": cap}
    return raised, [*explanations, Explanation("norm_youth_raised", values, increase.legal)]


def _norm(household: Household, month: Month, params: ParameterSet) -> tuple[Decimal, list[Explanation]]:
    with_children = bool(household.children)
    if household.situation == "couple":
        return _couple_norm(household, month, params, with_children)
    young = _youth(household.age)
    if young:
        key = "alleenstaande_ouder_18_20" if household.situation == "single_parent" else "alleenstaande_18_20"
        value = params.at(f"{FILE}.{key}", month)
        explanations = [Explanation("norm_youth", {"norm": value.amount}, value.legal)]
        if household.housemates_27_plus > 0:
            # Art. 22a lid 1: the kostendelersnorm is for a belanghebbende "van 21 jaar of ouder".
            min_age = int(params.amount(f"{kostendelersnorm.FILE}.minimumleeftijd_medebewoner", month))
            explanations.append(Explanation("norm_youth_no_kostendelers", {"age": YOUTH_UNTIL, "min_age": min_age}, value.legal))
        return value.amount, explanations
    if household.housemates_27_plus > 0:
        return kostendelersnorm.for_single(household, month, params)
    value = params.at(f"{FILE}.alleenstaande_21", month)
    code = "norm_single_parent" if household.situation == "single_parent" else "norm_single"
    return value.amount, [Explanation(code, {"norm": value.amount}, value.legal)]


def _couple_norm(household, month, params, with_children):
    ages = (household.age, household.partner_age)
    young_count = sum(1 for age in ages if _youth(age))
    if young_count == 0:
        if household.housemates_27_plus > 0:
            return kostendelersnorm.for_couple(household, month, params)
        value = params.at(f"{FILE}.gehuwden_21", month)
        return value.amount, [Explanation("norm_couple", {"norm": value.amount}, value.legal)]
    if young_count == 2:
        key = "gehuwden_beiden_18_20_kinderen" if with_children else "gehuwden_beiden_18_20"
        value = params.at(f"{FILE}.{key}", month)
        return value.amount, [Explanation("norm_couple_youth", {"norm": value.amount}, value.legal)]
    if household.housemates_27_plus > 0:
        return kostendelersnorm.for_couple_with_young_partner(household, month, params, with_children)
    key = "gehuwden_een_18_20_kinderen" if with_children else "gehuwden_een_18_20"
    value = params.at(f"{FILE}.{key}", month)
    return value.amount, [Explanation("norm_couple_one_young", {"norm": value.amount}, value.legal)]
