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
from .parameters import ParameterSet
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
    early_34a: bool
    settle_next_month: bool
    bufferbudget_on: bool
    vt_payout_month: bool
    vt_share: Decimal  # the vakantietoeslag part of the bijstand (art. 19 lid 3)
    vt_legal: object
    art34a: bool = False  # the vrijlating of art. 34a applies (from 2027, or early by the gemeente)
    pay: PayFigures | None = None  # None: no pay this month
    method_legal: object = None  # the legal basis of `method`
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
    """The figures of the rules on income from work for a job besides the applicant's: as
    MonthFacts.pay, vrijlating, holiday_right and income_carried."""

    pay: PayFigures
    vrijlating: object
    holiday_right: object
    income_carried: tuple


def job_facts_of(job: Job, early_34a: bool, month: Month, params: ParameterSet) -> JobFacts:
    income_key, gather_income = _income_figures(job, early_34a, month)
    (vrijlating_of_month, holiday_right), carried = params.bundle_unrecorded(income_key, month, gather_income)
    return JobFacts(pay_figures(job.pay_period, month, params), vrijlating_of_month, holiday_right, carried)


def _month_figures(params: ParameterSet, month: Month) -> tuple:
    """The figures every month needs, with or without a job."""
    return params.at(NORM_DATES, month), verrekening.method(month, params), vakantietoeslag.figures(month, params)


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
        dates, method, vt = params.bundle("month", month, _month_figures)
        # The norm changes only with the norm figures (art. 38: all on the same dates): work it
        # out again when their date or their carried-forward flag changes, so the warnings stay
        # complete.
        key = (dates.since, dates.carried_forward)
        if key not in norms:
            amount, explanations = norm(scenario.household, month, params)
            norms[key] = (amount, tuple(explanations))
        amount, explanations = norms[key]
        early, settle_in, buffer_on = policy.month_choices(month)
        # Figures of the job's rules only from its first month: a figure carried forward is
        # then named from the month it is first used.
        job_facts = {}
        if job is not None and month >= job.start_month:
            income_key, gather_income = _income_figures(job, early, month)
            (vrijlating_of_month, holiday_right), carried = params.bundle_unrecorded(income_key, month, gather_income)
            job_facts = {"pay": pay_figures(job.pay_period, month, params), "vrijlating": vrijlating_of_month,
                         "holiday_right": holiday_right, "income_carried": carried}
        facts.append(MonthFacts(
            month, amount, dates.since, explanations, str(method.value), early,
            settle_in == "volgende_maand", buffer_on,
            month[1] == int(vt.uitbetaalmaand.value), vt.aandeel_in_norm.value, vt.uitbetaalmaand.legal,
            uses_art34a(month, early), method_legal=method.legal, **job_facts,
            partner=None if partner_job is None or month < partner_job.start_month
            else job_facts_of(partner_job, early, month, params),
        ))
    reserve = vakantietoeslag.reserve_before(scenario.household, scenario.start_month, params)
    facts[0] = facts[0]._replace(vt_reserve_before=reserve)
    return facts
