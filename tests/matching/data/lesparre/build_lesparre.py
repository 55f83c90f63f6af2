#!/usr/bin/env python3
"""Build the blind held-out set "lesparre": lesparre_library.jsonl and lesparre_cases.jsonl.

Stdlib only, deterministic: run it twice and the files are byte-identical.
    python3 build_lesparre.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lesparre_cases_comptoir
import lesparre_cases_stock
import lesparre_cases_tablette
import lesparre_drinks as drinks
import lesparre_rules as rules
import lesparre_tills as tills

TILLS = [
    ("comptoir", lesparre_cases_comptoir.CASES),
    ("tablette", lesparre_cases_tablette.CASES),
    ("stock", lesparre_cases_stock.CASES),
]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
DEFAULT_FMT = {"rouge": 75, "blanc": 75, "rose": 75, "bulle": 75, "aperitif": 75,
               "digestif": 70, "biere": 33, "soft": 33}
# standard abbreviations a sommelier reads without a shared stem
ABBREV = {}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return re.findall(r"[a-z]+|\d+", fold(s))


def fair(label, entry, key):
    """A yes/almost label shares a word or a stem of 4+ letters with its entry."""
    ew = [w for w in words(entry["name"] + " " + entry["producer"]) if len(w) >= 3]
    for t in words(label):
        if t in ABBREV.get(key, ()):
            return True
        for w in ew:
            if (len(t) >= 4 and w.startswith(t)) or (len(t) >= 3 and t == w):
                return True
    return False


def fmt_units(u):
    if u is None:
        return None
    return 1 if u == 1 else round(u, 4)


def main():
    lib = []
    groups = defaultdict(list)
    for key, e in drinks.entries():
        lib.append(OrderedDict((f, e[f]) for f in LIB_FIELDS))
        groups[key].append(e)
    assert 110 <= len(lib) <= 130, len(lib)

    cases = []
    seen = set()
    for till, specs in TILLS:
        for spec in specs:
            key, measure, typed_v, text = spec[:4]
            if key.startswith("-"):
                fam = key[1:]
                reason = spec[4]
                fmt = (spec[5] if len(spec) > 5 else DEFAULT_FMT.get(fam)) if measure else None
                label = tills.render(till, measure, typed_v, text, fam, fmt)
                v = tills.read_vintage(till, label)
                assert v == typed_v, (label, v, typed_v)
                expect, bid, also, units, note = "none", None, [], None, reason
            else:
                group = groups[key]
                e0 = group[0]
                fam = tills.family_of(key, e0)
                formats = sorted({e["format_cl"] for e in group})
                fmt = rules.wanted_format(formats, measure)
                kind, vol = rules.MEASURES[measure]
                if fmt is None or fmt not in formats:
                    fmt = fmt or (3000 if kind == "draught" else vol)
                label = tills.render(till, measure, typed_v, text, fam, fmt)
                v = tills.read_vintage(till, label)
                expect, bid, also, units, why = rules.resolve(group, measure, v)
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if expect == "none":
                    note += ": %s not held" % ({"half": "half bottle", "mag": "magnum",
                                                "draught": "draught"}.get(kind, "%g cl" % fmt))
                elif expect == "almost":
                    held = sorted(e["vintage"] for e in group if e["format_cl"] == fmt)
                    note += ": label vintage %d not in library, has %s" % (v, held)
                    assert fair(label, e0, key), label
                else:
                    assert fair(label, e0, key), label
                if v != typed_v:
                    assert till == "comptoir" and v is None, (label, typed_v)
                    note += " [%d cut off by the till]" % typed_v
            assert label not in seen, label
            seen.add(label)
            cases.append(OrderedDict([
                ("label", label), ("expect", expect), ("beverage_id", bid), ("also_ok", also),
                ("vintage", v), ("units_per_sale", fmt_units(units)), ("note", note),
                ("connection", till),
            ]))

    with open(os.path.join(HERE, "lesparre_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lesparre_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")

    counts = defaultdict(lambda: defaultdict(int))
    for c in cases:
        counts[c["connection"]][c["expect"]] += 1
        counts["all"][c["expect"]] += 1
    for t in ["comptoir", "tablette", "stock", "all"]:
        d = counts[t]
        n = sum(d.values())
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (t, d["yes"], d["almost"], d["none"], n))
    n = len(cases)
    print("drinks %d, cases %d: yes %.1f%%, almost %.1f%%, none %.1f%%" % (
        len(lib), n, 100 * counts["all"]["yes"] / n, 100 * counts["all"]["almost"] / n,
        100 * counts["all"]["none"] / n))


if __name__ == "__main__":
    main()
