"""Local rules of a gemeente profile: minimaregelingen lost at a limit, and premies paid in their month.

The numbers are worked by hand in the comments. Shared facts (rules/data, 1 July 2026):
norm alleenstaande 21+ 1.419,46; loonheffing without korting 35,75% on the yearly wage rounded
down to a multiple of 54; vrijlating n 25% up to 285; holiday right 8% of the net wage.
"""
from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest

from rules import Household, Job, Month, Scenario, calculate, default_profiles, sweep
from rules.explanations import MONTH_CODES, WARNING_CODES
from rules.gemeente import lokaal, minimaregelingen
from rules.money import to_cents
from rules.profiles import parse_profile

JUL = Month(2026, 7)
SINGLE = Household("single", 35)


def _job(gross: str, start: Month = JUL) -> Job:
    return Job(start, gross_per_period=Decimal(gross))


def _run(gemeente: str, household: Household, job: Job | None, months: int = 6, params=None, policy=None):
    from rules import default_parameters

    scenario = Scenario(JUL, months, household, job, gemeente=gemeente)
    return calculate(scenario, params or default_parameters(), policy or default_profiles()[gemeente])


def _notices(result, code: str) -> list[dict]:
    return [w.values for w in result.warnings if w.code == code]


# --- the reading of "income" --------------------------------------------------------------------

def test_household_category():
    value = default_profiles()["amsterdam"].minimaregelingen[0].at(JUL)
    assert minimaregelingen.category(SINGLE, value) == "alleenstaande"
    assert minimaregelingen.category(Household("single_parent", 30, children=(4,)), value) == "alleenstaande_ouder"
    assert minimaregelingen.category(Household("couple", 30, 30), value) == "gehuwden"
    assert minimaregelingen.category(Household("couple", 40, 40, children=(4,)), value) == "gehuwden"
    assert minimaregelingen.category(Household("couple", 40, 40, children=(4, 12)), value) == "gehuwden_met_kind_12_17"
    assert minimaregelingen.category(Household("couple", 40, 40, children=(18,)), value) == "gehuwden"
    rotterdam = default_profiles()["rotterdam"].minimaregelingen[0].at(JUL)
    assert minimaregelingen.category(Household("couple", 40, 40, children=(13,)), rotterdam) == "gehuwden"


def test_on_bijstand_the_tested_income_is_the_norm_plus_the_vrijlating(params):
    # EUR 1.000 gross: net 642,92; bijstand 885,84 (see golden bijstand/alleenstaande_maandloon_2026).
    # Income: 642,92 + holiday pay spread 8% x 642,92 = 51,43 + 885,84 = 1.580,19. The holiday
    # right the gemeente counts (51,43) and the holiday pay spread cancel out, so the income is the
    # norm plus the vrijlating: 1.419,46 + 160,73 = 1.580,19.
    row = _run("amsterdam", SINGLE, _job("1000.00")).months[0]
    assert minimaregelingen.income(row, _job("1000.00"), params) == Decimal("1580.19")
    assert row.norm + row.vrijlating == Decimal("1580.19")


def test_pay_per_four_weeks_is_tested_as_art_32_counts_it_not_as_paid(params):
    # Golden case bijstand/ferd_vierwekenloon_2026 (Ferd), in Amsterdam from July 2026: net 772,38
    # per four weeks, counted 772,38 x 13 / 12 = 836,75 every month (Regeling par. 6), holiday
    # right 8% = 66,94, no vrijlating left; bijstand 1.419,46 - 903,69 = 515,77.
    # Income: 836,75 + holiday pay spread 8% x 836,75 = 66,94 + 515,77 = 1.419,46 in every month,
    # also in October with two paydays (as paid it would be 1.544,76 + 123,58 + 515,77 = 2.184,11,
    # far above 105% x 1.419,46 + 5,00 = 1.495,43). So the IIT is kept.
    job = Job(Month(2026, 1), pay_period="four_weeks", hours_per_week=Decimal("20"), hourly_wage=Decimal("15.00"))
    scenario = Scenario(JUL, 6, SINGLE, job, vrijlating_months_used=6, gemeente="amsterdam")
    result = calculate(scenario, params, default_profiles()["amsterdam"])
    october = result.month(Month(2026, 10))
    assert (october.paydays, october.net_wage, october.bijstand) == (2, Decimal("1544.76"), Decimal("515.77"))
    assert [minimaregelingen.income(row, job, params) for row in result.months] == [Decimal("1419.46")] * 6
    assert _notices(result, "minimaregeling_lost") == []


