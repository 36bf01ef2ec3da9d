"""The month loop: each month's steps in the order of the law.

The norm (art. 20-22a Pw, from the month facts), the wage as it is paid (rules/loon.py), the
income the gemeente counts for the month (art. 32, Regeling par. 6, participatiewet/verrekening.py),
the vrijlating (art. 31 lid 2, from 2027 art. 34a, participatiewet/vrijlating.py), the bijstand as
norm minus counted income, never below zero (art. 19 lid 2, participatiewet/bijstand.py), its
vakantietoeslag part and payout (art. 19 lid 3, art. 45, participatiewet/vakantietoeslag.py) and
the bufferbudget (art. 34b, participatiewet/bufferbudget.py). What the loop carries from month to
month is one State.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from .explanations import USED_UP_REASONS
from .loon import NO_PAY, pay_in_month
from .model import Explanation, Household, Job, MonthResult, PartnerMonth
from .money import ZERO
from .month_facts import MonthFacts
from .months import Month
from .parameters import LegalRef, ParameterSet
from .participatiewet import bijstand, bufferbudget, vakantietoeslag, verrekening
from .participatiewet.vrijlating import (
    COUNTED, Clock, Outcome, advance_clock, after_the_job, enter_art34a, no_bijstand_left, not_applied, vrijlating,
)


@dataclass
class Earner:
    """The partner's job (Scenario.partner_job) as the loop carries it. The vrijlating is the
    person's own (art. 31 lid 2 onder n and lid 5 until 2026, art. 34a lid 1 and 3 from 2027:
    "degene die", "deze persoon"; docs/assumptions.md), so it has its own clock, and its own
    employer: the holiday pay built up there. The applicant's are State.clock and holiday_bank."""

    job: Job
    household: Household  # the household as the vrijlating reads it for this person: their own age
    clock: Clock
    holiday_bank: Decimal = ZERO

    def copy(self) -> "Earner":
        return dataclasses.replace(self, clock=dataclasses.replace(self.clock, history=list(self.clock.history)))


@dataclass
class State:
    """What the month loop carries from one month to the next."""

    clock: Clock
    entered_34a: bool = False
    vt_reserve: Decimal = ZERO  # the bijstand's vakantietoeslag kept since the last payout (art. 45)
    holiday_right_bank: Decimal = ZERO  # under "beschikking": the holiday right netted with the reserve
    holiday_bank: Decimal = ZERO  # the employer's holiday pay built up, not yet paid
    previous_attributed: Decimal = ZERO  # income of the month before, for settling a month later
    previous_month: Month | None = None
    was_on_bijstand: bool = True
    # The month the saved vakantietoeslag was paid because the bijstand stopped, until the next June.
    vt_paid_on_leaving: Month | None = None
    buffer_used: dict = dataclasses.field(default_factory=dict)  # bufferbudget paid per calendar year
    # Months of the job before the window that got no vrijlating (vrijlating_months_used).
    no_vrijlating_before: Month | None = None
    transition: str = COUNTED  # the reading of the switch to art. 34a (the same for both partners)
    partner: Earner | None = None  # the partner's job, when the partner works too

    def copy(self) -> "State":
        clock = dataclasses.replace(self.clock, history=list(self.clock.history))
        partner = None if self.partner is None else self.partner.copy()
        return dataclasses.replace(self, clock=clock, buffer_used=dict(self.buffer_used), partner=partner)



