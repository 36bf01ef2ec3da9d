"""The cause of the headline's lowest month in plain words, one per code the rules core names
(rules/summary.py: low_cause; rules/explanations.py: LOW_CAUSES). The page reads them through
result.py; a couple's variants are in result_couple.py.
"""
from __future__ import annotations

from ..i18n import N_

# The cause of the lowest month, as the rules core names it (rules/explanations.py: LOW_CAUSES).
CAUSES = {
    "bijstand_ends": N_(
        "Oorzaak: je krijgt die maand geen bijstand. De gemeente rekent met meer inkomen dan je bijstandsnorm."),
    "vrijlating_used_up": N_(
        "Oorzaak: je vrijlating is dan op. De gemeente haalt al je loon van je bijstand af."),
    "vrijlating_lower": N_(
        "Oorzaak: vanaf die maand mag je minder van je loon houden. Dan geldt een lagere vrijlating."),
    "counted_next_month": N_("Oorzaak: de gemeente haalt dan het loon van de maand ervoor van je bijstand af."),
    "counted_spread": N_(
        "Oorzaak: je krijgt die maand één keer loon. "
        "Maar de gemeente rekent met je loon verdeeld over het jaar, en dat is meer."),
    "holiday_right_counted": N_(
        "Oorzaak: de gemeente telt je vakantiegeld elke maand al mee. Maar je krijgt het pas later."),
    "counted_more_than_paid": N_(
        "Oorzaak: de gemeente rekent met meer loon dan je die maand krijgt. "
        "Ze verdeelt je loon over het jaar en telt je vakantiegeld al mee."),
    "less_wage": N_("Oorzaak: in sommige andere maanden krijg je meer loon uitbetaald."),
    "loonheffingskorting_gemeente": N_(
        "Oorzaak: je krijgt die maand nog bijstand. Dan geeft de gemeente je de loonheffingskorting, "
        "niet je werkgever. Je werkgever houdt daarom meer belasting in, en je netto loon is lager."),
    "less_bijstand": N_("Oorzaak: in die maand krijg je minder bijstand dan in andere maanden."),
    "no_holiday_money": N_(
        "Oorzaak: in die maand krijg je geen vakantiegeld of vakantietoeslag. In andere maanden wel."),
    "vakantietoeslag_lower": N_(
        "Oorzaak: je krijgt die maand minder vakantietoeslag van de gemeente. "
        "Die is een deel van je bijstand, en met je loon krijg je minder bijstand."),
    "vakantietoeslag_paid_earlier": N_(
        "Oorzaak: je krijgt die maand minder vakantietoeslag dan zonder baan. "
        "Je kreeg (een deel van) je vakantietoeslag al eerder, toen je bijstand stopte."),
    "less_toeslagen": N_("Oorzaak: in die maand krijg je minder toeslagen."),
    "no_kinderbijslag": N_(
        "Oorzaak: in die maand krijg je geen kinderbijslag. De SVB betaalt die één keer per 3 maanden."),
    "no_gemeente_payment": N_("Oorzaak: in die maand betaalt de gemeente je niets extra."),
    "other": N_("In die maand komen loon en bijstand samen het laagst uit."),
}
# The partner works too: the vrijlating that runs out may be either partner's (rules/summary.py).
CAUSES_COUPLE = {"vrijlating_used_up": N_(
    "Oorzaak: een vrijlating is dan op. De gemeente haalt dat loon helemaal van jullie bijstand af.")}
