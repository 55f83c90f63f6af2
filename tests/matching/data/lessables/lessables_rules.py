"""The bench README's answer rules, applied to what the rendered label says."""
from lessables_tills import POUR_CL

WINE_CATS = ("vin", "champagne")
WINE_POURS = ("GLASS", "G12", "G15", "P25", "P50", "CP")


def fmt_str(f):
    return "%g cl" % f


def source_format(prod, measure):
    """The format the sale is taken from, or (None, reason) when the library has none."""
    key, cat, fmts = prod["key"], prod["category"], prod["formats"]
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    if measure == "BTL":
        if 75 in fmts:
            return 75, None
        if len(bottles) == 1:
            return bottles[0], None
        if not bottles:
            return None, "held only on draught, no bottle"
        raise ValueError("%s: BTL is ambiguous" % key)
    if measure == "HALF":
        return (37.5, None) if 37.5 in fmts else (None, "no 37.5 cl half bottle held")
    if measure == "MAG":
        return (150, None) if 150 in fmts else (None, "no magnum held")
    if measure.startswith("S"):
        n = float(measure[1:])
        n = int(n) if n == int(n) else n
        return (n, None) if n in fmts else (None, "no %s bottle held" % fmt_str(n))
    if measure in WINE_POURS:
        if cat not in (*WINE_CATS, "autre"):
            raise ValueError("%s: wine pour on a %s" % (key, cat))
        if 75 in fmts:
            return 75, None
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        if len(ordinary) == 1:
            return ordinary[0], None
        raise ValueError("%s: no ordinary bottle to pour from" % key)
    if measure in ("DOSE", "D2"):
        if cat not in ("spiritueux", "autre"):
            raise ValueError("%s: dose of a %s" % (key, cat))
        if len(bottles) == 1:
            return bottles[0], None
        raise ValueError("%s: dose ambiguous" % key)
    if measure in ("DEMI", "PINTE"):
        if cat != "bière":
            raise ValueError("%s: demi/pinte of a %s" % (key, cat))
        return (kegs[0], None) if kegs else (None, "not on draught (bottle only)")
    raise ValueError("%s: unknown measure %r" % (key, measure))


def answer(prod, ids, measure, vintage):
    """ids: {(format, vintage): id}.  Returns expect, beverage_id, also_ok, units, reason."""
    f, why = source_format(prod, measure)
    if f is None:
        return "none", None, [], None, why
    vins = sorted(v for (ff, v) in ids if ff == f)
    if not vins:
        return "none", None, [], None, "no %s entry" % fmt_str(f)
    units = 1 if measure not in POUR_CL else round(POUR_CL[measure] / f, 4)
    if vins == [None]:
        if vintage is not None:
            raise ValueError("%s: vintage on a non-vintage drink" % prod["key"])
        return "yes", ids[(f, None)], [], units, None
    if vintage is None:
        best = max(vins)
        return "yes", ids[(f, best)], [ids[(f, v)] for v in vins if v != best], units, None
    if vintage in vins:
        return "yes", ids[(f, vintage)], [], units, None
    best = min(vins, key=lambda v: (abs(v - vintage), -v))
    why = "label vintage %d not in library, has %s" % (vintage, vins)
    return "almost", ids[(f, best)], [ids[(f, v)] for v in vins if v != best], units, why
