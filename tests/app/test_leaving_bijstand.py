"""Leaving the bijstand: the result asks for the loonheffingskorting at the employer, with the
month, and no longer says the korting comes through the bijstand (Wet LB 1964 art. 23)."""
from __future__ import annotations

import re

# A single person, 36 hours at EUR 16 a month from January 2027: the wage is far above the norm,
# so the bijstand stops in the first month of the job and does not come back.
EXIT = {
    "situation": "single", "age": "35", "partner_age": "", "medisch": "nee", "children": "",
    "housemates": "0", "rent": "0", "wage_kind": "uur", "hours": "36", "hourly_wage": "16,00",
    "gross_per_period": "", "pay_period": "month", "holiday_pay": "may", "job_start": "2027-01",
    "loonheffingskorting": "nee", "vrijlating_used": "",
}


def _what_to_do(html: str) -> str:
    start = html.index("Wat moet je doen?")
    return re.sub(r"\s+", " ", html[start:html.index("</ol>", start)])


def test_the_page_asks_to_ask_the_employer_from_the_first_month_without_bijstand(client):
    response = client.post("/uitkomst", data={**EXIT, "action": "calculate"})
    assert response.status_code == 200, response.text[:500]
    todo = _what_to_do(response.text)
    assert "Vanaf januari 2027 krijg je geen bijstand meer." in todo
    assert "Opgaaf gegevens voor de loonheffingen" in todo
    assert "via je bijstand" not in response.text


def test_the_api_names_the_month_and_who_applies_the_korting(client):
    body = {"start_month": "2027-01", "months": 3, "household": {"situation": "single", "age": 35},
            "job": {"start_month": "2027-01", "hours_per_week": 36, "hourly_wage": 16, "pay_period": "month"}}
    data = client.post("/api/v1/scenario", json=body).json()
    asks = [w for w in data["warnings"] if w["code"] == "ask_employer_loonheffingskorting"]
    assert [w["values"]["month"] for w in asks] == ["2027-01"]
    for month in data["months"]:
        codes = {item["code"] for item in month["explanations"]}
        assert "loonheffing_korting_after_bijstand" in codes and "loonheffing_without_korting" not in codes


def test_a_partner_of_aow_age_is_named_on_the_partner_question(client):
    """The form shows the refusal at the partner's age, in words about the partner."""
    response = client.post("/vragen", data={"situation": "couple", "age": "40", "partner_age": "70",
                                            "step": "huishouden", "action": "next"})
    assert response.status_code == 422
    assert 'href="#partner_age"' in response.text
    assert "Je partner heeft de AOW-leeftijd" in response.text
