"""The answer on a 360 px phone, in Dutch and Arabic, JavaScript off and on:

- each month a card (month, with the job, without it, the difference); the full table on wide
  screens, in print and on the consulent's result;
- the browser's Back button returns to the previous step with its answers (also from the result
  and from the rate limit's page), without cookies, storage or answers in a URL;
- every chart label lies inside its SVG, at least 12 px, in Arabic mirrored (labels on the
  right); the euro sign on the same side of every amount;
- switching language keeps the answers typed on the page but not yet sent;
- warnings: at most three in sight; the refund sentence under the year-end table; skipped
  questions shown as skipped; the partner's age only with a partner; "34 jaar" once; a very high
  hourly wage asks "klopt dit?";
- print: at most 4 A4 pages for 12 months, the summary first.

Screenshots of the result's first screen in every language go to test-artifacts/.
"""
from __future__ import annotations

import os
import re

import httpx
import pytest

from .conftest import (
    _free_port,
    answer_about_you,
    answer_every_step,
    answer_home,
    answer_job,
    answer_wage,
    start_uvicorn,
    wait_until_serving,
)

pytestmark = pytest.mark.browser

# A single parent of 35 with a child of 4, 16 hours at EUR 14,71 every four weeks from January
# 2027 (the same answers as tests/app/conftest.py).
ANSWERS = {
    "situation": "single_parent", "age": "35", "partner_age": "", "medisch": "nee", "children": "4",
    "housemates": "0", "rent": "780", "wage_kind": "uur", "hours": "16", "hourly_wage": "14,71",
    "gross_per_period": "", "pay_period": "four_weeks", "holiday_pay": "may", "job_start": "2027-01",
    "loonheffingskorting": "nee", "vrijlating_used": "",
}
API_BODY = {
    "start_month": "2027-01", "months": 12, "gemeente": "voorbeeld",
    "household": {"situation": "single_parent", "age": 35, "children": [{"age": 4}], "rent": 780},
    "job": {"start_month": "2027-01", "hours_per_week": 16, "hourly_wage": 14.71,
            "pay_period": "four_weeks", "holiday_pay": "may"},
}


def post_result(page, base_url: str, lang: str, action: str = "calculate", **extra) -> None:
    """Open the result as the check page's form posts it: a form on a page of the site, filled
    with the answers (built by the test through the DevTools protocol, which works with the
    page's JavaScript off as well)."""
    page.goto(f"{base_url}/consulent?lang={lang}")
    fields = {**ANSWERS, **extra, "lang": lang, "action": action}
    page.evaluate("""fields => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/uitkomst';
        for (const [name, value] of Object.entries(fields)) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.appendChild(input);
        }
        document.body.appendChild(form);
        form.submit();
    }""", fields)
    page.wait_for_url(f"{base_url}/uitkomst")
    page.wait_for_selector("h1")


@pytest.fixture(params=["nl", "ar"])
def lang(request):
    return request.param


# --- 2. the months as cards on a phone --------------------------------------------------------

def test_months_are_cards_on_a_phone_and_a_table_on_a_wide_screen(phone, server_url, lang):
    page = phone
    post_result(page, server_url, lang)
    api = httpx.post(server_url + "/api/v1/scenario", json=API_BODY).json()
    assert page.locator(".month-cards").is_visible()
    assert not page.locator(".month-table").is_visible()
    cards = page.locator(".month-card")
    assert cards.count() == 12
    digits = lambda text: re.sub(r"\D", "", text)  # noqa: E731 - the same in every language
    for card, month in zip(cards.all(), api["months"], strict=True):
        values = [digits(text) for text in card.locator("dd").all_inner_texts()]
        difference = round(month["total"] - month["total_without_job"], 2)
        assert values == [digits(f"{month['total']:.2f}"), digits(f"{month['total_without_job']:.2f}"),
                          digits(f"{abs(difference):.2f}")]
        sign = card.locator("dd").nth(2).inner_text().strip().lstrip("\u2068\u2069\u200f")[0]  # past bidi marks
        assert sign == ("−" if difference < 0 else "+")
        # The whole card fits: nothing sticks out of the 360 px screen.
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")

    page.set_viewport_size({"width": 1024, "height": 800})
    assert page.locator(".month-table").is_visible() and not page.locator(".month-cards").is_visible()
    page.set_viewport_size({"width": 360, "height": 740})
    page.emulate_media(media="print")
    assert page.locator(".month-table").is_visible() and not page.locator(".month-cards").is_visible()


