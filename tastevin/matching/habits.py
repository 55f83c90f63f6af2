"""A till's label habits, learnt from one POS connection's own labels (issue 11).

Every till has habits that no table can list: product-family prefixes followed by a
separator (`ROUGE/`, `vins rouges - `, `BIE-`), a fixed width at which every label is cut
mid-word, a case style. They are read off the connection's whole catalogue (or every
product it sold), stored per connection, and used when reading each of its labels: a
prefix is a hint about the drink's kind, not a word the drink must explain; the word at
the truncation edge is the start of a word.

What a prefix means is learnt too, from the same catalogue: the categories and colours of
the drinks its labels were matched to with confidence (`kinds`). A prefix under which only
softs were recognised does not name a champagne ("SOFT/PERRIER").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from tastevin.matching.article_numbers import article_numbers, without_numbers
from tastevin.matching.fields import (
    FieldSpec,
    learn_codes_first,
    learn_fields,
    strip_codes,
    strip_fields,
    unquoted,
)
from tastevin.matching.folding import fold
from tastevin.matching.normalise import parse_label, stub_serving
from tastevin.matching.tables import tables
from tastevin.matching.till_vocabulary import (
    GLASS_WORD,
    read_first_size,
    read_sizes,
    sizes_first,
    sizes_last,
    table_vocabulary,
    words_pattern,
)

CaseStyle = Literal["upper", "lower", "mixed"]

# a separator after a family prefix is any run of symbols; a bare hyphen is also a word
# joiner ("SAINT-JOSEPH"), so it must recur more and never after a word of the library
_PREFIX_TEXT = re.compile(r"^[a-z][a-z .'&]{0,23}$")  # "TRAPPISTES & ABBAYES/"
# a head of letters, then a run of symbols that is no part of a word or a number
# (an opening bracket starts a note or a measure, "hakushu [dbl]", and a quote a cuvée's
# name, "Apremont « Cuvée Gastronomie »": they separate nothing)
_HEAD = re.compile(r"^([a-z][a-z .'&]{0,23}?) ?([^\w\s'.,&+()\[\]{}%°\"«“„]+) *")
_SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)+ ?[/>|:»]+ *")
_CODE = re.compile(r"^([a-z]{2,12}) +[a-z0-9]")
_DOT_CODE = re.compile(r"^([a-z]{2,4})\.(?=[a-z0-9])")  # "RG.MARGAUX", "LQ.VRE COUTET"
_YEAR_FIRST = re.compile(r"^\s*(?:(?:19|20)\d\d|'\d\d)\s+")  # "2018 VRO BAROLO"
_BRACKET = re.compile(r"^[\[(<]([a-z][a-z .']{0,23})[\])>] *")  # "[VIN] ", "(BAR) "
_SUFFIX = re.compile(r" *[\[(<]([a-z][a-z .']{0,23})[\])>] *$")  # "... (rouges)", "... [BAR]"
MIN_CODES = 2  # family codes separated by a space: at least two of them...
MIN_CODE_SHARE = 0.2  # ...starting this share of the labels
MIN_RARE_CODE = 2  # then a code of the same length starting this many labels is one too
MAX_CODE = 4  # a family code is short
MIN_CUT = 4  # a library word cut to this many letters is still that word
MIN_NOTE_SHARE = 0.1  # one bracket note alone is the till's habit when it ends this share
MAX_WORD_CODE = 6  # or a short word no drink holds
MIN_PREFIX_LABELS = 3  # a family prefix recurs: at least this many labels...
MIN_PREFIX_SHARE = 0.01  # ...and this share of the catalogue
MIN_HYPHEN_LABELS = 5
MIN_WIDTH_LABELS = 5  # labels that all stop at the same length (a cut, not chance)
MIN_WIDTH_SHARE = 0.08
MIN_WIDTH, MAX_WIDTH = 12, 40
_WINE_COLOURS = frozenset({"rouge", "blanc", "rose"})
_ANY_WINE = _WINE_COLOURS | {"liquoreux", "effervescent"}
MIN_KIND_SUPPORT = 2  # confident matches needed before a prefix's kinds are trusted
MIN_MORE_FIELDS = 2  # an export's fields: the separator twice more after the first
MIN_MEASURE_WORD = 4  # a measure written first is a whole word ("glas"), not a code ("vr")


@dataclass(frozen=True)
class Habits:
    """One connection's habits. `prefixes`: folded prefix text with its separator, longest
    first. `width`: the length every label is cut at, or None. `kinds`: per prefix, the
    drink kinds ("category" or "category:colour") its confident matches fell into."""

    prefixes: tuple[str, ...] = ()
    width: int | None = None
    case: CaseStyle = "mixed"
    labels: int = 0
    kinds: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # article numbers before the label (digits in this range), or after it
    lead: tuple[int, int] | None = None
    trail: bool = False
    # family names the till writes after the label instead ("RICARD DOSE (aperitifs)")
    suffixes: tuple[str, ...] = ()
    # the till's own words: no drink's, recurring across many drinks' labels ("servi",
    # "jdg"); and its measure words, each followed by a pour's centilitres ("cora 10")
    noise: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    # fields an export writes around the drink that name none ("24/07 Mariage … » ")
    fields: FieldSpec | None = None
    # codes a terminal writes before the item ("TERR2 11:41 #D208 apremont …")
    codes_first: bool = False
    # the till writes the container's centilitres last, bare ("MEL.IPA 44", "ARABIER 33")
    sizes_last: bool = False
    # ...or the measure's centilitres first ("50 BDX", "12 CDR", "150 CAHORS")
    sizes_first: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "prefixes": list(self.prefixes),
            "width": self.width,
            "case": self.case,
            "labels": self.labels,
            "kinds": {prefix: dict(counts) for prefix, counts in self.kinds.items()},
            "lead": list(self.lead) if self.lead else None,
            "trail": self.trail,
            "suffixes": list(self.suffixes),
            "noise": list(self.noise),
            "measures": list(self.measures),
            "sizes_last": self.sizes_last,
            "sizes_first": self.sizes_first,
            "fields": self.fields.to_json() if self.fields else None,
            "codes_first": self.codes_first,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Habits:
        if not data:
            return cls()
        case = data.get("case", "mixed")
        return cls(
            prefixes=tuple(data.get("prefixes") or ()),
            width=data.get("width"),
            case=case if case in ("upper", "lower", "mixed") else "mixed",
            labels=int(data.get("labels") or 0),
            kinds={p: dict(c) for p, c in (data.get("kinds") or {}).items()},
            lead=(int(lead[0]), int(lead[1])) if (lead := data.get("lead")) else None,
            trail=bool(data.get("trail")),
            suffixes=tuple(data.get("suffixes") or ()),
            noise=tuple(data.get("noise") or ()),
            measures=tuple(data.get("measures") or ()),
            sizes_last=bool(data.get("sizes_last")),
            sizes_first=bool(data.get("sizes_first")),
            fields=FieldSpec.from_json(data.get("fields")),
            codes_first=bool(data.get("codes_first")),
        )

    def split(self, label: str) -> tuple[str | None, str]:
        """(the family prefix, the rest of the label) when the label starts with one; the
        till's article numbers and the export's fields that name no drink are no part of
        either."""
        label = strip_fields(unquoted(label), self.fields)
        label = without_numbers(label, self.lead, self.trail)
        label = strip_codes(label) if self.codes_first else label
        year = _YEAR_FIRST.match(label)
        vintage = ""
        if year is not None and any(
            fold(label[year.end() :]).startswith(prefix) for prefix in self.prefixes
        ):
            # the vintage written first, before the family ("2018 VRO BAROLO")
            vintage, label = year.group(0), label[year.end() :]
        found = None
        for _ in range(2):  # a family inside a family: "[BAR] VRO CHIANTI"
            folded = fold(label).lstrip()
            head = next(
                (p for p in self.prefixes if folded.startswith(p) and len(folded) > len(p)), None
            )
            if head is None:
                break
            found, label = head, label.lstrip()[len(head) :]
            label = without_numbers(label, self.lead, False)  # "IRD-1103 VRE …"
        suffix = _SUFFIX.search(fold(label)) if self.suffixes else None
        if suffix is not None and suffix.group(0).strip() in self.suffixes and suffix.start() > 0:
            found, label = found or suffix.group(0).strip(), label[: suffix.start()]
        return found, vintage + label

    def clean(self, folded: str) -> str:
        """A folded label without the till's own words, its measure words read as a glass
        ("cora 10" is a 10 cl pour)."""
        if self.sizes_last:
            folded = read_sizes(folded)
        if self.sizes_first:
            folded = read_first_size(folded)
        if not self.noise and not self.measures:
            return folded
        folded = words_pattern(self.measures).sub(GLASS_WORD, folded) if self.measures else folded
        return words_pattern(self.noise).sub("", folded) if self.noise else folded

    def truncated(self, label: str) -> bool:
        """The till cut this label: it fills the width exactly."""
        return self.width is not None and len(label.rstrip()) >= self.width

    def colour(self, prefix: str | None) -> str | None:
        """The one wine colour every confident match under this family had ("VRS:" of a
        till whose rosés are all the wines recognised under it), or None."""
        kinds = self.allowed_kinds(prefix)
        if kinds is not None and len(kinds) == 1:
            kind = next(iter(kinds))
            return kind if kind in _WINE_COLOURS else None
        return self._coded_colour(prefix) if prefix is not None else None

    def _coded_colour(self, prefix: str) -> str | None:
        """The colour a system of codes spells with its last letters ("VR/", "VB/",
        "VRS/": a wine, then R, B or RS), believed only when the till has codes of the
        same head for two colours, and what was recognised under it is wine, mostly of
        that colour."""
        mine = _colour_code(prefix)
        if mine is None:
            return None
        head, colour = mine
        rivals = {_colour_code(other) for other in self.prefixes if other != prefix}
        if not any(
            rival is not None and rival[0] == head and rival[1] != colour for rival in rivals
        ):
            return None
        seen = self.kinds.get(prefix) or {}
        wines = sum(seen.get(kind, 0) for kind in _WINE_COLOURS)
        if not wines or wines * 2 < sum(seen.values()):
            return None  # "BIR"/"BIB" of a pizzeria's beers and waters: no wines
        return colour if seen.get(colour, 0) * 2 >= wines else None

    def allowed_kinds(self, prefix: str | None) -> frozenset[str] | None:
        """The kinds of drink a prefix has been seen to announce, or None if unknown."""
        if prefix is None:
            return None
        counts = self.kinds.get(prefix)
        if not counts or sum(counts.values()) < MIN_KIND_SUPPORT:
            return None
        if len(_WINE_COLOURS & counts.keys()) >= MIN_CODES:
            # wines of several colours ("VIN/"): a family of wines, its sweet and sparkling
            # ones too ("VIN/LAYON OGEREAU VRE")
            return frozenset(counts) | _ANY_WINE
        return frozenset(counts)


def _colour_code(prefix: str) -> tuple[str, str] | None:
    """(head, colour) of a short family code ending in a colour's abbreviation ("vrs/"
    is "v" and rosé), or None."""
    code = re.sub(r"[^a-z]", "", prefix)
    if not 2 <= len(code) <= MAX_CODE or code != prefix.strip(" /-:>|.#*=")[: len(code)]:
        return None
    table = tables()
    for cut in range(1, len(code)):
        head, tail = code[:cut], code[cut:]
        colour = table.end_colours.get(tail) or table.colour_words.get(tail)
        if colour is not None:
            return head, colour
    return None


def _candidate_prefix(folded: str) -> str | None:
    """The label's head and separator, if it has one: letters, then any run of symbols
    (`/`, ` - `, ` · `, ` > `, ` » `...) and the spaces after it; or letters in brackets
    (`[VIN] `, `(BAR) `)."""
    bracket = _BRACKET.match(folded)
    if bracket is not None:
        return bracket.group(0)
    slug = _SLUG.match(folded)
    if slug is not None:
        return slug.group(0)  # "sans-alcool/", "vins-blancs/": a web shop's path
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
) -> list[str]:
    """Family codes separated by a plain space (`VRO CHIANTI`, `BIB COCA 33`): a first word
    that names nothing (no word of the library or of the tables) and starts many labels.
    A till that files labels under codes does it for most of its catalogue, so the codes
    are only believed as a system: at least two of them, together starting a fifth of the
    labels; a single recurring unknown first word (`CAFE` of the coffees) is no system."""
    heads: Counter[str] = Counter()
    for label in texts:
        folded = fold(label).lstrip()
        if _candidate_prefix(folded) is not None:
            continue
        match = _CODE.match(folded)
        head = match.group(1) if match is not None else ""
        if match is not None and head not in known and not _cut(head, vocabulary):
            heads[head] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    codes = {head: count for head, count in heads.items() if count >= needed}
    if not codes:
        return []
    # (a till whose other families have separators, "VR/", "VB-", files these too: "ALC ")
    if not system and (len(codes) < MIN_CODES or sum(codes.values()) < MIN_CODE_SHARE * len(texts)):
        return []
    # once the system is believed, a rarer code of its shape is one of it ("PRS " of the
    # two draught beers beside "ARG ", "AUS ", "BBN "...)
    shape = Counter(len(head) for head in codes).most_common(1)[0][0]
    rare = [
        head
        for head, count in heads.items()
        if len(head) == shape <= MAX_CODE and MIN_RARE_CODE <= count < needed
    ]
    return [head + " " for head in [*codes, *rare]]


def _cut(head: str, known: frozenset[str]) -> bool:
    """A head of four letters or more that begins a library word is that word cut short
    ("BARO LEST ROUG 25": Baron de Lestac), not a family code."""
    return len(head) >= MIN_CUT and any(word.startswith(head) for word in known)


def serving_stub(prefix: str) -> str | None:
    """The serving a family code says when it is a measure word cut short, of one kind
    only ("CAL " of calice: a glass); "BICCH " (bicchiere or bicchierino) says none."""
    return stub_serving(prefix.strip(" /-:>|.#*="))


def _last_word(prefix: str) -> str:
    words = prefix[:-1].split()
    return words[-1] if words else ""


def _case_style(labels: Sequence[str]) -> CaseStyle:
    upper = lower = 0
    for label in labels:
        letters = [char for char in label if char.isalpha()]
        if letters and all(char.isupper() for char in letters):
            upper += 1
        elif letters and all(char.islower() for char in letters):
            lower += 1
    if upper >= 0.8 * len(labels):
        return "upper"
    if lower >= 0.8 * len(labels):
        return "lower"
    return "mixed"


def _width(labels: Sequence[str]) -> int | None:
    lengths = Counter(len(label.rstrip()) for label in labels)
    if not lengths:
        return None
    longest = max(lengths)
    at_edge = lengths[longest]
    if not MIN_WIDTH <= longest <= MAX_WIDTH:
        return None
    if at_edge < MIN_WIDTH_LABELS or at_edge < MIN_WIDTH_SHARE * len(labels):
        return None
    return longest


def learn(
    labels: Iterable[str],
    vocabulary: frozenset[str] = frozenset(),
    producers: frozenset[str] = frozenset(),
) -> Habits:
    """Habits of one connection from all its labels. `vocabulary`: the library's words;
    a hyphenated head that is one of them ("SAINT-JOSEPH") is a name, not a prefix."""
    raw = [unquoted(label) for label in labels if label and label.strip()]
    table_words = table_vocabulary()
    # a field that says a colour or a kind of drink files it: it is read
    kinds = frozenset(tables().colour_words) | frozenset(tables().category_words)
    fields = learn_fields(raw, vocabulary | kinds)
    cut = raw  # the till's width is that of its labels as sent
    raw = [strip_fields(label, fields) for label in raw]
    first = sizes_first(raw)
    lead, trail = article_numbers(raw)
    lead = None if first else lead  # the measure written first, no article number
    texts = [without_numbers(label, lead, trail) for label in raw]
    codes_first = learn_codes_first(texts)
    texts = [strip_codes(text) for text in texts] if codes_first else texts
    # a shop's "Producer — Product": a head all of whose words are the library's (a
    # producer, "Comte Louis de Lauriston — ") is the drink's first field, not a family
    outer = [p for p in _prefixes(texts, vocabulary) if not _a_producer(p, producers)]
    # a family inside a family ("[BAR] VRO CHIANTI"): learnt again on what is left
    inner = Habits(prefixes=tuple(outer))
    rest = [inner.split(text)[1] if inner.split(text)[0] else text for text in texts]
    # ...whose head names no drink: after "Vin rouge • ", a producer that recurs
    # ("Domaine de l'Hortus • Grande Cuvée • 2020") is the first field of the drink
    prefixes = outer + [
        p
        for p in _prefixes(rest, vocabulary)
        if p not in outer and not _names_a_drink(p, vocabulary, table_words)
    ]
    prefixes.sort(key=lambda item: (-len(item), item))
    if lead is None and prefixes:
        # article numbers after the family ("IRD-1103 VRE HENRIOT": a menu's code)
        filed = Habits(prefixes=tuple(prefixes))
        lead, _ = article_numbers([filed.split(text)[1] for text in texts])
    split = Habits(prefixes=tuple(prefixes), lead=lead, trail=trail)
    return Habits(
        fields=fields,
        codes_first=codes_first,
        sizes_last=sizes_last([split.split(text)[1] for text in texts]),
        sizes_first=first,
        suffixes=_suffixes(texts),
        prefixes=tuple(prefixes),
        width=_width(cut),
        case=_case_style(texts) if texts else "mixed",
        labels=len(texts),
        lead=lead,
        trail=trail,
    )


def _a_producer(prefix: str, producers: frozenset[str]) -> bool:
    """Every word of the head (but small and generic ones) is a word of the library's
    producers: "Comte Louis de Lauriston — " heads the drink, it files nothing."""
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    table = tables()
    words = [
        word
        for word in re.findall(r"[a-z]+", head)
        if word not in table.stopwords and word not in table.generic and len(word) > 2
    ]
    if any(_kind_word(word) for word in words):
        return False  # "Bières d'Anjou > ": a kind of drink files them
    return bool(words) and all(word in producers for word in words)


def _names_a_drink(prefix: str, vocabulary: frozenset[str], table_words: frozenset[str]) -> bool:
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    return any(
        len(word) >= MIN_MEASURE_WORD
        and word in vocabulary
        and word not in table_words
        and not _kind_word(word)
        for word in re.findall(r"[a-z]+", head)
    )


def _suffixes(texts: Sequence[str]) -> tuple[str, ...]:
    """Family names or notes in brackets that end many labels ("... (rouges)", "...
    (rocks)"): as a system, like family codes, at least two of them together ending a fifth
    of the labels, and then a rarer one is a family too; or one note the till adds to a
    tenth of its sales ("(DP)": half board). A bracket that holds the measure ("[btl]") is
    read, not set aside."""
    found = [
        match
        for match in (_SUFFIX.search(fold(text)) for text in texts)
        if match is not None and match.start() > 0
    ]
    counts = Counter(match.group(0).strip() for match in found)
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    common = [suffix for suffix, count in counts.items() if count >= needed]
    system = len(common) >= MIN_CODES and sum(counts[s] for s in common) >= MIN_CODE_SHARE * len(
        texts
    )
    note = len(common) == 1 and counts[common[0]] >= MIN_NOTE_SHARE * len(texts)
    if not system and not note:
        return ()
    kept = {m.group(0).strip() for m in found if not _served(m.group(1))}
    return tuple(sorted(kept if system else kept & set(common)))


def _served(text: str) -> bool:
    """A bracket that says how the drink is served ("[btl]", "[half btl]", "[dbl]") is
    the label's measure, not its family."""
    parsed = parse_label(text)
    return parsed.serving is not None or parsed.volume_cl is not None


def _prefixes(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    counts: Counter[str] = Counter()
    for label in texts:
        prefix = _candidate_prefix(fold(label).lstrip())
        if prefix is not None:
            counts[prefix] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    prefixes, hyphens = [], []
    for prefix, count in counts.items():
        if count < needed:
            continue
        if prefix.endswith("-") and not prefix.endswith(" - "):
            hyphens.append((prefix, count))
        else:
            prefixes.append(prefix)
    sure = [
        prefix
        for prefix, count in hyphens
        if count >= MIN_HYPHEN_LABELS and _last_word(prefix) not in vocabulary
    ]
    prefixes += sure
    if len(sure) >= MIN_CODES:
        # a till that files labels under hyphenated codes (`VRG-`, `APE-`) does it for all
        # its families: a short code is then a code even when few labels or a library word
        # (`GIN-`) follow it; a word of the tables (`ST-`) still is not
        table_words = table_vocabulary()
        prefixes += [
            prefix
            for prefix, _ in hyphens
            if prefix not in sure
            and _short_code(_last_word(prefix), vocabulary)
            and " " not in prefix[:-1].strip()
            and _last_word(prefix) not in table_words
        ]
    prefixes += _separator_system(counts, prefixes, vocabulary)
    system = len(prefixes) >= MIN_CODES
    prefixes += _code_prefixes(texts, vocabulary | table_vocabulary(), vocabulary, system)
    prefixes += _dot_codes(texts, vocabulary)
    # a measure the till writes first ("glas-riesling", "VERRE/ CHABLIS") is the sale's
    # serving, which the label must keep, not a family; a short code may be either
    # ("VR-" files the reds of a Burgundy till), and stays a family
    serving = tables().serving
    return [
        prefix
        for prefix in prefixes
        if not _measure_word(prefix, serving) and not _first_field(prefix, texts, vocabulary)
    ]


def _short_code(head: str, vocabulary: frozenset[str]) -> bool:
    """A code of a hyphenated system: short ("GIN-"), or a longer head that is no word of
    the library ("APERO-", "BULLE-")."""
    return len(head) <= MAX_CODE or (len(head) <= MAX_WORD_CODE and head not in vocabulary)


def _first_field(prefix: str, texts: Sequence[str], vocabulary: frozenset[str]) -> bool:
    """A head that is a word of the library, before a separator that comes at least twice
    more in the same labels ("Raoul — Le Mazel — 2022 — 75cl"): the first field of an
    export that joins its fields so, a drink's name, not a family ("rosés | name |
    price" files a family: one more separator, before the price)."""
    head, separator = _head_and_separator(prefix)
    if not head or head not in vocabulary or not separator or _kind_word(head):
        return False
    mine = [text for text in (fold(label).lstrip() for label in texts) if text.startswith(prefix)]
    fields = sum(text[len(prefix) :].count(separator) >= MIN_MORE_FIELDS for text in mine)
    return fields * 2 > len(mine)


def _kind_word(head: str) -> bool:
    """A colour or a kind of drink, in the plural a family writes ("BLANCS;", "rhums >"):
    a family even where a drink's name holds the word (Blanc de Blancs)."""
    table = tables()
    singular = head[:-1] if head.endswith(("s", "x")) else head
    return any(
        word in table.colour_words or word in table.category_words for word in (head, singular)
    )


def _measure_word(prefix: str, serving: Mapping[str, str]) -> bool:
    head = _head_and_separator(prefix)[0] or prefix.strip(" -/:>|")
    return len(head) >= MIN_MEASURE_WORD and head in serving


def _dot_codes(texts: Sequence[str], vocabulary: frozenset[str]) -> list[str]:
    """Family codes glued to the label by a dot (`RG.MARGAUX`, `LQ.VRE COUTET`). A dot
    also ends abbreviations (`CH.MARGAUX`, `ST.JULIEN`), so such codes are believed only
    as a system: at least two that are no word of the library or of the tables, together
    starting a fifth of the labels. Then every short head glued by a dot is a code, however
    rare (`DV.` on one service item) or a colour's abbreviation (`RG.`, `BL.`), except a
    word of the library or an abbreviation that names (`CH.` for château, `ST.`)."""
    heads: Counter[str] = Counter()
    for label in texts:
        match = _DOT_CODE.match(fold(label).lstrip())
        if match is not None:
            heads[match.group(1)] += 1
    needed = max(MIN_PREFIX_LABELS, MIN_PREFIX_SHARE * len(texts))
    words = vocabulary | table_vocabulary()
    sure = [head for head, count in heads.items() if count >= needed and head not in words]
    if len(sure) < MIN_CODES or sum(heads[h] for h in sure) < MIN_CODE_SHARE * len(texts):
        return []
    naming = vocabulary | frozenset(tables().tokens)
    return [head + "." for head in heads if head not in naming]


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
    if not separators:
        return []
    words = vocabulary | table_vocabulary()
    return [
        prefix
        for prefix in counts
        if prefix not in learnt
        and (_is_code(prefix) or _spaced(prefix))
        and _head_and_separator(prefix)[1] in separators
        and _head_and_separator(prefix)[0] not in words
    ]


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


def with_kinds(habits: Habits, seen: Iterable[tuple[str, str]]) -> Habits:
    """The habits plus what each prefix announces: (prefix, kind) of confident matches."""
    kinds: dict[str, Counter[str]] = {}
    for prefix, kind in seen:
        kinds.setdefault(prefix, Counter())[kind] += 1
    return replace(habits, kinds={prefix: dict(counts) for prefix, counts in kinds.items()})
