"""The request field partner_job (a couple where the partner works too) and the partner's wage
in the answer (months[].partner_gross_wage, partner_net_wage)."""
from __future__ import annotations

from decimal import Decimal

from app.adapters import to_scenario
from app.contract import ScenarioRequest
from rules import Job, Month

JOB = {"start_month": "2026-03", "hours_per_week": 16, "hourly_wage": 15.00}
BODY = {
    "start_month": "2026-03",
    "months": 3,
    "household": {"situation": "couple", "age": 35, "partner_age": 33},
    "job": JOB,
    "partner_job": {"start_month": "2026-04", "gross_per_period": 900, "pay_period": "four_weeks"},
}


def _post(client, body):
    return client.post("/api/v1/scenario", json=body)


def _errors(response) -> dict[str, str]:
    assert response.status_code == 422
    return {item["field"]: item["message"] for item in response.json()["errors"]}


def test_partner_job_becomes_the_scenarios_partner_job():
    scenario = to_scenario(ScenarioRequest.model_validate(BODY))
    assert scenario.partner_job == Job(start_month=Month(2026, 4), pay_period="four_weeks",
                                       gross_per_period=Decimal(900))
    assert scenario.job.hours_per_week == 16
    alone = to_scenario(ScenarioRequest.model_validate({**BODY, "job": None}))
    assert alone.job is None and alone.partner_job is not None


def test_the_answer_has_the_partners_wage_only_with_partner_job(client):
    months = _post(client, BODY).json()["months"]
    assert all("partner_gross_wage" in month and "partner_net_wage" in month for month in months)
    without = _post(client, {**BODY, "partner_job": None}).json()["months"]
    assert all("partner_gross_wage" not in month for month in without)
    codes = _post(client, {**BODY, "explain": "codes"}).json()["months"]
    assert all("partner_net_wage" in month for month in codes)


def test_partner_job_is_checked_like_job(client):
    errors = _errors(_post(client, {**BODY, "partner_job": {"start_month": "2026-04"}}))
    assert "uurloon" in errors["partner_job"]
    errors = _errors(_post(client, {**BODY, "partner_job": {**JOB, "hours_per_week": 61}}))
    assert "60" in errors["partner_job.hours_per_week"]
    errors = _errors(_post(client, {**BODY, "partner_job": {**JOB, "first_payday": "2026-05-01",
                                                             "pay_period": "four_weeks"}}))
    assert "eerste betaaldag" in errors["partner_job.first_payday"]
    errors = _errors(_post(client, {**BODY, "partner_job": {**JOB, "start_month": "2015-12"}}))
    assert "2016" in errors["partner_job.start_month"]


def test_partner_job_needs_a_couple_and_the_partners_age(client):
    single = {**BODY, "household": {"situation": "single", "age": 35}}
    assert "samenwoont of getrouwd" in _errors(_post(client, single))["partner_job"]
    no_age = {**BODY, "household": {"situation": "couple", "age": 35}}
    assert "leeftijd van je partner" in _errors(_post(client, no_age))["partner_job"]
    english = client.post("/api/v1/scenario?lang=en", json=single)
    assert "live together or are married" in _errors(english)["partner_job"]


def test_partner_job_with_a_partner_without_bijstand_is_refused(client):
    body = {**BODY, "household": {**BODY["household"], "partner_has_bijstand": False}}
    assert "household.partner_has_bijstand" in _errors(_post(client, body))
