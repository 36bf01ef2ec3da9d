"""Bijstandsnormen (art. 20, 21, 22a Pw) against the published figures."""
from decimal import Decimal

import pytest

from rules.model import Household
from rules.months import Month
from rules.participatiewet.kostendelersnorm import per_person
from rules.participatiewet.norm import norm

JAN_2026, JUL_2026, JUL_2025 = Month(2026, 1), Month(2026, 7), Month(2025, 7)


@pytest.mark.parametrize(
    "household, month, expected",
    [
        # Art. 21 onder a and b: SZW Normenbrief 1 januari 2026; law text toestand 2026-07-01.
        (Household("single", 35), JAN_2026, "1401.50"),
        (Household("single_parent", 35, children=(4,)), JAN_2026, "1401.50"),
        (Household("couple", 35, 33), JAN_2026, "2002.13"),
        (Household("single", 35), JUL_2026, "1419.46"),
        (Household("couple", 35, 33), JUL_2026, "2027.79"),
        (Household("single", 35), JUL_2025, "1369.06"),
        (Household("couple", 40, 41), JUL_2025, "1955.80"),
        # Art. 20: youth norms.
        (Household("single", 19), JAN_2026, "345.99"),
        (Household("single_parent", 20, children=(1,)), JUL_2026, "350.42"),
        (Household("couple", 19, 20), JAN_2026, "691.98"),
        (Household("couple", 19, 20, children=(1,)), JAN_2026, "1092.41"),
        (Household("couple", 19, 25), JAN_2026, "1347.06"),
        (Household("couple", 19, 25, children=(2,)), JUL_2026, "1769.88"),
    ],
)
def test_norm_is_the_published_amount(household, month, expected, params):
    amount, _ = norm(household, month, params)
    assert amount == Decimal(expected)


def test_kostendelersnorm_two_persons_is_the_official_figure(params):
    # NB2026 bijlage II: A = 2 gives EUR 1.001,07 per person (= IOAW kostendeler figure).
    amount, _ = per_person(2, JAN_2026, params)
    assert amount == Decimal("1001.07")


def test_kostendelersnorm_three_persons_worked_by_hand(params):
    # (40 + 3 x 30) / 3 = 43.333...% of 2.002,13 = 867.5896... -> 867,59.
    amount, _ = per_person(3, JAN_2026, params)
    assert amount == Decimal("867.59")


def test_single_with_one_housemate_gets_the_kostendelersnorm(params):
    amount, explanations = norm(Household("single", 35, housemates_27_plus=1), JUL_2026, params)
    # 2.027,79 x 50% = 1.013,895 -> 1.013,90 (rounded half up to the cent).
    assert amount == Decimal("1013.90")
    assert explanations[0].code == "norm_kostendeler"
    assert explanations[0].values["persons"] == 2


def test_couple_with_a_housemate_gets_twice_the_per_person_norm(params):
    amount, _ = norm(Household("couple", 35, 36, housemates_27_plus=1), JAN_2026, params)
    assert amount == Decimal("867.59") * 2


def test_young_partner_with_housemate_gets_fixed_amount_plus_kostendelersnorm(params):
    # Art. 22a lid 3: 21+ spouse with one housemate (A = 2): 1.001,07; young spouse: 345,99.
    amount, _ = norm(Household("couple", 30, 19, housemates_27_plus=1), JAN_2026, params)
    assert amount == Decimal("1001.07") + Decimal("345.99")


def test_youth_do_not_get_the_kostendelersnorm(params):
    amount, explanations = norm(Household("single", 20, housemates_27_plus=2), JAN_2026, params)
    assert amount == Decimal("345.99")
    # Art. 22a lid 1 ("van 21 jaar of ouder"): the housemates asked about are named, and why they
    # do not lower the norm.
    assert [item.code for item in explanations] == ["norm_youth", "norm_youth_no_kostendelers"]
    assert explanations[1].values == {"age": 21, "min_age": 27}


def test_youth_without_housemates_get_no_word_about_them(params):
    _, explanations = norm(Household("single", 20), JAN_2026, params)
    assert [item.code for item in explanations] == ["norm_youth"]


def test_a_person_of_21_to_26_is_counted_without_being_called_27_or_older(params):
    # Art. 22a lid 1 counts the belanghebbende of 21+ in A; art. 19a lid 1 the housemates of 27+.
    # A = 3: (40 + 3 x 30) / 3 = 43,333% of 2.027,79 = 878,709 -> 878,71.
    amount, explanations = norm(Household("single", 24, housemates_27_plus=2), JUL_2026, params)
    assert amount == Decimal("878.71")
    assert explanations[0].code == "norm_kostendeler_under_27"
    assert explanations[0].values["persons"] == 3


def test_a_couple_with_a_spouse_of_21_to_26_is_not_called_27_or_older(params):
    """Art. 22a lid 1 counts both spouses from 21 in A, art. 19a lid 1 the housemates from 27.
    One housemate, A = 3: 867,59 per person (hand-worked above), 1.735,18 together."""
    amount, explanations = norm(Household("couple", 35, 24, housemates_27_plus=1), JAN_2026, params)
    assert amount == Decimal("1735.18")
    assert explanations[0].code == "norm_kostendeler_couple_under_27"
    assert explanations[0].values["persons"] == 3
    _, explanations = norm(Household("couple", 35, 36, housemates_27_plus=1), JAN_2026, params)
    assert explanations[0].code == "norm_kostendeler_couple"


def test_a_spouse_of_21_to_26_beside_a_young_partner_is_not_called_27_or_older(params):
    """Art. 22a lid 3: the spouse of 24 is counted in A (A = 2: 1.001,07), the spouse of 19 gets
    the fixed 345,99."""
    amount, explanations = norm(Household("couple", 24, 19, housemates_27_plus=1), JAN_2026, params)
    assert amount == Decimal("1001.07") + Decimal("345.99")
    assert explanations[0].code == "norm_kostendeler_young_partner_under_27"


def test_an_applicant_younger_than_21_beside_an_older_spouse_is_told_it_that_way_round(params):
    """Art. 22a lid 3 with the ages the other way round: the applicant of 19 gets the fixed
    345,99, the spouse of 35 is counted in A (A = 2: 1.001,07). The sentence for a young partner
    ("Je partner is jonger dan 21") would tell the applicant the opposite of the truth."""
    amount, explanations = norm(Household("couple", 19, 35, housemates_27_plus=1), JAN_2026, params)
    assert amount == Decimal("1001.07") + Decimal("345.99")
    assert explanations[0].code == "norm_kostendeler_young_self"
    assert explanations[0].values["young_partner"] == Decimal("345.99")
