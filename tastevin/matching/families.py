"""A till's product families, read off one connection's labels (issue 11): the prefixes
that file its labels (`ROUGE/`, `vins rouges - `, `[BAR] `, `RG.MARGAUX`, `VRO CHIANTI`)
and the notes in brackets that end them (`... (rouges)`).

A family is believed only when it recurs across the catalogue, and a code only as part of
a system of codes: a word of the library before a separator is a name (`SAINT-JOSEPH`), a
measure written first is the sale's serving, a producer's name heads its drink. `habits`
keeps what is found here with the till's other habits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from tastevin.matching.folding import fold
from tastevin.matching.glued import starts, unglue
from tastevin.matching.measures_first import hyphen_measure, measure_separators
from tastevin.matching.normalise import parse_label
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import table_vocabulary

# a separator after a family prefix is any run of symbols; a bare hyphen is also a word
# joiner ("SAINT-JOSEPH"), so it must recur more and never after a word of the library
_PREFIX_TEXT = re.compile(r"^[a-z][a-z .'&]{0,23}$")  # "TRAPPISTES & ABBAYES/"
# a head of letters, then a run of symbols that is no part of a word or a number
# (an opening bracket starts a note or a measure, "hakushu [dbl]", and a quote a cuvée's
# name, "Apremont « Cuvée Gastronomie »": they separate nothing)
_HEAD = re.compile(r"^([a-z][a-z .'&]{0,23}?) ?([^\w\s'.,&+()\[\]{}%°\"«“„]+) *")
# a hyphenated head, then a spaced dash: "DEMI-PENSION - ", "ROOM-SERVICE - "
_HYPHENATED_HEAD = re.compile(r"^[a-z][a-z'&]*-[a-z'&]+(?: [a-z'&]+)? [-–] +(?=\S)")
_SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)+ ?[/>|:»]+ *")
_CODE = re.compile(r"^([a-z]{2,12}) +[a-z0-9]")
_DOT_CODE = re.compile(r"^([a-z]{2,4})\.(?=[a-z0-9])")  # "RG.MARGAUX", "LQ.VRE COUTET"
# a head in capitals, then a word in mixed case: "APÉRO Floc de Gascogne", "ROUGE Madiran"
_CASE_HEAD = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'&]{2,}) (?=[^\s]*[a-zß-öø-ÿ])")
# a product and, in brackets to the end, the variant sold: "Vins rosés (Btl Aqueria 23)"
_VARIANT = re.compile(r"^[a-z][a-z '&]{0,23}? \((?=[^()]*\)\s*$)")
_BRACKET = re.compile(r"^[\[(<]([a-z][a-z .']{0,23})[\])>] *")  # "[VIN] ", "(BAR) "
# "... (rouges)", "... [BAR]", "... VR /BLC" (a family code after a slash)
# ...or a code of the sale in brackets ("[3J]": the feria's third day), never a bare number
# ...or a lone letter, a class the till prints last on every line ("SPA REINE 1L B": a
# supplier's VAT class), learnt only where it is no colour's (`_class_letters`)
SUFFIX = re.compile(
    r" *(?:[\[(<](?=[^\])>]*[a-z])([a-z0-9][a-z0-9 .']{0,23})[\])>]|(?<= )/ ?([a-z]{2,6})"
    r"|(?<=[\w.] )([a-z])) *$"
)
MIN_CLASS_SHARE = 0.5  # a class letter ends this share of a till's labels at least
MIN_CODES = 2  # family codes separated by a space: at least two of them...
MIN_CODE_SHARE = 0.2  # ...starting this share of the labels
MIN_RARE_CODE = 2  # then a code of the same length starting this many labels is one too
MIN_WIDE_SYSTEM = 4  # families with one separator from which any rarer head is one too
MAX_CODE = 4  # a family code is short
MIN_CUT = 4  # a library word cut to this many letters is still that word
MIN_NOTE_SHARE = 0.1  # one bracket note alone is the till's habit when it ends this share
MAX_WORD_CODE = 6  # or a short word no drink holds
MIN_PREFIX_LABELS = 3  # a family prefix recurs: at least this many labels...
MIN_PREFIX_SHARE = 0.01  # ...and this share of the catalogue
MIN_HYPHEN_LABELS = 5
MIN_MORE_FIELDS = 2  # an export's fields: the separator twice more after the first
MIN_KIND_CUT = 3  # a kind of drink cut to this many letters still says it ("BIE ")
# the kinds of drink a till files under, beyond the colours and the tables' category words
_KINDS = ("aperitif", "digestif", "soft", "spiritueux", "champagne", "alcool", "boisson")
MIN_MEASURE_WORD = 4  # a measure written first is a whole word ("glas"), not a code ("vr")


def _candidate_prefix(folded: str) -> str | None:
    """The label's head and separator, if it has one: letters, then any run of symbols
    (`/`, ` - `, ` · `, ` > `, ` » `...) and the spaces after it; or letters in brackets
    (`[VIN] `, `(BAR) `)."""
    bracket = _BRACKET.match(folded)
    if bracket is not None:
        return bracket.group(0)
    variant = _VARIANT.match(folded)
    if variant is not None:
        return variant.group(0)  # "Vins rosés (Btl Aqueria 23)": the product, its variant
    slug = _SLUG.match(folded)
    if slug is not None:
        return slug.group(0)  # "sans-alcool/", "vins-blancs/": a web shop's path
    hyphenated = _HYPHENATED_HEAD.match(folded)
    if (
        hyphenated is not None
        and folded.split("-", 1)[0] in tables().serving
        and not hyphen_measure(hyphenated.group(0))
    ):
        return hyphenated.group(0)  # "DEMI-PENSION - ": an outlet, not a demi and a hyphen
    match = _HEAD.match(folded)
    if match is None:
        return None
    head, separator = match.group(1).strip(), match.group(2)
    if not _PREFIX_TEXT.match(head) or len(head.replace(" ", "")) < 2:
        return None
    if separator == "-" and folded[match.start(2) - 1] == " " and folded[match.end(2)] != " ":
        return None  # "PINOT -NOIR": not a separator
    return match.group(0)


def _code_prefixes(
    texts: Sequence[str],
    known: frozenset[str],
    vocabulary: frozenset[str] = frozenset(),
    system: bool = False,
    pairs: frozenset[tuple[str, str]] = frozenset(),
    filed: frozenset[str] | None = None,
) -> list[str]:
    """Family codes separated by a plain space (`VRO CHIANTI`, `BIB COCA 33`): a first word
    that names nothing (no word of the library or of the tables) and starts many labels.
    A till that files labels under codes does it for most of its catalogue, so the codes
    are only believed as a system: at least two of them, together starting a fifth of the
    labels; a single recurring unknown first word (`CAFE` of the coffees) is no system."""
    heads: Counter[str] = Counter()
    worded: Counter[str] = Counter()  # heads that are (or begin) a word of the library
    for label in texts:
        folded = fold(label).lstrip()
        candidate = _candidate_prefix(folded)
        if candidate is not None and (
            filed is None or candidate in filed or not candidate.rstrip().endswith(";")
        ):
            # (an export's field that does not recur is the name's, no family: its head
            # may be one, "RG CDP VIEUX TELEGRAPHE;75CL")
            continue
        match = _CODE.match(folded)
        head = match.group(1) if match is not None else ""
        if match is None:
            continue
        if head in known or _cut(head, vocabulary):
            worded[head] += 1
        elif len(unglue(head, known)) <= 1:  # "DomTempier": a glued producer, no code
            heads[head] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    codes = {head: count for head, count in heads.items() if count >= needed}
    if not codes:
        return []
    # (a till whose other families have separators, "VR/", "VB-", files these too: "ALC ")
    if not system and (len(codes) < MIN_CODES or sum(codes.values()) < MIN_CODE_SHARE * len(texts)):
        return []
    # once the system is believed, a rarer code of its shape is one of it ("PRS " of the
    # two draught beers beside "ARG ", "AUS ", "BBN "...), and so is a recurring head of
    # its shape that is a word of the library, or its cut, when its labels do not go on as
    # the library's names do ("ROUG ", "BLAN ", "ROSE ", "SOFT " beside "BULL ", "DIGE ")
    shape = Counter(len(head) for head in codes).most_common(1)[0][0]
    rare = [
        head
        for head, count in heads.items()
        if len(head) == shape <= MAX_CODE and MIN_RARE_CODE <= count < needed
    ]
    # (codes of several lengths, "BAR ", "REST ", "MINIB ": a colour's code of any length
    # among them, "RS " of a hotel's room service)
    shapes = {len(head) for head in codes}
    named = [
        head
        for head, count in worded.items()
        if (len(head) == shape or len(shapes) > 1)
        and len(head) <= MAX_CODE
        and count >= needed
        and _kind_code(head)
        and _code_word(head + " ", texts, vocabulary, pairs)
    ]
    # ...and any recurring head, when the codes' labels go on with an article number and
    # its labels do too ("BQT 9259 …", "SEM 2317 …" beside "RSV 3504 …", "MINI 2453 …": a
    # hotel's outlets, whatever their codes read as)
    numbered = [head for head in {**heads, **worded} if head not in codes]
    if _numbered_after(codes, texts):
        known_codes = set(codes) | set(rare) | set(named)
        named += [
            head
            for head in numbered
            if head not in known_codes
            and len(head) <= MAX_NUMBERED_CODE
            and (heads[head] + worded[head]) >= MIN_RARE_CODE
            and _numbered_after({head: 1}, texts)
        ]
    return [head + " " for head in [*codes, *rare, *named]]


_NUMBERED = re.compile(r"^([a-z]{2,12}) +\d{3,6} ")
MAX_NUMBERED_CODE = 5  # an outlet's code: "MINI", "RSV", "BQT"
MIN_NUMBERED = 0.8  # ...whose labels go on with an article number this often


def _numbered_after(codes: Mapping[str, int], texts: Sequence[str]) -> bool:
    """The labels these codes head go on with an article number, nearly all of them."""
    heads = [fold(text).lstrip() for text in texts]
    mine = [text for text in heads if text.split(" ", 1)[0] in codes]
    numbered = sum(1 for text in mine if _NUMBERED.match(text))
    return bool(mine) and numbered >= MIN_NUMBERED * len(mine)


def _kind_code(head: str) -> bool:
    """A colour or a kind of drink, or its cut ("ROUG", "BLAN", "BIER", "APER", "SOFT"):
    what a family says, not a word of one drink's name ("RIES" is Riesling's cut)."""
    table = tables()
    words = [*table.colour_words, *table.category_words, *_KINDS]
    return head not in table.serving and any(
        word == head or (len(head) >= MIN_KIND_CUT and word.startswith(head)) for word in words
    )


def _cut(head: str, known: frozenset[str]) -> bool:
    """A head of four letters or more that begins a library word is that word cut short
    ("BARO LEST ROUG 25": Baron de Lestac), not a family code."""
    return len(head) >= MIN_CUT and any(word.startswith(head) for word in known)


def _last_word(prefix: str) -> str:
    words = prefix[:-1].split()
    return words[-1] if words else ""


def a_producer(prefix: str, producers: frozenset[str]) -> bool:
    """Every word of the head (but small and generic ones) is a word of the library's
    producers: "Comte Louis de Lauriston — " heads the drink, it files nothing."""
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    table = tables()
    words = [
        word
        for word in re.findall(r"[a-z]+", head)
        if word not in table.stopwords and word not in table.generic and len(word) > 2
    ]
    if any(kind_word(word) for word in words):
        return False  # "Bières d'Anjou > ": a kind of drink files them
    return bool(words) and all(word in producers for word in words)


def a_name(prefix: str, names: frozenset[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Every word of the head (but small and generic ones) is a word of one drink's name,
    a distinctive one among them (`names`: each drink's name words, and those of them that
    name it): "Les Genêts · " is that cuvée, it files nothing; "Sans alcool > " does."""
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    table = tables()
    words = {
        word
        for word in re.findall(r"[a-z]+", head)
        if word not in table.stopwords and word not in table.generic and len(word) > 2
    }
    if not words or any(kind_word(word) or word in table.variant_words for word in words):
        return False  # ("Sans alcool > " files the softs)
    named = words - table_vocabulary()
    return any(words <= name and named & specific for name, specific in names)


