"""The matcher: proposes the library entry that best matches a POS label."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from tastevin.matching.confirmed import ConfirmedPairs
from tastevin.matching.explain import Reason, reason, render
from tastevin.matching.formats import FormatChoice, choose_format, units
from tastevin.matching.index import Family, LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.normalise import parse_label
from tastevin.matching.retrieval import label_view, short_list
from tastevin.matching.scoring import FamilyScore, score_family
from tastevin.matching.tables import tables
from tastevin.matching.types import Answer, Candidate, LibraryEntry, ParsedLabel, Suggestion
from tastevin.matching.vintages import choose_vintage

AMBIGUITY_MARGIN = 0.03
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

    def suggest(self, label: str, limit: int = 3) -> Suggestion:
        parsed = parse_label(label)
        view = label_view(parsed, self.index, self.lookup)
        scores = sorted(
            (
                score_family(view, self.index.families[n], self.index)
                for n in short_list(view, self.index)
            ),
            key=lambda item: -item.score,
        )
        formats = {item.family.number: choose_format(parsed, item.family) for item in scores}
        known = self.confirmed.lookup(label)
        if known is not None:
            return self._confirmed(parsed, known, scores, formats, limit)
        return self._decide(parsed, scores, formats, limit)

    def _decide(
        self,
        parsed: ParsedLabel,
        scores: list[FamilyScore],
        formats: dict[int, FormatChoice],
        limit: int,
    ) -> Suggestion:
        verdict, served = _verdict(parsed, scores, formats)
        if verdict is not None:
            candidates = tuple(self._candidate(parsed, s, formats, False) for s in scores[:limit])
            return Suggestion(
                parsed.label, "none", candidates, parsed.vintage, None, verdict.render(), (verdict,)
            )
        pick = served[0]
        rest = [s for s in scores if s is not pick][: max(limit - 1, 0)]
        first = self._candidate(parsed, pick, formats, True)
        candidates = (first, *(self._candidate(parsed, s, formats, s.credible) for s in rest))
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
    if parsed.serving in ("glass", "carafe", "dose") and parsed.volume_cl is not None:
        return units(parsed.volume_cl, Decimal(entry.format_cl))
    return Decimal(1)


def _verdict(
    parsed: ParsedLabel, scores: list[FamilyScore], formats: dict[int, FormatChoice]
) -> tuple[Reason | None, list[FamilyScore]]:
    """Why the label designates no wine (or None), and the credible wines that have the
    label's format, best first."""
    mixed = _mixed_drink(parsed)
    if mixed is not None:
        return reason("mixed_drink", drink=mixed), []
    credible = _unstated_rose(parsed, [item for item in scores if item.credible])
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
    served, tied = _same_evidence(served, parsed.vintage)
    if tied > 1:
        return reason("ambiguous", count=tied), served
    if len(served) > 1 and served[1].score >= served[0].score - AMBIGUITY_MARGIN:
        close = [item for item in served if item.score >= served[0].score - AMBIGUITY_MARGIN]
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
    plain = min(same, key=lambda item: (len(item.uncovered), -item.score))
    others = [item for item in same if item is not plain]
    if all(plain.uncovered < item.uncovered for item in others):
        return [plain, *(item for item in served if item not in same)], 1
    comparable = all(plain.uncovered <= item.uncovered for item in others)
    group = [item for item in same if item.uncovered == plain.uncovered] if comparable else same
    if vintage is not None:
        # the label's vintage is evidence too: "DOM PERIGNON 2012" is the wine held in 2012
        chosen = [item for item in group if vintage in _years(item)]
    else:
        chosen = [item for item in group if not item.family.vintaged]
    if len(chosen) == 1:
        return [chosen[0], *(item for item in served if item not in same)], 1
    if comparable:
        return served, 1
    return served, len(same)
