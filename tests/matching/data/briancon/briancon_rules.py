"""The bench README's answer rules, applied to a RENDERED label."""
from briancon_tills import MEAS


def units(x):
    x = round(x, 4)
    return int(x) if x == int(x) else x


def target_format(entries, meas):
    """The format the label means, or None when the library holds no such format."""
    kind, vol = MEAS[meas]
    fmts = sorted({e["format_cl"] for e in entries})
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    cat = entries[0]["category"]
    if kind == "bottle":
        if vol is None:
            if cat in ("vin", "champagne"):
                return 75, 1
            assert len(bottles) == 1, entries[0]["name"]
            return bottles[0], 1
        return (vol, 1) if vol in bottles else (None, None)
    if kind == "pour":
        if 75 in bottles:
            return 75, vol / 75
        if len(bottles) == 1:
            return bottles[0], vol / bottles[0]
        raise AssertionError("no ordinary bottle for " + entries[0]["name"])
    if kegs:
        return kegs[0], vol / kegs[0]
    return None, None


def answer(entries, meas, vintage):
    """(expect, beverage_id, also_ok, units, detail) for a label about the wine `entries`."""
    fmt, u = target_format(entries, meas)
    same = [e for e in entries if e["format_cl"] == fmt] if fmt else []
    if not same:
        return "none", None, [], None, "format not held"
    held = sorted(e["vintage"] for e in same if e["vintage"] is not None)
    if vintage is not None:
        assert held, "vintage on a non-vintage drink"
        by = {e["vintage"]: e for e in same}
        if vintage in by:
            return "yes", by[vintage]["id"], [], units(u), ""
        best = min(held, key=lambda v: (abs(v - vintage), -v))
        others = [by[v]["id"] for v in held if v != best]
        return "almost", by[best]["id"], others, units(u), \
            "label vintage %d not in library, has %s" % (vintage, held)
    if held:
        assert len(held) == len(same)
        by = {e["vintage"]: e for e in same}
        best = held[-1]
        return "yes", by[best]["id"], [by[v]["id"] for v in held[:-1]], units(u), ""
    assert len(same) == 1
    return "yes", same[0]["id"], [], units(u), ""
