"""Build the narbonne held-out set: writes narbonne_library.jsonl and narbonne_cases.jsonl.

Stdlib only, deterministic. Each case is rendered with its till's habits; the vintage is
read back from the RENDERED label and the answer is computed from it by the bench README's
rules (narbonne_rules.py). The build stops if the computed answer differs from the one the
author intended, if a label repeats, or if a vintage is read back wrong."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import narbonne_cases_comptoir
import narbonne_cases_marche
import narbonne_cases_traiteur
from narbonne_drinks import entries
from narbonne_rules import FAM, answer
from narbonne_tills import TILLS

ANS = {"y": "yes", "a": "almost", "n": "none"}
SOURCES = [("COMPTOIR", narbonne_cases_comptoir.CASES), ("MARCHE", narbonne_cases_marche.CASES),
           ("TRAITEUR", narbonne_cases_traiteur.CASES)]


def describe(bid, rows):
    r = rows[bid]
    return "%s (%s)" % (r["name"], r["producer"])


def main():
    rows, index = entries()
    by_id = {r["id"]: r for r in rows}
    cases, seen, errors = [], set(), []
    for till, text in SOURCES:
        render, read = TILLS[till]
        for line in text.strip().splitlines():
            f = line.split("|")
            if len(f) == 5 and f[1] == "-":  # no drink: no vintage column typed
                f.insert(3, "")
            a, key, measure, vint, typed, note = f
            vint = int(vint) if vint else None
            label = render(key, measure, vint, typed)
            got = read(label)
            cut = vint is not None and got is None
            if got is not None and got != vint:
                errors.append("%s: vintage read back %s, typed %s" % (label, got, vint))
            m = measure.split("/", 1)[1] if "/" in measure and key == "-" else measure
            exp, bid, also, units, why = answer(key, m, got, index)
            if exp != ANS[a]:
                errors.append("%s: intended %s, computed %s" % (label, ANS[a], exp))
            if label in seen:
                errors.append("label twice: %s" % label)
            seen.add(label)
            parts = []
            if bid:
                parts.append(describe(bid, by_id))
            elif key != "-":
                parts.append("%s (%s)" % (FAM[key][1], FAM[key][2]))
            for p in (why, note):
                if p:
                    parts.append(p)
            if cut:
                parts.append("[%d cut off by the till]" % vint)
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": got, "units_per_sale": units, "note": ": ".join(parts[:1]) +
                          ("; " + "; ".join(parts[1:]) if len(parts) > 1 else ""),
                          "connection": till})
    if errors:
        sys.exit("\n".join(errors))
    with open(os.path.join(HERE, "narbonne_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "narbonne_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library %d drinks, %d cases" % (len(rows), len(cases)))


if __name__ == "__main__":
    main()
