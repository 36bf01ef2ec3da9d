"""One result, two views: the page's headline, month table and hours table name the numbers of
the API's `summary`, `months` and `sweep` for the same answers."""
from __future__ import annotations

import html
import json
import re
from decimal import Decimal

from app.i18n import money
from app.presenters.result import CAUSES, HEADLINE_MORE
from rules.explanations import LOW_CAUSES

from .conftest import ANSWERS, API_BODY


def _signed(amount: Decimal) -> str:
    return ("+ " if amount > 0 else "") + money(amount, "nl") if amount >= 0 else "− " + money(-amount, "nl")


def test_page_and_api_name_the_same_numbers(client):
    body = {**API_BODY, "sweep_hours": [hours for hours in range(0, 41, 4)]}
    answer = json.loads(client.post("/api/v1/scenario", json=body).text, parse_float=Decimal)
    page = html.unescape(client.post("/uitkomst", data={**ANSWERS, "action": "calculate"}).text)
    summary = answer["summary"]

    # The headline: the ordinary month of the summary.
    lead = re.search(r'<p class="panel__lead">(.*?)</p>', page).group(1)
    assert lead == HEADLINE_MORE % {"amount": money(summary["typical_difference"], "nl")}
    assert money(summary["lowest_total"], "nl") in page

    # The month table: each month's total, without the job, and the difference.
    table = page[page.index('class="table month-table') if 'class="table month-table' in page else 0:]
    for month in answer["months"]:
        assert money(month["total"], "nl") in table
        assert _signed(month["total"] - month["total_without_job"]) in table

    # The hours table: the row for the person's 16 hours says the summary's ordinary month.
    row = next(point for point in answer["sweep"] if point["hours_per_week"] == 16)
    assert row["typical_difference"] == summary["typical_difference"]
    assert row["average_difference"] == summary["average_difference"]
    current = re.search(r'<tr class="[^"]*is-current[^"]*">(.*?)</tr>', page, re.S).group(1)
    assert _signed(summary["typical_difference"]) in current

    # The year: the summary's figures, as the page says them.
    for year in summary["years"]:
        assert _signed(year["difference_after_settlements"]) in page


def test_every_cause_the_rules_name_has_a_sentence():
    assert set(CAUSES) == set(LOW_CAUSES)
