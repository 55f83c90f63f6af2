"""The bench README's answer rules, applied to what was read back from the label."""


def ordinary(rows):
    """The bottle a pour refers to: the 75 cl entry, else the only format that
    is neither a half, a magnum nor a keg."""
    fmts = {r["format_cl"] for r in rows}
    if 75 in fmts:
        return 75
    rest = sorted(f for f in fmts if f not in (37.5, 150) and f < 2000)
    return rest[0] if len(rest) == 1 else None


def answer(rows, read):
    """rows: the library entries of the drink; read: the label read back.
    Returns (expect, entry, also_ok, units, reason)."""
    kind, val, fmt = read["kind"], read["val"], read["fmt"]
    cat = rows[0]["category"]
    fmts = {r["format_cl"] for r in rows}
    if kind == "bottle":
        if val is None:
            if cat in ("vin", "champagne"):
                val = 75
            else:
                bottles = [f for f in fmts if f < 2000]
                if len(bottles) != 1:
                    raise ValueError("bare bottle of a drink with several bottle sizes")
                val = bottles[0]
        target, units = val, 1
        why = "format not held"
    elif kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        target = fmt if fmt is not None else (kegs[0] if kegs else None)
        if fmt is None and len(kegs) > 1:
            raise ValueError("two kegs")
        units = round(val / target, 4) if target else None
        why = "not on draught" if not kegs else "keg size not held"
    elif kind == "pour":
        target = ordinary(rows)
        if fmt is not None and target is not None and fmt != target:
            raise ValueError(f"pour from a {fmt} catalogue format, ordinary is {target}")
        units = round(val / target, 4) if target else None
        why = "no ordinary bottle to pour from"
    else:
        raise ValueError("a drink without measure")
    cands = [r for r in rows if r["format_cl"] == target]
    if not cands:
        return "none", None, [], None, why
    vs = sorted((r for r in cands), key=lambda r: r["vintage"] or 0)
    v = read["vintage"]
    if v is None:
        best = vs[-1]
        return "yes", best, [r for r in vs if r is not best], units, ""
    hit = [r for r in vs if r["vintage"] == v]
    if hit:
        return "yes", hit[0], [], units, ""
    if vs[0]["vintage"] is None:
        raise ValueError("vintage on a non-vintage drink")
    best = min(vs, key=lambda r: (abs(r["vintage"] - v), -r["vintage"]))
    return "almost", best, [r for r in vs if r is not best], units, f"label vintage {v} not held"
