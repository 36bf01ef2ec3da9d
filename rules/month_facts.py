"""The facts of each month that do not depend on the hours worked.

The norm (art. 20-22a Pw), the gemeente's choices (profiles.Policy), the vakantietoeslag part and
payout month (art. 19 lid 3, art. 45) and, from the job's first month, the figures of the rules
on income from work. The month loop (rules/month_loop.py) reads them; the sweep shares them
between its jobs.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from .belasting.loonheffingskorting import employer_applies
from .loon import PayFigures, pay_figures
from .model import Explanation, Job, Scenario
from .months import Month, month_range
from .parameters import ParameterSet, Value
from .participatiewet import vakantietoeslag, verrekening
from .participatiewet.norm import norm
from .participatiewet.vrijlating import figures as vrijlating_figures
from .participatiewet.vrijlating import uses_art34a
from .profiles import Policy

NORM_DATES = "participatiewet/normen.gehuwden_21"  # the base of every norm (art. 21, 22a)


class MonthFacts(NamedTuple):
    """What holds for a month whatever the hours: the norm, the gemeente's choices and, from the
    job's first month, the figures its rules need (the sweep shares these between its jobs)."""

    month: Month
    norm: Decimal
    norm_since: object  # date of the norms used (all norms in normen.yaml share their dates)
    norm_explanations: tuple[Explanation, ...]
    method: str
    method_legal: object  # the legal basis of `method`
    early_34a: bool
    settle_next_month: bool
    bufferbudget_on: bool
    vt_payout_month: bool
    vt_share: Decimal  # the vakantietoeslag part of the bijstand (art. 19 lid 3)
    vt_legal: object
    art34a: bool = False  # the vrijlating of art. 34a applies (from 2027, or early by the gemeente)
    pay: PayFigures | None = None  # None: no pay this month
    vrijlating: object = None  # vrijlating.figures() of the month
    holiday_right: object = None  # verrekening.holiday_right_figures() of the month
    # The two above are only used in a month with income from work: their carried-forward
    # figures are reported from the first such month (ParameterSet.record).
    income_carried: tuple = ()
    # On the first month only: the vakantietoeslag saved before the window (the same for every
    # run of one calculation, the sweep's too; worked out once per calculation, never kept
    # after it: it follows from the household someone described).
    vt_reserve_before: Decimal | None = None
    # The partner's job (Scenario.partner_job), from its first month: its own figures.
    partner: "JobFacts | None" = None


class JobFacts(NamedTuple):
    """The figures of the rules on income from work for one job in a month: the applicant's
    are MonthFacts.pay, vrijlating, holiday_right and income_carried (in this order), the
    partner's are MonthFacts.partner."""

    pay: PayFigures
    vrijlating: object
    holiday_right: object
    income_carried: tuple


# A month before the job: no pay, vrijlating, holiday right or figures carried forward.
NO_JOB = JobFacts(None, None, None, ())


def job_facts_of(job: Job, early_34a: bool, month: Month, params: ParameterSet) -> JobFacts:
    income_key, gather_income = _income_figures(job, early_34a, month)
    (vrijlating_of_month, holiday_right), carried = params.bundle_unrecorded(income_key, month, gather_income)
    return JobFacts(pay_figures(job.pay_period, month, params), vrijlating_of_month, holiday_right, carried)


class _OfMonth(NamedTuple):
    """The figures every month needs, with or without a job, as the month facts hold them."""

    norm_dates: Value  # the date and carried-forward flag of the norms
    method: str
    method_legal: object
    vt_payout_month: bool
    vt_share: Decimal
    vt_legal: object


def _month_figures(params: ParameterSet, month: Month) -> _OfMonth:
    method, vt = verrekening.method(month, params), vakantietoeslag.figures(month, params)
    return _OfMonth(params.at(NORM_DATES, month), str(method.value), method.legal,
                    month[1] == int(vt.uitbetaalmaand.value), vt.aandeel_in_norm.value, vt.uitbetaalmaand.legal)


def _income_figures(job: Job, early_34a: bool, month: Month):
    """The figures of the rules on income from work: the vrijlating and the holiday right."""
    def gather(params: ParameterSet, month: Month) -> tuple:
        return (
            vrijlating_figures(month, params, early_34a),
            # Holiday pay with every payday builds no right to count (Regeling art. 11).
            None if job.holiday_pay == "monthly" else verrekening.holiday_right_figures(job, month, params),
        )
    return ("income", job.holiday_pay, employer_applies(job, month), early_34a), gather


def month_facts(scenario: Scenario, params: ParameterSet, policy: Policy) -> list[MonthFacts]:
    facts = []
    norms: dict = {}
    job, partner_job = scenario.job, scenario.partner_job
    for month in month_range(scenario.start_month, scenario.months):
        of_month = params.bundle("month", month, _month_figures)
        # The norm changes only with the norm figures (art. 38: all on the same dates): work it
        # out again when their date or their carried-forward flag changes, so the warnings stay
        # complete.
        dates = of_month.norm_dates
        key = (dates.since, dates.carried_forward)
        found = norms.get(key)
        if found is None:
            amount, explanations = norm(scenario.household, month, params)
            found = norms[key] = (amount, tuple(explanations))
        early, settle_in, buffer_on = policy.month_choices(month)
        # Figures of the job's rules only from its first month: a figure carried forward is
        # then named from the month it is first used.
        own = job_facts_of(job, early, month, params) if job is not None and month >= job.start_month else NO_JOB
        partner = (job_facts_of(partner_job, early, month, params)
                   if partner_job is not None and month >= partner_job.start_month else None)
        facts.append(MonthFacts(  # by position, in the order of the fields: a month's facts are made often
            month, found[0], dates.since, found[1],
            of_month.method, of_month.method_legal, early, settle_in == "volgende_maand", buffer_on,
            of_month.vt_payout_month, of_month.vt_share, of_month.vt_legal,
            uses_art34a(month, early), *own,
            None, partner,  # vt_reserve_before is put on the first month below
        ))
    reserve = vakantietoeslag.reserve_before(scenario.household, scenario.start_month, params)
    facts[0] = facts[0]._replace(vt_reserve_before=reserve)
    return facts
