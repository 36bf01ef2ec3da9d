"""Every explanation and warning code of the rules core has a plain Dutch text."""
from __future__ import annotations

import datetime
import re
from decimal import Decimal

from app.presenters.explain import MONTH_TEXTS, WARNING_TEXTS, month_text, warning_text
from rules import Month
from rules.explanations import MONTH_CODES, WARNING_CODES

SAMPLES = {
    "share": Decimal("0.15"), "month": Month(2027, 1), "from_month": Month(2027, 1),
    "since": datetime.date(2026, 7, 1), "parameter": "participatiewet/normen.alleenstaande_21",
    "toeslag": "huurtoeslag", "quarter": "2027-Q1", "children": 2, "parameters": ["a", "b"],
    "regeling": "individuele_inkomenstoeslag", "premie": "uitstroompremie", "kind": "jaarlijks",
}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
FORMAL = re.compile(r"\b(u|uw|U|Uw)\b")


def sample(name):
    if name in SAMPLES:
        return SAMPLES[name]
    if name in ("paydays", "periods", "month_number", "max_months", "persons", "age", "months", "year",
                "months_shown", "min_age", "referteperiode_months"):
        return 3
    return Decimal("1401.50")


def test_every_code_has_a_text():
    # A text for a code the core no longer (or not yet) has is harmless; a code without one is not.
    assert set(MONTH_CODES) <= set(MONTH_TEXTS), set(MONTH_CODES) - set(MONTH_TEXTS)
    assert set(WARNING_CODES) <= set(WARNING_TEXTS), set(WARNING_CODES) - set(WARNING_TEXTS)


def test_texts_use_only_the_values_a_code_carries():
    for texts, codes in ((MONTH_TEXTS, MONTH_CODES), (WARNING_TEXTS, WARNING_CODES)):
        for code, values in codes.items():
            text = texts[code] if isinstance(texts[code], str) else texts[code].plural
            assert set(PLACEHOLDER.findall(text)) <= set(values), code


def rendered():
    for code, names in MONTH_CODES.items():
        yield code, month_text(code, {name: sample(name) for name in names})
    for code, names in WARNING_CODES.items():
        yield code, warning_text(code, {name: sample(name) for name in names})


def test_texts_render_in_plain_dutch():
    for code, text in rendered():
        assert "%(" not in text and "Hier speelt nog iets mee" not in text, code
        assert not FORMAL.search(text), f"{code}: we say 'je', not 'u'"
        for sentence in re.split(r"(?<=[.?!:])\s+", text):
            assert len(sentence.split()) <= 20, f"{code}: {sentence}"


def test_amounts_and_months_are_formatted_in_dutch():
    text = month_text("bijstand", {"norm": Decimal("1401.5"), "counted": Decimal("570.28"), "bijstand": Decimal("831.22")})
    assert "€\u00a01.401,50" in text and "€\u00a0831,22" in text
    assert "januari 2027" in month_text("counted_next_month", {"amount": Decimal(1), "from_month": Month(2027, 1)})
    assert "15%" in month_text("vrijlating_34a", {"share": Decimal("0.15"), "amount": Decimal(1), "month_number": 1, "max_months": 12})


def test_an_unknown_code_does_not_break_the_page():
    assert month_text("a_code_from_the_future", {"x": 1})


def test_every_group_of_figures_has_a_plain_name():
    """The rules core groups the figures that are not final (rules/figures.py); each group is
    named in plain words, in every warning that names it."""
    from app.presenters.explain import GROUP_NAMES
    from rules.figures import GROUPS

    assert {group for _, group in GROUPS} == set(GROUP_NAMES)
