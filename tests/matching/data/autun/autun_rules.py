"""The bench README's answer rules, applied to a rendered label."""
from autun_tills import POUR_CL, SIZE_CL

COUNTRY = {"Écosse": "Royaume-Uni", "Angleterre": "Royaume-Uni", "Irlande": "Irlande",
           "États-Unis": "États-Unis", "Venezuela": "Venezuela", "Suède": "Suède",
           "Belgique": "Belgique", "Pays-Bas": "Pays-Bas", "Douro": "Portugal"}


def build_library(drinks):
    lib, by_key = [], {}
    n = 0
    for key, name, prod, app, region, colour, cat, entries in drinks:
        by_key[key] = []
        for fmt, vint in entries:
            n += 1
            e = {"id": "at%03d" % n, "name": name, "producer": prod, "appellation": app,
                 "region": region, "country": COUNTRY.get(region, "France"),
                 "colour": colour, "category": cat, "vintage": vint, "format_cl": fmt}
            lib.append(e)
            by_key[key].append(e)
    return lib, by_key


def target_format(entries, measure):
    """The format of the entry a measure asks for, and the units one sale consumes."""
    fmts = sorted({e["format_cl"] for e in entries})
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    if measure in ("DEMI", "PINTE"):
        if kegs:
            return kegs[0], POUR_CL[measure] / kegs[0]
        return None, None
    if measure == "B":
        if 75 in bottles:
            return 75, 1
        if len(bottles) == 1:
            return bottles[0], 1
        return None, None
    if measure in SIZE_CL:
        f = SIZE_CL[measure]
        return (f, 1) if f in bottles else (None, None)
    if measure in POUR_CL:
        if 75 in bottles:
            ordinary = 75
        elif len(bottles) == 1:
            ordinary = bottles[0]
        else:
            return None, None
        return ordinary, POUR_CL[measure] / ordinary
    raise ValueError(measure)


def fmt_units(u):
    u = round(u, 4)
    return 1 if u == 1 else u


def answer(entries, measure, label_vintage):
    """(expect, beverage_id, also_ok, units, reason) for a drink of the library."""
    fmt, units = target_format(entries, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    same = [e for e in entries if e["format_cl"] == fmt]
    vints = [e["vintage"] for e in same]
    if label_vintage is None or vints == [None]:
        assert label_vintage is None, "vintage on a non-vintage drink"
        best = max(same, key=lambda e: e["vintage"] or 0)
        return "yes", best["id"], [e["id"] for e in same if e is not best], fmt_units(units), ""
    for e in same:
        if e["vintage"] == label_vintage:
            return "yes", e["id"], [], fmt_units(units), ""
    best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in same if e is not best], fmt_units(units),
            "label vintage %d not in library, has %s" % (label_vintage, sorted(vints)))
