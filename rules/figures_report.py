"""Which figures are not final in a given month: `python -m rules.figures_report --month 2027-01`.

For the person who enters new figures (docs/figures.md): every figure that is *provisional*
(proposed, not yet adopted) or *carried forward* (a change date has passed without a new value)
on the first day of the month, with the date of the value used and its source. When the list is
empty, every figure Houvast uses for that month is published.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date

from .figures import group_of
from .months import Month
from .parameters import ParameterError, ParameterSet, load_parameters

STATES = ("carried_forward", "provisional")
HEADINGS = {
    "carried_forward": "Carried forward (not yet known; the newest value is used and named in the result)",
    "provisional": "Provisional (proposed in a bill or the budget, or derived from such a figure)",
}


@dataclass(frozen=True)
class Figure:
    name: str
    state: str
    since: date
    group: str
    source: str
    next_change: date | None  # the scheduled change date that was missed, for carried-forward ones


def report(params: ParameterSet, month: Month) -> list[Figure]:
    """Every figure that is provisional or carried forward on the first day of `month`, by state,
    group and name. Figures that do not exist yet on that day (a rule that starts later) are left
    out: nothing uses them."""
    day = month.first_day
    figures = []
    for name, parameter in params.parameters.items():
        try:
            value = parameter.at(day)
        except ParameterError:
            continue
        if value.carried_forward:
            state = "carried_forward"
        elif value.provisional:
            state = "provisional"
        else:
            continue
        figures.append(Figure(name, state, value.since, group_of(name), value.source,
                              _missed_change(parameter.changes_on, value.since, day)))
    return sorted(figures, key=lambda f: (STATES.index(f.state), f.group, f.name))


def _missed_change(changes_on: tuple[tuple[int, int], ...], since: date, day: date) -> date | None:
    missed = [date(year, m, d) for year in range(since.year, day.year + 1) for m, d in changes_on]
    missed = [when for when in missed if since < when <= day]
    return min(missed) if missed else None


def render(figures: list[Figure], month: Month) -> str:
    lines = [f"Figures for {month} that are not final: {len(figures)}"]
    for state in STATES:
        chosen = [f for f in figures if f.state == state]
        lines.append("")
        lines.append(f"{HEADINGS[state]}: {len(chosen)}")
        for figure in chosen:
            due = f", new value due {figure.next_change.isoformat()}" if figure.next_change else ""
            lines.append(f"  [{figure.group}] {figure.name}: value of {figure.since.isoformat()}{due}")
            lines.append(f"      source: {figure.source}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", default=str(Month.of(date.today())), help="YYYY-MM (default: this month)")
    args = parser.parse_args(argv)
    month = Month.parse(args.month)
    print(render(report(load_parameters(), month), month))
    return 0


if __name__ == "__main__":
    sys.exit(main())
