"""The bench README's answer rules, applied to the rendered label."""
import re

GLASS = {"vre": 12.5, "vre15": 15, "pich25": 25, "pich50": 50, "coupe": 12.5, "dose": 4,
         "2cl": 2, "demi": 25, "pinte": 50}


def read_vintage(conn, label):
    """The vintage printed on the rendered label, or None."""
    if conn == "salle":
        toks = re.findall(r"[0-9]+(?:,[0-9]+)?", label)
        ys = [t for t in toks if re.fullmatch(r"(19|20)[0-9]{2}", t)]
        return int(ys[0]) if ys else None
    body = label.split(" ", 1)[1] if conn == "apres" else label
    last = re.split(r"[ .]", body)[-1]
    if re.fullmatch(r"[0-9]{2}", last):
        v = int(last)
        return 2000 + v if v <= 40 else 1900 + v
    return None


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    return 75 if 75 in fmts else fmts[0]


def answer(entries, meas, vint):
    """entries: all library entries of one wine/drink (any format). Returns
    (expect, beverage_id, also_ok, units)."""
    wine = entries[0]["category"] in ("vin", "champagne")
    if meas == "mag":
        fmt = 150
    elif meas == "half" or (meas == "demi" and wine):
        fmt = 37.5
    else:
        fmt = ordinary(entries)
    group = [e for e in entries if e["format_cl"] == fmt]
    if not group:
        raise ValueError("format %s not held for %s" % (fmt, entries[0]["name"]))
    if meas in ("btl", "mag", "half") or (meas == "demi" and wine):
        units = 1
    else:
        units = round(GLASS[meas] / fmt, 4)
    vs = sorted((e for e in group), key=lambda e: (e["vintage"] or 0))
    if vint is not None and vs[0]["vintage"] is not None:
        hit = [e for e in vs if e["vintage"] == vint]
        if hit:
            return "yes", hit[0]["id"], [], units
        best = sorted(vs, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))[0]
        return "almost", best["id"], [e["id"] for e in vs if e is not best], units
    best = vs[-1]
    return "yes", best["id"], [e["id"] for e in vs if e is not best], units
