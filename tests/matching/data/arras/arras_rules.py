"""The bench README's answer rules, applied to a drink key, a measure and the vintage
read back from the rendered label."""
from arras_tills import MEASURES


def entry_format(drink, measure):
    """(format_cl or None, units_per_sale or None, reason)."""
    formats = drink["formats"]
    kind, cl = MEASURES[measure]
    winey = drink["category"] in ("vin", "champagne")
    bottles = sorted(f for f in formats if f < 2000)
    kegs = [f for f in formats if f >= 2000]
    if kind == "btl":
        if winey:
            return (75, 1, None) if 75 in formats else (None, None, "no 75 cl bottle held")
        if len(bottles) == 1:
            return bottles[0], 1, None
        if not bottles:
            return None, None, "not held in bottle (draught only)"
        raise ValueError("bare bottle of %s is ambiguous" % drink["key"])
    if kind == "fmt":
        return (cl, 1, None) if cl in formats else (None, None, "format not held (%s cl)" % cl)
    if kind == "pour":
        if 75 in formats:
            base = 75
        elif len(bottles) == 1 and bottles[0] not in (37.5, 150):
            base = bottles[0]
        else:
            return None, None, "no ordinary bottle to pour from"
        return base, round(cl / base, 4), None
    if kind == "keg":
        if not kegs:
            return None, None, "not on draught"
        return kegs[0], round(cl / kegs[0], 4), None
    raise ValueError(kind)

def answer(drink, measure, vintage, ids):
    """ids: {(key, format, vintage): id}. Returns expect, id, also_ok, units, note."""
    fmt, units, why = entry_format(drink, measure)
    label = "%s (%s)" % (drink["name"], drink["producer"])
    if fmt is None:
        return "none", None, [], None, "%s: %s" % (label, why)
    vints = drink["formats"][fmt]
    if vintage is not None and vints == [None]:
        raise ValueError("vintage on a non-vintage drink %s" % drink["key"])
    if vintage is None or vintage in vints:
        if vintage is None:
            best = max(vints, key=lambda v: v or 0)
            also = [ids[(drink["key"], fmt, v)] for v in sorted(vints, key=lambda v: v or 0) if v != best]
        else:
            best, also = vintage, []
        return "yes", ids[(drink["key"], fmt, best)], also, units, label
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    also = [ids[(drink["key"], fmt, v)] for v in sorted(vints) if v != best]
    return ("almost", ids[(drink["key"], fmt, best)], also, units,
            "%s: label vintage %d not in library, has %s" % (label, vintage, sorted(vints)))
