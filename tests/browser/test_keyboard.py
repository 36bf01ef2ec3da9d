"""Keyboard only, JavaScript on and off (issue 7, WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7, 2.4.11):
a skip link that works, a visible focus on everything you can reach with Tab, a logical tab
order through a question page, and an error summary that takes you to the field."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# What the browser says about the focused element: where it is and how its focus is drawn.
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName, id: el.id, cls: String(el.className), name: el.getAttribute('name'),
    href: el.getAttribute('href'), value: el.getAttribute('value'),
    inMain: !!el.closest('main'), focusVisible: el.matches(':focus-visible'),
    outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
    outlineColor: style.outlineColor, boxShadow: style.boxShadow, background: style.backgroundColor,
    top: box.top + window.scrollY, left: box.left, right: box.right, width: box.width, height: box.height,
    inViewport: box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0,
  };
}"""
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}


@pytest.fixture(params=[False, True], ids=["no-js", "js"])
def keyboard_page(request, chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL",
                                   java_script_enabled=request.param)
    page = context.new_page()
    yield page
    context.close()


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def label(info: dict) -> str:
    return f"{info['tag']}#{info['id']}.{info['cls']}[{info['name'] or info['href'] or ''}={info['value']}]"


def has_visible_focus(info: dict) -> bool:
    outline = info["outlineStyle"] != "none" and info["outlineWidth"] >= 2 and info["outlineColor"] not in TRANSPARENT
    return outline or info["boxShadow"] != "none"


def tab_through(page, limit: int = 80) -> list[dict]:
    """Tab from the top of the page until focus leaves the document; every stop."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = focused(page)
        if info["tag"] == "BODY" or (stops and label(info) == label(stops[0])):
            break
        stops.append(info)
    return stops


def test_skip_link_goes_to_the_main_content(keyboard_page, server_url):
    page = keyboard_page
    for path in ("/", "/vragen", "/consulent"):
        page.goto(server_url + path)
        page.keyboard.press("Tab")
        first = focused(page)
        assert first["cls"] == "skip-link" and first["href"] == "#main", (path, first)
        assert first["inViewport"] and first["height"] >= 24, (path, "the skip link shows when focused")
        assert has_visible_focus(first), path
        page.keyboard.press("Enter")
        assert focused(page)["id"] == "main", path
        page.keyboard.press("Tab")
        after = focused(page)
        assert after["inMain"], (path, "Tab after the skip link goes on inside main", label(after))


def test_focus_is_visible_on_everything_tab_reaches(keyboard_page, server_url):
    page = keyboard_page
    for path in ("/", "/vragen", "/consulent"):
        page.goto(server_url + path)
        stops = tab_through(page)
        assert len(stops) >= 3, path
        for info in stops:
            assert info["focusVisible"], (path, label(info))
            assert has_visible_focus(info), (path, "no visible focus on", label(info))


def test_focus_looks_different_from_no_focus(keyboard_page, server_url):
    """The indicator is a change (2.4.7): a button's own shadow does not count as focus."""
    page = keyboard_page
    page.goto(server_url + "/vragen")
    for selector in ("a.skip-link", "button[value=next]", "#age", "#situation"):
        page.focus(selector)
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
        with_focus = focused(page)
        assert page.evaluate(f"document.activeElement === document.querySelector({selector!r})"), selector
        page.evaluate("document.activeElement.blur()")
        without = page.eval_on_selector(selector, "el => { const s = getComputedStyle(el);"
                                        " return [s.outlineStyle, s.outlineColor, s.boxShadow, s.backgroundColor]; }")
        drawn = [with_focus["outlineStyle"], with_focus["outlineColor"], with_focus["boxShadow"], with_focus["background"]]
        assert drawn != without, (selector, drawn)


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_tab_order_through_a_question_page_is_logical(keyboard_page, server_url, lang):
    from app.i18n import LANGUAGES

    if lang not in LANGUAGES:
        pytest.skip(f"no {lang} catalog yet")
    page = keyboard_page
    page.goto(f"{server_url}/vragen?lang={lang}")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.eval_on_selector_all("[tabindex]", "nodes => nodes.filter(n => n.tabIndex > 0).length") == 0
    stops = tab_through(page)
    names = [info["name"] or info["cls"] for info in stops]
    assert stops[0]["cls"] == "skip-link"
    in_main = [info for info in stops if info["inMain"]]
    # Header first, then main, then nothing goes back up.
    first_main = stops.index(in_main[0])
    assert all(info["inMain"] for info in stops[first_main:first_main + len(in_main)]), names
    # Inside main the order follows the page from top to bottom (same line: start to end).
    for before, after in zip(in_main, in_main[1:]):
        assert after["top"] >= before["top"] - 2, (label(before), label(after))
    # Every question on the page is reached, in the order it is asked, before the next button.
    fields = page.eval_on_selector_all(
        "main input:not([type=hidden]), main select, main textarea",
        "nodes => nodes.filter(n => n.offsetParent !== null).map(n => n.name)")
    asked = list(dict.fromkeys(fields))
    reached = [info["name"] for info in in_main if info["name"] in asked]
    assert list(dict.fromkeys(reached)) == asked, (reached, asked)
    buttons = [index for index, info in enumerate(in_main) if info["value"] == "next"]
    assert buttons and all(in_main.index(info) < buttons[0] for info in in_main if info["name"] in asked)


def test_error_summary_takes_you_to_the_field(keyboard_page, server_url):
    page = keyboard_page
    page.goto(server_url + "/vragen")
    stops = tab_through(page)
    to_next = next(index for index, info in enumerate(stops) if info["value"] == "next")
    page.goto(server_url + "/vragen")
    for _ in range(to_next + 1):
        page.keyboard.press("Tab")
    assert focused(page)["value"] == "next"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.title().startswith("Fout: ")
    summary = focused(page)
    assert summary["cls"] == "error-summary", label(summary)
    assert has_visible_focus(summary)
    links = page.eval_on_selector_all(".error-summary a", "links => links.map(a => a.getAttribute('href'))")
    assert links
    for href in links:  # the summary's links come next, in the order of the fields
        page.keyboard.press("Tab")
        assert focused(page)["href"] == href
    page.focus(".error-summary")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.activeElement && document.activeElement.id === {links[0][1:]!r}")
    field = focused(page)
    assert field["id"] == links[0][1:] and field["inViewport"] and has_visible_focus(field)
    # Type the answer without touching the mouse and go on.
    if field["tag"] == "INPUT" and page.get_attribute(links[0], "type") == "radio":
        page.keyboard.press("Space")
        assert page.is_checked(links[0])
