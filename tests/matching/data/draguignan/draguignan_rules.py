"""The bench README's answer rules, applied to what a rendered label says."""

# pour volumes in cl
POURS = {"g": 12.5, "g15": 15, "cp": 12.5, "p25": 25, "p50": 50, "d": 4, "d2": 2, "demi": 25, "pinte": 50}
WINE_POURS = {"g", "g15", "cp", "p25", "p50"}
BEER_POURS = {"demi", "pinte"}
SPIRIT_POURS = {"d", "d2"}


def build_library(drinks):
    lib, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, pairs in drinks:
        for vint, fmt in pairs:
            n += 1
            e = {"id": "DRG%03d" % n, "name": name, "producer": prod, "appellation": app, "region": reg,
                 "country": ctry, "colour": col, "category": cat, "vintage": vint, "format_cl": fmt}
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key


def units(x):
    return round(x, 4) if round(x, 4) != int(x) else int(x)


def answer(entries, measure, label_vintage):
    """entries: the library entries of one wine / drink (all formats, all vintages).
    measure: canonical measure read back from the label. Returns
    (expect, entry, also_ok_ids, units_per_sale, why)."""
    cat = entries[0]["category"]
    wine = cat in ("vin", "champagne")
    formats = sorted({e["format_cl"] for e in entries})
    if measure in POURS:
        vol = POURS[measure]
        if wine:
            if measure not in WINE_POURS:
                return "none", None, [], None, "pour not served for a wine"
            fmt = 75 if 75 in formats else (formats[0] if len(formats) == 1 else None)
        elif cat == "bière":
            if measure not in BEER_POURS or formats[0] < 2000:
                return "none", None, [], None, "draught measure of a beer not on draught"
            fmt = formats[0]
        elif cat == "soft":
            return "none", None, [], None, "a pour of a soft"
        else:
            if measure in BEER_POURS:
                return "none", None, [], None, "beer measure on a spirit"
            fmt = formats[0] if len(formats) == 1 else None
        if fmt is None:
            return "none", None, [], None, "no ordinary bottle"
    else:
        vol = None
        if measure == "h":
            fmt = 37.5
        elif measure == "m":
            fmt = 150
        elif measure == "b":
            fmt = 75 if wine else (formats[0] if len(formats) == 1 else None)
        elif measure.startswith("s"):
            fmt = float(measure[1:])
            fmt = int(fmt) if fmt == int(fmt) else fmt
            if wine:
                return "none", None, [], None, "size word on a wine"
        else:
            raise ValueError(measure)
        if fmt is None or (cat == "bière" and fmt >= 2000):
            return "none", None, [], None, "bottle of a draught-only beer"
    group = [e for e in entries if e["format_cl"] == fmt]
    if not group:
        return "none", None, [], None, "format %s cl not held" % fmt
    u = 1 if vol is None else units(vol / fmt)
    vints = [e["vintage"] for e in group]
    if None in vints:
        assert len(group) == 1
        return "yes", group[0], [], u, ""
    if label_vintage is None:
        best = max(group, key=lambda e: e["vintage"])
        return "yes", best, sorted(e["id"] for e in group if e is not best), u, ""
    for e in group:
        if e["vintage"] == label_vintage:
            return "yes", e, [], u, ""
    best = min(group, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return ("almost", best, sorted(e["id"] for e in group if e is not best), u,
            "label vintage %d not in library, has %s" % (label_vintage, sorted(vints)))
