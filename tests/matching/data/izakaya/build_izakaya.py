#!/usr/bin/env python3
"""Build the izakaya held-out set: izakaya_library.jsonl and izakaya_cases.jsonl.

Python stdlib only, deterministic (no randomness: the handheld's prices come
from a rate per cl, or a SHA-256 of the button for what is no drink). Every
expected answer is computed from the label as the till rendered it, by the
bench README's rules:
  - a bottle measure names the entry of that size; a size the library does
    not hold for that drink is none;
  - a pour comes from the drink's ordinary bottle (72 / 74 / 75 / 70 cl entry,
    else its only format); draught measures only from a keg (>= 1,000 cl);
  - a vintage on the label is that entry's; a vintage not held gives almost
    (nearest, a tie to the more recent); no vintage (or one the till's cut
    took off) gives the most recent with the others in also_ok.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from izakaya_drinks import BY_KEY, ORDINARY, library
from izakaya_specs_h import H
from izakaya_specs_r import R
from izakaya_specs_t import T
from izakaya_tills import MEASURE_EN, MEASURES, render

LIB_FIELDS = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
SAKE_LIKE = ("autre",)


def fmt_cl(x):
    return ("%g" % x).replace(".", ",") if isinstance(x, float) else str(x)


def who(d):
    return "%s (%s)" % (d["name"], d["producer"])


def pour_source(d, entries, kind, what):
    """The entries a pour of drink `d` comes from."""
    if kind == "draught":
        src = [e for e in entries if e["format_cl"] >= 1000]
        return src, ("no keg held" if not src else None)
    fmts = sorted({e["format_cl"] for e in entries})
    ordinary = [f for f in fmts if f in ORDINARY and f < 1000]
    if ordinary:
        f = ordinary[0]
    elif len(fmts) == 1:
        f = fmts[0]
    else:
        raise SystemExit("no ordinary bottle for %s" % d["key"])
    if what == "sake" and d["category"] not in SAKE_LIKE:
        raise SystemExit("sake pour of a non-sake: %s" % d["key"])
    if what == "wine" and d["category"] != "vin":
        raise SystemExit("wine glass of a non-wine: %s" % d["key"])
    if what == "spirit" and d["category"] not in ("spiritueux", "autre"):
        raise SystemExit("dose of %s" % d["key"])
    return [e for e in entries if e["format_cl"] == f], None


def answer(spec, label_v, cut_v, entries_by_key):
    """(expect, beverage_id, also_ok, units, note) for a rendered label."""
    if spec.key is None:
        return "none", None, [], None, spec.why
    d = BY_KEY[spec.key]
    entries = entries_by_key[spec.key]
    kind, vol, what = MEASURES[spec.m]
    if kind == "bottle":
        src = [e for e in entries if e["format_cl"] == vol]
        if not src:
            held = ", ".join(fmt_cl(f) for f in sorted({e["format_cl"] for e in entries}))
            return (
                "none",
                None,
                [],
                None,
                "%s: %s cl not held (held: %s cl)" % (who(d), fmt_cl(vol), held),
            )
        desc = "bottle %s cl" % fmt_cl(vol)
    else:
        src, why = pour_source(d, entries, kind, what)
        if why:
            return "none", None, [], None, "%s: %s, %s" % (who(d), MEASURE_EN[spec.m], why)
        desc = "%s of the %s cl" % (MEASURE_EN[spec.m], fmt_cl(src[0]["format_cl"]))
    vintages = sorted({e["vintage"] for e in src}, key=lambda v: (v is None, v or 0))
    tail = ""
    if vintages == [None]:
        if label_v is not None:
            raise SystemExit("vintage on a non-vintage drink: %s" % spec.text)
        expect, best, others = "yes", src[0], []
    elif label_v is None:
        best = max(src, key=lambda e: e["vintage"])
        expect, others = "yes", [e for e in src if e is not best]
        if cut_v is not None:
            tail = " [%d cut off by the till]" % cut_v
    elif label_v in vintages:
        expect, best, others = "yes", next(e for e in src if e["vintage"] == label_v), []
    else:
        best = min(src, key=lambda e: (abs(e["vintage"] - label_v), -e["vintage"]))
        expect, others = "almost", [e for e in src if e is not best]
        tail = ": label vintage %d not held, has %s" % (label_v, sorted(vintages))
        if sum(1 for v in vintages if abs(v - label_v) == abs(best["vintage"] - label_v)) > 1:
            tail += " (a tie: the more recent)"
    units = 1 if kind == "bottle" else round(vol / best["format_cl"], 4)
    if spec.q > 1:
        desc += ", x%d on the line (units for one)" % spec.q
    note = "%s, %s%s" % (who(d), desc, tail)
    return expect, best["id"], [e["id"] for e in others], units, note


def build():
    rows, entries_by_key = library()
    cases, seen = [], set()
    for till, specs in (("R", R), ("T", T), ("H", H)):
        for spec in specs:
            label, kept = render(
                till, spec.text, spec.m, spec.v, spec.mods, spec.q, spec.key, spec.rate
            )
            label_v = spec.v if kept else None
            cut_v = spec.v if (spec.v is not None and not kept) else None
            expect, bid, also, units, note = answer(spec, label_v, cut_v, entries_by_key)
            if spec.want and spec.want != expect:
                raise SystemExit("%s: computed %s, wanted %s" % (label, expect, spec.want))
            if not spec.want and expect == "none":
                raise SystemExit("%s: unexpectedly none (%s)" % (label, note))
            if expect == "none" and cut_v is not None:
                note += " [%d cut off by the till]" % cut_v
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            case = {
                "label": label,
                "expect": expect,
                "beverage_id": bid,
                "also_ok": also,
                "vintage": label_v,
                "units_per_sale": units,
                "note": note,
                "connection": till,
            }
            cases.append({k: case[k] for k in CASE_FIELDS})
    return rows, cases


def dump(path, objs, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps({k: o[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "izakaya_library.jsonl"), rows, LIB_FIELDS)
    dump(os.path.join(HERE, "izakaya_cases.jsonl"), cases, CASE_FIELDS)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        counts[c["connection"]][c["expect"]] += 1
    n_none = sum(1 for c in cases if c["expect"] == "none")
    print(
        "library %d, cases %d, none %d (%.1f %%)"
        % (len(rows), len(cases), n_none, 100.0 * n_none / len(cases))
    )
    for till in ("R", "T", "H"):
        print(" ", till, counts[till], sum(counts[till].values()))


if __name__ == "__main__":
    main()
