"""rules.ScenarioResult + rules.Summary -> ResultView: everything the result page shows, formatted.

Templates do no arithmetic and no rounding. The page reads the same typed result and summary as
the API's answer (app/adapters.py), and the same explanation texts (presenters/answer.py), so
the headline, the month table, the hours table and the API's `summary` name the same numbers.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from rules import Month, ScenarioResult, Summary, SweepPoint

from ..i18n import (
    DEFAULT_LANGUAGE, N_, N_plural, gettext, long_date, money, month_name, number, short_month, signed_money,
    translate_plural,
)
from . import chart, months_differ
from .hours_table import SweepView, sweep_view
from .answer import Texts, local_names
from .causes import CAUSES, CAUSES_COUPLE
from .explain import parameter_group
from .result_couple import for_household

ZERO = Decimal("0.00")
# The page's title (and heading); a couple's says "jullie" (result_couple.py).
TITLE = N_("Wat er per maand op je rekening komt")
TOESLAGEN = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")

HEADLINE_MORE = N_("In een gewone maand heb je met deze baan %(amount)s meer dan zonder baan.")
HEADLINE_LESS = N_("In een gewone maand heb je met deze baan %(amount)s minder dan zonder baan.")
HEADLINE_SAME = N_("In een gewone maand heb je met deze baan evenveel als zonder baan.")
# The partner works too (or only the partner): the household's work, in "jullie" words.
HEADLINES_COUPLE = (N_("In een gewone maand hebben jullie met werk %(amount)s meer dan zonder werk."),
                    N_("In een gewone maand hebben jullie met werk %(amount)s minder dan zonder werk."),
                    N_("In een gewone maand hebben jullie met werk evenveel als zonder werk."))
LOWEST = N_("Je laagste maand is %(month)s. Dan komt er %(amount)s op je rekening.")
LOWEST_SHARED = N_plural(
    "Je laagste bedrag is %(amount)s. Dat krijg je in %(count)s maand, voor het eerst in %(month)s.",
    "Je laagste bedrag is %(amount)s. Dat krijg je in %(count)s maanden, voor het eerst in %(month)s.", "count")
MORE_IN_OTHER_MONTHS = N_(
    "In de andere maanden komt er iets bij, zoals vakantiegeld, kinderbijslag of een extra keer loon.")
LOWEST_BELOW = N_("Dat is %(difference)s minder dan zonder baan.")
# The lowest month is not really lower than an ordinary month (rules/summary.py is_ordinary):
# at most the few cents of the toeslagen advances' rounding, so no cause is named.
LOWEST_ORDINARY = N_("Dat is ongeveer evenveel als in een gewone maand.")
# rules/summary.py YearSummary: the cash of the months shown in that year, plus the settlements
# of the whole year (also of job months before the first month shown).
YEAR = N_(
    "Verschil met zonder baan in de maanden van %(year)s die je hier ziet: %(cash)s. "
    "Met wat je over heel %(year)s aan toeslagen en belasting terugkrijgt of terugbetaalt: %(after)s.")
OUTDATED = N_(
    "Voor %(month)s en later zijn nog niet alle bedragen bekend. We rekenen met de laatst bekende bedragen:")
OUTDATED_ITEM = N_("%(group)s, van %(date)s")
BELOW_ONE = N_("In %(month)s heb je minder dan zonder baan.")
BELOW_MANY = N_plural(
    "In %(count)s maand heb je minder dan zonder baan.", "In %(count)s maanden heb je minder dan zonder baan.", "count")
# Under the year-end table: why a tax refund may leave little or nothing to keep (art. 32 Pw).
REFUND_KEPT = N_(
    "Over %(year)s krijg je naar verwachting %(refund)s belasting terug. Je had dat jaar bijstand. "
    "Daarom mag de gemeente die teruggave (of een deel ervan) van je bijstand afhalen. "
    "Je houdt er naar verwachting %(kept)s van over.")
# The same when the rules core keeps nothing of it (`kept` 0): "€ 0,00 over" says it badly. The
# reading is the one of the warning tax_refund_clawback_reading (explain.REFUND_ALL_COUNTED).
REFUND_ALL_COUNTED = N_(
    "Over %(year)s krijg je naar verwachting %(refund)s belasting terug. Je had dat jaar bijstand. "
    "Wij denken dat de gemeente dat hele bedrag daarom van je bijstand mag afhalen. "
    "Dan houd je er niets van over.")
# The same when the bijstand has stopped by the time the refund comes (`asked_back`): the
# gemeente asks it back (terugvordering, art. 58 lid 2 onder f sub 1 Pw) instead of taking it off the bijstand.
REFUND_KEPT_ASKED_BACK = N_(
    "Over %(year)s krijg je naar verwachting %(refund)s belasting terug. Je had dat jaar bijstand. "
    "Die is dan al gestopt. Daarom mag de gemeente die teruggave (of een deel ervan) terugvragen. "
    "Je houdt er naar verwachting %(kept)s van over.")
REFUND_ALL_ASKED_BACK = N_(
    "Over %(year)s krijg je naar verwachting %(refund)s belasting terug. Je had dat jaar bijstand. "
    "Die is dan al gestopt. Wij denken dat de gemeente dat hele bedrag daarom mag terugvragen. "
    "Dan houd je er niets van over.")
# Warnings that ask the person to do something: shown under "Wat moet je doen?".
ACTION_CODES = frozenset({"ask_employer_loonheffingskorting"})


@dataclass
class MonthRow:
    month: str
    label: str
    short_label: str
    wage: str
    partner_wage: str  # the partner's net wage paid this month (partner_job)
    holiday_pay: str
    bijstand: str
    vakantietoeslag: str
    bufferbudget: str
    gemeente_premie: str
    toeslagen: str
    total: str
    total_high: str | None  # hours that vary: the total at the most hours (`total` is at the fewest)
    without_job: str
    difference: str
    below: bool
    leaves_bijstand: bool
    lowest: bool
    explanations: list
    # With a vrijlating running on 1 January 2027: "between A and B" (empty when not touched).
    total_range: str = ""


TOTAL_RANGE = N_("tussen %(low)s en %(high)s, afhankelijk van hoe je gemeente de overgang regelt")


def _total_range(row, lang: str) -> str:
    """The month's range under the readings of the 2027 switch (MonthOut.total_range_low/high)."""
    low, high = row.total_range_low, row.total_range_high
    if low is None or high is None:
        return ""
    return gettext(TOTAL_RANGE, lang) % {"low": money(low, lang), "high": money(high, lang)}


