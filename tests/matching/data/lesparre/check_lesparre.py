#!/usr/bin/env python3
"""Check the blind set "lesparre" from its two jsonl files alone (stdlib only).

    python3 check_lesparre.py             check the files, exit 1 on any problem
    python3 check_lesparre.py --selftest  break copies in memory in many ways and show
                                          that each break is reported and the clean files pass
"""
import copy
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "stock")
KEG = 1000

# --- what each till's measure words mean: (kind, volume)
COMPTOIR = {"1/2": ("half", 37.5), "MAG": ("mag", 150), "20CL": ("size", 20),
            "25CL": ("size", 25), "33CL": ("size", 33), "50CL": ("size", 50),
            "1L": ("size", 100), "70CL": ("size", 70), "VRE": ("pour", 12.5),
            "VRE15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25),
            "P50": ("pour", 50), "2CL": ("pour", 2), "4CL": ("pour", 4), "6CL": ("pour", 6),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
TABLETTE = {"btl": ("btl", None), "1/2 btl": ("half", 37.5), "magnum": ("mag", 150),
            "20cl": ("size", 20), "25cl": ("size", 25), "33cl": ("size", 33),
            "50cl": ("size", 50), "1l": ("size", 100), "70cl": ("size", 70),
            "verre": ("pour", 12.5), "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5),
            "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50), "2cl": ("pour", 2),
            "4cl": ("pour", 4), "6cl": ("pour", 6), "demi": ("draught", 25),
            "pinte": ("draught", 50)}
STOCK_UNIT = {"BTL": ("bottle", None), "VERRE": ("pour", 12.5), "VERRE 15CL": ("pour", 15),
              "COUPE": ("pour", 12.5), "PICHET 25CL": ("pour", 25),
              "PICHET 50CL": ("pour", 50), "DOSE 2CL": ("pour", 2), "DOSE 4CL": ("pour", 4),
              "DOSE 6CL": ("pour", 6), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
              "UNITE": (None, None)}
FAMILIES = {"Rouges", "Blancs", "Rosés", "Bulles", "Apéritifs", "Digestifs", "Bières",
            "Softs", "Cuisine", "Desserts", "Cafés", "Divers"}
NO_DRINK_FAMILIES = {"Cuisine", "Desserts", "Cafés", "Divers"}


def family_ok(fam, e):
    if e["category"] == "vin":
        return fam == {"rouge": "Rouges", "blanc": "Blancs", "rosé": "Rosés",
                       "effervescent": "Bulles"}.get(e["colour"])
    return fam in {"autre": {"Apéritifs"}, "spiritueux": {"Apéritifs", "Digestifs"},
                   "bière": {"Bières"}, "soft": {"Softs"}}[e["category"]]


def parse_cont(s):
    m = re.fullmatch(r"FUT (\d+)L", s)
    if m:
        return int(m.group(1)) * 100
    if s == "1L":
        return 100
    m = re.fullmatch(r"(\d+(?:,\d)?)CL", s)
    if m:
        v = float(m.group(1).replace(",", "."))
        return int(v) if v == int(v) else v
    return None


def read_label(till, label, errs, where):
    """(vintage, kind, volume, bottle_format_or_None, family) read from the label."""
    if till == "comptoir":
        if len(label) != 25:
            errs.append("%s: comptoir line is not 18 + 7 columns" % where)
            return None
        name, pr = label[:18], label[18:]
        if not re.fullmatch(r" *\d+,\d\d", pr) or not pr.startswith(" "):
            errs.append("%s: comptoir price column" % where)
        if not re.fullmatch(r"[A-Z0-9 /]+", name.rstrip()) or name != name.rstrip().ljust(18):
            errs.append("%s: comptoir name not ASCII capitals padded to 18" % where)
        toks = name.split()
        v = 2000 + int(toks[-1]) if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]) else None
        kind, vol = COMPTOIR.get(toks[0], ("btl", None)) if toks else (None, None)
        fmt = vol if kind in ("half", "mag", "size") else None
        return v, kind, vol, fmt, None
    if till == "tablette":
        m = re.fullmatch(r"(\S+) / (.+?)(?: ((?:19|20)\d\d))?(?: \(([^()]+)\))?", label)
        if not m or m.group(1) not in FAMILIES:
            errs.append("%s: tablette form or family" % where)
            return None
        fam, _, v, mw = m.groups()
        v = int(v) if v else None
        if (mw is None) != (fam in NO_DRINK_FAMILIES):
            errs.append("%s: tablette measure/family mismatch" % where)
        if mw is not None and mw not in TABLETTE:
            errs.append("%s: tablette measure %r unknown" % (where, mw))
            return None
        kind, vol = TABLETTE[mw] if mw else (None, None)
        fmt = vol if kind in ("half", "mag", "size") else None
        return v, kind, vol, fmt, fam
    if till == "stock":
        parts = label.split(";")
        if len(parts) != 5 or not re.fullmatch(r"\d{6}", parts[0]) \
                or parts[1] != parts[1].upper() or not parts[1] \
                or not re.fullmatch(r"((?:19|20)\d\d)?", parts[2]) or parts[4] not in STOCK_UNIT:
            errs.append("%s: stock line form" % where)
            return None
        v = int(parts[2]) if parts[2] else None
        kind, vol = STOCK_UNIT[parts[4]]
        fmt = parse_cont(parts[3]) if parts[3] else None
        if (kind is None) != (parts[3] == ""):
            errs.append("%s: stock contenance/unit mismatch" % where)
        if parts[3] and fmt is None:
            errs.append("%s: stock contenance %r" % (where, parts[3]))
        if kind == "draught" and (fmt or 0) < KEG:
            errs.append("%s: draught unit on a bottle contenance" % where)
        return v, kind, vol, fmt, None
    errs.append("%s: unknown connection %r" % (where, till))
    return None


