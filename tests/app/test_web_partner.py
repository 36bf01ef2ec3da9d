"""Both partners may work: "who works?", the partner's job questions, the one-page form and the
result page, without JavaScript (the browser tests do the same with it: tests/browser)."""
from __future__ import annotations

import html
import re
from decimal import Decimal

from app.forms import check_answers, steps
from app.i18n import money

from .conftest import ANSWERS, COUPLE_BOTH_WORK, blank_answers, validate_every_step
from .test_web_pages import h1, hidden_fields, post_step

BOTH = {**ANSWERS, **COUPLE_BOTH_WORK}
PARTNER_ONLY = {**BOTH, "wie_werkt": "partner"}
# The page of one question has the question as its heading (the legend's h1).
WHO_WORKS = "Wie gaat werken? Jij, je partner, of jullie allebei?"


def _text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text)))


def _caption(response) -> str:
    return html.unescape(re.search(r'<span class="caption">(.*?)</span>', response.text).group(1))


def _errors(response) -> list[str]:
    summary = re.search(r'error-summary__list">(.*?)</ul>', response.text, re.S)
    return [html.unescape(item) for item in re.findall(r"<a [^>]*>(.*?)</a>", summary.group(1))] if summary else []


def test_a_single_person_is_never_asked_who_works(client, answers):
    assert steps.journey(answers) == ["huishouden", "wonen", "werk", "loon"]
    page = post_step(client, "wonen", answers)
    assert h1(page) == "Je baan" and _caption(page) == "Deel 2 van 2: het werk"
    assert 'name="wie_werkt"' not in page.text.replace('type="hidden" name="wie_werkt"', "")


def test_a_couple_where_both_work_answers_each_job_in_turn_and_back_goes_the_same_way(client):
    assert steps.journey(BOTH) == ["huishouden", "wonen", "wie", "werk", "loon", "partner_werk", "partner_loon"]
    page = post_step(client, "wonen", BOTH)
    assert h1(page) == WHO_WORKS and _caption(page) == "Deel 2 van 2: het werk"
    for label in ("Ik", "Mijn partner", "Wij allebei"):
        assert f">{label}</label>" in page.text
    titles = []
    for step in ("wie", "werk", "loon", "partner_werk"):
        page = post_step(client, step, hidden_fields(page) | {name: BOTH[name] for name in steps.visible_fields(step, BOTH)
                                                                if name in BOTH})
        titles.append(h1(page))
    assert titles == ["Je baan", "Je loon", "De baan van je partner", "Het loon van je partner"]
    assert "Hoeveel uur per week gaat je partner werken?" in _text(page) and _caption(page) == "Deel 2 van 2: het werk"
    check = post_step(client, "partner_loon", hidden_fields(page) | {"partner_hours": "12", "partner_hourly_wage": "15,20"})
    assert h1(check) == "Controleer je antwoorden"
    # Back, from the check page to the first question, through every step of this couple.
    back, data = [], hidden_fields(check)
    step = "controleer"
    for _ in range(7):
        page = client.post("/vragen", data={**data, "step": step, "action": "back"})
        step = "wie" if h1(page) == WHO_WORKS else next(
            name for name, title in steps.STEP_TITLES.items() if title == h1(page))
        back.append(step)
    assert back == ["partner_loon", "partner_werk", "loon", "werk", "wie", "wonen", "huishouden"]


def test_only_the_partner_works_skips_the_applicants_job(client):
    assert steps.journey(PARTNER_ONLY) == ["huishouden", "wonen", "wie", "partner_werk", "partner_loon"]
    page = post_step(client, "wie", PARTNER_ONLY)
    assert h1(page) == "De baan van je partner" and _caption(page) == "Deel 2 van 2: het werk"
    back = client.post("/vragen", data={**PARTNER_ONLY, "step": "partner_werk", "action": "back"})
    assert h1(back) == WHO_WORKS
    values, errors = validate_every_step(blank_answers(**PARTNER_ONLY))
    assert errors == {}
    request = steps.to_request(values)
    assert request.job is None and request.vrijlating_months_used == 0
    assert request.partner_job.start_month == "2027-02" and request.partner_job.hours_per_week == Decimal(12)
    assert request.partner_job.hourly_wage == Decimal("15.20") and request.partner_job.pay_period == "month"
    assert request.start_month == "2027-02"  # the household's first job starts the months shown


def test_both_jobs_go_to_job_and_partner_job(client):
    values, errors = validate_every_step(blank_answers(**BOTH, partner_holiday_pay="monthly",
                                                      partner_loonheffingskorting="ja", partner_hours_max="20"))
    assert errors == {}
    request = steps.to_request(values)
    assert request.start_month == "2027-01"
    assert (request.job.hours_per_week, request.job.hourly_wage, request.job.pay_period) == (
        Decimal(16), Decimal("14.71"), "four_weeks")
    partner = request.partner_job
    assert (partner.hours_per_week, partner.hours_per_week_max, partner.holiday_pay) == (Decimal(12), Decimal(20), "monthly")
    assert partner.loonheffingskorting_by_employer is True and request.job.loonheffingskorting_by_employer is False
    # "Only me": the partner's answers stay in the hidden fields but are not used.
    values, _ = validate_every_step(blank_answers(**{**BOTH, "wie_werkt": "ik"}))
    assert steps.to_request(values).partner_job is None


