"""Shared test setup: the real parameter files and gemeente profiles, loaded once."""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

from rules import default_parameters, default_profiles

# The suite sends hundreds of requests a minute from one address; the rate limit has its own
# tests (tests/app/test_security.py), everything else runs without it.
os.environ["HOUVAST_RATE_LIMIT"] = "0"

# Speed is measured in bench/, not in tests: no per-example deadline, so a busy machine cannot
# turn a correct property into a failure.
settings.register_profile("houvast", deadline=None)
settings.load_profile("houvast")


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: runs in Debian's chromium (make test-browser)")


@pytest.fixture(scope="session")
def params():
    return default_parameters()


@pytest.fixture(scope="session")
def neutral():
    return default_profiles()["voorbeeld"]