def names_a_drink(prefix: str, vocabulary: frozenset[str], table_words: frozenset[str]) -> bool:
    """A head holding a word of the library that is no kind of drink or variant of one
    (a producer: "Domaine de l'Hortus • "); "Sans alcool > " files the softs."""
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    words = re.findall(r"[a-z]+", head)
    if any(word in tables().variant_words for word in words):
        return False
    return any(
        len(word) >= MIN_MEASURE_WORD
        and word in vocabulary
        and word not in table_words
        and not kind_word(word)
        for word in words
    )


def family_suffixes(texts: Sequence[str]) -> tuple[str, ...]:
    """Family names or notes in brackets that end many labels ("... (rouges)", "...
    (rocks)"): as a system, like family codes, at least two of them together ending a fifth
    of the labels, and then a rarer one is a family too; or one note the till adds to a
    tenth of its sales ("(DP)": half board). A bracket that holds the measure ("[btl]") is
    read, not set aside."""
    matches = [SUFFIX.search(fold(text)) for text in texts]
    letters = _class_letters([m for m in matches if m is not None and m.group(3)], len(texts))
    if letters:
        return letters
    found = [m for m in matches if m is not None and m.start() > 0 and not m.group(3)]
    counts = Counter(match.group(0).strip() for match in found)
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    common = [suffix for suffix, count in counts.items() if count >= needed]
    system = len(common) >= MIN_CODES and sum(counts[s] for s in common) >= MIN_CODE_SHARE * len(
        texts
    )
    note = len(common) == 1 and counts[common[0]] >= MIN_NOTE_SHARE * len(texts)
    if not system and not note:
        return ()
    kept = {m.group(0).strip() for m in found if not _served(m.group(1) or m.group(2))}
    return tuple(sorted(kept if system else kept & set(common)))


