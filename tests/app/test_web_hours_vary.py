"""Hours that vary: the API fields, the question on the wage page, and the band on the result."""
from __future__ import annotations

import html
import re

from app.forms import steps

from .conftest import blank_answers, validate_every_step
from .test_web_api import errors_of


def _page_text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.text))


BODY = {"start_month": "2026-07", "months": 2, "household": {"situation": "single", "age": 35},
        "job": {"start_month": "2026-07", "hours_per_week": 8, "hours_per_week_max": 24, "hourly_wage": 16.00,
                "pay_period": "month"}}


def test_the_api_gives_each_month_at_the_fewest_and_the_most_hours(client):
    answer = client.post("/api/v1/scenario", json=BODY).json()
    month = answer["months"][0]
    # Golden case flexcontract_8_tot_24_uur_2026: 1.423,96 and 1.574,89 before the toeslagen.
    toeslagen = month["huurtoeslag"] + month["zorgtoeslag"] + month["kindgebonden_budget"] + month["kinderbijslag"]
    assert round(month["total_low"] - toeslagen, 2) == 1423.96
    assert round(month["total_high"] - toeslagen, 2) == 1574.89
    assert month["total"] == month["total_low"]
    assert "hours_vary" in {item["code"] for item in answer["warnings"]}
    plain = client.post("/api/v1/scenario", json={**BODY, "job": {**BODY["job"], "hours_per_week_max": None}}).json()
    assert plain["months"][0]["total_low"] is None and plain["months"][0]["total_high"] is None


def test_the_most_hours_need_the_fewest_and_may_not_be_below_them(client):
    job = {**BODY["job"], "hours_per_week_max": 4}
    assert errors_of(client.post("/api/v1/scenario", json={**BODY, "job": job})) == {
        "job": "Het grootste aantal uren is kleiner dan het kleinste aantal uren. Vul het grootste aantal uren in."}
    job = {"start_month": "2026-07", "gross_per_period": 1000, "hours_per_week_max": 24}
    assert errors_of(client.post("/api/v1/scenario", json={**BODY, "job": job})) == {
        "job": "Vul bij wisselende uren ook het kleinste aantal uren per week en het uurloon in."}


def test_the_openapi_document_names_the_fields(client):
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "hours_per_week_max" in schema["JobIn"]["properties"]
    month = next(value for name, value in schema.items() if name.startswith("MonthOut"))
    assert {"total_low", "total_high"} <= set(month["properties"])


def test_the_wage_page_asks_the_most_hours_only_for_a_wage_by_the_hour(client, answers):
    by_hours = client.post("/vragen", data={**answers, "step": "controleer", "action": "change:loon"})
    assert "Wisselen je uren? Hoeveel uur per week werk je hoogstens?" in _page_text(by_hours)
    by_period = client.post("/vragen", data={**answers, "wage_kind": "periode", "step": "controleer",
                                              "action": "change:loon"})
    assert 'name="hours_max" type="text"' not in by_period.text


def test_fewer_most_hours_than_fewest_is_an_error_on_the_page(client, answers):
    data = {**answers, "hours": "16", "hours_max": "8", "step": "loon", "action": "next"}
    text = _page_text(client.post("/vragen", data=data))
    assert "Het grootste aantal uren is kleiner dan het kleinste aantal uren." in text
    assert 'value="8"' in client.post("/vragen", data=data).text  # the typed value stays


def test_the_result_shows_the_band_in_the_chart_and_the_table(client, answers):
    data = {**answers, "hours": "8", "hours_max": "24", "action": "calculate"}
    page = client.post("/uitkomst", data=data)
    assert page.status_code == 200
    text = _page_text(page)
    assert 'class="chart__band"' in page.text and "Totaal (meeste uren)" in text
    assert "Lichte balk tot het streepje: met de meeste uren" in text
    assert "Je uren wisselen." in text
    arabic = _page_text(client.post("/uitkomst", data={**data, "lang": "ar"}))
    assert "المجموع (أكبر عدد من الساعات)" in arabic


def test_after_the_hours_buttons_pass_the_most_hours_there_is_no_band():
    raw = blank_answers(situation="single", age="35", job_start="2027-01", wage_kind="uur", hours="16",
                        hours_max="12", hourly_wage="16", pay_period="month")
    values, errors = validate_every_step(raw)
    assert "hours_max" in errors
    values["hours_max"] = values["hours"] - 4  # as after "fewer hours" / "more hours" on the result
    assert steps.to_request(values).job.hours_per_week_max is None


def test_the_hours_buttons_move_the_band_along(client, answers):
    data = {**answers, "hours": "8", "hours_max": "10", "action": "more_hours"}
    page = client.post("/uitkomst", data=data)
    assert page.status_code == 200
    assert 'name="hours" value="12"' in page.text and 'name="hours_max" value="14"' in page.text
