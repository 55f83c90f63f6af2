"""The bench README's answer rules, applied to what a rendered label says."""
from alencon_tills import BOTTLES, DRAUGHT, POURS


def units(x):
    x = round(x, 4)
    return 1 if x == 1 else x


def answer(lib, key, measure, vintage):
    """lib: {key: {"info": fields, "entries": {(fmt, vintage): id}}}.
    -> (expect, beverage_id, also_ok, units_per_sale, reason)"""
    if key == "-" or key not in lib:
        return "none", None, [], None, "no drink of the library"
    d = lib[key]
    info, ents = d["info"], d["entries"]
    fmts = sorted({f for f, _ in ents})
    wine = info["category"] in ("vin", "champagne")
    keg = [f for f in fmts if f >= 2000]
    if measure in POURS:
        if info["category"] in ("bière", "soft"):
            return "none", None, [], None, "not poured by the glass"
        if 75 in fmts:
            fmt = 75
        elif len(fmts) == 1 and not keg:
            fmt = fmts[0]
        else:
            return "none", None, [], None, "no ordinary bottle to pour from"
        u = units(POURS[measure] / fmt)
    elif measure in DRAUGHT:
        if not keg:
            return "none", None, [], None, "not on draught"
        fmt = keg[0]
        u = units(DRAUGHT[measure] / fmt)
    else:
        if measure in BOTTLES:
            fmt = BOTTLES[measure]
        elif measure and measure.startswith("Z"):
            fmt = float(measure[1:])
            fmt = int(fmt) if fmt == int(fmt) else fmt
        elif wine:
            fmt = 75
        elif len(fmts) == 1 and not keg:
            fmt = fmts[0]
        else:
            return "none", None, [], None, "format not held"
        if fmt not in fmts or fmt >= 2000:
            return "none", None, [], None, "format not held (%s cl)" % fmt
        u = 1
    vs = sorted(v for f, v in ents if f == fmt and v is not None)
    if not vs:
        if vintage is not None:
            return "none", None, [], None, "non-vintage drink with a year"
        return "yes", ents[(fmt, None)], [], u, "%s cl" % fmt
    ids = {v: ents[(fmt, v)] for v in vs}
    if vintage is None:
        top = vs[-1]
        return "yes", ids[top], [ids[v] for v in vs if v != top], u, "%s cl, no vintage on the label: most recent" % fmt
    if vintage in ids:
        return "yes", ids[vintage], [], u, "%s cl %d" % (fmt, vintage)
    best = min(vs, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[best], [ids[v] for v in vs if v != best], u,
            "%s cl: label vintage %d not held, has %s" % (fmt, vintage, vs))
