"""Houvast rules core: what lands on the account month by month, and why.

Pure Python plus dated parameter files; it never imports the web layer.
"""
from __future__ import annotations

from functools import lru_cache

from .model import Household, Job, Scenario, ScenarioResult
from .months import Month
from .parameters import ParameterSet, load_parameters
from .participatiewet.norm import OutOfScope
from .profiles import Policy, load_profiles
from .scenario import FIRST_SUPPORTED_MONTH, MAX_MONTHS, RULES_VERSION, SweepPoint, calculate, sweep

__all__ = [
    "FIRST_SUPPORTED_MONTH", "MAX_MONTHS", "RULES_VERSION", "Household", "Job", "Month",
    "OutOfScope", "ParameterSet", "Policy", "Scenario", "ScenarioResult", "SweepPoint", "calculate", "sweep",
    "default_parameters", "default_profiles", "load_parameters", "load_profiles",
]


@lru_cache(maxsize=1)
def default_parameters() -> ParameterSet:
    return load_parameters()


@lru_cache(maxsize=1)
def default_profiles() -> dict[str, Policy]:
    return load_profiles()
