"""The texts of a couple's household-level reasons: the same codes, said to both partners.

A couple gets the bijstand together (art. 11 lid 4 Pw), paid half to each (art. 45 lid 4 Pw);
the toeslagen and the vakantietoeslag are the household's too. So for a couple the sentences
about that money say "jullie" ("jullie bijstand"), while what is the applicant's own stays "je"
("je loon", "je werkgever"). app/presenters/explain.py looks a code up here first when the
household is a couple; the codes and values of the rules core are the same. B1 Dutch, sentences
of at most 20 words.
"""
from __future__ import annotations

from ..i18n import N_, N_plural, Plural

# I18N: these texts are read by a couple who get bijstand together: "jullie" is both partners,
# I18N: "je" is the person filling in the form. The bijstand, the vakantietoeslag, the
# I18N: bufferbudget and the toeslagen belong to both; the wage and the employer to one.
COUPLE_MONTH_TEXTS: dict[str, str | Plural] = {
    "loonheffing_without_korting": N_(
        "Je werkgever houdt belasting in zonder loonheffingskorting. "
        "Die korting op de belasting krijg je al via jullie bijstand."),
    "loonheffing_korting_nobody": N_(
        "Je werkgever houdt belasting in zonder loonheffingskorting. "
        "Deze maand krijgen jullie geen bijstand, dus ook de gemeente geeft je die korting niet. "
        "Dat geld krijg je na het jaar terug als je belastingaangifte doet."),
    "loonheffing_korting_after_bijstand": N_(
        "Jullie krijgen geen bijstand meer. Daarom kan je werkgever je nu de loonheffingskorting geven. "
        "Dat is een korting op de belasting. Zo krijg je meer netto loon."),
    "vrijlating_n": N_(
        "Je mag %(share)s van je loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Deze maand is dat %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "vrijlating_y": N_(
        "De gemeente heeft vastgesteld dat je door je gezondheid minder uren kunt werken. "
        "Daarom mag je %(share)s van je loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Deze maand is dat %(amount)s."),
    "vrijlating_34a": N_(
        "Je mag %(share)s van je loon houden. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Deze maand is dat %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "vrijlating_34a_b": N_(
        "Je kunt door je gezondheid minder uren werken. "
        "Daarom mag je %(share)s van je loon houden, zonder einddatum. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Deze maand is dat %(amount)s."),
    "vrijlating_used_up": N_plural(
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Je had die %(max_months)s maand. "
        "Nu haalt de gemeente al je loon van jullie bijstand af.",
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Je had die %(max_months)s maanden. "
        "Nu haalt de gemeente al je loon van jullie bijstand af.",
        "max_months"),
    "vrijlating_used_up_at_switch": N_(
        "Je vrijlating is op. Vrijlating is het deel van je loon dat je mocht houden. "
        "Sinds 1 januari 2027 is er een nieuwe regel voor vrijlating. "
        "De maanden waarin je al vrijlating had, tellen daarvoor mee. Die maanden zijn al om. "
        "Nu haalt de gemeente al je loon van jullie bijstand af."),
    "vrijlating_under_27": N_(
        "Je bent jonger dan %(age)s. Dan krijg je geen vrijlating. "
        "Vrijlating is een deel van je loon dat je mag houden naast jullie bijstand."),
    "vrijlating_not_needed": N_(
        "Jullie verdienen deze maand samen meer dan jullie norm. "
        "Dan krijgen jullie geen bijstand en dus ook geen vrijlating. "
        "Deze maand telt niet mee voor je vrijlating."),
    "counted_next_month": N_(
        "De gemeente verrekent het loon een maand later. "
        "Verrekenen betekent: de gemeente haalt jullie inkomen van jullie bijstand af. "
        "Deze maand gaat het om %(amount)s, jullie inkomen van %(from_month)s."),
    "bijstand": N_(
        "Jullie norm is %(norm)s. De gemeente verrekent %(counted)s inkomen. "
        "Verrekenen betekent: ze haalt dat van jullie norm af. "
        "Jullie bijstand is dan %(bijstand)s."),
    "bijstand_full": N_(
        "De gemeente telt deze maand geen inkomen van jullie mee. "
        "Jullie krijgen de hele norm als bijstand: %(norm)s."),
    "bijstand_ends": N_(
        "Jullie inkomen van %(counted)s is hoger dan jullie norm van %(norm)s. "
        "Daarom krijgen jullie deze maand geen bijstand meer."),
    "no_bijstand": N_(
        "Jullie inkomen van %(counted)s is ook deze maand hoger dan jullie norm van %(norm)s. "
        "Jullie krijgen geen bijstand."),
    "vakantietoeslag_reserved": N_(
        "De gemeente spaart %(amount)s van jullie bijstand voor jullie op. "
        "Dat heet vakantietoeslag: 5%% van jullie bijstand. Jullie krijgen het in juni."),
    "vakantietoeslag_paid": N_(
        "Deze maand krijgen jullie de gespaarde vakantietoeslag: %(amount)s. "
        "Dat is het deel van jullie bijstand dat de gemeente voor jullie opspaarde."),
    "vakantietoeslag_paid_on_leaving": N_(
        "Jullie bijstand stopt. Daarom krijgen jullie nu de gespaarde vakantietoeslag: %(amount)s. "
        "Dat is het deel van jullie bijstand dat de gemeente voor jullie opspaarde."),
    "vakantietoeslag_paid_earlier": N_(
        "Deze maand krijgen jullie geen vakantietoeslag van de gemeente. "
        "Die kregen jullie al in %(month)s, toen jullie bijstand stopte."),
    "vakantietoeslag_partly_paid_earlier": N_(
        "Een deel van jullie vakantietoeslag kregen jullie al in %(month)s, toen jullie bijstand stopte."),
    "vakantietoeslag_reduced_by_holiday_right": N_(
        "Bij het werk is ook vakantiegeld opgebouwd. "
        "Daarom haalt de gemeente %(amount)s van jullie gespaarde vakantietoeslag af."),
    # The same sentence as the partner's holiday pay (explain_partner.py): one message.
    "holiday_pay_not_counted": N_(
        "De gemeente haalt dit vakantiegeld van %(net)s niet van jullie bijstand af. "
        "Ze telde het al elke maand mee."),
    "bufferbudget": N_(
        "De gemeente vult jullie inkomen aan met %(amount)s uit het bufferbudget. "
        "Dat is geld voor maanden waarin jullie onder jullie norm komen. "
        "Dit jaar kunnen jullie nog %(remaining)s krijgen, van de %(maximum)s."),
    "below_without_job": N_(
        "Let op: deze maand hebben jullie %(difference)s minder dan zonder werk."),
    "toeslag_advance": N_(
        "Jullie krijgen deze maand %(amount)s %(toeslag)s. "
        "Dat is een voorschot: Dienst Toeslagen betaalt vooraf. "
        "Ze rekent met een jaarinkomen van %(income)s."),
    "minimaregeling_limit_crossed": N_(
        "Jullie inkomen van %(income)s is deze maand hoger dan de grens van %(limit)s "
        "voor de regeling %(regeling)s. "
        "Zo'n minimaregeling is extra hulp van de gemeente bij een laag inkomen."),
    "job_ended": N_(
        "Je baan is gestopt na %(month)s. Je krijgt geen loon meer. "
        "De gemeente haalt dan geen loon meer van jullie bijstand af."),
}

