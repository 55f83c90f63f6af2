"""The bench README's answer rules, applied to a rendered label.

`Library` expands the drinks into entries; `resolve` takes the drink a label names, the
measure it prints and the vintage read back from it, and returns the expected answer.
"""

import re

from auvergne_tills import BOTTLE_CL, DRAUGHT, POUR_CL

FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


class Library:
    def __init__(self, drinks, prefix="au"):
        self.entries = []
        self.index = {}          # (key, format) -> [(vintage, id)]
        self.drinks = {d["key"]: d for d in drinks}
        n = 0
        for d in drinks:
            for fmt, vintages in d["formats"].items():
                for v in vintages:
                    n += 1
                    eid = "%s%03d" % (prefix, n)
                    self.entries.append({
                        "id": eid, "name": d["name"], "producer": d["producer"],
                        "appellation": d["appellation"], "region": d["region"],
                        "country": "France", "colour": d["colour"],
                        "category": d["category"], "vintage": v,
                        "format_cl": fmt_num(fmt)})
                    self.index.setdefault((d["key"], fmt), []).append((v, eid))

    def formats(self, key):
        return sorted(f for (k, f) in self.index if k == key)

    def ordinary(self, key):
        """The wine's ordinary bottle: 75 cl, or its only format that is no half or magnum;
        for other drinks the only bottle that is no keg."""
        d = self.drinks[key]
        fmts = self.formats(key)
        if d["category"] == "vin":
            if 75 in fmts:
                return 75
            rest = [f for f in fmts if f not in (37.5, 150)]
            return rest[0] if len(rest) == 1 else None
        rest = [f for f in fmts if f < 2000]
        return rest[0] if len(rest) == 1 else None

    def keg(self, key):
        kegs = [f for f in self.formats(key) if f >= 2000]
        return kegs[0] if len(kegs) == 1 else None


def resolve(lib, key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units_per_sale, note)"""
    d = lib.drinks[key]
    who = "%s (%s)" % (d["name"], d["producer"])
    if measure in DRAUGHT:
        fmt = lib.keg(key)
        why = "no keg held"
    elif measure in POUR_CL or measure in ("", "btl"):
        fmt = lib.ordinary(key)
        why = "no ordinary bottle held"
        if measure == "btl" and d["category"] != "vin":
            raise ValueError("btl is for wines: %s" % key)
    elif measure == "half":
        fmt, why = 37.5, "no half bottle held"
    elif measure == "mag":
        fmt, why = 150, "no magnum held"
    elif measure in BOTTLE_CL:
        fmt, why = BOTTLE_CL[measure], "no %s cl bottle held" % BOTTLE_CL[measure]
    else:
        raise ValueError("measure %r" % measure)
    rows = lib.index.get((key, fmt)) if fmt else None
    if not rows:
        return "none", None, [], None, "%s: %s (format not held)" % (who, why)
    units = round(POUR_CL[measure] / fmt, 4) if measure in POUR_CL else 1
    what = "%s %s cl" % (who, fmt_num(fmt))
    vints = [v for v, _ in rows]
    if None in vints:
        if len(rows) != 1:
            raise ValueError("NV drink with several rows: %s" % key)
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", rows[0][1], [], units, what
    by_v = dict(rows)
    if vintage is None:
        best = max(vints)
        also = [by_v[v] for v in sorted(vints) if v != best]
        note = what + (": no vintage on the label, most recent %d" % best if also else "")
        return "yes", by_v[best], also, units, note
    if vintage in by_v:
        return "yes", by_v[vintage], [], units, what
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    also = [by_v[v] for v in sorted(vints) if v != best]
    return ("almost", by_v[best], also, units,
            "%s: label vintage %d not held, has %s" % (what, vintage, sorted(vints)))


# ------------------------------------------------------------- reading a label back

def vintage_c(label):
    fam = label.split("/", 1)[0]
    if fam not in ("AUV", "STP", "AVY", "ROA", "LOI", "RHO", "BUL"):
        return None
    m = re.search(r" (\d{2})$", label)
    return 2000 + int(m.group(1)) if m else None


def vintage_h(label):
    m = re.search(r" (\d{2})/[a-z0-9]+$", label)
    return 2000 + int(m.group(1)) if m else None


def vintage_z(label):
    article = label.split(" · ")[3]
    m = re.search(r" ((?:19|20)\d{2})$", article)
    return int(m.group(1)) if m else None
