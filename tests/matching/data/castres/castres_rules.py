"""The bench README's rules: from a drink family, the measure and the vintage read back
from the rendered label, the expected answer."""


def num(x):
    """A format or units value as JSON would print it (75 not 75.0)."""
    return int(x) if float(x).is_integer() else x


def target_format(family, meas):
    """(format_cl, units, reason) for the measure on this family; format None = not held."""
    cat = family[0]["category"]
    formats = sorted({e["format_cl"] for e in family})
    kind, cl = meas if meas else ("btl", None)
    if kind == "demi":
        kind, cl = ("draught", 25) if cat == "bière" else ("btl", 37.5)
    if kind == "btl":
        if cl is None:
            if cat in ("vin", "champagne"):
                cl = 75
            elif len(formats) == 1:
                cl = formats[0]
            else:
                raise ValueError(f"bottle without a size for {family[0]['name']}")
        return (cl if cl in formats else None), 1, f"no {num(cl)} cl entry"
    if kind == "draught":
        if cat != "bière":
            raise ValueError("draught on a non-beer")
        kegs = [f for f in formats if f >= 2000]
        if not kegs:
            return None, None, "not on draught (no keg)"
        return kegs[0], round(cl / kegs[0], 4), ""
    if kind == "pour":
        if cat in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        if 75 in formats:
            fmt = 75
        else:
            ordinary = [f for f in formats if f not in (37.5, 150)]
            if len(ordinary) != 1:
                raise ValueError("no ordinary bottle")
            fmt = ordinary[0]
        return fmt, round(cl / fmt, 4), ""
    raise ValueError(kind)


def answer(family, meas, vintage):
    """(expect, beverage_id, also_ok, units, note-detail) by the bench README."""
    fmt, units, why = target_format(family, meas)
    if fmt is None:
        return "none", None, [], None, why
    entries = [e for e in family if e["format_cl"] == fmt]
    vints = [e["vintage"] for e in entries]
    units = num(units)
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", entries[0]["id"], [], units, ""
    if None in vints:
        raise ValueError("mixed vintages")
    if vintage is None:
        best = max(entries, key=lambda e: e["vintage"])
        return "yes", best["id"], [e["id"] for e in entries if e is not best], units, ""
    same = [e for e in entries if e["vintage"] == vintage]
    if same:
        return "yes", same[0]["id"], [], units, ""
    best = min(entries, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    has = sorted(vints)
    return ("almost", best["id"], [e["id"] for e in entries if e is not best], units,
            f"label vintage {vintage} not in library, has {has}")
