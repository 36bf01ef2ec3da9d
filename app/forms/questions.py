"""The questions: each field with its label, hint and when it is asked, in the order of the pages.

A couple answers "who works?" first; the partner's job has the same questions as the applicant's
(the API's `partner_job` has the same shape as `job`), asked in "je partner" words.
"""
from __future__ import annotations

from dataclasses import replace

from rules import Month
from rules.months import can_hold_two_paydays

from ..i18n import N_
from .fields import Field
from .parsing import InputError, parse_whole

# Every step in page order; a person sees those of journey() (steps.py): "wie" only for a
# couple, the job steps of whoever works.
STEPS = ("huishouden", "wonen", "wie", "werk", "loon", "partner_werk", "partner_loon")
STEP_TITLES = {
    "huishouden": N_("Over jou"),
    "wonen": N_("Je huis en je kinderen"),
    "wie": N_("Wie gaat werken"),
    "werk": N_("Je baan"),
    "loon": N_("Je loon"),
    "partner_werk": N_("De baan van je partner"),
    "partner_loon": N_("Het loon van je partner"),
}
# The caption above each step: the part it belongs to. Every route has these two parts, so the
# caption never changes its total (a "question 3 of 5" became "of 7" once a couple chose who works).
HOUSEHOLD_PART = N_("Deel 1 van 2: je huishouden")
WORK_PART = N_("Deel 2 van 2: het werk")
STEP_PARTS = {step: HOUSEHOLD_PART if step in ("huishouden", "wonen") else WORK_PART for step in STEPS}

SITUATIONS = (
    ("single", N_("Ik woon alleen of met anderen, zonder partner")),
    ("single_parent", N_("Ik ben alleenstaande ouder: ik heb geen partner en wel kinderen thuis")),
    ("couple", N_("Ik ben getrouwd of woon samen met mijn partner")),
)
YES_NO = (("nee", N_("Nee")), ("ja", N_("Ja")))
WAGE_KINDS = (
    ("uur", N_("Uren per week en loon per uur")),
    ("periode", N_("Brutoloon per keer, zoals op je loonstrook")),
)
PAY_PERIODS = (
    ("month", N_("Elke maand")),
    ("four_weeks", N_("Elke 4 weken")),
    ("week", N_("Elke week")),
)
HOLIDAY_PAY = (
    ("may", N_("Eén keer per jaar, in mei")),
    ("monthly", N_("Elke keer bij mijn loon")),
)


def _couple(raw: dict) -> bool:
    return raw.get("situation") == "couple"


def _young(raw: dict) -> bool:
    """Someone of 18, 19 or 20 in the household: only then are the parents asked about (art. 20
    lid 3 Pw). The ages come from the first page; one that cannot be read asks nothing."""
    ages = [raw.get("age")] + ([raw.get("partner_age")] if _couple(raw) else [])
    for text in ages:
        try:
            if 18 <= parse_whole(text or "") <= 20:
                return True
        except InputError:
            continue
    return False


WHO = (
    ("ik", N_("Ik")),
    ("partner", N_("Mijn partner")),
    ("beide", N_("Wij allebei")),
)
PARTNER = "partner_"  # the partner's job fields: the applicant's names with this prefix


def applicant_works(raw: dict) -> bool:
    """The applicant has a job: always for someone without a partner; in a couple unless only
    the partner works."""
    return not (_couple(raw) and raw.get("wie_werkt") == "partner")


def partner_works(raw: dict) -> bool:
    return _couple(raw) and raw.get("wie_werkt") in ("partner", "beide")


def _works(prefix: str):
    return partner_works if prefix else applicant_works


def _by_hours(raw: dict, prefix: str = "") -> bool:
    return raw.get(prefix + "wage_kind", "uur") != "periode"


def _by_period(raw: dict, prefix: str = "") -> bool:
    return raw.get(prefix + "wage_kind") == "periode"


# A job that already runs may have started long before the first month shown (the API takes
# any month); the form offers three years back.
JOB_START_EARLIEST = Month(2023, 1)
YEARS_BACK_FOR_A_RUNNING_JOB = 3


