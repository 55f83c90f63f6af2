"""Build the troyes held-out set: python3 build_troyes.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import troyes_cases_bar
import troyes_cases_hotel
import troyes_cases_salle
from troyes_rules import INFO, family, library, read_measure, read_vintage, resolve
from troyes_tills import render_bar, render_hotel, render_salle

CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]


def main():
    rows, by_key = library()
    cases, seen = [], set()
    for conn, mod in (("bar", troyes_cases_bar), ("salle", troyes_cases_salle), ("hotel", troyes_cases_hotel)):
        for spec in mod.CASES:
            key, meas, vint, text = spec[:4]
            why = spec[4] if len(spec) > 4 else None
            fam = key[1:] if key.startswith("!") else family(key)
            if conn == "bar":
                label, was_cut = render_bar(fam, meas, vint, text)
            elif conn == "salle":
                label, was_cut = render_salle(None if key.startswith("!") else key, meas, vint, text, fam)
            else:
                label, _was_cut = render_hotel(fam, None if key.startswith("!") else key, meas, vint, text)
            assert label not in seen, label
            seen.add(label)
            lv = read_vintage(conn, label)
            assert read_measure(conn, label) == meas, (label, meas)
            assert lv in (None, vint), (label, lv)
            if key.startswith("!"):
                exp, bid, also, units, note = "none", None, [], None, why
            else:
                exp, bid, also, units, reason = resolve(by_key, key, meas, lv)
                d = INFO[key]
                note = f"{d[1]} ({d[2]})"
                if reason:
                    note += f": {reason}"
                if exp == "almost":
                    have = sorted(e[1] for e in by_key[key] if e[0] in [bid, *also])
                    note += f": label vintage {lv} not in library, has {have}"
                if vint and lv is None:
                    note += f" [{vint} cut off by the till]"
            if units is not None and units == int(units):
                units = int(units)
            cases.append(dict(zip(CASE_FIELDS, [label, exp, bid, also, lv, units, note, conn], strict=False)))
    with open(os.path.join(HERE, "troyes_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "troyes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print(len(rows), "drinks,", len(cases), "cases", dict(tot), {k: round(100 * v / len(cases), 1) for k, v in tot.items()})
    for conn in ("bar", "salle", "hotel"):
        print(conn, [cnt[(conn, e)] for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
