"""Toeslagen: toetsingsinkomen, zorgtoeslag, huurtoeslag, kindgebonden budget, the settlement.

Golden values come from official figures (NB2026 bijlage VII, the Rijksoverheid zorgtoeslag
table 2025, the WKB law text); the rest is worked out by hand in the comments.
"""
import dataclasses
from decimal import Decimal as D

import pytest

from rules import Household, Job, Month, Scenario, calculate, default_parameters, default_profiles
from rules.model import MonthResult
from rules.parameters import load_parameters
from rules.money import euros_down
from rules.toeslagen import awir, huurtoeslag, jaar, kindgebonden_budget, zorgtoeslag
from rules.toeslagen.toetsingsinkomen import household_years, usual_month

PARAMS = default_parameters()
NEUTRAL = default_profiles()["voorbeeld"]


def monthly_floor(yearly: D) -> D:
    """The Rijksoverheid tables print whole euros per month, rounded down."""
    return euros_down(yearly / 12)


# --- toetsingsinkomen ---------------------------------------------------------------------------

def _full_year(situation: str, bijstand: str):
    household = Household(situation, 35, partner_age=35 if situation == "couple" else None)
    scenario = Scenario(Month(2026, 1), 12, household)
    rows = [MonthResult(Month(2026, m), bijstand=D(bijstand)) for m in range(1, 13)]
    return household_years(scenario, rows, rows[0], PARAMS)[2026]


def test_full_year_bijstand_single_is_nb2026_estimate():
    # NB2026 bijlage VII: (12 x 1,401.50 - 3,115) / (1 - 35.75%) = 21,327.
    year = _full_year("single", "1401.50")
    assert euros_down(year.toetsingsinkomen) == 21327
    # Per month (1,401.50 - 3,115/12) / 0.6425 = 1,777.30; the gemeente withholds 375.80.
    assert year.persons[0].withheld_gemeente == D("375.80") * 12


def test_full_year_bijstand_couple_is_nb2026_estimate_per_partner():
    # NB2026 bijlage VII: EUR 13,848 per partner (norm 2,002.13, half each, each a full AHK).
    year = _full_year("couple", "2002.13")
    assert [euros_down(p.taxable) for p in year.persons] == [13848, 13848]
    assert euros_down(year.toetsingsinkomen) == 2 * 13848 + 1  # two times 13,848.72


def test_low_bijstand_is_not_grossed_up():
    # 500 a month: 35.75% x 500 = 178.75 is below the monthly korting 259.58, so no tax.
    year = _full_year("single", "500.00")
    assert year.toetsingsinkomen == D("6000.00")
    assert year.persons[0].withheld_gemeente == 0


def test_wage_and_holiday_pay_count_gross():
    household = Household("single", 35)
    scenario = Scenario(Month(2026, 1), 12, household, Job(Month(2026, 1), gross_per_period=D("1000")))
    rows = [MonthResult(Month(2026, m), bijstand=D("700.00"), gross_wage=D("1000"), net_wage=D("642.50"))
            for m in range(1, 13)]
    rows[4].holiday_pay_gross, rows[4].holiday_pay = D("960"), D("616.80")
    year = household_years(scenario, rows, rows[0], PARAMS)[2026]
    # 700 a month is below 259.58 / 0.3575 = 726.11: not grossed up.
    assert year.toetsingsinkomen == 12 * D("700") + 12 * D("1000") + D("960")
    assert year.persons[0].withheld_employer == 12 * D("357.50") + D("343.20")


def test_months_outside_the_window_are_filled_in():
    household = Household("single", 35)
    scenario = Scenario(Month(2026, 7), 3, household)
    rows = [MonthResult(Month(2026, m), norm=D("1419.46"), bijstand=D("1419.46")) for m in (7, 8, 9)]
    year = household_years(scenario, rows, rows[0], PARAMS)[2026]
    assert year.months_shown == 3
    assert year.bijstand_months == 12
    # January-June at their own norm of 1.401,50 (art. 21 onder a, 1 January 2026), not July's:
    # 6 x (1.401,50 - 259,5833) / 0,6425 + 6 x (1.419,46 - 259,5833) / 0,6425 = 6 x 1.777,30 +
    # 6 x 1.805,26 = 21.495,36.
    assert year.toetsingsinkomen == D("21495.36")


