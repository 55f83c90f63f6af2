"""Build the porto set: porto_library.jsonl and porto_cases.jsonl (python3, stdlib only).

The drinks are in porto_drinks.py, what the staff typed in porto_specs_g.py and
porto_specs_fc.py, the tills' habits in porto_tills.py. Every expected answer is computed
here from the *rendered* label by the bench README's rules: the vintage is read back from
the label (a vintage the F register's cut took off is no longer there), the format from
the measure, and a format the library does not hold for that drink gives `none`.
Deterministic: the only shuffle uses the fixed SEED; output is byte-identical per run.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from porto_drinks import BY_KEY, DRINKS
from porto_specs_fc import SPECS_C, SPECS_F
from porto_specs_g import SPECS as SPECS_G
from porto_tills import MEASURES, label_vintage, num, render

SEED = 20240611
PREFIX = "t"


def build_library():
    library, ids = [], {}
    for d in DRINKS:
        ids[d["key"]] = []
        for vintage, fmt in d["entries"]:
            bid = "%s%03d" % (PREFIX, len(library) + 1)
            library.append(
                {
                    "id": bid,
                    "name": d["name"],
                    "producer": d["producer"],
                    "appellation": d["appellation"],
                    "region": d["region"],
                    "country": d["country"],
                    "colour": d["colour"],
                    "category": d["category"],
                    "vintage": vintage,
                    "format_cl": fmt,
                }
            )
            ids[d["key"]].append(bid)
    return library, ids


def ordinary(d):
    """The drink's ordinary bottle: its 75 cl entry, or its only (non-keg) format."""
    fmts = sorted({f for _, f in d["entries"] if f < 2000})
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else None


def answer(spec, label_vint, lib_by_id, ids):
    """(expect, beverage_id, also_ok, units, note) for a spec and its label's vintage."""
    if spec["key"] is None:
        return "none", None, [], None, "not in the library: " + spec["reason"]
    d = BY_KEY[spec["key"]]
    what = "%s (%s)" % (d["name"], d["producer"])
    kind, vol = MEASURES[spec["measure"]]
    if kind == "bottle":
        fmt = vol if vol is not None else ordinary(d)
        assert fmt is not None, spec
    elif kind == "pour":
        fmt = ordinary(d)
        assert fmt is not None, spec
    else:
        kegs = [f for _, f in d["entries"] if f >= 2000]
        fmt = kegs[0] if kegs else None
    entries = [lib_by_id[i] for i in ids[d["key"]]]
    same = [e for e in entries if fmt is not None and e["format_cl"] == fmt]
    if not same:
        held = ", ".join(num(f) for f in sorted({e["format_cl"] for e in entries}))
        if kind == "draught":
            why = "not on draught (held in %s cl)" % held
        else:
            why = "no %s cl entry (held in %s cl)" % (num(fmt), held)
        return "none", None, [], None, "%s: %s, format not held" % (what, why)
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    pour = "" if kind == "bottle" else ", %s cl of the %s cl" % (num(vol), num(fmt))
    if same[0]["vintage"] is None:
        assert len(same) == 1 and label_vint is None, spec
        return "yes", same[0]["id"], [], units, what + pour
    by_v = sorted(same, key=lambda e: e["vintage"])
    vints = [e["vintage"] for e in by_v]
    if label_vint is None:
        best = by_v[-1]
        note = what + pour
        if len(by_v) > 1:
            note += ": no vintage on the label, the most recent of %s" % vints
        if spec["vintage"] is not None:
            note += " [%d cut off by the till]" % spec["vintage"]
        return ("yes", best["id"], [e["id"] for e in by_v if e is not best], units, note)
    exact = [e for e in by_v if e["vintage"] == label_vint]
    if exact:
        return "yes", exact[0]["id"], [], units, what + pour
    best = min(by_v, key=lambda e: (abs(e["vintage"] - label_vint), -e["vintage"]))
    note = "%s%s: label vintage %d not in library, has %s" % (what, pour, label_vint, vints)
    return "almost", best["id"], [e["id"] for e in by_v if e is not best], units, note


def build_cases(library, ids):
    lib_by_id = {e["id"]: e for e in library}
    cases = []
    for spec in SPECS_G + SPECS_F + SPECS_C:
        d = BY_KEY.get(spec["key"])
        fam = spec["fam"] or (d["fam"] if d else None)
        ordinary_cl = ordinary(d) if d else 75
        foreign = bool(d) and d["country"] != "Portugal"
        label, kept = render(
            spec["till"],
            fam,
            spec["measure"],
            spec["vintage"],
            spec["text"],
            spec["mods"],
            ordinary_cl,
            foreign,
        )
        vint = label_vintage(spec["till"], label)
        assert vint == kept, (label, vint, kept)
        expect, bid, also, units, note = answer(spec, vint, lib_by_id, ids)
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": bid,
                "also_ok": also,
                "vintage": vint,
                "units_per_sale": units,
                "note": note,
                "connection": spec["till"],
            }
        )
    labels = [c["label"] for c in cases]
    dup = sorted({x for x in labels if labels.count(x) > 1})
    assert not dup, dup
    random.Random(SEED).shuffle(cases)
    return cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    library, ids = build_library()
    cases = build_cases(library, ids)
    write(os.path.join(HERE, "porto_library.jsonl"), library)
    write(os.path.join(HERE, "porto_cases.jsonl"), cases)
    print("library: %d drinks" % len(library))
    print("cases: %d" % len(cases))
    for till in "GFC":
        cs = [c for c in cases if c["connection"] == till]
        counts = {k: sum(c["expect"] == k for c in cs) for k in ("yes", "almost", "none")}
        print(
            "  %s: %3d  yes %3d  almost %2d  none %3d"
            % (till, len(cs), counts["yes"], counts["almost"], counts["none"])
        )
    tot = {k: sum(c["expect"] == k for c in cases) for k in ("yes", "almost", "none")}
    pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
    print(
        "  all: yes %d  almost %d  none %d (%.1f %%), %d pours"
        % (tot["yes"], tot["almost"], tot["none"], 100.0 * tot["none"] / len(cases), pours)
    )


if __name__ == "__main__":
    main()
