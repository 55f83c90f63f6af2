"""The bench README's answer rules, applied to the RENDERED label."""
import re

from provence_tills import WINE_FAMS

VOLUME = {"verre": 12.5, "cp": 12.5, "p25": 25, "p50": 50, "dose": 4, "demi": 25,
          "pinte": 50}
KEG_MIN = 2000


def read_vintage(till, label, fam):
    """The vintage printed on the label, as a reader of that till sees it."""
    if fam not in WINE_FAMS:
        return None
    if till == "C":
        body = label[:24].rstrip()
        last = body.split()[-1]
        return 2000 + int(last) if re.fullmatch(r"\d\d", last) else None
    if till == "T":
        m = re.search(r" '(\d\d)(?= )", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "S":
        m = re.search(r" (\d{4}|N\.V\.) (?:Verre|Coupe|Pichet 25cl|Pichet 50cl|[\d,]+cl) "
                      r"\d+,\d\d$", label)
        if not m:
            raise ValueError("S wine label without a vintage field: " + label)
        return None if m.group(1) == "N.V." else int(m.group(1))
    raise ValueError(till)


def target(drink, meas):
    """(format_cl of the entry a sale of `meas` draws on, volume or None for a bottle),
    or (None, why) when the library holds no such format."""
    fmts = sorted(drink["formats"])
    wine = drink["category"] in ("vin", "champagne")
    if meas == "btl":
        if wine:
            return (75, None) if 75 in fmts else (None, "no 75 cl bottle held")
        assert len(fmts) == 1, drink["key"]
        return fmts[0], None
    if meas.startswith("b"):
        cl = float(meas[1:])
        cl = int(cl) if cl == int(cl) else cl
        return (cl, None) if cl in fmts else (None, "%g cl not held" % cl)
    if meas == "half":
        return (37.5, None) if 37.5 in fmts else (None, "no half bottle held")
    if meas == "mag":
        return (150, None) if 150 in fmts else (None, "no magnum held")
    if meas in ("demi", "pinte"):
        kegs = [f for f in fmts if f >= KEG_MIN]
        return (kegs[0], VOLUME[meas]) if kegs else (None, "not on draught")
    # glass, carafe, coupe, dose: the ordinary bottle
    if 75 in fmts:
        return 75, VOLUME[meas]
    small = [f for f in fmts if f < KEG_MIN]
    if len(small) == 1:
        return small[0], VOLUME[meas]
    raise ValueError("no ordinary bottle for %s" % drink["key"])


def answer(drink, entries, meas, label_vintage):
    """entries: the library rows of this drink. Returns expect, beverage_id, also_ok,
    units, note suffix."""
    fmt, vol = target(drink, meas)
    if fmt is None:
        return "none", None, [], None, vol
    rows = [e for e in entries if e["format_cl"] == fmt]
    units = 1 if vol is None else round(vol / fmt, 4)
    vints = sorted((e["vintage"] for e in rows), key=lambda v: v or 0)
    by_v = {e["vintage"]: e["id"] for e in rows}
    if vints == [None]:
        return "yes", rows[0]["id"], [], units, ""
    if label_vintage is None:
        best = vints[-1]
        return "yes", by_v[best], [by_v[v] for v in vints if v != best], units, ""
    if label_vintage in by_v:
        return "yes", by_v[label_vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", by_v[best], [by_v[v] for v in vints if v != best], units,
            "label vintage %d not in library, has %s" % (label_vintage, vints))
