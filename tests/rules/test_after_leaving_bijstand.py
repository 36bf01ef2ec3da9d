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


def test_the_lowest_month_before_leaving_is_low_because_the_gemeente_applies_the_korting(params, neutral):
    """January 2027 is the lowest month: 1.404,42 net plus 107,68 bijstand paid (golden case). The
    employer withholds 795,58 without the loonheffingskorting because the gemeente applies it
    while the bijstand runs (Wet LB 1964 art. 23); from April, without bijstand, the employer
    applies it: 90,25 withheld, net 2.109,75 on the same 2.200 gross. The cause is the korting,
    not 'other': the months it is compared with have no bijstand, their net share of the gross
    is 2.109,75 / 2.200, so 2.109,75 - 1.404,42 = 705,33 of January's net is the korting."""
    from rules.summary import summarize

    result = _exit_2027(params, neutral)
    summary = summarize(result)
    assert (summary.lowest_month, summary.lowest_total) == (Month(2027, 1), Decimal("1639.43"))
    assert "loonheffing_without_korting" in _codes(result.month("2027-01"))
    assert summary.lowest_cause == "loonheffingskorting_gemeente"


def test_a_june_after_leaving_is_low_because_the_vakantietoeslag_was_paid_before(params, neutral):
    """EUR 2.200 gross a month from April 2026, the six months of onderdeel n used before: the
    counted income is above the norm in April, the bijstand stops and the vakantietoeslag saved
    is paid then (art. 45 lid 1). June is the lowest month (2.246,24) and below the June without
    the job (2.288,95), where the vakantietoeslag is paid in June: the cause is that it was paid
    before, the month's own reason (vakantietoeslag_paid_earlier), not 'no bijstand'."""
    from rules.summary import summarize

    job = Job(Month(2026, 4), "month", "may", gross_per_period=Decimal("2200.00"))
    result = calculate(Scenario(Month(2026, 4), 4, Household("single", 40), job, vrijlating_months_used=6),
                       params, neutral)
    summary = summarize(result)
    june = result.month("2026-06")
    assert (summary.lowest_month, summary.lowest_total, summary.lowest_total_without_job) == (
        Month(2026, 6), Decimal("2246.24"), Decimal("2288.95"))
    assert june.bijstand == 0 and "vakantietoeslag_paid_earlier" in _codes(june)
    assert summary.lowest_cause == "vakantietoeslag_paid_earlier"


def test_a_june_back_on_bijstand_with_part_paid_before(params, neutral):
    """Golden case uitstroom_kostendeler_baan_stopt_2026, the months from May: the bijstand
    stopped in February (its vakantietoeslag paid then), the job ended in March, bijstand again
    from April. June pays only the part kept since April (100,10, not the 591,70 of the June
    without the job): the lowest-month cause names that part paid earlier, as June's reason does
    (vakantietoeslag_partly_paid_earlier), and so do the months that differ."""
    from rules.month_differences import different_months
    from rules.summary import low_cause

    household = Household("single", 30, housemates_27_plus=1)
    job = Job(Month(2026, 2), "month", "may", gross_per_period=Decimal("1600.00"), end_month=Month(2026, 3))
    result = calculate(Scenario(Month(2026, 1), 6, household, job, vrijlating_months_used=6), params, neutral)
    june, base = result.month("2026-06"), result.baseline[5]
    assert (june.vakantietoeslag_paid, base.vakantietoeslag_paid) == (Decimal("100.10"), Decimal("591.70"))
    assert "vakantietoeslag_partly_paid_earlier" in _codes(june)
    assert low_cause(june, result.months[1:], base) == "vakantietoeslag_paid_earlier"
    found = {item.month: item.cause for item in different_months(result, Decimal("355.89"))}
    assert found[Month(2026, 6)] == "vakantietoeslag_paid_earlier"


def test_a_refund_after_leaving_is_asked_back_not_taken_off_the_bijstand(params, neutral):
    """Golden case uitstroom_vrijlating_op_maandloon_2026: bijstand January-March 2026, none from
    April. The 2026 refund (1.806,01) comes in 2027; 684,42 of it relates to the months with
    bijstand (art. 32 lid 1 onder b Pw). There is no bijstand left to take it off, so the gemeente
    asks it back (art. 58 lid 2 onder f sub 1 Pw): `asked_back`. A household still on bijstand at the end of the
    months shown has it taken off (verrekening): not asked back."""
    job = Job(Month(2026, 1), "month", "may", gross_per_period=Decimal("2100.00"))
    result = calculate(Scenario(Month(2026, 1), 12, Household("single", 40), job, vrijlating_months_used=3),
                       params, neutral)
    tax = result.year_end[0].details["income_tax"]
    assert (tax["refund"], tax["clawed_back"], tax["kept"]) == (Decimal("1806.01"), Decimal("684.42"), Decimal("1121.59"))
    notice = next(item for item in result.warnings if item.code == "tax_refund_clawback_reading")
    assert notice.values["asked_back"] is True and tax["asked_back"] is True

    staying = calculate(Scenario(Month(2026, 1), 3, Household("single", 40), job, vrijlating_months_used=3),
                        params, neutral)
    assert staying.months[-1].bijstand > 0
    tax = staying.year_end[0].details["income_tax"]
    notice = next(item for item in staying.warnings if item.code == "tax_refund_clawback_reading")
    assert tax["clawed_back"] > 0 and notice.values["asked_back"] is False
