#!/usr/bin/env python3
"""Build the blind held-out set "reims": reims_library.jsonl and reims_cases.jsonl.

Deterministic (no randomness: the C till's SKU numbers come from a SHA-256 of the product),
python3 stdlib only. Every expected answer is computed from the *rendered* label by the bench
README's rules: the vintage is read back from the label as the till printed it (a vintage
the R till's cut took off is no longer there), the format from the measure, and the answer
from the library entries of that wine in that format.

    python3 tests/matching/data/reims/build_reims.py [-v]
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reims_drinks import library
from reims_specs import specs
from reims_tills import (
    BOTTLES,
    DRAUGHT,
    POURS,
    family_of,
    read_vintage,
    render_c,
    render_i,
    render_r,
)

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
WINE = ("vin", "champagne")
MEASURE_WORDS = {
    "coupe": "a coupe (12.5 cl)",
    "flute": "a flûte (12.5 cl)",
    "glass": "a glass (12.5 cl)",
    "g8": "an 8 cl tasting glass",
    "g10": "a 10 cl glass",
    "car50": "a 50 cl carafe",
    "dose": "a 4 cl dose",
    "cl2": "a 2 cl pour",
    "cl6": "a 6 cl pour",
    "demi": "a demi (25 cl)",
    "pinte": "a pinte (50 cl)",
}
# which measures a kind of drink may carry (keeps the specs consistent)
ALLOWED = {
    "champagne": {"btl", "half", "mag", "jero", "coupe", "flute"},
    "vin": {"btl", "half", "mag", "jero", "glass", "g8", "g10", "car50"},
    "spiritueux": {"dose", "cl2", "b70"},
    "autre": {"cl6", "b50", "b70"},
    "bière": {"demi", "pinte", "b33", "b75"},
    "soft": {"b20", "b33", "b50", "b100"},
}


def fmt_text(fmt):
    return ("%g" % fmt).replace(".", ",")


def target_format(entries, measure):
    """The format the measure asks of this drink, or None when it cannot be held."""
    cat = entries[0]["category"]
    if measure not in ALLOWED[cat]:
        raise ValueError("measure %s on a %s (%s)" % (measure, cat, entries[0]["key"]))
    formats = sorted({e["format_cl"] for e in entries})
    if measure in BOTTLES:
        return BOTTLES[measure]
    if measure in DRAUGHT:
        kegs = [f for f in formats if f >= 2000]
        return kegs[0] if kegs else None
    # a pour: the ordinary bottle (75 cl for a wine, else the only bottle), never a keg
    bottles = [f for f in formats if f < 2000]
    if cat in WINE:
        return 75 if 75 in bottles else None
    if len(bottles) != 1:
        raise ValueError("pour of %s held in several bottles" % entries[0]["key"])
    return bottles[0]


def units(measure, fmt):
    if measure in BOTTLES:
        return 1
    vol = POURS.get(measure) or DRAUGHT[measure]
    return round(vol / fmt, 4)


def render(spec, lib_by_key, used_skus):
    till, key, m, v, text = (
        spec["till"],
        spec["key"],
        spec["measure"],
        spec["vintage"],
        spec["text"],
    )
    fam = spec["family"] or family_of(lib_by_key[key][0])
    if till == "R":
        return render_r(m, v, text)
    if till == "I":
        return render_i(fam, m, v, text)
    return render_c(fam, m, v, text, used_skus)


def resolve(spec, label, lib_by_key):
    till, key, m = spec["till"], spec["key"], spec["measure"]
    shown = read_vintage(till, label)
    typed = spec["vintage"]
    if shown is not None and shown != typed:
        raise ValueError("label %r shows %s, typed %s" % (label, shown, typed))
    cut = " [%d cut off by the till]" % typed if typed and shown is None else ""
    case = {
        "label": label,
        "expect": "none",
        "beverage_id": None,
        "also_ok": [],
        "vintage": shown,
        "units_per_sale": None,
        "note": None,
        "connection": till,
    }
    if key is None:
        for k in spec["fits"]:  # the held wines the label can't tell apart
            ents = lib_by_key[k]
            if m is not None and target_format(ents, m) not in {e["format_cl"] for e in ents}:
                raise ValueError("%s does not fit %r in its format" % (k, label))
        case["note"] = spec["reason"] + cut
        return case
    ents = lib_by_key[key]
    e0 = ents[0]
    fmt = target_format(ents, m)
    what = "%s (%s)" % (e0["name"], e0["producer"])
    group = [e for e in ents if e["format_cl"] == fmt]
    if not group:
        held = ", ".join(fmt_text(f) for f in sorted({e["format_cl"] for e in ents}))
        if m in DRAUGHT:
            case["note"] = "%s is not held on draught (held in %s cl)" % (what, held) + cut
        else:
            case["note"] = (
                "%s is not held in %s cl (held in %s cl)" % (what, fmt_text(fmt), held) + cut
            )
        return case
    vints = sorted(e["vintage"] for e in group if e["vintage"] is not None)
    if shown is not None and not vints:
        raise ValueError("vintage on a non-vintage wine: %r" % label)
    if shown is None:
        if not vints and len(group) != 1:
            raise ValueError("several non-vintage entries for %s" % key)
        best = max(group, key=lambda e: e["vintage"] or 0)
        also = [e["id"] for e in group if e is not best]
        expect, note = "yes", what
    elif shown in vints:
        best = next(e for e in group if e["vintage"] == shown)
        also, expect, note = [], "yes", what
    else:
        best = min(group, key=lambda e: (abs(e["vintage"] - shown), -e["vintage"]))
        also = [e["id"] for e in group if e is not best]
        expect = "almost"
        note = "%s; label vintage %d not held, has [%s]" % (
            what,
            shown,
            ", ".join(str(x) for x in vints),
        )
    if m in BOTTLES:
        base = "%s, %s cl" % (what, fmt_text(fmt))
    else:
        base = "%s, %s of the %s cl %s" % (
            what,
            MEASURE_WORDS[m],
            fmt_text(fmt),
            "keg" if m in DRAUGHT else "bottle",
        )
    case.update(
        expect=expect,
        beverage_id=best["id"],
        also_ok=also,
        units_per_sale=units(m, fmt),
        note=base + note[len(what) :] + cut,
    )
    return case


def build():
    lib = library()
    lib_by_key = {}
    for e in lib:
        lib_by_key.setdefault(e["key"], []).append(e)
    cases, used, seen, errors = [], set(), set(), []
    for spec in specs():
        if spec["key"] is not None and spec["key"] not in lib_by_key:
            raise KeyError(spec["key"])
        try:
            label, _ = render(spec, lib_by_key, used)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            cases.append(resolve(spec, label, lib_by_key))
        except ValueError as exc:
            errors.append("%s|%s: %s" % (spec["till"], spec["text"], exc))
    if errors:
        sys.exit("\n".join(errors))
    return lib, cases


def write(lib, cases):
    with open(os.path.join(HERE, "reims_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "reims_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")


def summary(lib, cases):
    rows = {}
    for c in cases:
        r = rows.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        r[c["expect"]] += 1
    tot = {k: sum(r[k] for r in rows.values()) for k in ("yes", "almost", "none")}
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t in ("R", "I", "C"):
        r = rows[t]
        print(
            "  %s  yes %3d  almost %3d  none %3d  total %3d"
            % (t, r["yes"], r["almost"], r["none"], sum(r.values()))
        )
    print(
        "  all yes %3d  almost %3d  none %3d (%.1f %%)"
        % (tot["yes"], tot["almost"], tot["none"], 100.0 * tot["none"] / len(cases))
    )
    pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
    cuts = sum(1 for c in cases if "cut off by the till" in c["note"])
    print("  pours %d, vintages cut off %d" % (pours, cuts))


if __name__ == "__main__":
    lib, cases = build()
    write(lib, cases)
    if "-v" in sys.argv:
        summary(lib, cases)
