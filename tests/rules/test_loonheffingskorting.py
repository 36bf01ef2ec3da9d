"""Who applies the loonheffingskorting (Wet LB 1964 art. 23), the gross-up that follows from it
(NB2026 bijlage VI), the part of a refund over months with bijstand (art. 32 lid 1 onder b Pw)
and the refund the Belastingdienst does not pay (Wet IB 2001 art. 9.4 lid 5)."""
from decimal import Decimal as D

from rules import Household, Job, Month, Scenario, calculate
from rules.belasting import inkomstenbelasting, loonheffingskorting
from rules.belasting.loonheffingskorting import EMPLOYER, GEMEENTE
from rules.model import MonthResult
from rules.participatiewet.belastingteruggave import part_with_bijstand
from rules.toeslagen.toetsingsinkomen import gross_up_rule

JAN = Month(2026, 1)


def _rows(*bijstand):
    return [MonthResult(JAN.plus(index), bijstand=D(amount)) for index, amount in enumerate(bijstand)]


def test_the_employer_takes_over_from_the_first_month_of_the_last_run_without_bijstand():
    job = Job(JAN)
    assert loonheffingskorting.employer_from(job, _rows(500, 0, 0, 0)) == Month(2026, 2)
    # A month without bijstand between months with bijstand (two paydays, say) is not the end.
    assert loonheffingskorting.employer_from(job, _rows(500, 0, 500, 500)) is None
    assert loonheffingskorting.employer_from(job, _rows(500, 0, 500, 0, 0)) == Month(2026, 4)
    # Months before the job do not count; an employer already asked needs no switch.
    assert loonheffingskorting.employer_from(Job(Month(2026, 3)), _rows(0, 0, 0, 0)) == Month(2026, 3)
    assert loonheffingskorting.employer_from(Job(JAN, loonheffingskorting_by_employer=True), _rows(0, 0)) is None


def test_who_applies_the_korting_in_a_month():
    switched = Job(JAN, loonheffingskorting_employer_from=Month(2026, 3))
    assert loonheffingskorting.applied_by(switched, Month(2026, 2), D("100")) == GEMEENTE
    assert loonheffingskorting.applied_by(switched, Month(2026, 2), D("0")) is None  # nobody
    assert loonheffingskorting.applied_by(switched, Month(2026, 3), D("0")) == EMPLOYER
    assert loonheffingskorting.applied_by(Job(JAN, loonheffingskorting_by_employer=True), JAN, D("100")) == EMPLOYER


def test_leaving_the_bijstand_gives_the_korting_to_the_employer(params, neutral):
    """36 h x EUR 16 a month from March 2026 (golden belasting/uit_de_bijstand_korting_bij_werkgever_2026):
    net 1.604,83 without the korting, 2.311,83 with it (AHK 3.104 + AK 5.380 on the table wage
    29.916: tax 2.210 a year, 184,17 a month)."""
    job = Job(Month(2026, 3), hours_per_week=D("36"), hourly_wage=D("16"))
    result = calculate(Scenario(JAN, 12, Household("single", 35), job), params, neutral)
    march = result.month("2026-03")
    assert (march.bijstand, march.net_wage) == (D("0"), D("2311.83"))
    assert [r.net_wage for r in result.months[2:]] == [D("2311.83")] * 10
    codes = [e.code for e in march.explanations]
    assert "loonheffing_korting_after_bijstand" in codes and "loonheffing_without_korting" not in codes
    asks = [w for w in result.warnings if w.code == "ask_employer_loonheffingskorting"]
    assert [w.values["month"] for w in asks] == [Month(2026, 3)]


def test_a_job_that_keeps_the_bijstand_leaves_the_korting_with_the_gemeente(params, neutral):
    job = Job(JAN, hours_per_week=D("12"), hourly_wage=D("15"))
    result = calculate(Scenario(JAN, 12, Household("single", 35), job), params, neutral)
    assert all(r.bijstand > 0 and r.net_wage == D("501.75") for r in result.months)
    assert "ask_employer_loonheffingskorting" not in [w.code for w in result.warnings]
    assert all("loonheffing_without_korting" in [e.code for e in r.explanations] for r in result.months)


def test_gross_up_without_the_korting(params):
    """NB2026 bijlage VI: without the korting the gemeente withholds 35,75% of the gross:
    754,10 / 64,25% = 1.173,70; with it (754,10 - 259,58) / 64,25% = 769,68."""
    rule = gross_up_rule(2026, params)
    assert rule.gross(D("754.10"), with_korting=False) == D("1173.70")
    assert rule.gross(D("754.10")) == D("769.68")