@dataclass
class ResultView:
    headline: list[str]
    summary: Summary  # the rules core's measures, typed (the same as the API's `summary`)
    typical: str  # summary.typical_difference, signed and formatted
    years: list[str]
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
    hours_count: Decimal | None = None  # the number behind `hours`, for its plural form
    different: list[str] = field(default_factory=list)  # the months that differ, one line each
    couple: bool = False  # the page's own sentences about the bijstand say "jullie" (result_couple.py)


def _signed(amount: Decimal, lang: str) -> str:
    return signed_money(amount, lang)


def headline(summary: Summary, lang: str, couple_works: bool = False, couple: bool = False) -> list[str]:
    """The first sentences of the page: the ordinary month, the lowest month and why (as the
    rules core names it), and the months below "without job"."""
    typical = summary.typical_difference
    more, less, same = HEADLINES_COUPLE if couple_works else (HEADLINE_MORE, HEADLINE_LESS, HEADLINE_SAME)
    if typical > 0:
        lines = [gettext(for_household(more, couple), lang) % {"amount": money(typical, lang)}]
    elif typical < 0:
        lines = [gettext(for_household(less, couple), lang) % {"amount": money(-typical, lang)}]
    else:
        lines = [gettext(for_household(same, couple), lang)]
    same = summary.months_at_lowest
    lowest_label = month_name(summary.lowest_month, lang)
    if same > 1:
        lines.append(translate_plural(for_household(LOWEST_SHARED, couple), same, lang) % {
            "amount": money(summary.lowest_total, lang), "count": same, "month": lowest_label})
    else:
        lines.append(gettext(for_household(LOWEST, couple), lang) % {
            "month": lowest_label, "amount": money(summary.lowest_total, lang)})
    below_without = summary.lowest_total < summary.lowest_total_without_job
    if below_without:
        lines.append(gettext(LOWEST_BELOW, lang) % {
            "difference": money(summary.lowest_total_without_job - summary.lowest_total, lang)})
    if same > 1 and not below_without:
        lines.append(gettext(MORE_IN_OTHER_MONTHS, lang))
    elif summary.lowest_is_ordinary:
        lines.append(gettext(LOWEST_ORDINARY, lang))
    else:
        causes = {**CAUSES, **CAUSES_COUPLE} if couple_works else CAUSES
        lines.append(gettext(for_household(causes[summary.lowest_cause or "other"], couple), lang))
    below = summary.months_below_without_job
    if len(below) == 1:
        lines.append(gettext(for_household(BELOW_ONE, couple), lang) % {"month": month_name(below[0], lang)})
    elif below:
        lines.append(translate_plural(for_household(BELOW_MANY, couple), len(below), lang) % {"count": len(below)})
    return lines