def check(lib_lines, case_lines):
    errs = []
    lib, ids = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields or order" % i)
            continue
        if e["id"] != "LSP%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append("library %s: colour/category" % e["id"])
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            errs.append("library %s: colour vs category" % e["id"])
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append("library %s: vintage" % e["id"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: format" % e["id"])
        if e["category"] == "bière" and e["format_cl"] >= KEG and e["format_cl"] not in (2000, 3000):
            errs.append("library %s: keg size" % e["id"])
        lib.append(e)
        ids[e["id"]] = e
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = defaultdict(list)
    for e in lib:
        groups[wine(e)].append(e)

    def ordinary(e):
        fmts = sorted({x["format_cl"] for x in groups[wine(e)]})
        if 75 in fmts:
            return 75
        small = [f for f in fmts if f < KEG]
        return small[0] if len(small) == 1 else None

    counts = defaultdict(lambda: defaultdict(int))
    seen = set()
    for i, line in enumerate(case_lines, 1):
        where = "case %d" % i
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("%s: bad JSON" % where)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("%s: fields or order" % where)
            continue
        label, exp, bid, also, v = c["label"], c["expect"], c["beverage_id"], c["also_ok"], c["vintage"]
        where = "case %d %r" % (i, label)
        if label in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(label)
        till = c["connection"]
        counts[till][exp] += 1
        r = read_label(till, label, errs, where)
        if r is None:
            continue
        lv, kind, vol, fmt, fam = r
        if lv != v:
            errs.append("%s: vintage %r, label says %r" % (where, v, lv))
        if exp == "none":
            if bid is not None or also != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % where)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        e = ids.get(bid)
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, bid))
            continue
        if kind is None:
            errs.append("%s: a drink answer on a label without a measure" % where)
            continue
        if fam is not None and not family_ok(fam, e):
            errs.append("%s: tablette family %s vs %s" % (where, fam, bid))
        same = sorted((x for x in groups[wine(e)] if x["format_cl"] == e["format_cl"]),
                      key=lambda x: x["vintage"] or 0)
        want_also = [x["id"] for x in same if x is not e]
        if kind in ("half", "mag", "size") and e["format_cl"] != fmt:
            errs.append("%s: label format %s, entry %s" % (where, fmt, e["format_cl"]))
        if kind == "btl" and e["format_cl"] != ordinary(e):
            errs.append("%s: bottle label on a %s cl entry" % (where, e["format_cl"]))
        if kind == "bottle" and e["format_cl"] != fmt:
            errs.append("%s: contenance %s, entry %s" % (where, fmt, e["format_cl"]))
        if kind == "pour" and (e["format_cl"] != ordinary(e) or (fmt is not None and fmt != e["format_cl"])):
            errs.append("%s: pour not from the ordinary bottle" % where)
        if kind == "draught" and (e["format_cl"] < KEG or (fmt is not None and fmt != e["format_cl"])):
            errs.append("%s: draught measure on a bottle entry" % where)
        want_units = 1 if kind in ("btl", "half", "mag", "size", "bottle") else round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != want_units:
            errs.append("%s: units %r, want %r" % (where, c["units_per_sale"], want_units))
        vints = [x["vintage"] for x in same]
        if exp == "yes":
            if v is not None and vints != [None]:
                if e["vintage"] != v or also != []:
                    errs.append("%s: yes with vintage: entry or also_ok" % where)
            else:
                if e is not same[-1] or also != want_also:
                    errs.append("%s: yes without vintage: not most recent / also_ok" % where)
        else:
            if v is None or v in vints or None in vints:
                errs.append("%s: almost but the vintage is held or absent" % where)
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if e is not best or also != want_also:
                    errs.append("%s: almost: not the nearest / also_ok" % where)

    total = sum(sum(d.values()) for d in counts.values())
    if not 280 <= total <= 300:
        errs.append("cases: %d, not 280-300" % total)
    if total:
        share = {k: sum(counts[t][k] for t in counts) / total for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[k] <= hi:
                errs.append("cases: %s %.1f %% outside %d-%d %%" % (k, 100 * share[k], 100 * lo, 100 * hi))
    if set(counts) != set(TILLS):
        errs.append("connections %s" % sorted(counts))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if counts[t][k] == 0:
                errs.append("till %s has no %s" % (t, k))
    return errs, counts


def load():
    with open(os.path.join(HERE, "lesparre_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "lesparre_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    J = [json.loads(x) for x in cases]

    def dump(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(J) if pred(c))

    def with_case(i, **kw):
        js = copy.deepcopy(J)
        js[i].update(kw)
        return lib, dump(js)

    breaks = []
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    breaks.append(("also_ok dropped", with_case(i, also_ok=[])))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    breaks.append(("vintage not on the label", with_case(i, vintage=J[i]["vintage"] + 1)))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost not the nearest", with_case(i, beverage_id=J[i]["also_ok"][0],
                                                        also_ok=[J[i]["beverage_id"], *J[i]["also_ok"][1:]])))
    i = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    breaks.append(("units of a pour", with_case(i, units_per_sale=1)))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", with_case(i, beverage_id="LSP001")))
    i = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "yes")
    breaks.append(("comptoir in lower case", with_case(i, label=J[i]["label"].lower())))
    i = first(lambda c: c["connection"] == "comptoir")
    breaks.append(("comptoir over 18 columns", with_case(i, label=J[i]["label"][:18] + "X" + J[i]["label"][18:])))
    i = first(lambda c: c["connection"] == "stock" and c["expect"] == "yes")
    breaks.append(("stock without its unit", with_case(i, label=J[i]["label"].rsplit(";", 1)[0])))
    i = first(lambda c: c["connection"] == "tablette" and c["label"].startswith("Rouges /") and c["expect"] == "yes")
    breaks.append(("tablette family wrong", with_case(i, label="Blancs /" + J[i]["label"][8:])))
    i = first(lambda c: c["connection"] == "tablette" and "(magnum)" in c["label"] and c["expect"] == "yes")
    e = next(json.loads(x) for x in lib if json.loads(x)["id"] == J[i]["beverage_id"])
    b75 = next(json.loads(x)["id"] for x in lib if json.loads(x)["name"] == e["name"]
               and json.loads(x)["format_cl"] == 75)
    breaks.append(("magnum on the 75 cl entry", with_case(i, beverage_id=b75)))
    i = first(lambda c: c["expect"] == "yes" and c["label"].startswith("DEMI "))
    btl = next(json.loads(x)["id"] for x in lib if json.loads(x)["format_cl"] == 33)
    breaks.append(("draught on a bottle entry", with_case(i, beverage_id=btl, units_per_sale=round(25 / 33, 4))))
    js = dump(J)
    breaks.append(("duplicate label", (lib, [*js, js[0]])))
    breaks.append(("broken JSON", (lib, [*js[:5], js[5][:-1], *js[6:]])))
    o = json.loads(cases[0])
    breaks.append(("case field order", (lib, [json.dumps(dict(reversed(list(o.items()))), ensure_ascii=False), *cases[1:]])))
    breaks.append(("library id gap", (lib[:3] + lib[4:], cases)))
    bad = json.loads(lib[0])
    bad["colour"] = "red"
    breaks.append(("bad colour", ([json.dumps(bad, ensure_ascii=False), *lib[1:]], cases)))
    keep = [x for x in js if json.loads(x)["expect"] != "none"]
    breaks.append(("counts out of range", (lib, keep)))
    i = first(lambda c: c["connection"] == "stock" and "37,5CL" in c["label"] and c["expect"] == "yes")
    breaks.append(("half bottle contenance on a 75 cl entry",
                   with_case(i, label=J[i]["label"].replace("37,5CL", "75CL"))))
    ok = True
    for name, (l, c) in breaks:
        errs, _ = check(l, c)
        print("%-42s %s" % (name, "reported: " + errs[0] if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for t in TILLS:
        d = counts[t]
        print("%-9s yes %3d  almost %3d  none %3d" % (t, d["yes"], d["almost"], d["none"]))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
