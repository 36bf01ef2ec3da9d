"""The parents question (art. 20 lid 3 Pw) in a real browser, with and without JavaScript: only
someone of 18-20 sees it, it works with the keyboard, axe finds no WCAG problem on the page, and
the answer raises the norm in the result."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
QUESTION = "Kunnen je ouders je helpen met geld voor eten en wonen?"


def _first_page(page, server_url: str, age: str) -> None:
    page.goto(server_url + "/vragen")
    page.check("#situation")
    page.fill("#age", age)
    page.click("button[value=next]")


def test_only_a_young_person_is_asked_about_the_parents(phone, server_url):
    page = phone
    _first_page(page, server_url, "35")
    assert page.locator("#children").count() == 1 and page.locator("#ouders").count() == 0

    _first_page(page, server_url, "19")
    assert page.locator("legend", has_text=QUESTION).is_visible()
    # GOV.UK radios: the label selects the answer, the keyboard moves between the two.
    page.click("label[for=ouders-2]")  # "Ja"
    assert page.is_checked("#ouders-2")
    page.keyboard.press("ArrowLeft")  # back to "Nee"
    assert page.is_checked("#ouders") and not page.is_checked("#ouders-2")
    page.click("button[value=next]")  # wonen -> werk
    page.select_option("#job_start", "2026-07")
    page.check("#wage_kind-2")
    page.check("#pay_period")
    page.click("button[value=next]")
    page.fill("#gross_per_period", "500")
    page.click("button[value=next]")
    row = page.locator(".summary-list__row", has=page.locator("dt", has_text=QUESTION))
    assert row.locator(".summary-list__value").inner_text().strip() == "Nee"  # the check page
    page.click("button[value=calculate]")
    # Art. 20 lid 3 (toestand 2026-07-01): 350,42 + 762,24.
    assert page.locator("text=De norm is nu € 1.112,66 per maand.").count() >= 1


def test_the_parents_question_has_no_accessibility_problem(chromium, server_url):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    _first_page(page, server_url, "19")
    assert page.locator("#ouders").count() == 1
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).response
    assert results["violations"] == [], [(item["id"], item["help"]) for item in results["violations"]]
    context.close()
