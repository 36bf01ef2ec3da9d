"""The household questions and the API agree: the parents of someone of 18-20 (art. 20 lid 3
Pw), a child of 27+ at home (art. 19a), a partner without bijstand (art. 24, 24a)."""
from __future__ import annotations

import html
import re

from app.forms import steps

from .conftest import blank_answers, validate_every_step
from .test_web_api import errors_of


def _page_text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.text))


def _step(client, answers, step, **changes):
    return client.post("/vragen", data={**answers, **changes, "step": step, "action": "next"})


def test_the_parents_question_is_asked_only_of_someone_of_18_to_20(client, answers):
    label = "Kunnen je ouders je helpen met geld voor eten en wonen?"
    young = _step(client, answers, "huishouden", situation="single", age="19", children="")
    assert young.status_code == 200 and label in _page_text(young)
    assert 'name="ouders" type="radio"' in young.text  # GOV.UK radios, no script needed
    older = _step(client, answers, "huishouden", age="35")
    assert label not in _page_text(older)
    partner = _step(client, answers, "huishouden", situation="couple", age="30", partner_age="20")
    assert label in _page_text(partner)


def test_parents_who_cannot_help_raise_the_norm_in_the_result(client, answers):
    data = {**answers, "situation": "single", "age": "19", "children": "", "ouders": "nee", "job_start": "2026-07",
            "action": "calculate"}
    text = _page_text(client.post("/uitkomst", data=data))
    # Art. 20 lid 3 (toestand 2026-07-01): 350,42 + 762,24 = 1.112,66.
    assert "€ 1.112,66" in text and "€ 762,24" in text
    assert "Je ouders kunnen niet voor je zorgen" in text


def test_the_parents_answer_travels_to_the_api_request():
    raw = blank_answers(situation="single", age="19", ouders="nee", job_start="2026-07", wage_kind="uur",
                        hours="16", hourly_wage="14,71", pay_period="month")
    values, errors = validate_every_step(raw)
    assert not errors
    assert steps.to_request(values).household.parents_can_help is False
    raw.update(age="35")  # an old answer does not count once the age no longer asks for it
    values, _ = validate_every_step(raw)
    assert steps.to_request(values).household.parents_can_help is None


def test_the_api_raises_the_youth_norm_only_when_the_parents_cannot_help(client, api_body):
    body = {**api_body, "start_month": "2026-07", "months": 1, "job": None,
            "household": {"situation": "single", "age": 19, "parents_can_help": False}}
    month = client.post("/api/v1/scenario", json=body).json()["months"][0]
    assert month["norm"] == 1112.66
    assert "norm_youth_raised" in {item["code"] for item in month["explanations"]}
    body["household"]["parents_can_help"] = True
    assert client.post("/api/v1/scenario", json=body).json()["months"][0]["norm"] == 350.42


def test_a_child_of_30_is_a_kostendeler_in_the_form_and_in_the_api(client, answers, api_body):
    body = {**api_body, "start_month": "2026-01", "months": 1, "job": None,
            "household": {"situation": "single", "age": 55, "children": [{"age": 30}]}}
    response = client.post("/api/v1/scenario", json=body).json()
    assert response["months"][0]["norm"] == 1001.07  # art. 22a, A = 2, Normenbrief 2026 bijlage II
    assert "adult_child_is_kostendeler" in {item["code"] for item in response["warnings"]}
    # The form says to list the child with the children, and not again with the housemates.
    page = _page_text(_step(client, answers, "huishouden"))
    assert "Een kind van 27 jaar of ouder telt voor de bijstand als huisgenoot." in page
    assert "ook niet de kinderen die je hierboven hebt ingevuld" in page
    assert "kinderen onder de 27" not in page
    result = _page_text(client.post("/uitkomst", data={**answers, "situation": "single", "age": "55",
                                                         "children": "30", "housemates": "0",
                                                         "action": "calculate"}))
    assert "telt voor de bijstand als kostendeler" in result


def test_a_partner_without_bijstand_is_refused_in_plain_words(client, answers, api_body):
    api_body["household"] = {"situation": "couple", "age": 30, "partner_age": 24, "children": [{"age": 4}],
                             "partner_has_bijstand": False}
    message = errors_of(client.post("/api/v1/scenario", json=api_body))["household.partner_has_bijstand"]
    assert message.startswith("Houvast rekent alleen voor stellen die samen bijstand krijgen.")
    page = _step(client, answers, "huishouden", situation="couple", partner_age="24", partner_bijstand="nee")
    assert page.status_code == 422
    assert 'href="#partner_bijstand"' in page.text and "samen bijstand krijgen" in _page_text(page)
    assert _step(client, answers, "huishouden", situation="couple", partner_age="24",
                 partner_bijstand="ja").status_code == 200
