"""Who is who in the household (art. 4, 19a Pw), the raised youth norm (art. 20 lid 3-4), the
partner without bijstand (art. 24, 24a) and the AOW age; each value from the law text."""
from decimal import Decimal

import pytest

from rules import Household, Job, Month, OutOfScope, Scenario, calculate
from rules.explanations import MONTH_CODES, WARNING_CODES
from rules.participatiewet.huishouden import as_the_law_reads
from rules.participatiewet.norm import norm

JAN_2026, JUL_2026, JAN_2027 = Month(2026, 1), Month(2026, 7), Month(2027, 1)


def _codes(result) -> set[str]:
    return {warning.code for warning in result.warnings}


# Art. 19a lid 1: a kostendelende medebewoner is 27 or older; an own child is no exception.

def test_a_child_of_27_or_older_is_a_kostendeler_not_a_child(params):
    household, notices = as_the_law_reads(Household("single_parent", 55, children=(30, 8)), JAN_2026, params)
    assert (household.children, household.housemates_27_plus) == ((8,), 1)
    assert household.situation == "single_parent"  # the child of 8 keeps the status (art. 4)
    assert [(n.code, n.values) for n in notices] == [("adult_child_is_kostendeler", {"min_age": 27})]


def test_a_child_of_26_stays_a_child_and_is_no_kostendeler(params):
    household, notices = as_the_law_reads(Household("single", 55, children=(26,)), JAN_2026, params)
    assert (household.children, household.housemates_27_plus, household.situation) == ((26,), 0, "single")
    assert notices == []


def test_a_single_whose_only_child_is_30_is_a_single_with_one_kostendeler(params, neutral):
    # Art. 22a lid 1 with A = 2 and B = 2.002,13 (Normenbrief 1 januari 2026): 1.001,07, the
    # figure of the Normenbrief 2026 bijlage II. Art. 4: no child under 18, so no alleenstaande ouder.
    for situation in ("single", "single_parent"):
        result = calculate(Scenario(JAN_2026, 1, Household(situation, 55, children=(30,))), params, neutral)
        assert result.scenario.household == Household("single", 55, housemates_27_plus=1)
        assert result.months[0].norm == Decimal("1001.07")
        assert result.months[0].kinderbijslag == 0 and result.months[0].kindgebonden_budget == 0
        assert "adult_child_is_kostendeler" in _codes(result)


def test_the_adult_child_counts_with_the_housemates_already_there(params, neutral):
    # A = 3: (0,40 + 3 x 0,30) / 3 x 2.002,13 = 867,589 -> 867,59 (rules-figures.md §1.4).
    household = Household("single", 55, children=(28,), housemates_27_plus=1)
    assert calculate(Scenario(JAN_2026, 1, household), params, neutral).months[0].norm == Decimal("867.59")


def test_a_single_parent_whose_children_are_all_18_or_older_is_a_single(params):
    household, notices = as_the_law_reads(Household("single_parent", 45, children=(19,)), JAN_2026, params)
    assert household.situation == "single"
    assert [n.code for n in notices] == ["single_parent_without_young_children"]


def test_a_single_parent_without_any_child_is_still_asked_for_the_child(params, neutral):
    with pytest.raises(OutOfScope) as refused:
        calculate(Scenario(JAN_2026, 1, Household("single_parent", 45)), params, neutral)
    assert refused.value.code == "single_parent_without_children"


# Art. 20 lid 3 and 4 (toestand 2026-07-01): + EUR 762,24, no higher than the art. 21 norm.

@pytest.mark.parametrize("household, month, expected", [
    # 350,42 + 762,24 = 1.112,66 (below art. 21 onder a, 1.419,46).
    (Household("single", 19, parents_can_help=False), JUL_2026, "1112.66"),
    # Normenbrief 1 januari 2026: 345,99 + 746,45 = 1.092,44.
    (Household("single", 20, parents_can_help=False), JAN_2026, "1092.44"),
    # A single parent of 18-20: the same youth norm (art. 20 lid 2 onder a) and the same raise.
    (Household("single_parent", 18, children=(1,), parents_can_help=False), JUL_2026, "1112.66"),
    # Both partners young: 700,84 + 2 x 762,24 = 2.225,32, capped at art. 21 onder b: 2.027,79.
    (Household("couple", 19, 20, parents_can_help=False), JUL_2026, "2027.79"),
    # One young partner: 1.364,32 + 762,24 = 2.126,56, capped at 2.027,79.
    (Household("couple", 19, 30, parents_can_help=False), JUL_2026, "2027.79"),
    # One young partner with kostendelers (art. 22a lid 3): 350,42 + 1.013,90 (A = 2) = 1.364,32,
    # + 762,24 = 2.126,56, capped at 2.027,79.
    (Household("couple", 19, 30, housemates_27_plus=1, parents_can_help=False), JUL_2026, "2027.79"),
    # A young person living with two parents of 27+ (kostendelers do not lower a norm under 21,
    # art. 22a lid 1): 350,42 + 762,24.
    (Household("single", 18, housemates_27_plus=2, parents_can_help=False), JUL_2026, "1112.66"),
    # Parents who can help, or no answer: the youth norm as it is.
    (Household("single", 19, parents_can_help=True), JUL_2026, "350.42"),
    (Household("single", 19), JUL_2026, "350.42"),
    # Nobody of 18-20: nothing to raise.
    (Household("single", 21, parents_can_help=False), JUL_2026, "1419.46"),
])
def test_the_youth_norm_is_raised_when_the_parents_cannot_help(params, household, month, expected):
    assert norm(household, month, params)[0] == Decimal(expected)


