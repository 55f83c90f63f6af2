"""Build the blind held-out set "lisieux": writes lisieux_library.jsonl and lisieux_cases.jsonl.

Stdlib only, deterministic. Run: python3 build_lisieux.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lx_cases_cahier
import lx_cases_caisse
import lx_cases_groupes
import lx_drinks
import lx_rules
import lx_tills

TILLS = [("caisse", lx_cases_caisse.CASES), ("groupes", lx_cases_groupes.CASES),
         ("cahier", lx_cases_cahier.CASES)]


def dump(o):
    return json.dumps(o, ensure_ascii=False)


def main():
    entries, fam = lx_drinks.library()
    byid = {e["id"]: e for e in entries}
    cases, seen, bad = [], set(), []
    for conn, specs in TILLS:
        render = lx_tills.RENDER[conn]
        for i, (hint, text, meas, vint, what) in enumerate(specs):
            label = render(i, text, meas, vint)
            assert label not in seen, label
            seen.add(label)
            lv = lx_tills.read_vintage(conn, label)
            if vint is None:
                assert lv is None, ("spurious vintage", label)
            if what in fam:
                exp, bid, also, units, why = lx_rules.answer(entries, fam, what, meas, lv)
                e = byid[fam[what][0]]
                note = "%s (%s)" % (e["name"], e["producer"])
                if why:
                    note += ": " + why
                if vint and lv is None:
                    note += "; the cut took the vintage off"
            else:
                exp, bid, also, units, note = "none", None, [], None, what
            if exp[0] != hint:
                bad.append((hint, exp, label, note))
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note, "connection": conn})
    for b in bad:
        print("HINT MISMATCH", b)
    assert not bad
    with open(os.path.join(HERE, "lisieux_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in entries:
            f.write(dump(e) + "\n")
    with open(os.path.join(HERE, "lisieux_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(dump(c) + "\n")
    print("library %d, cases %d" % (len(entries), len(cases)))


if __name__ == "__main__":
    main()
