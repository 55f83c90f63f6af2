#!/usr/bin/env python3
"""Validate the BLIND set "pontivy" from its two jsonl files only.

python3 check_pontivy.py             # checks pontivy_library.jsonl and pontivy_cases.jsonl
python3 check_pontivy.py --selftest  # breaks copies in many ways, shows each is reported
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("comptoir", "tablette", "export")
VOLUME = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
          "D": 4, "D2": 2, "D6": 6, "DE": 25, "PI": 50}
C_CODES = {"1/2": "H", "MAG": "M", "VRE": "G", "VRE12": "G12", "VRE15": "G15",
           "COUPE": "CP", "PICH25": "P25", "PICH50": "P50", "DOSE": "D", "2CL": "D2",
           "6CL": "D6", "DEMI": "DE", "PINTE": "PI", "20CL": "C20", "25CL": "C25",
           "33CL": "C33", "50CL": "C50", "1L": "C100"}
T_MODS = {"Verre": "G", "Verre 12cl": "G12", "Verre 15cl": "G15", "Coupe": "CP",
          "Pichet 25cl": "P25", "Pichet 50cl": "P50", "Dose": "D", "Dose 2cl": "D2",
          "Dose 6cl": "D6", "Demi": "DE", "Pinte": "PI"}
E_WORDS = {"VERRE": "G", "VERRE 12CL": "G12", "VERRE 15CL": "G15", "COUPE": "CP",
           "PICHET 25CL": "P25", "PICHET 50CL": "P50", "DOSE 4CL": "D", "DOSE 2CL": "D2",
           "DOSE 6CL": "D6", "DEMI 25CL": "DE", "PINTE 50CL": "PI", "MAGNUM 150CL": "M",
           "BTL 37,5CL": "H", "BTL 1L": "C100"}
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES PRESSION",
            "BIERES BOUTEILLE", "CIDRES", "APERITIFS", "DIGESTIFS", "ALCOOLS", "SOFTS",
            "BOISSONS CHAUDES", "COCKTAILS", "PIZZAS", "GRILLADES", "ENTREES", "DESSERTS",
            "DIVERS"}
FAMILY_OK = {"bière": {"BIERES PRESSION", "BIERES BOUTEILLE"}, "soft": {"SOFTS"},
             "spiritueux": {"APERITIFS", "DIGESTIFS", "ALCOOLS"},
             "autre": {"APERITIFS", "CIDRES"},
             ("vin", "rouge"): {"VINS ROUGES", "BULLES"}, ("vin", "blanc"): {"VINS BLANCS"},
             ("vin", "rosé"): {"VINS ROSES", "BULLES"}, ("vin", "effervescent"): {"BULLES"}}
PRICE = r"\d{1,3},\d\d"


def parse_label(conn, label):
    """(form error or None, measure, vintage) read from the label alone."""
    if conn == "comptoir":
        m = re.fullmatch(r"(.{18})  ([ \d]{2}\d,\d\d)", label)
        if not m or not re.fullmatch(r"[A-Z0-9 /]*[A-Z0-9/]", m.group(1).rstrip()) \
                or m.group(1) != m.group(1).rstrip().ljust(18) or label[0] == " ":
            return "comptoir form (18 capitals, 2 spaces, price on 6)", None, None
        toks = m.group(1).split()
        measure = C_CODES.get(toks[0], "B")
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return None, measure, vint
    if conn == "tablette":
        if ";" in label or not re.search(r"[a-zé]", label) or label != label.strip():
            return "tablette form (mixed case, no separators)", None, None
        measure, base = "B", label
        if " + " in label:
            base, mod = label.rsplit(" + ", 1)
            if mod not in T_MODS:
                return "tablette modifier %r" % mod, None, None
            measure = T_MODS[mod]
        elif label.endswith(")"):
            base, fmt = label[:-1].rsplit(" (", 1)
            if fmt == "37,5cl":
                measure = "H"
            elif fmt == "Magnum":
                measure = "M"
            elif fmt == "1L":
                measure = "C100"
            elif re.fullmatch(r"\d+cl", fmt):
                measure = "C" + fmt[:-2]
            else:
                return "tablette format %r" % fmt, None, None
        v = re.search(r"\b(19|20)\d\d\b", base)
        return None, measure, int(v.group(0)) if v else None
    f = label.split(";")
    if len(f) != 4 or not re.fullmatch(r"\d{5}", f[0]) or f[1] not in FAMILIES \
            or not re.fullmatch(PRICE, f[3]) or not re.fullmatch(r"[A-Z0-9 ,]+", f[2]):
        return "export form (code;FAMILY;LIBELLE;price)", None, None
    lib, measure = f[2], ""
    for w, code in sorted(E_WORDS.items(), key=lambda x: -len(x[0])):
        if lib.endswith(" " + w):
            measure = code
            break
    else:
        m = re.search(r" BTL (\d+)CL$", lib)
        if m:
            measure = "C" + m.group(1)
    v = re.search(r"\b(19|20)\d\d\b", lib)
    return None, measure, int(v.group(0)) if v else None


def check(lib_lines, case_lines):
    errs = []
    lib, by_id = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order" % i)
        if r.get("id") != "PTV%03d" % i:
            errs.append("library line %d: id %r out of sequence" % (i, r.get("id")))
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (r.get("id"), cat))
        if cat in ("vin", "champagne") and col not in COLOURS:
            errs.append("%s: wine without a valid colour" % r.get("id"))
        if cat not in ("vin", "champagne") and col is not None:
            errs.append("%s: colour on a non-wine" % r.get("id"))
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format" % r.get("id"))
        elif f >= 1000 and cat != "bière":
            errs.append("%s: keg format on a non-beer" % r.get("id"))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: vintage %r" % (r.get("id"), v))
        lib.append(r)
        by_id[r.get("id")] = r
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d not in 110-130" % len(lib))
    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
    groups = {}
    for r in lib:
        groups.setdefault(wine(r), []).append(r)
    for k, g in groups.items():
        if len({r["vintage"] for r in g}) != len(g):
            errs.append("duplicate wine x format x vintage %r" % (k,))
    drink = {}
    for r in lib:
        drink.setdefault((r["name"], r["producer"], r["appellation"], r["colour"]), set()).add(r["format_cl"])

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: bad JSON" % i)
            continue
        cases.append(c)
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(where + ": field order")
            continue
        if c["label"] in labels:
            errs.append(where + ": duplicate label")
        labels.add(c["label"])
        conn = c["connection"]
        if conn not in CONNS:
            errs.append(where + ": unknown connection %r" % conn)
            continue
        form, measure, lv = parse_label(conn, c["label"])
        if form:
            errs.append(where + ": " + form)
            continue
        if c["vintage"] != lv:
            errs.append(where + ": vintage %r but the label reads %r" % (c["vintage"], lv))
        exp, bid, also, units = c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"]
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                errs.append(where + ": none with an answer")
            continue
        if exp not in ("yes", "almost"):
            errs.append(where + ": expect %r" % exp)
            continue
        e = by_id.get(bid)
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % bid)
            continue
        if not measure:
            errs.append(where + ": a drink without a measure")
            continue
        g = groups[wine(e)]
        fmts = drink[(e["name"], e["producer"], e["appellation"], e["colour"])]
        bottles = sorted(f for f in fmts if f < 1000)
        ordinary = 75 if 75 in bottles else ([f for f in bottles if f not in (37.5, 150)] or [None])[0]
        f = e["format_cl"]
        if measure == "B":
            want = 75 if e["category"] in ("vin", "champagne") else ordinary
            if e["category"] not in ("vin", "champagne") and \
                    len([b for b in bottles if b not in (37.5, 150)]) != 1:
                errs.append(where + ": bottle without size on a drink with several sizes")
        elif measure == "H":
            want = 37.5
        elif measure == "M":
            want = 150
        elif re.fullmatch(r"C\d+", measure):
            want = int(measure[1:])
        elif measure in ("DE", "PI"):
            want = f if f >= 1000 and e["category"] == "bière" else "a keg"
        else:
            want = ordinary
        if f != want:
            errs.append(where + ": entry format %r, the label means %r" % (f, want))
        exp_units = 1 if measure in ("B", "H", "M") or re.fullmatch(r"C\d+", measure) else round(VOLUME[measure] / f, 4)
        if units != exp_units:
            errs.append(where + ": units %r, expected %r" % (units, exp_units))
        others = sorted(r["id"] for r in g if r["id"] != bid)
        if exp == "yes" and lv is not None:
            others = []
        if sorted(also) != others:
            errs.append(where + ": also_ok %r, expected %r" % (also, others))
        held = [r["vintage"] for r in g]
        if exp == "yes":
            if lv is not None and e["vintage"] != lv:
                errs.append(where + ": yes on vintage %r but label says %r" % (e["vintage"], lv))
            if lv is not None and also:
                errs.append(where + ": also_ok on a yes with vintage")
            if lv is None and e["vintage"] is not None and e["vintage"] != max(held):
                errs.append(where + ": yes without vintage not the most recent")
        else:
            if lv is None or lv in held or None in held:
                errs.append(where + ": almost needs a label vintage the wine lacks")
            else:
                best = min(held, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %r, nearest is %r" % (e["vintage"], best))
        if conn == "export":
            fam = c["label"].split(";")[1]
            key = e["category"] if e["category"] != "vin" else ("vin", e["colour"])
            if fam not in FAMILY_OK.get(key, set()):
                errs.append(where + ": export family %s for a %s" % (fam, key))
            if e["category"] == "bière" and (fam == "BIERES PRESSION") != (measure in ("DE", "PI")):
                errs.append(where + ": draught family on a bottle sale or the reverse")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases %d not in 280-300" % n)
    if n:
        def share(a):
            return sum(1 for c in cases if c.get("expect") == a) / n
        for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share(a) <= hi:
                errs.append("share of %s %.3f not in %.2f-%.2f" % (a, share(a), lo, hi))
        for conn in CONNS:
            for a in ("yes", "almost", "none"):
                if not any(c.get("connection") == conn and c.get("expect") == a for c in cases):
                    errs.append("till %s has no %s" % (conn, a))
    return errs


def load():
    with open(os.path.join(HERE, "pontivy_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "pontivy_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def counts(case_lines):
    t = {}
    for l in case_lines:
        c = json.loads(l)
        t.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    return t


def selftest():
    lib, cases = load()
    assert check(lib, cases) == [], "clean files do not pass"
    C = [json.loads(l) for l in cases]
    L = [json.loads(l) for l in lib]
    def dump(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        cs = [dict(c) for c in C]
        i = first(pred)
        fn(cs[i])
        return lib, dump(cs)

    def mod_lib(i, fn):
        ls = [dict(r) for r in L]
        fn(ls[i])
        return dump(ls), cases

    byid = {r["id"]: r for r in L}
    breaks = [
        ("bad JSON", (lib, [*cases[:5], "{not json", *cases[6:]])),
        ("case field order", mod_case(lambda c: True,
                                      lambda c: c.update({"label": c.pop("label")}))),
        ("library id gap", mod_lib(10, lambda r: r.update(id="PTV999"))),
        ("colour on a spirit", mod_lib(next(i for i, r in enumerate(L) if r["category"] == "spiritueux"),
                                       lambda r: r.update(colour="blanc"))),
        ("vintage not on the label", mod_case(lambda c: c["vintage"] is not None,
                                              lambda c: c.update(vintage=c["vintage"] - 1))),
        ("also_ok dropped", mod_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                     lambda c: c.update(also_ok=[]))),
        ("almost not the nearest", mod_case(
            lambda c: c["expect"] == "almost" and c["also_ok"],
            lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"], *c["also_ok"][1:]]))),
        ("wrong units", mod_case(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1,
                                 lambda c: c.update(units_per_sale=0.2))),
        ("none with a drink", mod_case(lambda c: c["expect"] == "none",
                                       lambda c: c.update(beverage_id="PTV001"))),
        ("duplicate label", (lib, [*cases, cases[0]])),
        ("comptoir in lower case", mod_case(lambda c: c["connection"] == "comptoir",
                                           lambda c: c.update(label=c["label"].lower()))),
        ("comptoir over 18 columns", mod_case(lambda c: c["connection"] == "comptoir",
                                             lambda c: c.update(label="X" * 20 + c["label"][18:]))),
        ("tablette in capitals", mod_case(lambda c: c["connection"] == "tablette",
                                         lambda c: c.update(label=c["label"].upper()))),
        ("export missing a field", mod_case(lambda c: c["connection"] == "export",
                                           lambda c: c.update(label=c["label"].rsplit(";", 1)[0]))),
        ("half bottle on the 75 cl", mod_case(
            lambda c: c["expect"] == "yes" and byid.get(c["beverage_id"], {}).get("format_cl") == 37.5,
            lambda c: c.update(beverage_id=next(r["id"] for r in L if r["name"] == byid[c["beverage_id"]]["name"]
                                                and r["producer"] == byid[c["beverage_id"]]["producer"]
                                                and r["format_cl"] == 75)))),
        ("draught on the bottle", mod_case(
            lambda c: c["expect"] == "yes" and byid.get(c["beverage_id"], {}).get("format_cl", 0) >= 1000
            and any(r["name"] == byid[c["beverage_id"]]["name"] and r["format_cl"] == 33 for r in L),
            lambda c: c.update(beverage_id=next(r["id"] for r in L if r["name"] == byid[c["beverage_id"]]["name"]
                                                and r["format_cl"] == 33)))),
        ("counts out of range", (lib, [l for l in cases if json.loads(l)["expect"] != "none"])),
        ("unknown connection", mod_case(lambda c: True, lambda c: c.update(connection="caisse"))),
        ("soft under a wine family", mod_case(
            lambda c: c["connection"] == "export" and c["expect"] == "yes"
            and byid[c["beverage_id"]]["category"] == "soft",
            lambda c: c.update(label=c["label"].replace(";SOFTS;", ";VINS ROUGES;")))),
        ("unknown expect", mod_case(lambda c: c["expect"] == "almost", lambda c: c.update(expect="maybe"))),
        ("library too small", (lib[:100], cases)),
    ]
    ok = True
    for name, (l, c) in breaks:
        e = check(l, c)
        print("%-28s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("clean files pass" if not check(lib, cases) else "clean files FAIL")
    print("selftest", "OK (%d breaks)" % len(breaks) if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    if errs:
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    t = counts(cases)
    for conn in CONNS:
        print(conn, t[conn], sum(t[conn].values()))
    print("OK: %d drinks, %d cases" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
