#!/usr/bin/env python3
"""Build the blind held-out set "thai" (Maison Lotus, Lyon): writes thai_library.jsonl and
thai_cases.jsonl beside this file, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import thai_cases_caisse
import thai_cases_qr
import thai_cases_ticket
from thai_drinks import DRINKS
from thai_rules import answer, kind_of
from thai_tills import RENDER, read_vintage

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt(x):
    return int(x) if x == int(x) else x


def library():
    lib, by_key, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, vf in DRINKS:
        for vint, f in vf:
            n += 1
            e = dict(zip(LIB_FIELDS, ["th%03d" % n, name, prod, app, reg, country, colour,
                                      cat, vint, fmt(f)], strict=False))
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key


def build():
    lib, by_key = library()
    cases, seen = [], set()
    for conn, mod in (("caisse", thai_cases_caisse), ("qr", thai_cases_qr),
                      ("ticket", thai_cases_ticket)):
        for spec in mod.CASES:
            key, kind, m, vint, text, tmod, want, why = spec
            entries = by_key[key] if key else None
            if entries:
                kind = kind_of(entries[0])
            label, was_cut = RENDER[conn](kind, m, vint, text, tmod)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = read_vintage(conn, label)
            if lv != vint and not (was_cut and lv is None):
                raise SystemExit("vintage read-back %r: %r vs %r" % (label, lv, vint))
            if entries:
                e0 = entries[0]
                desc = "%s (%s)" % (e0["name"], e0["producer"])
                exp, bid, also, units, r = answer(entries, m, lv)
                note = desc
                if exp == "none":
                    note = desc + ": " + r + (" (%s)" % why if why else "")
                elif r:
                    note = desc + ": " + r
                if was_cut and vint and lv is None:
                    note += " [%d cut off by the till]" % vint
            else:
                exp, bid, also, units, note = "none", None, [], None, why
            if want and exp != want:
                raise SystemExit("%s: wanted %s, got %s (%s)" % (label, want, exp, note))
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note,
                          "connection": conn})
    return lib, cases


def main():
    lib, cases = build()
    with open(os.path.join(HERE, "thai_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "thai_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    print(len(lib), "drinks,", len(cases), "cases")
    for conn in ("caisse", "qr", "ticket"):
        print(conn, [cnt[(conn, x)] for x in ("yes", "almost", "none")])
    tot = Counter(c["expect"] for c in cases)
    print({k: "%d (%.1f %%)" % (v, 100.0 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
