"""Translations: every marked string is in locales/messages.pot (run `make i18n-extract`), and
the Dutch pages render every text through gettext without a leftover placeholder."""
from __future__ import annotations

from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
METHODS = [("**.py", "python"), ("**.html", "jinja2")]
OPTIONS = {"**.html": {"silent": "false", "trimmed": "true"}}
KEYWORDS = {**DEFAULT_KEYWORDS, "N_plural": (1, 2)}  # as `make i18n-extract` (-k N_plural:1,2)


def extracted() -> set[str]:
    found = set()
    for folder in ("app", "rules", "templates"):
        for _, _, message, _, _ in extract_from_dir(str(ROOT / folder), METHODS, options_map=OPTIONS, keywords=KEYWORDS):
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


def test_language_choice():
    from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, choose_language

    assert DEFAULT_LANGUAGE in LANGUAGES
    assert choose_language("nl") == "nl"
    assert choose_language("xx-not-offered") == "nl"
    assert choose_language(None, "nl-BE,en;q=0.5") == "nl"
    assert choose_language(None, "garbage;q=abc, ,;") == "nl"


def test_a_po_catalog_works_without_a_compile_step(tmp_path, monkeypatch):
    from app import i18n

    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                        'msgid "Begin"\nmsgstr "Start"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    monkeypatch.setattr(i18n, "LANGUAGES", ("nl", "en"))
    i18n.translations.cache_clear()
    try:
        assert i18n.gettext("Begin", "en") == "Start"
        assert i18n.gettext("Doorgaan", "en") == "Doorgaan"  # untranslated: Dutch
        assert i18n.choose_language(None, "en-GB") == "en"
    finally:
        i18n.translations.cache_clear()


def test_language_travels_with_the_answers(client, answers):
    import re

    page = client.get("/vragen", headers={"accept-language": "nl"})
    assert '<input type="hidden" name="lang" value="nl">' in page.text
    assert '<html lang="nl" dir="ltr"' in page.text
    for form in re.findall(r"<form.*?</form>", client.post("/uitkomst", data={**answers, "lang": "nl"}).text, re.S):
        if "language-switch__form" in form:  # the switch sends the chosen language with its button
            assert 'type="hidden" name="lang"' not in form and 'name="lang" value="en"' in form
        else:
            assert 'name="lang" value="nl"' in form


def test_api_language(client, api_body):
    response = client.post("/api/v1/scenario?lang=xx", json=api_body)
    assert response.status_code == 200 and response.headers["content-language"] == "nl"
