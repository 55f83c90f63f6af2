"""The bench README's answer rules, applied to what a rendered label says."""
import issoudun_drinks

POURS = {"G": 12.5, "FL": 12.5, "CP": 12.5, "G15": 15, "C25": 25, "C50": 50,
         "D": 4, "D2": 2, "DE": 25, "PI": 50}
DRAUGHT = ("DE", "PI")
DOSES = ("D", "D2")


def fmt_out(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    """(library rows, index {key: {fmt: {vintage: id}}}, info {key: row})."""
    rows, index, info = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, col, cat, fam, fmts in issoudun_drinks.DRINKS:
        info[key] = {"name": name, "producer": prod, "category": cat, "fam": fam, "fmts": fmts}
        index[key] = {}
        for f in sorted(fmts):
            index[key][f] = {}
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                bid = "ISS%03d" % n
                index[key][f][v] = bid
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": col,
                             "category": cat, "vintage": v, "format_cl": fmt_out(f)})
    return rows, index, info


def ordinary(fmts):
    """The ordinary bottle: 75 cl, or the only format that is no half, magnum or keg."""
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return rest[0] if len(rest) == 1 else None


def target_format(drink, meas):
    fmts, cat = drink["fmts"], drink["category"]
    kegs = [f for f in fmts if f >= 2000]
    if meas == "B":
        return (75 if cat in ("vin", "champagne") else ordinary(fmts)), None
    if meas == "H":
        return 37.5, None
    if meas == "M":
        return 150, None
    if meas.startswith("S"):
        return float(meas[1:]) if meas[1:] == "37.5" else int(meas[1:]), None
    if meas in DRAUGHT:
        return (kegs[0] if kegs else None), POURS[meas]
    if meas in POURS:
        return ordinary(fmts), POURS[meas]
    raise ValueError("no measure for a drink")


def answer(index, info, key, meas, vintage):
    """-> expect, beverage_id, also_ok, units, reason."""
    d = info[key]
    f, vol = target_format(d, meas)
    if f is None or f not in index[key]:
        return "none", None, [], None, "format not held"
    vs = index[key][f]
    units = 1 if vol is None else round(vol / f, 4)
    if list(vs) == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", vs[None], [], units, ""
    held = sorted(vs)
    if vintage is None:
        return "yes", vs[held[-1]], [vs[v] for v in held[:-1]], units, ""
    if vintage in vs:
        return "yes", vs[vintage], [], units, ""
    best = min(held, key=lambda v: (abs(v - vintage), -v))
    return "almost", vs[best], [vs[v] for v in held if v != best], units, \
        "label vintage %d not in library, has %s" % (vintage, held)
