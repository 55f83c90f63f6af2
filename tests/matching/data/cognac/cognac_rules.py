"""The bench README's answer rules, applied to what the rendered label says."""
from cognac_tills import MEASURES

KEGS = (2000, 3000)


def make_library(drinks):
    """-> (rows for the jsonl, {key: drink dict with 'entries': [(id, vintage, fmt)]})"""
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, ents in drinks:
        d = {"key": key, "name": name, "producer": prod, "appellation": app, "region": reg,
             "country": ctry, "colour": col, "category": cat, "entries": []}
        for vint, fmt in ents:
            n += 1
            bid = "co%03d" % n
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": ctry, "colour": col, "category": cat,
                         "vintage": vint, "format_cl": fmt})
            d["entries"].append((bid, vint, fmt))
        assert key not in by_key, key
        by_key[key] = d
    return rows, by_key


def pour_format(d):
    fmts = sorted({f for _, _, f in d["entries"]})
    for f in (75, 70):
        if f in fmts:
            return f
    if len(fmts) == 1:
        return fmts[0]
    return None


def answer(d, measure, label_vintage):
    """-> (expect, beverage_id, also_ok, units, why)"""
    kind, cl = MEASURES[measure]
    if kind == "bottle":
        fmt = cl
    elif kind == "draught":
        kegs = [f for _, _, f in d["entries"] if f in KEGS]
        if not kegs:
            return "none", None, [], None, "not held on draught"
        fmt = kegs[0]
    else:
        fmt = pour_format(d)
        if fmt is None or fmt in KEGS or fmt in (37.5, 150):
            return "none", None, [], None, "no ordinary bottle to pour from"
    group = [(bid, v) for bid, v, f in d["entries"] if f == fmt]
    if not group:
        return "none", None, [], None, "format %s cl not held" % fmt
    units = 1 if kind == "bottle" else round(cl / fmt, 4)
    vints = [v for _, v in group]
    if all(v is None for v in vints):
        assert len(group) == 1 and label_vintage is None, (d["key"], measure, label_vintage)
        return "yes", group[0][0], [], units, ""
    assert None not in vints
    if label_vintage is None:
        group.sort(key=lambda x: -x[1])
        return "yes", group[0][0], [b for b, _ in group[1:]], units, ""
    for bid, v in group:
        if v == label_vintage:
            return "yes", bid, [], units, ""
    best = sorted(group, key=lambda x: (abs(x[1] - label_vintage), -x[1]))[0]
    others = [b for b, v in sorted(group, key=lambda x: x[1]) if b != best[0]]
    return ("almost", best[0], others, units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vints)))
