"""No 500 anywhere: Hypothesis over the whole input space of every route, pages included.

A hidden field is only hidden from people: anyone can send any value in it. So every page is
posted with the answers of a real journey, some of them changed into anything (very long
digits, months in the year 9999, signs, letters of other scripts, nothing at all), plus every
navigation field (`step`, `action`, `return_to`, `embed`, `lang`, `form`). The API gets months
from the whole YYYY-MM space. Before: a start month in 9996 and a hidden amount of 27 digits
gave a 500. (schemathesis covers the API's schema: tests/app/test_schema.py.)
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.forms import steps

from .conftest import ANSWERS, API_BODY, COUPLE_BOTH_WORK

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))

years = st.integers(2024, 2035) | st.integers(0, 9999) | st.sampled_from([0, 1, 9996, 9997, 9998, 9999])
any_month = st.builds("{:04d}-{:02d}".format, years, st.integers(1, 12))
odd_texts = st.sampled_from([
    "", " ", "0", "-1", "1" * 27, "9" * 40, "1e400", "NaN", "Infinity", "1.000.000,00", "99999999999,99",
    "²", "٣٥", "１２", "€", "€ -5", "0,001", "14,7100", "9999-12", "0000-01", "2026-00", "2026-13",
    "ja", "nee", "uur", "periode", "single_parent", "couple", "may", "monthly", "week", "four_weeks",
    "ik", "partner", "beide", "voorbeeld", "amsterdam", "../../etc/passwd", "<script>", "\x00", "a" * 300, "30, 31", "4" + ", 4" * 30,
])
values = st.one_of(odd_texts, odd_texts, any_month, st.text(max_size=30), st.integers(-10**30, 10**30).map(str))
navigation = {
    "step": st.sampled_from([*steps.STEPS, "controleer", "", "x"]),
    "action": st.sampled_from(["next", "back", "lang", "start", "calculate", "print", "fewer_hours", "more_hours",
                               "change:controleer", *(f"change:{step}" for step in steps.STEPS), "change:x", "x", ""]),
    "return_to": st.sampled_from(["", "check", "x"]),
    "show_errors": st.sampled_from(["", "1"]),
    "form": st.sampled_from(["", "consulent", "x"]),
    "lang": st.sampled_from(["", "nl", "en", "ar", "ti", "xx", "../nl"]),
    "embed": st.sampled_from(["", "voorbeeld", "amsterdam", "bestaat-niet", "x" * 100]),
}
FIELDS = list(steps.FIELD_NAMES)
# A journey of a single parent, or of a couple where both work (the partner's job filled in).
forms = st.builds(
    lambda base, changed, nav: {**base, **changed, **nav},
    st.sampled_from([ANSWERS, {**ANSWERS, **COUPLE_BOTH_WORK}]),
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=6),
    st.fixed_dictionaries({}, optional=navigation),
)


def check(response) -> None:
    assert response.status_code < 500, response.text[:300]
    assert response.status_code in (200, 303, 404, 422), response.status_code


@SETTINGS
@given(form=forms)
@example(form={**ANSWERS, "rent": "1" * 27, "step": "controleer", "action": "lang"})
@example(form={**ANSWERS, "hourly_wage": "9" * 40, "step": "loon", "action": "next"})
def test_the_questions_never_fail(client, form):
    check(client.post("/vragen", data=form))


@SETTINGS
@given(form=forms)
def test_the_result_never_fails(client, form):
    response = client.post("/uitkomst", data=form)
    check(response)
    if response.status_code == 422:
        assert "govuk-error-summary" in response.text or "error-summary" in response.text


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(form=forms)
def test_the_one_page_form_never_fails(client, form):
    check(client.post("/consulent", data=form))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
       path=st.sampled_from(["/vragen", "/uitkomst", "/consulent"]))
def test_a_form_body_of_anything_never_fails(client, body, path):
    check(client.post(path, content=body, headers={"content-type": "application/x-www-form-urlencoded"}))


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(segment=st.text(max_size=40) | odd_texts, lang=st.text(max_size=20) | st.sampled_from(["en", "ar"]),
       accept=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60))
def test_every_page_to_get_never_fails(client, segment, lang, accept):
    from urllib.parse import quote

    headers = {"accept-language": accept}
    for path in ("/", "/vragen", "/consulent", f"/embed/{quote(segment, safe='')}",
                 f"/gemeente/{quote(segment, safe='')}/beleid"):
        response = client.get(path, params={"lang": lang}, headers=headers)
        assert response.status_code in (200, 404), (path, response.status_code)


api_bodies = st.builds(
    lambda start, job_start, months, ages, body: {
        **body, "start_month": start, "months": months,
        "household": {**body["household"], "age": ages[0], "children": [{"age": age} for age in ages[1:]]},
        "job": {**body["job"], "start_month": job_start}},
    any_month, any_month, st.integers(1, 36), st.lists(st.integers(0, 30), min_size=1, max_size=4),
    st.just(API_BODY),
)


@SETTINGS
@given(body=api_bodies)
@example(body={**API_BODY, "start_month": "9996-01", "months": 36})
@example(body={**API_BODY, "start_month": "9999-12", "months": 1, "job": None})
def test_the_api_over_every_month_never_fails(client, body):
    response = client.post("/api/v1/scenario", content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code in (200, 422), response.text[:300]
    if response.status_code == 422:
        assert all(error["message"] for error in response.json()["errors"])
