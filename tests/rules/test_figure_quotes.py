"""Every national figure carries the words of its source (`quote`), and the quote contains the
figure as Dutch sources print it: 1401.50 as "1.401,50", 0.3623 as "36,23%" or "36,23 procent",
6 months as "6" or "zes". A figure for which no quote was found is listed in KNOWN_GAPS with the
reason: better an honest gap than a made-up quote.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from rules.parameters import DATA_DIR, load_yaml

NO_QUOTE_FOUND = "no source text with this figure was at hand (research files, seeds, search); to do"
TAX_2025_2026 = ("Belastingdienst tables and Belastingplan figures via secondary sources; their wording "
                 "was not kept when the figure was entered")
KNOWN_GAPS: dict[str, str] = {
    # key: parameter name (every value without a quote) or name@date (that value only)
    "aow/pensioenleeftijd.jaren": NO_QUOTE_FOUND,
    "belasting/heffingskortingen.algemene_heffingskorting@2025-01-01": TAX_2025_2026,
    "belasting/heffingskortingen.algemene_heffingskorting@2026-01-01": TAX_2025_2026,
    "belasting/heffingskortingen.arbeidskorting": TAX_2025_2026,
    "belasting/inkomstenbelasting.inkomensafhankelijke_combinatiekorting": TAX_2025_2026,
    "belasting/inkomstenbelasting.kind_jonger_dan": NO_QUOTE_FOUND,
    "belasting/loonheffing.tabelstap_jaarloon": "Rekenvoorschriften 2026 table 1a: read as a table, no sentence to quote",
    "belasting/tarieven.schijven@2025-01-01": TAX_2025_2026,
    "kinderbijslag/bedragen.per_kwartaal": "values of 2025: AKW texts of 2025 not re-read",
    "participatiewet/kostendelersnorm.basisdeel": "the law prints the formula (40 + A x 30) / A x B as an image",
    "participatiewet/kostendelersnorm.deel_per_persoon": "the law prints the formula (40 + A x 30) / A x B as an image",
    "participatiewet/vakantietoeslag.aanspraak_met_heffingskorting": "Normenbrief bijlage IV (a table) not at hand",
    "participatiewet/vakantietoeslag.aanspraak_zonder_heffingskorting": "Normenbrief bijlage IV (a table) not at hand",
    "participatiewet/vakantietoeslag.uitbetaalmaand": "art. 45 lid 1 names the month in words ('de maand juni'), not a number",
    "participatiewet/vrijlating.y_maximum@2025-07-01": "art. 31 lid 2 onder y, toestand 2025-07-01, not re-read (before the first month Houvast calculates)",
    "toeslagen/awir.toekenning_binnen_maanden": NO_QUOTE_FOUND,
    "toeslagen/huurtoeslag.subsidiepercentages": "the captured table gives 100% / 65% / 40% without the sentence",
    "toeslagen/kindgebonden_budget.drempelinkomen@2025-01-01": "the law gives the formula (108% x 12 x WML), not the amount",
    "toeslagen/kindgebonden_budget.drempelinkomen@2026-01-01": "the law gives the formula (108% x 12 x WML), not the amount",
    "toeslagen/zorgtoeslag.drempelinkomen@2025-01-01": "the law gives the formula (108% x 12 x WML), not the amount",
    "toeslagen/zorgtoeslag.drempelinkomen@2026-01-01": "the law gives the formula (108% x 12 x WML), not the amount",
    "toeslagen/zorgtoeslag.percentages@2025-01-01": "2025 percentages: Besluit Stb. 2024, 351 not quoted",
    "wml/minimumloon.jeugd_percentage": "Besluit minimumjeugdloonbedragen not re-read; only tables citing it",
    "wml/minimumloon.uurloon_21@2025-07-01": NO_QUOTE_FOUND,
    "wml/vakantiebijslag": NO_QUOTE_FOUND,
}

# A quote that holds some figures of a table but not all: the ones missing, with the reason.
PARTIAL_QUOTES: dict[str, tuple[set[str], str]] = {
    "belasting/heffingskortingen.algemene_heffingskorting@2027-01-01": (
        {"0.06638"}, "the phase-out rate is in one source only, a calculator's code; it follows from "
        "the other figures (tests/rules/test_figure_relations.py)"),
}

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


def _found(leaf: Decimal, percent: bool, quote: str) -> bool:
    if percent:
        forms = _percent_forms(abs(leaf) * 100)
        pattern = r"(?<![\d.,])(%s)\s?(%%|procent)" % "|".join(map(re.escape, sorted(forms)))
        return re.search(pattern, quote) is not None
    forms = _amount_forms(leaf)
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
    missing = {str(leaf) for leaf, percent in _leaves(value, unit) if not _found(leaf, percent, quote)}
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
])
def test_dutch_notation(leaf, percent, quote, found):
    assert _found(leaf, percent, quote) is found
