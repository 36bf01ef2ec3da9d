"""Every language in a real browser at 360 px: start, a question, an error, check and result with
the right lang/dir and no Dutch left where a translation exists; switching language on the result
keeps the numbers; axe-core finds nothing in Arabic; Arabic and Tigrinya show no missing glyph.

The glyph check draws each character of the page on a canvas in the page's own font stack and
compares it with the drawing of U+E000 (a private-use character no installed font has): a
character that draws exactly like it fell back to the "missing glyph" box (tofu).
test_the_glyph_check_can_fail proves it catches characters no font has.
"""
from __future__ import annotations

import re

import pytest

from tests.app.test_i18n import PRESENT, RIGHT_TO_LEFT, read_catalog, tokens, visible_text, LOCALES

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
LANGS = ["nl", *PRESENT]

# The characters of the page, each drawn alone; those that draw like U+E000 have no glyph.
MISSING_GLYPHS = r"""
(extra) => {
  const text = document.title + document.body.innerText + (extra || "");
  const chars = [...new Set(text)].filter(c => !/[\s\p{Cf}\p{Cc}]/u.test(c));
  const canvas = document.createElement("canvas");
  canvas.width = 80; canvas.height = 80;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const family = getComputedStyle(document.body).fontFamily;
  const draw = (c) => {
    ctx.clearRect(0, 0, 80, 80);
    ctx.font = "40px " + family;
    ctx.textBaseline = "top";
    ctx.fillText(c, 10, 10);
    const pixels = ctx.getImageData(0, 0, 80, 80).data;
    let hash = 0;
    for (let i = 3; i < pixels.length; i += 4) hash = (hash * 31 + pixels[i]) >>> 0;
    return hash + "/" + ctx.measureText(c).width.toFixed(2);
  };
  const tofu = draw("\uE000");
  return chars.filter(c => draw(c) === tofu).map(c => "U+" + c.codePointAt(0).toString(16).toUpperCase());
}
"""


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def lang_dir(page) -> tuple[str, str]:
    page.wait_for_load_state()
    root = page.locator("html")
    return root.get_attribute("lang"), root.get_attribute("dir")


def dutch_left(page, lang: str) -> list[str]:
    """Translated texts (3 words or more, no placeholders) still shown in Dutch."""
    if lang == "nl":
        return []
    catalog = [message for message in read_catalog(LOCALES / lang / "LC_MESSAGES" / "messages.po")
               if isinstance(message.id, str)]  # plural messages all have a number placeholder
    translated = [message.id for message in catalog if message.id and message.string
                  and message.string != message.id and not tokens(message.id)[0] and len(message.id.split()) >= 3]
    waiting = sorted((" ".join(message.id.split()) for message in catalog
                      if message.id and not tokens(message.id)[0]
                      and (not message.string or message.string == message.id)), key=len, reverse=True)
    seen = " ".join(visible_text(page.content()).split())
    for text in waiting:
        seen = seen.replace(text, " ")
    return [text for text in translated if " ".join(text.split()) in seen]


def journey(page, server_url, lang, on_page=lambda name: None):
    """Start -> question -> error -> ... -> check -> result, in `lang`, by ids and values only."""
    direction = "rtl" if lang in RIGHT_TO_LEFT else "ltr"

    def arrived(name):
        assert lang_dir(page) == (lang, direction), (lang, name)
        assert not dutch_left(page, lang), (lang, name, dutch_left(page, lang)[:3])
        assert page.locator("nav.language-switch").count() == 1, (lang, name)
        # Every language in the switch in the same colour as the current one (readable on the header).
        colours = page.eval_on_selector_all(".language-switch li > *", "els => els.map(e => getComputedStyle(e).color)")
        assert len(colours) == len(LANGS) and len(set(colours)) == 1, (lang, name, colours)
        on_page(name)

    page.goto(f"{server_url}/?lang={lang}")
    arrived("start")
    page.click("a.button--start")
    arrived("question")
    page.click("button[value=next]")
    assert page.locator(".error-summary").count() == 1
    arrived("error")
    page.check("#situation-2")
    page.fill("#age", "35")
    page.click("button[value=next]")
    page.fill("#children", "4")
    page.fill("#rent", "780")
    page.click("button[value=next]")
    page.select_option("#job_start", "2027-01")
    page.check("#wage_kind")
    page.check("#pay_period-2")
    page.click("button[value=next]")
    page.fill("#hours", "16")
    page.fill("#hourly_wage", "14,71")
    page.click("button[value=next]")
    arrived("check")
    page.click("button[value=calculate]")
    assert page.locator(".month-table").count() == 1
    arrived("result")


def values(page, name: str) -> list[str]:
    return page.eval_on_selector_all(f"input[name={name}]", "inputs => inputs.map(i => i.value)")


def totals(page) -> list[str]:
    cells = page.eval_on_selector_all(".month-table tbody td", "cells => cells.map(c => c.textContent)")
    return [re.sub(r"[^\d−-]", "", cell) for cell in cells]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_through_the_journey(phone, server_url, lang):
    journey(phone, server_url, lang)


