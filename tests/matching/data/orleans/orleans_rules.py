"""The bench README's answer rules, applied to the RENDERED label."""
import re

from orleans_tills import MEASURES

BOTTLE_MEAS = ("", "half", "mag")


def read_vintage(till, label):
    """The vintage a reader of this till finds on the label, or None."""
    if till == "bar":
        m = re.search(r"'(\d\d)$", label)
    elif till == "salle":
        m = re.search(r"\s((?:19|20)\d\d)\s\d+,\d\d$", label)
    else:
        if label[0] not in "1234":
            return None
        m = re.search(r"\s(\d\d)$", label)
    if not m:
        return None
    v = int(m.group(1))
    return v if v >= 1900 else 2000 + v


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def ordinary(entries, base):
    """The entries of base's wine in its ordinary bottle (75 cl, or its only format)."""
    sibs = [e for e in entries if all(e[k] == base[k] for k in ("name", "producer", "appellation", "colour"))]
    fmts = sorted({e["format_cl"] for e in sibs})
    fmt = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else base["format_cl"])
    return [e for e in sibs if e["format_cl"] == fmt]


def answer(entries, base, meas, vintage):
    """(expect, beverage_id, also_ok, units, why) for a sale of base's wine."""
    cl = MEASURES[meas][0]
    sibs = [e for e in entries if all(e[k] == base[k] for k in ("name", "producer", "appellation", "colour"))]
    if meas == "half":
        group = [e for e in sibs if e["format_cl"] == 37.5]
        if not group:
            return ("none", None, [], None, "half bottle not held")
    elif meas == "mag":
        group = [e for e in sibs if e["format_cl"] == 150]
        if not group:
            return ("none", None, [], None, "magnum not held")
    elif meas in ("demi", "pinte"):
        if base["format_cl"] < 2000:
            return ("none", None, [], None, "not held on draught")
        group = [e for e in entries if same_wine(e, base)]
    elif cl is None:
        group = [e for e in entries if same_wine(e, base)]
    else:
        group = ordinary(entries, base)
    fmt = group[0]["format_cl"]
    units = 1 if cl is None else round(cl / fmt, 4)
    vints = sorted(e["vintage"] for e in group if e["vintage"] is not None)
    by_v = {e["vintage"]: e for e in group}
    if vintage is None or not vints:
        best = by_v[vints[-1]] if vints else group[0]
        also = [by_v[v]["id"] for v in reversed(vints[:-1])] if vints else []
        return ("yes", best["id"], also, units, "")
    if vintage in by_v:
        return ("yes", by_v[vintage]["id"], [], units, "")
    near = min(vints, key=lambda v: (abs(v - vintage), -v))
    also = [by_v[v]["id"] for v in reversed(vints) if v != near]
    return ("almost", by_v[near]["id"], also, units,
            "label vintage %d not in library, has %s" % (vintage, vints))
