"""Build the La Rochelle blind set: python3 build_larochelle.py [-v]

Renders each typed product with its till's habits, reads the measure and vintage back from
the RENDERED label, and applies the bench README's rules to that.  Stdlib only, no randomness.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import larochelle_cases_caisse
import larochelle_cases_cloud
import larochelle_cases_terrasse
import larochelle_tills as T
from larochelle_drinks import DRINKS
from larochelle_rules import answer

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def num(x):
    return int(x) if float(x) == int(x) else x


def build_library():
    lib, groups = [], {}
    n = 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        ent = {}
        for fmt in fmts:
            ent[fmt] = {}
            for v in sorted(fmts[fmt], key=lambda v: -1 if v is None else v):
                n += 1
                i = "lc%03d" % n
                ent[fmt][v] = i
                lib.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, ctry, col, cat, v, num(fmt)], strict=False)))
        assert key not in groups, key
        groups[key] = (name, prod, col, cat, ent)
    return lib, groups


def parse(module, till):
    out = []
    for line in module.CASES.strip().splitlines():
        f = line.split("|")
        key, meas, vint, text = f[0], f[1], f[2], f[3]
        rest = f[4:]
        extra = rest.pop(0) if till == "TERRASSE" else ""
        reason = rest[0] if rest else ""
        vint = None if vint == "" else int(vint)
        if vint is not None and vint < 100:
            vint += 2000
        out.append((key, meas, vint, text, extra, reason))
    return out


def build():
    lib, groups = build_library()
    cases, seen = [], set()
    tills = [("CAISSE", larochelle_cases_caisse), ("CLOUD", larochelle_cases_cloud),
             ("TERRASSE", larochelle_cases_terrasse)]
    for till, mod in tills:
        for key, meas, vint, text, extra, reason in parse(mod, till):
            g = groups.get(key) if not key.startswith("-") else None
            if till == "CAISSE":
                label, cut = T.render_caisse(meas, vint, text, extra)
                rmeas, rvint = T.read_caisse(label)
            elif till == "CLOUD":
                label, cut = T.render_cloud(meas, vint, text, extra)
                rmeas, rvint = T.read_cloud(label)
            else:
                menu = T.terr_menu(g[2], g[3], max(g[4])) if g else key[1:]
                label, cut = T.render_terrasse(meas, vint, text, extra, menu)
                rmeas, rvint = T.read_terrasse(label)
            assert rmeas == meas, (label, meas, rmeas)
            assert rvint in (vint, None), (label, vint, rvint)
            assert rvint == vint or cut, (label, vint)
            assert label not in seen, label
            seen.add(label)
            if g is None:
                assert not key[1:] or key.startswith("-"), key
                assert reason, label
                row = [label, "none", None, [], rvint, None, reason, till]
            else:
                name, prod, col, cat, ent = g
                assert key.startswith("-") is False
                exp, bid, also, u, why = answer(ent, rmeas, rvint)
                if vint is not None:
                    assert any(v is not None for f in ent.values() for v in f), label
                note = "%s (%s)" % (name, prod)
                if why:
                    note += ": " + why
                if vint is not None and rvint is None:
                    note += " [%d cut off by the till]" % vint
                if exp == "none":
                    bid, also, u = None, [], None
                row = [label, exp, bid, also, rvint, u, note, till]
            cases.append(dict(zip(CASE_FIELDS, row, strict=False)))
    return lib, cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(lib, os.path.join(HERE, "larochelle_library.jsonl"))
    dump(cases, os.path.join(HERE, "larochelle_cases.jsonl"))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    tot = {"yes": 0, "almost": 0, "none": 0}
    for t, d in counts.items():
        print("%-9s %3d %3d %3d %3d" % (t, d["yes"], d["almost"], d["none"], sum(d.values())))
        for k in tot:
            tot[k] += d[k]
    print("total     %s" % "  ".join("%s %d (%.1f %%)" % (k, v, 100.0 * v / len(cases)) for k, v in tot.items()))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["beverage_id"], c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
