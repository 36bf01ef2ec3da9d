"""Geometry for the inline SVG charts (server-rendered, no JavaScript).

Horizontal bars, one row per month, so the chart stays readable on a 320 px phone. The month
chart shows what the job adds each month (the "Verschil" of the table): a bar from a zero line,
to one side for more, to the other for less (with a dashed outline, so the difference is in the
shape, not only the colour). The table and the month cards hold the same numbers.

Right-to-left languages get the mirror image: labels on the right, bars growing to the left from
the zero line. All x coordinates are computed here; the SVG's text runs in `direction: ltr` so
`text-anchor="end"` always means "ends at x" (the Arabic words themselves still read right to
left inside their run). Text is 14 units in a 360-unit wide box: at least 12 px on a 360 px
phone, where the chart is about 330 px wide.

With hours that vary, a light band runs from the difference at the fewest hours to that at the
most, with a solid edge at the most.
"""
from __future__ import annotations

from decimal import Decimal

from ..i18n import DEFAULT_LANGUAGE, money, number, signed_money, text_direction

WIDTH = 360
LABEL = 100
AMOUNT = 92
ROW = 30
TOP = 8
GAP = 4
FONT = 14


def _scale(maximum: Decimal) -> Decimal:
    return maximum if maximum > 0 else Decimal(1)


def _signed(amount: Decimal, lang: str) -> str:
    return signed_money(amount, lang)  # the sign inside the bidi isolate


class _Frame:
    """Where the label, the bars and the amount go, for one reading direction."""

    def __init__(self, lang: str):
        self.rtl = text_direction(lang) == "rtl"
        self.bar_space = WIDTH - LABEL - AMOUNT

    def label(self) -> tuple[float, str]:
        return (WIDTH - 2, "end") if self.rtl else (2, "start")

    def amount(self) -> tuple[float, str]:
        return (AMOUNT - GAP, "end") if self.rtl else (WIDTH - AMOUNT + GAP, "start")

    def bar(self, start: float, length: float) -> tuple[float, float]:
        """A bar `length` long from `start` units into the bar space, reading direction first;
        a negative length grows backwards. Returns (x, width) in SVG coordinates."""
        begin, end = sorted((start, start + length))
        if self.rtl:
            return round(WIDTH - LABEL - end, 1), round(end - begin, 1)
        return round(LABEL + begin, 1), round(end - begin, 1)

    def point(self, offset: float) -> float:
        return round(WIDTH - LABEL - offset if self.rtl else LABEL + offset, 1)


def months_chart(months: list, labels: list[str], lang: str = DEFAULT_LANGUAGE) -> dict:
    frame = _Frame(lang)
    differences = [row.total - row.total_without_job for row in months]
    # Hours that vary: the difference at the most hours, for the band.
    highs = [None if row.total_high is None else row.total_high - row.total_without_job for row in months]
    every = differences + [high for high in highs if high is not None]
    most = max((d for d in every if d > 0), default=Decimal(0))
    least = -min((d for d in every if d < 0), default=Decimal(0))
    span = _scale(most + least)
    zero = float(least / span) * frame.bar_space
    label_x, label_anchor = frame.label()
    amount_x, amount_anchor = frame.amount()
    rows = []
    for index, (difference, high, label) in enumerate(zip(differences, highs, labels, strict=True)):
        y = TOP + index * ROW
        x, width = frame.bar(zero, float(difference / span) * frame.bar_space)
        band = None
        if high is not None:
            low_end = zero + float(difference / span) * frame.bar_space
            band_x, band_width = frame.bar(low_end, float((high - difference) / span) * frame.bar_space)
            band = {"x": band_x, "width": band_width,
                    "edge_x": frame.point(zero + float(high / span) * frame.bar_space)}
        rows.append({
            "y": y,
            "label": label,
            "label_y": y + 19,
            "bar_x": x,
            "bar_y": y + 6,
            "bar_width": width,
            "amount": _signed(difference, lang),
            "below": difference < 0,
            "band": band,
        })
    return {
        "width": WIDTH,
        "height": TOP + len(months) * ROW + 4,
        "rows": rows,
        "zero_x": frame.point(zero),
        "label_x": label_x, "label_anchor": label_anchor,
        "amount_x": amount_x, "amount_anchor": amount_anchor,
        "font": FONT,
    }


def sweep_chart(points, lang: str = DEFAULT_LANGUAGE) -> dict:
    frame = _Frame(lang)
    top_value = _scale(max(point.average_total for point in points))
    label_x, label_anchor = frame.label()
    amount_x, amount_anchor = frame.amount()
    rows = []
    for index, point in enumerate(points):
        y = TOP + index * 24
        x, width = frame.bar(0, float(point.average_total / top_value) * frame.bar_space)
        rows.append({
            "y": y + 4,
            "label_y": y + 17,
            "label": number(point.hours_per_week, lang),
            "count": point.hours_per_week,  # picks the plural form of the label
            "x": x,
            "width": width,
            "base_x": frame.point(float(point.average_total_without_job / top_value) * frame.bar_space),
            "amount": money(point.average_total, lang),
        })
    return {"width": WIDTH, "height": TOP + len(points) * 24 + 4, "rows": rows,
            "label_x": label_x, "label_anchor": label_anchor,
            "amount_x": amount_x, "amount_anchor": amount_anchor, "font": FONT}
