"""A language no native speaker has checked (Tigrinya) says so on every page, in that language
and in Dutch; the other languages do not."""
from __future__ import annotations

import re

import pytest

from app import i18n
from tests.app.test_i18n import journey_pages

DUTCH = i18n.UNCHECKED_NOTICE


def notice(text: str) -> str | None:
    found = re.search(r'(?s)<div class="translation-notice" role="note">(.*?)</div>', text)
    return found.group(1) if found else None


def test_tigrinya_is_the_unchecked_language():
    assert i18n.UNCHECKED_TRANSLATIONS == {"ti"}


def test_every_tigrinya_page_says_the_translation_is_not_checked(client, answers):
    tigrinya = i18n.gettext(DUTCH, "ti")
    assert tigrinya != DUTCH and "ትርጉም" in tigrinya
    for name, response in journey_pages(client, answers, "ti").items():
        block = notice(response.text)
        assert block, name
        assert f"<p>{tigrinya}</p>" in block, name
        assert f'<p lang="nl" dir="ltr">{DUTCH}</p>' in block, name


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != "ti"])
def test_other_languages_have_no_notice(client, answers, lang):
    for name, response in journey_pages(client, answers, lang).items():
        assert notice(response.text) is None, (lang, name)
