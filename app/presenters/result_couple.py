"""The result page's own sentences about the household's money, said to a couple ("jullie").

A couple gets the bijstand together (art. 11 lid 4 Pw), so the page's title, the lowest month, the months with
less than without a job, the causes that are about the bijstand, the toeslagen or the
vakantietoeslag, the year-end sentences and the months that differ say "jullie" for a couple.
`for_household` swaps a message of app/presenters/result.py or months_differ.py for its couple
variant; a message without one is the same for everyone (the applicant's own wage stays "je").
"""
from __future__ import annotations

from functools import cache

from ..i18n import N_, N_plural, Plural

# I18N: read by a couple who get bijstand together: "jullie" is both partners, "je" the person
# I18N: who fills in the form. B1 Dutch, sentences of at most 20 words.
TITLE = N_("Wat er per maand op jullie rekeningen komt")
HEADLINE_MORE = N_("In een gewone maand hebben jullie met deze baan %(amount)s meer dan zonder baan.")
HEADLINE_LESS = N_("In een gewone maand hebben jullie met deze baan %(amount)s minder dan zonder baan.")
HEADLINE_SAME = N_("In een gewone maand hebben jullie met deze baan evenveel als zonder baan.")
LOWEST = N_("Jullie laagste maand is %(month)s. Dan komt er samen %(amount)s op jullie rekeningen.")
LOWEST_SHARED = N_plural(
    "Jullie laagste bedrag is %(amount)s. Dat krijgen jullie in %(count)s maand, voor het eerst in %(month)s.",
    "Jullie laagste bedrag is %(amount)s. Dat krijgen jullie in %(count)s maanden, voor het eerst in %(month)s.",
    "count")
BELOW_ONE = N_("In %(month)s hebben jullie minder dan zonder baan.")
BELOW_MANY = N_plural(
    "In %(count)s maand hebben jullie minder dan zonder baan.",
    "In %(count)s maanden hebben jullie minder dan zonder baan.", "count")
YEAR = N_(
    "Verschil met zonder baan in de maanden van %(year)s die jullie hier zien: %(cash)s. "
    "Met wat jullie over heel %(year)s aan toeslagen en belasting terugkrijgen of terugbetalen: %(after)s.")
REFUND_KEPT = N_(
    "Over %(year)s krijgen jullie naar verwachting %(refund)s belasting terug. Jullie hadden dat jaar bijstand. "
    "Daarom mag de gemeente die teruggave (of een deel ervan) van jullie bijstand afhalen. "
    "Jullie houden er naar verwachting %(kept)s van over.")
REFUND_ALL_COUNTED = N_(
    "Over %(year)s krijgen jullie naar verwachting %(refund)s belasting terug. Jullie hadden dat jaar bijstand. "
    "Wij denken dat de gemeente dat hele bedrag daarom van jullie bijstand mag afhalen. "
    "Dan houden jullie er niets van over.")
REFUND_KEPT_ASKED_BACK = N_(
    "Over %(year)s krijgen jullie naar verwachting %(refund)s belasting terug. Jullie hadden dat jaar bijstand. "
    "Die is dan al gestopt. Daarom mag de gemeente die teruggave (of een deel ervan) terugvragen. "
    "Jullie houden er naar verwachting %(kept)s van over.")
REFUND_ALL_ASKED_BACK = N_(
    "Over %(year)s krijgen jullie naar verwachting %(refund)s belasting terug. Jullie hadden dat jaar bijstand. "
    "Die is dan al gestopt. Wij denken dat de gemeente dat hele bedrag daarom mag terugvragen. "
    "Dan houden jullie er niets van over.")
