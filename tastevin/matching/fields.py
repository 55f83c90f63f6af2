"""Fields an export writes around the drink that name no drink (issue 11), learnt from one
connection's labels: the codes a terminal writes first ("TERR2 11:41 #D208 apremont …"),
a booking export's group before the item ("24/07 Mariage Vuillermoz
(79 pax) » Crémant du Jura Brut … » coupe"), a room charge after it ("… 9,50€ → chambre
18"), an order's reference. Such a field is set aside when, across the connection, the
field in that place almost never holds a word of the library: it describes the sale, not
the drink. A field with a measure, a volume or a year is always read."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from urllib.parse import parse_qsl

from tastevin.matching.folding import fold, mended
from tastevin.matching.measure_codes import DRAUGHT, SIZES
from tastevin.matching.normalise import parse_label
from tastevin.matching.tables import tables

# separators an export puts between its fields, spaced (a hyphen joining two words of a
# name, "Saint-Joseph", is no separator)
SEPARATORS = (
    " » ",
    " >> ",
    " | ",
    " · ",
    " → ",
    " > ",
    " / ",
    " // ",
    " ; ",
    ";",
    " – ",
    " — ",
    " +",
    "\t",
    "*",
    "|",
    ", ",  # a waiter's note after the item ("… en bouteille, bien frais")
)
ADDITIONS = frozenset({" +"})  # what is added to a sale, one after another: "+ glace + citron"
MIN_FIELDED = 4  # the connection writes fields: at least this many labels...
MIN_FIELDED_SHARE = 0.1  # ...and this share of its catalogue (a web shop: all of them)
MAX_NAMING_SHARE = 0.15  # a field set aside names a drink in fewer of its labels than this
MIN_COLUMNS = 3  # an export's rows: this many columns at least...
MIN_COLUMN_ROWS = 0.6  # ...in this share of its fielded labels
MIN_NAMING_COLUMN = 0.3  # a column names the drink in this share of its rows at least
MIN_DISTINCT_SHARE = 0.3  # ...and, first, is seen once only in this share of its labels
_WORD = re.compile(r"[a-z]{3,}")
_NUMBER = re.compile(r"[\d\s.,'+\-€$]*\d[\d\s.,'+\-€$]*")  # "4", "56.00", "12,50 €"
# ("LT0614", a tour group's code, is no litre)
UNIT = re.compile(r"\d\s*(?:cl|ml|dl|l|lt|litres?)\b|\b(?:cl|lt)\.?\s?\d{1,3}(?:[.,]\d+)?\b")
SIGNED_COUNT = re.compile(r"[+-]\d{1,3}")  # a journal's count, "+1", "-1"; a stock movement
_YEAR = re.compile(r"(?<![a-z\d])(?:19|20)\d\d(?!\d)|'\d\d\b")  # ("A1948" is a code)


@dataclass(frozen=True)
class FieldSpec:
    """The separator, and which ends of the label hold a field that names no drink; for
    an export whose rows have a fixed number of columns, which columns may name the drink
    (`columns`: one flag a column; the others are read only for a measure or a year)."""

    separator: str
    first: bool = False
    last: bool = False
    columns: tuple[bool, ...] = ()
    sizes: int | None = None  # the column of coded servings ("BT 75", "VR 12,5", "DO 4")
    cut: tuple[int, int] | None = None  # the name's column and the width it is cut at
    # the coded servings' centilitres are the next column ("…;BT;75", "…;VE;12,5")
    sized_apart: bool = False
    family: int | None = None  # the column of the till's families ("…;VINS BLANCS;…")
    litres: bool = False  # the sizes' column is in litres ("…;VINS AU VERRE;0,12")
    numbered: int | None = None  # a column of article numbers ("09/2026;1934;Cremant …")
    coded: bool = False  # its first column's codes begin with the till's family ("VRS288")

    def to_json(self) -> list[object]:
        cut = list(self.cut) if self.cut else None
        return [
            self.separator,
            self.first,
            self.last,
            list(self.columns),
            self.sizes,
            cut,
            self.sized_apart,
            self.family,
            self.litres,
            self.numbered,
            self.coded,
        ]

    @classmethod
    def from_json(cls, data: object) -> FieldSpec | None:
        if not isinstance(data, list) or not 3 <= len(data) <= 11 or not isinstance(data[0], str):
            return None
        columns = tuple(bool(flag) for flag in data[3]) if len(data) >= 4 else ()
        sizes = data[4] if len(data) >= 5 and isinstance(data[4], int) else None
        cut = (
            data[5] if len(data) >= 6 and isinstance(data[5], list) and len(data[5]) == 2 else None
        )
        apart = len(data) >= 7 and data[6] is True
        family = data[7] if len(data) >= 8 and isinstance(data[7], int) else None
        litres = len(data) >= 9 and data[8] is True
        numbered = data[9] if len(data) >= 10 and isinstance(data[9], int) else None
        coded = len(data) == 11 and data[10] is True
        return cls(
            data[0],
            bool(data[1]),
            bool(data[2]),
            columns,
            sizes,
            (cut[0], cut[1]) if cut else None,
            apart,
            family,
            litres,
            numbered,
            coded,
        )

    def cut_at(self, label: str) -> bool:
        """The export cut this row's name at its column's width."""
        if self.cut is None:
            return False
        parts = fields_of(label, self.separator)
        column, width = self.cut
        return len(parts) == len(self.columns) and len(parts[column].rstrip()) >= width


# a CSV row: '"Singha","Bottle 33cl",2,6.00', '"VRE";"Chinon";"12cl"',
# 'BLANCS,"Sancerre blanc Vacheron",2021,Bouteille' (a quoted field, its separator)
_QUOTED_ROW = re.compile(r'(?:^|([,;\t]))\s*"[^"]*"\s*(?:([,;\t])|$)')
# a label the till sends whole between quotes, or marked with a sign before or after it
# ("\"VBI PINOT GRIGIO\"", "*VRO BAROLO", "• Kir"): the marks are no part of its name
_CLOSING = {'"': '"', "'": "'", "“": "”", "„": "“", "‘": "’", "«": "»"}
_MARKS = "*•·~_=!"


_FORM = re.compile(r"^[\w.\-\[\]]+=[^&=]*(?:&[\w.\-\[\]]+=[^&=]*)+$")  # "a=1&title=X+Y"


def unquoted(label: str) -> str:
    """A row an export sends as the label, its fields joined by semicolons: a CSV row
    (the quotes that let a field hold a comma are no part of it), a web form's URL-encoded
    values ("product_id=64738&title=Hennessy+XO&variant=70cl&qty=3") or a JSON object's
    texts; else the label alone, unwrapped. Mojibake is mended first: the separators are
    in it."""
    label = mended(label)
    if _FORM.match(label) is not None:
        return ";".join(value.replace(";", ",") for _, value in parse_qsl(label))
    texts = _json_texts(label)
    if texts:
        return ";".join(text.replace(";", ",") for text in texts)
    row_match = _QUOTED_ROW.search(label)
    separator = row_match and (row_match.group(1) or row_match.group(2))
    if not separator:
        return _unwrapped(label)
    row = next(csv.reader([label], delimiter=separator, skipinitialspace=True), [])
    if separator == ",":
        row = _decimals_rejoined(row)
    return ";".join(field.replace(";", ",") for field in row)


_WHOLE_PART = re.compile(r"\d{1,3}")
_DECIMAL_UNIT = re.compile(r"\d{1,3}\s*(?:cl|ml|dl|l|lt)", re.IGNORECASE)


def _decimals_rejoined(row: list[str]) -> list[str]:
    """A volume's decimal comma the export left unquoted in a comma-separated row
    ('…",37,5cl,3,"27,00"'): one field, 37,5cl."""
    joined: list[str] = []
    for field in row:
        if joined and _WHOLE_PART.fullmatch(joined[-1]) and _DECIMAL_UNIT.fullmatch(field):
            joined[-1] = f"{joined[-1]},{field}"
        else:
            joined.append(field)
    return joined


def _json_texts(label: str) -> list[str]:
    """The texts of a JSON object a cloud till sends as the label, in its order
    ('{"produit":"Château Talbot 2018","variante":"Bouteille","prix":45.50}'); its
    numbers (a price, a quantity) and its keys are no part of the drink."""
    if not label.lstrip().startswith("{"):
        return []
    try:
        data = json.loads(label)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    return [value.strip() for value in data.values() if isinstance(value, str) and value.strip()]


def _unwrapped(label: str) -> str:
    """The label without the quotes around it whole, and the marks before or after it."""
    text = label.strip().strip(_MARKS).strip()
    opening = text[:1]
    closing = _CLOSING.get(opening)
    if len(text) > 2 and closing is not None and text.endswith(closing):
        inner = text[1:-1]
        if opening not in inner and closing not in inner:
            text = inner.strip().strip(_MARKS).strip()
    return label if text == label.strip() else text


_SIGNED = re.compile(r" \+(?!\d)")  # "+ glace", not a signed quantity ("T11 +1 Riesling")


def fields_of(label: str, separator: str) -> list[str]:
    """The label's fields between this separator ("+" adds to a sale; "+1" is a count)."""
    return _SIGNED.split(label) if separator in ADDITIONS else label.split(separator)


