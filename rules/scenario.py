"""The month loop: what lands on the account, month by month, with and without the job.

Each month follows the order of the law: the norm (art. 20-22a), the wage as it is paid, the
income the gemeente counts for the month (art. 32, Regeling par. 6), the vrijlating (art. 31 lid
2, from 2027 art. 34a), the bijstand as norm minus counted income, never below zero (art. 19 lid
2), its vakantietoeslag part (art. 19 lid 3, art. 45) and the bufferbudget (art. 34b).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from .figures import figure_notices
from .loon import VAKANTIEBIJSLAG, PayFigures, gross_per_payday, pay_figures, pay_in_month, with_employer_korting
from .model import Explanation, Household, Job, MonthResult, Notice, Scenario, ScenarioResult
from .money import ZERO, positive_part, to_cents
from .months import Month, month_range, paydays_in_month
from .parameters import ParameterSet
from . import summary
from .participatiewet import bufferbudget, huishouden, vakantietoeslag, verrekening
from .participatiewet.norm import OutOfScope, norm
from .participatiewet.vrijlating import (
    AT_THE_COLLEGES_JUDGEMENT, Clock, advance_clock, enter_art34a, no_bijstand_left, start_clock, uses_art34a,
    vrijlating,
)
from .participatiewet.vrijlating import figures as vrijlating_figures
from .profiles import Policy
from .scope import check_bounds
from .toeslagen import jaar as toeslagen_jaar
from .belasting import loonheffingskorting
from .belasting.loonheffingskorting import employer_applies
from .gemeente import lokaal

RULES_VERSION = "2026.2"
FIRST_SUPPORTED_MONTH = Month(2026, 1)
MAX_MONTHS = 36
ADULT_AGE = 18
VRIJLATING_AGE_FILE = "participatiewet/vrijlating.minimumleeftijd"
NORM_DATES = "participatiewet/normen.gehuwden_21"  # the base of every norm (art. 21, 22a)


class _MonthFacts(NamedTuple):
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


def _facts(scenario: Scenario, params: ParameterSet, policy: Policy) -> list[_MonthFacts]:
    facts = []
    norms: dict = {}
    job = scenario.job
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
        facts.append(_MonthFacts(
            month, amount, dates.since, explanations, str(method.value), early,
            settle_in == "volgende_maand", buffer_on,
            month[1] == int(vt.uitbetaalmaand.value), vt.aandeel_in_norm.value, vt.uitbetaalmaand.legal,
            method_legal=method.legal, **job_facts,
        ))
    reserve = vakantietoeslag.reserve_before(scenario.household, scenario.start_month, params)
    facts[0] = facts[0]._replace(vt_reserve_before=reserve)
    return facts


@dataclass
class _Run:
    months: list[MonthResult]
    saved_before: tuple[int, Decimal]


def check_scope(scenario: Scenario, params: ParameterSet) -> None:
    """Raise OutOfScope for a household Houvast does not calculate."""
    if scenario.start_month < FIRST_SUPPORTED_MONTH:
        raise OutOfScope("start_before_supported")
    if not 1 <= scenario.months <= MAX_MONTHS:
        raise OutOfScope("months_out_of_range")
    household = scenario.household
    aow_age = params.amount("aow/pensioenleeftijd.jaren", scenario.start_month)
    ages = [household.age] + ([household.partner_age] if household.situation == "couple" else [])
    if household.situation == "couple" and not household.partner_has_bijstand:
        # Art. 24 (half the couple norm), art. 32 lid 3 (the partner's income) and, from 2027,
        # art. 24a (plus 1/12 of the ALO-kop for a parent): not calculated.
        raise OutOfScope("partner_without_bijstand")
    if household.situation == "couple" and household.partner_age is None:
        raise OutOfScope("partner_age_missing")
    # Each age is checked on its own field, so the message names the person it is about.
    if household.age >= aow_age:
        raise OutOfScope("aow_age")
    if household.age < ADULT_AGE:
        raise OutOfScope("under_18")
    if len(ages) > 1 and ages[1] >= aow_age:
        raise OutOfScope("partner_aow_age")
    if len(ages) > 1 and ages[1] < ADULT_AGE:
        raise OutOfScope("partner_under_18")
    if household.situation == "single_parent" and not household.children:
        raise OutOfScope("single_parent_without_children")


def _run(scenario: Scenario, job: Job | None, params: ParameterSet, facts: list[_MonthFacts],
         explain: bool = True) -> _Run:
    """One pass over the months. `explain=False` (the sweep) skips the reasons of the loop
    itself; the amounts are the same."""
    household = scenario.household
    clock: Clock = start_clock(scenario.vrijlating_months_used, household, job, scenario.start_month, params)
    entered_34a = False

    # The vakantietoeslag saved since the last June payout, before the first month shown: we
    # assume bijstand without income in those months, each at its own norm.
    saved_months = vakantietoeslag.months_saved_before(scenario.start_month, params)
    vt_reserve = facts[0].vt_reserve_before
    saved_before = (saved_months, vt_reserve)
    holiday_right_bank = ZERO  # under "beschikking": the holiday right netted with the reserve
    holiday_bank = _holiday_built_before(job, scenario.start_month, params)
    previous_attributed = ZERO
    previous_month_label: Month | None = None
    was_on_bijstand = True
    buffer_used: dict[int, Decimal] = {}
    rows: list[MonthResult] = []
    pay_memo: dict = {}

    for fact in facts:
        month = fact.month
        norm_amount = fact.norm
        reasons: list[Explanation] = list(fact.norm_explanations) if explain else []

        working = job is not None and month >= job.start_month
        pay = pay_in_month(job, month, fact.pay, params, holiday_bank, pay_memo)
        if working:
            if job.holiday_pay == "may":
                holiday_bank = ZERO if pay.holiday_gross > 0 else holiday_bank + pay.holiday_accrued_gross
            if explain:
                reasons.append(Explanation("wage_paid", {"paydays": pay.paydays, "gross": pay.gross, "net": pay.net}))
                if pay.paydays >= 2 and job.pay_period == "four_weeks":
                    reasons.append(Explanation("two_paydays", {"paydays": pay.paydays}))
                reasons.append(LOONHEFFING_WITH_KORTING if job.loonheffingskorting_by_employer else LOONHEFFING_WITHOUT_KORTING)

        method = fact.method
        counted_wage = verrekening.counted_wage(pay, job, method, fact.method_legal)
        wage_counted = counted_wage.wage
        if explain and working:
            reasons.extend(counted_wage.explanations)

        if not entered_34a and uses_art34a(month, fact.early_34a):
            enter_art34a(clock, job, month)
            entered_34a = True
        if wage_counted > 0 and fact.income_carried:
            params.record(fact.income_carried)  # the vrijlating and holiday-right figures are used now
        outcome = vrijlating(wage_counted, month, household, clock, fact.vrijlating)
        right = verrekening.holiday_right(wage_counted, job, fact.holiday_right)
        right_amount = right.amount
        if method == "toerekening":
            if explain and right.share is not None:
                reasons.append(right.explanation)
        else:
            holiday_right_bank += right_amount
            right_amount = ZERO
        income = wage_counted + counted_wage.holiday + right_amount
        # A vrijlating only counts (and uses up a month of its clock) in a month with bijstand:
        # when the income leaves no bijstand even with it, the month is not used.
        used = outcome.rule is not None and norm_amount - (income - outcome.amount) > 0
        if outcome.rule is not None and not used:
            outcome = no_bijstand_left(outcome)
        if explain and working:
            reasons.append(outcome.explanation)
        attributed = income - outcome.amount

        if fact.settle_next_month:
            counted = previous_attributed
            if counted > 0 and previous_month_label is not None:
                reasons.append(Explanation("counted_next_month", {"amount": counted, "from_month": previous_month_label}))
        else:
            counted = attributed
        previous_attributed, previous_month_label = attributed, month
        bijstand = positive_part(norm_amount - counted)
        advance_clock(clock, outcome, month, job, used=used)

        legal_vt = fact.vt_legal
        reserved = to_cents(bijstand * fact.vt_share)
        bijstand_paid = bijstand - reserved
        leaving = False
        if bijstand > 0:
            if explain:
                if counted > 0:
                    reasons.append(Explanation("bijstand", {"norm": norm_amount, "counted": counted, "bijstand": bijstand}))
                else:
                    reasons.append(Explanation("bijstand_full", {"norm": norm_amount}))
                reasons.append(Explanation("vakantietoeslag_reserved", {"amount": reserved}, legal_vt))
        else:
            leaving = was_on_bijstand
            code = "bijstand_ends" if was_on_bijstand else "no_bijstand"
            reasons.append(Explanation(code, {"counted": counted, "norm": norm_amount}))

        vt_paid = ZERO
        if fact.vt_payout_month or leaving:
            payout = positive_part(vt_reserve - holiday_right_bank)
            if holiday_right_bank > 0:
                reasons.append(Explanation(
                    "vakantietoeslag_reduced_by_holiday_right", {"amount": min(holiday_right_bank, vt_reserve)}, legal_vt))
            if payout > 0:
                vt_paid = payout
                reasons.append(Explanation(
                    "vakantietoeslag_paid_on_leaving" if leaving else "vakantietoeslag_paid", {"amount": payout}, legal_vt))
            vt_reserve, holiday_right_bank = ZERO, ZERO
        # This month's own part is paid next June (or when the bijstand ends).
        vt_reserve += reserved
        was_on_bijstand = bijstand > 0

        if pay.holiday_net > 0 and working and job.holiday_pay == "may":
            reasons.append(Explanation("holiday_pay_paid", {"gross": pay.holiday_gross, "net": pay.holiday_net}))
            reasons.append(Explanation("holiday_pay_not_counted", {"net": pay.holiday_net}))

        buffer_payment = ZERO
        if working and bijstand > 0 and fact.bufferbudget_on:
            norm_monthly = norm_amount - to_cents(norm_amount * fact.vt_share)
            shortfall = norm_monthly - (pay.net + pay.holiday_net + bijstand_paid)
            used_this_year = buffer_used.get(month[0], ZERO)
            payment, maximum = bufferbudget.top_up(shortfall, used_this_year, month, params)
            if payment > 0:
                buffer_payment = payment
                buffer_used[month[0]] = used_this_year + payment
                reasons.append(Explanation(
                    "bufferbudget",
                    {"amount": payment, "remaining": maximum - buffer_used[month[0]], "maximum": maximum},
                    bufferbudget.legal(month, params),
                ))
        rows.append(MonthResult(
            month, norm_amount, pay.gross, pay.net, pay.paydays, outcome.amount, outcome.rule, counted, bijstand,
            bijstand_paid, reserved, vt_paid, pay.holiday_gross, pay.holiday_net, buffer_payment,
            leaves_bijstand=leaving, explanations=reasons, wage_counted=wage_counted,
            holiday_right_counted=right_amount, counted_from_before=counted - attributed,
            vrijlating_code=outcome.code if working else None,
        ))
    return _Run(rows, saved_before)


# Reasons without numbers: one object each, shared by every month (nobody changes an Explanation).
LOONHEFFING_WITH_KORTING = Explanation("loonheffing_with_korting")
LOONHEFFING_WITHOUT_KORTING = Explanation("loonheffing_without_korting")


def _run_job(scenario: Scenario, params: ParameterSet, facts: list[_MonthFacts],
             explain: bool = True) -> tuple[Scenario, _Run]:
    """The months with the job. Once the bijstand stops for good the employer applies the
    loonheffingskorting (Wet LB art. 23; rules/belasting/loonheffingskorting.py): the months are
    then worked out again with it from that month. The months before it stay the same, and more
    net wage never brings the bijstand back, so one more pass settles it."""
    job = scenario.job
    run = _run(scenario, job, params, facts, explain)
    since = loonheffingskorting.employer_from(job, run.months)
    if since is not None:
        job = dataclasses.replace(job, loonheffingskorting_employer_from=since)
        scenario = dataclasses.replace(scenario, job=job)
        if not explain and all(fact.method == "toerekening" for fact in facts):
            # Only the amounts paid are needed (the sweep): the months from `since` have no
            # bijstand either way, so only their net wage and holiday pay change.
            with_employer_korting(run.months, job, params)
        else:
            run = _run(scenario, job, params, _with_employer_korting(facts, job, params), explain)
    if explain:
        loonheffingskorting.explain(run.months, job)
    return scenario, run


def _with_employer_korting(facts: list[_MonthFacts], job: Job, params: ParameterSet) -> list[_MonthFacts]:
    """The month facts once the employer applies the korting: only the holiday-right table
    changes (Regeling art. 11, with heffingskorting)."""
    if job.holiday_pay == "monthly":
        return facts
    since = job.loonheffingskorting_employer_from
    return [fact._replace(holiday_right=verrekening.holiday_right_figures(job, fact.month, params))
            if fact.pay is not None and fact.month >= since else fact for fact in facts]


def _holiday_built_before(job: Job | None, start: Month, params: ParameterSet) -> Decimal:
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
        bank += per_payday * paydays_in_month(job.pay_period, month)
        month = month.plus(1)
    return bank


def _warnings(scenario: Scenario, params: ParameterSet, run: _Run) -> list[Notice]:
    notices: list[Notice] = []
    job = scenario.job
    last = scenario.start_month.plus(scenario.months - 1)
    if job is not None:
        # A vrijlating that is a right (onder y, art. 34a lid 1 onder b: medisch urenbeperkt) is
        # no assumption; the others need the college's judgement.
        rules_used = {row.vrijlating_rule for row in run.months} - {None}
        if not rules_used or rules_used & AT_THE_COLLEGES_JUDGEMENT:
            notices.append(Notice("vrijlating_assumed"))
        if scenario.start_month < Month(2027, 1) <= last:
            notices.append(Notice("vrijlating_2027_transition"))
        if last >= Month(2027, 1):
            notices.append(Notice("verrekening_2027_open"))
    months_saved, amount = run.saved_before
    if months_saved:
        notices.append(Notice("vakantietoeslag_saved_estimated", {"months": months_saved, "amount": amount}))
    if _ages_may_cross(scenario.household, scenario.months, params, scenario.start_month):
        notices.append(Notice("ages_fixed"))
    household = scenario.household
    if household.age < 21 or (household.situation == "couple" and (household.partner_age or 99) < 21):
        # Art. 20 lid 3: the raise is a duty once the parents cannot help; the gemeente judges that.
        if household.parents_can_help is None:
            notices.append(Notice("youth_norm_extra_possible"))
        elif household.parents_can_help is False:
            notices.append(Notice("youth_norm_raised"))
    aow_age = huishouden.aow_age_in_window(household, scenario.months, scenario.start_month, params)
    if aow_age is not None:
        notices.append(Notice("aow_age_in_window", {"age": aow_age}))
    below = _below_minimum_wage(scenario, params)
    if below is not None:
        notices.append(Notice("wage_below_minimum", {"hourly_wage": job.hourly_wage, "minimum": below}))
    return notices


def _below_minimum_wage(scenario: Scenario, params: ParameterSet) -> Decimal | None:
    """The hourly minimum wage when the wage typed is below it in the first month of pay."""
    job = scenario.job
    if job is None or job.hourly_wage is None:
        return None
    month = max(job.start_month, scenario.start_month)
    minimum = params.amount("wml/minimumloon.uurloon_21", month)
    if scenario.household.age < 21:
        share = params.at("wml/minimumloon.jeugd_percentage", month).value[scenario.household.age]
        minimum = to_cents(minimum * share)
    return minimum if job.hourly_wage < minimum else None


def _ages_may_cross(household: Household, months: int, params: ParameterSet, start: Month) -> bool:
    """True when someone may reach 21 or 27 (or a child 12, 18 or 27: a kostendeler, art. 19a)
    inside the months shown."""
    years = (months + 11) // 12
    thresholds = (21, int(params.amount(VRIJLATING_AGE_FILE, start)))
    adults = [household.age] + ([household.partner_age] if household.partner_age is not None else [])
    if any(age < limit <= age + years for age in adults for limit in thresholds):
        return True
    child_limits = (12, 18, int(params.amount(huishouden.KOSTENDELER_AGE, start)))
    return any(age < limit <= age + years for age in household.children for limit in child_limits)


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
    """The scenario month by month, next to the same household without the job."""
    scenario, read_as = as_the_law_reads(scenario, params)
    tracked = params.tracking()
    check_scope(scenario, tracked)
    facts = _facts(scenario, tracked, policy)
    # The baseline's own reasons are shown only when it is the result (no job).
    baseline = _run(scenario, None, tracked, facts, explain=scenario.job is None).months
    run = None
    if scenario.job is not None:
        scenario, run = _run_job(scenario, tracked, facts)
    rows = run.months if run is not None else [_copy(row) for row in baseline]
    year_end, toeslagen_notices = toeslagen_jaar.apply(scenario, rows, baseline, tracked)
    local_notices = lokaal.apply(scenario, rows, baseline, policy, tracked)
    for row, base in zip(rows, baseline):
        row.total = row.paid_parts()
        base.total = base.paid_parts()
        row.total_without_job = base.total
        if row.total < row.total_without_job and scenario.job is not None:
            row.explanations.append(Explanation("below_without_job", {"difference": row.total_without_job - row.total}))
    warnings = read_as + _warnings(scenario, tracked, run or _Run(baseline, (0, ZERO)))
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
    )


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
    facts = _facts(scenario, tracked, policy)
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
        rows = _run_job(variant, params, facts, explain=False)[1].months
        toeslagen_jaar.advances_as_without_job(rows, baseline)
        lokaal.apply(variant, rows, baseline, policy, params)
        totals = [row.paid_parts() for row in rows]
        # The measures of rules/summary.py over the months with pay.
        typical, average = summary.typical_and_average(
            [total - base.total for total, base, row in zip(totals, baseline, rows) if row.paydays > 0])
        points.append(SweepPoint(Decimal(hour), to_cents(sum(totals, ZERO) / len(totals)), average_without, min(totals),
                                 typical, average))
    return points
