"""Every explanation and warning code the core can produce, with the values it carries.

The web layer has a sentence for each (app/presenters/explain.py); a test checks both lists match.
"""
from __future__ import annotations

# The months of a vrijlating are over: its own months, or (from 2027) those of art. 31 counted.
USED_UP = frozenset({"vrijlating_used_up", "vrijlating_used_up_at_switch"})
# The same as a month's reason, either partner's (a reason about the partner's job: "partner_" + code).
USED_UP_REASONS = USED_UP | {"partner_" + code for code in USED_UP}
# June's reason when the vakantietoeslag (or part of it) was paid when the bijstand stopped.
PAID_EARLIER = frozenset({"vakantietoeslag_paid_earlier", "vakantietoeslag_partly_paid_earlier"})

MONTH_CODES: dict[str, tuple[str, ...]] = {
    "norm_single": ("norm",),
    "norm_single_parent": ("norm",),
    "norm_couple": ("norm",),
    "norm_youth": ("norm",),
    "norm_couple_youth": ("norm",),
    "norm_couple_one_young": ("norm",),
    "norm_youth_raised": ("norm", "increase", "maximum"),
    "norm_kostendeler": ("norm", "persons", "min_age"),
    "norm_kostendeler_under_27": ("norm", "persons", "min_age"),
    "norm_youth_no_kostendelers": ("age", "min_age"),
    "norm_kostendeler_couple": ("norm", "per_person", "persons", "min_age"),
    "norm_kostendeler_young_partner": ("norm", "per_person", "young_partner", "persons", "min_age"),
    # a spouse counted from 21 (art. 22a lid 1) is younger than the housemates' 27 (art. 19a lid 1)
    "norm_kostendeler_couple_under_27": ("norm", "per_person", "persons", "min_age"),
    "norm_kostendeler_young_partner_under_27": ("norm", "per_person", "young_partner", "persons", "min_age"),
    "norm_kostendeler_young_self": ("norm", "per_person", "young_partner", "persons", "min_age"),
    "wage_paid": ("paydays", "gross", "net"),
    "two_paydays": ("paydays",),
    "no_payday": (),
    "loonheffing_without_korting": (),
    "loonheffing_with_korting": (),
    "loonheffing_korting_nobody": (),
    "loonheffing_korting_after_bijstand": (),
    "counted_spread": ("periods", "per_period", "amount", "paydays"),
    "counted_when_paid": ("paydays", "amount"),
    "holiday_right_counted": ("amount", "share"),
    "holiday_right_counted_table": ("amount", "share", "deduction"),  # Regeling art. 11: minus a fixed amount
    "vrijlating_n": ("share", "amount", "maximum", "month_number", "max_months"),
    "vrijlating_r": ("share", "amount", "maximum", "month_number", "max_months"),
    "vrijlating_y": ("share", "amount", "maximum"),
    "vrijlating_34a": ("share", "amount", "month_number", "max_months"),
    "vrijlating_34a_b": ("share", "amount"),
    "vrijlating_used_up": ("max_months",),
    "vrijlating_used_up_at_switch": (),  # art. 34a: the art. 31 months counted already fill its twelve
    "vrijlating_under_27": ("age",),
    "vrijlating_none_no_income": (),
    "vrijlating_not_needed": (),
    "counted_next_month": ("amount", "from_month"),
    "bijstand": ("norm", "counted", "bijstand"),
    "bijstand_full": ("norm",),
    "bijstand_ends": ("counted", "norm"),
    "no_bijstand": ("counted", "norm"),
    "vakantietoeslag_reserved": ("amount",),
    "vakantietoeslag_paid": ("amount",),
    "vakantietoeslag_paid_on_leaving": ("amount",),
    "vakantietoeslag_paid_earlier": ("month",),  # June: it was paid when the bijstand stopped
    "vakantietoeslag_partly_paid_earlier": ("month",),  # June: part of it was paid then
    "vakantietoeslag_reduced_by_holiday_right": ("amount",),
    "holiday_pay_paid": ("gross", "net"),
    "holiday_pay_not_counted": ("net",),
    "bufferbudget": ("amount", "remaining", "maximum"),
    "below_without_job": ("difference",),
    # toeslagen (issue 3)
    "toeslag_advance": ("toeslag", "amount", "income"),
    "kinderbijslag_paid": ("amount", "quarter", "children"),
}

WARNING_CODES: dict[str, tuple[str, ...]] = {
    # one per group of figures and date of the values (rules/figures.py): the first figure, all of
    # them, that date, the first month shown that uses them
    "figures_outdated": ("parameter", "parameters", "since", "month"),
    "figures_provisional": ("parameter", "parameters", "since", "month"),
    "vrijlating_assumed": (),
    "vrijlating_2027_transition": ("first_month", "last_month"),
    "first_pay_in_january": ("difference", "month"),
    "verrekening_2027_open": (),
    "vakantietoeslag_saved_estimated": ("months", "amount"),
    "ages_fixed": (),
    "four_weekly_week_53": ("year", "gross"),
    "toeslagen_not_included": (),
    "youth_norm_extra_possible": (),
    "wage_below_minimum": ("hourly_wage", "minimum"),
    # toeslagen and the settlement after the year (issue 3)
    "toeslagen_advance_without_job": (),
    "year_partly_assumed": ("year", "months_shown"),
    "huurtoeslag_figures_unconfirmed": ("parameters",),
    "huurtoeslag_medebewoners_income_unknown": (),
    "huurtoeslag_not_modelled": ("year",),
    "tax_refund_clawback_reading": ("year", "refund", "kept", "asked_back"),  # asked_back: no bijstand left to take it off
    "minimaregeling_unconfirmed": ("regeling",),
    "single_with_children_is_single_parent": (),
    "ask_employer_loonheffingskorting": ("month",),
}

