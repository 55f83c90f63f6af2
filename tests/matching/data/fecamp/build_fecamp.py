#!/usr/bin/env python3
"""Build the blind held-out set for "La Marée" (Fécamp): library and cases.

Stdlib only, deterministic. Renders each keyed product with its till's habits, reads the
measure and the vintage back from the RENDERED label, and answers from what the label says.
Usage: python3 build_fecamp.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fecamp_cases_bar
import fecamp_cases_salle
import fecamp_cases_terrasse
from fecamp_drinks import DRINKS
from fecamp_rules import answer
from fecamp_tills import TILLS, family_of, measure_from_token, partial_vintage

NAME, PREFIX = "fecamp", "fp"
CASE_MODULES = [("bar", fecamp_cases_bar), ("salle", fecamp_cases_salle),
                ("terrasse", fecamp_cases_terrasse)]


def fmt_cl(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    lib, entries, by_key = [], {}, {}
    n = 0
    for d in DRINKS:
        key = d[0]
        if key in by_key:
            raise SystemExit("duplicate drink key %s" % key)
        by_key[key] = d
        entries[key] = {}
        for f, vins in d[8]:
            for v in vins:
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                entries[key][(f, v)] = bid
                lib.append({"id": bid, "name": d[1], "producer": d[2], "appellation": d[3],
                            "region": d[4], "country": d[5], "colour": d[6],
                            "category": d[7], "vintage": v, "format_cl": fmt_cl(f)})
    return lib, entries, by_key


def parse(line):
    p = line.split("|")
    if p[0] == "-":
        if len(p) != 6:
            raise SystemExit("bad line: %r" % line)
        return None, p[1], int(p[2]) if p[2] else None, p[3], p[4], p[5]
    if len(p) != 4:
        raise SystemExit("bad line: %r" % line)
    return p[0], p[1], int(p[2]) if p[2] else None, None, p[3], None


def build_cases(entries, by_key, verbose=False):
    cases, seen, errors = [], set(), []
    for till, mod in CASE_MODULES:
        render, read, _ = TILLS[till]
        for line in mod.CASES.strip().splitlines():
            key, meas, vint, fam, text, why = parse(line.strip())
            drink = by_key.get(key) if key else None
            if key and drink is None:
                raise SystemExit("unknown key %s" % key)
            if drink:
                fam = family_of(drink)
                if vint and all(v is None for _, vs in drink[8] for v in vs):
                    raise SystemExit("vintage on a non-vintage drink: %r" % line)
            label, cut = render(meas, vint, text, fam)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if partial_vintage(till, label):
                errors.append("cut leaves part of a vintage: %r" % label)
                continue
            tok, rv = read(label)
            rm = measure_from_token(till, tok, fam)
            if rm != (meas if meas != "x" else ""):
                errors.append("measure misread %r: %r vs %r" % (label, rm, meas))
                continue
            cutnote = ""
            if rv != vint:
                if vint is not None and rv is None and cut:
                    cutnote = " [%d cut off by the till]" % vint
                else:
                    errors.append("vintage misread %r: %r vs %r" % (label, rv, vint))
                    continue
            if drink:
                exp, bid, also, ups, reason = answer(drink, entries[key], meas, rv)
                note = "%s (%s)" % (drink[1], drink[2])
                if reason:
                    note += ": " + reason
                note += cutnote
            else:
                exp, bid, also, ups = "none", None, [], None
                note = why
            cases.append({"label": label, "expect": exp, "beverage_id": bid,
                          "also_ok": also, "vintage": rv, "units_per_sale": ups,
                          "note": note, "connection": till})
            if verbose:
                print("%-8s %-6s %-44s %s %s %s" % (till, exp, label, bid, also, ups))
    if errors:
        raise SystemExit("\n".join(errors))
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, entries, by_key = build_library()
    cases = build_cases(entries, by_key, "-v" in sys.argv)
    dump(lib, os.path.join(HERE, "%s_library.jsonl" % NAME))
    dump(cases, os.path.join(HERE, "%s_cases.jsonl" % NAME))
    tally = {}
    for c in cases:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till, _ in CASE_MODULES:
        print("  %-9s yes %3d  almost %3d  none %3d" % (
            till, tally.get((till, "yes"), 0), tally.get((till, "almost"), 0),
            tally.get((till, "none"), 0)))
    for e in ("yes", "almost", "none"):
        k = sum(v for (t, x), v in tally.items() if x == e)
        print("  %-6s %3d  %.1f %%" % (e, k, 100.0 * k / len(cases)))


if __name__ == "__main__":
    main()
