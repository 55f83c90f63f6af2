"""Answer rules of the bench README, applied to what the RENDERED label says."""
VOL = {"VR": 12.5, "VR15": 15, "P25": 25, "P50": 50, "Q": 25, "BOL": 25, "FL": 12.5, "CP": 12.5,
       "DS": 4, "DS2": 2, "DS6": 6, "DEMI": 25, "PINTE": 50}
SIZE = {"S25": 25, "S33": 33, "S50": 50, "S70": 70, "S75": 75, "S100": 100}
WINE = ("vin", "champagne")


def answer(entries, fam, key, meas, label_vintage):
    """Return (expect, beverage_id, also_ok, units, why) for a case naming family `key`."""
    byid = {e["id"]: e for e in entries}
    members = [byid[i] for i in fam[key]]
    formats = sorted({e["format_cl"] for e in members})
    wine = members[0]["category"] in WINE
    if meas in VOL:                         # a pour: the ordinary bottle
        fmt = 75 if 75 in formats else (formats[0] if len(formats) == 1 else None)
        if fmt is None or (fmt in (37.5, 150)):
            return ("none", None, [], None, "no ordinary bottle to pour from")
    elif meas == "HALF":
        fmt = 37.5
    elif meas == "MAG":
        fmt = 150
    elif meas in SIZE:
        fmt = SIZE[meas]
    elif meas == "BT" and wine:
        fmt = 75
    else:                                   # no size word: the drink's only format
        assert len(formats) == 1, (key, meas, formats)
        fmt = formats[0]
    sel = [e for e in members if e["format_cl"] == fmt]
    if not sel:
        return ("none", None, [], None, "format %s cl not held" % fmt)
    units = 1 if meas not in VOL else round(VOL[meas] / fmt, 4)
    vints = [e["vintage"] for e in sel]
    if label_vintage is None or label_vintage in vints:
        if label_vintage is None:
            best = max(sel, key=lambda e: e["vintage"] or 0)
            others = sorted(e["id"] for e in sel if e is not best)
        else:
            best = next(e for e in sel if e["vintage"] == label_vintage)
            others = []
        return ("yes", best["id"], others, units, "")
    assert all(v is not None for v in vints), (key, label_vintage)
    best = min(sel, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    others = sorted(e["id"] for e in sel if e is not best)
    return ("almost", best["id"], others, units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vints)))