def test_a_refund_over_months_with_bijstand():
    """Art. 32 lid 1 onder b Pw, from where the kortingen were applied (not by counting months)."""
    ahk_month = D("3115") / 12
    # Two months of bijstand without work, the gemeente gave the AHK share; ten months of work,
    # the employer applied the korting: nothing of the refund relates to the bijstand months.
    months = [(2, True, GEMEENTE, D("0"), ahk_month, D("1401.50")), (10, False, EMPLOYER, D("2496"), D("739.17"), D("0"))]
    assert part_with_bijstand(D("755.30"), months, D("3115"), D("5212")) == 0
    # A whole year of bijstand with a job without korting: the arbeidskorting (806) was left
    # unapplied in months with bijstand, so the refund counts up to that amount.
    months = [(12, True, GEMEENTE, D("780"), ahk_month, D("700"))]
    assert part_with_bijstand(D("700.00"), months, D("3115"), D("806")) == D("700.00")
    assert part_with_bijstand(D("900.00"), months, D("3115"), D("806")).quantize(D("0.01")) == D("806.00")
    # Art. 19 lid 2: a month's bijstand never goes below zero, so a month gives back at most its
    # own bijstand (here EUR 40 a month of the EUR 67,17 unapplied: 12 x 40 = 480).
    months = [(12, True, GEMEENTE, D("780"), ahk_month, D("40"))]
    assert part_with_bijstand(D("900.00"), months, D("3115"), D("806")) == D("480")
    # Months of bijstand in which nothing was left unapplied do not raise that limit.
    months = [(3, True, GEMEENTE, D("0"), ahk_month, D("1401.50")), (9, True, GEMEENTE, D("780"), ahk_month, D("40"))]
    assert part_with_bijstand(D("900.00"), months, D("3115"), D("806")) == D("360")
    # After the bijstand nobody applied the AHK: that part of the refund is the person's.
    months = [(6, True, GEMEENTE, D("0"), ahk_month, D("1401.50")), (6, False, None, D("0"), D("0"), D("0"))]
    assert part_with_bijstand(D("1557.50"), months, D("3115"), D("0")) == 0


def test_a_refund_of_at_most_18_euros_is_not_paid(params):
    """Wet IB 2001 art. 9.4 lid 5 (2026): EUR 18."""
    assert inkomstenbelasting.paid_out(D("0.60"), 2026, params) == 0
    assert inkomstenbelasting.paid_out(D("18.00"), 2026, params) == 0
    assert inkomstenbelasting.paid_out(D("18.01"), 2026, params) == D("18.01")
    assert inkomstenbelasting.paid_out(D("-0.60"), 2026, params) == D("-0.60")  # a payment stays


def test_no_clawback_warning_for_a_refund_that_is_not_paid(params, neutral):
    result = calculate(Scenario(JAN, 12, Household("single", 35)), params, neutral)
    assert result.year_end[0].income_tax_settlement == 0
    assert "tax_refund_clawback_reading" not in [w.code for w in result.warnings]


def test_the_sweep_gives_the_same_months_as_the_scenario_after_the_exit(params, neutral):
    """The sweep takes the short way for the months after the bijstand (net wage and holiday pay
    with the korting); its totals must equal the scenario worked out in full."""
    from rules.money import to_cents
    from rules.scenario import sweep

    for hours, period, holiday in (("36", "month", "may"), ("40", "four_weeks", "may"), ("40", "week", "monthly")):
        job = Job(Month(2026, 3), period, holiday, D(hours), D("16"))
        scenario = Scenario(JAN, 18, Household("single", 35), job)
        result = calculate(scenario, params, neutral)
        assert any(w.code == "ask_employer_loonheffingskorting" for w in result.warnings)
        (point,) = sweep(scenario, [D(hours)], params, neutral)
        totals = [row.total for row in result.months]
        assert point.average_total == to_cents(sum(totals) / len(totals)), (hours, period, holiday)
        assert point.lowest_total == min(totals)


def test_the_holiday_right_with_the_korting_names_the_fixed_deduction_of_the_table(params, neutral):
    """Regeling Participatiewet art. 11 (rules/data/participatiewet/vakantietoeslag.yaml): with the
    employer's korting the holiday right is a percentage of the net wage minus a fixed amount, e.g.
    8% minus EUR 2,67 from EUR 1.059,26. Golden case uitstroom/uitstroom_vrijlating_op_maandloon_2026:
    from April 2026 the net wage is EUR 2.034,00 and the right 8% x 2.034,00 - 2,67 = 160,05. The
    reason must not say "8% of your net wage" (162,72) without the deduction. Without the korting
    (Regeling art. 13) it is a plain 8%."""
    plain = Scenario(
        start_month=Month(2026, 1), months=4, household=Household(situation="single", age=40),
        job=Job(start_month=Month(2026, 1), gross_per_period=D("2100.00"), pay_period="month", holiday_pay="may"),
        vrijlating_months_used=3,
    )
    result = calculate(plain, params, neutral)
    march = {item.code: item.values for item in result.month(Month(2026, 3)).explanations}
    april = {item.code: item.values for item in result.month(Month(2026, 4)).explanations}
    assert march["holiday_right_counted"] == {"amount": D("108.03"), "share": D("0.08")}
    assert "holiday_right_counted" not in april
    assert april["holiday_right_counted_table"] == {"amount": D("160.05"), "share": D("0.08"), "deduction": D("2.67")}
