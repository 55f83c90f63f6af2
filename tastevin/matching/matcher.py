"""The matcher: proposes the library entry that best matches a POS label."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from tastevin.matching.colour_conventions import colour_unsaid
from tastevin.matching.confirmed import ConfirmedPairs
from tastevin.matching.cut_edge import cut_word
from tastevin.matching.explain import reason, render
from tastevin.matching.families import MAX_CODE
from tastevin.matching.fields import unquoted
from tastevin.matching.folding import WORD, fold
from tastevin.matching.formats import FormatChoice, centilitres, choose_format, units
from tastevin.matching.habits import Habits, learn, outlet_family, serving_stub, with_kinds
from tastevin.matching.index import CLASSIC, Family, LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.measure_codes import stub_serving
from tastevin.matching.mixed import mixed_drink
from tastevin.matching.normalise import draught_family, parse_label
from tastevin.matching.printed import item_column
from tastevin.matching.reading import LabelReader, family_colour
from tastevin.matching.retrieval import label_view, short_list
from tastevin.matching.scoring import FamilyScore, score_family
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import (
    MIN_TILL_WORD_DRINKS,
    MIN_TILL_WORD_LABELS,
    MIN_TILL_WORD_SHARE,
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
from tastevin.matching.verdict import house_alone, verdict
from tastevin.matching.vintages import choose_vintage

CONFIDENT = 0.9  # suggestions shown at or above this are meant to be right 99 times in 100
UNSURE = 0.85  # an answer a convention chose, not the label: offered below CONFIDENT
_TOKEN = re.compile(r"[a-z0-9]+")
_STILL = frozenset({"rouge", "blanc", "rose"})  # a still wine's colour, folded
MIN_COLOUR_SEEN = 3  # wines recognised under a coloured family before its colour is doubted


def _confidence(score: FamilyScore, answer: Answer) -> float:
    base = min(max(score.score, 0.0), 1.0)
    if answer == "none":
        return round(0.45 * base, 3)
    return round((0.55 + 0.45 * base) * (0.95 if answer == "almost" else 1.0), 3)


MIN_BOTTLED_BEERS = 3  # beers in bottles of one volume that make it a bottle's, not a pour
TOGETHER = 0.8  # words on this share of the labels either is on are written as one phrase
HEADER_NEAR = 0.9  # a word the till writes first is its own unless this near a library word
MIN_MEASURE_CODE = 3  # a family code this long that is a measure says the sale's measure


_WORDS = re.compile(r"[a-z0-9]+")


def _more_than(short: str, label: str) -> bool:
    """The label says more of the drink than this abbreviation: another word, no measure,
    number or price."""
    parsed = parse_label(label)
    meaning = set(tables().tokens.get(short, (short,)))
    return any(word not in meaning and not word[:1].isdigit() for word in parsed.tokens)


def _measured_by_family(parsed: ParsedLabel, prefix: str | None) -> ParsedLabel:
    """The sale's measure a till's family code says when the label does not ("MAG*AQUERIA
    22", "BTL*…": a till that files its sales under the measure); a two-letter code may
    file a colour ("VR-" the reds of a Burgundy till) and says none."""
    head = prefix.strip(" /-:>|.#*=") if prefix is not None else ""
    if parsed.serving is not None or len(head) < MIN_MEASURE_CODE or outlet_family(prefix or ""):
        return parsed  # ("DEMI-PENSION - " says where it was sold, no demi)
    measure = parse_label(head)
    if measure.serving is None:
        return parsed
    return replace(
        parsed,
        serving=measure.serving,
        volume_cl=parsed.volume_cl or measure.volume_cl,
        measure=parsed.measure or measure.measure,
    )


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
        if (
            found.answer == "none"
            and habits is not None
            and habits.prefixes
            and any(why.code == "ambiguous" for why in found.reasons)
            and _naming(habits.split(label)[0])
        ):
            # the family's words tell the tied wines apart ("Morgon — Marcel Lapierre")
            whole = self._suggest(
                label, limit, replace(habits, prefixes=()), reader.meanings, formats_unsure
            )
            found = whole if whole.answer != "none" else found
        for short in set(WORD.findall(fold(label))) & reader.open.keys():
            for meaning in reader.open[short]:
                if meaning.startswith(short) and not _more_than(short, label):
                    continue  # "COUPE.CHAMP": a word cut short alone names no drink
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
        prefix, rest = habits.split(label) if habits is not None else (None, unquoted(label))
        if habits is not None and prefix is None:
            prefix, rest = self.reader.glued_code(habits, rest)
        truncated = habits is not None and habits.truncated(label)
        text = self.reader.read(rest, truncated, meanings)
        if habits is not None:
            text = habits.clean(text)  # the till's own words ("servi", "cora 10")
        parsed = replace(self._measured(text), label=label)
        named = self.reader.name_number(rest)
        if named is not None and parsed.vintage_token == named:
            # "VRE P45 JABOULET": the number glued to an initial is Parallèle 45's
            parsed = replace(
                parsed, vintage=None, vintage_token=None, tokens=(*parsed.tokens, named)
            )
        said = parsed.colour
        if prefix is not None and parsed.colour is None:
            # "vins rouges - ", "ROSE/", "(rosés)": the family says the colour the label omits
            colour = family_colour(prefix)
            if habits is not None and prefix in habits.colourless:
                colour = None  # "RS>" files the southern Rhône, not the rosés
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
        parsed = _measured_by_family(parsed, prefix)
        glasses = prefix is not None and serving_stub(prefix) == "glass"
        if glasses and parsed.serving is None and parsed.volume_cl is None:
            # "CAL NEBBIOLO ODDERO": a till that files its glasses under the measure
            parsed = replace(parsed, serving="glass", volume_cl=tables().serving_volumes["glass"])
        view = label_view(parsed, self.index, self.lookup)
        stub = cut_word(rest, view.words) if truncated else None
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
        formats = self._bottles_sold(parsed, formats, prefix, habits)
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
        names = frozenset(
            (frozenset(family.name), frozenset(family.name) & family.specific)
            for family in families
        )
        habits = self._till_words(texts, learn(texts, vocabulary, producers, pairs, names))
        outlets = self._outlet_colours(texts, habits)
        habits = replace(habits, noise=(*habits.noise, *outlets)) if outlets else habits
        if not habits.prefixes and not habits.suffixes:
            return habits
        habits = replace(habits, colourless=self._colourless(texts, habits))
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

    def _measured(self, text: str) -> ParsedLabel:
        """The label read, its measure words that are also the library's words ("KARL
        PINTE 21 BTL": Domaine de la Pinte) read as name words when the label says its
        measure otherwise too; alone, a measure word stays the measure ("PINTE 1664")."""
        parsed = parse_label(text)
        if parsed.serving is None:
            return parsed
        serving = tables().serving
        names = frozenset(
            word for word in _WORDS.findall(text) if word in serving and word in self.index.vocab
        )
        if not names:
            return parsed
        named = parse_label(text, names)
        return named if named.serving is not None or named.volume_cl is not None else parsed

    def _colourless(self, texts: Sequence[str], habits: Habits) -> tuple[str, ...]:
        """The family prefixes whose colour word ("RS>", "ROUGE/") the wines recognised
        under them, their labels read without it, mostly do not have: the till files
        something else under it."""
        coloured = [p for p in habits.prefixes if family_colour(p) is not None]
        if not coloured:
            return ()
        trial = replace(habits, colourless=tuple(coloured))
        colours: dict[str, Counter[str]] = {prefix: Counter() for prefix in coloured}
        for label in texts:
            prefix, rest = trial.split(label)
            if prefix not in colours or parse_label(rest).colour is not None:
                continue
            found = self._best(label, 1, trial, formats_unsure=False)
            if found.answer == "yes" and found.candidates[0].confidence >= CONFIDENT:
                colour = fold(self.index.entries[found.candidates[0].entry_id].colour or "")
                if colour in _STILL:
                    colours[prefix][colour] += 1
        return tuple(
            prefix
            for prefix, seen in colours.items()
            if sum(seen.values()) >= MIN_COLOUR_SEEN
            and seen[str(family_colour(prefix))] * 2 < sum(seen.values())
        )

    def _outlet_colours(self, texts: Sequence[str], habits: Habits) -> tuple[str, ...]:
        """A colour's abbreviation the till writes first on labels that, once it is set
        aside, mostly name drinks that cannot be of that colour (no wine, or a wine of a
        house holding none so: "rs quincy mardon", "rs chivas 12, dose", a hotel's room
        service): where the sale was made, not the colour."""
        colours = self.index.table.colour_words
        firsts: dict[str, list[str]] = {}
        for text in texts:
            words = _WORDS.findall(fold(habits.split(text)[1]))
            if len(words) > 1 and words[0] in colours and words[0] != colours[words[0]]:
                firsts.setdefault(words[0], []).append(text)
        needed = max(MIN_TILL_WORD_LABELS, MIN_TILL_WORD_SHARE * len(texts))
        outlets = []
        for word, mine in sorted(firsts.items()):
            if len(mine) < needed:
                continue
            trial = replace(habits, noise=(*habits.noise, word))
            found = [self.suggest(text, 1, trial) for text in mine]
            # (a drink that cannot be of its colour: no wine, or its house holds none so)
            others = [
                not self.index.house_holds(item.candidates[0].entry_id, colours[word])
                for item in found
                if item.answer != "none"
            ]
            if len(others) >= MIN_TILL_WORD_DRINKS and sum(others) * 2 > len(others):
                outlets.append(word)
        return tuple(outlets)

    def _read(self, label: str, habits: Habits) -> tuple[str, ...]:
        """A label's words as the matcher reads them with these habits."""
        _, rest = habits.split(label)
        text = self.reader.read(rest, habits.truncated(label), self.reader.meanings)
        return parse_label(text).tokens

    def _till_words(self, texts: Sequence[str], habits: Habits) -> Habits:
        """The till's own words: unknown to the library and the tables, recurring across
        its labels, and naming several different drinks once set aside ("JDG" of a sake
        list, "servi en pot", "cora 15"); words the till writes together are set aside
        together ("bien frais"). An unknown producer's name recurs too, but without it its
        labels name no drink, or one: it stays a word that forbids."""
        noise: list[str] = []
        measures: list[str] = []
        read = [self._read(text, habits) for text in texts]
        candidates: dict[str, set[int]] = {}
        headers: set[str] = set()
        for word, holders in sorted(till_words(read, self.lookup.known).items()):
            initials = word.isalpha() and word in self.index.initial_postings
            near = max(self.lookup.matches(word).values(), default=0.0)
            # ...unless the till writes it first, wherever it is, and it is no library
            # word cut short: where the sale was made ("bar ricard", "bar pinte 1664")
            header = near < HEADER_NEAR and all(read[n][:1] == (word,) for n in holders)
            if (near and not header) or initials:
                continue  # it may stand for a library word: a cut, a typo, an abbreviation
            candidates[word] = set(holders)
            if header:
                headers.add(word)
        for word, numbers in candidates.items():
            mine = [texts[number] for number in sorted(numbers)]
            # (or written first, a glass's word cut short: "BAL LAYON 20", a ballon)
            measure = is_measure(word, mine) or (word in headers and stub_serving(word) == "glass")
            # the words written beside it on nearly all its labels, as one phrase
            phrase = tuple(
                other
                for other, theirs in candidates.items()
                if len(numbers & theirs) >= TOGETHER * len(numbers | theirs)
            )
            trial = replace(habits, measures=(word,)) if measure else replace(habits, noise=phrase)
            drinks = set()
            for text in mine:
                found = self.suggest(text, 1, trial)
                if found.answer != "none":
                    drinks.add(self.index.family_of[found.candidates[0].entry_id])
            if len(drinks) >= MIN_TILL_WORD_DRINKS:
                (measures if measure else noise).append(word)
        return replace(habits, noise=tuple(noise), measures=(*habits.measures, *measures))

    def _bottles_sold(
        self,
        parsed: ParsedLabel,
        formats: dict[int, FormatChoice],
        prefix: str | None,
        habits: Habits | None,
    ) -> dict[int, FormatChoice]:
        """A bare volume read as a pour from the keg by convention is a bottle's where the
        restaurant sells several beers in bottles of that volume ("Kilkenny (50cl)" of a
        pub selling a dozen 50 cl bottles), or where the till files its draught under a
        family of its own and this label under another ("BIER-25CL.1664" of a till whose
        pours are "PRES-"): one the library lacks."""
        volume = parsed.volume_cl
        filed = habits is not None and any(draught_family(p) for p in habits.prefixes)
        elsewhere = filed and (prefix is None or not draught_family(prefix))
        if volume is None or not (
            elsewhere or self.index.beer_bottles[volume] >= MIN_BOTTLED_BEERS
        ):
            return formats
        return {
            number: replace(
                choice,
                format_cl=None,
                units=None,
                drawn_by_convention=False,
                missing=reason("format_missing", format=f"{centilitres(volume)} cl bottle"),
            )
            if choice.drawn_by_convention
            else choice
            for number, choice in formats.items()
        }

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
        why, served = verdict(parsed, scores, formats, stub, mixed)
        if why is not None:
            candidates = tuple(self._candidate(parsed, s, formats, False) for s in scores[:limit])
            return Suggestion(
                parsed.label, "none", candidates, parsed.vintage, None, why.render(), (why,)
            )
        pick = served[0]
        rest = [s for s in scores if s is not pick][: max(limit - 1, 0)]
        # a convention chose, not the label: a colour unsaid, a house poured by the glass
        unsure = (
            colour_unsaid(parsed, pick, scores)
            or house_alone(parsed, [item for item in scores if item.credible], formats) > 1
            or (unread and _format_unsaid(parsed, pick))
            or pick.appellation_alone  # the only wine of the appellation the label names
            or formats[pick.family.number].drawn_by_convention
            or _plain_by_convention(pick, scores)
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
    Occitan till's half bottles, a bare "150" first); a journal's columns (the quantity,
    the price) are none of that."""
    label = item_column(label)
    if rest == label:
        return False
    kept = set(_TOKEN.findall(fold(rest)))
    table_words = table_vocabulary()
    return any(
        word not in table_words and not family_colour(word)
        for word in _TOKEN.findall(fold(label))
        if word not in kept
    )


def _plain_by_convention(pick: FamilyScore, scores: list[FamilyScore]) -> bool:
    """The house's ordinary wine ("Cuvée Classique") chosen over its other cuvées that
    the label's words fit as well: a convention chose, not the label."""
    plain = pick.family.wine and pick.uncovered and pick.uncovered <= CLASSIC
    return bool(plain) and any(
        item is not pick and item.explained == pick.explained for item in scores
    )


def _naming(prefix: str | None) -> bool:
    """A family prefix that may name a drink: a word no table knows, longer than a till's
    code ("Morgon — ", "Longeteau • "); not only a colour, a kind or a measure ("BLANC/VRE
    "), nor a code ("BIA." of bianco, which starts Terre Bianche)."""
    return prefix is not None and any(
        len(word) > MAX_CODE and word not in table_vocabulary()
        for word in _TOKEN.findall(fold(prefix))
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
