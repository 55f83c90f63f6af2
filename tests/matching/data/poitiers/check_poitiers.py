"""Check poitiers_library.jsonl and poitiers_cases.jsonl on their own (stdlib only).

    python3 tests/matching/data/poitiers/check_poitiers.py [--selftest]
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "export")
# measure code -> (kind, cl): kind "bottle" (a format), "pour" (from the ordinary bottle),
# "draught" (from a keg), "unit" (the only format), "wine75" (a wine's 75 cl bottle)
CAISSE = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "BTL20": ("bottle", 20),
          "BTL25": ("bottle", 25), "BTL33": ("bottle", 33), "BTL50": ("bottle", 50),
          "BTL70": ("bottle", 70), "BTL75": ("bottle", 75), "BTL1L": ("bottle", 100),
          "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "PICH25": ("pour", 25),
          "PICH50": ("pour", 50), "COUPE": ("pour", 12.5), "DOSE": ("pour", 4),
          "DOSE2": ("pour", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
TABLETTE = {"btl": ("wine75", 75), "1/2btl": ("bottle", 37.5), "mag": ("bottle", 150),
            "20cl": ("bottle", 20), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
            "50cl": ("bottle", 50), "70cl": ("bottle", 70), "75cl": ("bottle", 75),
            "1l": ("bottle", 100), "verre": ("pour", 12.5), "verre15": ("pour", 15),
            "pichet25": ("pour", 25), "pichet50": ("pour", 50), "coupe": ("pour", 12.5),
            "dose": ("pour", 4), "dose2": ("pour", 2), "shot": ("pour", 3),
            "demi": ("draught", 25), "pinte": ("draught", 50)}
EXPORT = {"Bouteille 75cl": ("bottle", 75), "Unité": ("unit", None),
          "Demi-bouteille 37,5cl": ("bottle", 37.5), "Magnum 150cl": ("bottle", 150),
          "Bouteille 20cl": ("bottle", 20), "Bouteille 25cl": ("bottle", 25),
          "Bouteille 33cl": ("bottle", 33), "Bouteille 50cl": ("bottle", 50),
          "Bouteille 70cl": ("bottle", 70), "Bouteille 1L": ("bottle", 100),
          "Verre 12,5cl": ("pour", 12.5), "Verre 15cl": ("pour", 15),
          "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5),
          "Dose 4cl": ("pour", 4), "Dose 2cl": ("pour", 2),
          "Demi pression 25cl": ("draught", 25), "Pinte pression 50cl": ("draught", 50)}
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "LIQUOREUX", "APERITIFS",
            "SPIRITUEUX", "SHOOTERS", "BIERES PRESSION", "BIERES BOUTEILLE", "SOFTS",
            "CUISINE", "FORMULES", "BOISSONS CHAUDES", "DIVERS"}
WINE_FAMILIES = {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
                 "liquoreux": "LIQUOREUX", "effervescent": "BULLES"}


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=list))
            except ValueError as e:
                rows.append(("BADJSON", i, str(e)))
    return rows


def parse(till, label):
    """(measure, vintage, errors) read from the label alone."""
    errs = []
    meas, vint = None, None
    if till == "caisse":
        if len(label) != 26 or label[19] != " ":
            errs.append("caisse label is not a 19-column field, a blank and a 6-column price")
        if not re.fullmatch(r" *\d{1,3},\d\d", label[20:]):
            errs.append("caisse price is not right-aligned with a decimal comma")
        field = label[:19]
        if not re.fullmatch(r"[A-Z0-9 ./'-]*", field) or field != field.rstrip() + " " * (19 - len(field.rstrip())):
            errs.append("caisse field not ASCII capitals padded to 19")
        toks = field.split()
        if toks and toks[0] in CAISSE:
            meas = CAISSE[toks[0]]
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
    elif till == "tablette":
        if not re.fullmatch(r"[a-z0-9/]+(\.[a-z0-9/]+)*", label):
            errs.append("tablette label not lower-case ASCII words joined by dots")
        toks = label.split(".")
        if toks[0] == "hh":
            toks = toks[1:]
        if toks and toks[0] in TABLETTE:
            meas = TABLETTE[toks[0]]
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
    else:
        f = label.split(";")
        if len(f) != 6:
            return None, None, ["export line has not 6 fields"]
        if not re.fullmatch(r"ART\d{5}", f[0]):
            errs.append("export article number is not ART + 5 digits")
        if f[1] not in FAMILIES:
            errs.append("export family unknown")
        if not f[2] or len(f[2]) > 24 or f[2] != f[2].strip():
            errs.append("export libelle empty, past 24 columns or padded")
        if f[3] and not re.fullmatch(r"(19|20)\d\d", f[3]):
            errs.append("export vintage field is not a year")
        if f[4] and f[4] not in EXPORT:
            errs.append("export packaging unknown")
        if not re.fullmatch(r"\d{1,3},\d\d", f[5]):
            errs.append("export price has no decimal comma")
        meas = EXPORT.get(f[4])
        vint = int(f[3]) if f[3] else None
    return meas, vint, errs


def target(wine_entries, category, meas):
    """(format, units) for a sale of this measure, or None if not held."""
    fmts = sorted({e["format_cl"] for e in wine_entries})
    if meas is None:
        meas = ("bottle", 75) if category in ("vin", "champagne", "autre") else ("unit", None)
    kind, cl = meas
    if kind == "wine75":
        kind = "bottle"
    if kind == "bottle":
        return (cl, 1) if cl in fmts else None
    if kind == "unit":
        return (fmts[0], 1) if len(fmts) == 1 and fmts[0] < 2000 else None
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        return (kegs[0], round(cl / kegs[0], 4)) if kegs else None
    ordinary = 75 if 75 in fmts else None
    if ordinary is None:
        rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
        if len(rest) != 1:
            return None
        ordinary = rest[0]
    return (ordinary, round(cl / ordinary, 4))


def check(lib, cases):
    errs = []
    e_ = errs.append
    ids = {}
    for i, row in enumerate(lib, 1):
        if isinstance(row, tuple):
            e_("library line %d: invalid JSON" % row[1]); continue
        keys = [k for k, _ in row]
        d = dict(row)
        if keys != LIB_FIELDS:
            e_("library line %d: fields out of order or missing" % i)
        if d.get("id") != "po%03d" % i:
            e_("library line %d: id %r out of sequence" % (i, d.get("id")))
        if d.get("colour") not in COLOURS:
            e_("library %s: bad colour %r" % (d.get("id"), d.get("colour")))
        if d.get("category") not in CATEGORIES:
            e_("library %s: bad category" % d.get("id"))
        if d.get("category") in ("spiritueux", "bière", "soft") and d.get("colour") is not None:
            e_("library %s: colour on a %s" % (d.get("id"), d.get("category")))
        if d.get("category") in ("vin", "champagne") and d.get("colour") is None:
            e_("library %s: wine without colour" % d.get("id"))
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            e_("library %s: bad vintage" % d.get("id"))
        if not isinstance(d.get("format_cl"), (int, float)):
            e_("library %s: bad format" % d.get("id"))
        ids[d.get("id")] = d
    if not 110 <= len(lib) <= 130:
        e_("library has %d drinks, not 110-130" % len(lib))
    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])
    groups = {}
    for d in ids.values():
        groups.setdefault(wine(d), []).append(d)
    for g in groups.values():
        seen = set()
        for d in g:
            if (d["format_cl"], d["vintage"]) in seen:
                e_("library %s: duplicate wine, format and vintage" % d["id"])
            seen.add((d["format_cl"], d["vintage"]))

    labels, tally = set(), {}
    for i, row in enumerate(cases, 1):
        if isinstance(row, tuple):
            e_("case line %d: invalid JSON" % row[1]); continue
        keys = [k for k, _ in row]
        c = dict(row)
        where = "case %d %r" % (i, c.get("label"))
        if keys != CASE_FIELDS:
            e_(where + ": fields out of order or missing"); continue
        till, label, exp = c["connection"], c["label"], c["expect"]
        if till not in TILLS:
            e_(where + ": unknown connection"); continue
        if label in labels:
            e_(where + ": duplicate label")
        labels.add(label)
        tally[(till, exp)] = tally.get((till, exp), 0) + 1
        meas, vint, perr = parse(till, label)
        for p in perr:
            e_(where + ": " + p)
        if c["vintage"] != vint:
            e_(where + ": vintage %r is not the label's %r" % (c["vintage"], vint))
        u = c["units_per_sale"]
        if u is not None and (not isinstance(u, (int, float)) or round(u, 4) != u):
            e_(where + ": units not to 4 decimals")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                e_(where + ": none with a drink, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            e_(where + ": bad expect"); continue
        d = ids.get(c["beverage_id"])
        if d is None:
            e_(where + ": unknown beverage_id"); continue
        if till == "export" and meas is None:
            e_(where + ": drink without packaging")
        if till == "export":
            fam = label.split(";")[1]
            want = WINE_FAMILIES.get(d["colour"]) if d["category"] == "vin" else None
            if d["category"] == "champagne":
                want = "BULLES"
            if d["category"] == "bière":
                want = "BIERES PRESSION" if d["format_cl"] >= 2000 else "BIERES BOUTEILLE"
            if d["category"] == "soft":
                want = "SOFTS"
            if want and fam != want:
                e_(where + ": family %s for a %s" % (fam, want))
        t = target(groups[wine(d)], d["category"], meas)
        if t is None:
            e_(where + ": the label's format is not held, should be none"); continue
        fmt, units = t
        if d["format_cl"] != fmt:
            e_(where + ": entry format %s, label says %s" % (d["format_cl"], fmt))
        if u != units:
            e_(where + ": units %r, measure gives %r" % (u, units))
        same = [x for x in groups[wine(d)] if x["format_cl"] == fmt]
        others = sorted(x["id"] for x in same if x["id"] != d["id"])
        held = [x["vintage"] for x in same]
        if exp == "yes":
            if vint is not None and held != [None]:
                if d["vintage"] != vint:
                    e_(where + ": yes on another vintage")
                if c["also_ok"] != []:
                    e_(where + ": also_ok on a yes with vintage")
            else:
                if d["vintage"] != max(held, key=lambda v: v or 0):
                    e_(where + ": yes without vintage not on the most recent")
                if sorted(c["also_ok"]) != others:
                    e_(where + ": also_ok is not the other vintages")
        else:
            if vint is None or vint in held or None in held:
                e_(where + ": almost but the label's vintage is held or absent")
                continue
            best = min(same, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
            if best["id"] != d["id"]:
                e_(where + ": almost not on the nearest vintage")
            if sorted(c["also_ok"]) != others:
                e_(where + ": also_ok is not the other vintages")
    n = len(cases)
    if not 280 <= n <= 300:
        e_("%d cases, not 280-300" % n)
    def share(x):
        return sum(v for (t, a), v in tally.items() if a == x) / max(n, 1)
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share(x) <= hi:
            e_("%s share %.3f outside %.2f-%.2f" % (x, share(x), lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not tally.get((t, x)):
                e_("till %s has no %s case" % (t, x))
    return errs, tally


def dump_rows(rows):
    return [r if isinstance(r, tuple) else list(r) for r in rows]


def selftest(lib, cases):
    ok = True
    errs, _ = check(lib, cases)
    print("clean files:", "pass" if not errs else "FAIL %r" % errs[:3])
    ok &= not errs
    def D(rows):
        return [dict(r) for r in rows]
    def L(dl):
        return [list(d.items()) for d in dl]

    def find(pred):
        for i, c in enumerate(D(cases)):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    breaks = []

    def brk(name, fn_lib=None, fn_cases=None):
        bl, bc = D(lib), D(cases)
        if fn_lib:
            fn_lib(bl)
        if fn_cases:
            fn_cases(bc)
        breaks.append((name, L(bl), L(bc)))

    i_al = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    i_pour = find(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    i_vint = find(lambda c: c["expect"] == "yes" and c["vintage"])
    i_noneless = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    i_none = find(lambda c: c["expect"] == "none")
    i_mag = find(lambda c: c["expect"] == "yes" and c["label"].startswith("MAG "))
    i_pinte = find(lambda c: c["expect"] == "yes" and ".pinte." in c["label"])
    i_cai = find(lambda c: c["connection"] == "caisse")
    i_tab = find(lambda c: c["connection"] == "tablette")
    i_exp = find(lambda c: c["connection"] == "export" and c["expect"] == "yes")

    def swap_almost(bc):
        c = bc[i_al]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]
    brk("almost pointed at the farther vintage", fn_cases=swap_almost)
    brk("glass units wrong", fn_cases=lambda bc: bc[i_pour].update(units_per_sale=0.2))
    brk("vintage not the label's", fn_cases=lambda bc: bc[i_vint].update(vintage=bc[i_vint]["vintage"] - 1))
    brk("also_ok emptied on a label without vintage", fn_cases=lambda bc: bc[i_noneless].update(also_ok=[]))
    brk("none given a drink", fn_cases=lambda bc: bc[i_none].update(beverage_id="po001"))

    def mag_to_75(bc):
        c = bc[i_mag]
        d = next(dict(r) for r in lib if dict(r)["id"] == c["beverage_id"])
        other = [dict(r)["id"] for r in lib if dict(r)["name"] == d["name"] and dict(r)["producer"] == d["producer"] and dict(r)["format_cl"] == 75]
        c["beverage_id"] = other[0]
    brk("magnum pointed at the 75 cl entry", fn_cases=mag_to_75)
    brk("pinte units as a demi", fn_cases=lambda bc: bc[i_pinte].update(units_per_sale=round(bc[i_pinte]["units_per_sale"] / 2, 4)))
    brk("caisse label past 19 columns", fn_cases=lambda bc: bc[i_cai].update(label=bc[i_cai]["label"][:19] + "X" + bc[i_cai]["label"][19:]))
    brk("tablette label in capitals", fn_cases=lambda bc: bc[i_tab].update(label=bc[i_tab]["label"].upper()))
    brk("export libelle not cut at 24", fn_cases=lambda bc: bc[i_exp].update(label=bc[i_exp]["label"].replace(";", ";" + "Grand Vin Très Long Nom Ici ", 2).replace(";Grand Vin Très Long Nom Ici ", ";", 1)))
    brk("duplicate label", fn_cases=lambda bc: bc[i_tab + 1].update(label=bc[i_tab]["label"]))
    brk("case fields out of order", fn_cases=lambda bc: bc.__setitem__(0, dict(reversed(list(bc[0].items())))))
    brk("library id out of sequence", fn_lib=lambda bl: bl[5].update(id="po099"))
    brk("bad colour", fn_lib=lambda bl: bl[0].update(colour="jaune"))
    brk("units with five decimals", fn_cases=lambda bc: bc[i_pour].update(units_per_sale=bc[i_pour]["units_per_sale"] + 0.00001))
    brk("too few cases", fn_cases=lambda bc: bc.__delitem__(slice(0, 40)))
    brk("yes without vintage on an older vintage", fn_cases=lambda bc: bc[i_noneless].update(beverage_id=bc[i_noneless]["also_ok"][0], also_ok=[bc[i_noneless]["beverage_id"]]))
    breaks.append(("invalid JSON line", lib, [*cases[:3], ("BADJSON", 4, "x"), *cases[4:]]))
    for name, bl, bc in breaks:
        errs, _ = check(bl, bc)
        print("%-45s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest", "passed" if ok else "FAILED", "(%d breaks)" % len(breaks))
    return ok


def main():
    lib = load(os.path.join(HERE, "poitiers_library.jsonl"))
    cases = load(os.path.join(HERE, "poitiers_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs, tally = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for t in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, tally.get((t, "yes"), 0), tally.get((t, "almost"), 0), tally.get((t, "none"), 0)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
