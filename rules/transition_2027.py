"""The switch to art. 34a Pw on 1 January 2027 for a vrijlating of a job that is running then.

No overgangsrecht was found (docs/assumptions.md): the result follows the planning reading
(COUNTED) and the months the switch touches are also worked out under the other readings
(participatiewet/vrijlating.py, TRANSITION_READINGS), shown as a range next to it.
"""
from __future__ import annotations

import calendar
import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from . import before_window
from .gemeente import lokaal
from .model import Job, MonthResult, Notice, Scenario, TransitionRange
from .money import ZERO
from .months import PAYDAY_STEP_DAYS, Month
from .month_facts import MonthFacts
from .month_loop import run_months
from .parameters import ParameterSet
from .participatiewet.vrijlating import ART_34A_IN_FORCE, COUNTED, FRESH, LAST_ART31_MONTH, OLD_RUNS_OUT
from .participatiewet.vrijlating import figures as vrijlating_figures
from .profiles import Policy
from .runs import Run, run_job


def transition_range(scenario: Scenario, params: ParameterSet, policy: Policy, facts: list[MonthFacts],
                     history: list[MonthFacts], rows: list[MonthResult], run: Run | None) -> tuple[TransitionRange | None, list[Notice]]:
    """The switch to art. 34a for a vrijlating of a job that is running then: no overgangsrecht
    was found (docs/assumptions.md), so the months it touches are worked out under each reading
    (vrijlating.TRANSITION_READINGS) and shown as a range next to the planning figure."""
    job = scenario.job
    switch = next((fact.month for fact in (*history, *facts) if fact.art34a), None)
    if switch is None or facts[-1].month < switch:
        return None, []
    # Each partner's job running on the switch gets the same reading (docs/assumptions.md), when
    # that partner had a vrijlating of art. 31 to run on: under 27 onderdelen n and r do not apply
    # (art. 31 lid 5), so the old rule keeps nothing and art. 34a (no age test) applies to them.
    old = vrijlating_figures(LAST_ART31_MONTH, params, False)
    household = scenario.household
    started = tuple(other is not None and other.start_month < switch for other in (job, scenario.partner_job))
    if not any(started):
        return None, []
    running = (started[0] and _had_art31(household.age, household.medisch_urenbeperkt, old),
               started[1] and _had_art31(household.partner_age, False, old))
    totals = {COUNTED: tuple(row.total for row in rows)}
    readings = ((FRESH, facts, history), (OLD_RUNS_OUT, _keep_art31(facts, old, *running),
                                          _keep_art31(history, old, *running))) if any(running) else ()
    for reading, reading_facts, reading_history in readings:
        if reading == FRESH and run.at_switch is not None and _nothing_used(run.at_switch):
            totals[reading] = totals[COUNTED]  # no months used before the switch: the same period
            continue
        totals[reading] = _totals(scenario, job, params, policy, reading_facts, reading_history, rows,
                                  reading, run)
    touched = []
    for row, values in zip(rows, zip(*totals.values())):
        low, high = min(values), max(values)
        if low != high:
            row.total_range_low, row.total_range_high = low, high
            touched.append(row.month)
    # Only where the readings differ does a vrijlating run on into 2027 in the months shown; when
    # they agree everywhere (the job ended in 2026, no bijstand in any month) there is nothing to say.
    notices = [Notice("vrijlating_2027_transition", {"first_month": touched[0], "last_month": touched[-1]})
               ] if touched else []
    differences = []
    for which, code in (("job", "first_pay_in_january"), ("partner_job", "partner_first_pay_in_january")):
        difference = _first_pay_in_january(scenario, which, params, policy, facts, rows)
        differences.append(difference)
        if difference is not None and difference > 0:
            notices.append(Notice(code, {"difference": difference, "month": ART_34A_IN_FORCE}))
    return TransitionRange(totals, *differences), notices


