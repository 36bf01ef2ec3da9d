"""Inkomstenvrijlating: the part of the wage the gemeente does not deduct.

Until 31 December 2026, art. 31 lid 2 Pw (toestand 1 July 2026):
- onder n: 25% of income from work, up to a monthly maximum, for at most six months (not
  necessarily consecutive), from the age of 27 (lid 5), if it helps towards work;
- onder r: after those six months, a single parent with full care for a child under 12 keeps
  12.5%, up to a maximum, for a consecutive period of at most 30 months (27+, lid 5);
- onder y: someone medisch urenbeperkt (art. 6b) keeps 15%, up to a maximum, with no time limit,
  unless onderdeel n applies.
From 1 January 2027, art. 34a Pw (Stb. 2025, 312): 15% of income from work for a consecutive
period of at most twelve months (lid 1 onder a), or without end for someone medisch urenbeperkt
(onder b); no euro maximum and no age limit in the enacted text. Lid 2 (extension) is the
college's choice and not assumed; lid 3 (a new period for a new job) is assumed for a job that
starts in 2027 or later.

Onder n and r and art. 34a lid 1 onder a apply when it helps towards work ("indien dit naar het
oordeel van het college bijdraagt aan de arbeidsinschakeling"): we assume it does and the result
says so. Onder y and art. 34a lid 1 onder b have no such condition. Not modelled: onderdelen z
and aa (loonkostensubsidie) and art. 34a lid 1 onder c (AOW age: Houvast does not calculate
people of AOW age, and warns when someone may reach it in the months shown).

Transition on 1 January 2027: no overgangsrecht was found (docs/assumptions.md). The planning
reading (COUNTED): art. 34a applies from that day to running cases too, with the months of
vrijlating already used (n and r) counting towards its twelve months, and a running onderdeel r
period ending. The other readings the result shows as a range: FRESH (a running job starts a
new period of twelve months on the switch) and OLD_RUNS_OUT (art. 31 keeps applying to a job
that was running, until its n and r months are used up; transition_2027.py gives it the art. 31
figures of December 2026).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from ..explanations import MONTH_CODES
from ..model import Explanation, Household, Job
from ..money import ZERO, to_cents
from ..months import Month
from ..parameters import LegalRef, ParameterSet, Value

FILE = "participatiewet/vrijlating"
ART_34A_IN_FORCE = Month(2027, 1)  # Stb. 2025, 313
LAST_ART31_MONTH = ART_34A_IN_FORCE.plus(-1)
# Readings of the switch to art. 34a for a vrijlating that is running (module docstring).
COUNTED, FRESH, OLD_RUNS_OUT = "counted", "fresh", "old_runs_out"
TRANSITION_READINGS = (COUNTED, FRESH, OLD_RUNS_OUT)
# The vrijlatingen that need the college's judgement that they help towards work (art. 31 lid 2
# onder n and r; art. 34a lid 1 onder a). Onder y and art. 34a lid 1 onder b (medisch
# urenbeperkt) are a right without that condition.
AT_THE_COLLEGES_JUDGEMENT = frozenset({"n", "r", "34a_a"})


@dataclass
class Clock:
    """How much of each vrijlating has been used (art. 31 lid 2 n/r, art. 34a)."""

    n_used: int = 0
    total_used: int = 0  # months of any limited vrijlating (n, r), before and in the scenario
    r_started: Month | None = None
    a34_started: Month | None = None
    a34_months_before: int = 0  # months counted towards 34a from before its period started
    a34_earlier_job: int = 0  # months of a 34a period used on an earlier job (input)
    history: list[str] = field(default_factory=list)


class Outcome(NamedTuple):
    """The vrijlating of one month, with the numbers its explanation names.

    The explanation is made only when asked for (`explanation`): the sweep needs the amounts of
    many jobs, not their reasons.
    """

    amount: Decimal
    rule: str | None  # "n", "r", "y", "34a_a", "34a_b" or None
    code: str  # the explanation code
    legal: LegalRef | None = None
    share: Decimal | None = None
    maximum: Decimal | None = None
    month_number: int = 0  # which month of a limited vrijlating this is
    max_months: int = 0
    age: int = 0

    @property
    def explanation(self) -> Explanation:
        # The numbers each code names are listed once, in rules/explanations.py.
        return Explanation(self.code, {name: getattr(self, name) for name in MONTH_CODES[self.code]}, self.legal)


def months_used_before(household: Household, job: Job | None, first_month: Month, params: ParameterSet) -> int:
    """The months of vrijlating used before `first_month` when nobody told us: each month of the
    job before it, as far as the rules allow (docs/assumptions.md "A job that already runs").

    We assume bijstand in each of those months and the college's judgement that the vrijlating
    helps (as in the months shown). Onder n and r need the age of 27 (lid 5); onder y has no
    clock; r only for a single parent with a child under 12, else n's six months are the most.
    """
    if job is None or job.start_month >= first_month or household.medisch_urenbeperkt:
        return 0
    day = min(first_month, LAST_ART31_MONTH)
    if household.age < params.amount(f"{FILE}.minimumleeftijd", day):
        return 0
    months = first_month.minus(job.start_month)
    if job.end_month is not None and job.end_month < first_month:
        months = job.end_month.minus(job.start_month) + 1
    n_max = int(params.amount(f"{FILE}.n_maanden", day))
    if _r_applies_to(household, day, params):
        return min(months, n_max + int(params.amount(f"{FILE}.r_maanden", day)))
    return min(months, n_max)


def start_clock(months_used: int | None, household: Household, job: Job | None, first_month: Month,
                params: ParameterSet, a34_earlier_job: int = 0) -> Clock:
    """Months used before the scenario: first the six of onderdeel n, then those of r.
    `months_used` None: not known, worked out from the job (months_used_before).
    `a34_earlier_job`: months of an art. 34a period used on an earlier job."""
    if months_used is None:
        months_used = months_used_before(household, job, first_month, params)
    n_max = int(params.amount(f"{FILE}.n_maanden", min(first_month, LAST_ART31_MONTH)))
    clock = Clock(n_used=min(months_used, n_max), total_used=months_used, a34_earlier_job=a34_earlier_job)
    rest = months_used - clock.n_used
    if rest > 0 and _r_applies_to(household, first_month, params):
        clock.r_started = first_month.plus(-rest)
    return clock


def _single_parent_of_young_child(household: Household, age_limit: Decimal) -> bool:
    """Onderdeel r: a single parent with the full care of a child younger than `age_limit`."""
    return household.situation == "single_parent" and any(age < age_limit for age in household.children)


def _r_applies_to(household: Household, month: Month, params: ParameterSet) -> bool:
    return _single_parent_of_young_child(household, params.amount(f"{FILE}.r_kind_jonger_dan", month))


def uses_art34a(month: Month, early: bool) -> bool:
    return month >= ART_34A_IN_FORCE or early


def figures(month: Month, params: ParameterSet, early_34a: bool) -> "_Art31 | _Art34a":
    """The figures of the vrijlating that applies in `month`: art. 31 until 2026, art. 34a after."""
    if uses_art34a(month, early_34a):
        return params.bundle("vrijlating.art34a", month, _art34a_figures)
    return params.bundle("vrijlating.art31", month, _art31_figures)


def vrijlating(work_income: Decimal, month: Month, household: Household, clock: Clock,
               figures_of_month: "_Art31 | _Art34a") -> Outcome:
    """The vrijlating on `work_income` (net wage counted for `month`). Does not move the clock."""
    if work_income <= 0:
        return _NO_INCOME
    if isinstance(figures_of_month, _Art34a):
        return _art34a(work_income, month, household, clock, figures_of_month)
    return _art31(work_income, month, household, clock, figures_of_month)


def _capped(income: Decimal, share: Decimal, maximum: Decimal | None) -> Decimal:
    amount = to_cents(income * share)
    return amount if maximum is None else min(amount, maximum)


class _Art31(NamedTuple):
    minimumleeftijd: Value
    n_maanden: Value
    n_percentage: Value
    n_maximum: Value
    y_percentage: Value
    y_maximum: Value
    r_maanden: Value
    r_percentage: Value
    r_maximum: Value
    r_kind_jonger_dan: Value


def _art31_figures(params: ParameterSet, month: Month) -> _Art31:
    return _Art31(*(params.at(f"{FILE}.{name}", month) for name in _Art31._fields))


class _Art34a(NamedTuple):
    art34a_percentage: Value
    art34a_maximum: Value
    art34a_maanden: Value


def _art34a_figures(params: ParameterSet, month: Month) -> _Art34a:
    # Before 1 January 2027 only a gemeente that applies art. 34a early gets here: its figures
    # are those of the enacted text.
    day = max(month, ART_34A_IN_FORCE)
    return _Art34a(*(params.at(f"{FILE}.{name}", day) for name in _Art34a._fields))


def _art31(income: Decimal, month: Month, household: Household, clock: Clock, f: _Art31) -> Outcome:
    age_limit = f.minimumleeftijd.value
    old_enough = household.age >= age_limit
    n_months = int(f.n_maanden.value)
    if old_enough and clock.n_used < n_months:
        share, maximum = f.n_percentage, f.n_maximum.value
        return Outcome(_capped(income, share.value, maximum), "n", "vrijlating_n", share.legal, share.value,
                       maximum, clock.n_used + 1, n_months)
    if household.medisch_urenbeperkt:
        share, maximum = f.y_percentage, f.y_maximum.value
        return Outcome(_capped(income, share.value, maximum), "y", "vrijlating_y", share.legal, share.value, maximum)
    if old_enough and _single_parent_of_young_child(household, f.r_kind_jonger_dan.value):
        r_months = int(f.r_maanden.value)
        started = clock.r_started or month
        number = month.minus(started) + 1
        if number <= r_months:
            share, maximum = f.r_percentage, f.r_maximum.value
            return Outcome(_capped(income, share.value, maximum), "r", "vrijlating_r", share.legal, share.value,
                           maximum, number, r_months)
        return Outcome(ZERO, None, "vrijlating_used_up", f.r_maanden.legal, max_months=r_months)
    if not old_enough:
        return Outcome(ZERO, None, "vrijlating_under_27", f.minimumleeftijd.legal, age=int(age_limit))
    return Outcome(ZERO, None, "vrijlating_used_up", f.n_maanden.legal, max_months=n_months)


def _art34a(income: Decimal, month: Month, household: Household, clock: Clock, f: _Art34a) -> Outcome:
    share, maximum = f.art34a_percentage, f.art34a_maximum.value
    if household.medisch_urenbeperkt:  # lid 1 onder b: no time limit
        return Outcome(_capped(income, share.value, maximum), "34a_b", "vrijlating_34a_b", share.legal, share.value)
    limit = int(f.art34a_maanden.value)
    started = clock.a34_started or month
    number = month.minus(started) + 1 + clock.a34_months_before
    if number > limit:
        # The months of art. 31 counted at the switch (planning reading) used the whole period up
        # before any month of it in 2027: the explanation says it was the switch.
        at_switch = clock.a34_started is None and clock.a34_months_before > clock.a34_earlier_job
        return Outcome(ZERO, None, "vrijlating_used_up_at_switch" if at_switch else "vrijlating_used_up",
                       share.legal, max_months=limit)
    return Outcome(_capped(income, share.value, maximum), "34a_a", "vrijlating_34a", share.legal, share.value,
                   month_number=number, max_months=limit)


def no_bijstand_left(outcome: Outcome) -> Outcome:
    """The income leaves no bijstand even after the vrijlating: nothing to free, no month used."""
    return Outcome(ZERO, None, "vrijlating_not_needed", outcome.legal)


def advance_clock(clock: Clock, outcome: Outcome, month: Month, job: Job | None, used: bool) -> None:
    """Record that the vrijlating of `month` was used (only while there was bijstand)."""
    if outcome.rule == "n" and used:
        clock.n_used += 1
        clock.total_used += 1
    elif outcome.rule == "r" and used:
        clock.total_used += 1
        if clock.r_started is None:
            clock.r_started = month
    elif outcome.rule == "34a_a" and clock.a34_started is None and used:
        clock.a34_started = month


def enter_art34a(clock: Clock, job: Job | None, month: Month, reading: str = COUNTED) -> None:
    """The switch to art. 34a (readings: module docstring). In the planning reading the months
    of vrijlating already used count towards its twelve, unless the job is new (lid 3). Months
    of a 34a period on an earlier job always count: the period is consecutive (lid 1 onder a)."""
    running = job is None or job.start_month < month
    before = clock.total_used if running and reading == COUNTED else 0
    clock.a34_months_before = before + clock.a34_earlier_job


def not_applied() -> Outcome:
    """A month of the job before the window for which the months used (input) leave no
    vrijlating: they are the most recent months before the window."""
    return _NOT_APPLIED


def after_the_job(clock: Clock, household: Household, ended: Month, figures_of_month: "_Art31 | _Art34a") -> Explanation:
    """What is left of the vrijlating once the job has ended (`ended`: its last month).

    Art. 31 lid 2 onder n counts only months with the vrijlating ("gedurende ten hoogste zes
    maanden", not "aaneengesloten"): the months not used stay for a later job. Art. 34a lid 1
    onder a is "een aaneengesloten periode van maximaal twaalf maanden": the period runs on in
    calendar months after the job ends (a new period for a new job is the college's choice, lid 3).
    """
    values: dict = {"month": ended}
    if isinstance(figures_of_month, _Art34a):
        if clock.a34_started is not None and not household.medisch_urenbeperkt:
            limit = int(figures_of_month.art34a_maanden.value)
            until = clock.a34_started.plus(limit - 1 - clock.a34_months_before)
            if until > ended:
                return Explanation("job_ended_34a_runs_on", {**values, "until": until}, figures_of_month.art34a_percentage.legal)
        return Explanation("job_ended", values)
    n_months = int(figures_of_month.n_maanden.value)
    left = n_months - clock.n_used
    if 0 < left < n_months and household.age >= figures_of_month.minimumleeftijd.value:
        return Explanation("job_ended_n_left", {**values, "months_left": left, "max_months": n_months},
                           figures_of_month.n_maanden.legal)
    return Explanation("job_ended", values)


_NO_INCOME = Outcome(ZERO, None, "vrijlating_none_no_income")
_NOT_APPLIED = Outcome(ZERO, None, "vrijlating_used_up")
