"""The bench README's answer rules, applied to a product, a measure and the vintage read back
from the rendered label."""
from millau_drinks import DRINKS
from millau_tills import MEASURES

KEGS = (2000, 3000)


def build_library(prefix="ml"):
    lib, by_key, n = [], {}, 0
    for key, (name, prod, app, reg, country, colour, cat, formats) in DRINKS:
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                e = {"id": "%s%03d" % (prefix, n), "name": name, "producer": prod,
                     "appellation": app, "region": reg, "country": country, "colour": colour,
                     "category": cat, "vintage": v, "format_cl": fmt}
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] not in KEGS})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    return None


def answer(entries, meas, size, vintage):
    """-> (expect, entry, also_ok, units, why) ; entry None for none."""
    kind, vol = MEASURES[meas]
    cat = entries[0]["category"]
    if kind == "food":
        raise ValueError("food measure on a drink")
    if kind == "btl":
        fmt = size if size is not None else vol
        if fmt is None:
            if cat in ("vin", "champagne"):
                fmt = 75
            else:
                fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] not in KEGS})
                if len(fmts) != 1:
                    raise ValueError("bottle without size on a drink of several sizes")
                fmt = fmts[0]
        units = 1
    elif kind == "pour":
        if cat in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        fmt = ordinary(entries)
        units = round(vol / fmt, 4)
    else:  # draught
        if cat != "bière":
            raise ValueError("draught of a non-beer")
        kegs = [e["format_cl"] for e in entries if e["format_cl"] in KEGS]
        if not kegs:
            return "none", None, [], None, "no keg held"
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    cands = [e for e in entries if e["format_cl"] == fmt]
    if not cands:
        return "none", None, [], None, "format %g cl not held" % fmt
    cands.sort(key=lambda e: e["vintage"] or 0)
    if vintage is None or cands[0]["vintage"] is None:
        if vintage is not None and cands[0]["vintage"] is None:
            raise ValueError("vintage on a non-vintage drink")
        best = cands[-1]
        return "yes", best, [e["id"] for e in cands if e is not best], units, ""
    same = [e for e in cands if e["vintage"] == vintage]
    if same:
        return "yes", same[0], [], units, ""
    best = sorted(cands, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))[0]
    return ("almost", best, [e["id"] for e in cands if e is not best], units,
            "label vintage %d not held, has %s" % (vintage, [e["vintage"] for e in cands]))
