"""The hours table of the result page: per number of hours a week the same measure as the
headline (the ordinary month), and what each extra hour adds. The hours are the applicant's, or
the partner's when only the partner works (rules.scenario.sweep)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from rules import Summary, SweepPoint

from ..i18n import N_, gettext, money, number, signed_money
from . import chart

ZERO = Decimal("0.00")
PER_HOUR = N_("Voor elk uur per week dat je werkt, houd je gemiddeld %(amount)s per maand over.")
SWEEP_CAUSE = N_(
    "Meer uren leveren weinig op zolang je bijstand krijgt. "
    "De gemeente haalt je loon van je bijstand af. Alleen de vrijlating mag je houden.")
# Only the partner works: the hours table varies the partner's hours.
PER_HOUR_PARTNER = N_("Voor elk uur per week dat je partner werkt, houden jullie gemiddeld %(amount)s per maand over.")
SWEEP_CAUSE_PARTNER = N_(
    "Meer uren leveren weinig op zolang jullie bijstand krijgen. "
    "De gemeente haalt het loon van je partner van jullie bijstand af. Alleen de vrijlating mag je partner houden.")
# A couple where the applicant works: the bijstand and what is kept are the household's.
PER_HOUR_COUPLE = N_("Voor elk uur per week dat je werkt, houden jullie gemiddeld %(amount)s per maand over.")
SWEEP_CAUSE_COUPLE = N_(
    "Meer uren leveren weinig op zolang jullie bijstand krijgen. "
    "De gemeente haalt je loon van jullie bijstand af. Alleen de vrijlating mag je houden.")
CURRENT_HOURS = N_("jouw uren")
CURRENT_HOURS_PARTNER = N_("uren van je partner")
LOW_GAIN_PER_HOUR = Decimal("2.00")


@dataclass
class SweepView:
    rows: list[dict]
    per_hour: str
    cause: str
    chart: dict | None
    current: str = ""  # the tag of the row with the hours of the answers


def sweep_view(points: list[SweepPoint], hours: Decimal, summary: Summary, lang: str,
               partner: bool = False, couple: bool = False) -> SweepView:
    """The hours table: per hour value the same measure as the headline (the ordinary month).
    `partner`: the hours are the partner's (only the partner works); `couple`: a couple."""
    rows = []
    previous = None
    for point in points:
        gain = None
        if previous is not None and point.hours_per_week > previous.hours_per_week:
            step = point.hours_per_week - previous.hours_per_week
            gain = ((point.typical_difference - previous.typical_difference) / step).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
        rows.append({
            "hours": number(point.hours_per_week, lang),
            "average_total": money(point.average_total, lang),
            "difference": signed_money(point.typical_difference, lang),
            "per_hour": money(gain, lang) if gain is not None else "–",
            "low_gain": gain is not None and gain < LOW_GAIN_PER_HOUR,
            "current": point.hours_per_week == hours,
        })
        previous = point
    per_hour_text, cause = ((PER_HOUR_PARTNER, SWEEP_CAUSE_PARTNER) if partner else
                            (PER_HOUR_COUPLE, SWEEP_CAUSE_COUPLE) if couple else (PER_HOUR, SWEEP_CAUSE))
    per_hour = gettext(per_hour_text, lang) % {"amount": money(
        (summary.average_difference / hours).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if hours else ZERO, lang)}
    sweep_chart = chart.sweep_chart(points, lang)
    for chart_row, row in zip(sweep_chart["rows"], rows, strict=True):
        chart_row["low_gain"], chart_row["current"] = row["low_gain"], row["current"]
    return SweepView(rows=rows, per_hour=per_hour, cause=gettext(cause, lang),
                     chart=sweep_chart, current=gettext(CURRENT_HOURS_PARTNER if partner else CURRENT_HOURS, lang))
