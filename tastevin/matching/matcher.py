"""The matcher: proposes the library entry that best matches a POS label."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from tastevin.matching.confirmed import ConfirmedPairs
from tastevin.matching.explain import Reason, reason, render
from tastevin.matching.formats import FormatChoice, choose_format, units
from tastevin.matching.habits import Habits, learn, with_kinds
from tastevin.matching.index import Family, LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.normalise import fold, parse_label
from tastevin.matching.retrieval import label_view, short_list
from tastevin.matching.scoring import EXPLAINED, FamilyScore, score_family
from tastevin.matching.tables import Tables, tables
from tastevin.matching.types import (
    BY_MEASURE,
    Answer,
    Candidate,
    LibraryEntry,
    ParsedLabel,
    Suggestion,
)
from tastevin.matching.vintages import choose_vintage

AMBIGUITY_MARGIN = 0.03
CONFIDENT = 0.9  # suggestions shown at or above this are meant to be right 99 times in 100
_CAMEL = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")  # "NinoFranco", "RhumPlantation"
_CAMEL_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_GLUED = re.compile(r"(?<![a-z0-9])[a-z]{6,}(?![a-z0-9])")
_EDGE = re.compile(r"(?<![a-z0-9])([a-z]{1,2})\s*$")  # a one- or two-letter word at the cut
# a number glued to a word: an age or a number of the name ("GLENFIDDICH18", "15ANS",
# "BLANC50"); units and ordinals ("75CL", "1ER") are read as they are
_GLUED_NUMBER = re.compile(
    r"(?<![a-z0-9])(?:([a-z]{2,})(\d{1,3})|(\d{1,3})([a-z]{2,}))(?![a-z0-9])"
)
# an elided article glued to its word when the till drops the apostrophe ("GOUTTE DOR")
_ELISION = re.compile(r"(?<![a-z0-9])([dl])([a-z]{2,})(?![a-z0-9])")
_WORD = re.compile(r"[a-z]+")
_UNITS = frozenset({"cl", "ml", "lt", "gr", "kg", "er", "ere", "eme", "eur", "cm", "mm"})
MIN_JOINED = 3  # "DE L" is no "del": two words joined are each a word, not an article
MIN_GLUED = 6  # shorter unknown words are abbreviations, not two glued words
MAX_PIECES = 4  # a glued word is split into at most this many known words
MIN_GLUED_STUB = 4  # a glued last word may end in the start of a word the till cut
_ELIDED = frozenset({"d", "l"})  # "barberadalba": Barbera d'Alba, the elision glued too
_PLAUSIBLE = frozenset({"weak"})  # problems that still let a wine share an appellation label


def _confidence(score: FamilyScore, answer: Answer) -> float:
    base = min(max(score.score, 0.0), 1.0)
    if answer == "none":
        return round(0.45 * base, 3)
    return round((0.55 + 0.45 * base) * (0.95 if answer == "almost" else 1.0), 3)


class Matcher:
    """Indexes one restaurant's library once; `suggest` answers one label at a time."""

    def __init__(
        self, entries: Sequence[LibraryEntry], confirmed: Mapping[str, str] | None = None
    ) -> None:
        self.index = LibraryIndex(entries)
        self.lookup = TokenLookup(self.index.vocab)
        self.confirmed = ConfirmedPairs(confirmed or {}, self.index.entries)
        table = self.index.table
        # words a glued label word may be split into: the library's and the labels' own
        self._words = (
            frozenset(self.lookup.known | table.serving.keys() | table.stopwords | table.noise)
            | frozenset(table.colour_words)
            | frozenset(table.tokens)
        )
        self._sorted = tuple(sorted(self._words))
        self._meanings, self._open = _meanings(self.lookup.known, table)
        # words that follow a word in a drink's name, producer or appellation: a stub at the
        # till's cut after "CASTELLO" that starts "banfi" is the producer, not a "ballon"
        self._next: dict[str, set[str]] = {}
        for family in self.index.families:
            for words in (family.name, family.producer, family.appellation):
                for first, second in pairwise(words):
                    self._next.setdefault(first, set()).add(second)

    def suggest(self, label: str, limit: int = 3, habits: Habits | None = None) -> Suggestion:
        """The best library drinks for one label, read with its connection's habits. An
        abbreviation with two meanings the library both holds ("CDP") is read both ways,
        and the reading that names a drink more surely wins."""
        found = self._suggest(label, limit, habits, self._meanings)
        for short in set(_WORD.findall(fold(label))) & self._open.keys():
            for meaning in self._open[short]:
                other = self._suggest(label, limit, habits, {**self._meanings, short: meaning})
                if _surer(other, found):
                    found = other
        return found

    def _suggest(
        self, label: str, limit: int, habits: Habits | None, meanings: Mapping[str, str]
    ) -> Suggestion:
        prefix, rest = habits.split(label) if habits is not None else (None, label)
        if habits is not None and prefix is None:
            prefix, rest = self._glued_code(habits, rest)
        truncated = habits is not None and habits.truncated(label)
        parsed = replace(parse_label(self._reading(rest, truncated, meanings)), label=label)
        if prefix is not None and parsed.colour is None:
            # "vins rouges - ", "ROSE/", "(rosés)": the family says the colour the label omits
            colour = _family_colour(prefix)
            if colour is None and habits is not None:
                colour = habits.colour(prefix)  # "VRS:": a code whose wines were all rosés
            parsed = replace(parsed, colour=colour)
        view = label_view(parsed, self.index, self.lookup)
        allowed = habits.allowed_kinds(prefix) if habits is not None else None
        scores = sorted(
            (
                _within(score_family(view, self.index.families[n], self.index), prefix, allowed)
                for n in short_list(view, self.index)
            ),
            key=lambda item: -item.score,
        )
        formats = {item.family.number: choose_format(parsed, item.family) for item in scores}
        known = self.confirmed.lookup(label)
        if known is None and prefix is not None:
            known = self.confirmed.lookup(rest)
        if known is not None:
            return self._confirmed(parsed, known, scores, formats, limit)
        stub = _cut_word(label, view.words) if truncated else None
        return self._decide(parsed, scores, formats, limit, stub)

    def learn_habits(self, labels: Iterable[str]) -> Habits:
        """One connection's habits from all its labels, and what each of its family
        prefixes announces: the kinds of the drinks recognised with confidence under it."""
        texts = list(labels)
        habits = learn(texts, frozenset(self.index.vocab))
        if not habits.prefixes and not habits.suffixes:
            return habits
        seen = []
        for label in texts:
            prefix, _ = habits.split(label)
            if prefix is None:
                continue
            found = self.suggest(label, 1, habits)
            if found.answer == "yes" and found.candidates[0].confidence >= CONFIDENT:
                entry = self.index.entries[found.candidates[0].entry_id]
                seen.append((prefix, kind_of(entry)))
        return with_kinds(habits, seen)

    def _glued_code(self, habits: Habits, label: str) -> tuple[str | None, str]:
        """A family code the till glued to the first word ("VROPRIMITIVO" when it files
        its reds under "VRO "): the code, if what follows it reads as library words."""
        words = fold(label).split()
        first = words[0] if words else ""
        if not first.isalpha() or first in self._words:
            return None, label
        for prefix in habits.prefixes:
            head = prefix[:-1]
            if not prefix.endswith(" ") or not head.isalpha() or not first.startswith(head):
                continue
            after = first[len(head) :]
            if len(after) < MIN_GLUED_STUB - 1:
                continue
            if (
                after in self._words
                or _starts(after, self._sorted)
                or len(_unglue(after, self._words, self._sorted)) > 1
            ):
                return prefix, label.lstrip()[len(head) :]
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

    def _number_apart(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if word in self._words or (match.group(4) or "") in _UNITS:
            return word
        if match.group(1):
            return f"{match.group(1)} {match.group(2)}"
        return f"{match.group(3)} {match.group(4)}"

    def _reading(self, text: str, truncated: bool, meanings: Mapping[str, str]) -> str:
        """The label's words as the library would spell them: glued words split where both
        halves are words of the library or of a label ("HENDRICKSGIN", "vertedose"), and a
        word the till cut at its width read as the start of a word."""
        # a tablet's camel case glues words the till kept apart ("CaDel Bosco"): split
        # where a lower-case letter meets a capital, unless the library spells it so
        text = _CAMEL.sub(
            lambda m: (
                m.group(0) if fold(m.group(0)) in self._words else _CAMEL_CUT.sub(" ", m.group(0))
            ),
            text,
        )
        folded = self._joined(_GLUED_NUMBER.sub(self._number_apart, fold(text)))
        if meanings:
            folded = _WORD.sub(lambda m: meanings.get(m.group(0), m.group(0)), folded)
        folded = _ELISION.sub(
            lambda m: (
                f"{m.group(1)} {m.group(2)}"
                if m.group(0) not in self._words and m.group(2) in self._words
                else m.group(0)
            ),
            folded,
        )
        end = len(folded.rstrip())
        folded = _GLUED.sub(
            lambda m: " ".join(
                _unglue(m.group(0), self._words, self._sorted if m.end() == end else ())
            ),
            folded,
        )
        if truncated:
            edge = _EDGE.search(folded)
            if edge is not None:
                stub = edge.group(1)
                before = folded[: edge.start(1)].split()
                follows = self._next.get(before[-1], set()) if before else set()
                start = _measure_start(stub, self.index.table.serving)
                if any(word.startswith(stub) for word in follows):
                    start = None  # the start of the drink's next word, not a measure
                if start is None:
                    # one letter is an initial ("PERRIER J" for Jouët), not the colour a
                    # last R or B says on an uncut label; two letters say nothing
                    table = self.index.table
                    start = stub if len(stub) == 1 and stub not in table.end_colours else ""
                folded = folded[: edge.start(1)] + start
        return folded

    def _decide(
        self,
        parsed: ParsedLabel,
        scores: list[FamilyScore],
        formats: dict[int, FormatChoice],
        limit: int,
        stub: str | None = None,
    ) -> Suggestion:
        verdict, served = _verdict(parsed, scores, formats, stub)
        if verdict is not None:
            candidates = tuple(self._candidate(parsed, s, formats, False) for s in scores[:limit])
            return Suggestion(
                parsed.label, "none", candidates, parsed.vintage, None, verdict.render(), (verdict,)
            )
        pick = served[0]
        rest = [s for s in scores if s is not pick][: max(limit - 1, 0)]
        first = self._candidate(parsed, pick, formats, True)
        # a drink the decision set aside (a plainer rival, a rosé the label does not say)
        # is no credible alternative: its confidence says so, and the list stays in the
        # order of the figure the answer is given by
        kept = {id(s) for s in served}
        candidates = (
            first,
            *(self._candidate(parsed, s, formats, s.credible and id(s) in kept) for s in rest),
        )
        vintage = None if pick.vintage_is_name else parsed.vintage
        return Suggestion(
            parsed.label,
            first.answer,
            candidates,
            vintage,
            first.units_per_sale,
            first.explanation,
            first.reasons,
        )

    def _candidate(
        self,
        parsed: ParsedLabel,
        score: FamilyScore,
        formats: dict[int, FormatChoice],
        credible: bool,
    ) -> Candidate:
        family = score.family
        choice = formats[family.number]
        rows = family.formats.get(choice.format_cl) if choice.format_cl is not None else None
        if rows is None:
            rows = next(iter(family.formats.values()))
        vintage = choose_vintage(rows, None if score.vintage_is_name else parsed.vintage)
        answer: Answer = vintage.answer if credible and choice.format_cl is not None else "none"
        reasons = [*score.notes()]
        if vintage.note is not None:
            reasons.append(vintage.note)
        reasons.extend(choice.notes)
        if answer == "none":
            reasons.extend(score.problems)
            if choice.missing is not None:
                reasons.append(choice.missing)
        return Candidate(
            entry_id=vintage.entry_id,
            confidence=_confidence(score, answer),
            answer=answer,
            units_per_sale=choice.units if answer != "none" else None,
            explanation=render(reasons),
            reasons=tuple(reasons),
        )

    def _confirmed(
        self,
        parsed: ParsedLabel,
        entry: LibraryEntry,
        scores: list[FamilyScore],
        formats: dict[int, FormatChoice],
        limit: int,
    ) -> Suggestion:
        note = reason("confirmed")
        share = _confirmed_units(parsed, entry, self.index.families[self.index.family_of[entry.id]])
        first = Candidate(entry.id, 1.0, "yes", share, note.render(), (note,))
        others = [
            self._candidate(parsed, s, formats, s.credible)
            for s in scores
            if entry.id not in {e for rows in s.family.formats.values() for _, e in rows}
        ]
        candidates = (first, *others[: max(limit - 1, 0)])
        return Suggestion(
            parsed.label, "yes", candidates, parsed.vintage, share, note.render(), (note,)
        )


def _confirmed_units(parsed: ParsedLabel, entry: LibraryEntry, family: Family) -> Decimal | None:
    choice = choose_format(parsed, family)
    if choice.format_cl == Decimal(entry.format_cl):
        return choice.units
    if parsed.serving in BY_MEASURE and parsed.volume_cl is not None:
        return units(parsed.volume_cl, Decimal(entry.format_cl))
    return Decimal(1)


def _cut_word(label: str, words: Sequence[str]) -> str | None:
    """The label's last word when the till cut it mid-word (the label ends in a letter at
    the till's width): a stub that may start several words."""
    if not words or not label.rstrip()[-1:].isalpha():
        return None
    last = words[-1]
    return last if last.isalpha() and len(last) >= 2 else None


def _meanings(known: frozenset[str], table: Tables) -> tuple[dict[str, str], dict[str, list[str]]]:
    """What an abbreviation with several common meanings reads as in this library: the
    one whose words it holds ("CDP" is Châteauneuf-du-Pape where no Côtes de Provence is
    held); when it holds both, the other meanings to try too (the tables' is the first)."""
    chosen: dict[str, str] = {}
    open_: dict[str, list[str]] = {}
    for short, others in table.alternatives.items():
        default = table.tokens.get(short)
        options = [*([default] if default else []), *others]
        held = [
            words for words in options if all(w in known or w in table.stopwords for w in words)
        ]
        if len(held) == 1 and held[0] != default:
            chosen[short] = " ".join(held[0])
        elif len(held) > 1:
            open_[short] = [" ".join(words) for words in held if words != default]
    return chosen, open_


_RANK = {"yes": 2, "almost": 1, "none": 0}


def _surer(other: Suggestion, found: Suggestion) -> bool:
    def key(item: Suggestion) -> tuple[int, float]:
        first = item.candidates[0].confidence if item.candidates else 0.0
        return _RANK[item.answer], first

    return key(other) > key(found)


def _family_colour(family: str) -> str | None:
    """The colour a till's family name says, plural or not ("[blancs]", "(roses)")."""
    colour = parse_label(family).colour
    if colour is None:
        words = re.sub(r"[^a-z]+", " ", fold(family)).split()
        singular = " ".join(word[:-1] if word.endswith("s") else word for word in words)
        colour = parse_label(singular).colour
    return colour


def _stub_tie(stub: str | None, credible: list[FamilyScore]) -> int:
    """How many credible drinks explain the same label words, the word the till cut
    included, each through another word it starts ("POMMEAU BRE": Bretagne, or the
    Breuil of the other Pommeau): the cut left nothing to tell them apart."""
    if stub is None or len(credible) < 2:
        return 1
    first = {word for word, _ in credible[0].explained}
    if stub not in first:
        return 1

    def starts(item: FamilyScore) -> frozenset[str]:
        return frozenset(word for word in item.family.tokens if word.startswith(stub))

    same = [item for item in credible if {word for word, _ in item.explained} == first]
    return len({starts(item) for item in same})


def _verdict(
    parsed: ParsedLabel,
    scores: list[FamilyScore],
    formats: dict[int, FormatChoice],
    stub: str | None = None,
) -> tuple[Reason | None, list[FamilyScore]]:
    """Why the label designates no wine (or None), and the credible wines that have the
    label's format, best first."""
    mixed = _mixed_drink(parsed)
    if mixed is not None:
        return reason("mixed_drink", drink=mixed), []
    credible = _unstated_rose(parsed, [item for item in scores if item.credible])
    tied = _stub_tie(stub, credible)
    if tied > 1:
        return reason("ambiguous", count=tied), []
    if any(item.specific for item in credible):
        credible = [item for item in credible if item.specific]
    elif credible:
        sharing = _sharing_appellation(parsed, scores, formats)
        if len(sharing) > 1:
            return reason("ambiguous_appellation", count=len(sharing)), []
    served = [item for item in credible if formats[item.family.number].format_cl is not None]
    if not scores:
        return reason("nothing"), served
    if not credible:
        return (scores[0].problems[0] if scores[0].problems else reason("nothing")), served
    if not served or credible[0].score - served[0].score > AMBIGUITY_MARGIN:
        return formats[credible[0].family.number].missing, served
    plainer = _plainer_unserved(served[0], credible, formats)
    if plainer is not None:
        return formats[plainer.family.number].missing, []
    served, tied = _same_evidence(served, parsed.vintage)
    if tied > 1:
        return reason("ambiguous", count=tied), served
    # a wine that explains strictly fewer of the label's words than the first is no rival
    # ("FLUTE PERRIER J": Laurent-Perrier leaves the J of Perrier-Jouët unexplained)
    first = {word for word, _ in served[0].explained}
    close = [
        item
        for item in served
        if item.score >= served[0].score - AMBIGUITY_MARGIN
        and not {word for word, _ in item.explained} < first
    ]
    if len(close) > 1:
        return reason("ambiguous", count=len(close)), served
    return None, served


def _mixed_drink(parsed: ParsedLabel) -> str | None:
    """A drink mixed at the bar ("KIR", "BLANC CASSIS", "PICON BIERE") is no one bottle."""
    tokens = parsed.tokens
    for phrase in tables().mixed_drinks:
        size = len(phrase)
        if any(tokens[start : start + size] == phrase for start in range(len(tokens) - size + 1)):
            return " ".join(phrase)
    return None


def _years(item: FamilyScore) -> set[int | None]:
    return {year for rows in item.family.formats.values() for year, _ in rows}


def _unstated_rose(parsed: ParsedLabel, credible: list[FamilyScore]) -> list[FamilyScore]:
    """A rosé is always said on a label: without a colour, a producer's rosé gives way to
    that producer's other credible wine ("COUPE MOET IMPERIAL" is the white Brut Impérial)."""
    if parsed.colour is not None:
        return credible
    others = {item.family.producer for item in credible if not item.family.rose}
    return [item for item in credible if not (item.family.rose and item.family.producer in others)]


def _sharing_appellation(
    parsed: ParsedLabel, scores: list[FamilyScore], formats: dict[int, FormatChoice]
) -> list[FamilyScore]:
    """Wines a label naming only an appellation could mean ("VRE POMMARD"): every wine of
    that appellation the label does not contradict, whether or not its name says it."""
    sharing = [
        item
        for item in scores
        if item.by_appellation
        and not item.specific
        and {problem.code for problem in item.problems} <= _PLAUSIBLE
        and formats[item.family.number].format_cl is not None
    ]
    if parsed.colour is None and any(not item.family.rose for item in sharing):
        sharing = [item for item in sharing if not item.family.rose]
    return sharing


def _same_evidence(served: list[FamilyScore], vintage: int | None) -> tuple[list[FamilyScore], int]:
    """Wines that explain exactly the same label words differ only by the name words the
    label left out. The wine whose left-out words are among every other's is the plain
    one ("GEWURZ SCHOFFIT" is not the Vendanges Tardives): it wins over them. When the
    left-out words cannot be compared ("RIESLING": Schlossberg or Kottabe?), it is a tie,
    whatever the recall terms of the score say; except that, without a vintage on the
    label, a house's only non-vintage wine is its ordinary one ("COUPE VEUVE CLICQUOT" is
    the Carte Jaune, not the Rare vintage)."""
    if len(served) < 2:
        return served, 1
    same = [item for item in served if item.explained == served[0].explained]
    if len(same) < 2:
        return served, 1
    # what each leaves out of its name and of its producer's distinct words: two houses
    # the label's word fits equally ("PERRIER": Perrier-Jouët or Laurent-Perrier?) are
    # not comparable; a plain estate is ("FIGEAC" is Château Figeac, not Yon-Figeac)
    left = {id(item): item.uncovered | _producer_left(item) for item in same}
    plain = min(same, key=lambda item: (len(left[id(item)]), -item.score))
    others = [item for item in same if item is not plain]
    if all(left[id(plain)] < left[id(item)] for item in others):
        return [plain, *(item for item in served if item not in same)], 1
    comparable = all(left[id(plain)] <= left[id(item)] for item in others)
    group = [item for item in same if left[id(item)] == left[id(plain)]] if comparable else same
    if vintage is not None:
        # the label's vintage is evidence too: "DOM PERIGNON 2012" is the wine held in
        # 2012; but between producers the label does not name, it chooses nothing ("PUR
        # JUS 22": two growers make a Pur Jus, the vintage does not say whose)
        named = len({item.family.producer for item in group}) == 1 or all(
            any(item.grades.get(word, 0.0) >= EXPLAINED for word in item.family.producer)
            for item in group
        )
        chosen = [item for item in group if vintage in _years(item)] if named else []
    else:
        chosen = [item for item in group if not item.family.vintaged]
    if len(chosen) == 1:
        return [chosen[0], *(item for item in served if item not in same)], 1
    if comparable:
        return served, 1
    return served, len(same)


def _plainer_unserved(
    top: FamilyScore, credible: list[FamilyScore], formats: dict[int, FormatChoice]
) -> FamilyScore | None:
    """The plain drink the label names, when the library lacks it in the label's format:
    "HEINEKEN 25CL" names the Heineken (held on draught only), not the Heineken 0.0 that
    comes in 25 cl. A plainer drink explains the same label words and leaves out fewer of
    its own; the label's format does not make its variant the answer."""
    left = top.uncovered | _producer_left(top)
    for item in credible:
        if (
            item is not top
            and item.explained == top.explained
            and formats[item.family.number].format_cl is None
            and item.uncovered | _producer_left(item) < left
        ):
            return item
    return None


def _producer_left(item: FamilyScore) -> frozenset[str]:
    return frozenset(
        word for word in item.family.producer_distinct if item.grades.get(word, 0.0) < EXPLAINED
    )


def kind_of(entry: LibraryEntry) -> str:
    """The kind of drink a family prefix can announce: a wine's colour ("ROUGE/",
    "BULLES/"), else the library category ("BIERE/", "SOFT/")."""
    if entry.colour:
        return fold(entry.colour)
    return fold(entry.category) if entry.category else "autre"


def _within(score: FamilyScore, prefix: str | None, allowed: frozenset[str] | None) -> FamilyScore:
    """A drink of a kind never recognised under the label's family prefix is not credible
    ("SOFT/PERRIER" is no champagne)."""
    kind = score.family.colour or score.family.category or "autre"
    if prefix is None or allowed is None or kind in allowed:
        return score
    problem = reason("prefix_conflict", prefix=prefix.strip(" /-:>|"), kind=kind)
    return replace(score, credible=False, problems=(*score.problems, problem))


def _unglue(word: str, vocabulary: frozenset[str], stubs: Sequence[str] = ()) -> list[str]:
    """A word unknown to the library split into known words: the fewest pieces (up to
    four, a stop word counting half again), the longer left part first ("remymartin" ->
    "remy martin", "glsmondeusearbin" -> "gls mondeuse arbin", "closdela" -> "clos de
    la", "barberadalba" -> "barbera d alba"); unchanged when no split explains it.
    `stubs` (the sorted vocabulary, given for the label's last word): its last piece may
    be the start of a word the till cut ("montepulcianomascia" -> "... mascia")."""
    if len(word) < MIN_GLUED or word in vocabulary or not word.isalpha():
        return [word]
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
                if end < len(word) or len(piece) < MIN_GLUED_STUB or not _starts(piece, stubs):
                    continue
                extra = 1.0  # a cut word explains less than a whole one
            if len(piece) == 1 and (start == 0 or end == len(word)):
                continue  # an elision stands between two words
            cost = here[0] + 1.0 + extra + (0.5 if piece in stop else 0.0)
            known = best[end]
            if known is None or cost < known[0]:
                best[end] = (cost, (*here[1], piece))
    found = best[len(word)]
    if found is not None and len(found[1]) > 1:
        return list(found[1])
    for cut in (1, 2, 3):
        # initials glued to a name ("JMBROCARD", "EGUIGAL"): the initials stand alone
        if len(word) - cut >= MIN_GLUED - 1 and word[cut:] in vocabulary:
            return [word[:cut], word[cut:]]
    return [word]


def _starts(stub: str, ordered: Sequence[str]) -> bool:
    """Some word of the sorted vocabulary starts with `stub` and is longer."""
    at = bisect_left(ordered, stub)
    if at < len(ordered) and ordered[at] == stub:
        at += 1
    return at < len(ordered) and ordered[at].startswith(stub)


def _measure_start(fragment: str, serving: Mapping[str, str]) -> str | None:
    """A one- or two-letter fragment at the till's cut: the measure word it starts if all
    such words mean one serving ("DE" -> "demi"), else nothing (it cannot name a drink)."""
    if len(fragment) < 2:
        return None
    words = sorted(word for word in serving if word.startswith(fragment) and len(word) > 2)
    kinds = {serving[word] for word in words}
    return words[0] if len(kinds) == 1 else None
