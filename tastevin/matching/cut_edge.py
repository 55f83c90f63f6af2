"""The words a till cut short, read as the words they start.

A till cuts every label at its width, so the last word may be a stub: a colour
(`SANCERRE ROU`), the one word that follows the house's name (`CHEVERNY R`), a number of
the name or a vintage cut short (`FERRAND 184`, `VILLENEUVE 2`), a word of the sale
(`AFFLIGEM PRES`). Staff cut words anywhere too (`MOELL.`, `GIRA KRON`). A stub is read
as the word it starts where the library, or the words of a sale, say which one; else it
is set aside. ``CutWords`` is built once per library by the ``LabelReader``
(``reading.py``), which hands it each label it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cache

from tastevin.matching.folding import WORD
from tastevin.matching.glued import starts
from tastevin.matching.index import LibraryIndex
from tastevin.matching.measure_codes import DRAUGHT
from tastevin.matching.tables import tables

# a word cut anywhere (not a till's measure word before its centilitres, "cora 10")
_MIDDLE_WORD = re.compile(r"(?<![a-z0-9'])([a-z]{4,})(?![a-z0-9'])(\s*\d)?")
_STILL_COLOURS = frozenset({"rouge", "blanc", "rose"})
_LAST_WORD = re.compile(r"(?<![a-z0-9])([a-z]{3,})\s*$")  # a longer word at the cut
# a number at the cut: "FERRAND 184", "VR.BRIORDS.2" (a dot between words, not a decimal's)
_NUMBER_EDGE = re.compile(r"(?<![a-z0-9,'])(?<!\d\.)(\d{1,3})\s*$")
# what the cut leaves of a vintage: one digit ("19", "20" are two-digit vintages whole,
# three digits are read as cut already)
_YEAR_START = re.compile(r"^[12]$")
_EDGE = re.compile(r"(?<![a-z0-9])([a-z]{1,2})\s*$")  # a one- or two-letter word at the cut
MIN_COLOUR_CODE, MAX_COLOUR_CODE = 3, 4  # a colour cut to a family's code ("ROU", "BLA")
MIN_COMPLETED = 4  # shorter abbreviations ("SA" of sans alcool) are no cut word
MAX_BESIDE = 12  # a stub is read among the drinks of a house, not of a whole region


class CutWords:
    """One library's words that a stub may start, and the reading of stubs with them."""

    def __init__(
        self, index: LibraryIndex, words: frozenset[str], follows: Mapping[str, set[str]]
    ) -> None:
        self.index = index
        self.words = words  # the words a label may hold, the library's and the tills'
        self._next = follows  # the words that follow a word in the library's names

    def stemmed(self, stem: str) -> list[str]:
        """The library's words that a stem of MIN_COMPLETED letters or more starts."""
        if len(stem) < MIN_COMPLETED:
            return []
        vocab = self.index.vocab
        start = bisect_left(vocab, stem)
        found = []
        for token in vocab[start : start + MAX_BESIDE]:
            if not token.startswith(stem):
                break
            found.append(token)
        return found

    def at_cut(self, folded: str) -> str:
        """The label's last word, which the till cut at its width: a stub read as the word
        it starts where the library says which, or set aside."""
        table = self.index.table
        number = _NUMBER_EDGE.search(folded)
        if number is not None:
            stub = number.group(1)
            before = WORD.findall(folded[: number.start(1)])
            starts = self.beside(before[-1], stub) if before else set()
            if _YEAR_START.match(stub) and starts and min(map(len, starts)) > len(stub) + 1:
                # "1/2 M DE MINUTY 2": Minuty 281's, or a vintage cut short ("LAMBIG 1": 10)
                return folded
            if len(starts) == 1:
                return folded[: number.start(1)] + starts.pop()  # "FERRAND 184": 1840
            if _YEAR_START.match(stub):
                return folded[: number.start(1)]  # "VILLENEUVE 2": a vintage cut short
            return folded
        folded = self._colour_cut(self._sale_word_cut(folded))
        edge = _EDGE.search(folded)
        if edge is None:
            return folded
        stub = edge.group(1)
        # (an initial is no word of a name: "L D OR" goes on from "muscadet")
        before = [word for word in WORD.findall(folded[: edge.start(1)]) if len(word) > 1]
        follows = self._next.get(before[-1], set()) if before else set()
        start = _measure_start(stub, table.serving)
        nexts = {word for word in follows if word.startswith(stub)}
        grade = stub in table.spirit_grades
        if not nexts and before and len(stub) > 1 and not grade:
            # "DOSE DOLIN GE", "CHART JA": the one word it starts among the drinks of the
            # word before it (Dolin's Génépi, Chartreuse Jaune)
            nexts = self.beside(before[-1], stub)
        colour = table.end_colours.get(stub)
        if colour is not None and len(nexts) == 1:
            other = table.colour_words.get(next(iter(nexts)))
            if other is not None and other != colour and self._holds(before[-1], colour):
                # "ROMANIS PRESTIGE R": its red, not the Prestige Rosé of another house
                nexts, start = set(), stub
        if nexts:
            start = None  # the start of the drink's next word, not a measure
        if len(nexts) == 1 and (len(stub) > 1 or stub in table.end_colours):
            # ("CHEVERNY R": its Rouge, the one word after Cheverny that R starts)
            start = nexts.pop()  # "DOM.CHEVALIER.BL": the one word it starts there
        elif grade or (len(stub) > 1 and stub in table.colour_words):
            # "DOSE HENNESSY XO": a grade is whole, said or not cut; "JAUBERTIE RG": a
            # colour's abbreviation
            start = stub
        elif start is None and len(stub) == 2 and self._said_whole(stub):
            start = stub  # "VR ST VERNY PN": an abbreviation of the library's words, whole
        elif start is None and len(stub) == 2 and len(sale := self._sale_starts(stub)) == 1:
            start = sale.pop()  # "DRAPPIER BRUT NA": its Brut Nature, a sale's word
        elif start is None:
            # one letter is an initial ("PERRIER J" for Jouët), not the colour a last R or
            # B says on an uncut label; two letters say nothing
            start = stub if len(stub) == 1 and stub not in table.end_colours else ""
        return folded[: edge.start(1)] + start

    def _colour_cut(self, folded: str) -> str:
        """A last word that is a colour cut short ("SANCERRE ROU", "GRAVES BLAN"): that
        colour, when the word before names a still wine and no other word of its drinks
        starts so."""
        last = _LAST_WORD.search(folded)
        if last is None:
            return folded
        stub = last.group(1)
        colour = cut_colour(stub)
        if colour is None or stub in self.words:
            return folded
        before = WORD.findall(folded[: last.start(1)])
        if not before or not self._still(before[-1]):
            return folded  # ("B DE BLAN": a phrase cut short; "MARTINI BLAN": no wine's)
        if self.beside(before[-1], stub) - self.index.table.colour_words.keys():
            return folded  # (a word of the drinks named before it starts so: no colour)
        return folded[: last.start(1)] + colour

    def _still(self, word: str) -> bool:
        """The word names a still wine of the library, whose colour a label may say."""
        return any(self._holds(word, colour) for colour in _STILL_COLOURS)

    def _holds(self, word: str, colour: str) -> bool:
        """The word names a wine of that colour in the library."""
        index = self.index
        return any(
            index.families[number].colour == colour for number in index.postings.get(word, ())
        )

    def _said_whole(self, stub: str) -> bool:
        """A two-letter abbreviation whose words the library holds ("pn": pinot noir)."""
        words = self.index.table.tokens.get(stub, ())
        return bool(words) and all(word in self.words for word in words)

    def sale_words_cut(self, folded: str) -> str:
        """Words cut short anywhere on the label, each the start of the one word of the
        sale it can be, no word of the library beginning so ("PACHERENC MOELL. CH D'AY",
        "GIRA KRON": moelleux, girafe)."""
        return _MIDDLE_WORD.sub(
            lambda m: self._sale_word(m.group(1), bool(m.group(2))) + (m.group(2) or ""), folded
        )

    def _sale_starts(self, stub: str) -> set[str]:
        """The words of a sale that `stub` starts, itself not one."""
        return {word for word in _sale_words() if word.startswith(stub) and word != stub}

    def _sale_word(self, stub: str, numbered: bool) -> str:
        if stub in self.words:
            return stub
        found = self._sale_starts(stub)
        if len(found) != 1:
            return stub
        word = found.pop()
        if starts(stub, self.index.vocab) and word not in self.index.table.colour_words:
            return stub  # (a library word it may start is the lookup's to read)
        # (a till's own measure word before its centilitres stays its own: "cora 10")
        return stub if numbered and word in self.index.table.serving else word

    def _sale_word_cut(self, folded: str) -> str:
        """A last word that is the start of the one word of the sale it can be, no word of
        the library beginning so ("AFFLIGEM PRES": pression, "UROULAT MOELLE": moelleux)."""
        last = _LAST_WORD.search(folded)
        if last is None:
            return folded
        stub = last.group(1)
        if stub in self.words or starts(stub, self.index.vocab):
            return folded
        found = self._sale_starts(stub)
        return folded[: last.start(1)] + found.pop() if len(found) == 1 else folded

    def beside(self, word: str, stub: str) -> set[str]:
        """The words that `stub` starts in the drinks holding `word`, or a word it begins
        from MIN_COMPLETED letters ("CHART": Chartreuse)."""
        index = self.index
        held = [word] if word in index.postings else self.stemmed(word)
        numbers = {number for token in held for number in index.postings[token]}
        if len(numbers) > MAX_BESIDE:
            return set()  # a common word names no house
        found: set[str] = set()
        for number in numbers:
            family = index.families[number]
            for words in (family.name, family.producer, family.appellation):
                found.update(w for w in words if w.startswith(stub) and w not in held)
        return found