def _class_letters(found: Sequence[re.Match[str]], labels: int) -> tuple[str, ...]:
    """The lone letters a till prints last on its lines ("… 33CL A", "… 1L B"), when one of
    them, no colour's initial, ends most of its labels: each letter seen again is a class."""
    counts = Counter(match.group(3) for match in found)
    if not counts:
        return ()
    letter, count = counts.most_common(1)[0]
    if letter in tables().end_colours or count < MIN_CLASS_SHARE * labels:
        return ()  # ("CHINON R", "SANCERRE B": the colour, said last)
    return tuple(sorted(other for other, seen in counts.items() if seen >= MIN_RARE_CODE))


def _served(text: str) -> bool:
    """A bracket that says how the drink is served ("[btl]", "[half btl]", "[dbl]") is
    the label's measure, not its family."""
    parsed = parse_label(text)
    return parsed.serving is not None or parsed.volume_cl is not None


def family_prefixes(
    texts: Sequence[str],
    vocabulary: frozenset[str],
    pairs: frozenset[tuple[str, str]] = frozenset(),
) -> list[str]:
    """The family prefixes of a till's labels. `pairs`: the library's words that follow
    one another in a drink's name, producer or appellation ("cotes rhone")."""
    counts: Counter[str] = Counter()
    for label in texts:
        prefix = _candidate_prefix(fold(label).lstrip())
        if prefix is not None:
            counts[prefix] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    prefixes, hyphens = [], []
    for prefix, count in counts.items():
        if prefix.endswith("-") and not prefix.endswith(" - "):
            if count >= MIN_RARE_CODE:
                hyphens.append((prefix, count))
        elif count >= needed:
            prefixes.append(prefix)
    sure = [
        prefix
        for prefix, count in hyphens
        if count >= max(needed, MIN_HYPHEN_LABELS) and _code_word(prefix, texts, vocabulary, pairs)
    ]
    prefixes += sure
    if len(sure) >= MIN_CODES:
        # a till that files labels under hyphenated codes (`VRG-`, `APE-`) does it for all
        # its families: a short code is then a code even when few labels or a library word
        # (`GIN-`) follow it; a word of the tables (`ST-`) or the first word of a name
        # (`PIC-ST-LOUP`) still is not
        table_words = table_vocabulary()
        prefixes += [
            prefix
            for prefix, count in hyphens
            if prefix not in sure
            and _system_code(prefix, count >= needed, texts, vocabulary, pairs)
            and " " not in prefix[:-1].strip()
            and _last_word(prefix) not in table_words
        ]
    prefixes += _separator_system(counts, prefixes, vocabulary)
    # products with their variant in brackets, as a system: a rarer product is one too
    variants = [p for p in prefixes if p.endswith(" (")]
    if len(variants) >= MIN_CODES:
        prefixes += [
            prefix
            for prefix, count in counts.items()
            if prefix.endswith(" (") and prefix not in prefixes and count >= MIN_RARE_CODE
        ]
    prefixes += _bracket_system(counts, prefixes, vocabulary)
    system = len(prefixes) >= MIN_CODES
    known = vocabulary | table_vocabulary()
    prefixes += _code_prefixes(texts, known, vocabulary, system, pairs, frozenset(prefixes))
    prefixes += _dot_codes(texts, vocabulary)
    prefixes += [prefix for prefix in _glued_codes(texts, vocabulary) if prefix not in prefixes]
    prefixes += [prefix for prefix in _case_heads(texts, vocabulary) if prefix not in prefixes]
    # a measure the till writes first ("glas-riesling", "VERRE/ CHABLIS") is the sale's
    # serving, which the label must keep, not a family; a short code may be either
    # ("VR-" files the reds of a Burgundy till), and stays a family
    serving = tables().serving
    # (heads that go on with an article number, as the till's other codes do, are its
    # outlets: "MINI 2453 33CL COCA COLA" is the minibar's, no miniature)
    outlets = {
        prefix
        for prefix in prefixes
        if prefix.endswith(" ") and _numbered_after({prefix.strip(): 1}, texts)
    }
    outlets = outlets if len(outlets) >= MIN_WIDE_SYSTEM else set()
    measured = measure_separators(texts)
    return [
        prefix
        for prefix in prefixes
        if (prefix in outlets or not _measure_word(prefix, serving))
        and not _measure_code(prefix, serving, measured)
        and not _first_field(prefix, texts, vocabulary)
        and not _drink_with_variant(prefix, vocabulary)
        and not _measures_after(prefix, texts)
    ]


