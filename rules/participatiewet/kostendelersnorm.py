"""Kostendelersnorm, art. 22a Pw (text of 1 July 2026).

Someone of 21 or older who shares the home with kostendelende medebewoners (27 or older,
art. 19a lid 1) gets, per person, (40% + A x 30%) / A of the gehuwdennorm B of art. 21 onder b,
where A counts the medebewoners plus the person and a spouse of 21 or older (lid 1). A couple
gets the sum of both norms (lid 2). A spouse of 18-20 gets a fixed amount instead (lid 3).

Not modelled: the exceptions of art. 22a lid 4 and art. 19a (commercial tenants, students,
mantelzorg) - the user is asked to count only housemates who share costs.
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Explanation, Household
from ..money import to_cents
from ..months import Month
from ..parameters import ParameterSet

FILE = "participatiewet/kostendelersnorm"
NORMS = "participatiewet/normen"


def per_person(persons: int, month: Month, params: ParameterSet) -> tuple[Decimal, object]:
    """The norm per person for a home of `persons` kostendelers (A), rounded to cents."""
    base = params.at(f"{NORMS}.gehuwden_21", month)
    fixed = params.amount(f"{FILE}.basisdeel", month)
    share = params.amount(f"{FILE}.deel_per_persoon", month)
    factor = (fixed + persons * share) / persons
    return to_cents(factor * base.amount), params.at(f"{FILE}.basisdeel", month).legal


def _min_age(month: Month, params: ParameterSet) -> int:
    """Housemates count from this age (art. 19a lid 1); the question asks for exactly them."""
    return int(params.amount(f"{FILE}.minimumleeftijd_medebewoner", month))


def for_single(household: Household, month: Month, params: ParameterSet):
    persons = household.housemates_27_plus + 1
    amount, legal = per_person(persons, month, params)
    min_age = _min_age(month, params)
    values = {"norm": amount, "persons": persons, "min_age": min_age}
    # A counts the belanghebbende from 21 (lid 1), the housemates from 27 (art. 19a lid 1): someone
    # of 21-26 is counted without being 27 or older, and the sentence must not say they are.
    code = "norm_kostendeler" if household.age >= min_age else "norm_kostendeler_under_27"
    return amount, [Explanation(code, values, legal)]


def for_couple(household: Household, month: Month, params: ParameterSet):
    persons = household.housemates_27_plus + 2
    amount, legal = per_person(persons, month, params)
    total = amount * 2
    min_age = _min_age(month, params)
    # A counts both spouses from 21 (lid 1), the housemates from 27 (art. 19a lid 1): with a
    # spouse of 21-26 the sentence must not call everyone counted 27 or older.
    code = "norm_kostendeler_couple" if min(household.age, household.partner_age) >= min_age else "norm_kostendeler_couple_under_27"
    return total, [Explanation(code, {"norm": total, "per_person": amount, "persons": persons, "min_age": min_age}, legal)]


def for_couple_with_young_partner(household: Household, month: Month, params: ParameterSet, with_children: bool):
    # Lid 3: only the spouse of 21+ counts in A; the young spouse gets a fixed amount.
    persons = household.housemates_27_plus + 1
    amount, legal = per_person(persons, month, params)
    key = "jonge_partner_met_kinderen" if with_children else "jonge_partner_zonder_kinderen"
    young = params.at(f"{NORMS}.{key}", month)
    total = amount + young.amount
    min_age = _min_age(month, params)
    # The spouse of 21 or older is counted in A (lid 1) even when younger than 27. When the
    # applicant is the young one, the sentence must say so the other way round.
    if household.age < household.partner_age:
        code = "norm_kostendeler_young_self"
    elif max(household.age, household.partner_age) >= min_age:
        code = "norm_kostendeler_young_partner"
    else:
        code = "norm_kostendeler_young_partner_under_27"
    return total, [
        Explanation(code, {"norm": total, "per_person": amount, "young_partner": young.amount, "persons": persons,
                           "min_age": min_age}, young.legal)
    ]
