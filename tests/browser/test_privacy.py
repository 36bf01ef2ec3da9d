"""Privacy and security in a real browser against uvicorn started the way production starts it
(a separate process, `--no-server-header`, access log on, default rate limit), issue 7:

- a sentinel amount typed into every money field never shows up in the server's log output
  (uvicorn and app, at debug level with the access log on) nor in any URL the browser requests;
- no page makes the browser ask another host for anything;
- every response the browser gets (pages, static files, errors) carries the security headers and
  no server version and no cookie.
"""
from __future__ import annotations

import os
import subprocess
import time
from urllib.parse import urlparse

import pytest

from .conftest import _free_port, calculate_on_consulent_form, start_uvicorn, wait_until_serving

pytestmark = pytest.mark.browser

SENTINEL = "98765,43"
# The forms in which the amount could leak: as typed, normalised, formatted, without separators.
SENTINEL_FORMS = ("98765,43", "98765.43", "98.765,43", "98,765.43", "9876543", "98765%2C43")


@pytest.fixture(scope="module")
def logged_server(tmp_path_factory):
    """uvicorn in its own process with its log (stdout and stderr) captured in a file."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    env = {key: value for key, value in os.environ.items() if key != "HOUVAST_RATE_LIMIT"}  # the default
    with log_path.open("wb") as log:
        process = start_uvicorn(port, env, "--log-level", "debug", stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(process, url, lambda: "the logged test server did not start: " + log_path.read_text())
        try:
            yield url, log_path
        finally:
            process.terminate()
            process.wait(timeout=10)


def record(page, seen: dict) -> None:
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("response", lambda response: seen["responses"].append(
        (response.url, response.status, response.all_headers())))


def test_sentinel_amount_never_in_a_log_or_url(chromium, logged_server):
    url, log_path = logged_server
    seen = {"requests": [], "responses": []}
    for js in (False, True):
        context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL", java_script_enabled=js)
        page = context.new_page()
        record(page, seen)
        page.goto(url + "/vragen")
        page.check("#situation-2")
        page.fill("#age", "35")
        page.click("button[value=next]")
        page.fill("#children", "4")
        page.fill("#rent", SENTINEL)
        page.click("button[value=next]")
        if page.locator(".error-summary").count():  # too high for a rent: it comes back as an error
            assert page.input_value("#rent") == SENTINEL
            page.fill("#rent", "780")
            page.click("button[value=next]")
        page.select_option("#job_start", "2027-01")
        page.check("#wage_kind-2")
        page.check("#pay_period")
        page.click("button[value=next]")
        page.fill("#gross_per_period", SENTINEL)
        page.click("button[value=next]")
        if page.locator(".error-summary").count():
            page.fill("#gross_per_period", "1.650,00")
            page.click("button[value=next]")
        page.click("button[value=calculate]")
        page.wait_for_load_state()
        # The same amount on the one-page form, and as an error (too many decimals) on it.
        page.goto(url + "/consulent")
        page.fill("#rent", SENTINEL + "1")
        page.click("button[value=calculate]")
        assert page.locator(".error-summary").count() == 1
        context.close()
    time.sleep(0.5)  # let the server write its last lines
    log = log_path.read_text(encoding="utf-8", errors="replace")
    assert '"POST /uitkomst HTTP/1.1"' in log, "the access log is on, so it was really tested"
    for form in SENTINEL_FORMS:
        assert form not in log, f"{form} in the server log"
    for requested in seen["requests"]:
        for form in SENTINEL_FORMS:
            assert form not in requested, requested
    assert len(seen["requests"]) >= 20


PAGES = ["/", "/vragen", "/consulent", "/embed/amsterdam", "/embed/voorbeeld", "/gemeente/amsterdam/beleid",
         "/bestaat-niet", "/static/app.css"]


@pytest.mark.parametrize("js", [False, True], ids=["no-js", "js"])
def test_no_request_to_another_host_and_headers_on_every_response(chromium, logged_server, js):
    url, _ = logged_server
    host = urlparse(url).netloc
    seen = {"requests": [], "responses": []}
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL", java_script_enabled=js)
    page = context.new_page()
    record(page, seen)
    for path in PAGES:
        page.goto(url + path)
    # Through the journey to the result and the print view, so the chart and the tables load too.
    calculate_on_consulent_form(page, url)
    page.click("button[value=print]")
    page.emulate_media(media="print")
    page.wait_for_load_state("networkidle")
    context.close()

    others = [requested for requested in seen["requests"] if urlparse(requested).netloc != host]
    assert not others, others
    statuses = {status for _, status, _ in seen["responses"]}
    assert {200, 404} <= statuses
    for response_url, status, headers in seen["responses"]:
        name = f"{status} {response_url}"
        csp = headers.get("content-security-policy", "")
        assert csp and "unsafe-inline" not in csp and "frame-ancestors" in csp, name
        assert headers.get("x-content-type-options") == "nosniff", name
        assert headers.get("referrer-policy") == "no-referrer", name
        assert "set-cookie" not in headers and "server" not in headers, name
    assert {urlparse(response_url).path for response_url, _, _ in seen["responses"]} >= {
        "/static/app.css", "/static/tokens.css", "/uitkomst"}