def run_months(household: Household, job: Job | None, params: ParameterSet, facts: list[MonthFacts],
               state: State, explain: bool, work: list | None = None, keep_work: list | None = None,
               totals_only: bool = False) -> list:
    """One pass over `facts`, from `state` (which it moves on). The wage of a month and what the
    gemeente counts of it do not depend on the vrijlating: `keep_work` collects them per month,
    `work` gives them back (the other readings of the 2027 switch). `totals_only`: the cash
    from work and bijstand of each month instead of its MonthResult. `job` is the applicant's;
    the partner's job, if any, is `state.partner`."""
    clock = state.clock
    entered_34a = state.entered_34a
    vt_reserve, holiday_right_bank, holiday_bank = state.vt_reserve, state.holiday_right_bank, state.holiday_bank
    previous_attributed, previous_month_label = state.previous_attributed, state.previous_month
    was_on_bijstand, vt_paid_on_leaving = state.was_on_bijstand, state.vt_paid_on_leaving
    buffer_used = state.buffer_used
    no_vrijlating_before = state.no_vrijlating_before
    partner = state.partner
    rows: list[MonthResult] = []
    pay_memo: dict = {}
    partner_memo: dict = {}
    partner_pay = NO_PAY
    partner_outcome = None

    for index, fact in enumerate(facts):
        month = fact.month
        norm_amount = fact.norm
        reasons: list[Explanation] = list(fact.norm_explanations) if explain else []

        working = job is not None and job.runs_in(month)
        if explain and job is not None and job.end_month is not None and month == job.end_month.plus(1):
            reasons.append(after_the_job(clock, household, job.end_month, fact.vrijlating))
        if work is None:
            pay = pay_in_month(job, month, fact.pay, params, holiday_bank, pay_memo)
            counted_wage = verrekening.counted_wage(pay, job, fact.method, fact.method_legal)
            right = verrekening.holiday_right(counted_wage.wage, job, fact.holiday_right)
            partner_work = None if partner is None else _partner_work(partner, fact, params, partner_memo)
            if keep_work is not None:
                keep_work.append((pay, counted_wage, right, partner_work))
        else:
            pay, counted_wage, right, partner_work = work[index]
        if working:
            if job.holiday_pay == "may":
                holiday_bank = ZERO if pay.holiday_gross > 0 else holiday_bank + pay.holiday_accrued_gross
            if explain:
                reasons.append(Explanation("wage_paid", {"paydays": pay.paydays, "gross": pay.gross, "net": pay.net}))
                if pay.paydays >= 2 and job.pay_period == "four_weeks":
                    reasons.append(Explanation("two_paydays", {"paydays": pay.paydays}))
                reasons.append(LOONHEFFING_WITH_KORTING if job.loonheffingskorting_by_employer else LOONHEFFING_WITHOUT_KORTING)

        method = fact.method
        wage_counted = counted_wage.wage
        if explain and working:
            reasons.extend(counted_wage.explanations)

        if not entered_34a and fact.art34a:
            enter_art34a(clock, job, month, state.transition)
            if partner is not None:  # the same reading of the switch for both partners
                enter_art34a(partner.clock, partner.job, month, state.transition)
            entered_34a = True
        if wage_counted > 0 and fact.income_carried:
            params.record(fact.income_carried)  # the vrijlating and holiday-right figures are used now
        if no_vrijlating_before is not None and month < no_vrijlating_before and not fact.art34a:
            outcome = not_applied()
        else:
            outcome = vrijlating(wage_counted, month, household, clock, fact.vrijlating)
        right_amount = right.amount
        if method == "toerekening":
            if explain and right.share is not None:
                reasons.append(right.explanation)
        else:
            holiday_right_bank += right_amount
            right_amount = ZERO
        income = wage_counted + counted_wage.holiday + right_amount
        freed = outcome.amount
        if partner is not None:
            # Art. 19 lid 2 and art. 32 lid 1: the household's income is both partners' income;
            # each partner's own vrijlating is taken off their own wage.
            partner_pay, partner_counted, partner_right = partner_work
            partner_wage = partner_counted.wage
            partner_right_amount = partner_right.amount
            if method != "toerekening":
                holiday_right_bank += partner_right_amount
                partner_right_amount = ZERO
            if partner_wage > 0 and fact.partner.income_carried:
                params.record(fact.partner.income_carried)
            partner_outcome = vrijlating(partner_wage, month, partner.household, partner.clock,
                                         None if fact.partner is None else fact.partner.vrijlating)
            wage_counted += partner_wage
            right_amount += partner_right_amount
            income += partner_wage + partner_counted.holiday + partner_right_amount
            freed += partner_outcome.amount
        # A vrijlating only counts (and uses up a month of its clock) in a month with bijstand:
        # when the income leaves no bijstand even with it (both partners' vrijlating taken off),
        # the month is not used.
        used = outcome.rule is not None and norm_amount - (income - freed) > 0
        if outcome.rule is not None and not used:
            outcome = no_bijstand_left(outcome)
        if explain and working:
            reasons.append(outcome.explanation)
        attributed = income - outcome.amount
        if partner is not None:
            partner_used = partner_outcome.rule is not None and norm_amount - (income - freed) > 0
            if partner_outcome.rule is not None and not partner_used:
                partner_outcome = no_bijstand_left(partner_outcome)
            attributed -= partner_outcome.amount
            advance_clock(partner.clock, partner_outcome, month, partner.job, used=partner_used)
            partner.holiday_bank = _holiday_bank_after(partner.holiday_bank, partner_pay, partner.job, month)
            if explain:
                reasons.extend(_partner_reasons(partner, fact, month, partner_pay, partner_counted, partner_right,
                                                partner_outcome, method))

        if fact.settle_next_month:  # the gemeente's choice: a month's income settled in the next
            counted = previous_attributed
            if explain and counted > 0 and previous_month_label is not None:
                reasons.append(Explanation("counted_next_month", {"amount": counted, "from_month": previous_month_label}))
        else:
            counted = attributed
        previous_attributed, previous_month_label = attributed, month
        advance_clock(clock, outcome, month, job, used=used)

        amount = bijstand.of_month(norm_amount, counted)  # art. 19 lid 2
        reserved = vakantietoeslag.part_of(amount, fact.vt_share)  # art. 19 lid 3
        bijstand_paid = amount - reserved
        leaving = amount == 0 and was_on_bijstand
        if explain:
            if amount == 0 and not was_on_bijstand:
                # After leaving there is no bijstand to take the wage off: that the vrijlating
                # is over (either partner's) no longer explains the month; 'no_bijstand' does.
                reasons[:] = [reason for reason in reasons if reason.code not in USED_UP_REASONS]
            reasons.append(bijstand.explanation(norm_amount, counted, amount, was_on_bijstand))
            if amount > 0:
                reasons.append(Explanation("vakantietoeslag_reserved", {"amount": reserved}, fact.vt_legal))

        vt_paid = ZERO
        if fact.vt_payout_month or leaving:  # art. 45 lid 1
            vt_paid = vakantietoeslag.payout(vt_reserve, holiday_right_bank, leaving, fact.vt_legal,
                                             reasons if explain else None)
            vt_reserve, holiday_right_bank = ZERO, ZERO
        if fact.vt_payout_month:
            # Art. 45 lid 1: paid when the bijstand ended, so nothing is left for June.
            if explain and vt_paid_on_leaving is not None and not leaving:
                code = "vakantietoeslag_paid_earlier" if vt_paid == 0 else "vakantietoeslag_partly_paid_earlier"
                reasons.append(Explanation(code, {"month": vt_paid_on_leaving}, fact.vt_legal))
            vt_paid_on_leaving = None
        elif leaving and vt_paid > 0:
            vt_paid_on_leaving = month
        # This month's own part is paid next June (or when the bijstand ends).
        vt_reserve += reserved
        was_on_bijstand = amount > 0

        if explain and pay.holiday_net > 0 and working and job.holiday_pay == "may":
            reasons += _holiday_pay_reasons(pay, month == job.end_month)

        buffer_payment = ZERO
        someone_works = working or (partner is not None and partner.job.runs_in(month))
        if someone_works and amount > 0 and fact.bufferbudget_on:  # art. 34b: one budget per household
            year = month[0]
            used_this_year = buffer_used.get(year, ZERO)
            buffer_payment, maximum = bufferbudget.payment(norm_amount, fact.vt_share, _cash(pay, partner_pay, bijstand_paid),
                                                           used_this_year, month, params)
            if buffer_payment > 0:
                buffer_used[year] = used_this_year + buffer_payment
                if explain:
                    reasons.append(bufferbudget.explanation(buffer_payment, buffer_used[year], maximum, month, params))
        if totals_only:
            cash = pay.net + pay.holiday_net + bijstand_paid + vt_paid + buffer_payment
            rows.append(cash if partner is None else cash + partner_pay.net + partner_pay.holiday_net)
        else:
            row = MonthResult(
                month, norm_amount, pay.gross, pay.net, pay.paydays, outcome.amount, outcome.rule, counted, amount,
                bijstand_paid, reserved, vt_paid, pay.holiday_gross, pay.holiday_net, buffer_payment,
                leaves_bijstand=leaving, explanations=reasons, wage_counted=wage_counted,
                holiday_right_counted=right_amount, holiday_counted=counted_wage.holiday,
                counted_from_before=counted - attributed,
                vrijlating_code=outcome.code if working else None,
            )
            if partner is not None:
                _put_partner(row, partner, partner_pay, partner_counted, partner_outcome, month, working)
            rows.append(row)
    state.entered_34a = entered_34a
    state.vt_reserve, state.holiday_right_bank, state.holiday_bank = vt_reserve, holiday_right_bank, holiday_bank
    state.previous_attributed, state.previous_month = previous_attributed, previous_month_label
    state.was_on_bijstand, state.vt_paid_on_leaving = was_on_bijstand, vt_paid_on_leaving
    return rows


