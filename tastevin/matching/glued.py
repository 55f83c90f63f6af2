"""Words a till glued together, split into the library's words ("REMYMARTIN", "CHTLA",
"JMBROCARD"): the fewest known pieces, a stop word costing a little more, the last piece
possibly the start of a word the till cut. Shared by the label reader and by the detection
of a till's families (a recurring glued producer is no family code)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from tastevin.matching.tables import tables

MIN_GLUED = 6  # shorter unknown words are abbreviations, not two glued words
MAX_PIECES = 4  # a glued word is split into at most this many known words
MIN_GLUED_STUB = 4  # a glued last word may end in the start of a word the till cut
_ARTICLES = frozenset({"la", "le", "les", "du", "des", "de"})
_ESTATE_WORDS = ("chateau", "domaine", "clos")  # "DOM" of domaine, cut short
MIN_ESTATE_STUB = 3
_ELIDED = frozenset({"d", "l", "a"})  # "barberadalba": Barbera d'Alba, "moulinavent": Moulin-à-Vent


def unglue(word: str, vocabulary: frozenset[str], stubs: Sequence[str] = ()) -> list[str]:
    """A word unknown to the library split into known words: the fewest pieces (up to
    four, a stop word counting half again), the longer left part first ("remymartin" ->
    "remy martin", "glsmondeusearbin" -> "gls mondeuse arbin", "closdela" -> "clos de
    la", "barberadalba" -> "barbera d alba"); unchanged when no split explains it.
    `stubs` (the sorted vocabulary): its last piece may be the start of a word, which the
    till cut or the staff shortened ("montepulcianomascia" -> "... mascia",
    "larosetrint" -> "larose trint")."""
    if word in vocabulary or not word.isalpha():
        return [word]
    if len(word) < MIN_GLUED:
        return _estate_article(word) or [word]
    for inner in (True, False):
        found = _split(word, vocabulary, stubs, inner)
        if found is not None and _stems_apart(found, vocabulary):
            return list(found)
    for cut in (1, 2, 3):
        # initials glued to a name ("JMBROCARD", "EGUIGAL"): the initials stand alone
        if len(word) - cut >= MIN_GLUED - 1 and word[cut:] in vocabulary:
            return [word[:cut], word[cut:]]
    return [word]


def _split(
    word: str, vocabulary: frozenset[str], stubs: Sequence[str], inner: bool
) -> tuple[str, ...] | None:
    """The cheapest split of `word` into two pieces or more (see `unglue`); `inner`: a
    piece before the last may be a stem too."""
    stop = tables().stopwords
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (len(word) + 1)
    best[0] = (0.0, ())
    for start in range(len(word)):
        here = best[start]
        if here is None or len(here[1]) >= MAX_PIECES:
            continue
        for end in range(len(word), start, -1):
            piece = word[start:end]
            extra = 0.0
            if piece not in vocabulary or (len(piece) == 1 and piece not in _ELIDED):
                last = end == len(word)
                if (not last and not inner) or len(piece) < MIN_GLUED_STUB:
                    continue
                if not starts(piece, stubs):
                    continue
                # a cut word explains less than a whole one; a staff's stem before another
                # word ("GRIMBLONDE": Grimbergen Blonde) less again
                extra = 1.0 if last else 1.5
            if len(piece) == 1 and (start == 0 or end == len(word)):
                continue  # an elision stands between two words
            cost = here[0] + 1.0 + extra + (0.5 if piece in stop else 0.0)
            known = best[end]
            if known is None or cost < known[0]:
                best[end] = (cost, (*here[1], piece))
    found = best[len(word)]
    return found[1] if found is not None and len(found[1]) > 1 else None


def _stems_apart(pieces: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    """A stem inside the word stands before a whole word of its own ("GRIM|BLONDE"), not
    before a scrap ("SUPERI|OR", "NAOU|SA": a word the library spells otherwise)."""
    return all(
        piece in vocabulary or len(following) >= MIN_GLUED_STUB
        for piece, following in pairwise(pieces)
    )


def _estate_article(word: str) -> list[str] | None:
    """A short word that is an estate's word glued to its article ("CHTLA CANORGUE",
    "DOMLA VIVONNE", "CHDU"): the two words, or None."""
    table = tables()
    for cut in range(2, len(word) - 1):
        head, article = word[:cut], word[cut:]
        if article not in _ARTICLES:
            continue
        spelt = table.tokens.get(head, (head,))
        if any(w in table.generic for w in spelt) or (
            len(head) >= MIN_ESTATE_STUB and any(g.startswith(head) for g in _ESTATE_WORDS)
        ):
            return [head, article]
    return None


def starts(stub: str, ordered: Sequence[str]) -> bool:
    """Some word of the sorted vocabulary starts with `stub` and is longer."""
    at = bisect_left(ordered, stub)
    if at < len(ordered) and ordered[at] == stub:
        at += 1
    return at < len(ordered) and ordered[at].startswith(stub)
