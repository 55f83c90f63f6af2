#!/usr/bin/env python3
"""Writes chalon_library.jsonl and chalon_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chalon_cases_bar
import chalon_cases_export
import chalon_cases_salle
from chalon_drinks import DRINKS
from chalon_rules import answer, resolve
from chalon_tills import export_family, render_bar, render_export, render_salle

PREFIX = "cz"
COUNTRY = {"Irlande": "Irlande", "Écosse": "Royaume-Uni", "Japon": "Japon",
           "Venezuela": "Venezuela", "Belgique": "Belgique", "Douro": "Portugal"}
FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]


def build_library():
    lib, by_key, drink_of = [], {}, {}
    for d in DRINKS:
        drink_of[d["key"]] = d
        for vintage, fmt in d["holdings"]:
            e = {"id": "%s%03d" % (PREFIX, len(lib) + 1), "name": d["name"],
                 "producer": d["producer"], "appellation": d["appellation"],
                 "region": d["region"], "country": COUNTRY.get(d["region"], "France"),
                 "colour": d["colour"], "category": d["category"], "vintage": vintage,
                 "format_cl": fmt}
            lib.append(e)
            by_key.setdefault(d["key"], []).append(e)
    return lib, by_key, drink_of


def read_vintage(till, label):
    if till == "salle":
        m = re.search(r" ((?:19|20)\d\d)(?: \[[^\]]+\])?$", label)
        return int(m.group(1)) if m else None
    if till == "bar":
        name = label.split("/", 1)[0]
        m = re.search(r" (\d\d)$", name)
        return 2000 + int(m.group(1)) if m else None
    v = label.split(";")[3]
    return int(v) if v else None


def describe(d):
    return "%s (%s)" % (d["name"], d["producer"]) if d["producer"] != d["name"] else d["name"]


def build_cases(by_key, drink_of):
    out = []
    for till, mod in (("salle", chalon_cases_salle), ("bar", chalon_cases_bar),
                      ("export", chalon_cases_export)):
        for c in mod.CASES:
            d = drink_of.get(c["key"]) if c["key"] else None
            is_wine = (d["category"] in ("vin", "champagne")) if d else (
                c["measure"] is not None and c["measure"][0] == "btl" and c["measure"][1] in (75, 37.5, 150)
                and till != "export")
            if till == "salle":
                label = render_salle(c["text"], c["measure"], c["vintage"], is_wine)
            elif till == "bar":
                label = render_bar(c["text"], c["measure"], c["vintage"], is_wine)
            else:
                fam = export_family(d, c["measure"], c.get("fam")) if d else c["fam"]
                label = render_export(c["text"], c["measure"], c["vintage"], fam)
            vintage = read_vintage(till, label)
            if d is None:
                group, units = [], None
                note = c["why"]
            else:
                group, units = resolve(by_key, c["key"], c["measure"])
                note = describe(d)
            expect, best, others = answer(group, vintage)
            if d is not None:
                if expect == "none":
                    note += ": format not held"
                elif expect == "almost":
                    note += ": label vintage %d not in library, has %s" % (
                        vintage, sorted(e["vintage"] for e in group))
                if c["vintage"] and vintage is None:
                    note += " [%d cut off by the till]" % c["vintage"]
            out.append({"label": label, "expect": expect,
                        "beverage_id": best["id"] if best else None,
                        "also_ok": [e["id"] for e in others],
                        "vintage": vintage,
                        "units_per_sale": units if expect != "none" else None,
                        "note": note, "connection": till})
    labels = [c["label"] for c in out]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, drink_of = build_library()
    cases = build_cases(by_key, drink_of)
    dump(os.path.join(HERE, "chalon_library.jsonl"), [{k: e[k] for k in FIELDS} for e in lib])
    dump(os.path.join(HERE, "chalon_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print("library", len(lib), "cases", len(cases))
    for t, v in counts.items():
        print(t, v, sum(v.values()))
    tot = {a: sum(v.get(a, 0) for v in counts.values()) for a in ("yes", "almost", "none")}
    print({a: "%d (%.1f %%)" % (n, 100.0 * n / len(cases)) for a, n in tot.items()})


if __name__ == "__main__":
    main()
