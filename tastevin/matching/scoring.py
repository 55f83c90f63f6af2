"""Field-aware scoring of one label against one wine family.

The label must be explained (every distinctive word found in the wine), the wine's own
name and cuvée should be covered by the label, and hard facts (colour, classification,
second wine of an estate, vintage on a non-vintage wine) must not contradict it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from tastevin.matching.coverage import (
    DEGREES,
    EXPLAINED,
    LIQUOREUX,
    SWEET,
    Coverage,
    LabelView,
    cover,
    degree_of,
)
from tastevin.matching.describing import ALCOHOL_FREE, HOUSE, sparkling
from tastevin.matching.explain import Reason, reason
from tastevin.matching.folding import fold
from tastevin.matching.index import Family, LibraryIndex
from tastevin.matching.normalise import degree_number
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import table_vocabulary
from tastevin.matching.types import ParsedLabel

MIN_PRECISION = 0.7
MAX_UNEXPLAINED = 0.45
MIN_EVIDENCE = 0.3
UNSTATED_ROSE = 0.06
DISTINCTIVE = 0.2  # label words weighing less (generic, very common) name nothing
LONE_WORD_COVER = 0.81  # a label's only distinctive word, if truncated, keeps more than 80 %
# of the word: "VERT" (4 of 5 letters) is not "verte" of Chartreuse Verte
LONG_PREFIX = 8  # ...or at least this many letters
MIN_LONE_GRADE = 0.8  # a lone word this far from another, and longer or shorter, names none
MIN_CUT_WORD = 4  # ...or, cut at the till's width, this many
MIN_STEM = 4  # ...or a stem of this many letters that is no word of the tables


@dataclass(frozen=True)
class FamilyScore:
    family: Family
    score: float
    credible: bool
    problems: tuple[Reason, ...]
    vintage_is_name: bool
    grades: dict[str, float]
    # the label names this wine beyond its appellation (a cuvée, a producer)
    specific: bool = False
    # every distinctive label word is a word of this wine's appellation
    by_appellation: bool = False
    # ...and that is all that names it: its own name and producer are not on the label
    appellation_alone: bool = False
    # distinctive label words this wine explains, and its name words the label left out
    explained: frozenset[tuple[str, float]] = frozenset()
    uncovered: frozenset[str] = frozenset()

    def notes(self) -> tuple[Reason, ...]:
        """Which fields matched and which cuvée words the label left out."""
        family, notes = self.family, []
        fields = _matched_fields(family, self.grades)
        if fields:
            joined = ", ".join(fields[:-1]) + " and " + fields[-1] if len(fields) > 1 else fields[0]
            notes.append(reason("fields_match", fields=joined))
        missing = [word for word in family.cuvee if self.grades.get(word, 0.0) < EXPLAINED]
        if missing:
            notes.append(reason("cuvee_missing", words=" ".join(missing)))
        return tuple(notes)


def _name_recall(family: Family, coverage: Coverage, index: LibraryIndex) -> float:
    left = Counter(coverage.counts)
    got = total = 0.0
    for word in family.name:
        weight = index.weight(word)
        total += weight
        if left[word] > 0:
            left[word] -= 1
            got += weight * coverage.grades.get(word, 0.0)
    return got / total if total else 1.0


def _recall(
    words: tuple[str, ...] | frozenset[str], coverage: Coverage, index: LibraryIndex
) -> float:
    total = sum(index.weight(word) for word in words)
    got = sum(index.weight(word) * coverage.grades.get(word, 0.0) for word in words)
    return got / total if total else 1.0


def _conflicts(view: LabelView, family: Family, coverage: Coverage) -> list[Reason]:
    parsed, table = view.parsed, tables()
    problems: list[Reason] = []
    colour = parsed.colour
    # "Bandol Rouge Bastide Blanche": a colour word the drink's own name or producer holds
    # (the estate's "Blanche") is no colour said by the label; the other one is
    own = set(family.name + family.producer)
    said = [word for word in parsed.tokens if word in table.colour_spellings]
    free = [
        word
        for word in said or ([colour] if colour else [])
        if not ({word} | table.colour_spellings.get(word, frozenset())) & own
    ]
    named = colour is not None and not free
    colour = free[-1] if free else colour
    compatible = table.colour_compatible.get(colour or "", frozenset())
    # "MACVIN BLANC ARLAY" is not Arlay's Macvin Rouge: the drink's name says another colour
    in_name = [
        other
        for other, spellings in table.colour_spellings.items()
        if other != colour and spellings & set(family.name) and not spellings & set(said)
    ]
    # ...and a sweet wine named by its sweetness is no white the label names by its colour
    # ("ROTIER RENAISSANCE BLANC" is not Rotier's Renaissance Doux)
    if colour == "blanc" and family.colour == LIQUOREUX and SWEET & set(family.name):
        in_name += [] if SWEET & set(parsed.tokens) else [LIQUOREUX]
    if free and in_name and family.colour is not None:
        problems.append(reason("colour_conflict", label=colour, library=in_name[0]))
    elif colour and family.colour and not named and family.colour not in compatible:
        problems.append(reason("colour_conflict", label=colour, library=family.colour))
    elif (
        colour
        and family.colour is None
        and not table.colour_spellings.get(colour, frozenset()) & set(family.name + family.producer)
    ):
        # a wine colour on the label of a drink that has none ("BLANC CASSIS") must be
        # part of its name ("Dolin Blanc", "Blanche des Cimes")
        problems.append(reason("colour_conflict", label=colour, library="none"))
    for word in parsed.tokens:
        kinds = table.category_words.get(word)
        if kinds and family.category and family.category not in kinds and word not in family.name:
            problems.append(reason("category_conflict", word=word))
            break
    if (
        parsed.classification
        and parsed.classification not in family.classifications
        and not _own_classification(parsed.classification, family)
    ):
        problems.append(reason("classification_conflict", classification=parsed.classification))
    cuvee_seen = any(coverage.grades.get(word, 0.0) >= EXPLAINED for word in family.cuvee)
    estate_seen = any(word in coverage.grades for word in family.producer_distinct)
    if family.second_wine and not cuvee_seen and estate_seen:
        problems.append(reason("second_wine", words=" ".join(family.cuvee)))
    degrees = {
        word for word in family.tokens if word.isdigit() and DEGREES[0] <= int(word) <= DEGREES[1]
    }
    for word in parsed.tokens:
        number = degree_number(word)
        if number is not None and degrees and number not in degrees:
            # "KARIBE BLANC 59%" is not the Blanc 50°: another degree, another rum
            problems.append(reason("number_conflict", number=number))
            break
    numbered = family.numbered or not family.vintaged
    last = parsed.tokens[-1] if parsed.tokens else ""
    cut = last if family.vintaged and len(last) == 1 else None
    for word in parsed.tokens if numbered else ():
        # (a lone digit at the end of a wine label is more often a vintage the till cut,
        # "RIOJA ALTA GR904 1" of a wine held in vintages)
        if word.isdigit() and word not in family.tokens and word != cut:
            # another age, another beer number, another cuvée number: never this drink
            problems.append(reason("number_conflict", number=word))
            break
    grades = table.spirit_grades & set(family.tokens)
    said = [word for word in parsed.tokens if word in table.spirit_grades]
    if grades and said and not grades & set(said):
        # "CAMUS VS" is not the VSOP: another grade, like another age, is another drink
        problems.append(reason("number_conflict", number=said[0].upper()))
    variant = [word for word in family.name if word in table.variant_words]
    spoken = set(parsed.tokens)
    if spoken & ALCOHOL_FREE - {"sans"}:
        spoken |= ALCOHOL_FREE  # "sans alcool" says the 0.0, and the other way round
    if variant and not family.wine and not set(variant) & spoken:
        # "HEINEKEN" is not the Heineken 0.0: a variant is always said on the label (a
        # wine's "zéro" is its dosage, a style: "Mont Blanc Brut Zéro")
        problems.append(reason("variant_unsaid", words=" ".join(dict.fromkeys(variant))))
    if HOUSE in parsed.tokens and not family.wine and HOUSE not in family.tokens:
        # "POIRE MAISON", "Limoncello maison": a spirit or a liqueur made by the house,
        # none of the library's
        problems.append(reason("unexplained", words=HOUSE))
    if parsed.tokens and parsed.tokens[0] in _ESTATE and family.wine and not _estate(family):
        # "CH MOUTON ROTHSCHILD" names a château; Mouton Cadet is not one
        problems.append(reason("not_an_estate"))
    other = _another_estate(parsed, family, coverage)
    if other is not None:
        problems.append(reason("another_estate", words=other))
    token = parsed.vintage_token
    if token and len(token) == 4 and not family.vintaged and token not in family.tokens:
        problems.append(reason("vintage_on_non_vintage", label=parsed.vintage))
    elif sparkling(family) and not family.vintaged and _vintage_cuvee(parsed.label):
        # "Taittinger Brut Millésimé" is the house's vintage cuvée, whatever its year, not
        # its non-vintage Brut Réserve
        problems.append(reason("vintage_on_non_vintage", label=MILLESIME))
    return problems


MILLESIME = "millésimé"
_VINTAGE_CUVEE = re.compile(r"\b(?:millesimee?s?|vintage)\b")  # (English: "Henriot Vintage")


@lru_cache(maxsize=4096)
def _vintage_cuvee(label: str) -> bool:
    return _VINTAGE_CUVEE.search(fold(label)) is not None


_ESTATE = frozenset({"chateau"})


def _another_estate(parsed: ParsedLabel, family: Family, coverage: Coverage) -> str | None:
    """The château the label names, when it is another estate than this wine's: "CH.
    HAUT-BRION" is Château Haut-Brion, not Château Larrivet Haut-Brion, whose château is
    followed by a word the label does not say. The first word after the label's château is
    compared with what follows "château" in the wine's name or producer."""
    stop = tables().stopwords
    words = [word for word in parsed.tokens if len(word) > 1 and word not in stop]
    if "chateau" not in words[:-1]:
        return None
    after = words[words.index("chateau") + 1 :]
    grade, hits = coverage.hits.get(after[0], (0.0, ()))
    said = set(hits) if grade >= EXPLAINED else {after[0]}
    follows = {
        second
        for text in (family.name, family.producer)
        for first, second in pairwise(text)
        if first == "chateau"
    }
    if not follows or follows & said:
        return None
    if all(coverage.grades.get(word, 0.0) >= EXPLAINED for word in follows):
        return None  # its château's word is said elsewhere on the label
    named = [after[0], *(word for word in after[1:3] if word in coverage.hits)]
    return " ".join(named).title()