def cut_word(label: str, words: Sequence[str]) -> str | None:
    """The label's last word when the till cut it mid-word (the label ends in a letter at
    the till's width): a stub that may start several words."""
    if not words or not label.rstrip()[-1:].isalpha():
        return None
    last = words[-1]
    return last if last.isalpha() and len(last) >= 2 else None


def cut_colour(head: str) -> str | None:
    """A family code that is a colour's word cut short ("ROU", "BLA", "ROS"): that colour,
    when the words it starts are all of one colour."""
    if not head.isalpha() or not MIN_COLOUR_CODE <= len(head) <= MAX_COLOUR_CODE:
        return None
    table = tables()
    if any(word.startswith(head) for word in table.category_words):
        return None  # "WHI-": whisky's, not white's
    started = [
        (len(word), colour)
        for word, colour in table.colour_words.items()
        if word.startswith(head) and len(word) > len(head)
    ]
    if not started:
        return None
    # (the shortest word it starts, when it is the only one that short: "ROS" is rosé,
    # one letter short of "rose", not the Italian "rosso")
    shortest = min(length for length, _ in started)
    colours = {colour for length, colour in started if length == shortest}
    return colours.pop() if len(colours) == 1 else None


def _measure_start(fragment: str, serving: Mapping[str, str]) -> str | None:
    """A one- or two-letter fragment at the till's cut: the measure word it starts if all
    such words mean one serving ("DE" -> "demi"), else nothing (it cannot name a drink)."""
    if len(fragment) < 2:
        return None
    words = sorted(word for word in serving if word.startswith(fragment) and len(word) > 2)
    kinds = {serving[word] for word in words}
    return words[0] if len(kinds) == 1 else None


@cache
def _sale_words() -> frozenset[str]:
    """The words of a sale beyond the drink's name: its measure, its style, its colour."""
    table = tables()
    words = set(table.serving) | table.style_words | set(table.colour_words) | DRAUGHT
    return frozenset(word for word in words if word.isalpha() and len(word) > MIN_COMPLETED)
