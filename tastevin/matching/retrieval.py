"""Short-lists the wine families worth scoring for one label, without visiting the
whole library in Python: postings of the label's words plus one rapidfuzz pass over
the precomputed family texts."""

from __future__ import annotations

import heapq
from collections import defaultdict

from rapidfuzz import fuzz, process

from tastevin.matching.coverage import INITIALISM, LabelView
from tastevin.matching.index import LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.normalise import degree_number
from tastevin.matching.types import ParsedLabel

SHORT_LIST = 14
FUZZY_LIST = 5
COMMON = 150  # words shared by more families than this cannot tell them apart
UNKNOWN_WEIGHT = 1.0
COLOUR_IN_NAME = 0.2  # a colour word can be a name ("Château Rouge", a beer)


def label_view(parsed: ParsedLabel, index: LibraryIndex, lookup: TokenLookup) -> LabelView:
    table = index.table
    colour_words = set(table.colour_words.values())
    words = tuple(
        word for word in parsed.tokens if word not in table.stopwords and word not in colour_words
    )
    matches = tuple(_matches(word, lookup) for word in words)
    weights = []
    for word, found in zip(words, matches, strict=True):
        number = degree_number(word)
        if number is not None:
            # a degree explains the drink whose name holds it ("Blanc 50°"); another
            # drink's name holding another is a conflict (scoring); else it says nothing
            weights.append(index.weight(number) if number in lookup.known else 0.0)
        elif word in parsed.bound:
            weights.append(UNKNOWN_WEIGHT)  # "Grands-": a name's word, not a generic one
        elif word in lookup.known or len(word) == 1:
            weights.append(index.weight(word))
        elif found:
            weights.append(max(index.weight(other) for other in found))
        else:
            weights.append(UNKNOWN_WEIGHT)
    return LabelView(parsed, words, tuple(weights), matches)


def _matches(word: str, lookup: TokenLookup) -> dict[str, float]:
    number = degree_number(word)
    if number is None:
        return lookup.matches(word)
    return {number: 1.0} if number in lookup.known else {}


def short_list(view: LabelView, index: LibraryIndex) -> list[int]:
    """Families ranked by how much of the label their words explain (per word, the best
    grade), plus the best whole-text fuzzy matches."""
    scores: dict[int, float] = defaultdict(float)
    for word, weight, found in zip(view.words, view.weights, view.matches, strict=True):
        best: dict[int, float] = {}
        for other, grade in found.items():
            numbers = index.postings[other]
            if len(numbers) <= COMMON:
                for number in numbers:
                    if grade > best.get(number, 0.0):
                        best[number] = grade
        if len(word) > 1:
            for number in index.initial_postings.get(word, ())[:COMMON]:
                best.setdefault(number, INITIALISM)
        for number, grade in best.items():
            scores[number] += weight * grade
    token = view.parsed.vintage_token
    if token is not None and len(token) == 2:
        # "51", "1664 ... 16": a two-digit number may be a drink's name, not a vintage
        for number in index.postings.get(token, ())[:COMMON]:
            scores[number] += UNKNOWN_WEIGHT
    colour = view.parsed.colour
    if colour is not None:
        for number in index.postings.get(colour, ())[:COMMON]:
            scores[number] += COLOUR_IN_NAME
    ranked = heapq.nlargest(SHORT_LIST, scores, key=scores.__getitem__)
    if view.parsed.text:
        for _, _, number in process.extract(
            " ".join(sorted(view.words)), index.texts, scorer=fuzz.ratio, limit=FUZZY_LIST
        ):
            if number not in ranked:
                ranked.append(number)
    return ranked
