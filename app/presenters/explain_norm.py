"""The reasons of a month about the norm (Pw art. 20, 21, 22a): which norm applies and why, the
raise for the young (art. 20 lid 3) and the kostendelersnorm (art. 19a, 22a). Read by explain.py,
which adds them to MONTH_TEXTS; the codes come from rules/participatiewet/norm.py and
kostendelersnorm.py.
"""
from __future__ import annotations

from ..i18n import N_, N_plural, Plural

# I18N: every text below is read by people on bijstand: B1 Dutch, "je", sentences of at most
# I18N: 20 words. %(...)s are filled in by the calculator; keep them as they are.
NORM_TEXTS: dict[str, str | Plural] = {
    "norm_single": N_(
        "Je bent alleenstaand. Je norm is %(norm)s per maand. "
        "De norm is de bijstand die je krijgt als je geen ander inkomen hebt."),
    "norm_single_parent": N_(
        "Je bent alleenstaande ouder. Je norm is %(norm)s per maand. "
        "De norm is de bijstand die je krijgt als je geen ander inkomen hebt."),
    "norm_couple": N_(
        "Jullie zijn met z'n tweeën. Jullie norm is %(norm)s per maand. "
        "De norm is de bijstand die jullie samen krijgen zonder ander inkomen."),
    "norm_youth": N_(
        "Je bent jonger dan 21. Daarom is je norm lager: %(norm)s per maand. "
        "De norm is de bijstand die je krijgt als je geen ander inkomen hebt."),
    "norm_couple_youth": N_(
        "Jullie zijn allebei jonger dan 21. Daarom is jullie norm lager: %(norm)s per maand. "
        "De norm is de bijstand die jullie samen krijgen zonder ander inkomen."),
    "norm_couple_one_young": N_(
        "Eén van jullie is jonger dan 21. Daarom is jullie norm %(norm)s per maand. "
        "De norm is de bijstand die jullie samen krijgen zonder ander inkomen."),
    "norm_youth_raised": N_(
        "Je ouders kunnen niet voor je zorgen. Daarom verhoogt de gemeente de norm met %(increase)s. "
        "De norm is nu %(norm)s per maand. "
        "Hoger dan de norm voor mensen van 21 jaar en ouder (%(maximum)s) wordt hij niet."),
    "norm_kostendeler": N_plural(
        "In je huis woont %(persons)s mens van %(min_age)s jaar of ouder, jij meegeteld. "
        "Zij delen de kosten. Daarom heten ze kostendelers. "
        "Je norm is daarom lager: %(norm)s per maand.",
        "In je huis wonen %(persons)s mensen van %(min_age)s jaar of ouder, jij meegeteld. "
        "Zij delen de kosten. Daarom heten ze kostendelers. "
        "Je norm is daarom lager: %(norm)s per maand.",
        "persons"),
    "norm_kostendeler_under_27": N_(
        "Je deelt je huis met een of meer mensen van %(min_age)s jaar of ouder. "
        "Zij heten kostendelers: ze kunnen meebetalen aan de kosten. "
        "Jij bent zelf jonger dan %(min_age)s, maar wel 21 of ouder. "
        "Dan is je norm lager: %(norm)s per maand."),
    "norm_youth_no_kostendelers": N_(
        "Er wonen een of meer mensen van %(min_age)s jaar of ouder bij je in huis. "
        "Omdat je jonger bent dan %(age)s, maakt dat je norm niet lager."),
    "norm_kostendeler_couple": N_plural(
        "In je huis woont %(persons)s mens van %(min_age)s jaar of ouder, jullie meegeteld. "
        "Zij heten kostendelers. De norm is %(per_person)s per persoon. "
        "Samen is jullie norm %(norm)s per maand.",
        "In je huis wonen %(persons)s mensen van %(min_age)s jaar of ouder, jullie meegeteld. "
        "Zij heten kostendelers. De norm is %(per_person)s per persoon. "
        "Samen is jullie norm %(norm)s per maand.",
        "persons"),
    "norm_kostendeler_young_partner": N_plural(
        "In je huis woont %(persons)s mens van %(min_age)s jaar of ouder, jij meegeteld. "
        "Zij heten kostendelers. Jouw deel van de norm is %(per_person)s. "
        "Je partner is jonger dan 21 en krijgt %(young_partner)s. "
        "Samen is jullie norm %(norm)s per maand.",
        "In je huis wonen %(persons)s mensen van %(min_age)s jaar of ouder, jij meegeteld. "
        "Zij heten kostendelers. Jouw deel van de norm is %(per_person)s. "
        "Je partner is jonger dan 21 en krijgt %(young_partner)s. "
        "Samen is jullie norm %(norm)s per maand.",
        "persons"),
    "norm_kostendeler_couple_under_27": N_(
        "In jullie huis wonen een of meer mensen van %(min_age)s jaar of ouder. "
        "Zij heten kostendelers: ze kunnen meebetalen aan de kosten. "
        "Jullie tellen zelf ook mee, want jullie zijn 21 jaar of ouder. Zo tellen %(persons)s mensen mee. "
        "De norm is %(per_person)s per persoon. Samen is jullie norm %(norm)s per maand."),
    "norm_kostendeler_young_partner_under_27": N_(
        "In jullie huis wonen een of meer mensen van %(min_age)s jaar of ouder. "
        "Zij heten kostendelers: ze kunnen meebetalen aan de kosten. "
        "Jij telt zelf ook mee, want je bent 21 jaar of ouder. Jouw deel van de norm is %(per_person)s. "
        "Je partner is jonger dan 21 en krijgt %(young_partner)s. "
        "Samen is jullie norm %(norm)s per maand."),
    "norm_kostendeler_young_self": N_(
        "In jullie huis wonen een of meer mensen van %(min_age)s jaar of ouder. "
        "Zij heten kostendelers: ze kunnen meebetalen aan de kosten. "
        "Je partner telt ook mee, want je partner is 21 jaar of ouder. Het deel van je partner is %(per_person)s. "
        "Jij bent jonger dan 21 en krijgt %(young_partner)s. "
        "Samen is jullie norm %(norm)s per maand."),
}
