"""The pages: start, the questions (one topic per page), check your answers, the result.

Everything after the start page is a POST: answers travel in hidden fields, never in a URL or
a cookie. Each step checks its own answers again; the result checks all of them.
"""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import RedirectResponse

from rules import Household, Month, Scenario, default_parameters, default_profiles, summarize
from rules.scope import check_scope

from ..adapters import OutOfScope, UnknownGemeente, run, sweep, to_scenario
from ..forms import check_answers, steps
from ..i18n import N_, choose_language, gettext
from ..overload import in_turn
from ..presenters import beleid as beleid_presenter
from ..presenters.answer import out_of_scope_message
from ..presenters import result as result_presenter
from ..presenters.glossary import ON_THE_CHECK_PAGE, glossary
from ..templating import render

router = APIRouter()

# The field an out-of-scope code belongs to, in the names of the form.
SCOPE_FIELDS = {
    "household.age": "age",
    "household.partner_age": "partner_age",
    "household.children": "children",
    "household.partner_has_bijstand": "partner_bijstand",
    "start_month": "start_month",
    "months": "months",
    "job.first_payday": "first_payday",
    "job.start_month": "job_start",
}
SWEEP_HOURS = [Decimal(hours) for hours in range(0, 41, 4)]
STEPPER = Decimal(4)
ERROR_PREFIX = N_("Fout")
ERROR_TITLE = N_("Fout: %(title)s")


def _lang_of_get(request: Request) -> str:
    return choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def _raw(form) -> dict[str, str]:
    """The typed answers, as typed (for showing back), for every known field.

    Plus `embed`: the gemeente whose website frames this journey (set by /embed/<gemeente>, carried
    as a hidden field like the answers). It decides frame-ancestors and hides the site chrome; the
    `gemeente` answer decides the rules. Only a known profile id is kept.
    """
    raw = {name: str(form.get(name) or "")[:200] for name in steps.FIELD_NAMES}
    embed = str(form.get("embed") or "")[:64]
    if embed and embed in default_profiles():
        raw["embed"] = embed
    checked = str(form.get("wage_checked") or "")[:20]
    if checked:  # "yes, this high hourly wage is right" (steps.high_wage_check)
        raw["wage_checked"] = checked
    return raw


def _gemeenten():
    return [(key, policy.name) for key, policy in sorted(default_profiles().items())]


def _context(raw: dict, lang: str, **extra) -> dict:
    embed = raw.get("embed", "")
    gemeenten = _gemeenten()
    if embed:  # inside a gemeente's website: its own rules, or the national ones
        gemeenten = [(key, name) for key, name in gemeenten if key == embed]
    return {
        "raw": raw,
        "lang": lang,
        "fields": steps.BY_NAME,
        "month_options": steps.month_options(lang=lang),
        "job_month_options": steps.job_month_options(lang=lang),
        "gemeenten": gemeenten,
        "step_titles": steps.STEP_TITLES,
        "gross_labels": steps.GROSS_LABELS,
        "step_fields": steps.step_fields,
        "show": lambda name, answers: check_answers.display(name, answers, lang),
        "printing": False,
        "embed_origins": frame_ancestors(embed) if embed else [],
        "embedded": bool(embed),
        **extra,
    }


# The pages of the journey hold answers, so no shared cache may keep them ("private"), and the
# browser must ask again before it shows one anew ("no-cache"). But it may keep them for its
# own session history, so Back shows the previous step as it was instead of "Confirm Form
# Resubmission" (no-store forbids even that). See docs/security.md, "Back and session history".
HISTORY_CACHE = "private, no-cache"


def _for_history(response):
    response.headers["cache-control"] = HISTORY_CACHE
    return response


def _title(title: str, errors: dict, lang: str) -> str:
    return gettext(ERROR_TITLE, lang) % {"title": title} if errors else title


