"""A question's field: what it asks, how its answer is read, and the plain message when it
cannot be read (the text stays as typed; the page shows the message beside it)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from rules import FIRST_SUPPORTED_MONTH, Month, default_parameters
from rules.scope import last_supported_month

from ..i18n import N_, gettext
from .parsing import InputError, parse_ages, parse_decimal, parse_whole

DATE_PARTS = ("day", "month", "year")


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
    # A date field: the month field it must fall in (the first payday lies in the first month with pay).
    within: str = ""
    # How a message names the field, what to ask when it is empty, an example: when not in the
    # tables below (the partner's fields carry their own).
    noun: str = ""
    empty: str = ""
    example: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        """The names the answer travels under: a date has three boxes (GOV.UK date input)."""
        if self.kind == "date":
            return tuple(f"{self.name}-{part}" for part in DATE_PARTS)
        return (self.name,)


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
    "wie_werkt": N_("Kies wie er gaat werken"),
}
EXAMPLES = {"age": "35", "partner_age": "35", "housemates": "0", "hours": "16", "hours_max": "24", "hourly_wage": "14,71",
            "gross_per_period": "1.250,00", "rent": "650", "vrijlating_used": "0", "months": "12"}


def _count(text: str) -> Decimal:
    """The number a person typed, to pick the plural form of the words after it (2 if unreadable)."""
    try:
        return parse_decimal(text, ambiguous="thousands")
    except InputError:
        return Decimal(2)


def message_for(code: str, item: Field, lang: str, **context) -> str:
    empty = item.empty or EMPTY.get(item.name)
    if code in ("empty", "choose") and empty:
        return gettext(empty, lang)
    noun = gettext(item.noun or NOUNS.get(item.name, DEFAULT_NOUN), lang)
    values = {"label": gettext(item.label, lang).rstrip("?"), "example": item.example or EXAMPLES.get(item.name, "12"),
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
    of the first pay (the month field `within`)."""
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
        first_pay = Month.parse(raw.get(item.within) or "")
    except ValueError:
        return day
    if Month.of(day) != first_pay:
        raise InputError("date_month")
    return day
