"""The plain data the rules core works on: frozen inputs, and results per month."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .money import ZERO
from .months import Month
from .parameters import LegalRef

SITUATIONS = ("single", "single_parent", "couple")
PAY_PERIODS = ("month", "four_weeks", "week")
HOLIDAY_PAY = ("may", "monthly")


@dataclass(frozen=True)
class Household:
    situation: str
    age: int
    partner_age: int | None = None
    children: tuple[int, ...] = ()
    housemates_27_plus: int = 0
    rent: Decimal = ZERO
    # Art. 6b Pw: someone the college has found can work fewer hours for medical reasons.
    medisch_urenbeperkt: bool = False
    # Art. 20 lid 3 Pw, for an applicant or partner of 18-20: False when the parents cannot be
    # asked to provide for them (the norm is raised); None (not asked) or True: the youth norm.
    parents_can_help: bool | None = None
    # Art. 11 lid 4, 24 and 24a Pw: False when the partner has no right to bijstand (not calculated).
    partner_has_bijstand: bool = True


@dataclass(frozen=True)
class Job:
    start_month: Month
    pay_period: str = "month"
    holiday_pay: str = "may"
    hours_per_week: Decimal | None = None
    hourly_wage: Decimal | None = None
    gross_per_period: Decimal | None = None
    # Only one payer may apply the loonheffingskorting; normally that is the gemeente.
    loonheffingskorting_by_employer: bool = False
    # Pay per four weeks or per week: the first payday; the next ones follow every 28 or 7 days.
    # None: the paydays of the usual calendar, with only one in the first month with pay.
    first_payday: date | None = None
    # Set by the rules core: the month from which the employer applies it because the bijstand
    # has stopped for good (rules/belasting/loonheffingskorting.py).
    loonheffingskorting_employer_from: Month | None = None
    # The last month with pay; None: the job goes on. From the month after, no wage.
    end_month: Month | None = None
    # Hours that vary (flex, min-max, on-call): the most hours a week; hours_per_week is the fewest.
    hours_per_week_max: Decimal | None = None

    def runs_in(self, month: Month) -> bool:
        """True for a month from the first month with pay to the last (end_month)."""
        return self.start_month <= month and (self.end_month is None or month <= self.end_month)


@dataclass(frozen=True)
class Scenario:
    start_month: Month
    months: int
    household: Household
    job: Job | None = None  # the applicant's job
    # Months of vrijlating (art. 31 lid 2 n, r) used before start_month; None: not known, worked
    # out from the job's months before start_month (vrijlating.months_used_before).
    vrijlating_months_used: int | None = 0
    gemeente: str = "voorbeeld"
    # Months of the art. 34a vrijlating used on an earlier job before start_month.
    vrijlating_34a_months_used: int = 0
    # For a couple where both partners have the right to bijstand (art. 11 lid 4 Pw): the
    # partner's own job, with its own vrijlating, clock, employer and loonheffing.
    partner_job: Job | None = None

    @property
    def with_work(self) -> bool:
        """True when someone in the household works: "the case with a job" is any job."""
        return self.job is not None or self.partner_job is not None


@dataclass(slots=True)
class Explanation:
    """A reason with its numbers; the web layer turns it into a sentence."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)
    legal: LegalRef | None = None