def _window_with_job(job: Job, rows_spec: list[tuple[int, int]]):
    """A single person of 35, the window from October 2026: (month, paydays) of pay per four
    weeks of EUR 1.000 gross, 700 net, beside bijstand of 500,00 (below 726,11: not grossed up)
    at the July 2026 norm of 1.419,46."""
    scenario = Scenario(Month(2026, rows_spec[0][0]), len(rows_spec), Household("single", 35), job)
    norm = D("1419.46")
    rows = [MonthResult(Month(2026, m), norm=norm, bijstand=D("500.00"), gross_wage=D(1000) * days,
                        net_wage=D(700) * days, paydays=days) for m, days in rows_spec]
    before = MonthResult(Month(2026, rows_spec[0][0]), norm=norm, bijstand=D("500.00"))  # without the job
    return household_years(scenario, rows, before, PARAMS, usual_month(scenario, rows))[2026]


def test_months_before_the_window_have_the_job_only_from_its_start():
    # A job from September shown from October (two paydays) to December: January-August without
    # it, September like a month with one payday. Wage 1.000 x (1 + 2 + 1 + 1) = 5.000, bijstand
    # 6 x 500 + 6 x 482,04 = 5.892,24: January-June at the norm of January, 17,96 lower (not nine
    # Octobers: 9 x 2.000 + 4.000 = 22.000 of wage).
    job = Job(Month(2026, 9), pay_period="four_weeks", gross_per_period=D(1000))
    year = _window_with_job(job, [(10, 2), (11, 1), (12, 1)])
    assert year.persons[0].wage_gross == D(5000)
    assert year.toetsingsinkomen == D("10892.24")


# --- zorgtoeslag ---------------------------------------------------------------------------------

@pytest.mark.parametrize("income, per_month", [
    # Rijksoverheid table 2025, alleenstaande (rules-figures G4).
    (28000, 131), (29000, 124), (30000, 112), (32000, 90), (35000, 55), (38000, 21), (39000, 10), (40000, 0),
])
def test_zorgtoeslag_2025_table(income, per_month):
    figures = zorgtoeslag.figures(False, 2025, PARAMS)
    assert monthly_floor(zorgtoeslag.yearly(D(income), figures)) == per_month


@pytest.mark.parametrize("income, per_month", [
    # Metro 2026 table (rules-figures-2 par. 5): 126.18, 80.42, 34.65, 11.77, 6.05.
    (30000, 126), (34000, 80), (38000, 34), (40000, 11), (40500, 6),
])
def test_zorgtoeslag_2026_table(income, per_month):
    figures = zorgtoeslag.figures(False, 2026, PARAMS)
    assert monthly_floor(zorgtoeslag.yearly(D(income), figures)) == per_month


def test_zorgtoeslag_2026_maximum_and_ceilings():
    single = zorgtoeslag.figures(False, 2026, PARAMS)
    couple = zorgtoeslag.figures(True, 2026, PARAMS)
    # 2,119 - 1.912% x 29,736 = 1,550.45 -> 1,550 (EUR 129.20 a month).
    assert zorgtoeslag.yearly(D("21327"), single) == 1550
    # 4,238 - 4.289% x 29,736 = 2,962.62 -> 2,963 (EUR 246.89 a month).
    assert zorgtoeslag.yearly(D("27696"), couple) == 2963
    # Published ceilings: 40,857 single and 51,142 partners still get the minimum EUR 24
    # (23.53 and 23.58 round to 24, AWIR art. 14 lid 4-5); one euro more gives 23 -> nothing.
    assert zorgtoeslag.yearly(D("40857"), single) == 24
    assert zorgtoeslag.yearly(D("40858"), single) == 0
    assert zorgtoeslag.yearly(D("51142"), couple) == 24
    assert zorgtoeslag.yearly(D("51143"), couple) == 0


# --- kindgebonden budget -------------------------------------------------------------------------