def test_switching_language_on_the_result_keeps_the_numbers(phone, server_url):
    page = phone
    journey(page, server_url, "nl")
    with page.expect_navigation():
        page.click("button[value=more_hours]")
    before = totals(page)
    assert set(values(page, "hours")) == {"20"}
    for lang in PRESENT:
        url = page.url
        with page.expect_navigation():
            page.click(f".language-switch__button[value={lang}]")
        page.wait_for_selector(".month-table", state="attached")  # a phone shows cards, the table is for wide screens
        assert lang_dir(page)[0] == lang
        assert page.url == url  # a POST to the same address: no answer in the URL
        assert totals(page) == before, lang
    page.click(".language-switch__button[value=nl]")
    assert totals(page) == before


def test_switching_language_on_a_question_keeps_the_answers(phone, server_url):
    page = phone
    page.goto(server_url + "/vragen?lang=nl")
    page.check("#situation-2")
    page.fill("#age", "35")
    page.click("button[value=next]")
    page.fill("#rent", "780")
    page.click(".language-switch__button[value=ar]")
    assert lang_dir(page) == ("ar", "rtl")
    # The answers already given and the rent typed on this page (not yet sent) came along.
    assert set(values(page, "age")) == {"35"}
    assert page.input_value("#rent") == "780"
    page.click(".language-switch__button[value=en]")
    assert lang_dir(page) == ("en", "ltr") and page.input_value("#rent") == "780"


@pytest.fixture(scope="module")
def axe():
    module = pytest.importorskip("axe_playwright_python.sync_playwright")
    return module.Axe()


def test_arabic_has_no_accessibility_violation(axe, chromium, server_url):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="ar")
    page = context.new_page()
    problems = []

    def check(name):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
        problems.extend(f"{name}: {item['id']} on {[node['target'] for node in item['nodes']][:3]}"
                        for item in results.response["violations"])

    try:
        journey(page, server_url, "ar", check)
        page.click("button[value=print]")
        check("print")
        page.goto(server_url + "/bestaat-niet?lang=ar")
        check("404")
    finally:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_screenshots_show_no_missing_glyphs(chromium, server_url, artifacts, lang):
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    found = {}

    def shoot(name):
        page.screenshot(path=str(artifacts / f"lang-{lang}-{name}-360.png"), full_page=True)
        found[name] = page.evaluate(MISSING_GLYPHS, "")

    try:
        journey(page, server_url, lang, shoot)
    finally:
        context.close()
    assert not any(found.values()), found


def test_the_glyph_check_can_fail(chromium, server_url):
    """Characters no installed font has are caught; letters of every script are not."""
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(server_url + "/?lang=ti")
        assert page.evaluate(MISSING_GLYPHS, "") == []
        missing = page.evaluate(MISSING_GLYPHS, "\ue001\U000f0000a\u0628\u1200")
        assert missing == ["U+E001", "U+F0000"]
    finally:
        context.close()


def test_tigrinya_pages_say_no_native_speaker_checked_the_translation(phone, server_url):
    """On every page of the journey: the notice in Tigrinya and in Dutch (lang="nl"), visible."""
    from app import i18n

    dutch = i18n.UNCHECKED_NOTICE
    tigrinya = i18n.gettext(dutch, "ti")
    seen = []

    def check(name):
        notice = phone.locator(".translation-notice")
        assert notice.count() == 1 and notice.is_visible(), name
        assert phone.locator(".translation-notice p").first.inner_text() == tigrinya, name
        nl = phone.locator('.translation-notice p[lang="nl"]')
        assert nl.is_visible() and nl.inner_text() == dutch, name
        box = notice.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (name, box)  # fits the phone
        seen.append(name)

    journey(phone, server_url, "ti", check)
    assert seen == ["start", "question", "error", "check", "result"]
    phone.goto(f"{server_url}/?lang=nl")
    assert phone.locator(".translation-notice").count() == 0
    phone.goto(f"{server_url}/?lang=ar")
    assert phone.locator(".translation-notice").count() == 0


def test_arabic_plurals_render_right_to_left(phone, server_url):
    """The Arabic result: hours agree with their number (4 ساعات, 12 ساعة), in a right-to-left page."""
    seen = {}
    journey(phone, server_url, "ar", lambda name: seen.setdefault(name, True))
    assert lang_dir(phone) == ("ar", "rtl")
    labels = phone.eval_on_selector_all("#per-uur ~ figure text.chart__label", "els => els.map(e => e.textContent)")
    assert labels[:4] == ["0 ساعة", "4 ساعات", "8 ساعات", "12 ساعة"], labels
    assert "40 ساعة" in labels and "4 ساعة" not in labels
    stepper = phone.locator(".stepper__text")
    assert stepper.is_visible() and stepper.inner_text() == "أنت تحسب الآن بـ16 ساعة في الأسبوع."
    direction = stepper.evaluate("e => getComputedStyle(e).direction")
    assert direction == "rtl"
