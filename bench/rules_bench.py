"""Speed of the rules core, in process (targets in issue 2; results in docs/benchmarks.md).

    python bench/rules_bench.py            # prints a Markdown table
    python bench/rules_bench.py --write    # also rewrites the table in docs/benchmarks.md
    python bench/rules_bench.py --against ../other-checkout   # CPU time, this code and that, in turns

Targets on a 2-core machine: one 24-month scenario p50 <= 1 ms; the same with a 41-point
sweep_hours p50 <= 15 ms.

On a shared machine the wall clock mostly measures the neighbours. `--against` compares two
versions of the code by CPU time (time.process_time, best and median of batches): each round
runs this checkout and the other one after the other, in fresh processes, on the same scenario.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `--source DIR`: the rules core of another checkout (for --against); the scenario is this one.
SOURCE = Path(sys.argv[sys.argv.index("--source") + 1]).resolve() if "--source" in sys.argv else ROOT
sys.path.insert(0, str(SOURCE))

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


def cpu_times(work, batch: int, batches: int) -> list[float]:
    """CPU milliseconds per call of `work`, one figure per batch of `batch` calls."""
    work()
    times = []
    for _ in range(batches):
        start = time.process_time()
        for _ in range(batch):
            work()
        times.append((time.process_time() - start) * 1000 / batch)
    return times


def against(other: Path, rounds: int) -> None:
    """CPU time of this checkout's rules core and `other`'s, measured in turns."""
    checkouts = {"this checkout": ROOT, str(other): other.resolve()}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in checkouts}
    for _ in range(rounds):
        for name, path in checkouts.items():
            out = subprocess.run([sys.executable, __file__, "--cpu", "--source", str(path)],
                                 check=True, capture_output=True, text=True).stdout
            for label, values in json.loads(out).items():
                times[name].setdefault(label, []).extend(values)
    print(f"CPU ms per call (time.process_time), {rounds} rounds in turns; best / median of the batches")
    print()
    print("| code | " + " | ".join(TARGETS) + " |")
    print("|---|" + "---|" * len(TARGETS))
    for name, measured in times.items():
        cells = [f"{min(measured[label]):.3f} / {statistics.median(measured[label]):.3f}" for label in TARGETS]
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT", help="compare CPU time with another checkout")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help=argparse.SUPPRESS)  # one round of --against
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against is not None:
        against(args.against, args.rounds)
        return
    params, policy = default_parameters(), default_profiles()["voorbeeld"]

    def one():
        return calculate(SCENARIO, params, policy)

    def with_sweep():
        calculate(SCENARIO, params, policy)
        return sweep(SCENARIO, HOURS, params, policy)

    if args.cpu:
        import rules
        assert Path(rules.__file__).resolve().is_relative_to(SOURCE), rules.__file__  # the code asked for
        labels = list(TARGETS)
        print(json.dumps({labels[0]: cpu_times(one, 200, 3), labels[1]: cpu_times(with_sweep, 10, 3)}))
        return
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
