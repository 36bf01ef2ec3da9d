"""The result page's own words: a couple's household money said to both ("jullie"), and a tax
refund the gemeente may count in full said in words, not as "€ 0,00 over".

A couple gets the bijstand together (art. 11 lid 4 Pw); the title "op je rekening" told the reader
the money was theirs alone. A refund over a year with bijstand is income over that year (art. 32
lid 1 onder b Pw); when the rules core keeps nothing of it (`kept` 0), the sentence says so.
"""
from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest

from app.adapters import run, to_scenario
from app.contract import ScenarioRequest
from app.i18n import LANGUAGES, gettext
from app.presenters import result as result_presenter
from app.presenters import result_couple
from rules import summarize

from .conftest import ANSWERS, COUPLE_BOTH_WORK

COUPLE = {**ANSWERS, **COUPLE_BOTH_WORK}
SINGLE_TITLE = "Wat er per maand op je rekening komt"
COUPLE_TITLE = "Wat er per maand op jullie rekeningen komt"
# The single's words for money that, for a couple, is the household's.
ONE_PERSON = ("op je rekening", "Daarvan houd je", "Wat je na het jaar", "hoeveel bijstand je krijgt",
              "beslist over je bijstand", "met baan heb je", "Wat je baan per maand oplevert")


def _visible(response) -> str:
    text = re.sub(r'<input type="hidden"[^>]*>', " ", response.text)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)))


def _h1_and_title(response) -> tuple[str, str]:
    h1 = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", response.text, re.S).group(1)).strip()
    title = html.unescape(re.search(r"<title>(.*?)</title>", response.text).group(1))
    return h1, title


@pytest.mark.parametrize("who", ["ik", "partner", "beide"])
@pytest.mark.parametrize("action", ["calculate", "print"])
def test_a_couples_result_and_print_view_speak_to_both(client, who, action):
    page = client.post("/uitkomst", data={**COUPLE, "wie_werkt": who, "action": action})
    assert page.status_code == 200
    h1, title = _h1_and_title(page)
    assert h1 == COUPLE_TITLE and title.startswith(COUPLE_TITLE)
    text = _visible(page)
    # Only the explanations of the applicant's own wage keep "op je rekening" (netto is the
    # applicant's own net wage there); every page sentence of its own speaks to both.
    own = re.sub(r"Netto is wat er na belasting op je rekening komt\.", "", text)
    assert [words for words in ONE_PERSON if words in own] == []
    assert "Per maand, netto op jullie rekeningen" in text
    assert "De gemeente beslist hoeveel bijstand jullie krijgen." in text
    assert "Houvast geeft een schatting. De gemeente beslist over jullie bijstand." in text


def test_a_single_persons_result_keeps_its_je_words(client):
    page = client.post("/uitkomst", data={**ANSWERS, "action": "calculate"})
    h1, _ = _h1_and_title(page)
    text = _visible(page)
    assert h1 == SINGLE_TITLE and "jullie" not in text
    assert "Per maand, netto op je rekening" in text and "hoeveel bijstand je krijgt" in text


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"nl"}))
def test_the_couples_words_are_translated(lang):
    pairs = [(result_presenter.TITLE, result_couple.TITLE),
             (result_presenter.REFUND_ALL_COUNTED, result_couple.REFUND_ALL_COUNTED),
             ("Per maand, netto op je rekening", "Per maand, netto op jullie rekeningen"),
             ("Daarvan houd je", "Daarvan houden jullie")]
    for single, couple in pairs:
        assert gettext(couple, lang) != couple, couple
        assert gettext(couple, lang) != gettext(single, lang), couple


def _year_end(situation: str, hours: int, employer_gives_korting: bool):
    household = {"situation": situation, "age": 35, "rent": 0}
    if situation == "couple":
        household["partner_age"] = 35
    body = {"start_month": "2026-01", "months": 12, "household": household,
            "job": {"start_month": "2026-01", "hours_per_week": hours, "hourly_wage": 15.0,
                    "loonheffingskorting_by_employer": employer_gives_korting}}
    result = run(to_scenario(ScenarioRequest.model_validate(body)))
    view = result_presenter.build(result, summarize(result), None, "nl")
    (item,) = result.year_end
    (shown,) = view.year_end
    return item.details["income_tax"], shown


def test_a_refund_counted_in_full_says_so_in_words():
    """The golden case korting_bij_werkgever_in_de_bijstand_2026: 12 hours at EUR 15 all of 2026,
    the employer gives the loonheffingskorting too; the refund of EUR 464,14 comes from a year
    with bijstand in every month, so the gemeente may count all of it (kept 0)."""
    tax, shown = _year_end("single", 12, True)
    assert tax["refund"] == Decimal("464.14") and tax["kept"] == 0
    assert shown["explained"] == (
        "Over 2026 krijg je naar verwachting €\u00a0464,14 belasting terug. Je had dat jaar bijstand. "
        "Wij denken dat de gemeente dat hele bedrag daarom van je bijstand mag afhalen. "
        "Dan houd je er niets van over.")
    tax, shown = _year_end("couple", 12, True)
    assert tax["kept"] == 0 and "0,00" not in shown["explained"]
    assert "dat hele bedrag daarom van jullie bijstand" in shown["explained"]
    assert shown["explained"].endswith("Dan houden jullie er niets van over.")


def test_a_refund_partly_kept_still_names_what_is_kept():
    """28 hours: bijstand stops during 2026, so only part of the refund is about months with
    bijstand; the sentence names the amount the rules core keeps."""
    tax, shown = _year_end("single", 28, False)
    assert 0 < tax["kept"] < tax["refund"]
    kept = f"{tax['kept']:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    assert shown["explained"].endswith(f"Je houdt er naar verwachting €\u00a0{kept} van over.")
