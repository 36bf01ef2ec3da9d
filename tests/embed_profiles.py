"""A test-only gemeente profile for the embedding tests, never shipped in rules/data/gemeenten.

`write_profile_dir(directory, origins)` copies the real profiles and adds `embedtest.yaml`, whose
`web.frame_ancestors` are the given origins (e.g. the browser test's host page on a loopback
port). The app reads it when HOUVAST_PROFILE_DIR points at that directory (rules.default_profiles,
docs/embedding.md): the browser test starts uvicorn in a subprocess with that variable; the
TestClient tests set it and clear the profile cache around each test (`use_profile_dir`).
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from rules.profiles import PROFILE_DIR

TEST_ID = "embedtest"

PROFILE = """\
id: embedtest
name: Testgemeente
description: Test-only profile for the embedding tests (tests/embed_profiles.py).
open_terms:
  verrekenen_in:
    values:
      2025-01-01: {{value: volgende_maand, source: {{title: "Testbesluit verrekenen", url: "https://example.org/verrekenen"}}}}
  bufferbudget:
    values:
      2027-01-01: {{value: true, source: {{title: "Testbesluit bufferbudget"}}}}
local:
  minimaregelingen:
    testtoeslag:
      name: Testtoeslag
      kind: individuele_inkomenstoeslag
      legal_basis: {{title: "Testverordening minima, art. 3", url: "https://example.org/verordening"}}
      values:
        2025-01-01:
          income_limit: 1.10
          per: year
          amounts: {{alleenstaande: 300, alleenstaande_ouder: 400}}
          payment_month: 12
          source: {{title: "Testverordening minima 2025", url: "https://example.org/minima-2025"}}
          confidence: A
        2027-01-01:
          income_limit: 1.20
          per: year
          amounts: {{alleenstaande: 320, alleenstaande_ouder: null}}
          payment_month: 12
          source: {{title: "Testverordening minima 2027"}}
          confidence: B
          note: Changed in 2027.
  premies:
    testpremie:
      name: Testpremie
      kind: bijverdienpremie
      legal_basis: {{title: "Testbeleidsregels premies, art. 2"}}
      values:
        2026-01-01:
          amount: 150
          after_months: 6
          conditions: {{min_hours_per_week: 12, on_bijstand: true}}
          source: {{title: "Testbeleidsregels premies 2026", url: "https://example.org/premies"}}
web:
  frame_ancestors: {origins}
  languages: [nl]
  theme: neutral
"""


def write_profile_dir(directory: Path, origins: list[str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for path in PROFILE_DIR.glob("*.yaml"):
        shutil.copy(path, directory / path.name)
    quoted = "[" + ", ".join(f'"{origin}"' for origin in origins) + "]"
    (directory / f"{TEST_ID}.yaml").write_text(PROFILE.format(origins=quoted), encoding="utf-8")
    return directory


@contextmanager
def use_profile_dir(directory: Path):
    """In this process: the app serves the profiles in `directory` until the block ends."""
    from rules import PROFILE_DIR_ENV, default_profiles

    before = os.environ.get(PROFILE_DIR_ENV)
    os.environ[PROFILE_DIR_ENV] = str(directory)
    default_profiles.cache_clear()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(PROFILE_DIR_ENV, None)
        else:
            os.environ[PROFILE_DIR_ENV] = before
        default_profiles.cache_clear()
