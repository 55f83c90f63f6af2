#!/usr/bin/env python3
"""Build the blind held-out set "Le Palissy" (Saintes): saintes_library.jsonl and saintes_cases.jsonl.

Stdlib only, deterministic. Every answer is computed from the RENDERED label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import saintes_cases_caisse
import saintes_cases_export
import saintes_cases_tablette
import saintes_drinks
import saintes_rules as R
import saintes_tills as T

COUNTRY = {"Italie": "Italie", "Suède": "Suède", "Irlande": "Irlande", "Belgique": "Belgique",
           "Pays-Bas": "Pays-Bas", "France": "France"}
REGION_COUNTRY = {"Highlands": "Écosse", "Islay": "Écosse", "Tennessee": "États-Unis",
                  "Douro": "Portugal"}
PREFIX = "sq"


def library():
    rows, by_key, drink = [], {}, {}
    for (key, name, producer, app, region, colour, cat, fam, held) in saintes_drinks.DRINKS:
        country = "France"
        if region in COUNTRY:
            country, region = COUNTRY[region], None
        elif region in REGION_COUNTRY:
            country = REGION_COUNTRY[region]
        drink[key] = (name, producer, fam, cat)
        for (v, f) in held:
            row = {"id": "%s%03d" % (PREFIX, len(rows) + 1), "name": name, "producer": producer,
                   "appellation": app, "region": region, "country": country, "colour": colour,
                   "category": cat, "vintage": v, "format_cl": f}
            rows.append(row)
            by_key.setdefault(key, []).append(row)
    return rows, by_key, drink


def parse(block):
    out = []
    for line in block.strip().splitlines():
        f = line.split("|")
        key, meas, vint, text = f[0], f[1], f[2], f[3]
        why = f[4] if len(f) > 4 else None
        out.append((key, meas, int(vint) if vint else None, text, why))
    return out


def export_meaning(vol, formats, cat):
    """How the export row's volume is read (README): a held format is that bottle; 37.5 / 150 /
    300 are bottles (none when not held); another volume is a pour, a beer's from its keg."""
    if vol in formats or vol in (37.5, 150, 300) or vol == 75:
        return "bottle"
    return "draught" if cat == "bière" else "pour"


def build():
    rows, by_key, drink = library()
    cases = []
    for conn, mod in (("caisse", saintes_cases_caisse), ("tablette", saintes_cases_tablette),
                      ("export", saintes_cases_export)):
        for key, meas, vint, text, why in parse(mod.CASES):
            kind, vol = R.MEASURES[meas]
            if key.startswith("!"):
                fam = key[1:]
                if conn == "caisse":
                    label = T.caisse(fam, text, vint, meas)
                elif conn == "tablette":
                    label = T.tablette(text, vint, meas)
                else:
                    label = T.export(text, vint, meas, vol)
                res = ("none", None, [], None, why)
                name = None
            else:
                name, producer, fam, cat = drink[key]
                entries = by_key[key]
                if conn == "caisse":
                    if meas in ("demi", "pinte"):
                        fam = "PRE"
                    label = T.caisse(fam, text, vint, meas)
                    lv, _ = T.caisse_read(label)
                elif conn == "tablette":
                    label = T.tablette(text, vint, meas)
                    lv, _ = T.tablette_read(label)
                else:
                    label = T.export(text, vint, meas, vol)
                    lv, _, _ = T.export_read(label)
                    got = export_meaning(vol, [e["format_cl"] for e in entries], cat)
                    assert got == kind, (label, got, kind)
                res = R.answer(entries, meas, lv)
                if vint and lv is None:
                    res = (*res[:4], (res[4] + " " if res[4] else "") + "[%d cut off by the till]" % vint)
            expect, bid, also, units, reason = res
            if name:
                note = "%s (%s)" % (name, producer)
                if reason:
                    note += ": " + reason
            else:
                note = "none: " + reason
            lv_final = {"caisse": lambda l: T.caisse_read(l)[0], "tablette": lambda l: T.tablette_read(l)[0],
                        "export": lambda l: T.export_read(l)[0]}[conn](label)
            cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                          "vintage": lv_final, "units_per_sale": units, "note": note, "connection": conn})
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    assert not dup, dup
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "saintes_library.jsonl"), rows)
    dump(os.path.join(HERE, "saintes_cases.jsonl"), cases)
    tally = {}
    for c in cases:
        tally.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tally[c["connection"]][c["expect"]] += 1
    print(len(rows), "drinks,", len(cases), "cases")
    tot = {"yes": 0, "almost": 0, "none": 0}
    for conn, t in tally.items():
        print(conn, t, sum(t.values()))
        for k in tot:
            tot[k] += t.get(k, 0)
    print({k: "%d (%.1f %%)" % (v, 100 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
