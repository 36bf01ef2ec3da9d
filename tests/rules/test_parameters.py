"""The parameter files: shape, dates, sources, legal links, exact decimals, no orphans."""
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rules.months import Month
from rules.parameters import DATA_DIR, ParameterError, load_parameters, parse_file

RULES = Path(__file__).resolve().parents[2] / "rules"


def test_every_file_loads_and_every_value_has_a_source(params):
    assert len(params.parameters) > 40
    for parameter in params.parameters.values():
        for since, _value, source in parameter.values:
            assert isinstance(since, date)
            assert source.strip(), parameter.name


def test_numbers_are_read_exactly_as_written(params):
    value = params.at("participatiewet/normen.alleenstaande_21", Month(2026, 1))
    assert value.amount == Decimal("1401.50")
    assert str(value.amount) == "1401.50"  # not 1401.5000000001 or 1401.5


def test_legal_links_point_to_the_official_law_text(params):
    for parameter in params.parameters.values():
        if parameter.legal is not None:
            assert parameter.legal.url.startswith("https://wetten.overheid.nl/jci1.3:c:BWBR"), parameter.name


def test_every_parameter_is_used_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in RULES.rglob("*.py"))
    unused = []
    for name in load_parameters().parameters:
        file, _, key = name.partition(".")
        if key not in code:
            unused.append(name)
    assert unused == []


def _write(tmp_path, text):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_value_without_source_is_refused(tmp_path):
    path = _write(tmp_path, "unit: euro\nparameters:\n  a:\n    values:\n      2026-01-01: {value: 1.00}\n")
    with pytest.raises(ParameterError, match="source"):
        parse_file(path, "x")


def test_dates_must_ascend(tmp_path):
    path = _write(tmp_path, (
        "unit: euro\nparameters:\n  a:\n    values:\n"
        "      2026-07-01: {value: 2.00, source: {title: s}}\n"
        "      2026-01-01: {value: 1.00, source: {title: s}}\n"))
    with pytest.raises(ParameterError, match="ascend"):
        parse_file(path, "x")


def test_duplicate_keys_are_refused(tmp_path):
    path = _write(tmp_path, (
        "unit: euro\nparameters:\n  a:\n    values:\n"
        "      2026-01-01: {value: 1.00, source: {title: s}}\n"
        "      2026-01-01: {value: 2.00, source: {title: s}}\n"))
    with pytest.raises(ParameterError, match="duplicate"):
        parse_file(path, "x")


def test_a_date_before_any_value_is_an_error_not_a_guess(params):
    with pytest.raises(ParameterError):
        params.at("participatiewet/normen.alleenstaande_21", Month(2024, 12))


def test_a_value_past_a_scheduled_change_is_flagged_as_carried_forward(params):
    july = params.at("participatiewet/normen.alleenstaande_21", Month(2026, 12))
    assert july.amount == Decimal("1419.46") and not july.carried_forward
    january = params.at("participatiewet/normen.alleenstaande_21", Month(2027, 1))
    assert january.amount == Decimal("1419.46") and january.carried_forward


def test_data_dir_is_next_to_the_code():
    assert DATA_DIR == RULES / "data"


def test_all_norms_change_on_the_same_dates(params):
    """Art. 38 Pw indexes every norm together; figures_valid_from relies on it."""
    dates = {
        name: tuple(since for since, _value, _source in parameter.values)
        for name, parameter in params.parameters.items()
        if name.startswith("participatiewet/normen.")
    }
    assert len(set(dates.values())) == 1, dates
