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
from tastevin.matching.families import (
    MAX_CODE,
    MIN_CODES,
    SUFFIX,
    a_name,
    a_producer,
    family_prefixes,
    family_suffixes,
    kind_word,
    names_a_drink,
)
from tastevin.matching.fields import (
    FieldSpec,
    coded_family,
    learn_fields,
    name_last,
    unquoted,
)
from tastevin.matching.folding import fold, folded_length
from tastevin.matching.measure_codes import stub_serving
from tastevin.matching.measures_first import glass_letters, hyphen_measure
from tastevin.matching.printed import item_column
from tastevin.matching.report_columns import column_cut, learn_column
from tastevin.matching.tables import tables
from tastevin.matching.terminal_codes import learn_codes_first, strip_codes
from tastevin.matching.till_vocabulary import (
    GLASS_WORD,
    measure_mark,
    read_first_size,
    read_mark,
    read_sizes,
    sizes_first,
    sizes_last,
    table_vocabulary,
    words_pattern,
)

CaseStyle = Literal["upper", "lower", "mixed"]

_YEAR_FIRST = re.compile(r"^\s*(?:(?:19|20)\d\d|'\d\d)\s+")  # "2018 VRO BAROLO"
MIN_WIDTH_LABELS = 5  # labels that all stop at the same length (a cut, not chance)
MIN_WIDTH_SHARE = 0.08
MIN_WIDTH, MAX_WIDTH = 12, 40
_PADDED = re.compile(r"\S {3,}\S")  # a column padded with spaces before the next
_WINE_COLOURS = frozenset({"rouge", "blanc", "rose"})
_ANY_WINE = _WINE_COLOURS | {"liquoreux", "effervescent"}
MIN_KIND_SUPPORT = 2  # confident matches needed before a prefix's kinds are trusted
MIN_MIXED_KINDS = 3


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
    # family prefixes whose colour word says no colour: their wines are of others ("RS>"
    # of a till filing the southern Rhône, its reds above all)
    colourless: tuple[str, ...] = ()
    # the mark the till writes the sale's measure after, last ("MACON.VIL*V", "1664#PT")
    mark: str | None = None
    # a report's padded columns: where the column after the item starts, and the length
    # of a line's start to the item's end that says the item was cut (report_columns.py)
    column: tuple[int, int] | None = None

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
            "colourless": list(self.colourless),
            "mark": self.mark,
            "column": list(self.column) if self.column else None,
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
            colourless=tuple(data.get("colourless") or ()),
            mark=data.get("mark") or None,
            column=(int(column[0]), int(column[1])) if (column := data.get("column")) else None,
        )

    def split(self, label: str) -> tuple[str | None, str]:
        """(the family prefix, the rest of the label) when the label starts with one; the
        till's article numbers and the export's fields that name no drink are no part of
        either. A report's item cut inside the line comes last, after its other columns
        ("2x MUSC ECU GRANITE 202 BT      60,00": "BT MUSC ECU GRANITE 202"), where a cut
        word is read."""
        label = unquoted(label)
        cut = column_cut(label, self.column)
        label = item_column(label)
        after = ""
        if cut is not None:  # (the columns after it less the quantity and the amount)
            label, after = cut[0], label[len(cut[0]) :].strip()
        if self.mark is not None:
            label = read_mark(label, self.mark)  # before the fields: "…*V" is a glass
        coded = coded_family(label, self.fields)
        ahead, label = name_last(label, self.fields)
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
            label = label.lstrip()
            found, label = head, label[folded_length(label, head) :]
            label = without_numbers(label, self.lead, False)  # "IRD-1103 VRE …"
        if found is None and coded is not None and fold(label).startswith(coded + " "):
            # the family of the article's code, however few its articles ("APE1902;…")
            found, label = coded + " ", label[len(coded) + 1 :]
        suffix = SUFFIX.search(fold(label)) if self.suffixes else None
        if suffix is not None and suffix.group(0).strip() in self.suffixes and suffix.start() > 0:
            found, label = found or suffix.group(0).strip(), label[: suffix.start()]
        return found, (after + " " if after else "") + ahead + vintage + label

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
        label = unquoted(label)
        if column_cut(label, self.column) is not None:
            return True  # a report's item, cut at its column's width inside the line
        label = item_column(label)
        if self.fields is not None and self.fields.cut_at(label):
            return True  # an export's name column, cut at its width
        # (a label padded to the width, its last column apart, "CREM.E.BEYER      1/1",
        # fills it without being cut)
        return (
            self.width is not None
            and len(label.rstrip()) >= self.width
            and not _PADDED.search(label.strip())
        )

    def colour(self, prefix: str | None) -> str | None:
        """The one wine colour every confident match under this family had ("VRS:" of a
        till whose rosés are all the wines recognised under it), or None."""
        if prefix in self.colourless:
            return None
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

    def _files_outlets(self) -> bool:
        """Most of the till's heads, two at least, file drinks of every kind: they say
        where the sale was made ("BAR ", "MB ", "RS " of a hotel), not what was sold."""
        mixed = sum(1 for counts in self.kinds.values() if _mixed(counts))
        return mixed >= MIN_CODES and mixed * 2 >= len(self.kinds)

    def allowed_kinds(self, prefix: str | None) -> frozenset[str] | None:
        """The kinds of drink a prefix has been seen to announce, or None if unknown."""
        if prefix is None or (prefix in self.suffixes and any(c.isdigit() for c in prefix)):
            return None  # ("[5J]": the sale's day or token, after the label, files no kind)
        counts = self.kinds.get(prefix)
        if not counts or sum(counts.values()) < MIN_KIND_SUPPORT:
            return None
        if outlet_family(prefix):
            return None  # "DEMI-PENSION - ", "SEMINAIRE - ": where it was sold, any drink
        if _mixed(counts):
            # wines and other drinks, of three kinds or more, under one head: it files
            # something else than a kind of drink (a waiter, "Emma: "; where the sale was
            # made, "BAR "); "LQ " of sweet wines and liqueurs is a family
            return None
        if self._files_outlets() and not kind_word(prefix.strip(" -–/:>|.;")):
            # a hotel's "SEM " beside its "BAR " and "MB ", each of every kind: an outlet
            # too, however few and alike the drinks recognised under it
            return None
        if len(_WINE_COLOURS & counts.keys()) >= MIN_CODES:
            # wines of several colours ("VIN/"): a family of wines, its sweet and sparkling
            # ones too ("VIN/LAYON OGEREAU VRE")
            return frozenset(counts) | _ANY_WINE
        return frozenset(counts)


