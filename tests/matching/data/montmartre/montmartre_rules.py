"""The bench README's answer rules, applied to a drink key, a measure and a label vintage."""
from montmartre_drinks import DRINKS

POUR = {"vr": 12.5, "vr12": 12, "vr15": 15, "cp": 12.5, "p25": 25, "p50": 50, "dose": 4, "dose2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "clav": 62, "c20": 20, "c33": 33, "c50": 50, "c70": 70, "c75": 75, "c100": 100}
BOTTLE = ("btl", "bare")


def fmt_key(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, index = [], {}
    n = 0
    for key, name, prod, app, reg, col, cat, fmts, country in DRINKS:
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                bid = "mm%03d" % n
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app, "region": reg,
                             "country": country, "colour": col, "category": cat, "vintage": v,
                             "format_cl": fmt_key(f)})
                index.setdefault((key, f), []).append((v, bid))
    return rows, index


ROWS, INDEX = library()
BY_KEY = {d[0]: d for d in DRINKS}


def ordinary(key):
    fmts = [f for f in BY_KEY[key][7] if f < 2000]
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else None


def resolve(key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, why)"""
    d = BY_KEY[key]
    fmts = d[7]
    if measure in POUR:
        f = ordinary(key)
        assert f is not None, key
        units = POUR[measure] / f
    elif measure in DRAUGHT:
        kegs = [f for f in fmts if f >= 2000]
        if not kegs:
            return "none", None, [], None, "not on draught"
        f = kegs[0]
        units = DRAUGHT[measure] / f
    elif measure in BOTTLE:
        f = ordinary(key)
        if f is None:
            return "none", None, [], None, "no bottle held"
        units = 1.0
    elif measure == "case6":
        f, units = 75, 6.0
        if 75 not in fmts:
            return "none", None, [], None, "format not held"
    elif measure in SIZE:
        f, units = SIZE[measure], 1.0
        if f not in fmts:
            return "none", None, [], None, "format not held"
    else:
        raise ValueError(measure)
    ents = INDEX[(key, f)]
    vins = [v for v, _ in ents]
    ids = dict(ents)
    if vintage is None or vins == [None]:
        if vintage is not None:
            raise ValueError(f"vintage on a non-vintage drink {key}")
        best = max(vins, key=lambda x: x or 0)
        return "yes", ids[best], [ids[v] for v in vins if v != best], round(units, 4), ""
    if vintage in ids:
        return "yes", ids[vintage], [], round(units, 4), ""
    best = min(vins, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[best], [ids[v] for v in vins if v != best], round(units, 4),
            "label vintage %d not held, has %s" % (vintage, sorted(vins)))