def _estate(family: Family) -> bool:
    return bool(_ESTATE & set(family.name + family.producer + family.appellation))


def _matched_fields(family: Family, grades: dict[str, float]) -> list[str]:
    fields = []
    for label, words in (
        ("name", family.name),
        ("producer", family.producer),
        ("appellation", family.appellation),
    ):
        if any(grades.get(word, 0.0) >= EXPLAINED for word in words):
            fields.append(label)
    return fields


def _distinctive(view: LabelView, coverage: Coverage) -> list[str]:
    generic = tables().generic
    weights = dict(zip(view.words, view.weights, strict=True))
    return [
        word
        for word in coverage.hits
        if word not in generic and (len(word) == 1 or weights.get(word, 1.0) >= DISTINCTIVE)
    ]


def _producer_phrase(view: LabelView, family: Family) -> bool:
    """The label spells the producer's full name ("CH DE POMMARD"), which matters when
    every word of that name is also a word of the appellation or a generic word."""
    phrase, size = family.producer_phrase, len(family.producer_phrase)
    if not phrase:
        return False
    for start in range(len(view.words) - size + 1):
        window = view.matches[start : start + size]
        if all(
            found.get(word, 0.0) >= EXPLAINED for found, word in zip(window, phrase, strict=True)
        ):
            return True
    return False


