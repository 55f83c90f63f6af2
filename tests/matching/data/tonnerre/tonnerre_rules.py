"""The bench README's answer rules, applied to what a rendered label says."""

POUR_CL = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT_CL = {"DE": 25, "PI": 50}
BOTTLE = {"H": 37.5, "M": 150, "C33": 33, "C25": 25, "C50": 50, "C75": 75, "C100": 100}


def target_format(fields, fmts, measure):
    """(format_cl the label refers to, pour volume or None); format None when not held."""
    held = sorted(fmts)
    if measure == "B":
        if fields["category"] in ("vin", "champagne"):
            f = 75
        else:
            bottles = [x for x in held if x < 1000]
            f = bottles[0] if len(bottles) == 1 else None
        return (f if f in fmts else None), None
    if measure in BOTTLE:
        f = BOTTLE[measure]
        return (f if f in fmts else None), None
    if measure in POUR_CL:
        if fields["category"] in ("bière", "soft"):
            return None, POUR_CL[measure]
        if 75 in fmts:
            return 75, POUR_CL[measure]
        ordinary = [x for x in held if x not in (37.5, 150) and x < 1000]
        return (ordinary[0] if len(ordinary) == 1 else None), POUR_CL[measure]
    if measure in DRAUGHT_CL:
        kegs = [x for x in held if x >= 1000]
        return (kegs[0] if len(kegs) == 1 else None), DRAUGHT_CL[measure]
    return None, None


def answer(prod_fields, fmts, ids, measure, vintage):
    """ids: {(format, vintage): id}. Returns (expect, beverage_id, also_ok, units, why)."""
    f, pour = target_format(prod_fields, fmts, measure)
    if f is None:
        return "none", None, [], None, "format not held"
    vs = fmts[f]
    units = 1 if pour is None else round(pour / f, 4)
    if vs == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", ids[(f, None)], [], units, ""
    if vintage is None:
        best = max(vs)
        return "yes", ids[(f, best)], [ids[(f, v)] for v in sorted(vs) if v != best], units, ""
    if vintage in vs:
        return "yes", ids[(f, vintage)], [], units, ""
    best = min(vs, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[(f, best)], [ids[(f, v)] for v in sorted(vs) if v != best], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vs)))