def learn_fields(labels: Sequence[str], vocabulary: frozenset[str]) -> FieldSpec | None:
    """The separator most of the connection's fielded labels use, and the end fields that
    almost never name anything of the library (nor a measure, a volume or a year)."""
    if not vocabulary:
        return None
    best: FieldSpec | None = None
    best_count = 0
    for separator in SEPARATORS:
        split = [parts for parts in (fields_of(label, separator) for label in labels) if parts[1:]]
        if len(split) < max(MIN_FIELDED, MIN_FIELDED_SHARE * len(labels)):
            continue
        heads = [parts[0] for parts in split]
        # (an account or article number names nothing however often it recurs)
        coded = sum(1 for head in heads if _code_like(head)) >= (1 - MAX_NAMING_SHARE) * len(heads)
        # a first field that recurs is the till's family when it says a kind of drink
        # ("Blancos > "), else what the sale is filed under ("ENTRACTE2;4;…": a slot)
        first = coded or _nameless(heads, vocabulary, MIN_DISTINCT_SHARE)
        first = first or (_nameless(heads, vocabulary, 0.0) and not _kinds_said(heads))
        # the last may repeat: what is added to the sale ("+ ghiaccio", "(DP)")
        last = _nameless([parts[-1] for parts in split], vocabulary, 0.0)
        columns = _columns(split, vocabulary)
        sizes, apart, litres = _sizes_column(split) if columns else (None, False, False)
        cut = _cut_column(split, columns) if columns else None
        family = _family_column(split, columns) if columns else None
        if (first or last or columns) and len(split) > best_count:
            numbered = _numbered_column(split, columns) if columns else None
            coded = bool(columns) and _coded_families(split, columns)
            best = FieldSpec(
                separator, first, last, columns, sizes, cut, apart, family, litres, numbered, coded
            )
            best_count = len(split)
    return best


