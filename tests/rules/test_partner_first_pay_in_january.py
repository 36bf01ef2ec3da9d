"""The planning note first_pay_in_january for the partner's job (partner_first_pay_in_january)."""
from __future__ import annotations

from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate


def _couple() -> Household:
    return Household("couple", 40, partner_age=40)


def test_a_partner_paid_first_in_december_is_compared_with_january(params, neutral):
    """Only the partner works, 40, net 600,00 a month (korting by the employer, no loonheffing at
    this wage). First pay in December 2026: December is the partner's month 1 of onderdeel n
    (Pw art. 31 lid 2 onder n: 25% = 150,00), and in the planning reading that month counts
    towards the twelve of art. 34a (docs/assumptions.md "The switch on 1 January 2027"), so 15%
    January-November 2027 and nothing in December 2027. First pay in January 2027: a new job,
    15% January-December (art. 34a lid 1 onder a, lid 3). So December 2027 differs by 15% x 600 =
    90,00 vrijlating, 85,50 after the 5% vakantietoeslag part (Pw art. 19 lid 3). The June 2027
    payout: December 2026's bijstand was 600 + 48 (8% holiday right) - 150 = 498,00 lower with
    the December job, so 5% = 24,90 more is paid out without it. The employer's holiday pay built
    in December (8% x 600 = 48,00, no tax with the korting) comes in May 2027 only with the
    December job. 85,50 + 24,90 - 48,00 = 62,40."""
    job = Job(Month(2026, 12), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    result = calculate(Scenario(Month(2026, 12), 13, _couple(), None, partner_job=job), params, neutral)
    notice = next(notice for notice in result.warnings if notice.code == "partner_first_pay_in_january")
    assert notice.values == {"difference": Decimal("62.40"), "month": Month(2027, 1)}
    assert result.transition.partner_january_difference == Decimal("62.40")
    assert result.transition.january_difference is None
    assert "first_pay_in_january" not in {notice.code for notice in result.warnings}


def test_the_note_is_the_applicants_own_when_her_job_is_paid_first_in_december(params, neutral):
    """The same job as the applicant's, the partner working from March 2027: the applicant's note
    with the same 62,40 as above (the household keeps bijstand in every month, so the partner's
    job changes none of its parts), and none for the partner, whose job starts in 2027."""
    job = Job(Month(2026, 12), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    later = Job(Month(2027, 3), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    result = calculate(Scenario(Month(2026, 12), 13, _couple(), job, partner_job=later), params, neutral)
    codes = {notice.code: notice.values for notice in result.warnings}
    assert "partner_first_pay_in_january" not in codes
    assert result.transition.partner_january_difference is None
    assert codes["first_pay_in_january"]["difference"] == Decimal("62.40")
