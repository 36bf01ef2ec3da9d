"""Runs every golden scenario file (see README.md)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.adapters import month_amounts, partner_amounts, to_scenario
from app.contract import MONTH_MONEY, PARTNER_MONEY, ScenarioRequest
from rules import Month, OutOfScope, Scenario, calculate, default_profiles
from rules.parameters import load_yaml
from rules.profiles import parse_profile

ALL_CASES = sorted(Path(__file__).parent.rglob("*.yaml"))
# The cases with months to compare (other tests run these too); the rest are refused households.
CASES = [path for path in ALL_CASES if "out_of_scope" not in load_yaml(path)]
CASE_KEYS = {"name", "source", "input", "policy", "expect", "warnings", "warnings_absent", "out_of_scope", "year_end"}


def _month(value) -> Month:
    return Month(value.year, value.month) if isinstance(value, date) else Month.parse(str(value))


def scenario_from_request(body: dict) -> Scenario:
    """A golden case's input is a contract request: it goes through the API's own converter."""
    return to_scenario(ScenarioRequest.model_validate(body))


def _policy(neutral, overrides: dict | None, gemeente: str = "voorbeeld"):
    """The profile named by `input.gemeente` (default the neutral one), with `policy` overrides."""
    base = neutral if gemeente == "voorbeeld" else default_profiles()[gemeente]
    if not overrides:
        return base
    raw = dict(base.raw)
    terms = dict(raw.get("open_terms") or {})
    for term, value in overrides.items():
        terms[term] = {"values": {date(2025, 1, 1): {"value": value, "source": {"title": "golden case"}}}}
    raw["open_terms"] = terms
    return parse_profile(raw, "golden case policy")


TOESLAGEN = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")


def _year_field(item, field: str):
    """A field of the year end: the settlements, a detail (toetsingsinkomen), the income tax
    (refund, clawed_back, kept), the applicant's own assessment (due, withheld_gemeente, ...) or,
    prefixed `partner_`, the partner's."""
    if field in ("toeslagen_settlement", "income_tax_settlement"):
        return getattr(item, field)
    if "." in field:  # a detail inside the details, e.g. toeslagen.huurtoeslag.advance
        value = item.details
        for key in field.split("."):
            value = value[key]
        return value
    if field in item.details:
        return item.details[field]
    tax = item.details["income_tax"]
    if field.startswith("partner_"):  # the partner's own assessment (a couple's second person)
        return tax["persons"][1][field.removeprefix("partner_")]
    return tax[field] if field in tax else tax["persons"][0][field]


def _field(row, base, field: str):
    """A MonthResult field, or a total without the toeslagen (for cases about the bijstand only)."""
    if field == "total_before_toeslagen":
        return row.total - sum(getattr(row, name) for name in TOESLAGEN)
    if field == "total_without_job_before_toeslagen":
        return base.total - sum(getattr(base, name) for name in TOESLAGEN)
    if field in ("total_range_low_before_toeslagen", "total_range_high_before_toeslagen"):
        value = getattr(row, field.removesuffix("_before_toeslagen"))
        return None if value is None else value - sum(getattr(row, name) for name in TOESLAGEN)
    if field in ("total_low_before_toeslagen", "total_high_before_toeslagen"):
        # The toeslagen advances rest on the income without the job (warning
        # toeslagen_advance_without_job), so they are the same at the fewest and the most hours.
        return getattr(row, field.removesuffix("_before_toeslagen")) - sum(getattr(row, name) for name in TOESLAGEN)
    return getattr(row, field)


def _wanted(expected):
    """An amount, a yes/no, a rule's name (vrijlating_rule) or null."""
    if expected is None or isinstance(expected, (bool, str)):
        return expected
    return Decimal(str(expected))


@pytest.mark.parametrize("path", ALL_CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_case(path, params, neutral):
    case = load_yaml(path)
    assert set(case) <= CASE_KEYS, f"unknown keys {set(case) - CASE_KEYS}"
    assert case.get("source"), "every golden case says where its numbers come from"
    policy = _policy(neutral, case.get("policy"), case["input"].get("gemeente", "voorbeeld"))
    if "out_of_scope" in case:  # a household Houvast refuses, with the code of its plain message
        with pytest.raises(OutOfScope) as refused:
            calculate(scenario_from_request(case["input"]), params, policy)
        assert refused.value.code == case["out_of_scope"]
        return
    result = calculate(scenario_from_request(case["input"]), params, policy)
    for month, fields in case["expect"].items():
        row = result.month(_month(month))
        base = result.baseline[result.months.index(row)]
        for field, expected in fields.items():
            actual = _field(row, base, field)
            wanted = _wanted(expected)
            assert actual == wanted, f"{month} {field}: {actual} != {wanted}"
            if field in MONTH_MONEY:  # and the contract's answer says the same
                assert month_amounts(row)[field] == wanted, f"{month} {field} in the answer"
            if field in PARTNER_MONEY:
                assert partner_amounts(row)[field] == wanted, f"{month} {field} in the answer"
    for year, fields in (case.get("year_end") or {}).items():
        item = next(item for item in result.year_end if item.year == int(year))
        for field, expected in fields.items():
            actual = _year_field(item, field)
            wanted = expected if isinstance(expected, str) else Decimal(str(expected))  # a date or an amount
            assert actual == wanted, f"{year} {field}: {actual} != {expected}"
    codes = {warning.code for warning in result.warnings}
    for code in case.get("warnings", []):
        assert code in codes, f"missing warning {code}"
    for code in case.get("warnings_absent", []):
        assert code not in codes, f"warning {code} should not be given"
    for state in ("figures_outdated", "figures_provisional"):  # a case names the figures that are not final
        if state not in case.get("warnings", []):
            assert state not in codes, state