def test_kindgebonden_budget_2025_single_parent_one_young_child():
    # WKB 2025: 2,511 per child + 3,389 alleenstaande-ouderkop below the drempel.
    household = Household("single_parent", 30, children=(3,))
    figures = kindgebonden_budget.figures(household, 2025, PARAMS)
    assert kindgebonden_budget.yearly(D("21000"), figures) == 2511 + 3389
    # Above the drempel 28,406: 5,900 - 7.1% x 1,594 = 5,786.83 -> 5,787.
    assert kindgebonden_budget.yearly(D("30000"), figures) == 5787


def test_kindgebonden_budget_2026_age_supplements_and_partners():
    # WKB 2026: per child 2,580, 12-15 +724, 16-17 +964; partners: drempel 29,736 + 9,405.
    household = Household("couple", 40, partner_age=40, children=(13, 17, 18))
    figures = kindgebonden_budget.figures(household, 2026, PARAMS)
    full = 2 * 2580 + 724 + 964  # the child of 18 no longer counts
    assert kindgebonden_budget.yearly(D("39141"), figures) == full
    # 6,848 - 7.6% x (45,000 - 39,141) = 6,848 - 445.28 = 6,402.72 -> 6,403.
    assert kindgebonden_budget.yearly(D("45000"), figures) == 6403


def test_kindgebonden_budget_2026_single_parent_example():
    # rules-figures-2 par. 3: one child of 4, Y = 21,327: 2,580 + 3,416 = 5,996.
    household = Household("single_parent", 30, children=(4,))
    assert kindgebonden_budget.yearly(D("21327"), kindgebonden_budget.figures(household, 2026, PARAMS)) == 5996


def test_no_children_no_kindgebonden_budget():
    assert kindgebonden_budget.figures(Household("single", 30), 2026, PARAMS) is None
    assert kindgebonden_budget.yearly(D("0"), None) == 0


# --- huurtoeslag ---------------------------------------------------------------------------------

@pytest.mark.parametrize("rent, income, per_month", [
    # rules-figures-2 par. 2.2, derived examples for a single person (per month).
    ("500", "21327", "296.85"), ("700", "30000", "278.9125"), ("950", "40000", "150.3395"),
    ("700", "35000", "166.4125"),
])
def test_huurtoeslag_2026_examples(rent, income, per_month):
    household = Household("single", 35, rent=D(rent))
    part = huurtoeslag.rent_part(household, 2026, PARAMS)
    expected = (D(per_month) * 12).quantize(D("1"), rounding="ROUND_HALF_UP")
    assert huurtoeslag.yearly(D(income), part) == expected
    assert part.unconfirmed == ()  # both read in the official texts (rules-figures-3 par. 4.4)


def test_huurtoeslag_young_cap_and_phase_out_to_zero():
    young = huurtoeslag.rent_part(Household("single", 19, rent=D("600")), 2026, PARAMS)
    # Under 21 without children: rent counted up to 498.20: 498.20 - 202.52 = 295.68.
    assert young.subsidy == D("295.68")
    full = huurtoeslag.rent_part(Household("single", 35, rent=D("1200")), 2026, PARAMS)
    # Above the maximale huurgrens: 523.28 a month; zero from about 46,682 (27% phase-out).
    assert huurtoeslag.yearly(D("47000"), full) == 0


def test_huurtoeslag_household_size():
    family = Household("couple", 35, partner_age=35, children=(2,), rent=D("800"))
    part = huurtoeslag.rent_part(family, 2026, PARAMS)
    # Three persons: aftopping 764.14, basishuur 200.71, 22% above 31,500.
    subsidy = (D("498.20") - D("200.71")) + D("0.65") * (D("764.14") - D("498.20")) + D("0.40") * (D("800") - D("764.14"))
    assert part.subsidy == subsidy
    assert (part.ijkpunt, part.afbouw) == (31500, D("0.22"))


def test_huurtoeslag_2025_not_modelled():
    with pytest.raises(huurtoeslag.NotModelled):
        huurtoeslag.rent_part(Household("single", 35, rent=D("600")), 2025, PARAMS)


# --- AWIR ----------------------------------------------------------------------------------------

