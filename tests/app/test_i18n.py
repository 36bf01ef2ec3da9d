"""Every language: catalogs that compile and are complete, pages with the right lang/dir, every
text through gettext, a language switch on every page that keeps the answers, right-to-left rules.

The completeness test fails while a translator is still working: that is on purpose.
"""
from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app import i18n

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
REQUIRED = ("en", "ar", "tr", "pl", "ti")
RIGHT_TO_LEFT = {"ar"}
PRESENT = sorted(path.parent.parent.name for path in LOCALES.glob("*/LC_MESSAGES/messages.po")
                 if path.parent.parent.name != "nl")
# The placeholders that hold the number of a plural message: the only ones a form may leave out
# ("ساعتان", "once": the number in words).
COUNTS = {"age", "min_age", "count", "hours", "months", "max_months", "paydays", "periods", "persons"}
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?([-#0 +]*\d*(?:\.\d+)?[sdifr%])")


def read_catalog(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def template_ids() -> set[str]:
    return {message.id for message in read_catalog(LOCALES / "messages.pot") if message.id}


def tokens(text: str) -> tuple[set[str], bool]:
    """The named placeholders of a message and whether it writes a literal percent (%%)."""
    found = PLACEHOLDER.findall(text)
    return {name for name, kind in found if kind != "%"}, any(kind == "%" for _, kind in found)


# --- catalogs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", PRESENT)
def test_catalog_compiles_and_has_no_placeholder_problem(lang):
    catalog = read_catalog(LOCALES / lang / "LC_MESSAGES" / "messages.po")
    problems = [(message.id, [str(error) for error in errors]) for message, errors in catalog.check()]
    assert not problems, problems[:5]
    write_mo(io.BytesIO(), catalog)  # compiles
    for message in catalog:
        if not message.id or not message.string:
            continue
        if isinstance(message.id, tuple):  # plural: a form may say the number in words ("ساعتان")
            names, percent_sign = tokens(message.id[1])
            for form in message.string:
                found, form_percent = tokens(form)
                assert found <= names and percent_sign == form_percent, (lang, message.id[0], form)
                assert len(names - found) <= 1 and names - found <= COUNTS, (lang, message.id[0], form)
                form % {name: "x" for name in names}
            continue
        assert tokens(message.string) == tokens(message.id), (lang, message.id, message.string)
        # Every text is %-formatted (Jinja's newstyle gettext always is): a lone % breaks the page.
        names = tokens(message.id)[0]
        message.string % {name: "x" for name in names}


@pytest.mark.parametrize("lang", REQUIRED)
def test_catalog_is_complete(lang):
    """No untranslated and no fuzzy entry, and every message of messages.pot is in the catalog."""
    path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    assert path.exists(), f"no catalog for {lang}: pybabel init -i locales/messages.pot -d locales -l {lang}"
    catalog = read_catalog(path)
    ids = {message.id for message in catalog if message.id}
    missing = sorted(template_ids() - ids)
    untranslated = sorted(str(message.id) for message in catalog if message.id and (
        not all(message.string) if isinstance(message.string, tuple) else not message.string))
    fuzzy = sorted(message.id for message in catalog if message.id and message.fuzzy)
    assert not missing, f"{lang}: {len(missing)} messages not in the catalog (make i18n-update): {missing[:3]}"
    assert not untranslated, f"{lang}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    assert not fuzzy, f"{lang}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:3]}"


@pytest.mark.parametrize("lang", ["nl", *PRESENT])
def test_catalog_reads_cleanly_and_matches_the_template(lang):
    """Every catalog, the Dutch one too: it parses without a warning (an msgid whose msgstr line
    went missing in a merge swallows the next entry), has an entry for every msgid of
    messages.pot and keeps none the code no longer uses (dead text a translator would go on
    checking)."""
    path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    ids = {message.id for message in catalog if message.id}
    missing = sorted(map(str, template_ids() - ids))
    unused = sorted(map(str, ids - template_ids()))
    assert not missing, f"{lang}: {len(missing)} msgids of messages.pot without an entry, e.g. {missing[:3]}"
    assert not unused, f"{lang}: {len(unused)} entries not in messages.pot, e.g. {unused[:3]}"
    assert not [message.id for message in catalog if message.id and message.fuzzy], lang
    assert not catalog.obsolete, f"{lang}: obsolete (#~) entries"


@pytest.mark.parametrize("lang", REQUIRED)
def test_a_couples_sentence_is_its_own_sentence_in_every_language(lang):
    """A couple gets the bijstand together (art. 11 lid 4 Pw): each couple text says "jullie" where
    the single person's text says "je". A translation that copies the single person's sentence
    tells a couple "your bijstand" as if it were one person's, or "you are younger than 21" when
    the young one is the partner (art. 20 lid 3 Pw)."""
    from app.presenters.explain import MONTH_TEXTS, WARNING_TEXTS
    from app.presenters.explain_couple import COUPLE_MONTH_TEXTS, COUPLE_WARNING_TEXTS

    def msgid(text):
        return (text.singular, text.plural) if isinstance(text, i18n.Plural) else text

    catalog = read_catalog(LOCALES / lang / "LC_MESSAGES" / "messages.po")
    copied = [code for couple, single in ((COUPLE_MONTH_TEXTS, MONTH_TEXTS), (COUPLE_WARNING_TEXTS, WARNING_TEXTS))
              for code, text in couple.items() if code in single
              and catalog[msgid(text)].string == catalog[msgid(single[code])].string]
    assert not copied, f"{lang}: the couple's text is the single person's: {copied}"


def test_every_required_language_is_offered():
    for lang in REQUIRED:
        assert (LOCALES / lang / "LC_MESSAGES" / "messages.po").exists(), lang
    assert set(REQUIRED) <= set(i18n.LANGUAGES)


# --- formatting -----------------------------------------------------------------------------------

def test_amounts_keep_western_digits_and_are_isolated_in_right_to_left_text():
    import datetime
    from decimal import Decimal

    from rules import Month

    for lang in ("nl", *REQUIRED):
        amount = i18n.money(Decimal("1401.50"), lang)
        assert re.search(r"1\D?401\D50", amount), (lang, amount)
        assert not re.search(r"[\u0660-\u0669\u06f0-\u06f9\u1369-\u137c]", amount + i18n.percent(Decimal("0.15"), lang)
                             + i18n.month_name(Month(2027, 1), lang) + i18n.long_date(datetime.date(2027, 1, 5), lang))
        isolated = amount.startswith("\u2068") and amount.endswith("\u2069")
        assert isolated == (lang in RIGHT_TO_LEFT), (lang, amount)
        assert i18n.percent(Decimal("0.15"), lang).startswith("\u2068") == (lang in RIGHT_TO_LEFT)
    assert i18n.text_direction("ar") == "rtl" and i18n.text_direction("ti") == "ltr"
    assert i18n.month_name(Month(2027, 1), "pl") == "styczeń 2027"  # the stand-alone month name


def test_every_language_is_named_in_itself():
    names = {lang: i18n.autonym(lang) for lang in ("nl", *REQUIRED)}
    assert names == {"nl": "Nederlands", "en": "English", "ar": "العربية", "tr": "Türkçe", "pl": "Polski",
                     "ti": "ትግርኛ"}


# --- pages ----------------------------------------------------------------------------------------

def html_tag(text: str) -> str:
    return re.search(r"<html[^>]*>", text).group(0)


def visible_text(text: str) -> str:
    """What a reader sees or hears: text nodes and aria-labels, without elements in another
    language (lang="…" other than the page's: the language switch, the law citations)."""
    page_lang = re.search(r'<html lang="([^"]+)"', text).group(1)
    text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
    for tag, lang in set(re.findall(r'<(\w+)[^>]*\blang="([^"]+)"', text)):
        if tag != "html" and lang != page_lang:
            text = re.sub(rf'(?s)<{tag}\b[^>]*\blang="{lang}"[^>]*>.*?</{tag}>', " ", text)
    labels = " ".join(re.findall(r'aria-label="([^"]*)"', text))
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", text) + " " + labels)


def journey_pages(client, answers, lang) -> dict:
    return {
        "start": client.get(f"/?lang={lang}"),
        "question": client.get(f"/vragen?lang={lang}"),
        "wage question": client.post("/vragen", data={**answers, "lang": lang, "step": "werk", "action": "next"}),
        "error": client.post("/vragen", data={"lang": lang, "step": "huishouden", "action": "next"}),
        "check": client.post("/vragen", data={**answers, "lang": lang, "step": "loon", "action": "next"}),
        "result": client.post("/uitkomst", data={**answers, "lang": lang, "action": "calculate"}),
        "print": client.post("/uitkomst", data={**answers, "lang": lang, "action": "print"}),
        "consulent": client.get(f"/consulent?lang={lang}"),
        "not found": client.get(f"/bestaat-niet?lang={lang}"),
    }


@pytest.mark.parametrize("lang", ["nl", *PRESENT])
def test_every_page_has_the_right_lang_and_dir(client, answers, lang):
    direction = "rtl" if lang in RIGHT_TO_LEFT else "ltr"
    for name, response in journey_pages(client, answers, lang).items():
        assert response.status_code in (200, 404, 422), (name, response.status_code)
        assert f'lang="{lang}" dir="{direction}"' in html_tag(response.text), (lang, name)


@pytest.mark.parametrize("lang", PRESENT)
def test_no_dutch_text_where_a_translation_exists(client, answers, lang):
    """Every translated text without placeholders (3 words or more) is gone from every page."""
    catalog = [message for message in read_catalog(LOCALES / lang / "LC_MESSAGES" / "messages.po")
               if isinstance(message.id, str)]  # plural messages all have a number placeholder
    translated = [message.id for message in catalog
                  if message.id and message.string and message.string != message.id
                  and not tokens(message.id)[0] and len(message.id.split()) >= 3]
    # Dutch that is still expected (not translated yet) may contain a translated text: "Na het jaar".
    waiting = sorted((" ".join(message.id.split()) for message in catalog
                      if message.id and (not message.string or message.string == message.id)), key=len, reverse=True)
    waiting += sorted(" ".join(text.split()) for text in template_ids() - {message.id for message in catalog}
                      if isinstance(text, str))
    for name, response in journey_pages(client, answers, lang).items():
        seen = " ".join(visible_text(response.text).split())
        for text in waiting:
            if not tokens(text)[0]:
                seen = seen.replace(text, " ")
        left = [text for text in translated if " ".join(text.split()) in seen]
        assert not left, (lang, name, left[:3])


class Marked:
    """A pseudo translation: every text between ⟦ ⟧, so text that skipped gettext shows."""

    def gettext(self, message):
        return "⟦" + message + "⟧"

    def ngettext(self, singular, plural, n):
        return "⟦" + (singular if n == 1 else plural) + "⟧"


def test_everything_a_person_reads_goes_through_gettext(client, answers, monkeypatch):
    """With every text marked, no Dutch word is left outside the marks on any page."""
    from app import templating
    from rules import default_profiles

    real = i18n.translations
    marked = Marked()

    def translations(lang):
        return marked if lang == "en" else real(lang)

    monkeypatch.setattr(i18n, "translations", translations)
    monkeypatch.setattr(templating, "translations", translations)
    texts = [" ".join(text) if isinstance(text, tuple) else text for text in template_ids()]
    dutch_words = {word.lower() for text in texts for word in re.findall(r"[^\W\d_]{2,}", text)}
    names = " ".join(policy.name for policy in default_profiles().values())
    from babel import Locale

    months = " ".join(Locale.parse("en").months["stand-alone"]["wide"].values())  # Babel's, in English
    allowed = {word.lower() for word in re.findall(r"[^\W\d_]+", names + " " + months)} | {"houvast"}
    pages = journey_pages(client, answers, "en")
    pages["error on the wage page"] = client.post(
        "/vragen", data={**answers, "lang": "en", "step": "loon", "action": "next", "hourly_wage": "1.200"})
    pages["consulent error"] = client.post("/uitkomst", data={"lang": "en", "form": "consulent"})
    for name, response in pages.items():
        text = visible_text(response.text)
        while (unmarked := re.sub(r"⟦[^⟦⟧]*⟧", " ", text)) != text:
            text = unmarked
        left = {word for word in re.findall(r"[^\W\d_]{2,}", text)
                if word.lower() in dutch_words and word.lower() not in allowed}
        assert not left, (name, sorted(left))


# --- the language switch --------------------------------------------------------------------------

def switch_of(text: str) -> str:
    found = re.search(r'(?s)<nav class="language-switch".*?</nav>', text)
    assert found, "no language switch"
    return found.group(0)


def test_a_language_switch_on_every_page(client, answers):
    for name, response in journey_pages(client, answers, "nl").items():
        switch = switch_of(response.text)
        for lang in i18n.LANGUAGES:
            name_in_itself = html.escape(i18n.autonym(lang), quote=False)
            assert re.search(rf'lang="{lang}" dir="(ltr|rtl)"[^>]*>{re.escape(name_in_itself)}<', switch), (name, lang)
        assert 'aria-current="true"' in switch
        if name in ("start", "not found"):  # no answers: plain links are fine
            assert "?lang=en" in switch
        elif 'id="answers"' in response.text:  # a page with questions: buttons of its own form
            assert switch.count('form="answers"') == len(i18n.LANGUAGES) - 1 and "?lang" not in switch, name
            assert 'name="switch_to"' in switch, name
        else:
            assert '<form method="post"' in switch and "?lang" not in switch, name


def answers_form(text: str) -> dict[str, str]:
    """The hidden fields of the page's form of questions (what a language button sends along
    with the fields typed on the page)."""
    form = re.search(r'(?s)<form [^>]*id="answers".*?</form>', text).group(0)
    return {name: html.unescape(value)
            for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form)}


