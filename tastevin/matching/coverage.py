"""What a label's words cover of one drink family: each word's best reading in the family
(a word of it, an initial, an initialism, a kind the word says), the weights explained and
left unexplained, the family words the label says. Scoring and its conflicts read it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tastevin.matching.describing import other_water, says_nothing
from tastevin.matching.index import CIDERS, Family, LibraryIndex
from tastevin.matching.normalise import degree_number
from tastevin.matching.tables import tables
from tastevin.matching.types import ParsedLabel

EXPLAINED = 0.5  # a label word read this surely as a word of the drink explains it
INITIAL = 0.6
INITIALISM = 0.85
DEGREES = (37, 75)  # a number of a spirit's name in this range may be its degree
LIQUOREUX = "liquoreux"
SWEET = frozenset({"doux", "moelleux", "liquoreux"})  # the sweetness a name says


@dataclass(frozen=True)
class LabelView:
    """A parsed label prepared for scoring: distinctive words, weights and matches."""

    parsed: ParsedLabel
    words: tuple[str, ...]
    weights: tuple[float, ...]
    matches: tuple[dict[str, float], ...]
    cut: str | None = None  # the last word, cut by the till at its width


@dataclass
class Coverage:
    grades: dict[str, float]
    counts: Counter[str]
    explained: float
    total: float
    unexplained: list[tuple[str, float]]
    hits: dict[str, tuple[float, tuple[str, ...]]]
    weights: dict[str, float] = field(default_factory=dict)


def degree_of(word: str, family: Family) -> bool:
    """A spirit's name number that is its degree ("Genièvre de Wambrechies 40°"): it tells
    the plain bottling from none of the others, whose names say an age."""
    return (
        family.category == "spiritueux"
        and word.isdigit()
        and DEGREES[0] <= int(word) <= DEGREES[1]
        and not tables().age_words & set(family.name)
    )


# an aperitif's word says the kind of a spirit or an "autre" drink, unless it is a cider or
# a perry ("APERO KINKIZ CHOUC"); on a sale's modifier ("À L'APÉRO") it is the till's word
_APERITIF = frozenset({"aperitif", "aperitifs", "apero", "aperos"})
_APERITIF_KINDS = frozenset({"autre", "spiritueux"})


def _best(word: str, matches: dict[str, float], family: Family) -> tuple[float, tuple[str, ...]]:
    grade, hit = 0.0, ""
    for other, value in matches.items():
        if value > grade and other in family.tokens:
            grade, hit = value, other
    if grade >= EXPLAINED:
        return grade, (hit,)
    if len(word) == 1:
        for other in family.name + family.producer:
            if other.startswith(word):
                return INITIAL, (other,)
    if 2 <= len(word) <= 5 and word in family.initialisms:
        return INITIALISM, family.initialisms[word]
    if word in SWEET and family.colour == LIQUOREUX:
        return 1.0, ()  # "UROULAT MOELLEUX": the style a sweet wine is
    kinds = tables().category_words.get(word) or (_APERITIF_KINDS if word in _APERITIF else None)
    # ("autre" holds ciders and aperitifs alike: "CIDRE DUPONT" is no Pommeau of Dupont's)
    catch_all = (
        family.category == "autre"
        and word not in family.tokens
        and not (word in _APERITIF and not family.tokens & CIDERS)
    )
    if kinds and family.category in kinds and not catch_all and not other_water(word, family):
        return 1.0, ()  # "RHUM PLANTATION": the word says what kind of drink it is
    return grade, (hit,) if hit else ()


def cover(view: LabelView, family: Family, index: LibraryIndex) -> tuple[Coverage, bool]:
    coverage = Coverage({}, Counter(), 0.0, 0.0, [], {})
    words = list(zip(view.words, view.weights, view.matches, strict=True))
    vintage_is_name = False
    token = view.parsed.vintage_token
    # ...and so is a two-digit one of a wine's name, when the wine is not held in the year
    # it would say ("VERRE PARALLELE 45")
    numbered = bool(
        token
        and len(token) == 2
        and token in family.name
        and all(v != view.parsed.vintage for rows in family.formats.values() for v, _ in rows)
    )
    plain = not family.vintaged and (len(token or "") == 2 or token in family.tokens)
    if token and (numbered or plain):
        # "CHIVAS 12" or "ESTRELLA 1906": the number that read as a vintage is a name
        vintage_is_name = token in family.tokens
        words.append((token, index.weight(token), {token: 1.0} if vintage_is_name else {}))
    for word, weight, matches in words:
        grade, hits = _best(word, matches, family)
        number = degree_number(word)
        if grade < EXPLAINED and number is not None:
            # a degree this drink's name does not hold forbids nothing ("STILLE NACHT
            # 12°"), but a spirit's degree is explained better by a drink whose name
            # holds it ("ST JAMES 50%": the Blanc 50°)
            if DEGREES[0] <= int(number) <= DEGREES[1]:
                coverage.total += weight
            continue
        if grade < EXPLAINED and says_nothing(word, view.words, family, index):
            continue
        coverage.hits[word] = (grade, hits)
        coverage.weights[word] = weight
        coverage.total += weight
        if grade >= EXPLAINED:
            coverage.explained += weight * grade
            for hit in hits:
                coverage.grades[hit] = max(coverage.grades.get(hit, 0.0), grade)
                coverage.counts[hit] += 1
        else:
            coverage.unexplained.append((word, weight))
    colour = view.parsed.colour
    _tail_alone(coverage, family, _spellings(colour))
    # the label's colour, as the drink's own name spells it ("KOPKE COLHEITA BRANCO" is
    # Kopke's White Colheita)
    spellings = _spellings(colour)
    named = next((word for word in family.name if word in spellings), None)
    if colour and named is not None and colour not in family.name:
        coverage.grades[named] = 1.0
        coverage.counts[named] += 1
    if colour and colour in family.name:
        coverage.grades[colour] = 1.0
        coverage.counts[colour] += 1
        if family.colour is None and coverage.explained > 0:
            # "CHATEAU ROUGE" (a beer): the colour word is part of its name
            weight = index.weight(colour)
            coverage.total += weight
            coverage.explained += weight
            coverage.hits[colour] = (1.0, (colour,))
    return coverage, vintage_is_name


@lru_cache(maxsize=16)
def _spellings(colour: str | None) -> frozenset[str]:
    if colour is None:
        return frozenset()
    return frozenset({colour}) | tables().colour_spellings.get(colour, frozenset())


def _tail_alone(coverage: Coverage, family: Family, colour: frozenset[str]) -> None:
    """Words of a compound appellation's tail, without its head, name another appellation
    ("HERMITAGE GRAILLOT" is no Crozes-Hermitage): they explain nothing of this wine. A
    head that is the label's colour is said ("ROSE ANJOU": Rosé d'Anjou)."""
    if not family.appellation_tail or any(
        coverage.grades.get(word, 0.0) >= EXPLAINED or word in colour
        for word in family.appellation_head
    ):
        return
    for word, (grade, hits) in list(coverage.hits.items()):
        if grade < EXPLAINED or not hits or not set(hits) <= family.appellation_tail:
            continue
        weight = coverage.weights[word]
        coverage.explained -= weight * grade
        coverage.unexplained.append((word, weight))
        coverage.hits[word] = (0.0, ())
        for hit in hits:
            coverage.counts[hit] -= 1
            if coverage.counts[hit] <= 0:
                coverage.grades.pop(hit, None)
