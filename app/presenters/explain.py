"""Explanation and warning codes of the rules core -> one short Dutch (B1) text each.

Every code in rules/explanations.py has a text here (tests/app check both lists match). The
texts speak to the reader as "je". A legal term is explained in the text that first uses it.
Placeholders are %(name)s; a literal percent sign is written %%. Amounts arrive formatted as
"€ 1.401,50", shares as "15%", months as "januari 2027".
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, Callable, Mapping

from rules import Month
from rules.figures import group_of

from ..i18n import (
    DEFAULT_LANGUAGE, N_, N_plural, Plural, gettext, long_date, money, month_name, percent, translate_plural,
)
from .explain_couple import (
    COUPLE_MONTH_TEXTS, COUPLE_REFUND_ALL_ASKED_BACK, COUPLE_REFUND_ALL_COUNTED, COUPLE_REFUND_ASKED_BACK,
    COUPLE_WARNING_TEXTS,
)
from .explain_norm import NORM_TEXTS
from .explain_partner import PARTNER_MONTH_TEXTS, PARTNER_WARNING_TEXTS
from .explain_warnings import REFUND_ALL_ASKED_BACK, REFUND_ASKED_BACK, WARNING_TEXTS

# I18N: every text below is read by people on bijstand: B1 Dutch, "je", sentences of at most
# I18N: 20 words. %(...)s are filled in by the calculator; keep them as they are.
MONTH_TEXTS: dict[str, str | Plural] = {
    **NORM_TEXTS,
    "wage_paid": N_plural(
        "Je werkgever betaalt deze maand %(paydays)s keer loon. "
        "Dat is %(gross)s bruto en %(net)s netto. "
        "Netto is wat er na belasting op je rekening komt.",
        "Je werkgever betaalt deze maand %(paydays)s keer loon. "
        "Dat is %(gross)s bruto en %(net)s netto. "
        "Netto is wat er na belasting op je rekening komt.",
        "paydays"),
    "two_paydays": N_plural(
        "Deze maand krijg je %(paydays)s keer loon. Dat komt doordat je elke 4 weken loon krijgt. "
        "Dat gebeurt één keer per jaar.",
        "Deze maand krijg je %(paydays)s keer loon. Dat komt doordat je elke 4 weken loon krijgt. "
        "Dat gebeurt één keer per jaar.",
        "paydays"),
    "no_payday": N_("Deze maand krijg je geen loon."),
    "loonheffing_without_korting": N_(
        "Je werkgever houdt belasting in zonder loonheffingskorting. "
        "Die korting op de belasting krijg je al via je bijstand."),
    "loonheffing_with_korting": N_(
        "Je werkgever geeft je de loonheffingskorting. Dat is een korting op de belasting. "
        "Vraag de gemeente om die korting dan niet meer te geven."),
    "loonheffing_korting_nobody": N_(
        "Je werkgever houdt belasting in zonder loonheffingskorting. "
        "Deze maand krijg je geen bijstand, dus ook de gemeente geeft je die korting niet. "
        "Dat geld krijg je na het jaar terug als je belastingaangifte doet."),
    "loonheffing_korting_after_bijstand": N_(
        "Je krijgt geen bijstand meer. Daarom kan je werkgever je nu de loonheffingskorting geven. "
        "Dat is een korting op de belasting. Zo krijg je meer netto loon."),
    "counted_spread": N_plural(
        "Je krijgt %(periods)s keer per jaar loon, elke keer %(per_period)s netto. "
        "De gemeente verdeelt dat over 12 maanden. "
        "Voor deze maand telt ze %(amount)s.",
        "Je krijgt %(periods)s keer per jaar loon, elke keer %(per_period)s netto. "
        "De gemeente verdeelt dat over 12 maanden. "
        "Voor deze maand telt ze %(amount)s.",
        "periods"),
    "counted_when_paid": N_(
        "De gemeente telt het loon dat je deze maand krijgt: %(amount)s netto."),
    "holiday_right_counted": N_(
        "Je bouwt bij je werk ook vakantiegeld op. "
        "De gemeente telt daarvan nu al %(amount)s mee: %(share)s van je nettoloon. "
        "Ook al krijg je het pas later."),
    "holiday_right_counted_table": N_(
        "Je bouwt bij je werk ook vakantiegeld op. "
        "De gemeente telt daarvan nu al %(amount)s mee: %(share)s van je nettoloon, min %(deduction)s. "
        "Ook al krijg je het pas later."),
    "vrijlating_n": N_(
        "Je mag %(share)s van je loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van je bijstand af. "
        "Deze maand is dat %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "vrijlating_r": N_(
        "Je bent alleenstaande ouder met een kind jonger dan 12. "
        "Daarom mag je %(share)s van je loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van je bijstand af. "
        "Deze maand is dat %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "vrijlating_y": N_(
        "De gemeente heeft vastgesteld dat je door je gezondheid minder uren kunt werken. "
        "Daarom mag je %(share)s van je loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van je bijstand af. "
        "Deze maand is dat %(amount)s."),
    "vrijlating_34a": N_(
        "Je mag %(share)s van je loon houden. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van je bijstand af. "
        "Deze maand is dat %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "vrijlating_34a_b": N_(
        "Je kunt door je gezondheid minder uren werken. "
        "Daarom mag je %(share)s van je loon houden, zonder einddatum. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van je bijstand af. "
        "Deze maand is dat %(amount)s."),
    "vrijlating_used_up": N_plural(
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Je had die %(max_months)s maand. "
        "Nu haalt de gemeente al je loon van je bijstand af.",
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Je had die %(max_months)s maanden. "
        "Nu haalt de gemeente al je loon van je bijstand af.",
        "max_months"),
    "vrijlating_used_up_at_switch": N_(
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Sinds 1 januari 2027 is er een nieuwe regel voor vrijlating. "
        "De maanden waarin je al vrijlating had, tellen daarvoor mee. Die maanden zijn al om. "
        "Nu haalt de gemeente al je loon van je bijstand af."),
    "vrijlating_under_27": N_(
        "Je bent jonger dan %(age)s. Dan krijg je geen vrijlating. "
        "Vrijlating is een deel van je loon dat je mag houden naast je bijstand."),
    "vrijlating_none_no_income": N_(
        "Je hebt deze maand geen loon. Daarom is er geen vrijlating."),
    "vrijlating_not_needed": N_(
        "Je verdient deze maand meer dan je norm. Dan krijg je geen bijstand en dus ook geen vrijlating. "
        "Deze maand telt niet mee voor je vrijlating."),
    "counted_next_month": N_(
        "De gemeente verrekent je loon een maand later. "
        "Verrekenen betekent: de gemeente haalt je inkomen van je bijstand af. "
        "Deze maand gaat het om %(amount)s, je inkomen van %(from_month)s."),
    "bijstand": N_(
        "Je norm is %(norm)s. De gemeente verrekent %(counted)s inkomen. "
        "Verrekenen betekent: ze haalt dat van je norm af. "
        "Je bijstand is dan %(bijstand)s."),
    "bijstand_full": N_(
        "De gemeente telt deze maand geen inkomen van je mee. "
        "Je krijgt de hele norm als bijstand: %(norm)s."),
    "bijstand_ends": N_(
        "Je inkomen van %(counted)s is hoger dan je norm van %(norm)s. "
        "Daarom krijg je deze maand geen bijstand meer."),
    "no_bijstand": N_(
        "Je inkomen van %(counted)s is ook deze maand hoger dan je norm van %(norm)s. "
        "Je krijgt geen bijstand."),
    "vakantietoeslag_reserved": N_(
        "De gemeente spaart %(amount)s van je bijstand voor je op. "
        "Dat heet vakantietoeslag: 5%% van je bijstand. Je krijgt het in juni."),
    "vakantietoeslag_paid": N_(
        "Deze maand krijg je je gespaarde vakantietoeslag: %(amount)s. "
        "Dat is het deel van je bijstand dat de gemeente voor je opspaarde."),
    "vakantietoeslag_paid_on_leaving": N_(
        "Je bijstand stopt. Daarom krijg je nu je gespaarde vakantietoeslag: %(amount)s. "
        "Dat is het deel van je bijstand dat de gemeente voor je opspaarde."),
    "vakantietoeslag_paid_earlier": N_(
        "Deze maand krijg je geen vakantietoeslag van de gemeente. "
        "Die kreeg je al in %(month)s, toen je bijstand stopte."),
    "vakantietoeslag_partly_paid_earlier": N_(
        "Een deel van je vakantietoeslag kreeg je al in %(month)s, toen je bijstand stopte."),
    "vakantietoeslag_reduced_by_holiday_right": N_(
        "Je hebt bij je werk zelf vakantiegeld opgebouwd. "
        "Daarom haalt de gemeente %(amount)s van je gespaarde vakantietoeslag af."),
    "holiday_pay_paid": N_(
        "Je werkgever betaalt deze maand je vakantiegeld: %(gross)s bruto, %(net)s netto."),
    "holiday_pay_not_counted": N_(
        "De gemeente haalt dit vakantiegeld van %(net)s niet van je bijstand af. "
        "Ze telde het al elke maand mee."),
    "bufferbudget": N_(
        "De gemeente vult je inkomen aan met %(amount)s uit het bufferbudget. "
        "Dat is geld voor maanden waarin je onder je norm komt. "
        "Dit jaar kun je nog %(remaining)s krijgen, van de %(maximum)s."),
    "below_without_job": N_(
        "Let op: deze maand heb je %(difference)s minder dan zonder baan."),
    "toeslag_advance": N_(
        "Je krijgt deze maand %(amount)s %(toeslag)s. "
        "Dat is een voorschot: Dienst Toeslagen betaalt vooraf. "
        "Ze rekent met een jaarinkomen van %(income)s."),
    "kinderbijslag_paid": N_(
        "De SVB betaalt deze maand %(amount)s kinderbijslag voor %(children)s. "
        "Dat is de kinderbijslag over %(quarter)s."),
    "minimaregeling_limit_crossed": N_(
        "Je inkomen van %(income)s is deze maand hoger dan de grens van %(limit)s "
        "voor de regeling %(regeling)s. "
        "Zo'n minimaregeling is extra hulp van de gemeente bij een laag inkomen."),
    "minimaregeling_paid": N_(
        "De gemeente betaalt deze maand %(amount)s uit de regeling %(regeling)s."),
    "premie_paid": N_(
        "De gemeente betaalt je deze maand een premie van %(amount)s: %(premie)s."),
    "job_ended": N_(
        "Je baan is gestopt na %(month)s. Je krijgt geen loon meer. "
        "De gemeente haalt dan geen loon meer van je bijstand af."),
    "holiday_pay_paid_at_end": N_(
        "Je baan stopt. Daarom betaalt je werkgever nu al het vakantiegeld dat je hebt opgebouwd: "
        "%(gross)s bruto, %(net)s netto. Zo staat het in de wet."),
    "job_ended_n_left": N_(
        "Je baan is gestopt na %(month)s. Je krijgt geen loon meer. "
        "Je hebt nog %(months_left)s van de %(max_months)s maanden vrijlating over. "
        "Die kun je later gebruiken als je weer gaat werken."),
    "job_ended_34a_runs_on": N_(
        "Je baan is gestopt na %(month)s. Je krijgt geen loon meer. "
        "Je periode van vrijlating loopt wel door, tot en met %(until)s. "
        "Krijg je een nieuwe baan? Dan kan de gemeente je een nieuwe periode geven."),
}


# The reasons about the partner's job: the same reasons, said of "je partner".
MONTH_TEXTS.update(PARTNER_MONTH_TEXTS)
WARNING_TEXTS.update(PARTNER_WARNING_TEXTS)

TOESLAG_NAMES = {
    "huurtoeslag": N_("huurtoeslag"),
    "zorgtoeslag": N_("zorgtoeslag"),
    "kindgebonden_budget": N_("kindgebonden budget"),
}
QUARTERS = {
    "1": N_("januari tot en met maart %(year)s"),
    "2": N_("april tot en met juni %(year)s"),
    "3": N_("juli tot en met september %(year)s"),
    "4": N_("oktober tot en met december %(year)s"),
}
CHILDREN = N_plural("%(count)s kind", "%(count)s kinderen", "count")
UNKNOWN_TEXT = N_("Hier speelt nog iets mee dat we niet in gewone woorden kunnen uitleggen.")

# The plain name of each group of figures (rules/figures.py), for the figures_outdated and
# figures_provisional texts.
GROUP_NAMES: dict[str, str] = {
    "bijstandsnormen": N_("de bijstandsnormen"),
    "kostendelersnorm": N_("de kostendelersnorm"),
    "vrijlating": N_("de vrijlating"),
    "vakantietoeslag": N_("de vakantietoeslag"),
    "bufferbudget": N_("het bufferbudget"),
    "bijstand": N_("de bijstand"),
    "belasting": N_("de belasting op je loon"),
    "minimumloon": N_("het minimumloon"),
    "toeslagen": N_("de toeslagen"),
    "kinderbijslag": N_("de kinderbijslag"),
    "aow": N_("de AOW-leeftijd"),
}
OTHER_FIGURES = N_("een deel van de bedragen")

SHARE_KEYS = {"share"}
AMOUNT_KEYS = {
    "norm", "per_person", "young_partner", "gross", "net", "per_period", "amount", "maximum",
    "counted", "bijstand", "remaining", "difference", "income", "refund", "kept", "hourly_wage",
    "minimum", "limit", "yearly_value", "increase", "deduction",
}


def parameter_group(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return gettext(parameter_group_label(name), lang)


def parameter_group_label(name: str) -> str:
    """The (untranslated) name of the group of figures a parameter belongs to."""
    return GROUP_NAMES.get(group_of(name), OTHER_FIGURES)


# How an amount becomes text: `money`, or one answer's own formatter (presenters/answer.Texts).
MoneyText = Callable[[Any, str], str]


def format_value(key: str, value: Any, lang: str = DEFAULT_LANGUAGE, money_text: MoneyText = money) -> str:
    """One value of an explanation as it reads in a sentence."""
    if value is None:
        return ""
    if key in AMOUNT_KEYS and isinstance(value, (Decimal, int, float)):  # most values: first
        return money_text(value, lang)
    if key in SHARE_KEYS:
        return percent(Decimal(str(value)), lang)
    if key == "parameter":
        return parameter_group(str(value), lang)
    if key in ("regeling", "premie"):
        return str(value).replace("_", " ")
    if key == "toeslag":
        return gettext(TOESLAG_NAMES[value], lang) if value in TOESLAG_NAMES else str(value)
    if key == "quarter" and isinstance(value, str) and "-Q" in value:
        year, _, quarter = value.partition("-Q")
        return gettext(QUARTERS.get(quarter, "%(year)s"), lang) % {"year": year}
    if key == "children" and isinstance(value, int):
        return translate_plural(CHILDREN, value, lang) % {"count": value}
    if isinstance(value, Month):
        return month_name(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    if isinstance(value, datetime.date):
        return long_date(value, lang)
    return str(value)


def _render(template: str | Plural | None, values: Mapping[str, Any], lang: str, money_text: MoneyText) -> str:
    """The text with its values filled in. A code without a text (the rules core added one
    and this file does not know it yet) gets a neutral sentence instead of an error page."""
    if template is None:
        return gettext(UNKNOWN_TEXT, lang)
    formatted = {key: format_value(key, value, lang, money_text) for key, value in values.items()}
    try:
        if isinstance(template, Plural):  # the words follow the number (Arabic has six forms)
            return translate_plural(template, values[template.count], lang) % formatted
        return gettext(template, lang) % formatted
    except (KeyError, TypeError, ValueError):
        return gettext(UNKNOWN_TEXT, lang)


def month_text(code: str, values: Mapping[str, Any], lang: str = DEFAULT_LANGUAGE,
               money_text: MoneyText = money, *, couple: bool = False) -> str:
    """`couple`: the household is a couple; its bijstand and toeslagen are "jullie" (explain_couple.py)."""
    return _render((couple and COUPLE_MONTH_TEXTS.get(code)) or MONTH_TEXTS.get(code), values, lang, money_text)


# A refund the gemeente may count in full (art. 32 lid 1 onder b Pw, `kept` is 0): "je mag
# € 0,00 houden" says it badly.
REFUND_ALL_COUNTED = N_(
    "Na %(year)s krijg je waarschijnlijk %(refund)s belasting terug. "
    "Wij denken dat de gemeente dat hele bedrag van je bijstand mag afhalen. Dat is onze uitleg van de wet.")


def warning_text(code: str, values: Mapping[str, Any], lang: str = DEFAULT_LANGUAGE,
                 money_text: MoneyText = money, *, couple: bool = False) -> str:
    if code == "tax_refund_clawback_reading" and values.get("asked_back"):
        # The bijstand has stopped when the refund comes: asked back, not taken off the bijstand.
        if values.get("kept") == 0:
            return _render(COUPLE_REFUND_ALL_ASKED_BACK if couple else REFUND_ALL_ASKED_BACK, values, lang, money_text)
        return _render(COUPLE_REFUND_ASKED_BACK if couple else REFUND_ASKED_BACK, values, lang, money_text)
    if code == "tax_refund_clawback_reading" and values.get("kept") == 0:
        return _render(COUPLE_REFUND_ALL_COUNTED if couple else REFUND_ALL_COUNTED, values, lang, money_text)
    return _render((couple and COUPLE_WARNING_TEXTS.get(code)) or WARNING_TEXTS.get(code), values, lang, money_text)
