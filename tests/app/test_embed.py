"""Embedding and the beleidskaart, without a browser: headers per profile, the embedded journey,
the gemeente's policy in the calculation, the beleidskaart, HOUVAST_PROFILE_DIR.

Besides the shipped profiles, a test-only profile `embedtest` (tests/embed_profiles.py: two
origins, a policy that differs from the law's default, a minimaregeling and a premie) is served
through HOUVAST_PROFILE_DIR; the real profiles are never changed for a test.
"""
from __future__ import annotations

import html
import re

import pytest

from rules import default_profiles
from rules.parameters import ParameterError
from tests.embed_profiles import TEST_ID, use_profile_dir, write_profile_dir

from .test_web_pages import h1, hidden_fields, post_step

TEST_ORIGINS = ["https://localhost:8443", "https://gemeente.example"]
STEP_ANSWERS = {
    "huishouden": ("situation", "age", "partner_age", "medisch"),
    "wonen": ("children", "housemates", "rent"),
    "werk": ("job_start", "hours", "wage_kind", "pay_period", "holiday_pay", "loonheffingskorting"),
    "loon": ("hourly_wage", "gross_per_period", "vrijlating_used"),
}


@pytest.fixture
def test_profiles(tmp_path):
    with use_profile_dir(write_profile_dir(tmp_path / "gemeenten", TEST_ORIGINS)):
        yield default_profiles()


def csp(response) -> str:
    return response.headers["content-security-policy"]


def ancestors(response) -> str:
    return re.search(r"frame-ancestors ([^;]*)$", csp(response)).group(1)


def expected_ancestors(policy) -> str:
    origins = (policy.raw.get("web") or {}).get("frame_ancestors") or []
    return " ".join(origins) if origins else "'none'"


def test_embed_headers_per_profile(client, test_profiles, answers):
    """/embed/<id> and the journey after it: exactly the profile's origins, in order; else 'none'."""
    assert ancestors(client.get(f"/embed/{TEST_ID}")) == " ".join(TEST_ORIGINS)
    for gemeente, policy in test_profiles.items():
        expected = expected_ancestors(policy)
        start = client.get(f"/embed/{gemeente}")
        assert start.status_code == 200
        assert ancestors(start) == expected
        assert ("x-frame-options" in start.headers) == (expected == "'none'")
        journey = [
            client.post("/vragen", data={"gemeente": gemeente, "embed": gemeente, "action": "start"}),
            post_step(client, "huishouden", {**answers, "gemeente": gemeente, "embed": gemeente}),
            client.post("/uitkomst", data={**answers, "gemeente": gemeente, "embed": gemeente, "action": "calculate"}),
            client.post("/consulent", data={**answers, "gemeente": gemeente, "embed": gemeente}),
        ]
        for response in journey:
            assert response.status_code == 200
            assert ancestors(response) == expected
            assert "unsafe-inline" not in csp(response)


def test_every_other_page_refuses_frames(client, test_profiles, answers):
    responses = [
        client.get("/"), client.get("/vragen"), client.get("/consulent"), client.get("/healthz"),
        client.get("/static/app.css"), client.get("/static/embed.js"), client.get("/nergens"),
        client.get(f"/gemeente/{TEST_ID}/beleid"), client.get("/openapi.json"),
        client.post("/uitkomst", data={**answers, "gemeente": TEST_ID, "action": "calculate"}),
        client.post("/vragen", data={"gemeente": TEST_ID, "action": "start"}),
        # A forged embed id: not a profile, so not kept.
        client.post("/uitkomst", data={**answers, "embed": "https://evil.example", "action": "calculate"}),
    ]
    for response in responses:
        assert ancestors(response) == "'none'", response.url
        assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", [
    "/embed/atlantis", "/embed/AMSTERDAM", "/embed/amsterdam.yaml", "/embed/%2e%2e", "/embed/" + "x" * 300,
    "/embed/%00", "/embed/amsterdam/extra", "/gemeente/atlantis/beleid",
])
def test_unknown_gemeente_is_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Deze pagina bestaat niet" in response.text and "Traceback" not in response.text
    assert ancestors(response) == "'none'"