def _sold(parsed: ParsedLabel) -> bool:
    """The label says how the wine was sold: its vintage, a measure, a volume."""
    return parsed.vintage is not None or parsed.serving is not None or parsed.volume_cl is not None


def _lone_word_weak(
    words: list[str], coverage: Coverage, cut: str | None = None, sold: bool = False
) -> bool:
    """A label with one distinctive word ("VIN CHAUD", "THE VERT") names a wine only if
    that word is the wine's word or nearly all of it, not a loose prefix or subsequence."""
    if len(words) != 1:
        return False
    word = words[0]
    grade, hits = coverage.hits[word]
    if grade >= 1.0 or len(hits) != 1:  # exact, or an initialism ("LP")
        return False
    prefix = any(hit.startswith(word) for hit in hits)
    if not prefix and grade < MIN_LONE_GRADE and all(abs(len(word) - len(hit)) > 1 for hit in hits):
        # "GOUGERES X6" (cheese puffs) is no misspelt Gouges ("Jupiter" is a Jupiler)
        return True
    if len(word) >= LONG_PREFIX:
        return False  # "MONTEPULCI" cut at the till's width: long enough to name one word
    if word == cut and len(word) >= MIN_CUT_WORD:
        return False  # "PICHET 50 GUIG": the till cut it, the one word it starts is meant
    hit = next(iter(hits))
    if (
        len(word) >= MIN_STEM
        and hit.startswith(word)
        and word not in table_vocabulary()
        and (len(word) > MIN_STEM or (sold and len(hit) - len(word) > 1))
    ):
        # "1/2 TAITT", "DEMI GUIN": a stem of one word of the library, no word of its own
        # (four letters only on a sale's label, "THÉ VERT" is no Vertus, and never one
        # short of the word, "VERT" is how verte is spelt)
        return False
    return len(word) < LONE_WORD_COVER * max(len(hit) for hit in hits)


