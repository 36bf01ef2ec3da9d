"""The API's JSON writers write Decimals exactly as they are: app.adapters.dumps gives the same
text as the plain recursive writer it replaced for speed, and response_json (faster still, for
the answers) the same text as dumps (issue 7, docs/benchmarks.md)."""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.adapters import _plain_dumps, answer_json, dumps, response_json, run, sweep, to_response
from rules.parameters import load_yaml
from tests.golden.test_golden import CASES, scenario_from_request
from tests.rules.test_properties import scenarios


# The plain recursive writer stays in app.adapters for texts that already hold a mark; it is
# slow and obviously right, so the fast writer must give exactly its text.
reference = _plain_dumps


leaves = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
          | st.text(max_size=12) | st.decimals(places=2) | st.decimals() | st.sampled_from([Decimal("-0"), Decimal("1E+3")]))
values = st.recursive(leaves, lambda children: st.lists(children, max_size=4)
                      | st.tuples(children, children)
                      | st.dictionaries(st.text(alphabet="abcxyz_", max_size=8), children, max_size=4), max_leaves=30)


@given(values)
@example({"a": "\ue000", "b": Decimal("1.5")})
@example(["\ue0011\ue000", Decimal("2")])
@example({1: Decimal("1"), "n": [Decimal("NaN"), Decimal("-0")]})
def test_same_text_as_the_plain_writer(value):
    assert dumps(value) == reference(value)


def test_amounts_keep_their_cents():
    assert dumps({"total": Decimal("1401.50"), "n": [Decimal("-0.00"), Decimal("12")]}) == \
        '{"total":1401.50,"n":[-0.00,12]}'
    assert json.loads(dumps({"text": "€ 1.401,50 \u2068x\u2069"})) == {"text": "€ 1.401,50 \u2068x\u2069"}


# The API writes its answers with response_json, which must give exactly dumps' text.
@given(values)
@example({"a": {"b": Decimal("1E+3"), "c": Decimal("-0.00")}, "d": [Decimal("NaN"), True, 0, None]})
@example({"text": "\ue000", "n": Decimal("1.50")})
def test_the_answer_writer_gives_the_same_text(value):
    assert response_json(value) == dumps(value)


def test_a_shared_dict_is_written_the_same_each_time():
    shared = {"code": "x", "values": {"amount": Decimal("12.30")}}
    value = {"months": [{"explanations": [shared, shared]}, {"explanations": [shared]}]}
    assert response_json(value) == dumps(value)
    assert response_json(value).count('"amount":12.30') == 3


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
@pytest.mark.parametrize("lang", ["nl", "ar", "ti"])
def test_real_answers_read_the_same_with_both_writers(case, lang):
    body = load_yaml(case)["input"]
    result = run(scenario_from_request(body))
    answer = to_response(result, [], lang)
    assert response_json(answer) == dumps(answer)
    assert json.loads(response_json(answer))["months"][0]["norm"] == float(answer["months"][0]["norm"])


# The API writes its answer straight from the result (answer_json): the same text as the
# plain data of to_response written by dumps, for any scenario and in every language.
@settings(max_examples=60, deadline=None)
@given(scenarios(), st.sampled_from(["voorbeeld", "amsterdam", "rotterdam"]),
       st.sampled_from(["nl", "en", "ar", "tr", "pl", "ti"]), st.booleans())
def test_the_api_answer_is_the_contract_data_as_text(scenario, gemeente, lang, with_sweep):
    scenario = dataclasses.replace(scenario, gemeente=gemeente)
    result = run(scenario)
    points = sweep(scenario, result, [Decimal(0), Decimal("12.5")]) if with_sweep and scenario.job and scenario.job.hourly_wage else []
    assert answer_json(result, points, lang) == dumps(to_response(result, points, lang))


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_golden_answers_are_the_contract_data_as_text(case):
    result = run(scenario_from_request(load_yaml(case)["input"]))
    for lang in ("nl", "ar"):
        assert answer_json(result, [], lang) == dumps(to_response(result, [], lang))
