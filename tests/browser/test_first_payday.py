"""The first payday (GOV.UK date input, no JavaScript) and the 2027 range on the result page."""
from __future__ import annotations

import pytest

from .conftest import answer_about_you, answer_job

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_first_payday_and_the_2027_range(chromium, server_url):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    # The pages use no JavaScript; axe needs it to run, so it stays on in this context.
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL")
    page = context.new_page()
    problems: list[str] = []

    def check(state: str) -> None:
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).response
        problems.extend(f"{state}: {item['id']} {item['help']} {[n['target'] for n in item['nodes']][:3]}"
                        for item in results["violations"])

    page.goto(f"{server_url}/vragen?lang=nl")
    answer_about_you(page, situation="#situation", age="40")
    page.click("button[value=next]")
    answer_job(page, start="2026-10", pay_period="#pay_period-2")  # every four weeks: October 2026 can hold two paydays
    assert page.locator("fieldset:has(#first_payday)").count() == 1
    page.fill("#hours", "20")
    page.fill("#hourly_wage", "15")
    page.fill("#first_payday", "2")
    page.fill("#first_payday-month", "11")
    page.fill("#first_payday-year", "2026")
    page.click("button[value=next]")
    summary = page.locator(".error-summary a[href='#first_payday']")
    assert summary.count() == 1 and "Kies een dag in die maand" in summary.inner_text()
    assert page.input_value("#first_payday-month") == "11"  # the typed value stays
    check("loon: date error")
    page.fill("#first_payday-month", "10")
    page.click("button[value=next]")
    assert "2 oktober 2026" in page.content()
    page.click("button[value=calculate]")
    assert page.locator(".month-table").count() == 1
    ranges = page.locator(".month-table .total-range")
    assert ranges.count() >= 1
    assert "afhankelijk van hoe je gemeente de overgang regelt" in ranges.first.inner_text()
    check("result with the 2027 range")
    context.close()
    assert not problems, "\n".join(problems)
