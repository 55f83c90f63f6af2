"""The bench README's answer rules, applied to what a till printed."""

POUR_CL = {"glass": 12.5, "cp": 12.5, "g15": 15, "p50": 50, "p25": 25, "dose": 4,
           "2cl": 2, "4cl": 4, "6cl": 6}
VOLUME_CL = {"33cl": 33, "50cl": 50, "100cl": 100, "25cl": 25, "20cl": 20}


class NoneAnswer(Exception):
    pass


def ordinary(formats):
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return next(iter(formats))
    raise ValueError("no ordinary format among %r" % sorted(formats))


def target(d, meas):
    """(format_cl, pour_cl or None) the label asks for, or NoneAnswer."""
    formats = d["formats"]
    cat = d["category"]
    wine = cat in ("vin", "champagne")
    if meas in ("", "btl"):
        return ordinary(formats), None
    if meas == "half" or (meas == "demi" and wine):
        if 37.5 in formats:
            return 37.5, None
        raise NoneAnswer("no half bottle of it is held")
    if meas == "mag":
        if 150 in formats:
            return 150, None
        raise NoneAnswer("no magnum of it is held")
    if meas in ("demi", "pinte"):
        kegs = [f for f in formats if f >= 2000]
        if cat != "bière" or not kegs:
            raise NoneAnswer("not held on draught")
        return kegs[0], (25 if meas == "demi" else 50)
    if meas in VOLUME_CL:
        v = VOLUME_CL[meas]
        if cat == "bière" and v == 33 and 35.5 in formats:
            v = 35.5
        if v in formats:
            return v, None
        raise NoneAnswer("not held in %s cl" % VOLUME_CL[meas])
    if meas in POUR_CL:
        if wine and meas in ("dose", "2cl", "4cl", "6cl"):
            raise ValueError("spirit measure on a wine")
        if not wine and meas in ("glass", "cp", "g15", "p50", "p25"):
            raise ValueError("wine measure on %s" % d["name"])
        return ordinary(formats), POUR_CL[meas]
    raise ValueError("unknown measure %r" % meas)


def resolve(d, meas, label_vintage):
    """-> (expect, entry, also_ok_entries, units, why)."""
    try:
        fmt, pour = target(d, meas)
    except NoneAnswer as e:
        return "none", None, [], None, str(e)
    entries = d["by_format"][fmt]  # list of library entries, id order
    vintages = [e["vintage"] for e in entries]
    units = 1 if pour is None else round(pour / fmt, 4)
    if vintages == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", entries[0], [], units, ""
    if label_vintage is None:
        best = max(entries, key=lambda e: e["vintage"])
        return "yes", best, [e for e in entries if e is not best], units, ""
    for e in entries:
        if e["vintage"] == label_vintage:
            return "yes", e, [], units, ""
    best = min(entries, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    why = "label vintage %d not held in %s cl, has %s" % (
        label_vintage, fmt, sorted(vintages))
    return "almost", best, [e for e in entries if e is not best], units, why
