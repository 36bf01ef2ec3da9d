"""The question pages and the answers -> a ScenarioRequest (the API's own model).

Answers travel between pages as hidden fields (no cookies, nothing in the URL) and are checked
again on every step, because a hidden field can be changed by anyone. The questions themselves
are in questions.py, how one answer is read in fields.py.
"""
from __future__ import annotations

import datetime
from decimal import Decimal

from rules import FIRST_SUPPORTED_MONTH, Month, default_parameters
from rules.scope import last_supported_month

from ..contract import ScenarioRequest
from ..i18n import N_, gettext, money, month_name
from .fields import MESSAGES, Field, InputError, message_for, parse_field  # noqa: F401
from .parsing import format_number  # noqa: F401
from .questions import (  # noqa: F401
    ALL_FIELDS, BY_NAME, EXTRA_FIELDS, FIELD_NAMES, FIELDS, GROSS_LABELS, JOB_START_EARLIEST, PARTNER,
    PARTNER_GROSS_LABELS, STEP_PARTS, STEP_TITLES, STEPS, YEARS_BACK_FOR_A_RUNNING_JOB, applicant_works, partner_works,
)

def month_options(today: datetime.date | None = None, lang: str = "nl") -> list[tuple[str, str]]:
    """The months someone can choose: from six months ago to two years ahead, not before 2026
    and not past the horizon of the rules (rules/scope.py)."""
    now = Month.of(today or datetime.date.today())
    first = max(now.plus(-6), FIRST_SUPPORTED_MONTH)
    last = min(now.plus(24), last_supported_month(default_parameters()))
    months = [first.plus(i) for i in range(last.minus(first) + 1)]
    return [(str(month), month_name(month, lang)) for month in months]


def job_month_options(today: datetime.date | None = None, lang: str = "nl") -> list[tuple[str, str]]:
    """The first month with pay: also a job that already runs, up to three years back."""
    now = Month.of(today or datetime.date.today())
    first = max(now.plus(-12 * YEARS_BACK_FOR_A_RUNNING_JOB), JOB_START_EARLIEST)
    months = [first.plus(i) for i in range(now.plus(24).minus(first) + 1)]
    return [(str(month), month_name(month, lang)) for month in months]


def validate(raw: dict, names, lang: str = "nl") -> tuple[dict, dict[str, str]]:
    """Parse the given fields. Returns (values, errors: field -> message), in page order."""
    values, errors = {}, {}
    for name in names:
        item = BY_NAME[name]
        if not item.applies(raw):
            values[name] = None
            continue
        try:
            values[name] = parse_field(item, raw, lang)
        except InputError as error:
            errors[name] = message_for(error.code, item, lang, **error.context)
    for prefix in ("", PARTNER):  # each job: its most hours not below its fewest, its end not before its start
        most, fewest = values.get(prefix + "hours_max"), values.get(prefix + "hours")
        if most is not None and fewest is not None and most < fewest and prefix + "hours_max" not in errors:
            errors[prefix + "hours_max"] = gettext(MESSAGES["hours_max_below"], lang)
        end, start = values.get(prefix + "job_end"), values.get(prefix + "job_start")
        if end is not None and start is not None and end < start:
            errors[prefix + "job_end"] = gettext(MESSAGES["end_before_start"], lang)
    return values, errors


NO_PARTNER = N_("Je hebt bij 'Wat past bij jou?' geen partner gekozen. Laat de vragen over je partner leeg, "
                "of kies dat je getrouwd bent of samenwoont.")
PARTNER_NOT_WORKING = N_("Je hebt gekozen dat alleen jij gaat werken. Laat de baan van je partner leeg, "
                         "of kies bij 'Wie gaat werken?' ook je partner.")


def unused_partner_answers(raw: dict, lang: str = "nl") -> dict[str, str]:
    """The one-page form shows the partner's job to everyone: answers there that would not be
    used (no partner, or a partner who does not work) get a plain error instead of silence."""
    if raw.get("situation") not in ("single", "single_parent", "couple"):
        return {}
    filled = [item.name for item in FIELDS if item.name.startswith(PARTNER) and item.step.startswith(PARTNER)
              and any((raw.get(part) or "").strip() for part in item.parts)]
    if raw.get("situation") != "couple":  # "who works?" is not asked then (a radio cannot be cleared)
        return {filled[0]: gettext(NO_PARTNER, lang)} if filled else {}
    if raw.get("wie_werkt") == "ik" and filled:
        return {filled[0]: gettext(PARTNER_NOT_WORKING, lang)}
    return {}


def journey(raw: dict) -> list[str]:
    """The steps this person is asked, in order: "who works?" only for a couple, then the job
    steps of each one who works."""
    asked = {"wie": BY_NAME["wie_werkt"].applies(raw), "werk": applicant_works(raw), "loon": applicant_works(raw),
             "partner_werk": partner_works(raw), "partner_loon": partner_works(raw)}
    return [step for step in STEPS if asked.get(step, True)]


def step_fields(step: str) -> list[str]:
    return [item.name for item in FIELDS if item.step == step]


