"""Why a month differs from an ordinary month (rules/month_differences.py).

A single parent of 35 with a child of 4, 16 hours at EUR 14,71 paid every four weeks from January
2027, holiday pay in May (the persona of the web tests). By the calendar: 13 four-weekly paydays
in 2027, so one month has two; the first payday falls in January, so the 13th is in December.
The employer pays the holiday pay in May; the gemeente pays the vakantietoeslag it saved in June
(art. 19 lid 3 Pw), and with the job less bijstand means less vakantietoeslag.
"""
from __future__ import annotations

from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate
from rules.month_differences import LESS_CAUSES, MORE_CAUSES, different_months
from tests.golden.test_golden import _policy


def scenario() -> Scenario:
    return Scenario(
        start_month=Month(2027, 1), months=12,
        household=Household(situation="single_parent", age=35, children=(4,), rent=Decimal("780")),
        job=Job(start_month=Month(2027, 1), hours_per_week=Decimal(16), hourly_wage=Decimal("14.71"),
                pay_period="four_weeks", holiday_pay="may"),
    )


def test_the_months_that_differ_and_why(params, neutral):
    result = calculate(scenario(), params, neutral)
    differences = sorted(row.total - row.total_without_job for row in result.months)
    typical = differences[len(differences) // 2]  # 12 months, 9 of them ordinary: the median
    found = {item.month: item for item in different_months(result, typical)}
    assert sorted(found) == [Month(2027, 5), Month(2027, 6), Month(2027, 12)]
    assert (found[Month(2027, 5)].more, found[Month(2027, 5)].cause) == (True, "holiday_pay")
    assert (found[Month(2027, 6)].more, found[Month(2027, 6)].cause) == (False, "vakantietoeslag_lower")
    assert (found[Month(2027, 12)].more, found[Month(2027, 12)].cause) == (True, "two_paydays")
    assert result.months[11].paydays == 2
    for item in found.values():
        assert item.cause in (MORE_CAUSES if item.more else LESS_CAUSES)


def test_no_job_no_months_that_differ(params, neutral):
    plain = Scenario(start_month=Month(2027, 1), months=12,
                     household=Household(situation="single", age=40))
    assert different_months(calculate(plain, params, neutral), Decimal(0)) == []


def test_june_after_leaving_says_the_vakantietoeslag_was_paid_when_the_bijstand_stopped(params, neutral):
    """Golden case uitstroom/uitstroom_vrijlating_op_maandloon_2026: the bijstand stops in April
    2026 and the gemeente pays the vakantietoeslag saved then (art. 45 lid 1 Pw: "binnen drie
    maanden volgend op de maand waarin de algemene bijstand is beëindigd"), EUR 512,20. In June,
    without the job the saved vakantietoeslag would come; with it there is none left. June is
    below the months without the job, and the reason is the payment in April, not a smaller
    vakantietoeslag."""
    plain = Scenario(
        start_month=Month(2026, 1), months=12, household=Household(situation="single", age=40),
        job=Job(start_month=Month(2026, 1), gross_per_period=Decimal("2100.00"), pay_period="month",
                holiday_pay="may"),
        vrijlating_months_used=3,
    )
    result = calculate(plain, params, neutral)
    april, june = result.month(Month(2026, 4)), result.month(Month(2026, 6))
    assert april.leaves_bijstand and april.vakantietoeslag_paid == Decimal("512.20")
    assert june.vakantietoeslag_paid == 0 and june.total < june.total_without_job
    reasons = {item.code: item.values for item in june.explanations}
    assert reasons["vakantietoeslag_paid_earlier"] == {"month": Month(2026, 4)}
    # Only in June: no such reason in the month it is paid nor in the months after June.
    assert all("vakantietoeslag_paid_earlier" not in {item.code for item in row.explanations}
               for row in result.months if row.month != Month(2026, 6))
    differ = {item.month: item for item in different_months(result, Decimal(0))}
    assert differ[Month(2026, 6)].cause == "vakantietoeslag_paid_earlier"
    assert "vakantietoeslag_paid_earlier" in LESS_CAUSES


def test_june_after_leaving_and_coming_back_says_part_was_paid_when_the_bijstand_stopped(params, neutral):
    """Golden case uitstroom/uitstroom_kostendeler_baan_stopt_2026: the bijstand stops in February
    2026 (EUR 391,50 vakantietoeslag paid then, art. 45 lid 1 Pw), the job ends in March and the
    bijstand comes back in April. June pays only what was kept since April, EUR 100,10; the month
    says that the rest came in February."""
    kostendeler = Scenario(
        start_month=Month(2026, 1), months=6, household=Household(situation="single", age=30, housemates_27_plus=1),
        job=Job(start_month=Month(2026, 2), end_month=Month(2026, 3), gross_per_period=Decimal("1600.00"),
                pay_period="month", holiday_pay="may"),
        vrijlating_months_used=6,
    )
    june = calculate(kostendeler, params, neutral).month(Month(2026, 6))
    assert june.vakantietoeslag_paid == Decimal("100.10")
    reasons = {item.code: item.values for item in june.explanations}
    assert reasons["vakantietoeslag_partly_paid_earlier"] == {"month": Month(2026, 2)}
    assert "vakantietoeslag_paid_earlier" not in reasons and "vakantietoeslag_paid" in reasons


def test_a_month_with_four_weekly_paydays_after_leaving_is_less_wage_not_bijstand_ends(params, neutral):
    """Golden case uitstroom_weekloon_verrekenen_maand_later_2026: EUR 308,50 net a week, the
    bijstand stops in April and does not come back. The differences March-August are 308,50;
    1.216,71; 1.359,48; -299,87; 976,41; 511,43: the ordinary month adds their median, (511,43 +
    976,41) / 2 = 743,92. August adds less because it has four paydays (4 x 308,50 = 1.234,00
    instead of 5 x = 1.542,50 in July, before the korting), not because the bijstand stops: it
    stopped in April, and the ordinary month has none either."""
    job = Job(Month(2026, 3), "week", "may", hours_per_week=Decimal(32), hourly_wage=Decimal("15.00"))
    policy = _policy(neutral, {"verrekenen_in": "volgende_maand"})
    result = calculate(Scenario(Month(2026, 3), 6, Household("single", 33), job, vrijlating_months_used=6),
                       params, policy)
    august = result.month("2026-08")
    assert (august.paydays, august.bijstand, result.month("2026-07").paydays) == (4, 0, 5)
    found = {item.month: item for item in different_months(result, Decimal("743.92"))}
    assert found[Month(2026, 8)].difference == Decimal("511.43")
    assert (found[Month(2026, 8)].more, found[Month(2026, 8)].cause) == (False, "less_wage")


def test_one_payday_against_months_without_pay_is_more_wage_not_two_paydays(params, neutral):
    """Golden case uitstroom_kostendeler_baan_stopt_2026: the job pays once in February and once in
    March, then ends; April-June have no pay, so the ordinary month has none. February adds more
    because there is wage (1.028,92 net), not because of 'twice pay in one month'."""
    household = Household("single", 30, housemates_27_plus=1)
    job = Job(Month(2026, 2), "month", "may", gross_per_period=Decimal("1600.00"), end_month=Month(2026, 3))
    result = calculate(Scenario(Month(2026, 1), 6, household, job, vrijlating_months_used=6), params, neutral)
    assert [row.paydays for row in result.months] == [0, 1, 1, 0, 0, 0]
    found = {item.month: item for item in different_months(result, Decimal("355.89"))}
    assert (found[Month(2026, 2)].more, found[Month(2026, 2)].cause) == (True, "more_wage")
