#!/usr/bin/env python3
"""Build the blind held-out set of Le Panier Rouge (Cholet): library and cases.

Stdlib only, deterministic. Renders each keyed product with its till's habits,
reads the measure and vintage back from the rendered label, and computes the
answer from what the label says (bench README rules, cholet_rules.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cholet_cases_caisse
import cholet_cases_export
import cholet_cases_tablette
import cholet_drinks as D
import cholet_rules as RU
import cholet_tills as T

FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour",
            "category", "vintage", "format_cl"]


def build_library():
    lib, by_key, meta = [], {}, {}
    n = 0
    for key, name, prod, app, reg, colour, cat, fam, fmts in D.WINES:
        meta[key] = (name, prod, cat, fam)
        for f, vints in fmts.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                e = dict(zip(FIELDS_L, ["cq%03d" % n, name, prod, app, reg, "France", colour,
                                        cat, v, f], strict=False))
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    for key, name, prod, reg, country, cat, fam, fmts in D.OTHERS:
        meta[key] = (name, prod, cat, fam)
        for f in fmts:
            n += 1
            e = dict(zip(FIELDS_L, ["cq%03d" % n, name, prod, None, reg, country, None,
                                    cat, None, f], strict=False))
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key, meta


def parse_specs(till, blob):
    out = []
    for line in blob.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = line.split("|")
        if p[0] == "-":
            _, meas, fam, text, reason = p
            out.append((till, None, meas, None, text, fam, reason))
        else:
            key, meas, vint, text = p
            out.append((till, key, meas, int(vint) if vint else None, text, None, None))
    return out


def main():
    lib, by_key, meta = build_library()
    specs = (parse_specs("caisse", cholet_cases_caisse.CASES)
             + parse_specs("tablette", cholet_cases_tablette.CASES)
             + parse_specs("export", cholet_cases_export.CASES))
    cases, seen = [], set()
    for till, key, meas, vint, text, fam, reason in specs:
        if key is None:
            label = T.render(till, "-", meas, None, text, fam, None)
            if till == "export" and meas == "btl":
                raise SystemExit("non-drink export bottle needs a size: %s" % text)
            case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                    "vintage": T.read(till, label)[1], "units_per_sale": None,
                    "note": reason, "connection": till}
        else:
            if key not in by_key:
                raise SystemExit("unknown key %s" % key)
            name, prod, cat, kfam = meta[key]
            ents = by_key[key]
            if cat == "bière":
                kfam = "PRE" if meas in ("demi", "pinte") else "BIE"
            bottles = [e["format_cl"] for e in ents if e["format_cl"] < 2000]
            default_cl = 75 if cat in ("vin", "champagne") else (bottles[0] if len(set(bottles)) == 1 else None)
            label = T.render(till, key, meas, vint, text, kfam, default_cl)
            rmeas, rvint = T.read(till, label)
            # the measure read back must mean what was keyed
            want = RU.resolve_format(ents, cat, T.SPEC[meas])
            got = RU.resolve_format(ents, cat, rmeas)
            if want != got:
                raise SystemExit("measure misread: %s %r vs %r" % (label, want, got))
            if rvint not in (vint, None):
                raise SystemExit("vintage misread: %s" % label)
            expect, bid, also, units, why = RU.answer(ents, cat, rmeas, rvint)
            note = "%s (%s)" % (name, prod)
            if why:
                note += ": " + why
            if vint and rvint is None:
                note += " [%d cut off by the till]" % vint
            case = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                    "vintage": rvint, "units_per_sale": units, "note": note,
                    "connection": till}
        if case["label"] in seen:
            raise SystemExit("duplicate label %s" % case["label"])
        seen.add(case["label"])
        cases.append(case)
    with open(os.path.join(HERE, "cholet_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cholet_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t in T.TILLS:
        print("%-9s %s" % (t, tab.get(t)))
    n = len(cases)
    print("all       %s  %s" % (tot, {k: round(100 * v / n, 1) for k, v in tot.items()}))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"][:4], c["expect"][:2], c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
