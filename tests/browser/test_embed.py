"""Two origins in a real browser: a gemeente's page frames Houvast, and nobody else can.

- The app runs as in production (`python -m uvicorn app.main:app ... --no-server-header
  --proxy-headers`, a subprocess) on http://127.0.0.1:<port>, serving the shipped profiles plus
  a test-only profile `embedtest` whose only frame ancestor is the host page below
  (HOUVAST_PROFILE_DIR, tests/embed_profiles.py). The shipped profiles are not changed.
- The allowed host page is https://localhost:<port2> (another origin; a throw-away self-signed
  certificate, since profiles only accept https origins). It runs exactly the host snippet of
  docs/embedding.md, plus a test-only listener that records what arrives.
- A third origin, https://localhost:<port3>, serves a page that also tries to frame the embed
  (refused by frame-ancestors) and a frame that forges height messages to the allowed host page.
"""
from __future__ import annotations

import http.server
import os
import re
import shutil
import ssl
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.embed_profiles import TEST_ID, write_profile_dir

from .conftest import _free_port, fill_consulent_form, start_uvicorn, wait_until_serving

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FORGED = 4321


def host_snippet() -> str:
    """The documented snippet (docs/embedding.md), as a gemeente would paste it."""
    text = (ROOT / "docs" / "embedding.md").read_text(encoding="utf-8")
    return re.search(r"<!-- host-snippet[^>]*-->\s*```html\n(.*?)```", text, re.S).group(1)


class _Pages(http.server.BaseHTTPRequestHandler):
    pages: dict[str, str] = {}

    def do_GET(self):  # noqa: N802 - the stdlib's name
        body = self.pages.get(self.path)
        if body is None:
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def _https_server(port: int, pages: dict[str, str], cert: Path, key: Path):
    handler = type("Pages", (_Pages,), {"pages": pages})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _start_app(port: int, profiles: Path, rate_limit: int) -> subprocess.Popen:
    """The app as in production (behind a proxy: --proxy-headers), in its own process, serving
    `profiles`; returns once /healthz answers."""
    env = {**os.environ, "HOUVAST_PROFILE_DIR": str(profiles), "HOUVAST_RATE_LIMIT": str(rate_limit)}
    process = start_uvicorn(port, env, "--proxy-headers", "--log-level", "warning")
    wait_until_serving(process, f"http://127.0.0.1:{port}", lambda: "the app did not start")
    return process


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed for the https host pages")
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True)
    return cert, key


@pytest.fixture(scope="module")
def origins(tmp_path_factory, certificate):
    """{"app": ..., "host": ..., "other": ...}: three origins, servers running."""
    app_port, host_port, other_port = _free_port(), _free_port(), _free_port()
    app = f"http://127.0.0.1:{app_port}"
    host = f"https://localhost:{host_port}"
    other = f"https://localhost:{other_port}"
    profiles = write_profile_dir(tmp_path_factory.mktemp("profiles"), [host])
    process = _start_app(app_port, profiles, rate_limit=0)

    snippet = host_snippet().replace("https://houvast.example", app).replace("mijngemeente", TEST_ID)
    recorder = ("<script>window.seen = []; addEventListener('message', function (e) {"
                " window.seen.push({origin: e.origin, data: e.data}); });</script>")
    host_pages = {
        "/": f"<!doctype html><title>Gemeente</title><h1>Gemeente</h1>{recorder}{snippet}",
        "/forged": (f"<!doctype html><title>Gemeente</title>{recorder}{snippet}"
                    f'<iframe id="forger" title="forger" src="{other}/forge"></iframe>'),
    }
    other_pages = {
        "/refused": (f'<!doctype html><title>Elders</title><iframe id="houvast" title="Houvast" '
                     f'src="{app}/embed/{TEST_ID}"></iframe>'),
        "/refused-national": (f'<!doctype html><title>Elders</title><iframe id="houvast" title="Houvast" '
                              f'src="{app}/embed/voorbeeld"></iframe>'),
        "/forge": ("<!doctype html><title>forger</title><script>"
                   f"setInterval(function () {{ parent.postMessage({{type: 'houvast:height', height: {FORGED}}}, '*'); }}, 50);"
                   "</script>"),
    }
    servers = [_https_server(host_port, host_pages, *certificate), _https_server(other_port, other_pages, *certificate)]
    yield {"app": app, "host": host, "other": other, "host_pages": host_pages, "profiles": profiles}
    for server in servers:
        server.shutdown()
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 400, "height": 700}, ignore_https_errors=True)
    page = context.new_page()
    page.console_messages = []
    page.on("console", lambda message: page.console_messages.append(message.text))
    yield page
    context.close()


