"""A job that ends inside the months shown (Job.end_month), and the vrijlating months of a job that
began before the first month shown when nobody told us (vrijlating.months_used_before)."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import Household, Job, Month, Scenario, calculate
from rules.participatiewet.vrijlating import months_used_before

SINGLE = Household("single", 35)


def _job(start: Month, end: Month | None = None, gross: str = "1000.00", **extra) -> Job:
    return Job(start, "month", "may", gross_per_period=Decimal(gross), end_month=end, **extra)


def _codes(row) -> set[str]:
    return {reason.code for reason in row.explanations}


def test_after_the_last_month_with_pay_the_bijstand_is_full_again(params, neutral):
    """Settled in the same month: from the month after the end nothing is counted (art. 32 Pw:
    no income), so the bijstand is the norm, as without the job."""
    result = calculate(Scenario(Month(2026, 7), 6, SINGLE, _job(Month(2026, 7), Month(2026, 9))), params, neutral)
    for row, base in zip(result.months[3:], result.baseline[3:]):
        assert row.gross_wage == row.net_wage == row.counted_income == Decimal("0")
        assert row.bijstand == base.bijstand == Decimal("1419.46")  # norm 1 July 2026, art. 21 Pw
    assert {"job_ended_n_left"} <= _codes(result.months[3])
    # Three months of onderdeel n were used (160,73 each, 25% of 642,92): three of six left.
    ended = next(reason for reason in result.months[3].explanations if reason.code == "job_ended_n_left")
    assert ended.values == {"month": Month(2026, 9), "months_left": 3, "max_months": 6}


def test_the_holiday_pay_still_owed_comes_with_the_last_wage(params, neutral):
    """3 months x 8% (Wml art. 15 lid 1) x 1.000 = 240,00 gross in the last month, none after:
    "Bij het einde van de dienstbetrekking wordt ... uitbetaald" (art. 17 lid 3)."""
    result = calculate(Scenario(Month(2026, 7), 6, SINGLE, _job(Month(2026, 7), Month(2026, 9))), params, neutral)
    assert [row.holiday_pay_gross for row in result.months] == [0, 0, Decimal("240.00"), 0, 0, 0]
    reason = next(reason for reason in result.months[2].explanations if reason.code == "holiday_pay_paid_at_end")
    assert reason.values == {"gross": Decimal("240.00"), "net": Decimal("154.20")} and reason.legal.lid == "3"


def test_art_34a_period_runs_on_after_the_job(params, neutral):
    """Art. 34a lid 1 onder a: "een aaneengesloten periode van maximaal twaalf maanden": from
    January 2027 it ends with December 2027, whether the job runs or not."""
    result = calculate(Scenario(Month(2027, 1), 6, SINGLE, _job(Month(2027, 1), Month(2027, 3))), params, neutral)
    ended = next(reason for reason in result.months[3].explanations if reason.code == "job_ended_34a_runs_on")
    assert ended.values == {"month": Month(2027, 3), "until": Month(2027, 12)}


def test_bijstand_that_had_stopped_must_be_asked_for_again(params, neutral):
    """A wage above the norm stops the bijstand; when the job ends the result says to apply again
    (art. 44 lid 1 Pw: bijstand from the day of reporting)."""
    result = calculate(
        Scenario(Month(2026, 7), 6, SINGLE, _job(Month(2026, 7), Month(2026, 8), gross="3000.00")), params, neutral)
    assert result.months[0].bijstand == 0
    notices = {notice.code: notice.values for notice in result.warnings}
    assert notices["job_end_apply_again"] == {"month": Month(2026, 9)}
    assert result.months[2].bijstand == Decimal("1419.46")
    # The bijstand did not stop for good, so the employer is not asked for the korting.
    assert "ask_employer_loonheffingskorting" not in notices


@settings(max_examples=15, deadline=None)
@given(after=st.integers(min_value=0, max_value=24))
def test_an_end_after_the_months_shown_changes_nothing(after, params, neutral):
    start = Month(2026, 7)
    going_on = Scenario(start, 6, SINGLE, _job(start))
    ending = dataclasses.replace(going_on, job=_job(start, start.plus(6 + after)))
    rows, other = calculate(going_on, params, neutral).months, calculate(ending, params, neutral).months
    assert [row.total for row in rows] == [row.total for row in other]


def test_vrijlating_months_before_the_window_are_worked_out_from_the_job(params):
    """Art. 31 lid 2 onder n: at most six months, from the age of 27 (lid 5); onder r adds up to
    30 months for a single parent with a child under 12."""
    december = Month(2026, 12)
    running = _job(Month(2026, 1))
    assert months_used_before(SINGLE, running, december, params) == 6
    assert months_used_before(Household("single", 25), running, december, params) == 0
    assert months_used_before(Household("single_parent", 35, children=(4,)), running, december, params) == 11
    assert months_used_before(SINGLE, _job(Month(2026, 10)), december, params) == 2
    assert months_used_before(SINGLE, _job(december), december, params) == 0
    # The job ended in March: only January to March.
    assert months_used_before(SINGLE, _job(Month(2026, 1), Month(2026, 3)), december, params) == 3


def test_not_knowing_the_months_used_takes_them_from_the_job(params, neutral):
    """Ferd's job ran all year: the six months of onderdeel n are behind him in December."""
    scenario = Scenario(Month(2026, 12), 1, SINGLE, _job(Month(2026, 1)), vrijlating_months_used=None)
    row = calculate(scenario, params, neutral).months[0]
    assert row.vrijlating == 0 and "vrijlating_used_up" in _codes(row)
    told = calculate(dataclasses.replace(scenario, vrijlating_months_used=0), params, neutral).months[0]
    assert told.vrijlating == Decimal("160.73")


