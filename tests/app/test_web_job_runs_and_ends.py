"""A job that already runs and a job that ends: the API fields, the questions, and the result."""
from __future__ import annotations

import datetime
import html
import re

from app.forms import check_answers, steps
from rules import Month

from .conftest import blank_answers, validate_every_step
from .test_web_api import errors_of

THIS_MONTH = Month.of(datetime.date.today())


def _page_text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.text))


def _api_job(**changes) -> dict:
    return {"start_month": "2026-07", "gross_per_period": 1000, "pay_period": "month", **changes}


def test_the_api_takes_the_last_month_with_pay(client):
    body = {"start_month": "2026-07", "months": 6, "household": {"situation": "single", "age": 35},
            "job": _api_job(end_month="2026-09")}
    answer = client.post("/api/v1/scenario", json=body).json()
    months = {month["month"]: month for month in answer["months"]}
    assert months["2026-09"]["holiday_pay_gross"] == 240.0  # 3 x 8% x 1.000 (Wml art. 15)
    assert months["2026-10"]["gross_wage"] == 0.0 and months["2026-10"]["bijstand"] == 1419.46
    assert "job_ended_n_left" in {item["code"] for item in months["2026-10"]["explanations"]}
    reasons = {item["code"]: item for item in months["2026-09"]["explanations"]}
    assert "art. 17 lid 3" in reasons["holiday_pay_paid_at_end"]["law_label"]


def test_an_end_before_the_start_is_a_plain_message_on_that_field(client):
    body = {"start_month": "2026-07", "household": {"situation": "single", "age": 35},
            "job": _api_job(end_month="2026-06")}
    errors = errors_of(client.post("/api/v1/scenario", json=body))
    assert errors == {"job.end_month": "De laatste maand met loon ligt vóór de eerste maand met loon. Kies een latere maand."}


def test_vrijlating_months_used_may_be_null_for_a_job_that_already_runs(client):
    body = {"start_month": "2026-12", "months": 1, "household": {"situation": "single", "age": 35},
            "job": _api_job(start_month="2026-01"), "vrijlating_months_used": None}
    month = client.post("/api/v1/scenario", json=body).json()["months"][0]
    assert month["vrijlating"] == 0.0  # January to June used the six months of onderdeel n
    body["vrijlating_months_used"] = 0
    assert client.post("/api/v1/scenario", json=body).json()["months"][0]["vrijlating"] == 160.73


def test_the_openapi_document_names_the_new_fields(client):
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "end_month" in schema["JobIn"]["properties"]
    assert "null" in str(schema["ScenarioRequest"]["properties"]["vrijlating_months_used"])


def test_the_wage_question_offers_a_first_pay_long_ago_and_an_optional_end(client, answers):
    page = client.post("/vragen", data={**answers, "step": "controleer", "action": "change:werk"})
    text = _page_text(page)
    assert "Werk je al? Kies dan de maand van je eerste loon" in text
    assert f'<option value="{THIS_MONTH.plus(-36)}"' in page.text  # three years back
    assert 'name="job_end"' in page.text and "Mijn baan gaat door" in text


def test_an_end_before_the_start_is_an_error_on_the_page(client, answers):
    data = {**answers, "job_start": "2027-03", "job_end": "2027-01", "step": "werk", "action": "next"}
    text = _page_text(client.post("/vragen", data=data))
    assert "De laatste maand met loon ligt vóór de eerste maand met loon." in text


def test_a_job_that_already_runs_shows_twelve_months_from_this_month():
    raw = blank_answers(situation="single", age="35", job_start=str(THIS_MONTH.plus(-14)), wage_kind="periode",
                        gross_per_period="1000", pay_period="month")
    values, errors = validate_every_step(raw)
    assert not errors
    request = steps.to_request(values)
    assert request.start_month == str(THIS_MONTH) and request.months == 12
    assert request.job.start_month == str(THIS_MONTH.plus(-14))
    assert request.vrijlating_months_used is None  # worked out by the rules core
    raw["vrijlating_used"] = "2"
    values, _ = validate_every_step(raw)
    assert steps.to_request(values).vrijlating_months_used == 2
    assert check_answers.display("vrijlating_used", {**raw, "vrijlating_used": ""}) == (
        "Niet ingevuld: we rekenen het uit vanaf je eerste loon")
    assert check_answers.display("job_end", raw) == "Je baan gaat door"


def test_a_new_job_still_starts_the_months_shown_and_uses_no_months(client):
    raw = blank_answers(situation="single", age="35", job_start=str(THIS_MONTH.plus(2)), wage_kind="periode",
                        gross_per_period="1000", pay_period="month", job_end=str(THIS_MONTH.plus(5)))
    values, errors = validate_every_step(raw)
    assert not errors
    request = steps.to_request(values)
    assert request.start_month == str(THIS_MONTH.plus(2)) and request.vrijlating_months_used == 0
    assert request.job.end_month == str(THIS_MONTH.plus(5))


def test_the_consulent_form_asks_both(client):
    page = client.get("/consulent")
    assert 'name="job_end"' in page.text and f'<option value="{THIS_MONTH.plus(-36)}"' in page.text


def test_the_result_of_a_job_that_ends_says_so_in_every_language(client, answers):
    data = {**answers, "job_start": "2027-01", "job_end": "2027-03", "action": "calculate"}
    text = _page_text(client.post("/uitkomst", data=data))
    assert "Je baan is gestopt na maart 2027." in text
    english = _page_text(client.post("/uitkomst", data={**data, "lang": "en"}))
    assert "Your job stopped after March 2027." in english


def test_ferds_running_job_in_the_consulent_form(client):
    """Golden case baan/ferd_baan_loopt_al_2026: December 2026, bijstand paid 489,98, no
    vrijlating left (six months of onderdeel n used since January)."""
    data = {name: "" for name in steps.FIELD_NAMES}
    data.update(form="consulent", situation="single", age="40", job_start="2026-01", wage_kind="uur", hours="20",
                hourly_wage="15,00", pay_period="four_weeks", start_month="2026-12", months="1",
                action="calculate")
    page = client.post("/uitkomst", data=data)
    assert page.status_code == 200
    text = _page_text(page)
    assert "€ 489,98" in text and "€ 772,38" in text


def test_a_first_pay_in_the_year_0_is_a_message_not_a_500(client, answers):
    """A hidden field can hold any month: "0000-03" has no last day (datetime), which once gave a
    500 through the first-payday question."""
    for path in ("/uitkomst", "/vragen"):
        response = client.post(path, data={**answers, "job_start": "0000-03", "pay_period": "week",
                                           "step": "loon", "action": "calculate"})
        assert response.status_code in (200, 422)