MAX_FAMILIES = 25  # a column of the till's families holds this many values at most...
MAX_FAMILY_SHARE = 0.25  # ...fewer than this share of its rows...
MIN_FAMILY_ROWS = 0.6  # ...most of them a kind of drink ("VINS BLANCS", "BIERES")
MAX_FAMILY_MEASURES = 0.3  # ...few of them a measure ("Vins au verre"; not "magnum", "BTL")


MIN_NUMBERED_ROWS = 0.8  # a column of article numbers: bare numbers in most rows...
MAX_YEARS_SHARE = 0.8  # ...fewer of them years a wine could be of (a PLU is any number)
_YEARS = range(1900, 2040)


def _numbered_column(split: Sequence[Sequence[str]], columns: tuple[bool, ...]) -> int | None:
    """A column of article numbers before the drink's name, however like years some of
    them read ("09/2026;1934;Cremant alsace …", "…;2206;Edv mirabelle …"): its numbers are
    mostly no vintage; a column of vintages ("75 cl;2021;Rosé;La Courtade") is."""
    if True not in columns:
        return None
    kept = [parts for parts in split if len(parts) == len(columns)]
    for column in range(columns.index(True)):
        values = [parts[column].strip() for parts in kept]
        numbers = [int(value) for value in values if value.isdigit()]
        if len(numbers) < MIN_NUMBERED_ROWS * len(values) or not numbers:
            continue
        if sum(number in _YEARS for number in numbers) < MAX_YEARS_SHARE * len(numbers):
            return column
    return None


