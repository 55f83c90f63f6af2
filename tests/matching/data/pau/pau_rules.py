"""The bench README's answer rules, applied to a held drink, the measure and the
vintage READ BACK from the rendered label."""
from pau_tills import POUR_CL


def ordinary(d):
    fm = [f for f in d["formats"] if f < 2000]
    if 75 in fm:
        return 75
    return fm[0] if len(fm) == 1 else None


def target(d, meas):
    """-> (format_cl, poured_cl or None) or (None, reason)."""
    fm = d["formats"]
    if meas == "B":
        o = ordinary(d)
        return (o, None) if o else (None, "no ordinary bottle")
    if meas == "H":
        return (37.5, None) if 37.5 in fm else (None, "half bottle not held")
    if meas == "M":
        return (150, None) if 150 in fm else (None, "magnum not held")
    if meas.startswith("F"):
        f = float(meas[1:])
        f = int(f) if f == int(f) else f
        return (f, None) if f in fm else (None, "%scl not held" % meas[1:])
    if meas in ("DEMI", "PINTE"):
        keg = [f for f in fm if f >= 2000]
        return (keg[0], POUR_CL[meas]) if keg else (None, "not on draught")
    if meas in POUR_CL or meas.startswith("V"):
        cl = POUR_CL[meas] if meas in POUR_CL else float(meas[1:])
        if d["category"] in ("bière", "soft"):
            return (None, "a pour of a drink held only in bottle")
        o = ordinary(d)
        return (o, cl) if o else (None, "no bottle to pour from")
    raise ValueError(meas)


def answer(d, meas, vint):
    """-> dict expect, beverage_id, also_ok, vintage, units_per_sale, why"""
    f, x = target(d, meas)
    if f is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "vintage": vint,
                "units_per_sale": None, "why": x}
    lst = d["formats"][f]
    units = 1 if x is None else round(x / f, 4)
    held = [v for v, _ in lst]
    if held == [None]:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink " + d["key"])
        return {"expect": "yes", "beverage_id": lst[0][1], "also_ok": [], "vintage": None,
                "units_per_sale": units, "why": ""}
    by = dict(lst)
    if vint is None:
        best = max(held)
        return {"expect": "yes", "beverage_id": by[best],
                "also_ok": [by[v] for v in sorted(held) if v != best], "vintage": None,
                "units_per_sale": units, "why": "no vintage on the label"}
    if vint in by:
        return {"expect": "yes", "beverage_id": by[vint], "also_ok": [], "vintage": vint,
                "units_per_sale": units, "why": ""}
    best = min(held, key=lambda v: (abs(v - vint), -v))
    return {"expect": "almost", "beverage_id": by[best],
            "also_ok": [by[v] for v in sorted(held) if v != best], "vintage": vint,
            "units_per_sale": units,
            "why": "label vintage %d not held, has %s" % (vint, sorted(held))}
