"""The Jinja environment: autoescape, strict undefined, gettext per request language."""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from starlette.responses import HTMLResponse

from .i18n import (
    DEFAULT_LANGUAGE, LANGUAGES, TEMPLATES_DIR, UNCHECKED_NOTICE, UNCHECKED_TRANSLATIONS, autonym, plural_count,
    text_direction, translations,
)


# Jinja's newstyle gettext wraps these and %-formats the result with the keyword arguments
# (always: a literal percent sign in a template string is written %%).
@pass_context
def _gettext(context, message):
    return translations(context.get("lang", DEFAULT_LANGUAGE)).gettext(message)


@pass_context
def _ngettext(context, singular, plural, n):
    lang = context.get("lang", DEFAULT_LANGUAGE)
    return translations(lang).ngettext(singular, plural, plural_count(n, lang))


env = Environment(
    loader=FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=True,
    undefined=StrictUndefined,
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)
env.policies["ext.i18n.trimmed"] = True
env.install_gettext_callables(_gettext, _ngettext, newstyle=True)


def render(name: str, status_code: int = 200, **context) -> HTMLResponse:
    context.setdefault("lang", DEFAULT_LANGUAGE)
    context.setdefault("dir", text_direction(context["lang"]))
    context.setdefault("page_title", "")
    context.setdefault("errors", {})
    context.setdefault("embed_origins", [])
    context.setdefault("embedded", False)  # inside a gemeente's iframe: no site header
    # Inside the iframe each form opens the next page at its heading (#main), also without
    # JavaScript; with it, embed.js also asks the host page to bring the frame's top into view.
    context.setdefault("anchor", "#main" if context["embedded"] else "")
    # The language switch: GET ?lang= links on pages without answers (switch=None); on a page
    # with answers a POST form that sends them again (switch={"action": url, "fields": {...}}).
    context.setdefault("switch", None)
    context.setdefault("languages", [(code, autonym(code), text_direction(code)) for code in LANGUAGES])
    # No native speaker has checked this translation yet: say so on every page, also in Dutch.
    context.setdefault("unchecked_notice", UNCHECKED_NOTICE if context["lang"] in UNCHECKED_TRANSLATIONS else None)
    html = env.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code)
