"""The bench README's answer rules, applied to a case whose label is already rendered."""
from nimes_tills import MEASURES

PASTIS = {"p51", "ricard", "bardouin", "berger"}
PASTIS_NAMES = {"Pastis 51", "Ricard", "Pastis Henri Bardouin", "Berger Blanc"}


def family(conn, drink):
    cat, col = drink["category"], drink["colour"]
    if conn == "salle":
        if cat in ("vin", "champagne"):
            return {"rouge": "rouge", "blanc": "blanc", "rosé": "rosé", "effervescent": "bulles",
                    "liquoreux": "vins doux"}[col]
        if drink.get("_key") in PASTIS or drink["name"] in PASTIS_NAMES:
            return "anisés"
        return {"bière": "bières", "autre": "apéritifs", "spiritueux": "alcools", "soft": "softs"}[cat]
    if conn == "bodega":
        if cat in ("vin", "champagne"):
            return {"rouge": "Vins rouges", "blanc": "Vins blancs", "rosé": "Vins rosés",
                    "effervescent": "Bulles", "liquoreux": "Vins doux"}[col]
        if cat == "bière":
            return "Pression" if drink["format_cl"] >= 2000 else "Bouteilles"
        if drink["name"] in PASTIS_NAMES:
            return "Anisés"
        return {"autre": "Apéros", "spiritueux": "Alcools", "soft": "Softs"}[cat]
    return None


def target_format(meas, group):
    """The format a measure asks for, given the formats the drink holds (None = not held)."""
    fmts = sorted({e["format_cl"] for _, e in group})
    wine = group[0][1]["category"] in ("vin", "champagne")
    if meas.startswith("cl:"):
        f = float(meas[3:])
        f = int(f) if f == int(f) else f
        return f if f in fmts else None
    vol, kind = MEASURES[meas]
    if kind == "bottle":
        if wine:
            return 75 if 75 in fmts else None
        return fmts[0] if len(fmts) == 1 else None
    if kind == "own":
        return fmts[0] if len(fmts) == 1 else None
    if kind == "half":
        return 37.5 if 37.5 in fmts else None
    if kind == "mag":
        return 150 if 150 in fmts else None
    if kind == "b50":
        return 50 if 50 in fmts else None
    if kind == "pour":
        if 75 in fmts:
            return 75
        cand = [f for f in fmts if f < 2000 and f not in (37.5, 150)]
        return cand[0] if len(cand) == 1 else None
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    return None


def answer(key, meas, label_vintage, lib):
    """-> (expect, beverage_id, also_ok, units, why)"""
    group = [(i, e) for i, (k, e) in lib if k == key]
    fmt = target_format(meas, group)
    if fmt is None:
        return "none", None, [], None, "format not held"
    ents = sorted([(i, e) for i, e in group if e["format_cl"] == fmt],
                  key=lambda x: -(x[1]["vintage"] or 0))
    vol, kind = MEASURES.get(meas, (None, "own"))
    units = 1 if kind in ("bottle", "half", "mag", "b50", "own") or meas.startswith("cl:") else round(vol / fmt, 4)
    vints = [e["vintage"] for _, e in ents]
    if label_vintage is None or vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", ents[0][0], [i for i, _ in ents[1:]], units, ""
    for i, e in ents:
        if e["vintage"] == label_vintage:
            return "yes", i, [], units, ""
    best = min(ents, key=lambda x: (abs(x[1]["vintage"] - label_vintage), -x[1]["vintage"]))
    return ("almost", best[0], [i for i, _ in ents if i != best[0]], units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vints)))
