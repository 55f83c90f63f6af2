"""The bench README's answer rules, applied to a rendered label's measure and vintage."""

WINE_BOTTLES = (37.5, 75, 150, 300)


def ordinary(fmts):
    if 75 in fmts:
        return 75
    if len(fmts) != 1:
        raise ValueError(f"no ordinary bottle among {fmts!r}")
    return fmts[0]


def resolve_format(group, kind, cl):
    """group: {format_cl: [entries]} of one drink.  -> (format, units) or (None, reason)."""
    e0 = next(iter(group.values()))[0]
    cat = e0["category"]
    fmts = list(group)
    keg = [f for f in fmts if f >= 2000]
    winey = cat in ("vin", "champagne")
    if kind == "vol":
        if cl in fmts:
            kind = "bottle"
        elif keg:
            kind = "pour"
        elif winey:
            kind = "bottle" if cl in WINE_BOTTLES else "pour"
        elif cat in ("spiritueux", "autre"):
            kind = "pour" if cl <= 15 else "bottle"
        else:
            kind = "bottle"
    if kind == "bottle":
        if keg:
            raise ValueError("bottle of a keg")
        fmt = cl if cl is not None else (75 if winey else ordinary(fmts))
        if fmt not in fmts:
            return None, "{:g} cl not held (library has {})".format(
                fmt, "/".join(f"{f:g}" for f in fmts)
            )
        return fmt, 1
    if kind == "pour":
        if cat == "soft":
            raise ValueError("pour of a soft")
        if cat == "bière":
            if not keg:
                return None, "no draught: bottled beer only"
            return keg[0], round(cl / keg[0], 4)
        if cl in (25, 50) and cat in ("spiritueux",):
            raise ValueError("pichet of a spirit")
        o = ordinary(fmts)
        return o, round(cl / o, 4)
    raise ValueError(kind)


def answer(group, kind, cl, vintage):
    """-> (expect, entry, also_ok ids, units, extra note)."""
    fmt, units = resolve_format(group, kind, cl)
    if fmt is None:
        return "none", None, [], None, units
    ents = group[fmt]
    vins = [e["vintage"] for e in ents]
    if vins == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", ents[0], [], units, ""
    if vintage in vins:
        return "yes", ents[vins.index(vintage)], [], units, ""
    if vintage is None:
        best = max(ents, key=lambda e: e["vintage"])
        return "yes", best, [e["id"] for e in ents if e is not best], units, ""
    best = min(ents, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    extra = ": label vintage %d not in library, has [%s]" % (
        vintage,
        ", ".join(str(v) for v in vins),
    )
    return "almost", best, [e["id"] for e in ents if e is not best], units, extra
