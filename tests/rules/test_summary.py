"""rules/summary.py: the typical and average month, the lowest month and the rule that made it
low, the months below "without job" and the year after the settlements, on hand-worked cases."""
from dataclasses import replace
from decimal import Decimal as D

import pytest

from rules import Household, Job, Month, Scenario, calculate, summarize, sweep
from rules.explanations import LOW_CAUSES
from rules.model import MonthResult
from rules.summary import low_cause, mean, median

JAN = Month(2026, 1)


def test_median_and_mean_by_hand():
    assert median([D("3.00"), D("1.00"), D("2.00")]) == D("2.00")
    # Even count: the mean of the two middle values, half a cent rounded up.
    assert median([D("10.18"), D("86.53"), D("-46.87"), D("603.63")]) == D("48.36")  # (10.18 + 86.53) / 2 = 48.355
    assert mean([D("10.00"), D("10.00"), D("10.01")]) == D("10.00")  # 30.01 / 3 = 10.0033
    assert median([]) == mean([]) == D("0.00")


def _month(number, **amounts):
    """A month on bijstand: norm 1.401,50 (single, 1 January 2026), the given parts."""
    row = MonthResult(Month(2026, number), norm=D("1401.50"), bijstand=D("1"), paydays=1, **amounts)
    return row


def test_the_vrijlating_running_out_is_the_cause_not_the_holiday_pay_of_another_month():
    """Six months with the vrijlating (25% of 642,92 = 160,73), holiday pay (236,86) in May only,
    then six months with the vrijlating used up. The lowest month lacks the vrijlating; that it also
    lacks May's holiday pay is shared with ten other months, so it is not the cause."""
    with_vrijlating = [_month(n, vrijlating=D("160.73"), vrijlating_code="vrijlating_n") for n in range(1, 7)]
    with_vrijlating[4] = replace(with_vrijlating[4], holiday_pay=D("236.86"))
    used_up = [_month(n, vrijlating=D("0.00"), vrijlating_code="vrijlating_used_up") for n in range(7, 13)]
    assert low_cause(used_up[0], with_vrijlating + used_up) == "vrijlating_used_up"
    # A month that only lacks the holiday pay of May is ordinary: nothing falls short.
    assert low_cause(with_vrijlating[0], with_vrijlating) == "other"


def test_a_months_own_rules_name_the_cause():
    ordinary = [_month(n, net_wage=D("700.00"), wage_counted=D("700.00")) for n in range(1, 6)]
    # Settled a month later after a month with two paydays: 700,00 more is counted than paid.
    late = replace(ordinary[0], counted_from_before=D("700.00"))
    assert low_cause(late, ordinary + [late]) == "counted_next_month"
    # One four-weekly payday, counted spread over the year: 700,00 x 13 / 12 = 758,33 counted.
    spread = replace(ordinary[0], wage_counted=D("758.33"))
    assert low_cause(spread, ordinary + [spread]) == "counted_spread"
    # No bijstand left in a month when most months have some.
    ended = replace(ordinary[0], bijstand=D("0"), leaves_bijstand=True)
    assert low_cause(ended, ordinary + [ended]) == "bijstand_ends"
    assert "other" in LOW_CAUSES and len(set(LOW_CAUSES)) == len(LOW_CAUSES)


def _single_parent(params, neutral, hours="16"):
    """Single parent (35, child of 4), 14,40 an hour paid every four weeks from January 2026."""
    job = Job(JAN, "four_weeks", "may", D(hours), D("14.40"))
    return Scenario(JAN, 12, Household("single_parent", 35, children=(4,)), job)


