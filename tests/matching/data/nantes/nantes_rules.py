"""The bench README's answer rules, applied to a RENDERED label.

A case spec names the drink it means (its key) and the measure typed; the vintage is the
one read back from the rendered label (None when the label has none or the till's cut took
it off).  What the label names is fixed by the spec; what it is worth (format, vintage,
units) comes from the label."""
import re

from nantes_tills import MEASURES

WINE_FAMS = ("vb", "vr", "vrs", "bul")


def read_vintage(connection, label):
    if connection == "caisse":
        body = label[6:]
        fam_ok = re.match(r"(VB|VR|VRS|BUL) ", body)
        last = body.split()[-1]
        if fam_ok and re.fullmatch(r"\d\d", last):
            yy = int(last)
            return 2000 + yy if yy <= 30 else 1900 + yy
        return None
    if connection == "salle":
        m = re.search(r"'(\d\d)(?=\s)", label)
        if m:
            yy = int(m.group(1))
            return 2000 + yy if yy <= 30 else 1900 + yy
        return None
    if connection == "bar":
        segs = label.split(" - ")
        m = re.search(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", segs[1])
        return int(m.group(1)) if m else None
    raise ValueError(connection)


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    plain = [f for f in fmts if f not in (37.5, 150)]
    if len(plain) == 1:
        return plain[0]
    raise ValueError("no ordinary bottle for %s" % entries[0]["name"])


def fmt_cl(x):
    return ("%g" % x)


def answer(entries, measure, label_vintage):
    """entries: the library rows of one drink (all formats).  Returns
    (expect, beverage_id, also_ok, units, why)."""
    kind, vol = MEASURES[measure]
    e0 = entries[0]
    if kind == "bottle":
        fmt = 75 if measure in ("btl", "btl0") else vol
        group = [e for e in entries if e["format_cl"] == fmt]
        units = 1
        if not group:
            return ("none", None, [], None, "%s cl not held" % fmt_cl(fmt))
    elif kind == "pour":
        fmt = ordinary_format(entries)
        group = [e for e in entries if e["format_cl"] == fmt]
        units = round(vol / fmt, 4)
    elif kind == "dose":
        fmts = {e["format_cl"] for e in entries}
        assert len(fmts) == 1 and e0["category"] in ("spiritueux", "autre"), e0["name"]
        group = entries
        units = round(vol / group[0]["format_cl"], 4)
    elif kind == "draught":
        group = [e for e in entries if e["format_cl"] >= 2000]
        if not group:
            return ("none", None, [], None, "not on draught (bottles only)")
        units = round(vol / group[0]["format_cl"], 4)
    else:
        raise ValueError("a drink needs a measure")
    vints = sorted(group, key=lambda e: (e["vintage"] or 0))
    if label_vintage is None or all(e["vintage"] is None for e in group):
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % e0["name"])
        best = vints[-1]
        return ("yes", best["id"], [e["id"] for e in vints[:-1]], units, "")
    same = [e for e in group if e["vintage"] == label_vintage]
    if same:
        return ("yes", same[0]["id"], [], units, "")
    near = sorted(group, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    best = near[0]
    held = sorted(e["vintage"] for e in group)
    return ("almost", best["id"], [e["id"] for e in vints if e["id"] != best["id"]], units,
            "label vintage %d not in library, has %s" % (label_vintage, held))
