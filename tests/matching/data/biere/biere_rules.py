"""The bench README's answer rules, applied to what a rendered label says.

Measures (the codes the specs use):
  g, d, p33, p    a draught pour of 12.5, 25, 33 or 50 cl, from the beer's or cider's keg
  keg20, keg30    a whole keg of 2,000 or 3,000 cl sold to take away
  b20 ... b150    a bottle or can of that size (b37 is 37.5 cl; b75 on a wine is its bottle)
  vre             a glass (12.5 cl) of the wine's ordinary bottle
  c2, c4          2 or 4 cl of the spirit's only bottle
  ''              no measure (food, coffee, services)
"""

POURS = {"g": 12.5, "d": 25, "p33": 33, "p": 50}
KEGS = {"keg20": 2000, "keg30": 3000}
BOTTLES = {"b20": 20, "b25": 25, "b33": 33, "b37": 37.5, "b44": 44, "b50": 50,
           "b65": 65, "b70": 70, "b75": 75, "b100": 100, "b150": 150}
SHOTS = {"c2": 2, "c4": 4}
GLASS = 12.5


def measure_words(m):
    if m in POURS:
        return f"{POURS[m]:g} cl draught"
    if m in KEGS:
        return f"{KEGS[m]} cl keg"
    if m in BOTTLES:
        return f"{BOTTLES[m]:g} cl bottle"
    if m == "vre":
        return "12.5 cl glass"
    if m in SHOTS:
        return f"{SHOTS[m]} cl pour"
    return "no measure"


def ordinary_format(entries):
    """The wine's ordinary bottle: its 75 cl, or its only format other than a half or
    magnum."""
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    return rest[0] if len(rest) == 1 else None


def fit(entries, category, m):
    """(format_cl, units) that measure m takes from these entries of one product, or
    None when the product is not held in it."""
    fmts = {e["format_cl"] for e in entries}
    if m in POURS:
        kegs = [f for f in fmts if f >= 2000]
        if category not in ("bière", "autre") or not kegs:
            return None
        return kegs[0], round(POURS[m] / kegs[0], 4)
    if m in KEGS:
        return (KEGS[m], 1) if KEGS[m] in fmts else None
    if m in BOTTLES:
        return (BOTTLES[m], 1) if BOTTLES[m] in fmts else None
    if m == "vre":
        if category != "vin":
            return None
        f = ordinary_format(entries)
        return (f, round(GLASS / f, 4)) if f else None
    if m in SHOTS:
        if category != "spiritueux" or len(fmts) != 1:
            return None
        f = next(iter(fmts))
        return f, round(SHOTS[m] / f, 4)
    return None


def pick(same, label_vintage):
    """Apply the vintage rules to the entries of one wine in one format.
    Returns (expect, entry, also_ok ids)."""
    vintages = [e["vintage"] for e in same]
    if all(v is None for v in vintages):
        assert len(same) == 1 and label_vintage is None, same
        return "yes", same[0], []
    by_recent = sorted(same, key=lambda e: -e["vintage"])
    if label_vintage is None:
        best = by_recent[0]
        return "yes", best, [e["id"] for e in sorted(same, key=lambda e: e["vintage"])
                             if e is not best]
    exact = [e for e in same if e["vintage"] == label_vintage]
    if exact:
        return "yes", exact[0], []
    best = min(by_recent, key=lambda e: abs(e["vintage"] - label_vintage))
    return "almost", best, [e["id"] for e in sorted(same, key=lambda e: e["vintage"])
                            if e is not best]


def resolve(members, m, by_key):
    """Members of a brand word held in measure m: the one product, or None with a
    reason."""
    held = [k for k in members if fit(by_key[k]["entries"], by_key[k]["category"], m)]
    if len(held) == 1:
        return held[0], None
    if not held:
        return None, f"not held in {measure_words(m)}"
    names = ", ".join(by_key[k]["name"] for k in held)
    return None, f"several held in {measure_words(m)}: {names}"
