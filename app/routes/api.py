"""The JSON API of ../shared/contract/scenario-api.md: POST /api/v1/scenario, GET /healthz."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Header, Query
from starlette.responses import JSONResponse, Response

from ..adapters import (
    UNKNOWN_GEMEENTE,
    OutOfScope,
    UnknownGemeente,
    answer_json,
    out_of_scope_message,
    run,
    sweep,
    to_scenario,
)
from ..contract import ErrorResponse, ScenarioRequest, ScenarioResponse
from ..i18n import choose_language, gettext
from .errors import api_error

router = APIRouter()


@router.post(
    "/api/v1/scenario",
    response_model=ScenarioResponse,
    responses={422: {"model": ErrorResponse, "description": "Een leesbare melding per veld"},
               415: {"model": ErrorResponse, "description": "De gegevens zijn geen JSON"}},
    summary="Wat komt er per maand op de rekening, met en zonder baan",
)
async def scenario(
    body: ScenarioRequest,
    lang: Optional[str] = Query(default=None, max_length=16, description="language of the texts; default Accept-Language, else nl"),
    accept_language: Optional[str] = Header(default=None, include_in_schema=False),
) -> Response:
    # On the event loop, not in the thread pool: an answer is a few ms of pure-Python CPU, and
    # under load 32 threads taking turns at the GIL cost more than the work (docs/benchmarks.md).
    language = choose_language(lang, accept_language)
    try:
        model = to_scenario(body)
        result = run(model)
        points = sweep(model, result, body.sweep_hours) if body.sweep_hours else []
    except OutOfScope as error:
        field, message = out_of_scope_message(error.args[0] if error.args else "", language)
        return api_error([{"field": field, "message": message}], lang=language)
    except UnknownGemeente:
        return api_error([{"field": "gemeente", "message": gettext(UNKNOWN_GEMEENTE, language)}], lang=language)
    return Response(answer_json(result, points, language), media_type="application/json",
                    headers={"content-language": language})


@router.get("/healthz", summary="Werkt de dienst?")
def healthz() -> JSONResponse:
    return JSONResponse({"status": "ok"})


@router.head("/healthz", include_in_schema=False)
def healthz_head() -> Response:
    return Response(status_code=200)
