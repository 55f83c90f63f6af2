#!/usr/bin/env python3
"""Builds the blind held-out set of "Le Comptoir des Crus" (Villefranche-sur-Saône).

Writes beaujolais_library.jsonl and beaujolais_cases.jsonl beside this file, byte for
byte the same on every run (no randomness; prices come from a SHA-256 of the product).
Each answer is computed from the RENDERED label with the bench README's rules.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import beaujolais_cases_caisse as CC
import beaujolais_cases_tablette as CT
import beaujolais_cases_terrasse as CS
import beaujolais_drinks as D
import beaujolais_tills as T

PREFIX = "bj"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, by_key = [], {}
    for key, kind, name, prod, appel, (region, country), colour, cat, entries in D.DRINKS:
        for vintage, fcl in entries:
            e = {"id": "%s%03d" % (PREFIX, len(lib) + 1), "name": name, "producer": prod,
                 "appellation": appel, "region": region or None, "country": country,
                 "colour": colour, "category": cat, "vintage": vintage,
                 "format_cl": fmt_num(fcl)}
            lib.append(e)
            by_key.setdefault(key, {"kind": kind, "entries": []})["entries"].append(e)
    return lib, by_key


# ---- vintage as each till prints it, read back from the rendered label
def read_vintage(till, label):
    if till == "caisse":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        m = re.search(r" '(\d\d)(?: |$)", label)
        return 2000 + int(m.group(1)) if m else None
    m = re.search(r" ((?:19[5-9]|20[0-3])\d)(?: |$)", label)
    return int(m.group(1)) if m else None


def is_wine(entries):
    return entries[0]["category"] in ("vin", "champagne")


def target_format(measure, entries):
    """The format_cl a sale refers to, or None when no such format is held."""
    formats = sorted({float(e["format_cl"]) for e in entries})
    if measure in T.BOTTLES:
        if measure == "btl":
            if is_wine(entries):
                return 75.0
            if len(formats) == 1:
                return formats[0]
            raise ValueError("bottle of a multi-format drink without a size")
        return T.BOTTLES[measure]
    if measure in T.SIZES:
        return float(T.SIZES[measure])
    if measure in T.DRAUGHT:
        kegs = [f for f in formats if f >= 2000]
        return kegs[0] if kegs else -1.0
    if measure in T.POURS:
        if 75.0 in formats:
            return 75.0
        small = [f for f in formats if f < 2000 and f not in (37.5, 150.0)]
        if len(small) == 1:
            return small[0]
        raise ValueError("pour without an ordinary bottle")
    raise ValueError(measure)


def units(measure, fcl):
    if measure in T.POURS:
        vol = T.POURS[measure]
    elif measure in T.DRAUGHT:
        vol = T.DRAUGHT[measure]
    else:
        return 1
    return round(vol / fcl, 4)


MEASURE_WORDS = {"verre": "glass (12.5 cl)", "v12": "12 cl glass", "pot": "46 cl pot",
                 "p50": "50 cl pichet", "p25": "25 cl pichet", "cp": "coupe (12.5 cl)",
                 "dose": "4 cl dose", "c2": "2 cl", "c6": "6 cl", "demi": "25 cl draught",
                 "pinte": "50 cl draught"}


def fmt_cl(f):
    return ("%g" % f).replace(".", ",") + " cl"


def answer(spec_key, measure, label_vintage, typed_vintage, by_key):
    d = by_key[spec_key]
    entries = d["entries"]
    e0 = entries[0]
    who = "%s (%s)" % (e0["name"], e0["producer"])
    f = target_format(measure, entries)
    cands = [e for e in entries if float(e["format_cl"]) == f]
    cutnote = ""
    if typed_vintage and label_vintage is None:
        cutnote = " [%d cut off by the till]" % typed_vintage
    if not cands:
        what = {"demi": "draught", "pinte": "draught"}.get(measure, fmt_cl(f))
        return ("none", None, [], None,
                "%s: %s not held%s" % (who, what, cutnote))
    cands.sort(key=lambda e: (e["vintage"] or 0))
    u = units(measure, f)
    pour = "" if u == 1 else ", " + MEASURE_WORDS[measure]
    if label_vintage is not None:
        same = [e for e in cands if e["vintage"] == label_vintage]
        if same:
            return ("yes", same[0]["id"], [], u, who + pour + ", %d" % label_vintage)
        if all(e["vintage"] is None for e in cands):
            raise ValueError("vintage on a non-vintage drink: %s" % who)
        best = min(cands, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
        others = [e["id"] for e in cands if e is not best]
        held = sorted(e["vintage"] for e in cands)
        return ("almost", best["id"], others, u,
                "%s%s: label vintage %d not in library, has %s" % (who, pour, label_vintage, held))
    best = cands[-1]
    others = [e["id"] for e in cands if e is not best]
    return ("yes", best["id"], others, u, who + pour + cutnote)


def render(till, spec, by_key):
    if spec[0] is None:
        _, measure, vintage, text, family, _reason = spec
        wine = True
    else:
        key, measure, vintage, text = spec
        d = by_key[key]
        family = d["kind"]
        wine = is_wine(d["entries"])
        if family == "biere" and measure in T.DRAUGHT:
            family = "pression"
    if till == "caisse":
        label, _ = T.render_caisse(family, measure, vintage, text, wine)
    elif till == "tablette":
        label = T.render_tablette(measure, vintage, text, family)
    else:
        if family == "biere" and measure in T.DRAUGHT:
            family = "pression"
        label = T.render_terrasse(family, measure, vintage, text)
    return label


def build_cases(by_key):
    cases, seen, errors = [], set(), []
    for till, mod in (("caisse", CC), ("tablette", CT), ("terrasse", CS)):
        for spec in mod.CASES:
            try:
                label = render(till, spec, by_key)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            lv = read_vintage(till, label)
            typed = spec[2]
            if lv is not None and lv != typed:
                raise ValueError("label reads a vintage that was not typed: %r" % label)
            if spec[0] is None:
                exp, bid, also, u, note = "none", None, [], None, spec[5]
                if typed and lv is None:
                    note += " [%d cut off by the till]" % typed
            else:
                exp, bid, also, u, note = answer(spec[0], spec[1], lv, typed, by_key)
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": u, "note": note,
                          "connection": till})
    if errors:
        raise SystemExit("\n".join(errors))
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(lib, os.path.join(HERE, "beaujolais_library.jsonl"))
    dump(cases, os.path.join(HERE, "beaujolais_cases.jsonl"))
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x["connection"], x["expect"]) for x in cases)
        tot = Counter(x["expect"] for x in cases)
        print("library", len(lib), "cases", len(cases))
        for till in ("caisse", "tablette", "terrasse"):
            print(till, {k: c[(till, k)] for k in ("yes", "almost", "none")},
                  sum(c[(till, k)] for k in ("yes", "almost", "none")))
        print({k: "%d (%.1f%%)" % (v, 100.0 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
