"""The contract and the rules core, both ways: a request -> rules.Scenario, and a
rules.ScenarioResult with its Summary -> the contract's typed response (app/contract.py).

The API writes that response as JSON; the pages read the same result and summary
(app/presenters/result.py), so both show the same numbers.
"""
from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import Iterable

from rules import (Household, Job, Month, OutOfScope, Scenario, ScenarioResult, Summary, SweepPoint, calculate,
                   default_parameters, default_profiles, sweep as rules_sweep)

from .contract import (MONTH_MONEY, PARTNER_MONEY, JobIn, MonthOut, PartnerMonthOut, ScenarioRequest, ScenarioResponse,
                       SummaryOut, SweepRow, ToeslagYearOut, YearEndOut, YearSummaryOut)

CENT = Decimal("0.01")


class UnknownGemeente(Exception):
    """The request names a gemeente without a profile."""


def current_month(today: datetime.date | None = None) -> Month:
    return Month.of(today or datetime.date.today())


def to_scenario(request: ScenarioRequest) -> Scenario:
    """The one way from a request (the API's, the pages' and the golden cases') to a Scenario."""
    household = request.household
    return Scenario(
        start_month=Month.parse(request.start_month) if request.start_month else current_month(),
        months=request.months,
        household=Household(
            situation=household.situation,
            age=household.age,
            partner_age=household.partner_age,
            children=tuple(child.age for child in household.children),
            housemates_27_plus=household.housemates_27_plus,
            rent=household.rent,
            medisch_urenbeperkt=household.medisch_urenbeperkt,
            parents_can_help=household.parents_can_help,
            partner_has_bijstand=household.partner_has_bijstand,
        ),
        job=_job(request.job),
        partner_job=_job(request.partner_job),
        vrijlating_months_used=request.vrijlating_months_used,
        vrijlating_34a_months_used=request.vrijlating_34a_months_used,
        gemeente=request.gemeente,
    )


def _job(job: JobIn | None) -> Job | None:
    if job is None:
        return None
    return Job(
        start_month=Month.parse(job.start_month),
        pay_period=job.pay_period,
        holiday_pay=job.holiday_pay,
        hours_per_week=job.hours_per_week,
        hourly_wage=job.hourly_wage,
        gross_per_period=None if job.hours_per_week is not None and job.hourly_wage is not None
        else job.gross_per_period,
        loonheffingskorting_by_employer=job.loonheffingskorting_by_employer,
        end_month=Month.parse(job.end_month) if job.end_month else None,
        hours_per_week_max=job.hours_per_week_max,
        first_payday=job.first_payday,
    )


def policy_for(gemeente: str):
    profiles = default_profiles()
    if gemeente not in profiles:
        raise UnknownGemeente(gemeente)
    return profiles[gemeente]


def run(scenario: Scenario) -> ScenarioResult:
    """The rules core for one scenario. Raises OutOfScope or UnknownGemeente."""
    return calculate(scenario, default_parameters(), policy_for(scenario.gemeente))


def sweep(scenario: Scenario, hours: Iterable[Decimal]) -> list[SweepPoint]:
    """The same scenario for other weekly hours (same wage and pay rhythm): rules.sweep.

    Needs an hourly wage: raises OutOfScope("sweep_needs_hourly_wage") for a job given as
    gross pay per period.
    """
    hours = [Decimal(value) for value in hours]
    if not hours:
        return []
    return rules_sweep(scenario, hours, default_parameters(), policy_for(scenario.gemeente))


