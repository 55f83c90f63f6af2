#!/usr/bin/env python3
"""Build the blind held-out set "La Table du Sénéchal" (Cité de Carcassonne).

Writes carcassonne_library.jsonl and carcassonne_cases.jsonl beside this file, byte for
byte the same on every run (stdlib only, no randomness: the shop's EAN-13 come from a
SHA-256 of the product). Each case is rendered with its till's habits and its answer is
computed from the RENDERED label (the vintage and measure read back from it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import carcassonne_cases_bar as c_bar
import carcassonne_cases_boutique as c_boutique
import carcassonne_cases_salle as c_salle
import carcassonne_drinks as drinks
import carcassonne_rules as rules
import carcassonne_tills as tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
ANS = {"y": "yes", "a": "almost", "n": "none"}


def build_library():
    lib, by_key, info = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, fmts in drinks.DRINKS:
        info[key] = (name, prod, cat)
        for fmt, vints in fmts.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                i = "cc%03d" % n
                lib.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, country, colour,
                                                 cat, v, fmt], strict=False)))
                by_key.setdefault(key, []).append((i, fmt, v, cat))
    return lib, by_key, info


def parse(spec):
    out = []
    for raw in spec.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 6:
            parts.append("")
        ans, key, measure, vint, text, note = parts[:6]
        out.append((ans, key, measure, int(vint) if vint else None, text, note))
    return out


def main():
    lib, by_key, info = build_library()
    cases, seen, errors = [], set(), []
    for conn, mod in (("SALLE", c_salle), ("BAR", c_bar), ("BOUTIQUE", c_boutique)):
        for ans, key, measure, vint, text, note in parse(mod.CASES):
            cut = False
            rmeasure = "H" if measure == "HD" else measure
            lit = measure[1:] if measure.startswith("=") else None
            if lit is not None and key != "-":
                errors.append("a literal serving on a library drink: %s" % text)
            if conn == "SALLE" and lit is not None:
                label = "%s · %s" % (text, lit) if lit else text
                back = tills.read_salle(label)
            elif conn == "BAR" and lit is not None:
                label = (lit + " " + text if lit else text).upper()[:tills.BAR_WIDTH].rstrip().ljust(tills.BAR_WIDTH)
                back = tills.read_bar(label)
            elif conn == "BOUTIQUE" and lit is not None:
                label = "%s;%s;%s;%s" % (tills.ean13(text), text, vint or "", lit)
                back = tills.read_boutique(label)
            elif conn == "SALLE":
                label = tills.render_salle(measure, vint, text)
                back = tills.read_salle(label)
            elif conn == "BAR":
                try:
                    label, cut = tills.render_bar(measure, vint, text)
                except ValueError as exc:
                    errors.append(str(exc))
                    continue
                back = tills.read_bar(label)
            else:
                if key != "-":
                    fmts = sorted({e[1] for e in by_key[key]})
                    fmt = rules.bottle_format(rmeasure, fmts, by_key[key][0][3] in ("vin", "champagne"))
                    seed = key + "/" + str(fmt)
                else:
                    fmt = rules.bottle_format(rmeasure, [], False)
                    seed = text
                label = tills.render_boutique(seed, fmt, vint, text)
                back = tills.read_boutique(label)
            if back != vint and not (cut and back is None):
                errors.append("vintage read back %r != %r: %r" % (back, vint, label))
            if key == "-":
                res = ("none", None, [], None)
                why = note
            else:
                if key not in by_key:
                    errors.append("unknown key %s" % key)
                    continue
                res = rules.answer(by_key[key], rmeasure, back)
                name, prod, _ = info[key]
                why = "%s (%s)" % (name, prod)
                if res[0] == "none":
                    why += ": not held in that format or measure"
                elif res[0] == "almost":
                    why += ": label vintage %d not held" % back
                if note:
                    why += "; " + note
            if cut and vint and back is None:
                why += " [%d cut off by the till]" % vint
            if res[0] != ANS[ans]:
                errors.append("%s: intended %s, computed %s: %r" % (conn, ANS[ans], res[0], label))
            if label in seen or label.rstrip() in {s.rstrip() for s in seen}:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            cases.append(dict(zip(CASE_FIELDS, [label, res[0], res[1], res[2], back, res[3],
                                                why, conn], strict=False)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "carcassonne_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "carcassonne_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cases:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for conn in ("SALLE", "BAR", "BOUTIQUE"):
        print(conn, [tally.get((conn, a), 0) for a in ("yes", "almost", "none")])
    tot = [sum(v for (c, a), v in tally.items() if a == x) for x in ("yes", "almost", "none")]
    print("all", tot, ["%.1f%%" % (100.0 * t / len(cases)) for t in tot])


if __name__ == "__main__":
    main()
