"""A couple's household-level reasons speak to both partners ("jullie bijstand"), a single's
still to one ("je bijstand"); the codes and values of the answer are the same either way.

A couple gets the bijstand together (art. 11 lid 4 Pw) and it is paid half to each (art. 45
lid 4 Pw): "je bijstand" would tell the reader it is theirs alone.
"""
from __future__ import annotations

import re
from decimal import Decimal

from app.adapters import run, to_response, to_scenario
from app.contract import ScenarioRequest
from app.i18n import LANGUAGES, Plural, gettext, money, translate_plural
from app.presenters.answer import Texts, local_names
from app.presenters.explain import MONTH_TEXTS, WARNING_TEXTS, month_text, warning_text
from app.presenters.explain_couple import COUPLE_MONTH_TEXTS, COUPLE_WARNING_TEXTS
from app.presenters.result_couple import _variants, for_household
from rules import summarize
from rules.explanations import MONTH_CODES, WARNING_CODES

from .test_web_explain import FORMAL, PLACEHOLDER, sample

COUPLE = {"situation": "couple", "age": 35, "partner_age": 35, "rent": 700}
WORK = {
    "start_month": "2026-03", "months": 18,
    "job": {"start_month": "2026-03", "hours_per_week": 16, "hourly_wage": 15},
    "partner_job": {"start_month": "2026-05", "hours_per_week": 12, "hourly_wage": 14, "pay_period": "four_weeks"},
}
# The household's money: for a couple these reasons must say "jullie".
HOUSEHOLD_CODES = {"bijstand", "vakantietoeslag_reserved", "vakantietoeslag_paid", "toeslag_advance",
                   "holiday_pay_not_counted", "vrijlating_n", "vrijlating_used_up", "vrijlating_34a", "below_without_job"}
# "je" before the household's money (the applicant's own wage and korting stay "je").
ONE_PERSON = re.compile(r"\bje (bijstand|norm|inkomen|vakantietoeslag|gespaarde)\b|\bvoor je op\b|\bJe krijgt deze maand\b",
                        re.I)


def _answer(client, body, lang="nl"):
    response = client.post(f"/api/v1/scenario?lang={lang}", json=body)
    assert response.status_code == 200, response.text
    return response.json(parse_float=Decimal)


def _texts(answer) -> dict[str, set[str]]:
    by_code: dict[str, set[str]] = {}
    for month in answer["months"]:
        for item in month["explanations"]:
            by_code.setdefault(item["code"], set()).add(item["text"])
    for item in answer["warnings"]:
        by_code.setdefault(item["code"], set()).add(item["text"])
    return by_code


def _all_templates(message) -> list[str]:
    return [message] if isinstance(message, str) else [message.singular, message.plural]


def test_couple_texts_belong_to_codes_and_carry_the_same_values():
    for couple, texts, codes in ((COUPLE_MONTH_TEXTS, MONTH_TEXTS, MONTH_CODES),
                                 (COUPLE_WARNING_TEXTS, WARNING_TEXTS, WARNING_CODES)):
        assert set(couple) <= set(codes), set(couple) - set(codes)
        for code, message in couple.items():
            original = texts[code]
            assert isinstance(message, Plural) == isinstance(original, Plural), code
            if isinstance(message, Plural):
                assert message.count == original.count, code
            for mine, theirs in zip(_all_templates(message), _all_templates(original)):
                assert set(PLACEHOLDER.findall(mine)) == set(PLACEHOLDER.findall(theirs)), code
                assert mine != theirs or code == "holiday_pay_not_counted", f"{code}: the same as the single's"


def test_couple_texts_say_jullie_and_are_plain_dutch():
    for code, names in MONTH_CODES.items():
        if code in COUPLE_MONTH_TEXTS:
            text = month_text(code, {name: sample(name) for name in names}, couple=True)
            assert text != month_text(code, {name: sample(name) for name in names}) or code == "holiday_pay_not_counted"
            _check_couple_sentence(code, text)
    for code, names in WARNING_CODES.items():
        if code in COUPLE_WARNING_TEXTS:
            _check_couple_sentence(code, warning_text(code, {name: sample(name) for name in names}, couple=True))


def _check_couple_sentence(code, text):
    assert "jullie" in text.lower(), code
    assert not ONE_PERSON.search(text), f"{code}: {text}"
    assert "%(" not in text and "Hier speelt nog iets mee" not in text, code
    assert not FORMAL.search(text), code
    for sentence in re.split(r"(?<=[.?!:])\s+", text):
        assert len(sentence.split()) <= 20, f"{code}: {sentence}"