COUPLE_WARNING_TEXTS: dict[str, str | Plural] = {
    # Art. 20 lid 3 Pw: the raise is for each partner of 18-20 whose parents cannot help; in a
    # couple that young person may be the partner, not the one filling in the form.
    "youth_norm_extra_possible": N_(
        "Jij of je partner is jonger dan 21. Kunnen de ouders niet voor die persoon zorgen? "
        "Dan moet de gemeente jullie norm verhogen. Vraag ernaar bij jullie gemeente."),
    "youth_norm_raised": N_(
        "Jij of je partner is jonger dan 21, en de ouders kunnen niet helpen. "
        "Dan moet de gemeente jullie norm verhogen met een vast bedrag. "
        "Wij rekenen dat bedrag voor ieder van jullie die jonger is dan 21. "
        "De gemeente kijkt zelf of de ouders echt niet kunnen helpen."),
    "vrijlating_assumed": N_(
        "We gaan ervan uit dat jullie vrijlating krijgen. Dat is het deel van het loon dat jullie mogen houden. "
        "De gemeente beslist of jullie die krijgen."),
    "vrijlating_2027_transition": N_(
        "Op 1 januari 2027 veranderen de regels voor de vrijlating. "
        "Hoe een vrijlating die dan loopt verdergaat, staat nog niet vast. "
        "We rekenen met de uitleg die ons het meest waarschijnlijk lijkt. "
        "In de maanden waarin het uitmaakt, zie je ook het laagste en het hoogste bedrag dat jullie kunnen krijgen. "
        "Dat hangt af van hoe jullie gemeente de overgang regelt."),
    "first_pay_in_january": N_(
        "Krijg je je eerste loon pas in januari 2027? "
        "Dan krijgen jullie vanaf januari 2027 in totaal %(difference)s meer in de maanden die je hier ziet. "
        "Een baan die in 2027 begint, krijgt een nieuwe periode vrijlating van hoogstens 12 maanden."),
    "verrekening_2027_open": N_(
        "Vanaf 2027 mag de gemeente jullie inkomen anders verrekenen. "
        "Verrekenen betekent: jullie inkomen van jullie bijstand afhalen. "
        "Hoe jullie gemeente dat doet, is nog niet bekend."),
    "vakantietoeslag_saved_estimated": N_plural(
        "We schatten dat jullie al %(amount)s vakantietoeslag hebben gespaard, over %(months)s maand. "
        "Vakantietoeslag is het deel van jullie bijstand dat de gemeente tot juni voor jullie spaart.",
        "We schatten dat jullie al %(amount)s vakantietoeslag hebben gespaard, over %(months)s maanden. "
        "Vakantietoeslag is het deel van jullie bijstand dat de gemeente tot juni voor jullie spaart.",
        "months"),
    "toeslagen_not_included": N_(
        "Toeslagen zitten nog niet in deze berekening. "
        "Toeslagen zijn bijdragen van de overheid voor jullie huur, zorgverzekering en kinderen."),
    "toeslagen_advance_without_job": N_(
        "We rekenen alsof jullie het nieuwe inkomen niet doorgeven aan Dienst Toeslagen. "
        "Dan krijgen jullie te veel voorschot en betalen jullie na het jaar terug. "
        "Geef het nieuwe inkomen dus meteen door."),
    "year_partly_assumed": N_(
        "Je ziet hier niet het hele jaar %(year)s, maar %(months_shown)s van de 12 maanden. "
        "Voor de andere maanden schatten we jullie inkomen."),
    "minimaregeling_lost": N_(
        "Vanaf %(month)s is jullie inkomen van %(income)s hoger dan de grens van %(limit)s. "
        "Dan kunnen jullie de regeling %(regeling)s kwijtraken. "
        "Die is %(yearly_value)s per jaar waard."),
    "minimaregeling_history_assumed": N_plural(
        "Voor de regeling %(regeling)s kijkt de gemeente naar jullie inkomen van de laatste %(months)s maand. "
        "We nemen aan dat jullie toen alleen bijstand hadden.",
        "Voor de regeling %(regeling)s kijkt de gemeente naar jullie inkomen van de laatste %(months)s maanden. "
        "We nemen aan dat jullie toen alleen bijstand hadden.",
        "months"),
    "ask_employer_loonheffingskorting": N_(
        "Vanaf %(month)s krijgen jullie geen bijstand meer. "
        "Vraag je werkgever dan om je de loonheffingskorting te geven: een korting op de belasting. "
        "Dan krijg je elke maand meer netto loon. "
        "Dat doe je met het formulier 'Opgaaf gegevens voor de loonheffingen'."),
    "tax_refund_clawback_reading": N_(
        "Na %(year)s krijgen jullie waarschijnlijk %(refund)s belasting terug. "
        "De gemeente mag een deel daarvan van jullie bijstand afhalen. "
        "Wij denken dat jullie %(kept)s mogen houden. Dat is onze uitleg van de wet."),
    "hours_vary": N_(
        "Je uren wisselen. Je ziet elke maand wat jullie krijgen met de minste uren en met de meeste uren. "
        "Werk je meer uren? Dan haalt de gemeente meer loon van jullie bijstand af. "
        "Jullie houden dus maar een deel van het extra loon."),
    "hours_vary_settled_later": N_(
        "Je uren wisselen, en de gemeente haalt je loon pas een maand later van jullie bijstand af. "
        "Werk je in een maand veel uren? Dan krijgen jullie de maand erna minder bijstand. "
        "Werk je die maand weinig uren? Dan hebben jullie die maand minder geld dan jullie gewend zijn. "
        "Zet in een maand met veel uren wat geld opzij."),
    "job_end_apply_again": N_(
        "Jullie bijstand was gestopt. Stopt je baan? Vraag dan meteen opnieuw bijstand aan. "
        "De gemeente betaalt pas vanaf de dag dat jullie je melden. "
        "Wij rekenen alsof jullie bijstand weer begint in %(month)s."),
}

COUPLE_REFUND_ALL_COUNTED = N_(
    "Na %(year)s krijgen jullie waarschijnlijk %(refund)s belasting terug. "
    "Wij denken dat de gemeente dat hele bedrag van jullie bijstand mag afhalen. Dat is onze uitleg van de wet.")
COUPLE_REFUND_ASKED_BACK = N_(
    "Na %(year)s krijgen jullie waarschijnlijk %(refund)s belasting terug. Jullie bijstand is dan al gestopt. "
    "De gemeente mag een deel terugvragen: het deel dat hoort bij de maanden met bijstand. "
    "Dat heet terugvordering. Wij denken dat jullie %(kept)s mogen houden. Dat is onze uitleg van de wet.")
COUPLE_REFUND_ALL_ASKED_BACK = N_(
    "Na %(year)s krijgen jullie waarschijnlijk %(refund)s belasting terug. Jullie bijstand is dan al gestopt. "
    "Wij denken dat de gemeente dat hele bedrag mag terugvragen, omdat het hoort bij de maanden met bijstand. "
    "Dat heet terugvordering. Dat is onze uitleg van de wet.")
