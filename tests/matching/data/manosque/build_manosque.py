"""Build the Manosque blind held-out set: manosque_library.jsonl and manosque_cases.jsonl.

Stdlib only, deterministic. Each sale is rendered with its till's habits; the vintage is read
back from the RENDERED label, and only then the answer is computed by the bench rules and
compared with the expect written in the data (a mismatch stops the build).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import manosque_cases_caisse
import manosque_cases_salle
import manosque_cases_tablette
from manosque_rules import FAM, MEASURES, answer, build_library, is_wine
from manosque_tills import read_vintage, render

TILLS = [("caisse", manosque_cases_caisse), ("tablette", manosque_cases_tablette),
         ("salle", manosque_cases_salle)]
LETTER = {"y": "yes", "a": "almost", "n": "none"}
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def dumps(obj, fields):
    return json.dumps({k: obj[k] for k in fields}, ensure_ascii=False)


def main():
    entries, index = build_library()
    by_id = {e["id"]: e for e in entries}
    cases, errors, seen = [], [], set()
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            exp, key, meas, vint, text, reason = line.split("|")
            hint = "vin" if key == "-v" else None
            key = None if key.startswith("-") else key
            if meas not in MEASURES:
                errors.append("unknown measure: " + line)
                continue
            typed = None
            if vint:
                typed = int(vint) if len(vint) == 4 else 2000 + int(vint)
            category = FAM[key][5] if key else hint
            size = None
            if key and meas == "B" and not is_wine(key):
                fm = [f for f in FAM[key][6] if f not in (2000, 3000)]
                size = fm[0] if len(fm) == 1 else None
                if size is None:
                    errors.append("non-wine bottle without a size: " + line)
                    continue
            label = render(till, meas, size, typed, text, category)
            if label in seen:
                errors.append("duplicate label: " + label)
            seen.add(label)
            printed = read_vintage(till, label)
            if printed != typed and not (typed and printed is None):
                errors.append("vintage read back %r, typed %r: %s" % (printed, typed, label))
            got, bid, also, units = answer(key, meas, printed, index)
            if got != LETTER[exp]:
                errors.append("expect %s, computed %s: %s" % (LETTER[exp], got, label))
            if key is None and not reason:
                errors.append("none without a reason: " + line)
            if got == "none":
                note = reason or "not held"
                if key and not reason:
                    errors.append("keyed none without a reason: " + line)
            else:
                e = by_id[bid]
                note = "%s (%s)" % (e["name"], e["producer"])
                if got == "almost":
                    held = sorted(by_id[x]["vintage"] for x in [bid, *also])
                    note += ": label vintage %d not in library, has %s" % (printed, held)
            if typed is not None and printed is None:
                note += " [%d cut off by the till]" % typed
            cases.append({"label": label, "expect": got, "beverage_id": bid, "also_ok": also,
                          "vintage": printed, "units_per_sale": units, "note": note,
                          "connection": till})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "manosque_library.jsonl"), "w", encoding="utf-8") as f:
        for e in entries:
            f.write(dumps(e, LIB_FIELDS) + "\n")
    with open(os.path.join(HERE, "manosque_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(dumps(c, CASE_FIELDS) + "\n")
    print("%d drinks, %d cases" % (len(entries), len(cases)))


if __name__ == "__main__":
    main()
