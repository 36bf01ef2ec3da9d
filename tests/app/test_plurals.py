"""Plural forms: a number followed by a noun takes the form its language needs ("1 uur",
"4 ساعات", "11 ساعة", "2 godziny", "5 godzin"), by the CLDR plural rules of each language.

Every plural message of the template is rendered for 0, 1, 2, 3, 11 and 100 in every language;
the form chosen must be the one CLDR's category for that number names (Babel's copy of CLDR, not
the catalog's own Plural-Forms header, so a wrong header fails). Arabic and Polish, where the
forms differ most, are checked against the words themselves.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.pofile import read_po

from app import i18n
from app.presenters.explain import format_value, month_text

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("nl", "en", "ar", "tr", "pl", "ti")
NUMBERS = (0, 1, 2, 3, 11, 100)
# gettext's msgstr[i] are CLDR's categories in this order (the categories a language has).
ORDER = ("zero", "one", "two", "few", "many", "other")


def plural_messages():
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        return [message for message in read_po(handle) if isinstance(message.id, tuple)]


def categories(lang: str) -> list[str]:
    rule = Locale.parse(lang).plural_form
    present = {rule(n) for n in range(0, 1001)}
    return [category for category in ORDER if category in present]


def catalog(lang: str):
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return {message.id: message.string for message in read_po(handle, locale=lang) if message.id}


def test_there_are_plural_messages_for_each_counted_noun():
    nouns = {"uur": 0, "kind": 0, "maand": 0, "jaar": 0, "keer": 0, "mens": 0}
    for message in plural_messages():
        for noun in nouns:
            if f"s {noun}" in message.id[0]:
                nouns[noun] += 1
    assert all(nouns.values()), nouns


@pytest.mark.parametrize("lang", LANGS)
def test_every_plural_message_takes_the_cldr_form(lang):
    """For 0, 1, 2, 3, 11 and 100: the form whose index is CLDR's category of that number."""
    forms = catalog(lang) if lang != "nl" else {}
    order = categories(lang)
    messages = plural_messages()
    assert len(messages) >= 20
    for message in messages:
        singular, plural = message.id
        for n in NUMBERS:
            got = i18n.ngettext(singular, plural, n, lang)
            index = order.index(Locale.parse(lang).plural_form(n))
            if lang == "nl":
                expected = singular if index == 0 else plural
            else:
                expected = forms[message.id][index]
                assert expected, (lang, singular, index)
            assert got == expected, (lang, n, singular, got)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "nl"])
def test_the_header_has_as_many_forms_as_cldr(lang):
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        po = read_po(handle, locale=lang)
    assert po.num_plurals == len(categories(lang)), (lang, po.plural_forms)
    expected = {"ar": 6, "pl": 3, "tr": 2, "ti": 2, "en": 2}[lang]
    assert po.num_plurals == expected


def hours(n, lang):
    return i18n.ngettext("%(hours)s uur", "%(hours)s uur", n, lang) % {"hours": i18n.number(n, lang)}


def test_arabic_hours_children_months_years_and_times():
    assert [hours(n, "ar") for n in NUMBERS] == [
        "0 ساعة", "ساعة واحدة", "ساعتان", "3 ساعات", "11 ساعة", "100 ساعة"]
    assert [hours(n, "ar") for n in (4, 8, 10, 12, 40, 103, 111)] == [
        "4 ساعات", "8 ساعات", "10 ساعات", "12 ساعة", "40 ساعة", "103 ساعات", "111 ساعة"]
    children = [format_value("children", n, "ar") for n in NUMBERS]
    assert children == ["0 طفل", "طفل واحد", "طفلين", "3 أطفال", "11 طفلًا", "100 طفل"]
    every = [i18n.ngettext("Daarna opnieuw na elke %(months)s maand.", "Daarna opnieuw na elke %(months)s maanden.", n, "ar")
             % {"months": n} for n in (1, 2, 3, 12)]
    assert every == ["بعد ذلك تحصل عليه مرة أخرى كل شهر.", "بعد ذلك تحصل عليه مرة أخرى كل شهرين.",
                     "بعد ذلك تحصل عليه مرة أخرى كل 3 أشهر.", "بعد ذلك تحصل عليه مرة أخرى كل 12 شهرًا."]
    age = [i18n.ngettext("%(age)s jaar", "%(age)s jaar", n, "ar") % {"age": n} for n in (1, 2, 5, 35)]
    assert age == ["سنة واحدة", "سنتان", "5 سنوات", "35 سنة"]
    paid = month_text("two_paydays", {"paydays": 2}, "ar")
    assert paid.startswith("هذا الشهر تحصل على أجرك مرتين.")


