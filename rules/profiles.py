"""Reading the gemeente profiles (rules/data/gemeenten/*.yaml) into a Policy (rules/policy.py):
the choices the Participatiewet leaves to the gemeente, with dates.

The core declares the open terms it knows (OPEN_TERMS) with their allowed values; a profile that
names another term, or a value outside the list, is a load error. The look of a gemeente (theme,
logo, embedding origins) is a web concern and lives in app/; the core only checks that `web:` is a
mapping and that its `frame_ancestors` are bare https origins, since a wrong one is unsafe.

`local:` holds what a gemeente adds beyond the Participatiewet, every item with dated values and a
source (schema in docs/gemeenten.md):
- `minimaregelingen`: an income limit as a ratio of the applicable norm and a value per year or
  month (individuele inkomenstoeslag, stadspas, kwijtschelding, ...);
- `premies`: an amount paid when conditions hold (e.g. a bijverdienpremie).
Every error names the file and the field, so a broken profile fails at start-up readably.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
import re
from pathlib import Path
from typing import Any

from .money import CENT
from .parameters import DATA_DIR, ParameterError, load_yaml
# The shapes a profile is read into; importable from here too, where they have always been.
from .policy import (  # noqa: F401
    DEFAULTS, HOUSEHOLD_CATEGORIES, MAX_MEMO, OPEN_TERMS, LocalItem, Policy, PremieValue, RegelingValue,
)

PROFILE_DIR = DATA_DIR / "gemeenten"

PROFILE_KEYS = {"id", "name", "description", "open_terms", "local", "web"}
OPEN_TERM_KEYS = {"description", "values"}
LOCAL_KEYS = {"minimaregelingen", "premies"}
ITEM_KEYS = {"name", "kind", "description", "legal_basis", "values"}
SOURCE_VALUE_KEYS = {"source", "confidence", "note", "quote"}
CONFIDENCE = ("A", "B", "C")  # the legend of /work/shared/research/rules-figures.md

MINIMAREGELING_KINDS = (
    "individuele_inkomenstoeslag", "stadspas", "kwijtschelding", "kindregeling", "zorgverzekering", "overig",
)
REGELING_VALUE_KEYS = {
    "income_limit", "tolerance", "referteperiode_months", "min_age", "per", "amounts", "payment_month",
} | SOURCE_VALUE_KEYS
PER = ("year", "month")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# A host name (or IPv4 address) and an optional port: `https://localhost:8443` is allowed for tests.
ORIGIN = re.compile(rf"https://{_LABEL}(?:\.{_LABEL})*(?::[1-9][0-9]{{0,4}})?")

PREMIE_KINDS = ("bijverdienpremie", "uitstroompremie", "participatiepremie", "overig")
PREMIE_VALUE_KEYS = {"amount", "after_months", "every_months", "in_month", "conditions"} | SOURCE_VALUE_KEYS
PREMIE_CONDITIONS = {"min_hours_per_week", "on_bijstand", "min_age"}


def parse_profile(data: dict, where: str) -> Policy:
    if not isinstance(data, dict):
        raise ParameterError(f"{where}: a profile is a mapping")
    unknown = set(data) - PROFILE_KEYS
    if unknown:
        raise ParameterError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "name"):
        if not data.get(key):
            raise ParameterError(f"{where}: '{key}' is required")
    terms: dict[str, tuple[tuple[date, Any, str], ...]] = {}
    for term, spec in _mapping(data.get("open_terms"), f"{where}: open_terms").items():
        if term not in OPEN_TERMS:
            raise ParameterError(f"{where}: unknown open term {term!r}")
        spec = _mapping(spec, f"{where}: open_terms.{term}")
        unknown = set(spec) - OPEN_TERM_KEYS
        if unknown:
            raise ParameterError(f"{where}: open_terms.{term}: unknown keys {sorted(unknown)}")
        entries = []
        for since, entry in _mapping(spec.get("values"), f"{where}: open_terms.{term}.values").items():
            if not isinstance(since, date):
                raise ParameterError(f"{where}: {term}: {since!r} is not a date")
            entry = _mapping(entry, f"{where}: {term} {since}")
            if entry.get("value") not in OPEN_TERMS[term]:
                raise ParameterError(
                    f"{where}: {term} {since}: {entry.get('value')!r} is not one of {OPEN_TERMS[term]}"
                )
            if not (entry.get("source") or {}).get("title"):
                raise ParameterError(f"{where}: {term} {since}: every value needs source.title")
            entries.append((since, entry["value"], entry["source"]["title"]))
        terms[term] = tuple(sorted(entries, key=lambda item: item[0]))
    local = _mapping(data.get("local"), f"{where}: local")
    unknown = set(local) - LOCAL_KEYS
    if unknown:
        raise ParameterError(f"{where}: local: unknown keys {sorted(unknown)}; use {sorted(LOCAL_KEYS)}")
    regelingen = tuple(
        _parse_item(key, spec, f"{where}: local.minimaregelingen.{key}", MINIMAREGELING_KINDS, _regeling_value)
        for key, spec in _mapping(local.get("minimaregelingen"), f"{where}: local.minimaregelingen").items()
    )
    premies = tuple(
        _parse_item(key, spec, f"{where}: local.premies.{key}", PREMIE_KINDS, _premie_value)
        for key, spec in _mapping(local.get("premies"), f"{where}: local.premies").items()
    )
    _check_web(data.get("web"), f"{where}: web")
    return Policy(str(data["id"]), str(data["name"]), terms, data, regelingen, premies)


def load_profiles(directory: Path = PROFILE_DIR) -> dict[str, Policy]:
    profiles = {}
    for path in sorted(directory.glob("*.yaml")):
        policy = parse_profile(load_yaml(path), str(path))
        if policy.gemeente != path.stem:
            raise ParameterError(f"{path}: id {policy.gemeente!r} must equal the file name")
        profiles[policy.gemeente] = policy
    if "voorbeeld" not in profiles:
        raise ParameterError(f"{directory}: the neutral profile 'voorbeeld' is missing")
    return profiles


# --- validation helpers: every message starts with the file and the field ---------------------

def _mapping(value, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ParameterError(f"{where}: must be a mapping")
    return value


def _number(value) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _money(value, where: str, allow_none: bool = False) -> Decimal | None:
    if value is None and allow_none:
        return None
    if not _number(value) or value < 0 or Decimal(value) != Decimal(value).quantize(CENT):
        raise ParameterError(f"{where}: must be an amount in euros (a number, 0 or more, at most in cents)")
    return Decimal(value).quantize(CENT)


def _whole(value, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ParameterError(f"{where}: must be a whole number from {low} to {high}")
    return value


def _optional_whole(entry: dict, key: str, where: str, low: int, high: int) -> int | None:
    return None if entry.get(key) is None else _whole(entry[key], f"{where}: {key}", low, high)


def _https(url, where: str) -> str:
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ParameterError(f"{where}: must be an https url")
    return url


def _source(entry: dict, where: str) -> tuple[str, str | None, str | None]:
    source = entry.get("source")
    if not isinstance(source, dict) or not source.get("title"):
        raise ParameterError(f"{where}: every value needs source.title")
    url = _https(source["url"], f"{where}: source.url") if source.get("url") is not None else None
    confidence = entry.get("confidence")
    if confidence is not None and confidence not in CONFIDENCE:
        raise ParameterError(f"{where}: confidence {confidence!r} is not one of {CONFIDENCE}")
    return " ".join(str(source["title"]).split()), url, confidence


def _note(entry: dict) -> str | None:
    return None if entry.get("note") is None else " ".join(str(entry["note"]).split())


def _parse_item(key: str, spec, where: str, kinds: tuple[str, ...], parse_value) -> LocalItem:
    spec = _mapping(spec, where)
    unknown = set(spec) - ITEM_KEYS
    if unknown:
        raise ParameterError(f"{where}: unknown keys {sorted(unknown)}")
    if not spec.get("name"):
        raise ParameterError(f"{where}: 'name' is required")
    if spec.get("kind") not in kinds:
        raise ParameterError(f"{where}: kind {spec.get('kind')!r} is not one of {kinds}")
    legal = spec.get("legal_basis")
    if not isinstance(legal, dict) or not legal.get("title"):
        raise ParameterError(f"{where}: legal_basis.title is required (the verordening or beleidsregel)")
    legal_url = _https(legal["url"], f"{where}: legal_basis.url") if legal.get("url") is not None else None
    values = spec.get("values")
    if not isinstance(values, dict) or not values:
        raise ParameterError(f"{where}: values: at least one dated value is required")
    parsed = []
    for since, entry in values.items():
        if not isinstance(since, date):
            raise ParameterError(f"{where}: values: {since!r} is not a date (YYYY-MM-DD)")
        if parsed and since <= parsed[-1].since:
            raise ParameterError(f"{where}: values: dates must ascend ({since})")
        at = f"{where} {since}"
        parsed.append(parse_value(since, _mapping(entry, at), at))
    description = None if spec.get("description") is None else str(spec["description"]).strip()
    return LocalItem(str(key), str(spec["name"]), spec["kind"], str(legal["title"]), legal_url, tuple(parsed), description)


def _regeling_value(since: date, entry: dict, at: str) -> RegelingValue:
    unknown = set(entry) - REGELING_VALUE_KEYS
    if unknown:
        raise ParameterError(f"{at}: unknown keys {sorted(unknown)}")
    limit = entry.get("income_limit")
    if not _number(limit) or not 0 < limit <= 3:
        raise ParameterError(f"{at}: income_limit must be a ratio of the norm, e.g. 1.05 for 105%")
    amounts = entry.get("amounts")
    if not isinstance(amounts, dict) or not amounts:
        raise ParameterError(f"{at}: amounts: a mapping of household category to euros is required")
    bad = set(amounts) - set(HOUSEHOLD_CATEGORIES)
    if bad:
        raise ParameterError(f"{at}: amounts: unknown household categories {sorted(bad)}; use {HOUSEHOLD_CATEGORIES}")
    per = entry.get("per", "year")
    if per not in PER:
        raise ParameterError(f"{at}: per {per!r} is not one of {PER}")
    title, url, confidence = _source(entry, at)
    return RegelingValue(
        since=since,
        income_limit=Decimal(limit),
        tolerance=_money(entry.get("tolerance", 0), f"{at}: tolerance"),
        referteperiode_months=_whole(entry.get("referteperiode_months", 1), f"{at}: referteperiode_months", 1, 120),
        min_age=_optional_whole(entry, "min_age", at, 0, 120),
        per=per,
        amounts={c: _money(v, f"{at}: amounts.{c}", allow_none=True) for c, v in amounts.items()},
        payment_month=_optional_whole(entry, "payment_month", at, 1, 12),
        source=title,
        url=url,
        confidence=confidence,
        note=_note(entry),
    )


def _premie_value(since: date, entry: dict, at: str) -> PremieValue:
    unknown = set(entry) - PREMIE_VALUE_KEYS
    if unknown:
        raise ParameterError(f"{at}: unknown keys {sorted(unknown)}")
    if (entry.get("after_months") is None) == (entry.get("in_month") is None):
        raise ParameterError(f"{at}: say when it is paid: either after_months or in_month")
    if entry.get("every_months") is not None and entry.get("after_months") is None:
        raise ParameterError(f"{at}: every_months needs after_months")
    conditions = _mapping(entry.get("conditions"), f"{at}: conditions")
    unknown = set(conditions) - PREMIE_CONDITIONS
    if unknown:
        raise ParameterError(f"{at}: conditions: unknown keys {sorted(unknown)}; use {sorted(PREMIE_CONDITIONS)}")
    on_bijstand = conditions.get("on_bijstand", False)
    if not isinstance(on_bijstand, bool):
        raise ParameterError(f"{at}: conditions.on_bijstand must be true or false")
    hours = conditions.get("min_hours_per_week")
    title, url, confidence = _source(entry, at)
    return PremieValue(
        since=since,
        amount=_money(entry.get("amount"), f"{at}: amount"),
        after_months=_optional_whole(entry, "after_months", at, 1, 120),
        every_months=_optional_whole(entry, "every_months", at, 1, 120),
        in_month=_optional_whole(entry, "in_month", at, 1, 12),
        min_hours_per_week=None if hours is None else _money(hours, f"{at}: conditions.min_hours_per_week"),
        on_bijstand=on_bijstand,
        min_age=_optional_whole(conditions, "min_age", f"{at}: conditions", 0, 120),
        source=title,
        url=url,
        confidence=confidence,
        note=_note(entry),
    )


def _check_web(web, where: str) -> None:
    """`web:` belongs to the web layer; the core only refuses what would make embedding unsafe."""
    web = _mapping(web, where)
    origins = web.get("frame_ancestors")
    if origins is None:
        return
    if not isinstance(origins, list):
        raise ParameterError(f"{where}.frame_ancestors: must be a list of https origins")
    for origin in origins:
        # Each goes verbatim into a CSP header: only a bare lowercase https origin may pass.
        if not isinstance(origin, str) or not ORIGIN.fullmatch(origin):
            raise ParameterError(
                f"{where}.frame_ancestors: {origin!r} is not an https origin without a path (https://host[:port])"
            )
