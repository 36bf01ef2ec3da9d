"""The term base (locales/glossary.yaml): each Dutch legal concept keeps one name per language.

A translation of a msgid that contains the Dutch word must contain that language's name for it
(its `match`: the part all inflected forms share). Two concepts never share a name, and the
employer's vakantiegeld and the gemeente's vakantietoeslag are never called by each other's name.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "pl", "tr", "ar", "ti")
GLOSSARY = yaml.safe_load((ROOT / "locales" / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
# Concepts a reader could mix up: a text about one never uses the other's name.
CONFUSABLE = [("vakantiegeld", "vakantietoeslag"), ("kindgebonden budget", "individuele inkomenstoeslag")]


def pattern(term: dict) -> re.Pattern:
    return re.compile(term.get("pattern") or rf"\b{re.escape(term['nl'])}\b", re.IGNORECASE)


def name(term: dict, lang: str) -> str:
    value = term[lang]
    return value if isinstance(value, str) else value["term"]


def matches(term: dict, lang: str) -> list[str]:
    value = term[lang]
    return [value] if isinstance(value, str) else list(value.get("match") or [value["term"]])


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def entries(lang: str):
    """(Dutch text, [translations]) for every message; a plural message with all its forms."""
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            yield " ".join(message.id), [form for form in message.string if form]
        elif message.string:
            yield message.id, [message.string]


def by_name(nl: str) -> dict:
    return next(term for term in GLOSSARY if term["nl"] == nl)


def test_every_term_has_a_name_in_every_language():
    assert len(GLOSSARY) >= 20
    for term in GLOSSARY:
        for lang in LANGS:
            assert name(term, lang), (term["nl"], lang)
            assert any(normal(part) in normal(name(term, lang)) for part in matches(term, lang)), (term["nl"], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_concepts_share_a_name(lang):
    names = [normal(name(term, lang)) for term in GLOSSARY]
    assert len(set(names)) == len(names), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_uses_the_term_base(lang):
    wrong = []
    for term in GLOSSARY:
        found = pattern(term)
        wanted = [normal(part) for part in matches(term, lang)]
        for dutch, translations in entries(lang):
            if not found.search(dutch):
                continue
            for text in translations:
                if not any(part in normal(text) for part in wanted):
                    wrong.append((term["nl"], name(term, lang), dutch[:60], text[:80]))
    assert not wrong, f"{len(wrong)} translations do not use the term base, e.g. {wrong[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_confusable_concepts_keep_their_own_names(lang):
    """Turkish once called vakantiegeld and vakantietoeslag both "tatil parası"."""
    wrong = []
    for first, second in CONFUSABLE:
        for one, other in ((by_name(first), by_name(second)), (by_name(second), by_name(first))):
            others = [normal(part) for part in matches(other, lang)]
            for dutch, translations in entries(lang):
                if pattern(one).search(dutch) and not pattern(other).search(dutch):
                    wrong += [(one["nl"], text[:80]) for text in translations
                              if any(part in normal(text) for part in others)]
    assert not wrong, wrong[:3]


def test_the_check_can_fail():
    """A Turkish text that calls the vakantietoeslag 'tatil parası' is caught by both checks."""
    term = by_name("vakantietoeslag")
    text = "Buna tatil parası (vakantietoeslag) denir."
    assert not any(normal(part) in normal(text) for part in matches(term, "tr"))
    assert any(normal(part) in normal(text) for part in matches(by_name("vakantiegeld"), "tr"))
    assert pattern(by_name("alleenstaande")).search("Je bent alleenstaand.")
    assert not pattern(by_name("alleenstaande")).search("Je bent alleenstaande ouder.")
    assert not pattern(by_name("gemeente")).search("Regels van: %(gemeente)s.")
