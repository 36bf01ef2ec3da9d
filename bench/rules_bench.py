"""Speed of the rules core, in process (targets in issue 2; results in docs/benchmarks.md).

    python bench/rules_bench.py            # prints a Markdown table
    python bench/rules_bench.py --write    # also rewrites the table in docs/benchmarks.md

Targets on a 2-core machine: one 24-month scenario p50 <= 1 ms; the same with a 41-point
sweep_hours p50 <= 15 ms.
"""
from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules import Household, Job, Month, Scenario, calculate, default_parameters, default_profiles, sweep  # noqa: E402

SCENARIO = Scenario(
    start_month=Month(2026, 1),
    months=24,
    household=Household("single_parent", 35, children=(4,), rent=Decimal("700.00")),
    job=Job(Month(2026, 2), "four_weeks", "may", Decimal("16"), Decimal("15.00")),
)
HOURS = [Decimal(hours) for hours in range(41)]
TARGETS = {"24-month scenario": 1.0, "24-month scenario + 41-point sweep": 15.0}


def measure(label: str, work, repeat: int) -> tuple[str, float, float]:
    work()  # warm the figure caches, as a running server has them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return label, statistics.median(times), times[int(len(times) * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    params, policy = default_parameters(), default_profiles()["voorbeeld"]

    def one():
        return calculate(SCENARIO, params, policy)

    def with_sweep():
        calculate(SCENARIO, params, policy)
        return sweep(SCENARIO, HOURS, params, policy)

    rows = [measure("24-month scenario", one, 2000), measure("24-month scenario + 41-point sweep", with_sweep, 200)]
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, with `python bench/rules_bench.py --write`.",
        "",
        "| what | p50 (ms) | p99 (ms) | target p50 (ms) | met |",
        "|---|---|---|---|---|",
    ]
    for label, p50, p99 in rows:
        target = TARGETS[label]
        lines.append(f"| {label} | {p50:.2f} | {p99:.2f} | {target:.0f} | {'yes' if p50 <= target else 'no'} |")
    table = "\n".join(lines)
    print(table)
    if args.write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text(encoding="utf-8")
        begin, end = "<!-- rules-bench -->", "<!-- /rules-bench -->"
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        doc.write_text(f"{head}{begin}\n{table}\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