def test_terms_add_up_to_the_year():
    assert sum(awir.terms(D("1550"))) == D("1550")
    assert awir.terms(D("1550"))[:2] == [D("129.16"), D("129.16")]
    assert awir.terms(D("1550"))[11] == D("129.24")
    assert awir.toekenning(D("23.49"), D("24")) == 0
    assert awir.toekenning(D("23.50"), D("24")) == 24


# --- the whole year ------------------------------------------------------------------------------

def _scenario(job: Job | None, **household) -> Scenario:
    base = dict(situation="single", age=35, rent=D("650"))
    base.update(household)
    return Scenario(Month(2026, 1), 12, Household(**base), job)


def test_without_job_no_settlement_and_toeslagen_in_total():
    result = calculate(_scenario(None), PARAMS, NEUTRAL)
    assert "toeslagen_not_included" not in [w.code for w in result.warnings]
    year = result.year_end[0]
    assert year.toeslagen_settlement == 0
    jan = result.months[0]
    assert jan.zorgtoeslag == D("129.16")  # 1,550 / 12, rounded down to cents
    assert jan.huurtoeslag > 0
    assert jan.total == jan.bijstand_paid + jan.huurtoeslag + jan.zorgtoeslag
    assert "toeslag_advance" in [e.code for e in jan.explanations]


def test_job_raises_income_and_the_advance_is_reclaimed():
    # 32 hours at 20 euro: the bijstand stops, the yearly income rises well above the drempel.
    job = Job(Month(2026, 1), hours_per_week=D("32"), hourly_wage=D("20"))
    result = calculate(_scenario(job), PARAMS, NEUTRAL)
    year = result.year_end[0]
    details = year.details
    assert details["toetsingsinkomen"] > details["toetsingsinkomen_advance"]
    # The advance stays that of the income without the job: same monthly toeslagen.
    assert [r.zorgtoeslag for r in result.months] == [r.zorgtoeslag for r in result.baseline]
    zorg = details["toeslagen"]["zorgtoeslag"]
    assert zorg["settlement"] == zorg["definitive"] - zorg["advance"] < 0
    assert year.toeslagen_settlement == sum(t["settlement"] for t in details["toeslagen"].values())
    assert "toeslagen_advance_without_job" in [w.code for w in result.warnings]
    # Reporting the income from January gives the definitive amounts as advance: no settlement.
    report = details["report_now"]
    assert report["from_month"] == "2026-01"
    assert report["settlement"] == 0
    for name, item in details["toeslagen"].items():
        assert abs(report["monthly_advance"][name] * 12 - item["definitive"]) < D("0.12")


def test_report_now_mid_year_spreads_the_rest():
    job = Job(Month(2026, 7), hours_per_week=D("32"), hourly_wage=D("20"))
    result = calculate(_scenario(job), PARAMS, NEUTRAL)
    details = result.year_end[0].details
    report = details["report_now"]
    assert report["from_month"] == "2026-07"
    for name, item in details["toeslagen"].items():
        paid_before = sum((getattr(r, name) for r in result.baseline[:6]), D(0))
        rest = item["definitive"] - paid_before
        if rest >= 0:
            assert abs(report["monthly_advance"][name] * 6 - rest) < D("0.06")
        else:
            assert report["repay_now"][name] == -rest


def test_advance_on_true_income_settles_to_zero():
    job = Job(Month(2026, 3), hours_per_week=D("20"), hourly_wage=D("16"))
    scenario = _scenario(job, situation="single_parent", children=(5,))
    result = calculate(scenario, PARAMS, NEUTRAL)
    # Pretend the household reported its true income: the baseline has the same months.
    twin = [dataclasses.replace(row, explanations=[]) for row in result.months]
    year_ends, _ = jaar.apply(scenario, result.months, twin, PARAMS)
    assert all(y.toeslagen_settlement == 0 for y in year_ends)


def _with_unconfirmed_basishuur():
    """A fresh set of figures (not the shared one) with the 2026 basishuur marked as not read in
    the Regeling itself."""
    params = load_parameters()
    name = "toeslagen/huurtoeslag.basishuur"
    basis = params.get(name)
    values = tuple((since, {**value, "bevestigd": False}, source) for since, value, source in basis.values)
    params.parameters[name] = dataclasses.replace(basis, values=values)
    return params


