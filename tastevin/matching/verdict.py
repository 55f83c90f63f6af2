"""Whether a label designates one wine, among the credible ones its words fit: a house
named alone, an appellation several wines share, a colour or a cru the label leaves
unsaid, the same evidence for several, a format the library lacks. ``verdict`` says why a
label designates no wine (or nothing), and the wines that have its format, best first."""

from __future__ import annotations

import re

from tastevin.matching.colour_conventions import colour_twins, unstated_rose
from tastevin.matching.coverage import EXPLAINED
from tastevin.matching.describing import sparkling
from tastevin.matching.explain import Reason, reason
from tastevin.matching.folding import WORD, fold
from tastevin.matching.formats import FormatChoice, centilitres
from tastevin.matching.index import CLASSIC, KEG
from tastevin.matching.measure_codes import DRAUGHT, PRESS
from tastevin.matching.mixed import mixed_drink, placed
from tastevin.matching.scoring import FamilyScore
from tastevin.matching.tables import tables
from tastevin.matching.types import (
    BY_MEASURE,
    ParsedLabel,
)
from tastevin.matching.vintages import vintage_chooses, years

CONFIDENT = 0.9  # suggestions shown at or above this are meant to be right 99 times in 100
UNSURE = 0.85  # an answer a convention chose, not the label: offered below CONFIDENT
_TOKEN = re.compile(r"[a-z0-9]+")

AMBIGUITY_MARGIN = 0.03
MAX_POUR_CL = 20  # a volume up to this is poured, not a bottle
_PLAUSIBLE = frozenset({"weak"})  # problems that still let a wine share an appellation label


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
        # (its name's, its maker's and its appellation's words: not its region or kind,
        # "autre", that no till cuts)
        family = item.family
        words = (*family.name, *family.producer, *family.appellation)
        return frozenset(word for word in words if word.startswith(stub))

    # (a drink that reads the stub otherwise, "CHE" as chateau's letters, is no tie)
    same = [
        item for item in credible if {word for word, _ in item.explained} == first and starts(item)
    ]
    return len({starts(item) for item in same})


