"""The matcher: proposes the library entry that best matches a POS label."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from tastevin.matching.colour_conventions import colour_twins, colour_unsaid, unstated_rose
from tastevin.matching.confirmed import ConfirmedPairs
from tastevin.matching.explain import Reason, reason, render
from tastevin.matching.folding import fold
from tastevin.matching.formats import KEG, FormatChoice, choose_format, units
from tastevin.matching.habits import Habits, learn, serving_stub, with_kinds
from tastevin.matching.index import Family, LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.mixed import mixed_drink, placed
from tastevin.matching.normalise import draught_family, parse_label
from tastevin.matching.reading import WORD, LabelReader, cut_word, family_colour
from tastevin.matching.retrieval import label_view, short_list
from tastevin.matching.scoring import EXPLAINED, FamilyScore, score_family
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import (
    MIN_TILL_WORD_DRINKS,
    is_measure,
    table_vocabulary,
    till_words,
)
from tastevin.matching.types import (
    BY_MEASURE,
    Answer,
    Candidate,
    LibraryEntry,
    ParsedLabel,
    Suggestion,
)
from tastevin.matching.vintages import choose_vintage, vintage_chooses, years

AMBIGUITY_MARGIN = 0.03
CONFIDENT = 0.9  # suggestions shown at or above this are meant to be right 99 times in 100
MAX_POUR_CL = 20  # a volume up to this is poured, not a bottle
UNSURE = 0.85  # an answer a convention chose, not the label: offered below CONFIDENT
_TOKEN = re.compile(r"[a-z0-9]+")
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
        self.reader = LabelReader(self.index, self.lookup)

    def suggest(self, label: str, limit: int = 3, habits: Habits | None = None) -> Suggestion:
        """The best library drinks for one label, read with its connection's habits. An
        abbreviation with two meanings the library both holds ("CDP") is read both ways,
        and the reading that names a drink more surely wins."""
        return self._best(label, limit, habits, formats_unsure=True)

    def _best(
        self, label: str, limit: int, habits: Habits | None, *, formats_unsure: bool
    ) -> Suggestion:
        """``formats_unsure``: a format chosen by convention lowers the confidence (what a
        family of the till announces is learnt without it: the kind, not the format)."""
        reader = self.reader
        found = self._suggest(label, limit, habits, reader.meanings, formats_unsure)
        if found.answer == "none" and any(
            why.code == "prefix_conflict" for item in found.candidates for why in item.reasons
        ):
            # nothing of the kinds the family announces: one next to them ("VB LAYON")
            akin = self._suggest(label, limit, habits, reader.meanings, formats_unsure, True)
            found = akin if akin.answer != "none" else found
        for short in set(WORD.findall(fold(label))) & reader.open.keys():
            for meaning in reader.open[short]:
                other = self._suggest(
                    label, limit, habits, {**reader.meanings, short: meaning}, formats_unsure
                )
                if _surer(other, found):
                    found = other
        return found

    def _suggest(
        self,
        label: str,
        limit: int,
        habits: Habits | None,
        meanings: Mapping[str, str],
        formats_unsure: bool,
        akin: bool = False,
    ) -> Suggestion:
        """``akin``: the family prefix also admits the kinds next to those recognised
        under it (tried when nothing of those kinds was found)."""
        prefix, rest = habits.split(label) if habits is not None else (None, label)
        if habits is not None and prefix is None:
            prefix, rest = self.reader.glued_code(habits, rest)
        truncated = habits is not None and habits.truncated(label)
        text = self.reader.read(rest, truncated, meanings)
        if habits is not None:
            text = habits.clean(text)  # the till's own words ("servi", "cora 10")
        parsed = replace(parse_label(text), label=label)
        said = parsed.colour
        if prefix is not None and parsed.colour is None:
            # "vins rouges - ", "ROSE/", "(rosés)": the family says the colour the label omits
            colour = family_colour(prefix)
            if colour is None and habits is not None:
                colour = habits.colour(prefix)  # "VRS:": a code whose wines were all rosés
            parsed = replace(parsed, colour=colour)
        if (
            prefix is not None
            and parsed.serving is None
            and parsed.volume_cl is not None
            and draught_family(prefix)
        ):
            parsed = replace(parsed, serving="glass")  # "PRESS/MEL.BLONDE 25": drawn
        glasses = prefix is not None and serving_stub(prefix) == "glass"
        if glasses and parsed.serving is None and parsed.volume_cl is None:
            # "CAL NEBBIOLO ODDERO": a till that files its glasses under the measure
            parsed = replace(parsed, serving="glass", volume_cl=tables().serving_volumes["glass"])
        view = label_view(parsed, self.index, self.lookup)
        stub = cut_word(label, view.words) if truncated else None
        view = replace(view, cut=stub)
        allowed = habits.allowed_kinds(prefix) if habits is not None else None
        if allowed is not None and said is not None:
            allowed = allowed | {said}  # "CHAMP/MERCIER ROSE": the label says its colour
        if allowed is not None and akin:
            allowed = _akin(allowed)
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
        # "Cocktail • Ti' punch • …": a family of mixed drinks says the label is one
        mixed = mixed_drink(parse_label(prefix)) if prefix is not None else None
        unread = formats_unsure and _unread(label, rest)
        return self._decide(parsed, scores, formats, limit, stub, mixed, unread)

    def learn_habits(self, labels: Iterable[str]) -> Habits:
        """One connection's habits from all its labels, and what each of its family
        prefixes announces: the kinds of the drinks recognised with confidence under it."""
        texts = list(labels)
        families = self.index.families
        producers = frozenset(word for family in families for word in family.producer)
        pairs = frozenset(
            pair
            for family in families
            for words in (family.name, family.producer, family.appellation)
            for pair in itertools.pairwise(words)
        )
        vocabulary = frozenset(self.index.vocab)
        habits = self._till_words(texts, learn(texts, vocabulary, producers, pairs))
        if not habits.prefixes and not habits.suffixes:
            return habits
        seen = []
        for label in texts:
            prefix, rest = habits.split(label)
            if prefix is None or parse_label(rest).colour == "rose":
                continue  # a rosé is said: "BUL/HENRIOT ROSE" does not make BUL/ the rosés
            found = self._best(label, 1, habits, formats_unsure=False)
            if found.answer == "yes" and found.candidates[0].confidence >= CONFIDENT:
                entry = self.index.entries[found.candidates[0].entry_id]
                seen.append((prefix, kind_of(entry)))
        return with_kinds(habits, seen)

    def _read(self, label: str, habits: Habits) -> tuple[str, ...]:
        """A label's words as the matcher reads them with these habits."""
        _, rest = habits.split(label)
        text = self.reader.read(rest, habits.truncated(label), self.reader.meanings)
        return parse_label(text).tokens

    def _till_words(self, texts: Sequence[str], habits: Habits) -> Habits:
        """The till's own words: unknown to the library and the tables, recurring across
        its labels, and naming several different drinks once set aside ("JDG" of a sake
        list, "servi en pot", "cora 15"). An unknown producer's name recurs too, but
        without it its labels name no drink, or one: it stays a word that forbids."""
        noise: list[str] = []
        measures: list[str] = []
        read = [self._read(text, habits) for text in texts]
        for word, numbers in sorted(till_words(read, self.lookup.known).items()):
            initials = word.isalpha() and word in self.index.initial_postings
            if self.lookup.matches(word) or initials:
                continue  # it may stand for a library word: a cut, a typo, an abbreviation
            mine = [texts[number] for number in numbers]
            measure = is_measure(word, mine)
            trial = replace(habits, measures=(word,)) if measure else replace(habits, noise=(word,))
            drinks = set()
            for text in mine:
                found = self.suggest(text, 1, trial)
                if found.answer != "none":
                    drinks.add(self.index.family_of[found.candidates[0].entry_id])
            if len(drinks) >= MIN_TILL_WORD_DRINKS:
                (measures if measure else noise).append(word)
        return replace(habits, noise=tuple(noise), measures=tuple(measures))

    def _decide(
        self,
        parsed: ParsedLabel,
        scores: list[FamilyScore],
        formats: dict[int, FormatChoice],
        limit: int,
        stub: str | None = None,
        mixed: str | None = None,
        unread: bool = False,
    ) -> Suggestion:
        verdict, served = _verdict(parsed, scores, formats, stub, mixed)
        if verdict is not None:
            candidates = tuple(self._candidate(parsed, s, formats, False) for s in scores[:limit])
            return Suggestion(
                parsed.label, "none", candidates, parsed.vintage, None, verdict.render(), (verdict,)
            )
        pick = served[0]
        rest = [s for s in scores if s is not pick][: max(limit - 1, 0)]
        # a convention chose, not the label: a colour unsaid, a house poured by the glass
        unsure = (
            colour_unsaid(parsed, pick, scores)
            or _house_alone(parsed, [item for item in scores if item.credible], formats) > 1
            or (unread and _format_unsaid(parsed, pick))
            or pick.appellation_alone  # the only wine of the appellation the label names
        )
        first = self._candidate(parsed, pick, formats, True, unsure)
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
        unsure: bool = False,
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
            confidence=min(_confidence(score, answer), UNSURE)
            if unsure
            else _confidence(score, answer),
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


