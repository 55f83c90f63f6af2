"""The bench README's answer rules, applied to a rendered label."""
from brest_tills import POURS, read_vintage


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    raise ValueError("no ordinary format for %s" % entries[0]["name"])


def sale_format(entries, measure):
    if measure in ("btl",) or measure in POURS:
        return ordinary_format(entries)
    if measure == "half":
        return 37.5
    if measure == "mag":
        return 150
    if measure.startswith("b"):
        return float(measure[1:]) if "." in measure else int(measure[1:])
    raise ValueError(measure)


def answer(till, label, entries, measure, why_none=None):
    """entries: the library entries of the wine meant (or None). Returns a case dict."""
    vint = read_vintage(till, label)
    if entries is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "vintage": vint,
                    "units_per_sale": None, "note": why_none}
    fmt = sale_format(entries, measure)
    cands = [e for e in entries if e["format_cl"] == fmt]
    e0 = entries[0]
    who = "%s (%s)" % (e0["name"], e0["producer"])
    if not cands:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "vintage": vint, "units_per_sale": None,
                    "note": "%s: not held in %g cl" % (who, fmt)}
    units = round(POURS[measure] / fmt, 4) if measure in POURS else 1
    if units == int(units):
        units = int(units)
    cands.sort(key=lambda e: (e["vintage"] or 0))
    if vint is None:
        best = cands[-1]
        return {"expect": "yes", "beverage_id": best["id"], "also_ok": [c["id"] for c in cands[:-1]],
                    "vintage": None, "units_per_sale": units, "note": who}
    hit = [c for c in cands if c["vintage"] == vint]
    if hit:
        return {"expect": "yes", "beverage_id": hit[0]["id"], "also_ok": [], "vintage": vint,
                    "units_per_sale": units, "note": who}
    if all(c["vintage"] is None for c in cands):
        raise ValueError("vintage on a non-vintage drink: " + label)
    best = sorted(cands, key=lambda c: (abs(c["vintage"] - vint), -c["vintage"]))[0]
    return {"expect": "almost", "beverage_id": best["id"],
                "also_ok": [c["id"] for c in cands if c is not best], "vintage": vint,
                "units_per_sale": units,
                "note": "%s: label vintage %d not in library, has %s" % (
                    who, vint, [c["vintage"] for c in cands])}
