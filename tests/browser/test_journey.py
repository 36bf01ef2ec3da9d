"""The journey in a real browser at 360 px, JavaScript off and on: start, questions, an error,
check answers, the result, the print view. Screenshots in test-artifacts/."""
from __future__ import annotations

from urllib.parse import urlparse

import httpx
import pytest
from .conftest import answer_home, answer_job, calculate_on_consulent_form

pytestmark = pytest.mark.browser

API_BODY = {
    "start_month": "2027-01", "months": 12, "gemeente": "voorbeeld",
    "household": {"situation": "single_parent", "age": 35, "children": [{"age": 4}], "rent": 780},
    "job": {"start_month": "2027-01", "hours_per_week": 16, "hourly_wage": 14.71,
            "pay_period": "four_weeks", "holiday_pay": "may"},
}


def dutch(amount: float) -> str:
    return "€\u00a0" + f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def shot(page, artifacts, name):
    suffix = "js" if page.js else "no-js"
    page.screenshot(path=str(artifacts / f"{name}-{suffix}-360.png"), full_page=True)


def no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def test_journey(phone, server_url, artifacts):
    page = phone
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(server_url + "/")
    shot(page, artifacts, "01-start")
    no_sideways_scroll(page)
    page.click("text=Begin")

    # An error first: nothing filled in.
    page.click("button[value=next]")
    assert page.title().startswith("Fout: ")
    if page.js:
        assert page.evaluate("document.activeElement.className") == "error-summary"
    links = page.eval_on_selector_all(".error-summary a", "links => links.map(a => a.getAttribute('href'))")
    assert links == ["#situation", "#age"]
    for href in links:
        assert page.locator(href).count() == 1
    shot(page, artifacts, "02-error")

    page.check("#situation-2")
    page.fill("#age", "35 jaar oud")
    page.click("button[value=next]")
    assert page.title().startswith("Fout: ")
    assert page.input_value("#age") == "35 jaar oud"
    page.fill("#age", "35")
    page.click("button[value=next]")

    shot(page, artifacts, "03-question")
    answer_home(page, rent="€ 780,-")

    answer_job(page, pay_period="#pay_period-2")
    page.fill("#hours", "16")
    page.fill("#hourly_wage", "14,71")
    no_sideways_scroll(page)
    page.click("button[value=next]")

    assert page.locator("h1").inner_text() == "Controleer je antwoorden"
    shot(page, artifacts, "04-check")
    page.click("button[value=calculate]")

    assert page.locator("h1").inner_text() == "Wat er per maand op je rekening komt"
    shot(page, artifacts, "05-result")
    api = httpx.post(server_url + "/api/v1/scenario", json=API_BODY).json()
    cells = page.eval_on_selector_all(".month-table tbody td.total", "cells => cells.map(c => c.textContent.trim())")
    assert cells == [dutch(month["total"]) for month in api["months"]]
    # The year's sentence names what it adds: the months shown, and the whole year's settlements.
    [year] = api["summary"]["years"]
    sentence = page.locator(".panel p", has_text="in de maanden van 2027 die je hier ziet").inner_text()
    assert dutch(abs(year["difference_cash"])) in sentence and "over heel 2027" in sentence
    assert sentence.endswith(dutch(abs(year["difference_after_settlements"])) + ".")
    assert page.locator("svg[role=img] title").count() >= 1
    no_sideways_scroll(page)

    page.emulate_media(media="print")
    shot(page, artifacts, "06-print")
    page.emulate_media(media="screen")

    # Nothing personal in any URL, nothing from another host, no cookies, no storage.
    host = urlparse(server_url).netloc
    for url in requests:
        assert urlparse(url).netloc == host, url
        # Only what the page asks for: the random port of the test server may hold "780" itself.
        asked = urlparse(url)._replace(scheme="", netloc="").geturl()
        assert "14,71" not in asked and "14.71" not in asked and "780" not in asked, url
    assert page.context.cookies() == []
    if page.js:
        assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0
    assert not [text for text in page.console_messages if "Content Security Policy" in text]


def test_print_version_opens_every_month(phone, server_url, artifacts):
    page = phone
    calculate_on_consulent_form(page, server_url)
    assert page.locator("h1").inner_text() == "Wat er per maand op je rekening komt"
    page.click("button[value=print]")
    page.emulate_media(media="print")
    assert page.locator("details[open]").count() == page.locator("details").count() > 0
    shot(page, artifacts, "07-print-consulent")


def test_no_sideways_scrolling_at_320_px(chromium, server_url, artifacts):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    page.goto(server_url + "/")
    no_sideways_scroll(page)
    page.goto(server_url + "/consulent")
    no_sideways_scroll(page)
    page.check("#situation-2")
    page.fill("#age", "30")
    page.fill("#children", "2, 9")
    page.fill("#rent", "725")
    page.select_option("#job_start", "2027-01")
    page.check("#wage_kind")
    page.fill("#hours", "12")
    page.fill("#hourly_wage", "14,71")
    page.check("#pay_period-3")
    page.click("button[value=calculate]")
    assert page.locator("h1").inner_text() == "Wat er per maand op je rekening komt"
    no_sideways_scroll(page)
    page.screenshot(path=str(artifacts / "08-result-320.png"), full_page=True)
    # Every button and link is at least 24 by 24 px (WCAG 2.2, 2.5.8).
    small = page.eval_on_selector_all(
        "main button, main a, main input[type=radio], main select",
        "nodes => nodes.filter(n => { const r = n.getBoundingClientRect();"
        " return r.width > 0 && (r.width < 24 || r.height < 24) && !n.closest('p, li, td, summary') })"
        ".map(n => n.outerHTML.slice(0, 80))")
    assert not small, small
    context.close()
