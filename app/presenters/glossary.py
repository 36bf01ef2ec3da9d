"""Words people meet in letters from the gemeente, each explained in one plain sentence.

Shown as "Wat betekenen deze woorden?" (a closed <details>) above the text that uses them, so a
word is explained where it first appears (tests/app/test_plain_dutch.py). The word itself is
kept in Dutch in every language, next to its translation: people meet it in their letters.
"""
from __future__ import annotations

from ..i18n import DEFAULT_LANGUAGE, N_, gettext

# I18N: the term stays in Dutch; a translation may add the word in the reader's language.
TERMS: tuple[tuple[str, str, str], ...] = (
    ("netto", N_("netto"), N_("Netto is wat er na belasting op je rekening komt.")),
    ("bruto", N_("bruto"), N_("Bruto is je loon voordat de belasting eraf gaat.")),
    ("norm", N_("norm"), N_("De norm is de bijstand die je krijgt als je geen ander inkomen hebt.")),
    ("vrijlating", N_("vrijlating"),
     N_("Vrijlating is een deel van je loon dat je mag houden naast je bijstand.")),
    ("verrekenen", N_("verrekenen"),
     N_("Verrekenen betekent: de gemeente haalt je inkomen van je bijstand af.")),
    ("kostendeler", N_("kostendeler"),
     N_("Kostendelers zijn mensen van 27 jaar of ouder die bij je wonen en de kosten delen.")),
    ("kale_huur", N_("kale huur"), N_("Kale huur is de huur zonder gas, water, licht en servicekosten.")),
    ("loonheffingskorting", N_("loonheffingskorting"),
     N_("De loonheffingskorting is een korting op de belasting over je loon.")),
    ("vakantietoeslag", N_("vakantietoeslag"),
     N_("Vakantietoeslag is het deel van je bijstand dat de gemeente tot juni voor je spaart.")),
    ("bufferbudget", N_("bufferbudget"),
     N_("Het bufferbudget is geld van de gemeente voor maanden met een laag inkomen.")),
    ("toeslagen", N_("toeslagen"),
     N_("Toeslagen zijn bijdragen van de overheid voor je huur, je zorgverzekering en je kinderen.")),
    ("voorschot", N_("voorschot"),
     N_("Een voorschot is geld dat Dienst Toeslagen vooraf betaalt. Na het jaar rekent ze het precies uit.")),
    ("minimaregeling", N_("minimaregeling"),
     N_("Een minimaregeling is extra hulp van de gemeente bij een laag inkomen.")),
)
ON_THE_CHECK_PAGE = ("kale_huur", "bruto", "loonheffingskorting", "vrijlating")


def glossary(keys=None, lang: str = DEFAULT_LANGUAGE) -> list[dict]:
    """[{key, term, definition}] for the given keys (all when None), in the order of TERMS."""
    return [{"key": key, "term": gettext(term, lang), "definition": gettext(definition, lang)}
            for key, term, definition in TERMS if keys is None or key in keys]
