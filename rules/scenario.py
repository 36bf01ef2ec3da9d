"""A scenario month by month, with and without the job: the entry points calculate and sweep.

The parts live in their own modules: the household as the law reads it and the scope
(participatiewet/huishouden.py, rules/scope.py), the facts of each month (rules/month_facts.py),
the months of a job before the window (rules/before_window.py), the month loop in the order of the
law (rules/month_loop.py) and the warnings (rules/notices.py). Here they are put together: a run
of the loop, again once the employer applies the loonheffingskorting (_run_job), and, on
1 January 2027, a running vrijlating worked out under the other readings of the switch
(_transition).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from . import before_window, summary, uren
from .belasting import loonheffingskorting
from .figures import figure_notices
from .gemeente import lokaal
from .loon import with_employer_korting
from .model import Explanation, Job, MonthResult, Notice, Scenario, ScenarioResult, TransitionRange
from .money import ZERO, to_cents
from .month_facts import MonthFacts, month_facts
from .month_loop import State, run_months
from .notices import warnings_of
from .parameters import ParameterSet
from .participatiewet import huishouden, verrekening
from .participatiewet.norm import OutOfScope
from .participatiewet.vrijlating import ART_34A_IN_FORCE, COUNTED, FRESH, LAST_ART31_MONTH, OLD_RUNS_OUT
from .participatiewet.vrijlating import figures as vrijlating_figures
from .profiles import Policy
from .scope import FIRST_SUPPORTED_MONTH, MAX_MONTHS, check_bounds, check_scope  # noqa: F401 (public names)
from .toeslagen import jaar as toeslagen_jaar

RULES_VERSION = "2026.2"


@dataclass
class _Run:
    months: list[MonthResult]
    saved_before: tuple[int, Decimal]
    # The state before the month of the switch to art. 34a, and the wage of each month from
    # it (see run_months), when asked for (`_transition`).
    at_switch: State | None = None
    work: list | None = None


def _run(scenario: Scenario, job: Job | None, params: ParameterSet, facts: list[MonthFacts],
         explain: bool = True, history: list[MonthFacts] = (), transition: str = COUNTED,
         keep_switch: bool = False) -> _Run:
    """The months shown. `explain=False` (the sweep) skips the reasons of the loop itself; the
    amounts are the same. `history`: the facts of the job's months before the window (before_window.job_months),
    run first so the window starts from where the job has brought the bijstand. `keep_switch`:
    keep a copy of the state before the first month of art. 34a in the window."""
    state, saved_before = before_window.start_state(scenario, job, params, facts, history, transition)
    switch = next((index for index, fact in enumerate(facts) if fact.art34a), 0) if keep_switch else 0
    rows = run_months(scenario.household, job, params, facts[:switch], state, explain) if switch else []
    at_switch, work = (state.copy(), []) if switch else (None, None)
    rows += run_months(scenario.household, job, params, facts[switch:] if switch else facts, state, explain,
                       keep_work=work)
    return _Run(rows, saved_before, at_switch, work)


def _run_job(scenario: Scenario, params: ParameterSet, facts: list[MonthFacts], explain: bool = True,
             history: list[MonthFacts] = (), keep_switch: bool = False,
             transition: str = COUNTED) -> tuple[Scenario, _Run]:
    """The months with the job. Once the bijstand stops for good the employer applies the
    loonheffingskorting (Wet LB art. 23; rules/belasting/loonheffingskorting.py): the months are
    then worked out again with it from that month. The months before it stay the same, and more
    net wage never brings the bijstand back, so one more pass settles it."""
    job = scenario.job
    run = _run(scenario, job, params, facts, explain, history=history, keep_switch=keep_switch, transition=transition)
    since = loonheffingskorting.employer_from(job, run.months)
    if since is not None:
        job = dataclasses.replace(job, loonheffingskorting_employer_from=since)
        scenario = dataclasses.replace(scenario, job=job)
        if not explain and all(fact.method == "toerekening" for fact in facts):
            # Only the amounts paid are needed (the sweep): the months from `since` have no
            # bijstand either way, so only their net wage and holiday pay change.
            with_employer_korting(run.months, job, params)
        else:
            run = _run(scenario, job, params, _with_employer_korting(facts, job, params), explain, history=history,
                       keep_switch=keep_switch, transition=transition)
    if explain:
        loonheffingskorting.explain(run.months, job)
    return scenario, run


def _with_employer_korting(facts: list[MonthFacts], job: Job, params: ParameterSet) -> list[MonthFacts]:
    """The month facts once the employer applies the korting: only the holiday-right table
    changes (Regeling art. 11, with heffingskorting)."""
    if job.holiday_pay == "monthly":
        return facts
    since = job.loonheffingskorting_employer_from
    return [fact._replace(holiday_right=verrekening.holiday_right_figures(job, fact.month, params))
            if fact.pay is not None and fact.month >= since else fact for fact in facts]


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
    tracked = params.tracking()
    check_scope(scenario, tracked)
    facts = month_facts(scenario, tracked, policy)
    history = before_window.job_months(scenario, params, policy)
    # The baseline's own reasons are shown only when it is the result (no job).
    baseline = _run(scenario, None, tracked, facts, explain=scenario.job is None).months
    run = None
    if scenario.job is not None:
        scenario, run = _run_job(scenario, tracked, facts, history=history, keep_switch=True)
    rows = run.months if run is not None else [_copy(row) for row in baseline]
    year_end, toeslagen_notices = toeslagen_jaar.apply(scenario, rows, baseline, tracked)
    local_notices = lokaal.apply(scenario, rows, baseline, policy, tracked)
    for row, base in zip(rows, baseline):
        row.total = row.paid_parts()
        base.total = base.paid_parts()
        row.total_without_job = base.total
        if row.total < row.total_without_job and scenario.job is not None:
            row.explanations.append(Explanation("below_without_job", {"difference": row.total_without_job - row.total}))
    transition, transition_notices = _transition(scenario, params, policy, facts, history, rows, baseline, run)
    shown = run or _Run(baseline, (0, ZERO))
    warnings = read_as + warnings_of(scenario, tracked, shown.months, shown.saved_before) + transition_notices
    warnings.extend(loonheffingskorting.notice(scenario.job))
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


def _transition(scenario: Scenario, params: ParameterSet, policy: Policy, facts: list[MonthFacts],
                history: list[MonthFacts], rows: list[MonthResult], baseline: list[MonthResult],
                run: _Run | None) -> tuple[TransitionRange | None, list[Notice]]:
    """The switch to art. 34a for a vrijlating of a job that is running then: no overgangsrecht
    was found (docs/assumptions.md), so the months it touches are worked out under each reading
    (vrijlating.TRANSITION_READINGS) and shown as a range next to the planning figure."""
    job = scenario.job
    switch = next((fact.month for fact in (*history, *facts) if fact.art34a), None)
    if job is None or switch is None or job.start_month >= switch or facts[-1].month < switch:
        return None, []
    totals = {COUNTED: tuple(row.total for row in rows)}
    old = vrijlating_figures(LAST_ART31_MONTH, params, False)
    for reading, reading_facts, reading_history in ((FRESH, facts, history),
                                                    (OLD_RUNS_OUT, _keep_art31(facts, old), _keep_art31(history, old))):
        if reading == FRESH and run.at_switch is not None and run.at_switch.clock.total_used == 0:
            totals[reading] = totals[COUNTED]  # no months used before the switch: the same period
            continue
        totals[reading] = _totals(scenario, job, params, policy, reading_facts, reading_history, rows, baseline,
                                  reading, run)
    touched = []
    for index, row in enumerate(rows):
        values = [reading[index] for reading in totals.values()]
        if min(values) != max(values):
            row.total_range_low, row.total_range_high = min(values), max(values)
            touched.append(row.month)
    notices = [Notice("vrijlating_2027_transition", {
        "first_month": touched[0] if touched else None, "last_month": touched[-1] if touched else None})]
    difference = None
    if job.start_month == LAST_ART31_MONTH:
        january = dataclasses.replace(job, start_month=ART_34A_IN_FORCE, first_payday=None)
        variant = dataclasses.replace(scenario, job=january)
        later = _totals(variant, january, params, policy, facts, before_window.job_months(variant, params, policy), rows, baseline,
                        COUNTED, None)
        difference = sum((new - now for new, now, row in zip(later, totals[COUNTED], rows)
                          if row.month >= ART_34A_IN_FORCE), ZERO)
        if difference > 0:
            notices.append(Notice("first_pay_in_january", {"difference": difference, "month": ART_34A_IN_FORCE}))
    return TransitionRange(totals, difference), notices


def _keep_art31(facts: list[MonthFacts], old) -> list[MonthFacts]:
    """The facts with art. 31 (its figures of December 2026) in place of art. 34a."""
    return [fact._replace(art34a=False, vrijlating=None if fact.vrijlating is None else old) if fact.art34a else fact
            for fact in facts]


TOESLAGEN_FIELDS = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")


def _totals(scenario: Scenario, job: Job, params: ParameterSet, policy: Policy, facts: list[MonthFacts],
            history: list[MonthFacts], rows: list[MonthResult], baseline: list[MonthResult],
            transition: str, run: _Run | None) -> tuple[Decimal, ...]:
    """The total of each month of another reading (or start), with the toeslagen advances of the
    result itself (they rest on the income without the job) and the gemeente's own payments.
    `run`: the result's own run; when it kept its state before the switch, the months before it
    are the result's and the wage of the later months is taken over."""
    local = bool(policy.minimaregelingen or policy.premies)  # they may look at every month
    if run is None or run.at_switch is None:
        # Worked out in full, with its own month from which the employer applies the korting.
        job = dataclasses.replace(job, loonheffingskorting_employer_from=None)
        other = _run_job(dataclasses.replace(scenario, job=job), params, facts, explain=False, history=history,
                         transition=transition)[1].months
        before: tuple[Decimal, ...] = ()
    else:
        state = run.at_switch.copy()
        state.transition = transition
        switch = len(rows) - len(run.work)
        before = tuple(row.total for row in rows[:switch])
        other = run_months(scenario.household, job, params, facts[switch:], state, explain=False, work=run.work,
                           totals_only=not local)
        if not local:  # the cash of work and bijstand, plus the toeslagen advances of the result
            return before + tuple(cash + _toeslagen(row) for cash, row in zip(other, rows[switch:]))
    for alternative, row in zip(other, rows[len(before):]):
        for name in TOESLAGEN_FIELDS:
            setattr(alternative, name, getattr(row, name))
    if local:
        other = [_copy(row) for row in rows[:len(before)]] + other
        lokaal.apply(scenario, other, [_copy(row) for row in baseline], policy, params)
        return tuple(row.paid_parts() for row in other)
    return before + tuple(row.paid_parts() for row in other)