def _switch(url: str, raw: dict, form_id: str = "", **fields: str) -> dict:
    """The language switch of a page with answers: a POST form to `url` that sends every
    answer again, plus `fields` to show the same page (never the answers in a URL).

    With `form_id` (the id of the page's form of questions) each language is a submit button of
    that form instead, so the answers typed on this page but not yet sent are kept as well."""
    return {"action": url, "form": form_id,
            "fields": {**raw, **{name: value for name, value in fields.items() if value}}}


def _post_language(form) -> tuple[str, bool]:
    """The language of a posted page, and whether the visitor asked for it with the switch."""
    chosen = str(form.get("switch_to") or "")
    return choose_language(chosen or str(form.get("lang") or "")), bool(chosen)


def _step_page(step: str, raw: dict, errors: dict, lang: str, return_to: str = "") -> object:
    title = gettext(steps.STEP_TITLES[step], lang)
    # The high-wage question: the wage as read, the value of "yes, it is right".
    confirm_wage = ""
    if step == "loon" and errors.get("hourly_wage") and steps.high_wage_check(
            steps.validate(raw, ["hourly_wage"], lang)[0], {}, lang) == {"hourly_wage": errors["hourly_wage"]}:
        confirm_wage = steps.format_number(steps.validate(raw, ["hourly_wage"], lang)[0]["hourly_wage"])
    visible = steps.visible_fields(step, raw)
    hidden = [name for name in steps.FIELD_NAMES if name not in visible]
    return _for_history(render(
        f"pages/{step}.html",
        status_code=422 if errors else 200,
        **_context(raw, lang, step=step, errors=errors, hidden=hidden, visible=visible, return_to=return_to,
                   confirm_wage=confirm_wage,
                   page_title=_title(title, errors, lang), heading=title,
                   step_number=steps.STEPS.index(step) + 1, step_count=len(steps.STEPS),
                   switch=_switch("/vragen", raw, form_id="answers")),
    ))


def _check_page(raw: dict, lang: str):
    values, _ = steps.validate(raw, [item.name for item in steps.FIELDS], lang)
    title = gettext(N_("Controleer je antwoorden"), lang)
    return _for_history(render("pages/controleer.html", **_context(
        raw, lang, values=values, hidden=list(steps.FIELD_NAMES), page_title=title, heading=title,
        switch=_switch("/vragen", raw, step="controleer", action="lang"), glossary=glossary(ON_THE_CHECK_PAGE, lang))))


def _compact_page(raw: dict, errors: dict, lang: str):
    title = gettext(N_("Snel berekenen voor consulenten"), lang)
    # With errors the switch checks the answers again (the messages in the new language).
    switch = _switch("/uitkomst" if errors else "/consulent", raw, form_id="answers")
    return _for_history(render("pages/consulent.html", status_code=422 if errors else 200, **_context(
        raw, lang, errors=errors, hidden=[], page_title=_title(title, errors, lang), heading=title,
        switch=switch, glossary=glossary(ON_THE_CHECK_PAGE, lang))))


def frame_ancestors(gemeente: str) -> list[str]:
    """The origins a gemeente may embed Houvast from (its profile's web.frame_ancestors)."""
    policy = default_profiles().get(gemeente)
    web = (policy.raw.get("web") or {}) if policy is not None else {}
    origins = web.get("frame_ancestors") or []
    return [origin for origin in origins if isinstance(origin, str) and origin.startswith("https://")]


def _allow_embedding(request: Request, raw: dict) -> None:
    """A page reached from /embed/<gemeente> may be framed by that gemeente's site only."""
    origins = frame_ancestors(raw["embed"]) if raw.get("embed") else []
    if origins:
        request.state.frame_ancestors = origins


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
def start(request: Request):
    lang = _lang_of_get(request)
    title = gettext(N_("Wat houd je over als je gaat werken naast de bijstand?"), lang)
    return render("pages/start.html", lang=lang, page_title=title, heading=title, gemeente="", gemeente_name="")