# Fields a page shows only when they apply (the wage page branches); every other field of a
# page is always shown, even when it does not apply (the partner's age, with a hint).
BRANCHING = {prefix + name for prefix in ("", PARTNER)
             for name in ("hours", "hours_max", "hourly_wage", "gross_per_period", "first_payday")} | {"ouders"}


def visible_fields(step: str, raw: dict) -> list[str]:
    """The fields the page of `step` shows as inputs (with the boxes of a date); all other
    answers travel hidden."""
    shown = [name for name in step_fields(step) if name not in BRANCHING or BY_NAME[name].applies(raw)]
    return shown + [part for name in shown for part in BY_NAME[name].parts if part != name]


def journey_start(job_start: Month, today: datetime.date | None = None) -> tuple[Month, int]:
    """The journey shows the first twelve months of the job (each next to "without the job"),
    so the headline, the table and the sweep all average over the same months. A job that
    already runs: twelve months from this month."""
    now = Month.of(today or datetime.date.today())
    return max(job_start, now), 12


def runs_already(raw: dict, today: datetime.date | None = None) -> bool:
    """The first pay was before this month: the job already runs."""
    try:
        return Month.parse(raw.get("job_start") or "") < Month.of(today or datetime.date.today())
    except ValueError:
        return False


def to_request(values: dict, compact: bool = False) -> ScenarioRequest:
    """Parsed answers -> the API's ScenarioRequest, so pages and API compute the same thing.
    The applicant's job is `job`, the partner's `partner_job`; only the partner works: no `job`."""
    job_start: Month | None = values.get("job_start")
    starts = [month for month in (job_start, values.get(PARTNER + "job_start")) if month is not None]
    if compact and values.get("start_month"):
        start, months = values["start_month"], values.get("months") or 12
    else:
        start, months = journey_start(min(starts))
    body = {
        "start_month": str(start),
        "months": months,
        "gemeente": values.get("gemeente") or "voorbeeld",
        "household": {
            "situation": values["situation"],
            "age": values["age"],
            "partner_age": values.get("partner_age") if values["situation"] == "couple" else None,
            "children": [{"age": age} for age in (values.get("children") or [])],
            "housemates_27_plus": values.get("housemates") or 0,
            "rent": values.get("rent") or Decimal("0"),
            "medisch_urenbeperkt": values.get("medisch") == "ja",
            "parents_can_help": {"ja": True, "nee": False}.get(values.get("ouders") or ""),
            "partner_has_bijstand": values.get("partner_bijstand") != "nee",
        },
        "job": _job(values, "") if job_start is not None else None,
        # Not answered for a job that began before the first month shown: the rules core works
        # the months out from the job (null); otherwise none.
        "vrijlating_months_used": (values["vrijlating_used"] if values.get("vrijlating_used") is not None
                                   else None if job_start is not None and job_start < start else 0),
    }
    if values.get(PARTNER + "job_start") is not None:
        body["partner_job"] = _job(values, PARTNER)
    return ScenarioRequest.model_validate(body)


def _job(values: dict, prefix: str) -> dict:
    """One job (the applicant's or, with PARTNER, the partner's) as the API's JobIn."""
    def value(name):
        return values.get(prefix + name)
    by_hours = value("wage_kind") != "periode"
    return {
        "start_month": str(value("job_start")),
        "hours_per_week": value("hours") if by_hours else None,
        # Hours that vary; after the fewer/more-hours buttons the fewest may pass the most.
        "hours_per_week_max": value("hours_max") if by_hours and (value("hours_max") or 0) > (
            value("hours") or 0) else None,
        "hourly_wage": value("hourly_wage") if by_hours else None,
        "gross_per_period": None if by_hours else value("gross_per_period"),
        "pay_period": value("pay_period"),
        "holiday_pay": value("holiday_pay") or "may",
        "loonheffingskorting_by_employer": value("loonheffingskorting") == "ja",
        "end_month": str(value("job_end")) if value("job_end") else None,
        "first_payday": value("first_payday") if value("pay_period") != "month" else None,
    }


# An hourly wage above this is rare next to bijstand and often a slip ("145" for "14,5"): the wage
# page asks once whether it is right (a plausibility question of the form, not a rule of law).
HIGH_HOURLY_WAGE = Decimal(50)
HIGH_WAGE = N_("Klopt %(amount)s per uur? Dat is veel. Pas het bedrag aan, of kies hieronder dat het klopt.")


def high_wage_check(values: dict, raw: dict, lang: str = "nl", prefix: str = "") -> dict[str, str]:
    """The "klopt dit?" question for a high hourly wage (of the job of `prefix`), until its
    `wage_checked` repeats that wage."""
    wage = values.get(prefix + "hourly_wage")
    if wage is None or wage <= HIGH_HOURLY_WAGE or (raw.get(prefix + "wage_checked") or "") == format_number(wage):
        return {}
    return {prefix + "hourly_wage": gettext(HIGH_WAGE, lang) % {"amount": money(wage, lang)}}