def test_the_raise_is_explained_with_its_amount_and_cap(params):
    _, explanations = norm(Household("single", 19, parents_can_help=False), JUL_2026, params)
    raised = explanations[-1]
    assert raised.code == "norm_youth_raised"
    assert raised.values == {"norm": Decimal("1112.66"), "increase": Decimal("762.24"), "maximum": Decimal("1419.46")}
    assert set(raised.values) == set(MONTH_CODES[raised.code])
    assert (raised.legal.article, raised.legal.lid) == ("20", "3")


def test_the_result_says_the_gemeente_judges_the_parents(params, neutral):
    raised = calculate(Scenario(JUL_2026, 1, Household("single", 19, parents_can_help=False)), params, neutral)
    assert "youth_norm_raised" in _codes(raised) and "youth_norm_extra_possible" not in _codes(raised)
    asked = calculate(Scenario(JUL_2026, 1, Household("single", 19)), params, neutral)
    assert "youth_norm_extra_possible" in _codes(asked)
    helped = calculate(Scenario(JUL_2026, 1, Household("single", 19, parents_can_help=True)), params, neutral)
    assert not {"youth_norm_extra_possible", "youth_norm_raised"} & _codes(helped)


def test_the_raise_in_2027_is_the_newest_amount_and_named_as_carried_forward(params, neutral):
    result = calculate(Scenario(JAN_2027, 1, Household("single", 19, parents_can_help=False)), params, neutral)
    carried = {name for w in result.warnings if w.code == "figures_outdated" for name in w.values["parameters"]}
    assert "participatiewet/verhoging_jongerennorm.bedrag" in carried


# Art. 11 lid 4, 24, 24a: a partner without a right to bijstand changes the norm; not calculated.

def test_a_partner_without_bijstand_is_refused_with_its_own_code(params, neutral):
    household = Household("couple", 30, 24, children=(4,), partner_has_bijstand=False)
    with pytest.raises(OutOfScope) as refused:
        calculate(Scenario(JAN_2027, 12, household), params, neutral)
    assert refused.value.code == "partner_without_bijstand"


# Art. 34a lid 1 onder c: at AOW age another vrijlating and the SVB; not calculated.

def test_reaching_the_aow_age_inside_the_months_shown_is_named(params, neutral):
    result = calculate(Scenario(JAN_2026, 12, Household("single", 66)), params, neutral)
    assert [w.values for w in result.warnings if w.code == "aow_age_in_window"] == [{"age": 67}]
    assert set(WARNING_CODES["aow_age_in_window"]) == {"age"}
    partner = calculate(Scenario(JAN_2026, 12, Household("couple", 50, 66)), params, neutral)
    assert "aow_age_in_window" in _codes(partner)
    younger = calculate(Scenario(JAN_2026, 12, Household("single", 65)), params, neutral)
    assert "aow_age_in_window" not in _codes(younger)


def test_at_aow_age_the_household_is_refused(params, neutral):
    with pytest.raises(OutOfScope) as refused:
        calculate(Scenario(JAN_2027, 12, Household("single", 67)), params, neutral)
    assert refused.value.code == "aow_age"


# Art. 34a lid 1 onder b: 15% without end and without the college's judgement.

def test_medisch_urenbeperkt_keeps_15_percent_past_twelve_months_and_it_is_no_assumption(params, neutral):
    job = Job(JAN_2027, "month", "may", gross_per_period=Decimal("1000"))
    result = calculate(Scenario(JAN_2027, 15, Household("single", 40, medisch_urenbeperkt=True), job), params, neutral)
    assert {row.vrijlating_rule for row in result.months} == {"34a_b"}
    assert all(row.vrijlating == (row.net_wage * Decimal("0.15")).quantize(Decimal("0.01")) for row in result.months)
    assert "vrijlating_assumed" not in _codes(result)
    other = calculate(Scenario(JAN_2027, 15, Household("single", 40), job), params, neutral)
    assert [row.vrijlating_rule for row in other.months][11:13] == ["34a_a", None]
    assert "vrijlating_assumed" in _codes(other)


def test_a_child_who_may_turn_27_in_the_months_shown_is_named(params, neutral):
    result = calculate(Scenario(JAN_2026, 12, Household("single", 55, children=(26,))), params, neutral)
    assert "ages_fixed" in _codes(result)
