"""The bench README's answer rules, applied to what a rendered label says."""
from blois_drinks import DRINKS

WINE_CATS = ("vin", "champagne")
POUR = {"gl": 12.5, "gl12": 12, "gl15": 15, "flute": 12.5, "p25": 25, "p50": 50, "dose": 4, "dose2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library(prefix="bl"):
    """Entries in the bench order and an index key -> {format: [(vintage, id)]}."""
    rows, index, n = [], {}, 0
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        index[key] = {}
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                bid = "%s%03d" % (prefix, n)
                rows.append(dict(zip(FIELDS, (bid, name, prod, app, region, country, colour, cat, v, fmt_num(fmt)), strict=False)))
                index[key].setdefault(fmt, []).append((v, bid))
    return rows, index


DRINK = {d[0]: d for d in DRINKS}


def resolve(key, measure):
    """-> (kind, format_cl or None, volume_cl). kind: bottle, pour, draught."""
    d = DRINK[key]
    cat, fmts = d[7], sorted(d[8])
    if measure == "btl":
        if cat in WINE_CATS:
            return "bottle", 75, None
        assert len(fmts) == 1, (key, "btl of a drink with several formats")
        return "bottle", fmts[0], None
    if measure == "half":
        return "bottle", 37.5, None
    if measure == "mag":
        return "bottle", 150, None
    if measure and measure.startswith("b"):
        return "bottle", float(measure[1:]), None
    if measure in POUR:
        assert cat in ("vin", "champagne", "autre", "spiritueux"), (key, measure)
        if 75 in fmts:
            return "pour", 75, POUR[measure]
        assert len([f for f in fmts if f not in (37.5, 150)]) == 1, key
        return "pour", next(f for f in fmts if f not in (37.5, 150)), POUR[measure]
    if measure in DRAUGHT:
        assert cat == "bière", (key, measure)
        kegs = [f for f in fmts if f >= 2000]
        return "draught", (kegs[0] if kegs else None), DRAUGHT[measure]
    raise ValueError((key, measure))


def describe(key):
    d = DRINK[key]
    return "%s (%s)" % (d[1], d[2])


def answer(index, key, measure, vintage):
    """-> expect, beverage_id, also_ok, units_per_sale, note"""
    kind, fmt, vol = resolve(key, measure)
    held = index[key]
    fkey = None
    for f in held:
        if fmt is not None and float(f) == float(fmt):
            fkey = f
    if fkey is None:
        what = "not on draught" if kind == "draught" else "format %s cl not held" % fmt_num(fmt)
        return "none", None, [], None, "%s: %s" % (describe(key), what)
    entries = held[fkey]
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    vins = [v for v, _ in entries]
    note = describe(key)
    if kind != "bottle":
        note += ", %s cl of %s cl" % (fmt_num(vol), fmt_num(fmt))
    if vintage is None or vins == [None]:
        assert vintage is None, (key, vintage, "vintage on a non-vintage drink")
        best = entries[-1][1]
        return "yes", best, [b for _, b in entries[:-1]], units, note
    if vintage in vins:
        return "yes", dict(entries)[vintage], [], units, note
    best = min(entries, key=lambda e: (abs(e[0] - vintage), -e[0]))
    note += ": label vintage %d not in library, has %s" % (vintage, sorted(vins))
    return "almost", best[1], [b for _, b in entries if b != best[1]], units, note
