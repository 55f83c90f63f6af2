"""The bench README's answer rules, applied to what the rendered label says."""
from hyeres_drinks import D


def library():
    """[(id, key, entry-dict)] in id order."""
    out, n = [], 0
    for key, (name, prod, app, reg, ctry, col, cat, pairs) in D.items():
        for vint, fmt in pairs:
            n += 1
            out.append(("hy%03d" % n, key, {
                "id": "hy%03d" % n, "name": name, "producer": prod, "appellation": app,
                "region": reg, "country": ctry, "colour": col, "category": cat,
                "vintage": vint, "format_cl": fmt}))
    return out


LIB = library()


def entries(key):
    return [e for _, k, e in LIB if k == key]


def ordinary_format(key):
    fmts = sorted({e["format_cl"] for e in entries(key)})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    return None


def units(x):
    x = round(x, 4)
    return 1 if x == 1 else x


def resolve(key, parsed):
    """-> (expect, beverage_id, also_ok, units, note-extra) ; expect 'none' when the format
    the label asks for is not held."""
    kind, vol = parsed["measure"]
    ents = entries(key)
    if not ents:
        raise KeyError(key)
    cat = ents[0]["category"]
    if kind == "bottle":
        fmt = vol if vol else ordinary_format(key)
        if fmt is None:
            raise ValueError("bottle without format for multi-format " + key)
        u = 1
    else:
        fmt = ordinary_format(key)
        if fmt is None:
            raise ValueError("pour of multi-format " + key)
        if cat == "bière" and fmt < 2000:
            return ("none", None, [], None, "a %g cl pour of a bottled beer" % vol)
        if cat == "soft":
            raise ValueError("pour of a soft " + key)
        u = units(vol / fmt)
    group = [e for e in ents if e["format_cl"] == fmt]
    if not group:
        return ("none", None, [], None, "%g cl not held for this drink" % fmt)
    vs = [e["vintage"] for e in group]
    v = parsed["vintage"]
    if vs == [None]:
        if v:
            raise ValueError("vintage on a non-vintage drink " + key)
        return ("yes", group[0]["id"], [], u, "")
    if None in vs:
        raise ValueError("mixed vintages " + key)
    byv = {e["vintage"]: e["id"] for e in group}
    if v in byv:
        return ("yes", byv[v], [], u, "")
    if v is None:
        best = max(byv)
        return ("yes", byv[best], [byv[x] for x in sorted(byv) if x != best], u, "")
    best = min(byv, key=lambda x: (abs(x - v), -x))
    return ("almost", byv[best], [byv[x] for x in sorted(byv) if x != best], u,
            ": label vintage %d not in library, has %s" % (v, sorted(byv)))