_FAMILY_CODE = re.compile(r"([a-z]{2,4})\d{2,6}")  # "VRS288", "BIE9332": a family, a number
MIN_CODED_ROWS = 0.8  # the first column holds such codes in this share of its rows...
MIN_CODE_FAMILIES = 2  # ...of a few families at least (one is a shop's prefix: "A31026")


def _row_family(parts: Sequence[str]) -> str | None:
    """The family a row's article code begins with ("vrs" of "VRS288")."""
    code = _FAMILY_CODE.fullmatch(fold(parts[0]).strip()) if parts else None
    return code.group(1) if code is not None else None


def _coded_families(split: Sequence[Sequence[str]], columns: tuple[bool, ...]) -> bool:
    """The export's first column (which names no drink) holds article codes that begin
    with the till's family: a few letter groups, recurring ("VRG926", "VBL342", "PRE285")."""
    if not columns or columns[0]:
        return False
    kept = [parts for parts in split if len(parts) == len(columns)]
    families = [family for parts in kept if (family := _row_family(parts)) is not None]
    distinct = set(families)
    return len(families) >= MIN_CODED_ROWS * len(kept) and MIN_CODE_FAMILIES <= len(
        distinct
    ) <= min(MAX_FAMILIES, MAX_FAMILY_SHARE * len(kept))


def _family_column(split: Sequence[Sequence[str]], columns: tuple[bool, ...]) -> int | None:
    """The export's column of the till's families: a few values that recur, each saying
    a kind of drink ("Chablis;75 cl;Vins blancs;2022", "…;VINS ROSES;…"). It says the
    colour, not a word of the drink's name ("blancs" is no Blanc de Blancs)."""
    kept = [parts for parts in split if len(parts) == len(columns)]
    for column in range(len(columns)):
        values = [fold(parts[column]).strip() for parts in kept]
        distinct = set(values)
        if len(distinct) > min(MAX_FAMILIES, MAX_FAMILY_SHARE * len(values)):
            continue
        measures = sum(1 for value in values if _measures(value))
        said = sum(1 for value in values if value and _kinds_said([value]))
        if said >= MIN_FAMILY_ROWS * len(values) and measures <= MAX_FAMILY_MEASURES * len(values):
            return column  # (a column of measures, "demi-bouteille", "BTL", is read)
    return None


def family_read(text: str) -> str:
    """What a till's family says of its drinks: the colour, in the singular ("Vins rosés"
    → "rose"), else nothing (the family files the drink, it is no word of its name); a
    family of measures or of the tap says its measure ("Vins au verre", "Bières
    pression": read as written)."""
    words = _WORD.findall(fold(text))
    if _measures(text) or set(words) & DRAUGHT:
        return text
    colours = tables().colour_words
    for word in words:
        for form in (word, word.removesuffix("s")):
            if form in colours:
                return colours[form]
    return ""


MIN_CUT_COLUMN = 12  # a name column is cut at this width at least...
MIN_CUT_ROWS = 0.1  # ...which this share of its rows fill exactly


