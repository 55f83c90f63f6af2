"""The bench README's answer rules (format asked by a measure, units, yes / almost)."""
POUR = {"v": 12.5, "v12": 12, "v15": 15, "p25": 25, "p50": 50, "cp": 12.5, "dose": 4,
        "demi": 25, "pinte": 50, "bol": 25}

def target_formats(meas, kind, entries):
    """The entries a measure asks for (list of (format, vintage))."""
    fmts = sorted({f for f, v in entries})
    if meas == "half":
        return [e for e in entries if e[0] == 37.5]
    if meas == "mag":
        return [e for e in entries if e[0] == 150]
    if meas in ("demi", "pinte") and kind == "BIE":
        return [e for e in entries if e[0] >= 2000]
    if meas in ("bol", "p25", "p50") and kind == "NOR":
        keg = [e for e in entries if e[0] >= 2000]
        return keg or [e for e in entries if e[0] == 75]
    if meas.startswith("b") and meas != "btl":
        return [e for e in entries if e[0] == float(meas[1:])]
    bottles = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    if meas == "btl":
        if kind in ("VIN", "CHP"):
            want = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        else:
            want = bottles[0] if len(bottles) == 1 else None
        return [e for e in entries if e[0] == want]
    # pours: the ordinary bottle
    want = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
    return [e for e in entries if e[0] == want]

def answer(group, label_vint):
    """group: list of (id, vintage). Returns expect, id, also_ok."""
    vs = [v for _, v in group]
    if label_vint is not None and any(v is not None for v in vs):
        for i, v in group:
            if v == label_vint:
                return "yes", i, []
        best = sorted(group, key=lambda e: (abs(e[1] - label_vint), -e[1]))[0]
        return "almost", best[0], sorted(i for i, _ in group if i != best[0])
    best = sorted(group, key=lambda e: -(e[1] or 0))[0]
    return "yes", best[0], sorted(i for i, _ in group if i != best[0])

def units(meas, fmt):
    if meas in POUR:
        return round(POUR[meas] / fmt, 4)
    return 1