def test_rotterdam_two_four_weekly_paydays_in_december_do_not_cost_the_iit(params):
    # Golden case overgang_2027/nieuwe_baan_na_eerdere_34a_periode_vierwekenloon_2027: EUR 900 gross
    # per four weeks, net 575,00, counted 575 x 13 / 12 = 622,92 every month; bijstand 840,15
    # (vrijlating 34a_a). December 2027 has two paydays (3 and 31 December): paid 1.150,00.
    # Income as art. 32 counts it: 622,92 + 8% x 622,92 = 49,83 + 840,15 = 1.512,90 <= 130% x
    # 1.419,46 = 1.845,30. As paid it would be 1.150,00 + 92,00 + 840,15 = 2.082,15 > 1.845,30.
    household = Household("single_parent", 38, children=(12, 14))
    job = Job(Month(2027, 7), pay_period="four_weeks", gross_per_period=Decimal("900.00"))
    scenario = Scenario(Month(2027, 7), 9, household, job, gemeente="rotterdam", vrijlating_34a_months_used=4)
    result = calculate(scenario, params, default_profiles()["rotterdam"])
    december = result.month(Month(2027, 12))
    assert (december.paydays, december.net_wage, december.bijstand) == (2, Decimal("1150.00"), Decimal("840.15"))
    assert minimaregelingen.income(december, job, params) == Decimal("1512.90")
    assert _notices(result, "minimaregeling_lost") == []


def test_each_partners_wage_and_holiday_pay_are_counted_on_their_own(params):
    # A month made by hand: the applicant is paid per month (holiday pay in May), the partner per
    # four weeks with holiday pay paid with each wage, two paydays this month. Art. 32 counts the
    # applicant's 800,00 and the partner's 13/12 of one period: 500,00 wage and 40,00 holiday pay
    # per four weeks give 541,67 and 43,33. Income: 800,00 + 8% x 800,00 = 64,00 + 541,67 + 43,33
    # + bijstand 300,00 = 1.749,00 - not the 1.000,00 wage and 80,00 holiday pay the partner was
    # paid this month.
    from rules.model import MonthResult, PartnerMonth

    month = Month(2026, 10)
    row = MonthResult(month, norm=Decimal("2027.80"), net_wage=Decimal("800.00"), paydays=1, bijstand=Decimal("300.00"),
                      wage_counted=Decimal("1341.67"),
                      partner=PartnerMonth(net_wage=Decimal("1000.00"), paydays=2, holiday_pay=Decimal("80.00"),
                                           wage_counted=Decimal("541.67"), holiday_counted=Decimal("43.33")))
    job = Job(Month(2026, 1))
    partner_job = Job(Month(2026, 1), pay_period="four_weeks", holiday_pay="monthly")
    assert minimaregelingen.income(row, job, params, partner_job=partner_job) == Decimal("1749.00")


# --- Amsterdam: 105% for 36 months, tolerance EUR 5, EUR 350 a year ------------------------------

def test_amsterdam_a_job_whose_vrijlating_lifts_the_income_over_105_percent_costs_the_iit():
    # 1.580,19 > 105% x 1.419,46 = 1.490,43 + 5,00 = 1.495,43: crossed in July, the job's first month.
    result = _run("amsterdam", SINGLE, _job("1000.00"))
    assert _notices(result, "minimaregeling_lost") == [{
        "regeling": "individuele_inkomenstoeslag", "kind": "individuele_inkomenstoeslag", "month": JUL,
        "limit": Decimal("1490.43"), "income": Decimal("1580.19"), "yearly_value": Decimal("350.00"),
        "referteperiode_months": 36,
    }]
    assert _notices(result, "minimaregeling_history_assumed") == [{"regeling": "individuele_inkomenstoeslag", "months": 36}]
    crossed = [e.values for e in result.months[0].explanations if e.code == "minimaregeling_limit_crossed"]
    assert crossed == [{"regeling": "individuele_inkomenstoeslag", "limit": Decimal("1490.43"), "income": Decimal("1580.19")}]
    # Paid on application, month unknown: nothing is shown as paid, the totals are the law's.
    assert all(row.gemeente_premie == 0 for row in result.months + result.baseline)


def test_amsterdam_a_small_job_keeps_the_iit():
    # EUR 400 gross: 4.800 -> 88 x 54 = 4.752 x 35,75% = 1.698,84 -> 1.698 / 12 = 141,50; net 258,50.
    # Vrijlating 25% = 64,625 -> 64,63. Income 1.419,46 + 64,63 = 1.484,09 <= 1.495,43.
    result = _run("amsterdam", SINGLE, _job("400.00"))
    assert result.months[0].net_wage == Decimal("258.50")
    assert _notices(result, "minimaregeling_lost") == []


