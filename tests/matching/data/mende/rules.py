"""The bench README's answer rules, applied to what the rendered label says."""
from tills import VOL


def library(drinks):
    lib, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, fmt, vints in drinks:
        for v in sorted(vints, key=lambda x: x or 0):
            n += 1
            e = {"id": "md%03d" % n, "name": name, "producer": prod, "appellation": app, "region": reg,
                 "country": ctry, "colour": col, "category": cat, "vintage": v, "format_cl": fmt}
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key


def units(serving, entry):
    fmt = entry["format_cl"]
    if serving in ("btl", "1/2", "mag", ""):
        want = {"btl": 75, "1/2": 37.5, "mag": 150}.get(serving)
        if serving == "btl" and entry["category"] not in ("vin", "champagne"):
            want = fmt
        if want is not None and want != fmt and not (serving == "btl" and fmt not in (37.5, 150)):
            raise ValueError("serving %s vs format %s" % (serving, fmt))
        return 1
    if serving.startswith("cl"):
        if float(serving[2:]) != fmt:
            raise ValueError("size %s vs format %s" % (serving, fmt))
        return 1
    if fmt in (37.5, 150) and entry["category"] in ("vin", "champagne"):
        raise ValueError("a glass never refers to a half bottle or magnum")
    return round(VOL[serving] / fmt, 4)


def answer(by_key, key, serving, vint):
    """-> (expect, beverage_id, also_ok, units)"""
    if key is None:
        return "none", None, [], None
    group = by_key[key]
    vs = [e["vintage"] for e in group]
    u = units(serving, group[0])
    if vs == [None]:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", group[0]["id"], [], u
    if vint is None:
        best = group[-1]
        return "yes", best["id"], [e["id"] for e in group if e is not best], u
    for e in group:
        if e["vintage"] == vint:
            return "yes", e["id"], [], u
    best = min(group, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))
    return "almost", best["id"], [e["id"] for e in group if e is not best], u
