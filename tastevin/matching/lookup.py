"""Which library words a label word can stand for: exact, truncated, abbreviated or
misspelt. Uses rapidfuzz's C++ scorers over the precomputed vocabulary."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

EXACT = 1.0
PREFIX = 0.9
PREFIX_OF_KNOWN = 0.6
TYPO = 0.85
NEAR_TYPO = 0.7
ABBREVIATION = 0.7
_MAX_PREFIX_HITS = 60
_CACHE_SIZE = 4096


_VOWELS = frozenset("aeiouy")


def _abbreviated(word: str) -> bool:
    """A word that can be an abbreviation: one that drops vowels ("PTES", "CTE", "MTRCH"),
    not a whole word of its own ("COCA" is no abbreviation of "corsica")."""
    return len(word) < 3 or sum(char in _VOWELS for char in word[1:]) * 3 <= len(word)


_SOUNDS = (("ck", "k"), ("x", "ks"), ("q", "k"), ("ph", "f"), ("ou", "u"), ("y", "i"))
_HARD_C = re.compile(r"c(?=[aou]|$)")
_LATE_H = re.compile(r"(?<=.)h")
_DOUBLE = re.compile(r"(.)\1+")
_LATE_VOWEL = re.compile(r"(?<=.)[aeiou]")
MIN_SOUND = 4  # a word this long at least may be another spelling of a library word...
MIN_SKELETON = 3  # ...whose consonants are as many
MAX_SOUND_GAP = 3  # ...and whose length differs by this much at most...
SOUND_RATIO = 80  # ...and that sounds nearly the same ("KFRAYA", Kefraya; not "BARRAIL")


def sound(word: str) -> str:
    """A word as it sounds, whichever transliteration spells it ("Ixsir" and "IKSIR",
    "arak" and "araq", "Wardy" and "WARDI", "Mousar" and "Musar" sound alike)."""
    for written, spoken in _SOUNDS:
        word = word.replace(written, spoken)
    return _DOUBLE.sub(r"\1", _LATE_H.sub("", _HARD_C.sub("k", word)))


def skeleton(word: str) -> str:
    """Its first letter and consonants: the words worth comparing by sound."""
    return _LATE_VOWEL.sub("", sound(word))


class TokenLookup:
    """Maps one label word to {library word: grade}. Cached per word."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.vocab = list(vocab)
        self.known = frozenset(vocab)
        self._cache: dict[str, dict[str, float]] = {}
        self._sounds: dict[str, list[str]] = {}
        for other in self.vocab:
            if len(other) >= MIN_SOUND and other.isalpha():
                self._sounds.setdefault(skeleton(other), []).append(other)

    def clear_cache(self) -> None:
        self._cache.clear()

    def matches(self, word: str) -> dict[str, float]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._compute(word)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _compute(self, word: str) -> dict[str, float]:
        found: dict[str, float] = {}
        exact = word in self.known
        if exact:
            found[word] = EXACT
        if len(word) >= 3:
            for other in self._prefixed(word):
                found.setdefault(other, PREFIX_OF_KNOWN if exact else PREFIX)
        if exact or word.isdigit() or len(word) < 2:
            return found
        if len(word) >= 5:
            for other, score, _ in process.extract(
                word, self.vocab, scorer=fuzz.ratio, score_cutoff=84, limit=8
            ):
                if other[0] == word[0] and abs(len(other) - len(word)) <= 2:
                    if word.startswith(other) and len(word) - len(other) > 1:
                        continue  # "courvoisierxo": a word with another glued on, no typo
                    found.setdefault(other, TYPO if score >= 87 else NEAR_TYPO)
        if not found and len(word) >= MIN_SOUND and word.isalpha():
            key = skeleton(word)
            spoken = sound(word)
            for other in self._sounds.get(key, ()) if len(key) >= MIN_SKELETON else ():
                close = fuzz.ratio(spoken, sound(other)) >= SOUND_RATIO
                if close and abs(len(other) - len(word)) <= MAX_SOUND_GAP:
                    found.setdefault(other, NEAR_TYPO)  # "IKSIR" is Ixsir, "araq" arak
        if len(word) <= 6 and word.isalpha() and _abbreviated(word):
            for other, _, _ in process.extract(
                word, self.vocab, scorer=LCSseq.similarity, score_cutoff=len(word), limit=None
            ):
                if other[0] == word[0] and len(word) < len(other) <= 4 * len(word) + 1:
                    found.setdefault(other, ABBREVIATION)
        return found

    def _prefixed(self, word: str) -> list[str]:
        start = bisect_left(self.vocab, word)
        hits: list[str] = []
        for other in self.vocab[start : start + _MAX_PREFIX_HITS]:
            if not other.startswith(word):
                break
            if other != word:
                hits.append(other)
        return hits
