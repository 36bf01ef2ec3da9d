"""Browser fixtures: the app on a free loopback port, Debian's chromium through Playwright.

Screenshots go to test-artifacts/ (git-ignored). The tests skip when /usr/bin/chromium is not
installed (`make browser` installs it).
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server_url():
    import uvicorn

    from app.main import app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           server_header=False, access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield DutchByDefault(browser)
        browser.close()


class DutchByDefault:
    """The browser, whose new contexts ask for Dutch (Accept-Language nl-NL) unless a test
    passes another `locale`: the first visit follows Accept-Language, and most tests read Dutch."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        options.setdefault("locale", "nl-NL")
        return self._browser.new_context(**options)

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(params=[False, True], ids=["no-js", "js"])
def phone(request, chromium):
    """A 360 px wide page, with JavaScript off and on; collects console messages."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=request.param)
    page = context.new_page()
    page.console_messages = []
    page.on("console", lambda message: page.console_messages.append(message.text))
    page.js = request.param
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def calculate_on_consulent_form(page, base_url: str) -> None:
    """The one-page form with a 20-hour job at EUR 15 from January 2027, up to the result."""
    page.goto(base_url + "/consulent")
    fill_consulent_form(page)


def fill_consulent_form(target) -> None:
    """Answer the one-page form already open in `target` (a page, or the frame of an embed) with
    a 20-hour job at EUR 15 from January 2027, and calculate."""
    target.check("#situation")
    target.fill("#age", "40")
    target.select_option("#job_start", "2027-01")
    target.check("#wage_kind")
    target.fill("#hours", "20")
    target.fill("#hourly_wage", "15")
    target.check("#pay_period")
    target.click("button[value=calculate]")
