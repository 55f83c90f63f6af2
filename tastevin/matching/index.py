"""Indexes one restaurant's library once: wines grouped into families, token weights,
postings and the precomputed choice lists used by rapidfuzz."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from tastevin.matching.folding import fold
from tastevin.matching.normalise import NUMBER_FIGURES, NUMBER_INITIALS, text_tokens
from tastevin.matching.tables import Tables, tables
from tastevin.matching.types import LibraryEntry

_INITIALISM_RUN = (2, 3, 4, 5)
_PREPOSITIONS = frozenset({"de", "du", "d", "des"})
# a producer's owner, said after its estate ("Château du Coing (Günther-Chéreau)")
_OWNER = re.compile(r"\([^)]*\)")
ROSE = "rose"
_WINES = frozenset({"vin", "champagne"})
KEG = Decimal(1000)  # a drink held in this size or more is on draught
# words that make an "autre" drink a cider or a perry
CIDERS = frozenset({"cidre", "cidres", "cider", "poire", "sidra"})
# the words of an estate's ordinary wine ("Tradition de Campuget", "Cuvée Classique")
PLAIN_CUVEES = frozenset({"tradition", "traditionnelle", "classique", "classic"})
# ...of which the one no builder reads as a cuvée of its own ("Cuvée Classique")
CLASSIC = frozenset({"classique", "classic"})
# a compound appellation: its head, then words joined to it by a hyphen or a preposition
# ("Crozes-Hermitage", "Côte de Brouilly", "Amarone della Valpolicella"); a regional head
# is skipped ("Côtes de Provence": Provence is the head), a "Saint-" head keeps its saint
# ("Château-Chalon", "Bas-Armagnac", "L'Étoile": the head is Chalon, Armagnac, Étoile)
_REGIONAL_HEADS = frozenset(
    {"cotes", "coteaux", "vin", "vins", "vino", "chateau", "haut", "hautes", "bas", "l", "le", "la"}
)
_LINKS = frozenset({"de", "du", "des", "d", "di", "della", "del", "les", "lez", "a", "en", "sur"})
_SAINTS = frozenset({"saint", "sainte", "st", "ste", "san", "santa"})
_PART = re.compile(r"[a-z0-9]+|[-'’]")


@dataclass(frozen=True)
class Family:
    """One wine in every vintage and format: same name, producer, appellation, colour."""

    number: int
    name: tuple[str, ...]
    producer: tuple[str, ...]
    appellation: tuple[str, ...]
    extra: tuple[str, ...]
    tokens: frozenset[str]
    colour: str | None
    cuvee: tuple[str, ...]
    second_wine: bool
    producer_distinct: frozenset[str]
    classifications: frozenset[str]
    initialisms: dict[str, tuple[str, ...]]
    name_text: str
    # name or producer words that say more than the appellation (the wine's identity)
    specific: frozenset[str]
    # a producer spelled like its appellation ("Château de Pommard"): its full name
    producer_phrase: tuple[str, ...]
    rose: bool
    category: str | None
    # format_cl -> ((vintage, entry id), ...), most recent vintage first
    formats: dict[Decimal, tuple[tuple[int | None, str], ...]]
    # a compound appellation's head, and the words joined to it that name this wine only
    # with it (not words of its producer or of its name beyond the appellation)
    appellation_head: frozenset[str] = frozenset()
    appellation_tail: frozenset[str] = frozenset()
    # the words hyphened to the head, whether or not alone they name an appellation
    # ("champigny" of Saumur-Champigny)
    appellation_joined: frozenset[str] = frozenset()
    # its name's words that are, whole, another held drink's appellation (a Fleurie whose
    # climat is "Champagne"): alone on a label, such a word says that appellation
    borrowed: frozenset[str] = frozenset()

    @property
    def numbered(self) -> bool:
        """A number is part of its name ("Rochefort 8", "Havana Club 3 Años")."""
        return any(word.isdigit() for word in self.name)

    @property
    def wine(self) -> bool:
        return self.category is None or self.category in _WINES

    @property
    def vintaged(self) -> bool:
        return any(v is not None for rows in self.formats.values() for v, _ in rows)


def _content(words: Sequence[str], table: Tables) -> tuple[str, ...]:
    return tuple(word for word in words if word not in table.stopwords)


def _initialisms(fields: Sequence[Sequence[str]], table: Tables) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for words in fields:
        for sequence in (list(words), list(_content(words, table))):
            for size in _INITIALISM_RUN:
                for start in range(len(sequence) - size + 1):
                    run = sequence[start : start + size]
                    found.setdefault("".join(word[0] for word in run), tuple(run))
                    # a number said as its French word inside a name ("Entre-deux-Mers":
                    # EDM; not "BIB 5 L", a size)
                    if any(word in NUMBER_INITIALS for word in run[1:-1]):
                        spoken = "".join(NUMBER_INITIALS.get(word, word[0]) for word in run)
                        found.setdefault(spoken, tuple(run))
                    # ...or its figure, as a rebus: "C9DP" (Châteauneuf-du-Pape), "E2M"
                    rebus = "".join(_rebus(word) for word in run)
                    if any(letter.isdigit() for letter in rebus):
                        found.setdefault(rebus, tuple(run))
    return found


MIN_REBUS_HEAD = 3  # "chateau|neuf": a word before the number's, this long at least


def _rebus(word: str) -> str:
    """A word's initial in a rebus: the figure of the French number it is or ends with
    ("deux": 2, "chateauneuf": C9), else its first letter."""
    if word in NUMBER_FIGURES:
        return NUMBER_FIGURES[word]
    for number, figure in NUMBER_FIGURES.items():
        head = word.removesuffix(number)
        if head != word and len(head) >= MIN_REBUS_HEAD:
            return word[0] + figure
    return word[0]


def _classifications(words: Sequence[str], table: Tables) -> frozenset[str]:
    joined = f" {' '.join(words)} "
    return frozenset(n for n, phrase in table.classifications if f" {' '.join(phrase)} " in joined)


def _estate(producer: str | None, table: Tables) -> tuple[str, ...]:
    """The producer's own words, without its owner said in brackets after it."""
    return _content(text_tokens(_OWNER.sub(" ", producer or "")), table)


