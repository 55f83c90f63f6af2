"""The bench README's answer rules, applied to a rendered label."""
from thai_tills import VOL

WINE_CATS = ("vin", "champagne")


def kind_of(e):
    c = e["category"]
    if c == "bière":
        return "beer"
    if c in ("spiritueux", "autre"):
        return "spirit"
    if c == "soft":
        return "soft"
    if c == "champagne" or e["colour"] == "effervescent":
        return "sp"
    if e["colour"] == "rosé" and "Crémant" in e["appellation"]:
        return "sp"
    if e["colour"] in ("rouge", "rosé"):
        return "r"
    return "w"


def ordinary(entries):
    """The drink's ordinary bottle: 75 cl if held, else its largest non-keg format."""
    fm = sorted({e["format_cl"] for e in entries if e["format_cl"] < 1000})
    return 75 if 75 in fm else fm[-1]


def target_format(entries, m):
    if m == "B":
        return 75
    if m == "H":
        return 37.5
    if m == "M":
        return 150
    if m[:1] in "ZN":
        return float(m[1:])
    if m[:1] == "D":
        kegs = [e["format_cl"] for e in entries if e["format_cl"] >= 1000]
        return kegs[0] if kegs else None
    return ordinary(entries)


def answer(entries, m, label_vintage):
    """entries: the library entries of one drink (same name, producer, appellation,
    colour). Returns (expect, beverage_id, also_ok, units, why)."""
    tf = target_format(entries, m)
    cand = [e for e in entries if tf is not None and abs(e["format_cl"] - tf) < 1e-9]
    if not cand:
        return "none", None, [], None, "format not held"
    units = 1 if m[:1] in "BHMZN" else round(VOL[m] / cand[0]["format_cl"], 4)
    if len(cand) == 1 and cand[0]["vintage"] is None:
        return "yes", cand[0]["id"], [], units, ""
    cand.sort(key=lambda e: e["vintage"])
    if label_vintage is None:
        best = cand[-1]
        return "yes", best["id"], [e["id"] for e in cand if e is not best], units, ""
    same = [e for e in cand if e["vintage"] == label_vintage]
    if same:
        return "yes", same[0]["id"], [], units, ""
    best = min(cand, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in cand if e is not best], units,
            "label vintage %d not in library, has %s" % (label_vintage, sorted(e["vintage"] for e in cand)))