# who is who in the household (art. 4, 19a, 20 lid 3, 24a Pw) and the AOW age
WARNING_CODES.update({
    "adult_child_is_kostendeler": ("min_age",),
    "single_parent_without_young_children": (),
    "youth_norm_raised": (),
    "aow_age_in_window": ("age",),
})

# gemeente profiles: minimaregelingen and premies (issue 6, rules/gemeente/)
MONTH_CODES.update({
    "minimaregeling_limit_crossed": ("regeling", "limit", "income"),
    "minimaregeling_paid": ("regeling", "amount"),
    "premie_paid": ("premie", "amount"),
})
WARNING_CODES.update({
    "minimaregeling_lost": ("regeling", "kind", "month", "limit", "income", "yearly_value", "referteperiode_months"),
    "minimaregeling_history_assumed": ("regeling", "months"),
    "minimaregeling_amount_unknown": ("regeling",),
    "premie_hours_unknown": ("premie",),
})

# a job that ends inside the months shown (Job.end_month)
MONTH_CODES.update({
    "job_ended": ("month",),
    "job_ended_n_left": ("month", "months_left", "max_months"),
    "job_ended_34a_runs_on": ("month", "until"),
    "holiday_pay_paid_at_end": ("gross", "net"),
})
WARNING_CODES.update({
    "job_end_apply_again": ("month",),
})

# hours that vary (Job.hours_per_week_max, rules/uren.py)
WARNING_CODES.update({
    "hours_vary": (),
    "hours_vary_settled_later": (),
})

# Why the lowest month falls short of an ordinary month (rules/summary.py: low_cause), in the
# order of the law; of two equal shares the first is named. The month's own explanation codes name
# the rule that took the money where there is one; the others name a payment the month lacks.
LOW_CAUSES: tuple[str, ...] = (
    "bijstand_ends",  # the counted income is above the norm: no bijstand (art. 19 lid 2)
    "vrijlating_used_up",  # the months of the vrijlating are over (art. 31 lid 2, art. 34a)
    "vrijlating_lower",  # another, lower vrijlating applies (art. 31 lid 2 onder r after n)
    "counted_next_month",  # the gemeente counts last month's wage now (art. 32, its practice)
    "counted_spread",  # the wage counted spread over the year is more than paid (art. 32)
    "holiday_right_counted",  # the holiday right counted before it is paid (Regeling art. 11)
    "counted_more_than_paid",  # the two above together
    "less_wage",  # less wage paid, so less of it freed or kept
    # still on bijstand, unlike an ordinary month: the gemeente, not the employer, applies the
    # loonheffingskorting, so the net wage is lower (Wet LB 1964 art. 23: one payer applies it)
    "loonheffingskorting_gemeente",
    "less_bijstand",  # a lower norm
    "no_holiday_money",  # no holiday pay this month
    "vakantietoeslag_lower",  # less vakantietoeslag: it is a share of the (lower) bijstand (art. 19 lid 3)
    "vakantietoeslag_paid_earlier",  # (part of) it was paid when the bijstand stopped (art. 45 lid 1)
    "less_toeslagen",
    "no_kinderbijslag",  # paid once a quarter
    "no_gemeente_payment",  # no bufferbudget or premie this month
    "other",
)

# The partner's job (Scenario.partner_job, rules/month_loop.py): the same reasons about work,
# each under "partner_" + its code, so a sentence can say "je partner" (the numbers are the same).
PARTNER_CODES: tuple[str, ...] = (
    "wage_paid", "two_paydays", "loonheffing_without_korting", "loonheffing_with_korting",
    "loonheffing_korting_nobody", "loonheffing_korting_after_bijstand", "counted_spread", "counted_when_paid",
    "holiday_right_counted", "holiday_right_counted_table", "vrijlating_n", "vrijlating_34a", "vrijlating_used_up",
    "vrijlating_used_up_at_switch", "vrijlating_under_27",
    "vrijlating_none_no_income", "vrijlating_not_needed", "holiday_pay_paid", "holiday_pay_paid_at_end",
    "holiday_pay_not_counted", "job_ended", "job_ended_n_left", "job_ended_34a_runs_on",
)
MONTH_CODES.update({f"partner_{code}": MONTH_CODES[code] for code in PARTNER_CODES})
WARNING_CODES.update({
    "partner_ask_employer_loonheffingskorting": ("month",),
    "partner_wage_below_minimum": ("hourly_wage", "minimum"),
    "partner_four_weekly_week_53": ("year", "gross"),
    "partner_job_end_apply_again": ("month",),
    "partner_first_pay_in_january": ("difference", "month"),
})
