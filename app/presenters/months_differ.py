"""The months that differ from an ordinary month, one line each, for the first screen.

Which months differ and why is decided by the rules core (rules/month_differences.py, against
the summary's `typical_difference`); this module only words it.
"""
from __future__ import annotations

from rules import Summary
from rules.month_differences import different_months

from ..i18n import N_, gettext, money, month_name
from .result_couple import for_household

SHOWN = 4  # at most this many lines in the first screen; the rest are in the months below
MORE = N_("%(month)s: %(amount)s meer dan zonder baan. %(why)s")
LESS = N_("%(month)s: %(amount)s minder dan zonder baan. %(why)s")
SAME = N_("%(month)s: evenveel als zonder baan. %(why)s")
MANY = N_("Meer maanden zijn anders. Je ziet ze hieronder bij Per maand.")
WHY = {
    # more than an ordinary month
    "two_paydays": N_("Je krijgt die maand 2 keer loon."),
    "more_wage": N_("Je krijgt die maand meer loon."),
    "holiday_pay": N_("Je krijgt dan vakantiegeld van je werkgever."),
    "vakantietoeslag": N_("De gemeente betaalt dan je vakantietoeslag."),
    "kinderbijslag": N_("De SVB betaalt dan kinderbijslag."),
    "gemeente_payment": N_("De gemeente betaalt je dan iets extra."),
    "more_toeslagen": N_("Je krijgt dan meer toeslagen."),
    "more_bijstand": N_("Je krijgt dan meer bijstand."),
    "other_more": N_("Loon en bijstand komen dan samen hoger uit."),
    # less than an ordinary month
    "vrijlating_used_up": N_("Je vrijlating is dan op. De gemeente haalt al je loon van je bijstand af."),
    "bijstand_ends": N_("Je krijgt dan geen bijstand meer."),
    "less_bijstand": N_("De gemeente haalt dan meer loon van je bijstand af."),
    "vakantietoeslag_lower": N_(
        "Je krijgt dan minder vakantietoeslag. Die is een deel van je bijstand, en met loon krijg je minder bijstand."),
    "vakantietoeslag_paid_earlier": N_("Je kreeg je vakantietoeslag al eerder, toen je bijstand stopte."),
    "less_wage": N_("Je krijgt die maand minder loon."),
    "no_holiday_money": N_("Je krijgt dan geen vakantiegeld."),
    "no_kinderbijslag": N_("De SVB betaalt dan geen kinderbijslag."),
    "less_toeslagen": N_("Je krijgt dan minder toeslagen."),
    "no_gemeente_payment": N_("De gemeente betaalt je dan niets extra."),
    "other_less": N_("Loon en bijstand komen dan samen lager uit."),
}

# The partner works too (or only the partner): the reasons about wage, holiday pay and the
# vrijlating are the household's (the rules core adds both partners' amounts).
WHY_COUPLE = {
    "two_paydays": N_("Jullie krijgen die maand vaker loon."),
    "more_wage": N_("Jullie krijgen die maand meer loon."),
    "holiday_pay": N_("Jullie krijgen dan vakantiegeld van de werkgever."),
    "vrijlating_used_up": N_("Een vrijlating is dan op. De gemeente haalt dat loon helemaal van jullie bijstand af."),
    "less_bijstand": N_("De gemeente haalt dan meer loon van jullie bijstand af."),
    "vakantietoeslag_lower": N_(
        "Jullie krijgen dan minder vakantietoeslag. "
        "Die is een deel van jullie bijstand, en met loon krijgen jullie minder bijstand."),
    "vakantietoeslag_paid_earlier": N_("Jullie kregen de vakantietoeslag al eerder, toen jullie bijstand stopte."),
    "less_wage": N_("Jullie krijgen die maand minder loon."),
    "no_holiday_money": N_("Jullie krijgen dan geen vakantiegeld."),
}


def lines(result, summary: Summary, lang: str, couple: bool = False) -> list[str]:
    """`couple`: the reasons about the household's money say "jullie" (result_couple.py)."""
    found = different_months(result, summary.typical_difference)
    why = {**WHY, **WHY_COUPLE} if result.scenario.partner_job is not None else WHY
    out = []
    for item in found[:SHOWN]:
        cause = item.cause if item.cause != "other" else ("other_more" if item.more else "other_less")
        label = month_name(item.month, lang)  # it begins the line: "Mei 2027"
        values = {"month": label[:1].upper() + label[1:], "amount": money(abs(item.difference), lang),
                  "why": gettext(for_household(why[cause], couple), lang)}
        template = MORE if item.difference > 0 else LESS if item.difference < 0 else SAME
        out.append(gettext(template, lang) % values)
    if len(found) > SHOWN:
        out.append(gettext(MANY, lang))
    return out