def cents(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


_amounts = attrgetter(*MONTH_MONEY)


def month_amounts(row) -> dict[str, Decimal]:
    """A month's amounts in cents, by the contract's names (the rules core keeps Decimals)."""
    quantize = Decimal.quantize
    return dict(zip(MONTH_MONEY, [quantize(amount, CENT, ROUND_HALF_UP) for amount in _amounts(row)]))


def partner_amounts(row) -> dict[str, Decimal]:
    """The partner's wage of a month in cents (answers with partner_job)."""
    return {name: cents(getattr(row, name)) for name in PARTNER_MONEY}


def to_response(result: ScenarioResult, summary: Summary, points: list[SweepPoint], texts) -> ScenarioResponse:
    """The contract's answer. `texts` (app.presenters.answer.Texts) gives each explanation and
    warning as the contract writes it, in the request's language."""
    # An answer without partner_job stays as it was: months without the partner's fields.
    partner = result.scenario.partner_job is not None
    month_out = PartnerMonthOut if partner else MonthOut
    months = [
        month_out.model_construct(
            month=str(row.month), paydays=row.paydays, **month_amounts(row), **(partner_amounts(row) if partner else {}),
            leaves_bijstand=bool(row.leaves_bijstand),
            total_range_low=_cents_or_none(row.total_range_low), total_range_high=_cents_or_none(row.total_range_high),
            total_low=_cents_or_none(row.total_low), total_high=_cents_or_none(row.total_high),
            explanations=[texts.explanation(explanation) for explanation in row.explanations])
        for row in result.months
    ]
    return ScenarioResponse.model_construct(
        rules_version=result.rules_version,
        figures_valid_from=result.figures_valid_from,
        gemeente=result.scenario.gemeente,
        start_month=str(result.scenario.start_month),
        months=months,
        summary=summary_out(summary),
        year_end=[_year_end(item) for item in result.year_end],
        sweep=[_sweep_row(point) for point in points],
        warnings=texts.warnings(result.warnings),
    )


def summary_out(summary: Summary) -> SummaryOut:
    return SummaryOut.model_construct(
        typical_difference=summary.typical_difference,
        average_difference=summary.average_difference,
        months_with_pay=summary.months_with_pay,
        lowest_month=str(summary.lowest_month),
        lowest_total=cents(summary.lowest_total),
        lowest_cause=summary.lowest_cause,
        months_below_without_job=[str(month) for month in summary.months_below_without_job],
        years=[YearSummaryOut.model_construct(year=year.year, difference_cash=cents(year.difference_cash),
                                              difference_after_settlements=year.difference_after_settlements)
               for year in summary.years],
    )


def _sweep_row(point: SweepPoint) -> SweepRow:
    return SweepRow.model_construct(
        hours_per_week=cents(point.hours_per_week), average_total=point.average_total,
        average_total_without_job=point.average_total_without_job,
        average_difference=point.average_difference, lowest_total=cents(point.lowest_total),
        typical_difference=point.typical_difference)


def _year_end(item) -> YearEndOut:
    details = item.details or {}
    tax = details.get("income_tax") or {}
    kept = tax.get("kept")
    if kept is None and item.income_tax_settlement > 0:
        kept = item.income_tax_settlement
    return YearEndOut.model_construct(
        year=item.year,
        toeslagen_settlement=cents(item.toeslagen_settlement),
        income_tax_settlement=cents(item.income_tax_settlement),
        income_tax_kept=cents(kept) if isinstance(kept, Decimal) else None,
        income_tax_expected_by=tax.get("expected_by"),
        toeslagen_decided_by=details.get("toeslagen_decided_by"),
        toetsingsinkomen=_cents_or_none(details.get("toetsingsinkomen")),
        toetsingsinkomen_advance=_cents_or_none(details.get("toetsingsinkomen_advance")),
        toeslagen={
            name: ToeslagYearOut.model_construct(**{key: cents(parts[key]) for key in ("advance", "definitive", "settlement")})
            for name, parts in (details.get("toeslagen") or {}).items()
        },
    )


def _cents_or_none(value) -> Decimal | None:
    return cents(value) if isinstance(value, Decimal) else None


__all__ = [
    "OutOfScope", "UnknownGemeente", "month_amounts", "policy_for", "run", "sweep",
    "to_response", "to_scenario",
]