@router.api_route("/embed/{gemeente}", methods=["GET", "HEAD"], include_in_schema=False)
def embedded_start(request: Request, gemeente: str):
    """The entry a gemeente puts in its iframe: the start page, framable by its own origins."""
    policy = default_profiles().get(gemeente)
    if policy is None:
        raise HTTPException(status_code=404)
    _allow_embedding(request, {"embed": gemeente})
    lang = _lang_of_get(request)
    title = gettext(N_("Wat houd je over als je gaat werken naast de bijstand?"), lang)
    return render("pages/start.html", lang=lang, page_title=title, heading=title, gemeente=gemeente, gemeente_name=policy.name,
                  embed_origins=frame_ancestors(gemeente), embedded=True)


@router.api_route("/gemeente/{gemeente}/beleid", methods=["GET", "HEAD"], include_in_schema=False)
def beleidskaart(request: Request, gemeente: str):
    """The beleidskaart: every policy item of the gemeente with its value, date and source."""
    policy = default_profiles().get(gemeente)
    if policy is None:
        raise HTTPException(status_code=404)
    lang = _lang_of_get(request)
    title = gettext(N_("Regels van %(name)s"), lang) % {"name": policy.name}
    return render("pages/beleid.html", lang=lang, page_title=title, heading=title,
                  kaart=beleid_presenter.build(policy, lang))


@router.api_route("/vragen", methods=["GET", "HEAD"], include_in_schema=False)
def first_question(request: Request):
    return _step_page(steps.STEPS[0], {name: "" for name in steps.FIELD_NAMES}, {}, _lang_of_get(request))


@router.post("/vragen")
async def questions(request: Request):
    form = await request.form()
    raw = _raw(form)
    _allow_embedding(request, raw)
    lang, switched = _post_language(form)
    step = str(form.get("step") or steps.STEPS[0])
    action = "lang" if switched else str(form.get("action") or "next")
    return_to = "check" if form.get("return_to") == "check" else ""
    if step not in steps.STEPS and step != "controleer":
        step = steps.STEPS[0]
    if action == "start":
        return _step_page(steps.STEPS[0], raw, {}, lang)
    if action == "lang":  # the language switch: the same page again, in the chosen language
        if step == "controleer":
            return _check_page(raw, lang)
        errors = steps.validate(raw, steps.step_fields(step), lang)[1] if form.get("show_errors") else {}
        if form.get("show_errors") and not errors and step == "huishouden":
            errors = _household_scope(raw, lang)
        return _step_page(step, raw, errors, lang, return_to)

    if action.startswith("change:"):
        target = action.split(":", 1)[1]
        if target == "controleer":
            return _check_page(raw, lang)
        if target in steps.STEPS:
            return _step_page(target, raw, {}, lang, return_to="check")
    if action == "back":
        if step == "controleer":
            return _step_page(steps.STEPS[-1], raw, {}, lang)
        index = steps.STEPS.index(step)
        if index == 0:
            return RedirectResponse(f"/embed/{raw['embed']}" if raw.get("embed") else "/", status_code=303)
        return _step_page(steps.STEPS[index - 1], raw, {}, lang)
    if step == "controleer":
        return _check_page(raw, lang)

    _, errors = steps.validate(raw, steps.step_fields(step), lang)
    if not errors and return_to == "check" and step == "werk":
        # A changed way of giving the wage may need the wage page before the check page.
        _, later = steps.validate(raw, steps.step_fields("loon"), lang)
        if later:
            return _step_page("loon", raw, {}, lang, return_to)
    if not errors and step == "huishouden":
        errors = _household_scope(raw, lang)
    if not errors and step == "loon":
        errors = steps.high_wage_check(steps.validate(raw, ["hourly_wage"], lang)[0], raw, lang)
    if errors:
        return _step_page(step, raw, errors, lang, return_to)
    index = steps.STEPS.index(step)
    if return_to == "check" or index == len(steps.STEPS) - 1:
        return _check_page(raw, lang)
    return _step_page(steps.STEPS[index + 1], raw, {}, lang)


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


@router.api_route("/consulent", methods=["GET", "HEAD"], include_in_schema=False)
def compact_form(request: Request):
    raw = {name: "" for name in steps.FIELD_NAMES}
    return _compact_page(raw, {}, _lang_of_get(request))


