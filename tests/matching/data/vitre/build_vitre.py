#!/usr/bin/env python3
"""Build the Vitre blind set: vitre_library.jsonl and vitre_cases.jsonl (stdlib only,
deterministic). Renders each typed button with its till's habits and computes the answer
from the RENDERED label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import vitre_cases_bar
import vitre_cases_compta
import vitre_cases_resto
import vitre_drinks
import vitre_rules
import vitre_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
ACCOUNTS = {"F": "707100", "S": "707120", "A": "707110", "H": "706100", "D": "708800"}
SPECS = [("BAR", vitre_cases_bar.SPECS), ("RESTO", vitre_cases_resto.SPECS),
         ("COMPTA", vitre_cases_compta.SPECS)]


def library():
    rows, by_key, cat = [], {}, {}
    for n, (key, fmt, v, d) in enumerate(vitre_drinks.entries(), 1):
        row = {"id": "vw%03d" % n}
        row.update(d)
        rows.append({k: row[k] for k in LIB_FIELDS})
        by_key.setdefault(key, []).append((row["id"], fmt, v))
        cat[key] = d["category"]
    return rows, by_key, cat


def build():
    lib, by_key, cat = library()
    names = {r["id"]: r for r in lib}
    cases, seen = [], set()
    for till, text in SPECS:
        for line in text.strip().splitlines():
            parts = line.split("|")
            key, meas, vint, typed = parts[:4]
            vint = int(vint) if vint else None
            if key.startswith("-"):
                acct = ACCOUNTS[key[1:]]
            else:
                acct = "707120" if cat[key] == "soft" else "707110"
            label = vitre_tills.render(till, typed, meas, vint, acct)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rv, rm = vitre_tills.read_back(till, label)
            want_m = "" if meas in ("NUIT", "PERS") else meas
            if rm != want_m:
                raise SystemExit("measure misread %r: %r != %r" % (label, rm, want_m))
            if rv is not None and rv != vint:
                raise SystemExit("vintage misread %r" % label)
            if key.startswith("-"):
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": rv, "units_per_sale": None, "note": parts[4], "connection": till}
            else:
                exp, bid, also, u, fmt = vitre_rules.decide(by_key[key], cat[key], rm, rv)
                e = names[bid] if bid else names[by_key[key][0][0]]
                desc = "%s (%s)" % (e["name"], e["producer"])
                if exp == "none":
                    note = "%s: held in %s cl only, not as this label's format" % (
                        desc, "/".join("%g" % f for f in sorted({f for _, f, _ in by_key[key]})))
                elif exp == "almost":
                    vs = sorted(v for b, f, v in by_key[key] if f == fmt)
                    note = "%s: label vintage %d not in library, has %s" % (desc, rv, vs)
                else:
                    note = desc
                    if u != 1:
                        note += ", pour of the %g cl entry" % fmt
                if vint is not None and rv is None:
                    note += " [%d cut off by the till]" % vint
                case = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                            "vintage": rv, "units_per_sale": u, "note": note, "connection": till}
            cases.append({k: case[k] for k in CASE_FIELDS})
    return lib, cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(os.path.join(HERE, "vitre_library.jsonl"), lib)
    dump(os.path.join(HERE, "vitre_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library %d, cases %d" % (len(lib), len(cases)))
        for till, _ in SPECS:
            c = [x for x in cases if x["connection"] == till]
            print(till, {e: sum(1 for x in c if x["expect"] == e) for e in ("yes", "almost", "none")}, len(c))
        print({e: "%.1f%%" % (100.0 * sum(1 for x in cases if x["expect"] == e) / len(cases))
               for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