def verdict(
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
    credible = unstated_rose(parsed, [item for item in scores if item.credible])
    # the measure said fits some kinds of drink: a glass a wine, a dose a spirit ("VRE
    # MARCILLAC CROS" is the estate's Marcillac, not its marc; "marc – 2 cl" no Chablis of
    # Jean-Marc Brocard)
    kinds = _measured_kinds(parsed)
    fitting = [item for item in credible if item.family.category in kinds]
    credible = fitting if fitting else credible
    # a rosé wine is said: without a colour, a named house's rosé is none of the wines it
    # could mean ("CHINON JOGUET" is its red); its aperitifs or champagnes stay open
    houses = house_alone(parsed, [item for item in scores if _open(item, credible)], formats)
    if houses > 1 and not _sparkling_poured(parsed, scores):
        return reason("house_alone", count=houses), []
    tied = _stub_tie(stub, credible)
    if tied > 1:
        return reason("ambiguous", count=tied), []
    if any(item.specific for item in credible):
        credible = [item for item in credible if item.specific]
    elif credible:
        sharing = _sharing_appellation(parsed, scores, formats)
        owner = _cooperative(parsed, sharing)
        if owner is not None:
            credible = [owner]
        elif len(sharing) > 1:
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
    bottled = _bottled_sibling(parsed, served, scores, formats)
    if bottled is not None:
        return bottled, []
    twins = colour_twins(parsed, served)
    if twins > 1:
        return reason("ambiguous", count=twins), []
    plainer = _plainer_unserved(served[0], credible, formats)
    if plainer is not None:
        return formats[plainer.family.number].missing, []
    if parsed.classification is None:
        served = _plain_cru(served)
    served, tied = _same_evidence(served, parsed)
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


MIN_GLASS_CL = 8  # a glass of this much is a wine's, never a spirit's pour...
MAX_GLASS_CL = 20  # ...up to this much (a beer's demi and pint are glasses too)
_WINES: frozenset[str | None] = frozenset({"vin", "champagne"})
_SPIRITS: frozenset[str | None] = frozenset({"spiritueux", "autre"})  # and aperitifs


def _measured_kinds(parsed: ParsedLabel) -> frozenset[str | None]:
    """The kinds of drink the label's measure is the pour of, when it says one: a glass
    of 8 to 20 cl is a wine's, a dose a spirit's or an aperitif's (none otherwise: the
    measure chooses no kind; where no drink of its kinds fits the label, none either)."""
    if parsed.serving == "glass" and MIN_GLASS_CL <= (parsed.volume_cl or 0) <= MAX_GLASS_CL:
        return _WINES
    if parsed.serving == "dose":
        return _SPIRITS
    return frozenset()


def _open(item: FamilyScore, credible: list[FamilyScore]) -> bool:
    """A credible drink a label naming its house may mean: a still rosé the label does
    not say is not, when the label names its house (an appellation alone is read apart)."""
    if not item.credible or item in credible or item.family.category != "vin":
        return item.credible
    return not any(word in item.family.producer_distinct for word, _ in item.explained)


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
    return _poured(parsed) and any(sparkling(item.family) for item in scores if item.credible)


def house_alone(
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
    village = [
        item
        for item in same
        if not item.family.classifications
        and all(item.grades.get(word, 0.0) >= EXPLAINED for word in item.family.appellation)
    ]  # (a Petit Chablis is no plain Chablis)
    crus_hold = any(parsed.vintage in years(item) for item in same if item.family.classifications)
    if parsed.classification is None and village and not crus_hold:
        # a cru is said ("CHABLIS BROCARD" is not its premier cru Montmains), unless the
        # label's vintage is the cru's
        same = village
    # an appellation said in its short form names it whole ("Muscadet sur lie" is the
    # house's Muscadet Sèvre et Maine sur lie, beside its Clos des Briords)
    shared = _one_appellation(same)
    left = [
        (_unsaid(item, parsed) - _appellation_said(item, shared)) | _producer_left(item)
        for item in same
    ]
    if len(same) < 2 or not all(left):
        return 1  # one drink, or one the label names in full ("PRODUTTORI DEL BARBARESCO")
    plain = min(left, key=len)
    if all(plain < other for other in left if other is not plain):
        return 1  # the house's plain drink: "MIRAVAL" is its Rosé, not the Studio by Miraval
    if vintage_chooses(parsed.vintage, same):
        return 1
    return len(same)


def _one_appellation(items: list[FamilyScore]) -> bool:
    return len({item.family.appellation for item in items}) == 1


def _appellation_said(item: FamilyScore, shared: bool) -> frozenset[str]:
    """The words of the appellation all the rivals share, when the label says it, if only
    in its short form: none of them tells the rivals apart ("Muscadet sur lie" of a house
    holding its Muscadet Sèvre et Maine sur lie and its Clos des Briords)."""
    appellation = frozenset(item.family.appellation)
    said = shared and any(item.grades.get(word, 0.0) >= EXPLAINED for word in appellation)
    return appellation if said else frozenset()


# the plain style of a house's wine, said or not (a Brut Nature, an Extra Brut, a Sec or a
# Demi-Sec is one of its wines, not the plain one)
_PLAIN_STYLES = frozenset({"brut"})


def _unsaid(item: FamilyScore, parsed: ParsedLabel) -> frozenset[str]:
    """The words of a drink's name the label does not say, generic ones included (a
    house's "Millésime" is one of its drinks, not a word about any), the plain styles
    excepted (a Brut Nature or an Extra Brut is not the house's plain Brut)."""
    table = tables()
    written = set(WORD.findall(fold(parsed.label))) | set(parsed.tokens)
    return frozenset(
        word
        for word in item.family.name
        if item.grades.get(word, 0.0) < EXPLAINED
        and word not in written
        and word not in _PLAIN_STYLES
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
    # an appellation said alone is the one of that name where the library holds it, not
    # one that hyphens a name to it ("SAUMUR ROUGE": a Saumur, not a Saumur-Champigny; a
    # Chablis Premier Cru or a Bordeaux Supérieur stays open)
    held = {frozenset(item.family.appellation) for item in sharing}
    said = set(parsed.tokens)

    def longer(item: FamilyScore) -> bool:
        words = set(item.family.appellation)
        return any(
            shorter < words
            and words - shorter <= item.family.appellation_joined
            and not (words - shorter) & said
            for shorter in held
        )

    return [item for item in sharing if not longer(item)]


MIN_COMMON_CUT = 4  # a common word cut short keeps this many letters


def _cooperative(parsed: ParsedLabel, sharing: list[FamilyScore]) -> FamilyScore | None:
    """Of the wines of an appellation the label names alone, the one whose producer is
    named by the common words the label adds ("Coteaux du Vendômois Vignerons": Les
    Vignerons du Vendômois, the cooperative; not its growers' wines)."""
    generic = tables().generic
    # (a common word cut short too: "Vendomois red Vigner")
    common = [
        word
        for word in parsed.tokens
        if word in generic
        or (len(word) >= MIN_COMMON_CUT and any(other.startswith(word) for other in generic))
    ]
    if not common or len(sharing) < 2:
        return None
    owners = [
        item
        for item in sharing
        if all(
            any(other.startswith(word) and other in generic for other in item.family.producer)
            for word in common
        )
    ]
    return owners[0] if len(owners) == 1 else None


def _same_evidence(served: list[FamilyScore], parsed: ParsedLabel) -> tuple[list[FamilyScore], int]:
    """Wines that explain exactly the same label words differ only by the name words the
    label left out. The wine whose left-out words are among every other's is the plain
    one ("GEWURZ SCHOFFIT" is not the Vendanges Tardives): it wins over them. When the
    left-out words cannot be compared ("RIESLING": Schlossberg or Kottabe?), it is a tie,
    whatever the recall terms of the score say; except that, without a vintage on the
    label, a house's only non-vintage wine is its ordinary one ("COUPE VEUVE CLICQUOT" is
    the Carte Jaune, not the Rare vintage)."""
    vintage = parsed.vintage
    if len(served) < 2:
        return served, 1
    same = [item for item in served if item.explained == served[0].explained]
    if len(same) < 2:
        return served, 1
    # what each leaves out of its name and of its producer's distinct words: two houses
    # the label's word fits equally ("PERRIER": Perrier-Jouët or Laurent-Perrier?) are
    # not comparable; a plain estate is ("FIGEAC" is Château Figeac, not Yon-Figeac)
    # (a house's "Cuvée Classique" is its ordinary wine: "OLLIEUX ROMANIS CORBIERES" is
    # its Classique, not its Atal Sia; a "Tradition" is a named cuvée for some builders)
    left = {id(item): _left_out(item, _one_appellation(same)) for item in same}
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
    literal = _most_written(parsed, same)
    if literal is not None:
        return [literal, *(item for item in served if item is not literal)], 1
    return served, len(same)


def _most_written(parsed: ParsedLabel, same: list[FamilyScore]) -> FamilyScore | None:
    """Of wines that explain the same label words, the one whose name holds strictly more
    of the words the label writes that its reading set aside as a colour or a measure
    ("MONT BLANC BLANCHE": the Mont-Blanc Blanche, whose Blanche is no colour, not the
    Mont-Blanc Blonde), or read as its colour."""
    written = set(WORD.findall(fold(parsed.label))) - set(parsed.tokens)
    if parsed.colour is not None:
        # ...or as the label's colour ("PINOT BLANC": the Pinot Blanc, not a white Pinot
        # Gris)
        written |= set(parsed.tokens) & tables().colour_spellings.get(parsed.colour, set())
    counts = sorted(((len(written & set(item.family.name)), item) for item in same), key=_first)
    if len(counts) < 2 or counts[-1][0] <= counts[-2][0]:
        return None
    return counts[-1][1]


def _first(pair: tuple[int, FamilyScore]) -> int:
    return pair[0]


def _bottled_sibling(
    parsed: ParsedLabel,
    served: list[FamilyScore],
    scores: list[FamilyScore],
    formats: dict[int, FormatChoice],
) -> Reason | None:
    """A beer held on draught only, its pour read from a bare volume by convention, while
    a drink the label's words fit as well comes in bottles of that volume ("BRUNE DES
    QUAIS 25CL" of a bar selling the 0.0 in 25 cl bottles): the volume is a bottle's, one
    the library lacks."""
    top = served[0]
    choice = formats[top.family.number]
    volume = parsed.volume_cl
    if not choice.drawn_by_convention or volume is None:
        return None
    if any(
        item is not top and volume in item.family.formats
        for item in scores
        if item.explained == top.explained
    ):
        return formats[top.family.number].missing or reason(
            "format_missing", format=f"{centilitres(volume)} cl bottle"
        )
    return None


def _left_out(item: FamilyScore, shared: bool = False) -> frozenset[str]:
    left = (item.uncovered - _appellation_said(item, shared)) | _producer_left(item)
    return left - CLASSIC if item.family.wine else left


def _format_tells(served: FamilyScore, unserved: FamilyScore) -> bool:
    """The label's words fit a drink on draught, poured in the label's measure, and one
    that is not equally, each leaving as much of its name unsaid ("DEMI 1664": the 1664
    Blonde on draught, not the 1664 Blanc in 25 cl bottles): the measure chooses."""
    on_draught = any(size >= KEG for size in served.family.formats)
    return (
        on_draught
        and served.explained == unserved.explained
        and len(_left_on_tap(served)) <= len(unserved.uncovered | _producer_left(unserved))
    )


def _plainer_unserved(
    top: FamilyScore, credible: list[FamilyScore], formats: dict[int, FormatChoice]
) -> FamilyScore | None:
    """The plain drink the label names, when the library lacks it in the label's format:
    "HEINEKEN 25CL" names the Heineken (held on draught only), not the Heineken 0.0 that
    comes in 25 cl. A plainer drink explains the same label words and leaves out fewer of
    its own; the label's format does not make its variant the answer."""
    left = _left_on_tap(top)
    for item in credible:
        if (
            item is not top
            and item.explained == top.explained
            and formats[item.family.number].format_cl is None
            and item.uncovered | _producer_left(item) < left
            and _dosage_left(item) <= _dosage_left(top)
        ):
            return item
    return None


def _dosage_left(item: FamilyScore) -> frozenset[str]:
    """The dosage a sparkling wine's name says and the label does not: a house's "Brut
    Nature" or "Demi-Sec" is no plainer than its brut under a cuvée's name ("1/2 champagne
    drappier" is the Carte d'Or Brut held in halves, not the Brut Nature held in 75 cl)."""
    return frozenset(
        word
        for word in item.family.name
        if word in tables().style_words
        and word not in _PLAIN_STYLES
        and item.grades.get(word, 0.0) < EXPLAINED
    )


def _left_on_tap(item: FamilyScore) -> frozenset[str]:
    """What a drink leaves of its name and producer unsaid; a keg's "pression" is said by
    the label's measure drawn from it ("PRESS 1664 0,25" is the "1664 Blonde pression")."""
    left = item.uncovered | _producer_left(item)
    if any(size >= KEG for size in item.family.formats):
        return left - DRAUGHT - {PRESS}
    return left


def _producer_left(item: FamilyScore) -> frozenset[str]:
    return frozenset(
        word for word in item.family.producer_distinct if item.grades.get(word, 0.0) < EXPLAINED
    )