def _cut_column(
    split: Sequence[Sequence[str]], columns: tuple[bool, ...]
) -> tuple[int, int] | None:
    """The export's name column when it cuts names at a fixed width ("Cremant d Alsace Brut
    Wo"): many of its values are exactly as long as the longest."""
    kept = [parts for parts in split if len(parts) == len(columns)]
    for column, naming in enumerate(columns):
        lengths = [
            len(parts[column].rstrip()) for parts in kept if _WORD.search(fold(parts[column]))
        ]
        if not naming or len(lengths) < MIN_CUT_ROWS * len(kept):
            continue
        width = max(lengths)
        # (different names, of which shorter ones: a repeated name fills nothing)
        full = len({fold(parts[column]) for parts in kept if len(parts[column].rstrip()) == width})
        shorter = any(length < width for length in lengths)
        needed = max(MIN_FIELDED, MIN_CUT_ROWS * len(lengths))
        if width >= MIN_CUT_COLUMN and shorter and full >= needed:
            return column, width
        return None  # the first column that names the drink is its name
    return None


# a serving written as a code and its centilitres: "BT 75", "VR 12,5", "PI 50", "DO 4"
_CODED_SIZE = re.compile(r"^\s*([a-z]{1,4})\.? ?(\d{1,3}(?:[.,]\d)?)\s*$")
_BARE_CODE = re.compile(r"^\s*[a-z]{1,4}\.?\s*$")  # "UN": a dish, no volume
MAX_SIZE_CODES = 10  # a column of servings uses a few codes...
MIN_SIZED_ROWS = 0.8  # ...in (nearly) all its rows
MAX_SIZE_CODE_SHARE = 0.5  # and fewer codes than rows: they recur
MIN_SIZE_CODES = 2  # a bottle's code and a glass's, at least (one code is a table's: "T11")


def _sizes_column(split: Sequence[Sequence[str]]) -> tuple[int | None, bool, bool]:
    """The export's column of coded servings ("article;libellé;millésime;BT 75;prix"):
    nearly every row holds a short code and a number of centilitres, or the code alone,
    with a few codes that recur, across the connection. A name's number ("Get 31",
    "Rochefort 10") is no such column: names differ from row to row. The centilitres may
    be the next column ("…;BT;75"): then the second value says so; the third, that they
    are litres ("…;0,75", "…;0,125")."""
    widths = Counter(len(parts) for parts in split)
    width = widths.most_common(1)[0][0]
    kept = [parts for parts in split if len(parts) == width]
    for column in range(width):
        if _coded_sizes([fold(parts[column]) for parts in kept]):
            return column, False, False
    for column in range(width - 1):
        joined = [fold(f"{parts[column]} {parts[column + 1]}") for parts in kept]
        if _coded_sizes(joined) and not _coded_sizes([fold(p[column + 1]) for p in kept]):
            return column, True, False
    for column in range(width):
        values = [fold(parts[column]).strip() for parts in kept]
        # ...its unit in the next column ("…;1,5;l", "…;37,5;cl"): read together
        units = column + 1 < width and _units(
            [fold(parts[column + 1]).strip() for parts in kept if parts[column].strip()]
        )
        if units:
            values = [
                _centilitres(value, fold(parts[column + 1]).strip())
                for value, parts in zip(values, kept, strict=True)
            ]
        if _bare_sizes(values):
            return column, units, False
        if not units and _in_litres(values) and _bare_sizes([_litres(v) for v in values]):
            return column, False, True
    return None, False, False


# a volume in litres: "0,75", "0,125", "0,04", "1,5"
_LITRES = re.compile(r"(?:0[.,]\d{1,3}|[1-5](?:[.,]\d{1,2})?)")


def _in_litres(values: Sequence[str]) -> bool:
    """Nearly all these values are litres, some below one ("0,75", "0,12")."""
    numbers = [value for value in values if value]
    litres = [value for value in numbers if _LITRES.fullmatch(value)]
    return (
        bool(numbers)
        and len(litres) >= MIN_SIZED_ROWS * len(numbers)
        and any(value.startswith("0") for value in litres)
    )


