#!/usr/bin/env python3
"""Build the blind held-out set `geneve`: geneve_library.jsonl and geneve_cases.jsonl.

Deterministic (python3 stdlib only): the same bytes on every run. Each case is rendered by
its till (geneve_tills.py) from what the staff typed (geneve_specs.py); its expected answer
is then computed from the RENDERED label by the bench README's rules: a vintage that D's cut
took off is no longer on the label; a format the library does not hold for that drink is
`none`; a pour refers to the wine's ordinary bottle (geneve_drinks.ordinary_format).
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from geneve_drinks import BY_KEY, library, ordinary_format
from geneve_specs import SPECS
from geneve_tills import (
    MEASURES,
    ArticleNumbers,
    family_of,
    price_for,
    render_d,
    render_e,
    render_t,
)

SEED = 4114  # order of the cases in the file only
NAME = "geneve"
FMT = {37.5: "37.5"}


def fmt_cl(f):
    return FMT.get(f, "%g" % f)


def measure_words(measure):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return "bottle %s cl" % fmt_cl(vol)
    if kind == "draught":
        return "%g cl draught" % vol
    return "%g cl %s" % (vol, "pour" if kind == "pour" else "dose")


def answer(spec, label_vintage, typed_vintage):
    """(expect, beverage_id, also_ok, units, note) from the rendered label."""
    key, measure = spec["key"], spec["measure"]
    if key is None:
        return "none", None, [], None, spec["why"]
    d = BY_KEY[key]
    who = "%s (%s)" % (d["name"], d["producer"])
    kind, vol = MEASURES[measure]
    fmts = d["formats"]
    if kind == "bottle":
        if vol not in fmts:
            held = ", ".join(fmt_cl(f) + " cl" for f in fmts)
            return (
                "none",
                None,
                [],
                None,
                "%s: no %s cl bottle held (held: %s)" % (who, fmt_cl(vol), held),
            )
        fmt, units = vol, 1
    elif kind == "draught":
        fmt = ordinary_format(key) if d["category"] == "bière" else None
        if fmt is None:
            return ("none", None, [], None, "%s: not on draught (bottle only)" % who)
        units = round(vol / fmt, 4)
    else:
        fmt = ordinary_format(key)
        if fmt is None:
            raise ValueError("no ordinary bottle for a pour of %s" % key)
        units = round(vol / fmt, 4)
    vints = sorted(fmts[fmt], key=lambda v: v or 0)
    ids = IDS
    note = "%s, %s cl; %s" % (who, fmt_cl(fmt), measure_words(measure))
    if typed_vintage and label_vintage is None:
        note += " [%d cut off by the till]" % typed_vintage
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", ids[(key, fmt, None)], [], units, note
    if label_vintage is None:
        best = vints[-1]
        others = [ids[(key, fmt, v)] for v in vints if v != best]
        return "yes", ids[(key, fmt, best)], others, units, note
    if label_vintage in vints:
        return "yes", ids[(key, fmt, label_vintage)], [], units, note
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    others = [ids[(key, fmt, v)] for v in vints if v != best]
    note += ": label vintage %d not in library, has %s" % (label_vintage, vints)
    return "almost", ids[(key, fmt, best)], others, units, note


def render(spec, artnos):
    till, key, measure, vintage, text = (
        spec["till"],
        spec["key"],
        spec["measure"],
        spec["vintage"],
        spec["text"],
    )
    if key is not None:
        d = BY_KEY[key]
        fam = family_of(d)
        price = None
        if till in "TE":
            price = price_for(d, measure, ordinary_format(key))
        ident = "%s|%s" % (key, measure)
    else:
        fam, price = spec["fam"], spec["price"]
        ident = "none|%s|%s" % (text, measure)
    if till == "D":
        return render_d(measure, text, vintage)
    if till == "T":
        return render_t(measure, text, vintage, fam, price)
    return render_e(measure, text, vintage, fam, price, artnos.get(ident, fam))


def build():
    global IDS
    rows, IDS = library()
    artnos = ArticleNumbers()
    cases, seen = [], set()
    for spec in SPECS:
        label, label_vintage = render(spec, artnos)
        if label in seen:
            raise ValueError("duplicate label %r" % label)
        seen.add(label)
        expect, bid, also, units, note = answer(spec, label_vintage, spec["vintage"])
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": bid,
                "also_ok": also,
                "vintage": label_vintage,
                "units_per_sale": units,
                "note": note,
                "connection": spec["till"],
            }
        )
    random.Random(SEED).shuffle(cases)
    with open(os.path.join(HERE, NAME + "_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, NAME + "_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return rows, cases


def summary(rows, cases):
    print("%d drinks, %d cases" % (len(rows), len(cases)))
    for till in "DTE":
        cs = [c for c in cases if c["connection"] == till]
        n = {e: sum(1 for c in cs if c["expect"] == e) for e in ("yes", "almost", "none")}
        print(
            "  %s: %3d yes %3d almost %3d none %3d total"
            % (till, n["yes"], n["almost"], n["none"], len(cs))
        )
    n = {e: sum(1 for c in cases if c["expect"] == e) for e in ("yes", "almost", "none")}
    pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
    cut = sum(1 for c in cases if "cut off by the till" in c["note"])
    print(
        "  all: %d yes, %d almost, %d none (%.1f %%); %d pours; %d vintages cut"
        % (n["yes"], n["almost"], n["none"], 100.0 * n["none"] / len(cases), pours, cut)
    )


if __name__ == "__main__":
    summary(*build())
