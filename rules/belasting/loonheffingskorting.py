"""Who applies the loonheffingskorting in a month (Wet LB 1964 art. 22-23).

The loonheffingskorting (the algemene heffingskorting and, on a wage, the arbeidskorting) is
applied by one payer at a time, on the employee's written request (art. 23 lid 1 and 2). On
bijstand that payer is normally the gemeente, which pays the bijstand as loon and withholds on
it (Pw art. 19 lid 4; NB2026 bijlage VI). So:

- in a month with bijstand the gemeente applies it, unless the person has asked the employer to
  (`Job.loonheffingskorting_by_employer`): then the gemeente withholds without it;
- once the bijstand has stopped for good, nothing overlaps any more (art. 23 lid 2 speaks of
  "loontijdvakken die geheel of gedeeltelijk samenvallen"), so the person can ask the employer to
  apply it. Our reading (docs/assumptions.md, "Loonheffingskorting when the bijstand stops"): the
  employer applies it from the first month of the run of months without bijstand that lasts to
  the end of the months shown (`Job.loonheffingskorting_employer_from`). A month without bijstand
  between months with bijstand (a month with two paydays, say) leaves the korting where it was:
  the gemeente pays nothing that month and the employer was not asked, so nobody applies it and
  it comes back with the income tax return.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ..model import Explanation, Job, MonthResult, Notice
from ..months import Month
from ..parameters import LegalRef

GEMEENTE, EMPLOYER = "gemeente", "employer"
WET_LB_ART_23 = LegalRef(
    "Wet op de loonbelasting 1964", "23",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0002471&artikel=23&z=2026-01-01&g=2026-01-01", lid="2")

# The reason next to the wage, by who applies the korting that month.
WITH_KORTING = Explanation("loonheffing_with_korting")
WITHOUT_KORTING = Explanation("loonheffing_without_korting")
NOBODY = Explanation("loonheffing_korting_nobody", {}, WET_LB_ART_23)
AFTER_BIJSTAND = Explanation("loonheffing_korting_after_bijstand", {}, WET_LB_ART_23)
OWN_REASONS = (WITH_KORTING, WITHOUT_KORTING, NOBODY, AFTER_BIJSTAND)
REASONS = frozenset(reason.code for reason in OWN_REASONS)
# The same about the partner's job (rules/month_loop.py: PARTNER).
PARTNER_REASONS = tuple(Explanation("partner_" + reason.code, reason.values, reason.legal) for reason in OWN_REASONS)
PARTNER_CODES = frozenset(reason.code for reason in PARTNER_REASONS)


def employer_applies(job: Job | None, month: Month) -> bool:
    """True when the employer applies the korting to the wage of `month`."""
    if job is None:
        return False
    if job.loonheffingskorting_by_employer:
        return True
    since = job.loonheffingskorting_employer_from
    return since is not None and month >= since


def applied_by(job: Job | None, month: Month, bijstand: Decimal) -> str | None:
    """Who applies the algemene heffingskorting of the applicant in `month`: the employer, the
    gemeente (only in a month with bijstand), or nobody (None)."""
    if employer_applies(job, month):
        return EMPLOYER
    return GEMEENTE if bijstand > 0 else None


def employer_from(job: Job | None, rows: Iterable[MonthResult]) -> Month | None:
    """The first month from which the employer can be asked to apply the korting: the start of
    the run of months without bijstand, with the job, that lasts to the last month shown. None
    when the bijstand does not stop for good, or the employer already applies it."""
    if job is None or job.loonheffingskorting_by_employer:
        return None
    start = None
    for row in rows:
        if not job.runs_in(row.month) or row.bijstand > 0:
            start = None
        elif start is None:
            start = row.month
    return start


def explain(rows: list[MonthResult], job: Job | None, partner: bool = False) -> None:
    """Put the right reason next to each month's wage: who applied the korting, and whether the
    bijstand was there at all (no "you get it through your bijstand" in a month without it).
    `partner`: for the partner's job, whose reasons have the codes "partner_" + these. Each
    partner has their own korting (Wet LB art. 23 is per person; the gemeente pays half the
    bijstand to each, art. 45 lid 4 Pw, and applies each one's korting to that half)."""
    if job is None:
        return
    choices, codes = (PARTNER_REASONS, PARTNER_CODES) if partner else (OWN_REASONS, REASONS)
    for row in rows:
        by = applied_by(job, row.month, row.bijstand)
        if by == EMPLOYER:
            wanted = choices[0] if job.loonheffingskorting_by_employer else choices[3]
        else:
            wanted = choices[1] if by == GEMEENTE else choices[2]
        for index, reason in enumerate(row.explanations):
            if reason.code in codes:
                row.explanations[index] = wanted
                break


def notice(job: Job | None, partner: bool = False) -> list[Notice]:
    """What to do: ask the employer to apply the korting from the month the bijstand stops.
    `partner`: the partner asks their own employer."""
    if job is None or job.loonheffingskorting_employer_from is None:
        return []
    code = "partner_ask_employer_loonheffingskorting" if partner else "ask_employer_loonheffingskorting"
    return [Notice(code, {"month": job.loonheffingskorting_employer_from}, WET_LB_ART_23)]
