"""Languages, gettext catalogs and Babel formatting for pages and the API.

Dutch (nl) is the source language: the msgids are the Dutch B1 sentences, so Dutch needs no
catalog. A language is offered when `locales/<lang>/LC_MESSAGES/messages.po` exists; its
catalog is read from the compiled `.mo` when there is one, else compiled in memory from the
`.po` (so a plain `pip install .` needs no build step). Untranslated strings show in Dutch.
"""
from __future__ import annotations

import datetime
import io
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, format_decimal, format_percent, get_currency_symbol, parse_pattern
from babel.support import NullTranslations, Translations

DEFAULT_LANGUAGE = "nl"
# Languages whose translation no native speaker has checked yet (docs/i18n.md, "Reviews"): every
# page in such a language says so, in that language and in Dutch.
UNCHECKED_TRANSLATIONS = frozenset({"ti"})


def _package_dir(relative: str, package: str) -> Path:
    """A top-level folder of the repository, or the same folder installed inside `app`."""
    here = Path(__file__).resolve().parent.parent / relative
    if here.is_dir():
        return here
    return Path(str(resources.files(package)))


TEMPLATES_DIR = _package_dir("templates", "app.templates")
LOCALES_DIR = _package_dir("locales", "app.locales")
STATIC_DIR = Path(__file__).resolve().parent / "static"


def _languages() -> tuple[str, ...]:
    found = sorted(
        path.parent.parent.name for path in LOCALES_DIR.glob("*/LC_MESSAGES/messages.po")
        if path.parent.parent.name != DEFAULT_LANGUAGE
    )
    return (DEFAULT_LANGUAGE, *found)


LANGUAGES = _languages()


def choose_language(requested: str | None = None, accept_language: str | None = None) -> str:
    """`?lang=` when it is offered, else the best match of Accept-Language, else Dutch."""
    if requested in LANGUAGES:
        return requested
    if accept_language:
        wanted = []
        for part in accept_language.split(","):
            tag, _, quality = part.strip().partition(";q=")
            try:
                weight = float(quality) if quality else 1.0
            except ValueError:
                weight = 0.0
            if tag and weight > 0:
                wanted.append((weight, tag.strip().replace("-", "_")))
        for _, tag in sorted(wanted, key=lambda item: -item[0]):
            for lang in LANGUAGES:
                if tag.lower() == lang.lower() or tag.split("_")[0].lower() == lang.split("_")[0].lower():
                    return lang
    return DEFAULT_LANGUAGE


@lru_cache(maxsize=64)
def autonym(lang: str) -> str:
    """The language's name in itself ("Nederlands", "العربية") for the language switch."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=16)
def text_direction(lang: str) -> str:
    """"ltr" or "rtl" for <html dir>, from Babel's locale data."""
    return "rtl" if Locale.parse(lang).text_direction == "rtl" else "ltr"


def N_(message: str) -> str:
    """Marks a string for extraction; it is translated where it is used."""
    return message


UNCHECKED_NOTICE = N_(
    "Deze vertaling is nog niet nagekeken door iemand met deze taal als moedertaal. "
    "Twijfel je over een tekst? Kies dan Nederlands.")


class Plural(NamedTuple):
    """A message whose words depend on a number ("1 uur", "4 uur"; Arabic has six forms).
    `count` names the placeholder that holds the number."""
    singular: str
    plural: str
    count: str


def N_plural(singular: str, plural: str, count: str) -> Plural:
    """Marks a plural message for extraction (keyword `N_plural:1,2`); translated where used."""
    return Plural(singular, plural, count)


@lru_cache(maxsize=16)
def translations(lang: str) -> NullTranslations:
    if lang == DEFAULT_LANGUAGE or lang not in LANGUAGES:
        return NullTranslations()
    folder = LOCALES_DIR / lang / "LC_MESSAGES"
    if (folder / "messages.mo").exists():
        return Translations.load(str(LOCALES_DIR), [lang], domain="messages")
    with (folder / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain="messages")


def gettext(message: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n, lang: str = DEFAULT_LANGUAGE) -> str:
    """The form of a message for the number n, by the catalog's Plural-Forms (CLDR rules)."""
    return translations(lang).ngettext(singular, plural, plural_count(n, lang))


def translate_plural(message: Plural, n, lang: str = DEFAULT_LANGUAGE) -> str:
    return ngettext(message.singular, message.plural, n, lang)


@lru_cache(maxsize=64)
def _integer_for_category(lang: str, category: str) -> int | None:
    rule = Locale.parse(lang).plural_form
    return next((k for k in range(200) if rule(k) == category), None)


