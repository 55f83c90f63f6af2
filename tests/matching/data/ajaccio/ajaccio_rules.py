"""The bench README's answer rules, applied to what a label says."""
from ajaccio_tills import POUR_CL, SIZE_CL


def ordinary(d):
    fm = [f for f in d["formats"] if f < 1000]
    if 75 in fm:
        return 75
    if len(fm) == 1:
        return fm[0]
    return None


def keg(d):
    k = [f for f in d["formats"] if f >= 1000]
    return k[0] if k else None


def answer(d, code, size, vint, ids):
    """d: drink or None. Returns (expect, bid, also_ok, units, why)."""
    if d is None or code == "NONE":
        return "none", None, [], None, ""
    if code in ("DEMI", "PINTE"):
        fmt = keg(d)
    elif code in POUR_CL:
        fmt = ordinary(d)
    elif code == "SIZE":
        fmt = size
    elif code in SIZE_CL:
        fmt = SIZE_CL[code]
    else:
        fmt = ordinary(d)
    if fmt is None or fmt not in d["formats"]:
        return "none", None, [], None, "format not held"
    vs = d["formats"][fmt]
    units = 1 if code not in POUR_CL else round(POUR_CL[code] / fmt, 4)
    def ident(v):
        return ids[(d["key"], fmt, v)]
    if vs == [None]:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", ident(None), [], units, ""
    if vint is None:
        top = max(vs)
        return "yes", ident(top), [ident(v) for v in sorted(vs) if v != top], units, ""
    if vint in vs:
        return "yes", ident(vint), [], units, ""
    best = min(vs, key=lambda v: (abs(v - vint), -v))
    return ("almost", ident(best), [ident(v) for v in sorted(vs) if v != best], units,
            "label vintage %d not in library, has %s" % (vint, sorted(vs)))
