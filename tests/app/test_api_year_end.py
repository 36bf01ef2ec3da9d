"""The year-end block of the API: the toetsingsinkomen and the toeslagen per year."""
from fastapi.testclient import TestClient

from app.main import app

CLIENT = TestClient(app)


def test_year_end_shows_the_toetsingsinkomen_and_each_toeslag():
    body = {"start_month": "2026-01", "months": 12, "household": {"situation": "single", "age": 35, "rent": 700}}
    [year] = CLIENT.post("/api/v1/scenario", json=body).json()["year_end"]
    assert year["year"] == 2026
    # Without a job the advance rests on the true income: nothing to settle.
    assert year["toetsingsinkomen"] == year["toetsingsinkomen_advance"]
    assert set(year["toeslagen"]) == {"huurtoeslag", "zorgtoeslag", "kindgebonden_budget"}
    assert all(part["settlement"] == 0 for part in year["toeslagen"].values())
    # A full year of bijstand in 2026 (January norm 1.401,50, July norm 1.419,46): above the
    # official EUR 21.327 for a year at the January norm (NB2026 bijlage VII), by the July rise.
    assert 21327 < year["toetsingsinkomen"] < 21600


def test_a_job_not_reported_to_toeslagen_leads_to_a_settlement():
    body = {
        "start_month": "2026-01", "months": 12,
        "household": {"situation": "single", "age": 35, "rent": 700},
        "job": {"start_month": "2026-01", "hours_per_week": 32, "hourly_wage": 16, "pay_period": "month", "holiday_pay": "may"},
    }
    [year] = CLIENT.post("/api/v1/scenario", json=body).json()["year_end"]
    assert year["toetsingsinkomen"] > year["toetsingsinkomen_advance"]
    assert year["toeslagen_settlement"] < 0
    assert year["toeslagen_settlement"] == sum(part["settlement"] for part in year["toeslagen"].values())


def test_outdated_figures_of_one_group_are_one_warning_listing_each_figure():
    body = {"start_month": "2027-01", "months": 2, "household": {"situation": "single", "age": 35},
            "job": {"start_month": "2027-01", "hours_per_week": 16, "hourly_wage": 15, "pay_period": "month", "holiday_pay": "may"}}
    warnings = [w for w in CLIENT.post("/api/v1/scenario", json=body).json()["warnings"] if w["code"] == "figures_outdated"]
    texts = [w["text"] for w in warnings]
    assert len(texts) == len(set(texts))
    [tax] = [w for w in warnings if "belasting/loonheffing.tabelstap_jaarloon" in w["values"]["parameters"]]
    assert "belasting/heffingskortingen.arbeidskorting" in tax["values"]["parameters"]


def test_local_regelingen_are_named_as_the_gemeente_names_them():
    body = {"start_month": "2026-01", "months": 12, "gemeente": "amsterdam", "household": {"situation": "single", "age": 35},
            "job": {"start_month": "2026-01", "hours_per_week": 32, "hourly_wage": 16, "pay_period": "month", "holiday_pay": "may"}}
    warnings = CLIENT.post("/api/v1/scenario", json=body).json()["warnings"]
    [lost] = [w for w in warnings if w["code"] == "minimaregeling_lost"]
    assert "Individuele inkomenstoeslag" in lost["text"]


def test_the_page_and_the_api_show_the_same_year_end():
    """Golden case jaareinde/alleenstaande_ouder_baan_sinds_februari_vanaf_oktober_2026: a refund
    of 6.572,22 of which 2.354,38 is kept (the gemeente counts each month at most its bijstand),
    no toeslag to settle, and 321,78 of cash over the months shown: 2.676,16 after the settlements."""
    import re

    from app.forms import steps

    body = {"start_month": "2026-10", "months": 3,
            "household": {"situation": "single_parent", "age": 32, "rent": 850, "children": [{"age": 7}, {"age": 14}]},
            "job": {"start_month": "2026-02", "gross_per_period": 1800, "pay_period": "month", "holiday_pay": "may"},
            "vrijlating_months_used": 8}
    answer = CLIENT.post("/api/v1/scenario", json=body).json()
    [year] = answer["year_end"]
    assert (year["toeslagen_settlement"], year["income_tax_settlement"], year["income_tax_kept"]) == (0, 6572.22, 2354.38)
    [summary] = answer["summary"]["years"]
    assert (summary["difference_cash"], summary["difference_after_settlements"]) == (321.78, 2676.16)
    form = {name: "" for name in steps.FIELD_NAMES} | {
        "form": "consulent", "situation": "single_parent", "age": "32", "rent": "850", "children": "7, 14",
        "housemates": "0", "medisch": "nee", "job_start": "2026-02", "wage_kind": "periode", "gross_per_period": "1800",
        "pay_period": "month", "holiday_pay": "may", "loonheffingskorting": "nee", "vrijlating_used": "8",
        "start_month": "2026-10", "months": "3", "gemeente": "voorbeeld", "action": "calculate"}
    page = CLIENT.post("/uitkomst", data=form)
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.text)).replace("\u00a0", " ")
    row = re.search(r"2026 € 0,00 \+ € 6\.572,22 \+ € 2\.354,38", text)
    assert row, "the year-end table row"
    assert "+ € 321,78" in text and "+ € 2.676,16" in text