def build(result: ScenarioResult, summary: Summary, sweep_points: list[SweepPoint] | None = None,
          lang: str = DEFAULT_LANGUAGE, texts: Texts | None = None) -> ResultView:
    texts = texts or Texts(local_names(result.scenario.gemeente), lang, household=result.scenario.household)
    # The applicant's job decides the hours (stepper, hours table); the household's first job
    # (the applicant's, or else the partner's) the months that count for the headline.
    own_job = result.scenario.job
    partner_job = result.scenario.partner_job
    job = min((item for item in (own_job, partner_job) if item is not None),
              key=lambda item: item.start_month, default=None)
    # The job whose hours the stepper and the hours table vary (rules.sweep): the applicant's,
    # or the partner's when only the partner works.
    varied = own_job or partner_job
    varied_hours = varied.hours_per_week if varied is not None and varied.hours_per_week else None
    months = result.months
    rows = []
    for row in months:
        difference = row.total - row.total_without_job
        rows.append(MonthRow(
            month=str(row.month),
            label=month_name(row.month, lang),
            short_label=short_month(row.month, lang),
            wage=money(row.net_wage, lang),
            partner_wage=money(row.partner_net_wage, lang),
            holiday_pay=money(row.holiday_pay + row.partner_holiday_pay, lang),
            bijstand=money(row.bijstand_paid, lang),
            vakantietoeslag=money(row.vakantietoeslag_paid, lang),
            bufferbudget=money(row.bufferbudget, lang),
            gemeente_premie=money(row.gemeente_premie, lang),
            toeslagen=money(sum((getattr(row, name) for name in TOESLAGEN), ZERO), lang),
            total=money(row.total, lang),
            total_high=money(row.total_high, lang) if row.total_high is not None else None,
            without_job=money(row.total_without_job, lang),
            difference=_signed(difference, lang),
            below=difference < 0,
            leaves_bijstand=row.leaves_bijstand,
            lowest=row.month == summary.lowest_month,
            explanations=[texts.explanation(explanation) for explanation in row.explanations],
            total_range=_total_range(row, lang),
        ))
    show = {
        "wage": own_job is not None or partner_job is None,
        "partner_wage": partner_job is not None,
        "holiday_pay": any(row.holiday_pay + row.partner_holiday_pay > 0 for row in months),
        "vakantietoeslag": any(row.vakantietoeslag_paid > 0 for row in months),
        "bufferbudget": any(row.bufferbudget > 0 for row in months),
        "gemeente_premie": any(row.gemeente_premie > 0 for row in months),
        "toeslagen": any(getattr(row, name) > 0 for row in months for name in TOESLAGEN),
        "band": any(row.total_high is not None for row in months),
    }
    notices = texts.warnings(result.warnings)
    actions = [notice.text for notice in notices if notice.code in ACTION_CODES]
    year_end = []
    for item in result.year_end:
        if item.toeslagen_settlement == 0 and item.income_tax_settlement == 0:
            continue
        tax = (item.details or {}).get("income_tax") or {}
        kept = tax.get("kept")
        year_end.append({
            "year": item.year,
            "toeslagen": _signed(item.toeslagen_settlement, lang),
            "income_tax": _signed(item.income_tax_settlement, lang),
            "kept": _signed(kept, lang) if kept is not None and item.income_tax_settlement > 0 else "–",
            "explained": _refund_kept(item.year, item.income_tax_settlement, kept, texts.couple, lang,
                                      asked_back=bool(tax.get("asked_back"))),
        })
    years = [gettext(for_household(YEAR, texts.couple), lang) % {"year": year.year, "cash": _signed(year.difference_cash, lang),
                                    "after": _signed(year.difference_after_settlements, lang)}
             for year in summary.years] if job is not None else []

    sweep = None
    if sweep_points and varied_hours:
        sweep = sweep_view(sweep_points, varied_hours, summary, lang, partner=own_job is None, couple=texts.couple)

    return ResultView(
        headline=headline(summary, lang, couple_works=partner_job is not None, couple=texts.couple),
        summary=summary,
        typical=_signed(summary.typical_difference, lang),
        years=years,
        rows=rows,
        chart=chart.months_chart(months, [row.short_label for row in rows], lang),
        warnings=_warnings([notice for notice in notices if notice.code not in ACTION_CODES], lang),
        year_end=year_end,
        rules_version=result.rules_version,
        figures_valid_from=long_date(datetime.date.fromisoformat(result.figures_valid_from), lang),
        first_month=rows[0].label,
        last_month=rows[-1].label,
        hours=number(varied_hours, lang) if varied_hours else None,
        sweep=sweep,
        show=show,
        actions=actions,
        hours_count=varied_hours,
        different=months_differ.lines(result, summary, lang, texts.couple) if job is not None else [],
        couple=texts.couple,
    )


