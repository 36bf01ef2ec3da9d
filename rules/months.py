"""Calendar months and paydays.

Bijstand is settled per calendar month (art. 19 Pw: the norm is an amount per month), so the
month is the unit of the whole core.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache


class Month(tuple):
    """A calendar month. A tuple (year, month) underneath, so hashing and ordering run in C:
    the month loop looks figures up by month hundreds of times per scenario."""

    __slots__ = ()

    def __new__(cls, year: int, month: int) -> "Month":
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        return tuple.__new__(cls, (year, month))

    @property
    def year(self) -> int:
        return self[0]

    @property
    def month(self) -> int:
        return self[1]

    def __repr__(self) -> str:
        return f"Month({self[0]}, {self[1]})"

    def __getnewargs__(self):
        return (self[0], self[1])

    @classmethod
    def parse(cls, text: str) -> "Month":
        """'2027-01' -> Month(2027, 1)."""
        year, _, month = text.partition("-")
        if len(year) != 4 or len(month) != 2 or not (year.isdigit() and month.isdigit()):
            raise ValueError(f"not a YYYY-MM month: {text!r}")
        return cls(int(year), int(month))

    @classmethod
    def of(cls, day: date) -> "Month":
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def plus(self, months: int) -> "Month":
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def minus(self, other: "Month") -> int:
        """Number of months from `other` to `self`. (Indexes, not the properties: the vrijlating
        clocks ask this every month.)"""
        return (self[0] - other[0]) * 12 + (self[1] - other[1])

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])


@lru_cache(maxsize=512)
def month_range(start: Month, count: int) -> tuple[Month, ...]:
    """`count` months from `start`. Remembered: every scenario walks its months more than once
    (months are immutable, so sharing them is safe)."""
    return tuple(start.plus(i) for i in range(count))


@lru_cache(maxsize=64)
def four_weekly_paydays(year: int) -> tuple[date, ...]:
    """Paydays of 4-weekly pay in a calendar year.

    Payroll for 4-weekly pay runs in 13 periods of four ISO weeks (the loonheffing tijdvakken of
    four weeks start in ISO week 1). We put the payday on the Friday of the last week of each
    period. Thirteen paydays in twelve months means one month has two (October in 2025 and 2026,
    December in 2027); which month that is differs per employer, so the result names it. A year
    with an ISO week 53 (2026) has no period for that week here: employers pay it apart or with a
    neighbouring period, each in their own way, so its wage is left out and the result says so
    (warning `four_weekly_week_53`, rules/notices.py).
    """
    week_one_monday = date.fromisocalendar(year, 1, 1)
    return tuple(week_one_monday + timedelta(weeks=4 * period, days=-3) for period in range(1, 14))


def has_iso_week_53(year: int) -> bool:
    """Whether the ISO year has 53 weeks (28 December always lies in the year's last ISO week)."""
    return date(year, 12, 28).isocalendar()[1] == 53


@lru_cache(maxsize=1024)
def paydays_in_month(pay_period: str, month: Month) -> int:
    """How many paydays a pay rhythm has in a calendar month."""
    if pay_period == "month":
        return 1
    if pay_period == "four_weeks":
        days = four_weekly_paydays(month.year) + four_weekly_paydays(month.year + 1)
        return sum(1 for day in days if Month.of(day) == month)
    if pay_period == "week":
        # Weekly pay on Fridays: four or five paydays a month.
        return sum(
            1
            for day in range(1, month.last_day.day + 1)
            if date(month.year, month.month, day).weekday() == calendar.FRIDAY
        )
    raise ValueError(f"unknown pay period: {pay_period}")


# Days between two paydays of pay per four weeks or per week.
PAYDAY_STEP_DAYS = {"four_weeks": 28, "week": 7}


def paydays_from(first: date, step_days: int, month: Month) -> int:
    """How many of the paydays `first`, `first` + `step_days`, ... fall in `month`."""
    last = month.last_day
    if last < first:
        return 0
    # The first payday on or after the first day of the month.
    behind = (max(first, month.first_day) - first).days
    day = first + timedelta(days=-(-behind // step_days) * step_days)
    return 0 if day > last else (last - day).days // step_days + 1


def can_hold_two_paydays(pay_period: str, month: Month) -> bool:
    """Whether `month` is long enough for two paydays of this rhythm (a month of 29 days or more
    for pay per four weeks; always for pay per week)."""
    step = PAYDAY_STEP_DAYS.get(pay_period)
    return step is not None and month.last_day.day > step