def test_embedded_journey_carries_the_gemeente_without_chrome_or_cookies(client, test_profiles, answers):
    start = client.get(f"/embed/{TEST_ID}")
    assert 'class="site-header"' not in start.text
    assert f'data-parent-origins="{" ".join(TEST_ORIGINS)}"' in start.text
    assert f'href="/gemeente/{TEST_ID}/beleid?lang=nl"' in start.text
    data = {"gemeente": TEST_ID, "embed": TEST_ID, "action": "start"}
    response = client.post("/vragen", data=data)
    pages = [response]
    for step, names in STEP_ANSWERS.items():
        carried = hidden_fields(response)
        assert carried["gemeente"] == TEST_ID and carried["embed"] == TEST_ID, step
        response = post_step(client, step, {**carried, **{name: answers[name] for name in names}})
        assert response.status_code == 200, (step, h1(response))
        pages.append(response)
    assert h1(response) == "Controleer je antwoorden"
    carried = hidden_fields(response)
    result = client.post("/uitkomst", data={**carried, "action": "calculate"})
    assert h1(result) == "Wat er per maand op je rekening komt"
    assert "Testgemeente" in result.text
    for page in [*pages, result]:
        assert 'class="site-header"' not in page.text
        assert '<script type="module" src="/static/embed.js"></script>' in page.text
        assert "set-cookie" not in page.headers
        assert "<script>" not in page.text and " style=" not in page.text  # the CSP forbids inline
        for form in re.findall(r"<form.*?</form>", page.text, re.S):  # every form carries it on
            if 'method="post"' in form:
                assert f'name="embed" value="{TEST_ID}"' in form, form[:200]
    assert len(client.cookies) == 0


