"""The bench README's answer rules, applied to a rendered label."""

GLASS_CL = {"vre": 12.5, "cp": 12.5, "vre14": 14, "pich50": 50}
BEER_CL = {"demi": 25, "pinte": 50}
DOSE_CL = 4


def answer(lib, key, meas, label_vintage):
    """lib: entries with 'key' and 'id'. Returns (expect, beverage_id, also_ok, units, why)."""
    group = [e for e in lib if e["key"] == key]
    assert group, key
    fmts = sorted({e["format_cl"] for e in group})
    wineish = group[0]["category"] in ("vin", "champagne")
    vol = None
    if meas in (None, "btl"):
        fmt = 75 if wineish else (fmts[0] if len(fmts) == 1 else None)
    elif meas == "half":
        assert wineish
        fmt = 37.5
    elif meas == "mag":
        fmt = 150
    elif isinstance(meas, tuple):
        fmt = meas[1]
    elif meas in GLASS_CL:
        fmt = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        vol = GLASS_CL[meas]
    elif meas in BEER_CL:
        kegs = [f for f in fmts if f >= 2000]
        assert len(kegs) == 1, key
        fmt, vol = kegs[0], BEER_CL[meas]
    elif meas == "dose":
        assert len(fmts) == 1, key
        fmt, vol = fmts[0], DOSE_CL
    else:
        raise ValueError(meas)
    assert fmt is not None, (key, meas)
    held = [e for e in group if e["format_cl"] == fmt]
    assert held, f"{key}: format {fmt} not held (write the case as a none)"
    units = 1 if vol is None else round(vol / fmt, 4)
    vints = sorted(e["vintage"] for e in held if e["vintage"] is not None)
    if not vints:
        assert len(held) == 1
        return "yes", held[0]["id"], [], units, ""
    byv = {e["vintage"]: e["id"] for e in held}
    if label_vintage is None:
        top = vints[-1]
        return "yes", byv[top], [byv[v] for v in vints if v != top], units, ""
    if label_vintage in byv:
        return "yes", byv[label_vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", byv[best], [byv[v] for v in vints if v != best], units,
            f"label vintage {label_vintage} not held, has {vints}")
