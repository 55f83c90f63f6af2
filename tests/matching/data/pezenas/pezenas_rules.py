"""The bench README's answer rules, applied to what a rendered label says."""
from pezenas_drinks import DRINKS
from pezenas_tills import MEASURES

PREFIX = "PZN"
FIELDS = ["key", "name", "producer", "appellation", "region", "country", "colour",
          "category", "formats"]


def load():
    """Library entries (in id order) and the drinks by key with their entries."""
    entries, drinks, n = [], {}, 0
    for row in DRINKS:
        d = dict(zip(FIELDS, row, strict=False))
        d["entries"] = {}
        for fmt in sorted(d["formats"]):
            for v in sorted(d["formats"][fmt], key=lambda x: -1 if x is None else x):
                n += 1
                e = {"id": f"{PREFIX}{n:03d}", "name": d["name"], "producer": d["producer"],
                     "appellation": d["appellation"], "region": d["region"],
                     "country": d["country"], "colour": d["colour"],
                     "category": d["category"], "vintage": v, "format_cl": fmt}
                entries.append(e)
                d["entries"].setdefault(fmt, []).append(e)
        drinks[d["key"]] = d
    return entries, drinks


def ordinary(d):
    """The drink's ordinary bottle: 75 cl, else its only format that is no half, magnum or keg."""
    fmts = [f for f in d["formats"] if f < 2000]
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    return rest[0] if len(rest) == 1 else None


def target_format(d, meas, volume=None):
    """(format_cl the label refers to or None, volume poured or None for a bottle)."""
    if meas == "V":                      # the cave's content field
        return volume, None
    kind, vol = MEASURES[meas]
    if kind == "bottle":
        return (ordinary(d) if vol is None else vol), None
    if kind == "only":
        fmts = [f for f in d["formats"] if f < 2000]
        return (fmts[0] if len(fmts) == 1 else None), None
    if kind == "pour":
        return ordinary(d), vol
    if kind == "draught":
        kegs = [f for f in d["formats"] if f >= 2000]
        return (kegs[0] if kegs else None), vol
    raise ValueError(meas)


def answer(d, meas, vintage, volume=None):
    """expect, beverage_id, also_ok, units_per_sale, note-reason for a drink-bearing label."""
    fmt, pour = target_format(d, meas, volume)
    what = f"{d['name']} ({d['producer']})"
    if fmt is None or fmt not in d["entries"]:
        held = ", ".join(f"{f:g}" for f in sorted(d["entries"]))
        return "none", None, [], None, f"{what} not held in that format (held: {held} cl)"
    ents = d["entries"][fmt]
    units = 1 if pour is None else round(pour / fmt, 4)
    vints = [e["vintage"] for e in ents]
    if vints == [None]:
        if vintage is not None:
            return "none", None, [], None, f"{what}: a vintage cuvée ({vintage}) not held"
        return "yes", ents[0]["id"], [], units, what
    if vintage is None:
        best = max(ents, key=lambda e: e["vintage"])
        others = [e["id"] for e in ents if e is not best]
        return "yes", best["id"], others, units, what + (f": no vintage on the label, most recent of {sorted(vints)}" if others else "")
    for e in ents:
        if e["vintage"] == vintage:
            return "yes", e["id"], [], units, what
    best = min(ents, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    others = [e["id"] for e in ents if e is not best]
    return "almost", best["id"], others, units, f"{what}: label vintage {vintage} not in library, has {sorted(vints)}"
