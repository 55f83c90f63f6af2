"""The bench README's answer rules, applied to a RENDERED label and the drink the staff meant."""
from tulle_tills import F_POURS, MEASURES, read_back


def ordinary(entries):
    fmts = {e["format_cl"] for e in entries}
    if 75 in fmts:
        return 75
    rest = fmts - {37.5, 150}
    return rest.pop() if len(rest) == 1 else None


def fmt_word(f):
    return ("%g cl" % f)


def resolve(by_key, key, till, label):
    """-> (expect, beverage_id, also_ok, units, note, vintage_read)"""
    vin, meas, vol = read_back(till, label)
    if key == "-":
        return "none", None, [], None, None, vin
    ents = by_key[key]
    e0 = ents[0]
    who = "%s (%s)" % (e0["name"], e0["producer"])
    beer = e0["category"] == "bière"
    if till == "F":
        if meas == "x":
            return "none", None, [], None, who + ": not sold as a drink", vin
        if any(e["format_cl"] == vol for e in ents) and vol < 2000:
            kind = "bottle"
        elif vol in F_POURS:
            kind = "pour"
        else:
            kind = "bottle"
    else:
        kind, vol = MEASURES[meas or "btl"]
    if kind == "none":
        return "none", None, [], None, who + ": not sold as a drink", vin
    if kind == "bottle":
        fmt = vol if vol is not None else ordinary(ents)
        cands = [e for e in ents if e["format_cl"] == fmt and fmt is not None and fmt < 2000]
        if not cands:
            what = fmt_word(fmt) if fmt else "ordinary"
            return "none", None, [], None, who + ": no %s bottle held" % what, vin
        units = 1
    else:
        if beer:
            cands = [e for e in ents if e["format_cl"] >= 2000]
            if not cands:
                return "none", None, [], None, who + ": held in bottles only, not on draught", vin
        elif e0["category"] == "soft":
            return "none", None, [], None, who + ": a soft is sold by the bottle, never poured", vin
        else:
            if meas in ("demi", "pinte"):
                return "none", None, [], None, who + ": a beer measure on a non-beer", vin
            fmt = ordinary(ents)
            cands = [e for e in ents if e["format_cl"] == fmt]
            if not cands:
                return "none", None, [], None, who + ": no ordinary bottle to pour from", vin
        units = round(vol / cands[0]["format_cl"], 4)
    vints = [e["vintage"] for e in cands]
    if all(v is None for v in vints):
        if vin is not None:
            raise ValueError("vintage on a non-vintage drink: %r" % label)
        return "yes", cands[0]["id"], [], units, who, vin
    by_v = sorted(cands, key=lambda e: e["vintage"])
    if vin is None:
        best = by_v[-1]
        return "yes", best["id"], [e["id"] for e in cands if e is not best], units, who, vin
    for e in cands:
        if e["vintage"] == vin:
            return "yes", e["id"], [], units, who, vin
    best = min(by_v, key=lambda e: (abs(e["vintage"] - vin), -e["vintage"]))
    note = "%s: label vintage %d not in library, has %s" % (who, vin, sorted(vints))
    return "almost", best["id"], [e["id"] for e in cands if e is not best], units, note, vin