def _litres(value: str) -> str:
    """Litres as bare centilitres ("0,75": "75")."""
    if not _LITRES.fullmatch(value):
        return value
    return f"{(Decimal(value.replace(',', '.')) * 100).normalize():f}".replace(".", ",")


_SIZE_AND_UNIT = re.compile(r"^(\d{1,4}(?:[.,]\d{1,3})?) ?(cl|l|ml|dl|litres?)$")


def _centilitres(value: str, unit: str) -> str:
    """A volume and its unit as bare centilitres ("1,5", "l": "150")."""
    found = _SIZE_AND_UNIT.match(f"{value}{unit}")
    if found is None:
        return value
    number = Decimal(found.group(1).replace(",", ".")) * _PER_UNIT[found.group(2)]
    return f"{number.normalize():f}".replace(".", ",")


_PER_UNIT = {
    "cl": Decimal(1),
    "l": Decimal(100),
    "litre": Decimal(100),
    "litres": Decimal(100),
    "ml": Decimal("0.1"),
    "dl": Decimal(10),
}


def _units(values: Sequence[str]) -> bool:
    """Nearly all these values (beside a number) are a volume's unit."""
    return bool(values) and sum(value in _PER_UNIT for value in values) >= MIN_SIZED_ROWS * len(
        values
    )


_BARE_SIZE = re.compile(r"\d{1,3}(?:[.,]5)?")
MIN_BARE_SIZED = 0.6  # a column of bare centilitres: this share of its rows hold one...
MIN_TELLING = 2  # ...of which this many distinct sizes no count reaches (25, 50, 75, 150)
TELLING_FROM = 20


def _bare_sizes(values: Sequence[str]) -> bool:
    """Nearly all these values are bare centilitres, sizes drinks are sold in, some of
    them no count of bottles ("VINS ROUGES;MORGON LAPIERRE;2019;150;76,70")."""
    numbers = [Decimal(v.replace(",", ".")) for v in values if _BARE_SIZE.fullmatch(v)]
    if len(numbers) < MIN_BARE_SIZED * len(values):
        return False
    sized = [number for number in numbers if number in SIZES]
    telling = {number for number in sized if number >= TELLING_FROM}
    return len(sized) >= MIN_SIZED_ROWS * len(numbers) and len(telling) >= MIN_TELLING


def _coded_sizes(values: Sequence[str]) -> bool:
    """Nearly all these values are a serving's code and its centilitres, or the code."""
    sized = [m for m in map(_CODED_SIZE.match, values) if m is not None]
    bare = [value for value in values if _BARE_CODE.match(value)]
    if not sized or len(sized) + len(bare) < MIN_SIZED_ROWS * len(values):
        return False
    sizes = [Decimal(m.group(2).replace(",", ".")) for m in sized]
    if sum(size in SIZES for size in sizes) < MIN_SIZED_ROWS * len(sizes):
        return False  # "T11", "Ch.325": a table, a room
    measured = {m.group(1) for m in sized}
    codes = Counter(m.group(1) for m in sized)
    codes.update(value.strip(" .") for value in bare)
    return len(measured) >= MIN_SIZE_CODES and len(codes) <= min(
        MAX_SIZE_CODES, MAX_SIZE_CODE_SHARE * len(values)
    )


def read_size(text: str, litres: bool = False) -> str:
    """A coded serving written out as the tables read it: "PI 50" is a 50 cl pichet, "DO 4"
    a 4 cl dose (a code the tables do not hold is the first serving word they list that it
    begins: their common ones come first), "BT 37,5"
    a 37.5 cl bottle; a code alone says nothing ("UN": a dish) unless it is a measure
    ("MAG", "1/2")."""
    folded = fold(text).strip()
    if litres and _LITRES.fullmatch(folded):
        folded = _litres(folded)  # "0,12": 12 cl
    if _BARE_SIZE.fullmatch(folded):
        return f"{folded.replace(',', '.')}cl"  # a column of bare centilitres ("150")
    unit = _SIZE_AND_UNIT.match(folded)
    if unit is not None:
        return f"{unit.group(1).replace(',', '.')}{unit.group(2)}"  # "1,5 l": a magnum
    match = _CODED_SIZE.match(folded)
    if match is None:
        return text if _measures(text) else ""  # "MAG", "1/2", "50cl": read as written
    code, number = match.group(1), match.group(2).replace(",", ".")
    serving = tables().serving
    if code not in serving:
        longer = (word for word in serving if len(word) > len(code) and word.startswith(code))
        code = next(longer, code)
    return f"{code} {number}cl"


