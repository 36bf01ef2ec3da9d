"""Dated parameter files: every figure with the date it applies from and its source.

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

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .months import Month

DATA_DIR = Path(__file__).parent / "data"

UNITS = {"euro", "ratio", "months", "years", "count", "table", "boolean", "text"}
# (`period` says per what an amount is: month, year, hour, week.)
FILE_KEYS = {"description", "legal_basis", "changes_on", "unit", "period", "parameters", "checked_on"}
PARAMETER_KEYS = {"description", "legal_basis", "unit", "period", "values", "note", "changes_on"}
VALUE_KEYS = {"value", "source", "quote", "confidence", "note", "status"}
PROVISIONAL = "provisional"
# A provisional figure must be at least this sure: a proposal read in two sources (B) or in the
# official text (A). Grade C estimates stay out of the numbers.
PROVISIONAL_GRADES = {"A", "B"}


class ParameterError(Exception):
    """A data file is malformed, or a figure is asked for a date before any known value."""


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


@dataclass(frozen=True)
class LegalRef:
    law: str
    article: str
    url: str
    onderdeel: str | None = None
    lid: str | None = None

    @property
    def label(self) -> str:
        parts = [f"art. {self.article}"]
        if self.lid:
            parts.append(f"lid {self.lid}")
        if self.onderdeel:
            parts.append(f"onder {self.onderdeel}")
        return " ".join(parts) + f" {self.law}"


@dataclass(frozen=True)
class Value:
    """A figure as it applies on a given day."""

    name: str
    value: Any
    since: date
    source: str
    carried_forward: bool
    legal: LegalRef | None
    provisional: bool = False

    @property
    def amount(self) -> Decimal:
        if not isinstance(self.value, Decimal):
            raise ParameterError(f"{self.name} is not a single amount")
        return self.value


@dataclass(frozen=True)
class Parameter:
    name: str
    unit: str
    legal: LegalRef | None
    values: tuple[tuple[date, Any, str], ...]  # (since, value, source title), ascending
    changes_on: tuple[tuple[int, int], ...]
    provisional: frozenset[date] = frozenset()  # the dates whose value is provisional

    def at(self, day: date) -> Value:
        chosen = None
        for since, value, source in self.values:
            if since <= day:
                chosen = (since, value, source)
        if chosen is None:
            raise ParameterError(f"no value for {self.name} on {day.isoformat()}")
        since, value, source = chosen
        return Value(self.name, value, since, source, self._change_missed(since, day), self.legal,
                     since in self.provisional)

    def _change_missed(self, since: date, day: date) -> bool:
        """True when a scheduled change date lies after `since` and on or before `day`."""
        for year in range(since.year, day.year + 1):
            for month, dom in self.changes_on:
                scheduled = date(year, month, dom)
                if since < scheduled <= day:
                    return True
        return False


# Every figure a scenario looks up is remembered per (name, month). The months a scenario may
# touch are bounded (rules/scope.py), which keeps this near 2,000 entries; the cap is the
# safety net should a caller ask for other days: past it, the cache starts afresh.
MAX_CACHED = 20_000


@dataclass
class ParameterSet:
    parameters: dict[str, Parameter] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def get(self, name: str) -> Parameter:
        try:
            return self.parameters[name]
        except KeyError:
            raise ParameterError(f"unknown parameter {name!r}") from None

    def at(self, name: str, when: Month | date) -> Value:
        key = (name, when)
        value = self._cache.get(key)
        if value is None:
            day = when.first_day if isinstance(when, Month) else when
            value = self.get(name).at(day)
            self._remember(key, value)
        return value

    def amount(self, name: str, when: Month | date) -> Decimal:
        return self.at(name, when).amount

    def tracking(self) -> "TrackedParameters":
        return TrackedParameters(self)

    def bundle(self, key: str, when: Month, build) -> Any:
        """The figures one rule needs for a month, gathered once by `build(params, when)`.

        A rule calls this every month of every scenario; gathering its figures once per month
        keeps the month loop fast. The carried-forward flags of the figures are kept with it.
        """
        return self._bundle(key, when, build)[0]

    def bundle_unrecorded(self, key: str, when: Month, build) -> tuple[Any, tuple]:
        """Like `bundle`, for figures that may go unused: returns them with their carried-forward
        records, which the caller passes to `record` once it uses them."""
        return self._bundle(key, when, build)

    def record(self, carried: tuple) -> None:
        """Nothing to record: a plain ParameterSet does not track (see TrackedParameters)."""

    def _bundle(self, key: str, when: Month, build) -> tuple[Any, tuple]:
        cache_key = (key, when)  # bundle keys ("vrijlating.art31") never clash with parameter names
        cached = self._cache.get(cache_key)
        if cached is None:
            recorder = TrackedParameters(self)
            cached = (build(recorder, when), tuple(recorder._carried.items()))
            self._remember(cache_key, cached)
        return cached

    def _remember(self, key, value) -> None:
        if len(self._cache) >= MAX_CACHED:
            self._cache.clear()
        self._cache[key] = value


CARRIED_FORWARD = "carried_forward"


class TrackedParameters:
    """A view on a ParameterSet that remembers the carried-forward and provisional figures a
    calculation used.

    It sits on the hot path (hundreds of look-ups per scenario), so it records only those rare
    values. A value carried past a change date counts as carried forward, also when it was
    provisional: the newer figure it stands in for is not known at all.
    """

    def __init__(self, base: ParameterSet):
        self.base = base
        # (name, since, state) -> the first month or day it was used
        self._carried: dict[tuple[str, date, str], Month | date] = {}

    def get(self, name: str) -> Parameter:
        return self.base.get(name)

    def at(self, name: str, when: Month | date) -> Value:
        value = self.base.at(name, when)
        if value.carried_forward or value.provisional:
            key = (name, value.since, CARRIED_FORWARD if value.carried_forward else PROVISIONAL)
            first = self._carried.get(key)
            if first is None or when < first:
                self._carried[key] = when
        return value

    def amount(self, name: str, when: Month | date) -> Decimal:
        return self.at(name, when).amount

    def tracking(self) -> "TrackedParameters":
        return self

    def bundle(self, key: str, when: Month, build) -> Any:
        value, carried = self.base._bundle(key, when, build)
        if carried:  # mostly none
            self.record(carried)
        return value

    def bundle_unrecorded(self, key: str, when: Month, build) -> tuple[Any, tuple]:
        return self.base._bundle(key, when, build)

    def record(self, carried: tuple) -> None:
        """Remember carried-forward or provisional figures a calculation used:
        ((name, since, state), first use) pairs."""
        for key, first in carried:
            known = self._carried.get(key)
            if known is None or first < known:
                self._carried[key] = first

    def carried_forward(self) -> list[tuple[str, date, Month | date]]:
        """Figures used after a scheduled change date without a newer value: (name, since, first use)."""
        return self._in_state(CARRIED_FORWARD)

    def provisional(self) -> list[tuple[str, date, Month | date]]:
        """Provisional figures used (proposed, not yet adopted): (name, since, first use)."""
        return self._in_state(PROVISIONAL)

    def _in_state(self, state: str) -> list[tuple[str, date, Month | date]]:
        return sorted((name, since, when) for (name, since, kind), when in self._carried.items() if kind == state)


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