def _first_pay_month_can_hold_two(raw: dict, prefix: str = "") -> bool:
    """Ask for the first payday only when the first month with pay can hold two paydays
    (pay per four weeks in a month of 29 days or more; pay per week)."""
    try:  # a hidden field may hold any month, also one of the year 0 that has no last day
        return can_hold_two_paydays(raw.get(prefix + "pay_period") or "",
                                    Month.parse(raw.get(prefix + "job_start") or ""))
    except ValueError:
        return False


HOUSEHOLD_FIELDS: tuple[Field, ...] = (
    Field("situation", "huishouden", N_("Wat past bij jou?"), "choice", options=SITUATIONS),
    Field("age", "huishouden", N_("Hoe oud ben je?"), "whole", minimum=18, maximum=120,
          hint=N_("In hele jaren.")),
    Field("partner_age", "huishouden", N_("Hoe oud is je partner?"), "whole", minimum=18, maximum=120,
          hint=N_("Alleen als je getrouwd bent of samenwoont."), applies=_couple),
    Field("partner_bijstand", "huishouden", N_("Krijgt je partner ook bijstand?"), "choice", options=YES_NO,
          required=False, applies=_couple,
          hint=N_("Alleen als je getrouwd bent of samenwoont. "
                  "Studeert je partner, of heeft je partner geen verblijfsvergunning? "
                  "Dan krijgt je partner meestal geen bijstand.")),
    Field("medisch", "huishouden",
          N_("Heeft de gemeente vastgesteld dat je door je gezondheid minder uren kunt werken?"),
          "choice", options=YES_NO, required=False),
    Field("children", "wonen", N_("Hoe oud zijn de kinderen die bij je wonen?"), "ages", required=False,
          hint=N_("Zet een komma tussen de leeftijden, zoals 4, 7. "
                  "Een kind van 27 jaar of ouder telt voor de bijstand als huisgenoot. "
                  "Geen kinderen? Laat dit leeg.")),
    Field("housemates", "wonen",
          N_("Hoeveel andere mensen van 27 jaar of ouder wonen bij je in huis?"), "whole",
          required=False, minimum=0, maximum=20,
          hint=N_("Tel je partner niet mee, en ook niet de kinderen die je hierboven hebt ingevuld. "
                  "Woon je alleen? Vul 0 in.")),
    Field("ouders", "wonen", N_("Kunnen je ouders je helpen met geld voor eten en wonen?"), "choice",
          options=YES_NO, required=False, applies=_young,
          hint=N_("Alleen voor wie 18, 19 of 20 jaar is. "
                  "Hebben je ouders te weinig geld, of kun je het ze echt niet vragen? Kies dan nee. "
                  "Dan moet de gemeente je bijstand verhogen.")),
    Field("rent", "wonen", N_("Hoeveel kale huur betaal je per maand?"), "money", required=False,
          minimum=0, maximum=10000, ambiguous="thousands",
          hint=N_("Kale huur is de huur zonder gas, water, licht en servicekosten. Geen huurhuis? Laat dit leeg.")),
    Field("wie_werkt", "wie", N_("Wie gaat werken? Jij, je partner, of jullie allebei?"), "choice", options=WHO,
          applies=_couple),
)
# The questions about a job, as the applicant's (`job`); job_fields() makes the applicant's and
# the partner's (`partner_job`) and asks each only of whoever works.
JOB_QUESTIONS: tuple[Field, ...] = (
    Field("job_start", "werk", N_("In welke maand krijg je voor het eerst loon?"), "month",
          earliest=JOB_START_EARLIEST,
          hint=N_("Werk je al? Kies dan de maand van je eerste loon, ook als dat lang geleden is.")),
    Field("job_end", "werk", N_("Wat als je baan stopt? In welke maand krijg je voor het laatst loon?"),
          "month", required=False,
          hint=N_("Alleen als je wilt zien wat er gebeurt als je baan stopt. Gaat je baan door? Laat dit leeg.")),
    Field("wage_kind", "werk", N_("Hoe wil je je loon invullen?"), "choice", options=WAGE_KINDS,
          hint=N_("Bruto is je loon voordat de belasting eraf gaat.")),
    Field("pay_period", "werk", N_("Hoe vaak krijg je loon?"), "choice", options=PAY_PERIODS),
    Field("hours", "loon", N_("Hoeveel uur per week ga je werken?"), "number", minimum=1, maximum=60,
          hint=N_("Zoals in je contract, bijvoorbeeld 16.")),
    Field("hours_max", "loon", N_("Wisselen je uren? Hoeveel uur per week werk je hoogstens?"), "number",
          required=False, minimum=1, maximum=60,
          hint=N_("Bijvoorbeeld met een flexcontract, een min-max-contract of als oproepkracht. "
                  "Vul dan hierboven het kleinste aantal uren in. Werk je elke week even veel uren? Laat dit leeg.")),
    Field("hourly_wage", "loon", N_("Wat is je brutoloon per uur?"), "money", minimum=1, maximum=1000,
          hint=N_("Bruto is voor de belasting. Bijvoorbeeld 14,71.")),
    Field("gross_per_period", "loon", N_("Wat is je brutoloon per keer?"), "money", minimum=1,
          maximum=100000, ambiguous="thousands",
          hint=N_("Bruto is je loon voordat de belasting eraf gaat. "
                  "Vul het bedrag van je loonstrook in, zonder vakantiegeld.")),
    Field("first_payday", "loon", N_("Op welke dag krijg je voor het eerst loon?"), "date", required=False,
          within="job_start",
          hint=N_("Bijvoorbeeld 2 10 2026. Dan rekenen we de volgende keren om de 4 weken of elke week verder. "
                  "Weet je het niet? Laat dit leeg. Dan rekenen we met één keer loon in de eerste maand.")),
    Field("holiday_pay", "loon", N_("Wanneer krijg je vakantiegeld van je werkgever?"), "choice",
          options=HOLIDAY_PAY, required=False,
          hint=N_("Weet je het niet? Meestal is dat in mei.")),
    Field("loonheffingskorting", "loon",
          N_("Geeft je werkgever je de loonheffingskorting?"), "choice", options=YES_NO, required=False,
          hint=N_("Dat is een korting op de belasting. Meestal geeft de gemeente die al. Weet je het niet? Kies nee.")),
    Field("vrijlating_used", "loon",
          N_("Hoeveel maanden heb je de afgelopen tijd al vrijlating gehad?"), "whole", required=False,
          minimum=0, maximum=120,
          hint=N_("Vrijlating is een deel van je loon dat je mag houden naast je bijstand. Weet je het niet? Laat dit leeg.")),
)

