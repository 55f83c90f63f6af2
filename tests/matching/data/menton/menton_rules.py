"""The bench README's answer rules, applied to what a rendered label says."""


def r4(x):
    v = round(x + 1e-12, 4)
    return int(v) if v == int(v) else v


def resolve(entries, drink, meas, vint):
    """entries: [(id, format_cl, vintage)] of one drink; meas: (kind, volume) read from the
    label; vint: the label's vintage or None. Returns (expect, id, also_ok, units, why)."""
    kind, vol = meas
    if kind == "bottle":
        if drink["category"] in ("vin", "champagne") and vol == 75 and not any(f == 75 for _, f, _ in entries):
            fmts = {f for _, f, _ in entries}
            if len(fmts) == 1 and min(fmts) < 2000:
                vol = min(fmts)  # a wine held in one other bottle only
        pool = [e for e in entries if e[1] == vol and e[1] < 2000]
        units = 1
        if not pool:
            return ("none", None, [], None, "format not held")
    elif kind == "pour":
        if drink["category"] in ("bière", "soft"):
            return ("none", None, [], None, "not poured")
        fmts = sorted({f for _, f, _ in entries if f < 2000})
        ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        assert ordinary is not None, drink
        pool = [e for e in entries if e[1] == ordinary]
        units = r4(vol / ordinary)
    elif kind == "draught":
        pool = [e for e in entries if e[1] >= 2000]
        if not pool:
            return ("none", None, [], None, "not on draught")
        units = r4(vol / pool[0][1])
    else:
        raise ValueError(kind)
    vints = [e[2] for e in pool]
    if vint is not None and None in vints:
        raise ValueError("vintage on a non-vintage drink")
    if vint is None or vint in vints:
        if vint is None:
            best = max(pool, key=lambda e: e[2] or 0)
            also = [e[0] for e in sorted(pool, key=lambda e: e[2] or 0) if e is not best]
            return ("yes", best[0], also, units, "")
        best = next(e for e in pool if e[2] == vint)
        return ("yes", best[0], [], units, "")
    best = min(pool, key=lambda e: (abs(e[2] - vint), -e[2]))
    also = [e[0] for e in sorted(pool, key=lambda e: e[2]) if e is not best]
    return ("almost", best[0], also, units, "vintage %d not held" % vint)
