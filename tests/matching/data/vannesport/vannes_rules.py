"""The bench README's answer rules, applied to what the rendered label says."""
KEGS = (2000, 3000)
WINE_CATS = ("vin", "champagne")


def fmt_id_table(drinks, prefix):
    """Library rows and {(key, format_cl, vintage): id}."""
    rows, ids, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in drinks:
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                bid = "%s%03d" % (prefix, n)
                ids[(key, f, v)] = bid
                fc = int(f) if float(f).is_integer() else f
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": ctry, "colour": col, "category": cat,
                             "vintage": v, "format_cl": fc})
    return rows, ids


def answer(fam, ids, measure, vintage):
    """fam: a DRINKS tuple or None; measure: ('btl', cl|None) or ('pour', cl) or None.
    Returns (expect, beverage_id, also_ok, units, why)."""
    if fam is None:
        return "none", None, [], None, ""
    key, cat, fmts = fam[0], fam[7], fam[8]
    kind, cl = measure
    kegs = [f for f in fmts if f in KEGS]
    bottles = [f for f in fmts if f not in KEGS]
    if kind == "btl":
        if cl is None:
            if cat in WINE_CATS:
                cl = 75
            elif len(bottles) == 1:
                cl = bottles[0]
            else:
                raise ValueError("bare bottle of %s with several formats" % key)
        if cl not in bottles:
            return "none", None, [], None, "format not held (%s cl)" % cl
        fmt, units = cl, 1
    else:
        if kegs:
            fmt = kegs[0]
        elif cat == "bière":
            return "none", None, [], None, "not on draught"
        elif 75 in bottles:
            fmt = 75
        elif len(bottles) == 1:
            fmt = bottles[0]
        else:
            raise ValueError("pour of %s without an ordinary bottle" % key)
        units = round(cl / fmt, 4)
    vints = sorted(fmts[fmt], key=lambda x: x or 0)
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        return "yes", ids[(key, fmt, None)], [], units, ""
    if vintage is None:
        best = vints[-1]
        return "yes", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in vints if v != best], units, ""
    if vintage in vints:
        return "yes", ids[(key, fmt, vintage)], [], units, ""
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in vints if v != best],
            units, "label vintage %d not held, has %s" % (vintage, vints))
