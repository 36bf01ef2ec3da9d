"""The question pages, their fields, and the answers -> a ScenarioRequest (the API's own model).

Answers travel between pages as hidden fields (no cookies, nothing in the URL) and are checked
again on every step, because a hidden field can be changed by anyone.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from rules import FIRST_SUPPORTED_MONTH, Month, default_parameters
from rules.months import can_hold_two_paydays
from rules.scope import last_supported_month

from ..contract import ScenarioRequest
from ..i18n import N_, gettext, money, month_name
from .parsing import InputError, format_number, parse_ages, parse_decimal, parse_whole  # noqa: F401

STEPS = ("huishouden", "wonen", "werk", "loon")
STEP_TITLES = {
    "huishouden": N_("Over jou"),
    "wonen": N_("Je huis en je kinderen"),
    "werk": N_("Je baan"),
    "loon": N_("Je loon"),
}

SITUATIONS = (
    ("single", N_("Ik woon alleen of met anderen, zonder partner")),
    ("single_parent", N_("Ik ben alleenstaande ouder: ik heb geen partner en wel kinderen thuis")),
    ("couple", N_("Ik ben getrouwd of woon samen met mijn partner")),
)
YES_NO = (("nee", N_("Nee")), ("ja", N_("Ja")))
WAGE_KINDS = (
    ("uur", N_("Uren per week en loon per uur")),
    ("periode", N_("Brutoloon per keer, zoals op je loonstrook")),
)
PAY_PERIODS = (
    ("month", N_("Elke maand")),
    ("four_weeks", N_("Elke 4 weken")),
    ("week", N_("Elke week")),
)
HOLIDAY_PAY = (
    ("may", N_("Eén keer per jaar, in mei")),
    ("monthly", N_("Elke keer bij mijn loon")),
)


@dataclass(frozen=True)
class Field:
    name: str
    step: str
    label: str
    kind: str  # choice, whole, money, number, ages, month, date
    required: bool = True
    hint: str = ""
    options: tuple = ()
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    ambiguous: str = "ask"
    earliest: Month = FIRST_SUPPORTED_MONTH  # a month field: the first month accepted
    applies: Callable[[dict], bool] = field(default=lambda raw: True)

    @property
    def parts(self) -> tuple[str, ...]:
        """The names the answer travels under: a date has three boxes (GOV.UK date input)."""
        if self.kind == "date":
            return tuple(f"{self.name}-{part}" for part in DATE_PARTS)
        return (self.name,)


DATE_PARTS = ("day", "month", "year")


def _couple(raw: dict) -> bool:
    return raw.get("situation") == "couple"


def _young(raw: dict) -> bool:
    """Someone of 18, 19 or 20 in the household: only then are the parents asked about (art. 20
    lid 3 Pw). The ages come from the first page; one that cannot be read asks nothing."""
    ages = [raw.get("age")] + ([raw.get("partner_age")] if _couple(raw) else [])
    for text in ages:
        try:
            if 18 <= parse_whole(text or "") <= 20:
                return True
        except InputError:
            continue
    return False


def _by_hours(raw: dict) -> bool:
    return raw.get("wage_kind", "uur") != "periode"


def _by_period(raw: dict) -> bool:
    return raw.get("wage_kind") == "periode"


# A job that already runs may have started long before the first month shown (the API takes
# any month); the form offers three years back.
JOB_START_EARLIEST = Month(2023, 1)
YEARS_BACK_FOR_A_RUNNING_JOB = 3


def _first_pay_month_can_hold_two(raw: dict) -> bool:
    """Ask for the first payday only when the first month with pay can hold two paydays
    (pay per four weeks in a month of 29 days or more; pay per week)."""
    try:  # a hidden field may hold any month, also one of the year 0 that has no last day
        return can_hold_two_paydays(raw.get("pay_period") or "", Month.parse(raw.get("job_start") or ""))
    except ValueError:
        return False


FIELDS: tuple[Field, ...] = (
    Field("situation", "huishouden", N_("Wat past bij jou?"), "choice", options=SITUATIONS),
    Field("age", "huishouden", N_("Hoe oud ben je?"), "whole", minimum=18, maximum=120,
          hint=N_("In hele jaren.")),
    Field("partner_age", "huishouden", N_("Hoe oud is je partner?"), "whole", minimum=18, maximum=120,
          hint=N_("Alleen als je getrouwd bent of samenwoont."), applies=_couple),
    Field("partner_bijstand", "huishouden", N_("Krijgt je partner ook bijstand?"), "choice", options=YES_NO,
          required=False, applies=_couple,
          hint=N_("Alleen als je getrouwd bent of samenwoont. "
                  "Studeert je partner, of heeft je partner geen verblijfsvergunning? "
                  "Dan krijgt je partner meestal geen bijstand.")),
    Field("medisch", "huishouden",
          N_("Heeft de gemeente vastgesteld dat je door je gezondheid minder uren kunt werken?"),
          "choice", options=YES_NO, required=False),
    Field("children", "wonen", N_("Hoe oud zijn de kinderen die bij je wonen?"), "ages", required=False,
          hint=N_("Zet een komma tussen de leeftijden, zoals 4, 7. "
                  "Een kind van 27 jaar of ouder telt voor de bijstand als huisgenoot. "
                  "Geen kinderen? Laat dit leeg.")),
    Field("housemates", "wonen",
          N_("Hoeveel andere mensen van 27 jaar of ouder wonen bij je in huis?"), "whole",
          required=False, minimum=0, maximum=20,
          hint=N_("Tel je partner niet mee, en ook niet de kinderen die je hierboven hebt ingevuld. "
                  "Woon je alleen? Vul 0 in.")),
    Field("ouders", "wonen", N_("Kunnen je ouders je helpen met geld voor eten en wonen?"), "choice",
          options=YES_NO, required=False, applies=_young,
          hint=N_("Alleen voor wie 18, 19 of 20 jaar is. "
                  "Hebben je ouders te weinig geld, of kun je het ze echt niet vragen? Kies dan nee. "
                  "Dan moet de gemeente je bijstand verhogen.")),
    Field("rent", "wonen", N_("Hoeveel kale huur betaal je per maand?"), "money", required=False,
          minimum=0, maximum=10000, ambiguous="thousands",
          hint=N_("Kale huur is de huur zonder gas, water, licht en servicekosten. Geen huurhuis? Laat dit leeg.")),
    Field("job_start", "werk", N_("In welke maand krijg je voor het eerst loon?"), "month",
          earliest=JOB_START_EARLIEST,
          hint=N_("Werk je al? Kies dan de maand van je eerste loon, ook als dat lang geleden is.")),
    Field("job_end", "werk", N_("Wat als je baan stopt? In welke maand krijg je voor het laatst loon?"),
          "month", required=False,
          hint=N_("Alleen als je wilt zien wat er gebeurt als je baan stopt. Gaat je baan door? Laat dit leeg.")),
    Field("wage_kind", "werk", N_("Hoe wil je je loon invullen?"), "choice", options=WAGE_KINDS,
          hint=N_("Bruto is je loon voordat de belasting eraf gaat.")),
    Field("pay_period", "werk", N_("Hoe vaak krijg je loon?"), "choice", options=PAY_PERIODS),
    Field("hours", "loon", N_("Hoeveel uur per week ga je werken?"), "number", minimum=1, maximum=60,
          applies=_by_hours, hint=N_("Zoals in je contract, bijvoorbeeld 16.")),
    Field("hours_max", "loon", N_("Wisselen je uren? Hoeveel uur per week werk je hoogstens?"), "number",
          required=False, minimum=1, maximum=60, applies=_by_hours,
          hint=N_("Bijvoorbeeld met een flexcontract, een min-max-contract of als oproepkracht. "
                  "Vul dan hierboven het kleinste aantal uren in. Werk je elke week even veel uren? Laat dit leeg.")),
    Field("hourly_wage", "loon", N_("Wat is je brutoloon per uur?"), "money", minimum=1, maximum=1000,
          applies=_by_hours, hint=N_("Bruto is voor de belasting. Bijvoorbeeld 14,71.")),
    Field("gross_per_period", "loon", N_("Wat is je brutoloon per keer?"), "money", minimum=1,
          maximum=100000, ambiguous="thousands", applies=_by_period,
          hint=N_("Bruto is je loon voordat de belasting eraf gaat. "
                  "Vul het bedrag van je loonstrook in, zonder vakantiegeld.")),
    Field("first_payday", "loon", N_("Op welke dag krijg je voor het eerst loon?"), "date", required=False,
          applies=_first_pay_month_can_hold_two,
          hint=N_("Bijvoorbeeld 2 10 2026. Dan rekenen we de volgende keren om de 4 weken of elke week verder. "
                  "Weet je het niet? Laat dit leeg. Dan rekenen we met één keer loon in de eerste maand.")),
    Field("holiday_pay", "loon", N_("Wanneer krijg je vakantiegeld van je werkgever?"), "choice",
          options=HOLIDAY_PAY, required=False,
          hint=N_("Weet je het niet? Meestal is dat in mei.")),
    Field("loonheffingskorting", "loon",
          N_("Geeft je werkgever je de loonheffingskorting?"), "choice", options=YES_NO, required=False,
          hint=N_("Dat is een korting op de belasting. Meestal geeft de gemeente die al. Weet je het niet? Kies nee.")),
    Field("vrijlating_used", "loon",
          N_("Hoeveel maanden heb je de afgelopen tijd al vrijlating gehad?"), "whole", required=False,
          minimum=0, maximum=120,
          hint=N_("Vrijlating is een deel van je loon dat je mag houden naast je bijstand. Weet je het niet? Laat dit leeg.")),
)
GROSS_LABELS = {
    "month": N_("Wat is je brutoloon per maand?"),
    "four_weeks": N_("Wat is je brutoloon per 4 weken?"),
    "week": N_("Wat is je brutoloon per week?"),
}
# Only on the compact form for consulenten (the journey uses its defaults).
EXTRA_FIELDS: tuple[Field, ...] = (
    Field("start_month", "extra", N_("Eerste maand van het overzicht"), "month", required=False),
    Field("months", "extra", N_("Aantal maanden"), "whole", required=False, minimum=1, maximum=36),
    Field("gemeente", "extra", N_("Gemeente"), "text", required=False),
)
ALL_FIELDS = FIELDS + EXTRA_FIELDS
BY_NAME = {item.name: item for item in ALL_FIELDS}
FIELD_NAMES = tuple(part for item in ALL_FIELDS for part in item.parts)

MESSAGES = {
    "empty": N_("Vul dit in: %(label)s"),
    "choose": N_("Kies een antwoord: %(label)s"),
    "not_a_number": N_("Vul %(noun)s in als getal, zoals %(example)s."),
    "not_whole": N_("Vul %(noun)s in als heel getal, zoals %(example)s."),
    "negative": N_("Vul %(noun)s in zonder min-teken."),
    "ambiguous": N_(
        "Bedoel je %(example_whole)s of %(example_decimal)s? Schrijf centen met een komma, zoals 14,71."),
    "too_many_decimals": N_("Gebruik bij %(noun)s hoogstens 2 cijfers achter de komma."),
    "too_small": N_("%(Noun)s moet %(minimum)s of meer zijn."),
    "too_large": N_("%(Noun)s mag hoogstens %(maximum)s zijn."),
    "ages_format": N_("Vul de leeftijden in als getallen met een komma ertussen, zoals 4, 7."),
    "age_range": N_("Een kind dat thuis woont is 0 tot en met 30 jaar."),
    "month": N_("Kies een maand uit de lijst."),
    "end_before_start": N_("De laatste maand met loon ligt vóór de eerste maand met loon. Kies een latere maand."),
    "hours_max_below": N_("Het grootste aantal uren is kleiner dan het kleinste aantal uren. Vul het grootste aantal uren in."),
    "date": N_("Vul een echte datum in: dag, maand en jaar, zoals 2 10 2026."),
    "date_month": N_("De eerste betaaldag valt in de maand waarin je voor het eerst loon krijgt. "
                     "Kies een dag in die maand."),
    "gemeente": N_("Deze gemeente kennen we niet. Kies een gemeente uit de lijst."),
}
# How a field is named inside a message ("Vul de huur in als getal").
# Marked on its own line: a marker nested inside gettext() is not extracted.
DEFAULT_NOUN = N_("dit")
NOUNS = {
    "age": N_("je leeftijd"),
    "partner_age": N_("de leeftijd van je partner"),
    "housemates": N_("het aantal huisgenoten"),
    "rent": N_("de huur"),
    "hours": N_("het aantal uren"),
    "hours_max": N_("het grootste aantal uren"),
    "hourly_wage": N_("je uurloon"),
    "gross_per_period": N_("je brutoloon"),
    "vrijlating_used": N_("het aantal maanden vrijlating"),
    "months": N_("het aantal maanden"),
}
# What to ask when a field is left empty (GOV.UK: "Enter ...", "Select ...").
EMPTY = {
    "situation": N_("Kies wat bij jou past"),
    "age": N_("Vul je leeftijd in"),
    "partner_age": N_("Vul de leeftijd van je partner in"),
    "wage_kind": N_("Kies hoe je je loon wilt invullen"),
    "hours": N_("Vul in hoeveel uur per week je gaat werken"),
    "hourly_wage": N_("Vul je brutoloon per uur in"),
    "gross_per_period": N_("Vul je brutoloon per keer in"),
    "pay_period": N_("Kies hoe vaak je loon krijgt"),
    "job_start": N_("Kies de maand waarin je voor het eerst loon krijgt"),
}
EXAMPLES = {"age": "35", "partner_age": "35", "housemates": "0", "hours": "16", "hours_max": "24", "hourly_wage": "14,71",
            "gross_per_period": "1.250,00", "rent": "650", "vrijlating_used": "0", "months": "12"}


def _count(text: str) -> Decimal:
    """The number a person typed, to pick the plural form of the words after it (2 if unreadable)."""
    try:
        return parse_decimal(text, ambiguous="thousands")
    except InputError:
        return Decimal(2)


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


def _message(code: str, item: Field, lang: str, **context) -> str:
    if code in ("empty", "choose") and item.name in EMPTY:
        return gettext(EMPTY[item.name], lang)
    noun = gettext(NOUNS.get(item.name, DEFAULT_NOUN), lang)
    values = {"label": gettext(item.label, lang).rstrip("?"), "example": EXAMPLES.get(item.name, "12"),
              "noun": noun, "Noun": noun[:1].upper() + noun[1:],
              "minimum": context.pop("minimum", item.minimum), "maximum": context.pop("maximum", item.maximum)}
    values.update(context)
    return gettext(MESSAGES[code], lang) % values


def parse_field(item: Field, raw: dict, lang: str = "nl"):
    """The value of one field, or raise InputError with a message-ready code."""
    if item.kind == "date":
        return _parse_date(item, raw)
    text = (raw.get(item.name) or "").strip()
    if not text:
        if item.required:
            raise InputError("choose" if item.kind in ("choice", "month") else "empty")
        return None
    if item.kind == "choice":
        if text not in {value for value, _ in item.options}:
            raise InputError("choose")
        return text
    if item.kind == "month":
        try:
            month = Month.parse(text)
        except ValueError as error:
            raise InputError("month") from error
        if month < item.earliest or month > last_supported_month(default_parameters()):
            raise InputError("month")
        return month
    if item.kind == "text":
        return text
    if item.kind == "ages":
        ages = parse_ages(text)
        if any(age > 30 for age in ages) or len(ages) > 20:
            raise InputError("age_range")
        return ages
    if item.kind == "whole":
        value = parse_whole(text)
    else:
        value = parse_decimal(text, ambiguous=item.ambiguous)
    if item.minimum is not None and value < item.minimum:
        raise InputError("too_small")
    if item.maximum is not None and value > item.maximum:
        raise InputError("too_large")
    return value


def _parse_date(item: Field, raw: dict) -> datetime.date | None:
    """A date from its three boxes; all empty is no answer. The first payday lies in the month
    of the first pay (job_start)."""
    texts = [(raw.get(part) or "").strip() for part in item.parts]
    if not any(texts):
        if item.required:
            raise InputError("date")
        return None
    try:
        day = datetime.date(*(parse_whole(text) for text in reversed(texts)))
    except (InputError, ValueError) as error:
        raise InputError("date") from error
    try:
        first_pay = Month.parse(raw.get("job_start") or "")
    except ValueError:
        return day
    if Month.of(day) != first_pay:
        raise InputError("date_month")
    return day


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
            errors[name] = _message(error.code, item, lang, **error.context)
    most, fewest = values.get("hours_max"), values.get("hours")
    if most is not None and fewest is not None and most < fewest and "hours_max" not in errors:
        errors["hours_max"] = gettext(MESSAGES["hours_max_below"], lang)
    end, start = values.get("job_end"), values.get("job_start")
    if end is not None and start is not None and end < start:
        errors["job_end"] = gettext(MESSAGES["end_before_start"], lang)
    return values, errors


def step_fields(step: str) -> list[str]:
    return [item.name for item in FIELDS if item.step == step]


# Fields a page shows only when they apply (the wage page branches); every other field of a
# page is always shown, even when it does not apply (the partner's age, with a hint).
BRANCHING = {"hours", "hours_max", "hourly_wage", "gross_per_period", "ouders", "first_payday"}


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
    """Parsed answers -> the API's ScenarioRequest, so pages and API compute the same thing."""
    job_start: Month = values["job_start"]
    if compact and values.get("start_month"):
        start, months = values["start_month"], values.get("months") or 12
    else:
        start, months = journey_start(job_start)
    by_hours = values.get("wage_kind", "uur") != "periode"
    return ScenarioRequest.model_validate({
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
        "job": {
            "start_month": str(job_start),
            "hours_per_week": values.get("hours") if by_hours else None,
            # Hours that vary; after the fewer/more-hours buttons the fewest may pass the most.
            "hours_per_week_max": values.get("hours_max") if by_hours and (values.get("hours_max") or 0) > (
                values.get("hours") or 0) else None,
            "hourly_wage": values.get("hourly_wage") if by_hours else None,
            "gross_per_period": None if by_hours else values.get("gross_per_period"),
            "pay_period": values["pay_period"],
            "holiday_pay": values.get("holiday_pay") or "may",
            "loonheffingskorting_by_employer": values.get("loonheffingskorting") == "ja",
            "end_month": str(values["job_end"]) if values.get("job_end") else None,
            "first_payday": values.get("first_payday") if values["pay_period"] != "month" else None,
        },
        # Not answered for a job that began before the first month shown: the rules core works
        # the months out from the job (null); otherwise none.
        "vrijlating_months_used": (values["vrijlating_used"] if values.get("vrijlating_used") is not None
                                   else None if job_start < start else 0),
    })


# An hourly wage above this is rare next to bijstand and often a slip ("145" for "14,5"): the wage
# page asks once whether it is right (a plausibility question of the form, not a rule of law).
HIGH_HOURLY_WAGE = Decimal(50)
HIGH_WAGE = N_("Klopt %(amount)s per uur? Dat is veel. Pas het bedrag aan, of kies hieronder dat het klopt.")


def high_wage_check(values: dict, raw: dict, lang: str = "nl") -> dict[str, str]:
    """The "klopt dit?" question for a high hourly wage, until `wage_checked` repeats that wage."""
    wage = values.get("hourly_wage")
    if wage is None or wage <= HIGH_HOURLY_WAGE or (raw.get("wage_checked") or "") == format_number(wage):
        return {}
    return {"hourly_wage": gettext(HIGH_WAGE, lang) % {"amount": money(wage, lang)}}
