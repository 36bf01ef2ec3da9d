"""The question about hours that vary in a real browser, with and without JavaScript: typed by
keyboard, checked against the fewest hours, and shown as a band in the chart and the table."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

QUESTION = "Wisselen je uren? Hoeveel uur per week werk je hoogstens?"


def _to_the_wage_page(page, server_url: str) -> None:
    page.goto(server_url + "/vragen")
    page.check("#situation")
    page.fill("#age", "35")
    page.click("button[value=next]")
    page.click("button[value=next]")
    page.select_option("#job_start", index=3)
    page.check("#wage_kind")  # by the hour
    page.check("#pay_period")
    page.click("button[value=next]")


def test_hours_that_vary_show_a_band(phone, server_url):
    page = phone
    _to_the_wage_page(page, server_url)
    assert page.locator("label", has_text=QUESTION).is_visible()
    page.fill("#hours", "8")
    page.focus("#hours_max")
    page.keyboard.type("24")
    page.fill("#hourly_wage", "16")
    page.click("button[value=next]")
    row = page.locator(".summary-list__row", has=page.locator("dt", has_text=QUESTION))
    assert row.locator(".summary-list__value").inner_text().strip() == "24 uur per week"
    page.click("button[value=calculate]")
    assert page.locator(".chart__band").count() >= 12
    assert page.locator("th", has_text="Totaal (meeste uren)").count() == 1
    assert page.locator("text=Je uren wisselen.").count() >= 1


def test_fewer_most_hours_than_fewest_hours_is_an_error_beside_the_field(phone, server_url):
    page = phone
    _to_the_wage_page(page, server_url)
    page.fill("#hours", "16")
    page.fill("#hours_max", "8")
    page.fill("#hourly_wage", "16")
    page.click("button[value=next]")
    assert page.locator("#hours_max-error", has_text="Het grootste aantal uren is kleiner").count() == 1
    assert page.locator("#hours_max").input_value() == "8"


def test_the_wage_page_and_the_band_have_no_accessibility_problem(chromium, server_url):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    _to_the_wage_page(page, server_url)
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}}).response
    assert results["violations"] == [], [(item["id"], item["help"]) for item in results["violations"]]
    page.fill("#hours", "8")
    page.fill("#hours_max", "24")
    page.fill("#hourly_wage", "16")
    page.click("button[value=next]")
    page.click("button[value=calculate]")
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}}).response
    assert results["violations"] == [], [(item["id"], item["help"]) for item in results["violations"]]
    context.close()