def test_amsterdam_the_tolerance_of_five_euro_decides():
    # EUR 450 gross: 5.400 = 100 x 54 x 35,75% = 1.930,50 -> 1.930 / 12 = 160,83; net 289,17.
    # Vrijlating 25% = 72,2925 -> 72,29. Income 1.419,46 + 72,29 = 1.491,75: above 1.490,43 but
    # within 1.490,43 + 5,00 = 1.495,43, so the IIT is kept.
    result = _run("amsterdam", SINGLE, _job("450.00"))
    assert result.months[0].net_wage == Decimal("289.17")
    assert _notices(result, "minimaregeling_lost") == []


def test_the_iit_does_not_apply_under_21():
    # Art. 36 lid 1 Pw: 21 or older. No IIT, so nothing to lose and nothing assumed.
    result = _run("amsterdam", Household("single", 20), _job("1000.00"))
    assert not [w for w in result.warnings if w.code.startswith("minimaregeling")]


# --- Rotterdam: 130% in each of 12 months, EUR 200 a year for an alleenstaande ------------------

def test_rotterdam_keeps_the_iit_while_on_bijstand():
    # On bijstand the income is norm + vrijlating <= 1.419,46 + 285 = 1.704,46 < 130% = 1.845,30.
    result = _run("rotterdam", SINGLE, _job("1000.00"))
    assert _notices(result, "minimaregeling_lost") == []


def test_rotterdam_a_job_off_the_bijstand_above_130_percent_costs_the_iit():
    # EUR 2.800 gross, no bijstand from July, so the employer applies the loonheffingskorting:
    # net 2.492,75 (golden gemeenten/rotterdam_iit_verloren_2026).
    # Income 2.492,75 + 8% 199,42 = 2.692,17 > 1.845,30.
    result = _run("rotterdam", SINGLE, _job("2800.00"))
    assert _notices(result, "minimaregeling_lost") == [{
        "regeling": "individuele_inkomenstoeslag", "kind": "individuele_inkomenstoeslag", "month": JUL,
        "limit": Decimal("1845.30"), "income": Decimal("2692.17"), "yearly_value": Decimal("200.00"),
        "referteperiode_months": 12,
    }]


def test_rotterdam_pay_per_four_weeks_off_the_bijstand_is_tested_as_counted(params):
    # Golden case gemeenten/rotterdam_iit_vierwekenloon_uit_de_bijstand_2026: EUR 2.600 gross per
    # four weeks, no bijstand from July, net 2.311,46 per payday; art. 32 counts 2.504,08 a month
    # also after the bijstand has ended. Income 2.504,08 + 8% 200,33 = 2.704,41 > 1.845,30 in
    # July (as paid it was 2.311,46 + 184,92 = 2.496,38), and the same in October with two paydays.
    job = Job(JUL, pay_period="four_weeks", gross_per_period=Decimal("2600.00"))
    result = _run("rotterdam", SINGLE, job)
    (lost,) = _notices(result, "minimaregeling_lost")
    assert (lost["month"], lost["income"], lost["limit"]) == (JUL, Decimal("2704.41"), Decimal("1845.30"))
    assert minimaregelingen.income(result.month(Month(2026, 10)), job, params) == Decimal("2704.41")


def test_rotterdam_couples_get_the_limit_but_no_value():
    # The sources disagree on a couple's amount, so the profile leaves it out.
    result = _run("rotterdam", Household("couple", 35, 35), _job("5000.00"))
    assert _notices(result, "minimaregeling_amount_unknown") == [{"regeling": "individuele_inkomenstoeslag"}]
    (lost,) = _notices(result, "minimaregeling_lost")
    row = result.months[0]
    assert lost["yearly_value"] is None
    assert lost["limit"] == to_cents(row.norm * Decimal("1.30"))


# --- a regeling paid in a known month, and premies (profiles made for the test) ------------------

def _profile(minimaregelingen=None, premies=None):
    return parse_profile({
        "id": "test", "name": "Test",
        "local": {"minimaregelingen": minimaregelingen or {}, "premies": premies or {}},
    }, "test profile")


def _regeling(**value):
    entry = {"income_limit": Decimal("1.05"), "referteperiode_months": 3, "payment_month": 12,
             "amounts": {"alleenstaande": 100}, "source": {"title": "test"}}
    entry.update(value)
    return {"iit": {"name": "IIT", "kind": "individuele_inkomenstoeslag", "legal_basis": {"title": "test"},
                    "values": {date(2026, 1, 1): entry}}}