def test_the_consulent_keeps_the_full_table_on_a_phone(phone, server_url):
    page = phone
    from .conftest import calculate_on_consulent_form

    calculate_on_consulent_form(page, server_url)
    assert page.locator(".month-table").is_visible()
    assert not page.locator(".month-cards").is_visible()


# --- 3. Back ----------------------------------------------------------------------------------

def _answer_first_two_steps(page) -> None:
    answer_about_you(page)
    assert page.locator("h1").inner_text() == "Je huis en je kinderen"
    answer_home(page)
    assert page.locator("h1").inner_text() == "Je baan"


def test_back_returns_to_the_previous_step_with_its_answers(phone, server_url):
    page = phone
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server_url + "/vragen")
    _answer_first_two_steps(page)
    answer_job(page, pay_period="#pay_period-2")
    answer_wage(page)
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    page.click("button[value=calculate]")
    assert page.locator("h1").inner_text() == "Wat er per maand op je rekening komt"

    page.go_back()  # the result -> the check page
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    page.go_back()  # -> the wage page, as it was
    assert page.locator("h1").inner_text() == "Je loon"
    assert page.input_value("#hours") == "16" and page.input_value("#hourly_wage") == "14,71"
    page.go_back()
    assert page.locator("h1").inner_text() == "Je baan"
    assert page.input_value("#job_start") == "2027-01" and page.is_checked("#pay_period-2")
    page.go_back()
    assert page.locator("h1").inner_text() == "Je huis en je kinderen"
    assert page.input_value("#rent") == "780" and page.input_value("#children") == "4"
    page.go_back()
    assert page.locator("h1").inner_text() == "Over jou"
    assert page.is_checked("#situation-2") and page.input_value("#age") == "35"
    page.go_forward()
    assert page.locator("h1").inner_text() == "Je huis en je kinderen"
    # Still going forward from a page reached with Back sends its answers along.
    page.click("button[value=next]")
    assert page.locator("h1").inner_text() == "Je baan"
    assert page.context.cookies() == []
    for url in requests:
        assert "780" not in url.split("//", 1)[1].split("/", 1)[-1] and "14,71" not in url


