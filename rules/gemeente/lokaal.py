"""Local minimaregelingen and premies from a gemeente profile (placeholder until issue 6).

`apply` may set `gemeente_premie` on the rows (cash paid that month), and returns notices,
e.g. when a month's income crosses a minimaregeling's limit.
"""
from __future__ import annotations

from ..model import MonthResult, Notice, Scenario
from ..profiles import Policy


def apply(scenario: Scenario, rows: list[MonthResult], baseline: list[MonthResult], policy: Policy, params) -> list[Notice]:
    return []
