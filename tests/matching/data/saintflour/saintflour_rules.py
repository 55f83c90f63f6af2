"""The bench README's answer rules, applied to what a rendered label says."""
from saintflour_drinks import BY_KEY, PRODUCTS, WINE_CATS

POUR_CL = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2,
           "DE": 25, "PI": 50}

def library():
    """-> list of entries (dicts in bench order) and {(key, fmt): [(vintage, id)]}"""
    rows, index, n = [], {}, 0
    for (key, name, prod, app, reg, country, colour, cat, formats) in PRODUCTS:
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                bid = "SFL%03d" % n
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v,
                             "format_cl": int(fmt) if float(fmt).is_integer() else fmt})
                index.setdefault((key, fmt), []).append((v, bid))
    return rows, index

def format_for(key, meas):
    """the format (cl) the label's measure refers to for this product, or None"""
    p = BY_KEY[key]
    formats = sorted(p[8])
    cat = p[7]
    ordinary = [f for f in formats if f not in (37.5, 150) and f < 2000]
    kegs = [f for f in formats if f >= 2000]
    if meas is None:
        return None
    if meas.startswith("S"):
        return int(meas[1:])
    if meas == "H":
        return 37.5
    if meas == "M":
        return 150
    if meas in ("DE", "PI"):
        return kegs[0] if kegs else "keg"
    if cat in WINE_CATS:
        if meas in ("B", "G", "G15", "P25", "P50", "CP"):
            return 75
        return "wine-dose"
    # other drinks: a bottle, glass or dose refers to the only bottle held
    if meas in ("G", "G15", "P25", "P50", "CP"):
        return 75
    return ordinary[0] if len(ordinary) == 1 else "ambiguous"

def answer(key, meas, label_vintage, index):
    p = BY_KEY[key]
    fmt = format_for(key, meas)
    held = index.get((key, fmt))
    desc = "%s (%s)" % (p[1], p[2])
    if not held:
        return ("none", None, [], None, "%s: not held in that format (%s)" % (desc, fmt))
    units = 1 if meas in ("B", "H", "M") or meas.startswith("S") else round(POUR_CL[meas] / fmt, 4)
    vints = [v for v, _ in held]
    if vints == [None]:
        return ("yes", held[0][1], [], units, desc)
    if label_vintage is not None:
        for v, bid in held:
            if v == label_vintage:
                return ("yes", bid, [], units, "%s %d" % (desc, v))
        best = sorted(held, key=lambda x: (abs(x[0] - label_vintage), -x[0]))[0]
        others = [bid for v, bid in held if bid != best[1]]
        return ("almost", best[1], others, units,
                "%s: label vintage %d not in library, has %s" % (desc, label_vintage, vints))
    best = held[-1]
    others = [bid for v, bid in held[:-1]]
    return ("yes", best[1], others, units, "%s: no vintage on the label, most recent %d" % (desc, best[0]))