@pytest.fixture
def limited_server():
    """uvicorn in its own process with a rate limit of 1 calculation a minute (and 10 other
    requests, app/ratelimit.py)."""
    port = _free_port()
    env = {**os.environ, "HOUVAST_RATE_LIMIT": "1"}
    process = start_uvicorn(port, env, "--no-access-log", "--log-level", "warning")
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(process, url, lambda: "the rate-limited test server did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.mark.parametrize("js", [False, True], ids=["no-js", "js"])
def test_back_from_the_rate_limit_page_finds_the_answers(chromium, limited_server, js):
    """The 429 page says the answers are on the previous page (Back): it must be true."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=js)
    page = context.new_page()
    page.goto(limited_server + "/vragen")
    _answer_first_two_steps(page)
    answer_job(page)
    answer_wage(page)
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    page.click("button[value=calculate]")  # the one calculation of this minute
    assert page.locator("h1").inner_text() == "Wat er per maand op je rekening komt"
    # The second is over the limit. The server counts per minute of its own (monotonic) clock,
    # which the test cannot see: if that minute ended in between, this one was the first of the
    # next minute, and one more is the second.
    for _ in range(2):
        page.go_back()
        page.click("button[value=calculate]")
        if page.locator("h1").inner_text() != "Wat er per maand op je rekening komt":
            break
    assert page.locator("h1").inner_text() == "Even wachten"
    assert "terugknop" in page.locator("main").inner_text()
    page.go_back()
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    assert "14,71" in page.locator("main").inner_text()
    assert page.locator("input[name=hourly_wage]").first.input_value() == "14,71"
    context.close()


# --- 4. charts --------------------------------------------------------------------------------

LABELS_INSIDE = """svg => {
    const box = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM().a;
    return [...svg.querySelectorAll('text')].map(text => {
        const r = text.getBoundingClientRect();
        const row = text.closest('g');
        const bars = row ? [...row.querySelectorAll('rect.chart__bar, rect.chart__with')] : [];
        const overlaps = bars.some(bar => {
            const b = bar.getBoundingClientRect();
            return b.width > 0 && r.left < b.right - 0.5 && b.left < r.right - 0.5
                && r.top < b.bottom && b.top < r.bottom;
        });
        return {
            text: text.textContent, cls: text.getAttribute('class'),
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
            overlaps, centre: (r.left + r.right) / 2 - box.left, width: box.width,
        };
    });
}"""


def test_chart_labels_lie_inside_the_svg_and_read_in_the_page_direction(phone, server_url, lang, artifacts):
    page = phone
    post_result(page, server_url, lang)
    charts = page.locator("svg.chart__svg")
    assert charts.count() == 2  # the months and the hours
    for index in range(charts.count()):
        labels = charts.nth(index).evaluate(LABELS_INSIDE)
        assert len(labels) >= 22  # 12 months or 11 hour steps, each a label and an amount
        for label in labels:
            assert label["inside"], (lang, label)
            assert label["px"] >= 12, (lang, label)
            assert not label["overlaps"], (lang, label)
        months = [label for label in labels if label["cls"] == "chart__label"]
        amounts = [label for label in labels if label["cls"] == "chart__amount"]
        # Arabic reads right to left: the labels on the right, the amounts on the left.
        if lang == "ar":
            assert all(label["centre"] > label["width"] * 0.6 for label in months)
            assert all(label["centre"] < label["width"] * 0.4 for label in amounts)
        else:
            assert all(label["centre"] < label["width"] * 0.4 for label in months)
            assert all(label["centre"] > label["width"] * 0.6 for label in amounts)
    charts.first.screenshot(path=str(artifacts / f"phone-chart-{lang}-{'js' if page.js else 'no-js'}.png"))


def test_a_month_with_less_is_not_a_long_bar(phone, server_url):
    """June has less than without the job: its bar goes the other way from the zero line."""
    page = phone
    post_result(page, server_url, "nl")
    rows = page.locator("svg.chart__svg").first.evaluate("""svg => {
        const zero = svg.querySelector('.chart__zero').getBoundingClientRect().left;
        return [...svg.querySelectorAll('g.chart__row')].map(g => {
            const bar = g.querySelector('.chart__bar').getBoundingClientRect();
            return {below: g.classList.contains('chart__row--below'), left: bar.left, right: bar.right,
                    zero, label: g.querySelector('.chart__label').textContent};
        });
    }""")
    below = [row for row in rows if row["below"]]
    assert [row["label"] for row in below] == ["jun 2027"]
    for row in rows:
        if row["below"]:
            assert row["right"] <= row["zero"] + 1
        else:
            assert row["left"] >= row["zero"] - 1


EURO_SIDES = """root => {
    const sides = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent;
        for (const match of text.matchAll(/€/g)) {
            const euro = document.createRange();
            euro.setStart(node, match.index); euro.setEnd(node, match.index + 1);
            // the nearest digit in logical order (before or after the sign)
            let digit = -1;
            for (let d = 1; d < 6 && digit < 0; d++) {
                if (/\\d/.test(text[match.index + d] || '')) digit = match.index + d;
                else if (/\\d/.test(text[match.index - d] || '')) digit = match.index - d;
            }
            if (digit < 0) continue;
            const number = document.createRange();
            number.setStart(node, digit); number.setEnd(node, digit + 1);
            const e = euro.getBoundingClientRect(), n = number.getBoundingClientRect();
            if (!e.width || !n.width || Math.abs(e.top - n.top) > 4) continue;
            sides.push(e.left < n.left ? 'left' : 'right');
        }
    }
    return sides;
}"""


def test_the_euro_sign_stays_on_one_side(phone, server_url, lang):
    page = phone
    post_result(page, server_url, lang)
    sides = page.locator("main").evaluate(EURO_SIDES)
    assert len(sides) > 40
    assert set(sides) == {"left"}, (lang, sides.count("left"), sides.count("right"))


# --- 5 is in test_embed.py; 6. the language switch keeps typed answers -----------------------

def test_switching_language_keeps_what_was_typed_on_the_page(phone, server_url):
    page = phone
    page.goto(server_url + "/vragen")
    answer_about_you(page)
    page.fill("#children", "4, 7")
    page.fill("#rent", "612,50")  # typed, not sent
    page.click("button[lang=ar]")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.input_value("#rent") == "612,50" and page.input_value("#children") == "4, 7"
    assert page.locator("h1").inner_text() != "Je huis en je kinderen"  # the same step, in Arabic
    page.click("button[lang=nl]")
    assert page.locator("h1").inner_text() == "Je huis en je kinderen"
    assert page.input_value("#rent") == "612,50"
    page.click("button[value=next]")
    assert page.locator("h1").inner_text() == "Je baan"
    # The earlier answers travelled too.
    assert page.locator("#answers input[name=age]").input_value() == "35"
    assert page.locator("#answers input[name=rent]").input_value() == "612,50"


# --- 7. mixed signals -------------------------------------------------------------------------

def test_at_most_three_warnings_in_sight_and_the_refund_explained(phone, server_url):
    page = phone
    post_result(page, server_url, "nl")
    visible = page.locator(".result-warnings > ul.warnings > li")
    assert 1 <= visible.count() <= 3
    folded = page.locator(".result-warnings details")
    assert folded.count() == 1 and folded.get_attribute("open") is None
    assert "bedragen" in folded.locator("summary").inner_text()
    # Every note about figures not yet published is folded.
    assert "nog niet alle bedragen bekend" not in " ".join(visible.all_inner_texts())
    # The year-end table says "belasting terug ... je houdt € 0,00": a sentence says why, in
    # words ("dat hele bedrag", nothing left), not as "€ 0,00 over".
    table = page.locator(".result-year table").inner_text()
    sentence = page.locator(".year-end__explained").inner_text()
    refund = re.search(r"\+ (€\s[\d.,]+)", table).group(1)
    assert refund.replace("\u00a0", " ") in sentence.replace("\u00a0", " ")
    assert page.locator(".result-year tbody td").last.inner_text().replace("\u00a0", " ") == "€ 0,00"
    assert "gemeente dat hele bedrag" in sentence and "Dan houd je er niets van over." in sentence
    assert "0,00" not in sentence


def _to_check_page(page, base_url: str, age: str = "35") -> None:
    page.goto(base_url + "/vragen")
    answer_every_step(page, age=age)


def test_the_check_page_shows_skipped_questions_as_skipped_and_the_age_once(phone, server_url):
    page = phone
    _to_check_page(page, server_url, age="34 jaar")
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    rows = dict(zip(page.locator(".summary-list__key").all_inner_texts(),
                    page.locator(".summary-list__value").all_inner_texts(), strict=True))
    assert rows["Hoe oud ben je?"] == "34 jaar"
    skipped = rows["Heeft de gemeente vastgesteld dat je door je gezondheid minder uren kunt werken?"]
    assert skipped == "Overgeslagen. We rekenen met: Nee"
    assert rows["Wanneer krijg je vakantiegeld van je werkgever?"].startswith("Overgeslagen.")
    assert "Hoe oud is je partner?" not in rows


def test_the_partners_age_is_asked_only_with_a_partner(phone, server_url):
    page = phone
    page.goto(server_url + "/vragen")
    assert not page.locator("#partner_age").is_visible()
    page.check("#situation")
    assert not page.locator("#partner_age").is_visible()
    page.check("#situation-3")  # married or living together
    assert page.locator("#partner_age").is_visible()
    page.fill("#age", "40")
    page.click("button[value=next]")  # no partner's age: an error, and the field in sight
    assert page.locator(".error-summary").count() == 1
    assert page.locator("#partner_age").is_visible()


def test_a_very_high_hourly_wage_asks_klopt_dit(phone, server_url):
    page = phone
    page.goto(server_url + "/vragen")
    answer_about_you(page)
    page.click("button[value=next]")
    answer_job(page)
    answer_wage(page, hourly_wage="145")
    assert page.locator("h1").inner_text() == "Je loon"
    assert "Klopt € 145,00 per uur?" in page.locator(".error-summary").inner_text().replace("\u00a0", " ")
    assert page.input_value("#hourly_wage") == "145"
    # A wage that is right: say so, and go on.
    page.check("#wage_checked")
    page.click("button[value=next]")
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    # An ordinary wage never asks.
    page.go_back()
    page.fill("#hourly_wage", "14,50")
    page.click("button[value=next]")
    assert page.locator("h1").inner_text() == "Controleer je antwoorden"


# --- 8. print ---------------------------------------------------------------------------------

def test_print_is_at_most_four_pages_with_the_summary_first(chromium, server_url, lang):
    context = chromium.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    page.js = True
    post_result(page, server_url, lang, action="print")
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert 2 <= pages <= 4, pages
    page.emulate_media(media="print")
    top = {name: page.locator(f".result-{name}").bounding_box()["y"] for name in ("todo", "year", "months")}
    panel = page.locator(".panel").bounding_box()["y"]
    assert panel < top["todo"] < top["year"] < top["months"]
    assert page.locator(".result-months").evaluate("e => getComputedStyle(e).breakBefore") == "page"
    context.close()


# --- the first screen, in every language ------------------------------------------------------

def test_first_screen_of_the_result_in_every_language(chromium, server_url, artifacts):
    from app.i18n import LANGUAGES

    for code in LANGUAGES:
        context = chromium.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
        page = context.new_page()
        page.js = False
        post_result(page, server_url, code)
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator(".panel").is_visible()
        page.screenshot(path=str(artifacts / f"first-screen-{code}.png"))
        context.close()


# --- axe on every new state -------------------------------------------------------------------

def test_axe_on_the_new_states(chromium, server_url, lang):
    """axe runs as a script in the page, so with JavaScript on; the pages have no script of their
    own (only embed.js inside a frame), so the states are the same without it."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    js = True
    from .test_accessibility import Checker

    context = chromium.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=js,
                                   locale="ar" if lang == "ar" else "nl-NL")
    page = context.new_page()
    page.js = js
    check = Checker(axe_module.Axe(), page, lang, [])
    page.goto(f"{server_url}/vragen?lang={lang}")
    page.check("#situation-3")
    check("household with a partner")
    answer_about_you(page)
    page.click("button[value=next]")
    answer_job(page)
    answer_wage(page, hourly_wage="145")
    assert page.locator("#wage_checked").count() == 1
    check("high hourly wage: klopt dit?")
    page.check("#wage_checked")
    page.click("button[value=next]")
    check("check page with skipped questions")
    post_result(page, server_url, lang)
    check("result: month cards")
    page.locator(".result-warnings summary").click()
    check("result: all warnings open")
    page.set_viewport_size({"width": 1024, "height": 800})
    check("result: the full table")
    context.close()
    assert len(check.states) == 6
    assert not check.problems, "\n".join(check.problems)


