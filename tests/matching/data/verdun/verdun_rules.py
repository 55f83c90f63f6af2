"""The bench README's answer rules, applied to a drink key, a measure and the vintage read
back from the rendered label."""

# measure -> (kind, volume in cl). kind: B bottle (75 on a wine, else the only bottle size),
# S sized bottle, H half, M magnum, P pour from the ordinary bottle, K pour from the keg,
# U not a drink unit.
MEASURES = {
    "B": ("B", None), "H": ("S", 37.5), "M": ("S", 150),
    "S20": ("S", 20), "S25": ("S", 25), "S33": ("S", 33), "S45": ("S", 45), "S50": ("S", 50),
    "S70": ("S", 70), "S75": ("S", 75), "S100": ("S", 100),
    "G": ("P", 12.5), "G10": ("P", 10), "G12": ("P", 12), "G15": ("P", 15), "G20": ("P", 20),
    "CP": ("P", 12.5), "C25": ("P", 25), "C50": ("P", 50), "D": ("P", 4), "D2": ("P", 2),
    "DM": ("K", 25), "PT": ("K", 50), "F30": ("K", 30), "F40": ("K", 40),
    "U": ("U", None),
}


def volume(measure, wine=True):
    kind, vol = MEASURES[measure]
    if kind == "B":
        return 75 if wine else None
    return vol


def answer(entries, wine, measure, vintage):
    """entries: list of (id, vintage, format) of one drink. Returns (expect, id, also_ok,
    units, why)."""
    kind, vol = MEASURES[measure]
    if kind == "U":
        raise ValueError("unit measure on a drink")
    if kind == "B":
        if wine:
            fmt = 75
        else:
            bottles = sorted({f for _, _, f in entries if f < 1000})
            if len(bottles) != 1:
                raise ValueError("bare bottle of a drink held in several sizes")
            fmt = bottles[0]
    elif kind == "S":
        fmt = vol
    elif kind == "P":
        fmts = {f for _, _, f in entries if f < 1000}
        if 75 in fmts:
            fmt = 75
        else:
            ordinary = sorted(f for f in fmts if f not in (37.5, 150))
            if len(ordinary) != 1:
                return ("none", None, [], None, "no ordinary bottle to pour from")
            fmt = ordinary[0]
    else:  # keg
        kegs = sorted({f for _, _, f in entries if f >= 1000})
        if not kegs:
            return ("none", None, [], None, "not held on draught")
        fmt = kegs[0]
    cands = [e for e in entries if e[2] == fmt]
    if not cands:
        return ("none", None, [], None, f"format {fmt} cl not held")
    units = 1 if kind in ("B", "S") else round(vol / fmt, 4)
    cands.sort(key=lambda e: (e[1] or 0))
    vints = [e[1] for e in cands]
    if vintage is not None and any(v == vintage for v in vints):
        e = next(c for c in cands if c[1] == vintage)
        return ("yes", e[0], [], units, "")
    if vintage is not None and any(v is not None for v in vints):
        best = sorted(cands, key=lambda e: (abs(e[1] - vintage), -e[1]))[0]
        others = [c[0] for c in cands if c[0] != best[0]]
        return ("almost", best[0], others, units, f"label vintage {vintage} not held, has {vints}")
    if vintage is not None:
        raise ValueError("vintage on a non-vintage drink")
    best = cands[-1]
    others = [c[0] for c in cands if c[0] != best[0]]
    return ("yes", best[0], others, units, "")