_RANK = {"yes": 2, "almost": 1, "none": 0}


def _unread(label: str, rest: str) -> bool:
    """The till's habits set aside part of the label (a family code, an article number, a
    field) that is no word the tables know: it may have said the format ("MIEJA " of an
    Occitan till's half bottles, a bare "150" first)."""
    if rest == label:
        return False
    kept = set(_TOKEN.findall(fold(rest)))
    table_words = table_vocabulary()
    return any(
        word not in table_words and not family_colour(word)
        for word in _TOKEN.findall(fold(label))
        if word not in kept
    )


def _format_unsaid(parsed: ParsedLabel, pick: FamilyScore) -> bool:
    """The drink is held in several formats and the label says none of them: its ordinary
    bottle was chosen by convention."""
    said = parsed.serving is not None or parsed.volume_cl is not None or parsed.measure
    return not said and len(pick.family.formats) > 1


def _surer(other: Suggestion, found: Suggestion) -> bool:
    def key(item: Suggestion) -> tuple[int, float]:
        first = item.candidates[0].confidence if item.candidates else 0.0
        return _RANK[item.answer], first

    return key(other) > key(found)


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
    mixed: str | None = None,
) -> tuple[Reason | None, list[FamilyScore]]:
    """Why the label designates no wine (or None), and the credible wines that have the
    label's format, best first. ``mixed``: the mixed drink the label's family names."""
    mixed = mixed_drink(parsed) or mixed
    if mixed is not None and not placed(mixed, scores):
        return reason("mixed_drink", drink=mixed), []
    houses = _house_alone(parsed, [item for item in scores if item.credible], formats)
    if houses > 1 and not _sparkling_poured(parsed, scores):
        return reason("house_alone", count=houses), []
    credible = unstated_rose(parsed, [item for item in scores if item.credible])
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
    if not served or (
        credible[0].score - served[0].score > AMBIGUITY_MARGIN
        and not _format_tells(served[0], credible[0])
    ):
        return formats[credible[0].family.number].missing, served
    twins = colour_twins(parsed, served)
    if twins > 1:
        return reason("ambiguous", count=twins), []
    plainer = _plainer_unserved(served[0], credible, formats)
    if plainer is not None:
        return formats[plainer.family.number].missing, []
    if parsed.classification is None:
        served = _plain_cru(served)
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


