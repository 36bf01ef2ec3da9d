"""A job that already ran before the first month shown, first paydays, and the 2027 switch.

The same facts give the same months whatever the first month shown is: the job's months before
the window are worked out first (rules/before_window.py: job_months, start_state).
"""
from datetime import date
from decimal import Decimal

import pytest

from rules import Household, Job, Month, Scenario, calculate
from rules.loon import paydays
from rules.months import can_hold_two_paydays, paydays_from
from rules.profiles import parse_profile

SINGLE_25 = Household("single", 25)  # under 27: no vrijlating of art. 31 (lid 5) to keep track of


def _policy(neutral, **terms):
    raw = dict(neutral.raw)
    raw["open_terms"] = {name: {"values": {date(2025, 1, 1): {"value": value, "source": {"title": "test"}}}}
                         for name, value in terms.items()}
    return parse_profile(raw, "test")


def _job(start, hours="20", wage="15.00", period="month", **extra):
    return Job(start, period, "may", Decimal(hours), Decimal(wage), **extra)


def _months(result, fields=("counted_income", "bijstand", "vakantietoeslag_paid", "vrijlating", "total")):
    return {str(row.month): tuple(getattr(row, name) for name in fields) for row in result.months}


def test_settling_a_month_later_deducts_the_month_before_the_window(params, neutral):
    """Item: verrekenen_in volgende_maand with a job from March 2026, window from July 2026.
    June's income (net 836,75 + holiday right 66,94 = 903,69) is deducted in July: July is not
    paid the full norm 1.419,46."""
    later = _policy(neutral, verrekenen_in="volgende_maand")
    job = _job(Month(2026, 3))
    result = calculate(Scenario(Month(2026, 7), 3, SINGLE_25, job), params, later)
    july = result.months[0]
    assert july.counted_income == Decimal("903.69")
    assert july.bijstand == Decimal("1419.46") - Decimal("903.69")
    assert any(item.code == "counted_next_month" and item.values["from_month"] == Month(2026, 6)
               for item in july.explanations)


@pytest.mark.parametrize("settle", ["zelfde_maand", "volgende_maand"])
def test_a_later_first_month_shows_the_same_months(params, neutral, settle):
    """The window from the job's start and a window from later agree month by month, the
    June payout of the vakantietoeslag included (art. 45 lid 1)."""
    policy = _policy(neutral, verrekenen_in=settle)
    job = _job(Month(2026, 3))
    whole = _months(calculate(Scenario(Month(2026, 1), 12, SINGLE_25, job), params, policy))
    later = _months(calculate(Scenario(Month(2026, 5), 8, SINGLE_25, job), params, policy))
    assert {month: whole[month] for month in later} == later


def test_the_june_payout_follows_the_job_that_ran_before_the_window(params, neutral):
    """Job since January 2026, window June 2026: January-May saved 5% of 497,81 = 24,89 each,
    not 5% of the norm (70,08); June-December 2025 (before the job) at the 2025 norms: 67,27 and
    6 x 68,45. 477,97 + 5 x 24,89 = 602,42."""
    result = calculate(Scenario(Month(2026, 6), 1, SINGLE_25, _job(Month(2026, 1))), params, neutral)
    assert result.months[0].vakantietoeslag_paid == Decimal("602.42")
    saved = next(notice for notice in result.warnings if notice.code == "vakantietoeslag_saved_estimated")
    assert saved.values == {"months": 12, "amount": Decimal("602.42")}


def test_the_34a_period_belongs_to_the_job_not_the_window(params, neutral):
    """Art. 34a lid 1 onder a: twelve consecutive months from the job's first month (January
    2027); a window from May 2027 ends the vrijlating after December 2027 too."""
    job = _job(Month(2027, 1))
    household = Household("single", 40)
    whole = calculate(Scenario(Month(2027, 1), 15, household, job), params, neutral)
    later = calculate(Scenario(Month(2027, 5), 11, household, job), params, neutral)
    rules_whole = {str(row.month): row.vrijlating_rule for row in whole.months}
    rules_later = {str(row.month): row.vrijlating_rule for row in later.months}
    assert rules_later == {month: rules_whole[month] for month in rules_later}
    assert rules_later["2027-12"] == "34a_a" and rules_later["2028-01"] is None
    numbers = [item.values["month_number"] for row in later.months for item in row.explanations
               if item.code == "vrijlating_34a"]
    assert numbers == list(range(5, 13))


