"""The texts of an answer, for the API and the pages alike: each explanation and warning of the
rules core as the contract gives it (app/contract.py), and the messages for a request the core
cannot calculate.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from rules import Household, Month, default_profiles

from ..contract import ExplanationCodesOut, ExplanationOut, WarningOut
from ..i18n import DEFAULT_LANGUAGE, N_, gettext, money
from .explain import month_text, parameter_group_label, warning_text

FAR_AHEAD = N_("Zo ver vooruit rekent Houvast niet: de bedragen zijn dan nog niet bekend. Kies een eerdere maand.")
# Out-of-scope codes of rules.scope.check_scope -> (the field it is about, the message).
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
    "first_payday_outside_start_month": ("job.first_payday", N_(
        "De eerste betaaldag valt in de maand waarin je voor het eerst loon krijgt. "
        "Kies een dag in die maand.")),
    "partner_job_start_after_supported": ("partner_job.start_month", FAR_AHEAD),
    "partner_job_start_too_early": ("partner_job.start_month", N_(
        "Houvast rekent met een baan die in 2016 of later begon. Kies een latere maand.")),
    "partner_first_payday_outside_start_month": ("partner_job.first_payday", N_(
        "De eerste betaaldag valt in de maand waarin je voor het eerst loon krijgt. "
        "Kies een dag in die maand.")),
    "sweep_needs_hourly_wage": ("sweep_hours", N_(
        "Meer of minder uren rekenen we alleen uit met uren per week en een uurloon.")),
}
OUT_OF_SCOPE_OTHER = N_("Houvast kan deze situatie niet berekenen. Vraag je gemeente om hulp.")
UNKNOWN_GEMEENTE = N_("Deze gemeente kennen we niet. Kies een gemeente uit de lijst, of laat dit leeg.")


def out_of_scope_message(code: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    field, message = OUT_OF_SCOPE.get(code, ("", OUT_OF_SCOPE_OTHER))
    return field, gettext(message, lang)


_PLAIN_TYPES = {Decimal, int, str, bool, type(None)}


def plain(value: Any) -> Any:
    """An explanation value as the contract gives it: amounts stay exact, months and dates as text."""
    if type(value) in _PLAIN_TYPES or isinstance(value, (Decimal, int, str, bool)):
        return value
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return str(value)


def _named(values: dict, names: dict[str, str]) -> dict:
    """Values for a sentence: a regeling or premie is named as the gemeente names it."""
    if not names or not ({"regeling", "premie"} & values.keys()):
        return values
    return {key: names.get(value, value) if key in ("regeling", "premie") else value for key, value in values.items()}


def local_names(gemeente: str) -> dict[str, str]:
    """The names of a gemeente's own regelingen and premies, by the key the rules core uses."""
    policy = default_profiles().get(gemeente)
    items = [*getattr(policy, "minimaregelingen", ()), *getattr(policy, "premies", ())]
    return {item.key: item.name for item in items}


class Texts:
    """Each explanation of an answer as the contract gives it, made once per answer.

    Many months give the same reason with the same numbers: such an explanation is made once
    and the months share it (read-only). The rules core shares some explanation objects itself
    (the norm, the toeslagen): those are found by identity first; the result keeps them alive
    meanwhile, so an id is never reused. With `codes` the sentences are left out (bulk use).

    Each amount is also written once per answer (`money`): the same amount comes back in
    several sentences (55 of the 113 in the default answer). All of it lives and goes with the
    answer's Texts, one per request, never shared (docs/security.md).
    `household` (rules.Household): a couple's household-level sentences speak to both ("jullie").
    """

    def __init__(self, names: dict[str, str], lang: str = DEFAULT_LANGUAGE, codes: bool = False,
                 household: Household | None = None):
        self.names, self.lang, self.codes = names, lang, codes
        # Art. 11 lid 4 Pw: a couple's bijstand is the couple's; the codes and values stay the same.
        self.couple = household is not None and household.situation == "couple"
        self.made: dict[tuple, ExplanationOut | ExplanationCodesOut] = {}
        self.by_identity: dict[int, ExplanationOut | ExplanationCodesOut] = {}
        self.amounts: dict[str, str] = {}

    def money(self, amount, lang: str) -> str:
        """An amount as `money` writes it, formatted the first time this answer names it. Keyed
        by its text: equal text is an equal amount with the same sign, so the same words."""
        key = str(amount)
        text = self.amounts.get(key)
        if text is None:
            text = self.amounts[key] = money(amount, lang)
        return text

    def explanation(self, explanation) -> ExplanationOut | ExplanationCodesOut:
        item = self.by_identity.get(id(explanation))
        if item is not None:
            return item
        legal, values = explanation.legal, explanation.values
        # The law by identity (it lives as long as the result), the values by their text: equal
        # text means an equal sentence, and hashing a new Decimal costs more than writing it.
        key = (explanation.code, id(legal), tuple(values), tuple(map(str, values.values())))
        item = self.made.get(key)
        if item is None:
            plain_values = {name: plain(value) for name, value in values.items()}
            law = legal.url if legal else None
            if self.codes:
                item = ExplanationCodesOut(code=explanation.code, law=law, values=plain_values)
            else:
                text = month_text(explanation.code, _named(values, self.names), self.lang, self.money, couple=self.couple)
                item = ExplanationOut(code=explanation.code, text=text, law=law,
                                      law_label=legal.label if legal else None, values=plain_values)
            self.made[key] = item
        self.by_identity[id(explanation)] = item
        return item

    def warnings(self, notices) -> list[WarningOut]:
        """One warning per sentence: outdated figures of one group (e.g. the four tax figures)
        that read the same are merged, with every parameter listed in values.parameters."""
        out: list[WarningOut] = []
        merged: dict[tuple, WarningOut] = {}
        for notice in notices:
            values = {name: plain(value) for name, value in notice.values.items()}
            key = None
            if notice.code == "figures_outdated":
                # Its sentence names only the group, the date of the figures and the month.
                key = (parameter_group_label(str(notice.values.get("parameter", ""))),
                       notice.values.get("since"), notice.values.get("month"))
                if key in merged:
                    merged[key].values["parameters"].extend(values.get("parameters") or [values["parameter"]])
                    continue
                values["parameters"] = list(values.get("parameters") or [values["parameter"]])
            text = warning_text(notice.code, _named(notice.values, self.names), self.lang, self.money, couple=self.couple)
            item = WarningOut(code=notice.code, text=text, law=notice.legal.url if notice.legal else None,
                              values=values)
            if key is not None:
                merged[key] = item
            out.append(item)
        return out
