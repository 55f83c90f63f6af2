"""Build the Tulle blind set: python3 build_tulle.py  (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tulle_cases_f
import tulle_cases_p
import tulle_cases_w
import tulle_drinks
from tulle_rules import ordinary, resolve
from tulle_tills import MEASURES, read_back, render

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
TILLS = [("P", tulle_cases_p.CASES), ("F", tulle_cases_f.CASES), ("W", tulle_cases_w.CASES)]


def bottle_fmt(by_key, key, measure):
    kind, vol = MEASURES[measure]
    if vol is not None:
        return vol
    if key == "-" or kind == "none":
        return 75
    return ordinary(by_key[key]) or by_key[key][0]["format_cl"]


def main():
    rows, by_key = tulle_drinks.library()
    lib = [{k: r[k] for k in LIB_FIELDS} for r in rows]
    cases, errors, seen = [], [], set()
    for till, lst in TILLS:
        for c in lst:
            expect, key, measure, vintage, text = c[:5]
            reason = c[5] if len(c) > 5 else None
            if key != "-" and key not in by_key:
                errors.append("unknown key %s" % key)
                continue
            cheap = key != "-" and by_key[key][0]["category"] not in ("vin", "champagne")
            label = render(till, text, measure, vintage, bottle_fmt(by_key, key, measure), cheap)
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            got, bid, also, units, note, vin = resolve(by_key, key, till, label)
            if vin is not None and vin != vintage:
                errors.append("%s reads back vintage %s nobody typed" % (label, vin))
            rv, rm, _ = read_back(till, label)
            if till in "PW" and rm is not None and rm != measure and measure not in ("btl", "u", "x"):
                errors.append("%s reads back measure %s, typed %s" % (label, rm, measure))
            if got != expect:
                errors.append("%s %r: declared %s, computed %s (%s)" % (till, label, expect, got, note))
            if note is None:
                note = reason or "not in the library"
            elif reason:
                note += "; " + reason
            if vintage and vin is None:
                note += " [%d cut off by the till]" % vintage
            cases.append({"label": label, "expect": got, "beverage_id": bid, "also_ok": also,
                          "vintage": vin, "units_per_sale": units, "note": note,
                          "connection": till})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "tulle_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "tulle_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
