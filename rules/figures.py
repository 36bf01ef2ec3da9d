"""The figures a result rests on that are not final yet, named by group.

Every figure has one of three states on a day (rules/parameters.py, docs/figures.md): published,
provisional (proposed in a bill or the budget) or carried forward (not yet known). A person does
not need to know which of the four tax figures is provisional; they need to know that the tax on
their wage is. So the result carries one warning per group and state, with every figure of the
group listed in its values.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from .model import Notice
from .months import Month
from .parameters import TrackedParameters

# Prefixes of parameter names, most specific first, and the group each belongs to. The web layer
# has a plain name for each group (app/presenters/explain.py).
GROUPS: tuple[tuple[str, str], ...] = (
    ("participatiewet/normen", "bijstandsnormen"),
    ("participatiewet/verhoging_jongerennorm", "bijstandsnormen"),
    ("participatiewet/kostendelersnorm", "kostendelersnorm"),
    ("participatiewet/vrijlating", "vrijlating"),
    ("participatiewet/vakantietoeslag", "vakantietoeslag"),
    ("participatiewet/bufferbudget", "bufferbudget"),
    ("participatiewet", "bijstand"),
    ("belasting", "belasting"),
    ("wml", "minimumloon"),
    ("toeslagen", "toeslagen"),
    ("kinderbijslag", "kinderbijslag"),
    ("aow", "aow"),
)
OTHER = "overig"
GROUP_ORDER = [group for _, group in GROUPS] + [OTHER]
# Each group's first place in GROUP_ORDER (a group may have more than one prefix).
_GROUP_RANK = {group: rank for rank, group in reversed(list(enumerate(GROUP_ORDER)))}

# The warning code for each state that needs one.
CODES = {"carried_forward": "figures_outdated", "provisional": "figures_provisional"}


@lru_cache(maxsize=None)  # keyed by parameter names, a fixed set (rules/data)
def group_of(name: str) -> str:
    """The group of figures a parameter belongs to, e.g. 'belasting' for the box 1 brackets."""
    for prefix, group in GROUPS:
        if name.startswith(prefix):
            return group
    return OTHER


def figure_notices(tracked: TrackedParameters) -> list[Notice]:
    """One warning per group of figures used that is carried forward, and one per group that is
    provisional: from the first month a figure of the group is used, with the oldest date among
    them, and every figure of the group in `parameters`."""
    notices = []
    for state, used in (("carried_forward", tracked.carried_forward()), ("provisional", tracked.provisional())):
        # Per group its figures as (day of first use, name, since, first use): sorted, the first
        # used comes first, and of those used from the same day the names in order.
        groups: dict[str, list[tuple[date, str, date, Month | date]]] = {}
        for name, since, first in used:
            groups.setdefault(group_of(name), []).append((_day(first), name, since, first))
        for figures in groups.values():
            figures.sort()
        for group in sorted(groups, key=lambda g: (groups[g][0][0], _GROUP_RANK[g])):
            figures = groups[group]
            names = list(dict.fromkeys(name for _, name, _, _ in figures))
            notices.append(Notice(CODES[state], {
                "parameter": names[0],
                "parameters": names,
                "since": min(since for _, _, since, _ in figures),
                "month": figures[0][3],
            }))
    return notices


def _day(when: Month | date) -> date:
    return date(when[0], when[1], 1) if isinstance(when, Month) else when  # Month.first_day, without its properties
