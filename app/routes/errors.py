"""Error handlers: one readable message per field for the API, friendly pages for people.

Never a stack trace, never the request body in a log or a response.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from ..presenters.answer import UNKNOWN_GEMEENTE
from ..i18n import DEFAULT_LANGUAGE, N_, choose_language, gettext
from ..templating import render

# Pydantic error type -> a plain Dutch message. %(...)s come from the error's context.
MESSAGES: dict[str, str] = {
    "missing": N_("Dit veld ontbreekt. Vul het in."),
    "extra_forbidden": N_("Dit veld kennen we niet. Haal het weg of controleer de naam."),
    "int_type": N_("Vul een heel getal in, zoals 35."),
    "int_parsing": N_("Vul een heel getal in, zoals 35."),
    "int_from_float": N_("Vul een heel getal in, zonder cijfers achter de komma."),
    "decimal_type": N_("Vul een getal in, zoals 14.71."),
    "decimal_parsing": N_("Vul een getal in, zoals 14.71."),
    "float_type": N_("Vul een getal in, zoals 14.71."),
    "float_parsing": N_("Vul een getal in, zoals 14.71."),
    "decimal_max_places": N_("Gebruik hoogstens 2 cijfers achter de komma."),
    "finite_number": N_("Vul een gewoon getal in."),
    "greater_than_equal": N_("Dit moet %(ge)s of meer zijn."),
    "greater_than": N_("Dit moet meer dan %(gt)s zijn."),
    "less_than_equal": N_("Dit mag hoogstens %(le)s zijn."),
    "less_than": N_("Dit moet minder dan %(lt)s zijn."),
    "literal_error": N_("Kies een van deze waarden: %(expected)s."),
    "string_pattern_mismatch": N_("Schrijf de maand als jaar-maand, zoals 2027-01."),
    "string_type": N_("Dit moet tekst zijn, tussen aanhalingstekens."),
    "string_too_long": N_("Deze tekst is te lang."),
    "too_long": N_("Dit zijn te veel waarden. Het mogen er hoogstens %(max_length)s zijn."),
    "bool_type": N_("Vul true of false in."),
    "bool_parsing": N_("Vul true of false in."),
    "list_type": N_("Dit moet een lijst zijn, tussen [ en ]."),
    "model_type": N_("Dit moet een groep velden zijn, tussen { en }."),
    "model_attributes_type": N_("Dit moet een groep velden zijn, tussen { en }."),
    "dict_type": N_("Dit moet een groep velden zijn, tussen { en }."),
    "json_invalid": N_("Dit is geen geldige JSON. Controleer de haakjes, komma's en aanhalingstekens."),
    "json_type": N_("Dit is geen geldige JSON."),
    "date_type": N_("Schrijf de datum als jaar-maand-dag, zoals 2027-01-29."),
    "date_parsing": N_("Schrijf de datum als jaar-maand-dag, zoals 2027-01-29."),
    "date_from_datetime_parsing": N_("Schrijf de datum als jaar-maand-dag, zoals 2027-01-29."),
    "date_from_datetime_inexact": N_("Schrijf de datum als jaar-maand-dag, zoals 2027-01-29."),
    "wage_missing": N_(
        "Vul de uren per week en het uurloon in. Of vul het brutoloon per periode in."),
    "hours_max_needs_hours": N_(
        "Vul bij wisselende uren ook het kleinste aantal uren per week en het uurloon in."),
    "hours_max_below_hours": N_(
        "Het grootste aantal uren is kleiner dan het kleinste aantal uren. Vul het grootste aantal uren in."),
    "end_before_start": N_(
        "De laatste maand met loon ligt vóór de eerste maand met loon. Kies een latere maand."),
    "partner_job_needs_couple": N_(
        "Een baan van je partner kan alleen als je samenwoont of getrouwd bent (situation: couple)."),
    "partner_job_needs_partner_age": N_(
        "Vul ook de leeftijd van je partner in (partner_age). Die is nodig voor de vrijlating van je partner."),
}
# Reasons a validator gives (ValueError) that have their own message above.
REASONS = ("wage_missing", "end_before_start", "hours_max_needs_hours", "hours_max_below_hours",
           "partner_job_needs_couple", "partner_job_needs_partner_age")
# A field whose limits need their reason: one message for every wrong value.
FIELD_MESSAGES: dict[str, str] = {
    "vrijlating_34a_months_used": N_(
        "Vul een heel getal in van 0 tot en met 12. De vrijlating van artikel 34a duurt hoogstens "
        "12 maanden achter elkaar."),
}
OR = N_("of")
OTHER = N_("Deze waarde klopt niet. Controleer wat je hebt ingevuld.")
SUMMARY = N_("Er is een probleem met de gegevens. Kijk bij elk veld wat er mis is.")
NOT_FOUND = N_("Deze pagina bestaat niet.")
METHOD = N_("Zo kun je deze pagina niet openen.")
TOO_LARGE = N_("Je stuurde meer dan 64 kB. Dat is te veel.")
NOT_JSON = N_("Stuur de gegevens als JSON, met de header Content-Type: application/json.")
# The errors one answer reports: enough to fix a request, never megabytes.
MAX_ERRORS = 20
GENERAL = N_("Er ging iets mis. Probeer het opnieuw.")

# A key, not a message: kept out of the extraction by going through a name.
JSON_INVALID = "json_invalid"


def field_name(loc) -> str:
    parts = [str(part) for part in loc if part != "body"]
    return ".".join(parts) or "body"


def message_for(error: dict, lang: str = DEFAULT_LANGUAGE) -> str:
    kind = error.get("type", "")
    context = dict(error.get("ctx") or {})
    if kind == "value_error":
        reason = str(context.get("error", ""))
        kind = next((name for name in REASONS if name in reason), kind)
        if "gemeente_unknown" in reason:
            return gettext(UNKNOWN_GEMEENTE, lang)
    template = MESSAGES.get(kind, OTHER)
    if "expected" in context:  # pydantic writes "'a', 'b' or 'c'"
        context["expected"] = str(context["expected"]).replace(" or ", " " + gettext(OR, lang) + " ")
    try:
        return gettext(template, lang) % {key: str(value) for key, value in context.items()}
    except (KeyError, ValueError, TypeError):
        return gettext(OTHER, lang)


def readable_errors(errors, lang: str = DEFAULT_LANGUAGE) -> list[dict]:
    """One message per field (the first problem found for it), for the first MAX_ERRORS fields."""
    seen: dict[str, str] = {}
    for error in errors:
        if len(seen) >= MAX_ERRORS:
            break
        loc = list(error.get("loc", ()))
        name = "body" if error.get("type", "").startswith("json_") else field_name(loc)
        if name not in seen:
            fixed = FIELD_MESSAGES.get(name)
            seen[name] = gettext(fixed, lang) if fixed else message_for(error, lang)
    return [{"field": name, "message": message} for name, message in seen.items()]


def api_error(errors: list[dict], status_code: int = 422, lang: str = DEFAULT_LANGUAGE) -> JSONResponse:
    return JSONResponse({"message": gettext(SUMMARY, lang), "errors": errors}, status_code=status_code,
                        headers={"content-language": lang})


def request_language(request: Request) -> str:
    """No answers here: the language comes from ?lang= or Accept-Language."""
    return choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        lang = request_language(request)
        if isinstance(exc.body, (bytes, bytearray)) and exc.body:
            # FastAPI reads a body as JSON only when its Content-Type says so; otherwise the
            # body seemed not a group of fields. Name the real problem (RFC 9110: 415).
            return JSONResponse({"message": gettext(NOT_JSON, lang), "errors": []}, status_code=415,
                                headers={"content-language": lang})
        return api_error(readable_errors(exc.errors(), lang), lang=lang)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        status = exc.status_code
        text = {404: NOT_FOUND, 405: METHOD, 413: TOO_LARGE}.get(status, GENERAL)
        headers = getattr(exc, "headers", None)
        lang = request_language(request)
        if request.url.path.startswith("/api/") or request.url.path in ("/healthz", "/openapi.json"):
            if status == 400:
                return api_error([{"field": "body", "message": gettext(MESSAGES[JSON_INVALID], lang)}], 422, lang)
            return JSONResponse({"message": gettext(text, lang), "errors": []}, status_code=status,
                                headers={**(headers or {}), "content-language": lang})
        page = render("pages/error.html", status_code=status, lang=lang, page_title=gettext(text, lang),
                      message=gettext(text, lang))
        page.headers.update(headers or {})  # a 405 keeps its Allow header (RFC 9110)
        return page