def plural_count(n, lang: str = DEFAULT_LANGUAGE) -> int:
    """The whole number that picks the plural form. gettext's Plural-Forms only know whole
    numbers; for a fraction (16,5 uur) CLDR's category of the fraction decides ("other": English
    "hours", Arabic "ساعة"), and for Polish, which has no such form in gettext, the "few" form
    ("16,5 godziny" is genitive singular, the same word as "2 godziny")."""
    value = Decimal(str(n))
    if value == value.to_integral_value():
        return int(value)
    category = Locale.parse(lang).plural_form(abs(value))
    for candidate in (category, "few", "many"):
        found = _integer_for_category(lang, candidate)
        if found is not None:
            return found
    return 2


# U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE: an amount inside right-to-left
# text is its own bidi island, so "€", digits, sign and the words around it never swap places.
ISOLATE_START, ISOLATE_END = "\u2068", "\u2069"


def isolate(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text bidi-isolated when `lang` is written right to left; unchanged otherwise."""
    return f"{ISOLATE_START}{text}{ISOLATE_END}" if text_direction(lang) == "rtl" else text


@lru_cache(maxsize=16)
def _euro_pattern(lang: str) -> tuple[NumberPattern, Locale]:
    """The language's currency pattern ("¤ #,##0.00") with the euro sign in it, parsed once.

    `format_currency` looks up the locale, the pattern and the currency's symbol, name and
    digits anew for every amount (about 20 µs, over 100 amounts an answer). The pattern with
    the symbol quoted in it ("'€' #,##0.00") gives the same text: Babel fills in the symbol
    and then drops the quotes, in that order, in `NumberPattern.apply` too (held to
    `format_currency` in tests/app/test_i18n.py)."""
    locale = Locale.parse(lang)
    pattern = locale.currency_formats["standard"].pattern
    return parse_pattern(pattern.replace("¤", f"'{get_currency_symbol('EUR', locale)}'")), locale


def _euros(amount: Decimal | int | float, lang: str) -> str:
    """'€ 1.401,50' as `format_currency(amount, "EUR", locale=lang, numbering_system="latn")`
    writes it. Only the pattern is kept, never an amount (docs/security.md)."""
    pattern, locale = _euro_pattern(lang)
    value = amount if type(amount) is Decimal else Decimal(str(amount))
    return pattern.apply(value, locale, currency="EUR", numbering_system="latn")  # the euro's two decimals


def money(amount: Decimal | int | float, lang: str = DEFAULT_LANGUAGE) -> str:
    """'€ 1.401,50' (with a no-break space after the euro sign). Always Western digits
    (numbering_system="latn", also for Arabic and Tigrinya); isolated in right-to-left text.
    Never cached: amounts are what a person typed, or follow from it (docs/security.md)."""
    return isolate(_euros(amount, lang), lang)


def signed_money(amount: Decimal, lang: str = DEFAULT_LANGUAGE) -> str:
    """'+ € 83,92' / '− € 83,92' / '€ 0,00': the sign inside the bidi isolate, so in Arabic it
    stays on the reading side of the figure instead of jumping to its other end."""
    sign = "+ " if amount > 0 else "− " if amount < 0 else ""
    return isolate(sign + _euros(abs(Decimal(str(amount))), lang), lang)


def percent(share: Decimal, lang: str = DEFAULT_LANGUAGE) -> str:
    """Decimal('0.125') -> '12,5%'. Western digits; isolated in right-to-left text."""
    return isolate(_percent(str(share), lang), lang)


# Babel's formatting costs about 0.05 ms a call; an answer names the same few months, dates and
# shares (figures of the law) again and again. Only such values are remembered, never amounts
# or hours a person typed.
@lru_cache(maxsize=256)
def _percent(share: str, lang: str) -> str:
    return format_percent(Decimal(share), locale=lang, decimal_quantization=False, numbering_system="latn")


def number(value: Decimal | int, lang: str = DEFAULT_LANGUAGE) -> str:
    """Decimal('16.5') -> '16,5' (nl), '16.5' (en); whole numbers without decimals. Western digits."""
    value = Decimal(str(value))
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_decimal(value, locale=lang, decimal_quantization=False, numbering_system="latn")


def month_name(month, lang: str = DEFAULT_LANGUAGE) -> str:
    """Month(2027, 1) -> 'januari 2027' (the stand-alone form: Polish 'styczeń 2027')."""
    return _skeleton("yMMMM", month.year, month.month, lang)


def short_month(month, lang: str = DEFAULT_LANGUAGE) -> str:
    """Month(2027, 1) -> 'jan 2027' style label for tables and charts."""
    return _skeleton("yMMM", month.year, month.month, lang)


@lru_cache(maxsize=1024)
def _skeleton(skeleton: str, year: int, month: int, lang: str) -> str:
    return format_skeleton(skeleton, datetime.date(year, month, 1), locale=lang)


@lru_cache(maxsize=1024)
def long_date(day: datetime.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """date(2026, 7, 1) -> '1 juli 2026'. (Dates of figures and deadlines: remembered.)"""
    return format_date(day, "d MMMM y", locale=lang)
