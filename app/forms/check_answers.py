"""The check page: each answer as the person gave it, and a skipped question as skipped, with
what the calculation assumes instead."""
from __future__ import annotations

from rules import Month

from ..i18n import N_, gettext, isolate, long_date, money, month_name, ngettext, number
from .parsing import InputError, parse_decimal, parse_whole
from .fields import Field, _count, _parse_date
from .steps import BY_NAME, runs_already


# What the calculation assumes for an optional question left empty (shown on the check page).
DEFAULT_ANSWERS = {"medisch": "nee", "partner_bijstand": "ja", "housemates": "0", "holiday_pay": "may", "loonheffingskorting": "nee",
                   "vrijlating_used": "0", "partner_holiday_pay": "may", "partner_loonheffingskorting": "nee"}


WORKED_OUT = N_("Niet ingevuld: we rekenen het uit vanaf je eerste loon")
GOES_ON = N_("Je baan gaat door")
PARTNER_GOES_ON = N_("De baan van je partner gaat door")
SKIPPED = N_("Overgeslagen. We rekenen met: %(answer)s")


def display(name: str, raw: dict, lang: str = "nl") -> str:
    """An answer as the check page shows it; a skipped question as skipped, with what we assume."""
    item = BY_NAME[name]
    if item.kind == "date":
        try:
            day = _parse_date(item, raw)
        except InputError:
            day = None
        return long_date(day, lang) if day else gettext(N_("Niet ingevuld"), lang)
    text = (raw.get(name) or "").strip()
    if not text and name == "vrijlating_used" and runs_already(raw):
        return gettext(WORKED_OUT, lang)
    if not text and name in ("job_end", "partner_job_end"):
        goes_on = PARTNER_GOES_ON if name.startswith("partner_") else GOES_ON
        return gettext(goes_on, lang)
    if not text and name in DEFAULT_ANSWERS:
        return gettext(SKIPPED, lang) % {"answer": _display(name, DEFAULT_ANSWERS[name], lang)}
    if not text:
        return gettext(N_("Niet ingevuld"), lang)
    return _display(name, text, lang)


def _display(name: str, text: str, lang: str) -> str:
    item = BY_NAME[name]
    if item.kind == "choice":
        return next((gettext(label, lang) for value, label in item.options if value == text), text)
    if item.kind == "month":
        try:
            return month_name(Month.parse(text), lang)
        except ValueError:
            return text
    if item.kind == "money":
        try:  # the amount as the language writes it, bidi-isolated in right-to-left text
            amount = parse_decimal(text, ambiguous=item.ambiguous)
        except InputError:
            amount = None
        # An amount out of range (a changed hidden field) is shown as typed: formatting 27
        # digits would overflow the decimal context.
        if amount is not None and amount <= item.maximum:
            return money(amount, lang)
        return isolate("€ " + text.lstrip("€ ").strip(), lang)
    # The number as read, so "34 jaar" typed is not shown as "34 jaar jaar".
    if name in ("age", "partner_age"):
        return ngettext("%(age)s jaar", "%(age)s jaar", _count(text), lang) % {
            "age": _read(parse_whole, text, item, lang)}
    if name in ("hours", "hours_max", "partner_hours", "partner_hours_max"):
        return ngettext("%(hours)s uur per week", "%(hours)s uur per week", _count(text), lang) % {
            "hours": _read(parse_decimal, text, item, lang)}
    return text


def _read(parse, text: str, item: Field, lang: str) -> str:
    """The number as read; as typed when it cannot be read or is out of range (a changed hidden
    field of 27 digits would overflow the decimal context when formatted)."""
    try:
        value = parse(text)
    except InputError:
        return text
    return number(value, lang) if item.maximum is None or value <= item.maximum else text