def test_switching_language_keeps_the_answers(client, answers):
    from tests.app.test_web_pages import hidden_fields

    page = client.post("/vragen", data={**answers, "lang": "nl", "step": "wonen", "action": "next"})
    fields = answers_form(page.text)
    assert fields["rent"] == "780" and fields["age"] == "35" and fields["step"] == "werk"
    # Typed on this page but not yet sent: a job from March instead of January.
    again = client.post("/vragen", data={**fields, "job_start": "2027-03", "switch_to": "ar"})
    assert 'lang="ar" dir="rtl"' in html_tag(again.text)
    assert hidden_fields(again)["rent"] == "780" and hidden_fields(again)["lang"] == "ar"
    assert hidden_fields(again)["children"] == "4"
    assert 'value="2027-03" selected' in again.text  # the same page (the job), the typed answer
    assert h1_of(again.text) == i18n.gettext("Je baan", "ar")


def h1_of(text: str) -> str:
    return html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", text).group(1)).strip()


def test_switching_language_on_an_error_page_shows_the_errors_again(client):
    page = client.post("/vragen", data={"lang": "nl", "step": "huishouden", "action": "next", "age": "abc"})
    assert page.status_code == 422
    fields = {**answers_form(page.text), "age": "abc", "switch_to": "en"}
    again = client.post("/vragen", data=fields)
    assert again.status_code == 422 and 'lang="en"' in html_tag(again.text)
    assert again.text.count('class="error-message"') == page.text.count('class="error-message"') == 2
    assert 'value="abc"' in again.text


