"""axe-core (pinned: the copy shipped in axe-playwright-python) finds no WCAG 2.2 A/AA problem
on any page state. Skips when that package is not installed."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def axe():
    module = pytest.importorskip("axe_playwright_python.sync_playwright")
    return module.Axe()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


def check(axe, page, state):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    problems = [
        f"{state}: {item['id']} ({item['impact']}) on {[node['target'] for node in item['nodes']][:3]}"
        for item in results.response["violations"]
    ]
    assert not problems, "\n".join(problems)


def test_every_page_state(axe, page, server_url):
    page.goto(server_url + "/")
    check(axe, page, "start")
    page.click("text=Begin")
    check(axe, page, "question")
    page.click("button[value=next]")
    check(axe, page, "error")
    page.check("#situation")
    page.fill("#age", "40")
    page.click("button[value=next]")
    page.fill("#rent", "650")
    page.click("button[value=next]")
    page.select_option("#job_start", "2027-01")
    page.check("#wage_kind-2")
    page.check("#pay_period")
    page.click("button[value=next]")
    check(axe, page, "wage question")
    page.fill("#gross_per_period", "1.650,00")
    page.click("button[value=next]")
    check(axe, page, "check answers")
    page.click("button[value=calculate]")
    check(axe, page, "result")
    page.goto(server_url + "/consulent")
    check(axe, page, "consulent form")
    page.goto(server_url + "/bestaat-niet")
    check(axe, page, "404")
