"""The months before the first month shown: where the loop starts from.

A job that ran before the window has its months worked out first (from January 2026 on, at most
HISTORY_MONTHS), so the window does not change the months: the vakantietoeslag saved since the
last payout (art. 45 lid 1 Pw), the income of the month before (settled a month later), the
art. 31 and 34a periods of the vrijlating and the employer's holiday pay built up, not yet paid.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from .loon import VAKANTIEBIJSLAG, gross_per_payday, paydays
from .model import Household, Job, MonthResult, Scenario
from .money import ZERO, to_cents
from .month_facts import MonthFacts, month_facts
from .month_loop import Earner, State, run_months
from .months import Month, paydays_in_month
from .parameters import ParameterSet
from .participatiewet import vakantietoeslag
from .participatiewet.norm import norm
from .participatiewet.vrijlating import ART_34A_IN_FORCE, enter_art34a, months_used_before, start_clock
from .profiles import Policy
from .scope import FIRST_SUPPORTED_MONTH


# Months of the job before the window that are calculated: the art. 34a period (twelve months)
# and the month before it; the vakantietoeslag saved since June needs at most eleven.
HISTORY_MONTHS = 13


def job_months(scenario: Scenario, params: ParameterSet, policy: Policy) -> list[MonthFacts]:
    """The facts of the job's months before the first month shown (from January 2026 on); with
    both partners working, from the first month of the job that started first."""
    start = scenario.start_month
    earliest = _earliest_start(scenario.job, scenario.partner_job)
    if earliest is None or earliest >= start:
        return []
    first = max(earliest, FIRST_SUPPORTED_MONTH, start.plus(-HISTORY_MONTHS))
    if first >= start:
        return []
    return month_facts(dataclasses.replace(scenario, start_month=first, months=start.minus(first)), params, policy)


def _earliest_start(*jobs: Job | None) -> Month | None:
    return min((job.start_month for job in jobs if job is not None), default=None)


def partner_earner(household: Household, job: Job, first: Month, params: ParameterSet) -> Earner:
    """The partner's job as the loop starts it on `first`. The vrijlating reads the partner's own
    age (art. 31 lid 5); the art. 6b finding (medisch urenbeperkt) is the applicant's. The months
    of vrijlating the partner used before `first` are not asked: they are worked out from the
    job's months before it (vrijlating.months_used_before; docs/assumptions.md)."""
    own = dataclasses.replace(household, age=household.partner_age, partner_age=household.age,
                              medisch_urenbeperkt=False)
    clock = start_clock(None, own, job, first, params)
    return Earner(job, own, clock, holiday_built_before(job, first, params))


