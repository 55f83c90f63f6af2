"""The bench README's answer rules, applied to a RENDERED label."""
import rennes_tills as T

GLASS = {"VRE": 12.5, "CP": 12.5, "P50": 50, "P25": 25, "DOSE": 4}
DRAUGHT = {"DEMI": 25, "PINTE": 50, "BOLEE": 25, "P50": 50}
BOTTLE = {"MAG": 150, "HALF": 37.5, "C33": 33, "C50": 50, "L1": 100, "C75": 75}
KEG_MIN = 2000


def ordinary(formats):
    """The ordinary bottle: 75 cl, else the only non-keg format."""
    fs = [f for f in formats if f < KEG_MIN]
    if 75 in fs:
        return 75
    if len(fs) == 1:
        return fs[0]
    return None


def resolve(prod, measure):
    """(format_cl, volume poured or None for a bottle, reason if none)."""
    _key, cat, formats = prod["key"], prod["category"], prod["formats"]
    kegs = [f for f in formats if f >= KEG_MIN]
    draughtable = cat == "bière" or prod["family"] == "CI"
    if measure in DRAUGHT and draughtable:
        vol = DRAUGHT[measure]
        if kegs:
            return kegs[0], vol, None
        if measure in ("BOLEE", "P50") and cat != "bière" and ordinary(formats):
            return ordinary(formats), vol, None
        return None, None, "not held on draught"
    if measure == "DEMI":  # on a wine: the half bottle
        measure = "HALF"
    if measure in GLASS:
        f = ordinary(formats)
        return f, GLASS[measure], None if f else "no ordinary bottle"
    if measure in BOTTLE:
        return BOTTLE[measure], None, None
    if measure == "" or measure is None:
        f = ordinary(formats)
        return f, None, None if f else "bottle size needed"
    raise ValueError(measure)


def answer(prod, till, label, measure):
    """expect, beverage_id, also_ok, vintage, units, note for a keyed label."""
    vint = T.read_vintage(till, label)
    fmt, vol, why = resolve(prod, measure)
    held = prod["formats"].get(fmt) if fmt else None
    if held is None:
        return ("none", None, [], vint, None,
                "%s: %s" % (prod["name"], why or "%s cl not held" % fmt))
    units = 1 if vol is None else round(vol / fmt, 4)
    ids = held  # list of (vintage, id)
    note = "%s (%s)" % (prod["name"], prod["producer"])
    if vol:
        note += ", %s cl of the %s cl" % (vol, fmt)
    vints = [v for v, _ in ids]
    if vint is None or vints == [None]:
        best = max(ids, key=lambda t: t[0] or 0)
        others = sorted(i for v, i in ids if i != best[1])
        return "yes", best[1], others, vint, units, note
    for v, i in ids:
        if v == vint:
            return "yes", i, [], vint, units, note
    best = min(ids, key=lambda t: (abs(t[0] - vint), -t[0]))
    others = sorted(i for v, i in ids if i != best[1])
    return ("almost", best[1], others, vint, units,
            note + ": label vintage %d not held, has %s" % (vint, sorted(vints)))
