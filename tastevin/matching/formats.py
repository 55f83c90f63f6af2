"""Which format of a wine a label designates, and how much of it one sale consumes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from tastevin.matching.describing import sparkling as is_sparkling
from tastevin.matching.explain import Reason, reason
from tastevin.matching.index import CIDERS, KEG, Family
from tastevin.matching.measure_codes import MARKED_D
from tastevin.matching.normalise import parse_label
from tastevin.matching.types import BY_MEASURE, ParsedLabel, Serving

STANDARD = Decimal(75)
HALF = Decimal("37.5")
MAGNUM = Decimal(150)
MAX_DOSE = Decimal(20)
# a sparkling wine is poured by the glass, never by the carafe: 20 cl of it unsaid is its
# quarter bottle ("Piccolo 200ml", "CHAM MONT 20")
MAX_SPARKLING_POUR = Decimal(15)
_PLACES = Decimal("0.0001")
_NAMES = {HALF: "half bottle", MAGNUM: "magnum"}
SMALL = "small bottle"
ROUNDED = Decimal("0.01")  # a volume this close to a held format is that format, rounded
BOTTLED_BEER = Decimal(100)  # a beer held in bottles up to this size is sold by the bottle
BAG_IN_BOX = Decimal(300)  # a wine held only in this size or more is poured from it
MAX_SHARE = Decimal("0.75")  # a measure is at most this share of the bottle it comes from
BEER_DEMI = Decimal(25)  # bar measure: a "demi" of beer is 25 cl (bench README)
_WINES = frozenset({"vin", "champagne"})
_BOTTLED = frozenset({"soft", "eau"})  # sold by the bottle, never poured by the carafe


@dataclass(frozen=True)
class FormatChoice:
    format_cl: Decimal | None
    units: Decimal | None
    notes: tuple[Reason, ...] = ()
    missing: Reason | None = None
    # a bare volume of a beer held on draught only, read as a pour from its keg by
    # convention, not by the label: offered below the confident threshold, and read as a
    # bottle's where bottles of that volume are sold (matcher._bottles_sold,
    # verdict._bottled_sibling)
    drawn_by_convention: bool = False


def ordinary_format(family: Family) -> Decimal | None:
    """The wine's ordinary bottle: its 75 cl, else its only regular format (never a half
    bottle or a magnum); a wine held only in a bag-in-box (300, 500 cl) pours from it."""
    if STANDARD in family.formats:
        return STANDARD
    if family.category is not None and family.category not in _WINES:
        # a spirit's litre is what its glasses are poured from, not a 150 cl or a sake's
        # 180 cl isshōbin (large bottles, said when sold); a beer's keg is chosen by the
        # measure (``_served``)
        regular = [size for size in family.formats if size < MAGNUM]
        return max(regular) if regular else max(family.formats)
    regular = [size for size in family.formats if size != HALF and size < MAGNUM]
    if regular:
        return max(regular)
    larger = [size for size in family.formats if size > MAGNUM]
    return min(larger) if larger else None


def units(volume: Decimal, format_cl: Decimal) -> Decimal:
    return (volume / format_cl).quantize(_PLACES, rounding=ROUND_HALF_UP)


def label_units(label: str) -> Decimal:
    """Bottles per sale from the label alone, for a drink picked by hand: a measure the
    label states out of a 75 cl bottle (a 12.5 cl glass is 0.1667), one bottle otherwise."""
    parsed = parse_label(label)
    if parsed.serving in BY_MEASURE and parsed.volume_cl:
        return units(parsed.volume_cl, STANDARD)
    return Decimal(1)


def centilitres(size: Decimal) -> str:
    """75, 37.5, 150: no exponent, no trailing zeros."""
    return format(size.normalize(), "f")


def _missing(size: Decimal) -> FormatChoice:
    name = _NAMES.get(size, f"{centilitres(size)} cl bottle")
    return FormatChoice(None, None, missing=reason("format_missing", format=name))


_POURS = frozenset({Decimal(v) for v in ("10", "12", "12.5", "14", "15", "25", "30", "46", "50")})
MAX_GLASS = Decimal(20)
# a beer's measures drawn from the keg (a demi, a pint; never a bottle's 33 cl)
_DRAWN = frozenset({Decimal(25), Decimal(50)})


def _served(parsed: ParsedLabel, family: Family, volume: Decimal | None) -> FormatChoice:
    base = ordinary_format(family)
    kegs = [size for size in family.formats if size > BOTTLED_BEER]
    if family.category == "biere" and kegs:
        base = max(kegs)  # a beer poured by the measure comes from its keg, not its 75 cl
    elif family.category not in _WINES and any(size >= KEG for size in family.formats):
        base = max(family.formats)  # so does a cider's bolée when the cider is on draught
    if base is None and len(family.formats) == 1 and next(iter(family.formats)) < STANDARD:
        # a wine held in one small bottle only (a Sauternes in halves) pours from it; a
        # glass is never poured from a magnum (four blind builders of session 5 agree)
        base = next(iter(family.formats))
    if base is None:
        return _missing(STANDARD)
    if parsed.serving == "dose" and volume is not None and volume > MAX_DOSE:
        return _missing(volume)  # no dose is 46 cl ("DOSE MAKERS MARK46": a name's number)
    if parsed.serving == "dose" and family.category == "biere":
        return _missing(volume or base)  # a beer has no dose ("DOUBLE IPA" is a beer style)
    if parsed.serving == "carafe" and family.category in _BOTTLED:
        return _missing(volume or base)  # a carafe of water is the tap's, not a bottle's
    if volume is None:
        return FormatChoice(base, None)
    if volume > MAX_SHARE * base or (family.category == "biere" and base <= BOTTLED_BEER):
        # a pint is not poured from a 33 cl bottle, nor a glass of beer from a 75 cl one:
        # a bottled beer is sold by the bottle, a glass of beer comes from the keg; nor is
        # a 25 cl bolée poured from a 33 cl bottle (a measure is a share of a bottle)
        return _missing(volume)
    serving = parsed.serving or "dose"
    note = reason("serving", serving=serving, volume=centilitres(volume), format=centilitres(base))
    return FormatChoice(base, units(volume, base), (note,))


def _held(volume: Decimal, family: Family) -> Decimal | None:
    """The held format a volume names, as tills round it ("187ML", "18,7": the 18.75 cl
    bottle)."""
    if volume in family.formats:
        return volume
    return next((size for size in family.formats if abs(size - volume) <= ROUNDED * size), None)


def _small(parsed: ParsedLabel, family: Family) -> FormatChoice:
    """A small bottle ("MINI", "mignonnette", "piccolo", a quart of champagne): the one the
    label sizes, else the smallest held below the half bottle."""
    if parsed.volume_cl is not None:
        held = _held(parsed.volume_cl, family)
        return FormatChoice(held, Decimal(1)) if held else _missing(parsed.volume_cl)
    small = [size for size in family.formats if size < HALF]
    if not small:
        return FormatChoice(None, None, missing=reason("format_missing", format=SMALL))
    return FormatChoice(min(small), Decimal(1))


def unsized(parsed: ParsedLabel) -> ParsedLabel:
    return replace(parsed, volume_cl=None)


def choose_format(parsed: ParsedLabel, family: Family) -> FormatChoice:
    """The format a label's sale comes from and its bottles per sale; a case sold whole is
    that many bottles."""
    choice = _chosen_format(parsed, family)
    if parsed.count > 1 and choice.units is not None and parsed.serving not in BY_MEASURE:
        return replace(choice, units=choice.units * parsed.count)
    return choice


def _chosen_format(parsed: ParsedLabel, family: Family) -> FormatChoice:
    serving, volume = parsed.serving, parsed.volume_cl
    sparkling = is_sparkling(family)
    if parsed.measure == "demi" and _on_draught(family):
        return _served(parsed, family, BEER_DEMI)
    if parsed.measure == MARKED_D and _on_draught(family):
        # ("1664#D": the till's D after its mark, on a beer, is its demi)
        return _served(replace(parsed, serving="glass"), family, BEER_DEMI)
    if parsed.measure == "small":
        return _small(parsed, family)
    if serving == "carafe" and sparkling:
        # a champagne's quart is its 20 cl bottle, never a carafe of 25 cl
        held = _held(volume, family) if volume is not None else None
        return FormatChoice(held, Decimal(1)) if held else _small(unsized(parsed), family)
    if serving in BY_MEASURE:
        return _served(parsed, family, volume)
    if volume is not None:
        if held := _held(volume, family):
            return FormatChoice(held, Decimal(1))
        if serving is None and volume <= (MAX_SPARKLING_POUR if sparkling else MAX_DOSE):
            return _served(parsed, family, volume)
        if serving is None and volume in _DRAWN and _kegs_only(family):
            # "GUINNESS 500ML" of a beer held on draught only: a glass drawn from the keg,
            # most likely (a bottle of it the library lacks is the other reading)
            drawn = _served(replace(parsed, serving="glass"), family, volume)
            return replace(drawn, drawn_by_convention=True)
        if serving is None and family.category in _WINES and min(family.formats) >= BAG_IN_BOX:
            # "50 CDR" of a house wine held only in its box: a pichet drawn from it
            return _served(replace(parsed, serving="carafe"), family, volume)
        if serving is None and volume in _DRAWN and _bottled_cider(family):
            # "CIDRE VAL DE RANCE BRUT;;25CL" of a cider held in its 75 cl bottle: a bolée
            # or a pichet poured from it, as a still wine's
            return _served(replace(parsed, serving="carafe"), family, volume)
        if (
            serving is None
            and volume in _POURS
            and family.category == "vin"
            and not sparkling
            and not (family.colour == "liquoreux" and volume > MAX_GLASS)
        ):
            # (a sweet wine's 50 cl is its bottle, never a pichet: "MO-50CL PECOULA 19"
            # of a Monbazillac held in 75 cl is a bottle the library lacks)
            # a still wine's glass or carafe, where the till writes the volume and no measure
            # ("reynon '19 50cl", "YUEK25 RIES", "1/2 l"): a beer's or a spirit's volume is
            # a bottle's, which the library may lack
            kind: Serving = "glass" if volume <= MAX_GLASS else "carafe"
            return _served(replace(parsed, serving=kind), family, volume)
        return _missing(volume)
    base = _bottle(family)
    if base is None or (base < STANDARD and family.colour == "liquoreux" and serving is None):
        # a sweet wine held only in 50 cl is sold with its 50CL on the label (bench README):
        # a bottle of it without one is a 75 cl not held
        return _missing(STANDARD)
    if serving == "bottle" and base >= KEG:
        return _missing(STANDARD)  # "THATCHERS GOLD BTL" of a cider held on draught only
    return FormatChoice(base, Decimal(1))


def _bottled_cider(family: Family) -> bool:
    return (
        family.category not in _WINES | {"biere"}
        and bool(family.tokens & CIDERS)
        and min(family.formats) >= STANDARD
    )


def _kegs_only(family: Family) -> bool:
    return family.category == "biere" and min(family.formats) >= KEG


def _on_draught(family: Family) -> bool:
    """A beer, or a cider held on draught: its demi is a 25 cl glass, not a half bottle."""
    return family.category == "biere" or (
        family.category not in _WINES and any(size >= KEG for size in family.formats)
    )


def _bottle(family: Family) -> Decimal | None:
    """The bottle a label without a measure or a volume sells: the ordinary one, but never
    a magnum or larger unless that is all a spirit, beer or soft comes in (``BTL GREY
    GOOSE`` is its 70 cl, not the 150 cl above the bar; a keg is not sold whole), and for
    a wine never a bottle larger than a magnum (a jeroboam is always said)."""
    base = ordinary_format(family)
    if base is None or base < MAGNUM:
        return base
    if family.category in _WINES:
        return None
    regular = [size for size in family.formats if size < MAGNUM]
    return max(regular) if regular else base
