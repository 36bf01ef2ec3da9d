"""A catalog whose header is marked fuzzy is skipped whole by `pybabel compile` (exit 0!)."""
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parents[2] / "locales"
# Dutch is the source language: its catalog is never compiled (the msgids are the text).
CATALOGS = sorted(p for p in LOCALES.glob("*/LC_MESSAGES/messages.po") if p.parts[-3] != "nl")


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_header_is_not_fuzzy(path):
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=path.parts[-3])
    assert not catalog.fuzzy
