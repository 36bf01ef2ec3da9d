"""The warning codes of the rules core (rules/explanations.py: WARNING_CODES) -> one short Dutch
(B1) text each: what holds for the whole result (figures not yet known, a reading of the law,
something to do). The reasons of a month are in explain.py, which reads this table."""
from __future__ import annotations

from ..i18n import N_, N_plural, Plural

# I18N: every text below is read by people on bijstand: B1 Dutch, "je", sentences of at most
# I18N: 20 words. %(...)s are filled in by the calculator; keep them as they are.
WARNING_TEXTS: dict[str, str | Plural] = {
    "figures_outdated": N_(
        "Voor %(month)s en later zijn nog niet alle bedragen bekend. "
        "Voor %(parameter)s rekenen we met de bedragen van %(since)s."),
    "figures_provisional": N_(
        "Voor %(parameter)s rekenen we vanaf %(month)s met voorlopige bedragen. "
        "Ze komen uit een wetsvoorstel of de begroting van de regering en zijn nog niet vastgesteld."),
    "single_with_children_is_single_parent": N_(
        "Je woont zonder partner met een kind onder de 18. "
        "Voor de wet ben je dan alleenstaande ouder. Zo rekenen we ook."),
    "vrijlating_assumed": N_(
        "We gaan ervan uit dat je vrijlating krijgt. Dat is het deel van je loon dat je mag houden. "
        "De gemeente beslist of je die krijgt."),
    "vrijlating_2027_transition": N_(
        "Op 1 januari 2027 veranderen de regels voor de vrijlating. "
        "Hoe een vrijlating die dan loopt verdergaat, staat nog niet vast. "
        "We rekenen met de uitleg die ons het meest waarschijnlijk lijkt. "
        "In de maanden waarin het uitmaakt, zie je ook het laagste en het hoogste bedrag dat je kunt krijgen. "
        "Dat hangt af van hoe je gemeente de overgang regelt."),
    "first_pay_in_january": N_(
        "Krijg je je eerste loon pas in januari 2027? "
        "Dan krijg je vanaf januari 2027 in totaal %(difference)s meer in de maanden die je hier ziet. "
        "Een baan die in 2027 begint, krijgt een nieuwe periode vrijlating van hoogstens 12 maanden."),
    "verrekening_2027_open": N_(
        "Vanaf 2027 mag de gemeente je inkomen anders verrekenen. "
        "Verrekenen betekent: je inkomen van je bijstand afhalen. "
        "Hoe jouw gemeente dat doet, is nog niet bekend."),
    "vakantietoeslag_saved_estimated": N_plural(
        "We schatten dat je al %(amount)s vakantietoeslag hebt gespaard, over %(months)s maand. "
        "Vakantietoeslag is het deel van je bijstand dat de gemeente tot juni voor je spaart.",
        "We schatten dat je al %(amount)s vakantietoeslag hebt gespaard, over %(months)s maanden. "
        "Vakantietoeslag is het deel van je bijstand dat de gemeente tot juni voor je spaart.",
        "months"),
    "ages_fixed": N_(
        "We rekenen met de leeftijden van nu. "
        "Wordt iemand in deze tijd 21 of 27, of een kind 12 of 18? "
        "Dan kunnen de bedragen veranderen."),
    "four_weekly_week_53": N_(
        "Het jaar %(year)s heeft 53 weken. We rekenen met 13 keer per jaar loon over 4 weken. "
        "Het loon over week 53 zit daarom niet in de bedragen: ongeveer %(gross)s bruto. "
        "Je werkgever betaalt die week apart of samen met ander loon. Vraag je werkgever wanneer."),
    "toeslagen_not_included": N_(
        "Toeslagen zitten nog niet in deze berekening. "
        "Toeslagen zijn bijdragen van de overheid voor je huur, je zorgverzekering en je kinderen."),
    "youth_norm_extra_possible": N_(
        "Je bent jonger dan 21. Kunnen je ouders niet voor je zorgen? "
        "Dan moet de gemeente je norm verhogen. Vraag ernaar bij je gemeente."),
    "youth_norm_raised": N_(
        "Je ouders kunnen niet voor je zorgen. Dan moet de gemeente je norm verhogen met een vast bedrag. "
        "Wij rekenen dat bedrag voor iedereen onder de 21 in je huishouden. "
        "De gemeente kijkt zelf of je ouders echt niet kunnen helpen."),
    "adult_child_is_kostendeler": N_plural(
        "Een kind van %(min_age)s jaar of ouder dat bij je woont, telt voor de bijstand als kostendeler. "
        "Een kostendeler is een huisgenoot die kan meebetalen aan de kosten. Zo rekenen we ook. "
        "Voor kinderbijslag en kindgebonden budget telt dit kind niet mee. "
        "Studeert je kind met studiefinanciering? Dan telt het niet als kostendeler.",
        "Een kind van %(min_age)s jaar of ouder dat bij je woont, telt voor de bijstand als kostendeler. "
        "Een kostendeler is een huisgenoot die kan meebetalen aan de kosten. Zo rekenen we ook. "
        "Voor kinderbijslag en kindgebonden budget telt dit kind niet mee. "
        "Studeert je kind met studiefinanciering? Dan telt het niet als kostendeler.",
        "min_age"),
    "single_parent_without_young_children": N_(
        "Je kinderen zijn 18 jaar of ouder. "
        "Voor de bijstand ben je dan geen alleenstaande ouder, maar alleenstaand. Zo rekenen we ook."),
    "aow_age_in_window": N_plural(
        "Word jij of je partner in deze tijd %(age)s jaar? Dat is de AOW-leeftijd. "
        "Vanaf dan komt er AOW, en de SVB regelt de bijstand ernaast, met andere regels. "
        "De bedragen vanaf die maand kloppen dan niet.",
        "Word jij of je partner in deze tijd %(age)s jaar? Dat is de AOW-leeftijd. "
        "Vanaf dan komt er AOW, en de SVB regelt de bijstand ernaast, met andere regels. "
        "De bedragen vanaf die maand kloppen dan niet.",
        "age"),
    "wage_below_minimum": N_(
        "Je uurloon van %(hourly_wage)s is lager dan het minimumloon van %(minimum)s per uur. "
        "Klopt dat? Vraag het na bij je werkgever."),
    "toeslagen_advance_without_job": N_(
        "We rekenen alsof je je nieuwe inkomen niet doorgeeft aan Dienst Toeslagen. "
        "Dan krijg je te veel voorschot en betaal je na het jaar terug. "
        "Geef je nieuwe inkomen dus meteen door."),
    "year_partly_assumed": N_(
        "Je ziet hier niet het hele jaar %(year)s, maar %(months_shown)s van de 12 maanden. "
        "Voor de andere maanden schatten we je inkomen."),
    "huurtoeslag_figures_unconfirmed": N_(
        "Een deel van de bedragen voor de huurtoeslag is nog niet officieel bekend. "
        "We rekenen met een schatting."),
    "huurtoeslag_medebewoners_income_unknown": N_(
        "Het inkomen van je huisgenoten telt mee voor de huurtoeslag. "
        "Dat weten we niet. We rekenen zonder hun inkomen."),
    "huurtoeslag_not_modelled": N_("De huurtoeslag over %(year)s rekenen we niet uit."),
    "minimaregeling_lost": N_(
        "Vanaf %(month)s is je inkomen van %(income)s hoger dan de grens van %(limit)s. "
        "Dan kun je de regeling %(regeling)s kwijtraken. "
        "Die is %(yearly_value)s per jaar waard."),
    "minimaregeling_history_assumed": N_plural(
        "Voor de regeling %(regeling)s kijkt de gemeente naar je inkomen van de laatste %(months)s maand. "
        "We nemen aan dat je toen alleen bijstand had.",
        "Voor de regeling %(regeling)s kijkt de gemeente naar je inkomen van de laatste %(months)s maanden. "
        "We nemen aan dat je toen alleen bijstand had.",
        "months"),
    "minimaregeling_amount_unknown": N_(
        "We weten niet hoeveel de regeling %(regeling)s voor jou waard is."),
    "minimaregeling_unconfirmed": N_(
        "De bedragen van de regeling %(regeling)s hebben we nog niet in de regeling zelf gelezen. "
        "Vraag je gemeente wat er geldt."),
    "premie_hours_unknown": N_(
        "Of je de premie %(premie)s krijgt, hangt af van je uren per week. "
        "Die weten we niet."),
    "ask_employer_loonheffingskorting": N_(
        "Vanaf %(month)s krijg je geen bijstand meer. "
        "Vraag je werkgever dan om je de loonheffingskorting te geven: een korting op de belasting. "
        "Dan krijg je elke maand meer netto loon. "
        "Dat doe je met het formulier 'Opgaaf gegevens voor de loonheffingen'."),
    "tax_refund_clawback_reading": N_(
        "Na %(year)s krijg je waarschijnlijk %(refund)s belasting terug. "
        "De gemeente mag een deel daarvan van je bijstand afhalen. "
        "Wij denken dat je %(kept)s mag houden. Dat is onze uitleg van de wet."),
    "hours_vary": N_(
        "Je uren wisselen. Je ziet elke maand wat je krijgt met de minste uren en met de meeste uren. "
        "Werk je meer uren? Dan haalt de gemeente meer loon van je bijstand af. "
        "Je houdt dus maar een deel van het extra loon."),
    "hours_vary_settled_later": N_(
        "Je uren wisselen, en de gemeente haalt je loon pas een maand later van je bijstand af. "
        "Werk je in een maand veel uren? Dan krijg je de maand erna minder bijstand. "
        "Werk je die maand weinig uren? Dan heb je die maand minder geld dan je gewend bent. "
        "Zet in een maand met veel uren wat geld opzij."),
    "job_end_apply_again": N_(
        "Je bijstand was gestopt. Stopt je baan? Vraag dan meteen opnieuw bijstand aan. "
        "De gemeente betaalt pas vanaf de dag dat je je meldt. "
        "Wij rekenen alsof je bijstand weer begint in %(month)s."),
}

# The refund comes after the bijstand has stopped (value asked_back, rules/toeslagen/jaar.py):
# there is no bijstand to take it off, so the gemeente asks the part back (art. 58 lid 2 onder f sub 1 Pw).
REFUND_ASKED_BACK = N_(
    "Na %(year)s krijg je waarschijnlijk %(refund)s belasting terug. Je bijstand is dan al gestopt. "
    "De gemeente mag een deel terugvragen: het deel dat hoort bij de maanden met bijstand. "
    "Dat heet terugvordering. Wij denken dat je %(kept)s mag houden. Dat is onze uitleg van de wet.")
REFUND_ALL_ASKED_BACK = N_(
    "Na %(year)s krijg je waarschijnlijk %(refund)s belasting terug. Je bijstand is dan al gestopt. "
    "Wij denken dat de gemeente dat hele bedrag mag terugvragen, omdat het hoort bij de maanden met bijstand. "
    "Dat heet terugvordering. Dat is onze uitleg van de wet.")
