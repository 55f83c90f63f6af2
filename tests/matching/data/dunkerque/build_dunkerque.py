"""Build the blind held-out set "dunkerque": writes dunkerque_library.jsonl and
dunkerque_cases.jsonl beside this file, byte-identically on every run (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dunkerque_cases_bar
import dunkerque_cases_carna
import dunkerque_cases_salle
import dunkerque_drinks as drinks
import dunkerque_rules as rules
import dunkerque_tills as tills

TILLS = [("BAR", dunkerque_cases_bar.CASES), ("SALLE", dunkerque_cases_salle.CASES),
         ("CARNA", dunkerque_cases_carna.CASES)]


def build():
    entries, index = drinks.library("du")
    fams = {f["key"]: f for f in drinks.families()}
    cases, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            parts = line.split("|")
            key, measure, vint, typed = parts[:4]
            why = parts[4] if len(parts) > 4 else ""
            vint = int(vint) if vint else None
            label = tills.render(till, measure, vint, typed)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = tills.read_vintage(till, label)
            cut = " [%d cut off by the till]" % vint if vint is not None and lv is None else ""
            if lv is not None and lv != vint:
                raise SystemExit("vintage misread %r" % label)
            if key == "-":
                exp, bid, also, units, note = "none", None, [], None, why + cut
            else:
                fam = fams[key]
                exp, bid, also, units, r = rules.answer(fam, measure, lv, index)
                note = "%s (%s)" % (fam["name"], fam["producer"])
                if exp == "none" or r:
                    note += ": " + r
                note += cut
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note,
                          "connection": till})
    return entries, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    entries, cases = build()
    write(os.path.join(HERE, "dunkerque_library.jsonl"), entries)
    write(os.path.join(HERE, "dunkerque_cases.jsonl"), cases)
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cases)
    n = len(cases)
    print("library", len(entries), "cases", n)
    for t, _ in TILLS:
        print(t, {e: c[(t, e)] for e in ("yes", "almost", "none")})
    for e in ("yes", "almost", "none"):
        k = sum(1 for x in cases if x["expect"] == e)
        print(e, k, "%.1f%%" % (100.0 * k / n))
