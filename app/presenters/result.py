"""ScenarioResult -> ResultView: everything the result page shows, already formatted.

Templates do no arithmetic and no rounding. The numbers come from app.adapters.to_response,
the same data the API returns, so the page and the API always agree.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from rules import Month

from ..adapters import SweepPoint, average, cents, to_response
from ..i18n import DEFAULT_LANGUAGE, N_, gettext, long_date, money, month_name, number, short_month
from . import chart
from .explain import parameter_group

ZERO = Decimal("0.00")
TOESLAGEN = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")

HEADLINE_MORE = N_("Met deze baan heb je gemiddeld %(amount)s per maand meer dan zonder baan.")
HEADLINE_LESS = N_("Met deze baan heb je gemiddeld %(amount)s per maand minder dan zonder baan.")
HEADLINE_SAME = N_("Met deze baan heb je gemiddeld evenveel als zonder baan.")
LOWEST = N_("Je laagste maand is %(month)s. Dan komt er %(amount)s op je rekening.")
LOWEST_SHARED = N_(
    "Je laagste bedrag is %(amount)s. Dat krijg je in %(count)s maanden, voor het eerst in %(month)s.")
MORE_IN_OTHER_MONTHS = N_(
    "In de andere maanden komt er iets bij, zoals vakantiegeld, kinderbijslag of een extra keer loon.")
LOWEST_BELOW = N_("Dat is %(difference)s minder dan zonder baan.")
CAUSES = {
    "counted_next_month": N_("Oorzaak: de gemeente haalt dan het loon van de maand ervoor van je bijstand af."),
    "counted_more_than_paid": N_(
        "Oorzaak: de gemeente rekent met meer loon dan je die maand krijgt. "
        "Ze verdeelt je loon over het jaar en telt je vakantiegeld al mee."),
    "less_bijstand": N_("Oorzaak: in die maand krijg je minder bijstand dan in andere maanden."),
    "counted_spread": N_(
        "Oorzaak: je krijgt die maand één keer loon. "
        "Maar de gemeente rekent met je loon verdeeld over het jaar, en dat is meer."),
    "holiday_right_counted": N_(
        "Oorzaak: de gemeente telt je vakantiegeld elke maand al mee. Maar je krijgt het pas later."),
    "vrijlating_used_up": N_(
        "Oorzaak: je vrijlating is dan op. De gemeente haalt al je loon van je bijstand af."),
    "no_holiday_money": N_(
        "Oorzaak: in die maand krijg je geen vakantiegeld of vakantietoeslag. In andere maanden wel."),
    "no_kinderbijslag": N_(
        "Oorzaak: in die maand krijg je geen kinderbijslag. De SVB betaalt die één keer per 3 maanden."),
    "less_toeslagen": N_("Oorzaak: in die maand krijg je minder toeslagen."),
    "less_wage": N_("Oorzaak: in sommige andere maanden krijg je meer loon uitbetaald."),
    "no_gemeente_payment": N_("Oorzaak: in die maand betaalt de gemeente je niets extra."),
    "other": N_("In die maand komen loon en bijstand samen het laagst uit."),
}
OUTDATED = N_(
    "Voor %(month)s en later zijn nog niet alle bedragen bekend. We rekenen met de laatst bekende bedragen:")
OUTDATED_ITEM = N_("%(group)s, van %(date)s")
BELOW_ONE = N_("In %(month)s heb je minder dan zonder baan.")
BELOW_MANY = N_("In %(count)s maanden heb je minder dan zonder baan.")
PER_HOUR = N_("Voor elk uur per week dat je werkt, houd je gemiddeld %(amount)s per maand over.")
SWEEP_CAUSE = N_(
    "Meer uren leveren weinig op zolang je bijstand krijgt. "
    "De gemeente haalt je loon van je bijstand af. Alleen de vrijlating mag je houden.")
LOW_GAIN_PER_HOUR = Decimal("2.00")
# Under the year-end table: why a tax refund may leave little or nothing to keep (art. 32 Pw).
REFUND_KEPT = N_(
    "Over %(year)s krijg je naar verwachting %(refund)s belasting terug. Je had dat jaar bijstand. "
    "Daarom mag de gemeente die teruggave (of een deel ervan) van je bijstand afhalen. "
    "Je houdt er naar verwachting %(kept)s van over.")
# Warnings that ask the person to do something: shown under "Wat moet je doen?".
ACTION_CODES = frozenset({"ask_employer_loonheffingskorting"})


@dataclass
class Cell:
    amount: Decimal
    text: str


@dataclass
class MonthRow:
    month: str
    label: str
    short_label: str
    wage: str
    holiday_pay: str
    bijstand: str
    vakantietoeslag: str
    bufferbudget: str
    gemeente_premie: str
    toeslagen: str
    total: str
    without_job: str
    difference: str
    below: bool
    leaves_bijstand: bool
    lowest: bool
    explanations: list[dict]


@dataclass
class SweepView:
    rows: list[dict]
    per_hour: str
    cause: str
    chart: dict | None


@dataclass
class ResultView:
    headline: list[str]
    rows: list[MonthRow]
    chart: dict
    warnings: list[dict]
    year_end: list[dict]
    rules_version: str
    figures_valid_from: str
    first_month: str
    last_month: str
    hours: str | None
    sweep: SweepView | None
    show: dict = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)  # what to do, besides the fixed steps


def _signed(amount: Decimal, lang: str) -> str:
    return ("+ " if amount > 0 else "") + money(amount, lang) if amount >= 0 else "− " + money(-amount, lang)


# What lands on the account, in parts; the cause of a low month is the part that falls short most.
PARTS = ("net_wage", "holiday_pay", "bijstand_paid", "vakantietoeslag_paid", "bufferbudget", "gemeente_premie",
         "toeslagen", "kinderbijslag")


def _part(row: dict, name: str) -> Decimal:
    if name == "toeslagen":
        return row["huurtoeslag"] + row["zorgtoeslag"] + row["kindgebonden_budget"]
    return row[name]


def lowest_cause(row: dict, job, rows: list[dict] | None = None) -> str:
    """Why this month is low.

    Below the income without the job, the reason is in how the gemeente counts the wage (the
    explanations of that month). Otherwise it is the part furthest below its own average.
    """
    codes = {item["code"] for item in row["explanations"]}
    if row["total"] < row["total_without_job"]:
        spread = "counted_spread" in codes and row["paydays"] == 1 and row["counted_income"] > 0
        holiday_right = "holiday_right_counted" in codes and job is not None and job.holiday_pay == "may"
        if "counted_next_month" in codes:
            return "counted_next_month"
        if spread and holiday_right:
            return "counted_more_than_paid"
        if spread:
            return "counted_spread"
        if holiday_right:
            return "holiday_right_counted"
        if "vrijlating_used_up" in codes:
            return "vrijlating_used_up"
    rows = rows or [row]
    shortfall = {name: average(_part(other, name) for other in rows) - _part(row, name) for name in PARTS}
    name = max(PARTS, key=lambda part: shortfall[part])
    if shortfall[name] <= 0:
        return "other"
    return {
        "holiday_pay": "no_holiday_money", "vakantietoeslag_paid": "no_holiday_money",
        "kinderbijslag": "no_kinderbijslag", "toeslagen": "less_toeslagen", "net_wage": "less_wage",
        "bufferbudget": "no_gemeente_payment", "gemeente_premie": "no_gemeente_payment",
    }.get(name, "less_bijstand")


def build(result, sweep_points: list[SweepPoint] | None = None, lang: str = DEFAULT_LANGUAGE) -> ResultView:
    data = to_response(result, sweep_points, lang)
    scenario = result.scenario
    job = scenario.job
    months = data["months"]
    job_rows = [row for row in months if job is None or Month.parse(row["month"]) >= job.start_month] or months
    differences = [row["total"] - row["total_without_job"] for row in job_rows]
    avg = average(differences)
    if avg > 0:
        headline = [gettext(HEADLINE_MORE, lang) % {"amount": money(avg, lang)}]
    elif avg < 0:
        headline = [gettext(HEADLINE_LESS, lang) % {"amount": money(-avg, lang)}]
    else:
        headline = [gettext(HEADLINE_SAME, lang)]
    lowest = min(job_rows, key=lambda row: row["total"])
    lowest_month = Month.parse(lowest["month"])
    same = sum(1 for row in job_rows if row["total"] == lowest["total"])
    if same > 1:
        headline.append(gettext(LOWEST_SHARED, lang) % {
            "amount": money(lowest["total"], lang), "count": same, "month": month_name(lowest_month, lang)})
    else:
        headline.append(gettext(LOWEST, lang) % {
            "month": month_name(lowest_month, lang), "amount": money(lowest["total"], lang)})
    if lowest["total"] < lowest["total_without_job"]:
        headline.append(gettext(LOWEST_BELOW, lang) % {
            "difference": money(lowest["total_without_job"] - lowest["total"], lang)})
    if same > 1 and lowest["total"] >= lowest["total_without_job"]:
        headline.append(gettext(MORE_IN_OTHER_MONTHS, lang))
    else:
        headline.append(gettext(CAUSES[lowest_cause(lowest, job, job_rows)], lang))
    below = [row for row in job_rows if row["total"] < row["total_without_job"]]
    if len(below) == 1:
        headline.append(gettext(BELOW_ONE, lang) % {"month": month_name(Month.parse(below[0]["month"]), lang)})
    elif below:
        headline.append(gettext(BELOW_MANY, lang) % {"count": len(below)})

    rows = []
    for row in months:
        month = Month.parse(row["month"])
        toeslagen = sum((row[name] for name in TOESLAGEN), ZERO)
        difference = row["total"] - row["total_without_job"]
        rows.append(MonthRow(
            month=row["month"],
            label=month_name(month, lang),
            short_label=short_month(month, lang),
            wage=money(row["net_wage"], lang),
            holiday_pay=money(row["holiday_pay"], lang),
            bijstand=money(row["bijstand_paid"], lang),
            vakantietoeslag=money(row["vakantietoeslag_paid"], lang),
            bufferbudget=money(row["bufferbudget"], lang),
            gemeente_premie=money(row["gemeente_premie"], lang),
            toeslagen=money(toeslagen, lang),
            total=money(row["total"], lang),
            without_job=money(row["total_without_job"], lang),
            difference=_signed(difference, lang),
            below=difference < 0,
            leaves_bijstand=row["leaves_bijstand"],
            lowest=row is lowest,
            explanations=row["explanations"],
        ))
    show = {
        "holiday_pay": any(row["holiday_pay"] > 0 for row in months),
        "vakantietoeslag": any(row["vakantietoeslag_paid"] > 0 for row in months),
        "bufferbudget": any(row["bufferbudget"] > 0 for row in months),
        "gemeente_premie": any(row["gemeente_premie"] > 0 for row in months),
        "toeslagen": any(row[name] > 0 for row in months for name in TOESLAGEN),
    }

    actions = [notice["text"] for notice in data["warnings"] if notice["code"] in ACTION_CODES]
    warnings = _warnings([notice for notice in data["warnings"] if notice["code"] not in ACTION_CODES], lang)

    year_end = [
        {
            "year": item["year"],
            "toeslagen": _signed(item["toeslagen_settlement"], lang),
            "income_tax": _signed(item["income_tax_settlement"], lang),
            "kept": _signed(item["income_tax_kept"], lang) if item["income_tax_kept"] is not None
            and item["income_tax_settlement"] > 0 else "–",
            "explained": gettext(REFUND_KEPT, lang) % {
                "year": item["year"], "refund": money(item["income_tax_settlement"], lang),
                "kept": money(item["income_tax_kept"], lang)}
            if item["income_tax_kept"] is not None and item["income_tax_settlement"] > 0
            and item["income_tax_kept"] < item["income_tax_settlement"] else "",
        }
        for item in data["year_end"]
        if item["toeslagen_settlement"] != 0 or item["income_tax_settlement"] != 0
    ]

    sweep_view = None
    if sweep_points and job is not None and job.hours_per_week:
        sweep_view = _sweep_view(sweep_points, job.hours_per_week, avg, lang)

    return ResultView(
        headline=headline,
        rows=rows,
        chart=chart.months_chart(months, [row.short_label for row in rows], lang),
        warnings=warnings,
        year_end=year_end,
        rules_version=data["rules_version"],
        figures_valid_from=long_date(datetime.date.fromisoformat(data["figures_valid_from"]), lang),
        first_month=rows[0].label,
        last_month=rows[-1].label,
        hours=number(job.hours_per_week, lang) if job is not None and job.hours_per_week else None,
        sweep=sweep_view,
        show=show,
        actions=actions,
    )


def _warnings(notices: list[dict], lang: str) -> list[dict]:
    """The warnings for the page: the outdated figures as one warning with a list, no repeats."""
    warnings, seen = [], set()
    outdated: dict[str, list[str]] = {}
    for notice in notices:
        if notice["code"] == "figures_outdated" and notice["values"].get("month") and notice["values"].get("since"):
            values = notice["values"]
            item = gettext(OUTDATED_ITEM, lang) % {
                "group": parameter_group(str(values.get("parameter", "")), lang),
                "date": long_date(datetime.date.fromisoformat(str(values["since"])), lang),
            }
            items = outdated.setdefault(str(values["month"]), [])
            if item not in items:
                items.append(item)
            continue
        if notice["text"] not in seen:
            seen.add(notice["text"])
            warnings.append({**notice, "items": []})
    for month, items in sorted(outdated.items()):
        text = gettext(OUTDATED, lang) % {"month": month_name(Month.parse(month), lang)}
        warnings.append({"code": "figures_outdated", "text": text, "law": None, "items": items})
    return warnings


def _sweep_view(points: list[SweepPoint], hours: Decimal, avg: Decimal, lang: str) -> SweepView:
    rows = []
    previous = None
    for point in points:
        gain = None
        if previous is not None and point.hours_per_week > previous.hours_per_week:
            step = point.hours_per_week - previous.hours_per_week
            gain = ((point.average_difference - previous.average_difference) / step).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
        rows.append({
            "hours": number(point.hours_per_week, lang),
            "average_total": money(point.average_total, lang),
            "difference": _signed(point.average_difference, lang),
            "per_hour": money(gain, lang) if gain is not None else "–",
            "low_gain": gain is not None and gain < LOW_GAIN_PER_HOUR,
            "current": point.hours_per_week == hours,
        })
        previous = point
    per_hour = gettext(PER_HOUR, lang) % {"amount": money(cents(avg / hours) if hours else ZERO, lang)}
    sweep_chart = chart.sweep_chart(points, lang)
    for chart_row, row in zip(sweep_chart["rows"], rows, strict=True):
        chart_row["low_gain"], chart_row["current"] = row["low_gain"], row["current"]
    return SweepView(rows=rows, per_hour=per_hour, cause=gettext(SWEEP_CAUSE, lang), chart=sweep_chart)