def test_back_from_the_first_question_returns_to_the_embed_page(client, test_profiles):
    response = client.post("/vragen", data={"step": "huishouden", "action": "back", "gemeente": TEST_ID,
                                            "embed": TEST_ID}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/embed/{TEST_ID}?lang=nl"
    response = client.post("/vragen", data={"step": "huishouden", "action": "back"}, follow_redirects=False)
    assert response.headers["location"] == "/?lang=nl"


def test_back_from_the_first_question_keeps_the_language_chosen(client, test_profiles):
    """The start page is a GET page: without ?lang= it fell back to the browser's language."""
    for embed, start in (("", "/"), (TEST_ID, f"/embed/{TEST_ID}")):
        response = client.post("/vragen", data={"step": "huishouden", "action": "back", "lang": "ar", "embed": embed,
                                                "gemeente": embed}, headers={"accept-language": "en"},
                               follow_redirects=False)
        assert response.headers["location"] == f"{start}?lang=ar"
        page = client.get(response.headers["location"], headers={"accept-language": "en"})
        assert '<html lang="ar" dir="rtl"' in page.text


def test_embedded_consulent_form_offers_only_its_gemeente(client, test_profiles):
    text = client.post("/consulent", data={"gemeente": TEST_ID, "embed": TEST_ID}).text
    options = re.findall(r'<option value="([^"]*)"', text)
    assert TEST_ID in options and "amsterdam" not in options and "rotterdam" not in options


def test_the_embedded_gemeentes_policy_feeds_the_calculation(client, test_profiles, answers, monkeypatch):
    """The journey's gemeente reaches rules.calculate as default_profiles()[id]."""
    import app.adapters as adapters

    seen = []
    real = adapters.calculate

    def spy(scenario, parameters, policy):
        seen.append((scenario.gemeente, policy))
        return real(scenario, parameters, policy)

    monkeypatch.setattr(adapters, "calculate", spy)
    data = {**answers, "job_start": "2027-01", "gemeente": TEST_ID, "embed": TEST_ID, "action": "calculate"}
    ours = client.post("/uitkomst", data=data)
    assert ours.status_code == 200
    assert seen and all(gemeente == TEST_ID and policy is test_profiles[TEST_ID] for gemeente, policy in seen)
    # A policy that settles a month later and uses the bufferbudget gives another outcome.
    seen.clear()
    national = client.post("/uitkomst", data={**data, "gemeente": "voorbeeld"})
    assert seen and all(policy is test_profiles["voorbeeld"] for _, policy in seen)
    table = re.compile(r'<table.*?</table>', re.S)
    assert table.findall(ours.text) != table.findall(national.text)


def test_beleidskaart_lists_every_policy_item_with_date_and_source(client, test_profiles):
    from app.i18n import long_date, money

    for gemeente, policy in test_profiles.items():
        response = client.get(f"/gemeente/{gemeente}/beleid")
        assert response.status_code == 200
        text = html.unescape(response.text)
        assert policy.name in h1(response)
        assert "<script" not in text and " style=" not in text
        for term, values in policy.terms.items():
            for since, _value, source in values:
                assert long_date(since) in text, (gemeente, term)
                assert " ".join(source.split()) in text, (gemeente, term)
                url = (((policy.raw["open_terms"][term]["values"][since]) or {}).get("source") or {}).get("url")
                if url:
                    assert f'href="{url}"' in text
        for item in (*policy.minimaregelingen, *policy.premies):
            assert item.name in text and item.legal_title in text
            if item.legal_url:
                assert f'href="{item.legal_url}"' in text
            for value in item.values:
                assert long_date(value.since) in text
                assert value.source in text, (gemeente, item.key)
                if value.url:
                    assert f'href="{value.url}"' in text
    text = html.unescape(client.get(f"/gemeente/{TEST_ID}/beleid").text)
    for expected in ("Een maand later", "Inkomensgrens: 110% van je bijstandsnorm.", f"Alleenstaande: {money(300)} per jaar",
                     "Alleenstaande ouder: bedrag niet bekend", "De gemeente betaalt dit in december.", money(150),
                     "Voorwaarde: je werkt minstens 12 uur per week.", "Zeker: gelezen in de officiële tekst.",
                     "Changed in 2027."):
        assert expected in text, expected
    # A term the profile leaves out is listed with the national rule.
    assert "Geldt de nieuwe vrijlating van 2027 al in 2026?" in text
    assert "De gemeente heeft hier niets over vastgelegd." in text


def test_a_broken_profile_in_the_profile_dir_stops_with_a_clear_message(tmp_path):
    directory = write_profile_dir(tmp_path / "gemeenten", ["https://www.example.nl/pad"])
    with use_profile_dir(directory), pytest.raises(ParameterError) as error:
        default_profiles()
    assert "embedtest.yaml" in str(error.value) and "frame_ancestors" in str(error.value)


def test_a_broken_profile_stops_the_app_at_start_up(tmp_path):
    """`uvicorn app.main:app` imports the app, which loads every profile: no half-working start."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    directory = write_profile_dir(tmp_path / "gemeenten", ["https://www.example.nl/pad"])
    env = {**os.environ, "HOUVAST_PROFILE_DIR": str(directory)}
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", "import app.main"], cwd=root, env=env, capture_output=True, text=True)
    assert run.returncode != 0
    assert "embedtest.yaml" in run.stderr and "frame_ancestors" in run.stderr
    assert "Traceback" in run.stderr  # a plain Python error; the last line is the message
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("rules.parameters.ParameterError:") and "https origin" in last


def test_the_embedded_language_switch_keeps_the_embedding(client, test_profiles, answers):
    response = client.post("/vragen", data={"gemeente": TEST_ID, "embed": TEST_ID, "action": "start"})
    fields = hidden_fields(response)
    assert fields["embed"] == TEST_ID
    switched = client.post("/vragen", data={**fields, "step": "huishouden", "action": "lang", "lang": "en"})
    assert switched.status_code == 200
    assert ancestors(switched) == " ".join(TEST_ORIGINS)
    assert hidden_fields(switched)["embed"] == TEST_ID
    english = client.get(f"/embed/{TEST_ID}?lang=en")
    assert ancestors(english) == " ".join(TEST_ORIGINS) and 'lang="en"' in english.text


def test_the_result_links_to_the_beleidskaart(client, test_profiles, answers):
    embedded = client.post("/uitkomst", data={**answers, "gemeente": TEST_ID, "embed": TEST_ID, "action": "calculate"})
    assert f'<a href="/gemeente/{TEST_ID}/beleid?lang=nl" target="_blank" rel="noopener">' in embedded.text
    direct = client.post("/uitkomst", data={**answers, "gemeente": "amsterdam", "action": "calculate"})
    assert '<a href="/gemeente/amsterdam/beleid?lang=nl">' in direct.text
    national = client.post("/uitkomst", data={**answers, "action": "calculate"})
    assert "/beleid" not in national.text


def test_shipped_profiles_use_the_neutral_theme_and_no_logo_without_a_licence():
    """docs/embedding.md section 3: no gemeente logo or design tokens without a licence."""
    from rules.profiles import ORIGIN, load_profiles

    for gemeente, policy in load_profiles().items():
        web = policy.raw.get("web") or {}
        assert web.get("theme", "neutral") == "neutral", gemeente
        for key in ("logo", "tokens", "stylesheet"):
            assert key not in web or web.get(f"{key}_licence"), (gemeente, key)
        assert all(ORIGIN.fullmatch(origin) for origin in web.get("frame_ancestors") or []), gemeente
        assert "localhost" not in " ".join(web.get("frame_ancestors") or []), gemeente  # test origins stay in tests
