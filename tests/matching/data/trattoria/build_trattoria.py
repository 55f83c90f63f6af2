#!/usr/bin/env python3
"""Writes trattoria_library.jsonl and trattoria_cases.jsonl (Trattoria Lucciola, Paris).

Stdlib only, no randomness: the tablet's prices come from an MD5 of the label. Each case is
rendered through its till's habits (trattoria_tills) and its expected answer is computed
from the rendered label with the bench README's rules (trattoria_specs.resolve): a vintage
the register's cut took off is no longer on the label; a product typed in a format the
library does not hold is none.

    python3 tests/matching/data/trattoria/build_trattoria.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import trattoria_cases_cassa
import trattoria_cases_consegna
import trattoria_cases_tablet
from trattoria_drinks import BY_KEY
from trattoria_specs import ROWS, bottle_format, parse, resolve
from trattoria_tills import MEASURES, render_cassa, render_consegna, render_tablet

CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def remark(exp, key, reason):
    """A remark on a drink case goes into its note."""
    if key != "-" and reason:
        exp["note"] += " (%s)" % reason
    return exp


def build_cassa():
    out = []
    for s in parse(trattoria_cases_cassa.SPECS):
        label, v, lost, ok = render_cassa(s["meas"], s["vintage"], s["text"])
        key, reason = s["key"], s["reason"]
        if s["cut"]:
            key = s["cut"]
            if key != "-" and key not in BY_KEY:
                raise SystemExit("unknown cut reading %r" % key)
            reason = "%s; the cut took %r off, the label as it stands reads as %s" % (
                reason, lost, "no drink held" if key == "-" else BY_KEY[key]["name"])
        elif not ok:
            raise SystemExit("cassa: the cut takes more than the vintage and a word's tail, "
                             "declare the reading: %r (lost %r)" % (label, lost))
        if v is None and re.search(r"(^| )\d\d$", label):
            raise SystemExit("cassa: a final two-digit word that is no vintage: %r" % label)
        exp = remark(resolve(key, s["meas"], v, reason), key, reason)
        if isinstance(s["vintage"], int) and v is None and not s["cut"]:
            exp["note"] += " [%d cut off by the till]" % s["vintage"]
        elif lost and not s["cut"]:
            exp["note"] += " [%r cut off by the till]" % lost
        out.append((label, exp, v, "cassa"))
    return out


def build_tablet():
    out = []
    for s in parse(trattoria_cases_tablet.SPECS):
        if s["cut"]:
            raise SystemExit("the tablet never cuts")
        label = render_tablet(s["meas"], s["vintage"], s["text"], s["reason"])
        v = s["vintage"] if isinstance(s["vintage"], int) else None
        exp = remark(resolve(s["key"], s["meas"], v, s["reason"]), s["key"], s["reason"])
        out.append((label, exp, v, "tablet"))
    return out


def build_consegna():
    out = []
    for s in parse(trattoria_cases_consegna.SPECS):
        if s["meas"] != "-" and MEASURES[s["meas"]][0] != "bottle":
            raise SystemExit("the delivery export sells bottles only: %r" % s["text"])
        fmt = bottle_format(s["key"], s["meas"]) if s["meas"] != "-" else None
        if s["key"] != "-" and BY_KEY[s["key"]]["category"] in ("vin", "champagne"):
            if s["vintage"] is None:
                raise SystemExit("a wine on the export carries a year or s.a.: %r" % s["text"])
        label = render_consegna(s["meas"], s["vintage"], s["text"], fmt)
        v = s["vintage"] if isinstance(s["vintage"], int) else None
        exp = remark(resolve(s["key"], s["meas"], v, s["reason"]), s["key"], s["reason"])
        out.append((label, exp, v, "consegna"))
    return out


def main():
    cases = build_cassa() + build_tablet() + build_consegna()
    labels = Counter(c[0] for c in cases)
    dup = [l for l, n in labels.items() if n > 1]
    if dup:
        raise SystemExit("duplicate labels: %r" % dup)
    with open(os.path.join(HERE, "trattoria_library.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "trattoria_cases.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for label, exp, v, till in cases:
            row = {"label": label, "expect": exp["expect"], "beverage_id": exp["beverage_id"],
                       "also_ok": exp["also_ok"], "vintage": v,
                       "units_per_sale": exp["units_per_sale"], "note": exp["note"],
                       "connection": till}
            f.write(json.dumps({k: row[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")
    Counter((c[3], c[1]["expect"]) for c in cases)
    for till in ("cassa", "tablet", "consegna", None):
        sel = [c for c in cases if till is None or c[3] == till]
        n = Counter(c[1]["expect"] for c in sel)
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
            till or "all", n["yes"], n["almost"], n["none"], len(sel)))
    print("%d drinks, %d cases" % (len(ROWS), len(cases)))


if __name__ == "__main__":
    main()
