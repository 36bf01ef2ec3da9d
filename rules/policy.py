"""A gemeente's policy as the rules read it: the open terms of the Participatiewet it fills in
(OPEN_TERMS, with dated values) and what it adds beyond the law (minimaregelingen, premies).

These are the shapes only; rules/profiles.py reads them from the gemeente YAML profiles and
refuses a profile that does not fit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .months import Month

MAX_MEMO = 5_000  # (term, month) answers remembered per gemeente; near 350 in use

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
# Who an amount is for. A couple takes `gehuwden_met_kind_12_17` when it has a child of 12-17 and
# the regeling names it, else `gehuwden_met_kinderen` when it has children and the regeling names
# it, else `gehuwden` (rules/gemeente/minimaregelingen.py: category).
HOUSEHOLD_CATEGORIES = (
    "alleenstaande", "alleenstaande_ouder", "gehuwden", "gehuwden_met_kinderen", "gehuwden_met_kind_12_17",
)


@dataclass(frozen=True)
class RegelingValue:
    """A minimaregeling as it applies from `since`. Money in euros, the limit as a ratio."""

    since: date
    income_limit: Decimal  # ratio of the applicable norm (incl. vakantietoeslag): 1.05 = 105%
    tolerance: Decimal  # euros per month the income may exceed the limit ("circa 5 euro")
    referteperiode_months: int  # months that must all be within the limit; 1 = the month itself
    min_age: int | None
    per: str  # "year" or "month"
    amounts: dict[str, Decimal | None]  # category -> euros; None = no cash value, or not known
    payment_month: int | None  # calendar month it is paid, when the gemeente pays at a fixed time
    source: str
    url: str | None
    confidence: str | None
    note: str | None = None


@dataclass(frozen=True)
class PremieValue:
    since: date
    amount: Decimal
    after_months: int | None  # paid after this many consecutive months that meet the conditions
    every_months: int | None  # and again after each further run of this many months
    in_month: int | None  # or: paid in this calendar month when the conditions hold then
    min_hours_per_week: Decimal | None
    on_bijstand: bool
    min_age: int | None
    source: str
    url: str | None
    confidence: str | None
    note: str | None = None


@dataclass(frozen=True)
class LocalItem:
    """A minimaregeling or a premie, with its values ascending by date."""

    key: str
    name: str
    kind: str
    legal_title: str
    legal_url: str | None
    values: tuple  # RegelingValue or PremieValue
    description: str | None = None

    def at(self, month: Month):
        chosen = None
        for value in self.values:
            if value.since <= month.first_day:
                chosen = value
        return chosen


@dataclass(frozen=True)
class Policy:
    """A gemeente's open terms, each as dated values, and its local regelingen and premies."""

    gemeente: str
    name: str
    terms: dict[str, tuple[tuple[date, Any, str], ...]]
    raw: dict
    minimaregelingen: tuple[LocalItem, ...] = ()
    premies: tuple[LocalItem, ...] = ()
    # Looked up for every month of every scenario: remembered per (term, month). Only the
    # gemeente's own figures go in here, nothing of a household. The months are bounded
    # (rules/scope.py); MAX_MEMO is the safety net past which the memo starts afresh.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def _remember(self, key, value):
        if len(self._memo) >= MAX_MEMO:
            self._memo.clear()
        self._memo[key] = value
        return value

    def at(self, term: str, month: Month) -> Any:
        key = (term, month)
        if key in self._memo:
            return self._memo[key]
        value = DEFAULTS[term]
        for since, candidate, _source in self.terms.get(term, ()):
            if since <= month.first_day:
                value = candidate
        return self._remember(key, value)

    def month_choices(self, month: Month) -> tuple[bool, str, bool]:
        """The choices the month loop reads every month: art. 34a already in 2026, when income
        is settled, and the bufferbudget."""
        key = ("month_choices", month)
        choices = self._memo.get(key)
        if choices is None:
            choices = self._remember(key, (
                bool(self.at("vrijlating_2027_al_in_2026", month)),
                self.at("verrekenen_in", month),
                bool(self.at("bufferbudget", month)),
            ))
        return choices
