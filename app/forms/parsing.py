"""What people type -> numbers, or an error code. Never raises anything but InputError.

Money and hours are accepted the way people write them in the Netherlands: "1.234,56",
"€ 800", "800,-", "14,71", " 1 234,56 ". Also the international "1234.56" and "1,234.56".

The one ambiguous case is a single separator followed by exactly three digits: "1.200" is
twelve hundred in Dutch, but one point two to a computer; "1,200" the other way round. For an
amount where a value below ten makes no sense (rent, monthly pay) we read it as thousands. For
an hourly wage or hours we ask (liberapay's rule: do not guess) - code "ambiguous".
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CURRENCY = re.compile(r"(?i)^(€|eur(o)?)\s*|\s*(€|eur(o)?)$")
WHOLE_SUFFIX = re.compile(r"[.,][-–—]$")
GROUPED = re.compile(r"^\d{1,3}([.,\s ]\d{3})+$")


class InputError(ValueError):
    """An answer that cannot be read; `code` picks the message, `context` fills it."""

    def __init__(self, code: str, **context):
        super().__init__(code)
        self.code = code
        self.context = context


# Arabic decimal and thousands separators read as their Dutch counterparts.
_SEPARATORS = str.maketrans({"\u066b": ",", "\u066c": "."})


def _clean(text: str) -> str:
    text = (text or "").strip().replace("\u00a0", " ").replace("\u202f", " ")
    return text.translate(_SEPARATORS)


def parse_decimal(text: str, *, ambiguous: str = "ask", max_places: int = 2) -> Decimal:
    """Read an amount or a number. `ambiguous`: "ask" (raise) or "thousands" (1.200 = 1200).

    Error codes: empty, negative, not_a_number, ambiguous, too_many_decimals.
    """
    text = _clean(text)
    if not text:
        raise InputError("empty")
    text = CURRENCY.sub("", text).strip()
    text = WHOLE_SUFFIX.sub("", text).strip()
    if text.startswith("-") or text.startswith("−"):
        raise InputError("negative")
    if text.startswith("+"):
        text = text[1:].strip()
    if not text or not re.fullmatch(r"[\d.,\s]+", text) or not text[0].isdigit() or not text[-1].isdigit():
        raise InputError("not_a_number")

    if GROUPED.fullmatch(text) and not re.search(r"\s", text.strip()) and len(set(re.findall(r"[.,]", text))) == 1:
        # "1.200", "1,200", "1.234.567": one kind of separator, groups of three.
        if len(re.findall(r"[.,]", text)) == 1 and ambiguous == "ask":
            raise InputError("ambiguous", example_whole=text.replace(",", "").replace(".", ""),
                              example_decimal=text.replace(".", ",") if "." in text else text)
        number = re.sub(r"[.,]", "", text)
    else:
        compact = re.sub(r"\s", "", text)
        if re.search(r"\s", text) and not re.fullmatch(r"\d{1,3}( \d{3})+([.,]\d+)?", text):
            raise InputError("not_a_number")
        dots, commas = compact.count("."), compact.count(",")
        if dots and commas:
            decimal_mark = "," if compact.rfind(",") > compact.rfind(".") else "."
            group_mark = "." if decimal_mark == "," else ","
            whole, _, fraction = compact.rpartition(decimal_mark)
            if compact.count(decimal_mark) != 1 or not re.fullmatch(r"\d{1,3}(" + re.escape(group_mark) + r"\d{3})*", whole):
                raise InputError("not_a_number")
            number = whole.replace(group_mark, "") + "." + fraction
        elif dots + commas == 0:
            number = compact
        elif dots + commas == 1:
            number = compact.replace(",", ".")
        else:
            raise InputError("not_a_number")
    try:
        value = Decimal(number)
    except InvalidOperation as error:
        raise InputError("not_a_number") from error
    if value.as_tuple().exponent < -max_places:  # type: ignore[operator]
        raise InputError("too_many_decimals", places=max_places)
    return value


def parse_whole(text: str) -> int:
    """A whole number like an age: "35", " 35 ", "35 jaar". Codes: empty, not_a_number, negative."""
    text = _clean(text)
    if not text:
        raise InputError("empty")
    text = re.sub(r"(?i)\s*(jaar|jr\.?|maanden|maand|personen|persoon)$", "", text)
    if text.startswith("-"):
        raise InputError("negative")
    if not text.isdecimal():  # not isdigit(): "²" is a digit that int() cannot read
        raise InputError("not_whole")
    return int(text)


def parse_ages(text: str) -> list[int]:
    """Ages of children: "4, 7", "4 en 7", "4 7", also with an Arabic comma ("4، 7").
    Empty means no children."""
    text = _clean(text)
    if not text:
        return []
    parts = [part for part in re.split(r"(?i)\s*(?:,|;|\u060c|\u061b|\ben\b|\s)\s*", text) if part]
    ages = []
    for part in parts:
        if not part.isdecimal():
            raise InputError("ages_format")
        ages.append(int(part))
    return ages


def format_amount(value: Decimal) -> str:
    """Decimal('1234.5') -> '1.234,50': how an amount is shown back in a form field."""
    value = Decimal(value).quantize(Decimal("0.01"))
    whole, _, fraction = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + "," + fraction


def format_number(value: Decimal) -> str:
    """Decimal('16.5') -> '16,5'; whole numbers without decimals."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}".replace(".", ",")
