"""The bench README's answer rules, applied to the rendered label."""
from lannion_tills import CIDER_POURS, DRAUGHT, MEASURES


def fmt(x):
    return int(x) if float(x).is_integer() else x


def target_format(drink, measure):
    """The format_cl the sale draws on, or (None, reason) when the library has none."""
    kind, holds = drink["kind"], drink["holds"]
    formats = []
    for _, f in holds:
        if f not in formats:
            formats.append(f)
    mk, vol = MEASURES[measure]
    kegs = [f for f in formats if f >= 2000]
    bottles = [f for f in formats if f < 2000]
    if mk == "bottle":
        if vol is None:
            if kind == "wine":
                if 75 in bottles:
                    return 75, None
                ordinary = [f for f in bottles if f not in (37.5, 150)]
                return (ordinary[0], None) if len(ordinary) == 1 else (None, "no ordinary bottle held")
            if len(bottles) == 1:
                return bottles[0], None
            return None, "no bottle held" if not bottles else "several bottle sizes"
        return (vol, None) if vol in bottles else (None, f"{fmt(vol)} cl bottle not held")
    if measure in DRAUGHT:
        if kind != "beer":
            return None, "draught measure of a non-beer"
        return (kegs[0], None) if kegs else (None, "not on draught (bottle only)")
    if kind == "cider" and measure in CIDER_POURS:
        if kegs:
            return kegs[0], None
        return (75, None) if 75 in bottles else (None, "cider not held on keg or in 75 cl")
    if kind == "beer" or (kind == "soft"):
        return None, "not sold by that pour"
    if kind == "cider":
        return None, "cider not sold by that pour"
    if kind == "wine":
        if 75 in bottles:
            return 75, None
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return (ordinary[0], None) if len(ordinary) == 1 else (None, "no ordinary bottle")
    # spirits, aperitifs: their only bottle
    return (bottles[0], None) if len(bottles) == 1 else (None, "several bottles")


def answer(drink, entries, measure, label_vintage):
    """entries: list of (id, vintage, format) of this drink. Returns dict."""
    f, why = target_format(drink, measure)
    if f is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None, "why": why}
    cands = [(i, v) for i, v, ff in entries if ff == f]
    mk, vol = MEASURES[measure]
    units = 1 if mk == "bottle" else round(vol / f, 4)
    vints = [v for _, v in cands]
    if all(v is None for v in vints):
        assert len(cands) == 1
        return {"expect": "yes", "beverage_id": cands[0][0], "also_ok": [], "units": units, "why": ""}
    if label_vintage is None:
        cands.sort(key=lambda c: c[1])
        return {"expect": "yes", "beverage_id": cands[-1][0], "also_ok": [i for i, _ in cands[:-1]],
                "units": units, "why": ""}
    for i, v in cands:
        if v == label_vintage:
            return {"expect": "yes", "beverage_id": i, "also_ok": [], "units": units, "why": ""}
    best = min(cands, key=lambda c: (abs(c[1] - label_vintage), -c[1]))
    return {"expect": "almost", "beverage_id": best[0],
            "also_ok": sorted(i for i, _ in cands if i != best[0]), "units": units,
            "why": f"label vintage {label_vintage} not held, has {sorted(vints)}"}
