"""Figures by date: every figure with the date it applies from, its source and its state.

On a given day a figure is published, provisional (`status: provisional`: proposed in a bill or
the budget, grade A or B, or derived from such a figure by the law's own formula) or carried
forward (a scheduled change date passed without a newer value). The result names the last two
(docs/figures.md). A ParameterSet looks figures up per month and remembers them; a
TrackedParameters notes which provisional or carried-forward figures one calculation used.

The YAML files they are read from, and their format: rules/parameter_files.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .months import Month

PROVISIONAL = "provisional"


class ParameterError(Exception):
    """A data file is malformed, or a figure is asked for a date before any known value."""


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

    def tracking(self, shown_from: Month | None = None) -> "TrackedParameters":
        return TrackedParameters(self, shown_from)

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

    `shown_from` is the first month shown: figures are also looked up for months before it (the
    holiday pay saved up, a job that started earlier, a year's figures read in its January), and
    the result names them from the first month shown (rules/figures.py).
    """

    def __init__(self, base: ParameterSet, shown_from: Month | None = None):
        self.base = base
        self.shown_from = shown_from
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

    def tracking(self, shown_from: Month | None = None) -> "TrackedParameters":
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



# The file reading lives in rules/parameter_files.py; these names are imported from here too.
# (Imported last: parameter_files builds on the classes above.)
from .parameter_files import DATA_DIR, load_parameters, load_yaml, parse_file  # noqa: E402, F401