def test_the_tax_settlement_follows_the_wage_actually_paid(params, neutral):
    """The employer withheld 3 x 357,08 on the wage (golden case alleenstaande_maandloon_2026)
    plus 85,80 on the holiday pay paid at the end (35,75% x 240,00): 1.157,04 in 2026."""
    result = calculate(Scenario(Month(2026, 7), 6, SINGLE, _job(Month(2026, 7), Month(2026, 9))), params, neutral)
    applicant = result.year_end[0].details["income_tax"]["persons"][0]
    assert applicant["withheld_employer"] == Decimal("1157.04")
    going_on = calculate(Scenario(Month(2026, 7), 6, SINGLE, _job(Month(2026, 7))), params, neutral)
    assert going_on.year_end[0].details["income_tax"]["persons"][0]["withheld_employer"] > Decimal("1157.04")


def test_unknown_months_follow_the_job_from_its_start_when_settled_a_month_later(params, neutral):
    """A job since January 2026, shown from December, settled a month later. Not known (null):
    January to June had the vrijlating (onderdeel n, six months), so November's wage is counted
    in December without it: 642,92 + 51,43 = 694,35. Told "6": the six are taken as the most
    recent months, June to November, so December counts November's 533,62 (golden case
    alleenstaande_maandloon_2026: 642,92 + 51,43 - 160,73)."""
    from datetime import date

    from rules.profiles import parse_profile
    raw = dict(neutral.raw)
    raw["open_terms"] = {"verrekenen_in": {"values": {date(2025, 1, 1): {"value": "volgende_maand",
                                                                          "source": {"title": "test"}}}}}
    later = parse_profile(raw, "test")
    scenario = Scenario(Month(2026, 12), 1, SINGLE, _job(Month(2026, 1)), vrijlating_months_used=None)
    assert calculate(scenario, params, later).months[0].counted_income == Decimal("694.35")
    told = dataclasses.replace(scenario, vrijlating_months_used=6)
    assert calculate(told, params, later).months[0].counted_income == Decimal("533.62")