GROSS_LABELS = {
    "month": N_("Wat is je brutoloon per maand?"),
    "four_weeks": N_("Wat is je brutoloon per 4 weken?"),
    "week": N_("Wat is je brutoloon per week?"),
}

# The partner's job: the same questions in "je partner" words (label, hint, and how a message
# names the field or asks for it when empty). A question not listed here is the applicant's only.
PARTNER_HOLIDAY_PAY = (
    ("may", N_("Eén keer per jaar, in mei")),
    ("monthly", N_("Elke keer bij het loon")),
)
PARTNER_TEXTS = {
    "job_start": dict(
        label=N_("In welke maand krijgt je partner voor het eerst loon?"),
        hint=N_("Werkt je partner al? Kies dan de maand van het eerste loon, ook als dat lang geleden is."),
        empty=N_("Kies de maand waarin je partner voor het eerst loon krijgt")),
    "job_end": dict(
        label=N_("Wat als de baan van je partner stopt? In welke maand krijgt je partner voor het laatst loon?"),
        hint=N_("Alleen als je wilt zien wat er gebeurt als de baan van je partner stopt. "
                "Gaat de baan door? Laat dit leeg.")),
    "wage_kind": dict(
        label=N_("Hoe wil je het loon van je partner invullen?"),
        hint=N_("Bruto is het loon voordat de belasting eraf gaat."),
        empty=N_("Kies hoe je het loon van je partner wilt invullen")),
    "pay_period": dict(
        label=N_("Hoe vaak krijgt je partner loon?"),
        empty=N_("Kies hoe vaak je partner loon krijgt")),
    "hours": dict(
        label=N_("Hoeveel uur per week gaat je partner werken?"),
        hint=N_("Zoals in het contract van je partner, bijvoorbeeld 16."),
        empty=N_("Vul in hoeveel uur per week je partner gaat werken"),
        noun=N_("het aantal uren van je partner"), example="16"),
    "hours_max": dict(
        label=N_("Wisselen de uren van je partner? Hoeveel uur per week werkt je partner hoogstens?"),
        hint=N_("Bijvoorbeeld met een flexcontract, een min-max-contract of als oproepkracht. "
                "Vul dan hierboven het kleinste aantal uren in. "
                "Werkt je partner elke week even veel uren? Laat dit leeg."),
        noun=N_("het grootste aantal uren van je partner"), example="24"),
    "hourly_wage": dict(
        label=N_("Wat is het brutoloon per uur van je partner?"),
        empty=N_("Vul het brutoloon per uur van je partner in"),
        noun=N_("het uurloon van je partner"), example="14,71"),
    "gross_per_period": dict(
        label=N_("Wat is het brutoloon per keer van je partner?"),
        hint=N_("Bruto is het loon voordat de belasting eraf gaat. "
                "Vul het bedrag van de loonstrook van je partner in, zonder vakantiegeld."),
        empty=N_("Vul het brutoloon per keer van je partner in"),
        noun=N_("het brutoloon van je partner"), example="1.250,00"),
    "first_payday": dict(label=N_("Op welke dag krijgt je partner voor het eerst loon?")),
    "holiday_pay": dict(
        label=N_("Wanneer krijgt je partner vakantiegeld van de werkgever?"), options=PARTNER_HOLIDAY_PAY),
    "loonheffingskorting": dict(label=N_("Geeft de werkgever van je partner de loonheffingskorting?")),
}
PARTNER_GROSS_LABELS = {
    "month": N_("Wat is het brutoloon van je partner per maand?"),
    "four_weeks": N_("Wat is het brutoloon van je partner per 4 weken?"),
    "week": N_("Wat is het brutoloon van je partner per week?"),
}


