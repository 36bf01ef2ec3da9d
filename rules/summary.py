"""The measures every view of a result shows, defined once: the API's `summary`, the page's
headline and the hours table all read them from here.

- the months with pay: the months in which a job pays a wage (the applicant's or the partner's);
- `typical_difference`: the median of `total - total_without_job` over those months, what an
  ordinary month adds (two middle months: their mean, rounded to cents);
- `average_difference`: the mean of the same months (two-payday months and holiday pay included);
- the lowest month: the month with the least cash from the job's first month on (the first of
  equal ones), its total, and the rule that made it low (`LOW_CAUSES`); "other" when it is not
  really lower than an ordinary month (`is_ordinary`);
- `months_below_without_job`: months in which the job leaves less cash than no job;
- per calendar year: the sum of the monthly differences shown, and that sum with the difference
  the job makes to the year's toeslagen and income tax settlements (of a tax refund only what the
  gemeente lets the household keep, art. 32 Pw).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from .explanations import LOW_CAUSES, PAID_EARLIER, USED_UP
from .model import MonthResult, ScenarioResult, YearEnd
from .money import ZERO, to_cents
from .months import Month
from .toeslagen.awir import TERM_ROUNDING

WITHOUT_KORTING = frozenset({"loonheffing_without_korting"})  # either partner's (prefix removed)
WITH_KORTING = frozenset({"loonheffing_with_korting", "loonheffing_korting_after_bijstand"})


@dataclass(frozen=True)
class YearSummary:
    year: int
    difference_cash: Decimal
    difference_after_settlements: Decimal


@dataclass(frozen=True)
class Summary:
    typical_difference: Decimal
    average_difference: Decimal
    months_with_pay: int
    lowest_month: Month
    lowest_total: Decimal
    lowest_total_without_job: Decimal
    lowest_cause: str | None  # a code of LOW_CAUSES ("other" when `lowest_is_ordinary`); None without a job
    lowest_is_ordinary: bool  # with a job: the lowest month is not really lower than an ordinary month
    months_at_lowest: int  # how many of the months compared end at `lowest_total` (the page says "N maanden")
    months_below_without_job: tuple[Month, ...]
    years: tuple[YearSummary, ...]


def difference(row: MonthResult) -> Decimal:
    return row.total - row.total_without_job


def median(values: Sequence[Decimal]) -> Decimal:
    """The middle value; of an even number of values the mean of the two middle ones, in cents."""
    if not values:
        return ZERO
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return to_cents((ordered[middle - 1] + ordered[middle]) / 2)


def mean(values: Sequence[Decimal]) -> Decimal:
    return to_cents(sum(values, ZERO) / len(values)) if values else ZERO


def with_pay(rows: Iterable[MonthResult]) -> list[MonthResult]:
    return [row for row in rows if row.paydays > 0 or row.partner_paydays > 0]


def _net_wage(row: MonthResult) -> Decimal:
    """Both partners' net wage (the partner's is zero without partner_job)."""
    return row.net_wage + row.partner_net_wage


def typical_and_average(differences: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """The two measures over the differences of the months with pay (the sweep reports them per
    hour value): their median and their mean."""
    return median(differences), mean(differences)


def _toeslagen(row: MonthResult) -> Decimal:
    return row.huurtoeslag + row.zorgtoeslag + row.kindgebonden_budget


# The steps and parts a month's cash is made of. While on bijstand the cash of wage plus bijstand
# is the norm, minus what is counted, plus the net wage (art. 19 lid 2, art. 32 Pw); what is
# counted is the wage counted for the month plus the holiday right, minus the vrijlating, plus
# what is carried from the month before. So each step's share of a shortfall is exact.
_ON_BIJSTAND = {
    "vrijlating": lambda row: row.vrijlating,  # more is more cash
    "counted_next_month": lambda row: -row.counted_from_before,
    "counted_spread": lambda row: _net_wage(row) - row.wage_counted,
    "holiday_right_counted": lambda row: -row.holiday_right_counted,
    "less_bijstand": lambda row: row.norm,
}
_ALWAYS = {
    "no_holiday_money": lambda row: row.holiday_pay + row.partner_holiday_pay,
    "vakantietoeslag_lower": lambda row: row.vakantietoeslag_paid,
    "less_toeslagen": _toeslagen,
    "no_kinderbijslag": lambda row: row.kinderbijslag,
    "no_gemeente_payment": lambda row: row.bufferbudget + row.gemeente_premie,
}


def low_cause(row: MonthResult, rows: Sequence[MonthResult], without_job: MonthResult | None = None) -> str:
    """The rule that makes `row` low.

    Below the same month without the job (`without_job`), the cause is what the job changes in
    that month: the step of the law that counts more than was paid, or a smaller vakantietoeslag;
    but when the vrijlating has run out and would have kept the month above, that is the cause.
    Otherwise it is compared with an ordinary month of `rows`, one with the median of each part:
    a payment most months lack (holiday pay, the quarterly kinderbijslag, a second payday) is
    not why a month is low, and a rule that takes money in many months (the vrijlating ending)
    is. The cause is the step or part whose shortfall is largest; a month still on bijstand among
    ordinary months without it adds the net wage the employer's korting would have given. A June
    whose vakantietoeslag was paid when the bijstand stopped names that.
    """
    below = without_job is not None and row.total < without_job.total
    paid_earlier = any(reason.code in PAID_EARLIER for reason in row.explanations)
    if paid_earlier and below and without_job.vakantietoeslag_paid - row.vakantietoeslag_paid >= without_job.total - row.total:
        return "vakantietoeslag_paid_earlier"  # June: without the job it is paid now, with it it was paid before
    if row.bijstand == 0 and (without_job.bijstand > 0 if below else median([other.bijstand for other in rows]) > 0):
        return "bijstand_ends"
    if below and _below_only_after_the_vrijlating(row, rows, without_job.total - row.total):
        return "vrijlating_used_up"
    short: dict[str, Decimal] = dict.fromkeys(LOW_CAUSES, ZERO)
    steps = dict(_ON_BIJSTAND) if row.bijstand > 0 else {"less_wage": _net_wage}
    for name, part in {**steps, **_ALWAYS}.items():
        reference = part(without_job) if below else median([part(other) for other in rows])
        if name == "vrijlating":
            name = _vrijlating_cause(row, rows)
        short[name] += reference - part(row)
    if not below and row.bijstand > 0 and median([other.bijstand for other in rows]) == 0:
        short["loonheffingskorting_gemeente"] = _korting_lost(row, rows)
    if paid_earlier:
        short["vakantietoeslag_paid_earlier"], short["vakantietoeslag_lower"] = short["vakantietoeslag_lower"], ZERO
    cause = max(LOW_CAUSES, key=lambda code: short[code])  # of equal shares the first in LOW_CAUSES
    if cause in ("counted_spread", "holiday_right_counted") and short["counted_spread"] > 0 < short["holiday_right_counted"]:
        return "counted_more_than_paid"  # both: the wage spread over the year and the holiday right
    return cause if short[cause] > 0 else "other"


def is_ordinary(row: MonthResult, rows: Sequence[MonthResult], without_job: MonthResult) -> bool:
    """`row` is not really lower than an ordinary month of `rows`: not below the month without
    the job, and no further below the median total than the rounding of the toeslagen advances
    (awir.TERM_ROUNDING a toeslag: December gets the cents the other terms leave over, art. 22
    lid 1 AWIR). Such a month has no cause ("other"): naming one would blame a rule for a few cents."""
    if row.total < without_job.total:
        return False
    advances = sum(1 for amount in (row.huurtoeslag, row.zorgtoeslag, row.kindgebonden_budget) if amount > 0)
    return median([other.total for other in rows]) - row.total <= advances * TERM_ROUNDING


def _korting_lost(row: MonthResult, rows: Sequence[MonthResult]) -> Decimal:
    """What `row`'s net wage lacks because the employer withholds without the loonheffingskorting
    (either partner's): the gemeente applies it to the bijstand (Wet LB 1964 art. 23: one payer
    only). Estimated with the net share of the gross wage in the months the employer applies it."""
    def codes(month: MonthResult) -> set[str]:
        return {reason.code.removeprefix("partner_") for reason in month.explanations}

    with_korting = [other for other in rows if codes(other) & WITH_KORTING and not codes(other) & WITHOUT_KORTING]
    gross_with = sum((other.gross_wage + other.partner_gross_wage for other in with_korting), ZERO)
    gross = row.gross_wage + row.partner_gross_wage
    if not codes(row) & WITHOUT_KORTING or gross_with <= 0 or gross <= 0:
        return ZERO
    return to_cents(gross * sum((_net_wage(other) for other in with_korting), ZERO) / gross_with) - _net_wage(row)


def _below_only_after_the_vrijlating(row: MonthResult, rows: Sequence[MonthResult], below_by: Decimal) -> bool:
    """The vrijlating has run out in `row`, and with the vrijlating of an ordinary month it would
    not be below the month without the job: counting more than is paid is how it gets below, the
    vrijlating running out is why (its share of the bijstand paid now, without the vakantietoeslag
    part, art. 19 lid 3 Pw)."""
    if row.bijstand <= 0 or _vrijlating_cause(row, rows) != "vrijlating_used_up":
        return False
    lost = median([other.vrijlating for other in rows]) - row.vrijlating
    return lost > 0 and lost * row.bijstand_paid / row.bijstand >= below_by


def _vrijlating_cause(row: MonthResult, rows: Sequence[MonthResult]) -> str:
    """A lower vrijlating: its months are over, another, lower onderdeel applies (r after n), or
    the same rule on less wage."""
    partner_code = None if row.partner is None else row.partner.vrijlating_code
    if {row.vrijlating_code, partner_code} & USED_UP:  # either partner's
        return "vrijlating_used_up"
    if row.wage_counted == 0 and (row.partner is None or row.partner.net_wage == 0):
        return "less_wage"  # no wage to free (the job ended, or no pay yet): no lower rule applies
    if any(other.vrijlating_code != row.vrijlating_code and other.vrijlating > row.vrijlating for other in rows):
        return "vrijlating_lower"
    return "less_wage"


def year_summaries(rows: Sequence[MonthResult], year_end: Sequence[YearEnd]) -> tuple[YearSummary, ...]:
    settlements = {item.year: item for item in year_end}
    cash: dict[int, Decimal] = {}
    for row in rows:
        cash[row.month.year] = cash.get(row.month.year, ZERO) + difference(row)
    years = []
    for year, amount in cash.items():
        item = settlements.get(year)
        after = amount
        if item is not None:
            tax = (item.details or {}).get("income_tax") or {}
            kept = tax.get("kept", item.income_tax_settlement)
            without_job = tax.get("kept_without_job", ZERO)
            # The advances of the toeslagen rest on the income without the job, so without the
            # job there is nothing to settle (rules/toeslagen/jaar.py).
            after = amount + item.toeslagen_settlement + kept - without_job
        years.append(YearSummary(year, amount, to_cents(after)))
    return tuple(years)


def summarize(result: ScenarioResult) -> Summary:
    rows = result.months
    scenario = result.scenario
    works = scenario.with_work
    first = min(job.start_month for job in (scenario.job, scenario.partner_job) if job is not None) if works else None
    shown = [row for row in rows if first is None or row.month >= first] or rows
    paid = with_pay(shown)
    typical, average = typical_and_average([difference(row) for row in paid])
    lowest = min(shown, key=lambda row: row.total)
    # Found by identity: `rows.index` would compare whole months field by field.
    without_job = result.baseline[next(index for index, row in enumerate(rows) if row is lowest)]
    ordinary = bool(works) and is_ordinary(lowest, shown, without_job)
    return Summary(
        typical_difference=typical,
        average_difference=average,
        months_with_pay=len(paid),
        lowest_month=lowest.month,
        lowest_total=lowest.total,
        lowest_total_without_job=lowest.total_without_job,
        lowest_cause=None if not works else "other" if ordinary else low_cause(lowest, shown, without_job),
        lowest_is_ordinary=ordinary,
        months_at_lowest=sum(1 for row in shown if row.total == lowest.total),
        months_below_without_job=tuple(row.month for row in shown if row.total < row.total_without_job)
        if works else (),
        years=year_summaries(rows, result.year_end),
    )