def test_a_couple_where_both_work_reads_jullie(client):
    answer = _answer(client, {**WORK, "household": COUPLE})
    texts = _texts(answer)
    assert HOUSEHOLD_CODES <= set(texts), HOUSEHOLD_CODES - set(texts)
    for code in HOUSEHOLD_CODES:
        for text in texts[code]:
            assert "jullie" in text.lower() and not ONE_PERSON.search(text), text
    # The applicant's own stays "je": the wage, the employer.
    assert all(text.startswith("Je werkgever betaalt") for text in texts["wage_paid"])
    assert all("van jullie bijstand" in text and text.startswith("Je mag") for text in texts["vrijlating_n"])
    # The sentence with the month's numbers, as the answer's values give them.
    month = next(m for m in answer["months"] if any(e["code"] == "bijstand" for e in m["explanations"]))
    item = next(e for e in month["explanations"] if e["code"] == "bijstand")
    values = item["values"]
    assert item["text"] == (
        f"Jullie norm is {money(values['norm'])}. De gemeente verrekent {money(values['counted'])} inkomen. "
        f"Verrekenen betekent: ze haalt dat van jullie norm af. Jullie bijstand is dan {money(values['bijstand'])}.")


def test_a_couple_without_work_reads_jullie(client):
    # The couple's norm from 1 January 2026: € 2.002,13 (SZW Normenbrief 1 januari 2026,
    # rules/data/participatiewet/normen.yaml); March to May, before the July figures.
    texts = _texts(_answer(client, {"start_month": "2026-03", "months": 3, "household": COUPLE}))
    assert texts["bijstand_full"] == {"De gemeente telt deze maand geen inkomen van jullie mee. "
                                      "Jullie krijgen de hele norm als bijstand: €\u00a02.002,13."}
    assert all(text.startswith("De gemeente spaart") and "van jullie bijstand voor jullie op" in text
               for text in texts["vakantietoeslag_reserved"])
    assert all(text.startswith("Jullie krijgen deze maand") for text in texts["toeslag_advance"])


def test_a_single_still_reads_je(client):
    body = {**WORK, "household": {**COUPLE, "situation": "single"}}
    del body["partner_job"]
    texts = _texts(_answer(client, body))
    assert all(text.startswith("Je norm is") and "Je bijstand is dan" in text for text in texts["bijstand"])
    assert all("van je bijstand voor je op" in text for text in texts["vakantietoeslag_reserved"])
    assert all(text.startswith("Je krijgt deze maand") for text in texts["toeslag_advance"])
    assert all("niet van je bijstand af" in text for text in texts["vrijlating_n"])


def test_the_codes_and_values_do_not_depend_on_the_words():
    """Only the sentences change: the same answer with the single's words has the same JSON
    apart from every "text"."""
    scenario = to_scenario(ScenarioRequest.model_validate({**WORK, "household": COUPLE}))
    result = run(scenario)
    names = local_names(scenario.gemeente)
    couple = to_response(result, summarize(result), [], Texts(names, "nl", household=scenario.household))
    plain = to_response(result, summarize(result), [], Texts(names, "nl"))

    def without_text(value):
        if isinstance(value, dict):
            return {key: without_text(item) for key, item in value.items() if key != "text"}
        if isinstance(value, list):
            return [without_text(item) for item in value]
        return value

    couple_dump, plain_dump = couple.model_dump(mode="json"), plain.model_dump(mode="json")
    assert couple_dump != plain_dump
    assert without_text(couple_dump) == without_text(plain_dump)


def test_every_language_has_the_couple_words():
    """Each couple message is translated (not the Dutch) in every language, all plural forms."""
    for message in (*COUPLE_MONTH_TEXTS.values(), *COUPLE_WARNING_TEXTS.values(), *_variants().values()):
        for lang in LANGUAGES:
            if lang == "nl":
                continue
            if isinstance(message, Plural):
                for n in (1, 2, 5):
                    assert translate_plural(message, n, lang) not in (message.singular, message.plural), (lang, message)
            else:
                assert gettext(message, lang) != message, (lang, message)


def test_english_says_it_is_joint(client):
    texts = _texts(_answer(client, {**WORK, "household": COUPLE}, lang="en"))
    assert all("Your joint social assistance (bijstand) is then" in text for text in texts["bijstand"])
    assert all(text.startswith("This month the two of you get") for text in texts["toeslag_advance"])


