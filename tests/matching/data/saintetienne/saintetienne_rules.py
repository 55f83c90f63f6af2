"""The bench README's answer rules, applied to a drink key, a measure and the label's vintage."""
POUR_CL = {"vr": 12.5, "v15": 15, "pot": 46, "cp": 12.5, "dose": 4, "demi": 25, "pinte": 50}
BOTTLE = ("btl", "half", "mag")


def target_format(entries, category, measure):
    """The format a measure asks for, or None when the library cannot hold it."""
    fmts = sorted({f for _, f, _ in entries})
    wine = category in ("vin", "champagne")
    if measure == "btl":
        return 75 if wine else None
    if measure == "half":
        return 37.5 if wine else None
    if measure == "mag":
        return 150 if wine else None
    if measure.startswith("b"):
        return float(measure[1:]) if not wine else None
    if measure in ("demi", "pinte"):
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if (category == "bière" and kegs) else None
    # glass, pot, coupe, dose: the ordinary bottle
    if wine:
        return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
    small = [f for f in fmts if f < 2000]
    return max(small) if small else None


def answer(drink, ids_entries, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, reason)"""
    category = drink[7]
    fmt = target_format(ids_entries, category, measure)
    if fmt is None:
        return "none", None, [], None, f"{measure} not held for this drink"
    same = [(i, f, v) for i, f, v in ids_entries if f == fmt]
    if not same:
        return "none", None, [], None, f"format {fmt} cl not held"
    units = round(POUR_CL[measure] / fmt, 4) if measure in POUR_CL else 1
    vints = [v for _, _, v in same]
    if vintage is not None and all(v is None for v in vints):
        raise ValueError(f"vintage {vintage} on a non-vintage drink {drink[0]}")
    if vintage is not None:
        hit = [i for i, _, v in same if v == vintage]
        if hit:
            return "yes", hit[0], [], units, ""
        best = min(same, key=lambda e: (abs(e[2] - vintage), -e[2]))
        others = sorted([i for i, _, _ in same if i != best[0]])
        return "almost", best[0], others, units, f"label vintage {vintage} not in library, has {sorted(vints)}"
    best = max(same, key=lambda e: (e[2] or 0))
    others = sorted([i for i, _, _ in same if i != best[0]])
    return "yes", best[0], others, units, ""
