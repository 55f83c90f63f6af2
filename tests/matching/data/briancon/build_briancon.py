"""Build the BLIND held-out set "Le Refuge de Serre Chevalier" (Briançon).

python3 build_briancon.py   -> writes briancon_library.jsonl and briancon_cases.jsonl
Stdlib only, deterministic. Every answer is computed from the RENDERED label.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import briancon_cases_bar
import briancon_cases_salle
import briancon_cases_terrasse
from briancon_drinks import library
from briancon_rules import answer
from briancon_tills import FAM_DEPT, MEAS, TILLS, dept_of

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
SOURCES = [("bar", briancon_cases_bar.CASES), ("salle", briancon_cases_salle.CASES),
           ("terrasse", briancon_cases_terrasse.CASES)]


def fmt_words(meas, fmt):
    kind, vol = MEAS[meas]
    if kind == "keg":
        return "draught"
    if kind == "pour":
        return "a pour"
    return {37.5: "half bottle", 150: "magnum"}.get(vol, "%g cl bottle" % (vol or 75))


def build():
    lib, index = library()
    out, seen = [], set()
    for conn, cases in SOURCES:
        render, vparse = TILLS[conn]
        for c in cases:
            if c["key"]:
                entries = index[c["key"]]
                e0 = entries[0]
                ordinary = 75 if e0["category"] in ("vin", "champagne") else None
                label = render(c, dept_of(e0), ordinary)
                v = vparse(label)
                if v is not None and v != c["vint"]:
                    raise SystemExit("vintage misread: %r" % label)
                exp, bid, also, u, detail = answer(entries, c["meas"], v)
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if exp == "none":
                    note += ": %s not held" % fmt_words(c["meas"], None)
                elif detail:
                    note += ": " + detail
                if c["vint"] and v is None:
                    note += " [%d cut off by the till]" % c["vint"]
            else:
                label = render(c, FAM_DEPT[c["fam"]], 75 if c["fam"] in "VB" else None)
                v = vparse(label)
                if v is not None and v != c["vint"]:
                    raise SystemExit("vintage misread: %r" % label)
                exp, bid, also, u, note = "none", None, [], None, c["why"]
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            row = dict(zip(CASE_FIELDS, [label, exp, bid, also, v, u, note, conn], strict=False))
            out.append(row)
    return lib, out


def write(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    write(os.path.join(HERE, "briancon_library.jsonl"), lib, LIB_FIELDS)
    write(os.path.join(HERE, "briancon_cases.jsonl"), cases, CASE_FIELDS)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    n = len(cases)
    tot = {k: sum(1 for c in cases if c["expect"] == k) for k in ("yes", "almost", "none")}
    print("%d drinks, %d cases" % (len(lib), n))
    for conn in counts:
        print(conn, counts[conn], sum(counts[conn].values()))
    print({k: "%d (%.1f %%)" % (v, 100.0 * v / n) for k, v in tot.items()})


if __name__ == "__main__":
    main()
