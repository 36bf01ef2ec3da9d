"""The public JSON contract (../shared/contract/scenario-api.md) as pydantic models.

Fields may be added, never renamed or dropped. Amounts are euros with two decimals: Decimal
inside, and in the JSON a number written exactly as the Decimal reads ("1401.50"), by msgspec
(app/routes/api.py: `answer_json`); never through float.
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, Strict, WithJsonSchema, field_validator, model_validator

MONTH_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# An amount in euros: Decimal inside, a JSON number outside.
Money = Annotated[Decimal, WithJsonSchema({"type": "number", "description": "euros, two decimals"})]
MonthText = Annotated[str, Field(pattern=MONTH_PATTERN.pattern, examples=["2027-01"], description="YYYY-MM")]
# Each field takes its one JSON type: `true` is not 1 and "35" is not 35 (a client that sends
# them has a bug we should name, not guess around).
Whole = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]
# Unknown fields reported per object; the rest are not even looked at (a body of thousands of
# unknown fields made as many errors, and megabytes of response).
MAX_UNKNOWN = 20


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _few_unknown_fields(cls, data):
        if isinstance(data, dict) and len(data) > len(cls.model_fields):
            unknown = set([name for name in data if name not in cls.model_fields][:MAX_UNKNOWN])
            data = {name: value for name, value in data.items() if name in cls.model_fields or name in unknown}
        return data


class Child(_Strict):
    age: Whole = Field(ge=0, le=30)


class HouseholdIn(_Strict):
    situation: Literal["single", "single_parent", "couple"]
    age: Whole = Field(ge=0, le=130)
    partner_age: Optional[Whole] = Field(default=None, ge=0, le=130)
    children: list[Child] = Field(default_factory=list, max_length=20)
    housemates_27_plus: Whole = Field(default=0, ge=0, le=20)
    rent: Decimal = Field(default=Decimal("0"), ge=0, le=100000, decimal_places=2)
    # Added field: art. 6b Pw, the college found the person can work fewer hours (medical).
    medisch_urenbeperkt: Flag = False
    # Added field: for an applicant or partner of 18-20, false when the parents cannot be asked to
    # provide for them (art. 20 lid 3 Pw raises the norm); absent or true: the youth norm as it is.
    parents_can_help: Optional[Flag] = Field(default=None, description=(
        "For an applicant or partner aged 18-20: false when their parents cannot be asked to provide "
        "for them, so the gemeente raises the youth norm (art. 20 lid 3 Pw); absent or true: the youth norm."))
    # Added field: false when the partner has no right to bijstand (art. 24, 24a Pw): not calculated.
    partner_has_bijstand: Flag = Field(default=True, description=(
        "For a couple: false when the partner has no right to bijstand (art. 24 and 24a Pw). "
        "Houvast does not calculate that household and answers 422 with a plain message."))


class JobIn(_Strict):
    start_month: MonthText
    hours_per_week: Optional[Decimal] = Field(default=None, ge=0, le=60, decimal_places=2)
    hourly_wage: Optional[Decimal] = Field(default=None, ge=0, le=1000, decimal_places=2)
    gross_per_period: Optional[Decimal] = Field(default=None, ge=0, le=100000, decimal_places=2)
    pay_period: Literal["month", "four_weeks", "week"] = "month"
    holiday_pay: Literal["may", "monthly"] = "may"
    # Added field: only one payer may apply the loonheffingskorting; normally the gemeente.
    loonheffingskorting_by_employer: Flag = False
    # Added field: pay per four weeks or per week, the date of the first payday (YYYY-MM-DD);
    # the next ones follow every 28 or 7 days. Absent: one payday in the first month with pay.
    first_payday: Optional[datetime.date] = Field(default=None, description=(
        "YYYY-MM-DD, for four_weeks and week pay: the first payday, in the month of start_month; the next "
        "ones follow every 28 or 7 days. Absent: the first month with pay has one payday."))

    # Added field: the last month with pay when the job stops; from the month after, no wage.
    end_month: Optional[MonthText] = Field(default=None, description=(
        "YYYY-MM, the last month with pay when the job stops (absent: the job goes on). From the month "
        "after there is no wage; holiday pay still owed is paid with the last wage."))

    # Added field: hours that vary; hours_per_week is then the fewest hours a week.
    hours_per_week_max: Optional[Decimal] = Field(default=None, ge=0, le=60, decimal_places=2, description=(
        "For hours that vary (flex, min-max or on-call contracts): the most hours a week; "
        "hours_per_week is then the fewest. Needs hours_per_week and hourly_wage. Each month of "
        "the answer then has total_low and total_high."))

    @field_validator("end_month")
    @classmethod
    def _ends_after_start(cls, value: Optional[str], info) -> Optional[str]:
        start = info.data.get("start_month")
        if value is not None and start is not None and value < start:
            raise ValueError("end_before_start")
        return value

    @model_validator(mode="after")
    def _wage_given(self) -> "JobIn":
        by_hours = self.hours_per_week is not None and self.hourly_wage is not None
        if not by_hours and self.gross_per_period is None:
            raise ValueError("wage_missing")
        if self.hours_per_week_max is not None:
            if not by_hours:
                raise ValueError("hours_max_needs_hours")
            if self.hours_per_week_max < self.hours_per_week:
                raise ValueError("hours_max_below_hours")
        return self


class ScenarioRequest(_Strict):
    start_month: Optional[MonthText] = None
    months: Whole = Field(default=12, ge=1, le=36)
    gemeente: str = Field(default="voorbeeld", max_length=64)
    household: HouseholdIn
    job: Optional[JobIn] = None
    # Added field: a couple where both partners have the right to bijstand (art. 11 lid 4 Pw):
    # the partner's own job, the same shape as `job` (which is the applicant's).
    partner_job: Optional[JobIn] = Field(default=None, description=(
        "For a couple: the partner's own job, the same shape as job (job is the applicant's; either or both "
        "may be given). Each partner's earnings get their own vrijlating, clock, loonheffing and "
        "loonheffingskorting; the gemeente counts the sum. Needs situation couple and household.partner_age. "
        "Each month of the answer then has partner_gross_wage and partner_net_wage."))
    # Added meaning: null when not known; the months are then worked out from job.start_month.
    vrijlating_months_used: Optional[Whole] = Field(default=0, ge=0, le=120, description=(
        "Months of vrijlating (art. 31 lid 2 n and r Pw) already used before start_month. null: not "
        "known; for a job that started before start_month each of its months is taken as used, as "
        "far as the rules allow (six months of onderdeel n, from the age of 27)."))
    # Added field: months of the art. 34a vrijlating already used on an earlier job (at most 12).
    vrijlating_34a_months_used: Whole = Field(default=0, ge=0, le=12, description=(
        "Months of the art. 34a vrijlating (15%, from 2027) already used before start_month on an earlier "
        "job; they count towards its twelve. Months of this job before start_month are counted without it."))
    sweep_hours: Optional[list[Annotated[Decimal, Field(ge=0, le=60, decimal_places=2)]]] = Field(
        default=None, max_length=61, description=(
            "Weekly hours to compare: the same scenario for each, with the same hourly wage and pay rhythm. "
            "The hours varied are those of job; when only the partner works (partner_job without job), "
            "those of partner_job. Needs hours_per_week and hourly_wage on that job."))
    # Added: "codes" leaves the sentences out of the explanations (code, values and law only).
    explain: Literal["text", "codes"] = "text"

    @field_validator("partner_job")
    @classmethod
    def _partner_job_for_a_couple(cls, value: Optional[JobIn], info) -> Optional[JobIn]:
        household = info.data.get("household")
        if value is not None and household is not None:
            if household.situation != "couple":
                raise ValueError("partner_job_needs_couple")
            if household.partner_age is None:  # the partner's own 27+ test (art. 31 lid 5 Pw)
                raise ValueError("partner_job_needs_partner_age")
        return value

    @field_validator("gemeente")
    @classmethod
    def _gemeente_id(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
            raise ValueError("gemeente_unknown")
        return value


class ExplanationOut(BaseModel):
    code: str
    text: str
    law: Optional[str] = None
    law_label: Optional[str] = None
    values: dict[str, object] = Field(default_factory=dict)


class ExplanationCodesOut(BaseModel):
    """An explanation for bulk use (`explain: "codes"`): the code, its values and the law."""

    code: str
    law: Optional[str] = None
    values: dict[str, object] = Field(default_factory=dict)


# The month's amounts, in the order of MonthOut (paydays comes after net_wage): the one list the
# answer, the page and the tests read them by.
MONTH_MONEY = (
    "norm", "gross_wage", "net_wage", "vrijlating", "counted_income", "bijstand", "bijstand_paid",
    "vakantietoeslag_reserved", "vakantietoeslag_paid", "holiday_pay", "holiday_pay_gross",
    "bufferbudget", "gemeente_premie", "huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag",
    "total", "total_without_job",
)


class MonthOut(BaseModel):
    month: str
    norm: Money
    gross_wage: Money
    net_wage: Money
    paydays: int
    vrijlating: Money
    counted_income: Money
    bijstand: Money
    bijstand_paid: Money
    vakantietoeslag_reserved: Money
    vakantietoeslag_paid: Money
    holiday_pay: Money
    holiday_pay_gross: Money
    bufferbudget: Money
    # Added: a local premie from the gemeente paid this month (gemeente profile).
    gemeente_premie: Money
    huurtoeslag: Money
    zorgtoeslag: Money
    kindgebonden_budget: Money
    kinderbijslag: Money
    total: Money
    total_without_job: Money
    leaves_bijstand: bool
    # Added: with a vrijlating running on 1 January 2027, the lowest and highest `total` under
    # the readings of the switch to art. 34a, in the months where they differ (else null).
    total_range_low: Optional[Money] = Field(default=None, description=(
        "With a vrijlating running on 1 January 2027: the lowest total under the readings of the switch to "
        "art. 34a, in a month where they differ; else null."))
    total_range_high: Optional[Money] = Field(default=None, description="The highest total; see total_range_low.")
    # Added: with job.hours_per_week_max, the month's total at the fewest and at the most hours.
    total_low: Optional[Money] = None
    total_high: Optional[Money] = None
    explanations: list[Union[ExplanationOut, ExplanationCodesOut]]


# The partner's wage (request field partner_job), in the order of PartnerMonthOut.
PARTNER_MONEY = ("partner_gross_wage", "partner_net_wage")


class PartnerMonthOut(MonthOut):
    """A month of an answer with partner_job: the applicant's fields, and the partner's wage.
    (Answers without partner_job keep MonthOut: they stay as they were.)"""

    partner_gross_wage: Money = Field(description="The partner's gross wage paid in this month (partner_job).")
    partner_net_wage: Money = Field(description="The partner's net wage paid in this month, after loonheffing.")


class YearEndOut(BaseModel):
    year: int
    toeslagen_settlement: Money
    income_tax_settlement: Money
    # Added: of a tax refund, the part the household keeps after the gemeente counts it as
    # income (art. 32 Pw; our reading), and when the decisions usually come.
    income_tax_kept: Optional[Money] = None
    income_tax_expected_by: Optional[str] = None
    toeslagen_decided_by: Optional[str] = None
    # Added: the yearly toetsingsinkomen the toeslagen rest on (with the job) and the one the
    # advances were based on (without the job, unless the new income was reported), and per
    # toeslag the advance, the definitive amount and the settlement (negative = pay back).
    toetsingsinkomen: Optional[Money] = None
    toetsingsinkomen_advance: Optional[Money] = None
    toeslagen: dict[str, "ToeslagYearOut"] = Field(default_factory=dict)


class ToeslagYearOut(BaseModel):
    advance: Money
    definitive: Money
    settlement: Money


YearEndOut.model_rebuild()


class SweepRow(BaseModel):
    hours_per_week: Money
    average_total: Money
    average_total_without_job: Money
    # Added: the measures of `summary` for these hours (over the months with pay), and the
    # lowest month with the job.
    average_difference: Money
    lowest_total: Money
    typical_difference: Money


class YearSummaryOut(BaseModel):
    year: int
    difference_cash: Money
    difference_after_settlements: Money


class SummaryOut(BaseModel):
    """The measures every view shows, worked out once by the rules core (rules/summary.py)."""

    typical_difference: Money
    average_difference: Money
    months_with_pay: int
    lowest_month: str
    lowest_total: Money
    lowest_cause: Optional[str] = None
    months_below_without_job: list[str]
    years: list[YearSummaryOut]


class WarningOut(BaseModel):
    code: str
    text: str
    law: Optional[str] = None
    values: dict[str, object] = Field(default_factory=dict)


class ScenarioResponse(BaseModel):
    rules_version: str
    figures_valid_from: str
    gemeente: str
    start_month: str
    # With partner_job each month is a PartnerMonthOut.
    months: list[Union[MonthOut, PartnerMonthOut]] = Field(description=(
        "The months shown, in order. With partner_job each month also has partner_gross_wage and "
        "partner_net_wage (PartnerMonthOut); the other wage fields are the applicant's, and vrijlating is "
        "both partners' together."))
    summary: Optional[SummaryOut] = None
    year_end: list[YearEndOut]
    sweep: list[SweepRow]
    warnings: list[WarningOut]


class FieldError(BaseModel):
    field: str
    message: str


class ErrorResponse(BaseModel):
    message: str
    errors: list[FieldError] = Field(default_factory=list)