def start_state(scenario: Scenario, job: Job | None, params: ParameterSet, facts: list[MonthFacts],
                history: list[MonthFacts], transition: str,
                partner_job: Job | None = None) -> tuple[State, tuple[int, Decimal], list[MonthResult]]:
    """The loop's state on the first month shown, and the job's months before it as they ran
    (for the year end: rules/toeslagen/toetsingsinkomen.py).

    The vakantietoeslag saved since the last June payout (art. 45 lid 1), the income of the month
    before (settled a month later), the art. 34a period and the holiday pay built up follow the
    job when it already ran before the window: its months before the window are calculated like
    the others (`history`, from January 2026 on). Months before those are estimated: as bijstand
    without income, each at its own norm (vakantietoeslag.reserve_before), or, when the job
    already ran, as the first month calculated.
    """
    household, start = scenario.household, scenario.start_month
    used, earlier_34a = scenario.vrijlating_months_used, scenario.vrijlating_34a_months_used
    saved_months = vakantietoeslag.months_saved_before(start, params)
    if not history:
        clock = start_clock(used, household, job, start, params, earlier_34a)
        state = State(clock, vt_reserve=facts[0].vt_reserve_before,
                       holiday_bank=holiday_built_before(job, start, params), transition=transition)
        if partner_job is not None:
            state.partner = partner_earner(household, partner_job, start, params)
        return state, (saved_months, state.vt_reserve), []

    first = history[0].month
    earliest = _earliest_start(job, partner_job)
    if used is None:
        # Not known: the months calculated give the vrijlating as the rules do in the window;
        # only the job's months before those are worked out (months_used_before).
        clock = start_clock(months_used_before(household, job, first, params), household, job, first, params,
                            earlier_34a)
        state = State(clock, holiday_bank=holiday_built_before(job, first, params), transition=transition)
    else:
        # Months of vrijlating_months_used are the most recent ones before the window: in the
        # months before those the job got no vrijlating of art. 31. Only a month in which the
        # job ran can be one (onderdeel n counts months with income from work, not calendar
        # months: docs/assumptions.md "Vrijlating"), so a job that ended before the window has
        # them at its end, not in the months after it.
        art31_months = [fact.month for fact in history if not fact.art34a and (job is None or job.runs_in(fact.month))]
        before = max(0, used - len(art31_months))
        clock = start_clock(before, household, job, first, params, earlier_34a)
        unused = len(art31_months) - used
        state = State(clock, holiday_bank=holiday_built_before(job, first, params), transition=transition,
                       no_vrijlating_before=(*art31_months, start)[unused] if unused > 0 else None)
    if partner_job is not None:
        state.partner = partner_earner(household, partner_job, first, params)
    if history[0].art34a:  # the art. 34a period may have begun before the months calculated
        for earner_job, earner_clock in ((job, clock), (partner_job, state.partner and state.partner.clock)):
            if earner_job is None:
                continue
            enter_art34a(earner_clock, earner_job, first, transition)
            switch = max(earner_job.start_month, ART_34A_IN_FORCE)
            if first > switch:
                enter_art34a(earner_clock, earner_job, switch, transition)
                earner_clock.a34_started = switch
        state.entered_34a = True
    lead = run_months(household, job, params, history, state, explain=False)

    # The months saved before those calculated: paid already when a payout fell in between.
    estimated = max(0, saved_months - start.minus(first))
    paid_out = [row.month for row, fact in zip(lead, history) if row.leaves_bijstand or fact.vt_payout_month]
    if paid_out:
        saved_months = start.minus(paid_out[-1])
    elif estimated and earliest < first:  # a job ran before January 2026 too
        months = [first.plus(-back) for back in range(estimated, 0, -1)]
        state.vt_reserve += sum((lead[0].vakantietoeslag_reserved if month >= earliest else
                                 vakantietoeslag.reserved_part(norm(household, month, params)[0], month, params)
                                 for month in months), ZERO)
    elif estimated:
        state.vt_reserve += history[0].vt_reserve_before  # reserve_before(first), worked out with the facts

    # The months of vrijlating used before the window are those given (else as calculated); the
    # 34a period runs on.
    if used is not None:
        window_clock = start_clock(used, household, job, start, params, earlier_34a)
        clock.n_used, clock.total_used, clock.r_started = window_clock.n_used, window_clock.total_used, window_clock.r_started
    state.no_vrijlating_before = None
    return state, (saved_months, state.vt_reserve), lead


def holiday_built_before(job: Job | None, start: Month, params: ParameterSet) -> Decimal:
    """Holiday pay built up, and not yet paid, in months of the job before the first month shown.

    Counted from the month after the last payout month (or the job's start), at the holiday-pay
    share that applies in the first month shown (it is the statutory 8% throughout).
    """
    if job is None or job.holiday_pay != "may" or job.start_month >= start:
        return ZERO
    payout = int(params.amount(f"{VAKANTIEBIJSLAG}.uitbetaalmaand", start))
    last_payout = Month(start.year if start.month > payout else start.year - 1, payout)
    month = max(job.start_month, last_payout.plus(1))
    per_payday = to_cents(gross_per_payday(job) * params.amount(f"{VAKANTIEBIJSLAG}.percentage", start))
    bank = ZERO
    while month < start:
        bank += per_payday * paydays(job, month, paydays_in_month(job.pay_period, month))
        month = month.plus(1)
    return bank
