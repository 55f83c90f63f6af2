#!/usr/bin/env python3
"""Build the BLIND held-out set "Ty Kanañ" (Quimper): writes quimper_library.jsonl and
quimper_cases.jsonl, byte-identical on every run. Stdlib only.
Each label is rendered with its till's habits; the measure and vintage are read back from
the RENDERED label and the answer is computed from them (bench README rules)."""
import json
import os
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import quimper_cases_billetterie as CB
import quimper_cases_creperie as CC
import quimper_cases_jetons as CJ
import quimper_drinks as D
import quimper_rules as R
import quimper_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def library():
    rows, index = [], {}
    n = 0
    for d in D.DRINKS:
        key, name, prod, app, reg, cty, col, cat, fmts = d
        index[key] = (d, {})
        for fmt in fmts:
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                bid = "qu%03d" % n
                rows.append(OrderedDict(zip(LIB_FIELDS, [bid, name, prod, app, reg, cty, col, cat,
                                                         v, fmt if fmt != int(fmt) else int(fmt)], strict=False)))
                index[key][1].setdefault(fmt, []).append((bid, v))
    return rows, index


def parse(line):
    p = line.split("|")
    if p[0] == "-":
        _, mes, vint, fam, text, reason = p
        return None, mes, (int(vint) if vint else None), fam, text, reason
    key, mes, vint, text = p
    return key, mes, (int(vint) if vint else None), None, text, None


def render(till, key, drink, mes, vint, fam, text):
    seed = "%s|%s|%s|%s" % (till, text, mes, vint)
    if till == "billetterie":
        lab, cut = T.render_billetterie(text, mes, vint, seed)
        rm, rv = T.read_billetterie(lab)
    elif till == "creperie":
        fam = fam or T.cre_family(drink)
        lab, cut = T.render_creperie(fam, text, mes, vint, seed)
        rm, rv = T.read_creperie(lab)
    else:
        lab, cut = T.render_jetons(text, mes, vint, seed)
        rm, rv = T.read_jetons(lab)
    if rm != mes:
        raise ValueError("measure misread %r: %s != %s" % (lab, rm, mes))
    if rv != (None if cut else vint):
        raise ValueError("vintage misread %r: %s" % (lab, rv))
    return lab, rv, cut


def build():
    lib, index = library()
    cases, seen = [], set()
    for till, mod in (("billetterie", CB), ("creperie", CC), ("jetons", CJ)):
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, mes, vint, fam, text, reason = parse(line)
            drink = index[key][0] if key else None
            try:
                lab, rv, cut = render(till, key, drink, mes, vint, fam, text)
            except (T.Cut, ValueError, KeyError) as e:
                raise SystemExit("%s: %s: %s" % (till, line, e))
            if lab in seen:
                raise SystemExit("duplicate label %r" % lab)
            seen.add(lab)
            if key is None:
                exp, bid, also, units, note = "none", None, [], None, reason
            else:
                exp, bid, also, units, why = R.answer(index[key][1], drink, mes, rv)
                note = "%s (%s)" % (drink[1], drink[2])
                if why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
                if exp == "none":
                    bid, also, units = None, [], None
            cases.append(OrderedDict([("label", lab), ("expect", exp), ("beverage_id", bid),
                                      ("also_ok", also), ("vintage", rv),
                                      ("units_per_sale", units), ("note", note),
                                      ("connection", till)]))
    return lib, cases


def main():
    lib, cases = build()
    with open(os.path.join(HERE, "quimper_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "quimper_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t in ("billetterie", "creperie", "jetons"):
        print("%-12s yes %3d almost %3d none %3d" % (t, cnt[t, "yes"], cnt[t, "almost"], cnt[t, "none"]))
    for e in ("yes", "almost", "none"):
        print("%-7s %3d %.1f %%" % (e, tot[e], 100.0 * tot[e] / len(cases)))
    print("cut off:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
