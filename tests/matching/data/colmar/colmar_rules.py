"""The bench README's answer rules, applied to what the rendered label says."""

KEG_MIN = 2000


def fmt_str(cl):
    return f"{cl:g}"


def target_format(kind, cl, category, formats):
    """The library format a measure refers to, or (None, reason)."""
    bottles = sorted(f for f in formats if f < KEG_MIN)
    if kind == "bottle":
        if cl is None:
            if category == "vin":
                cl = 75
            elif len(bottles) == 1:
                cl = bottles[0]
            else:
                raise ValueError("bottle without size of a drink held in several sizes")
        return (cl, None) if cl in formats else (None, f"format not held ({fmt_str(cl)} cl)")
    if kind == "pour":
        if category in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        if 75 in formats:
            return 75, None
        if len(bottles) == 1:
            return bottles[0], None
        return None, "no ordinary bottle"
    if kind == "draught":
        kegs = [f for f in formats if f >= KEG_MIN]
        return (kegs[0], None) if kegs else (None, "not on draught")
    raise ValueError(kind)


def answer(entries, measure, vintage):
    """entries: library rows of one drink (all formats). measure: (kind, cl).
    -> dict(expect, beverage_id, also_ok, units_per_sale, why)"""
    cat = entries[0]["category"]
    formats = sorted({e["format_cl"] for e in entries})
    kind, cl = measure
    f, why = target_format(kind, cl, cat, formats)
    if f is None:
        return {
            "expect": "none",
            "beverage_id": None,
            "also_ok": [],
            "units_per_sale": None,
            "why": why,
        }
    rows = sorted(
        (e for e in entries if e["format_cl"] == f), key=lambda e: e["vintage"] or 0, reverse=True
    )
    units = 1 if kind == "bottle" else round(cl / f, 4)
    if rows[0]["vintage"] is None:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return {
            "expect": "yes",
            "beverage_id": rows[0]["id"],
            "also_ok": [],
            "units_per_sale": units,
            "why": "",
        }
    if vintage is None:
        return {
            "expect": "yes",
            "beverage_id": rows[0]["id"],
            "also_ok": [e["id"] for e in rows[1:]],
            "units_per_sale": units,
            "why": "",
        }
    for e in rows:
        if e["vintage"] == vintage:
            return {
                "expect": "yes",
                "beverage_id": e["id"],
                "also_ok": [],
                "units_per_sale": units,
                "why": "",
            }
    best = min(rows, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return {
        "expect": "almost",
        "beverage_id": best["id"],
        "also_ok": [e["id"] for e in rows if e is not best],
        "units_per_sale": units,
        "why": "label vintage %d not held, has %s" % (vintage, sorted(e["vintage"] for e in rows)),
    }
