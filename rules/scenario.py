"""A scenario month by month, with and without the job: the entry points calculate and sweep.

The parts live in their own modules: the household as the law reads it and the scope
(participatiewet/huishouden.py, rules/scope.py), the facts of each month (rules/month_facts.py),
the months of a job before the window (rules/before_window.py), the month loop in the order of the
law (rules/month_loop.py), a run of it over the months shown (rules/runs.py), the other readings
of the switch to art. 34a on 1 January 2027 (rules/transition_2027.py) and the warnings
(rules/notices.py). Here they are put together, with the toeslagen and the gemeente's own payments.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from . import before_window, summary, uren
from .belasting import loonheffingskorting
from .figures import figure_notices
from .gemeente import lokaal
from .model import Explanation, Notice, Scenario, ScenarioResult
from .money import ZERO, to_cents
from .month_facts import month_facts
from .notices import warnings_of
from .parameters import ParameterSet
from .participatiewet import huishouden
from .participatiewet.norm import OutOfScope
from .profiles import Policy
from .runs import Run, copy_row, run_job, run_window
from .scope import FIRST_SUPPORTED_MONTH, MAX_MONTHS, check_bounds, check_scope  # noqa: F401 (public names)
from .toeslagen import jaar as toeslagen_jaar
from .transition_2027 import transition_range

RULES_VERSION = "2026.2"


def as_the_law_reads(scenario: Scenario, params: ParameterSet) -> tuple[Scenario, list[Notice]]:
    """The household as the law sees it (art. 4 and 19a Pw, rules/participatiewet/huishouden.py):
    a single person with a child under 18 is an alleenstaande ouder, a "child" of 27 or older a
    kostendeler; the result names each reading."""
    # Months past the horizon and ages that cannot be are refused first: before any figure is
    # looked up (and remembered) for such a month, and before a child's age is read.
    check_bounds(scenario, params)
    month = max(scenario.start_month, FIRST_SUPPORTED_MONTH)  # a start too early is refused later
    household, notices = huishouden.as_the_law_reads(scenario.household, month, params)
    if household == scenario.household:
        return scenario, notices
    return dataclasses.replace(scenario, household=household), notices


def calculate(scenario: Scenario, params: ParameterSet, policy: Policy) -> ScenarioResult:
    """The scenario month by month, next to the same household without the job; with hours that
    vary, at the fewest hours with the band up to the most hours (rules/uren.py)."""
    result = _calculate(scenario, params, policy)
    most = uren.at_most_hours(scenario)
    if most is not None:
        settled_later = any(policy.month_choices(row.month)[1] == "volgende_maand" for row in result.months)
        uren.add_band(result, _calculate(most, params, policy), settled_later)
    return result


def _calculate(scenario: Scenario, params: ParameterSet, policy: Policy) -> ScenarioResult:
    scenario, read_as = as_the_law_reads(scenario, params)
    tracked = params.tracking(shown_from=scenario.start_month)
    check_scope(scenario, tracked)
    facts = month_facts(scenario, tracked, policy)
    history = before_window.job_months(scenario, params, policy)
    # The baseline's own reasons are shown only when it is the result (no job).
    works = scenario.with_work  # any job: the applicant's or the partner's
    baseline = run_window(scenario, None, tracked, facts, explain=not works).months
    run = None
    if works:
        scenario, run = run_job(scenario, tracked, facts, history=history, keep_switch=True)
    rows = run.months if run is not None else [copy_row(row) for row in baseline]
    year_end, toeslagen_notices = toeslagen_jaar.apply(scenario, rows, baseline, tracked, run.before if run else ())
    local_notices = lokaal.apply(scenario, rows, baseline, policy, tracked) if _pays_own(policy) else []
    for row, base in zip(rows, baseline):
        row.total = row.paid_parts()
        base.total = base.paid_parts()
        row.total_without_job = base.total
        if row.total < row.total_without_job and works:
            row.explanations.append(Explanation("below_without_job", {"difference": row.total_without_job - row.total}))
    transition, transition_notices = transition_range(scenario, params, policy, facts, history, rows, run)
    shown = run or Run(baseline, (0, ZERO))
    warnings = read_as + warnings_of(scenario, tracked, shown.months, shown.saved_before) + transition_notices
    warnings.extend(loonheffingskorting.notice(scenario.job))
    if scenario.partner_job is not None:
        warnings.extend(loonheffingskorting.notice(scenario.partner_job, partner=True))
    warnings.extend(figure_notices(tracked))
    warnings.extend(toeslagen_notices)
    warnings.extend(local_notices)
    return ScenarioResult(
        scenario=scenario,
        months=rows,
        baseline=baseline,
        warnings=warnings,
        year_end=year_end,
        rules_version=RULES_VERSION,
        # The date of the newest bijstandsnorm used: the figures the result rests on most.
        figures_valid_from=max(fact.norm_since for fact in facts).isoformat(),
        transition=transition,
    )


def _pays_own(policy: Policy) -> bool:
    """Whether the gemeente has payments of its own (rules/gemeente/lokaal.py); without them every
    month keeps `gemeente_premie` 0 and there is nothing to apply."""
    return bool(policy.minimaregelingen or policy.premies)


@dataclass(frozen=True)
class SweepPoint:
    hours_per_week: Decimal
    average_total: Decimal  # over all months shown
    average_total_without_job: Decimal
    lowest_total: Decimal
    # The measures of rules/summary.py for these hours (over the months with pay).
    typical_difference: Decimal = ZERO
    average_difference: Decimal = ZERO


def sweep(scenario: Scenario, hours: list[Decimal], params: ParameterSet, policy: Policy) -> list[SweepPoint]:
    """The same scenario for each number of weekly hours (same wage and pay rhythm) of the
    applicant's job, or of the partner's when only the partner works.

    The baseline and the month facts do not depend on the job, so they are computed once.
    Averages are over the months shown, rounded to cents.
    """
    varied = "job" if scenario.job is not None else "partner_job"
    if getattr(scenario, varied) is None or getattr(scenario, varied).hourly_wage is None:
        raise OutOfScope("sweep_needs_hourly_wage")
    scenario, _ = as_the_law_reads(scenario, params)
    tracked = params.tracking()
    check_scope(scenario, tracked)
    facts = month_facts(scenario, tracked, policy)
    history = before_window.job_months(scenario, params, policy)
    baseline = run_window(scenario, None, tracked, facts, explain=False).months
    toeslagen_jaar.apply(scenario, baseline, baseline, tracked)
    local = _pays_own(policy)
    if local:
        lokaal.apply(scenario, baseline, baseline, policy, tracked)
    for row in baseline:
        row.total = row.paid_parts()
    average_without = to_cents(sum((row.total for row in baseline), ZERO) / len(baseline))
    points = []
    for hour in hours:
        job = dataclasses.replace(getattr(scenario, varied), hours_per_week=Decimal(hour), gross_per_period=None)
        variant = dataclasses.replace(scenario, **{varied: job})
        # Untracked figures: the sweep returns numbers only, its warnings are the scenario's own.
        rows = run_job(variant, params, facts, explain=False, history=history)[1].months
        toeslagen_jaar.advances_as_without_job(rows, baseline)
        if local:
            paid = lokaal.paid_in(variant, rows, policy, params)
            for row in rows:
                row.gemeente_premie = paid[row.month]
        totals = [row.paid_parts() for row in rows]
        # The measures of rules/summary.py over the months with pay.
        typical, average = summary.typical_and_average(
            [total - base.total for total, base, row in zip(totals, baseline, rows)
             if row.paydays > 0 or row.partner_paydays > 0])
        points.append(SweepPoint(Decimal(hour), to_cents(sum(totals, ZERO) / len(totals)), average_without, min(totals),
                                 typical, average))
    return points
