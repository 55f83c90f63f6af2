#!/usr/bin/env python3
"""Build the "sens" held-out matching set: sens_library.jsonl and sens_cases.jsonl.

Stdlib only, deterministic.  python3 tests/matching/data/sens/build_sens.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sens_cases_appli
import sens_cases_caisse
import sens_cases_mensuel
import sens_drinks
import sens_rules
import sens_tills as T


def typed_vintage(text):
    m = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    return int(m[-1]) if m else None


def make_cases(rows, keys):
    out = []

    def add(label, till, key, meas, vintage, why, typed):
        exp, bid, also, units, note = sens_rules.answer(rows, keys, key, meas, vintage, why)
        if typed is not None and vintage is None:
            note += " [%d cut off by the till]" % typed
        out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                    "vintage": vintage, "units_per_sale": units, "note": note,
                    "connection": till})

    for text, meas, key, why, trailing in sens_cases_caisse.CASES:
        label = T.render_caisse(text, meas, trailing)
        add(label, "caisse", key, meas, T.vintage_caisse(label), why, typed_vintage(text))
    for qty, text, meas, key, why, mods in sens_cases_appli.CASES:
        label = T.render_appli(qty, text, meas, mods)
        add(label, "appli", key, meas, T.vintage_appli(label), why, typed_vintage(text))
    for art, meas, fam, vint, prod, key, why in sens_cases_mensuel.CASES:
        label = T.render_mensuel(art, meas, fam, vint, prod)
        add(label, "mensuel", key, meas, T.vintage_mensuel(label), why, vint)
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("repeated labels: %r" % sorted(dup))
    return out


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, keys = sens_drinks.library()
    cases = make_cases(rows, keys)
    dump(os.path.join(HERE, "sens_library.jsonl"), rows)
    dump(os.path.join(HERE, "sens_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    for e in ("yes", "almost", "none"):
        tot = sum(v for (t, x), v in counts.items() if x == e)
        print("%-7s %3d %5.1f %%  " % (e, tot, 100.0 * tot / n)
              + "  ".join("%s %d" % (t, counts.get((t, e), 0)) for t in ("caisse", "appli", "mensuel")))
    print("library %d, cases %d" % (len(rows), n))


if __name__ == "__main__":
    main()