def test_polish_hours_children_months_years_and_people():
    assert [hours(n, "pl") for n in NUMBERS] == [
        "0 godzin", "1 godzina", "2 godziny", "3 godziny", "11 godzin", "100 godzin"]
    assert [hours(n, "pl") for n in (4, 5, 12, 22, 24, 25)] == [
        "4 godziny", "5 godzin", "12 godzin", "22 godziny", "24 godziny", "25 godzin"]
    assert hours(Decimal("16.5"), "pl") == "16,5 godziny"  # a fraction: genitive singular
    assert [format_value("children", n, "pl") for n in (1, 2, 5)] == ["1 dziecko", "2 dzieci", "5 dzieci"]
    every = [i18n.ngettext("Daarna opnieuw na elke %(months)s maand.", "Daarna opnieuw na elke %(months)s maanden.", n, "pl")
             % {"months": n} for n in (1, 3, 12, 24)]
    assert every == ["Potem znowu co miesiąc.", "Potem znowu co 3 miesiące.", "Potem znowu co 12 miesięcy.",
                     "Potem znowu co 24 miesiące."]
    age = [i18n.ngettext("%(age)s jaar", "%(age)s jaar", n, "pl") % {"age": n} for n in (1, 2, 5, 22, 35)]
    assert age == ["1 rok", "2 lata", "5 lat", "22 lata", "35 lat"]
    people = month_text("norm_kostendeler", {"persons": 3, "min_age": 21, "norm": Decimal("700")}, "pl")
    assert people.startswith("W twoim domu mieszkają 3 osoby w wieku od 21 lat")
    people = month_text("norm_kostendeler", {"persons": 5, "min_age": 21, "norm": Decimal("700")}, "pl")
    assert people.startswith("W twoim domu mieszka 5 osób w wieku od 21 lat")


def test_english_tigrinya_turkish_and_dutch_words():
    assert [hours(n, "en") for n in (0, 1, 2)] == ["0 hours", "1 hour", "2 hours"]
    assert hours(Decimal("1.5"), "en") == "1.5 hours"
    assert [hours(n, "ti") for n in (0, 1, 2, 11)] == ["0 ሰዓት", "1 ሰዓት", "2 ሰዓታት", "11 ሰዓታት"]
    assert [hours(n, "tr") for n in (1, 2)] == ["1 saat", "2 saat"]
    assert [hours(n, "nl") for n in (1, 2)] == ["1 uur", "2 uur"]
    assert [format_value("children", n, "nl") for n in (1, 2)] == ["1 kind", "2 kinderen"]


def test_a_fraction_takes_the_form_cldr_gives_fractions():
    assert i18n.plural_count(Decimal("16.5"), "ar") == 100  # "other": "16.5 ساعة"
    assert i18n.plural_count(Decimal("1.5"), "en") != 1
    assert i18n.plural_count(Decimal("1.5"), "ti") > 1  # "one" in Tigrinya is 0 and 1 only
    assert i18n.plural_count(Decimal(4), "ar") == 4


def test_the_sweep_chart_labels_agree_with_the_number_in_arabic(client, answers):
    page = client.post("/uitkomst", data={**answers, "lang": "ar"})
    assert page.status_code == 200
    text = page.text
    for label in ("0 ساعة", "4 ساعات", "8 ساعات", "12 ساعة", "40 ساعة"):
        assert f">{label}</text>" in text, label
    assert ">4 ساعة<" not in text and ">8 ساعة<" not in text
    assert "بـ16 ساعة في الأسبوع" in text  # the stepper: 16 hours (11 to 99: singular)
