"""first_pay_in_january for pay per week and per four weeks: "the same job paid from January 2027"
keeps the job's paydays in 2027, so the difference is what the law changes, not a lost payday.

Hand calculation, shared by both cases (rules/data; 2027 figures provisional or carried forward):
a single person of 28, EUR 200 gross a week or EUR 800 per four weeks, first pay on Friday
4 December 2026. Table wage 10.400 -> 10.368 (192 x 54) either way, so the gemeente counts the
same net a month: 2026 35,75% -> 3.706 a year, counted 557,83; 2027 36,23% -> 3.756 a year, counted
553,67, holiday right 8% 44,29, art. 34a 15% = 83,05.
- December 2027: the job first paid in December 2026 used its twelfth month of art. 34a in
  November 2027 (planning reading: the December n-month counts), the January job has 15% still:
  bijstand 904,55 against 821,50; paid after the 5% part 859,32 against 780,42: + 78,90.
- June 2027: December 2026's bijstand without the job is 1.419,46 instead of 956,46 (557,83 +
  44,63 holiday right - n 25% 139,46 = 463,00 counted), so the vakantietoeslag paid out in June is
  70,97 - 47,82 = + 23,15 higher.
- May 2027: the holiday pay built up on the December 2026 paydays (4 weekly paydays or one
  four-weekly payday: 64,00 gross) is not there: bijzonder tarief 36,23%, 448 -> 285,69 net
  against 384 -> 244,88 (four weeks), 416 -> 265,29 against 352 -> 224,48 (week): - 40,81.
Every 2027 payday is the same in both (1 January 2027 is a Friday and the fourth week after
4 December), so the wage and the months in between do not differ: 78,90 + 23,15 - 40,81 = 61,24.
"""
from datetime import date
from decimal import Decimal

import pytest

from rules import Household, Job, Month, Scenario, calculate


@pytest.mark.parametrize("period, gross", [("week", "200.00"), ("four_weeks", "800.00")])
def test_first_pay_in_january_keeps_the_paydays_of_2027(params, neutral, period, gross):
    job = Job(Month(2026, 12), period, "may", gross_per_period=Decimal(gross), first_payday=date(2026, 12, 4))
    result = calculate(Scenario(Month(2026, 12), 13, Household("single", 28), job, vrijlating_months_used=0),
                       params, neutral)
    notice = next((notice for notice in result.warnings if notice.code == "first_pay_in_january"), None)
    assert notice is not None, "a new period from January 2027 brings more: the note must be shown"
    assert notice.values["difference"] == Decimal("61.24")


def test_weekly_pay_without_a_first_payday_keeps_the_fridays_of_january(params, neutral):
    """Without a first payday the weekly job paid from December 2026 has every Friday of January
    2027 (five); the same job paid from January keeps them. Its December has one payday (the last
    Friday, 25 December), so the holiday pay of May differs by one payday: 23 x 16 = 368 gross
    (368 x 36,23% = 133,3264 -> 133,32) -> 234,68 net against 22 x 16 = 352 -> 224,48: - 10,20.
    78,90 + 23,15 - 10,20 = 91,85."""
    job = Job(Month(2026, 12), "week", "may", gross_per_period=Decimal("200.00"))
    result = calculate(Scenario(Month(2026, 12), 13, Household("single", 28), job, vrijlating_months_used=0),
                       params, neutral)
    notice = next((notice for notice in result.warnings if notice.code == "first_pay_in_january"), None)
    assert notice is not None
    assert notice.values["difference"] == Decimal("91.85")