def _measures_after(prefix: str, texts: Sequence[str]) -> bool:
    """What follows the head is, on most of its labels, only the sale's measure
    ("CHINON BAUDRY*PICH50", "*VRE", "*BTL"): the head is the drink, not its family."""
    rests = [
        text[len(prefix) :] for text in (fold(t).lstrip() for t in texts) if text.startswith(prefix)
    ]
    bare = sum(not parse_label(rest).tokens for rest in rests)
    return bool(rests) and bare * 2 > len(rests)


def _drink_with_variant(prefix: str, vocabulary: frozenset[str]) -> bool:
    """A drink's name before its variant in brackets ("arak brun (6cl)") is no product
    family: a family's head says a kind ("vins rosés (", "apéros (")."""
    if not prefix.endswith("("):
        return False
    words = re.findall(r"[a-z]+", prefix)
    return any(word in vocabulary and not kind_word(word) for word in words)


def _code_word(
    prefix: str,
    texts: Sequence[str],
    vocabulary: frozenset[str],
    pairs: frozenset[tuple[str, str]],
) -> bool:
    """A hyphenated head files labels: it is no word of the library, or a word of it
    (`LOIRE-SANCERRE.21`, `RHONE-CDR.GUIGAL`) that most of its labels do not go on with
    as a drink's name does (`COTES-DU-RHONE`, `CROZES-HERMITAGE`)."""
    head = _last_word(prefix)
    if head not in vocabulary:
        return True
    if not pairs:
        return False
    stopwords = tables().stopwords
    mine = [
        text[len(prefix) :] for text in (fold(t).lstrip() for t in texts) if text.startswith(prefix)
    ]
    names = 0
    for rest in mine:
        words = [word for word in re.findall(r"[a-z0-9]+", rest) if word not in stopwords]
        names += bool(words) and (head, words[0]) in pairs
    return names * 2 < len(mine)