def _columns(split: Sequence[Sequence[str]], vocabulary: frozenset[str]) -> tuple[bool, ...]:
    """An export's columns, when most of its rows have the same number of them (three or
    more): which ones name the drink in some of its rows. A slot, a table, a menu, a
    quantity or a price never does ("ENTRACTE2;4;Pommery Brut Royal;200ml;46.00")."""
    widths = Counter(len(parts) for parts in split)
    width, rows = widths.most_common(1)[0]
    if width < MIN_COLUMNS or rows < MIN_COLUMN_ROWS * len(split):
        return ()
    kept = [parts for parts in split if len(parts) == width]
    naming = [
        sum(1 for parts in kept if _names(parts[column], vocabulary))
        >= MIN_NAMING_COLUMN * len(kept)
        for column in range(width)
    ]
    if not any(naming):
        return ()
    # before the drink, what the sale is filed under (a slot, a room, a menu); after it,
    # how it was served ("cora 10", "PR50"), unless the column is a bare number (a
    # quantity, a price, a bar code)
    start = naming.index(True)
    flags = tuple(
        naming[column]
        or (
            column > start
            and sum(1 for parts in kept if _NUMBER.fullmatch(fold(parts[column]).strip()))
            < (1 - MAX_NAMING_SHARE) * len(kept)
        )
        for column in range(width)
    )
    return flags if not all(flags) else ()


def _names(text: str, vocabulary: frozenset[str]) -> bool:
    return any(word in vocabulary for word in _WORD.findall(fold(text)))


def _nameless(fields: Sequence[str], vocabulary: frozenset[str], distinct: float) -> bool:
    """The field names nothing (and, first, differs from label to label: a family recurs,
    "Blancos > "; a group's name with its date and covers, or an order number, hardly)."""
    counts = Counter(fold(text).strip() for text in fields)
    if sum(1 for count in counts.values() if count == 1) < distinct * len(fields):
        return False  # a family's values recur; a card number, a group, a date hardly do
    naming = sum(1 for text in fields if _says_something(text, vocabulary))
    return naming < MAX_NAMING_SHARE * len(fields)


def _kinds_said(fields: Sequence[str]) -> bool:
    """Some of these fields say a kind of drink: a colour, a category, a style."""
    table = tables()
    kinds = table.colour_words.keys() | table.category_words.keys()
    kinds |= table.style_words | table.beer_styles | table.serving.keys()
    words = {word for text in set(fields) for word in _WORD.findall(fold(text))}
    return any(word in kinds or word.removesuffix("s") in kinds for word in words)


def _says_something(text: str, vocabulary: frozenset[str]) -> bool:
    words = _WORD.findall(fold(text))
    return _measures(text) or any(word in vocabulary for word in words)


def _code_like(text: str) -> bool:
    """No word of three letters or more: a number, a code ("707110", "V8012", "24-136")."""
    return _WORD.search(fold(text)) is None


@lru_cache(maxsize=4096)
def _measures(text: str) -> bool:
    """A measure, a volume with its unit or a year: read wherever the export writes it (a
    bare number is not one: "(50 pax)" is a group of fifty)."""
    folded = fold(text)
    if _YEAR.search(folded) or UNIT.search(folded):
        return True
    return parse_label(text).serving is not None


