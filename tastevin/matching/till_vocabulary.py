"""A till's own vocabulary (issue 11), learnt from one connection's labels: words no
drink holds that the till writes across its catalogue ("JDG" of a sake list, a web shop's
recurring descriptor), its measure words ("cora 10": a Coravin pour of 10 cl), and the
container's centilitres it writes last, bare ("MEL.IPA 44"). `habits.py` stores what is
learnt; the matcher keeps a candidate word only when its labels name several drinks once
it is set aside."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache

from tastevin.matching.folding import fold
from tastevin.matching.measure_codes import MARKED_D, SIZES, coded_size
from tastevin.matching.tables import tables

# a till's own word recurs across many drinks' labels: this many labels and this share...
MIN_TILL_WORD_LABELS = 4
MIN_TILL_WORD_SHARE = 0.04
MIN_TILL_WORD_DRINKS = 3  # ...naming at least this many drinks once it is set aside
MEASURE_FOLLOWED = 0.8  # a measure word: followed by a pour's centilitres this often
MAX_MEASURE_CL = 30  # a till measure word pours at most this
MAX_SIZES = 3
GLASS_WORD = "verre"
# a container's centilitres as a till writes them last, bare ("37" for a 37.5 cl bottle)
CONTAINERS = {
    "18": "18.75",
    "20": "20",
    "25": "25",
    "33": "33",
    "37": "37.5",
    "44": "44",
    "50": "50",
    "62": "62",
    "70": "70",
    "75": "75",
}
_NO_VINTAGE_SIZES = frozenset({"33", "37", "44", "50", "75"})
_SIZE_LAST = re.compile(r"(?<=[a-z.]) (\d{2})\s*$")
# a word, or a code of letters and a digit or two the till prints on every line ("T1", a
# register's VAT status)
_CANDIDATE = re.compile(r"[a-z]{2,}|[a-z]{1,3}\d{1,2}")
_WORD_NUMBER = re.compile(r"\b([a-z]{2,})\s+(\d{1,3})\b")
MIN_SIZED_LABELS = 5  # a till that writes sizes last does it on this many labels...
MIN_SIZED_SHARE = 0.08  # ...and this share of them
MIN_TELLING_SIZES = 2  # sizes no two-digit vintage of today could be (33, 44, 50...)


@cache
def table_vocabulary() -> frozenset[str]:
    table = tables()
    words: set[str] = set(table.tokens) | table.stopwords | table.generic | table.noise
    words |= set(table.colour_words) | set(table.serving) | table.style_words
    words |= table.age_words | table.vintage_words  # a kind of drink ("GIN-") may head a family
    words |= table.volume_words | set(table.pot_volumes)
    for key, _ in table.phrases:
        words.update(key)
    return frozenset(words)


def read_sizes(folded: str) -> str:
    """A bare container size a till writes last read as centilitres ("44" → "44cl"); after
    a pour's word it is no container's ("DOSE KNOCKANDO 18": an age)."""
    if set(folded.split()) & _pour_words():
        return folded
    return _SIZE_LAST.sub(_size_read, folded)


def _size_read(match: re.Match[str]) -> str:
    number = match.group(1)
    return f" {CONTAINERS[number]}cl" if number in CONTAINERS else match.group(0)


def sizes_last(texts: Sequence[str]) -> bool:
    """A till that ends its labels with the container's centilitres, bare: most such
    numbers are sizes drinks come in, several of them no two-digit vintage of today
    (33, 44, 50...), few distinct values (vintages spread over years)."""
    found = [m.group(1) for m in (_SIZE_LAST.search(fold(text)) for text in texts) if m]
    needed = max(MIN_SIZED_LABELS, MIN_SIZED_SHARE * len(texts))
    if len(found) < needed:
        return False
    sizes = [number for number in found if number in CONTAINERS]
    telling = {number for number in sizes if number in _NO_VINTAGE_SIZES}
    return len(sizes) >= MEASURE_FOLLOWED * len(found) and len(telling) >= MIN_TELLING_SIZES


# the measure a counter till writes first, bare: a pour's or a container's centilitres
# ("12 CDR", "50 BDX", "37,5 CROZES", "150 CAHORS")
_SIZE_FIRST = re.compile(r"^\s*(\d{1,3}(?:[.,]5)?)\s+(?=[a-z])")
FIRST_SIZES = frozenset(
    {"2", "3", "4", "5", "6", "8", "10", "12", "14", "15", "16", "18", "20", "25", "33"}
    | {"35", "37,5", "37.5", "44", "46", "50", "62", "70", "75", "100", "150", "300"}
)
MIN_FIRST_SHARE = 0.3  # a till that writes its measure first does it on this share of labels
MAX_FIRST_SIZES = 15  # ...with this many distinct sizes at most (an article number varies)


def sizes_first(texts: Sequence[str]) -> bool:
    """A till that starts its labels with the measure's centilitres, bare: most such
    numbers are sizes drinks are sold in, and few distinct ones (a PLU differs from one
    product to the next)."""
    found = [m.group(1) for m in (_SIZE_FIRST.match(fold(text)) for text in texts) if m]
    if len(found) < max(MIN_SIZED_LABELS, MIN_FIRST_SHARE * len(texts)):
        return False
    sizes = [number for number in found if number in FIRST_SIZES]
    distinct = len(set(found))
    return len(sizes) >= MEASURE_FOLLOWED * len(found) and distinct <= MAX_FIRST_SIZES


def read_first_size(folded: str) -> str:
    """The bare measure a till writes first read as centilitres ("50 bdx" → "50cl bdx")."""
    return _SIZE_FIRST.sub(lambda match: f"{match.group(1)}cl ", folded, count=1)


def till_words(tokens: Sequence[Sequence[str]], known: frozenset[str]) -> dict[str, list[int]]:
    """Words that recur across many of a till's labels (their words as read, without
    family prefixes, article numbers, measures and vintages) and that neither the library
    nor the tables know: candidates for the till's own vocabulary, with the labels
    (numbers) that hold them. The caller keeps those that name several drinks once set
    aside."""
    holders: dict[str, list[int]] = {}
    table_words = table_vocabulary()
    for number, words in enumerate(tokens):
        for word in set(words):
            if _CANDIDATE.fullmatch(word) and word not in known | table_words:
                holders.setdefault(word, []).append(number)
    needed = max(MIN_TILL_WORD_LABELS, MIN_TILL_WORD_SHARE * len(tokens))
    return {word: numbers for word, numbers in holders.items() if len(numbers) >= needed}


@lru_cache(maxsize=256)
def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


def is_measure(word: str, texts: Sequence[str]) -> bool:
    """A till word followed, nearly each time, by a pour's centilitres ("cora 15")."""
    seen = 0
    sizes: list[int] = []
    for text in texts:
        folded = fold(text)
        seen += len(re.findall(rf"\b{word}\b", folded))
        sizes += [
            int(number)
            for head, number in _WORD_NUMBER.findall(folded)
            if head == word and 1 < int(number) <= MAX_MEASURE_CL
        ]
    # a measure takes a few sizes again and again (10 and 15 cl), each a size drinks are
    # sold in; ages or years vary, and a colour's word before two-digit vintages ("Biancu
    # 21", "Biancu 23": Corsican white) is followed by no pour's size
    return (
        seen > 0
        and len(sizes) >= MEASURE_FOLLOWED * seen
        and len(set(sizes)) <= MAX_SIZES
        and all(Decimal(size) in SIZES for size in sizes)
    )


