"""The measure a label writes in numbers: a volume and its unit ("75cl", "0,375L", "cl. 75",
"6OZ"), litres without their unit as an export writes them ("(0,375)", "1,500"), a
fraction of a litre ("1/4 l", "½"), a serving's size in an export's column ("DOSE 6",
"MAGNUM 150"), a Swiss "déci". Words that say a measure are the tables' and the reader's
(`normalise._Reader`); codes glued to a number are `measure_codes`."""

from __future__ import annotations

import re
from decimal import Decimal

from tastevin.matching.tables import Tables

# a number followed by one of these is a volume, never a price or a vintage
UNIT_AHEAD = r"(?!\s*(?:cl|ml|dl|l|lt|litres?|oz)\b)"
# a unit code glued to a volume with its unit ("BT75CL", "CN33CL", "BT18,7CL")
_GLUED_UNIT = re.compile(
    r"(?<![\w.,])([a-z]{1,3})(?=\d{1,3}(?:[.,]\d{1,3})?(?:cl|ml|dl|l|lt|oz)\b)"
)
# a web shop's slug writes a decimal point as a hyphen ("coca-cola-1-5l", "33-5cl" is 33.5)
_SLUG_DECIMAL = re.compile(r"(?<![\d.,])(?<!\d-)(\d{1,3})-(\d)(?=\s*(?:cl|l)\b)")
# a serving's word, then its size without the unit, as an export's column writes it ("DOSE
# 6", "VERRE 12,5", "DEMI-BOUT 37,5", "MAGNUM 150", "BOUT 100"); a two-digit whole number
# after it may be a vintage ("BTL 19"), read elsewhere
_SERVED_SIZE = re.compile(
    r"(?<![\w])([a-z]+)[ -](\d{1,3}(?:[.,]\d{1,2})?)(?![\w.,%°'/])" + UNIT_AHEAD
)
MAX_DOSE_CL = 8
_BIG = frozenset({"bottle", "magnum", "jeroboam", "rehoboam", "mathusalem"})
# "75cl", "37,5 cl", "0,375L" (a half bottle in litres: three decimals)
VOLUME = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,3})?|\d{4}(?=\s*ml))\s*(cl|ml|dl|l|lt|litres?|oz)\b"
)
# a volume in litres without its unit, as an export or a handheld writes it ("(0,375)")
# ...or a magnum's 1,5 ("SANCERRE JOLIVET 1,5"): one decimal, never a price
# ...or in litres to the millilitre, as a catalogue writes them ("1,500", "0,750", "3,000")
_BARE_LITRES = re.compile(
    r"(?<![\w.,])(?:0[.,]([1-9]\d{0,2}|0[1-9]\d?)|(1[.,]5)|([1-9])[.,](\d{3}))(?![\w.,%°])"
)
# "cl. 75", "lt. 1,5", "CL66", "CL35,5": the unit written before the number
_UNIT_FIRST = re.compile(r"(?<![\w.,])(cl|lt|l(?=\.))\.?\s?(\d{1,3}(?:[.,]\d{1,3})?)(?![\w.,])")
# "½ lt", "1/4 l": a fraction of a litre (a carafe), not a half bottle
_LITRE_FRACTION = re.compile(r"(?<![\d/])1\s*/\s*([248])\s*(?:l|lt|litres?)\b")
HALF = re.compile(r"(?<!\d)1\s*/\s*2(?!\d)")
WHOLE = re.compile(r"(?<![\d/])1\s*/\s*1(?![\d/])")  # "1/1": a whole bottle (German "1/1 Fl.")
_QUARTER = re.compile(r"(?<!\d)1\s*/\s*4(?!\d)")  # "1/4": a quarter-litre carafe
EIGHTH = re.compile(r"(?<!\d)1\s*/\s*8(?!\d)")  # "1/8": an eighth of a litre, a glass
_BARE_HALF = re.compile(r"(?<![\w.,])37[.,]5(?!\d)")
# a Swiss waiter's open wine by the décilitre ("déci", "2 décis", "5 décis"): a pour of
# that many tenths of a litre
_DECI = re.compile(r"(?<![\w.,])(?:([1-9])\s?)?decis?\b")
# an American bar's fluid ounce is 2.95735 cl ("GLS 6OZ": a 17.74 cl glass)
_UNIT_FACTOR = {
    "cl": Decimal(1),
    "ml": Decimal("0.1"),
    "dl": Decimal(10),
    "oz": Decimal("2.95735"),
}
_CENTILITRE = Decimal("0.01")
TAG_UNITS = frozenset({"cl", "ml", "dl", "oz", "l", "lt", "litre", "litres"})


