"""Gemeente profiles: the choices the Participatiewet leaves to the gemeente, with dates.

The core declares the open terms it knows (OPEN_TERMS) with their allowed values; a profile that
names another term, or a value outside the list, is a load error. The look of a gemeente (theme,
logo, embedding origins) is a web concern and lives in app/.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .months import Month
from .parameters import DATA_DIR, ParameterError, load_yaml

PROFILE_DIR = DATA_DIR / "gemeenten"

# Open term -> allowed values. Each is a "kan"-bepaling or a matter of local practice.
OPEN_TERMS: dict[str, tuple[Any, ...]] = {
    "verrekenen_in": ("zelfde_maand", "volgende_maand"),  # art. 32 Pw, local practice
    "bufferbudget": (True, False),  # art. 34b Pw (from 2027)
    "vrijlating_2027_al_in_2026": (True, False),  # PiB "gedoogjaar" 2026
}
DEFAULTS: dict[str, Any] = {
    "verrekenen_in": "zelfde_maand",
    "bufferbudget": False,
    "vrijlating_2027_al_in_2026": False,
}
PROFILE_KEYS = {"id", "name", "description", "open_terms", "local", "web"}


@dataclass(frozen=True)
class Policy:
    """A gemeente's open terms, each as dated values."""

    gemeente: str
    name: str
    terms: dict[str, tuple[tuple[date, Any, str], ...]]
    raw: dict

    def at(self, term: str, month: Month) -> Any:
        value = DEFAULTS[term]
        for since, candidate, _source in self.terms.get(term, ()):
            if since <= month.first_day:
                value = candidate
        return value


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
    for term, spec in (data.get("open_terms") or {}).items():
        if term not in OPEN_TERMS:
            raise ParameterError(f"{where}: unknown open term {term!r}")
        entries = []
        for since, entry in (spec.get("values") or {}).items():
            if not isinstance(since, date):
                raise ParameterError(f"{where}: {term}: {since!r} is not a date")
            if entry.get("value") not in OPEN_TERMS[term]:
                raise ParameterError(
                    f"{where}: {term} {since}: {entry.get('value')!r} is not one of {OPEN_TERMS[term]}"
                )
            if not (entry.get("source") or {}).get("title"):
                raise ParameterError(f"{where}: {term} {since}: every value needs source.title")
            entries.append((since, entry["value"], entry["source"]["title"]))
        terms[term] = tuple(sorted(entries, key=lambda item: item[0]))
    return Policy(str(data["id"]), str(data["name"]), terms, data)


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
