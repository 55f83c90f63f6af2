"""Build the blind held-out set "Le Penalty" (Lens): writes lens_library.jsonl and
lens_cases.jsonl beside this file, byte-identical on every run (stdlib only).

    python3 tests/matching/data/lens/build_lens.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lens_cases_cashless
import lens_cases_kop
import lens_cases_salle
import lens_drinks
import lens_rules
import lens_tills as T

CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection")


def parse(till, line):
    f = line.split("|")
    if till == "salle":
        key, fmt, meas, vint, text = f[:5]
        reason = f[5] if len(f) > 5 else None
        fmt = (float(fmt) if "." in fmt else int(fmt)) if fmt else None
    else:
        key, meas, vint, text = f[:4]
        reason = f[4] if len(f) > 4 else None
        fmt = None
    return key, fmt, meas, int(vint) if vint else None, text, reason


def desc(row):
    return f"{row['name']} ({row['producer']})"


def build():
    rows, by_key = lens_drinks.library()
    cases, seen = [], set()
    for till, mod in (("kop", lens_cases_kop), ("salle", lens_cases_salle), ("cashless", lens_cases_cashless)):
        for line in mod.CASES.strip().splitlines():
            key, fmt, meas, vint, text, reason = parse(till, line)
            if till == "kop":
                label, dropped = T.render_kop(meas, vint, text)
            elif till == "salle":
                label, dropped = T.render_salle(fmt, meas, vint, text)
            else:
                label, dropped = T.render_cashless(meas, vint, text)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            read = T.READERS[till](label)
            if read["measure"] != meas:
                raise SystemExit(f"measure misread {label!r}: {read['measure']} != {meas}")
            if read["vintage"] != (None if dropped else vint):
                raise SystemExit(f"vintage misread {label!r}")
            if key == "-":
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": read["vintage"],
                         "units_per_sale": None, "note": reason, "connection": till}
            else:
                ex, ent, also, units, why = lens_rules.answer(by_key[key], read)
                name = desc(by_key[key][0])
                if ex == "none":
                    note = f"{name}: {why}"
                    c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": read["vintage"],
                             "units_per_sale": None, "note": note, "connection": till}
                else:
                    note = name + (f": {why}, has {sorted(r['vintage'] for r in [ent, *also])}" if ex == "almost" else "")
                    if dropped:
                        note += f" [{vint} cut off by the till]"
                    c = {"label": label, "expect": ex, "beverage_id": ent["id"], "also_ok": [r["id"] for r in also],
                             "vintage": read["vintage"], "units_per_sale": 1 if units == 1 else units,
                             "note": note, "connection": till}
            cases.append({k: c[k] for k in CASE_FIELDS})
    return rows, cases


def main():
    rows, cases = build()
    for name, data in (("lens_library.jsonl", rows), ("lens_cases.jsonl", cases)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            for d in data:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(cases)
    print(f"{len(rows)} drinks, {n} cases")
    for t, d in tab.items():
        print(f"  {t:9s} yes {d['yes']:3d} almost {d['almost']:3d} none {d['none']:3d} total {sum(d.values())}")
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(f"  {e}: {k} ({100 * k / n:.1f} %)")
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["units_per_sale"], c["note"])


if __name__ == "__main__":
    main()
