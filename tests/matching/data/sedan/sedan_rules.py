"""The bench README's answer rules, applied to a rendered label."""
from sedan_tills import MEASURES


def target_format(entries, measure):
    vol, kind = MEASURES[measure]
    fmts = sorted({e["format_cl"] for e in entries})
    if kind == "bottle":
        return vol
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if kind in ("glass", "dose"):
        if 75 in fmts:
            return 75
        plain = [f for f in fmts if f not in (37.5, 150) and f < 2000]
        return plain[0] if len(plain) == 1 else None
    return None

def answer(lib, wk, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, why) for the wine `wk` read from the label."""
    group = [e for e in lib if e["wk"] == wk]
    assert group, wk
    fmt = target_format(group, measure)
    same = [e for e in group if e["format_cl"] == fmt]
    if not same:
        return "none", None, [], None, "format not held"
    vol, kind = MEASURES[measure]
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    vints = [e for e in same if e["vintage"] is not None]
    if vintage is not None and vints:
        hit = [e for e in same if e["vintage"] == vintage]
        if hit:
            return "yes", hit[0]["id"], [], units, "vintage held"
        best = sorted(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))[0]
        others = sorted(e["id"] for e in same if e is not best)
        return "almost", best["id"], others, units, f"vintage {vintage} not held"
    if vintage is not None and not vints:
        raise ValueError(f"vintage on a non-vintage drink {wk}")
    best = sorted(same, key=lambda e: -(e["vintage"] or 0))[0]
    others = sorted(e["id"] for e in same if e is not best)
    return "yes", best["id"], others, units, "no vintage on label"
