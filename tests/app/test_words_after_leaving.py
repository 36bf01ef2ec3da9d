"""What the person reads about the months after leaving bijstand: the cause of the lowest month,
a tax refund that comes when the bijstand has stopped, and a couple's kostendelers."""
from __future__ import annotations

from decimal import Decimal

from app.i18n import gettext
from app.presenters import result, result_couple
from app.presenters.explain import month_text, warning_text
from app.presenters.result import _refund_kept

# Golden case uitstroom_vrijlating_op_maandloon_2026: bijstand January-March 2026, none from April.
EXIT_2026 = {"start_month": "2026-01", "months": 12, "household": {"situation": "single", "age": 40, "rent": 0},
             "job": {"start_month": "2026-01", "gross_per_period": 2100.00, "pay_period": "month",
                     "holiday_pay": "may"},
             "vrijlating_months_used": 3}


def test_the_api_names_the_korting_as_the_cause_and_the_refund_asked_back(client):
    """January-March: the employer withholds without the korting while the gemeente applies it
    (Wet LB art. 23); the 2026 refund comes in 2027 when there is no bijstand: asked back."""
    data = client.post("/api/v1/scenario", json=EXIT_2026).json()
    assert data["summary"]["lowest_month"] == "2026-01"
    assert data["summary"]["lowest_cause"] == "loonheffingskorting_gemeente"
    refund = next(w for w in data["warnings"] if w["code"] == "tax_refund_clawback_reading")
    assert refund["values"]["asked_back"] is True
    assert "terugvordering" in refund["text"] and "van je bijstand afhalen" not in refund["text"]
    for month in data["months"][4:]:  # May on: no bijstand, no 'all your wage off your bijstand'
        assert "vrijlating_used_up" not in {item["code"] for item in month["explanations"]}


def test_the_refund_warning_says_taken_off_while_the_bijstand_runs_and_asked_back_after():
    values = {"year": 2026, "refund": Decimal("1806.01"), "kept": Decimal("1121.59")}
    running = warning_text("tax_refund_clawback_reading", {**values, "asked_back": False})
    stopped = warning_text("tax_refund_clawback_reading", {**values, "asked_back": True})
    assert "van je bijstand afhalen" in running and "terugvordering" not in running
    assert "terugvordering" in stopped and "afhalen" not in stopped and "1.121,59" in stopped
    none_kept = warning_text("tax_refund_clawback_reading", {**values, "kept": 0, "asked_back": True}, couple=True)
    assert "Jullie bijstand is dan al gestopt" in none_kept and "afhalen" not in none_kept
    assert "afhalen" not in warning_text("tax_refund_clawback_reading", {**values, "asked_back": True}, "en")


def test_the_year_end_sentence_after_leaving_asks_back():
    refund, kept = Decimal("1806.01"), Decimal("684.42")
    assert "van je bijstand afhalen" in _refund_kept(2026, refund, kept, False, "nl")
    after = _refund_kept(2026, refund, kept, False, "nl", asked_back=True)
    assert "terugvragen" in after and "afhalen" not in after
    assert "jullie" in _refund_kept(2026, refund, Decimal(0), True, "nl", asked_back=True)


def test_the_new_causes_have_words_for_a_single_and_a_couple():
    for code in ("loonheffingskorting_gemeente", "vakantietoeslag_paid_earlier"):
        single = gettext(result.CAUSES[code], "nl")
        couple = gettext(result_couple.for_household(result.CAUSES[code], True), "nl")
        assert single.startswith("Oorzaak: je") and couple.startswith("Oorzaak: jullie")
        assert gettext(result.CAUSES[code], "en") != single


def test_a_couple_with_a_spouse_under_27_is_not_called_27_or_older():
    values = {"norm": Decimal("1735.18"), "per_person": Decimal("867.59"), "persons": 3, "min_age": 27}
    text = month_text("norm_kostendeler_couple_under_27", values)
    assert "jullie zijn 21 jaar of ouder" in text and "3 mensen mee" in text and "1.735,18" in text
    assert "27 jaar of ouder, jullie meegeteld" not in text
