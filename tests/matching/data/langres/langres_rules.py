"""The bench README's answer rules, applied to what was read back from a rendered label."""

# internal measure codes -> (kind, volume in cl)
#   kind "bottle": a bottle of the ordinary / only format; "size": a bottle of that size;
#   "pour": a pour from the ordinary bottle; "keg": a draught pour from the keg.
MEASURES = {
    "btl": ("bottle", None),
    "half": ("size", 37.5),
    "mag": ("size", 150),
    "glass": ("pour", 12.5),
    "g15": ("pour", 15),
    "coupe": ("pour", 12.5),
    "p25": ("pour", 25),
    "p50": ("pour", 50),
    "dose": ("pour", 4),
    "cl2": ("pour", 2),
    "demi": ("keg", 25),
    "pinte": ("keg", 50),
    "s20": ("size", 20),
    "s25": ("size", 25),
    "s33": ("size", 33),
    "s50": ("size", 50),
    "s70": ("size", 70),
    "s100": ("size", 100),
    "": (None, None),
}


def is_keg(fmt):
    return fmt >= 2000


def ordinary(formats):
    """The ordinary bottle: 75 cl, else the only non-keg format."""
    if 75 in formats:
        return 75
    small = [f for f in formats if not is_keg(f)]
    return small[0] if len(small) == 1 else None


def target_format(measure, formats):
    kind, vol = MEASURES[measure]
    if kind == "bottle" or kind == "pour":
        return ordinary(formats)
    if kind == "size":
        return vol if vol in formats else None
    if kind == "keg":
        kegs = [f for f in formats if is_keg(f)]
        return kegs[0] if kegs else None
    return None


def fmt_units(x):
    return float(f"{x:.4f}") if x != int(x) else int(x)


def answer(drink, entries, measure, vintage):
    """drink: key; entries: {(key, fmt, vintage): id}; returns (expect, id, also_ok, units, why)."""
    formats = sorted({f for (k, f, v) in entries if k == drink})
    fmt = target_format(measure, formats)
    if fmt is None:
        return "none", None, [], None, "format not held"
    held = sorted((v, i) for (k, f, v), i in entries.items() if k == drink and f == fmt and True)
    vints = [v for v, _ in held if v is not None]
    ids = dict(held)
    kind, vol = MEASURES[measure]
    units = 1 if kind in ("bottle", "size") else fmt_units(round(vol / fmt, 4))
    if not vints:  # non-vintage
        return "yes", ids[None], [], units, ""
    if vintage is None:
        best = max(vints)
        return "yes", ids[best], [ids[v] for v in sorted(vints) if v != best], units, ""
    if vintage in vints:
        return "yes", ids[vintage], [], units, ""
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return "almost", ids[best], [ids[v] for v in sorted(vints) if v != best], units, f"{vintage} not held, has {vints}"
