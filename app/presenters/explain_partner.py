"""The texts of the reasons about the partner's job (request field partner_job).

The rules core gives the partner's month the same reasons as the applicant's, each under
"partner_" + its code (rules/explanations.py: PARTNER_CODES), with the same values. Each text
here says "je partner" where the applicant's says "je"; app/presenters/explain.py adds them to
its catalogs. B1 Dutch, sentences of at most 20 words.
"""
from __future__ import annotations

from ..i18n import N_, N_plural, Plural

# I18N: these texts are about the partner of the person reading ("je partner"). The partner
# I18N: has an own job, an own employer and an own vrijlating; the bijstand is the couple's.
PARTNER_MONTH_TEXTS: dict[str, str | Plural] = {
    "partner_wage_paid": N_plural(
        "De werkgever van je partner betaalt deze maand %(paydays)s keer loon. "
        "Dat is %(gross)s bruto en %(net)s netto. "
        "Netto is wat er na belasting op de rekening komt.",
        "De werkgever van je partner betaalt deze maand %(paydays)s keer loon. "
        "Dat is %(gross)s bruto en %(net)s netto. "
        "Netto is wat er na belasting op de rekening komt.",
        "paydays"),
    "partner_two_paydays": N_plural(
        "Deze maand krijgt je partner %(paydays)s keer loon. "
        "Dat komt doordat je partner elke 4 weken loon krijgt. Dat gebeurt één keer per jaar.",
        "Deze maand krijgt je partner %(paydays)s keer loon. "
        "Dat komt doordat je partner elke 4 weken loon krijgt. Dat gebeurt één keer per jaar.",
        "paydays"),
    "partner_loonheffing_without_korting": N_(
        "De werkgever van je partner houdt belasting in zonder loonheffingskorting. "
        "Die korting op de belasting krijgt je partner al via de bijstand."),
    "partner_loonheffing_with_korting": N_(
        "De werkgever van je partner geeft de loonheffingskorting. Dat is een korting op de belasting. "
        "Vraag de gemeente om die korting dan niet meer aan je partner te geven."),
    "partner_loonheffing_korting_nobody": N_(
        "De werkgever van je partner houdt belasting in zonder loonheffingskorting. "
        "Deze maand krijgen jullie geen bijstand, dus ook de gemeente geeft die korting niet. "
        "Dat geld krijgt je partner na het jaar terug via de belastingaangifte."),
    "partner_loonheffing_korting_after_bijstand": N_(
        "Jullie krijgen geen bijstand meer. "
        "Daarom kan de werkgever van je partner nu de loonheffingskorting geven. "
        "Dat is een korting op de belasting. Zo krijgt je partner meer netto loon."),
    "partner_counted_spread": N_plural(
        "Je partner krijgt %(periods)s keer per jaar loon, elke keer %(per_period)s netto. "
        "De gemeente verdeelt dat over 12 maanden. Voor deze maand telt ze %(amount)s.",
        "Je partner krijgt %(periods)s keer per jaar loon, elke keer %(per_period)s netto. "
        "De gemeente verdeelt dat over 12 maanden. Voor deze maand telt ze %(amount)s.",
        "periods"),
    "partner_counted_when_paid": N_(
        "De gemeente telt het loon dat je partner deze maand krijgt: %(amount)s netto."),
    "partner_holiday_right_counted": N_(
        "Je partner bouwt bij het werk ook vakantiegeld op. "
        "De gemeente telt daarvan nu al %(amount)s mee: %(share)s van het nettoloon van je partner. "
        "Ook al krijgt je partner het pas later."),
    "partner_holiday_right_counted_table": N_(
        "Je partner bouwt bij het werk ook vakantiegeld op. "
        "De gemeente telt daarvan nu al %(amount)s mee: %(share)s van het nettoloon van je partner, min %(deduction)s. "
        "Ook al krijgt je partner het pas later."),
    "partner_vrijlating_n": N_(
        "Je partner mag %(share)s van het eigen loon houden, tot %(maximum)s per maand. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Iedere partner die werkt, heeft een eigen vrijlating. "
        "Voor je partner is dat deze maand %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "partner_vrijlating_34a": N_(
        "Je partner mag %(share)s van het eigen loon houden. "
        "Dat heet vrijlating: de gemeente haalt dat deel niet van jullie bijstand af. "
        "Iedere partner die werkt, heeft een eigen vrijlating. "
        "Voor je partner is dat deze maand %(amount)s. Dit is maand %(month_number)s van de %(max_months)s."),
    "partner_vrijlating_used_up": N_plural(
        "De vrijlating van je partner is op. Vrijlating is het deel van het loon dat je partner mocht houden. "
        "Je partner had die %(max_months)s maand. "
        "Nu haalt de gemeente al het loon van je partner van jullie bijstand af.",
        "De vrijlating van je partner is op. Vrijlating is het deel van het loon dat je partner mocht houden. "
        "Je partner had die %(max_months)s maanden. "
        "Nu haalt de gemeente al het loon van je partner van jullie bijstand af.",
        "max_months"),
    "partner_vrijlating_used_up_at_switch": N_(
        "De vrijlating van je partner is op. Vrijlating is het deel van het loon dat je partner mocht houden. "
        "Sinds 1 januari 2027 is er een nieuwe regel voor vrijlating. "
        "De maanden waarin je partner al vrijlating had, tellen daarvoor mee. Die maanden zijn al om. "
        "Nu haalt de gemeente al het loon van je partner van jullie bijstand af."),
    "partner_vrijlating_under_27": N_(
        "Je partner is jonger dan %(age)s. Dan krijgt je partner geen vrijlating. "
        "Vrijlating is een deel van het loon dat iemand mag houden naast de bijstand."),
    "partner_vrijlating_none_no_income": N_(
        "Je partner heeft deze maand geen loon. Daarom is er geen vrijlating voor je partner."),
    "partner_vrijlating_not_needed": N_(
        "Jullie verdienen deze maand samen meer dan jullie norm. "
        "Dan krijgen jullie geen bijstand en dus ook geen vrijlating. "
        "Deze maand telt niet mee voor de vrijlating van je partner."),
    "partner_holiday_pay_paid": N_(
        "De werkgever van je partner betaalt deze maand vakantiegeld: %(gross)s bruto, %(net)s netto."),
    "partner_holiday_pay_paid_at_end": N_(
        "De baan van je partner stopt. "
        "Daarom betaalt de werkgever nu al het vakantiegeld dat je partner heeft opgebouwd: "
        "%(gross)s bruto, %(net)s netto. Zo staat het in de wet."),
    "partner_holiday_pay_not_counted": N_(
        "De gemeente haalt dit vakantiegeld van %(net)s niet van jullie bijstand af. "
        "Ze telde het al elke maand mee."),
    "partner_job_ended": N_(
        "De baan van je partner is gestopt na %(month)s. Je partner krijgt geen loon meer. "
        "De gemeente haalt dan geen loon van je partner meer van jullie bijstand af."),
    "partner_job_ended_n_left": N_(
        "De baan van je partner is gestopt na %(month)s. Je partner krijgt geen loon meer. "
        "Je partner heeft nog %(months_left)s van de %(max_months)s maanden vrijlating over. "
        "Die kan je partner later gebruiken bij nieuw werk."),
    "partner_job_ended_34a_runs_on": N_(
        "De baan van je partner is gestopt na %(month)s. Je partner krijgt geen loon meer. "
        "De periode van vrijlating van je partner loopt wel door, tot en met %(until)s. "
        "Krijgt je partner een nieuwe baan? Dan kan de gemeente een nieuwe periode geven."),
}