def _premie(**value):
    entry = {"amount": 150, "after_months": 6, "every_months": 6,
             "conditions": {"min_hours_per_week": 20, "on_bijstand": True}, "source": {"title": "test"}}
    entry.update(value)
    return {"bijverdien": {"name": "Bijverdienpremie", "kind": "bijverdienpremie", "legal_basis": {"title": "test"},
                           "values": {date(2026, 1, 1): entry}}}


def test_a_regeling_paid_in_december_is_lost_when_a_month_of_its_referteperiode_crossed(params):
    # Paid in December when September, October and November were all within 105%. The job from
    # October (EUR 1.000 gross) crosses in October (1.580,19 > 1.490,43): no payment in the job run;
    # without the job, EUR 100 lands in December.
    policy = _profile(_regeling())
    result = _run("test", SINGLE, _job("1000.00", Month(2026, 10)), params=params, policy=policy)
    december, base = result.months[5], result.baseline[5]
    assert december.month == Month(2026, 12)
    assert (december.gemeente_premie, base.gemeente_premie) == (Decimal("0.00"), Decimal("100.00"))
    assert base.total == base.paid_parts() and Decimal("100.00") <= base.total - base.huurtoeslag - base.zorgtoeslag
    assert [e.values for e in base.explanations if e.code == "minimaregeling_paid"] == [
        {"regeling": "iit", "amount": Decimal("100.00")}]
    (lost,) = _notices(result, "minimaregeling_lost")
    assert lost["month"] == Month(2026, 10)


def test_a_crossing_in_the_payment_month_itself_does_not_count(params):
    # The referteperiode is the months before the peildatum: a job from December still gets it.
    policy = _profile(_regeling())
    result = _run("test", SINGLE, _job("1000.00", Month(2026, 12)), params=params, policy=policy)
    assert result.months[5].gemeente_premie == Decimal("100.00")
    assert _notices(result, "minimaregeling_lost")[0]["month"] == Month(2026, 12)


def test_a_monthly_value_is_shown_as_its_year(params):
    policy = _profile(_regeling(per="month", amounts={"alleenstaande": 10}))
    result = _run("test", SINGLE, None, params=params, policy=policy)
    assert result.months[5].gemeente_premie == Decimal("120.00")


def _hours_job(hours: str, start: Month = JUL) -> Job:
    # 20 h x 14,50 x 52/12 = 1.256,67 gross a month: net about 800, still on bijstand.
    return Job(start, hours_per_week=Decimal(hours), hourly_wage=Decimal("14.50"))


def test_a_bijverdienpremie_after_six_months_and_every_six_after(params):
    policy = _profile(premies=_premie())
    result = _run("test", SINGLE, _hours_job("20"), months=12, params=params, policy=policy)
    paid = {row.month: row.gemeente_premie for row in result.months if row.gemeente_premie}
    assert all(row.bijstand > 0 for row in result.months)
    assert paid == {Month(2026, 12): Decimal("150.00"), Month(2027, 6): Decimal("150.00")}
    assert all(row.gemeente_premie == 0 for row in result.baseline)
    assert [e.values for e in result.months[5].explanations if e.code == "premie_paid"] == [
        {"premie": "bijverdien", "amount": Decimal("150.00")}]


def test_a_premie_counts_the_months_of_the_job_before_the_first_shown(params):
    # The job started in April: July is its fourth month, so the sixth is September.
    policy = _profile(premies=_premie(every_months=None))
    result = _run("test", SINGLE, _hours_job("20", Month(2026, 4)), params=params, policy=policy)
    assert {row.month for row in result.months if row.gemeente_premie} == {Month(2026, 9)}


def test_no_premie_below_its_hours_or_off_the_bijstand(params):
    policy = _profile(premies=_premie())
    assert not any(r.gemeente_premie for r in _run("test", SINGLE, _hours_job("16"), 12, params, policy).months)
    # EUR 2.800 gross a month ends the bijstand: on_bijstand fails every month.
    big = Job(JUL, hours_per_week=Decimal("36"), hourly_wage=Decimal("18.00"))
    assert not any(r.gemeente_premie for r in _run("test", SINGLE, big, 12, params, policy).months)