def test_single_parent_with_four_weekly_pay(params, neutral):
    result = calculate(_single_parent(params, neutral), params, neutral)
    differences = [row.total - row.total_without_job for row in result.months]
    # Onderdeel n (25%, at most 160,73) for six months, then r (12,5%): +86,53 and +10,18 in an
    # ordinary month; May adds the holiday pay, October a second payday, June (the
    # vakantietoeslag is smaller with the job) is below.
    assert differences == [D(x) for x in ("86.53", "86.53", "86.53", "86.53", "323.39", "-46.87",
                                          "10.18", "10.18", "10.18", "603.63", "10.18", "10.18")]
    summary = summarize(result)
    # Sorted, the middle two are 10,18 and 86,53: (10,18 + 86,53) / 2 = 48,355 -> 48,36.
    assert summary.typical_difference == D("48.36")
    # 4 x 86,53 + 323,39 - 46,87 + 5 x 10,18 + 603,63 = 1.277,17; / 12 = 106,43.
    assert summary.average_difference == D("106.43")
    assert summary.months_with_pay == 12
    # August is the first of the lowest months (no kinderbijslag, the lower vrijlating r).
    assert (summary.lowest_month, summary.lowest_total) == (Month(2026, 8), D("1987.49"))
    assert summary.lowest_cause == "vrijlating_lower"
    assert summary.months_below_without_job == (Month(2026, 6),)
    assert [(y.year, y.difference_cash) for y in summary.years] == [(2026, D("1277.17"))]


def test_the_sweep_row_for_the_persons_hours_equals_the_summary(params, neutral):
    scenario = _single_parent(params, neutral)
    summary = summarize(calculate(scenario, params, neutral))
    points = {point.hours_per_week: point for point in sweep(scenario, [D("8"), D("16"), D("24")], params, neutral)}
    assert points[D("16")].typical_difference == summary.typical_difference
    assert points[D("16")].average_difference == summary.average_difference


def test_the_year_after_the_toeslagen_settlement(params, neutral):
    """Single, 35, rent 700: with 24 hours at 14,40 the toeslagen paid in advance on the income
    without the job are partly reclaimed after the year (278,00)."""
    job = Job(JAN, "month", "may", D("24"), D("14.40"))
    result = calculate(Scenario(JAN, 12, Household("single", 35, rent=D("700")), job), params, neutral)
    (year,) = summarize(result).years
    (settled,) = result.year_end
    assert settled.toeslagen_settlement == D("-278.00")
    tax = settled.details["income_tax"]
    assert year.difference_cash == sum((row.total - row.total_without_job for row in result.months), D(0))
    assert year.difference_after_settlements == year.difference_cash - D("278.00") + tax["kept"] - tax["kept_without_job"]


@pytest.mark.parametrize("situation", ["single", "single_parent"])
def test_without_a_job_every_measure_is_zero(params, neutral, situation):
    household = Household(situation, 35, children=(4,) if situation == "single_parent" else ())
    summary = summarize(calculate(Scenario(JAN, 12, household), params, neutral))
    assert summary.typical_difference == summary.average_difference == D("0.00")
    assert summary.lowest_cause is None and summary.months_below_without_job == ()
    assert all(y.difference_cash == y.difference_after_settlements == 0 for y in summary.years)


def test_below_without_job_the_cause_is_what_the_job_changes_in_that_month(params, neutral):
    """Ferd's pattern: 24 hours at 14,40 every four weeks, the vrijlating used up. A month with one
    payday: net 889,40 paid, but counted 889,40 x 13 / 12 = 963,52 (spread) plus the holiday right
    77,08 (8%): 1.040,60 counted, 151,20 more than paid. The bijstand is 1.040,60 lower, of which
    95% would be paid this month (5% is the vakantietoeslag part, paid in June): 988,57 less
    bijstand for 889,40 wage, 99,17 below the month without the job."""
    job = Job(Month(2026, 9), "four_weeks", "may", D("24"), D("14.40"))
    result = calculate(Scenario(Month(2026, 8), 14, Household("single", 35), job, vrijlating_months_used=6), params, neutral)
    september = result.month(Month(2026, 9))
    assert (september.net_wage, september.wage_counted, september.holiday_right_counted) == (
        D("889.40"), D("963.52"), D("77.08"))
    without_job = result.baseline[result.months.index(september)]
    assert without_job.total - september.total == D("99.17")
    assert low_cause(september, result.months[1:], without_job) == "counted_more_than_paid"
    # The lowest month (with the 2027 figures it is July 2027, the same pattern) says the same.
    summary = summarize(result)
    assert summary.lowest_total < summary.lowest_total_without_job
    assert summary.lowest_cause == "counted_more_than_paid"
