"""The pages without JavaScript: journey, errors, check answers, result, headers."""
from __future__ import annotations

import html
import re

from app.forms import steps

from .conftest import COUPLE_BOTH_WORK


def title(response) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", response.text, re.S).group(1)).strip()


def h1(response) -> str:
    return html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", response.text, re.S).group(1)).strip()


def hidden_fields(response) -> dict[str, str]:
    """The answers carried in the main form's hidden fields (the last form with them)."""
    fields = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', response.text):
        fields[name] = html.unescape(value)
    return fields


def post_step(client, step, data, **extra):
    return client.post("/vragen", data={**data, "step": step, "action": "next", **extra})


def test_start_page(client):
    response = client.get("/")
    assert response.status_code == 200
    text = response.text
    assert 'href="/vragen?lang=nl"' in text and "schatting" in text and "AOW" in text and "zelfstandigen" in text
    assert '<html lang="nl"' in text


def test_journey_to_the_result_matches_the_api(client, answers, api_body):
    data = {name: "" for name in steps.FIELD_NAMES}
    response = client.get("/vragen")
    assert h1(response) == "Over jou"
    for step, names in (("huishouden", ("situation", "age", "medisch")),
                        ("wonen", ("children", "housemates", "rent")),
                        ("werk", ("job_start", "wage_kind", "pay_period")),
                        ("loon", ("hours", "hourly_wage", "holiday_pay", "loonheffingskorting", "vrijlating_used"))):
        carried = hidden_fields(response)
        data = {**carried, **{name: answers[name] for name in names}}
        response = post_step(client, step, data)
        assert response.status_code == 200, response.text
    assert h1(response) == "Controleer je antwoorden"
    assert "Wijzig" in response.text and "14,71" in response.text
    carried = hidden_fields(response)
    for name in ("age", "children", "hourly_wage", "job_start"):
        assert carried[name] == answers[name]
    result = client.post("/uitkomst", data={**carried, "action": "calculate"})
    assert result.status_code == 200
    # Private (no shared cache) and asked again before reuse; kept for Back (docs/security.md).
    assert result.headers["cache-control"] == "private, no-cache"
    api = client.post("/api/v1/scenario", json=api_body).json()
    page = html.unescape(result.text).replace("\u00a0", " ")
    for month in api["months"]:
        amount = f"{month['total']:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        assert f"€ {amount}" in page, month["month"]
    assert "Zo is het berekend" in page and "wetten.overheid.nl" in page
    assert "loonstrook" in page and "Toeslagen" in page and "loonheffingskorting" in page
    assert api["rules_version"] in page
    assert "gemiddeld" in page and "laagste" in page


def test_error_keeps_the_typed_value(client):
    response = post_step(client, "huishouden", {"situation": "single", "age": "vijfendertig"})
    assert response.status_code == 422
    assert title(response).startswith("Fout: ")
    assert 'class="error-summary"' in response.text and 'href="#age"' in response.text
    assert 'value="vijfendertig"' in response.text
    assert 'id="age-error"' in response.text and 'aria-describedby="age-hint age-error"' in response.text


def test_empty_page_lists_every_missing_answer(client):
    response = post_step(client, "huishouden", {})
    assert response.status_code == 422
    assert 'href="#situation"' in response.text and 'href="#age"' in response.text
    assert 'id="situation"' in response.text


def test_aow_age_is_caught_on_the_first_page(client):
    response = post_step(client, "huishouden", {"situation": "single", "age": "70"})
    assert response.status_code == 422
    assert "SVB" in response.text


def test_ambiguous_hourly_wage_is_asked(client, answers):
    response = post_step(client, "loon", {**answers, "hourly_wage": "1.471"})
    assert response.status_code == 422
    assert "1471" in response.text and 'value="1.471"' in response.text


def test_tampered_hidden_fields_are_checked_again(client, answers):
    response = client.post("/uitkomst", data={**answers, "age": "-3", "action": "calculate"})
    assert response.status_code == 422
    assert title(response).startswith("Fout: ") and h1(response) == "Over jou"


def test_back_and_change(client, answers):
    back = client.post("/vragen", data={**answers, "step": "wonen", "action": "back"})
    assert h1(back) == "Over jou" and 'value="35"' in back.text
    change = client.post("/vragen", data={**answers, "step": "controleer", "action": "change:wonen"})
    assert h1(change) == "Je huis en je kinderen"
    assert 'name="return_to" value="check"' in change.text
    again = client.post("/vragen", data={**answers, "step": "wonen", "action": "next", "return_to": "check"})
    assert h1(again) == "Controleer je antwoorden"