def _plain_cru(served: list[FamilyScore]) -> list[FamilyScore]:
    """A grand or premier cru is said on a label: among one house's wines whose names
    explain the same label words, the one without a classification is meant ("RIESLING
    SCHLUMBERGER" is its Princes Abbés, not its Grand Cru Saering; "CHABLIS BROCARD" not
    its premier cru), and the crus are set aside."""
    if len(served) < 2:
        return served
    top = served[0]
    close = [item for item in served if item.explained == top.explained]
    plain = [item for item in close if not item.family.classifications]
    if len(close) < 2 or len(plain) != 1 or len({i.family.producer for i in close}) > 1:
        return served
    return [plain[0], *(item for item in served if item not in close)]


def _poured(parsed: ParsedLabel) -> bool:
    volume = parsed.volume_cl
    return parsed.serving in BY_MEASURE or (volume is not None and volume <= MAX_POUR_CL)


def _sparkling_poured(parsed: ParsedLabel, scores: list[FamilyScore]) -> bool:
    """A coupe of a champagne house ("COUPE MUMM", "BULLES COUPE FEUILLATT"): a bar pours
    the house's brut by the glass, which the conventions of the decision find (five blind
    builders read it so); a dose of a house's spirit or a glass of its wine is none."""
    return _poured(parsed) and any(
        item.family.category == "champagne" or item.family.colour == "effervescent"
        for item in scores
        if item.credible
    )