def test_huurtoeslag_warns_about_unconfirmed_figures():
    result = calculate(_scenario(None), PARAMS, NEUTRAL)
    codes = {w.code: w.values for w in result.warnings}
    assert "huurtoeslag_figures_unconfirmed" not in codes  # the 2026 figures are confirmed
    result = calculate(_scenario(None), _with_unconfirmed_basishuur(), NEUTRAL)
    codes = {w.code: w.values for w in result.warnings}
    assert codes["huurtoeslag_figures_unconfirmed"] == {"parameters": ["basishuur"]}
    assert "huurtoeslag_medebewoners_income_unknown" not in codes
    result = calculate(_scenario(None, housemates_27_plus=1), PARAMS, NEUTRAL)
    assert "huurtoeslag_medebewoners_income_unknown" in [w.code for w in result.warnings]


def test_2027_figures_are_flagged():
    scenario = Scenario(Month(2026, 7), 12, Household("single", 35, rent=D("650")))
    result = calculate(scenario, PARAMS, NEUTRAL)
    outdated = {name for w in result.warnings if w.code == "figures_outdated" for name in w.values["parameters"]}
    assert "toeslagen/zorgtoeslag.standaardpremie" in outdated
    assert "toeslagen/huurtoeslag.basishuur" in outdated
    assert [y.year for y in result.year_end] == [2026, 2027]
    assert {w.values["year"] for w in result.warnings if w.code == "year_partly_assumed"} == {2026, 2027}


def test_settlement_and_tax_by_hand():
    # Without the job: bijstand 1,401.50 all year -> Y = 21,327.60 -> zorgtoeslag 1,550.
    # With it: no bijstand, gross wage 2,500 a month, 35.75% withheld -> Y = 30,000:
    # zorgtoeslag 2,119 - 568.55 - 13.73% x 264 = 1,514.20 -> 1,514, so 36 is reclaimed.
    scenario = Scenario(Month(2026, 1), 12, Household("single", 35), Job(Month(2026, 1), gross_per_period=D("2500")))
    baseline = [MonthResult(Month(2026, m), bijstand=D("1401.50")) for m in range(1, 13)]
    rows = [MonthResult(Month(2026, m), gross_wage=D("2500"), net_wage=D("1606.25")) for m in range(1, 13)]
    (year,), notices = jaar.apply(scenario, rows, baseline, PARAMS)
    assert year.details["toeslagen"]["zorgtoeslag"] == {"advance": 1550, "definitive": 1514, "settlement": -36}
    assert year.toeslagen_settlement == -36
    assert rows[0].zorgtoeslag == baseline[0].zorgtoeslag == D("129.16")
    assert "toeslagen_advance_without_job" in [n.code for n in notices]
    # Income tax: 10,725 - AHK ceil(3,115 - 16.89) = 3,099 - AK ceil(5,300 + 1.95% x 4,155) = 5,382
    # = 2,244 due; 12 x 893.75 = 10,725 withheld -> 8,481 back, all kept (no bijstand months).
    tax = year.details["income_tax"]
    assert tax["persons"][0]["due"] == 2244
    assert year.income_tax_settlement == D("8481.00")
    assert (tax["clawed_back"], tax["kept"]) == (0, D("8481.00"))
    # Reporting the new income in January: advance 1,514 / 12 = 126.16 a month, nothing settled.
    assert year.details["report_now"]["monthly_advance"]["zorgtoeslag"] == D("126.16")


def _walk(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    else:
        yield value


def test_year_end_details_hold_no_float():
    scenario = Scenario(Month(2026, 3), 24, Household("couple", 30, partner_age=31, children=(2, 13), rent=D("800")),
                        Job(Month(2026, 5), "four_weeks", "monthly", D("24"), D("16.50")))
    result = calculate(scenario, PARAMS, NEUTRAL)
    for year in result.year_end:
        values = list(_walk(year.details))
        assert values and not any(isinstance(v, float) for v in values)
        assert [p["role"] for p in year.details["income_tax"]["persons"]] == ["applicant", "partner"]