def test_no_number_inputs_and_no_personal_data_in_links(client, answers):
    pages = [client.get("/"), client.get("/vragen"), client.get("/consulent"),
             client.post("/uitkomst", data={**answers, "action": "calculate"})]
    for response in pages:
        assert 'type="number"' not in response.text
        assert "<script" not in response.text and "style=" not in response.text  # no embedding here
        for link in re.findall(r'(?:href|action)="([^"]*)"', response.text):
            # Only the language, in links of pages without answers (the switch, "Begin").
            assert "?" not in link or re.fullmatch(r"[/\w]*\?lang=[a-z]{2,3}", link), link
        assert 'method="get"' not in response.text.lower()


def test_money_fields_use_a_decimal_keyboard(client):
    text = client.post("/vragen", data={"step": "wonen", "action": "back", "situation": "single", "age": "30"}).text
    text = client.post("/vragen", data={"step": "huishouden", "action": "next", "situation": "single", "age": "30"}).text
    assert re.search(r'id="rent" name="rent" type="text" value="" inputmode="decimal"', text)


def test_compact_form(client, answers):
    page = client.get("/consulent")
    assert page.status_code == 200 and 'name="form" value="consulent"' in page.text
    response = client.post("/uitkomst", data={**answers, "form": "consulent", "start_month": "2026-12",
                                              "months": "24", "gemeente": "voorbeeld"})
    assert response.status_code == 200
    assert response.text.count('<details class="details">') == 24  # one per month (and the glossary)
    error = client.post("/uitkomst", data={**answers, "form": "consulent", "gemeente": "atlantis", "rent": "veel"})
    assert error.status_code == 422 and 'href="#gemeente"' in error.text and 'value="veel"' in error.text


def test_stepper_changes_the_hours(client, answers):
    response = client.post("/uitkomst", data={**answers, "action": "more_hours"})
    assert response.status_code == 200
    assert "20 uur per week" in response.text
    assert 'name="hours" value="20"' in response.text


def test_print_view_opens_every_month(client, answers):
    response = client.post("/uitkomst", data={**answers, "action": "print"})
    assert response.text.count("<details class=\"details\" open>") == 12


def test_chart_is_accessible(client, answers):
    text = client.post("/uitkomst", data={**answers, "action": "calculate"}).text
    assert 'role="img"' in text and "<title id=\"chart-title\">" in text and "<desc" in text
    assert "<caption" in text and 'scope="row"' in text


def test_headers_on_pages_and_errors(client):
    for response in (client.get("/"), client.get("/vragen"), client.get("/nope"), client.get("/static/app.css"),
                     client.post("/vragen", data={"step": "huishouden"})):
        assert "set-cookie" not in response.headers
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert client.get("/nope").status_code == 404
    assert "bestaat niet" in client.get("/nope").text


def test_garbage_form_posts_never_500(client):
    for data in ({}, {"step": "nonsense", "action": "x"}, {"action": "change:../../etc"},
                 {"step": "werk", "job_start": "9999-99", "hours": "∞"}, {"situation": "x" * 5000}):
        for path in ("/vragen", "/uitkomst", "/consulent"):
            response = client.post(path, data=data)
            assert response.status_code in (200, 303, 422), (path, data, response.status_code)


def test_embed_allows_only_the_gemeentes_own_origins(client, answers):
    from app.routes.pages import frame_ancestors
    from rules import default_profiles

    for gemeente in default_profiles():
        response = client.get(f"/embed/{gemeente}")
        assert response.status_code == 200
        origins = frame_ancestors(gemeente)
        csp = response.headers["content-security-policy"]
        expected = " ".join(origins) if origins else "'none'"
        assert csp.endswith(f"frame-ancestors {expected}")
        assert 'name="gemeente" value="%s"' % gemeente in response.text
        result = client.post("/uitkomst", data={**answers, "gemeente": gemeente, "embed": gemeente, "action": "calculate"})
        assert result.status_code == 200
        assert result.headers["content-security-policy"].endswith(f"frame-ancestors {expected}")
        # The same answers outside the iframe (no `embed`): not framable.
        result = client.post("/uitkomst", data={**answers, "gemeente": gemeente, "action": "calculate"})
        assert result.headers["content-security-policy"].endswith("frame-ancestors 'none'")
    assert client.get("/embed/atlantis").status_code == 404
    assert client.get("/").headers["content-security-policy"].endswith("frame-ancestors 'none'")


