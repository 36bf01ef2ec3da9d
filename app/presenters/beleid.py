"""The beleidskaart: every policy item of a gemeente profile, with its value, date and source.

Labels are Dutch msgids (gettext); the profile's own texts (source titles, notes) are shown as
written in the profile, marked with their language when it is not the page's.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from babel.dates import format_date

from rules.policy import DEFAULTS, HOUSEHOLD_CATEGORIES, OPEN_TERMS, Policy

from ..i18n import DEFAULT_LANGUAGE, N_, gettext, long_date, money, ngettext, number, percent

TERM_TITLES = {
    "verrekenen_in": N_("Wanneer haalt de gemeente je loon van je bijstand af?"),
    "bufferbudget": N_("Gebruikt de gemeente het bufferbudget?"),
    "vrijlating_2027_al_in_2026": N_("Geldt de nieuwe vrijlating van 2027 al in 2026?"),
}
TERM_HINTS = {
    "verrekenen_in": N_("De wet laat de gemeente kiezen: in dezelfde maand, of een maand later."),
    "bufferbudget": N_(
        "Vanaf 2027 mag de gemeente een deel van je bijstand voor je opsparen als je loon wisselt. "
        "Ze hoeft dat niet te doen."),
    "vrijlating_2027_al_in_2026": N_("De gemeente mag de nieuwe regels voor vrijlating al in 2026 gebruiken."),
}
# Marked on its own line: a marker nested inside gettext() is not extracted.
OTHER_CHOICE = N_("Andere keuze")
TERM_VALUES = {
    ("verrekenen_in", "zelfde_maand"): N_("In dezelfde maand"),
    ("verrekenen_in", "volgende_maand"): N_("Een maand later"),
}
YES, NO = N_("Ja"), N_("Nee")
NO_CHOICE = N_("De gemeente heeft hier niets over vastgelegd. Houvast rekent met de landelijke regel.")
CATEGORIES = {
    "alleenstaande": N_("Alleenstaande"),
    "alleenstaande_ouder": N_("Alleenstaande ouder"),
    "gehuwden": N_("Getrouwd of samenwonend"),
    "gehuwden_met_kinderen": N_("Getrouwd of samenwonend, met kinderen"),
    "gehuwden_met_kind_12_17": N_("Getrouwd of samenwonend, met een kind van 12 tot en met 17 jaar"),
}
CONFIDENCE = {
    "A": N_("Zeker: gelezen in de officiële tekst."),
    "B": N_("Redelijk zeker: twee bronnen zeggen hetzelfde."),
    "C": N_("Onzeker: één bron. Nog niet gecontroleerd in de officiële tekst."),
}
KINDS = {
    "individuele_inkomenstoeslag": N_("Individuele inkomenstoeslag"),
    "stadspas": N_("Stadspas"),
    "kwijtschelding": N_("Kwijtschelding"),
    "kindregeling": N_("Regeling voor kinderen"),
    "zorgverzekering": N_("Zorgverzekering"),
    "bijverdienpremie": N_("Bijverdienpremie"),
    "uitstroompremie": N_("Uitstroompremie"),
    "participatiepremie": N_("Participatiepremie"),
    "overig": N_("Andere regeling"),
}


@dataclass
class Source:
    title: str
    url: str | None = None


@dataclass
class Dated:
    since: str  # "1 januari 2025"
    value: str
    facts: list[str] = field(default_factory=list)
    source: Source | None = None
    confidence: str | None = None
    note: str | None = None


@dataclass
class Item:
    key: str
    title: str
    kind: str
    hint: str = ""
    legal: Source | None = None
    values: list[Dated] = field(default_factory=list)


@dataclass
class Beleidskaart:
    gemeente: str
    name: str
    open_terms: list[Item]
    minimaregelingen: list[Item]
    premies: list[Item]
    data_lang: str = "en"  # the language the profile's own texts are written in


def _term_value(term: str, value, lang: str) -> str:
    if isinstance(value, bool):
        return gettext(YES if value else NO, lang)
    return gettext(TERM_VALUES.get((term, value), OTHER_CHOICE), lang)


def _open_terms(policy: Policy, lang: str) -> list[Item]:
    raw_terms = policy.raw.get("open_terms") or {}
    items = []
    for term in OPEN_TERMS:
        item = Item(term, gettext(TERM_TITLES[term], lang), "", gettext(TERM_HINTS[term], lang))
        raw_values = (raw_terms.get(term) or {}).get("values") or {}
        for since, value, title in policy.terms.get(term, ()):
            url = ((raw_values.get(since) or {}).get("source") or {}).get("url")
            item.values.append(Dated(long_date(since, lang), _term_value(term, value, lang),
                                     source=Source(" ".join(str(title).split()), url if _is_https(url) else None)))
        if not item.values:
            item.values.append(Dated("", _term_value(term, DEFAULTS[term], lang), facts=[gettext(NO_CHOICE, lang)]))
        items.append(item)
    return items


def _is_https(url) -> bool:
    return isinstance(url, str) and url.startswith("https://")


def _calendar_month(number: int, lang: str) -> str:
    return format_date(datetime.date(2000, number, 1), "LLLL", locale=lang)


def _legal(item) -> Source:
    return Source(" ".join(str(item.legal_title).split()), item.legal_url)


def _regeling(item, lang: str) -> Item:
    view = Item(item.key, item.name, gettext(KINDS.get(item.kind, KINDS["overig"]), lang), legal=_legal(item))
    for value in item.values:
        facts = [gettext(N_("Inkomensgrens: %(percent)s van je bijstandsnorm."), lang)
                 % {"percent": percent(Decimal(value.income_limit), lang)}]
        if value.tolerance:
            facts.append(gettext(N_("Je inkomen mag %(amount)s per maand boven de grens komen."), lang)
                         % {"amount": money(value.tolerance, lang)})
        if value.referteperiode_months > 1:
            facts.append(ngettext("Je inkomen moet %(months)s maand achter elkaar onder de grens zijn.",
                                  "Je inkomen moet %(months)s maanden achter elkaar onder de grens zijn.",
                                  value.referteperiode_months, lang) % {"months": value.referteperiode_months})
        if value.min_age is not None:
            facts.append(ngettext("Vanaf %(age)s jaar.", "Vanaf %(age)s jaar.", value.min_age, lang) % {"age": value.min_age})
        per = gettext(N_("per jaar") if value.per == "year" else N_("per maand"), lang)
        for category in HOUSEHOLD_CATEGORIES:
            if category not in value.amounts:
                continue
            amount = value.amounts[category]
            shown = gettext(N_("bedrag niet bekend"), lang) if amount is None else f"{money(amount, lang)} {per}"
            facts.append(f"{gettext(CATEGORIES[category], lang)}: {shown}")
        if value.payment_month is not None:
            facts.append(gettext(N_("De gemeente betaalt dit in %(month)s."), lang)
                         % {"month": _calendar_month(value.payment_month, lang)})
        else:
            facts.append(gettext(N_("Je vraagt dit zelf aan. Houvast laat alleen zien wanneer je het kunt verliezen."), lang))
        view.values.append(_dated(value, "", facts, lang))
    return view


def _premie(item, lang: str) -> Item:
    view = Item(item.key, item.name, gettext(KINDS.get(item.kind, KINDS["overig"]), lang), legal=_legal(item))
    for value in item.values:
        facts = []
        if value.after_months is not None:
            facts.append(ngettext("Je krijgt dit na %(months)s maand die aan de voorwaarden voldoet.",
                                  "Je krijgt dit na %(months)s maanden achter elkaar die aan de voorwaarden voldoen.",
                                  value.after_months, lang) % {"months": value.after_months})
        if value.every_months is not None:
            facts.append(ngettext("Daarna opnieuw na elke %(months)s maand.", "Daarna opnieuw na elke %(months)s maanden.",
                                  value.every_months, lang) % {"months": value.every_months})
        if value.in_month is not None:
            facts.append(gettext(N_("De gemeente betaalt dit in %(month)s, als je dan aan de voorwaarden voldoet."), lang)
                         % {"month": _calendar_month(value.in_month, lang)})
        if value.min_hours_per_week is not None:
            facts.append(ngettext("Voorwaarde: je werkt minstens %(hours)s uur per week.",
                                  "Voorwaarde: je werkt minstens %(hours)s uur per week.",
                                  value.min_hours_per_week, lang) % {"hours": number(value.min_hours_per_week, lang)})
        if value.on_bijstand:
            facts.append(gettext(N_("Voorwaarde: je krijgt die maand nog bijstand."), lang))
        if value.min_age is not None:
            facts.append(ngettext("Vanaf %(age)s jaar.", "Vanaf %(age)s jaar.", value.min_age, lang) % {"age": value.min_age})
        view.values.append(_dated(value, money(value.amount, lang), facts, lang))
    return view


def _dated(value, shown: str, facts: list[str], lang: str) -> Dated:
    confidence = gettext(CONFIDENCE[value.confidence], lang) if value.confidence in CONFIDENCE else None
    return Dated(long_date(value.since, lang), shown, facts, Source(value.source, value.url), confidence, value.note)


def build(policy: Policy, lang: str = DEFAULT_LANGUAGE) -> Beleidskaart:
    return Beleidskaart(
        gemeente=policy.gemeente,
        name=policy.name,
        open_terms=_open_terms(policy, lang),
        minimaregelingen=[_regeling(item, lang) for item in policy.minimaregelingen],
        premies=[_premie(item, lang) for item in policy.premies],
    )
