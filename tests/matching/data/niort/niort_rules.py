"""The bench README's answer rules, applied to what a rendered label says.

A measure names either a bottle of a size ("bottle", cl), a pour from the drink's
ordinary bottle ("pour", cl) or a draught measure from the keg ("draught", cl).
"""
MEASURES = {
    "btl": ("bottle", None),       # the wine's 75 cl, or the drink's only bottle
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33),
    "b50": ("bottle", 50), "b70": ("bottle", 70), "b75": ("bottle", 75),
    "b100": ("bottle", 100), "b300": ("bottle", 300),
    "vre": ("pour", 12.5), "v15": ("pour", 15), "cp": ("pour", 12.5),
    "car25": ("pour", 25), "car50": ("pour", 50),
    "dose": ("pour", 4), "d2": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

WINE_CATS = ("vin", "champagne")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def entries_for(drink_entries, category, measure):
    """drink_entries: list of library rows of one drink. Returns (rows, volume_cl)."""
    kind, vol = MEASURES[measure]
    kegs = [e for e in drink_entries if e["format_cl"] >= 2000]
    bottles = [e for e in drink_entries if e["format_cl"] < 2000]
    if kind == "draught":
        return kegs, vol
    if kind == "bottle":
        if vol is None:
            if category in WINE_CATS:
                vol = 75
            else:
                sizes = sorted({e["format_cl"] for e in bottles})
                if len(sizes) != 1:
                    raise ValueError("bottle without size on a drink held in %s" % sizes)
                vol = sizes[0]
        return [e for e in bottles if e["format_cl"] == vol], vol
    # pour: the ordinary bottle (75 cl, or the only bottle size)
    b75 = [e for e in bottles if e["format_cl"] == 75]
    if b75:
        return b75, vol
    sizes = sorted({e["format_cl"] for e in bottles})
    if len(sizes) != 1:
        return [], vol
    return [e for e in bottles if e["format_cl"] == sizes[0]], vol


def answer(rows, vol, label_vintage):
    """rows: the entries of the wine in the asked format. Returns a dict."""
    if not rows:
        return None
    fmt = rows[0]["format_cl"]
    units = 1 if vol == fmt else round(vol / fmt, 4)
    vintages = [e["vintage"] for e in rows]
    if label_vintage is None or all(v is None for v in vintages):
        best = max(rows, key=lambda e: (e["vintage"] or 0))
        return {"expect": "yes", "id": best["id"],
                "also": [e["id"] for e in rows if e is not best], "units": units}
    exact = [e for e in rows if e["vintage"] == label_vintage]
    if exact:
        return {"expect": "yes", "id": exact[0]["id"], "also": [], "units": units}
    best = min(rows, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return {"expect": "almost", "id": best["id"],
            "also": [e["id"] for e in rows if e is not best], "units": units}