# --- 1. the first screen: the ordinary month, the months that differ and why, the year --------

def test_the_first_screen_says_what_an_ordinary_month_adds(phone, server_url, lang, artifacts):
    page = phone
    post_result(page, server_url, lang)
    api = httpx.post(server_url + "/api/v1/scenario", json=API_BODY).json()
    typical = api["summary"]["typical_difference"]
    differences = [round(month["total"] - month["total_without_job"], 2) for month in api["months"]]
    # 9 of the 12 months add exactly the ordinary amount; the mean is pulled up by May and December.
    assert differences.count(typical) == 9
    lead = page.locator(".panel__lead")
    digits = lambda text: re.sub(r"\D", "", text)  # noqa: E731
    assert digits(f"{typical:.2f}") in digits(lead.inner_text())
    mean = round(sum(differences) / 12, 2)
    assert digits(f"{mean:.2f}") not in digits(page.locator(".panel").inner_text())
    lines = page.locator(".panel__list li").all_inner_texts()
    assert len(lines) == 3  # May, June, December, one line each
    if lang == "nl":
        assert lines[0].startswith("Mei 2027:") and "vakantiegeld van je werkgever" in lines[0]
        assert lines[1].startswith("Juni 2027:") and "minder dan zonder baan" in lines[1]
        assert "vakantietoeslag" in lines[1]
        assert lines[2].startswith("December 2027:") and "2 keer loon" in lines[2]
    for line, month in zip(lines, (4, 5, 11), strict=True):
        assert digits(f"{abs(differences[month]):.2f}") in digits(line)
    # What the year adds after the settlements, from the summary.
    after = api["summary"]["years"][0]["difference_after_settlements"]
    assert digits(f"{abs(after):.2f}") in digits(page.locator(".panel").inner_text())
    # All of it starts in the first screen of a 360 x 740 phone.
    assert page.locator(".panel__list-title").bounding_box()["y"] < 740
    page.screenshot(path=str(artifacts / f"phone-first-screen-{lang}-{'js' if page.js else 'no-js'}.png"))