def amounts(text: str) -> list[str]:
    """The amounts of the month table, as digits only (the same in every language)."""
    table = re.search(r'(?s)<table class="table month-table">.*?</table>', text).group(0)
    return [re.sub(r"\D", "", cell) for cell in re.findall(r'<td class="num[^"]*">(.*?)</td>', table)]


def test_switching_language_on_the_result_keeps_the_numbers(client, answers):
    page = client.post("/uitkomst", data={**answers, "lang": "nl", "action": "more_hours"})
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', switch_of(page.text)))
    assert fields["hours"] == "20" and fields["action"] == "lang"
    for lang in PRESENT:
        again = client.post("/uitkomst", data={**fields, "lang": lang})
        assert again.status_code == 200 and f'lang="{lang}"' in html_tag(again.text)
        assert amounts(again.text) == amounts(page.text), lang
    printed = client.post("/uitkomst", data={**answers, "lang": "nl", "action": "print"})
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', switch_of(printed.text)))
    assert fields["action"] == "print"


# --- right to left --------------------------------------------------------------------------------

PHYSICAL = re.compile(
    r"(?<![-\w])(margin|padding|border|inset)-(left|right)\b|(?<![-\w])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)|clear\s*:\s*(left|right)"
    r"|border-(top|bottom)-(left|right)-radius")