@router.post("/consulent")
async def compact_form_again(request: Request):
    """Back from a result to the one-page form, with every answer filled in."""
    form = await request.form()
    raw = _raw(form)
    _allow_embedding(request, raw)
    return _compact_page(raw, {}, _post_language(form)[0])


@router.post("/uitkomst")
async def outcome(request: Request):
    form = await request.form()
    raw = _raw(form)
    _allow_embedding(request, raw)
    lang, switched = _post_language(form)
    compact = form.get("form") == "consulent"
    action = "lang" if switched else str(form.get("action") or "")

    names = [item.name for item in steps.FIELDS] + ([item.name for item in steps.EXTRA_FIELDS] if compact else ["gemeente"])
    values, errors = steps.validate(raw, names, lang)
    if values.get("gemeente") and values["gemeente"] not in default_profiles():
        errors["gemeente"] = _gemeente_error(lang)
    if errors:
        return _errors_page(raw, errors, compact, lang)

    if action in ("fewer_hours", "more_hours") and values.get("hours"):
        delta = -STEPPER if action == "fewer_hours" else STEPPER
        new_hours = min(max(values["hours"] + delta, Decimal(1)), Decimal(60))
        values["hours"] = new_hours
        raw["hours"] = steps.format_number(new_hours)
        if values.get("hours_max"):  # hours that vary: the band moves along
            values["hours_max"] = min(max(values["hours_max"] + delta, Decimal(1)), Decimal(60))
            raw["hours_max"] = steps.format_number(values["hours_max"])

    try:
        request_model = steps.to_request(values, compact)
        scenario = to_scenario(request_model)
        result, points = await in_turn(_calculate, scenario, _sweep_hours(values))
    except OutOfScope as error:
        field, message = out_of_scope_message(error.args[0] if error.args else "", lang)
        return _errors_page(raw, {SCOPE_FIELDS.get(field, "age"): message}, compact, lang)
    except UnknownGemeente:
        return _errors_page(raw, {"gemeente": _gemeente_error(lang)}, compact, lang)

    view = await in_turn(result_presenter.build, result, summarize(result), points, lang)
    title = gettext(N_("Wat er per maand op je rekening komt"), lang)
    return _for_history(await in_turn(lambda: render("pages/uitkomst.html", **_context(
        raw, lang, view=view, hidden=list(steps.FIELD_NAMES), page_title=title, heading=title,
        compact=compact, printing=action == "print", gemeente_name=_gemeente_name(scenario.gemeente, lang),
        switch=_switch("/uitkomst", raw, form="consulent" if compact else "",
                       action="print" if action == "print" else "lang"), glossary=glossary(None, lang)))))



def _calculate(scenario: Scenario, hours: list[Decimal]):
    return run(scenario), sweep(scenario, hours)


def _gemeente_name(gemeente: str, lang: str) -> str:
    if gemeente == "voorbeeld":
        return gettext(N_("de landelijke regels, zonder keuzes van een gemeente"), lang)
    return default_profiles()[gemeente].name


def _sweep_hours(values: dict) -> list[Decimal]:
    if values.get("wage_kind") == "periode" or not values.get("hours"):
        return []
    return sorted(set(SWEEP_HOURS) | {values["hours"]})


def _errors_page(raw: dict, errors: dict, compact: bool, lang: str):
    if compact:
        return _compact_page(raw, errors, lang)
    first_step = next(
        (steps.BY_NAME[name].step for name in errors if steps.BY_NAME[name].step in steps.STEPS), steps.STEPS[0])
    step_errors = {name: message for name, message in errors.items() if steps.BY_NAME[name].step == first_step}
    return _step_page(first_step, raw, step_errors, lang, return_to="check")


def _gemeente_error(lang: str) -> str:
    # The key goes through a variable, so extraction does not take the key for a message.
    key = "gemeente"
    return gettext(steps.MESSAGES[key], lang)
