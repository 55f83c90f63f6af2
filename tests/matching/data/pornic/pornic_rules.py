"""The bench README's answer rules, applied to what was read back from a rendered label."""

# measure key -> (kind, volume in cl or None)
MEASURES = {
    "btl": ("bottle", None),       # a wine's 75 cl, another drink's only bottle
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b75": ("bottle", 75), "b100": ("bottle", 100),
    "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "vre": ("pour", 12.5), "vre12": ("pour", 12), "vre15": ("pour", 15), "cp": ("pour", 12.5),
    "bol": ("pour", 25), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("pour", 4), "d2": ("pour", 2), "d4": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "gb25": ("cup", 25), "gb50": ("cup", 50),   # kiosk cups: draught on a beer, a pour otherwise
}

WINE_CATS = ("vin", "champagne")


def group_entries(lib, entry):
    """Entries of the same wine: name, producer, appellation, colour, format."""
    k = (entry["name"], entry["producer"], entry["appellation"], entry["colour"], entry["format_cl"])
    return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"]) == k]


def ordinary_format(formats):
    if 75 in formats:
        return 75
    small = [f for f in formats if f < 2000]
    if len(small) == 1:
        return small[0]
    return None


def answer(entries, category, measure, vintage):
    """entries: library rows of one drink (all formats/vintages).
    Returns (expect, beverage_id, also_ok, units, why)."""
    formats = sorted({e["format_cl"] for e in entries})
    kind, vol = MEASURES[measure]
    if kind == "cup":
        kind = "draught" if category == "bière" else "pour"
    if kind == "bottle":
        if vol is None:
            if category in WINE_CATS:
                fmt = 75
            else:
                small = [f for f in formats if f < 2000]
                if len(small) != 1:
                    raise ValueError("bottle without size for a drink of several formats")
                fmt = small[0]
        else:
            fmt = vol
        if fmt not in formats:
            return ("none", None, [], None, f"{fmt:g} cl not held")
        units = 1
    elif kind == "pour":
        if category in ("bière", "soft"):
            return ("none", None, [], None, "beers and softs are not poured")
        fmt = ordinary_format(formats)
        if fmt is None:
            raise ValueError("no ordinary bottle")
        units = round(vol / fmt, 4)
    else:  # draught
        kegs = [f for f in formats if f >= 2000]
        if category != "bière" or not kegs:
            return ("none", None, [], None, "not on draught")
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    rows = sorted([e for e in entries if e["format_cl"] == fmt], key=lambda e: e["vintage"] or 0)
    vints = [e["vintage"] for e in rows]
    if vintage is None or vints == [None]:
        if vintage is not None and vints == [None]:
            raise ValueError("vintage on a non-vintage drink")
        best = rows[-1]
        return ("yes", best["id"], [e["id"] for e in rows[:-1]], units, "")
    for e in rows:
        if e["vintage"] == vintage:
            return ("yes", e["id"], [], units, "")
    best = sorted(rows, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))[0]
    return ("almost", best["id"], [e["id"] for e in rows if e is not best], units,
            f"label vintage {vintage} not held, has {vints}")
