"""Both partners work, in a browser with JavaScript off and on: the questions per person and Back
through them, the one-page form's block for the partner's job, and the partner's wage on the
result on a 360 px phone in Dutch and Arabic (no sideways scrolling; print at most 4 A4 pages).
Screenshots in test-artifacts/partner-*.png."""
from __future__ import annotations

import re

import httpx
import pytest

from .conftest import answer_home, answer_job, answer_wage
from .test_phone import ANSWERS, API_BODY, post_result

pytestmark = pytest.mark.browser

# ANSWERS as a couple where both work: the partner (33) 12 hours at EUR 15,20 a month from
# February 2027 (the same as tests/app/conftest.py COUPLE_BOTH_WORK).
COUPLE = {"situation": "couple", "partner_age": "33", "wie_werkt": "beide", "partner_job_start": "2027-02",
          "partner_wage_kind": "uur", "partner_hours": "12", "partner_hourly_wage": "15,20",
          "partner_pay_period": "month"}
COUPLE_API = {**API_BODY, "household": {**API_BODY["household"], "situation": "couple", "partner_age": 33},
              "partner_job": {"start_month": "2027-02", "hours_per_week": 12, "hourly_wage": 15.20,
                              "pay_period": "month"}}


WHO_WORKS = "Wie gaat werken? Jij, je partner, of jullie allebei?"


def h1(page) -> str:
    return page.locator("h1").inner_text().strip()


def test_a_couple_where_both_work_answers_each_job_and_goes_back_through_them(phone, server_url, artifacts):
    page = phone
    mode = "js" if page.js else "no-js"
    page.goto(server_url + "/vragen")
    page.check("#situation-3")
    page.fill("#age", "35")
    page.fill("#partner_age", "33")
    page.click("button[value=next]")
    answer_home(page)
    # The question is the heading (legend h1); the caption names the part, the same for every route.
    assert h1(page) == WHO_WORKS and page.locator("legend h1").count() == 1
    assert page.locator(".caption").inner_text() == "Deel 2 van 2: het werk"
    page.check("#wie_werkt-3")  # Wij allebei
    page.screenshot(path=str(artifacts / f"partner-who-works-{mode}.png"), full_page=True)
    page.click("button[value=next]")
    assert h1(page) == "Je baan"
    answer_job(page)
    answer_wage(page)
    assert h1(page) == "De baan van je partner"
    assert page.locator("label", has_text="In welke maand krijgt je partner voor het eerst loon?").is_visible()
    page.select_option("#partner_job_start", "2027-02")
    page.check("#partner_wage_kind")
    page.check("#partner_pay_period")
    page.click("button[value=next]")
    assert h1(page) == "Het loon van je partner"
    page.fill("#partner_hours", "12")
    page.fill("#partner_hourly_wage", "15,20")
    page.screenshot(path=str(artifacts / f"partner-wage-{mode}.png"), full_page=True)
    page.click("button[value=next]")
    assert h1(page) == "Controleer je antwoorden"
    assert page.locator("h2", has_text="De baan van je partner").count() == 1
    row = page.locator(".summary-list__row", has=page.locator("dt", has_text="Hoeveel uur per week gaat je partner"))
    assert row.locator(".summary-list__value").inner_text().strip() == "12 uur per week"
    assert row.locator("button[value='change:partner_loon']").count() == 1
    page.click("button[value=calculate]")
    assert h1(page) == "Wat er per maand op jullie rekeningen komt"
    assert page.locator(".month-card dt", has_text="Loon partner").count() == 12

    # The browser's Back, through every step of this couple, each as it was.
    expected = [
        ("Controleer je antwoorden", None),
        ("Het loon van je partner", lambda: page.input_value("#partner_hours") == "12"),
        ("De baan van je partner", lambda: page.input_value("#partner_job_start") == "2027-02"),
        ("Je loon", lambda: page.input_value("#hours") == "16"),
        ("Je baan", lambda: page.input_value("#job_start") == "2027-01"),
        (WHO_WORKS, lambda: page.is_checked("#wie_werkt-3")),
        ("Je huis en je kinderen", None),
    ]
    for title, kept in expected:
        page.go_back()
        assert h1(page) == title
        assert kept is None or kept(), title
    # And the page's own "Terug" button, from the partner's job to the applicant's wage.
    page.go_forward()
    page.go_forward()
    page.go_forward()
    page.go_forward()
    assert h1(page) == "De baan van je partner"
    page.click("button.back-link")
    assert h1(page) == "Je loon"
    page.click("button.back-link")
    page.click("button.back-link")
    assert h1(page) == WHO_WORKS and page.is_checked("#wie_werkt-3")
    assert page.locator(".caption").inner_text() == "Deel 2 van 2: het werk"
    assert page.context.cookies() == []


