"""Contract and form answers -> rules.Scenario; rules.ScenarioResult -> the contract's response.

HTML and JSON are built from the same ScenarioResult, so the pages and the API always agree.
"""
from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import Any, Iterable

from rules import (
    Household,
    Job,
    Month,
    OutOfScope,
    Scenario,
    calculate,
    default_parameters,
    default_profiles,
)
from rules.scenario import sweep as rules_sweep

from .contract import ScenarioRequest
from .i18n import DEFAULT_LANGUAGE, N_, gettext
from .presenters.explain import month_text, parameter_group_label, warning_text

CENT = Decimal("0.01")
MONEY_FIELDS = (
    "norm", "gross_wage", "net_wage", "vrijlating", "counted_income", "bijstand", "bijstand_paid",
    "vakantietoeslag_reserved", "vakantietoeslag_paid", "holiday_pay", "holiday_pay_gross",
    "bufferbudget", "gemeente_premie", "huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag",
    "total", "total_without_job",
)

FAR_AHEAD = N_("Zo ver vooruit rekent Houvast niet: de bedragen zijn dan nog niet bekend. Kies een eerdere maand.")
# Out-of-scope codes of rules.scenario.check_scope -> (the field it is about, the message).
OUT_OF_SCOPE: dict[str, tuple[str, str]] = {
    "start_before_supported": ("start_month", N_(
        "Houvast rekent vanaf januari 2026. Kies een maand in 2026 of later.")),
    "months_out_of_range": ("months", N_("Kies 1 tot en met 36 maanden.")),
    "partner_without_bijstand": ("household.partner_has_bijstand", N_(
        "Houvast rekent alleen voor stellen die samen bijstand krijgen. "
        "Krijgt je partner geen bijstand, bijvoorbeeld omdat je partner studeert? "
        "Dan gelden andere regels voor je bijstand. Vraag je gemeente om hulp.")),
    "partner_age_missing": ("household.partner_age", N_(
        "Vul de leeftijd van je partner in.")),
    "aow_age": ("household.age", N_(
        "Houvast rekent niet voor mensen met de AOW-leeftijd. "
        "De SVB helpt je verder: kijk op svb.nl of bel de SVB.")),
    "under_18": ("household.age", N_(
        "Houvast rekent alleen voor mensen van 18 jaar of ouder.")),
    "partner_aow_age": ("household.partner_age", N_(
        "Je partner heeft de AOW-leeftijd. Houvast rekent niet voor een stel met iemand van die leeftijd. "
        "De SVB helpt jullie verder: kijk op svb.nl of bel de SVB.")),
    "partner_under_18": ("household.partner_age", N_(
        "Houvast rekent alleen voor een partner van 18 jaar of ouder.")),
    "single_parent_without_children": ("household.children", N_(
        "Een alleenstaande ouder heeft een kind dat thuis woont. Vul de leeftijd van je kind in.")),
    "start_after_supported": ("start_month", FAR_AHEAD),
    "job_start_after_supported": ("job.start_month", FAR_AHEAD),
    "job_start_too_early": ("job.start_month", N_(
        "Houvast rekent met een baan die in 2016 of later begon. Kies een latere maand.")),
    "child_older_than_parent": ("household.children", N_(
        "Een kind dat thuis woont, is jonger dan jij of je partner. Controleer de leeftijden.")),
    "sweep_needs_hourly_wage": ("sweep_hours", N_(
        "Meer of minder uren rekenen we alleen uit met uren per week en een uurloon.")),
}
OUT_OF_SCOPE_OTHER = N_("Houvast kan deze situatie niet berekenen. Vraag je gemeente om hulp.")
UNKNOWN_GEMEENTE = N_("Deze gemeente kennen we niet. Kies een gemeente uit de lijst, of laat dit leeg.")


class UnknownGemeente(Exception):
    """The request names a gemeente without a profile."""


