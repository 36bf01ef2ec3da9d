"""Toeslagen, kinderbijslag and the settlement after the year (placeholder until issue 3).

`apply` fills the monthly advances (huurtoeslag, zorgtoeslag, kindgebonden_budget,
kinderbijslag) on the rows with and without the job, and returns the year-end settlements.
"""
from __future__ import annotations

from ..model import MonthResult, Notice, Scenario, YearEnd


def apply(scenario: Scenario, rows: list[MonthResult], baseline: list[MonthResult], params) -> tuple[list[YearEnd], list[Notice]]:
    years = sorted({row.month.year for row in rows})
    return [YearEnd(year) for year in years], [Notice("toeslagen_not_included")]
