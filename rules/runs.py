"""A run of the month loop over the months shown: from the state the months before the window
leave (rules/before_window.py), and with a job once more from the month the employer applies the
loonheffingskorting (Wet LB art. 23).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from . import before_window
from .belasting import loonheffingskorting
from .loon import with_employer_korting
from .model import Job, MonthResult, Scenario
from .month_facts import MonthFacts
from .month_loop import State, run_months
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


def run_window(scenario: Scenario, job: Job | None, params: ParameterSet, facts: list[MonthFacts],
               explain: bool = True, history: list[MonthFacts] = (), transition: str = COUNTED,
               keep_switch: bool = False) -> Run:
    """The months shown. `explain=False` (the sweep) skips the reasons of the loop itself; the
    amounts are the same. `history`: the facts of the job's months before the window
    (before_window.job_months), run first so the window starts from where the job has brought
    the bijstand. `keep_switch`: keep a copy of the state before the first month of art. 34a in
    the window."""
    state, saved_before = before_window.start_state(scenario, job, params, facts, history, transition)
    switch = next((index for index, fact in enumerate(facts) if fact.art34a), 0) if keep_switch else 0
    rows = run_months(scenario.household, job, params, facts[:switch], state, explain) if switch else []
    at_switch, work = (state.copy(), []) if switch else (None, None)
    rows += run_months(scenario.household, job, params, facts[switch:] if switch else facts, state, explain,
                       keep_work=work)
    return Run(rows, saved_before, at_switch, work)


def run_job(scenario: Scenario, params: ParameterSet, facts: list[MonthFacts], explain: bool = True,
            history: list[MonthFacts] = (), keep_switch: bool = False,
            transition: str = COUNTED) -> tuple[Scenario, Run]:
    """The months with the job. Once the bijstand stops for good the employer applies the
    loonheffingskorting (Wet LB art. 23; rules/belasting/loonheffingskorting.py): the months are
    then worked out again with it from that month. The months before it stay the same, and more
    net wage never brings the bijstand back, so one more pass settles it."""
    job = scenario.job
    run = run_window(scenario, job, params, facts, explain, history=history, keep_switch=keep_switch,
                     transition=transition)
    since = loonheffingskorting.employer_from(job, run.months)
    if since is not None:
        job = dataclasses.replace(job, loonheffingskorting_employer_from=since)
        scenario = dataclasses.replace(scenario, job=job)
        if not explain and all(fact.method == "toerekening" for fact in facts):
            # Only the amounts paid are needed (the sweep): the months from `since` have no
            # bijstand either way, so only their net wage and holiday pay change.
            with_employer_korting(run.months, job, params)
        else:
            run = run_window(scenario, job, params, _with_employer_korting(facts, job, params), explain,
                             history=history, keep_switch=keep_switch, transition=transition)
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


def copy_row(row: MonthResult) -> MonthResult:
    """A copy of a month with its own list of reasons (more are added to it later)."""
    copy = dataclasses.replace(row)
    copy.explanations = list(row.explanations)
    return copy
