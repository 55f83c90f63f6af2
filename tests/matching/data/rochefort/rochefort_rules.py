"""The bench README's answer rules, applied to the rendered label."""
from rochefort_tills import MEASURES


def ordinary_format(fmts):
    """The bottle a glass, pichet or dose pours from."""
    if 75 in fmts:
        return 75
    fmts = [f for f in fmts if f < 1000]
    if len(fmts) == 1:
        return fmts[0]
    big = [f for f in fmts if f <= 100]
    return max(big) if big else None


def target_format(entries, measure):
    fmts = sorted({e["format_cl"] for e in entries})
    kind, cl = MEASURES[measure]
    if kind == "bottle":
        if cl is None:
            if 75 in fmts:
                return 75
            return fmts[0] if len(fmts) == 1 and fmts[0] < 1000 else None
        return cl if cl in fmts else None
    if kind == "draught":
        kegs = [f for f in fmts if f >= 1000]
        return kegs[0] if kegs else None
    return ordinary_format(fmts)


def answer(entries, measure, label_vintage):
    """entries: the library rows of one drink (all formats). Returns
    (expect, beverage_id, also_ok, units, why)."""
    fmt = target_format(entries, measure)
    kind, cl = MEASURES[measure]
    if fmt is None:
        return "none", None, [], None, "format not held"
    cands = [e for e in entries if e["format_cl"] == fmt]
    units = 1 if kind == "bottle" else round(cl / fmt, 4)
    if units == int(units):
        units = int(units)
    vints = [e["vintage"] for e in cands]
    if label_vintage is None:
        best = max(cands, key=lambda e: e["vintage"] or 0)
        others = sorted(e["id"] for e in cands if e is not best)
        return "yes", best["id"], others, units, ""
    assert None not in vints, ("vintage on a non-vintage drink", entries[0]["name"])
    exact = [e for e in cands if e["vintage"] == label_vintage]
    if exact:
        return "yes", exact[0]["id"], [], units, ""
    best = min(cands, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    others = sorted(e["id"] for e in cands if e is not best)
    return "almost", best["id"], others, units, "label vintage %d not held, has %s" % (
        label_vintage, sorted(vints))
