"""Gemeente profiles: the schema is strict, every real profile loads, every policy item has a source."""
from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from rules import default_profiles
from rules.months import Month
from rules.parameters import ParameterError
from rules.profiles import PROFILE_DIR, load_profiles, parse_profile

REAL = ("amsterdam", "rotterdam")

VALID = {
    "id": "testgemeente",
    "name": "Testgemeente",
    "local": {
        "minimaregelingen": {
            "iit": {
                "name": "Individuele inkomenstoeslag",
                "kind": "individuele_inkomenstoeslag",
                "legal_basis": {"title": "Verordening IIT", "url": "https://lokaleregelgeving.overheid.nl/CVDR1/1"},
                "values": {
                    date(2026, 1, 1): {
                        "income_limit": Decimal("1.05"), "tolerance": 5, "referteperiode_months": 36,
                        "min_age": 21, "per": "year", "amounts": {"alleenstaande": 350, "gehuwden": None},
                        "payment_month": 12, "source": {"title": "Verordening IIT art. 4"}, "confidence": "B",
                    },
                },
            },
        },
        "premies": {
            "bijverdien": {
                "name": "Bijverdienpremie",
                "kind": "bijverdienpremie",
                "legal_basis": {"title": "Beleidsregel premie"},
                "values": {
                    date(2026, 1, 1): {
                        "amount": Decimal("150.00"), "after_months": 6, "every_months": 6,
                        "conditions": {"min_hours_per_week": 20, "on_bijstand": True},
                        "source": {"title": "Beleidsregel premie art. 2"},
                    },
                },
            },
        },
    },
    "web": {"frame_ancestors": ["https://www.example.nl", "https://embed.example.nl:8443", "https://localhost:8443"], "languages": ["nl"]},
}


def _broken(path: tuple, value) -> dict:
    data = copy.deepcopy(VALID)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()
IIT = ("local", "minimaregelingen", "iit")
IIT_VALUE = IIT + ("values", date(2026, 1, 1))
PREMIE_VALUE = ("local", "premies", "bijverdien", "values", date(2026, 1, 1))


def test_the_valid_example_parses_into_typed_items():
    policy = parse_profile(copy.deepcopy(VALID), "test.yaml")
    (iit,), (premie,) = policy.minimaregelingen, policy.premies
    value = iit.at(Month(2026, 3))
    assert value.income_limit == Decimal("1.05") and value.tolerance == Decimal("5.00")
    assert value.amounts == {"alleenstaande": Decimal("350.00"), "gehuwden": None}
    assert (value.referteperiode_months, value.min_age, value.payment_month) == (36, 21, 12)
    assert iit.at(Month(2025, 12)) is None  # before its first date it does not apply
    assert premie.at(Month(2026, 7)).min_hours_per_week == Decimal("20.00")


