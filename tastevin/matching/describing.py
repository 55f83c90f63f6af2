"""Label words that describe a drink without naming it: a wine's grape, part of its region,
who made it, a sparkling wine's ordinary style; a water's still or sparkling. Such a word
neither explains a candidate nor forbids it, unless it says the candidate is another."""

from __future__ import annotations

from collections.abc import Iterable

from tastevin.matching.index import Family, LibraryIndex
from tastevin.matching.tables import tables

BRUT = "brut"
DRY, SEC = "dry", "sec"
HOUSE = "maison"
_DRY_COLOURS = frozenset({"blanc", "rose"})
_SPARKLING = frozenset({"effervescent", "mousseux", "sparkling", "petillant"})
# a vintage's word, said of a drink the library holds by its years ("Dom Pérignon Vintage",
# "Armagnac Laubade Vintage 1992"): its years tell it, not its name
_VINTAGE_WORDS = frozenset({"vintage", "millesime", "millesimee"})
_BY_YEARS = frozenset({"champagne", "spiritueux"})  # (a port's Vintage is no LBV)
_VILLAGE = frozenset({"village", "vge", "vlge"})  # a village wine: no premier or grand cru
# the words that say a drink has no alcohol ("sans alcool", "0.0", "alkoholfrei")
ALCOHOL_FREE = frozenset({"sans", "alcool", "0", "alkoholfrei"})
# a cuvée named by its grapes' style is no house's plain one ("Blanc de Blancs")
_STYLED = frozenset({"blancs", "noirs"})
# a water is still or sparkling: "PLATE" or "GAZEUSE" says which, and a water whose name
# says the other is not meant ("ABAT PLATE" is not the Abatilles Pétillante)
_WATERS = (
    frozenset({"plate", "still", "naturelle"}),
    frozenset({"gazeuse", "petillante", "sparkling"}),
)


def says_nothing(word: str, said: Iterable[str], family: Family, index: LibraryIndex) -> bool:
    """A word that describes a wine without naming it ("Condrieu – Viognier", "Rhône
    Septentrional", "Récoltant"), which no drink of this library holds: it neither
    explains nor forbids. A grape still forbids a wine whose name holds another grape
    ("Domaine X Viognier" is not its Chardonnay) and a still wine of the other colour
    ("MARIONNET SAUVIGNON" is not his red). `said`: the label's words."""
    table = tables()
    if word in _VINTAGE_WORDS and _by_years(family, said):
        return True
    if word in ALCOHOL_FREE and ALCOHOL_FREE & set(family.name) - {"sans"}:
        return True  # "1664 SANS ALCOOL" is the 1664 0,0 %, however each writes it
    if word == BRUT and _plain_sparkling(family, said, index):
        return True  # a sparkling wine's ordinary style, said or not ("Special Cuvée Brut")
    if word in (DRY, SEC) and family.colour in _DRY_COLOURS and family.category == "vin":
        # "Jurançon dry Cauhapé", "Pacherenc sec Bouscassé": a still white's or rosé's
        # style, said or not, unless its name says another ("Vouvray Demi-Sec"); of an
        # appellation said alone it says which ("Bergerac sec" is an appellation)
        plain = not (table.style_words - {SEC}) & set(family.name)
        return _named_beyond_appellation(family, said) and plain
    if word == HOUSE and family.wine and HOUSE not in family.name:
        # "Gaillac maison Labarthe": the restaurant's house wine is Labarthe's (a spirit's
        # "maison" is its own, "Limoncello Maison": homemade)
        return _named_beyond_appellation(family, said)
    if not family.wine or word in index.weights:
        return False
    if word in _VILLAGE and family.classifications:
        return False  # "PULIGNY VILLAGE SAUZET" is not Sauzet's premier cru
    if word in table.descriptors:
        return True
    if word in _SPARKLING and sparkling(family):
        return True  # an export's colour column ("Effervescent;Brut Réserve;Taittinger")
    if word not in table.grapes or table.grapes.keys() & set(family.name):
        return False
    grapes = {table.grapes[other] for other in said if other in table.grapes}
    colours = {"blanc": {"rouge"}, "rouge": {"blanc", "liquoreux"}}
    return len(grapes) != 1 or family.colour not in colours.get(str(next(iter(grapes))), set())


def _named_beyond_appellation(family: Family, said: Iterable[str]) -> bool:
    """The label says a word of the wine's name or producer beyond its appellation."""
    named = (set(family.name) | set(family.producer)) - set(family.appellation)
    return bool(named & set(said))


def _by_years(family: Family, said: Iterable[str]) -> bool:
    """A champagne or a spirit the library holds by its years, its cuvée named in full or
    its name a vintage's ("Dom Pérignon Vintage"; "Tsarine Vintage" is its Millésime; but
    "Lanson Le Vintage" is no Noble Brut)."""
    if not family.vintaged or family.category not in _BY_YEARS:
        return False
    return bool(_VINTAGE_WORDS & set(family.name)) or (
        bool(family.cuvee) and set(family.cuvee) <= set(said)
    )


def _plain_sparkling(family: Family, said: Iterable[str], index: LibraryIndex) -> bool:
    """A sparkling wine of no other style than brut, its cuvée named in full: "brut" says
    nothing more of it ("Bollinger Special Cuvée Brut"). Said of a house alone, it names
    the house's brut, no other cuvée ("RUINART BRUT" is not its Blanc de Blancs): the one
    ordinary cuvée the house holds ("LAURENT PERRIER BRUT" is its La Cuvée)."""
    if not sparkling(family) or tables().style_words & set(family.name):
        return False
    said = set(said)
    if family.cuvee and set(family.cuvee) <= said:
        return True
    house = set(family.producer)
    if not house or not house <= said or set(family.cuvee) & said:
        return False
    cuvees = [
        other
        for other in index.families
        if other.producer == family.producer
        and sparkling(other)
        and other.category == family.category
    ]
    if any(BRUT in other.name for other in cuvees):
        return False  # ("DE CASTELLANE BRUT": its Brut Croix Rouge)
    return [other for other in cuvees if _ordinary(other)] == [family]


def _ordinary(family: Family) -> bool:
    """A house's ordinary cuvée: no vintage, no rosé, no style of its grapes or sugar."""
    words = set(family.name)
    return (
        not family.vintaged
        and not family.rose
        and not words & _STYLED
        and not tables().style_words & words
    )


def sparkling(family: Family) -> bool:
    return family.category == "champagne" or family.colour == "effervescent"


def other_water(word: str, family: Family) -> bool:
    """A water's still or sparkling word, where this water's name says the other."""
    return any(word not in style and style & set(family.name) for style in _WATERS)
