"""The bench README's answer rules, applied to what the rendered label says."""
import re

POUR_CL = {"v": 12.5, "v15": 15, "p25": 25, "p50": 50, "c": 12.5, "d4": 4, "d2": 2, "shot": 3}
DRAUGHT_CL = {"demi": 25, "pinte": 50}
SIZE = {"b20": 20, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100}
WINE_CATS = ("vin", "champagne")


def read_vintage(till, label):
    """The vintage printed on the label, or None."""
    if till == "caisse":
        toks = label[:19].split()
    elif till == "tablette":
        toks = label.split(".")
    else:
        f = label.split(";")[3]
        return int(f) if f else None
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        return 2000 + int(toks[-1])
    return None


def target_format(entries, category, meas):
    """(format_cl, units) the measure points to among the drink's formats, or None."""
    fmts = sorted({e["format_cl"] for e in entries})
    if meas in ("b", "h", "m"):
        if category in WINE_CATS or category == "autre":
            want = {"b": 75, "h": 37.5, "m": 150}[meas]
        elif meas == "b" and len(fmts) == 1:
            want = fmts[0]
        else:
            return None
        return (want, 1) if want in fmts else None
    if meas == "u":
        return (fmts[0], 1) if len(fmts) == 1 and fmts[0] < 2000 else None
    if meas in SIZE:
        return (SIZE[meas], 1) if SIZE[meas] in fmts else None
    if meas in DRAUGHT_CL:
        kegs = [f for f in fmts if f >= 2000]
        return (kegs[0], round(DRAUGHT_CL[meas] / kegs[0], 4)) if kegs else None
    if meas in POUR_CL:
        if 75 in fmts:
            f = 75
        else:
            ordinary = [x for x in fmts if x not in (37.5, 150) and x < 2000]
            if len(ordinary) != 1:
                return None
            f = ordinary[0]
        return (f, round(POUR_CL[meas] / f, 4))
    raise ValueError(meas)


def answer(entries, category, meas, label_vintage):
    """entries: all library entries of the same wine (any format)."""
    tf = target_format(entries, category, meas)
    if tf is None:
        return "none", None, [], None
    fmt, units = tf
    same = [e for e in entries if e["format_cl"] == fmt]
    vs = [e["vintage"] for e in same]
    if label_vintage is None or vs == [None]:
        best = max(same, key=lambda e: e["vintage"] or 0)
        return "yes", best["id"], sorted(e["id"] for e in same if e is not best), units
    for e in same:
        if e["vintage"] == label_vintage:
            return "yes", e["id"], [], units
    best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return "almost", best["id"], sorted(e["id"] for e in same if e is not best), units