@pytest.mark.parametrize("path, value, message", [
    (("local", "extra"), {}, "local: unknown keys ['extra']"),
    (("local",), [], "local: must be a mapping"),
    (IIT + ("kind",), "toeslag", "local.minimaregelingen.iit: kind 'toeslag' is not one of"),
    (IIT + ("name",), _DELETE, "local.minimaregelingen.iit: 'name' is required"),
    (IIT + ("legal_basis",), {"url": "https://x.nl"}, "local.minimaregelingen.iit: legal_basis.title is required"),
    (IIT + ("legal_basis",), {"title": "V", "url": "http://x.nl"}, "legal_basis.url: must be an https url"),
    (IIT + ("values",), {}, "local.minimaregelingen.iit: values: at least one dated value"),
    (IIT + ("values",), {"2026": {}}, "'2026' is not a date"),
    (IIT_VALUE + ("source",), _DELETE, "local.minimaregelingen.iit 2026-01-01: every value needs source.title"),
    (IIT_VALUE + ("income_limit",), 105, "2026-01-01: income_limit must be a ratio of the norm"),
    (IIT_VALUE + ("income_limit",), _DELETE, "2026-01-01: income_limit must be a ratio of the norm"),
    (IIT_VALUE + ("amounts",), {"single": 350}, "amounts: unknown household categories ['single']"),
    (IIT_VALUE + ("amounts",), {"alleenstaande": -1}, "amounts.alleenstaande: must be an amount in euros"),
    (IIT_VALUE + ("amounts",), {"alleenstaande": Decimal("350.005")}, "amounts.alleenstaande: must be an amount in euros"),
    (IIT_VALUE + ("amounts",), {"alleenstaande": "350"}, "amounts.alleenstaande: must be an amount in euros"),
    (IIT_VALUE + ("per",), "week", "2026-01-01: per 'week' is not one of"),
    (IIT_VALUE + ("payment_month",), 13, "payment_month: must be a whole number from 1 to 12"),
    (IIT_VALUE + ("referteperiode_months",), 0, "referteperiode_months: must be a whole number from 1 to 120"),
    (IIT_VALUE + ("confidence",), "D", "confidence 'D' is not one of"),
    (IIT_VALUE + ("waarde",), 1, "2026-01-01: unknown keys ['waarde']"),
    (PREMIE_VALUE + ("after_months",), _DELETE, "either after_months or in_month"),
    (PREMIE_VALUE + ("in_month",), 12, "either after_months or in_month"),
    (PREMIE_VALUE + ("amount",), _DELETE, "local.premies.bijverdien 2026-01-01: amount: must be an amount"),
    (PREMIE_VALUE + ("conditions",), {"uren": 20}, "conditions: unknown keys ['uren']"),
    (PREMIE_VALUE + ("conditions",), {"on_bijstand": "ja"}, "conditions.on_bijstand must be true or false"),
    (("web",), ["https://x.nl"], "web: must be a mapping"),
    (("web", "frame_ancestors"), "https://www.example.nl", "web.frame_ancestors: must be a list"),
    (("web", "frame_ancestors"), ["http://www.example.nl"], "'http://www.example.nl' is not an https origin"),
    (("web", "frame_ancestors"), ["https://www.example.nl/"], "is not an https origin without a path"),
    (("web", "frame_ancestors"), ["https://www.example.nl/werk"], "is not an https origin without a path"),
    (("web", "frame_ancestors"), ["https://*.example.nl"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://user@example.nl"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://example.nl?x=1"], "is not an https origin"),
    (("web", "frame_ancestors"), ["'self'"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://a.nl;script-src *"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://a.nl https://evil.nl"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://WWW.EXAMPLE.NL"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://a..nl"], "is not an https origin"),
    (("web", "frame_ancestors"), ["https://example.nl:"], "is not an https origin"),
    (("web", "frame_ancestors"), [" https://example.nl"], "is not an https origin"),
    (("web", "frame_ancestors"), [None], "is not an https origin"),
])
def test_a_broken_profile_fails_naming_the_file_and_the_field(path, value, message):
    with pytest.raises(ParameterError) as error:
        parse_profile(_broken(path, value), "gemeenten/test.yaml")
    assert str(error.value).startswith("gemeenten/test.yaml"), str(error.value)
    assert message in str(error.value), str(error.value)


def test_dates_must_ascend():
    data = copy.deepcopy(VALID)
    values = data["local"]["minimaregelingen"]["iit"]["values"]
    entry = values[date(2026, 1, 1)]
    data["local"]["minimaregelingen"]["iit"]["values"] = {date(2026, 7, 1): entry, date(2026, 1, 1): entry}
    with pytest.raises(ParameterError, match="dates must ascend"):
        parse_profile(data, "x.yaml")


def test_an_open_term_that_is_not_a_mapping_is_a_clear_error():
    with pytest.raises(ParameterError, match=r"x.yaml: open_terms.bufferbudget: must be a mapping"):
        parse_profile({"id": "x", "name": "X", "open_terms": {"bufferbudget": True}}, "x.yaml")


def test_loading_a_directory_names_the_broken_file(tmp_path: Path):
    (tmp_path / "voorbeeld.yaml").write_text((PROFILE_DIR / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    broken = _broken(IIT_VALUE + ("income_limit",), "hoog")
    broken["id"] = "kapot"
    (tmp_path / "kapot.yaml").write_text(yaml.dump(broken, Dumper=_DecimalDumper, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ParameterError) as error:
        load_profiles(tmp_path)
    assert "kapot.yaml: local.minimaregelingen.iit 2026-01-01: income_limit" in str(error.value)


class _DecimalDumper(yaml.SafeDumper):
    """Writes a Decimal as its exact text; the profile loader reads it back as Decimal."""


_DecimalDumper.add_representer(Decimal, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:float", str(value)))


def test_every_real_profile_loads_with_sourced_policy():
    profiles = default_profiles()
    assert set(REAL) <= set(profiles)
    for key in REAL:
        policy = profiles[key]
        assert policy.minimaregelingen, f"{key} ships at least one sourced minimaregeling"
        for item in policy.minimaregelingen + policy.premies:
            assert item.legal_title and item.legal_url.startswith("https://lokaleregelgeving.overheid.nl/CVDR")
            for value in item.values:
                assert value.source and value.url and value.url.startswith("https://"), (key, item.key)
                assert value.confidence in ("A", "B", "C"), (key, item.key)
        for term, entries in policy.terms.items():
            assert all(source for _since, _value, source in entries), (key, term)
        origins = policy.raw["web"]["frame_ancestors"]
        assert origins == [f"https://www.{key}.nl"]  # the gemeente's own site, nothing wider


def test_real_profiles_leave_unsourced_open_terms_at_the_law_default():
    # Nothing was found on Amsterdam's or Rotterdam's bufferbudget, settling or early vrijlating:
    # the profiles keep what the law does without a local decision, and their description says so.
    profiles = default_profiles()
    for key in REAL:
        policy = profiles[key]
        for month in (Month(2026, 7), Month(2027, 3)):
            for term in ("verrekenen_in", "bufferbudget", "vrijlating_2027_al_in_2026"):
                assert policy.at(term, month) == profiles["voorbeeld"].at(term, month)
        assert "NOT FOUND" in policy.raw["description"]


def test_the_sourced_figures():
    profiles = default_profiles()
    amsterdam = profiles["amsterdam"].minimaregelingen[0].at(Month(2026, 7))
    assert (amsterdam.income_limit, amsterdam.tolerance, amsterdam.referteperiode_months) == (Decimal("1.05"), Decimal("5.00"), 36)
    assert amsterdam.amounts == {
        "alleenstaande": Decimal("350.00"), "alleenstaande_ouder": Decimal("450.00"),
        "gehuwden": Decimal("500.00"), "gehuwden_met_kind_12_17": Decimal("800.00"),
    }
    rotterdam_item = profiles["rotterdam"].minimaregelingen[0]
    assert rotterdam_item.at(Month(2025, 6)) is None  # the 2025 verordening applies from 1 July 2025
    rotterdam = rotterdam_item.at(Month(2026, 7))
    assert (rotterdam.income_limit, rotterdam.referteperiode_months) == (Decimal("1.30"), 12)
    # Couples left out: the sources disagree on their amounts.
    assert rotterdam.amounts == {"alleenstaande": Decimal("200.00"), "alleenstaande_ouder": Decimal("300.00")}


def test_the_neutral_profile_has_no_local_policy():
    neutral = default_profiles()["voorbeeld"]
    assert neutral.minimaregelingen == () and neutral.premies == ()


def test_items_carry_their_description_and_notes_for_the_beleidskaart():
    item = default_profiles()["amsterdam"].minimaregelingen[0]
    assert item.description.startswith("A yearly amount")
    value = item.values[0]
    assert value.note.startswith("C: an LLM-made extraction") and "\n" not in value.note
    assert value.source.startswith("Verordening Individuele inkomenstoeslag 2025") and "\n" not in value.source
