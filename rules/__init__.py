"""Houvast rules core: what lands on the account month by month, and why.

Pure Python plus dated parameter files; it never imports the web layer.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .model import Household, Job, Scenario, ScenarioResult
from .months import Month
from .parameters import ParameterSet, load_parameters
from .participatiewet.norm import OutOfScope
from .profiles import PROFILE_DIR, Policy, load_profiles
from .scenario import RULES_VERSION, SweepPoint, calculate, sweep
from .scope import FIRST_SUPPORTED_MONTH, MAX_MONTHS
from .summary import Summary, YearSummary, summarize

__all__ = [
    "FIRST_SUPPORTED_MONTH", "MAX_MONTHS", "RULES_VERSION", "Household", "Job", "Month",
    "OutOfScope", "ParameterSet", "Policy", "Scenario", "ScenarioResult", "Summary", "SweepPoint", "YearSummary",
    "calculate", "summarize", "sweep",
    "default_parameters", "default_profiles", "load_parameters", "load_profiles", "PROFILE_DIR_ENV",
]


@lru_cache(maxsize=1)
def default_parameters() -> ParameterSet:
    return load_parameters()


# A deployment (or a test) may serve its own set of gemeente profiles: HOUVAST_PROFILE_DIR names a
# directory that replaces rules/data/gemeenten (it must hold voorbeeld.yaml too; docs/embedding.md).
PROFILE_DIR_ENV = "HOUVAST_PROFILE_DIR"


@lru_cache(maxsize=1)
def default_profiles() -> dict[str, Policy]:
    return load_profiles(Path(os.environ.get(PROFILE_DIR_ENV) or PROFILE_DIR))