def houvast_frame(page, app: str):
    for _ in range(100):
        for frame in page.frames:
            if frame.url.startswith(app):
                return frame
        page.wait_for_timeout(50)
    raise AssertionError("no Houvast frame")


def settled_heights(page, frame, timeout: float = 5.0) -> tuple[int, int]:
    """(iframe height on the host page, content height inside it), once they agree."""
    deadline = time.monotonic() + timeout
    while True:
        outer = page.evaluate("Math.round(document.getElementById('houvast').getBoundingClientRect().height)")
        inner = frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
        if outer == inner or time.monotonic() > deadline:
            return outer, inner
        page.wait_for_timeout(50)


def test_allowed_host_frames_the_embed_and_its_height_follows(browser_page, origins):
    page = browser_page
    page.goto(origins["host"] + "/")
    frame = houvast_frame(page, origins["app"])
    frame.wait_for_selector("h1")
    assert "Testgemeente" in frame.inner_text("main")
    assert frame.query_selector(".site-header") is None  # no site chrome in the frame
    start_outer, start_inner = settled_heights(page, frame)
    assert start_outer == start_inner and start_outer != 900  # no longer the snippet's fixed height

    # A longer page inside the frame: the one-page form (a POST that carries the gemeente).
    frame.click("text=Vul alles in op één pagina")
    frame.wait_for_selector("#age")
    long_outer, long_inner = settled_heights(page, frame)
    assert long_outer == long_inner and long_outer > start_outer + 300
    assert frame.evaluate("document.querySelector('input[name=embed]').value") == TEST_ID

    # The result page, longer still, with the gemeente's rules.
    fill_consulent_form(frame)  # "Bereken" is at the bottom of the long form: the host scrolled down
    frame.wait_for_selector("text=Regels van: Testgemeente")
    result_outer, result_inner = settled_heights(page, frame)
    assert result_outer == result_inner and result_outer > long_outer
    # The new page opens at its top: the host page brought the frame's top into view (the first
    # height message of a page says top: true), and the frame's address points at the heading.
    assert frame.url.endswith("/uitkomst#main")
    deadline = time.monotonic() + 5
    while (top := page.evaluate("document.getElementById('houvast').getBoundingClientRect().top")) < -1:
        assert time.monotonic() < deadline, f"the frame's top is {top}px above the host's window"
        page.wait_for_timeout(50)
    assert top <= 50
    assert any(item["data"].get("top") is True for item in page.evaluate("window.seen"))

    # Back to the shorter one-page form ("Wijzig je antwoorden"): the frame shrinks again.
    frame.click("button[formaction^='/consulent']")
    frame.wait_for_selector("#age")
    back_outer, back_inner = settled_heights(page, frame)
    assert back_outer == back_inner and back_outer < result_outer

    # Only our height messages reached the host, only from the app's origin.
    seen = page.evaluate("window.seen")
    assert seen and all(item["origin"] == origins["app"] and item["data"]["type"] == "houvast:height" for item in seen)
    # No cookies and no storage, so third-party-cookie blocking cannot break it.
    assert page.context.cookies() == []
    assert frame.evaluate("document.cookie") == ""
    assert not [text for text in page.console_messages if "Content Security Policy" in text]


