"""Build the steakhouse held-out set: python3 build_steakhouse.py (stdlib only, deterministic)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import steakhouse_cases_caisse
import steakhouse_cases_pos
import steakhouse_cases_tablette
from steakhouse_drinks import DRINKS, family
from steakhouse_rules import answer
from steakhouse_tills import ascii_upper, read_vintage, render

FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
            "vintage", "format_cl"]
FIELDS_C = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
            "connection"]
FOOD_FAMS = {"CUI": "cuisine", "DES": "cuisine", "CAF": "bar", "SRV": "cuisine"}
WINE_FAMS = {"ARG", "CHI", "USA", "AUS", "AFS", "NZL", "ESP", "ITA", "FRA", "CHP"}


def num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, ids, by_key = [], {}, {}
    for d in DRINKS:
        by_key[d[0]] = d
        for fmt, vintages in d[8]:
            for v in vintages:
                i = "sk%03d" % (len(rows) + 1)
                ids[(d[0], fmt, v)] = i
                rows.append(dict(zip(FIELDS_L, [i, *d[1:8], v, num(fmt)], strict=False)))
    return rows, ids, by_key


def station(measure, fam):
    if fam in FOOD_FAMS:
        return FOOD_FAMS[fam]
    if fam in WINE_FAMS and measure in ("", "HALF", "MAG"):
        return "cave"
    return "bar"


def stems(s):
    return {w[:4] for w in re.findall(r"[A-Z0-9]+", ascii_upper(s)) if len(w) >= 3 or w.isdigit()}


def check_cut(label, full, vintage):
    """The register's cut may take the vintage (whole or but one digit) and the tail of the
    last word of the name (three letters kept), never a whole word or part of another number."""
    if label == full:
        return
    fw, lw = full.split(), label.split()
    vtok = "%02d" % (vintage % 100) if vintage else None
    name_fw = fw[:-1] if vtok else fw
    for i, w in enumerate(lw[:-1]):
        assert w == fw[i], (label, full)
    last = lw[-1]
    i = len(lw) - 1
    if vtok and i == len(fw) - 1:
        return  # only part of the vintage was cut: a stray digit
    assert i == len(name_fw) - 1, ("cut takes a whole word", label, full)
    w = fw[i]
    assert w.startswith(last), (label, full)
    if last != w:
        assert len(last) >= 3 and not any(c.isdigit() for c in w), ("bad cut", label, full)


def cases():
    lib, ids, by_key = library()
    out, seen = [], set()
    for till, mod in (("pos", steakhouse_cases_pos), ("tablette", steakhouse_cases_tablette),
                      ("caisse", steakhouse_cases_caisse)):
        for line in mod.SPECS.strip("\n").split("\n"):
            f = line.split("|")
            if f[0] == "-":
                _, fam, measure, vintage, text, reason = f
                drink = None
            else:
                key, measure, vintage, text = f
                drink = by_key[key]
                fam = family(drink)
                if fam == "BIE" and measure in ("DEMI", "PINTE"):
                    fam = "PRS"
                reason = ""
            vintage = int(vintage) if vintage else None
            r = render(till, measure, vintage, text, fam, station(measure, fam))
            if till == "caisse":
                label, full = r
                check_cut(label, full, vintage)
            else:
                label = r
            assert label not in seen, label
            seen.add(label)
            lv = read_vintage(till, label)
            if drink is None:
                expect, bid, also, u, why = "none", None, [], None, reason
                note = reason
            else:
                expect, bid, also, u, why = answer(drink, ids, measure, lv)
                note = "%s (%s)" % (drink[1], drink[2])
                if why:
                    note += ": " + why
                if vintage and lv is None:
                    note += " [%d cut off by the till]" % vintage
                if expect != "none":
                    e = next(x for x in lib if x["id"] == bid)
                    common = stems(label) & stems(" ".join([e["name"], e["producer"], e["appellation"]]))
                    assert common, ("no shared word", label, e["name"])
            out.append(dict(zip(FIELDS_C, [label, expect, bid, also, lv, u, note, till], strict=False)))
    return lib, out


def dump(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cs = cases()
    dump(lib, os.path.join(HERE, "steakhouse_library.jsonl"))
    dump(cs, os.path.join(HERE, "steakhouse_cases.jsonl"))
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cs)
    for t in ("pos", "tablette", "caisse"):
        print(t, c[(t, "yes")], c[(t, "almost")], c[(t, "none")])
    print(len(lib), "drinks", len(cs), "cases")


if __name__ == "__main__":
    main()
