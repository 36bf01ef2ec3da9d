"""Every national figure carries the words of its source (`quote`), and the quote contains the
figure as Dutch sources print it: 1401.50 as "1.401,50", 0.3623 as "36,23%" or "36,23 procent",
6 months as "6" or "zes", the month of payment 6 as "maand juni". A figure for which no quote was found is listed in KNOWN_GAPS with the
reason: better an honest gap than a made-up quote.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from rules.parameters import DATA_DIR, load_yaml

DREMPELINKOMEN = ("the law gives the formula (108% x 12 x the January minimum wage), not the amount; no "
                 "published text with the amount was found (regelrecht corpus Wzt/Awir 2025-2026, the "
                 "Normenbrief 2026, a pages search); the relation test checks the formula")
KNOWN_GAPS: dict[str, str] = {
    # key: parameter name (every value without a quote) or name@date (that value only)
    "belasting/loonheffing.tabelstap_jaarloon": "Rekenvoorschriften 2026 table 1a, checked against the witte "
                                                "maandtabel 2026; the document is not among the stored sources "
                                                "(a pages search finds only the 2014-2016 editions)",
    "toeslagen/awir.toekenning_binnen_maanden": "9 is the sum of two periods, not a figure of a source: the "
                                                "Belastingdienst's three months for the aanslag and the six "
                                                "months of AWIR art. 19 lid 1 (see the description)",
    "toeslagen/huurtoeslag.subsidiepercentages": "Wet op de huurtoeslag art. 21 lid 1 onder b and c leaves both "
                                                 "percentages to the Besluit op de huurtoeslag, which is not "
                                                 "among the stored sources",
    "toeslagen/kindgebonden_budget.drempelinkomen@2025-01-01": DREMPELINKOMEN,
    "toeslagen/kindgebonden_budget.drempelinkomen@2026-01-01": DREMPELINKOMEN,
    "toeslagen/zorgtoeslag.drempelinkomen@2025-01-01": DREMPELINKOMEN,
    "toeslagen/zorgtoeslag.drempelinkomen@2026-01-01": DREMPELINKOMEN,
    "wml/vakantiebijslag.uitbetaalmaand": "May is an assumption (common in collective agreements), not a "
                                          "figure of the law: Wml art. 17 lid 1 names June and lid 2 allows "
                                          "another moment by agreement",
}

# A quote that holds some figures of a table but not all: the ones missing, with the reason.
ARBEIDSKORTING_START = ({"0"}, "the first band starts at no income and no korting: the law names no amount for it")
PARTIAL_QUOTES: dict[str, tuple[set[str], str]] = {
    "belasting/heffingskortingen.arbeidskorting@2025-01-01": ARBEIDSKORTING_START,
    "belasting/heffingskortingen.arbeidskorting@2026-01-01": ARBEIDSKORTING_START,
    "belasting/heffingskortingen.algemene_heffingskorting@2027-01-01": (
        {"0.06638"}, "the phase-out rate is in one source only, a calculator's code; it follows from "
        "the other figures (tests/rules/test_figure_relations.py)"),
}

# Sources that print a percentage as a bare number after the word "percentage" ("de 20-jarigen: 80"):
# there the figure is looked for as that number.
BARE_PERCENTAGES = {"wml/minimumloon.jeugd_percentage@2025-01-01"}

MONTHS = {1: "januari", 2: "februari", 3: "maart", 4: "april", 5: "mei", 6: "juni", 7: "juli",
          8: "augustus", 9: "september", 10: "oktober", 11: "november", 12: "december"}

WORDS = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht",
         9: "negen", 10: "tien", 11: "elf", 12: "twaalf"}


def _grouped(whole: int) -> str:
    return f"{whole:,}".replace(",", ".")


def _text(number: Decimal, decimals: int) -> set[str]:
    """The number with `decimals` decimals, with and without thousands dots."""
    text = f"{abs(number).quantize(Decimal(1).scaleb(-decimals)):f}"
    whole, _, fraction = text.partition(".")
    tail = f",{fraction}" if fraction else ""
    return {whole + tail, _grouped(int(whole)) + tail}


def _amount_forms(number: Decimal) -> set[str]:
    """An amount as Dutch sources print it: 1.401,50 or 1401,50; a whole amount also as 2.119 or
    2.119,00."""
    if number == number.to_integral_value():
        return _text(number, 0) | _text(number, 2)
    return _text(number, max(2, -number.normalize().as_tuple().exponent))


def _percent_forms(number: Decimal) -> set[str]:
    """A percentage with any number of decimals from the fewest needed to the written ones:
    0.4950 as 49,5 or 49,50; 0.1373 as 13,73 or 13,730."""
    shortest = max(0, -number.normalize().as_tuple().exponent)
    longest = max(shortest, -number.as_tuple().exponent, 2)
    return set().union(*(_text(number, decimals) for decimals in range(shortest, longest + 1)))


def _found(leaf: Decimal, percent: bool, quote: str, month: bool = False) -> bool:
    if month and leaf == leaf.to_integral_value() and re.search(rf"\bmaand {MONTHS.get(int(leaf))}\b", quote):
        return True
    if percent:
        forms = _percent_forms(abs(leaf) * 100)
        pattern = r"(?<![\d.,])(%s)\s?(%%|procent)" % "|".join(map(re.escape, sorted(forms)))
        return re.search(pattern, quote) is not None
    forms = _amount_forms(leaf)
    # A table may print a small amount in cents with a leading zero ("€ 02,67").
    forms |= {"0" + form for form in forms if "," in form and not form.startswith("0")}
    if re.search(r"(?<![\d.,])(%s)(?![\d]|[.,]\d)" % "|".join(map(re.escape, sorted(forms))), quote):
        return True
    word = WORDS.get(int(leaf)) if leaf == leaf.to_integral_value() else None
    return word is not None and re.search(rf"\b{word}\b", quote) is not None


def _leaves(value, unit: str):
    """The numbers in a value, each with whether the source prints it as a percentage."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
        yield number, unit == "ratio" or (unit == "table" and abs(number) < 1 and number != 0)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item, unit)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, unit)