def test_months_of_an_earlier_34a_period_count_towards_the_twelve(params, neutral):
    """vrijlating_34a_months_used = 9: a job from March 2027 has months 10, 11 and 12 left."""
    job = _job(Month(2027, 3))
    result = calculate(Scenario(Month(2027, 3), 5, Household("single", 40), job, vrijlating_34a_months_used=9),
                       params, neutral)
    assert [row.vrijlating_rule for row in result.months] == ["34a_a", "34a_a", "34a_a", None, None]


def test_paydays_run_every_28_or_7_days_from_the_first():
    # 1 October 2026 (a Thursday): 1 and 29 October, 26 November, 24 December, 21 January.
    first = date(2026, 10, 1)
    assert [paydays_from(first, 28, Month(2026, m)) for m in (9, 10, 11, 12)] == [0, 2, 1, 1]
    assert paydays_from(first, 28, Month(2027, 1)) == 1
    # Weekly from Friday 2 January 2026: five in January, four in February.
    assert paydays_from(date(2026, 1, 2), 7, Month(2026, 1)) == 5
    assert paydays_from(date(2026, 1, 2), 7, Month(2026, 2)) == 4


def test_the_first_month_with_pay_pays_no_weeks_before_the_job():
    """October 2026 holds two four-weekly paydays in the usual calendar (2 and 30 October): a
    job that starts then gets one, unless the first payday says otherwise."""
    job = _job(Month(2026, 10), period="four_weeks")
    assert paydays(job, Month(2026, 10), 2) == 1
    assert paydays(job, Month(2026, 11), 1) == 1
    dated = _job(Month(2026, 10), period="four_weeks", first_payday=date(2026, 10, 9))
    assert paydays(dated, Month(2026, 10), 2) == 1  # 9 October; the next is 6 November
    assert paydays(_job(Month(2026, 10), period="four_weeks", first_payday=date(2026, 10, 1)),
                   Month(2026, 10), 2) == 2


def test_when_the_form_asks_for_the_first_payday():
    assert can_hold_two_paydays("four_weeks", Month(2026, 10))  # 31 days
    assert not can_hold_two_paydays("four_weeks", Month(2026, 2))  # 28 days
    assert can_hold_two_paydays("week", Month(2026, 2))
    assert not can_hold_two_paydays("month", Month(2026, 10))


def test_a_first_payday_outside_the_first_pay_month_is_refused(params, neutral):
    from rules import OutOfScope
    job = _job(Month(2026, 10), period="four_weeks", first_payday=date(2026, 11, 2))
    with pytest.raises(OutOfScope) as raised:
        calculate(Scenario(Month(2026, 10), 2, SINGLE_25, job), params, neutral)
    assert raised.value.code == "first_payday_outside_start_month"


def _single_parent():
    return Household("single_parent", 35, children=(5,))


