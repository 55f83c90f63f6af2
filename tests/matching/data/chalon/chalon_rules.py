"""The bench README's answer rules, applied to a rendered label."""
from chalon_tills import POUR_CL


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def resolve(entries_by_key, key, measure):
    """The entries (same wine, same format) a sale of `measure` of drink `key` draws on,
    and the units one sale consumes; ([], None) when the library holds no such format."""
    held = entries_by_key[key]
    kind = measure[0]
    if kind == "btl":
        group = [e for e in held if e["format_cl"] == measure[1]]
        return group, 1
    if kind in ("demi", "pinte"):
        group = [e for e in held if e["format_cl"] >= 2000]
    else:
        group = [e for e in held if e["format_cl"] == 75]
        if not group:
            fmts = {e["format_cl"] for e in held}
            group = held if len(fmts) == 1 and min(fmts) < 2000 else []
    if not group:
        return [], None
    return group, round(POUR_CL[kind] / group[0]["format_cl"], 4)


def answer(group, label_vintage):
    """(expect, beverage entry, also_ok entries)."""
    if not group:
        return "none", None, []
    vintages = [e["vintage"] for e in group]
    if label_vintage is None or all(v is None for v in vintages):
        best = max(group, key=lambda e: e["vintage"] or 0)
        return "yes", best, [e for e in group if e is not best]
    for e in group:
        if e["vintage"] == label_vintage:
            return "yes", e, []
    best = min(group, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return "almost", best, [e for e in group if e is not best]
