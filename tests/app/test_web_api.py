"""The JSON API against ../shared/contract/scenario-api.md: fields, types, errors, headers."""
from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MONEY = (
    "norm", "gross_wage", "net_wage", "vrijlating", "counted_income", "bijstand", "bijstand_paid",
    "vakantietoeslag_reserved", "vakantietoeslag_paid", "holiday_pay", "holiday_pay_gross",
    "bufferbudget", "huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag",
    "total", "total_without_job",
)


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_openapi_lists_the_scenario_route(client):
    document = client.get("/openapi.json").json()
    assert "/api/v1/scenario" in document["paths"]
    assert "/healthz" in document["paths"]


def test_response_has_every_contract_field(client, api_body):
    api_body["sweep_hours"] = [0, 8, 16, 24]
    response = client.post("/api/v1/scenario", json=api_body)
    assert response.status_code == 200
    data = response.json()
    assert data["rules_version"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["figures_valid_from"])
    assert len(data["months"]) == 12
    for month in data["months"]:
        assert re.fullmatch(r"\d{4}-\d{2}", month["month"])
        for name in MONEY:
            assert isinstance(month[name], (int, float)), name
        assert isinstance(month["paydays"], int)
        assert isinstance(month["leaves_bijstand"], bool)
        for item in month["explanations"]:
            assert item["code"] and item["text"]
            assert item["law"] is None or item["law"].startswith("https://")
            assert isinstance(item["values"], dict)
    for item in data["year_end"]:
        assert isinstance(item["year"], int)
        assert isinstance(item["toeslagen_settlement"], (int, float))
        assert isinstance(item["income_tax_settlement"], (int, float))
    assert [row["hours_per_week"] for row in data["sweep"]] == [0, 8, 16, 24]
    for row in data["sweep"]:
        assert set(row) >= {"hours_per_week", "average_total", "average_total_without_job"}
    for item in data["warnings"]:
        assert item["code"] and item["text"] and "law" in item


def test_amounts_are_written_with_two_decimals(client, api_body):
    text = client.post("/api/v1/scenario", json=api_body).text
    for name in ("norm", "total", "bijstand", "net_wage"):
        for value in re.findall(rf'"{name}":(-?[0-9.]+)', text):
            assert re.fullmatch(r"-?\d+\.\d\d", value), (name, value)


def test_total_is_the_sum_of_what_is_paid(client, api_body):
    for month in client.post("/api/v1/scenario", json=api_body).json()["months"]:
        parts = (month["net_wage"] + month["holiday_pay"] + month["bijstand_paid"] + month["vakantietoeslag_paid"]
                 + month["bufferbudget"] + month.get("gemeente_premie", 0) + month["huurtoeslag"]
                 + month["zorgtoeslag"] + month["kindgebonden_budget"] + month["kinderbijslag"])
        assert abs(parts - month["total"]) < 0.011


def test_sweep_point_equals_the_scenario_for_the_same_hours(client, api_body):
    api_body["sweep_hours"] = [16]
    data = client.post("/api/v1/scenario", json=api_body).json()
    totals = [month["total"] for month in data["months"]]
    assert abs(data["sweep"][0]["average_total"] - sum(totals) / len(totals)) < 0.011


def test_no_job_is_the_baseline(client, api_body):
    api_body["job"] = None
    data = client.post("/api/v1/scenario", json=api_body).json()
    for month in data["months"]:
        assert month["total"] == month["total_without_job"]
        assert month["net_wage"] == 0


def test_defaults_start_this_month_for_twelve_months(client):
    data = client.post("/api/v1/scenario", json={"household": {"situation": "single", "age": 40}}).json()
    assert len(data["months"]) == 12


def errors_of(response) -> dict[str, str]:
    assert response.status_code == 422
    body = response.json()
    assert body["message"]
    return {item["field"]: item["message"] for item in body["errors"]}


def test_one_readable_message_per_wrong_field(client):
    response = client.post("/api/v1/scenario", json={
        "months": 99,
        "household": {"situation": "alone", "age": "old", "rent": "lots"},
        "job": {"start_month": "2027-1", "hours_per_week": 16, "hourly_wage": 14.71},
        "unknown_field": 1,
    })
    errors = errors_of(response)
    assert set(errors) == {"months", "household.situation", "household.age", "household.rent",
                           "job.start_month", "unknown_field"}
    assert "36" in errors["months"]
    assert "'single_parent' of 'couple'" in errors["household.situation"]
    assert "heel getal" in errors["household.age"]
    assert "2027-01" in errors["job.start_month"]
    for message in errors.values():
        assert "Traceback" not in message and "pydantic" not in message.lower()


def test_job_without_a_wage(client, api_body):
    api_body["job"] = {"start_month": "2027-01"}
    assert "uurloon" in errors_of(client.post("/api/v1/scenario", json=api_body))["job"]


def test_aow_age_refers_to_the_svb(client, api_body):
    api_body["household"]["age"] = 70
    assert "SVB" in errors_of(client.post("/api/v1/scenario", json=api_body))["household.age"]


