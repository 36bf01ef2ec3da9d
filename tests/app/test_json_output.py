"""The API's answer is the typed response (app/contract.py) written by msgspec: every amount a
JSON number exactly as its Decimal reads ("1401.50", never through float), in the contract's
order, and `explain: "codes"` the same answer without the sentences."""
from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.adapters import month_amounts, run, sweep, to_response
from app.contract import MONTH_MONEY, MonthOut, ScenarioResponse, YearSummaryOut
from app.presenters.answer import Texts, local_names
from app.routes.api import answer_json
from rules import summarize
from tests.rules.test_properties import scenarios


def test_amounts_keep_their_cents():
    text = answer_json(YearSummaryOut(year=2026, difference_cash=Decimal("1401.50"),
                                      difference_after_settlements=Decimal("-0.00")))
    assert text == b'{"year":2026,"difference_cash":1401.50,"difference_after_settlements":-0.00}'
    assert json.loads(answer_json({"text": "€ 1.401,50 \u2068x\u2069"})) == {"text": "€ 1.401,50 \u2068x\u2069"}


def _answer(scenario, lang="nl", codes=False, hours=()):
    result = run(scenario)
    points = sweep(scenario, hours) if hours else []
    texts = Texts(local_names(scenario.gemeente), lang, codes=codes)
    return result, answer_json(to_response(result, summarize(result), points, texts))


MONTH = re.compile(rb'\{"month":"[0-9]{4}-[0-9]{2}",(.*?),"leaves_bijstand"')
AMOUNT = re.compile(rb'"(%s)":(-?[0-9]+(?:\.[0-9]+)?)' % b"|".join(name.encode() for name in MONTH_MONEY))


@settings(max_examples=40, deadline=None)
@given(scenarios(), st.sampled_from(["voorbeeld", "amsterdam", "rotterdam"]),
       st.sampled_from(["nl", "en", "ar", "tr", "pl", "ti"]), st.booleans())
def test_the_answer_is_the_result_in_the_contracts_types(scenario, gemeente, lang, with_sweep):
    scenario = dataclasses.replace(scenario, gemeente=gemeente)
    hours = [Decimal(0), Decimal("12.5")] if with_sweep and scenario.job and scenario.job.hourly_wage else []
    result, text = _answer(scenario, lang, hours=hours)
    # Every month amount is written with its two decimals...
    written = [amount for month in MONTH.findall(text) for amount in AMOUNT.findall(month)]
    assert len(written) == len(MONTH_MONEY) * len(result.months)
    assert all(re.fullmatch(rb"-?[0-9]+\.[0-9]{2}", number) for _, number in written)
    # ...and reads back as the rules core's amount, in the order of the contract.
    data = json.loads(text, parse_float=Decimal)
    for row, month in zip(result.months, data["months"], strict=True):
        assert list(month) == list(MonthOut.model_fields)
        assert {name: month[name] for name in MONTH_MONEY} == month_amounts(row)
    assert list(data) == list(ScenarioResponse.model_fields)
    ScenarioResponse.model_validate_json(text)  # the contract's types


def test_codes_leave_out_the_sentences_only(params):
    from rules import Household, Job, Month, Scenario
    scenario = Scenario(Month(2026, 1), 24, Household("single", 35),
                        Job(Month(2026, 2), "four_weeks", "may", Decimal(16), Decimal("15.00")))
    _, full = _answer(scenario)
    _, lean = _answer(scenario, codes=True)
    full, lean = json.loads(full, parse_float=Decimal), json.loads(lean, parse_float=Decimal)
    assert len(json.dumps(lean, default=str)) < len(json.dumps(full, default=str)) * 0.6
    for month_full, month_lean in zip(full["months"], lean["months"], strict=True):
        assert [item["code"] for item in month_full["explanations"]] == [item["code"] for item in month_lean["explanations"]]
        assert all(set(item) == {"code", "law", "values"} for item in month_lean["explanations"])
        assert {k: v for k, v in month_full.items() if k != "explanations"} == \
            {k: v for k, v in month_lean.items() if k != "explanations"}
    assert full["summary"] == lean["summary"]