def _cash(pay, partner_pay, bijstand_paid: Decimal) -> Decimal:
    """What lands on the account from work (both partners') and bijstand in the month."""
    return pay.net + pay.holiday_net + partner_pay.net + partner_pay.holiday_net + bijstand_paid


def _partner_work(partner: Earner, fact: MonthFacts, params: ParameterSet, memo: dict) -> tuple:
    """The partner's pay of the month, the net wage the gemeente counts of it and the holiday
    right counted with it: the same rules as the applicant's wage, on the partner's own job."""
    job, figures = partner.job, fact.partner
    if figures is None:  # before the partner's job
        return NO_PAY, _NOTHING_COUNTED, _NO_RIGHT
    pay = pay_in_month(job, fact.month, figures.pay, params, partner.holiday_bank, memo)
    counted = verrekening.counted_wage(pay, job, fact.method, fact.method_legal)
    return pay, counted, verrekening.holiday_right(counted.wage, job, figures.holiday_right)


def _holiday_bank_after(bank: Decimal, pay, job: Job, month) -> Decimal:
    """The employer's holiday pay built up and not yet paid, after `month` (paid once a year)."""
    if job.holiday_pay != "may" or not job.runs_in(month):
        return bank
    return ZERO if pay.holiday_gross > 0 else bank + pay.holiday_accrued_gross