def _toeslagen(row: MonthResult) -> Decimal:
    return row.huurtoeslag + row.zorgtoeslag + row.kindgebonden_budget + row.kinderbijslag


def _copy(row: MonthResult) -> MonthResult:
    copy = dataclasses.replace(row)
    copy.explanations = list(row.explanations)
    return copy


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
    """The same scenario for each number of weekly hours (same wage and pay rhythm).

    The baseline and the month facts do not depend on the job, so they are computed once.
    Averages are over the months shown, rounded to cents.
    """
    if scenario.job is None or scenario.job.hourly_wage is None:
        raise OutOfScope("sweep_needs_hourly_wage")
    scenario, _ = as_the_law_reads(scenario, params)
    tracked = params.tracking()
    check_scope(scenario, tracked)
    facts = month_facts(scenario, tracked, policy)
    history = before_window.job_months(scenario, params, policy)
    baseline = _run(scenario, None, tracked, facts, explain=False).months
    toeslagen_jaar.apply(scenario, baseline, baseline, tracked)
    lokaal.apply(scenario, baseline, baseline, policy, tracked)
    for row in baseline:
        row.total = row.paid_parts()
    average_without = to_cents(sum((row.total for row in baseline), ZERO) / len(baseline))
    points = []
    for hour in hours:
        job = dataclasses.replace(scenario.job, hours_per_week=Decimal(hour), gross_per_period=None)
        variant = dataclasses.replace(scenario, job=job)
        # Untracked figures: the sweep returns numbers only, its warnings are the scenario's own.
        rows = _run_job(variant, params, facts, explain=False, history=history)[1].months
        toeslagen_jaar.advances_as_without_job(rows, baseline)
        lokaal.apply(variant, rows, baseline, policy, params)
        totals = [row.paid_parts() for row in rows]
        # The measures of rules/summary.py over the months with pay.
        typical, average = summary.typical_and_average(
            [total - base.total for total, base, row in zip(totals, baseline, rows) if row.paydays > 0])
        points.append(SweepPoint(Decimal(hour), to_cents(sum(totals, ZERO) / len(totals)), average_without, min(totals),
                                 typical, average))
    return points
