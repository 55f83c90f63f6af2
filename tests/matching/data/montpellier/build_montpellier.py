#!/usr/bin/env python3
"""Build montpellier_library.jsonl and montpellier_cases.jsonl (stdlib only, no
randomness: prices, analytic accounts and article codes come from an MD5).

Each case is rendered through its till's habits, then its answer is computed from the
RENDERED label with the bench README's rules: the vintage the label still carries, the
format its measure names, the drink's ordinary bottle for a pour and its keg for draught.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import montpellier_drinks
import montpellier_tills as T
from montpellier_cases_ardoise import SPEC as SPEC_ARDOISE
from montpellier_cases_compta import SPEC as SPEC_COMPTA
from montpellier_cases_taulier import SPEC as SPEC_TAULIER

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
KINDS = {"food", "coffee", "service", "cocktail", "rouge", "blanc", "rosé", "effervescent",
         "liquoreux", "bière", "spiritueux", "autre", "soft", "eau"}


class BuildError(Exception):
    pass


def build_library():
    drinks = montpellier_drinks.load()
    lib, n = [], 0
    for d in drinks:
        d["entries"] = []
        for fmt, vint in d["holds"]:
            n += 1
            e = {"id": "mp%03d" % n, "name": d["name"], "producer": d["producer"],
                 "appellation": d["appellation"], "region": d["region"],
                 "country": d["country"], "colour": d["colour"],
                 "category": d["category"], "vintage": vint, "format_cl": fmt}
            lib.append(e)
            d["entries"].append(e)
    return {d["key"]: d for d in drinks}, lib


def fmt_cl(x):
    return ("%g" % x).replace(".", ",") + " cl"


def answer(d, measure, lv):
    """-> (expect, entry, also_ok, units, why)"""
    mkind, cl = T.MEASURES[measure]
    ents = d["entries"]
    label = "%s (%s)" % (d["name"], d["producer"])
    if mkind == "bottle":
        pool = [e for e in ents if e["format_cl"] == cl]
        units = 1
        if not pool:
            return "none", None, [], None, "%s: no %s entry" % (label, fmt_cl(cl))
    elif mkind == "pour":
        fmts = sorted({e["format_cl"] for e in ents if e["format_cl"] < 1000})
        ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        if ordinary is None:
            raise BuildError("no ordinary bottle for a pour of %s" % d["key"])
        pool = [e for e in ents if e["format_cl"] == ordinary]
        units = round(cl / ordinary, 4)
    elif mkind == "draught":
        pool = [e for e in ents if e["format_cl"] >= 1000]
        if not pool:
            return "none", None, [], None, "%s: not on draught (no keg held)" % label
        units = round(cl / pool[0]["format_cl"], 4)
    else:
        raise BuildError("a drink without measure: %s" % d["key"])
    vints = [e["vintage"] for e in pool]
    if lv is None:
        best = max(pool, key=lambda e: e["vintage"] or 0)
        also = sorted((e for e in pool if e is not best), key=lambda e: -(e["vintage"] or 0))
        if also:
            why = "%s: no vintage on the label, most recent %s, others in also_ok" % (
                label, best["vintage"])
        else:
            why = label + ("" if best["vintage"] is None else " %d" % best["vintage"])
        return "yes", best, [e["id"] for e in also], units, why
    if None in vints:
        raise BuildError("a vintage on a non-vintage drink: %s %s" % (d["key"], lv))
    if lv in vints:
        best = pool[vints.index(lv)]
        return "yes", best, [], units, "%s %d" % (label, lv)
    best = min(pool, key=lambda e: (abs(e["vintage"] - lv), -e["vintage"]))
    also = sorted((e for e in pool if e is not best), key=lambda e: -e["vintage"])
    why = "%s: label vintage %d not held, has %s; nearest %d" % (
        label, lv, sorted(vints), best["vintage"])
    return "almost", best, [e["id"] for e in also], units, why


def parse(spec):
    rows = []
    for line in spec.strip().splitlines():
        f = line.split("|")
        if len(f) != 6:
            raise BuildError("not six fields: %r" % line)
        key, measure, vint, text, tags, note = f
        if measure not in T.MEASURES:
            raise BuildError("unknown measure %r in %r" % (measure, line))
        rows.append((key, measure, int(vint) if vint else None, text, tags, note))
    return rows


def critical_lost(text, label):
    words = [w.strip("{}") for w in text.split() if w.startswith("{")]
    toks = label.split()
    return [w for w in words if w not in toks]


def build_cases(drinks):
    cases, compta = [], T.Compta()
    for till, spec in (("taulier", SPEC_TAULIER), ("ardoise", SPEC_ARDOISE),
                       ("compta", SPEC_COMPTA)):
        for key, measure, vint, text, tags, note in parse(spec):
            d = None
            if key.startswith("-"):
                kind = key[1:]
                if kind not in KINDS:
                    raise BuildError("unknown kind %r" % key)
                if not note:
                    raise BuildError("a none without reason: %r" % text)
            else:
                d = drinks[key]
                kind = T.kind_of(d)
            if till == "taulier":
                label, _full = T.render_taulier(measure, vint, text)
                lv = T.read_taulier_vintage(label)
            elif till == "ardoise":
                label = T.render_ardoise(kind, measure, vint, text, tags)
                lv = T.read_ardoise_vintage(label)
            else:
                product = (key if d else key + ":" + text, measure)
                label = compta.render(kind, measure, vint, text, product)
                lv = T.read_compta_vintage(label)
            if lv is not None and lv != vint:
                raise BuildError("%s reads vintage %s, typed %s" % (label, lv, vint))
            cut = ""
            if vint is not None and lv is None:
                if till != "taulier":
                    raise BuildError("vintage lost off the register: %s" % label)
                cut = " [%d cut off by the till]" % vint
            if d is None:
                exp, ent, also, units, why = "none", None, [], None, note + cut
            else:
                lost = critical_lost(text, label) if till == "taulier" else []
                if lost:
                    if not note.startswith("alt="):
                        raise BuildError("the cut took %s off %r without a reading" % (
                            lost, label))
                    alt, _, reason = note[4:].partition(":")
                    alt = alt.strip()
                    if alt == "-":
                        exp, ent, also, units, why = "none", None, [], None, reason.strip()
                        why += " [%s cut off by the till]" % " ".join(lost)
                    else:
                        d = drinks[alt]
                        exp, ent, also, units, why = answer(d, measure, lv)
                else:
                    if note:
                        raise BuildError("a note on a drink row whose word survived: %r" % label)
                    exp, ent, also, units, why = answer(d, measure, lv)
                why += cut
            cases.append({
                "label": label, "expect": exp,
                "beverage_id": ent["id"] if ent else None, "also_ok": also,
                "vintage": lv, "units_per_sale": units, "note": why, "connection": till,
            })
    seen = set()
    for c in cases:
        if c["label"] in seen:
            raise BuildError("label twice: %r" % c["label"])
        seen.add(c["label"])
    return cases


def main():
    drinks, lib = build_library()
    cases = build_cases(drinks)
    with open(os.path.join(HERE, "montpellier_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "montpellier_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    count = {}
    for c in cases:
        count.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(v[k] for v in count.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    for till, v in count.items():
        print("%-8s yes %3d almost %3d none %3d total %3d" % (
            till, v["yes"], v["almost"], v["none"], sum(v.values())))
    print("all      yes %3d almost %3d none %3d total %3d  (%.1f %% / %.1f %% / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], n, 100.0 * tot["yes"] / n,
        100.0 * tot["almost"] / n, 100.0 * tot["none"] / n))
    print("library %d entries" % len(lib))


if __name__ == "__main__":
    main()
