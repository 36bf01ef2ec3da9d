"""Three states of a figure (published, provisional, carried forward), the warnings that name
them by group, and the report of what is not final in a month (`make figures`)."""
from decimal import Decimal

import pytest

from rules.figures import group_of
from rules.figures_report import main, render, report
from rules.model import Household, Job, Scenario
from rules.months import Month
from rules.parameters import ParameterError, parse_file
from rules.scenario import calculate

JAN_2027 = Month(2027, 1)

# The figures that rules-figures-3.md (1 January 2027) gives at grade B or better, and the
# parameter each one is. None of them may be carried forward in January 2027.
PART3_GRADE_B = {
    "belasting/tarieven.schijven": "#17-18 box 1 brackets 36,23% / 38,16% / 49,50% (B)",
    "belasting/heffingskortingen.algemene_heffingskorting": "#19 AHK 3.154, phase-out from 30.910 (B)",
    "toeslagen/zorgtoeslag.drempelinkomen": "#26 drempelinkomen 30.910 (B)",
    "toeslagen/kindgebonden_budget.drempelinkomen": "#26 / #34 drempelinkomen 30.910 (B)",
    "toeslagen/kindgebonden_budget.afbouwpercentage": "#34 afbouw 8,05% (A)",
    "participatiewet/vakantietoeslag.aandeel_in_norm": "#7 vakantietoeslag 5% (A)",
    "participatiewet/vrijlating.art34a_percentage": "#8-9 art. 34a 15% (A)",
    "participatiewet/bufferbudget.maximum_per_jaar": "#11 bufferbudget 1.000 (A)",
}
# Part 3 has a grade-B figure for these, yet the parameter cannot take it; each with the reason.
CARRIED_DESPITE_PART3 = {
    "belasting/heffingskortingen.arbeidskorting": (
        "#21: only the maximum (5.929) is B; the bands of #22 are C (one source), and the table "
        "cannot be half new"),
}


@pytest.fixture(scope="module")
def report_2027(params):
    """The same report as `make figures MONTH=2027-01`."""
    return report(params, JAN_2027)


def test_no_2027_figure_is_carried_forward_while_part_3_has_a_grade_b_value(report_2027, params):
    carried = {f.name for f in report_2027 if f.state == "carried_forward"}
    for name in PART3_GRADE_B:
        assert name in params.parameters, name
        assert name not in carried, f"{name} is carried forward, but part 3 has {PART3_GRADE_B[name]}"
    assert set(CARRIED_DESPITE_PART3) <= carried  # an exception that no longer applies is removed


def test_the_report_lists_the_provisional_2027_figures(report_2027):
    provisional = {f.name for f in report_2027 if f.state == "provisional"}
    assert provisional == {
        "belasting/tarieven.schijven",
        "belasting/heffingskortingen.algemene_heffingskorting",
        "toeslagen/zorgtoeslag.drempelinkomen",
        "toeslagen/kindgebonden_budget.drempelinkomen",
        "wml/minimumloon.jeugd_percentage",
    }
    # The 2027 norms are not known: carried forward from 1 July 2026, due 1 January 2027.
    [norm] = [f for f in report_2027 if f.name == "participatiewet/normen.alleenstaande_21"]
    assert (norm.state, norm.since.isoformat(), norm.next_change.isoformat()) == ("carried_forward", "2026-07-01", "2027-01-01")


def test_a_provisional_figure_past_its_next_change_date_is_carried_forward(params):
    # The proposed brackets of 2027 are provisional; on 1 January 2028 new ones are due.
    states = {f.name: f.state for f in report(params, Month(2028, 1))}
    assert states["belasting/tarieven.schijven"] == "carried_forward"


def test_the_minimum_wage_of_2027_is_not_derived(report_2027):
    """The drempelinkomen fixes the January monthly minimum wage only to a few cents, and the
    hourly amount does not follow from it by a fixed rule: it stays carried forward."""
    [wml] = [f for f in report_2027 if f.name == "wml/minimumloon.uurloon_21"]
    assert (wml.state, wml.since.isoformat()) == ("carried_forward", "2026-07-01")


