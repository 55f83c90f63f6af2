"""Short-lists the wine families worth scoring for one label, without visiting the
whole library in Python: postings of the label's words plus one rapidfuzz pass over
the precomputed family texts."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from tastevin.matching.index import LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.scoring import INITIALISM, LabelView
from tastevin.matching.types import ParsedLabel

SHORT_LIST = 30
FUZZY_LIST = 10
UNKNOWN_WEIGHT = 1.0


def label_view(parsed: ParsedLabel, index: LibraryIndex, lookup: TokenLookup) -> LabelView:
    table = index.table
    colour_words = set(table.colour_words.values())
    words = tuple(
        word for word in parsed.tokens if word not in table.stopwords and word not in colour_words
    )
    matches = tuple(lookup.matches(word) for word in words)
    weights = []
    for word, found in zip(words, matches, strict=True):
        if word in lookup.known or len(word) == 1:
            weights.append(index.weight(word))
        elif found:
            weights.append(max(index.weight(other) for other in found))
        else:
            weights.append(UNKNOWN_WEIGHT)
    return LabelView(parsed, words, tuple(weights), matches)


def short_list(view: LabelView, index: LibraryIndex) -> list[int]:
    scores: dict[int, float] = defaultdict(float)
    common = max(50, len(index.families) // 5)
    for word, weight, found in zip(view.words, view.weights, view.matches, strict=True):
        for other, grade in found.items():
            numbers = index.postings[other]
            if len(numbers) <= common:
                for number in numbers:
                    scores[number] += weight * grade
        for number in index.initial_postings.get(word, ()) if len(word) > 1 else ():
            scores[number] += weight * INITIALISM
    ranked = sorted(scores, key=lambda number: -scores[number])[:SHORT_LIST]
    if view.parsed.text:
        for _, _, number in process.extract(
            view.parsed.text, index.texts, scorer=fuzz.token_set_ratio, limit=FUZZY_LIST
        ):
            if number not in scores:
                ranked.append(number)
    return ranked
