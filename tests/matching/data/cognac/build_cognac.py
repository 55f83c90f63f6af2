#!/usr/bin/env python3
"""Builds cognac_library.jsonl and cognac_cases.jsonl (deterministic, stdlib only).
python3 tests/matching/data/cognac/build_cognac.py"""
import json
import os
import re
import sys
from urllib.parse import parse_qs

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cognac_cases_caisse import CASES as CAISSE
from cognac_cases_eshop import CASES as ESHOP
from cognac_cases_gueridon import CASES as GUERIDON
from cognac_drinks import DRINKS
from cognac_rules import answer, make_library
from cognac_tills import department, render_caisse, render_eshop, render_gueridon

CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def read_vintage(till, label):
    """The vintage printed on the rendered label (the same reading as check_cognac.py)."""
    if till == "caisse":
        toks = label.split(" ")[1:]
        if toks and re.fullmatch(r"[0-9A-Z/]+", toks[-1]) and toks[-1] in MEAS_TOKENS:
            toks = toks[:-1]
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        if toks and re.fullmatch(r"(19|20)\d\d", toks[-1]):
            return int(toks[-1])
        return None
    if till == "gueridon":
        body = label.rsplit(" = ", 1)[0]
        m = re.search(r" ((?:19|20)\d\d)$", body)
        return int(m.group(1)) if m else None
    q = parse_qs(label, keep_blank_values=True)
    m = re.match(r"((?:19|20)\d\d) / ", q["variant"][0])
    return int(m.group(1)) if m else None


from cognac_tills import CAISSE_MEAS

MEAS_TOKENS = set(CAISSE_MEAS.values())


def fmt_num(x):
    if x is None:
        return None
    if float(x).is_integer():
        return int(x)
    return x


def main():
    rows, by_key = make_library(DRINKS)
    cases, seen = [], set()
    for till, specs in (("caisse", CAISSE), ("gueridon", GUERIDON), ("eshop", ESHOP)):
        for spec in specs:
            key, measure, vint, text, why = spec[:5]
            variant = spec[5] if len(spec) > 5 else None
            d = None
            if key is not None and not key.startswith("@"):
                d = by_key[key]
            if till == "caisse":
                dept = department(d) if d else int(key[1:])
                label = render_caisse(dept, measure, vint, text, d or {"category": "spiritueux" if dept <= 3 else "vin"})
            elif till == "gueridon":
                label = render_gueridon(measure, vint, text)
            else:
                label = render_eshop(measure, vint, text, variant)
            assert label not in seen, label
            seen.add(label)
            lv = read_vintage(till, label)
            assert lv == (vint if lv is not None else None), (label, lv, vint)
            if d is None:
                assert why, label
                rec = ["none", None, [], lv, None, why]
            else:
                exp, bid, also, units, w = answer(d, measure, lv)
                note = "%s (%s)" % (d["name"], d["producer"])
                if d["colour"] and d["category"] == "vin" and d["key"] in ("carb_rg", "carb_bl"):
                    note += " %s" % d["colour"]
                if w:
                    note += ": " + w
                if vint is not None and lv is None:
                    note += " [%d cut off by the till]" % vint
                if why:
                    note += " (%s)" % why
                rec = [exp, bid, also, lv, fmt_num(units), note]
            exp, bid, also, lv, units, note = rec
            cases.append(dict(zip(CASE_FIELDS, [label, exp, bid, also, lv, units, note, till], strict=False)))
    lib_rows = [{k: (fmt_num(r[k]) if k == "format_cl" else r[k]) for k in LIB_FIELDS} for r in rows]
    with open(os.path.join(HERE, "cognac_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cognac_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print("library %d, cases %d" % (len(lib_rows), len(cases)))
    for t in ("caisse", "gueridon", "eshop"):
        print(t, [cnt[(t, e)] for e in ("yes", "almost", "none")], sum(cnt[(t, e)] for e in ("yes", "almost", "none")))
    print("all", {e: "%d (%.1f %%)" % (tot[e], 100.0 * tot[e] / len(cases)) for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
