#!/usr/bin/env python3
"""Build the bistrot held-out matching set (stdlib only, deterministic).

    python3 build_bistrot.py          # writes bistrot_library.jsonl and bistrot_cases.jsonl

The library comes from bistrot_drinks.py.  Each case comes from a spec (what the staff
typed, bistrot_cases_*.py): the label is rendered with its till's habits
(bistrot_tills.py) and the expected answer is computed from the *printed* label with the
bench README's rules: the vintage and the measure are read back from the label, so a
vintage cut off by the till is no longer there; a format the library does not hold gives
none; a pour refers to the ordinary bottle; also_ok lists the wine's other vintages in the
same format; almost is the nearest vintage (tie: the more recent one).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bistrot_cases_pointex
import bistrot_cases_tablette
import bistrot_cases_web
from bistrot_drinks import PRODUCTS
from bistrot_tills import READERS, ascii_upper, render_pointex, render_tablette, render_web

PREFIX = "d"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
WINE_CATS = ("vin", "champagne")


def num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, by_key = [], {}
    for key, name, prod, app, region, country, colour, cat, rows in PRODUCTS:
        assert key not in by_key, key
        by_key[key] = {"name": name, "producer": prod, "category": cat, "entries": []}
        for vintage, fmt in rows:
            e = {"id": "%s%03d" % (PREFIX, len(lib) + 1), "name": name, "producer": prod,
                 "appellation": app, "region": region, "country": country,
                 "colour": colour, "category": cat, "vintage": vintage,
                 "format_cl": num(fmt)}
            lib.append(e)
            by_key[key]["entries"].append(e)
    return lib, by_key


def render(spec):
    t = spec["till"]
    if t == "pointex":
        return render_pointex(spec["fam"], spec["meas"], spec["core"], spec["vintage"])
    if t == "tablette":
        return render_tablette(spec["core"], spec["meas"], spec["vintage"], spec["price"])
    return render_web(spec["producer"], spec["cuvee"], spec["appellation"],
                      spec["vintage"], spec["size"])


def fmt_cl(x):
    return ("%g" % x).replace(".", ",") + " cl"


def none_case(label, vintage, note, till):
    return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
            "vintage": vintage, "units_per_sale": None, "note": note, "connection": till}


def resolve(spec, by_key):
    till = spec["till"]
    label = render(spec)
    r = READERS[till](label)
    lv = r["vintage"]
    typed = spec["vintage"] if isinstance(spec["vintage"], int) else None
    notes = []
    if typed is not None and lv is None:
        notes.append("[%d cut off by the till]" % typed)
    elif lv != typed:
        raise SystemExit("vintage read %r but typed %r: %s" % (lv, typed, label))

    target = spec["wine"]
    if till == "pointex" and spec["keys"]:
        gone = [k for k in spec["keys"].split("|") if ascii_upper(k) not in label]
        if gone:
            if not spec["lost"]:
                raise SystemExit("key %s cut off without a reading: %s" % (gone, label))
            target = None if spec["lost"] == "none" else spec["lost"]
            notes.append("[%s cut off by the till]" % " ".join(gone))
    if spec["why"]:
        notes.insert(0, spec["why"])
    if target is None:
        return none_case(label, lv, "; ".join(notes) or "nothing held", till)

    prod = by_key[target]
    entries, cat = prod["entries"], prod["category"]
    head = "%s (%s)" % (prod["name"], prod["producer"])
    kind, vol = r["kind"], r["volume"]
    if kind is None:
        raise SystemExit("no measure read on a drink label: " + label)
    bottles = [e for e in entries if e["format_cl"] < 1000]
    if kind == "draught":
        assert cat == "bière", label
        cands = [e for e in entries if e["format_cl"] >= 1000]
        what = "%s draught" % fmt_cl(vol)
    elif kind == "pour":
        assert cat != "bière", label
        fmts = sorted({e["format_cl"] for e in bottles})
        ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        cands = [e for e in bottles if e["format_cl"] == ordinary]
        what = "%s pour" % fmt_cl(vol)
    else:
        if vol is None:
            fmts = sorted({e["format_cl"] for e in bottles})
            if cat in WINE_CATS:
                want = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else 75)
            else:
                want = fmts[0] if len(fmts) == 1 else None
        else:
            want = vol
        cands = [e for e in bottles if want is not None and e["format_cl"] == want]
        what = "bottle %s" % (fmt_cl(want) if want else "(no bottle held)")
    if not cands:
        held = sorted({fmt_cl(e["format_cl"]) for e in entries})
        notes.insert(0, "%s: %s not held (held: %s)" % (head, what, ", ".join(held)))
        return none_case(label, lv, "; ".join(notes), till)

    fmt = cands[0]["format_cl"]
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    vins = sorted({e["vintage"] for e in cands if e["vintage"] is not None})
    by_v = {e["vintage"]: e for e in cands}
    assert len(by_v) == len(cands), head
    expect, also = "yes", []
    if not vins:
        if lv is not None:
            raise SystemExit("vintage on a non-vintage drink: " + label)
        best = cands[0]
    elif lv is None:
        best = by_v[vins[-1]]
        also = [by_v[v]["id"] for v in vins[:-1]]
    elif lv in by_v:
        best = by_v[lv]
    else:
        near = min(vins, key=lambda v: (abs(v - lv), -v))
        best, expect = by_v[near], "almost"
        also = [by_v[v]["id"] for v in vins if v != near]
        notes.append("label vintage %d not held, has %s" % (lv, vins))
    note = "%s %s, %s" % (head, fmt_cl(fmt), what)
    if kind != "bottle":
        note += " of the %s entry" % fmt_cl(fmt)
    note = "; ".join([note, *notes])
    return {"label": label, "expect": expect, "beverage_id": best["id"], "also_ok": also,
            "vintage": lv, "units_per_sale": num(units), "note": note, "connection": till}


def main():
    lib, by_key = build_library()
    specs = (bistrot_cases_pointex.CASES + bistrot_cases_tablette.CASES
             + bistrot_cases_web.CASES)
    cases, seen = [], set()
    for spec in specs:
        c = resolve(spec, by_key)
        if c["label"] in seen:
            raise SystemExit("duplicate label: " + c["label"])
        seen.add(c["label"])
        cases.append(c)
    with open(os.path.join(HERE, "bistrot_library.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bistrot_cases.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        counts[c["connection"]][c["expect"]] += 1
    print("library: %d drinks; cases: %d" % (len(lib), len(cases)))
    for till, n in counts.items():
        print("  %-9s %s" % (till, n))


if __name__ == "__main__":
    main()