def _mixed(counts: Mapping[str, int]) -> bool:
    """Wines and other drinks, of three kinds or more, seen under one head."""
    kinds = counts.keys()
    return len(kinds) >= MIN_MIXED_KINDS and bool(kinds & _ANY_WINE) and bool(kinds - _ANY_WINE)


MIN_OUTLET_WORD = 5  # a family named by a word this long that says no kind of drink...


def outlet_family(prefix: str) -> bool:
    """...files where the sale was made, not what was sold ("DEMI-PENSION - ", "ROOM
    SERVICE - ", "SEMINAIRE - "): a head of such words, spaced from its dash."""
    words = prefix.strip(" -–/:>|").split()
    if hyphen_measure(prefix):
        return False  # "Demi-bouteille – ": the measure
    return (
        prefix.rstrip().endswith(("-", "–"))
        and prefix.endswith(" ")
        and bool(words)
        and all(len(word) >= MIN_OUTLET_WORD and not kind_word(word) for word in words)
    )


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


def serving_stub(prefix: str) -> str | None:
    """The serving a family code says when it is a measure word cut short, of one kind
    only ("CAL " of calice: a glass); "BICCH " (bicchiere or bicchierino) says none."""
    return stub_serving(prefix.strip(" /-:>|.#*="))


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
    pairs: frozenset[tuple[str, str]] = frozenset(),
    names: frozenset[tuple[frozenset[str], frozenset[str]]] = frozenset(),
) -> Habits:
    """Habits of one connection from all its labels. `vocabulary`: the library's words;
    a hyphenated head that is one of them ("SAINT-JOSEPH") is a name, not a prefix, when
    its labels go on as the library's names do (`pairs`: words that follow one another in
    a drink's name, producer or appellation)."""
    raw = [unquoted(label) for label in labels if label and label.strip()]
    column = learn_column(raw)
    # the measure written after a mark, last ("MACON.VIL*V"), read before the fields
    mark = measure_mark(raw)
    raw = [read_mark(label, mark) for label in raw] if mark is not None else raw
    table_words = table_vocabulary()
    # a field that says a colour or a kind of drink files it: it is read
    kinds = frozenset(tables().colour_words) | frozenset(tables().category_words)
    fields = learn_fields(raw, vocabulary | kinds)
    cut = [item_column(label) for label in raw]  # the width of its labels as sent
    raw = [name_last(label, fields)[1] for label in raw]  # (as the name starts)
    first = sizes_first(raw)
    lead, trail = article_numbers(raw)
    lead = None if first else lead  # the measure written first, no article number
    texts = [without_numbers(label, lead, trail) for label in raw]
    codes_first = learn_codes_first(texts)
    texts = [strip_codes(text) for text in texts] if codes_first else texts
    # a shop's "Producer — Product": a head all of whose words are the library's (a
    # producer, "Comte Louis de Lauriston — ") is the drink's first field, not a family
    # ...and so is a drink's own name ("Les Genêts · Laureau · 2019 · Bouteille": the cuvée,
    # then its producer), however often the till sells it
    outer = [
        p
        for p in family_prefixes(texts, vocabulary, pairs)
        if not a_producer(p, producers) and not a_name(p, names)
    ]
    # a family inside a family ("[BAR] VRO CHIANTI"): learnt again on what is left
    inner = Habits(prefixes=tuple(outer))
    rest = [inner.split(text)[1] if inner.split(text)[0] else text for text in texts]
    # ...whose head names no drink: after "Vin rouge • ", a producer that recurs
    # ("Domaine de l'Hortus • Grande Cuvée • 2020") is the first field of the drink
    prefixes = outer + [
        p
        for p in family_prefixes(rest, vocabulary, pairs)
        if p not in outer and not names_a_drink(p, vocabulary, table_words)
    ]
    prefixes.sort(key=lambda item: (-len(item), item))
    if prefixes:
        # article numbers after the family ("IRD-1103 VRE HENRIOT": a menu's code), or a
        # second one after it ("#123 RST 5100 BTL TEMPIER": a room, an outlet, a revenue
        # code)
        filed = Habits(prefixes=tuple(prefixes), lead=lead)
        after, _ = article_numbers([filed.split(text)[1] for text in texts])
        if after is not None:
            lead = after if lead is None else (min(lead[0], after[0]), max(lead[1], after[1]))
    split = Habits(prefixes=tuple(prefixes), lead=lead, trail=trail)
    rests = [split.split(text)[1] for text in texts]
    return Habits(
        fields=fields,
        codes_first=codes_first,
        sizes_last=sizes_last(rests),
        # ...or after the code or family it writes first ("FL/33 Guinness", "H1/25 Meteor")
        sizes_first=first or sizes_first(rests),
        suffixes=family_suffixes(texts),
        prefixes=tuple(prefixes),
        width=_width(cut),
        case=_case_style(texts) if texts else "mixed",
        labels=len(texts),
        lead=lead,
        trail=trail,
        mark=mark,
        column=column,
        # a glass's initial where the till writes its measures first ("V:LILLET")
        measures=glass_letters(texts),
    )


def with_kinds(habits: Habits, seen: Iterable[tuple[str, str]]) -> Habits:
    """The habits plus what each prefix announces: (prefix, kind) of confident matches."""
    kinds: dict[str, Counter[str]] = {}
    for prefix, kind in seen:
        kinds.setdefault(prefix, Counter())[kind] += 1
    return replace(habits, kinds={prefix: dict(counts) for prefix, counts in kinds.items()})
