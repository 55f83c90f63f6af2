"""The bench README's answer rules, applied to a measure and a vintage read from the label."""
from angouleme_drinks import BY_KEY

POUR_CL = {"gl": 12.5, "g12": 12, "g14": 14, "cp": 12.5, "p25": 25, "p50": 50,
           "d2": 2, "d4": 4, "dose": 4, "demi": 25, "pinte": 50}
SIZE_CL = {"half": 37.5, "mag": 150, "f25": 25, "f33": 33, "f35": 35, "f50": 50,
           "f70": 70, "f75": 75, "f100": 100}
WINE_POURS = {"gl", "g12", "g14", "cp", "p25", "p50"}
DOSES = {"d2", "d4", "dose"}
DRAUGHT = {"demi", "pinte"}


def target_format(key, measure):
    """(format_cl, units) that the sale takes from, or (None, reason)."""
    d = BY_KEY[key]
    cat, fmts = d[7], d[8]
    bottles = [f for f in fmts if f < 2000]
    kegs = [f for f in fmts if f >= 2000]
    if measure == "bt":
        if cat in ("vin", "champagne"):
            f = 75
        elif len(bottles) == 1:
            f = bottles[0]
        else:
            raise ValueError("ambiguous bottle for %s" % key)
        return (f, 1) if f in fmts else (None, "format not held")
    if measure in SIZE_CL:
        f = SIZE_CL[measure]
        return (f, 1) if f in fmts else (None, "format not held")
    if measure in DRAUGHT:
        if not kegs:
            return None, "not on draught"
        return kegs[0], POUR_CL[measure] / kegs[0]
    if measure in WINE_POURS or measure in DOSES:
        if measure in DOSES and cat not in ("spiritueux", "autre"):
            raise ValueError("dose of %s" % key)
        if measure in WINE_POURS and cat in ("spiritueux", "bière", "soft"):
            raise ValueError("glass of %s" % key)
        if 75 in fmts:
            f = 75
        elif 70 in fmts and cat in ("spiritueux", "autre"):
            f = 70  # a spirit's ordinary bottle, not its 35 cl flask
        else:
            f = bottles[0] if len(bottles) == 1 else None
        if f is None:
            return None, "no ordinary bottle to pour from"
        return f, POUR_CL[measure] / f
    raise ValueError(measure)


def answer(key, measure, vintage, lib):
    """lib: list of (key, entry-with-id). Returns (expect, id, also_ok, units, why)."""
    f, u = target_format(key, measure)
    if f is None:
        return "none", None, [], None, u
    same = [e for k, e in lib if k == key and e["format_cl"] == f]
    vs = [e["vintage"] for e in same]
    if vintage is None:
        best = max(same, key=lambda e: e["vintage"] or 0)
        expect = "yes"
    elif vintage in vs:
        best = same[vs.index(vintage)]
        return "yes", best["id"], [], round(u, 4), ""
    else:
        if vs == [None]:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
        expect = "almost"
    also = [e["id"] for e in same if e is not best]
    return expect, best["id"], also, round(u, 4), ""