def test_the_one_page_form_shows_the_partners_job_for_a_couple(phone, server_url, artifacts):
    page = phone
    page.goto(server_url + "/consulent")
    block = page.locator("fieldset.partner-job")
    assert block.count() == 1 and not block.is_visible()  # in the page, shown for a couple (CSS :has)
    page.check("#situation")  # single
    assert not block.is_visible() and not page.locator("#wie_werkt").is_visible()
    page.check("#situation-3")
    assert block.is_visible() and page.locator("#wie_werkt").is_visible()
    page.check("#wie_werkt")  # only me: the partner's job steps aside
    assert not block.is_visible()
    page.fill("#age", "35")
    page.fill("#partner_age", "33")
    page.check("#wie_werkt-3")
    page.select_option("#job_start", "2027-01")
    page.check("#wage_kind")
    page.fill("#hours", "16")
    page.fill("#hourly_wage", "14,71")
    page.check("#pay_period")
    page.select_option("#partner_job_start", "2027-02")
    page.check("#partner_wage_kind")
    page.fill("#partner_hours", "12")
    page.fill("#partner_hourly_wage", "15,20")
    page.check("#partner_pay_period")
    page.screenshot(path=str(artifacts / f"partner-consulent-{'js' if page.js else 'no-js'}.png"), full_page=True)
    page.check("#situation")  # changed to single with the partner's job filled in: a plain error
    page.click("button[value=calculate]")
    assert h1(page) == "Snel berekenen voor consulenten"
    assert page.locator(".error-summary", has_text="geen partner gekozen").is_visible()
    assert page.locator("fieldset.partner-job").is_visible() and page.input_value("#partner_hours") == "12"
    page.check("#situation-3")
    page.click("button[value=calculate]")
    assert h1(page) == "Wat er per maand op jullie rekeningen komt"
    assert page.locator(".month-table th", has_text="Loon partner").is_visible()
    assert page.locator(".month-table th", has_text="Jouw loon").is_visible()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_partners_wage_in_each_month_card_on_a_phone(phone, server_url, lang, artifacts):
    page = phone
    post_result(page, server_url, lang, **COUPLE)
    api = httpx.post(server_url + "/api/v1/scenario", json=COUPLE_API).json()
    cards = page.locator(".month-card")
    assert cards.count() == 12
    digits = lambda text: re.sub(r"\D", "", text)  # noqa: E731 - the same in every language
    for card, month in zip(cards.all(), api["months"], strict=True):
        values = [digits(text) for text in card.locator("dd").all_inner_texts()]
        assert values[3:] == [digits(f"{month['net_wage']:.2f}"), digits(f"{month['partner_net_wage']:.2f}")]
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")
    cards.first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"partner-result-{lang}-{'js' if page.js else 'no-js'}.png"))


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_couples_print_is_at_most_four_pages(chromium, server_url, lang):
    context = chromium.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    post_result(page, server_url, lang, action="print", **COUPLE)
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert 2 <= pages <= 4, pages
    context.close()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_new_pages_have_no_accessibility_problem(chromium, server_url, lang):
    """axe-core (WCAG 2.2 A/AA) on who works, the partner's wage page with an error, the one-page
    form with the partner's job and the couple's result."""
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="ar" if lang == "ar" else "nl-NL")
    page = context.new_page()
    problems = []

    def check(state):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}}).response
        problems.extend(f"{state}: {item['id']} {item['help']}" for item in results["violations"])

    page.goto(f"{server_url}/vragen?lang={lang}")
    page.check("#situation-3")
    page.fill("#age", "35")
    page.fill("#partner_age", "33")
    page.click("button[value=next]")
    answer_home(page)
    check("who works")
    page.check("#wie_werkt-2")  # only the partner
    page.click("button[value=next]")
    page.select_option("#partner_job_start", "2027-02")
    page.check("#partner_wage_kind")
    page.check("#partner_pay_period")
    page.click("button[value=next]")
    page.fill("#partner_hours", "twaalf")
    page.click("button[value=next]")
    assert page.locator(".error-summary").is_visible()
    check("partner's wage with an error")
    page.goto(f"{server_url}/consulent?lang={lang}")
    check("one-page form")
    post_result(page, server_url, lang, **COUPLE)
    check("result of a couple")
    context.close()
    assert problems == []