@cache
def _pour_words() -> frozenset[str]:
    """The words of a pour: a glass, a dose, a demi ("DOSE", "VRE", "CP", "PINTE")."""
    return frozenset(word for word, kind in tables().serving.items() if kind in ("glass", "dose"))


# the measure a till writes last, after a mark: "MACON.VIL.JADOT.23*V" (a glass), "FELINES
# JOURDAN#BT", "KRO.1664*25", "1664#PT", "RG CIMELS 22/V"
# ...or a size key's code after a space ("POL ROGER BRUT RES #150")
_MARKED = re.compile(
    r"(?:(?<=[^\s*#/])|(?<=[^\s*#/] )(?=#\d))([*#/])\s?([a-z]{1,4}\d{0,3}|\d{2,3})\s*$",
    re.IGNORECASE,
)
CODED_SIZE_DIGITS = 3  # a size key's code: the centilitres on three digits ("#075")
MIN_MARKED_SHARE = 0.3  # a till that marks its measures does it on this share of labels
MIN_MARK_MEASURES = 2  # ...with at least this many of its codes measures
MIN_MEASURE_CODES = 0.6  # ...and this share of them
# a measure's initial alone after the mark
MARK_INITIALS = {"v": "verre", "d": MARKED_D, "b": "bouteille"}


def measure_mark(texts: Sequence[str]) -> str | None:
    """The mark a till writes its measure after, last ("*V", "#BT"), when it does so on
    many labels and its codes are measures: serving words, their initials, sizes."""
    found = [m for m in (_MARKED.search(text) for text in texts) if m is not None]
    marks = Counter(match.group(1) for match in found)
    if not marks:
        return None
    mark, count = marks.most_common(1)[0]
    if count < max(MIN_SIZED_LABELS, MIN_MARKED_SHARE * len(texts)):
        return None
    codes = {fold(match.group(2)) for match in found if match.group(1) == mark}
    measures = sum(1 for code in codes if _marked_measure(code) is not None)
    # (nearly all its codes: an article number after the mark may read as a size, "#150")
    enough = measures >= MIN_MARK_MEASURES and measures >= MIN_MEASURE_CODES * len(codes)
    return mark if enough else None


def read_mark(text: str, mark: str) -> str:
    """A label with the measure after the till's mark read as words ("…*V" → "… verre")."""
    match = _MARKED.search(text)
    if match is None or match.group(1) != mark:
        return text
    words = _marked_measure(fold(match.group(2)))
    if words is None or words == fold(match.group(2)):
        return text  # "…202*BTL": read as the till wrote it
    return f"{text[: match.start()]} {words}"


def _marked_measure(code: str) -> str | None:
    serving = tables().serving
    if code in MARK_INITIALS:
        return MARK_INITIALS[code]
    if code.isdigit():
        # ...or a size key's centilitres on three digits ("#075", "#150", "#012", "#004")
        size = code.lstrip("0") if len(code) == CODED_SIZE_DIGITS else code
        if size in CONTAINERS:
            return f"{CONTAINERS[size]}cl"
        return (
            f"{size}cl"
            if size and len(code) == CODED_SIZE_DIGITS and Decimal(size) in SIZES
            else None
        )
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    if letters in serving or (digits and coded_size(letters, digits) is not None):
        return code  # "BT", "VRE15", "C50": read as the till wrote them
    return None