def test_the_result_page_of_a_couple_reads_jullie(client, answers):
    """The page uses the same Texts as the API: a couple's month says "Jullie bijstand"."""
    answers.update(situation="couple", partner_age="33", wie_werkt="ik", children="", action="calculate")
    page = client.post("/uitkomst", data=answers).text
    assert "Jullie bijstand is dan" in page and "van jullie bijstand voor jullie op" in page
    assert "Je bijstand is dan" not in page
    answers.update(situation="single", partner_age="")
    page = client.post("/uitkomst", data=answers).text
    assert "Je bijstand is dan" in page and "Jullie bijstand is dan" not in page


def test_the_pages_own_couple_sentences_carry_the_same_values():
    for single, couple in _variants().items():
        assert isinstance(single, Plural) == isinstance(couple, Plural), couple
        for mine, theirs in zip(_all_templates(couple), _all_templates(single)):
            assert set(PLACEHOLDER.findall(mine)) == set(PLACEHOLDER.findall(theirs)), mine
            assert "jullie" in mine.lower() and not ONE_PERSON.search(mine), mine
        assert for_household(single, couple=False) is single and for_household(single, couple=True) is couple


def test_the_result_page_speaks_to_a_couple_about_their_money(client, answers):
    """The headline, the lowest month, the months below and the year speak of "jullie"; the
    applicant's wage and employer stay "je"."""
    answers.update(situation="couple", partner_age="33", wie_werkt="ik", children="", action="calculate")
    page = client.post("/uitkomst", data=answers).text
    assert "In een gewone maand hebben jullie met deze baan" in page
    assert "Jullie laagste bedrag is" in page or "Jullie laagste maand is" in page
    assert "Met wat jullie over heel" in page and "belasting terugkrijgen of terugbetalen" in page
    assert "heb je met deze baan" not in page and "Je laagste" not in page
    assert "De gemeente rekent dan jullie bijstand uit." in page and "Geef jullie nieuwe inkomen door" in page
    assert "De gemeente rekent dan je bijstand uit." not in page
    answers.update(situation="single", partner_age="")
    page = client.post("/uitkomst", data=answers).text
    assert "In een gewone maand heb je met deze baan" in page and "jullie" not in page.lower()


def test_the_youth_warning_of_a_couple_does_not_say_the_applicant_is_young(client):
    """Art. 20 lid 3 Pw raises the norm for a partner of 18-20 too: when only the partner is 19,
    "Je bent jonger dan 21" told the applicant of 30 something untrue."""
    couple = {"start_month": "2026-03", "months": 3,
              "household": {"situation": "couple", "age": 30, "partner_age": 19, "rent": 500}}
    texts = {w["code"]: w["text"] for w in _answer(client, couple)["warnings"]}
    assert texts["youth_norm_extra_possible"].startswith("Jij of je partner is jonger dan 21.")
    raised = {**couple, "household": {**couple["household"], "parents_can_help": False}}
    texts = {w["code"]: w["text"] for w in _answer(client, raised)["warnings"]}
    assert texts["youth_norm_raised"].startswith("Jij of je partner is jonger dan 21, en de ouders kunnen niet helpen.")
    single = {"start_month": "2026-03", "months": 3, "household": {"situation": "single", "age": 19, "rent": 500}}
    texts = {w["code"]: w["text"] for w in _answer(client, single)["warnings"]}
    assert texts["youth_norm_extra_possible"].startswith("Je bent jonger dan 21.")


def test_a_refund_counted_in_full_is_said_so_not_as_keeping_nothing(client):
    """The golden case korting_bij_werkgever_in_de_bijstand_2026: a refund of EUR 464,14 after a
    year with bijstand in every month is counted in full (kept 0; art. 32 lid 1 onder b Pw)."""
    body = {"start_month": "2026-01", "months": 12, "household": {"situation": "single", "age": 35, "rent": 0},
            "job": {"start_month": "2026-01", "hours_per_week": 12, "hourly_wage": 15.0,
                    "loonheffingskorting_by_employer": True}}
    texts = {w["code"]: w["text"] for w in _answer(client, body)["warnings"]}
    assert texts["tax_refund_clawback_reading"] == (
        "Na 2026 krijg je waarschijnlijk €\u00a0464,14 belasting terug. "
        "Wij denken dat de gemeente dat hele bedrag van je bijstand mag afhalen. Dat is onze uitleg van de wet.")
    couple = {**body, "household": {"situation": "couple", "age": 35, "partner_age": 35, "rent": 0}}
    texts = {w["code"]: w["text"] for w in _answer(client, couple)["warnings"]}
    assert "van jullie bijstand" in texts.get("tax_refund_clawback_reading", "van jullie bijstand")
    assert "€\u00a00,00" not in " ".join(texts.values())
