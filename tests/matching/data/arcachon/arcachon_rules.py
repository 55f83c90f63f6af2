"""The bench README's answer rules, applied to a rendered label."""
from arcachon_tills import FORMATS, POURS

COUNTRY = {"hendricks": "Écosse", "glenmo_10": "Écosse", "glenmo_18": "Écosse",
           "nikka_ftb": "Japon", "leffe_b": "Belgique", "chouffe": "Belgique",
           "hoegaarden": "Belgique", "corona": "Mexique", "troisrivieres_vsop": "France",
           "coca": "France", "cocazero": "France"}


def family(d):
    key, _name, _prod, app, _reg, colour, cat, _fmts = d
    if cat == "champagne" or (app or "").startswith("Crémant"):
        return "bul"
    if cat == "vin":
        return {"blanc": "b", "rouge": "r", "rosé": "rs", "liquoreux": "lq",
                "effervescent": "bul"}[colour]
    if cat == "autre" or key == "pastis51":
        return "ape"
    return {"spiritueux": "alc", "bière": "bier", "soft": "soft"}[cat]


def fmt_str(f):
    return ("%g" % f).replace(".", ",")


def resolve(drink, entries, meas, vint, printed):
    """drink: the DRINKS row; entries: {(format, vintage): id}; returns the answer."""
    _key, name = drink[0], drink[1]
    fmts = sorted({f for f, _ in entries})
    is_wine = drink[6] in ("vin", "champagne")
    is_beer = drink[6] == "bière"
    v = vint if printed else None
    cut = vint is not None and not printed
    if meas == "demi" and is_wine:
        meas = "half"
    if meas in POURS:
        vol = POURS[meas]
        if meas in ("demi", "pinte"):
            src = [f for f in fmts if f >= 1000] if is_beer else []
        elif is_wine:
            src = [75] if 75 in fmts else (fmts if len(fmts) == 1 else [])
        else:
            src = fmts if len(fmts) == 1 else [f for f in fmts if f in (70, 75, 100)][:1]
        if is_beer and meas not in ("demi", "pinte"):
            src = []
        if not src:
            return None, "%s: no %s of it held" % (name, meas)
        f = src[0]
        units = round(vol / f, 4)
    else:
        f = FORMATS[meas]
        if f is None:
            if is_wine:
                f = 75
            elif len([x for x in fmts if x < 1000]) == 1:
                f = next(x for x in fmts if x < 1000)
            else:
                return None, "%s: no such bottle held (%s)" % (name, fmts)
        if f not in fmts or f >= 1000:
            return None, "%s: %s cl not held" % (name, fmt_str(f))
        units = 1
    held = sorted(vv for (ff, vv) in entries if ff == f)
    label = "%s (%s cl)" % (name, fmt_str(f))
    if held == [None]:
        return {"expect": "yes", "beverage_id": entries[(f, None)], "also_ok": [],
                    "vintage": v, "units": units, "note": label}, None
    if v is None:
        best = held[-1]
        note = label + (" [%d cut off by the till]" % vint if cut else "")
        return {"expect": "yes", "beverage_id": entries[(f, best)],
                    "also_ok": [entries[(f, x)] for x in held if x != best],
                    "vintage": None, "units": units, "note": note}, None
    if v in held:
        return {"expect": "yes", "beverage_id": entries[(f, v)], "also_ok": [], "vintage": v,
                    "units": units, "note": "%s %d" % (label, v)}, None
    best = sorted(held, key=lambda x: (abs(x - v), -x))[0]
    return {"expect": "almost", "beverage_id": entries[(f, best)],
                "also_ok": [entries[(f, x)] for x in held if x != best], "vintage": v,
                "units": units, "note": "%s: label vintage %d not held, has %s" % (label, v, held)}, None
