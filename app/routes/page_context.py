"""What every page with answers shares: the answers read from a POST, the template context,
the language switch, and the headers (history cache, framing by a gemeente's site)."""
from __future__ import annotations

from fastapi import Request

from rules import default_profiles

from ..forms import check_answers, steps
from ..i18n import N_, choose_language, gettext

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
    "partner_job.first_payday": "partner_first_payday",
    "partner_job.start_month": "partner_job_start",
}
ERROR_PREFIX = N_("Fout")
ERROR_TITLE = N_("Fout: %(title)s")
# "Yes, this high hourly wage is right" (steps.high_wage_check), for each job.
WAGE_CHECKED = ("wage_checked", steps.PARTNER + "wage_checked")


def lang_of_get(request: Request) -> str:
    return choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def read_answers(form) -> dict[str, str]:
    """The typed answers, as typed (for showing back), for every known field.

    Plus `embed`: the gemeente whose website frames this journey (set by /embed/<gemeente>, carried
    as a hidden field like the answers). It decides frame-ancestors and hides the site chrome; the
    `gemeente` answer decides the rules. Only a known profile id is kept.
    """
    raw = {name: str(form.get(name) or "")[:200] for name in steps.FIELD_NAMES}
    embed = str(form.get("embed") or "")[:64]
    if embed and embed in default_profiles():
        raw["embed"] = embed
    for name in WAGE_CHECKED:  # "yes, this high hourly wage is right" (steps.high_wage_check)
        checked = str(form.get(name) or "")[:20]
        if checked:
            raw[name] = checked
    return raw


def _gemeenten():
    return [(key, policy.name) for key, policy in sorted(default_profiles().items())]


def page_context(raw: dict, lang: str, **extra) -> dict:
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
        "partner_gross_labels": steps.PARTNER_GROSS_LABELS,
        "step_fields": steps.step_fields,
        "journey": steps.journey(raw),
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


def for_history(response):
    response.headers["cache-control"] = HISTORY_CACHE
    return response


def title_of(title: str, errors: dict, lang: str) -> str:
    return gettext(ERROR_TITLE, lang) % {"title": title} if errors else title


def language_switch(url: str, raw: dict, form_id: str = "", **fields: str) -> dict:
    """The language switch of a page with answers: a POST form to `url` that sends every
    answer again, plus `fields` to show the same page (never the answers in a URL).

    With `form_id` (the id of the page's form of questions) each language is a submit button of
    that form instead, so the answers typed on this page but not yet sent are kept as well."""
    return {"action": url, "form": form_id,
            "fields": {**raw, **{name: value for name, value in fields.items() if value}}}


def post_language(form) -> tuple[str, bool]:
    """The language of a posted page, and whether the visitor asked for it with the switch."""
    chosen = str(form.get("switch_to") or "")
    return choose_language(chosen or str(form.get("lang") or "")), bool(chosen)


def frame_ancestors(gemeente: str) -> list[str]:
    """The origins a gemeente may embed Houvast from (its profile's web.frame_ancestors)."""
    policy = default_profiles().get(gemeente)
    web = (policy.raw.get("web") or {}) if policy is not None else {}
    origins = web.get("frame_ancestors") or []
    return [origin for origin in origins if isinstance(origin, str) and origin.startswith("https://")]


def allow_embedding(request: Request, raw: dict) -> None:
    """A page reached from /embed/<gemeente> may be framed by that gemeente's site only."""
    origins = frame_ancestors(raw["embed"]) if raw.get("embed") else []
    if origins:
        request.state.frame_ancestors = origins
