"""Build the saintmalo held-out set: saintmalo_library.jsonl and saintmalo_cases.jsonl.

Stdlib only, deterministic: python3 build_saintmalo.py (from anywhere)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import saintmalo_cases_comptoir
import saintmalo_cases_export
import saintmalo_cases_terrasse
from saintmalo_drinks import DRINKS
from saintmalo_rules import answer, target
from saintmalo_tills import COMPTOIR_WIDTH, RENDER, VINTAGE, ascii_upper

PREFIX = "sm"
TILLS = [("comptoir", saintmalo_cases_comptoir.CASES),
         ("terrasse", saintmalo_cases_terrasse.CASES),
         ("export", saintmalo_cases_export.CASES)]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, ids, by_key = [], {}, {}
    n = 0
    for d in DRINKS:
        key = d[0]
        by_key[key] = d
        ids[key] = {}
        for vintage, fmt in d[8]:
            n += 1
            bid = f"{PREFIX}{n:03d}"
            ids[key][(vintage, fmt)] = bid
            lib.append({"id": bid, "name": d[1], "producer": d[2], "appellation": d[3],
                        "region": d[4], "country": d[5], "colour": d[6], "category": d[7],
                        "vintage": vintage, "format_cl": fmt_num(fmt)})
    return lib, ids, by_key


def build_cases(ids, by_key):
    out, seen = [], set()
    for conn, cases in TILLS:
        render, read = RENDER[conn], VINTAGE[conn]
        for c in cases:
            key, meas, vint, text = c[:4]
            if key is None:
                reason = c[4]
                if conn == "comptoir":
                    label = ascii_upper(text)[:COMPTOIR_WIDTH].rstrip()
                elif conn == "export":
                    label = render(None, meas, vint, text, fam=c[5], fmt=75)
                else:
                    label = render(None, meas, vint, text)
                v = read(label)
                assert v == vint, (label, v, vint)
                row = {"label": label, "expect": "none", "beverage_id": None,
                       "also_ok": [], "vintage": v, "units_per_sale": None,
                       "note": f"{text}: {reason}", "connection": conn}
            else:
                d = by_key[key]
                fmt, _ = target(d, meas)
                if conn == "export":
                    label = render(d, meas, vint, text, fmt=fmt)
                else:
                    label = render(d, meas, vint, text)
                v = read(label)
                assert v in (vint, None), (label, v, vint)
                exp, bid, also, units, why = answer(d, ids[key], meas, v)
                note = f"{d[1]} ({d[2]})"
                if exp == "none":
                    note += f": {meas} not held"
                elif why:
                    note += ": " + why
                if vint is not None and v is None:
                    note += f" [{vint} cut off by the till]"
                row = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                       "vintage": v, "units_per_sale": units, "note": note,
                       "connection": conn}
            if label in seen:
                raise SystemExit(f"duplicate label: {label}")
            seen.add(label)
            out.append(row)
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids, by_key = build_library()
    cases = build_cases(ids, by_key)
    write(os.path.join(HERE, "saintmalo_library.jsonl"), lib)
    write(os.path.join(HERE, "saintmalo_cases.jsonl"), cases)
    counts = {}
    for r in cases:
        counts.setdefault(r["connection"], {}).setdefault(r["expect"], 0)
        counts[r["connection"]][r["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    for conn, c in counts.items():
        print(f"  {conn:9} yes {c.get('yes', 0):3} almost {c.get('almost', 0):3} "
              f"none {c.get('none', 0):3} total {sum(c.values())}")
    tot = {e: sum(1 for r in cases if r["expect"] == e) for e in ("yes", "almost", "none")}
    print("  " + ", ".join(f"{e} {n} ({100 * n / len(cases):.1f} %)" for e, n in tot.items()))


if __name__ == "__main__":
    main()