def test_without_javascript_each_page_in_the_frame_opens_at_its_heading(chromium, origins):
    """No JavaScript (so no automatic height): the frame keeps the snippet's fixed height and
    scrolls itself; every form in it opens the next page at the heading (#main)."""
    context = chromium.new_context(viewport={"width": 400, "height": 700}, ignore_https_errors=True,
                                   java_script_enabled=False)
    page = context.new_page()
    page.goto(origins["host"] + "/")
    frame = houvast_frame(page, origins["app"])
    frame.wait_for_selector("h1")
    frame.click("text=Vul alles in op één pagina")
    frame.wait_for_selector("#age")
    assert frame.url.endswith("/consulent#main")
    fill_consulent_form(frame)
    frame.wait_for_selector("text=Regels van: Testgemeente")
    assert frame.url.endswith("/uitkomst#main")
    # The frame has scrolled past the language switch to the heading of the result.
    assert frame.evaluate("window.scrollY") > 0
    assert abs(frame.evaluate("document.getElementById('main').getBoundingClientRect().top")) <= 2
    context.close()


def test_a_host_that_is_not_allowed_is_refused(browser_page, origins):
    page = browser_page
    for path in ("/refused", "/refused-national"):
        page.console_messages.clear()
        page.goto(origins["other"] + path)
        page.wait_for_timeout(500)
        assert len(page.frames) == 2
        for frame in page.frames[1:]:
            # The browser replaces the refused document by its own error page: none of ours renders.
            assert frame.url.startswith("chrome-error://") or frame.evaluate("document.querySelector('main')") is None
        assert any("frame-ancestors" in text for text in page.console_messages), page.console_messages


def test_a_forged_message_from_a_third_origin_is_ignored(browser_page, origins):
    page = browser_page
    page.goto(origins["host"] + "/forged")
    frame = houvast_frame(page, origins["app"])
    frame.wait_for_selector("h1")
    page.wait_for_function("window.seen.some(function (m) { return m.data && m.data.height === %d; })" % FORGED)
    # The host page itself (its own origin) forging one too.
    page.evaluate("window.postMessage({type: 'houvast:height', height: %d}, '*')" % FORGED)
    page.wait_for_timeout(300)
    outer, inner = settled_heights(page, frame)
    assert outer == inner and outer != FORGED
    forged = [m for m in page.evaluate("window.seen") if m["data"] and m["data"].get("height") == FORGED]
    assert {m["origin"] for m in forged} == {origins["other"], origins["host"]}


def test_error_pages_show_inside_the_frame(browser_page, origins):
    """Too much typed (413) and too many calculations (429) inside the gemeente's iframe: the
    visitor reads our page there, not the browser's own error (frame-ancestors 'none' before)."""
    port = _free_port()
    app = f"http://127.0.0.1:{port}"
    process = _start_app(port, origins["profiles"], rate_limit=1)
    try:
        snippet = host_snippet().replace("https://houvast.example", app).replace("mijngemeente", TEST_ID)
        origins["host_pages"]["/limited"] = f"<!doctype html><title>Gemeente</title><h1>Gemeente</h1>{snippet}"
        page = browser_page
        page.goto(origins["host"] + "/limited")
        frame = houvast_frame(page, app)
        frame.click("text=Vul alles in op één pagina")
        frame.wait_for_selector("#age")
        # More than the 64 KB a request may be, typed into the rent field.
        frame.evaluate("document.getElementById('rent').value = '9'.repeat(70000)")
        fill_consulent_form(frame)
        frame.wait_for_selector("text=Je stuurde meer dan 64 kB")
        assert not frame.url.startswith("chrome-error://")
        # The limit counts per fixed minute (app/ratelimit.py): when a new minute began since the
        # request above, the first calculation is still allowed and the next one is one too many.
        for _attempt in range(2):
            frame.goto(f"{app}/embed/{TEST_ID}")
            frame.click("text=Vul alles in op één pagina")
            frame.wait_for_selector("#age")
            fill_consulent_form(frame)
            busy = frame.locator("text=Even wachten")
            busy.or_(frame.locator("h1", has_text="Wat er per maand")).first.wait_for()
            if busy.count():
                break
        frame.wait_for_selector("text=Even wachten")
        assert "Wacht een minuut" in frame.inner_text("main")
        assert not [text for text in page.console_messages if "frame-ancestors" in text]
    finally:
        process.terminate()
        process.wait(timeout=10)
