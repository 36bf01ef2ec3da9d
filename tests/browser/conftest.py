"""Browser fixtures: the app on a free loopback port, Debian's chromium through Playwright.

Screenshots go to test-artifacts/ (git-ignored). The tests skip when /usr/bin/chromium is not
installed (`make browser` installs it).
"""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


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


# The question steps of /vragen, each answered and sent with "Volgende" (the answers most tests
# use: a single parent of 35 with a child of 4, rent EUR 780, 16 hours at EUR 14,71 from January
# 2027).

def answer_about_you(page, situation: str = "#situation-2", age: str = "35") -> None:
    page.check(situation)
    page.fill("#age", age)
    page.click("button[value=next]")


def answer_home(page, children: str = "4", rent: str = "780") -> None:
    page.fill("#children", children)
    page.fill("#rent", rent)
    page.click("button[value=next]")


def answer_job(page, start: str = "2027-01", pay_period: str = "#pay_period") -> None:
    page.select_option("#job_start", start)
    page.check("#wage_kind")
    page.check(pay_period)
    page.click("button[value=next]")


def answer_wage(page, hours: str = "16", hourly_wage: str = "14,71") -> None:
    page.fill("#hours", hours)
    page.fill("#hourly_wage", hourly_wage)
    page.click("button[value=next]")


def answer_every_step(page, age: str = "35", pay_period: str = "#pay_period") -> None:
    """From the first question (already open) to the check page."""
    answer_about_you(page, age=age)
    answer_home(page)
    answer_job(page, pay_period=pay_period)
    answer_wage(page)


# A server in its own process (its own settings or its own log).

def start_uvicorn(port: int, env: dict[str, str], *options: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port),
         "--no-server-header", *options], cwd=ROOT, env=env, **popen)


def wait_until_serving(process: subprocess.Popen, url: str, failure: Callable[[], str]) -> None:
    """Wait (at most 20 s) for /healthz to answer; else kill the process and raise `failure()`."""
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(failure())
            time.sleep(0.1)
