"""What the result says in the months after the bijstand has stopped (art. 19 lid 2 Pw: no
bijstand when the counted income is at or above the norm)."""
from __future__ import annotations

from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate
from rules.explanations import USED_UP

SINGLE = Household("single", 50)


def _codes(row) -> set[str]:
    return {reason.code for reason in row.explanations}


def _exit_2027(params, neutral):
    """Golden case uitstroom_34a_bufferbudget_2027: EUR 2.200 gross a month from January 2027,
    nine of the twelve months of art. 34a lid 1 onder a used before; in April the twelve are
    used and the counted income (2.275,86) is above the norm (1.419,46): the bijstand stops."""
    job = Job(Month(2027, 1), "month", "may", gross_per_period=Decimal("2200.00"))
    return calculate(Scenario(Month(2027, 1), 9, SINGLE, job, vrijlating_34a_months_used=9), params, neutral)


def test_the_vrijlating_used_up_is_said_when_the_bijstand_stops_not_after(params, neutral):
    """April: the twelve months are over, which is why the bijstand stops (art. 34a lid 1 onder a
    with art. 19 lid 2). From May there is no bijstand to take the wage off: the sentence "the
    gemeente takes all your wage off your bijstand" would be untrue; 'no_bijstand' says why."""
    result = _exit_2027(params, neutral)
    april = result.month("2027-04")
    assert april.bijstand == 0 and {"vrijlating_used_up", "bijstand_ends"} <= _codes(april)
    for row in result.months[4:]:
        assert row.bijstand == 0 and "no_bijstand" in _codes(row)
        assert not _codes(row) & USED_UP, row.month
