"""The bench README's answer rules, applied to a drink (a row of dieppe_drinks) and the
measure and vintage read back from the rendered label."""
from dieppe_tills import DRAUGHT_CL, POUR_CL


def target_format(row, measure):
    """(format_cl, volume_poured or None) or (None, reason)."""
    cat, fmts = row[8], row[9]
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    is_cider = cat == "autre" and row[1] == "N" and ("Cidre" in row[2] or "Poiré" in row[2] or "Sidre" in row[2])
    if measure in DRAUGHT_CL:
        if cat != "bière":
            raise ValueError("draught measure on a non-beer")
        if not kegs:
            return None, "not on draught (bottle only)"
        return kegs[0], DRAUGHT_CL[measure]
    if measure == "BOLEE":
        if not is_cider:
            raise ValueError("bolée of a non-cider")
        if kegs:
            return kegs[0], 25
        if 75 in fmts:
            return 75, 25
        return None, "no keg nor 75 cl bottle"
    if measure in POUR_CL:
        if cat in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        if 75 in fmts:
            return 75, POUR_CL[measure]
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        if len(ordinary) == 1:
            return ordinary[0], POUR_CL[measure]
        return None, "no ordinary bottle to pour from"
    if measure == "BTL":
        if cat in ("vin", "champagne"):
            return 75, None
        if len(bottles) != 1:
            raise ValueError("BTL of a drink held in several bottle sizes")
        return bottles[0], None
    if measure == "HALF":
        return 37.5, None
    if measure == "MAG":
        return 150, None
    if measure.startswith("B"):
        v = float(measure[1:])
        return (int(v) if v == int(v) else v), None
    raise ValueError("measure %r on a drink" % measure)


def answer(row, ids, measure, vintage):
    """ids: {(key, fmt, vintage): id}. Returns expect, id, also_ok, units, why."""
    fmt, poured = target_format(row, measure)
    if fmt is None:
        return "none", None, [], None, poured
    fmts = row[9]
    if fmt not in fmts:
        return "none", None, [], None, "format %s cl not held" % ("%g" % fmt)
    vins = fmts[fmt]
    units = 1 if poured is None else round(poured / fmt, 4)
    key = row[0]
    if vins == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", ids[(key, fmt, None)], [], units, ""
    desc = sorted(vins, reverse=True)
    if vintage is None:
        return "yes", ids[(key, fmt, desc[0])], [ids[(key, fmt, v)] for v in desc[1:]], units, ""
    if vintage in vins:
        return "yes", ids[(key, fmt, vintage)], [], units, ""
    best = min(desc, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in desc if v != best],
            units, "label vintage %d not held, has %s" % (vintage, desc))
