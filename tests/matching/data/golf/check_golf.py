"""Check golf_library.jsonl and golf_cases.jsonl, reading nothing else.

    python3 tests/matching/data/golf/check_golf.py            # check the two files
    python3 tests/matching/data/golf/check_golf.py --selftest # break copies on purpose
"""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}

R_WINE = {"BDX": "Bordeaux", "BGN": ("Bourgogne", "Beaujolais"), "LOIRE": "Loire",
          "RHONE": "Rhône", "ALS": "Alsace", "PROV": "Provence", "CHAMP": "Champagne"}
R_OTHER = {"WSK", "COG", "ARM", "GIN", "RHUM", "VODKA", "LIQ", "APERO", "PRESS", "BIERE",
           "SOFT", "CUIS", "CAFE", "DIV"}
B_FAMS = {"ROUGE", "BLANC", "ROSÉ", "LIQUOREUX", "CHAMPAGNE", "WHISKY", "COGNAC",
          "ARMAGNAC", "GIN", "RHUM", "VODKA", "LIQUEUR", "APÉRITIF", "PORTO", "PRESSION",
          "BIÈRE", "SOFT", "EAU", "SNACK", "CAFÉ", "DIVERS"}
POURS = {"VRE": 12.5, "VERRE": 12.5, "verre": 12.5, "CP": 12.5, "coupe": 12.5,
         "P50": 50, "P25": 25, "DOSE": 4, "dose": 4, "2CL": 2, "4CL": 4, "6CL": 6,
         "2cl": 2, "4cl": 4, "6cl": 6, "verre 15cl": 15, "carafe 50cl": 50,
         "carafe 25cl": 25}
HALF = {"1/2", "1/2 btl"}
MAG = {"MAG", "MAGNUM", "magnum"}
VOLS = {"33CL": 33, "50CL": 50, "1L": 100, "25CL": 25, "20CL": 20,
        "33cl": 33, "50cl": 50, "1l": 100, "25cl": 25, "20cl": 20}
R_MEAS = {"1/2", "MAG", "VRE", "CP", "P50", "P25", "DOSE", "2CL", "4CL", "6CL", "DEMI",
          "PINTE", "33CL", "50CL", "1L", "25CL", "20CL"}
B_MEAS = {"BTL", "DEMI", "MAGNUM", "VERRE", "CP", "DOSE", "2CL", "4CL", "6CL", "PINTE",
          "33CL", "50CL", "1L", "25CL", "20CL"}
T_MEAS = ["verre 15cl", "carafe 50cl", "carafe 25cl", "1/2 btl", "btl", "magnum", "verre",
          "coupe", "dose", "4cl", "6cl", "2cl", "demi", "pinte", "33cl", "50cl", "1l",
          "25cl", "20cl"]


def yy(s):
    y = int(s)
    return 2000 + y if y <= 30 else 1900 + y


def read_vintage(till, label):
    if till == "R":
        if label.split("-", 1)[0] not in R_WINE:
            return None
        last = label.split(".")[-1]
        return yy(last) if re.fullmatch(r"\d\d", last) else None
    m = re.search(r"(?<![\w'])'(\d\d)(?!\w)", label)
    if m:
        return yy(m.group(1))
    if till == "T":
        for tok in re.findall(r"(?<![\d,.])(\d{4})(?![\d,])", label):
            if 1950 <= int(tok) <= 2030:
                return int(tok)
    return None


def measure(till, label):
    """The serving word printed on the label, '' when none."""
    if till == "R":
        rest = label.split("-", 1)[1] if "-" in label else ""
        first = rest.split(".")[0]
        return first if first in R_MEAS else ""
    if till == "B":
        words = label.split(" ")
        return words[1] if len(words) > 2 and words[1] in B_MEAS else ""
    body = re.sub(r" \d+,\d\d€$", "", label)
    for m in T_MEAS:
        if body.endswith(" " + m):
            return m
    return ""


