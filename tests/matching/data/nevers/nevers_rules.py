"""The bench README's answer rules, applied to what the rendered label says."""

POURS = {"vre": 12.5, "vre12": 12, "vre15": 15, "p25": 25, "p50": 50, "cp": 12.5, "flute": 12.5}
DOSES = {"dose": 4, "cl2": 2, "cl4": 4}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLES = {"half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b100": 100}


def entries_of(lib, key):
    return [e for e in lib if e["_key"] == key]


def ordinary(es, category):
    """The drink's ordinary bottle: 75 cl for a wine, else its only non-keg format."""
    fmts = sorted({e["format_cl"] for e in es if e["format_cl"] < 1000})
    if 75 in fmts and category in ("vin", "champagne", "autre"):
        return 75
    return fmts[0] if len(fmts) == 1 else None


def answer(lib, key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, why)"""
    es = entries_of(lib, key)
    assert es, key
    cat = es[0]["category"]
    if measure == "btl":
        fmt, units = ordinary(es, cat), 1
    elif measure in BOTTLES:
        fmt, units = BOTTLES[measure], 1
    elif measure in POURS:
        fmt = ordinary(es, cat)
        units = None if fmt is None else POURS[measure] / fmt
    elif measure in DOSES:
        fmts = {e["format_cl"] for e in es}
        fmt = fmts.pop() if cat in ("spiritueux", "autre") and len(fmts) == 1 else None
        units = None if fmt is None else DOSES[measure] / fmt
    elif measure in DRAUGHT:
        kegs = [e["format_cl"] for e in es if e["format_cl"] >= 1000]
        fmt = kegs[0] if kegs else None
        units = None if fmt is None else DRAUGHT[measure] / fmt
    else:
        raise ValueError(measure)
    same = [e for e in es if e["format_cl"] == fmt]
    if not same:
        return "none", None, [], None, "format not held" if measure not in DRAUGHT else "not on draught"
    units = round(units, 4)
    if units == int(units):
        units = int(units)
    vints = sorted((e["vintage"] for e in same), key=lambda v: v or 0)
    by_v = {e["vintage"]: e["id"] for e in same}
    if vintage is None or vints == [None]:
        best = vints[-1]
        return "yes", by_v[best], [by_v[v] for v in vints if v != best], units, ""
    if vintage in by_v:
        return "yes", by_v[vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", by_v[best], [by_v[v] for v in vints if v != best], units,
            f"label vintage {vintage} not in library, has {vints}")
