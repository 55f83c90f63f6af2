"""The bench README's answer rules, applied to what a rendered label says."""
WINE_CATS = ("vin", "champagne")


def bottle_formats(d):
    return sorted(f for f in d[8] if f < 1000)


def ordinary(d):
    fm = bottle_formats(d)
    if 75 in fm:
        return 75
    assert len(fm) == 1, d[0]
    return fm[0]


def resolve(d, kind, vol):
    """-> ("btl"|"pour"|"draught", format) or (None, reason)."""
    cat = d[7]
    if kind == "vol":  # rapport: a volume column
        if vol in d[8] and vol < 1000:
            return "btl", vol
        if cat in WINE_CATS and vol in (37.5, 75, 150):
            return None, "format not held (%s cl)" % vol
        if cat in ("bière", "soft"):
            return None, "format not held (%s cl)" % vol
        kind = "pour"
    if kind == "btl":
        if vol is None:
            fm = 75 if cat in WINE_CATS else None
            if fm is None:
                bf = bottle_formats(d)
                assert len(bf) == 1, d[0]
                fm = bf[0]
        else:
            fm = vol
        if fm not in d[8]:
            return None, "format not held (%s cl)" % fm
        return "btl", fm
    if kind == "pour":
        assert cat not in ("bière", "soft"), d[0]
        return "pour", ordinary(d)
    if kind == "draught":
        assert cat == "bière", d[0]
        kegs = [f for f in d[8] if f >= 1000]
        if not kegs:
            return None, "not on draught"
        return "draught", kegs[0]
    raise ValueError(kind)


def answer(d, ids, kind, vol, vintage):
    """ids: {(key, format, vintage): id}. -> dict of expect, beverage_id, also_ok, units, why."""
    how, fm = resolve(d, kind, vol)
    if how is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None, "why": fm}
    vints = d[8][fm]
    units = 1 if how == "btl" else round(vol / fm, 4)
    if units == int(units):
        units = int(units)
    if vintage is not None:
        assert None not in vints, "vintage on a non-vintage drink %s" % d[0]
        if vintage in vints:
            return {"expect": "yes", "beverage_id": ids[(d[0], fm, vintage)], "also_ok": [],
                        "units": units, "why": ""}
        best = min(vints, key=lambda v: (abs(v - vintage), -v))
        others = [ids[(d[0], fm, v)] for v in sorted(vints) if v != best]
        return {"expect": "almost", "beverage_id": ids[(d[0], fm, best)], "also_ok": others,
                    "units": units, "why": "label vintage %d not in library, has %s" % (vintage, sorted(vints))}
    if None in vints:
        return {"expect": "yes", "beverage_id": ids[(d[0], fm, None)], "also_ok": [], "units": units, "why": ""}
    best = max(vints)
    others = [ids[(d[0], fm, v)] for v in sorted(vints) if v != best]
    return {"expect": "yes", "beverage_id": ids[(d[0], fm, best)], "also_ok": others, "units": units, "why": ""}