def test_the_partners_wrong_answers_get_partner_words_and_keep_what_was_typed(client):
    page = post_step(client, "partner_loon", {**BOTH, "partner_hourly_wage": "vijftien", "partner_hours": "12",
                                               "partner_hours_max": "8"})
    assert page.status_code == 422
    assert _errors(page) == ["Vul het uurloon van je partner in als getal, zoals 14,71.",
                             "Het grootste aantal uren is kleiner dan het kleinste aantal uren. Vul het grootste aantal uren in."]
    assert 'value="vijftien"' in page.text and 'value="8"' in page.text
    empty = post_step(client, "partner_werk", {**BOTH, "partner_job_start": "", "partner_wage_kind": ""})
    assert _errors(empty) == ["Kies de maand waarin je partner voor het eerst loon krijgt",
                              "Kies hoe je het loon van je partner wilt invullen"]
    values, errors = validate_every_step(blank_answers(**{
        **BOTH, "partner_job_end": "2027-01", "partner_pay_period": "week", "partner_first_payday-day": "3",
        "partner_first_payday-month": "3", "partner_first_payday-year": "2027"}))
    assert errors["partner_job_end"] == steps.MESSAGES["end_before_start"]
    assert errors["partner_first_payday"] == ("De eerste betaaldag valt in de maand waarin je voor het eerst loon "
                                              "krijgt. Kies een dag in die maand.")
    who = post_step(client, "wie", {**BOTH, "wie_werkt": "iedereen"})
    assert _errors(who) == ["Kies wie er gaat werken"]


def test_the_partners_high_hourly_wage_is_asked_once(client):
    data = {**BOTH, "partner_hourly_wage": "80"}
    page = post_step(client, "partner_loon", data)
    assert page.status_code == 422 and 'name="partner_wage_checked" type="checkbox" value="80"' in page.text
    assert h1(post_step(client, "partner_loon", {**data, "partner_wage_checked": "80"})) == "Controleer je antwoorden"


def test_the_check_page_lists_both_jobs_with_change_links(client):
    check = post_step(client, "partner_loon", BOTH)
    text = _text(check)
    for step in ("wie", "werk", "loon", "partner_werk", "partner_loon"):
        assert f'value="change:{step}"' in check.text
    assert "Wij allebei" in text and "Hoeveel uur per week gaat je partner werken? 12 uur per week" in text
    assert "Wat als de baan van je partner stopt? In welke maand krijgt je partner voor het laatst loon? " \
           "De baan van je partner gaat door" in text
    assert check_answers.display("partner_holiday_pay", BOTH) == "Overgeslagen. We rekenen met: Eén keer per jaar, in mei"
    single = post_step(client, "loon", ANSWERS)
    assert "change:wie" not in single.text and "change:partner_werk" not in single.text


def test_changing_who_works_on_the_check_page_asks_the_new_questions_first(client):
    only_me = {name: value for name, value in BOTH.items() if not name.startswith("partner_")} | {
        "partner_age": "33", "wie_werkt": "ik"}
    page = client.post("/vragen", data={**only_me, "step": "controleer", "action": "change:wie"})
    assert h1(page) == WHO_WORKS
    page = client.post("/vragen", data={**hidden_fields(page), "wie_werkt": "beide", "step": "wie", "action": "next",
                                        "return_to": "check"})
    assert h1(page) == "De baan van je partner"
    page = client.post("/vragen", data={**hidden_fields(page), **{name: BOTH[name] for name in (
        "partner_job_start", "partner_wage_kind", "partner_pay_period")}, "step": "partner_werk", "action": "next",
        "return_to": "check"})
    assert h1(page) == "Het loon van je partner"
    page = client.post("/vragen", data={**hidden_fields(page), "partner_hours": "12", "partner_hourly_wage": "15,20",
                                        "step": "partner_loon", "action": "next", "return_to": "check"})
    assert h1(page) == "Controleer je antwoorden"


def _compact(**answers) -> dict:
    return blank_answers(**{**ANSWERS, "form": "consulent", "action": "calculate", **answers})


def test_the_one_page_form_has_the_partners_job_for_everyone_with_its_hint(client):
    page = client.get("/consulent")
    text = _text(page)
    assert "Baan van de partner" in text and "Alleen voor wie getrouwd is of samenwoont, als de partner werkt." in text
    assert 'id="partner_hours"' in page.text and 'name="wie_werkt"' in page.text


