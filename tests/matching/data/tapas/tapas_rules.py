"""The bench README's answer rules, applied to the rendered label.

Measures (interpretations where the bench README is silent, see README.md):
bottles: bot (a wine's 75 cl), media (37.5 cl), mag (150 cl), tercio / lata / b33 (33 cl),
quinto / b20 (20 cl), b50, b70, b75, b100, keg20 / keg30 (a whole 20 / 30 l keg);
pours from the drink's ordinary bottle: copa (12.5 cl), chato (10 cl), catavino (10 cl),
chupito (4 cl); draught pours, from the keg only: vaso (12 cl), cana (20 cl), jarra (50 cl).
"""

BOTTLE = {"bot": 75, "media": 37.5, "mag": 150, "tercio": 33, "lata": 33, "b33": 33,
          "quinto": 20, "b20": 20, "b50": 50, "b70": 70, "b75": 75, "b100": 100,
          "keg20": 2000, "keg30": 3000}
POUR = {"copa": 12.5, "chato": 10, "catavino": 10, "chupito": 4}
DRAUGHT = {"vaso": 12, "cana": 20, "jarra": 50}


def d(key, measure, vintage, text, extra=None):
    return {"key": key, "measure": measure, "vintage": vintage, "text": text, "extra": extra}


def x(measure, vintage, text, reason, extra=None):
    return {"key": None, "measure": measure, "vintage": vintage, "text": text,
            "reason": reason, "extra": extra}


def same_wine(a, b):
    return all(a[f] == b[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))


def fmt_vol(v):
    return ("%g" % v)


def answer(lib_by_key, case, label_vintage):
    """Return (expect, beverage_id, also_ok, units, note)."""
    key, m = case["key"], case["measure"]
    if key is None:
        return "none", None, [], None, case["reason"]
    entries = lib_by_key[key]
    base = "%s (%s)" % (entries[0]["name"], entries[0]["producer"])
    if m in BOTTLE:
        cand = [e for e in entries if e["format_cl"] == BOTTLE[m]]
        vol = None
    elif m in POUR:
        cand = [e for e in entries if e["format_cl"] == 75]
        if not cand:
            fm = sorted({e["format_cl"] for e in entries if e["format_cl"] <= 100})
            cand = [e for e in entries if fm and e["format_cl"] == fm[0]] if len(fm) == 1 else []
        vol = POUR[m]
    elif m in DRAUGHT:
        cand = [e for e in entries if e["format_cl"] >= 2000]
        vol = DRAUGHT[m]
    else:
        raise ValueError("measure %r" % m)
    if not cand:
        return "none", None, [], None, base + ": format not held (%s)" % m
    cand.sort(key=lambda e: (e["vintage"] or 0))
    units = 1 if vol is None else round(vol / cand[0]["format_cl"], 4)
    vints = [e["vintage"] for e in cand]
    if label_vintage is None or vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %r" % case)
        best = cand[-1]
        others = [e["id"] for e in cand[:-1]]
        note = base
        if case["vintage"] is not None and label_vintage is None:
            note += " [%d cut off by the till]" % case["vintage"]
        return "yes", best["id"], others, units, note
    for e in cand:
        if e["vintage"] == label_vintage:
            return "yes", e["id"], [], units, base
    best = min(cand, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    others = [e["id"] for e in cand if e is not best]
    return ("almost", best["id"], others, units,
            base + ": label vintage %d not in library, has %s" % (label_vintage, vints))