@dataclass(frozen=True)
class Notice:
    """A warning about the whole result (outdated figures, an assumption)."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)
    legal: LegalRef | None = None


@dataclass(slots=True)
class PartnerMonth:
    """The partner's job in a month (Scenario.partner_job): the wage as paid, and the partner's
    own vrijlating and its rule."""

    gross_wage: Decimal = ZERO
    net_wage: Decimal = ZERO
    paydays: int = 0
    holiday_pay_gross: Decimal = ZERO
    holiday_pay: Decimal = ZERO
    vrijlating: Decimal = ZERO
    vrijlating_rule: str | None = None
    vrijlating_code: str | None = None  # as MonthResult.vrijlating_code, for the partner's job
    # The partner's own part of MonthResult.wage_counted, and the holiday pay paid with the wage
    # as art. 32 counts it (spread like the wage): a minimaregeling tests each job on its own.
    wage_counted: Decimal = ZERO
    holiday_counted: Decimal = ZERO


@dataclass(slots=True)
class MonthResult:
    month: Month
    norm: Decimal = ZERO
    gross_wage: Decimal = ZERO
    net_wage: Decimal = ZERO
    paydays: int = 0
    vrijlating: Decimal = ZERO
    vrijlating_rule: str | None = None
    counted_income: Decimal = ZERO
    bijstand: Decimal = ZERO
    bijstand_paid: Decimal = ZERO
    vakantietoeslag_reserved: Decimal = ZERO
    vakantietoeslag_paid: Decimal = ZERO
    holiday_pay_gross: Decimal = ZERO
    holiday_pay: Decimal = ZERO
    bufferbudget: Decimal = ZERO
    gemeente_premie: Decimal = ZERO  # a local premie paid this month (gemeente profile)
    huurtoeslag: Decimal = ZERO
    zorgtoeslag: Decimal = ZERO
    kindgebonden_budget: Decimal = ZERO
    kinderbijslag: Decimal = ZERO
    total: Decimal = ZERO
    total_without_job: Decimal = ZERO
    # With Job.hours_per_week_max: `total` at the fewest and at the most hours (rules/uren.py).
    total_low: Decimal | None = None
    total_high: Decimal | None = None
    leaves_bijstand: bool = False
    explanations: list[Explanation] = field(default_factory=list)
    # How the gemeente came to `counted_income`, as the rules worked it out (rules/summary.py
    # names the cause of a low month from these): the net wage counted for the month (art. 32,
    # spread over the year or as paid), the holiday right counted with it (Regeling art. 11), the
    # part counted from the month before (settled a month later), and the vrijlating's code.
    wage_counted: Decimal = ZERO
    holiday_right_counted: Decimal = ZERO
    # The applicant's holiday pay paid with the wage (holiday_pay "monthly"), as art. 32 counts it
    # for the month: spread like the wage (rules/participatiewet/verrekening.py).
    holiday_counted: Decimal = ZERO
    counted_from_before: Decimal = ZERO
    vrijlating_code: str | None = None
    # The 1 January 2027 switch of a running vrijlating: the lowest and highest total under the
    # readings of the law (TransitionRange), only in a month where they differ.
    total_range_low: Decimal | None = None
    total_range_high: Decimal | None = None
    # The partner's job (Scenario.partner_job), None without it: read through the partner_*
    # properties below (one field, so a month without a partner's job costs no more to make).
    partner: PartnerMonth | None = None

    def paid_parts(self) -> Decimal:
        """The contract's definition of `total`: everything that lands on the account."""
        total = (
            self.net_wage
            + self.holiday_pay
            + self.bijstand_paid
            + self.vakantietoeslag_paid
            + self.bufferbudget
            + self.gemeente_premie
            + self.huurtoeslag
            + self.zorgtoeslag
            + self.kindgebonden_budget
            + self.kinderbijslag
        )
        if self.partner is not None:
            total += self.partner.net_wage + self.partner.holiday_pay
        return total

    # The wage fields above are the applicant's; these are the partner's (zero without a job).
    @property
    def partner_gross_wage(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.gross_wage

    @property
    def partner_net_wage(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.net_wage

    @property
    def partner_paydays(self) -> int:
        return 0 if self.partner is None else self.partner.paydays

    @property
    def partner_holiday_pay_gross(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.holiday_pay_gross

    @property
    def partner_holiday_pay(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.holiday_pay

    @property
    def partner_vrijlating(self) -> Decimal:
        """The partner's own vrijlating (`vrijlating` is then both partners' together)."""
        return ZERO if self.partner is None else self.partner.vrijlating

    @property
    def partner_vrijlating_rule(self) -> str | None:
        return None if self.partner is None else self.partner.vrijlating_rule

    @property
    def partner_wage_counted(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.wage_counted

    @property
    def partner_holiday_counted(self) -> Decimal:
        return ZERO if self.partner is None else self.partner.holiday_counted


@dataclass
class YearEnd:
    year: int
    toeslagen_settlement: Decimal = ZERO
    income_tax_settlement: Decimal = ZERO
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TransitionRange:
    """The months shown under each reading of the switch to art. 34a for a vrijlating that is
    running on 1 January 2027 (rules/participatiewet/vrijlating.py: COUNTED, FRESH, OLD_RUNS_OUT)."""

    totals: dict[str, tuple[Decimal, ...]]  # reading -> the total of each month shown
    # Job paid from December 2026 on: what the months from January 2027 would bring more in
    # total if the first pay came in January 2027 (planning reading).
    january_difference: Decimal | None = None
    partner_january_difference: Decimal | None = None  # the same for the partner's job


@dataclass
class ScenarioResult:
    scenario: Scenario
    months: list[MonthResult]
    baseline: list[MonthResult]
    warnings: list[Notice]
    year_end: list[YearEnd]
    rules_version: str
    figures_valid_from: str
    transition: TransitionRange | None = None

    def month(self, month: Month | str) -> MonthResult:
        wanted = Month.parse(month) if isinstance(month, str) else month
        for row in self.months:
            if row.month == wanted:
                return row
        raise KeyError(str(wanted))