def _asked(prefix: str, condition):
    """A job question applies when that person works and its own condition (given whose job) holds."""
    works = _works(prefix)
    if condition is None:
        return works
    return lambda raw: works(raw) and condition(raw, prefix)


# The conditions that depend on other answers of the same job (given the prefix of whose job).
CONDITIONS = {"hours": _by_hours, "hours_max": _by_hours, "hourly_wage": _by_hours,
              "gross_per_period": _by_period, "first_payday": _first_pay_month_can_hold_two}


def job_fields(prefix: str) -> tuple[Field, ...]:
    """The job questions of the applicant (prefix "") or the partner (PARTNER)."""
    fields = []
    for item in JOB_QUESTIONS:
        applies = _asked(prefix, CONDITIONS.get(item.name))
        if not prefix:
            fields.append(replace(item, applies=applies))
        elif item.name in PARTNER_TEXTS:
            fields.append(replace(
                item, name=prefix + item.name, step=prefix + item.step, applies=applies,
                within=prefix + item.within if item.within else "", **PARTNER_TEXTS[item.name]))
    return tuple(fields)


FIELDS: tuple[Field, ...] = HOUSEHOLD_FIELDS + job_fields("") + job_fields(PARTNER)

# Only on the compact form for consulenten (the journey uses its defaults).
EXTRA_FIELDS: tuple[Field, ...] = (
    Field("start_month", "extra", N_("Eerste maand van het overzicht"), "month", required=False),
    Field("months", "extra", N_("Aantal maanden"), "whole", required=False, minimum=1, maximum=36),
    Field("gemeente", "extra", N_("Gemeente"), "text", required=False),
)
ALL_FIELDS = FIELDS + EXTRA_FIELDS
BY_NAME = {item.name: item for item in ALL_FIELDS}
FIELD_NAMES = tuple(part for item in ALL_FIELDS for part in item.parts)