"""The bench README's answer rules, applied to what a rendered label says."""
from loches_tills import POUR_CL, bottle_cl


def target_format(formats, measure):
    """The format (cl) a label's measure refers to among a drink's formats, or None."""
    fmts = sorted(formats)
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    if measure in ("DE", "PI"):
        return kegs[0] if kegs else None
    if measure in ("B", "G", "G12", "G15", "P25", "P50", "CP", "D", "D2"):
        if 75 in bottles:
            return 75
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return ordinary[0] if len(ordinary) == 1 else None
    f = bottle_cl(measure)
    return f if f in fmts else None


def answer(drink_ids, formats, measure, vintage):
    """drink_ids: {(format, vintage): id}.  Returns expect, id, also_ok, units, detail."""
    f = target_format(formats, measure)
    if f is None:
        return "none", None, [], None, "format"
    vins = sorted(formats[f], key=lambda v: (v is None, v))
    units = 1 if measure not in POUR_CL else round(POUR_CL[measure] / f, 4)
    if units == int(units):
        units = int(units)
    ids = {v: drink_ids[(f, v)] for v in vins}
    if vintage is None:
        best = vins[-1]
        return "yes", ids[best], [ids[v] for v in vins if v != best], units, None
    assert vins != [None], "vintage on a non-vintage drink"
    if vintage in vins:
        return "yes", ids[vintage], [], units, None
    best = min(vins, key=lambda v: (abs(v - vintage), -v))
    return "almost", ids[best], [ids[v] for v in vins if v != best], units, vins
