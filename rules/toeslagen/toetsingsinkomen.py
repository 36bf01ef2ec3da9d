"""Toetsingsinkomen per calendar year, and the tax withheld on it, from the scenario's months.

Toeslagen test the yearly income (AWIR art. 8: the verzamelinkomen), bijstand the monthly one.
The gemeente pays the bijstand net and withholds loonheffing on a grossed-up amount (art. 19
lid 4 Pw; NB2026 bijlage VI): with the loonheffingskorting, in the first bracket,
    bruto = (netto − AHK/12) / (1 − tarief schijf 1)   per month (netto when that is more),
which for a full year is (12 × netto − AHK) / (1 − 35.75%): €21,327 for a single person in 2026
and €13,848 per partner (NB2026 bijlage VII). The bijstand stays far below the AHK phase-out
(€29,736) and the end of the first bracket, so the maximum AHK and the first rate apply.
When the employer applies the loonheffingskorting instead (Wet LB art. 23 lid 2: one payer at a
time), the gemeente withholds on the bijstand without it: bruto = netto / (1 − tarief schijf 1),
the NB2026 bijlage VI gross-up percentage of 55.64% (35.75 / 64.25) on top of the net
(rules/belasting/loonheffingskorting.py says who applies it in each month).
Partners each get half the bijstand and each a full AHK. The gross wage and the gross holiday
pay are added in the month they are paid; the bijstand in the month it is for (the 5%
vakantietoeslag included, as the official estimate does).

Months of a calendar year outside the months shown: the job's months before the window as they
ran (rules/before_window.py works them out with the same rules: their vrijlating, their holiday
pay); the others are assumed like the nearest month shown
(before the window: without work in a month no job that started before the window ran, the
applicant's or the partner's; in a month one ran, like a usual month shown with that pay, the first
with the paydays most such months have, so that a month with two four-weekly paydays is not
repeated), each month at its own norm (art. 21 Pw changes it on 1 January and 1 July); the
result says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Sequence

from ..belasting.loonheffing import loonheffing_per_period
from ..belasting.loonheffingskorting import EMPLOYER, GEMEENTE, applied_by
from ..model import Job, MonthResult, Scenario
from ..money import ZERO, to_cents
from ..months import Month
from ..parameters import ParameterSet
from ..participatiewet.norm import norm

MONTHS = 12


@dataclass
class PersonYear:
    bijstand_net: Decimal = ZERO
    bijstand_gross: Decimal = ZERO
    wage_gross: Decimal = ZERO
    holiday_gross: Decimal = ZERO
    withheld_employer: Decimal = ZERO
    # Runs of equal months: (months, with bijstand, who applied the loonheffingskorting,
    # arbeidsinkomen per month, korting applied per month, own bijstand per month). What a tax
    # refund relates to (art. 32 lid 1 onder b Pw; rules/participatiewet/belastingteruggave.py).
    months: list = field(default_factory=list)

    @property
    def withheld_gemeente(self) -> Decimal:
        return self.bijstand_gross - self.bijstand_net

    @property
    def arbeidsinkomen(self) -> Decimal:
        return self.wage_gross + self.holiday_gross

    @property
    def taxable(self) -> Decimal:
        return self.bijstand_gross + self.arbeidsinkomen


@dataclass
class HouseholdYear:
    year: int
    persons: list[PersonYear]  # the applicant first, then the partner
    months_shown: int = 0
    bijstand_months: int = 0
    bijstand_net: Decimal = ZERO

    @property
    def toetsingsinkomen(self) -> Decimal:
        return sum((person.taxable for person in self.persons), ZERO)


@dataclass(frozen=True)
class GrossUp:
    rate: Decimal
    ahk_month: Decimal

    def gross(self, net: Decimal, with_korting: bool = True) -> Decimal:
        # Called once per run of equal months (household_years), so nothing to remember.
        if net <= 0:
            return ZERO
        korting = self.ahk_month if with_korting else ZERO
        if self.rate * net <= korting:  # the korting covers all the tax
            return net
        return to_cents((net - korting) / (1 - self.rate))


def gross_up_rule(year: int, params: ParameterSet) -> GrossUp:
    day = Month(year, 1)
    rate = params.at("belasting/tarieven.schijven", day).value[0]["tarief"]
    ahk = params.at("belasting/heffingskortingen.algemene_heffingskorting", day).value["maximum"]
    return GrossUp(Decimal(rate), Decimal(ahk) / MONTHS)


def _income(row: MonthResult, with_holiday: bool, job: Job | None, params: ParameterSet,
            partner_job: Job | None = None, partner_holiday: bool = True) -> tuple:
    """What a month adds to the year: net bijstand (with bufferbudget), wage and holiday pay,
    who applied the applicant's loonheffingskorting and, for the employer, how much of it; with
    the partner's job, the same of the partner's wage as an eighth part."""
    # Only a month with pay has an employer to apply it (the baseline's months have none).
    korting_by = applied_by(job if row.paydays else None, row.month, row.bijstand)
    by_employer = _korting_on_wage(row.gross_wage, row.paydays, row.month, job, params) if korting_by == EMPLOYER else ZERO
    if with_holiday:
        income = (row.bijstand + row.bufferbudget, row.gross_wage, row.net_wage, row.holiday_pay_gross, row.holiday_pay,
                  korting_by, by_employer)
    else:
        income = row.bijstand + row.bufferbudget, row.gross_wage, row.net_wage, ZERO, ZERO, korting_by, by_employer
    if partner_job is None:
        return income
    # The partner's own employer and korting (Wet LB art. 23 is per person).
    partner_by = applied_by(partner_job if row.partner_paydays else None, row.month, row.bijstand)
    partner_employer = ZERO
    if partner_by == EMPLOYER:
        partner_employer = _korting_on_wage(row.partner_gross_wage, row.partner_paydays, row.month, partner_job, params)
    if partner_holiday:
        partner = (row.partner_gross_wage, row.partner_net_wage, row.partner_holiday_pay_gross, row.partner_holiday_pay,
                   partner_by, partner_employer)
    else:
        partner = (row.partner_gross_wage, row.partner_net_wage, ZERO, ZERO, partner_by, partner_employer)
    return (*income, partner)


def _korting_on_wage(gross_wage: Decimal, paydays: int, month: Month, job: Job, params: ParameterSet) -> Decimal:
    """The loonheffingskorting the employer gave on the month's wage: the table without it minus
    the table with it (at most the tax on the wage)."""
    if not paydays:
        return ZERO
    gross_one = gross_wage / paydays
    without = loonheffing_per_period(gross_one, job.pay_period, month, params, False)
    with_korting = loonheffing_per_period(gross_one, job.pay_period, month, params, True)
    return (without - with_korting) * paydays


def _add(acc: HouseholdYear, income: tuple, count: int, rule: GrossUp) -> None:
    partner_work = income[7] if len(income) == 8 else None
    net, wage_gross, wage_net, holiday_gross, holiday_net, korting_by, by_employer = income if partner_work is None else income[:7]
    applicant = acc.persons[0]
    # Who applies each partner's korting: the applicant's as above; the partner's own when the
    # partner works, else the gemeente in a month with bijstand.
    partner_by = GEMEENTE if partner_work is None else partner_work[4]
    if net > 0:
        acc.bijstand_months += count
        share = net if len(acc.persons) == 1 else net / 2
        acc.bijstand_net += net * count
        for person in acc.persons:
            # Per month: the gemeente grosses up each payment (art. 45 lid 4 Pw: half to each
            # partner), with the person's korting unless their employer applies it.
            with_korting = (korting_by if person is applicant else partner_by) == GEMEENTE
            gross = rule.gross(share, with_korting)
            person.bijstand_net += share * count
            person.bijstand_gross += gross * count
            if with_korting:  # the korting the gemeente gave: the tax on the bijstand it paid, at most the AHK
                person.months.append((count, True, GEMEENTE, ZERO, min(rule.ahk_month, rule.rate * gross), share))
    own = net if len(acc.persons) == 1 else net / 2  # each partner's half (art. 45 lid 4 Pw)
    _add_work(applicant, net, own, count, wage_gross, wage_net, holiday_gross, holiday_net, korting_by, by_employer)
    for partner in acc.persons[1:]:
        if partner_work is None:
            if net <= 0:
                partner.months.append((count, False, None, ZERO, ZERO, ZERO))
        else:
            _add_work(partner, net, own, count, *partner_work)


def _add_work(person: PersonYear, net: Decimal, own: Decimal, count: int, wage_gross: Decimal, wage_net: Decimal,
              holiday_gross: Decimal, holiday_net: Decimal, korting_by, by_employer: Decimal) -> None:
    """One person's wage and holiday pay of a run of `count` equal months, and who applied their
    loonheffingskorting (a month with bijstand where the gemeente did was recorded by _add).
    `net`: the household's bijstand of the month, `own`: the person's part of it."""
    work = wage_gross + holiday_gross
    if net <= 0 or korting_by != GEMEENTE:
        person.months.append((count, net > 0, korting_by, work, by_employer, own if net > 0 else ZERO))
    else:
        person.months[-1] = (count, True, GEMEENTE, work, *person.months[-1][4:])
    if wage_gross:
        person.wage_gross += wage_gross * count
        person.withheld_employer += (wage_gross - wage_net) * count
    if holiday_gross:
        person.holiday_gross += holiday_gross * count
        person.withheld_employer += (holiday_gross - holiday_net) * count


def household_years(scenario: Scenario, rows: list[MonthResult], before: MonthResult, params: ParameterSet,
                    before_work: MonthResult | None = None,
                    ran_before: Sequence[MonthResult] = ()) -> dict[int, HouseholdYear]:
    """Per calendar year of `rows`: income and withholding, the months outside filled in.

    `ran_before`: the job's months before the window as they ran (rules/before_window.py), taken
    as they are: their vrijlating, their holiday pay. `before` stands for the other months of the
    first year before the first month shown; with `before_work` (usual_month(): a job ran before
    the window), `before` only for those in which no such job ran and `before_work` for the others.
    """
    job, partner_job = scenario.job, scenario.partner_job
    monthly_holiday = job is not None and job.holiday_pay == "monthly"
    partner_monthly = partner_job is not None and partner_job.holiday_pay == "monthly"
    partners = 2 if scenario.household.situation == "couple" else 1
    by_year: dict[int, list[MonthResult]] = {}
    for row in rows:
        by_year.setdefault(row.month[0], []).append(row)
    years: dict[int, HouseholdYear] = {}
    last_year = rows[-1].month[0]
    for year, months in by_year.items():
        acc = years[year] = HouseholdYear(year, [PersonYear() for _ in range(partners)], months_shown=len(months))
        first, last = months[0].month[1], months[-1].month[1]
        incomes: list[tuple[tuple, int]] = []
        if first > 1:
            # A month before the job started (or after it ended) had no wage (art. 32 Pw counts
            # income in the month it relates to); the job's own months as they ran, else like a
            # usual month.
            ran = {row.month: row for row in ran_before if row.month[0] == year}
            for working, month_norm, months_before in _months_before(scenario, year, first, before_work is not None, params):
                model, assumed = (before_work if working else before), None
                for month in months_before:
                    if month in ran:
                        incomes.append((_income(ran[month], True, job, params, partner_job), 1))
                        continue
                    if assumed is None:  # the same for every month of the run
                        income = _income(model, monthly_holiday, job, params, partner_job, partner_monthly)
                        assumed = _own_norm(income, model, month_norm)
                    incomes.append((assumed, 1))
        incomes.extend((_income(row, True, job, params, partner_job), 1) for row in months)
        if year == last_year and last < MONTHS:
            # After the window: as the last month shown; holiday pay paid once a year is not repeated.
            incomes.append((_income(months[-1], monthly_holiday, job, params, partner_job, partner_monthly), MONTHS - last))
        rule = gross_up_rule(year, params)
        # Months in a row mostly bring the same income: such a run is added once, times its
        # length. (Compared, not hashed: hashing a new Decimal costs more than adding it.)
        run_income, run_count = incomes[0]
        for income, count in incomes[1:]:
            if income == run_income:
                run_count += count
            else:
                _add(acc, run_income, run_count, rule)
                run_income, run_count = income, count
        _add(acc, run_income, run_count, rule)
    return years



def _jobs_before(scenario: Scenario) -> list[Job]:
    return [job for job in (scenario.job, scenario.partner_job) if job is not None and job.start_month < scenario.start_month]


def _months_before(scenario: Scenario, year: int, first: int, with_work: bool,
                   params: ParameterSet) -> list[tuple[bool, Decimal, list[Month]]]:
    """The months of `year` before month `first`, as runs of (a job that started before the
    window ran, the month's norm, the months)."""
    jobs = _jobs_before(scenario) if with_work else []
    runs: list[tuple[bool, Decimal, list[Month]]] = []
    for number in range(1, first):
        month = Month(year, number)
        working = any(job.runs_in(month) for job in jobs)
        month_norm = norm(scenario.household, month, params)[0]
        if runs and runs[-1][:2] == (working, month_norm):
            runs[-1][2].append(month)
        else:
            runs.append((working, month_norm, [month]))
    return runs


def _own_norm(income: tuple, model: MonthResult, month_norm: Decimal) -> tuple:
    """A month before the window had the bijstand of its own norm (art. 21 Pw: the norms change
    on 1 January and 1 July, art. 38), not that of the month shown that stands for it: the
    bijstand of `model` moved by the difference of the norms (the same income counted)."""
    if income[0] <= 0 or month_norm == model.norm:
        return income
    return (max(ZERO, income[0] + month_norm - model.norm), *income[1:])


def usual_month(scenario: Scenario, rows: list[MonthResult]) -> MonthResult | None:
    """The month shown that stands for the months before the window in which a job that started
    before it ran: one with pay from those jobs only, the first with the paydays most such months
    have (one for pay per four weeks: a month with two paydays comes once a year). None when no
    job started before the window."""
    jobs = _jobs_before(scenario)
    if not jobs:
        return None
    own, partner = scenario.job in jobs, scenario.partner_job in jobs
    paid = [row for row in rows if (row.paydays or row.partner_paydays)
            and (own or not row.paydays) and (partner or not row.partner_paydays)]
    if not paid:
        return rows[0]
    counts = [row.paydays + row.partner_paydays for row in paid]
    usual = max(set(counts), key=lambda count: (counts.count(count), -count))
    return paid[counts.index(usual)]
