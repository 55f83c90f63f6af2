"""The bench README's answer rules, applied to what a RENDERED label says."""
from morlaix_tills import MEASURES

KEGS = (2000, 3000)
WINE_CATS = ("vin", "champagne")


def ordinary_format(formats, category):
    """The drink's ordinary bottle: 75 cl if held, else its only non-keg format."""
    fs = [f for f in formats if f not in KEGS]
    if category in WINE_CATS and 75 in fs:
        return 75
    if 75 in fs and category == "autre":
        return 75
    return fs[0] if len(fs) == 1 else None


def target_format(measure, formats, category):
    """-> (format_cl or None, reason when the format is not held)."""
    kind, size = MEASURES[measure]
    if kind == "bottle":
        if size is None:
            size = 75 if category in WINE_CATS else ordinary_format(formats, category)
            assert size is not None, "bottle without size on a drink with several formats"
        return (size, None) if size in formats else (None, "format not held (%s cl)" % size)
    if kind == "pour":
        assert category not in ("bière", "soft"), "pour of a beer or soft"
        return ordinary_format(formats, category), None
    if kind == "draught":
        assert category == "bière"
        k = [f for f in formats if f in KEGS]
        return (k[0], None) if k else (None, "not on draught")
    raise AssertionError("unit measure on a drink")


def units(measure, fmt):
    kind, size = MEASURES[measure]
    if kind == "bottle":
        return 1
    return round(size / fmt, 4)


def answer(entries, key, measure, vintage):
    """entries: list of (id, key, entry). -> dict expect, beverage_id, also_ok, units, why."""
    if key.startswith("-"):
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None, "why": None}
    mine = [(i, e) for i, k, e in entries if k == key]
    e0 = mine[0][1]
    fmt, why = target_format(measure, sorted({e["format_cl"] for _, e in mine}), e0["category"])
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None, "why": why}
    same = sorted([(e["vintage"], i) for i, e in mine if e["format_cl"] == fmt],
                  key=lambda t: (t[0] is not None, t[0] or 0))
    u = units(measure, fmt)
    if vintage is not None:
        assert all(v is not None for v, _ in same), "vintage on a non-vintage drink"
        hit = [i for v, i in same if v == vintage]
        if hit:
            return {"expect": "yes", "beverage_id": hit[0], "also_ok": [], "units": u, "why": None}
        best = min(same, key=lambda t: (abs(t[0] - vintage), -t[0]))
        return {"expect": "almost", "beverage_id": best[1],
                "also_ok": [i for v, i in same if i != best[1]], "units": u,
                "why": "label vintage %d not in library, has %s" % (vintage, [v for v, _ in same])}
    best = same[-1]
    return {"expect": "yes", "beverage_id": best[1],
            "also_ok": [i for v, i in same if i != best[1]], "units": u, "why": None}