def test_the_2027_switch_shows_every_reading(params, neutral):
    """A single parent whose six n-months ran July-December 2026 (gross 600, korting by the
    employer, net 600; see the golden case overgang_2027_lopende_vrijlating.yaml). January
    2027: planning 15% = 90,00 (months 7-12 of 34a), a fresh period 90,00 too, the old r
    12,5% = 75,00. In July 2027 the planning reading has nothing left, a fresh period 90,00,
    the old r 75,00."""
    job = Job(Month(2026, 7), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    result = calculate(Scenario(Month(2026, 12), 8, _single_parent(), job, vrijlating_months_used=5), params, neutral)
    december, january, july = result.months[0], result.months[1], result.months[7]
    assert december.total_range_low is None  # the switch does not touch December
    # 15 euros less vrijlating is 15,00 more counted, 0,75 of it from the vakantietoeslag part.
    assert january.total_range_high - january.total_range_low == Decimal("14.25")
    assert january.total == january.total_range_high
    assert july.vrijlating == 0
    assert july.total == july.total_range_low
    assert july.total_range_high - july.total == Decimal("85.50")  # 90,00 less its 5%: 4,50
    totals = result.transition.totals
    assert set(totals) == {"counted", "fresh", "old_runs_out"}
    notice = next(notice for notice in result.warnings if notice.code == "vrijlating_2027_transition")
    assert notice.values == {"first_month": Month(2027, 1), "last_month": Month(2027, 7)}


def test_the_transition_warning_also_shows_when_the_window_starts_in_2027(params, neutral):
    job = Job(Month(2026, 7), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    result = calculate(Scenario(Month(2027, 2), 3, _single_parent(), job, vrijlating_months_used=7), params, neutral)
    assert "vrijlating_2027_transition" in {notice.code for notice in result.warnings}
    assert all(row.total_range_low is not None for row in result.months)


def test_no_transition_for_a_job_that_starts_in_2027(params, neutral):
    job = Job(Month(2027, 1), "month", "may", gross_per_period=Decimal("600.00"))
    result = calculate(Scenario(Month(2026, 12), 4, _single_parent(), job), params, neutral)
    assert result.transition is None
    assert "vrijlating_2027_transition" not in {notice.code for notice in result.warnings}


def test_a_first_pay_in_january_is_compared_with_december(params, neutral):
    """A single person of 40 with the six n-months used. First pay in December 2026: December has
    no vrijlating left, and from January the planning reading counts those six months towards
    the twelve of art. 34a: 15% January-June. First pay in January 2027: a new job, 15%
    January-December. Net 600,00 (korting by the employer), so the July-December months differ by
    90,00 vrijlating, 85,50 after the vakantietoeslag part: 6 x 85,50 = 513,00. The June payout
    differs too: December's bijstand was 648,00 lower with the job (600 + 48 holiday right), so
    5% = 32,40 more is paid out in June 2027 without it. But the employer's holiday pay built up
    in December (8% x 600 = 48,00, no tax with the korting) comes in May 2027 only with the
    December job. 513,00 + 32,40 - 48,00 = 497,40."""
    job = Job(Month(2026, 12), "month", "may", gross_per_period=Decimal("600.00"), loonheffingskorting_by_employer=True)
    result = calculate(Scenario(Month(2026, 12), 13, Household("single", 40), job, vrijlating_months_used=6),
                       params, neutral)
    notice = next(notice for notice in result.warnings if notice.code == "first_pay_in_january")
    assert notice.values["difference"] == Decimal("497.40")
    assert result.transition.january_difference == Decimal("497.40")


def test_a_bijstand_that_stopped_before_the_window_is_named_with_its_own_month(params, neutral):
    """Golden case uitstroom/uitstroom_alleenstaande_ouder_jaareinde_2026 seen from September
    2026: the bijstand stopped in July (onder n over, r leaves no bijstand) and the vakantietoeslag
    was paid then (art. 45 lid 1 Pw). The result must not say the bijstand stops in September
    (Wet LB art. 23: ask the employer from July), nor estimate a vakantietoeslag of EUR 0 still
    saved."""
    household = Household(situation="single_parent", age=36, children=(4, 9), rent=Decimal("650"))
    job = Job(start_month=Month(2026, 1), gross_per_period=Decimal("2420.00"), pay_period="month", holiday_pay="may")
    whole = calculate(Scenario(start_month=Month(2026, 1), months=12, household=household, job=job,
                               vrijlating_months_used=0), params, neutral)
    later = calculate(Scenario(start_month=Month(2026, 9), months=4, household=household, job=job,
                               vrijlating_months_used=None), params, neutral)
    ask = {notice.code: notice.values for notice in whole.warnings}["ask_employer_loonheffingskorting"]
    assert ask == {"month": Month(2026, 7)}
    codes = {notice.code: notice.values for notice in later.warnings}
    assert codes["ask_employer_loonheffingskorting"] == {"month": Month(2026, 7)}
    assert "vakantietoeslag_saved_estimated" not in codes
    for month in later.months:  # the same months as seen from January
        assert month.net_wage == whole.month(month.month).net_wage and month.bijstand == 0
        assert not month.leaves_bijstand and month.vakantietoeslag_paid == 0
