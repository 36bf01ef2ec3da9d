"""The request fields job.first_payday and vrijlating_34a_months_used, and the 2027 range."""
import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.forms import steps

BODY = {
    "start_month": "2026-10",
    "months": 3,
    "household": {"situation": "single", "age": 40},
    "job": {"start_month": "2026-10", "hours_per_week": 20, "hourly_wage": 15.00, "pay_period": "four_weeks"},
    "vrijlating_months_used": 6,
}


def _post(client, body):
    return client.post("/api/v1/scenario", json=body)


def _errors(response) -> dict[str, str]:
    assert response.status_code == 422
    return {item["field"]: item["message"] for item in response.json()["errors"]}


def test_first_payday_sets_the_paydays_of_the_first_month(client):
    without = _post(client, BODY).json()["months"]
    with_date = _post(client, {**BODY, "job": {**BODY["job"], "first_payday": "2026-10-01"}}).json()["months"]
    assert [month["paydays"] for month in without] == [1, 1, 1]
    assert [month["paydays"] for month in with_date] == [2, 1, 1]  # 1 and 29 October, 26 November, 24 December


def test_a_wrong_first_payday_gets_a_plain_message(client):
    outside = _errors(_post(client, {**BODY, "job": {**BODY["job"], "first_payday": "2026-11-05"}}))
    assert "maand waarin je voor het eerst loon krijgt" in outside["job.first_payday"]
    not_a_date = _errors(_post(client, {**BODY, "job": {**BODY["job"], "first_payday": "2026-02-30"}}))
    assert "jaar-maand-dag" in not_a_date["job.first_payday"]


def test_months_of_an_earlier_34a_period(client):
    body = {**BODY, "start_month": "2027-03", "job": {**BODY["job"], "start_month": "2027-03"},
            "vrijlating_34a_months_used": 11}
    months = _post(client, body).json()["months"]
    assert [month["vrijlating"] > 0 for month in months] == [True, False, False]
    for wrong in (13, -1, "twee", 1.5):
        errors = _errors(_post(client, {**body, "vrijlating_34a_months_used": wrong}))
        assert "0 tot en met 12" in errors["vrijlating_34a_months_used"]


def test_the_2027_range_is_in_the_answer(client):
    body = {
        "start_month": "2027-01", "months": 2,
        "household": {"situation": "single_parent", "age": 35, "children": [{"age": 5}]},
        "job": {"start_month": "2026-07", "gross_per_period": 600, "pay_period": "month",
                "loonheffingskorting_by_employer": True},
        "vrijlating_months_used": 6,
    }
    data = _post(client, body).json()
    january = data["months"][0]
    assert january["total_range_low"] < january["total_range_high"] == january["total"]
    warning = next(item for item in data["warnings"] if item["code"] == "vrijlating_2027_transition")
    assert warning["values"] == {"first_month": "2027-01", "last_month": "2027-02"}
    assert "gemeente de overgang regelt" in warning["text"]
    page_body = dict(BODY)  # a month the switch does not touch: no range
    assert _post(client, page_body).json()["months"][0]["total_range_low"] is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(datetime.date(2026, 1, 1), datetime.date(2028, 12, 31)),
       period=st.sampled_from(["month", "four_weeks", "week"]),
       used=st.integers(-2, 14), start=st.sampled_from(["2026-01", "2026-10", "2027-06"]))
def test_new_fields_compute_or_say_why(client, day, period, used, start):
    job_start = f"{day.year:04d}-{day.month:02d}"
    body = {**BODY, "start_month": start, "vrijlating_34a_months_used": used,
            "job": {**BODY["job"], "start_month": job_start, "pay_period": period, "first_payday": day.isoformat()}}
    response = _post(client, body)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert all(item["message"] for item in response.json()["errors"])


def test_the_form_asks_for_the_first_payday_when_two_can_fall_in_the_first_month(client, answers):
    raw = {name: "" for name in steps.FIELD_NAMES} | answers
    raw |= {"job_start": "2026-10", "pay_period": "four_weeks"}
    assert "first_payday" in steps.visible_fields("loon", raw)
    assert "first_payday" not in steps.visible_fields("loon", {**raw, "job_start": "2027-02"})
    assert "first_payday" not in steps.visible_fields("loon", {**raw, "pay_period": "month"})
    values, errors = steps.validate({**raw, "first_payday-day": "2", "first_payday-month": "10",
                                     "first_payday-year": "2026"}, ["first_payday"])
    assert values["first_payday"] == datetime.date(2026, 10, 2) and not errors
    _, errors = steps.validate({**raw, "first_payday-day": "31", "first_payday-month": "9",
                                "first_payday-year": "2026"}, ["first_payday"])
    assert "echte datum" in errors["first_payday"]
    _, errors = steps.validate({**raw, "first_payday-day": "2", "first_payday-month": "11",
                                "first_payday-year": "2026"}, ["first_payday"])
    assert "Kies een dag in die maand" in errors["first_payday"]
    request = steps.to_request(steps.validate({**raw, "first_payday-day": "2", "first_payday-month": "10",
                                               "first_payday-year": "2026"}, [f.name for f in steps.FIELDS])[0])
    assert request.job.first_payday == datetime.date(2026, 10, 2)