def test_the_report_of_a_month_with_every_figure_published_is_empty_of_provisional_ones(params):
    figures = report(params, Month(2026, 7))
    assert [f for f in figures if f.state == "provisional"] == []
    assert "provisional" in render(figures, Month(2026, 7)).lower()


def test_the_command_prints_the_report(capsys):
    assert main(["--month", "2027-01"]) == 0
    out = capsys.readouterr().out
    assert "belasting/tarieven.schijven" in out and "participatiewet/normen.gehuwden_21" in out


@pytest.mark.parametrize(("confidence", "status", "error"), [
    ("C", "provisional", "confidence A or B"),  # a provisional value needs grade A or B
    ("B", "guessed", "status"),  # and a status the loader knows
])
def test_a_provisional_value_needs_grade_a_or_b(tmp_path, confidence, status, error):
    path = tmp_path / "x.yaml"
    path.write_text(
        "unit: euro\nparameters:\n  a:\n    values:\n"
        f"      2027-01-01: {{value: 1.00, source: {{title: s}}, confidence: {confidence}, status: {status}}}\n",
        encoding="utf-8")
    with pytest.raises(ParameterError, match=error):
        parse_file(path, "x")


def test_a_2027_result_names_each_group_once_per_state(params, neutral):
    job = Job(JAN_2027, "month", "may", Decimal("16"), Decimal("16.00"))
    household = Household("single_parent", 35, children=(4,), rent=Decimal("650"))
    result = calculate(Scenario(JAN_2027, 12, household, job), params, neutral)
    named = [(w.code, group_of(w.values["parameter"])) for w in result.warnings
             if w.code in ("figures_outdated", "figures_provisional")]
    assert len(named) == len(set(named))  # one warning per group and state, not one per figure
    provisional = {group for code, group in named if code == "figures_provisional"}
    assert provisional == {"belasting", "toeslagen"}
    outdated = {group for code, group in named if code == "figures_outdated"}
    assert {"bijstandsnormen", "belasting", "toeslagen", "kinderbijslag"} <= outdated
    for warning in result.warnings:
        if warning.code in ("figures_outdated", "figures_provisional"):
            names = warning.values["parameters"]
            assert warning.values["parameter"] == names[0]
            assert {group_of(name) for name in names} == {group_of(names[0])}
    [tax] = [w for w in result.warnings if w.code == "figures_provisional" and group_of(w.values["parameter"]) == "belasting"]
    assert set(tax.values["parameters"]) == {"belasting/tarieven.schijven", "belasting/heffingskortingen.algemene_heffingskorting"}
    assert tax.values["month"] == JAN_2027


def test_a_2026_result_has_no_provisional_figures(params, neutral):
    job = Job(Month(2026, 1), "month", "may", Decimal("16"), Decimal("16.00"))
    result = calculate(Scenario(Month(2026, 1), 12, Household("single", 35), job), params, neutral)
    assert not [w for w in result.warnings if w.code in ("figures_outdated", "figures_provisional")]


def _figure_warnings(result, code: str, group: str) -> list[dict]:
    return [w.values for w in result.warnings if w.code == code and group_of(w.values["parameter"]) == group]


def test_the_tax_of_2028_is_named_with_the_date_of_the_figures_it_really_uses(params, neutral):
    # The 36-month case of tests/golden/jaareinde/alleenstaande_36_maanden_2026_2028.yaml. From
    # January 2027 the arbeidskorting and the table step of 2026 are carried forward (no 2027
    # value); from January 2028 also the brackets and AHK proposed for 1 January 2027
    # (tarieven.yaml, heffingskortingen.yaml: status provisional, changes_on 01-01).
    job = Job(Month(2026, 7), "month", "monthly", None, None, gross_per_period=Decimal("1000.00"))
    result = calculate(Scenario(Month(2026, 1), 36, Household("single", 35, rent=Decimal("700")), job), params, neutral)
    outdated = {(w["since"].isoformat(), str(w["month"])): set(w["parameters"])
                for w in _figure_warnings(result, "figures_outdated", "belasting")}
    assert set(outdated) == {("2026-01-01", "2027-01"), ("2027-01-01", "2028-01")}
    assert {"belasting/heffingskortingen.arbeidskorting", "belasting/loonheffing.tabelstap_jaarloon"} <= outdated[("2026-01-01", "2027-01")]
    assert "belasting/tarieven.schijven" not in outdated[("2026-01-01", "2027-01")]
    assert outdated[("2027-01-01", "2028-01")] == {"belasting/tarieven.schijven", "belasting/heffingskortingen.algemene_heffingskorting"}
    [provisional] = _figure_warnings(result, "figures_provisional", "belasting")
    assert (provisional["since"].isoformat(), provisional["month"]) == ("2027-01-01", JAN_2027)