def _refund_kept(year: int, refund: Decimal, kept: Decimal | None, couple: bool, lang: str,
                 asked_back: bool = False) -> str:
    """Under the year-end table: what the household keeps of a tax refund the gemeente may count
    (art. 32 lid 1 onder b Pw), as the rules core worked it out; nothing to say when it keeps all.
    `asked_back`: the bijstand has stopped by then, so the gemeente asks it back (art. 58 lid 2 onder f sub 1 Pw)."""
    if kept is None or refund <= 0 or kept >= refund:
        return ""
    if asked_back:
        message = REFUND_ALL_ASKED_BACK if kept == 0 else REFUND_KEPT_ASKED_BACK
    else:
        message = REFUND_ALL_COUNTED if kept == 0 else REFUND_KEPT
    return gettext(for_household(message, couple), lang) % {
        "year": year, "refund": money(refund, lang), "kept": money(kept, lang)}


def _warnings(notices, lang: str) -> list[dict]:
    """The warnings for the page: the outdated figures as one warning with a list, no repeats."""
    warnings, seen = [], set()
    outdated: dict[str, list[str]] = {}
    for notice in notices:
        values = notice.values
        if notice.code == "figures_outdated" and values.get("month") and values.get("since"):
            for parameter in values.get("parameters") or [values.get("parameter", "")]:
                item = gettext(OUTDATED_ITEM, lang) % {
                    "group": parameter_group(str(parameter), lang),
                    "date": long_date(datetime.date.fromisoformat(str(values["since"])), lang),
                }
                items = outdated.setdefault(str(values["month"]), [])
                if item not in items:
                    items.append(item)
            continue
        if notice.text not in seen:
            seen.add(notice.text)
            warnings.append({"code": notice.code, "text": notice.text, "law": notice.law, "values": values, "items": []})
    for month, items in sorted(outdated.items()):
        text = gettext(OUTDATED, lang) % {"month": month_name(Month.parse(month), lang)}
        warnings.append({"code": "figures_outdated", "text": text, "law": None, "items": items})
    return warnings
