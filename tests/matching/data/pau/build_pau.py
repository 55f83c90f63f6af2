#!/usr/bin/env python3
"""Build the blind held-out set "pau": pau_library.jsonl and pau_cases.jsonl.
Stdlib only, deterministic. Every answer is computed from the RENDERED label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pau_cases_c
import pau_cases_k
import pau_cases_s
import pau_drinks
import pau_rules
import pau_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def parse(block):
    for line in block.strip().splitlines():
        p = line.split("|")
        key, meas, vint, text = p[:4]
        reason = p[4] if len(p) > 4 else ""
        yield key, meas, (int(vint) if vint else None), text, reason


def build_case(conn, drinks, key, meas, vint, text, reason):
    d = None if key.startswith("-") else drinks[key]
    if conn == "C":
        label = T.render_c(text, meas, vint)
        rmeas, rvint = T.read_c(label)
    elif conn == "S":
        fam = key[1:] if d is None else T.s_fam_of(d)
        label = T.render_s(fam, text, meas, vint)
        _, rmeas, rvint = T.read_s(label)
    else:
        label = T.render_k(text, meas, vint, d and pau_rules.ordinary(d))
        vol, rvint = T.read_k(label)
        rmeas = T.k_meas_for(d["formats"], vol) if d else meas
    if d is None:
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": rvint, "units_per_sale": None, "note": reason,
                "connection": conn}
    if rmeas != meas:
        # K prints volumes: the read-back must mean the same thing as what was keyed
        same = (conn == "K" and rmeas.startswith("V") and meas in T.POUR_CL
                and float(rmeas[1:]) == T.POUR_CL[meas]) or \
               (conn == "K" and meas == "B" and rmeas == "F" + T.fmt_cl(pau_rules.ordinary(d)))
        both_none = (pau_rules.target(d, rmeas)[0] is None
                     and pau_rules.target(d, meas)[0] is None)
        if not same and not both_none:
            raise ValueError("%s: measure %s read back as %s" % (label, meas, rmeas))
    a = pau_rules.answer(d, rmeas, rvint)
    note = "%s (%s)" % (d["name"], d["producer"])
    if a["why"] and a["expect"] != "yes":
        note += ": " + a["why"]
    if vint is not None and rvint is None:
        note += " [%d cut off by the till]" % vint
    return {"label": label, "expect": a["expect"], "beverage_id": a["beverage_id"],
            "also_ok": a["also_ok"], "vintage": a["vintage"],
            "units_per_sale": a["units_per_sale"], "note": note, "connection": conn}


def main():
    drinks, entries = pau_drinks.load()
    cases = []
    for conn, mod in (("C", pau_cases_c), ("S", pau_cases_s), ("K", pau_cases_k)):
        for row in parse(mod.CASES):
            cases.append(build_case(conn, drinks, *row))
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    with open(os.path.join(HERE, "pau_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in entries:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pau_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    n = {}
    for c in cases:
        n[(c["connection"], c["expect"])] = n.get((c["connection"], c["expect"]), 0) + 1
    tot = len(cases)
    print("library %d, cases %d" % (len(entries), tot))
    for conn in "CSK":
        print(conn, [n.get((conn, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(v for (c, x), v in n.items() if x == e)
        print(e, k, "%.1f%%" % (100.0 * k / tot))


if __name__ == "__main__":
    main()