PARTNER_WARNING_TEXTS: dict[str, str | Plural] = {
    "partner_ask_employer_loonheffingskorting": N_(
        "Vanaf %(month)s krijgen jullie geen bijstand meer. "
        "Je partner kan de werkgever dan vragen om de loonheffingskorting te geven: een korting op de belasting. "
        "Dan krijgt je partner elke maand meer netto loon. "
        "Dat gaat met het formulier 'Opgaaf gegevens voor de loonheffingen'."),
    "partner_four_weekly_week_53": N_(
        "Het jaar %(year)s heeft 53 weken. We rekenen met 13 keer per jaar loon over 4 weken. "
        "Het loon van je partner over week 53 zit daarom niet in de bedragen: ongeveer %(gross)s bruto. "
        "De werkgever betaalt die week apart of samen met ander loon. Je partner kan vragen wanneer."),
    "partner_wage_below_minimum": N_(
        "Het uurloon van je partner is %(hourly_wage)s. "
        "Dat is lager dan het minimumloon van %(minimum)s per uur. "
        "Klopt dat? Vraag het na bij de werkgever van je partner."),
    "partner_job_end_apply_again": N_(
        "Jullie bijstand was gestopt. Stopt de baan van je partner? Vraag dan meteen opnieuw bijstand aan. "
        "De gemeente betaalt pas vanaf de dag dat jullie je melden. "
        "Wij rekenen alsof jullie bijstand weer begint in %(month)s."),
    "partner_first_pay_in_january": N_(
        "Krijgt je partner het eerste loon pas in januari 2027? "
        "Dan krijgen jullie vanaf januari 2027 in totaal %(difference)s meer in de maanden die je hier ziet. "
        "Een baan die in 2027 begint, krijgt een nieuwe periode vrijlating van hoogstens 12 maanden."),
}
