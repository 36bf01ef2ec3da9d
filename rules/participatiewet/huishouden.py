"""Who is who in the household, as the Participatiewet reads it (art. 4 and 19a Pw).

- A "ten laste komend kind" is a child younger than 18 for whom kinderbijslag is paid (art. 4
  lid 1). Only such a child makes someone an "alleenstaande ouder" (art. 4 lid 1).
- A "kostendelende medebewoner" is someone of 27 or older who has their main home in the same
  house and is not the spouse (art. 19a lid 1). An own child of 27 or older counts: the
  exception for a commercial rent excludes relatives in the first and second degree (onder b).
  The exception for students (onder d) cannot be seen from an age; the result says so.

The answers come in as people say them ("single" with a child at home, a "child" of 30); this
module turns them into the household the law sees, once, before any rule runs, and names each
reading in the result. Ages stay as given for the whole scenario (warning `ages_fixed`).
"""
from __future__ import annotations

import dataclasses

from ..model import Household, Notice
from ..months import Month
from ..parameters import ParameterSet

CHILD_UNTIL = 18  # art. 4 lid 1: a ten laste komend kind is younger than 18
KOSTENDELER_AGE = "participatiewet/kostendelersnorm.minimumleeftijd_medebewoner"  # art. 19a lid 1
AOW_AGE = "aow/pensioenleeftijd.jaren"  # art. 7a AOW


def as_the_law_reads(household: Household, month: Month, params: ParameterSet) -> tuple[Household, list[Notice]]:
    """The household as the law sees it in `month`, with a notice for each reading."""
    notices: list[Notice] = []
    min_age = int(params.amount(KOSTENDELER_AGE, month))
    grown_up = [age for age in household.children if age >= min_age]
    if grown_up:
        # Art. 19a: a child of 27+ at home is a kostendeler, not a child (kinderbijslag, kgb, art. 4).
        household = dataclasses.replace(
            household,
            children=tuple(age for age in household.children if age < min_age),
            housemates_27_plus=household.housemates_27_plus + len(grown_up),
        )
        notices.append(Notice("adult_child_is_kostendeler", {"min_age": min_age}))
    young = any(age < CHILD_UNTIL for age in household.children)
    if household.situation == "single" and young:
        household = dataclasses.replace(household, situation="single_parent")
        notices.append(Notice("single_with_children_is_single_parent"))
    elif household.situation == "single_parent" and not young and (household.children or grown_up):
        # Art. 4: without a child under 18 someone is an alleenstaande, not an alleenstaande ouder.
        # (No children at all is a contradiction in the answers: check_scope asks for the child.)
        household = dataclasses.replace(household, situation="single")
        notices.append(Notice("single_parent_without_young_children"))
    return household, notices


def aow_age_in_window(household: Household, months: int, start: Month, params: ParameterSet) -> int | None:
    """The AOW age when the applicant or partner may reach it inside the months shown: from then
    on the SVB pays AOW and the bijstand beside it, with other norms (art. 22 Pw) and, from 2027,
    another vrijlating (art. 34a lid 1 onder c). Houvast does not calculate those months; someone
    who has the AOW age at the start is refused (check_scope)."""
    aow_age = int(params.amount(AOW_AGE, start))
    years = (months + 11) // 12
    adults = [household.age] + ([household.partner_age] if household.partner_age is not None else [])
    return aow_age if any(age < aow_age <= age + years for age in adults) else None
