"""The JSON API of ../shared/contract/scenario-api.md: POST /api/v1/scenario, GET /healthz."""
from __future__ import annotations

from typing import Any, Optional

import msgspec
from fastapi import APIRouter, Header, Query
from pydantic import BaseModel
from starlette.responses import JSONResponse, Response

from rules import summarize

from ..adapters import OutOfScope, UnknownGemeente, run, sweep, to_response, to_scenario
from ..contract import ErrorResponse, ScenarioRequest, ScenarioResponse
from ..i18n import choose_language, gettext
from ..overload import in_turn
from ..presenters.answer import UNKNOWN_GEMEENTE, Texts, local_names, out_of_scope_message
from .errors import api_error

router = APIRouter()


def _fields(model: BaseModel) -> dict[str, Any]:
    """A response model's fields in the order the contract lists them (msgspec writes the rest)."""
    return model.__dict__


# msgspec writes each Decimal as the number it reads ("1401.50"), never through float.
_ENCODER = msgspec.json.Encoder(enc_hook=_fields, decimal_format="number")


def answer_json(answer: BaseModel | Any) -> bytes:
    """The answer as JSON, written by msgspec from the typed response models."""
    return _ENCODER.encode(answer)


class ContractJSONResponse(JSONResponse):
    """What the route returns: the answer as `answer_json` writes it (documented in /openapi.json)."""

    def render(self, content: Any) -> bytes:
        return answer_json(content)


@router.post(
    "/api/v1/scenario",
    response_model=ScenarioResponse,
    response_class=ContractJSONResponse,
    responses={422: {"model": ErrorResponse, "description": "Een leesbare melding per veld"},
               415: {"model": ErrorResponse, "description": "De gegevens zijn geen JSON"},
               503: {"model": ErrorResponse, "description": "Het is nu te druk; probeer het na Retry-After opnieuw"}},
    summary="Wat komt er per maand op de rekening, met en zonder baan",
)
async def scenario(
    body: ScenarioRequest,
    lang: Optional[str] = Query(default=None, max_length=16, description="language of the texts; default Accept-Language, else nl"),
    accept_language: Optional[str] = Header(default=None, include_in_schema=False),
) -> Response:
    language = choose_language(lang, accept_language)
    try:
        # The calculation, its texts and its JSON on the calculation thread (app/overload.py).
        text = await in_turn(_answer, body, language)
    except OutOfScope as error:
        field, message = out_of_scope_message(error.args[0] if error.args else "", language)
        return api_error([{"field": field, "message": message}], lang=language)
    except UnknownGemeente:
        return api_error([{"field": "gemeente", "message": gettext(UNKNOWN_GEMEENTE, language)}], lang=language)
    return Response(text, media_type="application/json", headers={"content-language": language})


def _answer(body: ScenarioRequest, language: str) -> bytes:
    """The typed answer (the response model above), written as it is: FastAPI would otherwise
    validate it again and dump it through pydantic, where a Decimal becomes a string."""
    model = to_scenario(body)
    result = run(model)
    points = sweep(model, body.sweep_hours) if body.sweep_hours else []
    texts = Texts(local_names(model.gemeente), language, codes=body.explain == "codes", household=model.household)
    return answer_json(to_response(result, summarize(result), points, texts))


@router.get("/healthz", summary="Werkt de dienst?")
def healthz() -> JSONResponse:
    return JSONResponse({"status": "ok"})


@router.head("/healthz", include_in_schema=False)
def healthz_head() -> Response:
    return Response(status_code=200)
