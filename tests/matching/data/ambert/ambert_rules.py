"""The bench README's answer rules, applied to what a rendered label says."""
from ambert_tills import BOTTLE_CL, POUR_CL

WINE = ("vin", "champagne")


def target_format(drink, rb):
    """The library format the label refers to, or (None, why)."""
    fmts = sorted(drink["formats"])
    meas, size = rb["measure"], rb["size"]
    cat = drink["category"]
    if cat in WINE:
        if meas in ("G", "CP", "POT", "C25", "C50"):
            if 75 in fmts:
                return 75, None
            if len(fmts) == 1 and fmts[0] not in (37.5, 150):
                return fmts[0], None
            return None, "no ordinary bottle for a pour"
        if meas in ("D", "D2", "DM", "PT"):
            return None, "bar measure on a wine"
        if size is not None:
            want = size
        elif meas in BOTTLE_CL:
            want = BOTTLE_CL[meas]
        else:
            want = 75
        if want in fmts:
            return want, None
        if size is None and meas in ("B", "U") and len(fmts) == 1 and fmts[0] not in (37.5, 150):
            return fmts[0], None  # a wine held only in 50 cl, named without format
        return None, "%s cl not held" % _cl(want)
    if cat == "bière":
        kegs = [f for f in fmts if f >= 2000]
        if meas in ("DM", "PT"):
            if kegs:
                return kegs[0], None
            return None, "not on draught"
        bottles = [f for f in fmts if f < 2000]
        if size is not None:
            return (size, None) if size in bottles else (None, "%s cl not held" % _cl(size))
        if len(bottles) == 1 and not kegs:
            return bottles[0], None
        return None, "size not said"
    # spirits, aperitifs, softs
    if size is not None:
        return (size, None) if size in fmts else (None, "%s cl not held" % _cl(size))
    if len(fmts) == 1:
        return fmts[0], None
    return None, "size not said, several held"


def _cl(x):
    return ("%g" % x)


def answer(drink, rb):
    """drink: {'formats': {cl: {vintage: id}}, ...}; rb: read-back of the label."""
    fmt, why = target_format(drink, rb)
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None,
                "why": why}
    by_v = drink["formats"][fmt]
    meas = rb["measure"]
    if meas in POUR_CL:
        units = round(POUR_CL[meas] / fmt, 4)
    else:
        units = 1
    vs = sorted(by_v)
    lv = rb["vintage"]
    if vs == [None]:
        if lv is not None:
            raise ValueError("vintage on a non-vintage drink")
        return {"expect": "yes", "beverage_id": by_v[None], "also_ok": [], "units": units,
                "why": None}
    if lv is None:
        best = vs[-1]
        return {"expect": "yes", "beverage_id": by_v[best],
                "also_ok": [by_v[v] for v in vs if v != best], "units": units, "why": None}
    if lv in by_v:
        return {"expect": "yes", "beverage_id": by_v[lv], "also_ok": [], "units": units,
                "why": None}
    best = sorted(vs, key=lambda v: (abs(v - lv), -v))[0]
    return {"expect": "almost", "beverage_id": by_v[best],
            "also_ok": [by_v[v] for v in vs if v != best], "units": units, "why": None}
