"""Measures and the bench README's answer rules (yes / almost / none)."""

# measure code -> (kind, volume_cl). kind: "bottle" (size None = the ordinary / only
# bottle), "pour" (volume taken from the ordinary bottle), "unit" (dish, service, coffee).
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "s25": ("bottle", 25), "s33": ("bottle", 33), "s50": ("bottle", 50),
    "s75": ("bottle", 75), "s70": ("bottle", 70), "s100": ("bottle", 100),
    "gl": ("pour", 12.5), "cp": ("pour", 12.5), "gl12": ("pour", 12), "gl15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50),
    "demi": ("pour", 25), "pinte": ("pour", 50),
    "dose": ("pour", 4), "cl2": ("pour", 2), "cl4": ("pour", 4),
    "un": ("unit", None),
}


def ordinary_format(formats, category):
    """The bottle a glass / pour / unsized label refers to."""
    if 75 in formats and category in ("vin", "champagne"):
        return 75
    cands = [f for f in formats if f not in (37.5, 150)] or list(formats)
    if len(cands) == 1:
        return cands[0]
    return None  # several sizes: the label must say which


def resolve(product, meas, label_vintage):
    """product: drinks tuple; returns (format_cl, units) or raises ValueError."""
    formats = product[8]
    cat = product[7]
    kind, vol = MEASURES[meas]
    if kind == "bottle":
        if vol is None:
            fmt = 75 if (cat in ("vin", "champagne") and 75 in formats) else ordinary_format(formats, cat)
        else:
            fmt = vol
        if fmt not in formats:
            raise ValueError("format %s not held" % fmt)
        if fmt in (2000, 3000):
            raise ValueError("a keg is not sold whole")
        return fmt, 1
    if kind == "pour":
        if meas in ("demi", "pinte"):
            kegs = [f for f in formats if f in (2000, 3000)]
            if not kegs:
                raise ValueError("draught measure on a beer not on draught")
            fmt = kegs[0]
        else:
            fmt = ordinary_format(formats, cat)
            if fmt is None:
                raise ValueError("no ordinary bottle")
        return fmt, round(vol / fmt, 4)
    raise ValueError("unit measure on a drink")


def answer(entries, label_vintage):
    """entries: [(id, vintage)] of one wine in one format.
    Returns (expect, beverage_id, also_ok)."""
    vints = [v for _, v in entries]
    if label_vintage is None or vints == [None]:
        best = max(entries, key=lambda e: (e[1] or 0))
        return "yes", best[0], sorted(i for i, _ in entries if i != best[0])
    for i, v in entries:
        if v == label_vintage:
            return "yes", i, []
    best = min(entries, key=lambda e: (abs(e[1] - label_vintage), -e[1]))
    return "almost", best[0], sorted(i for i, _ in entries if i != best[0])
