"""Where you are in the questions, without goalposts that move; a page with one question has that
question as its heading (the legend is the h1, GOV.UK "question pages").

A couple only says who works on the third page, so a "question 3 of 5" there became "of 7" once
"Wij allebei" was chosen. The caption names the part instead: every route has the same two
parts (your household, then the work), known before anything is asked.
"""
from __future__ import annotations

import html
import re

import pytest

from app.forms import steps
from app.i18n import LANGUAGES, gettext

from .conftest import ANSWERS, COUPLE_BOTH_WORK
from .test_web_pages import hidden_fields, post_step

SINGLE = {**ANSWERS, "situation": "single", "children": ""}
BOTH = {**ANSWERS, **COUPLE_BOTH_WORK}
ROUTES = {
    "single": SINGLE,
    "single_parent": dict(ANSWERS),
    "couple, only the applicant works": {**BOTH, "wie_werkt": "ik"},
    "couple, only the partner works": {**BOTH, "wie_werkt": "partner"},
    "couple, both work": BOTH,
}
HOUSEHOLD_PART, WORK_PART = "Deel 1 van 2: je huishouden", "Deel 2 van 2: het werk"


def _caption(response) -> str:
    return html.unescape(re.search(r'<span class="caption">(.*?)</span>', response.text).group(1)).strip()


def _walk(client, answers: dict, lang: str = "nl") -> list[tuple[str, str]]:
    """(step, caption) of every page of this route, each reached by answering the one before."""
    page = client.get(f"/vragen?lang={lang}")
    seen = [("huishouden", _caption(page))]
    for step in steps.journey(answers):
        data = hidden_fields(page) | {name: answers.get(name, "") for name in steps.visible_fields(step, answers)}
        page = post_step(client, step, data)
        assert page.status_code == 200, (step, page.text[:300])
        shown = re.search(r'name="step" value="([^"]+)"', page.text).group(1)
        seen.append((shown, _caption(page) if shown != "controleer" else ""))
    return seen


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_has_the_same_two_parts_and_no_total_that_moves(client, route):
    answers = ROUTES[route]
    seen = _walk(client, answers)
    assert [step for step, _ in seen] == ["huishouden"] + steps.journey(answers)[1:] + ["controleer"]
    for step, caption in seen[:-1]:
        assert caption == (HOUSEHOLD_PART if step in ("huishouden", "wonen") else WORK_PART), (route, step)


def test_choosing_who_works_does_not_change_the_caption_of_the_page_before(client):
    """The fault: "Vraag 3 van 5" on "Wie gaat werken?", then "Vraag 3 van 7" after "Wij allebei"."""
    before = post_step(client, "wonen", {**BOTH, "wie_werkt": ""})
    chosen = post_step(client, "wie", hidden_fields(before) | {"wie_werkt": "beide"})
    back = client.post("/vragen", data={**hidden_fields(chosen), "step": "werk", "action": "back"})
    assert _caption(before) == _caption(back) == WORK_PART
    assert _caption(chosen) == WORK_PART


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_parts_are_named_in_every_language(client, lang):
    seen = {caption for _, caption in _walk(client, BOTH, lang)[:-1]}
    assert seen == {gettext(HOUSEHOLD_PART, lang), gettext(WORK_PART, lang)}
    assert lang == "nl" or not seen & {HOUSEHOLD_PART, WORK_PART}, "not translated"


def test_who_works_is_one_question_with_the_legend_as_the_page_heading(client):
    page = post_step(client, "wonen", {**BOTH, "wie_werkt": ""})
    legend = re.search(r"<legend[^>]*>(.*?)</legend>", page.text, re.S)
    assert legend, "no legend"
    headings = re.findall(r"<h1[^>]*>(.*?)</h1>", page.text, re.S)
    assert len(headings) == 1 and "<h1" in legend.group(1)
    assert html.unescape(headings[0]).strip() == "Wie gaat werken? Jij, je partner, of jullie allebei?"
    assert html.unescape(re.search(r"<title>(.*?)</title>", page.text).group(1)).startswith(
        "Wie gaat werken? Jij, je partner, of jullie allebei?")
    assert WORK_PART in html.unescape(legend.group(1))  # the caption is read with the question


def test_who_works_with_an_error_keeps_one_heading_and_says_fout(client):
    page = post_step(client, "wie", {**BOTH, "wie_werkt": ""})
    assert page.status_code == 422
    assert len(re.findall(r"<h1[^>]*>", page.text)) == 1
    assert html.unescape(re.search(r"<title>(.*?)</title>", page.text).group(1)).startswith("Fout: Wie gaat werken?")


@pytest.mark.parametrize("step", [step for step in steps.STEPS if step != "wie"])
def test_pages_with_several_questions_keep_their_own_heading(client, step):
    """GOV.UK: a page with more than one question has its own h1; the questions are labels and legends."""
    answers = {**BOTH, "wage_kind": "uur"}
    page = client.post("/vragen", data={**answers, "step": step, "action": "lang"})
    assert len(re.findall(r"<h1[^>]*>", page.text)) == 1
    assert not re.search(r"<legend[^>]*>\s*(<span[^>]*>.*?</span>\s*)?<h1", page.text, re.S)
    assert len(steps.visible_fields(step, answers)) > 1


@pytest.mark.parametrize("route", ROUTES)
def test_the_check_page_has_a_back_link_to_the_last_question_of_the_route(client, route):
    """GOV.UK check answers: a back link like every question page; it goes to the route's last step."""
    answers = ROUTES[route]
    check = client.post("/vragen", data={**answers, "step": "controleer", "action": "lang"})
    back_form = re.search(r'<form [^>]*class="back-form">(.*?)</form>', check.text, re.S)
    assert back_form and 'name="step" value="controleer"' in back_form.group(1)
    data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', back_form.group(1)))
    page = client.post("/vragen", data={name: html.unescape(value) for name, value in data.items()})
    assert re.search(r'name="step" value="([^"]+)"', page.text).group(1) == steps.journey(answers)[-1]
