"""The pages: start, the gemeente's rules, the one-page form for consulenten, the result.

The questionnaire is in questionnaire.py, what the pages share in page_context.py. Everything
after the start page is a POST: answers travel in hidden fields, never in a URL or a cookie.
"""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, HTTPException, Request

from rules import Scenario, default_profiles, summarize

from ..adapters import OutOfScope, UnknownGemeente, run, sweep, to_scenario
from ..forms import steps
from ..i18n import N_, gettext
from ..overload import in_turn
from ..presenters import beleid as beleid_presenter
from ..presenters.answer import out_of_scope_message
from ..presenters import result as result_presenter
from ..presenters.result_couple import for_household
from ..presenters.glossary import ON_THE_CHECK_PAGE, glossary
from ..templating import render
from . import questionnaire
from .page_context import (  # noqa: F401  (frame_ancestors: read by app.security and the tests)
    SCOPE_FIELDS, allow_embedding, for_history, frame_ancestors, lang_of_get, language_switch, page_context,
    post_language, read_answers, title_of,
)

router = APIRouter()
router.include_router(questionnaire.router)

SWEEP_HOURS = [Decimal(hours) for hours in range(0, 41, 4)]
STEPPER = Decimal(4)


def _compact_page(raw: dict, errors: dict, lang: str):
    title = gettext(N_("Snel berekenen voor consulenten"), lang)
    # With errors the switch checks the answers again (the messages in the new language).
    switch = language_switch("/uitkomst" if errors else "/consulent", raw, form_id="answers")
    return for_history(render("pages/consulent.html", status_code=422 if errors else 200, **page_context(
        raw, lang, errors=errors, hidden=[], page_title=title_of(title, errors, lang), heading=title,
        partner_job_errors=any(steps.BY_NAME[name].step.startswith(steps.PARTNER) for name in errors if name in steps.BY_NAME),
        switch=switch, glossary=glossary(ON_THE_CHECK_PAGE, lang))))


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
def start(request: Request):
    lang = lang_of_get(request)
    title = gettext(N_("Wat houd je over als je gaat werken naast de bijstand?"), lang)
    return render("pages/start.html", lang=lang, page_title=title, heading=title, gemeente="", gemeente_name="")


@router.api_route("/embed/{gemeente}", methods=["GET", "HEAD"], include_in_schema=False)
def embedded_start(request: Request, gemeente: str):
    """The entry a gemeente puts in its iframe: the start page, framable by its own origins."""
    policy = default_profiles().get(gemeente)
    if policy is None:
        raise HTTPException(status_code=404)
    allow_embedding(request, {"embed": gemeente})
    lang = lang_of_get(request)
    title = gettext(N_("Wat houd je over als je gaat werken naast de bijstand?"), lang)
    return render("pages/start.html", lang=lang, page_title=title, heading=title, gemeente=gemeente, gemeente_name=policy.name,
                  embed_origins=frame_ancestors(gemeente), embedded=True)


@router.api_route("/gemeente/{gemeente}/beleid", methods=["GET", "HEAD"], include_in_schema=False)
def beleidskaart(request: Request, gemeente: str):
    """The beleidskaart: every policy item of the gemeente with its value, date and source."""
    policy = default_profiles().get(gemeente)
    if policy is None:
        raise HTTPException(status_code=404)
    lang = lang_of_get(request)
    title = gettext(N_("Regels van %(name)s"), lang) % {"name": policy.name}
    return render("pages/beleid.html", lang=lang, page_title=title, heading=title,
                  kaart=beleid_presenter.build(policy, lang))


@router.api_route("/consulent", methods=["GET", "HEAD"], include_in_schema=False)
def compact_form(request: Request):
    raw = {name: "" for name in steps.FIELD_NAMES}
    return _compact_page(raw, {}, lang_of_get(request))


@router.post("/consulent")
async def compact_form_again(request: Request):
    """Back from a result to the one-page form, with every answer filled in."""
    form = await request.form()
    raw = read_answers(form)
    allow_embedding(request, raw)
    return _compact_page(raw, {}, post_language(form)[0])