def _first_pay_in_january(scenario: Scenario, which: str, params: ParameterSet, policy: Policy,
                          facts: list[MonthFacts], rows: list[MonthResult]) -> Decimal | None:
    """For a job (`which`: the applicant's or the partner's) first paid in December 2026: what the
    months from January 2027 would bring more in total if its first pay came in January 2027, a
    new job with a period of art. 34a of its own (planning reading; lid 3). The same job keeps its
    paydays of 2027, so the difference is what the law changes, not a payday lost in January."""
    job = getattr(scenario, which)
    if job is None or job.start_month != LAST_ART31_MONTH:
        return None
    january = dataclasses.replace(job, start_month=ART_34A_IN_FORCE,
                                  first_payday=_first_payday_in(job, ART_34A_IN_FORCE))
    variant = dataclasses.replace(scenario, **{which: january})
    history_of_january = before_window.job_months(variant, params, policy)
    later = _totals(variant, variant.job, params, policy, facts, history_of_january, rows, COUNTED, None)
    return sum((new - row.total for new, row in zip(later, rows) if row.month >= ART_34A_IN_FORCE), ZERO)


def _first_payday_in(job: Job, month: Month) -> date | None:
    """The job's first payday in `month` on its own rhythm (pay per week or per four weeks). Without
    it a job first paid in `month` gets one payday there (loon.paydays): a weekly job would lose the
    other Fridays of January 2027, a job paid every 28 days from 4 December 2026 its payday of
    1 January 2027."""
    step = PAYDAY_STEP_DAYS.get(job.pay_period)
    if step is None:
        return None
    if job.first_payday is not None:
        behind = (month.first_day - job.first_payday).days
        return job.first_payday + timedelta(days=-(-behind // step) * step)
    if job.pay_period == "week":  # every Friday (docs/assumptions.md, "Paydays")
        return month.first_day + timedelta(days=(calendar.FRIDAY - month.first_day.weekday()) % 7)
    return None  # per four weeks: the calendar's one payday in the month is the job's own


def _had_art31(age: int | None, medisch_urenbeperkt: bool, old) -> bool:
    """A vrijlating of art. 31 could run for this person in December 2026: onder y (art. 6b, no
    age limit), or n and r from the age of 27 (lid 5)."""
    return medisch_urenbeperkt or (age is not None and age >= old.minimumleeftijd.value)


def _nothing_used(state) -> bool:
    """No months of vrijlating used before the switch, by either partner: FRESH is COUNTED."""
    return state.clock.total_used == 0 and (state.partner is None or state.partner.clock.total_used == 0)


def _keep_art31(facts: list[MonthFacts], old, applicant: bool = True, partner: bool = False) -> list[MonthFacts]:
    """The facts with art. 31 (its figures of December 2026) in place of art. 34a, for the job of
    the applicant and of the partner that was running on the switch (a new job gets art. 34a)."""
    kept = []
    for fact in facts:
        if fact.art34a:
            fact = fact._replace(art34a=False, vrijlating=old if applicant and fact.vrijlating is not None else fact.vrijlating)
            if partner and fact.partner is not None:
                fact = fact._replace(partner=fact.partner._replace(vrijlating=old))
        kept.append(fact)
    return kept


TOESLAGEN_FIELDS = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")


def _totals(scenario: Scenario, job: Job | None, params: ParameterSet, policy: Policy, facts: list[MonthFacts],
            history: list[MonthFacts], rows: list[MonthResult], transition: str, run: Run | None) -> tuple[Decimal, ...]:
    """The total of each month of another reading (or start), with the toeslagen advances of the
    result itself (they rest on the income without the job) and the gemeente's own payments.
    `run`: the result's own run; when it kept its state before the switch, the months before it
    are the result's and the wage of the later months is taken over."""
    local = bool(policy.minimaregelingen or policy.premies)  # they may look at every month
    if run is None or run.at_switch is None:
        # Worked out in full, with its own month from which each employer applies the korting.
        job = job and dataclasses.replace(job, loonheffingskorting_employer_from=None)
        partner_job = scenario.partner_job and dataclasses.replace(scenario.partner_job, loonheffingskorting_employer_from=None)
        other = run_job(dataclasses.replace(scenario, job=job, partner_job=partner_job), params, facts, explain=False,
                        history=history, transition=transition)[1].months
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
        # The months before the switch are the result's: what the gemeente pays in them rests on
        # those months only (and on the month after for a regeling's income settled a month later,
        # which matters only from the switch on), so their totals stay; the months before are
        # passed for a referteperiode or a premie's run of months.
        paid = lokaal.paid_in(scenario, [*rows[:len(before)], *other], policy, params)
        for row in other:
            row.gemeente_premie = paid[row.month]
    return before + tuple(row.paid_parts() for row in other)


def _toeslagen(row: MonthResult) -> Decimal:
    return row.huurtoeslag + row.zorgtoeslag + row.kindgebonden_budget + row.kinderbijslag