def _system_code(
    prefix: str,
    recurs: bool,
    texts: Sequence[str],
    vocabulary: frozenset[str],
    pairs: frozenset[tuple[str, str]],
) -> bool:
    """A code of a hyphenated system: short and recurring ("GIN-"), or a longer head, or a
    rarer one, that files its labels ("APERO-", "BULLE-", "PRESS-" on two draught beers)."""
    head = _last_word(prefix)
    if recurs and len(head) <= MAX_CODE:
        return True
    return len(head) <= MAX_WORD_CODE and _code_word(prefix, texts, vocabulary, pairs)


def _first_field(prefix: str, texts: Sequence[str], vocabulary: frozenset[str]) -> bool:
    """A head that is a word of the library, before a separator that comes at least twice
    more in the same labels ("Raoul — Le Mazel — 2022 — 75cl"): the first field of an
    export that joins its fields so, a drink's name, not a family ("rosés | name |
    price" files a family: one more separator, before the price)."""
    head, separator = _head_and_separator(prefix)
    if not head or head not in vocabulary or not separator or kind_word(head):
        return False
    mine = [text for text in (fold(label).lstrip() for label in texts) if text.startswith(prefix)]
    fields = sum(text[len(prefix) :].count(separator) >= MIN_MORE_FIELDS for text in mine)
    return fields * 2 > len(mine)


