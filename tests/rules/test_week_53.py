"""ISO week 53 of 2026 (Monday 28 December 2026 to Sunday 3 January 2027) has no period in the usual
calendar of pay per four weeks (13 periods of four ISO weeks, rules/months.py): the payday of
Friday 25 December 2026 closes period 13 of 2026 and the next, Friday 29 January 2027, pays weeks
1-4 of 2027. That week's wage is not in the amounts, and the result must say so, with one week's
gross wage: 16 hours x EUR 15,00 = EUR 240,00 (a period of four weeks pays 4 x 240 = 960,00).
"""
from datetime import date
from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate
from rules.months import four_weekly_paydays, has_iso_week_53


def _job(start=Month(2026, 9), period="four_weeks", **kwargs) -> Job:
    return Job(start, period, "may", hours_per_week=Decimal(16), hourly_wage=Decimal("15.00"), **kwargs)


def _week_53(result, code="four_weekly_week_53"):
    return [notice for notice in result.warnings if notice.code == code]


def test_which_years_have_a_week_53():
    # 28 December lies in the last ISO week: a Monday in 2026, so week 53; a Sunday in 2025 (week 52).
    assert [year for year in range(2025, 2034) if has_iso_week_53(year)] == [2026, 2032]
    # The usual calendar: the last payday of 2026 and the first of 2027 are five weeks apart.
    assert four_weekly_paydays(2026)[-1] == date(2026, 12, 25)
    assert four_weekly_paydays(2027)[0] == date(2027, 1, 29)


def test_a_four_weekly_job_over_the_turn_of_2026_names_the_unpaid_week(params, neutral):
    scenario = Scenario(Month(2026, 10), 6, Household("single", 35), _job(), vrijlating_months_used=0)
    result = calculate(scenario, params, neutral)
    [notice] = _week_53(result)
    assert notice.values == {"year": 2026, "gross": Decimal("240.00")}
    # Indeed no payday of January pays the week: one four-week period each, EUR 960,00 gross.
    january = next(row for row in result.months if row.month == Month(2027, 1))
    assert (january.paydays, january.gross_wage) == (1, Decimal("960.00"))


def test_no_note_where_no_week_is_left_out(params, neutral):
    household = Household("single", 35)
    cases = {
        "paydays every 28 days from the first payday": (Month(2026, 10), 6, _job(first_payday=date(2026, 9, 25))),
        "pay per month": (Month(2026, 10), 6, _job(period="month")),
        "pay per week (Friday 1 January 2027 pays week 53)": (Month(2026, 10), 6, _job(period="week")),
        "the job starts after the week": (Month(2026, 10), 6, _job(start=Month(2027, 1))),
        "the job ends before it": (Month(2026, 10), 6, _job(end_month=Month(2026, 11))),
        "the months shown stop before January": (Month(2026, 6), 6, _job()),
    }
    for name, (start, months, job) in cases.items():
        result = calculate(Scenario(start, months, household, job, vrijlating_months_used=0), params, neutral)
        assert _week_53(result) == [], name


def test_the_partners_job_has_its_own_note(params, neutral):
    household = Household("couple", 35, partner_age=33)
    scenario = Scenario(Month(2026, 10), 6, household, None, partner_job=_job(), vrijlating_months_used=0)
    result = calculate(scenario, params, neutral)
    assert _week_53(result) == []
    [notice] = _week_53(result, "partner_four_weekly_week_53")
    assert notice.values == {"year": 2026, "gross": Decimal("240.00")}
