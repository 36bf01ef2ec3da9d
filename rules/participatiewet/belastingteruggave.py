"""A tax refund as income for the bijstand (art. 31 lid 1 and art. 32 lid 1 Pw).

A refund of income tax counts as income "voorzover deze ... betrekking hebben op een periode
waarover beroep op bijstand wordt gedaan" (art. 32 lid 1 onder b). The CRvB spreads a refund over
the months it relates to (CRvB 26-10-2011, ECLI:NL:CRVB:2011:BU1590). What a refund relates to
is the heffingskortingen that were not applied when the tax was withheld
(rules/belasting/loonheffingskorting.py):

- the algemene heffingskorting belongs to every month of the year, one twelfth each; in a month
  with bijstand the gemeente applied it (NB2026 bijlage VI), after the bijstand the employer or
  nobody;
- the arbeidskorting and the IACK belong to the months of the work, in proportion to the
  arbeidsinkomen of each month; only an employer that applies the loonheffingskorting applies
  them.

Per month, what was left unapplied is what the year's kortingen grant for that month minus what
the payer gave: the gemeente its AHK share (at most the tax on the bijstand), the employer what
its table with loonheffingskorting took off the wage, nobody nothing. The part of the refund over
months with bijstand is what was left unapplied in those months, each month at most its own
bijstand (the refund is income of that month, and a month's bijstand is the norm minus its
income, never below zero: art. 19 lid 2), and at most the refund: a refund over months after the
bijstand (the AHK nobody applied, the arbeidskorting of the work done then) stays with the
person. See docs/assumptions-toeslagen.md, "Income tax after the year".
"""
from __future__ import annotations

from decimal import Decimal

from ..money import ZERO

MONTHS = 12


def part_with_bijstand(refund: Decimal, months: list[tuple], ahk: Decimal, work_kortingen: Decimal) -> Decimal:
    """The part of one person's refund that relates to months with bijstand (0 to `refund`).

    `months`: runs of equal months of the year (count, with bijstand, who applied the
    loonheffingskorting, arbeidsinkomen per month, korting applied per month, the person's
    bijstand per month); `ahk` and
    `work_kortingen` (arbeidskorting plus IACK) as the assessment grants them for the year.
    """
    if refund <= 0:
        return ZERO
    arbeidsinkomen = sum((count * work for count, _, _, work, _, _ in months), ZERO)
    unapplied = ZERO
    for count, with_bijstand, _, work, applied, bijstand in months:
        if not with_bijstand:
            continue
        granted = ahk / MONTHS + (work_kortingen * work / arbeidsinkomen if arbeidsinkomen > 0 else ZERO)
        unapplied += min(granted - applied, bijstand) * count  # art. 19 lid 2: at most the month's bijstand
    return min(refund, max(ZERO, unapplied))
