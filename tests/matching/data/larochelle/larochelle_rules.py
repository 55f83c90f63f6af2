"""The bench README's answer rules, applied to what was read back from the rendered label."""
from larochelle_tills import POUR_CL, SIZE_CL


def target_format(meas, formats):
    """The library format the measure asks for, or None when the drink is not held so."""
    kegs = [f for f in formats if f >= 2000]
    bottles = [f for f in formats if f < 2000]
    if meas in ("DEMI", "PINTE"):
        return kegs[0] if kegs else None
    if meas in SIZE_CL:
        return SIZE_CL[meas] if SIZE_CL[meas] in bottles else None
    ordinary = [f for f in bottles if f not in (37.5, 150)]
    if 75 in ordinary:
        return 75
    if len(ordinary) == 1:
        return ordinary[0]
    return None


def units(meas, fmt):
    if meas in POUR_CL:
        return round(POUR_CL[meas] / fmt, 4)
    return 1


def answer(entries, meas, vint):
    """entries: {format: {vintage: id}}.  Returns (expect, id, also_ok, units, why)."""
    fmt = target_format(meas, list(entries))
    if fmt is None:
        return "none", None, [], None, "format or measure not held"
    by_v = entries[fmt]
    vs = sorted(by_v, key=lambda v: -1 if v is None else v)
    u = units(meas, fmt)
    if vint is None or vs == [None]:
        best = vs[-1]
        return "yes", by_v[best], [by_v[v] for v in vs if v != best], u, ""
    if vint in by_v:
        return "yes", by_v[vint], [], u, ""
    best = min(vs, key=lambda v: (abs(v - vint), -v))
    return "almost", by_v[best], [by_v[v] for v in vs if v != best], u, \
        "label vintage %d not in library, has %s" % (vint, vs)