def check(lib_path, cases_path):
    errs = []
    lib, cases = [], []
    for path, rows in ((lib_path, lib), (cases_path, cases)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line, object_pairs_hook=lambda p: p))
                except ValueError as e:
                    errs.append("%s:%d invalid JSON (%s)" % (os.path.basename(path), n, e))
    lib2 = []
    for n, pairs in enumerate(lib, 1):
        if [k for k, _ in pairs] != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, [k for k, _ in pairs]))
        lib2.append(dict(pairs))
    lib = lib2
    byid = {}
    for n, e in enumerate(lib, 1):
        if e.get("id") != "gf%03d" % n:
            errs.append("library line %d: id %r, expected gf%03d" % (n, e.get("id"), n))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("%s: colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("%s: category %r" % (e.get("id"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if wine != (e.get("colour") is not None):
            errs.append("%s: colour %r for category %r" % (e["id"], e.get("colour"), e.get("category")))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 <= v <= 2030):
            errs.append("%s: vintage %r" % (e["id"], v))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format_cl %r" % (e["id"], e.get("format_cl")))
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def group(e, fmt=None):
        fmt = e["format_cl"] if fmt is None else fmt
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == fmt]

    def formats(e):
        return sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(e)})

    seen = set()
    counts = {}
    cases2 = []
    for n, pairs in enumerate(cases, 1):
        if [k for k, _ in pairs] != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (n, [k for k, _ in pairs]))
        cases2.append(dict(pairs))
    for n, c in enumerate(cases2, 1):
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "case %d %r" % (n, lab)
        if lab in seen:
            errs.append(where + ": duplicate label")
        seen.add(lab)
        if till not in ("R", "B", "T"):
            errs.append(where + ": connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        # ---- each till's form
        if till == "R":
            fam = lab.split("-", 1)[0]
            if len(lab) > 20:
                errs.append(where + ": R label over 20 characters")
            if not re.fullmatch(r"[A-Z0-9./-]+", lab):
                errs.append(where + ": R label not ASCII capitals with dots")
            if fam not in R_WINE and fam not in R_OTHER:
                errs.append(where + ": R family %r" % fam)
        elif till == "B":
            m = re.fullmatch(r"(.+) (\d+,\d\d)", lab)
            if not m:
                errs.append(where + ": B label without a price")
                continue
            desc = m.group(1)
            if len(desc) > 26:
                errs.append(where + ": B description over 26 characters")
            if desc != desc.upper():
                errs.append(where + ": B label not in capitals")
            fam = desc.split(" ")[0]
            if fam not in B_FAMS:
                errs.append(where + ": B family %r" % fam)
        else:
            if not re.search(r" \d+,\d\d€$", lab):
                errs.append(where + ": T label without a price in €")
            if lab != lab.lower():
                errs.append(where + ": T label not in lower case")
            fam = None
        # ---- vintage read back
        v = read_vintage(till, lab)
        if c.get("vintage") != v:
            errs.append(where + ": vintage %r, label reads %r" % (c.get("vintage"), v))
        meas = measure(till, lab)
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append(where + ": a none with an id, also_ok or units")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c.get("beverage_id"))
            continue
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        also = c.get("also_ok")
        if not isinstance(also, list) or any(a not in byid for a in also):
            errs.append(where + ": also_ok %r" % also)
            continue
        vs = [x["vintage"] for x in g]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append(where + ": yes on %r, label says %r" % (e["vintage"], v))
                if also:
                    errs.append(where + ": also_ok not empty though the label's vintage is held")
            else:
                if e["vintage"] is not None and e["vintage"] != max(vs):
                    errs.append(where + ": yes without vintage not on the most recent")
                if sorted(also) != others:
                    errs.append(where + ": also_ok %r, expected %r" % (also, others))
        else:
            if v is None or None in vs:
                errs.append(where + ": almost without a label vintage or on a non-vintage drink")
            else:
                if v in vs:
                    errs.append(where + ": almost though %d is held" % v)
                best = min(vs, key=lambda y: (abs(y - v), -y))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %r, nearest is %r" % (e["vintage"], best))
                if sorted(also) != others:
                    errs.append(where + ": also_ok %r, expected %r" % (also, others))
        # ---- family against the entry
        cat = e["category"]
        if till == "R" and fam in R_WINE:
            want = R_WINE[fam]
            if cat not in ("vin", "champagne") or e["region"] not in (want if isinstance(want, tuple) else (want,)):
                errs.append(where + ": R family %s for %s" % (fam, e["name"]))
        if till == "R" and fam in R_OTHER and cat in ("vin", "champagne"):
            errs.append(where + ": R family %s for a wine" % fam)
        if till == "B":
            colour_fam = {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSÉ",
                          "liquoreux": "LIQUOREUX"}
            if cat == "vin" and fam != colour_fam.get(e["colour"]):
                errs.append(where + ": B family %s for a %s wine" % (fam, e["colour"]))
            if cat == "champagne" and fam != "CHAMPAGNE":
                errs.append(where + ": B family %s for a champagne" % fam)
            if cat not in ("vin", "champagne") and fam in ("ROUGE", "BLANC", "ROSÉ", "LIQUOREUX", "CHAMPAGNE"):
                errs.append(where + ": B wine family for %s" % e["name"])
        # ---- format and units against the measure
        fmts = formats(e)
        ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        units = c.get("units_per_sale")
        wine = cat in ("vin", "champagne")
        if meas in HALF or (meas == "DEMI" and wine):
            want_fmt, want_units = 37.5, 1
        elif meas in MAG:
            want_fmt, want_units = 150, 1
        elif meas in ("DEMI", "demi", "PINTE", "pinte"):
            if cat != "bière" or e["format_cl"] < 2000:
                errs.append(where + ": draught measure not from a keg")
                continue
            want_fmt = e["format_cl"]
            want_units = round((25 if meas.lower() == "demi" else 50) / want_fmt, 4)
        elif meas in POURS:
            want_fmt = ordinary
            want_units = round(POURS[meas] / want_fmt, 4) if want_fmt else None
        elif meas in VOLS:
            want_fmt, want_units = VOLS[meas], 1
        else:  # no measure word or a bottle word
            want_fmt, want_units = (ordinary if ordinary else e["format_cl"]), 1
        if e["format_cl"] != want_fmt:
            errs.append(where + ": entry format %r, label asks %r" % (e["format_cl"], want_fmt))
        if units != want_units:
            errs.append(where + ": units %r, expected %r" % (units, want_units))
    total = len(cases2)
    if not 280 <= total <= 300:
        errs.append("%d cases (280-300)" % total)
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(counts.get((t, exp), 0) for t in "RBT")
            if not lo <= 100.0 * k / total <= hi:
                errs.append("%s is %.1f %% (%d-%d)" % (exp, 100.0 * k / total, lo, hi))
        for t in "RBT":
            for exp in ("yes", "almost", "none"):
                if not counts.get((t, exp)):
                    errs.append("till %s has no %s case" % (t, exp))
    return errs, counts, total


