"""The bench README's answer rules, applied to a rendered label."""
from tills_gueret import VOLUME

SAME = ("name", "producer", "appellation", "colour", "format_cl")


def group(lib, e):
    return [x for x in lib if all(x[k] == e[k] for k in SAME)]


def units(lib, e, measure):
    if measure == "PACK6":
        return 6
    if measure in VOLUME:
        if measure in ("VRE", "CP", "Q25", "P50", "L100"):
            sib = [x for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))]
            fmts = {x["format_cl"] for x in sib}
            assert e["format_cl"] == 75 or 75 not in fmts, ("glass must pour from the 75 cl", e)
        return round(VOLUME[measure] / e["format_cl"], 4)
    return 1


def answer(lib, e, measure, label_vintage):
    """(expect, beverage_id, also_ok, note_suffix) for a label meaning entry e's wine."""
    g = group(lib, e)
    vints = sorted({x["vintage"] for x in g if x["vintage"] is not None})
    if label_vintage is None or not vints:
        best = max(g, key=lambda x: x["vintage"] or 0)
        return "yes", best["id"], [x["id"] for x in g if x is not best], ""
    hit = [x for x in g if x["vintage"] == label_vintage]
    if hit:
        return "yes", hit[0]["id"], [], ""
    best = min(g, key=lambda x: (abs(x["vintage"] - label_vintage), -x["vintage"]))
    return ("almost", best["id"], [x["id"] for x in g if x is not best],
            ": label vintage %d not in library, has %s" % (label_vintage, vints))