def _values():
    """(parameter name, date, value, unit, quote) for every national figure."""
    for path in sorted(DATA_DIR.rglob("*.yaml")):
        relative = path.relative_to(DATA_DIR)
        if relative.parts[0] == "gemeenten":
            continue
        data = load_yaml(path)
        prefix = relative.with_suffix("").as_posix()
        for name, spec in data["parameters"].items():
            unit = spec.get("unit", data.get("unit"))
            for since, entry in spec["values"].items():
                yield f"{prefix}.{name}", since, entry["value"], unit, entry.get("quote")


def _gap(name: str, since: date) -> str | None:
    file = name.partition(".")[0]
    day = since.isoformat()
    for key in (f"{name}@{day}", name, f"{file}@{day}", file):
        if key in KNOWN_GAPS:
            return key
    return None


VALUES = [v for v in _values() if list(_leaves(v[2], v[3]))]


@pytest.mark.parametrize("name, since, value, unit, quote", [v for v in VALUES if v[4]],
                         ids=lambda item: item if isinstance(item, str) and "/" in item else "")
def test_a_quote_contains_the_figure_in_dutch_notation(name, since, value, unit, quote):
    bare = f"{name}@{since.isoformat()}" in BARE_PERCENTAGES
    missing = {str(leaf) for leaf, percent in _leaves(value, unit)
               if not (_found(leaf * 100, False, quote) if bare and percent
                       else _found(leaf, percent, quote, month=name.endswith("uitbetaalmaand")))}
    allowed, _reason = PARTIAL_QUOTES.get(f"{name}@{since.isoformat()}", (set(), ""))
    assert missing == allowed, f"{name} {since}: {sorted(missing)} not in the quote {quote!r}"


def test_every_figure_has_a_quote_or_a_known_gap():
    without = [f"{name}@{since.isoformat()}" for name, since, _, _, quote in VALUES if not quote and _gap(name, since) is None]
    assert not without, "add the source's quote, or list the gap with its reason: " + ", ".join(without)


def test_the_known_gaps_are_still_gaps():
    used = {_gap(name, since) for name, since, _, _, quote in VALUES if not quote}
    assert set(KNOWN_GAPS) - used == set(), "a gap has its quote now: remove it from KNOWN_GAPS"


@pytest.mark.parametrize("leaf, percent, quote, found", [
    (Decimal("1401.50"), False, "een alleenstaande ouder: € 1.401,50;", True),
    (Decimal("1401.50"), False, "€ 1.401,5", False),
    (Decimal("2119"), False, "bedraagt € 2.119,–.", True),
    (Decimal("0.3623"), True, "tarief 36,23% (was 35,75%)", True),
    (Decimal("0.13730"), True, "met 13,730% van het toetsingsinkomen", True),
    (Decimal("0.15"), True, "voor 15 procent van deze inkomsten", True),
    (Decimal("0.15"), True, "voor 115 procent", False),
    (Decimal("12"), False, "maximaal twaalf maanden", True),
    (Decimal("24"), False, "minder dan € 124", False),
    (Decimal("2.67"), False, "8,00% x ink - € 02,67", True),
    (Decimal("2.67"), False, "€ 102,67", False),
])
def test_dutch_notation(leaf, percent, quote, found):
    assert _found(leaf, percent, quote) is found


def test_a_month_of_payment_by_its_name():
    assert _found(Decimal("6"), False, "jaarlijks betaald in de maand juni", month=True)
    assert not _found(Decimal("5"), False, "jaarlijks betaald in de maand juni", month=True)
    assert not _found(Decimal("6"), False, "jaarlijks betaald in de maand juni")