def _identity(
    view: LabelView, family: Family, coverage: Coverage
) -> tuple[bool, bool, frozenset[tuple[str, float]]]:
    words = _distinctive(view, coverage)
    explained = [word for word in words if coverage.hits[word][0] >= EXPLAINED]
    hits = {hit for word in explained for hit in coverage.hits[word][1]} & family.specific
    # a word the name borrows from another drink's appellation names it only with more
    # ("CP CHAMPAGNE" is no Fleurie "Champagne"; "FLEURIE CHAMPAGNE" is)
    borrowed_alone = len(explained) == 1 and hits <= family.borrowed
    specific = _producer_phrase(view, family) or (bool(hits) and not borrowed_alone)
    appellation = family.appellation
    matches = dict(zip(view.words, view.matches, strict=True))
    style = tables().style_words | tables().category_words.keys()  # "CIDRE" says a kind
    by_appellation = any(word not in style for word in words) and all(
        any(matches.get(word, {}).get(token, 0.0) >= EXPLAINED for token in appellation)
        for word in words
        if len(word) > 1 and word not in style
    )
    # ...unless the label's vintage, held by this wine, says it too ("VR ARBOUS B 23": the
    # till's abbreviation of Les Arbousiers, held in 2023), and the word is no appellation's
    # ("RGE*CHNEUF 19" names an appellation: a vintage does not choose among its wines)
    vintage = view.parsed.vintage
    held = vintage is not None and any(
        v == vintage for rows in family.formats.values() for v, _ in rows
    )
    weak = _lone_word_weak(words, coverage, view.cut, _sold(view.parsed))
    if weak and (by_appellation or not held):
        specific = by_appellation = False
    grades = frozenset((word, round(coverage.hits[word][0], 2)) for word in explained)
    return specific, by_appellation, grades


def _plain_name_said(parsed: ParsedLabel, family: Family, coverage: Coverage) -> bool:
    """A drink named by common words only (the house wine, "Rouge Maison", "Vin de la
    Maison") is named by a label that says every one of them, its colour included; a
    name of colour words alone ("Blanc") names nothing."""
    table = tables()
    colours = table.colour_words
    common = set(family.name) - set(family.appellation) - colours.keys()
    if not common or not common <= table.generic:
        return False
    return all(
        coverage.grades.get(word, 0.0) >= EXPLAINED
        or (word in colours and parsed.colour == colours[word] == family.colour)
        or (word in _UNSAID_WORDS and common - _UNSAID_WORDS)
        for word in family.name
    )


# a word a house wine's name may hold and its labels leave out ("Cuvée Maison rouge" is
# sold as "VRE ROUGE MAISON")
_UNSAID_WORDS = frozenset({"cuvee", "vin"})  # ("Vin de la maison rouge": "ROUGE MAISON")


def _names_another(
    view: LabelView, family: Family, coverage: Coverage, index: LibraryIndex
) -> list[str]:
    """Label words this drink leaves unexplained that name other drinks of the library: a
    word of another drink's identity ("FINE BRETAGNE": Bretagne names other drinks, not the
    Calvados Fine), or a word of another drink's name when the label says none of this
    drink's cuvée ("AYALA BLANC DE BLANCS" names a Blanc de Blancs, not the Brut Majeur).
    Such a word contradicts the candidate, however common the library makes it."""
    table = tables()
    matches = dict(zip(view.words, view.matches, strict=True))
    cuvee_unsaid = bool(family.cuvee) and all(
        coverage.grades.get(word, 0.0) < EXPLAINED for word in family.cuvee
    )
    found = []
    for word, _ in coverage.unexplained:
        if len(word) < 3 or word in table.stopwords or word in table.colour_words:
            continue
        if word in table.style_words or word.isdigit():
            continue
        near = {word} | {other for other, grade in matches.get(word, {}).items() if grade >= 0.9}
        if near & index.identity_words or (cuvee_unsaid and near & index.name_words):
            found.append(word)
    return found


