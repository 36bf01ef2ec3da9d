"""Paydays per month for each pay rhythm."""
from rules.months import Month, four_weekly_paydays, paydays_in_month


def test_four_weekly_pay_has_thirteen_paydays_a_year_and_one_month_with_two():
    for year in (2026, 2027, 2028):
        counts = [paydays_in_month("four_weeks", Month(year, m)) for m in range(1, 13)]
        assert sum(counts) == 13
        assert counts.count(2) == 1


def test_the_two_payday_month_per_year():
    assert paydays_in_month("four_weeks", Month(2026, 10)) == 2  # 2 and 30 October 2026
    assert paydays_in_month("four_weeks", Month(2027, 12)) == 2  # 3 and 31 December 2027
    assert len(four_weekly_paydays(2026)) == 13


def test_weekly_pay_on_fridays():
    assert paydays_in_month("week", Month(2026, 1)) == 5  # 2, 9, 16, 23, 30 January
    assert paydays_in_month("week", Month(2026, 2)) == 4
    assert sum(paydays_in_month("week", Month(2026, m)) for m in range(1, 13)) == 52


def test_month_arithmetic():
    assert Month(2026, 11).plus(3) == Month(2027, 2)
    assert Month(2027, 2).minus(Month(2026, 11)) == 3
    assert str(Month.parse("2026-07")) == "2026-07"
