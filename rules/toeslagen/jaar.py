"""Toeslagen, kinderbijslag and the settlement after the year.

Toeslagen are granted per calendar year on the yearly toetsingsinkomen (AWIR art. 8) and paid in
advance in twelve terms (art. 16, 22); after the income tax assessment the Dienst Toeslagen sets
the definitive amount and settles it against the advances (art. 19, 24). By default we assume
the household keeps the income it reported before the job, so the advances are those of the
baseline (no job) and the settlement shows what is reclaimed. YearEnd.details also shows the
better path: report the new income when the job starts (art. 17), after which the remaining
terms are recomputed (art. 16 lid 5, art. 22 lid 2) and the settlement is zero.

The income tax after the year compares the final box 1 tax with what the employer and the
gemeente withheld. A refund over a period with bijstand is income for the bijstand (art. 32
lid 1 onder a-b Pw); how much the gemeente takes back is our reading (see details and notice).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import kinderbijslag
from ..belasting import inkomstenbelasting
from ..participatiewet import belastingteruggave
from ..model import Explanation, MonthResult, Notice, Scenario, YearEnd
from ..money import ZERO, cents_down, to_cents
from ..months import Month
from ..parameters import LegalRef, ParameterSet
from . import awir, huurtoeslag, kindgebonden_budget, zorgtoeslag
from .toetsingsinkomen import HouseholdYear, household_years, usual_month

TOESLAGEN = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget")
NO_PAYMENT = (ZERO, None)
TAX_TIMING = "belasting/inkomstenbelasting.uitslag_aangifte"
# AWIR art. 19 lid 1: a return filed before 1 April counts as filed on 1 April.
RETURN_DEEMED_FILED = 4  # April
PW_ART_32 = LegalRef("Participatiewet", "32", "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=32&z=2026-07-01&g=2026-07-01", lid="1")
AWIR_ART_17 = LegalRef("Algemene wet inkomensafhankelijke regelingen", "17", "https://wetten.overheid.nl/jci1.3:c:BWBR0018472&artikel=17&z=2026-01-01&g=2026-01-01", lid="1")
AWIR_ART_24 = LegalRef("Algemene wet inkomensafhankelijke regelingen", "24", "https://wetten.overheid.nl/jci1.3:c:BWBR0018472&artikel=24&z=2026-01-01&g=2026-01-01")


@dataclass
class _Year:
    """The figures of one calendar year that do not depend on the income."""

    year: int
    rent: huurtoeslag.Rent | None
    zorg: zorgtoeslag.Figures
    kgb: kindgebonden_budget.Figures | None

    def amounts(self, income: Decimal) -> dict[str, Decimal]:
        return {
            "huurtoeslag": huurtoeslag.yearly(income, self.rent),
            "zorgtoeslag": zorgtoeslag.yearly(income, self.zorg),
            "kindgebonden_budget": kindgebonden_budget.yearly(income, self.kgb),
        }

    def legal(self, name: str):
        source = {"huurtoeslag": self.rent, "zorgtoeslag": self.zorg, "kindgebonden_budget": self.kgb}[name]
        return source.legal if source is not None else None


def _year_facts(scenario: Scenario, year: int, params: ParameterSet) -> _Year:
    household = scenario.household
    rent = None
    if household.rent > 0 and year >= huurtoeslag.FIRST_YEAR:
        rent = huurtoeslag.rent_part(household, year, params)
    return _Year(
        year, rent,
        zorgtoeslag.figures(household.situation == "couple", year, params),
        kindgebonden_budget.figures(household, year, params),
    )


def _fill(rows: list[MonthResult], baseline: list[MonthResult] | None, terms: dict[str, list[Decimal]],
          income: Decimal, facts: _Year, kb: dict[Month, tuple[Decimal, Explanation]], indices: list[int]) -> None:
    """Put the advances of one year (and the kinderbijslag) on its months (`indices` of `rows`),
    with and without the job."""
    made: dict[tuple, list[Explanation]] = {}  # equal terms share their explanations
    huur_terms, zorg_terms, kgb_terms = terms["huurtoeslag"], terms["zorgtoeslag"], terms["kindgebonden_budget"]
    for index in indices:
        row = rows[index]
        slot = row.month[1] - 1
        amounts = huur, zorg, kgb = huur_terms[slot], zorg_terms[slot], kgb_terms[slot]
        added = made.get(amounts)
        if added is None:
            added = made[amounts] = [
                Explanation("toeslag_advance", {"toeslag": name, "amount": amount, "income": income}, facts.legal(name))
                for name, amount in zip(TOESLAGEN, amounts) if amount > 0]
        child_benefit, explanation = kb.get(row.month, NO_PAYMENT)
        if explanation is not None:
            added = added + [explanation]
        row.huurtoeslag, row.zorgtoeslag, row.kindgebonden_budget = huur, zorg, kgb
        row.kinderbijslag = child_benefit
        row.explanations.extend(added)
        if baseline is not None:
            base = baseline[index]
            base.huurtoeslag, base.zorgtoeslag, base.kindgebonden_budget = huur, zorg, kgb
            base.kinderbijslag = child_benefit
            base.explanations.extend(added)


def _report_now(scenario: Scenario, year: int, advance: dict, definitive: dict, terms: dict) -> dict | None:
    """The advances when the new income is reported in the month the (first) job starts (AWIR art. 17)."""
    starts = [job.start_month for job in (scenario.job, scenario.partner_job) if job is not None]
    if not starts or min(starts).year > year:
        return None
    start = max(min(starts), Month(year, 1))
    done = start.month - 1
    remaining = 12 - done
    monthly, repay = {}, {}
    for name in TOESLAGEN:
        paid = sum(terms[name][:done], ZERO)
        rest = definitive[name] - paid
        # Art. 22 lid 2: the rest of the new yearly amount over the remaining terms; paid too much
        # already is reclaimed at once (art. 16 lid 6).
        monthly[name] = cents_down(rest / remaining) if rest > 0 else ZERO
        repay[name] = -rest if rest < 0 else ZERO
    return {"from_month": str(start), "monthly_advance": monthly, "repay_now": repay, "settlement": ZERO}


def _income_tax(scenario: Scenario, household_year: HouseholdYear, params: ParameterSet) -> dict:
    year = household_year.year
    household = scenario.household
    iack = household.situation == "single_parent" and inkomstenbelasting.iack_child(household.children, year, params)
    persons, settlement, related = [], ZERO, ZERO
    for index, person in enumerate(household_year.persons):
        result = inkomstenbelasting.assess(person.taxable, person.arbeidsinkomen, year, params, iack and index == 0)
        withheld = to_cents(person.withheld_employer + person.withheld_gemeente)
        own = inkomstenbelasting.paid_out(withheld - result.due, year, params)
        settlement += own
        if own > 0:  # art. 32 lid 1 onder b Pw: the part over months with bijstand
            related += belastingteruggave.part_with_bijstand(
                own, person.months, result.ahk, result.arbeidskorting + result.iack)
        persons.append({
            "role": "applicant" if index == 0 else "partner",
            "taxable": result.taxable, "tax": result.tax, "algemene_heffingskorting": result.ahk,
            "arbeidskorting": result.arbeidskorting, "iack": result.iack, "due": result.due,
            "withheld_employer": to_cents(person.withheld_employer),
            "withheld_gemeente": to_cents(person.withheld_gemeente),
            "settlement": own,
        })
    refund = settlement if settlement > 0 else ZERO
    # Art. 32 lid 1 Pw: a refund is income over the period it relates to (rules/participatiewet/
    # belastingteruggave.py); the gemeente takes back at most the bijstand of that year.
    clawed = to_cents(min(related, refund, household_year.bijstand_net)) if refund else ZERO
    timing = params.at(TAX_TIMING, Month(year, 1)).value
    return {
        "persons": persons, "settlement": settlement, "refund": refund, "clawed_back": clawed,
        "kept": settlement - clawed,
        # The Belastingdienst answers a return filed before 1 April before 1 July.
        "file_before": f"{year + 1}-{timing['aangifte_voor']}",
        "expected_by": f"{year + 1}-{timing['bericht_voor']}",
    }


def apply(scenario: Scenario, rows: list[MonthResult], baseline: list[MonthResult], params,
          before: list[MonthResult] = ()) -> tuple[list[YearEnd], list[Notice]]:
    """Fill the monthly advances and work out the settlements after each year. `before`: the
    job's months before the window as they ran (rules/before_window.py)."""
    household = scenario.household
    same = rows is baseline
    before_base = baseline[0]
    before_work = None if same else usual_month(scenario, rows)
    true_years = household_years(scenario, rows, before_base, params, before_work, before)
    base_years = true_years if same else household_years(scenario, baseline, before_base, params)
    kb = {row.month: kinderbijslag.payment(household, row.month, params)
          for row in rows if row.month[1] in kinderbijslag.PAYMENT_MONTHS}
    indices: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        indices.setdefault(row.month[0], []).append(index)
    notices: dict = {}
    year_ends: list[YearEnd] = []
    for year, true_year in true_years.items():
        facts = _year_facts(scenario, year, params)
        if facts.rent is None and household.rent > 0 and year < huurtoeslag.FIRST_YEAR:
            notices[("huurtoeslag_not_modelled", year)] = Notice("huurtoeslag_not_modelled", {"year": year})
        base_income = base_years[year].toetsingsinkomen
        true_income = true_year.toetsingsinkomen
        advance = facts.amounts(base_income)
        definitive = advance if base_income == true_income else facts.amounts(true_income)
        terms = {name: awir.terms(advance[name]) for name in TOESLAGEN}
        _fill(rows, None if same else baseline, terms, to_cents(base_income), facts, kb, indices[year])

        per_toeslag = {
            name: {"advance": advance[name], "definitive": definitive[name], "settlement": definitive[name] - advance[name]}
            for name in TOESLAGEN
        }
        settlement = sum((item["settlement"] for item in per_toeslag.values()), ZERO)
        tax = _income_tax(scenario, true_year, params)
        # What the household keeps of the same settlement without the job (rules/summary.py).
        tax["kept_without_job"] = tax["kept"] if same else _income_tax(scenario, base_years[year], params)["kept"]
        # The refund comes after the year. With no bijstand left by then (the last month shown,
        # assumed to go on) there is nothing to take it off: the gemeente revises the bijstand of
        # those months and asks the part back: herziening (art. 54 lid 3 Pw) and terugvordering of
        # means over a bijstand period had afterwards (art. 58 lid 2 onder f sub 1 Pw).
        tax["asked_back"] = tax["clawed_back"] > 0 and rows[-1].bijstand == 0
        months = int(params.amount("toeslagen/awir.toekenning_binnen_maanden", Month(year, 1)))
        decided_by = Month(year + 1, RETURN_DEEMED_FILED).plus(months).first_day
        details = {
            "toetsingsinkomen": to_cents(true_income),
            "toetsingsinkomen_advance": to_cents(base_income),
            "toeslagen": per_toeslag,
            "toeslagen_decided_by": decided_by.isoformat(),
            "report_now": _report_now(scenario, year, advance, definitive, terms),
            "income_tax": tax,
            "legal": {**{name: facts.legal(name) for name in TOESLAGEN}, "settlement": AWIR_ART_24,
                      "report_now": AWIR_ART_17, "refund_as_income": PW_ART_32},
            "months_shown": true_year.months_shown,
            "bijstand_months": true_year.bijstand_months,
        }
        year_ends.append(YearEnd(year, settlement, tax["settlement"], details))

        if true_year.months_shown < 12:
            notices[("year_partly_assumed", year)] = Notice("year_partly_assumed", {"year": year, "months_shown": true_year.months_shown})
        if facts.rent is not None and facts.rent.unconfirmed and (advance["huurtoeslag"] or definitive["huurtoeslag"]):
            notices[("huurtoeslag_figures_unconfirmed", None)] = Notice(
                "huurtoeslag_figures_unconfirmed", {"parameters": list(facts.rent.unconfirmed)})
        if tax["clawed_back"] > 0:
            notices[("tax_refund_clawback_reading", year)] = Notice(
                "tax_refund_clawback_reading",
                {"year": year, "refund": tax["refund"], "kept": tax["kept"], "asked_back": tax["asked_back"]}, PW_ART_32)

    if scenario.with_work and any(y.toeslagen_settlement != 0 for y in year_ends):
        notices[("toeslagen_advance_without_job", None)] = Notice("toeslagen_advance_without_job", {}, AWIR_ART_17)
    if scenario.household.housemates_27_plus and scenario.household.rent > 0:
        notices[("huurtoeslag_medebewoners_income_unknown", None)] = Notice("huurtoeslag_medebewoners_income_unknown")
    return year_ends, list(notices.values())


def advances_as_without_job(rows: list[MonthResult], baseline: list[MonthResult]) -> None:
    """Put the baseline's toeslagen and kinderbijslag on `rows`, amounts only (for sweep()).

    The advances rest on the income the household reported before the job (art. 16 AWIR; our
    default, see the module docstring), so every job gets the same payments as the baseline:
    only the settlement after the year differs, and the sweep does not show it.
    """
    for row, base in zip(rows, baseline):
        row.huurtoeslag, row.zorgtoeslag = base.huurtoeslag, base.zorgtoeslag
        row.kindgebonden_budget, row.kinderbijslag = base.kindgebonden_budget, base.kinderbijslag
