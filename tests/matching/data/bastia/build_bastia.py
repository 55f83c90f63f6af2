#!/usr/bin/env python3
"""Build the blind held-out set of U Portu Vechju (Bastia): writes bastia_library.jsonl
and bastia_cases.jsonl beside this file, byte-identically on every run (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bastia_cases_bar
import bastia_cases_kiosque
import bastia_cases_salle
import bastia_drinks
import bastia_rules as R
import bastia_tills as T

TILLS = [("bar", bastia_cases_bar.CASES), ("salle", bastia_cases_salle.CASES),
         ("kiosque", bastia_cases_kiosque.CASES)]
EXP = {"y": "yes", "a": "almost", "n": "none"}


def library():
    rows, index = [], {}
    for key, fam, name, prod, app, reg, cty, col, cat, fmts in bastia_drinks.DRINKS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                bid = "bs%03d" % (len(rows) + 1)
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": cty, "colour": col, "category": cat,
                             "vintage": v, "format_cl": fmt})
                index[(key, fmt, v)] = bid
    return rows, index


def parse(spec):
    out = []
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = [x.strip() for x in line.split("|")]
        while len(p) < 6:
            p.append("")
        exp, key, meas, yy, text, reason = p[:6]
        out.append((exp, key, meas, int(yy) if yy else None, text, reason))
    return out


def main():
    lib, index = library()
    drinks = {d[0]: d for d in bastia_drinks.DRINKS}
    cases, seen, errors = [], set(), []
    for till, spec in TILLS:
        for exp, key, meas, yy, text, reason in parse(spec):
            nonlib = key.startswith("-")
            fam = key[1:] if nonlib else drinks[key][1]
            try:
                if till == "bar":
                    label, lost = T.render_bar(fam, meas, yy, text)
                    _, rmeas, rvin = T.read_bar(label)
                elif till == "salle":
                    label, lost = T.render_salle(None if nonlib else key, meas, yy, text,
                                                   (T.NONLIB_CAT.get(fam) if nonlib else drinks[key][8]))
                    _, rmeas, rvin = T.read_salle(label)
                else:
                    label, lost = T.render_kiosque(fam, meas, yy, text)
                    _, rmeas, rvin = T.read_kiosque(label)
            except Exception as e:
                errors.append("%s %r: %s" % (till, text, e))
                continue
            want = meas
            if till in ("bar", "salle") and meas == "pc":
                want = ""                        # food and services carry no measure there
            if till == "bar" and meas == "demi" and fam not in ("PR", "BI"):
                want = "half"                    # DEMI on a wine is the half bottle
            if rmeas != want:
                errors.append("%s %r: measure read back %r != %r" % (till, label, rmeas, meas))
            if rvin != (None if (yy is None or lost) else 2000 + yy):
                errors.append("%s %r: vintage read back %r" % (till, label, rvin))
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            if nonlib:
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                         "vintage": rvin, "units_per_sale": None, "note": reason or "not a drink of the library"}
            else:
                _, _, name, prod, app, reg, cty, col, cat, fmts = drinks[key]
                note = "%s (%s)" % (name, prod)
                fmt, units = R.resolve(cat, fmts, rmeas)
                if fmt is None:
                    c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                             "vintage": rvin, "units_per_sale": None, "note": note + ": " + units}
                else:
                    e, v, others = R.pick_vintage(fmts[fmt], rvin)
                    if e == "almost":
                        note += ": label vintage %d not held, has %s" % (rvin, sorted(fmts[fmt]))
                    c = {"label": label, "expect": e, "beverage_id": index[(key, fmt, v)],
                             "also_ok": [index[(key, fmt, o)] for o in others], "vintage": rvin,
                             "units_per_sale": units, "note": note}
                if lost:
                    c["note"] += " [%d cut off by the till]" % (2000 + lost)
            c["connection"] = till
            if c["expect"] != EXP[exp]:
                errors.append("%s %r: expected %s, rules give %s (%s)"
                              % (till, label, EXP[exp], c["expect"], c["note"]))
            cases.append(c)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    order = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection"]
    with open(os.path.join(HERE, "bastia_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bastia_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in order}, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for till, _ in TILLS:
            sub = [c for c in cases if c["connection"] == till]
            print(till, {e: sum(c["expect"] == e for c in sub) for e in ("yes", "almost", "none")}, len(sub))
        print("all", {e: sum(c["expect"] == e for c in cases) for e in ("yes", "almost", "none")}, len(cases), "library", len(lib))


if __name__ == "__main__":
    main()
