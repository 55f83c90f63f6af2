"""The bench README's answer rules, applied to what a rendered label says (measure, vintage)."""
from laon_drinks import DRINKS

POUR_CODES = (2, 4, 12, 15, 25, 50)


def library():
    """The library entries in order, and per drink key {format: {vintage: id}}."""
    rows, index, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        index[key] = {}
        for fmt in sorted(formats):
            index[key][fmt] = {}
            for vin in sorted(formats[fmt], key=lambda v: v or 0):
                n += 1
                bid = "la%03d" % n
                index[key][fmt][vin] = bid
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": vin,
                             "format_cl": int(fmt) if fmt == int(fmt) else fmt})
    return rows, index


DRINK = {d[0]: d for d in DRINKS}


def ordinary(key):
    formats = DRINK[key][8]
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return next(iter(formats))
    return None


def fmt_txt(f):
    return ("%g" % f) + " cl"


def answer(key, measure, vintage, index):
    """-> (expect, beverage_id, also_ok, units, why)."""
    d = DRINK[key]
    cat = d[7]
    formats = index[key]
    units = 1
    if measure is None:
        raise ValueError("a library drink needs a measure: " + key)
    if measure[0] == "code":
        v = measure[1]
        if v in formats:
            measure = ("bottle", v)
        elif v in POUR_CODES:
            kind = "draught" if cat == "bière" else ("dose" if v < 12 else "glass")
            measure = ("pour", v, kind)
        else:
            return "none", None, [], None, "no %s bottle of it in the library" % fmt_txt(v)
    if measure[0] == "bottle":
        f = measure[1] if measure[1] is not None else ordinary(key)
        if f is None:
            raise ValueError("bottle without size of a drink held in several sizes: " + key)
        if f not in formats:
            return "none", None, [], None, "no %s bottle of it in the library" % fmt_txt(f)
    else:
        vol, kind = measure[1], measure[2]
        if kind == "draught":
            kegs = [f for f in formats if f >= 2000]
            if not kegs:
                return "none", None, [], None, "a draught measure of a beer held only in bottle"
            f = kegs[0]
        else:
            f = ordinary(key)
            if f is None or f >= 2000:
                return "none", None, [], None, "a pour with no ordinary bottle"
        units = round(vol / f, 4)
    vins = formats[f]
    held = sorted(vins, key=lambda v: v or 0)
    if held == [None]:
        if vintage is not None:
            raise ValueError("label vintage on a non-vintage drink: " + key)
        return "yes", vins[None], [], units, ""
    if vintage is None:
        best = held[-1]
        return ("yes", vins[best], [vins[v] for v in held if v != best], units,
                "no vintage on the label: most recent" if len(held) > 1 else "")
    if vintage in vins:
        return "yes", vins[vintage], [], units, ""
    best = sorted(held, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", vins[best], [vins[v] for v in held if v != best], units,
            "label vintage %d not held, has %s" % (vintage, held))
