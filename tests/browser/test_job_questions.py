"""The questions about a job that already runs and a job that ends, in a real browser with and
without JavaScript: a first pay long ago shows twelve months from this month, an end month
shows the bijstand coming back, by keyboard, without axe findings."""
from __future__ import annotations

import datetime

import pytest

from app.i18n import month_name
from rules import Month

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
THIS_MONTH = Month.of(datetime.date.today())


def _to_the_job_page(page, server_url: str) -> None:
    page.goto(server_url + "/vragen")
    page.check("#situation")
    page.fill("#age", "35")
    page.click("button[value=next]")
    page.click("button[value=next]")  # wonen: nothing needed


def _wage_and_result(page) -> None:
    page.check("#wage_kind-2")
    page.check("#pay_period")
    page.click("button[value=next]")
    page.fill("#gross_per_period", "1000")
    page.click("button[value=next]")


def test_a_job_that_already_runs_and_ends(phone, server_url):
    page = phone
    _to_the_job_page(page, server_url)
    first_pay = THIS_MONTH.plus(-14)
    page.select_option("#job_start", str(first_pay))
    # The end month with the keyboard: focus the list, pick the month after this one.
    page.focus("#job_end")
    page.select_option("#job_end", str(THIS_MONTH.plus(1)))
    assert page.locator("#job_end").input_value() == str(THIS_MONTH.plus(1))
    _wage_and_result(page)
    row = page.locator(".summary-list__row", has=page.locator("dt", has_text="Hoeveel maanden heb je"))
    assert "we rekenen het uit vanaf je eerste loon" in row.locator(".summary-list__value").inner_text()
    page.click("button[value=calculate]")
    # The months shown start with this month, not with the first pay 14 months ago.
    first_row = page.locator(".month-table tbody tr th").first.inner_text()
    assert first_row.startswith(month_name(THIS_MONTH, "nl")), first_row
    assert page.locator("text=Je baan is gestopt na").count() >= 1
    assert page.locator("text=Daarom betaalt je werkgever nu al het vakantiegeld").count() >= 1


def test_an_end_before_the_first_pay_is_an_error_beside_the_field(phone, server_url):
    page = phone
    _to_the_job_page(page, server_url)
    page.select_option("#job_start", str(THIS_MONTH.plus(3)))
    page.select_option("#job_end", str(THIS_MONTH.plus(1)))
    page.check("#wage_kind-2")
    page.check("#pay_period")
    page.click("button[value=next]")
    message = "De laatste maand met loon ligt vóór de eerste maand met loon."
    assert page.locator(".error-summary", has_text=message).count() == 1
    assert page.locator("#job_end-error", has_text=message).count() == 1
    assert page.locator("#job_end").input_value() == str(THIS_MONTH.plus(1))  # the answer stays


def test_the_job_page_has_no_accessibility_problem(chromium, server_url):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    _to_the_job_page(page, server_url)
    assert page.locator("#job_end").count() == 1
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).response
    assert results["violations"] == [], [(item["id"], item["help"]) for item in results["violations"]]
    context.close()