def test_styles_use_logical_properties_only():
    for path in sorted((ROOT / "app" / "static").glob("*.css")):
        css = re.sub(r"(?s)/\*.*?\*/", "", path.read_text(encoding="utf-8"))
        assert not PHYSICAL.search(css), (path.name, PHYSICAL.search(css).group(0))
        # Four-value shorthands name left and right by position: only when both sides are equal.
        for prop, values in re.findall(r"(?<![-\w])(margin|padding|border-width|inset)\s*:\s*([^;}]+)", css):
            parts = values.replace("!important", "").split()
            assert len(parts) < 4 or parts[1] == parts[3], (path.name, prop, values)


def test_charts_are_explicitly_left_to_right(client, answers):
    text = client.post("/uitkomst", data={**answers, "lang": "ar", "action": "calculate"}).text
    svgs = re.findall(r"<svg\b[^>]*>", text)
    assert svgs and all('dir="ltr"' in svg for svg in svgs)


def test_embedded_pages_have_the_switch_too(client, answers):
    """Inside a gemeente's iframe there is no site header; the switch sits above the page."""
    start = client.get("/embed/amsterdam?lang=nl")
    assert 'href="?lang=ar"' in switch_of(start.text) and 'class="site-header"' not in start.text
    page = client.post("/vragen", data={**answers, "lang": "nl", "step": "wonen", "action": "next", "embed": "amsterdam"})
    assert 'form="answers"' in switch_of(page.text)
    fields = answers_form(page.text)
    assert fields["embed"] == "amsterdam"
    again = client.post("/vragen", data={**fields, "switch_to": "tr"})
    assert 'lang="tr"' in html_tag(again.text) and 'class="site-header"' not in again.text
    assert re.search(r'<input type="hidden" name="embed" value="amsterdam">', again.text)