def kind_word(head: str) -> bool:
    """A colour or a kind of drink, in the plural a family writes ("BLANCS;", "rhums >"):
    a family even where a drink's name holds the word (Blanc de Blancs)."""
    table = tables()
    singular = head[:-1] if head.endswith(("s", "x")) else head
    return any(
        word in table.colour_words or word in table.category_words for word in (head, singular)
    )


def _measure_code(prefix: str, serving: Mapping[str, str], measured: frozenset[str]) -> bool:
    """A short measure code ("CP:") before the separator the till writes its measures
    before: the sale's measure, not a family."""
    head, separator = _head_and_separator(prefix)
    return separator.strip() in measured and head in serving


def _measure_word(prefix: str, serving: Mapping[str, str]) -> bool:
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    if _HYPHENATED_HEAD.match(prefix + "x") and not hyphen_measure(prefix):
        return False  # "demi-pension - " is no demi
    return len(head) >= MIN_MEASURE_WORD and head in serving


_GLUED_HEAD = re.compile(r"^([a-z]{5,}\d*|[a-z]{3,4}\d+)\b")  # "rousociando", "pre1664"
# the lengths of a family code glued to the first word (two letters are a word's start
# too: "LAmpeMéduse", "CHâteau…")
GLUED_CODES = (3, 4)
MIN_GLUED_AFTER = 3  # ...before at least this much of a word


