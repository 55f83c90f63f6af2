#!/usr/bin/env python3
"""Build the blind held-out set of Le Relais de la Poterie (routier, N12, Lamballe).

Writes lamballe_library.jsonl and lamballe_cases.jsonl beside this file, byte for
byte the same on every run (stdlib only, no randomness). Every answer is computed
from the PRINTED label, read back with the till's own habits.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lamballe_cases_bar
import lamballe_cases_libre
import lamballe_cases_salle
import lamballe_drinks as D
import lamballe_rules as R
import lamballe_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
APERITIFS = {"ric", "p51", "suz", "mbi", "mro", "por"}
CIDRES = {"lrb", "lrd", "vdr", "ker", "chu"}
HOUSE = {"rmz", "lis", "gpl"}


def parse(block):
    out = []
    for line in block.strip().splitlines():
        p = line.split("|")
        if p[0] == "-":
            if len(p) == 6:
                p = [p[0], p[1], p[3] if not p[2] else p[3] + " " + p[2], p[4], p[5]]
            _, meas, text, fam, why = p
            out.append({"key": None, "meas": meas, "vint": None, "text": text, "fam": fam, "why": why})
        else:
            key, meas, vint, text = p
            out.append({"key": key, "meas": meas, "vint": int(vint) if vint else None, "text": text})
    return out


def split_meas(meas):
    if meas.startswith("s") and meas[1:].replace(".", "").isdigit():
        v = float(meas[1:])
        return "size", int(v) if v == int(v) else v
    return meas, None


def bar_family(drink, meas):
    cat = drink[7]
    if cat == "bière":
        return "biere"
    if cat == "soft":
        return "soft"
    if cat == "spiritueux" or drink[0] in APERITIFS - {"por"}:
        return "alcool"
    return "pour" if meas in T.POUR_CL else "bottle"


def salle_family(drink):
    key, cat, col = drink[0], drink[7], drink[6]
    if key in HOUSE:
        return "PICHETS"
    if key in CIDRES:
        return "CIDRES"
    if key in APERITIFS:
        return "APERITIFS"
    if cat == "bière":
        return "BIERES"
    if cat == "soft":
        return "SOFTS"
    if cat == "spiritueux":
        return "ALCOOLS"
    if col == "effervescent":
        return "BULLES"
    return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES"}[col]


def fmt_cl(f):
    return ("%g" % f)


def main():
    lib, index = D.library()
    by_id = {e["id"]: e for e in lib}
    cases, seen = [], set()
    warnings = []
    for conn, mod in (("bar", lamballe_cases_bar), ("salle", lamballe_cases_salle),
                      ("libre", lamballe_cases_libre)):
        plu_next = dict(T.BAR_PLU_BASE)
        for c in parse(mod.CASES):
            meas, size = split_meas(c["meas"])
            drink = D.BY_KEY[c["key"]] if c["key"] else None
            # ---- render
            if conn == "bar":
                fam = bar_family(drink, meas) if drink else c["fam"]
                text, full = T.bar_text(meas, c["text"], c["vint"], size)
                plu_next[fam] += 1
                label = T.bar_line(plu_next[fam], text, meas, fam)
                r_meas, r_size, r_vint = T.bar_read(label)
                if r_size is not None:
                    r_meas = "size"
                tail = text.split()[-1] if text.split() else ""
                if len(tail) == 1 and tail.isdigit():
                    raise SystemExit("bar cut leaves one digit: %r" % label)
            elif conn == "salle":
                fam = salle_family(drink) if drink else c["fam"]
                label = T.salle_label(fam, c["text"], meas, c["vint"], size)
                _, r_meas, r_size, r_vint = T.salle_read(label)
                full = label
            else:
                label, full = T.libre_label(c["text"], meas, c["vint"], size)
                r_meas, r_size, r_vint = T.libre_read(label)
                desig = label.split(" ", 1)[1]
                if len(full) > len(desig) and full[len(desig)] != " " \
                        and any(ch.isdigit() for ch in desig.split()[-1]):
                    raise SystemExit("libre cut leaves part of a number: %r" % label)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            # ---- answer from the printed label
            if drink is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": r_vint, "units_per_sale": None, "note": c["why"],
                        "connection": conn}
                cases.append(case)
                continue
            i_meas, i_size = meas or "btl", size
            if conn == "libre" and i_meas in ("btl", "half", "mag") and r_meas == "size":
                i_meas, i_size = "size", {"btl": 75, "half": 37.5, "mag": 150}[i_meas]
            if (r_meas or "btl") != i_meas or r_size != i_size or r_vint != c["vint"]:
                warnings.append("%s: typed %s/%s/%s, printed %r reads %s/%s/%s" % (
                    conn, meas, size, c["vint"], label, r_meas, r_size, r_vint))
            fmts = [f for (k, f) in index if k == drink[0]]
            fmt = R.resolve_format(drink[7], fmts, r_meas or "btl", r_size)
            if fmt is None:
                raise SystemExit("format not held for %r (%s)" % (label, drink[0]))
            exp, bid, also, why = R.answer(index[(drink[0], fmt)], r_vint)
            e = by_id[bid]
            note = "%s (%s), %s cl" % (e["name"], e["producer"], fmt_cl(fmt))
            if r_meas in T.POUR_CL or r_meas in T.DRAUGHT_CL:
                vol = T.POUR_CL.get(r_meas) or T.DRAUGHT_CL.get(r_meas)
                note += ", %s cl poured" % fmt_cl(vol)
            if why:
                note += ": " + why
            if c["vint"] and r_vint is None:
                note += " [%d cut off by the till]" % c["vint"]
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": r_vint, "units_per_sale": R.units(r_meas or "btl", fmt),
                          "note": note, "connection": conn})
    with open(os.path.join(HERE, "lamballe_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lamballe_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for w in warnings:
            print("note:", w)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for conn in ("bar", "salle", "libre"):
        print(conn, [counts.get((conn, x), 0) for x in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
