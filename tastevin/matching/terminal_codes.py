"""The codes a terminal writes before the item, in most of a connection's labels: a
table's or a key's letters and number, a clock time, an order's or a pass's id ("TERR2
11:03 #DBF9 apremont …", "T03", "#D208"); never a measure, a volume or a year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tastevin.matching.fields import MIN_FIELDED, SIGNED_COUNT, UNIT
from tastevin.matching.folding import fold
from tastevin.matching.measure_codes import measure_code, measure_initial
from tastevin.matching.normalise import parse_label

# a code a terminal writes before the item: letters and digits, a clock time, a pass's or
# an order's id ("TERR2", "T03", "11:41", "#D208"); never a measure, a volume or a year
_CODE = re.compile(r"[#\w:.\-]*(?:[a-z#:][#\w:.\-]*\d|\d[#\w:.\-]*[a-z#:])[#\w:.\-]*")
_LETTERED = re.compile(r"([a-z]{1,4})(\d{1,4})")
_HEX_ID = re.compile(r"(?:#|[a-z]{1,4}-)(?=[a-f]*\d)[0-9a-f]{4,8}")  # also "FV-7DC6C"
MAX_CODES = 3  # a terminal writes this many such columns first at most
MAX_CODE_LETTERS = 4  # a code holds this many letters at most
MIN_CODED_SHARE = 0.5  # ...before this share of its labels at least


@lru_cache(maxsize=4096)
def _leading_code(token: str) -> bool:
    folded = fold(token)
    if _HEX_ID.fullmatch(folded) or SIGNED_COUNT.fullmatch(folded):
        return True  # an order's, a pass's or a voucher's id ("#ADFB6B", "FV-7DC6C"); a
        # journal's count: "+1", "-1"
    letters = sum(char.isalpha() for char in folded)
    if letters > MAX_CODE_LETTERS or _CODE.fullmatch(folded) is None:
        return False  # "11:MUSCADET": an article number glued to the drink's first word
    lettered = _LETTERED.fullmatch(folded)
    if (
        lettered is not None
        and not measure_code(*lettered.groups())
        and not measure_initial(lettered.group(1))
    ):
        return True  # a table's or a key's number ("T10", "K47"), whatever size it reads as
    parsed = parse_label(token)  # "B70", "VRE12", "4CL": the measure, read
    return not UNIT.search(folded) and parsed.serving is None and parsed.volume_cl is None


def learn_codes_first(labels: Sequence[str]) -> bool:
    """The terminal starts most of its labels with codes (see ``_CODE``)."""
    coded = sum(1 for label in labels if strip_codes(label) != label)
    return coded >= max(MIN_FIELDED, MIN_CODED_SHARE * len(labels))


def strip_codes(label: str) -> str:
    """The label without the codes its terminal writes first, and a word between them
    (its name: "SNACK 10:23 #AE5F apremont …")."""
    tokens = label.split()
    head = tokens[: MAX_CODES + 1]
    coded = [index for index, token in enumerate(head) if _leading_code(token)]
    if not coded:
        return label
    start = end = coded[0]
    while end + 1 in coded:
        end += 1  # the run of codes from the first one
    # codes from the first token, or two or more after a word (the terminal's name)
    if start > 1 or (start == 1 and end == start) or end + 1 >= len(tokens):
        return label
    return " ".join(tokens[end + 1 :])
