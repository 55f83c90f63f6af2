"""The bench README's answer rules, applied to a rendered label.

Case constructors: Y (a yes), A (an almost), N (a none). `ref` on a Y/A names any entry of the
wine meant; the build computes beverage_id / also_ok / units from the rendered label and
checks that the answer is the one the case declares. `ref` on an N (optional) names a wine
whose format or vintage the label asks for and the library does not hold: the build checks
that the rules indeed give none."""
from figeac_tills import MEASURES


def Y(text, ref, meas="b", v=None):
    return {"kind": "yes", "text": text, "ref": ref, "meas": meas, "v": v}

def A(text, ref, meas="b", v=None):
    return {"kind": "almost", "text": text, "ref": ref, "meas": meas, "v": v}

def N(text, why, meas="u", v=None, cat="food", ref=None):
    return {"kind": "none", "text": text, "ref": ref, "meas": meas, "v": v, "why": why, "cat": cat}

def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])

def fmt_units(x):
    x = round(x, 4)
    return 1 if x == 1 else x

def resolve(lib, ref, meas, vintage):
    """(expect, beverage_id, also_ok, units) for a label meaning wine `ref`, measure `meas`
    and printed vintage `vintage` (None when the label shows none)."""
    byid = {e["id"]: e for e in lib}
    e = byid[ref]
    fam = [x for x in lib if wine_key(x) == wine_key(e)]
    fmts = sorted({x["format_cl"] for x in fam})
    kind, vol = MEASURES[meas]
    if kind == "bottle":
        if vol is None:
            assert 75 in fmts, ("a bottle of a wine without 75 cl must name its size", ref)
            fmt = 75
        else:
            fmt = vol
    elif kind == "unit":
        assert len(fmts) == 1, ("unit label on a drink with several formats", ref)
        fmt = fmts[0]
    else:
        fmt = 75 if 75 in fmts else fmts[0]
        assert 75 in fmts or len(fmts) == 1 or min(fmts) not in (37.5, 150)
    cands = [x for x in fam if x["format_cl"] == fmt]
    if not cands:
        return "none", None, [], None
    units = 1 if kind in ("bottle", "unit") else fmt_units(vol / fmt)
    if vintage is None or all(x["vintage"] is None for x in cands):
        cands.sort(key=lambda x: (x["vintage"] or 0), reverse=True)
        return "yes", cands[0]["id"], sorted(x["id"] for x in cands[1:]), units
    same = [x for x in cands if x["vintage"] == vintage]
    if same:
        return "yes", same[0]["id"], [], units
    best = min(cands, key=lambda x: (abs(x["vintage"] - vintage), -x["vintage"]))
    others = sorted((x for x in cands if x is not best), key=lambda x: x["id"])
    return "almost", best["id"], [x["id"] for x in others], units
