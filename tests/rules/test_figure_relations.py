"""Relations between figures that the law (or the way the official tables are built) fixes, so a
typo in a newly entered figure fails here before it reaches a result.

Checked for every date on which the figures involved have values.
"""
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

CENT = Decimal("0.01")
NORMS = "participatiewet/normen."


def _dates(params, *names):
    """Every date on which one of the named parameters gets a value."""
    return sorted({since for name in names for since, _, _ in params.get(name).values})


def _at(params, name, day):
    return params.get(name).at(day).value


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def test_the_single_norm_is_70_percent_of_the_couple_norm(params):
    """Art. 21 Pw: alleenstaande (ouder) 70%, gehuwden 100% of the same base (art. 22a lid 1 with
    A = 1). The official amounts are worked out on the norm without vakantietoeslag and rounded
    twice, so they may differ from 70% of the couple norm by one or two cents."""
    for day in _dates(params, NORMS + "gehuwden_21"):
        couple, single = _at(params, NORMS + "gehuwden_21", day), _at(params, NORMS + "alleenstaande_21", day)
        assert abs(single - couple * Decimal("0.70")) <= Decimal("0.02"), day


def test_a_single_parent_has_the_single_norm(params):
    """Since 1 January 2015 the alleenstaande ouder has the same 70% norm as the alleenstaande
    (art. 21 onder a Pw, toestand 2026-07-01: "een alleenstaande of een alleenstaande ouder:
    € 1.419,46"; the Wet hervorming kindregelingen moved the single parent's 20% top-up to the
    ALO-kop of the kindgebonden budget). For 18-20, art. 20 lid 1 onder a and lid 2 onder a give
    the same amount."""
    for day in _dates(params, NORMS + "alleenstaande_18_20"):
        assert _at(params, NORMS + "alleenstaande_ouder_18_20", day) == _at(params, NORMS + "alleenstaande_18_20", day)


def test_the_youth_norms_are_built_from_the_young_single_norm(params):
    """Art. 20 Pw: the amounts for couples with a partner of 18-20 are sums of the young single
    amount and the adult norms, as in every Normenbrief:
    - both 18-20, no children: twice the young single amount (lid 1 onder b);
    - one 18-20, no children: the young single amount plus half the couple norm (lid 1 onder c);
    - one 18-20, with children: the young single amount plus the single norm (lid 2 onder c);
    - art. 22a lid 3: a young partner in a kostendelers home keeps the young single amount, or
      with children the couple amount of lid 2 onder b minus it."""
    young = NORMS + "alleenstaande_18_20"
    for day in _dates(params, young):
        y = _at(params, young, day)
        assert _at(params, NORMS + "gehuwden_beiden_18_20", day) == 2 * y, day
        half_couple = _at(params, NORMS + "gehuwden_21", day) / 2
        assert abs(_at(params, NORMS + "gehuwden_een_18_20", day) - _cents(y + half_couple)) <= CENT, day
        assert _at(params, NORMS + "gehuwden_een_18_20_kinderen", day) == y + _at(params, NORMS + "alleenstaande_21", day), day
        assert _at(params, NORMS + "jonge_partner_zonder_kinderen", day) == y, day
        assert _at(params, NORMS + "jonge_partner_met_kinderen", day) == _at(params, NORMS + "gehuwden_beiden_18_20_kinderen", day) - y, day


def test_the_kostendelersnorm_formula_gives_the_single_and_couple_shares(params):
    """Art. 22a lid 1 Pw: (40% + A x 30%) / A of the couple norm. One person alone (A = 1) gets
    70%, the single norm; two (A = 2) 50% each, together the couple norm."""
    day = date(2027, 1, 1)
    base = _at(params, "participatiewet/kostendelersnorm.basisdeel", day)
    per_person = _at(params, "participatiewet/kostendelersnorm.deel_per_persoon", day)
    assert (base + 1 * per_person) / 1 == Decimal("0.70")
    assert (base + 2 * per_person) / 2 == Decimal("0.50")


