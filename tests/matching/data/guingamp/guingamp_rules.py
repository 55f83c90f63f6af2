"""The bench README's answer rules, applied to what the rendered label says."""
from guingamp_tills import DRAUGHT_CL, POUR_CL


def target_format(d, measure):
    """The format a sale of `measure` asks for, or (None, reason)."""
    fmts = [f for f, _ in d["held"]]
    kegs = sorted({f for f in fmts if f >= 2000})
    bottles = sorted({f for f in fmts if f < 2000})
    if measure in DRAUGHT_CL:
        return (kegs[0], None) if kegs else (None, "no draught of this beer, bottle only")
    if measure in POUR_CL or measure == "B":
        if 75 in bottles:
            return 75, None
        if len(bottles) == 1:
            return bottles[0], None
        if not bottles:
            return None, "held on draught only"
        raise ValueError("ambiguous ordinary bottle for %s" % d["name"])
    if measure == "H":
        f = 37.5
    elif measure == "M":
        f = 150
    else:
        f = float(measure[1:])
        f = int(f) if f == int(f) else f
    if f in bottles:
        return f, None
    return None, "%g cl not held" % f


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    if measure in DRAUGHT_CL:
        return round(DRAUGHT_CL[measure] / fmt, 4)
    return 1


def answer(d, ids, measure, vintage):
    """d: the drink; ids: {(format, vintage): id}. -> (expect, id, also_ok, units, why)."""
    fmt, why = target_format(d, measure)
    if fmt is None:
        return "none", None, [], None, why
    ents = [(v, ids[(f, v)]) for f, v in d["held"] if f == fmt]
    vs = [v for v, _ in ents]
    if vintage is None or vs == [None]:
        best = max(ents, key=lambda e: e[0] or 0)
        return "yes", best[1], [i for v, i in ents if i != best[1]], units(measure, fmt), ""
    if vintage in vs:
        return "yes", dict(ents)[vintage], [], units(measure, fmt), ""
    best = min(ents, key=lambda e: (abs(e[0] - vintage), -e[0]))
    return ("almost", best[1], [i for v, i in ents if i != best[1]], units(measure, fmt),
            "label vintage %d not in library, has %s" % (vintage, sorted(vs)))
