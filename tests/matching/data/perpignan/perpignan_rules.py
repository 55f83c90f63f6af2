"""The bench README's answer rules, applied to a rendered label's vintage and measure."""
from perpignan_tills import POUR_CL

WINE_CATS = ("vin", "champagne")


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    if len(rest) == 1:
        return rest[0]
    raise ValueError("no ordinary bottle for %s" % entries[0]["name"])


def answer(entries, meas, vint):
    """entries: the library rows of one wine/drink (all formats, all vintages).
    returns (expect, beverage_id, also_ok, units, reason)"""
    cat = entries[0]["category"]
    if meas in POUR_CL:
        vol = POUR_CL[meas]
        if meas in ("demi", "pinte"):
            if cat != "bière":
                raise ValueError("demi/pinte on a non-beer")
            kegs = [e for e in entries if e["format_cl"] >= 2000]
            if not kegs:
                return ("none", None, [], None, "a draught measure of a beer held only in bottle")
            fmt = kegs[0]["format_cl"]
        else:
            fmt = ordinary(entries)
        units = round(vol / fmt, 4)
    else:
        if meas == "btl":
            if cat in WINE_CATS:
                fmt = 75
            else:
                fmts = {e["format_cl"] for e in entries}
                if len(fmts) != 1:
                    raise ValueError("bottle without size of a multi-format drink")
                fmt = fmts.pop()
        else:
            fmt = float(meas[1:])
            fmt = int(fmt) if fmt == int(fmt) else fmt
        units = 1
    same = [e for e in entries if e["format_cl"] == fmt]
    if not same:
        return ("none", None, [], None, "format %g cl not held" % fmt)
    if len(same) == 1 and same[0]["vintage"] is None:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink")
        return ("yes", same[0]["id"], [], units, "")
    same.sort(key=lambda e: -e["vintage"])
    if vint is None:
        return ("yes", same[0]["id"], [e["id"] for e in same[1:]], units, "no vintage on the label")
    for e in same:
        if e["vintage"] == vint:
            return ("yes", e["id"], [], units, "")
    best = min(same, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in same if e is not best], units,
            "label vintage %d not held, has %s" % (vint, [e["vintage"] for e in same]))
