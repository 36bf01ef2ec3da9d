"""Property tests on what people type (issue 7): whatever the text, parsing gives a sane number or
an InputError, never another exception (which would be a 500 on the page).

The strategies draw from what people really type - digits (also Arabic-Indic, Persian and
full-width ones, which an Arabic or Tigrinya keyboard may give), separators, spaces, currency
signs, dashes, words - plus Unicode "digits" that int() cannot read (superscripts).
"""
from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from app.forms.parsing import InputError, format_amount, parse_ages, parse_decimal, parse_whole

PIECES = (list("0123456789.,-–+€ \u00a0\u202f;eEx") + list("١٢٣٤٥٦٧٨٩٠۴۵۶") + list("１２３") + list("²³¹½")
          + ["EUR", "euro", "jaar", " en "])
TYPED = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@given(TYPED)
@example("14,7155")
@example("1e5")
@example("²")
@example("٣٥٠,٥٠")
def test_money_is_a_sane_amount_or_an_input_error(text):
    for ambiguous in ("ask", "thousands"):
        try:
            value = parse_decimal(text, ambiguous=ambiguous)
        except InputError as error:
            assert error.code in {"empty", "negative", "not_a_number", "ambiguous", "too_many_decimals"}
            continue
        assert isinstance(value, Decimal) and value.is_finite() and value >= 0
        assert value.as_tuple().exponent >= -2
        # What we show back in the field reads as the same amount.
        assert parse_decimal(format_amount(value)) == value.quantize(Decimal("0.01"))


@given(TYPED)
@example("²")
@example("35 jaar")
@example("٣٥")
def test_whole_numbers_and_ages_never_raise_anything_else(text):
    try:
        value = parse_whole(text)
    except InputError:
        pass
    else:
        assert isinstance(value, int) and value >= 0
    try:
        ages = parse_ages(text)
    except InputError:
        pass
    else:
        assert all(isinstance(age, int) and age >= 0 for age in ages)


@given(st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2))
def test_arabic_indic_digits_read_as_the_same_amount(amount):
    text = format_amount(amount)
    eastern = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_decimal(eastern) == parse_decimal(text) == amount


def test_a_superscript_age_is_an_error_on_the_page_not_a_500(client):
    for field, step, extra in (("age", "huishouden", {"situation": "single"}),
                               ("children", "wonen", {"situation": "single", "age": "30", "rent": "500"})):
        response = client.post("/vragen", data={"step": step, "action": "next", **extra, field: "²"})
        assert response.status_code == 422, (field, response.status_code)
        assert f'href="#{field}"' in response.text
