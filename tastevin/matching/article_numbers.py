"""The article numbers a till writes before or after its labels (issue 11), learnt from one
connection's labels: a PLU or an SKU before ("0412 CHIANTI", "BAR-683 | …", "[PRIV 24-136]
3 × …"), a number after ("CHIANTI #412"). They are no part of the drink's name; numbers
before most labels that read as years are vintages, and codes that read as measures
("D4", "B70") are the sale's measure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tastevin.matching.folding import fold
from tastevin.matching.measure_codes import coded_size, measure_code
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import sizes_first

# article numbers (PLU) a till puts before or after its labels: "0412 CHIANTI", "12 - x",
# "A12 BAROLO", "BAR-683 | …" (a SKU's letters and number), a table's ("TERR3 …");
# "CHIANTI #412", "CHIANTI (412)"; an export's order code, then the quantity ("[PRIV
# 24-136] 3 × Magnum …"); a quantity, then the article number ("2 x 11768 VB VRE …", a
# register's journal); an account and its article ("707110.5063 Dom. Sigalas …"); never
# a clock's time ("12:48 T11 …"); a touch screen's button, its page, then its row and
# column ("P3.A2 VIN JAUNE …": one code, never a page and a dose of 2 cl); a journal's day
# and month, then the count ("26/05 1 bout. calva …"); a count in brackets ("[2] Badoit");
# a wine list's bin ("N°139 Ruinart …").
# (Before: also a quantity "1x " or a price "12,50 " written first by some tills.)
LEAD = re.compile(
    r"^\s*(?:\[[a-z]{1,6} ?[\d-]{1,12}\] *)?(?:(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2]) +)?"
    r"(?:\d{1,3} ?[x×] +(?=[a-z]{0,3}-?\d{3}))?"
    r"(?!(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d))(?:#|n[°º] ?)?\[?([a-z]{0,4})-?(\d{1,6})"
    r"(?:[.,]\d{1,2}|[.\-/]\d{3,6}|\.[a-z]\d{1,2}(?=\s))?"
    r"(?: ?[x×]|€|eur)?(?:\s*[-–.:;|/·)\]*]\s*|\s+)(?=\S)(?!(?:cl|ml|dl|lt?|oz|litres?)\b(?!'))"
)  # also a quantity or a price the till puts first: "1x ", "12,50 "; never a volume
# ("tulipe 35 cl d'Hennessy" is a 35 cl pour)
# ...or a bare number of three digits or more, a price in cents or an article number
# ("x1 dassai 45 go 2500"), on a till that ends most labels so, never a year
TRAIL = re.compile(r"\s*(?:#\s?\d{1,6}|\(\d{1,6}\)|\[\d{1,6}\]|(?<=\s)\d{3,6})\s*$")
MEASURE_CODE_SHARE = 0.8  # leading codes that nearly all read as measures are measures
MIN_NUMBERED_SHARE = 0.5  # a till that numbers its articles numbers most of them
MIN_NUMBERED_LABELS = 3  # ...and at least this many


# ...or a web shop's SKU alone in brackets, its family's letters first ("[VIN-6298] Morgon")
_BRACKETED = re.compile(r"^\s*\[([a-z]{1,6})[ -]?(\d{1,8})\]\s*(?=\S)")


def _lead(folded: str) -> re.Match[str] | None:
    return LEAD.match(folded) or _BRACKETED.match(folded)


def without_numbers(label: str, lead: tuple[int, int] | None, trail: bool) -> str:
    """The label without the article numbers the till writes before it (of these many
    digits) or after it."""
    if lead is not None:
        match = _lead(fold(label))
        if (
            match is not None
            and lead[0] <= len(match.group(2)) <= lead[1]
            and not measure_code(match.group(1), match.group(2))
        ):
            # (a measure's code is the sale's measure: "PICH50 CDR" of a till numbering
            # its tables, "T4 VR CDR")
            label = _counted_measure(_count_dropped(label[match.end() :]))
    if trail:
        match = _trail(label)
        if match is not None and match.start() > 0:
            label = label[: match.start()]
    return label


# a measure's word in the plural after the count ("4 doses calva", "2 pichets 50 rouge")
# ...not a name's ("2 Quarts de Chaume")
_PLURAL_FIRST = re.compile(r"^\s*([^\W\d_]{4,}?)s\b(?!\s+d[eu]\b)", re.IGNORECASE)


# the count after a room's or a table's number, before the measure ("ch8 1 demi …",
# "ch22 2 33cl ipa", "ch13 1 1/2 btlle")
_COUNT = re.compile(r"^\s*[1-9]\s+(?=\d{1,3}(?:[.,]\d{1,2})?\s?(?:cl|ml|l)\b|1/2\b|([^\W\d_]+))")


def _count_dropped(label: str) -> str:
    match = _COUNT.match(label)
    if match is None:
        return label
    word = fold(match.group(1) or "")
    serving = tables().serving
    if match.group(1) is not None and word not in serving and word[:-1] not in serving:
        return label  # "12 ans", "3 Rivières": a name's number
    return label[match.end() :]


def _counted_measure(label: str) -> str:
    """The measure said first in the plural, after the count a journal writes before it,
    read in the singular ("doses calva": "dose calva"); anywhere else a plural is a name's
    ("Quarts de Chaume") or an extra's ("+ 4 verres")."""
    match = _PLURAL_FIRST.match(label)
    if match is None or fold(match.group(1)) not in tables().serving:
        return label
    return label[: match.end(1)] + label[match.end() :]


def _trail(label: str) -> re.Match[str] | None:
    """The number a till writes after a label, unless it is a year (a vintage written last)."""
    match = TRAIL.search(label)
    if match is None:
        return None
    number = match.group(0).strip(" #()[]")  # "(2015)": a vintage in brackets
    if number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2040:
        return None
    return match


def article_numbers(texts: Sequence[str]) -> tuple[tuple[int, int] | None, bool]:
    """Article numbers the till writes before (the range of their digit counts) or after
    its labels. Numbers before most labels that read as years are vintages, not codes."""
    leads = [m for m in (_lead(fold(text)) for text in texts) if m is not None]
    lead = None
    if (
        texts
        and len(leads) >= MIN_NUMBERED_SHARE * len(texts)
        and len(leads) >= MIN_NUMBERED_LABELS
    ):
        years = sum(
            1
            for m in leads
            if not m.group(1) and len(m.group(2)) == 4 and 1900 <= int(m.group(2)) <= 2040
        )
        # measure codes glued to their volume ("D4 ST JAMES", "B70 …", "P25 …") say the
        # serving: a till whose leading codes nearly all read so numbers no articles
        measures = sum(1 for m in leads if coded_size(m.group(1), m.group(2)) is not None)
        # ...and bare numbers that are nearly all sizes, few of them, are the measure's
        # centilitres written first ("FL/33 Guinness", "FL/50 Erdinger"), a PLU differs
        # from one product to the next
        sized = sizes_first(texts)
        if not sized and years < len(leads) / 2 and measures < MEASURE_CODE_SHARE * len(leads):
            sizes = sorted(len(m.group(2)) for m in leads)
            lead = (sizes[len(sizes) // 20], sizes[-1 - len(sizes) // 20])
    trails = sum(1 for text in texts if _trail(text))
    trail = bool(texts) and trails >= max(MIN_NUMBERED_LABELS, MIN_NUMBERED_SHARE * len(texts))
    return lead, trail
