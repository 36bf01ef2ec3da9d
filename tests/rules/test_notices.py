"""The vrijlating warnings are given only when a vrijlating is at stake in the months shown.

`vrijlating_assumed`: a vrijlating at the college's judgement (art. 31 lid 2 onder n and r, art.
34a lid 1 onder a) is applied in a month shown. `vrijlating_2027_transition`: the readings of the
switch on 1 January 2027 differ in a month shown (rules/transition_2027.py).
"""
from decimal import Decimal

from rules import Household, Job, Month, Scenario, calculate


def _codes(result):
    return {notice.code for notice in result.warnings}


def _job(start, hours="20", wage="15.00", **extra):
    return Job(start, "month", "may", Decimal(hours), Decimal(wage), **extra)


def test_the_vrijlating_is_assumed_only_from_the_age_of_27_in_2026(params, neutral):
    """Art. 31 lid 5 Pw: onderdeel n from 27. Net wage 836,75 (20 hours x 15,00 a month, as in
    tests/rules/test_job_before_window.py); at 27 the vrijlating is 25% = 209,19 (below the
    maximum of 285), at 26 there is none, so there is nothing the college has to judge."""
    scenario = Scenario(Month(2026, 7), 3, Household("single", 26), _job(Month(2026, 7)), vrijlating_months_used=0)
    young = calculate(scenario, params, neutral)
    assert [row.vrijlating for row in young.months] == [Decimal("0.00")] * 3
    assert "vrijlating_assumed" not in _codes(young)

    older = calculate(Scenario(Month(2026, 7), 3, Household("single", 27), _job(Month(2026, 7)),
                               vrijlating_months_used=0), params, neutral)
    assert older.months[0].vrijlating == Decimal("209.19")
    assert older.months[0].vrijlating_rule == "n"
    assert "vrijlating_assumed" in _codes(older)


def test_no_vrijlating_warning_for_a_wage_that_leaves_no_bijstand(params, neutral):
    """40 hours x 30,00: gross 40 x 30 x 13/3 = 5.200 a month, far above the norm 1.419,46 even
    after the largest vrijlating (285): no bijstand in any month, so no vrijlating is applied,
    before or after 1 January 2027, and the readings of the switch agree."""
    job = _job(Month(2026, 3), hours="40", wage="30.00")
    result = calculate(Scenario(Month(2026, 6), 12, Household("single", 40), job), params, neutral)
    assert all(row.bijstand == 0 and row.vrijlating_rule is None for row in result.months)
    assert result.months[-1].month == Month(2027, 5)
    assert all(row.total_range_low is None for row in result.months)
    assert not {"vrijlating_assumed", "vrijlating_2027_transition"} & _codes(result)


def test_no_vrijlating_warning_without_a_job(params, neutral):
    result = calculate(Scenario(Month(2026, 6), 12, Household("single", 40)), params, neutral)
    assert not {"vrijlating_assumed", "vrijlating_2027_transition"} & _codes(result)


def test_a_job_that_ends_in_2026_has_no_transition_warning(params, neutral):
    """The job runs July-November 2026 with onderdeel n (25% of 836,75 = 209,19 in October and
    November): assumed. From December there is no wage, so on 1 January 2027 no vrijlating is
    running and the readings give the same months."""
    job = _job(Month(2026, 7), end_month=Month(2026, 11))
    result = calculate(Scenario(Month(2026, 10), 6, Household("single", 40), job, vrijlating_months_used=3),
                       params, neutral)
    assert [row.vrijlating for row in result.months[:2]] == [Decimal("209.19")] * 2
    assert "vrijlating_assumed" in _codes(result)
    assert all(row.total_range_low is None for row in result.months)
    assert "vrijlating_2027_transition" not in _codes(result)


def test_a_vrijlating_running_on_1_january_2027_has_the_transition_warning(params, neutral):
    """The same job without an end: its onderdeel n months are running on 1 January 2027, so the
    readings differ from January (the planning reading 15% of art. 34a, the old onderdeel n 25%)."""
    job = _job(Month(2026, 7))
    result = calculate(Scenario(Month(2026, 10), 6, Household("single", 40), job, vrijlating_months_used=3),
                       params, neutral)
    notice = next(notice for notice in result.warnings if notice.code == "vrijlating_2027_transition")
    assert notice.values["first_month"] == Month(2027, 1)
    assert result.month(Month(2027, 1)).total_range_low is not None


def test_a_vrijlating_only_at_the_most_hours_is_assumed_too(params, neutral):
    """0 to 8 hours a week at 15,00: at the fewest hours there is no wage and no vrijlating, at
    the most (gross 8 x 15 x 13/3 = 520,00) onderdeel n applies, so the band rests on it."""
    job = Job(Month(2026, 7), "month", "may", Decimal("0"), Decimal("15.00"), hours_per_week_max=Decimal("8"))
    result = calculate(Scenario(Month(2026, 7), 3, Household("single", 40), job, vrijlating_months_used=0),
                       params, neutral)
    assert [row.vrijlating for row in result.months] == [Decimal("0.00")] * 3
    assert all(row.total_high > row.total_low for row in result.months)
    assert "vrijlating_assumed" in _codes(result)
