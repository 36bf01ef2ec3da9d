"""Geometry for the inline SVG charts (server-rendered, no JavaScript).

Horizontal bars, one row per month, so the chart stays readable on a 320 px phone. The amount
with the job is a solid bar; without the job a dashed outline: the difference is in the shape,
not only the colour. With hours that vary, a light band with a solid edge runs from the total
at the fewest hours to that at the most. The table under the chart holds the same numbers.
"""
from __future__ import annotations

from decimal import Decimal

from ..i18n import DEFAULT_LANGUAGE, money, number

WIDTH = 340
LABEL = 70
AMOUNT = 80
ROW = 30
TOP = 8


def _scale(maximum: Decimal) -> Decimal:
    return maximum if maximum > 0 else Decimal(1)


def months_chart(months: list, labels: list[str], lang: str = DEFAULT_LANGUAGE) -> dict:
    bar_space = WIDTH - LABEL - AMOUNT
    top_value = _scale(max(max(row.total, row.total_without_job, row.total_high or 0) for row in months))
    rows = []
    for index, (row, label) in enumerate(zip(months, labels, strict=True)):
        y = TOP + index * ROW
        high = row.total_high
        # Hours that vary: a light band from the total at the fewest hours to that at the most.
        band = None
        if high is not None:
            low_x, high_x = (float(value / top_value) * bar_space for value in (row.total, high))
            band = {"x": round(LABEL + min(low_x, high_x), 1), "width": round(abs(high_x - low_x), 1),
                    "edge_x": round(LABEL + high_x, 1)}
        rows.append({
            "y": y,
            "label": label,
            "label_y": y + 14,
            "with_width": round(float(row.total / top_value) * bar_space, 1),
            "without_width": round(float(row.total_without_job / top_value) * bar_space, 1),
            "with_y": y + 3,
            "without_y": y + 17,
            "amount": money(row.total, lang),
            "amount_x": LABEL + bar_space + 4,
            "below": row.total < row.total_without_job,
            "band": band,
        })
    return {
        "width": WIDTH,
        "height": TOP + len(months) * ROW + 4,
        "label_width": LABEL,
        "rows": rows,
    }


def sweep_chart(points, lang: str = DEFAULT_LANGUAGE) -> dict:
    bar_space = WIDTH - LABEL - AMOUNT
    top_value = _scale(max(point.average_total for point in points))
    rows = []
    for index, point in enumerate(points):
        y = TOP + index * 22
        rows.append({
            "y": y + 3,
            "label_y": y + 14,
            "label": number(point.hours_per_week, lang),
            "count": point.hours_per_week,  # picks the plural form of the label
            "width": round(float(point.average_total / top_value) * bar_space, 1),
            "base_x": round(LABEL + float(point.average_total_without_job / top_value) * bar_space, 1),
            "amount": money(point.average_total, lang),
            "amount_x": LABEL + bar_space + 4,
        })
    return {"width": WIDTH, "height": TOP + len(points) * 22 + 4, "label_width": LABEL, "rows": rows}
