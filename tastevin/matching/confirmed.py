"""Confirmed pairs: labels the restaurant already linked, looked up by normalised key.

The caller stores the pairs (label_key -> entry id) and passes them in; a label whose key
is equal, or nearly equal with the same vintage and format, ranks its entry first."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz, process

from tastevin.matching.normalise import label_key
from tastevin.matching.types import LibraryEntry

NEAR_IDENTICAL = 90


class ConfirmedPairs:
    def __init__(self, pairs: Mapping[str, str], entries: Mapping[str, LibraryEntry]) -> None:
        self._pairs = {key: entry_id for key, entry_id in pairs.items() if entry_id in entries}
        self._entries = entries
        self._by_tail: dict[str, list[str]] = {}
        for key in self._pairs:
            words, _, tail = key.partition("|")
            self._by_tail.setdefault(tail, []).append(words)

    def lookup(self, label: str) -> LibraryEntry | None:
        if not self._pairs:
            return None
        key = label_key(label)
        entry_id = self._pairs.get(key)
        if entry_id is None:
            words, _, tail = key.partition("|")
            found = process.extractOne(
                words, self._by_tail.get(tail, []), scorer=fuzz.ratio, score_cutoff=NEAR_IDENTICAL
            )
            if found is not None:
                entry_id = self._pairs[f"{found[0]}|{tail}"]
        return self._entries[entry_id] if entry_id is not None else None
