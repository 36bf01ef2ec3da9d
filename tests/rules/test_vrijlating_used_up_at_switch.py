"""The reason of a month whose art. 34a period was filled by the art. 31 months counted at the switch.

A single parent with children of 3 and 9 (golden case
overgang_2027/overgang_alleenstaande_ouder_onderdeel_r_weekloon_2027.yaml): in December 2026 the
month's reason says "maand 6 van de 30" of onderdeel r; in the planning reading the six n-months
and six r-months count towards the twelve of art. 34a lid 1 onder a, so January 2027 has none.
"Je had die 12 maanden" would not tell why a vrijlating of 30 months stops: the reason names the
new rule and the months counted. A job that had months of art. 34a in 2027 keeps the plain
reason when they are over.
"""
from decimal import Decimal as D

from rules import Household, Job, Month, Scenario, calculate


def _codes(row):
    return {item.code for item in row.explanations}


def test_the_switch_filling_the_period_is_named(params, neutral):
    job = Job(Month(2026, 1), "week", "may", D("16"), D("14.50"))
    household = Household("single_parent", 32, children=(3, 9))
    result = calculate(Scenario(Month(2026, 11), 6, household, job, vrijlating_months_used=10), params, neutral)
    assert "vrijlating_r" in _codes(result.month(Month(2026, 12)))
    for month in (Month(2027, 1), Month(2027, 4)):
        row = result.month(month)
        assert row.vrijlating == 0 and "vrijlating_used_up_at_switch" in _codes(row)
        assert "vrijlating_used_up" not in _codes(row)


def test_months_of_art_34a_used_in_2027_keep_the_plain_reason(params, neutral):
    job = Job(Month(2026, 9), "month", "may", gross_per_period=D("1000.00"))
    result = calculate(Scenario(Month(2027, 1), 12, Household("single", 45), job, vrijlating_months_used=4),
                       params, neutral)
    september = result.month(Month(2027, 9))
    assert "vrijlating_used_up" in _codes(september)
    assert "vrijlating_used_up_at_switch" not in _codes(september)