def test_a_single_persons_partner_job_on_the_one_page_form_is_a_plain_error(client):
    page = client.post("/uitkomst", data=_compact(partner_hours="12"))
    assert page.status_code == 422
    assert _errors(page) == [steps.NO_PARTNER]
    assert 'value="12"' in page.text and "partner-only partner-job has-error" in page.text
    # "Who works?" is not asked of a single person: a choice left there is not used (a radio
    # cannot be cleared), like the partner's age.
    chosen = client.post("/uitkomst", data=_compact(wie_werkt="beide"))
    assert chosen.status_code == 200 and "Loon partner" not in chosen.text
    only_me = client.post("/uitkomst", data=_compact(situation="couple", partner_age="33", wie_werkt="ik",
                                                     partner_hourly_wage="15,20"))
    assert _errors(only_me) == [steps.PARTNER_NOT_WORKING]


def test_the_result_shows_the_partners_wage_as_the_api_computes_it(client, api_body):
    page = client.post("/uitkomst", data=_compact(**COUPLE_BOTH_WORK, start_month="2027-01", months="12"))
    assert page.status_code == 200, _errors(page)
    assert "<th scope=\"col\" class=\"num\">Jouw loon</th>" in page.text and "Loon partner" in page.text
    assert "In een gewone maand hebben jullie met werk" in _text(page)  # the household's headline
    api_body["household"].update(situation="couple", partner_age=33)
    api_body["partner_job"] = {"start_month": "2027-02", "hours_per_week": 12, "hourly_wage": 15.20,
                               "pay_period": "month"}
    months = client.post("/api/v1/scenario", json=api_body).json()["months"]
    table = page.text.split('class="table month-table"')[1].split("</table>")[0]
    cells = re.findall(r'<tr class="[^"]*">\s*<th scope="row">.*?</tr>', table, re.S)
    assert len(cells) == len(months) == 12
    for row, month in zip(cells, months):
        amounts = [html.unescape(cell) for cell in re.findall(r'<td class="num[^"]*">([^<]*)', row)]
        assert amounts[0] == money(Decimal(str(month["net_wage"])), "nl")
        assert amounts[1] == money(Decimal(str(month["partner_net_wage"])), "nl")
    # Real numbers: 12 hours at EUR 15,20 a month is 12 x 15,20 x 52 / 12 = EUR 790,40 gross
    # (the month's wage of a weekly number of hours, as the rules core counts it); net after
    # loonheffing less, and nothing before February.
    assert months[0]["partner_gross_wage"] == 0 and months[0]["partner_net_wage"] == 0
    assert months[1]["partner_gross_wage"] == 790.40 and 0 < months[1]["partner_net_wage"] < 790.40
    # The cards on a phone: the partner's wage under each month.
    assert page.text.count("<dt>Loon partner</dt>") == 12


def test_the_result_when_only_the_partner_works_has_no_column_for_the_applicants_wage(client):
    page = client.post("/uitkomst", data=_compact(**{**PARTNER_ONLY, "job_start": "", "start_month": "2027-02",
                                                     "months": "6"}))
    assert page.status_code == 200, _errors(page)
    assert "Jouw loon" not in page.text and "Loon partner" in page.text
    # The months that differ are the household's: the partner's holiday pay in May (8% of the
    # wage built up since February, Wml art. 15) is not "van je werkgever".
    assert "Mei 2027: " in _text(page) and "Jullie krijgen dan vakantiegeld van de werkgever." in _text(page)
    assert "vakantiegeld van je werkgever" not in _text(page)
    # The stepper and the hours table vary the partner's hours (as rules.sweep does then).
    text = _text(page)
    assert "Je rekent nu met 12 uur per week." in text and "uren van je partner" in text
    assert "Voor elk uur per week dat je partner werkt, houden jullie gemiddeld" in text
    more = client.post("/uitkomst", data={**hidden_fields(page), "form": "consulent", "action": "more_hours"})
    assert "Je rekent nu met 16 uur per week." in _text(more)
    assert hidden_fields(more)["partner_hours"] == "16" and hidden_fields(more)["hours"] == ANSWERS["hours"]


def test_the_hours_table_of_a_couple_where_the_applicant_works_speaks_of_jullie(client):
    """A couple gets the bijstand together (art. 11 lid 4 Pw): what an extra hour of the applicant
    leaves is the household's, and the wage comes off "jullie bijstand"."""
    page = client.post("/uitkomst", data=_compact(situation="couple", partner_age="33", wie_werkt="ik"))
    assert page.status_code == 200, _errors(page)
    text = _text(page)
    assert "Voor elk uur per week dat je werkt, houden jullie gemiddeld" in text
    assert "De gemeente haalt je loon van jullie bijstand af." in text
    single = _text(client.post("/uitkomst", data=_compact()))
    assert "Voor elk uur per week dat je werkt, houd je gemiddeld" in single
