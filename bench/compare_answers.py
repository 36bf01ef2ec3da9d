"""The answers of the API and the result pages for a fixed set of random valid requests, saved
and checked byte for byte: the proof that a change of structure changes no answer.

    python bench/compare_answers.py --save /tmp/answers.txt     # before the change
    python bench/compare_answers.py --check /tmp/answers.txt    # after it: the same text, or the differences

The requests vary the household (situation, ages, children, housemates, rent, medical hours
limit, parents who can help), the job (start before or inside the window, pay period, holiday pay,
first payday, end month, hours that vary, wage per hour or per period), the months shown
(start 2026-01 to 2027-12, 1 to 36 months), the gemeente and the sweep of hours; with --couples N
also N couples where the partner works (partner_job), often the applicant too. The seed is
fixed, so every run asks the same questions. Each checkout answers with its own code: run the
script of the checkout to measure (it puts its own directory first on the path).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["HOUVAST_RATE_LIMIT"] = "0"  # hundreds of requests from one client in a few seconds

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the test client's notice about httpx
    from fastapi.testclient import TestClient

from app.main import app  # noqa: E402

SEED = 20261202
GEMEENTEN = ("voorbeeld", "amsterdam", "rotterdam")
SEPARATOR = "### "


def _month(year: int, month: int, plus: int = 0) -> str:
    index = year * 12 + month - 1 + plus
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def api_request(rng: random.Random) -> dict:
    year, month = rng.choice((2026, 2027)), rng.randint(1, 12)
    months = rng.choice((1, 3, 6, 12, 12, 18, 24, 36))
    situation = rng.choice(("single", "single_parent", "couple"))
    household: dict = {"situation": situation, "age": rng.randint(18, 66),
                       "rent": round(rng.uniform(0, 1100), 2) if rng.random() < 0.7 else 0}
    if situation == "couple":
        household["partner_age"] = rng.randint(18, 66)
    children = rng.randint(1, 3) if situation == "single_parent" else rng.choice((0, 0, 1, 2))
    if children:
        household["children"] = [{"age": rng.randint(0, 26)} for _ in range(children)]
    if rng.random() < 0.2:
        household["housemates_27_plus"] = rng.randint(1, 2)
    if household["age"] < 21 and rng.random() < 0.5:
        household["parents_can_help"] = rng.choice((True, False))
    if rng.random() < 0.1:
        household["medisch_urenbeperkt"] = True
    body: dict = {"start_month": _month(year, month), "months": months, "gemeente": rng.choice(GEMEENTEN),
                  "household": household}
    if rng.random() < 0.1:
        return body  # no job: the household without work
    start = _month(year, month, rng.randint(-20, max(0, months - 1)))  # before or inside the window
    job: dict = {"start_month": start, "pay_period": rng.choice(("month", "four_weeks", "week")),
                 "holiday_pay": rng.choice(("may", "monthly"))}
    if rng.random() < 0.8:
        job["hours_per_week"] = rng.choice((4, 8, 12, 16, 20, 24, 32, 36, 40))
        job["hourly_wage"] = round(rng.uniform(12, 25), 2)
        if rng.random() < 0.2:
            job["hours_per_week_max"] = job["hours_per_week"] + rng.choice((4, 8))
    else:
        job["gross_per_period"] = round(rng.uniform(300, 3000), 2)
    if rng.random() < 0.2:
        job["loonheffingskorting_by_employer"] = True
    job_year, job_month = int(start[:4]), int(start[5:])
    if rng.random() < 0.2:
        job["end_month"] = _month(job_year, job_month, rng.randint(0, 12))
    if rng.random() < 0.2:
        job["first_payday"] = f"{start}-{rng.randint(1, 28):02d}"
    body["job"] = job
    if situation == "couple" and rng.random() < 0.5:  # the partner works too, or only the partner
        partner = {"start_month": _month(year, month, rng.randint(-6, max(0, months - 1))),
                   "pay_period": rng.choice(("month", "four_weeks", "week")), "holiday_pay": rng.choice(("may", "monthly")),
                   "hours_per_week": rng.choice((8, 12, 16, 24, 32)), "hourly_wage": round(rng.uniform(12, 25), 2)}
        body["partner_job"] = partner
        if rng.random() < 0.3:
            del body["job"]
    if rng.random() < 0.3:
        body["vrijlating_months_used"] = rng.randint(0, 8)
    elif rng.random() < 0.2:
        body["vrijlating_months_used"] = None  # not known: worked out from the job's months
    if rng.random() < 0.2 and "hourly_wage" in job:
        body["sweep_hours"] = [8, 16, 24, 32]
    if rng.random() < 0.2:
        body["explain"] = "codes"
    return body


def couple_request(rng: random.Random) -> dict:
    """A couple where the partner works (partner_job), often the applicant too."""
    body = api_request(rng)
    household = body["household"]
    household["situation"] = "couple"
    household["partner_age"] = rng.randint(18, 66)
    if household.get("children") and all(child["age"] >= 18 for child in household["children"]):
        del household["children"]
    household.pop("parents_can_help", None)
    start = body["start_month"]
    partner_start = _month(int(start[:4]), int(start[5:]), rng.randint(-20, max(0, body["months"] - 1)))
    partner_job: dict = {"start_month": partner_start, "pay_period": rng.choice(("month", "four_weeks", "week")),
                         "holiday_pay": rng.choice(("may", "monthly"))}
    if rng.random() < 0.8:
        partner_job["hours_per_week"] = rng.choice((4, 8, 12, 16, 20, 24, 32))
        partner_job["hourly_wage"] = round(rng.uniform(12, 25), 2)
    else:
        partner_job["gross_per_period"] = round(rng.uniform(300, 2500), 2)
    if rng.random() < 0.2:
        partner_job["end_month"] = _month(int(partner_start[:4]), int(partner_start[5:]), rng.randint(0, 12))
    if rng.random() < 0.2:
        partner_job["first_payday"] = f"{partner_start}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.3:
        body.pop("job", None)  # only the partner works
        body.pop("vrijlating_months_used", None)
    if "job" not in body and rng.random() < 0.3 and "hourly_wage" in partner_job:
        body["sweep_hours"] = [8, 16, 24, 32]
    body["partner_job"] = partner_job
    return body


def page_answers(rng: random.Random) -> dict:
    situation = rng.choice(("single", "single_parent", "couple"))
    return {
        "situation": situation, "age": str(rng.randint(19, 60)),
        "partner_age": str(rng.randint(19, 60)) if situation == "couple" else "",
        "medisch": "nee", "children": "" if situation == "single" else str(rng.randint(0, 17)),
        "housemates": "0", "rent": str(rng.randint(0, 1000)), "wage_kind": "uur",
        "hours": str(rng.choice((8, 16, 24, 32))), "hourly_wage": rng.choice(("14,71", "16,50", "20")),
        "gross_per_period": "", "pay_period": rng.choice(("month", "four_weeks", "week")),
        "holiday_pay": rng.choice(("may", "monthly")),
        "job_start": rng.choice(("2026-06", "2026-12", "2027-01", "2027-03")),
        "loonheffingskorting": "nee", "vrijlating_used": "", "gemeente": rng.choice(GEMEENTEN), "action": "calculate",
        **(_partner_answers(rng) if situation == "couple" else {}),
    }


def _partner_answers(rng: random.Random) -> dict:
    """Who works in a couple, and the partner's job (the applicant's fields with partner_ before them)."""
    who = rng.choice(("ik", "partner", "beide"))
    if who == "ik":
        return {"wie_werkt": who}
    return {"wie_werkt": who, "partner_wage_kind": "uur", "partner_hours": str(rng.choice((8, 12, 20))),
            "partner_hourly_wage": rng.choice(("14,71", "15,20", "18")), "partner_gross_per_period": "",
            "partner_pay_period": rng.choice(("month", "four_weeks")), "partner_holiday_pay": "may",
            "partner_job_start": rng.choice(("2026-06", "2027-02")), "partner_loonheffingskorting": "nee"}


def _answer(name: str, asked: dict, response) -> str:
    return f"{SEPARATOR}{name} {json.dumps(asked, sort_keys=True)}\n{response.status_code}\n{response.text}\n"


def answers(api_count: int, page_count: int, couple_count: int = 0) -> str:
    rng = random.Random(SEED)
    client = TestClient(app)
    parts = []
    for number in range(api_count):
        body = api_request(rng)
        response = client.post("/api/v1/scenario", json=body)
        parts.append(_answer(f"api {number}", body, response))
    for number in range(page_count):
        form = page_answers(rng)
        response = client.post("/uitkomst", data=form)
        parts.append(_answer(f"page {number}", form, response))
    rng = random.Random(SEED + 1)  # a stream of its own: the answers above stay as they were
    for number in range(couple_count):
        body = couple_request(rng)
        response = client.post("/api/v1/scenario", json=body)
        parts.append(_answer(f"couple {number}", body, response))
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="FILE")
    mode.add_argument("--check", type=Path, metavar="FILE")
    parser.add_argument("--api", type=int, default=220, help="number of API requests")
    parser.add_argument("--pages", type=int, default=22, help="number of result pages")
    parser.add_argument("--couples", type=int, default=0,
                        help="number of API requests for couples where the partner works (partner_job)")
    args = parser.parse_args()
    text = answers(args.api, args.pages, args.couples)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    statuses = [part.split("\n")[1] for part in text.split(SEPARATOR)[1:]]
    summary = ", ".join(f"{code}: {statuses.count(code)}" for code in sorted(set(statuses)))
    if args.save:
        args.save.write_text(text)
        print(f"saved {len(statuses)} answers ({summary}), sha256 {digest}")
        return 0
    saved = args.check.read_text()
    if saved == text:
        print(f"identical: {len(statuses)} answers ({summary}), sha256 {digest}")
        return 0
    pairs = zip(saved.split(SEPARATOR), text.split(SEPARATOR))
    different = [new.split("\n")[0] for old, new in pairs if old != new]
    print(f"DIFFERENT: {len(different)} answers differ", *different[:10], sep="\n  ")
    return 1


if __name__ == "__main__":
    sys.exit(main())
