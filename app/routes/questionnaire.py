"""The questionnaire: one topic per page, then "check your answers".

Every step after the first is a POST: the answers travel in hidden fields. Each step checks its
own answers again. Which steps someone sees follows from the answers (steps.journey): a couple
is asked who works, and then the job questions of each one who works.
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse

from rules import Household, Month, Scenario, default_parameters
from rules.scope import check_scope

from ..adapters import OutOfScope
from ..forms import steps
from ..i18n import N_, gettext
from ..presenters.answer import out_of_scope_message
from ..presenters.glossary import ON_THE_CHECK_PAGE, glossary
from ..templating import render
from .page_context import (
    SCOPE_FIELDS, allow_embedding, for_history, lang_of_get, language_switch, page_context, post_language,
    read_answers, title_of,
)

router = APIRouter()
# A step page of the partner's job is the applicant's template, asked with the prefix.
TEMPLATES = {"partner_werk": "werk", "partner_loon": "loon"}


def step_page(step: str, raw: dict, errors: dict, lang: str, return_to: str = "") -> object:
    visible = steps.visible_fields(step, raw)
    # A page with one question has that question as its heading: its legend is the h1 (GOV.UK
    # question pages). A page with several has the step's own heading above them.
    question_heading = visible[0] if len(visible) == 1 else ""
    title = gettext(steps.BY_NAME[question_heading].label if question_heading else steps.STEP_TITLES[step], lang)
    prefix = steps.PARTNER if step.startswith(steps.PARTNER) else ""
    wage = prefix + "hourly_wage"
    # The high-wage question: the wage as read, the value of "yes, it is right".
    confirm_wage = ""
    if step.endswith("loon") and errors.get(wage) and steps.high_wage_check(
            steps.validate(raw, [wage], lang)[0], {}, lang, prefix) == {wage: errors[wage]}:
        confirm_wage = steps.format_number(steps.validate(raw, [wage], lang)[0][wage])
    hidden = [name for name in steps.FIELD_NAMES if name not in visible]
    return for_history(render(
        f"pages/{TEMPLATES.get(step, step)}.html",
        status_code=422 if errors else 200,
        **page_context(raw, lang, step=step, p=prefix, errors=errors, hidden=hidden, visible=visible,
                       return_to=return_to, confirm_wage=confirm_wage,
                       page_title=title_of(title, errors, lang), heading=title,
                       caption=gettext(steps.STEP_PARTS[step], lang), question_heading=question_heading,
                       switch=language_switch("/vragen", raw, form_id="answers")),
    ))


def check_page(raw: dict, lang: str):
    values, _ = steps.validate(raw, [item.name for item in steps.FIELDS], lang)
    title = gettext(N_("Controleer je antwoorden"), lang)
    return for_history(render("pages/controleer.html", **page_context(
        raw, lang, values=values, hidden=list(steps.FIELD_NAMES), page_title=title, heading=title,
        switch=language_switch("/vragen", raw, step="controleer", action="lang"),
        glossary=glossary(ON_THE_CHECK_PAGE, lang))))


def _step_errors(step: str, raw: dict, lang: str) -> dict[str, str]:
    """The errors of one step's answers, with the checks that need more than one field."""
    errors = steps.validate(raw, steps.step_fields(step), lang)[1]
    if not errors and step == "huishouden":
        errors = _household_scope(raw, lang)
    if not errors and step.endswith("loon"):
        prefix = steps.PARTNER if step.startswith(steps.PARTNER) else ""
        errors = steps.high_wage_check(steps.validate(raw, [prefix + "hourly_wage"], lang)[0], raw, lang, prefix)
    return errors


def _after(step: str, flow: list[str]) -> list[str]:
    """The steps of this person's journey after `step` (by the order of all steps)."""
    return [later for later in flow if steps.STEPS.index(later) > steps.STEPS.index(step)]


@router.api_route("/vragen", methods=["GET", "HEAD"], include_in_schema=False)
def first_question(request: Request):
    return step_page(steps.STEPS[0], {name: "" for name in steps.FIELD_NAMES}, {}, lang_of_get(request))


@router.post("/vragen", include_in_schema=False)
async def questions(request: Request):
    form = await request.form()
    raw = read_answers(form)
    allow_embedding(request, raw)
    lang, switched = post_language(form)
    step = str(form.get("step") or steps.STEPS[0])
    action = "lang" if switched else str(form.get("action") or "next")
    return_to = "check" if form.get("return_to") == "check" else ""
    if step not in steps.STEPS and step != "controleer":
        step = steps.STEPS[0]
    if action == "start":
        return step_page(steps.STEPS[0], raw, {}, lang)
    if action == "lang":  # the language switch: the same page again, in the chosen language
        if step == "controleer":
            return check_page(raw, lang)
        errors = _step_errors(step, raw, lang) if form.get("show_errors") else {}
        return step_page(step, raw, errors, lang, return_to)

    flow = steps.journey(raw)
    if action.startswith("change:"):
        target = action.split(":", 1)[1]
        if target == "controleer":
            return check_page(raw, lang)
        if target in steps.STEPS:
            return step_page(target, raw, {}, lang, return_to="check")
    if action == "back":
        if step == "controleer":
            return step_page(flow[-1], raw, {}, lang)
        before = [earlier for earlier in flow if steps.STEPS.index(earlier) < steps.STEPS.index(step)]
        if not before:  # the start page, in the language chosen (a GET page takes it from ?lang=)
            start = f"/embed/{raw['embed']}" if raw.get("embed") else "/"
            return RedirectResponse(f"{start}?lang={lang}", status_code=303)
        return step_page(before[-1], raw, {}, lang)
    if step == "controleer":
        return check_page(raw, lang)

    errors = _step_errors(step, raw, lang)
    if errors:
        return step_page(step, raw, errors, lang, return_to)
    later = _after(step, flow)
    if return_to == "check":
        # A changed answer may ask new questions (the way of giving the wage, who works): the
        # first later step with unanswered questions comes before the check page.
        missing = next((name for name in later if steps.validate(raw, steps.step_fields(name), lang)[1]), None)
        return step_page(missing, raw, {}, lang, return_to) if missing else check_page(raw, lang)
    return step_page(later[0], raw, {}, lang) if later else check_page(raw, lang)


def _household_scope(raw: dict, lang: str) -> dict[str, str]:
    """The out-of-scope checks that only need the household page (AOW age, under 18)."""
    values, _ = steps.validate(raw, steps.step_fields("huishouden"), lang)
    household = Household(
        situation=values["situation"], age=values["age"], partner_age=values.get("partner_age"),
        children=(1,) if values["situation"] == "single_parent" else (),
        partner_has_bijstand=values.get("partner_bijstand") != "nee",
    )
    first_month = Month.parse(steps.month_options(lang=lang)[0][0])
    try:
        check_scope(Scenario(start_month=first_month, months=12, household=household), default_parameters())
    except OutOfScope as error:
        field, message = out_of_scope_message(error.args[0] if error.args else "", lang)
        return {SCOPE_FIELDS.get(field, "age"): message}
    return {}