def test_numbers_follow_the_language(client, answers):
    from decimal import Decimal

    assert i18n.number(Decimal("16.50"), "nl") == "16,5" and i18n.number(Decimal("16.5"), "en") == "16.5"
    assert i18n.number(Decimal("20"), "ar") == "20"
    data = {**answers, "hours": "16,5", "action": "calculate"}
    assert "16,5 uur per week" in client.post("/uitkomst", data={**data, "lang": "nl"}).text
    english = client.post("/uitkomst", data={**data, "lang": "en"}).text
    assert "16.5" in re.search(r'class="stepper__text">(.*?)</p>', english).group(1)


def test_api_errors_in_the_chosen_language(client, api_body):
    catalog = {message.id: message.string for message in read_catalog(LOCALES / "en" / "LC_MESSAGES" / "messages.po")}
    api_body["household"]["age"] = "old"
    response = client.post("/api/v1/scenario?lang=en", json=api_body)
    assert response.status_code == 422 and response.headers["content-language"] == "en"
    from app.routes.errors import SUMMARY
    if catalog.get(SUMMARY):
        assert response.json()["message"] == catalog[SUMMARY]
    dutch = client.post("/api/v1/scenario", json=api_body, headers={"accept-language": "nl"})
    assert dutch.headers["content-language"] == "nl" and dutch.json()["message"] == SUMMARY


