"""The bench README's answer rules, applied to what a rendered label says."""
from bz_tills import BOTTLE_CL, POUR_CL

WINE_CATS = ("vin", "champagne")


def fmt_str(cl):
    return ("%g" % cl)


def ordinary(formats):
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return formats[0]
    return None


def resolve(lib, key, measure, vint, via_volume=False):
    """lib: list of (key, entry dict). Returns (expect, id, also_ok, units, why)."""
    rows = [e for k, e in lib if k == key]
    assert rows, key
    cat = rows[0]["category"]
    formats = sorted({e["format_cl"] for e in rows})
    kegs = [f for f in formats if f >= 1000]
    if via_volume and measure not in ("btl",) and measure is not None:
        vol = BOTTLE_CL.get(measure) or POUR_CL.get(measure)
        if vol in formats:
            measure = {25: "b25", 33: "b33", 50: "b50", 65: "b65", 70: "b70", 100: "b100",
                       37.5: "half", 150: "mag", 62: "clav"}[vol]
        elif measure in ("half", "mag", "clav") or measure.startswith("b"):
            return ("none", None, [], None, "format %s cl not held" % fmt_str(vol))
        elif measure in ("vr", "cp") and cat not in (*WINE_CATS, "autre"):
            return ("none", None, [], None, "not poured by the glass")
    if measure in ("btl",) or measure in BOTTLE_CL:
        target = ordinary(formats) if measure == "btl" else BOTTLE_CL[measure]
        if target is None or target not in formats or target >= 1000:
            return ("none", None, [], None, "format %s cl not held" % fmt_str(
                BOTTLE_CL.get(measure, target or 75)))
        units = 1
    else:
        vol = POUR_CL[measure]
        if cat == "soft":
            return ("none", None, [], None, "a soft is not poured")
        if cat == "bière":
            if not kegs:
                return ("none", None, [], None, "not on draught")
            target = kegs[0]
        else:
            if measure in ("demi", "pinte"):
                return ("none", None, [], None, "beer measure on a non-beer")
            target = ordinary(formats)
            if target is None:
                return ("none", None, [], None, "no ordinary bottle")
        units = round(vol / target, 4)
    sel = sorted((e for e in rows if e["format_cl"] == target),
                 key=lambda e: (e["vintage"] or 0))
    vints = [e["vintage"] for e in sel]
    if vint is None:
        best = sel[-1]
        others = [e["id"] for e in sel[:-1]]
        return ("yes", best["id"], others, units, "")
    if vints == [None]:
        return ("none", None, [], None, "non-vintage wine keyed with a vintage")
    for e in sel:
        if e["vintage"] == vint:
            return ("yes", e["id"], [], units, "")
    best = min(sel, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))
    others = [e["id"] for e in sel if e is not best]
    return ("almost", best["id"], others, units,
            "label vintage %d not held, has %s" % (vint, vints))
