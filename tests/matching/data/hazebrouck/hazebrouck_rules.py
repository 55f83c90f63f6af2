"""The bench README's answer rules, applied to what the RENDERED label says."""
from hazebrouck_tills import POUR_CL, SIZE_CL


def fmt_key(x):
    return float(x)


def ordinary(entries):
    """The wine's ordinary bottle: its 75 cl, else its only format (never a half / magnum)."""
    fmts = sorted({f for _, f in entries})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 1000]
    return rest[0] if len(rest) == 1 else None


def target_format(kind, entries, measure):
    """(format_cl of the entry the sale draws on, cl per sale) or (None, why)."""
    fmts = {f for _, f in entries}
    kegs = [f for f in fmts if f >= 1000]
    if measure in ("D", "PT"):
        if not kegs:
            return None, "not on draught"
        return kegs[0], POUR_CL[measure]
    if measure in POUR_CL:
        o = ordinary(entries)
        if o is None:
            return None, "no ordinary bottle"
        return o, POUR_CL[measure]
    if measure == "B":
        o = ordinary(entries)
        return (o, o) if o else (None, "no ordinary bottle")
    cl = SIZE_CL[measure]
    if cl in fmts:
        return cl, cl
    return None, "format %s cl not held" % ("%g" % cl)


def answer(entries_with_ids, kind, measure, vintage):
    """entries_with_ids: [(id, vintage, format_cl)] of one wine / drink.
    Returns (expect, beverage_id, also_ok, units, why)."""
    ents = [(v, f) for _, v, f in entries_with_ids]
    fmt, per = target_format(kind, ents, measure)
    if fmt is None:
        return "none", None, [], None, per
    same = sorted([(v, i) for i, v, f in entries_with_ids if f == fmt],
                  key=lambda t: (t[0] or 0))
    units = round(per / fmt, 4)
    if units == int(units):
        units = int(units)
    vints = [v for v, _ in same]
    if vintage is None or vints == [None]:
        if vintage is not None and vints == [None]:
            raise ValueError("vintage on a non-vintage drink")
        bid = same[-1][1]
        return "yes", bid, [i for _, i in same[:-1]], units, ""
    if vintage in vints:
        return "yes", dict(same)[vintage], [], units, ""
    best = min(same, key=lambda t: (abs(t[0] - vintage), -t[0]))
    return ("almost", best[1], [i for v, i in same if i != best[1]], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vints)))
