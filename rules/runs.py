"""A run of the month loop over the months shown: from the state the months before the window
leave (rules/before_window.py), and with a job once more from the month the employer applies the
loonheffingskorting (Wet LB art. 23).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from . import before_window
from .belasting import loonheffingskorting
from .loon import with_employer_korting
from .model import Job, MonthResult, Scenario
from .month_facts import MonthFacts
from .month_loop import State, run_months
from .months import Month
from .parameters import ParameterSet
from .participatiewet import verrekening
from .participatiewet.vrijlating import COUNTED


@dataclass
class Run:
    months: list[MonthResult]
    saved_before: tuple[int, Decimal]
    # The state before the month of the switch to art. 34a, and the wage of each month from
    # it (see run_months), when asked for (rules/transition_2027.py).
    at_switch: State | None = None
    work: list | None = None
    # The job's months before the window, as they ran (before_window.start_state).
    before: list[MonthResult] = field(default_factory=list)


def run_window(scenario: Scenario, job: Job | None, params: ParameterSet, facts: list[MonthFacts],
               explain: bool = True, history: list[MonthFacts] = (), transition: str = COUNTED,
               keep_switch: bool = False, partner_job: Job | None = None) -> Run:
    """The months shown. `explain=False` (the sweep) skips the reasons of the loop itself; the
    amounts are the same. `history`: the facts of the job's months before the window
    (before_window.job_months), run first so the window starts from where the job has brought
    the bijstand. `keep_switch`: keep a copy of the state before the first month of art. 34a in
    the window. `partner_job`: the partner's job when the partner works too (the baseline has none)."""
    state, saved_before, before = before_window.start_state(scenario, job, params, facts, history, transition, partner_job)
    switch = next((index for index, fact in enumerate(facts) if fact.art34a), 0) if keep_switch else 0
    rows = run_months(scenario.household, job, params, facts[:switch], state, explain) if switch else []
    at_switch, work = (state.copy(), []) if switch else (None, None)
    rows += run_months(scenario.household, job, params, facts[switch:] if switch else facts, state, explain,
                       keep_work=work)
    return Run(rows, saved_before, at_switch, work, before)


def run_job(scenario: Scenario, params: ParameterSet, facts: list[MonthFacts], explain: bool = True,
            history: list[MonthFacts] = (), keep_switch: bool = False,
            transition: str = COUNTED) -> tuple[Scenario, Run]:
    """The months with the job (with the partner's job too, when given). Once the bijstand stops
    for good each employer applies the loonheffingskorting (Wet LB art. 23;
    rules/belasting/loonheffingskorting.py): the months are then worked out again with it from
    that month. The months before it stay the same, and more net wage never brings the bijstand
    back, so one more pass settles it."""
    job, partner_job = scenario.job, scenario.partner_job
    run = run_window(scenario, job, params, facts, explain, history=history, keep_switch=keep_switch,
                     transition=transition, partner_job=partner_job)
    since = _employer_from(job, run, scenario.start_month)
    partner_since = _employer_from(partner_job, run, scenario.start_month)
    if since is not None or partner_since is not None:
        if since is not None:
            job = dataclasses.replace(job, loonheffingskorting_employer_from=since)
        if partner_since is not None:
            partner_job = dataclasses.replace(partner_job, loonheffingskorting_employer_from=partner_since)
        scenario = dataclasses.replace(scenario, job=job, partner_job=partner_job)
        if not explain and partner_job is None and all(fact.method == "toerekening" for fact in facts):
            # Only the amounts paid are needed (the sweep): the months from `since` have no
            # bijstand either way, so only their net wage and holiday pay change.
            with_employer_korting(run.months, job, params)
        else:
            run = run_window(scenario, job, params, _with_employer_korting(facts, job, params, partner_job), explain,
                             history=history, keep_switch=keep_switch, transition=transition, partner_job=partner_job)
    if explain:
        loonheffingskorting.explain(run.months, job)
        if partner_job is not None:
            loonheffingskorting.explain(run.months, partner_job, partner=True)
    return scenario, run


def _employer_from(job: Job | None, run: Run, start: Month) -> Month | None:
    """The month from which this job's employer can be asked for the korting (Wet LB art. 23, per
    person): when the bijstand has not come back since the first month shown, from the month it
    stopped in the job's months before the window."""
    since = loonheffingskorting.employer_from(job, run.months)
    if since is not None and since == start:
        return loonheffingskorting.employer_from(job, run.before) or since
    return since


def _with_employer_korting(facts: list[MonthFacts], job: Job | None, params: ParameterSet,
                           partner_job: Job | None = None) -> list[MonthFacts]:
    """The month facts once an employer applies the korting: only the holiday-right table
    changes (Regeling art. 11, with heffingskorting)."""
    if _right_may_change(job):
        since = job.loonheffingskorting_employer_from
        facts = [fact._replace(holiday_right=verrekening.holiday_right_figures(job, fact.month, params))
                 if fact.pay is not None and fact.month >= since else fact for fact in facts]
    if _right_may_change(partner_job):
        since = partner_job.loonheffingskorting_employer_from
        facts = [fact._replace(partner=fact.partner._replace(
                     holiday_right=verrekening.holiday_right_figures(partner_job, fact.month, params)))
                 if fact.partner is not None and fact.month >= since else fact for fact in facts]
    return facts


def _right_may_change(job: Job | None) -> bool:
    """Holiday pay with every payday builds no right to count; without an employer's korting
    from a month on, the table stays."""
    return job is not None and job.holiday_pay != "monthly" and job.loonheffingskorting_employer_from is not None


def copy_row(row: MonthResult) -> MonthResult:
    """A copy of a month with its own list of reasons (more are added to it later)."""
    copy = dataclasses.replace(row)
    copy.explanations = list(row.explanations)
    return copy