def test_a_premie_needs_hours_we_do_not_know_when_the_wage_is_typed_per_period(params):
    policy = _profile(premies=_premie())
    result = _run("test", SINGLE, _job("1000.00"), 12, params, policy)
    assert not any(row.gemeente_premie for row in result.months)
    assert _notices(result, "premie_hours_unknown") == [{"premie": "bijverdien"}]


def test_a_premie_in_a_fixed_month(params):
    policy = _profile(premies=_premie(after_months=None, every_months=None, in_month=11, amount=75,
                                      conditions={"on_bijstand": True}))
    result = _run("test", SINGLE, _job("1000.00"), 12, params, policy)
    assert {row.month: row.gemeente_premie for row in result.months if row.gemeente_premie} == {Month(2026, 11): Decimal("75.00")}


# --- the hook's contract ---------------------------------------------------------------------------

def test_applying_twice_changes_nothing(params):
    policy = _profile(_regeling(), _premie())
    result = _run("test", SINGLE, _hours_job("20"), 12, params, policy)
    before = [(r.gemeente_premie, len(r.explanations)) for r in result.months + result.baseline]
    notices = lokaal.apply(result.scenario, result.months, result.baseline, policy, params)
    assert [(r.gemeente_premie, len(r.explanations)) for r in result.months + result.baseline] == before
    assert {n.code for n in notices} <= {w.code for w in result.warnings}


def test_paid_in_is_what_apply_puts_on_the_months(params):
    # The sweep's points and the 2027 switch's other readings take only the payments (no notices,
    # reasons or baseline): the same amounts in the same months as the result itself. A job of
    # 20 hours from July 2026 over the switch: the premie in December and June.
    policy = _profile(_regeling(), _premie())
    result = _run("test", SINGLE, _hours_job("20"), 12, params, policy)
    paid = lokaal.paid_in(result.scenario, result.months, policy, params)
    on_months = {row.month: row.gemeente_premie for row in result.months if row.gemeente_premie}
    assert {Month(2026, 12), Month(2027, 6)} <= set(on_months)
    assert {month: amount for month, amount in paid.items() if amount} == on_months


def test_the_sweep_counts_local_payments_like_the_scenario(params):
    policy = _profile(_regeling(), _premie())
    scenario = Scenario(JUL, 12, SINGLE, _hours_job("20"), gemeente="test")
    (point,) = sweep(scenario, [Decimal("20")], params, policy)
    result = calculate(scenario, params, policy)
    months = len(result.months)
    assert any(r.gemeente_premie for r in result.months) and any(r.gemeente_premie for r in result.baseline)
    assert point.average_total == to_cents(sum(r.total for r in result.months) / months)
    assert point.average_total_without_job == to_cents(sum(r.total for r in result.baseline) / months)


@pytest.mark.parametrize("gemeente, job", [
    ("amsterdam", _job("1000.00")), ("rotterdam", _job("2800.00")), ("rotterdam", _job("5000.00")), ("test", _hours_job("20")),
])
def test_every_local_code_is_declared_with_its_values(params, gemeente, job):
    policy = _profile(_regeling(), _premie()) if gemeente == "test" else None
    household = Household("couple", 35, 35) if job.gross_per_period == Decimal("5000.00") else SINGLE
    result = _run(gemeente, household, job, 12, params, policy)
    for row in result.months + result.baseline:
        for explanation in row.explanations:
            assert set(explanation.values) == set(MONTH_CODES[explanation.code]), explanation.code
    for warning in result.warnings:
        assert set(warning.values) == set(WARNING_CODES[warning.code]), warning.code


def test_settling_a_month_later_counts_the_bijstand_over_the_month(params):
    # Settled a month later, July pays a full bijstand (June had no wage) next to July's wage. The
    # bijstand over July is the one paid in August (1.419,46 - 533,62 = 885,84), so July's income
    # is 642,92 + 51,43 + 885,84 = 1.580,19 as when settled in the same month - not 642,92 + 51,43
    # + 1.419,46.
    amsterdam = default_profiles()["amsterdam"]
    raw = copy.deepcopy(amsterdam.raw)
    raw["open_terms"]["verrekenen_in"]["values"] = {date(2025, 1, 1): {"value": "volgende_maand", "source": {"title": "test"}}}
    policy = parse_profile(raw, "test")
    result = _run("amsterdam", SINGLE, _job("1000.00"), params=params, policy=policy)
    july, august = result.months[0], result.months[1]
    assert july.bijstand == Decimal("1419.46") and august.bijstand == Decimal("885.84")
    (lost,) = _notices(result, "minimaregeling_lost")
    assert (lost["month"], lost["income"]) == (JUL, Decimal("1580.19"))
