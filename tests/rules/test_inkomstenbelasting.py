"""Income tax after the year and what the person keeps of a refund (art. 32 lid 1 Pw)."""
from decimal import Decimal as D

from rules import Household, Job, Month, Scenario, calculate, default_parameters, default_profiles
from rules.belasting.inkomstenbelasting import assess, iack

PARAMS = default_parameters()
NEUTRAL = default_profiles()["voorbeeld"]


def test_assessment_by_hand_2026():
    # taxable 30,000, arbeidsinkomen 10,000, single parent with a young child:
    # tax floor(30,000 x 35.75%) = 10,725; AHK ceil(3,115 - 264 x 6.398%) = ceil(3,098.11) = 3,099;
    # arbeidskorting ceil(8.324% x 10,000) = 833; IACK ceil(11.45% x 3,761 = 430.63) = 431.
    result = assess(D("30000"), D("10000"), 2026, PARAMS, True)
    assert (result.tax, result.ahk, result.arbeidskorting, result.iack) == (10725, 3099, 833, 431)
    assert result.due == 10725 - 3099 - 833 - 431


def test_kortingen_never_make_tax_negative():
    assert assess(D("5000"), D("5000"), 2026, PARAMS, True).due == 0


def test_iack_cap():
    table = {"vanaf": 6239, "percentage": D("0.1145"), "maximum": 3032}
    assert iack(D("6239"), table) == 0
    assert iack(D("50000"), table) == 3032


def test_full_year_bijstand_settles_near_zero():
    result = calculate(Scenario(Month(2026, 1), 12, Household("single", 35)), PARAMS, NEUTRAL)
    tax = result.year_end[0].details["income_tax"]
    # The gemeente withholds on the grossed-up bijstand with the full AHK: what is due.
    assert abs(result.year_end[0].income_tax_settlement) < 1
    assert tax["persons"][0]["arbeidskorting"] == 0
    # Belastingdienst: a return filed before 1 April 2027 is answered before 1 July 2027.
    assert (tax["file_before"], tax["expected_by"]) == ("2027-04-01", "2027-07-01")


def test_refund_over_bijstand_months_is_taken_back():
    # A part-time job all year next to bijstand: the employer withholds without kortingen, so the
    # arbeidskorting comes back after the year, and art. 32 lid 1 Pw counts it as income.
    job = Job(Month(2026, 1), hours_per_week=D("12"), hourly_wage=D("15"))
    result = calculate(Scenario(Month(2026, 1), 12, Household("single", 35), job), PARAMS, NEUTRAL)
    year = result.year_end[0]
    tax = year.details["income_tax"]
    assert year.income_tax_settlement > 0
    assert tax["persons"][0]["arbeidskorting"] > 0
    assert tax["refund"] == year.income_tax_settlement
    assert tax["clawed_back"] == tax["refund"] and tax["kept"] == 0
    assert "tax_refund_clawback_reading" in [w.code for w in result.warnings]


def test_refund_over_months_after_the_bijstand_is_kept():
    """Art. 32 lid 1 onder b Pw: only a refund over months with bijstand counts.

    From July a full-time job ends the bijstand. January to June the gemeente applied the
    algemene heffingskorting on the bijstand and there was no work, so nothing was left
    unapplied in those months; from July the employer applies the loonheffingskorting. What comes
    back after the year relates to the months of the work, after the bijstand: the person keeps
    all of it (counting months would have let the gemeente take half).
    """
    job = Job(Month(2026, 7), hours_per_week=D("40"), hourly_wage=D("20"))
    result = calculate(Scenario(Month(2026, 1), 12, Household("single", 35), job), PARAMS, NEUTRAL)
    tax = result.year_end[0].details["income_tax"]
    assert result.year_end[0].details["bijstand_months"] == 6
    assert tax["refund"] > 0
    assert tax["clawed_back"] == 0 and tax["kept"] == tax["refund"]
    assert "tax_refund_clawback_reading" not in [w.code for w in result.warnings]