def out_of_scope_message(code: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    field, message = OUT_OF_SCOPE.get(code, ("", OUT_OF_SCOPE_OTHER))
    return field, gettext(message, lang)


def current_month(today: datetime.date | None = None) -> Month:
    return Month.of(today or datetime.date.today())


def to_scenario(request: ScenarioRequest) -> Scenario:
    household = request.household
    job = request.job
    return Scenario(
        start_month=Month.parse(request.start_month) if request.start_month else current_month(),
        months=request.months,
        household=Household(
            situation=household.situation,
            age=household.age,
            partner_age=household.partner_age,
            children=tuple(child.age for child in household.children),
            housemates_27_plus=household.housemates_27_plus,
            rent=household.rent,
            medisch_urenbeperkt=household.medisch_urenbeperkt,
            parents_can_help=household.parents_can_help,
            partner_has_bijstand=household.partner_has_bijstand,
        ),
        job=None if job is None else Job(
            start_month=Month.parse(job.start_month),
            pay_period=job.pay_period,
            holiday_pay=job.holiday_pay,
            hours_per_week=job.hours_per_week,
            hourly_wage=job.hourly_wage,
            gross_per_period=None if job.hours_per_week is not None and job.hourly_wage is not None
            else job.gross_per_period,
            loonheffingskorting_by_employer=job.loonheffingskorting_by_employer,
        ),
        vrijlating_months_used=request.vrijlating_months_used,
        gemeente=request.gemeente,
    )


def policy_for(gemeente: str):
    profiles = default_profiles()
    if gemeente not in profiles:
        raise UnknownGemeente(gemeente)
    return profiles[gemeente]


def run(scenario: Scenario):
    """The rules core for one scenario. Raises OutOfScope or UnknownGemeente."""
    return calculate(scenario, default_parameters(), policy_for(scenario.gemeente))


@dataclass(frozen=True)
class SweepPoint:
    hours_per_week: Decimal
    average_total: Decimal
    average_total_without_job: Decimal
    average_difference: Decimal
    lowest_total: Decimal


def average(values: Iterable[Decimal]) -> Decimal:
    values = list(values)
    if not values:
        return Decimal("0.00")
    return (sum(values, Decimal(0)) / len(values)).quantize(CENT, rounding=ROUND_HALF_UP)


def sweep(scenario: Scenario, result, hours: Iterable[Decimal]) -> list[SweepPoint]:
    """The same scenario for other weekly hours (same wage and pay rhythm): rules.scenario.sweep.

    Needs an hourly wage: raises OutOfScope("sweep_needs_hourly_wage") for a job given as
    gross pay per period.
    """
    hours = [Decimal(value) for value in hours]
    if not hours:
        return []
    points = rules_sweep(scenario, hours, default_parameters(), policy_for(scenario.gemeente))
    return [
        SweepPoint(
            hours_per_week=point.hours_per_week,
            average_total=point.average_total,
            average_total_without_job=point.average_total_without_job,
            average_difference=point.average_total - point.average_total_without_job,
            lowest_total=point.lowest_total,
        )
        for point in points
    ]


_PLAIN_TYPES = {Decimal, int, str, bool, type(None)}


def _plain(key: str, value: Any) -> Any:
    """An explanation value as JSON: amounts stay exact numbers, months and dates as text."""
    if type(value) in _PLAIN_TYPES:  # most values
        return value
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (Decimal, int, str, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(key, item) for item in value]
    return str(value)


def cents(value: Decimal) -> Decimal:
    if type(value) is not Decimal:
        value = Decimal(value)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _local_names(gemeente: str) -> dict[str, str]:
    """The names of a gemeente's own regelingen and premies, by the key the rules core uses."""
    try:
        policy = policy_for(gemeente)
    except UnknownGemeente:
        return {}
    items = [*getattr(policy, "minimaregelingen", ()), *getattr(policy, "premies", ())]
    return {item.key: item.name for item in items}


def _named(values: dict, names: dict[str, str]) -> dict:
    """Values for a sentence: a regeling or premie is named as the gemeente names it."""
    if not names or not ({"regeling", "premie"} & values.keys()):
        return values
    return {key: names.get(value, value) if key in ("regeling", "premie") else value for key, value in values.items()}


class _Explainer:
    """Each explanation as the answer gives it, made once per answer.

    Many months give the same reason with the same numbers: such an explanation is made once
    and the months share it (read-only, like the rest of the answer). The rules core shares
    some explanation objects itself (the norm, the toeslagen): those are found by identity
    first, without building their key; the result keeps them alive meanwhile, so an id is
    never reused.
    """

    def __init__(self, names: dict[str, str], lang: str):
        self.names, self.lang = names, lang
        self.made: dict[tuple, dict] = {}
        self.by_identity: dict[int, dict] = {}

    def item(self, explanation) -> dict:
        item = self.by_identity.get(id(explanation))
        if item is not None:
            return item
        legal = explanation.legal
        values = explanation.values
        # The law is part of the key by identity (the LegalRefs live as long as the result), the
        # values by their text: equal text means an equal sentence and equal JSON, and hashing a
        # new Decimal costs more than writing it.
        key = (explanation.code, id(legal), tuple(values), tuple(map(str, values.values())))
        item = self.made.get(key)
        if item is None:
            item = self.made[key] = {
                "code": explanation.code,
                "text": month_text(explanation.code, _named(explanation.values, self.names), self.lang),
                "law": legal.url if legal else None,
                "law_label": legal.label if legal else None,
                "values": {k: _plain(k, v) for k, v in explanation.values.items()},
            }
        self.by_identity[id(explanation)] = item
        return item


def _head(result) -> dict:
    return {
        "rules_version": result.rules_version,
        "figures_valid_from": result.figures_valid_from,
        "gemeente": result.scenario.gemeente,
        "start_month": str(result.scenario.start_month),
    }


def _tail(result, sweep_points: list[SweepPoint] | None, lang: str, names: dict[str, str]) -> dict:
    return {
        "year_end": [_year_end(item) for item in result.year_end],
        "sweep": [
            {
                "hours_per_week": cents(point.hours_per_week),
                "average_total": point.average_total,
                "average_total_without_job": point.average_total_without_job,
                "average_difference": point.average_difference,
                "lowest_total": cents(point.lowest_total),
            }
            for point in (sweep_points or [])
        ],
        "warnings": _warnings(result.warnings, lang, names),
    }


_amounts_of = attrgetter(*MONEY_FIELDS)
_PAYDAYS_AFTER = MONEY_FIELDS.index("net_wage") + 1  # the contract lists paydays after net_wage
_MONTH_KEYS = (*MONEY_FIELDS[:_PAYDAYS_AFTER], "paydays", *MONEY_FIELDS[_PAYDAYS_AFTER:])


def _month_values(row) -> list:
    """A month's amounts in cents (the rules core keeps Decimals) and its paydays, in the order
    of `_MONTH_KEYS`."""
    quantize = Decimal.quantize
    values: list = [quantize(amount, CENT, ROUND_HALF_UP) for amount in _amounts_of(row)]
    values.insert(_PAYDAYS_AFTER, row.paydays)
    return values


def to_response(result, sweep_points: list[SweepPoint] | None = None, lang: str = DEFAULT_LANGUAGE) -> dict:
    """The contract's response as plain data (Decimals for amounts). The API writes the same
    text straight from the result with `answer_json`."""
    names = _local_names(result.scenario.gemeente)
    explainer = _Explainer(names, lang)
    months = [
        {
            "month": str(row.month),
            **dict(zip(_MONTH_KEYS, _month_values(row))),
            "leaves_bijstand": bool(row.leaves_bijstand),
            "explanations": [explainer.item(explanation) for explanation in row.explanations],
        }
        for row in result.months
    ]
    return {**_head(result), "months": months, **_tail(result, sweep_points, lang, names)}


# A month of the answer as JSON: the same keys, in the same order, as in `to_response`.
_MONTH_JSON = "{" + ",".join(['"month":%s', *(f'"{key}":%s' for key in _MONTH_KEYS),
                              '"leaves_bijstand":%s', '"explanations":[%s]']) + "}"


def answer_json(result, sweep_points: list[SweepPoint] | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """`dumps(to_response(result, sweep_points, lang))`, written straight from the result.

    The months are most of the answer: each is written into one template (a Decimal rounded
    to cents reads the same with str() as with format "f"), and each shared explanation is
    written once. A 24-month answer takes about a
    third of the time (docs/benchmarks.md). tests/app/test_json_output.py holds both to the
    same text.
    """
    names = _local_names(result.scenario.gemeente)
    explainer = _Explainer(names, lang)
    written: dict[int, str] = {}
    months = []
    for row in result.months:
        fragments = []
        for explanation in row.explanations:
            item = explainer.item(explanation)
            fragment = written.get(id(item))
            if fragment is None:
                fragment = written[id(item)] = _explanation_json(item)
            fragments.append(fragment)
        months.append(_MONTH_JSON % (
            _json_string(str(row.month)), *map(str, _month_values(row)),
            "true" if row.leaves_bijstand else "false", ",".join(fragments)))
    head = response_json(_head(result))
    tail = response_json(_tail(result, sweep_points, lang, names))
    return head[:-1] + ',"months":[' + ",".join(months) + "]," + tail[1:]


def _warnings(notices, lang: str, names: dict[str, str]) -> list[dict]:
    """One warning per sentence: outdated figures of one group (e.g. the four tax figures) that
    read the same are merged, with every parameter listed in values.parameters."""
    out: list[dict] = []
    merged: dict[tuple, dict] = {}
    for notice in notices:
        values = {k: _plain(k, v) for k, v in notice.values.items()}
        if notice.code == "figures_outdated":
            # Its sentence names only the group, the date of the figures and the month: equal
            # ones read the same and are merged before they are written.
            key = (parameter_group_label(str(notice.values.get("parameter", ""))),
                   notice.values.get("since"), notice.values.get("month"))
            seen = merged.get(key)
            if seen is not None:
                seen["values"]["parameters"].extend(values.get("parameters") or [values["parameter"]])
                continue
            values["parameters"] = list(values.get("parameters") or [values["parameter"]])
        text = warning_text(notice.code, _named(notice.values, names), lang)
        item = {"code": notice.code, "text": text, "law": notice.legal.url if notice.legal else None, "values": values}
        if notice.code == "figures_outdated":
            merged[key] = item
        out.append(item)
    return out


def _year_end(item) -> dict:
    details = item.details or {}
    tax = details.get("income_tax") or {}
    kept = tax.get("kept")
    if kept is None and item.income_tax_settlement > 0:
        kept = item.income_tax_settlement
    return {
        "year": item.year,
        "toeslagen_settlement": cents(item.toeslagen_settlement),
        "income_tax_settlement": cents(item.income_tax_settlement),
        "income_tax_kept": cents(kept) if isinstance(kept, Decimal) else None,
        "income_tax_expected_by": tax.get("expected_by"),
        "toeslagen_decided_by": details.get("toeslagen_decided_by"),
        "toetsingsinkomen": _cents_or_none(details.get("toetsingsinkomen")),
        "toetsingsinkomen_advance": _cents_or_none(details.get("toetsingsinkomen_advance")),
        "toeslagen": {
            name: {key: cents(Decimal(parts[key])) for key in ("advance", "definitive", "settlement")}
            for name, parts in (details.get("toeslagen") or {}).items()
        },
    }


def _cents_or_none(value) -> Decimal | None:
    return cents(value) if isinstance(value, Decimal) else None


# A Decimal travels through the C JSON encoder as a string between two private-use marks,
# taken out afterwards with the quotes: about twice as fast as writing JSON in Python (the load
# bench, docs/benchmarks.md). If a text already holds a mark, the plain writer does the job.
_OPEN, _CLOSE = "\ue000", "\ue001"


def _plain_dumps(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k)) + ":" + _plain_dumps(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_plain_dumps(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else "null"
    if isinstance(value, (int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(str(value), ensure_ascii=False)


def dumps(value: Any) -> str:
    """JSON with Decimals written exactly as they are ("1401.50" stays 1401.50). Keys are text
    (or numbers); a None or bool key would read null/true here, None/True in the plain writer."""
    marked = 0

    def mark(item: Any) -> Any:
        nonlocal marked
        if isinstance(item, Decimal):
            if not item.is_finite():
                return None
            marked += 1
            return _OPEN + format(item, "f") + _CLOSE
        return str(item)

    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=mark)
    except (TypeError, ValueError):  # a key the encoder refuses, or a circular reference
        return _plain_dumps(value)
    if text.count(_OPEN) != marked or text.count(_CLOSE) != marked:
        return _plain_dumps(value)
    return text.replace('"' + _OPEN, "").replace(_CLOSE + '"', "")


_json_string = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) does with text


def response_json(response: Any) -> str:
    """The same text as `dumps(response)`, written faster for the API's answers.

    An answer is a tree of dicts, lists and plain values, and its months share their
    explanation dicts (see `to_response`): each shared dict is written once. Plain values are
    written straight from their type; anything else goes to `dumps`. tests/app/test_json_output.py
    holds the two writers to the same text.
    """
    return _write(response, {})


def _scalar(value: Any) -> str | None:
    """A plain value as JSON, or None when it is not one (lists, dicts, other objects)."""
    kind = type(value)
    if kind is Decimal:
        if not value.is_finite():
            return "null"
        text = str(value)  # the same as format(value, "f") unless it has an exponent
        return text if "E" not in text else format(value, "f")
    if kind is str:
        return _json_string(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    return None


def _write(value: Any, written: dict[int, str]) -> str:
    """`written`: dicts already written, by id (they live as long as the answer)."""
    kind = type(value)
    if kind is dict:
        done = written.get(id(value))
        if done is None:
            parts = []
            for key, item in value.items():
                if type(key) is not str:
                    done = dumps(value)
                    break
                text = _scalar(item)
                parts.append(_json_string(key) + ":" + (_write(item, written) if text is None else text))
            else:
                done = "{" + ",".join(parts) + "}"
            written[id(value)] = done
        return done
    if kind is list or kind is tuple:
        return "[" + ",".join([_write(item, written) if type(item) is dict or (text := _scalar(item)) is None else text
                               for item in value]) + "]"
    text = _scalar(value)
    return dumps(value) if text is None else text


_EXPLANATION_JSON = '{"code":%s,"text":%s,"law":%s,"law_label":%s,"values":%s}'


def _explanation_json(item: dict) -> str:
    """An explanation dict of `_Explainer.item` as JSON: the same text as `response_json`."""
    law, label = item["law"], item["law_label"]
    return _EXPLANATION_JSON % (
        _json_string(item["code"]), _json_string(item["text"]),
        "null" if law is None else _json_string(law), "null" if label is None else _json_string(label),
        _write(item["values"], {}),
    )


__all__ = [
    "OutOfScope", "UnknownGemeente", "answer_json", "dumps", "out_of_scope_message", "policy_for",
    "response_json", "run", "sweep", "to_response", "to_scenario",
]