def _glued_name(word: str, vocabulary: frozenset[str]) -> bool:
    """A drink's words glued whole ("LampeMéduse"): no code before them."""
    pieces = unglue(word, vocabulary)
    return len(pieces) > 1 and all(piece in vocabulary for piece in pieces)


def _glued_codes(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """Family codes of one length the till glues to the first word, with no separator
    (`ROUSOCIANDO 16`, `BULDRAPPIER CP`, `PRE1664 BLANC`): first words no drink's, each
    a library word (or its start) once a code of several that recur is taken off."""
    ordered = sorted(vocabulary)
    table_words = table_vocabulary()
    firsts = []
    for text in texts:
        match = _GLUED_HEAD.match(fold(text).lstrip())
        first = match.group(1) if match is not None else ""
        if first and first not in vocabulary | table_words and not _glued_name(first, vocabulary):
            firsts.append(first)
    best: list[str] = []
    for size in GLUED_CODES:
        heads: Counter[str] = Counter()
        for first in firsts:
            after = first[size:].rstrip("0123456789") or first[size:]  # "lagavulin16"
            if len(after) >= MIN_GLUED_AFTER and (
                after in vocabulary
                or (after.isalpha() and starts(after, ordered))
                or len(unglue(after, vocabulary)) > 1
            ):
                heads[first[:size]] += 1
        needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
        common = [head for head, count in heads.items() if count >= needed]
        if (
            len(common) >= MIN_CODES
            and sum(heads[head] for head in common) >= MIN_CODE_SHARE * len(texts)
            and sum(heads[head] for head in common) > sum(heads[head] for head in best)
        ):
            best = [head for head, count in heads.items() if count >= MIN_RARE_CODE]
    return [head + " " for head in best]


def _dot_codes(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """Family codes glued to the label by a dot (`RG.MARGAUX`, `LQ.VRE COUTET`). A dot
    also ends abbreviations (`CH.MARGAUX`, `ST.JULIEN`), so such codes are believed only
    as a system: at least two that are no word of the library or of the tables, together
    starting a fifth of the labels. Then every short head glued by a dot is a code, however
    rare (`DV.` on one service item) or a colour's abbreviation (`RG.`, `BL.`), except a
    word of the library or an abbreviation that names (`CH.` for château, `ST.`). One head
    that is no word and starts a tenth of the labels is the till's note, as a bracket note
    is at the end (`hh.` of the happy hour's sales)."""
    heads: Counter[str] = Counter()
    for label in texts:
        match = _DOT_CODE.match(fold(label).lstrip())
        if match is not None:
            heads[match.group(1)] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    words = vocabulary | table_vocabulary()
    # (a colour or a kind, or its cut, files labels too: "Rge.", "Bul.", "Apé.")
    sure = [
        head
        for head, count in heads.items()
        if count >= needed and (head not in words or (_kind_code(head) and head not in vocabulary))
    ]
    if len(sure) == 1 and heads[sure[0]] >= MIN_NOTE_SHARE * len(texts):
        return [sure[0] + "."]  # one note the till writes first on a tenth of its sales
    if len(sure) < MIN_CODES or sum(heads[h] for h in sure) < MIN_CODE_SHARE * len(texts):
        return []
    naming = vocabulary | frozenset(tables().tokens)
    return [
        head + "."
        for head in heads
        if head not in naming or (_kind_code(head) and head not in vocabulary)
    ]


def _case_heads(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """Families a tablet writes in capitals before a name in mixed case ("APÉRO Lillet
    blanc", "ROUGE Madiran Montus"): the change of case is the separator. Believed as a
    system, like codes: at least two heads, together starting a fifth of the labels; a
    head is no word of the library unless it says a colour or a kind (a producer written
    in capitals, "GUIGAL Côtes du Rhône", heads its drink)."""
    heads: Counter[str] = Counter()
    for label in texts:
        match = _CASE_HEAD.match(label)
        if match is not None:
            heads[fold(match.group(1))] += 1
    filing = {
        head: count
        for head, count in heads.items()
        if (head not in vocabulary or kind_word(head) or _kind_code(head))
        and parse_label(head).serving is None  # "GLS 9OZ", "MAG Pouilly": the measure
    }
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    common = [head for head, count in filing.items() if count >= needed]
    if len(common) < MIN_CODES or sum(filing[h] for h in common) < MIN_CODE_SHARE * len(texts):
        return []
    return [head + " " for head, count in filing.items() if count >= MIN_RARE_CODE]


def _head_and_separator(prefix: str) -> tuple[str, str]:
    match = _HEAD.match(prefix)
    return ("", "") if match is None else (match.group(1).strip(), match.group(2))


def _separator_system(
    counts: Mapping[str, int], learnt: Sequence[str], vocabulary: frozenset[str]
) -> list[str]:
    """A till that files labels under families and one separator (`vb>`, `ch>`, or
    `whiskies | `) does it for all its families: once at least two families with that
    separator recur, a rarer one with the same separator (`sp>` on two spirits, `anisés | `
    on two pastis) is a family too. Its head must be a short code, or any head when the
    separator stands apart between spaces (` | `), which no drink name uses; a word of the
    library or of the tables before it still is not."""
    systems = Counter(
        _head_and_separator(prefix)[1] for prefix in learnt if _is_code(prefix) or _spaced(prefix)
    )
    separators = {sep for sep, many in systems.items() if sep and many >= MIN_CODES}
    # ...and a till filing under many families with one separator ("Red Wine: ", "Food: ",
    # "Spirits: "...) files a rarer one with it too ("Soft Drinks: " on two softs)
    every = Counter(_head_and_separator(prefix)[1] for prefix in learnt)
    wide = {sep for sep, many in every.items() if sep.strip() and many >= MIN_WIDE_SYSTEM}
    if not separators and not wide:
        return []
    words = vocabulary | table_vocabulary()
    return [
        prefix
        for prefix, count in counts.items()
        if prefix not in learnt
        and _head_and_separator(prefix)[0] not in words
        and (
            ((_is_code(prefix) or _spaced(prefix)) and _head_and_separator(prefix)[1] in separators)
            or (
                _head_and_separator(prefix)[1] in wide
                and count >= MIN_RARE_CODE
                and _names_nothing(_head_and_separator(prefix)[0], vocabulary)
            )
        )
    ]


def _names_nothing(head: str, vocabulary: frozenset[str]) -> bool:
    """No word of the head is the library's, unless it says a kind ("soft drinks")."""
    return all(word not in vocabulary or kind_word(word) for word in re.findall(r"[a-z]+", head))


def _bracket_system(
    counts: Mapping[str, int], learnt: Sequence[str], vocabulary: frozenset[str]
) -> list[str]:
    """A till that files labels under codes in brackets (`[RGE] `, `[JAU] `) does it for
    all its families: a rarer one (`[APE] ` on two aperitifs) is a family too, unless its
    head is a word of the library or of the tables."""
    if sum(1 for prefix in learnt if _BRACKET.match(prefix)) < MIN_CODES:
        return []
    words = vocabulary | table_vocabulary()
    found = []
    for prefix, count in counts.items():
        bracket = _BRACKET.match(prefix)
        if bracket is None or prefix in learnt or count < MIN_RARE_CODE:
            continue
        if bracket.group(1).strip() not in words:
            found.append(prefix)
    return found


def _spaced(prefix: str) -> bool:
    """The separator stands between spaces ("whiskies | "), a hyphen excepted: a hyphen
    with spaces also joins words in names ("Saint - Joseph")."""
    match = _HEAD.match(prefix)
    if match is None or match.group(2) in ("-", "–"):
        return False
    return prefix[match.start(2) - 1] == " " and prefix.endswith(" ")


def _is_code(prefix: str) -> bool:
    head = _head_and_separator(prefix)[0]
    return head.isalpha() and 1 < len(head) <= MAX_CODE