def strip_fields(label: str, spec: FieldSpec | None) -> str:
    """The label without its end fields that name nothing (the connection's fields in that
    place almost never do), or its columns that never name one; a field with a measure, a
    volume or a year stays."""
    if spec is None or spec.separator not in label:
        return label
    parts = fields_of(label, spec.separator)
    last = spec.last
    if len(parts) == len(spec.columns):
        parts, kept = _kept_columns(parts, spec)
        if spec.cut is not None and spec.cut[0] in kept and spec.cut_at(label):
            # a name cut at the column's width ends the text, where a cut word is read
            kept.append(kept.pop(kept.index(spec.cut[0])))
        parts = [parts[at] for at in kept]
        last = last and spec.columns[-1]  # the field after the drink: dropped already
    else:
        if spec.family == 0 and len(parts) > 1:
            parts[0] = family_read(parts[0])  # (the first column is the family in every row)
        if spec.first and len(parts) > 1 and not _measures(parts[0]):
            parts = parts[1:]
        while spec.first and len(parts) > 1 and _code_like(parts[0]) and not _measures(parts[0]):
            parts = parts[1:]  # "707110;SALLE;V8012;…": the account, then (after a family) more
    while last and len(parts) > 1 and not _measures(parts[-1]):
        parts = parts[:-1]
        if spec.separator not in ADDITIONS:
            break  # one field after the drink ("… ;cora 10;16.00": the price only)
    return spec.separator.join(parts)


def _kept_columns(parts: list[str], spec: FieldSpec) -> tuple[list[str], list[int]]:
    """An export row's columns as read (its sizes, its family), and those kept, in order:
    those that may name the drink, and the others where they say a measure or a year."""
    parts = list(parts)
    if spec.sizes is not None and spec.sized_apart:
        joined = f"{parts[spec.sizes]} {parts[spec.sizes + 1]}"
        parts[spec.sizes], parts[spec.sizes + 1] = read_size(joined), ""
    elif spec.sizes is not None:
        parts[spec.sizes] = read_size(parts[spec.sizes], spec.litres)
    if spec.family is not None:
        parts[spec.family] = family_read(parts[spec.family])
    # (a bare number before the drink is an article's, however like a year it reads:
    # "1976;PRESSION;PRESSION 1664;;PR50", "09/2026;1934;Cremant alsace …"; a signed count
    # is a stock movement, "…;75CL;-1": it names nothing)
    article = not spec.columns[0] and parts[0].strip().isdigit()
    kept = [
        at
        for at, text in enumerate(parts)
        if (spec.columns[at] and not SIGNED_COUNT.fullmatch(text.strip()))
        or (_measures(text) and not (at == 0 and article) and at != spec.numbered)
    ]
    code = _row_family(parts) if spec.coded else None
    if code is not None and kept and kept[0] > 0:
        # the family the article's code begins with, written first as a till's prefix
        parts[kept[0]] = f"{code.upper()} {parts[kept[0]]}"
    return parts, kept


def coded_family(label: str, spec: FieldSpec | None) -> str | None:
    """The family this row's article code begins with ("vrs" of "VRS288;…"), if the
    export writes its families so."""
    if spec is None or not spec.coded:
        return None
    parts = fields_of(label, spec.separator)
    return _row_family(parts) if len(parts) > 1 else None


def name_last(label: str, spec: FieldSpec | None) -> tuple[str, str]:
    """`strip_fields`'s text in two: the fields it moved ahead of a name the export cut at
    its width (so that the cut word ends the text: "75CL;RG SAUMUR CHAMP VILLENEU"), and
    the rest, which starts as the label did (with the till's family, "RG ")."""
    text = strip_fields(label, spec)
    if spec is None or spec.cut is None or not spec.cut_at(label):
        return "", text
    parts, kept = _kept_columns(fields_of(label, spec.separator), spec)
    column = spec.cut[0]
    moved = [parts[at] for at in kept if at > column]
    if not moved:
        return "", text
    rest = [parts[at] for at in kept if at <= column]
    return "".join(part + spec.separator for part in moved), spec.separator.join(rest)