def test_no_text_is_translated_at_import_time():
    """Texts defined at import time are marked with N_() and translated where they are used (the
    language is only known per request): no gettext() call outside a function."""
    import ast

    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {id(node) for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))}
        inside = set()
        for node in ast.walk(tree):
            if id(node) in functions:
                inside.update(id(child) for child in ast.walk(node))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and id(node) not in inside:
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                assert name not in ("gettext", "ngettext", "_"), f"{path.name}:{node.lineno} translates at import time"


def test_the_consulent_result_switch_stays_on_the_consulent_result(client, answers):
    """The result's switch is its own form that posts every answer again, plus form=consulent
    (a page with questions uses form="answers" buttons instead)."""
    page = client.post("/uitkomst", data={**answers, "form": "consulent", "action": "calculate"})
    switch = switch_of(page.text)
    assert '<input type="hidden" name="form" value="consulent">' in switch and 'form="' not in switch
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', switch))
    again = client.post("/uitkomst", data={**fields, "lang": "en"})
    assert 'lang="en"' in html_tag(again.text) and "/consulent" in again.text


def test_a_signed_amount_keeps_its_sign_inside_the_isolate():
    """Arabic: "+ 83.92 €" as one bidi island, so the sign is not drawn at the figure's far end."""
    from decimal import Decimal

    assert i18n.signed_money(Decimal("83.92"), "nl") == "+ €\u00a083,92"
    assert i18n.signed_money(Decimal("-83.92"), "nl") == "− €\u00a083,92"
    assert i18n.signed_money(Decimal("0"), "nl") == "€\u00a00,00"
    arabic = i18n.signed_money(Decimal("-83.92"), "ar")
    assert arabic.startswith(i18n.ISOLATE_START + "− ") and arabic.endswith(i18n.ISOLATE_END)
    assert arabic.count(i18n.ISOLATE_START) == 1


def test_money_writes_what_babels_format_currency_writes():
    """The pattern parsed once per language gives the text `format_currency` gives, byte for
    byte: negative amounts, zero and minus zero, rounding to cents, thousands and millions, ints
    and floats, in every language, with the isolate marks in right-to-left text."""
    import random
    from decimal import Decimal

    from babel.numbers import format_currency

    rng = random.Random(14)
    amounts = [Decimal("0"), Decimal("-0.00"), Decimal("0.005"), Decimal("-0.005"), Decimal("0.015"), Decimal("1401.50"),
               Decimal("-1401.5"), Decimal("999.995"), Decimal("1000"), Decimal("-1000000.01"), Decimal("123456789.987"),
               Decimal("1E+3"), Decimal("1.2E-7"), 0, 7, -12, 1401.5, -0.1, 2.675]
    amounts += [Decimal(rng.randint(-10**9, 10**9)).scaleb(-rng.randint(0, 4)) for _ in range(400)]
    for lang in i18n.LANGUAGES:
        for amount in amounts:
            babel = format_currency(Decimal(str(amount)), "EUR", locale=lang, numbering_system="latn")
            assert i18n.money(amount, lang) == i18n.isolate(babel, lang), (lang, amount)
            if isinstance(amount, Decimal):
                sign = "+ " if amount > 0 else "− " if amount < 0 else ""
                expected = i18n.isolate(sign + format_currency(abs(amount), "EUR", locale=lang, numbering_system="latn"), lang)
                assert i18n.signed_money(amount, lang) == expected, (lang, amount)