def units_spaced(text: str) -> str:
    """A unit code set apart from its volume ("BT75CL": "BT 75CL"), a slug's hyphen read as
    the decimal point it stands for ("1-5l": "1.5l")."""
    return _GLUED_UNIT.sub(r"\1 ", _SLUG_DECIMAL.sub(r"\1.\2", text))


# a carafe said by its litre alone ("Litre Côtes du Rhône", "Demi-litre Bordeaux blanc")
_LITRE_WORD = re.compile(r"(?<![\w.,])(?<!\d )(demi[- ]?)?litre(?!s?\s?\d)(?![\w])")


def litres_read(text: str) -> str:
    """A litre or a half said in words, without a number: its centilitres."""
    return _LITRE_WORD.sub(lambda match: " 50cl " if match.group(1) else " 100cl ", text)


def decis_read(text: str) -> str:
    """A pour by the décilitre read as its volume and a glass ("2 decis": "2dl verre")."""
    return _DECI.sub(lambda match: f" {match.group(1) or 1}dl verre ", text)


def served_sizes(text: str, table: Tables) -> str:
    """An export's serving word and its size given the unit it left out ("DOSE 6": "dose
    6cl"); a number that cannot be that serving's size is left to be read as what it is."""

    def read(match: re.Match[str]) -> str:
        kind = table.serving.get(match.group(1))
        number = match.group(2)
        size = _to_decimal(number)
        decimal = not number.isdigit() and Decimal(2) <= size <= Decimal(200)
        dose = kind == "dose" and number.isdigit() and 1 <= size <= MAX_DOSE_CL
        big = kind in _BIG and len(number) == 3 and Decimal(100) <= size <= Decimal(300)
        if kind is None or not (decimal or dose or big):
            return match.group(0)
        return f"{match.group(1)} {number}cl"

    return _SERVED_SIZE.sub(read, text)


def _to_decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", "."))


def read_volume(text: str) -> tuple[str, Decimal | None, bool, bool]:
    """The label's volume in cl, and whether it says a half (bottle) or a quarter (litre),
    with the text left once they are read."""
    volume: Decimal | None = None
    half = quarter = False
    fraction = _LITRE_FRACTION.search(text)
    first = _UNIT_FIRST.search(text)
    match = VOLUME.search(text)
    if fraction:
        volume = Decimal(100) / int(fraction.group(1))
        text = text[: fraction.start()] + " " + text[fraction.end() :]
    elif match:
        # a pour and the bottle it is poured from ("Ricard 1L … dose 4cl"): the smaller is
        # the sale's measure, the container says nothing more
        found = [(_volume_of(m), m) for m in VOLUME.finditer(text)]
        volume, match = min(found, key=lambda item: item[0])
        for _, other in reversed(found):
            text = text[: other.start()] + " " + text[other.end() :]
    elif first:
        volume = _to_decimal(first.group(2)) * _UNIT_FACTOR.get(first.group(1), Decimal(100))
        text = text[: first.start()] + " " + text[first.end() :]
    elif bare := _BARE_LITRES.search(text):
        if bare.group(3):
            volume = Decimal(bare.group(3) + bare.group(4)) / 10
        else:
            volume = Decimal(150) if bare.group(2) else Decimal(f"0.{bare.group(1)}") * 100
        text = text[: bare.start()] + " " + text[bare.end() :]
    if HALF.search(text):
        half = True
        text = HALF.sub(" ", text)
    if _BARE_HALF.search(text):
        half = True
        text = _BARE_HALF.sub(" ", text)
    if _QUARTER.search(text):
        quarter = True
        text = _QUARTER.sub(" ", text)
    return text, volume, half, quarter


def _volume_of(match: re.Match[str]) -> Decimal:
    unit = match.group(2)
    volume = _to_decimal(match.group(1)) * _UNIT_FACTOR.get(unit, Decimal(100))
    return volume.quantize(_CENTILITRE) if unit == "oz" else volume
