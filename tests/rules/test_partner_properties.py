"""Both partners may work (Scenario.partner_job): invariants for any couple (Hypothesis), and the
per-partner maximum of the vrijlating worked by hand."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import Household, Job, Month, Scenario, calculate, default_parameters, default_profiles

PARAMS = default_parameters()
PROFILES = default_profiles()
GEMEENTEN = ("voorbeeld", "amsterdam", "rotterdam")
N_MAXIMUM_2026 = Decimal("285.00")  # art. 31 lid 2 onder n, toestand 2026-07-01 (rules/data/participatiewet/vrijlating.yaml)

starts = st.builds(Month, st.just(2026) | st.just(2027), st.integers(1, 12))


@st.composite
def jobs(draw, start: Month, before: int = 6):
    hours_based = draw(st.booleans())
    hours = Decimal(draw(st.integers(0, 36))) if hours_based else None
    first = start.plus(draw(st.integers(-before, 8)))
    return Job(
        start_month=first,
        pay_period=draw(st.sampled_from(["month", "four_weeks", "week"])),
        holiday_pay=draw(st.sampled_from(["may", "monthly"])),
        hours_per_week=hours,
        hourly_wage=draw(st.decimals(min_value=Decimal("12"), max_value=Decimal("30"), places=2)) if hours_based else None,
        gross_per_period=None if hours_based else draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("2500"), places=2)),
        loonheffingskorting_by_employer=draw(st.booleans()),
        end_month=draw(st.none() | st.integers(0, 10).map(first.plus)),
        hours_per_week_max=hours + 8 if hours is not None and draw(st.booleans()) else None,
    )


def _run(scenario: Scenario):
    return calculate(scenario, PARAMS, PROFILES[scenario.gemeente])


# The month's amounts that belong to the household, not to one partner.
HOUSEHOLD_FIELDS = (
    "norm", "vrijlating", "counted_income", "bijstand", "bijstand_paid", "vakantietoeslag_reserved",
    "vakantietoeslag_paid", "bufferbudget", "gemeente_premie", "huurtoeslag", "zorgtoeslag", "kindgebonden_budget",
    "kinderbijslag", "total", "total_without_job", "total_low", "total_high", "total_range_low", "total_range_high",
    "leaves_bijstand",
)
# Each partner's own: the applicant's field and the partner's.
OWN_FIELDS = (("gross_wage", "partner_gross_wage"), ("net_wage", "partner_net_wage"), ("paydays", "partner_paydays"),
              ("holiday_pay_gross", "partner_holiday_pay_gross"), ("holiday_pay", "partner_holiday_pay"))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_one_job_under_job_or_partner_job_gives_the_same_household(data):
    """Where the law treats the partners alike, it does not matter whose the job is.

    Alike: the same age (both 27 or older, so art. 31 lid 5 lets both have the vrijlating of
    onderdeel n), no art. 6b finding (medisch urenbeperkt is the applicant's), and the months of
    vrijlating used before the window not given (`None`): the contract asks them for the
    applicant only, and for the partner they are always worked out from the job's months before
    the window, as they are for the applicant with `None`.

    Equal, month by month: everything that belongs to the household (the couple norm, art. 21;
    the counted income and the bijstand, art. 19 lid 2 and 32; the vrijlating; the vakantietoeslag;
    the bufferbudget; the toeslagen advances; the gemeente's payments; the totals, the band of
    hours that vary and the range of the 2027 switch), and the wage fields, which move from the
    applicant's to the partner's. After the year: the toeslagen and income tax settlements, the
    toetsingsinkomen and what is kept of a refund; the two persons of the income tax swap places
    (each partner's own AHK, arbeidskorting and loonheffingskorting).
    """
    start = data.draw(starts)
    age = data.draw(st.integers(27, 60))
    household = Household("couple", age, partner_age=age, children=tuple(data.draw(st.lists(st.integers(0, 17), max_size=2))),
                          rent=data.draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=2)))
    job = data.draw(jobs(start))
    base = Scenario(start, data.draw(st.integers(1, 18)), household, vrijlating_months_used=None,
                    gemeente=data.draw(st.sampled_from(GEMEENTEN)))
    applicant = _run(dataclasses.replace(base, job=job))
    partner = _run(dataclasses.replace(base, partner_job=job))
    for mine, theirs in zip(applicant.months, partner.months, strict=True):
        for field in HOUSEHOLD_FIELDS:
            assert getattr(mine, field) == getattr(theirs, field), (mine.month, field)
        for own, partners in OWN_FIELDS:
            assert getattr(mine, own) == getattr(theirs, partners), (mine.month, own)
            assert getattr(mine, partners) == getattr(theirs, own) == 0, (mine.month, own)
    for mine, theirs in zip(applicant.year_end, partner.year_end, strict=True):
        assert (mine.toeslagen_settlement, mine.income_tax_settlement) == (theirs.toeslagen_settlement, theirs.income_tax_settlement)
        assert mine.details["toetsingsinkomen"] == theirs.details["toetsingsinkomen"]
        tax, other = mine.details["income_tax"], theirs.details["income_tax"]
        assert (tax["kept"], tax["clawed_back"]) == (other["kept"], other["clawed_back"])
        swapped = list(reversed(other["persons"]))
        for person, twin in zip(tax["persons"], swapped, strict=True):
            assert {k: v for k, v in person.items() if k != "role"} == {k: v for k, v in twin.items() if k != "role"}


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_partner_working_never_raises_the_bijstand(data):
    """The partner's wage is counted on top of the applicant's (art. 19 lid 2, art. 32), after the
    partner's own vrijlating, which is never more than the wage: so the household's bijstand is
    never higher with the partner's job than without it.

    Only the partner works: in every month. Both work: in every month up to the first month in
    which the income left no bijstand with the partner's job. In that month the applicant's
    vrijlating is not used (none is needed), so the applicant keeps that month of vrijlating for
    later (art. 31 lid 2 onder n counts months with the vrijlating, not calendar months), and in a
    later month the applicant may free more than without the partner's job: the household's
    bijstand can then be higher there. That is the law, not an error.
    """
    start = data.draw(starts)
    household = Household("couple", data.draw(st.integers(18, 60)), partner_age=data.draw(st.integers(18, 60)),
                          rent=data.draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=2)),
                          medisch_urenbeperkt=data.draw(st.booleans()))
    base = Scenario(start, data.draw(st.integers(1, 18)), household, job=data.draw(st.none() | jobs(start)),
                    vrijlating_months_used=data.draw(st.none() | st.integers(0, 8)), gemeente=data.draw(st.sampled_from(GEMEENTEN)))
    without = _run(base)
    both = _run(dataclasses.replace(base, partner_job=data.draw(jobs(start))))
    for with_partner, alone in zip(both.months, without.months, strict=True):
        assert with_partner.bijstand <= alone.bijstand, with_partner.month
        attributed = with_partner.counted_income - with_partner.counted_from_before
        if base.job is not None and attributed >= with_partner.norm:
            break  # from here the applicant's vrijlating clock may differ (docstring)


def _couple_at(gross: Decimal) -> Scenario:
    job = Job(Month(2026, 9), gross_per_period=gross)
    return Scenario(Month(2026, 9), 1, Household("couple", 35, partner_age=40), job=job, partner_job=job)


def test_each_partner_has_their_own_maximum():
    """Art. 31 lid 2 onder n: 25% of the income from work, at most EUR 285 a month, for each
    working partner (rules-law-4 par. 2.1; docs/assumptions.md).

    Both earn EUR 1.800 gross a month. Loonheffing 2026: 1.800 x 12 = 21.600 (400 x 54) x 35,75%
    = 7.722; / 12 = 643,50. Net 1.156,50. 25% = 289,125 -> 289,13: above the maximum, so each
    keeps 285,00, together 570,00 (one household maximum would be 285,00). Holiday right 8% =
    92,52. Counted per partner 1.156,50 + 92,52 - 285,00 = 964,02; together 1.928,04. Couple norm
    (1 July 2026) 2.027,79: bijstand 99,75.
    """
    row = _run(_couple_at(Decimal("1800.00"))).months[0]
    assert (row.net_wage, row.partner_net_wage) == (Decimal("1156.50"), Decimal("1156.50"))
    assert row.partner_vrijlating == N_MAXIMUM_2026
    assert row.vrijlating == 2 * N_MAXIMUM_2026
    assert row.counted_income == Decimal("1928.04")
    assert row.bijstand == Decimal("99.75")


def test_two_wages_of_2000_leave_no_bijstand_to_free():
    """At EUR 2.000 gross each (net 1.285,75: 24.000 -> 23.976 x 35,75% = 8.571; / 12 = 714,25),
    each partner's 25% (321,44) is above the maximum, so each frees 285,00. But the household's
    income after both vrijlatingen, 2 x (1.285,75 + 102,86 - 285,00) = 2.207,22, is above the
    couple norm of 2.027,79: no bijstand, and no month of vrijlating is used (art. 31 lid 2 onder n:
    "voor zover hij algemene bijstand ontvangt"). As the bijstand stops for good, each employer
    then applies that partner's own loonheffingskorting (Wet LB art. 23), which only adds net wage."""
    result = _run(_couple_at(Decimal("2000.00")))
    row = result.months[0]
    assert row.bijstand == 0 and row.vrijlating == 0 and row.partner_vrijlating == 0
    assert row.net_wage == row.partner_net_wage > Decimal("1285.75")
    assert {reason.code for reason in row.explanations} >= {"vrijlating_not_needed", "partner_vrijlating_not_needed"}
    codes = {warning.code for warning in result.warnings}
    assert {"ask_employer_loonheffingskorting", "partner_ask_employer_loonheffingskorting"} <= codes


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("2500"), places=2),
       st.decimals(min_value=Decimal("0"), max_value=Decimal("2500"), places=2))
def test_each_vrijlating_stays_under_its_own_maximum(applicant_gross, partner_gross):
    """In 2026 each partner's vrijlating of onderdeel n is at most EUR 285, and the household's
    is the sum of the two."""
    scenario = Scenario(Month(2026, 9), 3, Household("couple", 35, partner_age=40),
                        job=Job(Month(2026, 9), gross_per_period=applicant_gross),
                        partner_job=Job(Month(2026, 9), "four_weeks", gross_per_period=partner_gross))
    for row in _run(scenario).months:
        own = row.vrijlating - row.partner_vrijlating
        assert 0 <= own <= N_MAXIMUM_2026 and 0 <= row.partner_vrijlating <= N_MAXIMUM_2026
