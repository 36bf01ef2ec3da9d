"""Shared fixtures for the web tests: one TestClient and a complete set of answers."""
from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.forms import steps
from app.main import app


@pytest.fixture(scope="session")
def client() -> TestClient:
    return TestClient(app)


# A single parent, 16 hours at € 14,71, paid every four weeks, starting January 2027.
ANSWERS = {
    "situation": "single_parent",
    "age": "35",
    "partner_age": "",
    "medisch": "nee",
    "children": "4",
    "housemates": "0",
    "rent": "780",
    "wage_kind": "uur",
    "hours": "16",
    "hourly_wage": "14,71",
    "gross_per_period": "",
    "pay_period": "four_weeks",
    "holiday_pay": "may",
    "job_start": "2027-01",
    "loonheffingskorting": "nee",
    "vrijlating_used": "",
}

# Added to ANSWERS: a couple where both work; the partner 12 hours at € 15,20, paid monthly from
# February 2027.
COUPLE_BOTH_WORK = {
    "situation": "couple",
    "partner_age": "33",
    "wie_werkt": "beide",
    "partner_job_start": "2027-02",
    "partner_wage_kind": "uur",
    "partner_hours": "12",
    "partner_hourly_wage": "15,20",
    "partner_pay_period": "month",
}

# The same answers as an API request (the journey shows the first 12 months of the job).
API_BODY = {
    "start_month": "2027-01",
    "months": 12,
    "gemeente": "voorbeeld",
    "household": {"situation": "single_parent", "age": 35, "children": [{"age": 4}], "rent": 780},
    "job": {"start_month": "2027-01", "hours_per_week": 16, "hourly_wage": 14.71,
            "pay_period": "four_weeks", "holiday_pay": "may"},
}


@pytest.fixture
def answers() -> dict:
    return dict(ANSWERS)


@pytest.fixture
def api_body() -> dict:
    import copy
    return copy.deepcopy(API_BODY)


def blank_answers(**answers: str) -> dict[str, str]:
    """Every question of the steps, blank unless given (as the check page's form sends them)."""
    return {name: "" for name in steps.FIELD_NAMES} | answers


def validate_every_step(raw: dict[str, str]) -> tuple[dict, dict]:
    """The answers checked as the check page checks them: the fields of every step."""
    return steps.validate(raw, [item.name for item in steps.FIELDS])
