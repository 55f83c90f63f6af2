"""The bench README's answer rules, applied to what a rendered label says."""
from epinal_drinks import DRINKS

KEGS = (2000, 3000)
POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "C50": 50, "C25": 25, "CP": 12.5, "D": 4, "D2": 2,
           "DE": 25, "PI": 50}
GLASSY = ("G", "G12", "G15", "C50", "C25", "CP")


def build_library(prefix):
    lib, index = [], {}
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        for fmt in sorted(formats):
            for v in formats[fmt]:
                bid = "%s%03d" % (prefix, len(lib) + 1)
                fc = int(fmt) if float(fmt).is_integer() else fmt
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fc})
                index.setdefault(key, {}).setdefault(fmt, []).append((v, bid))
    return lib, index


def target_format(key, measure, index):
    """Format the label refers to, or None when the drink is not held so."""
    fmts = index[key]
    cat = next(d[7] for d in DRINKS if d[0] == key)
    wine = cat in ("vin", "champagne")
    plain = [f for f in fmts if f not in KEGS and f not in (37.5, 150)]
    if measure == "H":
        return 37.5 if 37.5 in fmts else None
    if measure == "M":
        return 150 if 150 in fmts else None
    if measure.startswith("S"):
        f = float(measure[1:])
        return f if f in fmts else None
    if measure == "B":
        if wine:
            return 75 if 75 in fmts else None
        return plain[0] if len(plain) == 1 else None
    if measure in GLASSY:
        if 75 in fmts:
            return 75
        return plain[0] if len(plain) == 1 and cat != "bière" else None
    if measure in ("D", "D2"):
        return plain[0] if len(plain) == 1 and not wine and cat != "bière" else None
    if measure in ("DE", "PI"):
        k = [f for f in fmts if f in KEGS]
        return k[0] if k else None
    return None


def answer(key, measure, vintage, index, names):
    """dict(expect, beverage_id, also_ok, units_per_sale, note) from the rendered label."""
    name = names[key]
    fmt = target_format(key, measure, index)
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                    "note": "%s: not held in the format the label means (%s)" % (name, measure or "bottle")}
    group = index[key][fmt]
    vints = [v for v, _ in group]
    units = 1 if measure not in POUR_CL else round(POUR_CL[measure] / fmt, 4)
    fmt_s = ("%g cl" % fmt)
    if vintage is not None:
        if vints == [None]:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        if vintage in vints:
            bid = dict(group)[vintage]
            return {"expect": "yes", "beverage_id": bid, "also_ok": [], "units_per_sale": units,
                        "note": "%s %s, %d" % (name, fmt_s, vintage)}
        best = min(vints, key=lambda v: (abs(v - vintage), -v))
        bid = dict(group)[best]
        return {"expect": "almost", "beverage_id": bid, "also_ok": [b for v, b in group if b != bid],
                    "units_per_sale": units,
                    "note": "%s %s: label vintage %d not in library, has %s" % (name, fmt_s, vintage, sorted(vints))}
    best = group[-1]
    return {"expect": "yes", "beverage_id": best[1], "also_ok": [b for v, b in group[:-1]],
                "units_per_sale": units, "note": "%s %s, no vintage on the label" % (name, fmt_s)}