CAUSES = {
    "bijstand_ends": N_(
        "Oorzaak: jullie krijgen die maand geen bijstand. De gemeente rekent met meer inkomen dan jullie bijstandsnorm."),
    "counted_next_month": N_("Oorzaak: de gemeente haalt dan het loon van de maand ervoor van jullie bijstand af."),
    "less_bijstand": N_("Oorzaak: in die maand krijgen jullie minder bijstand dan in andere maanden."),
    "no_holiday_money": N_(
        "Oorzaak: in die maand krijgen jullie geen vakantiegeld of vakantietoeslag. In andere maanden wel."),
    "vakantietoeslag_lower": N_(
        "Oorzaak: jullie krijgen die maand minder vakantietoeslag van de gemeente. "
        "Die is een deel van jullie bijstand, en met loon krijgen jullie minder bijstand."),
    "loonheffingskorting_gemeente": N_(
        "Oorzaak: jullie krijgen die maand nog bijstand. Dan geeft de gemeente de loonheffingskorting, "
        "niet de werkgever. De werkgever houdt daarom meer belasting in, en het netto loon is lager."),
    "vakantietoeslag_paid_earlier": N_(
        "Oorzaak: jullie krijgen die maand minder vakantietoeslag dan zonder baan. "
        "Jullie kregen (een deel van) de vakantietoeslag al eerder, toen jullie bijstand stopte."),
    "less_toeslagen": N_("Oorzaak: in die maand krijgen jullie minder toeslagen."),
    "no_kinderbijslag": N_(
        "Oorzaak: in die maand krijgen jullie geen kinderbijslag. De SVB betaalt die één keer per 3 maanden."),
    "no_gemeente_payment": N_("Oorzaak: in die maand betaalt de gemeente jullie niets extra."),
}
WHY = {
    "vakantietoeslag": N_("De gemeente betaalt dan jullie vakantietoeslag."),
    "gemeente_payment": N_("De gemeente betaalt jullie dan iets extra."),
    "more_toeslagen": N_("Jullie krijgen dan meer toeslagen."),
    "more_bijstand": N_("Jullie krijgen dan meer bijstand."),
    "bijstand_ends": N_("Jullie krijgen dan geen bijstand meer."),
    "less_toeslagen": N_("Jullie krijgen dan minder toeslagen."),
    "no_gemeente_payment": N_("De gemeente betaalt jullie dan niets extra."),
}


@cache
def _variants() -> dict[str | Plural, str | Plural]:
    """The single's message -> the couple's (imported here: those modules import this one)."""
    from . import months_differ, result

    return {
        result.TITLE: TITLE,
        result.HEADLINE_MORE: HEADLINE_MORE,
        result.HEADLINE_LESS: HEADLINE_LESS,
        result.HEADLINE_SAME: HEADLINE_SAME,
        result.LOWEST: LOWEST,
        result.LOWEST_SHARED: LOWEST_SHARED,
        result.BELOW_ONE: BELOW_ONE,
        result.BELOW_MANY: BELOW_MANY,
        result.YEAR: YEAR,
        result.REFUND_KEPT: REFUND_KEPT,
        result.REFUND_ALL_COUNTED: REFUND_ALL_COUNTED,
        result.REFUND_KEPT_ASKED_BACK: REFUND_KEPT_ASKED_BACK,
        result.REFUND_ALL_ASKED_BACK: REFUND_ALL_ASKED_BACK,
        **{result.CAUSES[code]: text for code, text in CAUSES.items()},
        **{months_differ.WHY[code]: text for code, text in WHY.items()},
        # The household's sentences for when the partner works fit a couple where only the
        # applicant works too: the vrijlating runs out, more wage off "jullie bijstand".
        result.CAUSES["vrijlating_used_up"]: result.CAUSES_COUPLE["vrijlating_used_up"],
        **{months_differ.WHY[code]: months_differ.WHY_COUPLE[code]
           for code in ("vrijlating_used_up", "less_bijstand", "vakantietoeslag_lower")},
    }


def for_household(message, couple: bool):
    """The message as the household reads it: its couple variant for a couple, else itself."""
    return _variants().get(message, message) if couple else message
