"""Accent- and case-insensitive search ("chateau" finds "Château", "moet" finds "Moët").

SQLite has no accent folding and PostgreSQL's unaccent is an extension we cannot count
on, so the words are folded in Python over the few columns searched (a restaurant's
library and POS products are thousands of short rows), and the database is then asked for
the matching ids only."""

from __future__ import annotations

from collections.abc import Iterable

from tastevin.matching.folding import fold


def search_words(query: str) -> list[str]:
    """The query's words, folded; empty when there is nothing to search for."""
    return fold(query).split()


def matches(words: list[str], *texts: object) -> bool:
    """Every word of the query is in one of the texts (accents and case ignored)."""
    haystack = " ".join(fold(str(text)) for text in texts if text is not None)
    return all(word in haystack for word in words)


def matching_ids(words: list[str], rows: Iterable[tuple[object, ...]]) -> list[int]:
    """Ids (first column) of the rows whose other columns contain every word."""
    return [int(str(row[0])) for row in rows if matches(words, *row[1:])]