def test_embedded_journey_keeps_the_gemeente(client):
    response = client.post("/vragen", data={"gemeente": "voorbeeld", "action": "start"})
    assert response.status_code == 200 and h1(response) == "Over jou"
    assert hidden_fields(response)["gemeente"] == "voorbeeld"


def test_head_requests(client):
    for path in ("/", "/vragen", "/consulent", "/healthz"):
        assert client.head(path).status_code == 200


def test_an_unexpected_error_is_a_plain_500_without_details(caplog):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from app.main import create_app

    application = create_app()

    @application.post("/api/v1/boom")
    @application.post("/boom")
    def boom():
        raise RuntimeError("secret 987654")

    client = TestClient(application, raise_server_exceptions=False)
    for path in ("/boom", "/api/v1/boom"):
        response = client.post(path, data={"rent": "987654"})
        assert response.status_code == 500
        assert "987654" not in response.text and "Traceback" not in response.text
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert "set-cookie" not in response.headers
    assert "987654" not in caplog.text


def test_colours_only_in_the_theme_file():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for path in [*root.joinpath("app/static").glob("*.css"), *root.joinpath("templates").rglob("*.html")]:
        if path.name == "tokens.css":
            continue
        assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(", path.read_text()), path


def test_pages_are_compressed(client, answers):
    response = client.post("/uitkomst", data={**answers, "action": "calculate"}, headers={"accept-encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip"
    assert int(response.headers["content-length"]) < 60 * 1024


def test_random_answers_never_break_the_result_page(client):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pools = {
        "situation": st.sampled_from(["single", "single_parent", "couple", "couple", "", "x"]),
        "age": st.sampled_from(["18", "26", "27", "35", "66", "67", "80", "", "abc", "17", "1.000"]),
        "partner_age": st.sampled_from(["", "20", "30", "30", "70", "x"]),
        "medisch": st.sampled_from(["", "ja", "nee", "misschien"]),
        "children": st.sampled_from(["", "4", "4, 7", "0", "13 en 17", "31", "a"]),
        "housemates": st.sampled_from(["", "0", "1", "3", "21", "-1"]),
        "rent": st.sampled_from(["", "0", "450", "780,00", "1.200", "€ 99.999", "-5", "veel"]),
        "wage_kind": st.sampled_from(["uur", "periode", "", "x"]),
        "hours": st.sampled_from(["", "1", "16", "16,5", "40", "60", "61", "0"]),
        "hourly_wage": st.sampled_from(["", "14,71", "1,00", "1000", "1.471", "25"]),
        "gross_per_period": st.sampled_from(["", "900", "1.500,00", "99999", "0"]),
        "pay_period": st.sampled_from(["month", "four_weeks", "week", ""]),
        "holiday_pay": st.sampled_from(["may", "monthly", "", "x"]),
        "job_start": st.sampled_from(["2026-06", "2027-01", "2028-10", "2025-12", "", "2027-13"]),
        "loonheffingskorting": st.sampled_from(["ja", "nee", ""]),
        "vrijlating_used": st.sampled_from(["", "0", "5", "6", "30", "121"]),
        "action": st.sampled_from(["calculate", "print", "more_hours", "fewer_hours"]),
        # Who works, and the partner's job (also on the one-page form, where anyone may fill it in).
        "wie_werkt": st.sampled_from(["", "ik", "partner", "beide", "beide", "x"]),
        "partner_job_start": st.sampled_from(["2026-06", "2027-02", "2025-01", "", "2027-13"]),
        "partner_job_end": st.sampled_from(["", "", "2027-06", "2026-01", "x"]),
        "partner_wage_kind": st.sampled_from(["uur", "periode", "", "x"]),
        "partner_hours": st.sampled_from(["", "8", "12,5", "24", "61", "x"]),
        "partner_hours_max": st.sampled_from(["", "", "20", "4", "32"]),
        "partner_hourly_wage": st.sampled_from(["", "15,20", "1.520", "80", "abc"]),
        "partner_gross_per_period": st.sampled_from(["", "700", "2.400,00", "-3"]),
        "partner_pay_period": st.sampled_from(["month", "four_weeks", "week", ""]),
        "partner_holiday_pay": st.sampled_from(["may", "monthly", "", "x"]),
        "partner_loonheffingskorting": st.sampled_from(["ja", "nee", ""]),
        "form": st.sampled_from(["", "consulent"]),
    }

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries(pools))
    def run(data):
        response = client.post("/uitkomst", data=data)
        assert response.status_code in (200, 422), data
        if response.status_code == 422:
            assert "Er is een probleem" in response.text

    run()


def test_wage_page_branches_on_how_the_wage_is_given(client, answers):
    by_hours = post_step(client, "werk", answers)
    assert h1(by_hours) == "Je loon"
    assert 'id="hours"' in by_hours.text and 'id="gross_per_period"' not in by_hours.text
    by_period = post_step(client, "werk", {**answers, "wage_kind": "periode", "pay_period": "week"})
    assert 'id="gross_per_period"' in by_period.text and 'id="hours"' not in by_period.text
    assert "brutoloon per week" in by_period.text
    # The hidden hours survive the detour.
    assert hidden_fields(by_period)["hours"] == "16"
    result = client.post("/uitkomst", data={**answers, "wage_kind": "periode", "gross_per_period": "1.250,00",
                                            "pay_period": "month", "action": "calculate"})
    assert result.status_code == 200 and "Meer of minder uren" not in result.text


def test_changing_the_way_of_pay_goes_through_the_wage_page(client, answers):
    response = client.post("/vragen", data={**answers, "step": "werk", "action": "next", "return_to": "check",
                                            "wage_kind": "periode"})
    assert h1(response) == "Je loon" and 'id="gross_per_period"' in response.text


def test_the_ferd_pattern_is_named_in_the_headline(client, answers):
    """Four-weekly pay, vrijlating used up: the gemeente counts more than was paid that month."""
    data = {**answers, "situation": "single", "children": "", "vrijlating_used": "6", "job_start": "2026-09",
            "hours": "24", "form": "consulent", "start_month": "2026-08", "months": "14", "gemeente": ""}
    text = html.unescape(client.post("/uitkomst", data=data).text)
    assert "minder dan zonder baan" in text
    assert "rekent met meer loon dan je die maand krijgt" in text


def test_no_page_sends_a_field_twice(client, answers):
    """A hidden copy of a field shown on the page would overwrite what was typed."""
    pages = [client.get("/vragen"), client.get("/consulent")]
    both = {**answers, **COUPLE_BOTH_WORK}
    for step in steps.STEPS:
        for data in (answers, both):
            pages.append(client.post("/vragen", data={**data, "step": step, "action": "back"}))
            pages.append(client.post("/vragen", data={**data, "step": step, "action": "next"}))
        pages.append(client.post("/vragen", data={"step": step, "action": "back"}))
    pages.append(client.post("/uitkomst", data={**answers, "action": "calculate"}))
    pages.append(client.post("/uitkomst", data={**both, "action": "calculate"}))
    radios = {item.name for item in steps.FIELDS if item.kind == "choice"}
    for response in pages:
        for form in re.findall(r"<form.*?</form>", response.text, re.S):
            names = re.findall(r'<(?:input|select)[^>]*name="([^"]+)"', form)
            names = [name for name in names if name not in radios or f'type="hidden" name="{name}"' in form]
            duplicates = {name for name in names if names.count(name) > 1}
            assert not duplicates, (h1(response), duplicates)


def test_embedded_pages_report_their_height_only_to_the_gemeente(client):
    from app.routes.pages import frame_ancestors
    from rules import default_profiles

    for gemeente in default_profiles():
        origins = frame_ancestors(gemeente)
        text = client.get(f"/embed/{gemeente}").text
        if origins:
            assert f'data-parent-origins="{" ".join(origins)}"' in text
            assert '<script type="module" src="/static/embed.js"></script>' in text
        else:
            assert "<script" not in text
    script = client.get("/static/embed.js")
    assert script.status_code == 200 and len(script.content) < 10 * 1024
    assert "postMessage" in script.text and '"*"' not in script.text


def test_outdated_figures_are_one_warning(client, answers):
    text = client.post("/uitkomst", data={**answers, "action": "calculate"}).text
    assert text.count("nog niet alle bedragen bekend") <= 1


def test_provisional_figures_are_named_once_per_group(client, answers):
    """A 2027 result uses the proposed tax brackets and drempelinkomen (rules/data, status:
    provisional): each group once, in plain words."""
    text = client.post("/uitkomst", data={**answers, "action": "calculate"}).text
    for group in ("de belasting op je loon", "de toeslagen"):
        assert text.count(f"Voor {group} rekenen we vanaf januari 2027 met voorlopige bedragen.") == 1
    assert text.count("zijn nog niet vastgesteld") == 2
    assert "<li>de bijstandsnormen, van 1 juli 2026</li>" in text