def _wage_reasons(pay, job: Job) -> list[Explanation]:
    """The reasons next to a wage (the applicant's are made in the loop itself, the same way)."""
    reasons = [Explanation("wage_paid", {"paydays": pay.paydays, "gross": pay.gross, "net": pay.net})]
    if pay.paydays >= 2 and job.pay_period == "four_weeks":
        reasons.append(Explanation("two_paydays", {"paydays": pay.paydays}))
    reasons.append(LOONHEFFING_WITH_KORTING if job.loonheffingskorting_by_employer else LOONHEFFING_WITHOUT_KORTING)
    return reasons


def _holiday_pay_reasons(pay, at_end: bool) -> list[Explanation]:
    if at_end:  # Wml art. 17 lid 3: all holiday pay built up, at the end
        paid = Explanation("holiday_pay_paid_at_end", {"gross": pay.holiday_gross, "net": pay.holiday_net}, WML_ART_17_LID_3)
    else:
        paid = Explanation("holiday_pay_paid", {"gross": pay.holiday_gross, "net": pay.holiday_net})
    return [paid, Explanation("holiday_pay_not_counted", {"net": pay.holiday_net})]


def _partner_reasons(partner: Earner, fact: MonthFacts, month, pay, counted, right, outcome: Outcome,
                     method: str) -> list[Explanation]:
    """The reasons of the partner's month: the applicant's reasons, each under its own code with
    "partner_" before it (rules/explanations.py: PARTNER_CODES), so a sentence can say "je partner"."""
    job = partner.job
    reasons: list[Explanation] = []
    if job.end_month is not None and month == job.end_month.plus(1):
        reasons.append(after_the_job(partner.clock, partner.household, job.end_month,
                                     None if fact.partner is None else fact.partner.vrijlating))
    if job.runs_in(month):
        reasons.extend(_wage_reasons(pay, job))
        reasons.extend(counted.explanations)
        if method == "toerekening" and right.share is not None:
            reasons.append(right.explanation)
        reasons.append(outcome.explanation)
        if pay.holiday_net > 0 and job.holiday_pay == "may":
            reasons.extend(_holiday_pay_reasons(pay, month == job.end_month))
    return [Explanation(PARTNER + reason.code, reason.values, reason.legal) for reason in reasons]


def _put_partner(row: MonthResult, partner: Earner, pay, counted, outcome: Outcome, month,
                 applicant_works: bool) -> None:
    """The partner's wage on the month (as paid and as counted); `vrijlating` becomes the
    household's (both partners'), and the rule and code are the partner's when only the partner works."""
    runs = partner.job.runs_in(month)
    row.partner = PartnerMonth(pay.gross, pay.net, pay.paydays, pay.holiday_gross, pay.holiday_net, outcome.amount,
                               outcome.rule, outcome.code if runs else None, counted.wage, counted.holiday)
    row.vrijlating += outcome.amount
    if not applicant_works and runs:
        row.vrijlating_rule, row.vrijlating_code = outcome.rule, outcome.code


# "Bij het einde van de dienstbetrekking wordt aan de werknemer het bedrag aan vakantiebijslag
# uitbetaald, waarop hij op dat tijdstip recht heeft verworven." (Wml art. 17 lid 3, toestand 2026-01-01)
WML_ART_17_LID_3 = LegalRef(
    "Wet minimumloon en minimumvakantiebijslag", "17",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=17&z=2026-01-01&g=2026-01-01", lid="3")

# Reasons without numbers: one object each, shared by every month (nobody changes an Explanation).
LOONHEFFING_WITH_KORTING = Explanation("loonheffing_with_korting")
LOONHEFFING_WITHOUT_KORTING = Explanation("loonheffing_without_korting")
PARTNER = "partner_"  # the code of a reason about the partner's job: "partner_" + the applicant's code
_NOTHING_COUNTED = verrekening.counted_wage(NO_PAY, None, "toerekening", None)
_NO_RIGHT = verrekening.holiday_right(ZERO, None, None)