def test_partner_of_aow_age_is_named_on_the_partner_field(client, api_body):
    """The message is about the partner, on household.partner_age, not about the applicant's age."""
    api_body["household"] = {"situation": "couple", "age": 40, "partner_age": 68}
    errors = errors_of(client.post("/api/v1/scenario", json=api_body))
    assert set(errors) == {"household.partner_age"}
    assert "Je partner heeft de AOW-leeftijd" in errors["household.partner_age"] and "SVB" in errors["household.partner_age"]


def test_out_of_scope_codes_have_dutch_messages(client, api_body):
    cases = [
        ({"start_month": "2025-06"}, "start_month"),
        ({"household": {"situation": "couple", "age": 30}}, "household.partner_age"),
        ({"household": {"situation": "single", "age": 17}}, "household.age"),
        ({"household": {"situation": "single_parent", "age": 30, "children": []}}, "household.children"),
    ]
    for change, field in cases:
        body = {**api_body, **change}
        errors = errors_of(client.post("/api/v1/scenario", json=body))
        assert field in errors, (change, errors)


def test_unknown_gemeente(client, api_body):
    api_body["gemeente"] = "atlantis"
    assert "gemeente" in errors_of(client.post("/api/v1/scenario", json=api_body))
    api_body["gemeente"] = "../etc/passwd"
    assert "gemeente" in errors_of(client.post("/api/v1/scenario", json=api_body))


def test_sweep_needs_an_hourly_wage(client, api_body):
    api_body["job"] = {"start_month": "2027-01", "gross_per_period": 900, "pay_period": "month"}
    api_body["sweep_hours"] = [8]
    assert "sweep_hours" in errors_of(client.post("/api/v1/scenario", json=api_body))


def test_invalid_json(client):
    response = client.post("/api/v1/scenario", content=b"{nonsense", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body"


def test_body_over_one_megabyte_is_413(client):
    response = client.post("/api/v1/scenario", content=b" " * (1024 * 1024 + 1),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["message"]


def test_body_over_one_megabyte_without_length_is_413(client):
    def chunks():
        for _ in range(17):
            yield b" " * 65536
    response = client.post("/api/v1/scenario", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_security_headers_and_no_cookie(client, api_body):
    for response in (
        client.post("/api/v1/scenario", json=api_body),
        client.post("/api/v1/scenario", json={}),
        client.get("/healthz"),
        client.get("/openapi.json"),
    ):
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert "set-cookie" not in headers
        assert "server" not in headers
    assert client.post("/api/v1/scenario", json=api_body).headers["cache-control"] == "no-store"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
field_values = st.fixed_dictionaries({}, optional={
    "start_month": json_values | st.sampled_from(["2026-01", "2027-13", "2030-06"]),
    "months": json_values | st.integers(-5, 50),
    "gemeente": json_values,
    "household": json_values | st.fixed_dictionaries({"situation": st.sampled_from(["single", "couple", "single_parent", "x"]),
                                                      "age": st.integers(-5, 130) | json_values}),
    "job": json_values,
    "vrijlating_months_used": json_values,
    "sweep_hours": json_values | st.lists(st.integers(-5, 70), max_size=5),
})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=json_values | field_values)
def test_never_a_500_on_garbage(client, body):
    response = client.post("/api/v1/scenario", content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert all(item["message"] for item in response.json()["errors"])


households = st.fixed_dictionaries({
    "situation": st.sampled_from(["single", "single_parent", "couple"]),
    "age": st.sampled_from([18, 20, 21, 26, 27, 45, 66, 67]),
    "partner_age": st.sampled_from([None, 18, 19, 22, 40]),
    "children": st.lists(st.fixed_dictionaries({"age": st.integers(0, 30)}), max_size=3),
    "housemates_27_plus": st.integers(0, 20),
    "rent": st.sampled_from([0, 300, 780.5, 2000, 100000]),
    "medisch_urenbeperkt": st.booleans(),
}, optional={"parents_can_help": st.booleans(), "partner_has_bijstand": st.booleans()})
jobs = st.none() | st.fixed_dictionaries({
    "start_month": st.sampled_from(["2020-01", "2025-06", "2026-03", "2027-01", "2031-01"]),
    "hours_per_week": st.sampled_from([0, 1, 16, 40, 60]),
    "hourly_wage": st.sampled_from([0, 1, 14.71, 100, 1000]),
    "pay_period": st.sampled_from(["month", "four_weeks", "week"]),
    "holiday_pay": st.sampled_from(["may", "monthly"]),
    "loonheffingskorting_by_employer": st.booleans(),
}) | st.fixed_dictionaries({
    "start_month": st.just("2027-01"),
    "gross_per_period": st.sampled_from([0, 500, 5000, 100000]),
    "pay_period": st.sampled_from(["month", "four_weeks", "week"]),
})
bodies = st.fixed_dictionaries({
    "start_month": st.sampled_from(["2026-01", "2026-11", "2027-06", "2030-01", "2099-12"]),
    "months": st.sampled_from([1, 12, 36]),
    "household": households,
    "job": jobs,
    "vrijlating_months_used": st.sampled_from([0, 3, 6, 30, 120]),
}, optional={"sweep_hours": st.sampled_from([[0, 20, 40], [60]])})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies)
def test_valid_looking_requests_compute_or_say_why(client, body):
    response = client.post("/api/v1/scenario", json=body)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        months = response.json()["months"]
        assert len(months) == body["months"]
        assert all(month["bijstand"] >= 0 for month in months)