def _second_wine(
    name_words: Sequence[str],
    cuvee: Sequence[str],
    producer: Sequence[str],
    distinct: frozenset[str],
    table: Tables,
) -> bool:
    """A named cuvée of an estate ("Les Forts de Latour", "Lacoste-Borie"): its name takes
    the estate after a preposition, or only part of the estate's name, plus cuvée words."""
    if not cuvee or all(len(word) == 1 for word in cuvee):
        return False  # a letter before the estate is its mark ("M de Minuty", "R de Ruinart")
    if set(cuvee) <= PLAIN_CUVEES:
        return False  # "Tradition de Campuget": the estate's ordinary wine, no second one
    estate = set(producer) - table.generic
    words = list(name_words)
    content = [word for word in words if word not in table.stopwords]
    if content[: len(producer)] == list(producer):
        return False  # the producer's own name first: its cuvée ("Cellier des Dauphins Prestige")
    house = [word for word in producer if word not in table.generic | table.stopwords]
    if content and house and content[0] == house[0]:
        return False  # the house's short name first: its cuvée ("Moët Impérial" of Moët & Chandon)
    for index, word in enumerate(words[:-1]):
        if word in _PREPOSITIONS:
            following = next((w for w in words[index + 1 :] if w not in table.generic), None)
            if following in estate:
                return True
    named = distinct & set(words)
    return bool(named) and not distinct <= set(words)


