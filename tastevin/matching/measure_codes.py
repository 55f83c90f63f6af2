"""A till's measure codes: a code glued to its volume ("B70", "BT75", "BIN720", "VRE12",
"PIC25"), read as the serving and its centilitres, and the sizes drinks are sold in."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from tastevin.matching.tables import Tables, tables

# a till's measure code glued to its volume ("B70", "BT75", "BIN720", "CAN200", "CORA10",
# "D4"): the volume in centilitres, or in millilitres from 200 up; read only when it is a
# size drinks are sold in (so "A1710" or Lallier's "R020" stay names), a lone digit only
# after a D (the dose)
# a pour code's initial: "V15" a 15 cl glass, "P50" a 50 cl pitcher (of wine, or of
# beer from the keg), "G25" a 25 cl cup (gobelet, écocup) drawn from the keg, "PR25" a
# pression
_CODE_INITIALS = {"v": "verre", "p": "pichet", "g": "gobelet", "pr": "pression"}
# a measure word cut short before its volume ("PIC25", "BOUT50"): the word of its kind
_STUB_WORDS = {"glass": "verre", "carafe": "pichet", "dose": "dose", "bottle": "bouteille"}
MIN_GLASS_CL = 8  # a glass's initial and one digit: a glass of this much at least
MIN_STUB = 3  # a measure word cut to this many letters still says which
# (a dot joins it to the next word on a till that writes dots for spaces: "PICH50.BGNE")
_CODED_VOLUME = re.compile(
    r"(?<![\w,'])(?<!\d\.)([a-z]{1,4}|press(?:ion)?)([1-9]\d{0,3}(?:,5)?)(?![\w,]|\.\d)"
)
# a draught word, then the centilitres drawn ("PRESS 50 GUINNESS", "PRESSION 25 KRO")
_DRAWN = re.compile(r"(?<![\w,'])(press(?:ion)?|draft|draught) ?([1-9]\d)(?![\w.,%°'])")
SIZES = frozenset(  # the sizes drinks are sold in, in centilitres
    [Decimal("12.5"), Decimal("17.5"), Decimal("37.5"), Decimal("63.3")]
    + [Decimal(size) for size in (2, 3, 4, 5, 6, 8, 10, 12, 14, 15, 16, 18, 20, 25, 30, 33)]
    + [Decimal(size) for size in (35, 40, 44, 46, 50, 60, 62, 65, 70, 72, 74, 75, 90, 100)]
    + [Decimal(size) for size in (150, 180, 300)]
)
# with a volume, a measure drawn from the keg ("nama": draught, in Japanese)
DRAUGHT = frozenset(
    {"pression", "fut", "keg", "tap", "draught", "draft", "nama", "spina", "vareli", "fatol"}
    | {"fassbier", "vomfass", "barril"}  # German, Spanish: a beer "from the barrel"
)
# a till's "D" after its mark ("RICARD*D", "1664#D"): a dose, or a beer's demi (read so
# by ``till_vocabulary.read_mark``, chosen by the drink in ``formats``)
MARKED_D = "dmark"
PRESS = "press"  # pression cut short, glued to the centilitres drawn ("PRESS50"); alone, a
# word of names too ("Little James' Basket Press")


def coded_volume(text: str, table: Tables) -> str:
    """``BIN720`` → ``72cl``, ``B70`` → ``70cl``; a serving word before it is kept
    (``CORA10`` is no word; ``VRE12`` keeps its glass)."""

    def read(match: re.Match[str]) -> str:
        letters, digits = match.group(1), match.group(2)
        volume = coded_size(letters, digits)
        if volume is None:
            return match.group(0)
        drawn = letters in DRAUGHT or letters == PRESS
        kept = letters if letters in table.serving or drawn else ""
        stub = _STUB_WORDS.get(stub_serving(letters) or "", "")
        kept = kept or _CODE_INITIALS.get(letters, "") or stub
        return f" {kept} {format(volume.normalize(), 'f')}cl "

    def drawn(match: re.Match[str]) -> str:
        size = Decimal(match.group(2))
        return f" pression {match.group(2)}cl " if size in SIZES else match.group(0)

    return _CODED_VOLUME.sub(read, _DRAWN.sub(drawn, text))


def measure_code(letters: str, digits: str) -> bool:
    """A measure's letters glued to a size ("PICH50", "VRE15", "P25"), not a table's or
    an article's ("T12", "TERR3")."""
    if not letters or coded_size(letters, digits) is None:
        return False
    named = letters in tables().serving or letters in DRAUGHT or letters in _CODE_INITIALS
    return named or stub_serving(letters) is not None


def measure_initial(letters: str) -> bool:
    """A dose's or a bottle's initial glued to its size ("D4", "B70"); on some tills a
    family's code too ("D5 CANTEMERLE 16 BTL"), which the connection's habits tell."""
    return _pour_code(letters) or letters == "b"


@lru_cache(maxsize=512)
def stub_serving(head: str) -> str | None:
    """The serving a measure word cut short says, when it is of one kind only ("PIC" of
    pichet: a carafe; "CAL" of calice: a glass); "BICCH" (bicchiere or bicchierino) and
    words of two letters say none."""
    if len(head) < MIN_STUB or not head.isalpha():
        return None
    serving = tables().serving
    kinds = {kind for word, kind in serving.items() if word.startswith(head) and word != head}
    kinds.discard("small")  # "PIC" is a pichet's: a small bottle's word is said whole
    return kinds.pop() if len(kinds) == 1 else None


def coded_size(letters: str, digits: str) -> Decimal | None:
    """The volume a measure code glued to its number says (``bin`` ``720``: 72 cl), or None
    when it is no such code (see ``_CODED_VOLUME``)."""
    # one digit only after a dose or a glass ("D4", "VRE8"): "K5" is a name
    if len(letters) > 4 and letters not in DRAUGHT | {PRESS}:
        return None  # ("PRESS50": a glass drawn from the keg)
    if letters == "no" or (len(digits) == 1 and not _pour_code(letters)):
        return None
    if letters == "v" and len(digits) == 1 and Decimal(digits) < MIN_GLASS_CL:
        return None  # ("V5 BT MOET": no glass holds 5 cl, a table's number)
    half = digits.endswith(",5")  # "VR12,5", "BT37,5": a half centilitre
    digits = digits.removesuffix(",5")
    if not digits.isdigit() or digits.startswith("0"):
        return None
    number = Decimal(digits) + (Decimal("0.5") if half else 0)
    # millilitres from 200 up, or from 100 when centilitres would be no size ("GLS175": a
    # 175 ml glass, "VRE125")
    millilitres = number >= 200 or (number >= 100 and number not in SIZES and number / 10 in SIZES)
    volume = number / 10 if millilitres else number
    return volume if volume in SIZES else None


def glass_initial(letters: str) -> bool:
    """A glass's initial or code ("V", "VR", "CP")."""
    return letters == "v" or tables().serving.get(letters) == "glass"


def _pour_code(letters: str) -> bool:
    # (a glass's initial too: "V8 FLOC" is an 8 cl glass of Floc, as "V15" a 15 cl one)
    return letters in ("d", "v") or tables().serving.get(letters) in ("glass", "dose")