def _house_alone(
    parsed: ParsedLabel, credible: list[FamilyScore], formats: dict[int, FormatChoice]
) -> int:
    """How many drinks of one house a label could mean when it names the house and
    nothing of which of its drinks ("LILLET" of a bar holding the Blanc and the Rosé,
    "CH DE BRIAT" with its Hors d'Âge and a vintage held): every word it explains is the
    house's, each such drink leaves words of its name unsaid, and the label's vintage is
    held by none or several. A convention (the rosé is said, the plain one is meant) would
    choose for the owner; the label does not."""
    served = [item for item in credible if formats[item.family.number].format_cl is not None]
    if len(served) < 2 or not served[0].family.producer:
        return 1
    top = served[0]
    house = top.family.producer
    for item in served:
        said = {word for word, grade in item.grades.items() if grade >= EXPLAINED}
        if not said or not said <= set(item.family.producer) | set(item.family.appellation):
            return 1  # the label says more than a house and its appellation ("50°")
    same = [
        item for item in served if item.family.producer == house and item.explained == top.explained
    ]
    left = [_unsaid(item, parsed) | _producer_left(item) for item in same]
    if len(same) < 2 or not all(left):
        return 1  # one drink, or one the label names in full ("PRODUTTORI DEL BARBARESCO")
    plain = min(left, key=len)
    if all(plain < other for other in left if other is not plain):
        return 1  # the house's plain drink: "MIRAVAL" is its Rosé, not the Studio by Miraval
    if vintage_chooses(parsed.vintage, same):
        return 1
    return len(same)


def _unsaid(item: FamilyScore, parsed: ParsedLabel) -> frozenset[str]:
    """The words of a drink's name the label does not say, generic ones included (a
    house's "Millésime" is one of its drinks, not a word about any), styles excepted."""
    table = tables()
    written = set(WORD.findall(fold(parsed.label))) | set(parsed.tokens)
    return frozenset(
        word
        for word in item.family.name
        if item.grades.get(word, 0.0) < EXPLAINED
        and word not in written
        and word not in table.style_words
        and word not in table.stopwords
        and word not in item.family.producer
    )


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
        # ...nor between producers the label names only by a word they share ("LEOVILLE
        # 15": Léoville Barton or Léoville Las Cases, whichever is held in 2015)
        shared = frozenset.intersection(*(frozenset(item.family.producer) for item in group))
        named = len({item.family.producer for item in group}) == 1 or all(
            any(
                item.grades.get(word, 0.0) >= EXPLAINED
                for word in item.family.producer
                if word not in shared
            )
            for item in group
        )
        chosen = (
            [item for item in group if vintage in years(item)]
            if named and vintage_chooses(vintage, group)
            else []
        )
    else:
        chosen = [item for item in group if not item.family.vintaged]
    if len(chosen) == 1:
        return [chosen[0], *(item for item in served if item not in same)], 1
    if comparable:
        return served, 1
    return served, len(same)


def _format_tells(served: FamilyScore, unserved: FamilyScore) -> bool:
    """The label's words fit a drink on draught, poured in the label's measure, and one
    that is not equally, each leaving as much of its name unsaid ("DEMI 1664": the 1664
    Blonde on draught, not the 1664 Blanc in 25 cl bottles): the measure chooses."""
    on_draught = any(size >= KEG for size in served.family.formats)
    return (
        on_draught
        and served.explained == unserved.explained
        and len(served.uncovered | _producer_left(served))
        <= len(unserved.uncovered | _producer_left(unserved))
    )


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


def _akin(allowed: frozenset[str]) -> frozenset[str]:
    """The kinds next to those a family prefix was seen to announce: a sweet white filed
    with the whites ("VB LAYON"), a spirit with the aperitifs ("APERO/2CL 51")."""
    more = {"liquoreux"} if "blanc" in allowed else set()
    if "autre" in allowed:
        more.add("spiritueux")
    return allowed | more


def _within(score: FamilyScore, prefix: str | None, allowed: frozenset[str] | None) -> FamilyScore:
    """A drink of a kind never recognised under the label's family prefix is not credible
    ("SOFT/PERRIER" is no champagne)."""
    kind = score.family.colour or score.family.category or "autre"
    if prefix is None or allowed is None or kind in allowed:
        return score
    problem = reason("prefix_conflict", prefix=prefix.strip(" /-:>|"), kind=kind)
    return replace(score, credible=False, problems=(*score.problems, problem))
