"""The lowest month's cause when the vrijlating runs out in a month below the month without the job.

Single, 45, EUR 1.000 gross a month since September 2026, four months of onderdeel n used (golden
case overgang_2027/overgang_lopende_n_vrijlating_alleenstaande_2027.yaml, worked by hand there):
January-August 2027 art. 34a gives 15% = 95,71 and the month brings 1.422,82 before toeslagen;
from September the twelve months are over: 1.331,89, which is 16,60 below the bijstand alone
(1.419,46 - 70,97 = 1.348,49; the toeslagen advances are the same with and without the job).
Counted more than paid (the holiday right, 51,05) is how the month gets below; but without the
vrijlating running out it would not be: 95,71 less vrijlating is 90,93 less paid (95%), far more
than the 16,60. So the summary names the vrijlating, as the month's own reasons do.
"""
from decimal import Decimal as D

from rules import Household, Job, Month, Scenario, calculate
from rules.summary import summarize


def test_the_vrijlating_running_out_is_the_cause_of_a_month_below_without_job(params, neutral):
    job = Job(Month(2026, 9), "month", "may", gross_per_period=D("1000.00"))
    result = calculate(Scenario(Month(2027, 1), 12, Household("single", 45), job, vrijlating_months_used=4),
                       params, neutral)
    summary = summarize(result)
    september = result.month(Month(2027, 9))
    assert summary.lowest_month == Month(2027, 9)
    assert summary.lowest_total_without_job - summary.lowest_total == D("16.60")
    assert (september.vrijlating, result.month(Month(2027, 8)).vrijlating) == (D("0.00"), D("95.71"))
    assert summary.lowest_cause == "vrijlating_used_up"


def test_a_month_after_the_job_ended_is_not_a_lower_vrijlating(params, neutral):
    """Single, 50, EUR 1.000 gross a month March-July 2027 (golden case
    overgang_2027/nieuwe_baan_34a_stopt_periode_loopt_door_2027.yaml): March-July 15% = 95,71, then
    no wage. August is the lowest month, with exactly what the bijstand alone brings (1.348,49
    before toeslagen): no rule gives a lower vrijlating, there is no wage to free. So the cause is
    the wage paid in the other months (less_wage), not "a lower vrijlating applies"."""
    job = Job(Month(2027, 3), "month", "may", gross_per_period=D("1000.00"), end_month=Month(2027, 7))
    result = calculate(Scenario(Month(2027, 2), 8, Household("single", 50), job), params, neutral)
    summary = summarize(result)
    august = result.month(Month(2027, 8))
    assert summary.lowest_month == Month(2027, 8)
    assert (august.net_wage, august.vrijlating, august.total) == (D("0.00"), D("0.00"), august.total_without_job)
    assert summary.lowest_cause == "less_wage"
