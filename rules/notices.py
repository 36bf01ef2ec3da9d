"""The warnings that come with a result: the assumptions it rests on (the vrijlating, the
vakantietoeslag saved before the window, ages held fixed), what the law leaves to the gemeente
(art. 20 lid 3 Pw) and what someone should do (ask for bijstand again after the job, art. 43-44).
"""
from __future__ import annotations

from decimal import Decimal

from .model import Household, Job, MonthResult, Notice, Scenario
from .money import to_cents
from .loon import gross_per_payday
from .months import Month, has_iso_week_53
from .parameters import ParameterSet
from .participatiewet import huishouden
from .participatiewet.vrijlating import AT_THE_COLLEGES_JUDGEMENT

VRIJLATING_AGE_FILE = "participatiewet/vrijlating.minimumleeftijd"


def warnings_of(scenario: Scenario, params: ParameterSet, months: list[MonthResult],
                saved_before: tuple[int, Decimal]) -> list[Notice]:
    """The warnings of the result: what it assumes, what it cannot know and what to do.
    `months`: the months of the result; `saved_before`: the months of vakantietoeslag saved
    before the window and their amount, when estimated."""
    notices: list[Notice] = []
    job = scenario.job
    last = scenario.start_month.plus(scenario.months - 1)
    if scenario.with_work:
        # Only a vrijlating applied in a month shown is assumed: one that is a right (onder y,
        # art. 34a lid 1 onder b: medisch urenbeperkt) is no assumption, the others need the
        # college's judgement. No vrijlating at all (under 27 in 2026, no bijstand left): nothing.
        # Either partner's (Scenario.partner_job).
        rules_used = {row.vrijlating_rule for row in months}
        if scenario.partner_job is not None:
            rules_used |= {row.partner_vrijlating_rule for row in months}
        if rules_used & AT_THE_COLLEGES_JUDGEMENT:
            notices.append(Notice("vrijlating_assumed"))
        if last >= Month(2027, 1):
            notices.append(Notice("verrekening_2027_open"))
    months_saved, amount = saved_before
    if months_saved and amount > 0:  # nothing saved: the bijstand had stopped (and paid it out)
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
    partner_age = household.partner_age if household.partner_age is not None else household.age
    for prefix, own_job, age in (("", job, household.age), ("partner_", scenario.partner_job, partner_age)):
        if own_job is None:
            continue
        if own_job.end_month is not None:
            notices.extend(_job_end_notices(own_job, months, prefix))
        week_53 = _week_53_unpaid(own_job, months)
        if week_53 is not None:
            notices.append(Notice(prefix + "four_weekly_week_53", week_53))
        below = _below_minimum_wage(own_job, age, scenario.start_month, scenario.months, params)
        if below is not None:
            notices.append(Notice(prefix + "wage_below_minimum", {"hourly_wage": own_job.hourly_wage, "minimum": below}))
    return notices


def _week_53_unpaid(job: Job, months: list[MonthResult]) -> dict | None:
    """Pay per four weeks on the usual calendar (13 periods of four ISO weeks, rules/months.py)
    has no period for an ISO week 53. When the job runs on both sides of such a week inside the
    months shown, that week's wage is missing from the amounts: say so, with about what it is.
    With `first_payday` the paydays run every 28 days and no week is left out."""
    if job.pay_period != "four_weeks" or job.first_payday is not None:
        return None
    for row in months:
        january = row.month
        december = Month(january.year - 1, 12)
        if january.month == 1 and has_iso_week_53(december.year) and job.runs_in(december) and job.runs_in(january):
            return {"year": december.year, "gross": to_cents(gross_per_payday(job) / 4)}
    return None


def _job_end_notices(job: Job, months: list[MonthResult], prefix: str = "") -> list[Notice]:
    """When the job ends inside the months shown, bijstand that had stopped must be asked for
    again (art. 43 and 44 lid 1 Pw: from the day someone reports to the gemeente). `prefix`:
    "partner_" for the partner's job."""
    if not any(row.month > job.end_month for row in months):
        return []
    if any(row.month <= job.end_month and row.bijstand <= 0 for row in months):
        return [Notice(prefix + "job_end_apply_again", {"month": job.end_month.plus(1)})]
    return []


def _below_minimum_wage(job: Job, age: int, start: Month, months: int, params: ParameterSet) -> Decimal | None:
    """The hourly minimum wage for someone of `age` when the wage typed is below it in a month
    of pay shown: the first, or a later one where the minimum rises (Wml art. 14: indexed on
    1 January and 1 July; the youth shares change on 1 January). The wage stays as typed, so
    from then on the amounts rest on less than the employer must pay."""
    if job.hourly_wage is None:
        return None
    first, last = max(job.start_month, start), start.plus(months - 1)
    if job.end_month is not None:
        last = min(last, job.end_month)
    checks = [first] + [Month(year, half) for year in range(first.year, last.year + 1) for half in (1, 7)
                        if first < Month(year, half) <= last]
    for month in checks:
        minimum = params.amount("wml/minimumloon.uurloon_21", month)
        if age < 21:
            share = params.at("wml/minimumloon.jeugd_percentage", month).value[age]
            minimum = to_cents(minimum * share)
        if job.hourly_wage < minimum:
            return minimum
    return None


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