def score_family(view: LabelView, family: Family, index: LibraryIndex) -> FamilyScore:
    coverage, vintage_is_name = cover(view, family, index)
    precision = coverage.explained / coverage.total if coverage.total else 0.0
    name = _name_recall(family, coverage, index)
    cuvee = _recall(family.cuvee, coverage, index)
    producer = _recall(family.producer, coverage, index)
    sequence = fuzz.token_sort_ratio(view.parsed.text, family.name_text) / 100
    vintage = view.parsed.vintage
    bonus = 0.0
    if vintage is not None and not vintage_is_name:
        years = {v for rows in family.formats.values() for v, _ in rows}
        bonus = 0.04 if vintage in years else 0.0
    if view.parsed.colour is None and family.rose:
        bonus -= UNSTATED_ROSE  # a rosé is always said on the label; without it, the white
    score = 0.5 * precision + 0.2 * name + 0.1 * cuvee + 0.1 * producer + 0.06 * sequence + bonus
    problems = _conflicts(view, family, coverage)
    worst = max((weight for _, weight in coverage.unexplained), default=0.0)
    if worst >= MAX_UNEXPLAINED:
        words = " ".join(word for word, weight in coverage.unexplained if weight >= MAX_UNEXPLAINED)
        problems.append(reason("unexplained", words=words))
    named_other = _names_another(view, family, coverage, index)
    if named_other and not any(problem.code == "unexplained" for problem in problems):
        problems.append(reason("unexplained", words=" ".join(named_other)))
    fields = _matched_fields(family, coverage.grades)
    specific, by_appellation, explained = _identity(view, family, coverage)
    # a house names its wines and its appellation spirits ("COUPE MOET", "BOINGNERES 1990");
    # a brand owner names none of its brands ("CAMPARI" is not the Aperol Campari makes)
    houses = family.wine or bool(family.appellation)
    named = "name" in fields or ("producer" in fields and houses)
    # an appellation named alone, with the sale's vintage or measure, names its still
    # wines whatever their names say ("CHINON 2019" of a library holding one Chinon;
    # several are told apart by the decision); alone, it is a heading ("POMEROL"), and
    # "CP CHAMPAGNE" is the house's pour
    alone = not named and by_appellation and family.category == "vin" and _sold(view.parsed)
    identity = (named and (specific or by_appellation)) or alone
    if identity and not specific and family.category == "champagne":
        # a champagne is named by its house or its cuvée: "Champagne brut (coupe)", "VR
        # CHAMPAGNE" name neither (a crémant or a prosecco is named by its appellation)
        identity = False
    weak = precision < MIN_PRECISION or coverage.explained < MIN_EVIDENCE or not identity
    if precision >= MIN_PRECISION and _plain_name_said(view.parsed, family, coverage):
        # "ROUGE MAISON": the house wine, named in full ("CDR MAISON ROUGE": its Côtes du
        # Rhône, no other of the appellation)
        weak, specific = False, True
    if not problems and weak:
        problems.append(reason("weak"))
    return FamilyScore(
        family=family,
        score=score,
        credible=not problems,
        problems=tuple(problems),
        grades=coverage.grades,
        vintage_is_name=vintage_is_name,
        specific=specific,
        by_appellation=by_appellation,
        appellation_alone=alone,
        explained=explained,
        uncovered=frozenset(
            word
            for word in family.name
            if word not in tables().generic
            and (word not in tables().style_words or not family.wine)  # a spirit's "Extra"
            and not degree_of(word, family)
            and coverage.grades.get(word, 0.0) < EXPLAINED
        ),
    )


def _own_classification(classification: str, family: Family) -> bool:
    """The classification's words are the drink's own name's ("François 1er", a Pineau's
    house): the label names it, no cru."""
    words = dict(tables().classifications).get(classification, ())
    own = set(family.producer) | set(family.name)
    return bool(words) and all(word in own for word in words)
