"""The bench README's answer rules, applied to the rendered label's vintage."""
from dinan_tills import POUR_CL, SIZE_CL

WINE_CATS = {"vin", "champagne"}


def fmt_txt(f):
    return ("%g" % f)


def target_format(drink, meas):
    """The format the label asks for, or None when the drink cannot be served that way."""
    fmts = sorted({f for f, _ in drink["entries"]})
    bottles = [f for f in fmts if f < 2000]
    kegs = [f for f in fmts if f >= 2000]
    if meas == "half":
        return 37.5
    if meas == "mag":
        return 150
    if meas in SIZE_CL:
        return SIZE_CL[meas]
    if meas == "btl":
        if drink["category"] in WINE_CATS:
            return 75
        assert len(bottles) == 1, (drink["key"], "bottle without size")
        return bottles[0]
    if meas in ("demi", "pinte"):
        return kegs[0] if kegs else None
    if meas in POUR_CL:
        if 75 in bottles:
            return 75
        return bottles[0] if len(bottles) == 1 else None
    raise ValueError(meas)


def answer(drink, meas, vint, cut=None):
    """expect, beverage_id, also_ok, units, note."""
    desc = "%s (%s)" % (drink["name"], drink["producer"])
    f = target_format(drink, meas)
    ents = [(v, i) for (ff, v), i in zip(drink["entries"], drink["ids"], strict=False) if ff == f]
    if f is None or not ents:
        what = {"demi": "draught", "pinte": "draught"}.get(meas, "%s cl" % fmt_txt(f) if f else meas)
        return "none", None, [], None, "%s: %s not held" % (desc, what)
    units = 1 if meas not in POUR_CL else round(POUR_CL[meas] / f, 4)
    vints = sorted(v for v, _ in ents if v is not None)
    ids = dict(ents)
    tail = " [%d cut off by the till]" % cut if cut else ""
    if not vints:
        return "yes", ents[0][1], [], units, desc + tail
    if vint is None:
        best = vints[-1]
        return "yes", ids[best], [ids[v] for v in vints if v != best], units, desc + tail
    if vint in ids:
        return "yes", ids[vint], [], units, desc
    best = min(vints, key=lambda v: (abs(v - vint), -v))
    return ("almost", ids[best], [ids[v] for v in vints if v != best], units,
            "%s: label vintage %d not in library, has %s" % (desc, vint, vints))