def test_figures_are_named_from_the_first_month_shown_not_a_month_before_it(params, neutral):
    # The window starts in July 2027; the job started in January 2027, so the months before the
    # window are worked too (vrijlating used, holiday pay saved up to June). The norms of
    # 1 July 2026 are carried forward in both; the result names July 2027, the first month shown.
    job = Job(Month(2027, 1), "month", "may", Decimal("16"), Decimal("15.00"))
    result = calculate(Scenario(Month(2027, 7), 6, Household("single", 35), job), params, neutral)
    figures = [w.values for w in result.warnings if w.code in ("figures_outdated", "figures_provisional")]
    assert figures
    assert {w["month"] for w in figures} == {Month(2027, 7)}
    [norms] = _figure_warnings(result, "figures_outdated", "bijstandsnormen")
    assert norms["since"].isoformat() == "2026-07-01"


YOUTH_SHARE = "wml/minimumloon.jeugd_percentage"


def _named(result, code: str) -> dict[str, object]:
    return {name: w.values["month"] for w in result.warnings if w.code == code for name in w.values["parameters"]}


def test_the_youth_minimum_wage_of_2027_is_provisional_and_named(params, neutral):
    # A 19-year-old from January 2027 at EUR 10,00 an hour. The minimum: the 21+ hourly amount of
    # 1 July 2026, EUR 14,99 (minimumloon.yaml; none for 2027 yet, carried forward), times 75%,
    # the share for 19 in the draft AMvB of 1 January 2027 (Rijksoverheid, internetconsultatie
    # 4 December 2025): 14,99 x 0,75 = 11,2425 -> EUR 11,24. With the 2026 share of 60% it was
    # 8,99 and the wage was not flagged.
    job = Job(JAN_2027, "month", "may", Decimal("16"), Decimal("10.00"))
    result = calculate(Scenario(JAN_2027, 3, Household("single", 19), job), params, neutral)
    [below] = [w for w in result.warnings if w.code == "wage_below_minimum"]
    assert below.values["minimum"] == Decimal("11.24")
    assert _named(result, "figures_provisional")[YOUTH_SHARE] == JAN_2027
    assert _named(result, "figures_outdated")["wml/minimumloon.uurloon_21"] == JAN_2027


def test_the_youth_minimum_wage_is_named_carried_forward_in_2028_and_not_at_all_in_2026(params, neutral):
    # From 1 January 2028 the 2027 shares are past their change date (changes_on 01-01) without a
    # newer value: carried forward, named from the first month of pay.
    job = Job(Month(2028, 1), "month", "may", Decimal("16"), Decimal("12.00"))
    result = calculate(Scenario(Month(2027, 10), 6, Household("single", 20), job), params, neutral)
    outdated = [w.values for w in result.warnings if w.code == "figures_outdated" and YOUTH_SHARE in w.values["parameters"]]
    assert [(w["since"].isoformat(), w["month"]) for w in outdated] == [("2027-01-01", Month(2028, 1))]
    assert YOUTH_SHARE not in _named(result, "figures_provisional")
    # 2026: the shares of 1 January 2026 are published (80/60/50%).
    job = Job(Month(2026, 3), "month", "may", Decimal("16"), Decimal("8.00"))
    result = calculate(Scenario(Month(2026, 3), 3, Household("single", 19), job), params, neutral)
    assert "wage_below_minimum" in {w.code for w in result.warnings}
    assert YOUTH_SHARE not in _named(result, "figures_outdated") | _named(result, "figures_provisional")
