#!/usr/bin/env python3
"""Build the blind held-out set "Winstub du Château" (Lunéville): library and cases.

Stdlib only, no randomness: two runs write byte-identical files.
    python3 build_luneville.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import luneville_cases_comptoir
import luneville_cases_tablette
import luneville_cases_z
from luneville_drinks import DRINKS
from luneville_rules import MEASURES, answer, fmt_num
from luneville_tills import read_back, render

PREFIX = "LNV"
TILLS = [("comptoir", luneville_cases_comptoir), ("tablette", luneville_cases_tablette),
         ("z", luneville_cases_z)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def build_library():
    rows, by_key, n = [], {}, 0
    for key, name, producer, app, region, country, colour, cat, formats in DRINKS:
        assert key not in by_key, key
        by_key[key] = {"name": name, "producer": producer, "category": cat, "entries": []}
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda x: x or 0):
                n += 1
                bid = f"{PREFIX}{n:03d}"
                rows.append(dict(zip(LIB_FIELDS, [bid, name, producer, app, region, country,
                                                  colour, cat, v, fmt_num(f)], strict=False)))
                by_key[key]["entries"].append((bid, f, v))
    return rows, by_key


def parse(text):
    for line in text.strip().splitlines():
        parts = line.split("|")
        if parts[0] == "-":
            _, m, v, t, reason = parts
            yield None, m, (int(v) if v else None), t, reason
        else:
            k, m, v, t = parts
            yield k, m, (int(v) if v else None), t, None


def build_cases(by_key):
    cases, seen = [], set()
    for till, mod in TILLS:
        for key, measure, vintage, text, reason in parse(mod.CASES):
            assert measure in MEASURES, (till, measure)
            label = render(till, measure, vintage, text)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            m_back, v_back = read_back(till, label)
            if v_back not in (vintage, None):
                raise SystemExit(f"{till}: vintage misread in {label!r}")
            if m_back not in (measure, None) and not (measure == "C75" and m_back == "B"):
                raise SystemExit(f"{till}: measure misread in {label!r}: {m_back} != {measure}")
            cut = vintage is not None and v_back is None
            if key is None:
                exp, bid, also, units, why = "none", None, [], None, reason
                note = reason
            else:
                d = by_key[key]
                exp, bid, also, units, why = answer(d["entries"], d["category"], measure, v_back)
                who = f"{d['name']} ({d['producer']})"
                if exp == "none":
                    note = f"{who}: {why}"
                elif exp == "almost":
                    held = sorted(e[2] for e in d["entries"] if e[0] in [bid, *also])
                    note = f"{who}: label vintage {v_back} not in library, has {held}"
                else:
                    note = who
                if cut:
                    note += f" [{vintage} cut off by the till]"
            cases.append(dict(zip(CASE_FIELDS, [label, exp, bid, also, v_back, units, note,
                                                till], strict=False)))
    return cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    write(os.path.join(HERE, "luneville_library.jsonl"), lib)
    write(os.path.join(HERE, "luneville_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print(f"{len(lib)} drinks, {len(cases)} cases")
        for till, _ in [*TILLS, ("total", None)]:
            sel = [c for c in cases if till == "total" or c["connection"] == till]
            cnt = {e: sum(c["expect"] == e for c in sel) for e in ("yes", "almost", "none")}
            print(f"{till:9s} " + "  ".join(f"{e} {cnt[e]:3d} ({100 * cnt[e] / len(sel):.1f} %)"
                                            for e in cnt) + f"  total {len(sel)}")


if __name__ == "__main__":
    main()
