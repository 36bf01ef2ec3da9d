"""Small helpers shared by the local rules."""
from __future__ import annotations

from typing import Any

from ..model import Explanation, MonthResult


def explain(row: MonthResult, code: str, values: dict[str, Any]) -> None:
    """Add an explanation once: the sweep applies the local rules to the same baseline again."""
    if not any(e.code == code and e.values == values for e in row.explanations):
        row.explanations.append(Explanation(code, values))
