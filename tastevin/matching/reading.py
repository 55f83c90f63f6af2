"""How a label is read before it is scored: its words as the library would spell them.

Tills glue words ("HENDRICKSGIN"), numbers ("GLENFIDDICH18") and elisions ("GOUTTE DOR"),
split words the library writes as one ("CHATEAU NEUF"), cut the last word at their width,
write camel case on tablets ("CaDel Bosco") and glue a family code to the first word
("VROPRIMITIVO"). A ``LabelReader`` is built once per library (its words, the meanings of
its ambiguous abbreviations, which word follows which in its names) and reads one label at
a time; the decision (``matcher.py``) never sees the raw text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from decimal import Decimal
from itertools import pairwise

from tastevin.matching.cut_edge import (
    MIN_COLOUR_CODE,
    MIN_COMPLETED,
    CutWords,
    cut_colour,
)
from tastevin.matching.folding import WORD, fold, folded_length
from tastevin.matching.glued import MIN_GLUED_STUB, starts, unglue
from tastevin.matching.habits import Habits
from tastevin.matching.index import LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.measure_codes import SIZES, coded_size, measure_code
from tastevin.matching.normalise import glued_phrases, parse_label, tags_read
from tastevin.matching.tables import Tables, tables
from tastevin.matching.till_vocabulary import table_vocabulary

_CAMEL = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")  # "NinoFranco", "RhumPlantation"
_CAMEL_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])")
# (a word shorter than MIN_GLUED is split only when an estate's word and its article)
_GLUED = re.compile(r"(?<![a-z0-9])[a-z]{4,}(?![a-z0-9])")
_ARTICLES = frozenset({"de", "d", "du"})  # "MdeMinuty", "RdeRuinart"
_SHORT_GLUED = re.compile(r"(?<![a-z0-9])[a-z]{3}(?![a-z0-9])")
_GLUED_FIRST = re.compile(r"[a-z]+\d*")  # a first word, its number glued after ("PRE1664")
# a number glued to a word: an age or a number of the name ("GLENFIDDICH18", "15ANS",
# "BLANC50", "KRO1664"); units and ordinals ("75CL", "1ER") are read as they are
_GLUED_NUMBER = re.compile(
    r"(?<![a-z0-9])(?:([a-z]{2,})(\d{1,4})|(\d{1,3})([a-z]{2,}))(?![a-z0-9])"
)
# a number glued between two words: an age ("HOULLE8ANS") or a size ("BTL1L", "BTL33CL")
_NUMBER_INSIDE = re.compile(r"(?<![a-z0-9])([a-z]{2,})(\d{1,3})([a-z]{1,4})(?![a-z0-9])")
# an elided article glued to its word when the till drops the apostrophe ("GOUTTE DOR")
_ELISION = re.compile(r"(?<![a-z0-9])([dl])([a-z]{2,})(?![a-z0-9])")
_WHOLE_WORD = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])")
# (no price: "24€"; no pot's size: "pichet 50")
_BARE_TWO_DIGITS = re.compile(
    r"(?<![\w.,'/])(?<!pichet )(?<!pot )\d{2}(?![\w.,/])(?!\s*(?:(?:cl|ml|l|lt|ans?|eur)\b|€))"
)
_NUMBERS = re.compile(r"\d+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_INITIAL_NUMBER = re.compile(r"(?<![a-z0-9.,])([a-z])(\d{2,3})(?![a-z0-9])")
_UNITS = frozenset({"cl", "ml", "lt", "gr", "kg", "er", "ere", "eme", "eur", "cm", "mm"})
# a word with letters an export replaced by "?" (or the replacement character)
_MASKED = re.compile("[a-z]*(?:[?\ufffd][a-z]*)+(?<=[a-z?\ufffd])")
MIN_NAMED_STEM = 3  # a word's start glued to its name's number ("LAGA16"), not a code
MIN_ABBREVIATED = 3  # a word of the tables this long may abbreviate the next word
_NOT_STUBS = frozenset({"no", "nr", "vs", "vo"})  # a number's mark, a grade
MIN_JOINED = 3  # "DE L" is no "del": two words joined are each a word, not an article


class LabelReader:
    """One library's words, and the reading of a label with them."""

    def __init__(self, index: LibraryIndex, lookup: TokenLookup) -> None:
        self.index = index
        self.lookup = lookup
        table = index.table
        # words a glued label word may be split into: the library's and the labels' own
        self.words = (
            frozenset(lookup.known | table.serving.keys() | table.stopwords | table.noise)
            | frozenset(table.colour_words)
            | frozenset(table.tokens)
            | table.descriptors  # "orange" (a wine), no "or ange"
            | frozenset(table.grapes)
            # the tables' phrases glued as staff write them ("STEMGC": St-Em Grand Cru)
            | frozenset(glued_phrases(table.phrases))
        )
        self._sorted = tuple(sorted(self.words))
        self.meanings, self.open = meanings(lookup.known, table)
        """The abbreviations' meanings in this library, and those still open (read both
        ways by the matcher)."""
        # words that follow a word in a drink's name, producer or appellation: a stub at the
        # till's cut after "CASTELLO" that starts "banfi" is the producer, not a "ballon"
        self._next: dict[str, set[str]] = {}
        for family in index.families:
            for words in (family.name, family.producer, family.appellation):
                for first, second in pairwise(words):
                    self._next.setdefault(first, set()).add(second)
        # the words a number follows in a name ("parallele" before "45")
        self._before: dict[str, set[str]] = {}
        for first, seconds in self._next.items():
            for second in seconds:
                if second.isdigit():
                    self._before.setdefault(second, set()).add(first)
        self.cut = CutWords(index, self.words, self._next)
        """The words the till cut short, read as the words they start."""

    def glued_code(self, habits: Habits, label: str) -> tuple[str | None, str]:
        """A family code the till glued to the first word ("VROPRIMITIVO" when it files
        its reds under "VRO "): the code, if what follows it reads as library words."""
        words = fold(label).split()
        first = words[0] if words else ""
        if not _GLUED_FIRST.fullmatch(first) or first in self.words:
            return None, label
        for prefix in habits.prefixes:
            head = prefix[:-1]
            if not prefix.endswith(" ") or not head.isalpha() or not first.startswith(head):
                continue
            after = first[len(head) :]
            after = after.rstrip("0123456789") or after  # "PRE1664", "ALCLAGAVULIN16"
            if len(after) < MIN_GLUED_STUB - 1:
                continue
            if (
                after in self.words
                or starts(after, self._sorted)
                or len(unglue(after, self.words, self._sorted)) > 1
            ):
                return prefix, label.lstrip()[folded_length(label.lstrip(), head) :]
        return None, label

    def _joined(self, folded: str) -> str:
        """Two label words that the library writes as one ("CHATEAU NEUF" for
        Châteauneuf), when one of them alone is no library word."""
        known = self.lookup.known
        words, out, at = folded.split(" "), [], 0
        while at < len(words):
            first = words[at]
            second = words[at + 1] if at + 1 < len(words) else ""
            if (
                first.isalpha()
                and second.isalpha()
                and min(len(first), len(second)) >= MIN_JOINED
                and first + second in known
                and not (first in known and second in known)
            ):
                out.append(first + second)
                at += 2
            else:
                out.append(first)
                at += 1
        return " ".join(out)

    def _completed(self, folded: str) -> str:
        """An abbreviation of the tables that starts the one word following the previous one
        in the library's names is that word ("SAUMUR-CHAMP": Champigny, not the champagne
        the tables read it as)."""
        known, abbreviations = self.lookup.known, self.index.table.tokens
        previous = ""

        def complete(match: re.Match[str]) -> str:
            nonlocal previous
            word, before = match.group(0), previous
            previous = word
            table_word = word in abbreviations
            # (two letters no table reads may start the next word: "SAN PE 1L"; "VS", "NO"
            # are a grade's and a number's)
            short = len(word) < MIN_ABBREVIATED
            if word in known or (short and (table_word or word in _NOT_STUBS)):
                return word
            if short and (len(word) < MIN_ABBREVIATED - 1 or word in table_vocabulary()):
                return word
            if not table_word and word in self.words:
                return word
            # (the previous word may be the stem of the one before: "SAUM CHAMP")
            befores = [before] if before in self._next else self.cut.stemmed(before)
            follows = {w for b in befores for w in self._next.get(b, ())}
            nexts = set()
            if table_word and len(word) >= MIN_COMPLETED:
                nexts = {w for w in follows if w.startswith(word) and w != word}
            if not nexts:
                # its letters in order, the first one first ("SAUMUR.CHP": Champigny)
                # (the tables' words it starts are left to the reading: "ROUG", "MILLES")
                nexts = {
                    w
                    for w in follows
                    if (w.startswith(word) if short else _letters_of(word, w))
                    and (table_word or w not in table_vocabulary())
                }
            if len(nexts) != 1:
                return word
            found = nexts.pop()
            if not table_word and found.startswith(word) and len(self.cut.beside(before, word)) > 1:
                return word  # "POMMEAU ARM": Armorique, or the Armel of another Pommeau
            return found

        return WORD.sub(complete, folded)

    def _number_inside(self, match: re.Match[str]) -> str:
        word, head, number, tail = match.group(0), *match.groups()
        if word in self.words:
            return word
        # a unit stays with its number ("btl 1l"), a word stands apart ("houlle 8 ans")
        return f"{head} {number}{tail}" if tail in _UNITS | {"l"} else f"{head} {number} {tail}"

    def _number_apart(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if word in self.words or (match.group(4) or "") in _UNITS:
            return word
        if match.group(1) and coded_size(match.group(1), match.group(2)) is not None:
            # "BIN720", "BT75": a measure code and its volume, read as one; unless it is a
            # word's start glued to the number that follows that word in a drink's name
            # ("LAGA16": Lagavulin 16 ans, whose 16 is no 16 cl)
            return self._named_number(match.group(1), match.group(2)) or word
        digits = match.group(2) or ""
        serving = self.index.table.serving
        if match.group(1) in serving and digits.isdigit() and Decimal(digits) in SIZES:
            return f"{match.group(1)} {digits}cl"  # "Ecocup15", "VERRE12": the measure's size
        if len(digits) == 4 and digits not in self.words and not _YEAR.match(digits):
            # four digits glued apart only when the library names a drink so, or a vintage
            # ("Thivin2022" of a tablet's camel case)
            return word

        if match.group(1):
            return f"{match.group(1)} {match.group(2)}"
        return f"{match.group(3)} {match.group(4)}"

    def _unmasked(self, folded: str) -> str:
        """A word whose letters an export could not write, each become "?" ("Ch?teau-Chalon",
        "G?n?pi", a sync that keeps ASCII only), read as the one library word it can be."""
        if "?" not in folded and "\ufffd" not in folded:
            return folded

        def read(match: re.Match[str]) -> str:
            word = match.group(0)
            pattern = re.compile("".join("." if char in "?\ufffd" else char for char in word))
            found = {known for known in self.lookup.known if pattern.fullmatch(known)}
            return found.pop() if len(found) == 1 else word

        return _MASKED.sub(read, folded)

    def _named_number(self, letters: str, digits: str) -> str | None:
        if len(letters) < MIN_NAMED_STEM or measure_code(letters, digits):
            return None
        words = {word for word in self._before.get(digits, ()) if word.startswith(letters)}
        return f"{words.pop()} {digits}" if len(words) == 1 else None

    def _initial_number(self, match: re.Match[str]) -> str:
        """A word's initial glued to the number that follows it in a drink's name ("P45":
        Parallèle 45), when one word of the library with that initial is so followed."""
        initial, number = match.groups()
        whole = match.group(0)
        if whole in self.words or number not in self.lookup.known:
            return whole
        if coded_size(initial, number) is not None:
            return whole  # "B50", "P25": a measure code
        words = {word for word in self._before.get(number, ()) if word[0] == initial}
        if len(words) != 1:
            return whole
        word = words.pop()
        # the label's other library words are that drink's ("P45 JABOULET"), not another's
        # ("KARUKERA M12" is no Glen Moray 12)
        postings = self.index.postings
        mine = set(postings.get(word, ())) & set(postings.get(number, ()))
        others = set(WORD.findall(match.string)) - table_vocabulary() - {initial}
        if any(o in postings and not mine & set(postings[o]) for o in others):
            return whole
        return f"{word} {number}"

    def name_number(self, text: str) -> str | None:
        """The number a word's initial glued to it makes part of a name ("P45"), which
        is then no vintage."""
        for match in _INITIAL_NUMBER.finditer(fold(text)):
            if self._initial_number(match) != match.group(0):
                return match.group(2)
        return None

    def _abbreviated_head(self, match: re.Match[str]) -> str:
        """A tables abbreviation glued to the start of the library word that follows its
        meaning ("STP", "STPOU": Saint-Pourçain; "BGNEPN"), that one word only."""
        word = match.group(0)
        if len(word) < MIN_ABBREVIATED or word in self.words:
            return word
        tokens = self.index.table.tokens
        for cut in range(len(word) - 1, 1, -1):
            head, tail = word[:cut], word[cut:]
            meaning = tokens.get(head)
            if meaning is None:
                continue
            if "".join(meaning).startswith(word):
                return word  # "RESE": réserve cut short, no "RES" glued to an E… word
            nexts = {w for w in self._next.get(meaning[-1], ()) if w.startswith(tail)}
            if len(nexts) == 1:
                return f"{' '.join(meaning)} {nexts.pop()}"
        return word

    def _pair(self, word: str) -> list[str] | None:
        """Two words that follow one another in a drink's name, glued ("BYOTT": By.Ott),
        however short: the library's own sequence, not a guess."""
        if word in self.words:
            return None
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            if tail in self._next.get(head, ()):
                return [head, tail]
            if cut == 1 and tail in _ARTICLES and head in self._next:
                return [head, tail]  # a letter that marks a cuvée, glued to its "de"
        return None

    def _name_number(self, folded: str) -> str:
        """Of two bare two-digit numbers the last is the vintage, and the first a number of
        the name ("GRANIT 60 PARIS 20") when the library holds it; one it does not hold names
        nothing the label can be matched by ("PRIMITIVO 60 21": Sessantanni), and is set
        aside as the reading of the vintage always did."""
        bare = list(_BARE_TWO_DIGITS.finditer(folded))
        numbers = _NUMBERS.findall(folded)
        if len(bare) != 2 or len(numbers) != 2 or bare[0].group(0) in self.lookup.known:
            return folded  # (a price, a volume or an age beside them: read as they are)
        return folded[: bare[0].start()] + folded[bare[0].end() :]

    def read(self, text: str, truncated: bool, meanings: Mapping[str, str]) -> str:
        """The label's words as the library would spell them: glued words split where both
        halves are words of the library or of a label ("HENDRICKSGIN", "vertedose"), and a
        word the till cut at its width read as the start of a word."""
        # a menu's hashtags are hints or measures, read before any word is unglued
        text = tags_read(text, self.index.table)
        # a tablet's camel case glues words the till kept apart ("CaDel Bosco"): split
        # where a lower-case letter meets a capital, unless the library spells it so
        text = _CAMEL.sub(
            lambda m: (
                m.group(0) if fold(m.group(0)) in self.words else _CAMEL_CUT.sub(" ", m.group(0))
            ),
            text,
        )
        folded = _NUMBER_INSIDE.sub(self._number_inside, self._unmasked(fold(text)))
        folded = _INITIAL_NUMBER.sub(self._initial_number, folded)
        folded = self._joined(_GLUED_NUMBER.sub(self._number_apart, folded))
        folded = self._completed(self._name_number(folded))
        if meanings:
            # (a whole word: "PT25" is a measure's code, not "pt" of petit or pinte)
            folded = _WHOLE_WORD.sub(lambda m: meanings.get(m.group(0), m.group(0)), folded)
        folded = _ELISION.sub(
            lambda m: (
                f"{m.group(1)} {m.group(2)}"
                if m.group(0) not in self.words
                and m.group(2) in self.words
                and m.group(2) not in self.index.table.serving  # "LDB" is no l' half
                else m.group(0)
            ),
            folded,
        )
        folded = WORD.sub(self._abbreviated_head, folded)
        # (three letters too: "MdeMinuty" is M de Minuty)
        folded = _SHORT_GLUED.sub(
            lambda m: " ".join(self._pair(m.group(0)) or [m.group(0)]), folded
        )
        folded = _GLUED.sub(
            lambda m: " ".join(
                self._pair(m.group(0)) or unglue(m.group(0), self.words, self._sorted)
            ),
            folded,
        )
        folded = self.cut.sale_words_cut(folded)
        return self.cut.at_cut(folded) if truncated else folded


def family_colour(family: str) -> str | None:
    """The colour a till's family name says, plural or not ("[blancs]", "(roses)")."""
    colour = parse_label(family).colour
    if colour is None:
        words = re.sub(r"[^a-z]+", " ", fold(family)).split()
        singular = " ".join(word[:-1] if word.endswith("s") else word for word in words)
        colour = parse_label(singular).colour
    if colour is None:
        colour = cut_colour(fold(family).strip(" -/:>|.*=;"))
    if colour is None:
        colour = _wine_code_colour(fold(family).strip(" -/:>|.*=;"))
    return colour


def _wine_code_colour(head: str) -> str | None:
    """A wine family's code, V and its colour's abbreviation ("VBL", "VRG", "VRS"): that
    colour (never "VR" alone, a glass)."""
    if not head.startswith("v") or len(head) < MIN_COLOUR_CODE or not head.isalpha():
        return None
    return tables().colour_words.get(head[1:])


def meanings(known: frozenset[str], table: Tables) -> tuple[dict[str, str], dict[str, list[str]]]:
    """What an abbreviation with several common meanings reads as in this library: the
    one whose words it holds ("CDP" is Châteauneuf-du-Pape where no Côtes de Provence is
    held); when it holds both, the other meanings to try too (the tables' is the first)."""
    chosen: dict[str, str] = {}
    open_: dict[str, list[str]] = {}
    for short, others in table.alternatives.items():
        default = table.tokens.get(short)
        options = [*([default] if default else []), *others]
        # (a measure is every till's word: "PTE" may be a pinte wherever beer is sold)
        held = [
            words
            for words in options
            if all(w in known or w in table.stopwords or w in table.serving for w in words)
        ]
        if len(held) == 1 and held[0] != default:
            chosen[short] = " ".join(held[0])
        elif len(held) > 1:
            open_[short] = [" ".join(words) for words in held if words != default]
    _cut_meanings(known, table, chosen, open_)
    return chosen, open_


MIN_CUT_MEANING = 4  # an abbreviation that is a word cut short: this many letters at least
MAX_CUT_MEANINGS = 3  # ...and the library words it may start, tried beside its meaning


def _cut_meanings(
    known: frozenset[str], table: Tables, chosen: dict[str, str], open_: dict[str, list[str]]
) -> None:
    """An abbreviation that is its word cut short ("BOURG" for bourgogne, "CHAMP" for
    champagne) may start another word of this library (Bourgueil, Saumur-Champigny): that
    word is its meaning where the tables' is not held, else one more to try."""
    ordered = sorted(known)
    for short, words in table.tokens.items():
        if (
            len(words) != 1
            or len(short) < MIN_CUT_MEANING
            or not short.isalpha()
            or not words[0].startswith(short)
            or short in chosen
        ):
            continue
        at = bisect_left(ordered, short)
        others = []
        while at < len(ordered) and ordered[at].startswith(short):
            if ordered[at] not in (short, words[0]):
                others.append(ordered[at])
            at += 1
        if not others or len(others) > MAX_CUT_MEANINGS:
            continue
        if words[0] not in known and len(others) == 1:
            chosen[short] = others[0]
        else:
            open_[short] = [*open_.get(short, []), *others]


def _letters_of(short: str, word: str) -> bool:
    """`short` is `word` with letters left out: same first letter, the others in order."""
    if not short or short[0] != word[0] or len(short) >= len(word):
        return False
    letters = iter(word[1:])
    return all(char in letters for char in short[1:])