@router.post("/uitkomst")
async def outcome(request: Request):
    form = await request.form()
    raw = read_answers(form)
    allow_embedding(request, raw)
    lang, switched = post_language(form)
    compact = form.get("form") == "consulent"
    action = "lang" if switched else str(form.get("action") or "")

    names = [item.name for item in steps.FIELDS] + ([item.name for item in steps.EXTRA_FIELDS] if compact else ["gemeente"])
    values, errors = steps.validate(raw, names, lang)
    if values.get("gemeente") and values["gemeente"] not in default_profiles():
        errors["gemeente"] = _gemeente_error(lang)
    if compact:  # the partner's job is on the one page for everyone: unused answers are named
        errors.update({name: message for name, message in steps.unused_partner_answers(raw, lang).items()
                       if name not in errors})
    if errors:
        return _errors_page(raw, errors, compact, lang)

    # The hours the stepper and the hours table vary: the applicant's, or the partner's when
    # only the partner works (as rules.sweep does).
    prefix = "" if values.get("job_start") is not None else steps.PARTNER
    hours, most = prefix + "hours", prefix + "hours_max"
    if action in ("fewer_hours", "more_hours") and values.get(hours):
        delta = -STEPPER if action == "fewer_hours" else STEPPER
        values[hours] = min(max(values[hours] + delta, Decimal(1)), Decimal(60))
        raw[hours] = steps.format_number(values[hours])
        if values.get(most):  # hours that vary: the band moves along
            values[most] = min(max(values[most] + delta, Decimal(1)), Decimal(60))
            raw[most] = steps.format_number(values[most])

    try:
        request_model = steps.to_request(values, compact)
        scenario = to_scenario(request_model)
        result, points = await in_turn(_calculate, scenario, _sweep_hours(values, prefix))
    except OutOfScope as error:
        field, message = out_of_scope_message(error.args[0] if error.args else "", lang)
        return _errors_page(raw, {SCOPE_FIELDS.get(field, "age"): message}, compact, lang)
    except UnknownGemeente:
        return _errors_page(raw, {"gemeente": _gemeente_error(lang)}, compact, lang)

    view = await in_turn(result_presenter.build, result, summarize(result), points, lang)
    title = gettext(for_household(result_presenter.TITLE, view.couple), lang)
    return for_history(await in_turn(lambda: render("pages/uitkomst.html", **page_context(
        raw, lang, view=view, hidden=list(steps.FIELD_NAMES), page_title=title, heading=title,
        compact=compact, printing=action == "print", gemeente_name=_gemeente_name(scenario.gemeente, lang),
        switch=language_switch("/uitkomst", raw, form="consulent" if compact else "",
                               action="print" if action == "print" else "lang"), glossary=glossary(None, lang)))))


def _calculate(scenario: Scenario, hours: list[Decimal]):
    return run(scenario), sweep(scenario, hours)


def _gemeente_name(gemeente: str, lang: str) -> str:
    if gemeente == "voorbeeld":
        return gettext(N_("de landelijke regels, zonder keuzes van een gemeente"), lang)
    return default_profiles()[gemeente].name


def _sweep_hours(values: dict, prefix: str = "") -> list[Decimal]:
    if values.get(prefix + "wage_kind") == "periode" or not values.get(prefix + "hours"):
        return []
    return sorted(set(SWEEP_HOURS) | {values[prefix + "hours"]})


def _errors_page(raw: dict, errors: dict, compact: bool, lang: str):
    if compact:
        return _compact_page(raw, errors, lang)
    first_step = next(
        (steps.BY_NAME[name].step for name in errors if steps.BY_NAME[name].step in steps.STEPS), steps.STEPS[0])
    step_errors = {name: message for name, message in errors.items() if steps.BY_NAME[name].step == first_step}
    return questionnaire.step_page(first_step, raw, step_errors, lang, return_to="check")


def _gemeente_error(lang: str) -> str:
    # The key goes through a variable, so extraction does not take the key for a message.
    key = "gemeente"
    return gettext(steps.MESSAGES[key], lang)
