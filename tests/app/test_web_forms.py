"""Money and number parsing for the forms, and the question fields' validation."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.forms import steps
from app.forms.parsing import InputError, format_amount, format_number, parse_ages, parse_decimal, parse_whole


@pytest.mark.parametrize("text, expected", [
    ("1.234,56", "1234.56"),
    ("€ 800", "800"),
    ("€800", "800"),
    ("800,-", "800"),
    ("800,–", "800"),
    ("14,71", "14.71"),
    ("14.71", "14.71"),
    ("1234.56", "1234.56"),
    ("1,234.56", "1234.56"),
    (" 1 234,56 ", "1234.56"),
    ("1.234.567", "1234567"),
    ("12,5", "12.5"),
    ("0", "0"),
    ("EUR 99", "99"),
    ("99 euro", "99"),
    ("€\u00a01.401,50", "1401.50"),
])
def test_dutch_money(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text, code", [
    ("", "empty"),
    ("   ", "empty"),
    ("abc", "not_a_number"),
    ("12abc", "not_a_number"),
    ("-5", "negative"),
    ("1.2.3", "not_a_number"),
    ("1,2,3", "not_a_number"),
    ("14,715", "ambiguous"),
    ("1.200", "ambiguous"),
    ("1,200", "ambiguous"),
    ("14,7155", "too_many_decimals"),
    ("1.23,45", "not_a_number"),
    (".5", "not_a_number"),
])
def test_money_errors(text, code):
    with pytest.raises(InputError) as caught:
        parse_decimal(text)
    assert caught.value.code == code


def test_ambiguous_reads_thousands_where_cents_make_no_sense():
    assert parse_decimal("1.200", ambiguous="thousands") == Decimal("1200")
    assert parse_decimal("1,200", ambiguous="thousands") == Decimal("1200")


amounts = st.decimals(min_value=0, max_value=Decimal("9999999.99"), places=2, allow_nan=False, allow_infinity=False)


@given(amounts)
def test_dutch_format_round_trips(amount):
    assert parse_decimal(format_amount(amount)) == amount
    assert parse_decimal("€ " + format_amount(amount)) == amount


@given(amounts)
def test_plain_decimal_comma_round_trips(amount):
    text = f"{amount:.2f}".replace(".", ",")
    assert parse_decimal(text) == amount


@given(st.integers(min_value=0, max_value=10**7))
def test_whole_euros_with_dash(value):
    assert parse_decimal(f"{value},-", ambiguous="thousands") == value
    assert parse_decimal(format_amount(Decimal(value)).split(",")[0] + ",-", ambiguous="thousands") == value


@given(st.text(max_size=30))
def test_parsing_never_raises_anything_else(text):
    for ambiguous in ("ask", "thousands"):
        try:
            value = parse_decimal(text, ambiguous=ambiguous)
        except InputError:
            continue
        assert value >= 0


@given(st.decimals(min_value=0, max_value=60, places=2))
def test_hours_round_trip(value):
    assert parse_decimal(format_number(value)) == value


def test_whole_numbers():
    assert parse_whole(" 35 ") == 35
    assert parse_whole("35 jaar") == 35
    for text, code in (("", "empty"), ("3,5", "not_whole"), ("-1", "negative"), ("veel", "not_whole")):
        with pytest.raises(InputError) as caught:
            parse_whole(text)
        assert caught.value.code == code


def test_ages():
    assert parse_ages("4, 7") == [4, 7]
    assert parse_ages("4 en 7") == [4, 7]
    assert parse_ages("") == []
    with pytest.raises(InputError):
        parse_ages("vier")


def test_every_step_field_has_messages():
    raw = {name: "" for name in steps.FIELD_NAMES}
    raw["situation"] = "couple"
    _, errors = steps.validate(raw, [item.name for item in steps.FIELDS])
    assert set(errors) == {"situation", "age", "partner_age", "wie_werkt", "wage_kind", "hours", "hourly_wage",
                           "pay_period", "job_start"} - {"situation"}
    for message in errors.values():
        assert message and "%(" not in message
    # Both work: the partner's job asks the same, in its own words.
    raw["wie_werkt"] = "beide"
    _, errors = steps.validate(raw, [item.name for item in steps.FIELDS])
    assert {"partner_job_start", "partner_wage_kind", "partner_pay_period", "partner_hours",
            "partner_hourly_wage"} <= set(errors)
    assert errors["partner_hours"] == "Vul in hoeveel uur per week je partner gaat werken"
    assert "wie_werkt" not in errors


def test_ambiguous_hourly_wage_is_asked():
    raw = {name: "" for name in steps.FIELD_NAMES}
    raw.update(hourly_wage="1.471", wage_kind="uur")
    _, errors = steps.validate(raw, ["hourly_wage"])
    assert "1471" in errors["hourly_wage"] and "14,71" in errors["hourly_wage"]


def test_partner_age_only_for_couples():
    raw = {name: "" for name in steps.FIELD_NAMES}
    raw.update(situation="single", age="30")
    values, errors = steps.validate(raw, steps.step_fields("huishouden"))
    assert not errors and values["partner_age"] is None


def test_ages_with_an_arabic_comma_or_arabic_digits():
    from app.forms.parsing import parse_ages

    assert parse_ages("4\u060c 7") == [4, 7]
    assert parse_ages("\u0664\u060c \u0667") == [4, 7]


def test_amounts_with_arabic_separators():
    from decimal import Decimal

    from app.forms.parsing import parse_decimal

    assert parse_decimal("\u0661\u0662\u0663\u0664\u066b\u0665\u0666") == Decimal("1234.56")
    assert parse_decimal("\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0666") == Decimal("1234.56")
