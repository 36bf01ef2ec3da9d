"""Toetsingsinkomen per calendar year, and the tax withheld on it, from the scenario's months.

Toeslagen test the yearly income (AWIR art. 8: the verzamelinkomen), bijstand the monthly one.
The gemeente pays the bijstand net and withholds loonheffing on a grossed-up amount (art. 19
lid 4 Pw; NB2026 bijlage VI): with the loonheffingskorting, in the first bracket,
    bruto = (netto − AHK/12) / (1 − tarief schijf 1)   per month (netto when that is more),
which for a full year is (12 × netto − AHK) / (1 − 35.75%): €21,327 for a single person in 2026
and €13,848 per partner (NB2026 bijlage VII). The bijstand stays far below the AHK phase-out
(€29,736) and the end of the first bracket, so the maximum AHK and the first rate apply.
Partners each get half the bijstand and each a full AHK. The gross wage and the gross holiday
pay are added in the month they are paid; the bijstand in the month it is for (the 5%
vakantietoeslag included, as the official estimate does).

Months of a calendar year outside the months shown are assumed like the nearest month shown
(before the window: without the job unless it started earlier); the result says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import MonthResult, Scenario
from ..money import ZERO, to_cents
from ..months import Month
from ..parameters import ParameterSet

MONTHS = 12


@dataclass
class PersonYear:
    bijstand_net: Decimal = ZERO
    bijstand_gross: Decimal = ZERO
    wage_gross: Decimal = ZERO
    holiday_gross: Decimal = ZERO
    withheld_employer: Decimal = ZERO

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

    def gross(self, net: Decimal) -> Decimal:
        # Called once per run of equal months (household_years), so nothing to remember.
        if net <= 0:
            return ZERO
        if self.rate * net <= self.ahk_month:  # the korting covers all the tax
            return net
        return to_cents((net - self.ahk_month) / (1 - self.rate))


def gross_up_rule(year: int, params: ParameterSet) -> GrossUp:
    day = Month(year, 1)
    rate = params.at("belasting/tarieven.schijven", day).value[0]["tarief"]
    ahk = params.at("belasting/heffingskortingen.algemene_heffingskorting", day).value["maximum"]
    return GrossUp(Decimal(rate), Decimal(ahk) / MONTHS)


def _income(row: MonthResult, with_holiday: bool) -> tuple[Decimal, Decimal, Decimal, Decimal, Decimal]:
    """What a month adds to the year: net bijstand (with bufferbudget), wage and holiday pay."""
    if with_holiday:
        return row.bijstand + row.bufferbudget, row.gross_wage, row.net_wage, row.holiday_pay_gross, row.holiday_pay
    return row.bijstand + row.bufferbudget, row.gross_wage, row.net_wage, ZERO, ZERO


def _add(acc: HouseholdYear, income: tuple, count: int, rule: GrossUp) -> None:
    net, wage_gross, wage_net, holiday_gross, holiday_net = income
    if net > 0:
        acc.bijstand_months += count
        share = net if len(acc.persons) == 1 else net / 2
        gross = rule.gross(share)  # per month: the gemeente grosses up each payment
        if count != 1:
            net, share, gross = net * count, share * count, gross * count
        acc.bijstand_net += net
        for person in acc.persons:
            person.bijstand_net += share
            person.bijstand_gross += gross
    applicant = acc.persons[0]
    if wage_gross:
        applicant.wage_gross += wage_gross * count
        applicant.withheld_employer += (wage_gross - wage_net) * count
    if holiday_gross:
        applicant.holiday_gross += holiday_gross * count
        applicant.withheld_employer += (holiday_gross - holiday_net) * count


def household_years(scenario: Scenario, rows: list[MonthResult], before: MonthResult, params: ParameterSet) -> dict[int, HouseholdYear]:
    """Per calendar year of `rows`: income and withholding, the months outside filled in.

    `before` stands for the months of the first year before the first month shown.
    """
    job = scenario.job
    monthly_holiday = job is not None and job.holiday_pay == "monthly"
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
            incomes.append((_income(before, monthly_holiday), first - 1))
        incomes.extend((_income(row, True), 1) for row in months)
        if year == last_year and last < MONTHS:
            # After the window: as the last month shown; holiday pay paid once a year is not repeated.
            incomes.append((_income(months[-1], monthly_holiday), MONTHS - last))
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