def test_the_drempelinkomen_follows_from_the_january_minimum_wage(params):
    """Wet op de zorgtoeslag art. 1 (and WKB art. 1): drempelinkomen = 108% x 12 x the minimum
    wage per month of 1 January, rounded to euros. The data hold the hourly minimum; the monthly
    amount has been within 156 x (hourly - 0,01) and 156 x hourly in every published pair (e.g.
    January 2025: 2.191,80 a month, EUR 14,06 an hour; January 2026: 2.294,40 and 14,71)."""
    factor = Decimal("1.08") * 12 * 156
    checked = 0
    for day in _dates(params, "toeslagen/zorgtoeslag.drempelinkomen"):
        drempel = _at(params, "toeslagen/zorgtoeslag.drempelinkomen", day)
        wage = params.get("wml/minimumloon.uurloon_21").at(day)
        if wage.since != day:
            continue  # the minimum wage of that January is not entered yet (2027: provisional drempel)
        hourly = wage.value
        checked += 1
        assert factor * (hourly - CENT) - Decimal("0.5") <= drempel <= factor * hourly + Decimal("0.5"), day
    assert checked >= 2


def test_zorgtoeslag_and_kindgebonden_budget_share_the_drempelinkomen(params):
    """Both laws use the drempelinkomen of the Awir definition (108% x 12 x WML)."""
    for day in _dates(params, "toeslagen/zorgtoeslag.drempelinkomen", "toeslagen/kindgebonden_budget.drempelinkomen"):
        assert _at(params, "toeslagen/zorgtoeslag.drempelinkomen", day) == _at(params, "toeslagen/kindgebonden_budget.drempelinkomen", day), day


def test_the_algemene_heffingskorting_ends_at_the_top_bracket(params):
    """The AHK phases out from the drempelinkomen and reaches zero where the top bracket starts
    (Wet IB 2001 art. 8.10 with art. 2.10): so in 2025, 2026 and the 2027 proposal. The rate is
    maximum / (top-bracket limit - phase-out start), rounded to three decimals of a percent. Not
    a rule of law but of every recent Belastingplan: a difference is a typo or a policy change."""
    ahk_name = "belasting/heffingskortingen.algemene_heffingskorting"
    for day in _dates(params, ahk_name, "belasting/tarieven.schijven"):
        ahk = _at(params, ahk_name, day)
        top_start = _at(params, "belasting/tarieven.schijven", day)[-2]["tot"]
        rate = (Decimal(ahk["maximum"]) / (Decimal(top_start) - Decimal(ahk["afbouw_vanaf"]))).quantize(Decimal("0.00001"), rounding=ROUND_HALF_UP)
        assert rate == ahk["afbouw"], day
        assert ahk["afbouw_vanaf"] == _at(params, "toeslagen/zorgtoeslag.drempelinkomen", day), day


def test_kinderbijslag_for_younger_children_is_a_share_of_the_basic_amount(params):
    """AKW art. 12: the basiskinderbijslagbedrag (lid 1) is the amount for a child of 12-17; for a
    child under 6 it is 70%, for 6-11 85% of it, rounded to cents (lid 3: EUR 298,40 and 362,35
    of 426,29 on 1 July 2026)."""
    for _, amounts, _ in params.get("kinderbijslag/bedragen.per_kwartaal").values:
        basic = amounts["tot_18"]
        assert amounts["tot_6"] == _cents(basic * Decimal("0.70"))
        assert amounts["tot_12"] == _cents(basic * Decimal("0.85"))


@pytest.mark.parametrize("name, share", [
    ("participatiewet/vakantietoeslag.aandeel_in_norm", Decimal("0.05")),  # art. 19 lid 3 Pw
    ("wml/vakantiebijslag.percentage", Decimal("0.08")),  # art. 15 lid 1 WML
])
def test_fixed_shares(params, name, share):
    assert {value for _, value, _ in params.get(name).values} == {share}


def test_the_tax_brackets_ascend_and_end_open(params):
    for _, brackets, _ in params.get("belasting/tarieven.schijven").values:
        limits = [b["tot"] for b in brackets]
        assert limits[-1] is None and limits[:-1] == sorted(limits[:-1])
        assert all(Decimal("0.3") < b["tarief"] < Decimal("0.5") for b in brackets)
