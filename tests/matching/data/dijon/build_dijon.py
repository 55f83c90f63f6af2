"""Build the Brasserie des Halles (Dijon) held-out set: dijon_library.jsonl and
dijon_cases.jsonl, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dijon_cases_bar
import dijon_cases_salle
import dijon_cases_terrasse
from dijon_drinks import entries
from dijon_rules import answer
from dijon_tills import RENDER, read_vintage

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
TILLS = [("SALLE", dijon_cases_salle.CASES), ("BAR", dijon_cases_bar.CASES),
         ("TERRASSE", dijon_cases_terrasse.CASES)]


def fmt_num(x):
    return int(x) if isinstance(x, float) and x == int(x) else x


def main():
    lib = entries()
    for i, e in enumerate(lib, 1):
        e["id"] = f"dj{i:03d}"
    keys = {e["key"] for e in lib}
    byid = {e["id"]: e for e in lib}
    cases, seen = [], set()
    for conn, specs in TILLS:
        for fam, meas, text, vint, key, note in specs:
            label, was_cut = RENDER[conn](fam, meas, text, vint)
            assert label not in seen, f"duplicate label {label!r}"
            seen.add(label)
            lv = read_vintage(conn, label)
            if key is None:
                expect, bid, also, units = "none", None, [], None
                why = note
            else:
                assert key in keys, key
                expect, bid, also, units, why = answer(lib, key, meas, lv)
                e = byid[bid]
                why = f"{e['name']} ({e['producer']})" + (f": {why}" if why else "")
                if note:
                    why += f"; {note}"
            if was_cut and vint is not None and lv is None:
                why += f" [{vint} cut off by the till]"
            cases.append({"label": label, "expect": expect, "beverage_id": bid,
                          "also_ok": also, "vintage": lv, "units_per_sale": units,
                          "note": why, "connection": conn})
    with open(os.path.join(HERE, "dijon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            row = {k: fmt_num(e[k]) for k in LIB_FIELDS}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dijon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    for a in ("yes", "almost", "none"):
        t = sum(v for (cn, x), v in counts.items() if x == a)
        print(f"{a:7s} {t:4d} {100 * t / n:5.1f} %  " +
              "  ".join(f"{conn} {counts.get((conn, a), 0)}" for conn, _ in TILLS))
    print(f"library {len(lib)}  cases {n}")


if __name__ == "__main__":
    main()
