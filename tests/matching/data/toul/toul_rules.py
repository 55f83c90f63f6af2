"""The bench README's answer rules, applied to what a RENDERED label says."""

# internal measure codes -> (kind, value)
#   bottle kinds: value is the format in cl, or None for "the ordinary bottle"
#   pour kinds: value is the poured volume in cl (served from the ordinary bottle)
#   draught kinds: value is the poured volume in cl (served from the keg)
MEASURES = {
    "B": ("bottle", None), "H": ("bottle", 37.5), "M": ("bottle", 150),
    "C25": ("bottle", 25), "C33": ("bottle", 33), "C50": ("bottle", 50),
    "C70": ("bottle", 70), "C75": ("bottle", 75), "C100": ("bottle", 100),
    "G": ("pour", 12.5), "G15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
    "CP": ("pour", 12.5), "FL": ("pour", 12.5), "D": ("pour", 4), "D2": ("pour", 2),
    "DE": ("draught", 25), "PI": ("draught", 50),
    "": ("none", None),
}


def fmt_cl(f):
    return ("%g" % f).replace(".", ",") + " cl"


def ordinary_bottle(formats, category):
    """The drink's ordinary bottle: 75 cl, else its only bottle format (never a half or
    magnum, never a keg)."""
    if 75 in formats:
        return 75
    if category in ("vin", "champagne"):
        rest = [f for f in formats if f not in (37.5, 150) and f < 2000]
    else:
        rest = [f for f in formats if f < 2000]
    return rest[0] if len(rest) == 1 else None


def referred_format(formats, category, measure):
    """(format_cl the label refers to, poured cl or None) or (None, reason)."""
    kind, val = MEASURES[measure]
    if kind == "bottle":
        if val is None:
            f = 75 if category in ("vin", "champagne") else ordinary_bottle(formats, category)
            if f is None:
                raise ValueError("bare bottle on a drink with several formats")
        else:
            f = val
        if f not in formats:
            return None, "no %s bottle held" % fmt_cl(f)
        return f, None
    if kind == "pour":
        f = ordinary_bottle(formats, category)
        if f is None:
            return None, "no ordinary bottle to pour from"
        return f, val
    if kind == "draught":
        kegs = [f for f in formats if f >= 2000]
        if not kegs:
            return None, "draught measure, held only in bottle"
        return kegs[0], val
    raise ValueError(measure)


def answer(entries, measure, label_vintage):
    """entries: the product's library rows (dicts with id, vintage, format_cl, category).
    Returns (expect, beverage_id, also_ok, units_per_sale, why)."""
    formats = sorted({e["format_cl"] for e in entries})
    category = entries[0]["category"]
    f, pour = referred_format(formats, category, measure)
    if f is None:
        return "none", None, [], None, pour
    group = [e for e in entries if e["format_cl"] == f]
    units = 1 if pour is None else round(pour / f, 4)
    vints = [e["vintage"] for e in group]
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", group[0]["id"], [], units, ""
    byv = {e["vintage"]: e["id"] for e in group}
    if label_vintage in byv:
        return "yes", byv[label_vintage], [], units, ""
    if label_vintage is None:
        best = max(vints)
        return ("yes", byv[best], [byv[v] for v in sorted(vints) if v != best], units,
                "no vintage on the label, most recent")
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", byv[best], [byv[v] for v in sorted(vints) if v != best], units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vints)))
