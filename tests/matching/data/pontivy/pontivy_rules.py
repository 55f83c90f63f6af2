"""The bench README's answer rules, applied to what the rendered label says."""
from pontivy_tills import BOTTLE, VOLUME


def target_format(drink, measure):
    """The library format the sale consumes from, or None when the drink has none."""
    fmts = sorted(drink["formats"])
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    if measure in ("DE", "PI"):
        return kegs[0] if kegs else None
    if measure in BOTTLE:
        return BOTTLE[measure] if BOTTLE[measure] in fmts else None
    if (measure[:1] == "C" and measure[1:2].isdigit()):
        v = float(measure[1:])
        v = int(v) if v == int(v) else v
        return v if v in fmts else None
    # B and pours: the ordinary bottle (75 cl for a wine, else the only bottle format)
    if 75 in bottles:
        return 75
    if drink["category"] == "vin":
        return None
    ordinary = [f for f in bottles if f not in (37.5, 150)]
    if len(ordinary) != 1:
        raise ValueError("no single ordinary bottle for %s" % drink["key"])
    return ordinary[0]


def answer(drink, measure, vintage):
    """(expect, beverage_id, also_ok, units, why) for a label naming `drink`."""
    f = target_format(drink, measure)
    if f is None:
        return "none", None, [], None, "format not held"
    held = drink["formats"][f]            # {vintage: id}
    vins = sorted(held, key=lambda v: (v is None, v or 0))
    units = 1 if measure in ("B", "H", "M") or (measure[:1] == "C" and measure[1:2].isdigit()) else round(VOLUME[measure] / f, 4)
    if vins == [None]:
        return "yes", held[None], [], units, ""
    if vintage is None:
        best = max(vins)
        return "yes", held[best], [held[v] for v in vins if v != best], units, ""
    if vintage in held:
        return "yes", held[vintage], [], units, ""
    best = min(vins, key=lambda v: (abs(v - vintage), -v))
    return ("almost", held[best], [held[v] for v in vins if v != best], units,
            "label vintage %d not in library, has %s" % (vintage, vins))