def selftest():
    lib_lines = open(os.path.join(HERE, "golf_library.jsonl"), encoding="utf-8").read().splitlines()
    case_lines = open(os.path.join(HERE, "golf_cases.jsonl"), encoding="utf-8").read().splitlines()
    cases = [json.loads(x) for x in case_lines]

    def find(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def dump(c):
        return json.dumps(c, ensure_ascii=False)

    def edit_case(pred, fn):
        def go(lib, cs):
            i = find(pred)
            c = json.loads(cs[i])
            fn(c)
            cs[i] = dump(c)
        return go

    def edit_lib(i, fn):
        def go(lib, cs):
            lib[i] = fn(lib[i])
        return go

    lib_objs = [json.loads(x) for x in lib_lines]
    byid = {e["id"]: e for e in lib_objs}

    def farther(c):
        vs = sorted([byid[a]["vintage"] for a in c["also_ok"]], key=lambda y: -abs(y - c["vintage"]))
        far = next(a for a in c["also_ok"] if byid[a]["vintage"] == vs[0])
        c["also_ok"] = sorted(c["also_ok"] + [c["beverage_id"]])
        c["also_ok"].remove(far)
        c["beverage_id"] = far

    def mag_to_75(c):
        e = byid[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in lib_objs if x["name"] == e["name"] and x["format_cl"] == 75)

    def unknown_conn(lib, cs):
        c = json.loads(cs[0]); c["connection"] = "X"; cs[0] = dump(c)

    def drop_many(lib, cs):
        del cs[:40]

    def dup(lib, cs):
        cs.append(cs[5])

    breaks = [
        ("invalid JSON line", lambda lib, cs: cs.__setitem__(3, cs[3][:-1])),
        ("library field order", edit_lib(0, lambda s: json.dumps(dict(reversed(list(json.loads(s).items()))), ensure_ascii=False))),
        ("id sequence", edit_lib(4, lambda s: s.replace('"gf005"', '"gf050"'))),
        ("a colour", edit_lib(1, lambda s: s.replace('"rouge"', '"red"'))),
        ("almost pointed at the farther vintage", edit_case(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 1 and len({byid[a]["vintage"] for a in c["also_ok"]}) >= 1 and any(abs(byid[a]["vintage"] - c["vintage"]) > abs(byid[c["beverage_id"]]["vintage"] - c["vintage"]) for a in c["also_ok"]), farther)),
        ("a glass's units", edit_case(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.__setitem__("units_per_sale", 0.2))),
        ("the vintage field", edit_case(lambda c: c["vintage"] == 2016 and c["expect"] == "yes", lambda c: c.__setitem__("vintage", 2015))),
        ("a magnum pointed at the 75 cl entry", edit_case(lambda c: ".MAG." in c["label"] or "-MAG." in c["label"], mag_to_75)),
        ("a none with an id", edit_case(lambda c: c["expect"] == "none", lambda c: c.__setitem__("beverage_id", "gf001"))),
        ("a duplicate label", dup),
        ("an emptied also_ok", edit_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.__setitem__("also_ok", []))),
        ("lower case on R", edit_case(lambda c: c["connection"] == "R", lambda c: c.__setitem__("label", c["label"].lower()))),
        ("an R label over 20 characters", edit_case(lambda c: c["connection"] == "R" and c["expect"] == "none" and len(c["label"]) > 14, lambda c: c.__setitem__("label", c["label"] + ".XXXXXXX"))),
        ("a T label without price", edit_case(lambda c: c["connection"] == "T", lambda c: c.__setitem__("label", re.sub(r" \d+,\d\d€$", "", c["label"])))),
        ("a B family against the colour", edit_case(lambda c: c["connection"] == "B" and c["label"].startswith("ROSÉ VERRE M DE"), lambda c: c.__setitem__("label", c["label"].replace("ROSÉ ", "ROUGE ", 1)))),
        ("a demi's units", edit_case(lambda c: "DEMI.HEINEKEN" in c["label"], lambda c: c.__setitem__("units_per_sale", 0.0125))),
        ("a yes on another vintage than the label's", edit_case(lambda c: c["expect"] == "yes" and c["vintage"] == 2015 and c["label"].startswith("BDX-CH.LAGRANGE"), lambda c: c.__setitem__("beverage_id", "gf002"))),
        ("counts out of range", drop_many),
        ("an unknown connection", unknown_conn),
        ("a half bottle's units", edit_case(lambda c: c["label"].startswith("BDX-1/2.RIEUSSEC"), lambda c: c.__setitem__("units_per_sale", 0.5))),
        ("a dose's units", edit_case(lambda c: c["label"].startswith("WSK-DOSE.DALMORE.12"), lambda c: c.__setitem__("units_per_sale", 0.0533))),
        ("a B label over 26 characters", edit_case(lambda c: c["connection"] == "B" and c["expect"] == "none" and c["label"].startswith("SNACK"), lambda c: c.__setitem__("label", c["label"].replace("SNACK ", "SNACK XXXXXXXXXXXXXXXXXXXXXXXXX ", 1)))),
    ]
    tmp = tempfile.mkdtemp()
    lp, cp = os.path.join(tmp, "lib.jsonl"), os.path.join(tmp, "cases.jsonl")

    def run(lib, cs):
        with open(lp, "w", encoding="utf-8") as f:
            f.write("\n".join(lib) + "\n")
        with open(cp, "w", encoding="utf-8") as f:
            f.write("\n".join(cs) + "\n")
        return check(lp, cp)[0]

    clean = run(list(lib_lines), list(case_lines))
    ok = not clean
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    for name, fn in breaks:
        lib, cs = list(lib_lines), list(case_lines)
        fn(lib, cs)
        errs = run(lib, cs)
        print("%-45s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, counts, total = check(os.path.join(HERE, "golf_library.jsonl"),
                                os.path.join(HERE, "golf_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("%d cases" % total)
    for t in "RBT":
        print(t, {x: counts.get((t, x), 0) for x in ("yes", "almost", "none")})
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
