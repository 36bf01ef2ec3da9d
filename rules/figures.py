"""The figures a result rests on that are not final yet, named by group.

Every figure has one of three states on a day (rules/parameters.py, docs/figures.md): published,
provisional (proposed in a bill or the budget) or carried forward (not yet known). A person does
not need to know which of the four tax figures is provisional; they need to know that the tax on
their wage is. So the result carries one warning per group, state and date of the figures used,
with every such figure of the group listed in its values.
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
    """One warning per group of figures, state and date of the values used: carried forward or
    provisional, with every figure of the group that has that date in `parameters`.

    Each warning names the date of the figures it speaks for, never an older one of the same
    group: in 2028 the tax uses the proposed 2027 brackets carried forward, next to the
    arbeidskorting of 2026 carried forward since January 2027, and both are said. Its month is
    the first month shown that uses them. A figure first used for a month before the window (the
    holiday pay saved up, a job that started earlier, a year's figures read in its January) is
    named from the first month shown: a value of the same date and state used before the window
    and in it holds in every month between, and one used only before it still shapes the
    amounts shown.
    """
    notices = []
    for state, used in (("carried_forward", tracked.carried_forward()), ("provisional", tracked.provisional())):
        # Per (group, since) its figures as (month named, name): sorted, the first used comes
        # first, and of those used from the same month the names in order.
        groups: dict[tuple[str, date], list[tuple[Month, str]]] = {}
        for name, since, first in used:
            groups.setdefault((group_of(name), since), []).append((_shown(first, tracked.shown_from), name))
        for figures in groups.values():
            figures.sort()
        for group, since in sorted(groups, key=lambda k: (groups[k][0][0], _GROUP_RANK[k[0]], k[1])):
            figures = groups[(group, since)]
            names = list(dict.fromkeys(name for _, name in figures))
            notices.append(Notice(CODES[state], {
                "parameter": names[0],
                "parameters": names,
                "since": since,
                "month": figures[0][0],
            }))
    return notices


def _shown(first: Month | date, shown_from: Month | None) -> Month:
    """The month to name for a figure first used on `first`: that month, or the first month shown
    when it lies before."""
    month = Month(first.year, first.month) if isinstance(first, date) else first
    return shown_from if shown_from is not None and month < shown_from else month

