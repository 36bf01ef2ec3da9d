"""The dated parameter files under rules/data/, read into the figures of rules/parameters.py.

Format (one YAML file per legal topic under rules/data/):

    description: …
    legal_basis: {law: Participatiewet, bwb_id: BWBR0015703}
    changes_on: ["01-01", "07-01"]     # when the law schedules new values (indexation)
    unit: euro                         # default for the parameters below
    parameters:
      alleenstaande_21:
        legal_basis: {article: "21", onderdeel: a, url: https://wetten.overheid.nl/…}
        values:
          2026-01-01:
            value: 1401.50
            source: {title: "Normenbrief 1 januari 2026", url: …}
            quote: "€ 1.401,50"        # the figure as the source prints it
            confidence: A              # A official text, B two sources or checked, C one source
          2027-01-01:
            value: …
            status: provisional        # proposed in a bill or budget, not yet adopted

Numbers are read from their literal text into Decimal (never float). On a given day a figure is
published, provisional (`status: provisional`: proposed in a bill or the budget, grade A or B,
or derived from such a figure by the law's own formula) or carried forward (a scheduled change
date passed without a newer value). The result names the last two (docs/figures.md); a pure
estimate (grade C) is never entered as a value.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .parameters import PROVISIONAL, LegalRef, Parameter, ParameterError, ParameterSet

DATA_DIR = Path(__file__).parent / "data"

UNITS = {"euro", "ratio", "months", "years", "count", "table", "boolean", "text"}
# (`period` says per what an amount is: month, year, hour, week.)
FILE_KEYS = {"description", "legal_basis", "changes_on", "unit", "period", "parameters", "checked_on"}
PARAMETER_KEYS = {"description", "legal_basis", "unit", "period", "values", "note", "changes_on"}
VALUE_KEYS = {"value", "source", "quote", "confidence", "note", "status"}
# A provisional figure must be at least this sure: a proposal read in two sources (B) or in the
# official text (A). Grade C estimates stay out of the numbers.
PROVISIONAL_GRADES = {"A", "B"}


class _DecimalLoader(yaml.SafeLoader):
    """Reads YAML numbers from their literal text, so 1401.50 stays exactly 1401.50."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(loader.construct_scalar(node).replace("_", ""))


def _construct_mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ParameterError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_DecimalLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_without_duplicates
)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_DecimalLoader)  # noqa: S506 - SafeLoader subclass


def _legal_ref(file_basis: dict, basis: dict | None, where: str) -> LegalRef | None:
    if not basis:
        return None
    url = basis.get("url")
    if not url or not str(url).startswith("https://"):
        raise ParameterError(f"{where}: legal_basis needs an https url")
    return LegalRef(
        law=basis.get("law", file_basis.get("law", "")),
        article=str(basis.get("article", "")),
        url=str(url),
        onderdeel=basis.get("onderdeel"),
        lid=str(basis["lid"]) if "lid" in basis else None,
    )


def _parse_changes_on(items: list[str], where: str) -> tuple[tuple[int, int], ...]:
    result = []
    for item in items or []:
        month, _, day = str(item).partition("-")
        try:
            result.append((int(month), int(day)))
        except ValueError:
            raise ParameterError(f"{where}: changes_on entry {item!r} is not MM-DD") from None
    return tuple(result)


def parse_file(path: Path, prefix: str) -> dict[str, Parameter]:
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise ParameterError(f"{where}: not a mapping")
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise ParameterError(f"{where}: unknown keys {sorted(unknown)}")
    file_basis = data.get("legal_basis") or {}
    changes_on = _parse_changes_on(data.get("changes_on", []), where)
    result = {}
    for name, spec in (data.get("parameters") or {}).items():
        pwhere = f"{where}: {name}"
        unknown = set(spec) - PARAMETER_KEYS
        if unknown:
            raise ParameterError(f"{pwhere}: unknown keys {sorted(unknown)}")
        unit = spec.get("unit", data.get("unit"))
        if unit not in UNITS:
            raise ParameterError(f"{pwhere}: unit {unit!r} is not one of {sorted(UNITS)}")
        values = []
        provisional = set()
        previous = None
        for since, entry in (spec.get("values") or {}).items():
            if not isinstance(since, date):
                raise ParameterError(f"{pwhere}: {since!r} is not a date")
            if previous is not None and since <= previous:
                raise ParameterError(f"{pwhere}: dates must ascend ({since})")
            previous = since
            if not isinstance(entry, dict) or "value" not in entry:
                raise ParameterError(f"{pwhere} {since}: needs value and source")
            unknown = set(entry) - VALUE_KEYS
            if unknown:
                raise ParameterError(f"{pwhere} {since}: unknown keys {sorted(unknown)}")
            source = entry.get("source") or {}
            if not source.get("title"):
                raise ParameterError(f"{pwhere} {since}: every value needs source.title")
            value = entry["value"]
            if unit == "euro" and value is not None and not isinstance(value, (Decimal, int)):
                raise ParameterError(f"{pwhere} {since}: euro value must be a number")
            if isinstance(value, int) and not isinstance(value, bool):
                value = Decimal(value)
            status = entry.get("status")
            if status is not None:
                if status != PROVISIONAL:
                    raise ParameterError(f"{pwhere} {since}: status {status!r} is not {PROVISIONAL!r}")
                if entry.get("confidence") not in PROVISIONAL_GRADES:
                    raise ParameterError(f"{pwhere} {since}: a provisional value needs confidence A or B")
                provisional.add(since)
            values.append((since, value, source["title"]))
        if not values:
            raise ParameterError(f"{pwhere}: no values")
        legal = _legal_ref(file_basis, spec.get("legal_basis"), pwhere)
        full_name = f"{prefix}.{name}"
        own_changes = (
            _parse_changes_on(spec["changes_on"], pwhere) if "changes_on" in spec else changes_on
        )
        result[full_name] = Parameter(full_name, unit, legal, tuple(values), own_changes, frozenset(provisional))
    return result


def load_parameters(data_dir: Path = DATA_DIR) -> ParameterSet:
    """Every parameter under data_dir, named '<folder>/<file>.<parameter>'."""
    parameters: dict[str, Parameter] = {}
    for path in sorted(data_dir.rglob("*.yaml")):
        relative = path.relative_to(data_dir)
        if relative.parts[0] == "gemeenten":
            continue  # profiles are read by rules/profiles.py
        prefix = relative.with_suffix("").as_posix()
        parameters.update(parse_file(path, prefix))
    return ParameterSet(parameters)