def _compound(appellation: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The head of a compound appellation and the words joined to it, each another
    appellation's name on its own: "HERMITAGE" is not a Crozes-Hermitage, "BROUILLY" not
    a Côte de Brouilly, "POMEROL" not a Lalande-de-Pomerol. A space after the head ends
    the compound: "Côtes de Provence Sainte-Victoire" has none."""
    if not appellation:
        return frozenset(), frozenset()
    words: list[tuple[str, bool]] = []  # (word, joined to the previous one by a hyphen)
    joined = False
    for part in _PART.findall(fold(appellation)):
        if part in "-'’":
            joined = True
            continue
        words.append((part, joined))
        joined = False
    start = 0
    while start < len(words) and (words[start][0] in _REGIONAL_HEADS or words[start][0] in _LINKS):
        start += 1
    if start >= len(words):
        return frozenset(), frozenset()
    head = [words[start][0]]
    end = start + 1
    if head[0] in _SAINTS and end < len(words) and words[end][1]:
        head.append(words[end][0])
        end += 1
    tail: list[str] = []
    while end < len(words):
        word, hyphen = words[end]
        if not (hyphen or word in _LINKS or words[end - 1][0] in _LINKS):
            break
        if word not in _LINKS:
            tail.append(word)
        end += 1
    heads, tails = _tokens(head), _tokens(tail)
    return heads, tails - heads


def _tokens(words: Sequence[str]) -> frozenset[str]:
    return frozenset(token for word in words for token in text_tokens(word))


def _build_family(number: int, rows: list[LibraryEntry], table: Tables) -> Family:
    first = rows[0]
    name_words = text_tokens(first.name)
    producer_words = text_tokens(first.producer)
    appellation_words = text_tokens(first.appellation)
    extra = _content(
        text_tokens(first.region) + text_tokens(first.country) + text_tokens(first.category), table
    )
    name, producer, appellation = (
        _content(name_words, table),
        _content(producer_words, table),
        _content(appellation_words, table),
    )
    colour_words = set(table.colour_words)
    skip = set(producer) | set(appellation) | table.generic | colour_words
    cuvee = tuple(word for word in name if word not in skip)
    distinct = frozenset(word for word in producer if len(word) > 1) - set(appellation)
    distinct -= table.generic
    colour = fold(first.colour) if first.colour else None
    # a colour word in a beer's or vermouth's name ("Château Rouge") is part of its name
    specific = (frozenset(name) | distinct) - set(appellation) - table.generic - table.style_words
    specific -= table.category_words.keys()  # "Cidre 2100": "CIDRE" says the kind, not which
    if fold(first.category or "") == "biere":
        specific -= table.beer_styles  # "PRESS/BLONDE 25" names no brewery's Blonde
    if colour is not None:
        specific -= colour_words
    formats: dict[Decimal, list[tuple[int | None, str]]] = defaultdict(list)
    for row in rows:
        formats[Decimal(row.format_cl)].append((row.vintage, row.id))
    ordered = {
        size: tuple(sorted(items, key=lambda item: -(item[0] or 0)))
        for size, items in formats.items()
    }
    head, tail = _compound(first.appellation)
    joined = tail
    # the name's own words, beyond the appellation it repeats ("Nuits-Saint-Georges 1er Cru
    # Les Saint-Georges": the climat's Saint-Georges names the wine)
    own = Counter(name)
    if not Counter(appellation) - own:
        own -= Counter(appellation)
    tail = frozenset(word for word in tail if word not in producer and not own[word])
    return Family(
        number=number,
        name=name,
        producer=producer,
        appellation=appellation,
        extra=extra,
        tokens=frozenset(name + producer + appellation + extra),
        colour=colour,
        cuvee=cuvee,
        # a second wine is an estate's habit; "Leffe Blonde" by "Abbaye de Leffe" is a brand
        second_wine=fold(first.category or "vin") in _WINES
        and _second_wine(name_words, cuvee, _estate(first.producer, table), distinct, table),
        producer_distinct=distinct,
        classifications=_classifications(name_words + appellation_words, table),
        initialisms=_initialisms((name_words, producer_words, appellation_words), table),
        name_text=" ".join(name_words),
        specific=frozenset(word for word in specific if len(word) > 1),
        producer_phrase=producer if not distinct and len(producer) > 1 else (),
        rose=colour == ROSE or ROSE in name,
        category=fold(first.category) if first.category else None,
        formats=ordered,
        appellation_head=head,
        appellation_tail=tail,
        appellation_joined=joined,
    )


def _family_key(entry: LibraryEntry) -> tuple[str, ...]:
    parts = (entry.name, entry.producer, entry.appellation, entry.colour)
    return tuple(" ".join(text_tokens(part)) for part in parts)


class LibraryIndex:
    """Everything the matcher needs about a library, computed once."""

    def __init__(self, entries: Sequence[LibraryEntry]) -> None:
        table = tables()
        self.table = table
        self.entries = {entry.id: entry for entry in entries}
        grouped: dict[tuple[str, ...], list[LibraryEntry]] = defaultdict(list)
        for entry in entries:
            grouped[_family_key(entry)].append(entry)
        self.families = [
            _build_family(number, rows, table) for number, rows in enumerate(grouped.values())
        ]
        # a compound's tail names another appellation when the library holds that
        # appellation, or when it is one that other compounds are known to end with
        appellations = {
            word for f in self.families for word in f.appellation_head if f.appellation_head
        } | table.appellation_tails
        self.families = [
            replace(family, appellation_tail=family.appellation_tail & appellations)
            if family.appellation_tail
            else family
            for family in self.families
        ]
        held = {f.appellation[0] for f in self.families if len(f.appellation) == 1}
        self.families = [
            replace(family, borrowed=family.specific & held - set(family.producer))
            if family.specific & held
            else family
            for family in self.families
        ]
        # the bottle sizes the restaurant sells beers in, and how many beers in each
        self.beer_bottles = Counter(
            size
            for family in self.families
            if family.category == "biere"
            for size in family.formats
            if size < KEG
        )
        self.family_of = {
            entry_id: family.number
            for family in self.families
            for rows in family.formats.values()
            for _, entry_id in rows
        }
        postings: dict[str, list[int]] = defaultdict(list)
        initials: dict[str, list[int]] = defaultdict(list)
        for family in self.families:
            for token in family.tokens:
                postings[token].append(family.number)
            for initialism in family.initialisms:
                initials[initialism].append(family.number)
        self.postings = {token: tuple(numbers) for token, numbers in postings.items()}
        self.initial_postings = {key: tuple(numbers) for key, numbers in initials.items()}
        self.vocab = sorted(self.postings)
        self.texts = [" ".join(f.name + f.producer + f.appellation) for f in self.families]
        size = max(len(self.families), 1)
        self._scale = math.log(1 + 2 * size)
        self._size = size
        self.weights = {token: self._weight(token) for token in self.vocab}
        # words that name a drink (its own name or producer, beyond its appellation), and
        # every word of a drink's name: a label word among them that a candidate does not
        # explain names another drink of the library
        self.identity_words = frozenset(word for f in self.families for word in f.specific)
        self.name_words = frozenset(word for f in self.families for word in f.name)

    def _weight(self, token: str) -> float:
        if token in self.table.stopwords:
            return 0.0
        frequency = len(self.postings.get(token, ()))
        if len(token) == 1:
            # a lone letter is usually an initial; one that is itself a library word
            # ("R de Ruinart") is real evidence, but never decisive on its own.
            return 0.1 if frequency == 0 else 0.4
        weight = 1.0 if frequency == 0 else math.log(1 + self._size / frequency) / self._scale
        return min(weight, 0.15) if token in self.table.generic else weight

    def house_holds(self, entry_id: str, colour: str) -> bool:
        """The drink's producer holds a wine of that colour."""
        producer = self.families[self.family_of[entry_id]].producer
        return any(f.producer == producer and f.colour == colour for f in self.families)

    def weight(self, token: str) -> float:
        known = self.weights.get(token)
        return self._weight(token) if known is None else known
