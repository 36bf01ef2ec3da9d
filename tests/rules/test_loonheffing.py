"""Loonheffing per pay period, checked against rows of the official witte maandtabel 2026."""
from decimal import Decimal

import pytest

from rules.belasting.loonheffing import bijzonder_tarief_tax, loonheffing_per_period
from rules.months import Month

JAN_2026 = Month(2026, 1)


@pytest.mark.parametrize(
    "wage, without_korting, with_korting",
    [
        # Witte Maandloon-tabel 2026 rows (Belastingdienst), as quoted with the rekenvoorschrift.
        ("2700.00", "965.25", "267.50"),
        ("3001.50", "1073.00", "388.58"),
        ("4000.50", "1443.83", "820.92"),
    ],
)
def test_monthly_table_rows(wage, without_korting, with_korting, params):
    assert loonheffing_per_period(Decimal(wage), "month", JAN_2026, params, False) == Decimal(without_korting)
    assert loonheffing_per_period(Decimal(wage), "month", JAN_2026, params, True) == Decimal(with_korting)


def test_four_weekly_wage_worked_by_hand(params):
    # 16 h x 14,71 x 4 = 941,44; x 13 = 12.238,72 -> down to a multiple of 54: 12.204;
    # 35,75% = 4.362,93 -> 4.362; / 13 = 335,538 -> 335,54.
    assert loonheffing_per_period(Decimal("941.44"), "four_weeks", JAN_2026, params, False) == Decimal("335.54")


def test_holiday_pay_without_korting_is_taxed_at_the_first_bracket_rate(params):
    # 376,60 x 35,75% = 134,6345 -> 134,63 (rounded down to cents).
    assert bijzonder_tarief_tax(Decimal("376.60"), Decimal("12238.72"), Month(2026, 5), params, False) == Decimal("134.63")


def test_no_wage_no_tax(params):
    assert loonheffing_per_period(Decimal("0"), "month", JAN_2026, params, False) == Decimal("0.00")
