"""Languages, gettext catalogs and Babel formatting for pages and the API.

Dutch (nl) is the source language: the msgids are the Dutch B1 sentences, so Dutch needs no
compiled catalog. Other languages load `locales/<lang>/LC_MESSAGES/messages.mo` when present and
fall back to Dutch otherwise (translations are a later task; their tests will make that loud).
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_percent
from babel.support import NullTranslations, Translations

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl",)


def _package_dir(relative: str, package: str) -> Path:
    """A top-level folder of the repository, or the same folder installed inside `app`."""
    here = Path(__file__).resolve().parent.parent / relative
    if here.is_dir():
        return here
    return Path(str(resources.files(package)))


TEMPLATES_DIR = _package_dir("templates", "app.templates")
LOCALES_DIR = _package_dir("locales", "app.locales")
STATIC_DIR = Path(__file__).resolve().parent / "static"


@lru_cache(maxsize=16)
def text_direction(lang: str) -> str:
    """"ltr" or "rtl" for <html dir>, from Babel's locale data."""
    return "rtl" if Locale.parse(lang).text_direction == "rtl" else "ltr"


def N_(message: str) -> str:
    """Marks a string for extraction; it is translated where it is used."""
    return message


@lru_cache(maxsize=16)
def translations(lang: str) -> NullTranslations:
    if lang == DEFAULT_LANGUAGE:
        return NullTranslations()
    return Translations.load(str(LOCALES_DIR), [lang], domain="messages")


def gettext(message: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return translations(lang).gettext(message)


def money(amount: Decimal | int | float, lang: str = DEFAULT_LANGUAGE) -> str:
    """'€ 1.401,50' (with a no-break space after the euro sign)."""
    return format_currency(Decimal(str(amount)), "EUR", locale=lang, numbering_system="latn")


def percent(share: Decimal, lang: str = DEFAULT_LANGUAGE) -> str:
    """Decimal('0.125') -> '12,5%'."""
    return format_percent(share, locale=lang, decimal_quantization=False, numbering_system="latn")


def month_name(month, lang: str = DEFAULT_LANGUAGE) -> str:
    """Month(2027, 1) -> 'januari 2027'."""
    return format_date(datetime.date(month.year, month.month, 1), "MMMM y", locale=lang)


def short_month(month, lang: str = DEFAULT_LANGUAGE) -> str:
    """Month(2027, 1) -> 'jan. 2027' style label for tables and charts."""
    return format_date(datetime.date(month.year, month.month, 1), "MMM y", locale=lang)


def long_date(day: datetime.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """date(2026, 7, 1) -> '1 juli 2026'."""
    return format_date(day, "d MMMM y", locale=lang)
