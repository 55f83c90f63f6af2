"""The bench README's answer rules, applied to what the rendered label says."""
import re

from troyes_drinks import DRINKS
from troyes_tills import BAR_WORD, HOTEL_WORD, MEASURES, SALLE_WORD

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def library(prefix="ty"):
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, entries in DRINKS:
        by_key[key] = []
        for vint, fmt in entries:
            n += 1
            bid = f"{prefix}{n:03d}"
            rows.append(dict(zip(FIELDS, [bid, name, prod, app, reg, country, colour, cat, vint, fmt], strict=False)))
            by_key[key].append((bid, vint, fmt))
    return rows, by_key


INFO = {d[0]: d for d in DRINKS}


def family(key):
    d = INFO[key]
    cat, colour = d[7], d[6]
    if cat == "champagne":
        return "CH"
    if cat == "vin":
        return {"rouge": "RG", "rosé": "RS"}.get(colour, "BL")
    if cat == "spiritueux" or d[3] == "Ratafia champenois":
        return "LI"
    return {"autre": "AP", "bière": "BI", "soft": "SO"}[cat]


def read_vintage(conn, label):
    if conn == "bar":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if conn == "salle":
        m = re.search(r" '(\d\d)( |$)", label)
        return 2000 + int(m.group(1)) if m else None
    desc = label[6:30].rstrip()
    m = re.search(r" ((?:19|20)\d\d)$", desc)
    return int(m.group(1)) if m else None


def read_measure(conn, label):
    if conn == "bar":
        tok = label.split("=", 1)[1].split(" ")[0]
        for k, w in BAR_WORD.items():
            if w and w == tok:
                return k
        return "btl"
    if conn == "salle":
        body = re.sub(r" \d+,\d\d €$", "", label)
        for k, w in sorted(SALLE_WORD.items(), key=lambda kv: -len(kv[1])):
            if w and body.endswith(" " + w):
                return k
        return "btl"
    desc = label[6:30]
    for k, w in sorted(HOTEL_WORD.items(), key=lambda kv: -len(kv[1])):
        if w and desc.startswith(w + " "):
            return k
    return "btl"


def pick(cands, vint):
    """cands: [(id, vintage, fmt)] of one wine in one format -> (expect, id, also_ok)."""
    vints = [c[1] for c in cands]
    if all(v is None for v in vints):
        assert len(cands) == 1
        return "yes", cands[0][0], []
    srt = sorted(cands, key=lambda c: c[1])
    if vint is None:
        return "yes", srt[-1][0], [c[0] for c in srt[:-1]]
    exact = [c for c in cands if c[1] == vint]
    if exact:
        return "yes", exact[0][0], []
    best = min(srt, key=lambda c: (abs(c[1] - vint), -c[1]))
    return "almost", best[0], [c[0] for c in srt if c[0] != best[0]]


def resolve(by_key, key, meas, vint):
    """-> expect, beverage_id, also_ok, units, reason-for-none"""
    d = INFO[key]
    entries = by_key[key]
    kind, vol = MEASURES[meas]
    wine = d[7] in ("vin", "champagne")
    if kind == "bottle":
        if vol is None:
            if wine:
                vol = 75
            else:
                fmts = sorted({e[2] for e in entries if e[2] < 2000})
                assert len(fmts) == 1, (key, "bottle needs a size")
                vol = fmts[0]
        cands = [e for e in entries if e[2] == vol]
        if not cands:
            return "none", None, [], None, f"{vol:g} cl not held"
        exp, bid, also = pick(cands, vint)
        return exp, bid, also, 1, None
    if kind == "draught":
        assert d[7] == "bière"
        cands = [e for e in entries if e[2] >= 2000]
        if not cands:
            return "none", None, [], None, "not on draught"
    else:
        cands = [e for e in entries if e[2] == 75]
        if not cands:
            fmts = {e[2] for e in entries if e[2] not in (37.5, 150) and e[2] < 2000}
            if len(fmts) != 1:
                return "none", None, [], None, "no ordinary bottle to pour from"
            cands = [e for e in entries if e[2] in fmts]
    exp, bid, also = pick(cands, vint)
    fmt = cands[0][2]
    return exp, bid, also, round(vol / fmt, 4), None
