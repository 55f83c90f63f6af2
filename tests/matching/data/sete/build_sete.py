#!/usr/bin/env python3
"""Build the blind held-out set of La Jouteuse (Sète): writes sete_library.jsonl and
sete_cases.jsonl beside this file, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sete_cases_ecailler
import sete_cases_joutes
import sete_cases_salle
from sete_drinks import DRINKS
from sete_rules import answer, pick_format
from sete_tills import RENDER, read

TILLS = [("ecailler", sete_cases_ecailler.CASES), ("salle", sete_cases_salle.CASES),
         ("joutes", sete_cases_joutes.CASES)]


def library():
    rows, index, by_key = [], {}, {}
    for d in DRINKS:
        key, name, prod, app, reg, cty, colour, cat, fmts = d
        by_key[key] = d
        for fmt in fmts:
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                bid = f"sx{len(rows) + 1:03d}"
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app, "region": reg,
                             "country": cty, "colour": colour, "category": cat, "vintage": v,
                             "format_cl": fmt})
                index.setdefault((key, fmt), {})[v] = bid
    return rows, index, by_key


def cases(index, by_key):
    out, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            parts = line.split("|")
            key, meas, yy, typed = parts[:4]
            cat = by_key[key][7] if key != "-" else (parts[5] if len(parts) > 5 else None)
            label, lost = RENDER[till](typed, meas, yy, cat)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            r_meas, r_vint = read(till, label)
            want_v = None if (lost or not yy) else 2000 + int(yy)
            if r_meas != meas or r_vint != want_v:
                raise SystemExit(f"{till}: {label!r} reads back {r_meas!r} {r_vint!r}")
            case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                    "vintage": r_vint, "units_per_sale": None, "note": "", "connection": till}
            if key == "-":
                case["note"] = parts[4]
            else:
                d = by_key[key]
                who = f"{d[1]} ({d[2]})"
                fmt, u = pick_format(d, meas)
                if fmt is None:
                    case["note"] = f"{who}: {u}"
                else:
                    exp, bid, also = answer(d, fmt, r_vint, index[(key, fmt)])
                    case.update(expect=exp, beverage_id=bid, also_ok=also, units_per_sale=u)
                    case["note"] = who + (f", {fmt:g} cl" if fmt != 75 else "")
                    if exp == "almost":
                        held = sorted(v for v in index[(key, fmt)])
                        case["note"] += f": label vintage {r_vint} not held, has {held}"
                if lost:
                    case["note"] += f" [20{yy} cut off by the till]"
            out.append(case)
    return out


def main():
    rows, index, by_key = library()
    cs = cases(index, by_key)
    with open(os.path.join(HERE, "sete_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sete_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(rows)} drinks, {len(cs)} cases")
    tot = {}
    for t, _ in TILLS:
        row = [sum(1 for c in cs if c["connection"] == t and c["expect"] == e) for e in ("yes", "almost", "none")]
        print(f"{t:9s} yes {row[0]:3d} almost {row[1]:3d} none {row[2]:3d} total {sum(row)}")
        for i, e in enumerate(("yes", "almost", "none")):
            tot[e] = tot.get(e, 0) + row[i]
    n = len(cs)
    print("all      " + "  ".join(f"{e} {v} ({100 * v / n:.1f} %)" for e, v in tot.items()))
    if "-v" in sys.argv:
        for c in cs:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["also_ok"], c["units_per_sale"], c["note"])


if __name__ == "__main__":
    main()
