"""Check the Toul blind set. Reads ONLY toul_library.jsonl and toul_cases.jsonl.

python3 check_toul.py            validate the two files
python3 check_toul.py --selftest break copies on purpose and show each break is reported
"""
import copy
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
TILLS = ("caisse", "salle", "z")

# measure words of each till -> (kind, value): bottle (cl or None = ordinary bottle),
# pour (cl from the ordinary bottle), draught (cl from the keg)
CAISSE = {"BTL": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
          "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
          "70CL": ("bottle", 70), "75CL": ("bottle", 75), "1L": ("bottle", 100),
          "VR": ("pour", 12.5), "VR15": ("pour", 15), "PT25": ("pour", 25),
          "PT50": ("pour", 50), "CP": ("pour", 12.5), "FLUT": ("pour", 12.5),
          "DS": ("pour", 4), "DS2": ("pour", 2), "DEMI": ("draught", 25),
          "PINT": ("draught", 50)}
SALLE = {"bouteille": ("bottle", None), "1/2 bouteille": ("bottle", 37.5),
         "magnum": ("bottle", 150), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
         "50cl": ("bottle", 50), "70cl": ("bottle", 70), "75cl": ("bottle", 75),
         "1l": ("bottle", 100), "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
         "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50), "coupe": ("pour", 12.5),
         "flûte": ("pour", 12.5), "dose": ("pour", 4), "dose 2cl": ("pour", 2),
         "demi": ("draught", 25), "pinte": ("draught", 50)}
ZU = {"BT37": ("bottle", 37.5), "BT150": ("bottle", 150), "BT25": ("bottle", 25),
      "BT33": ("bottle", 33), "BT50": ("bottle", 50), "BT70": ("bottle", 70),
      "BT75": ("bottle", 75), "BT100": ("bottle", 100), "VE": ("pour", 12.5),
      "VE15": ("pour", 15), "PICH25": ("pour", 25), "PICH50": ("pour", 50),
      "CPE": ("pour", 12.5), "FLT": ("pour", 12.5), "DOS": ("pour", 4), "DOS2": ("pour", 2),
      "DEM": ("draught", 25), "PIN": ("draught", 50), "U": (None, None)}
FAMILIES = {"Côtes de Toul", "Moselle", "Alsace", "Bourgogne", "Bordeaux", "Champagne",
            "Vins", "Apéritifs", "Digestifs", "Bières", "Softs", "Boissons chaudes",
            "Cuisine", "Desserts", "Divers", "Cocktails"}


def parse_jsonl(text, what, errs):
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            errs.append("%s line %d: bad JSON (%s)" % (what, i, e))
    return rows


def read_label(till, label, errs):
    """(printed vintage, (kind, value)) from the label, reporting form errors."""
    if till == "caisse":
        if len(label) != 23 or not re.fullmatch(r"[A-Z0-9 ./'-]{16} *\d+,\d\d", label):
            errs.append("caisse form (16 ASCII capitals + price in 7): %r" % label)
            return None, (None, None)
        toks = label[:16].split()
        meas = CAISSE.get(toks[0]) if toks else None
        body = toks[1:] if meas else toks
        vint = 2000 + int(body[-1]) if len(body) >= 2 and re.fullmatch(r"\d\d", body[-1]) else None
        return vint, meas or (None, None)
    if till == "salle":
        m = re.fullmatch(r"([^:]+) : (.+?)(?: \(([^()]+)\))?", label)
        if not m or m.group(1) not in FAMILIES:
            errs.append("salle form (Famille : text (mesure)): %r" % label)
            return None, (None, None)
        if m.group(3) and m.group(3) not in SALLE:
            errs.append("salle: unknown measure %r" % label)
            return None, (None, None)
        if m.group(2) == m.group(2).upper():
            errs.append("salle: text in capitals %r" % label)
        mv = re.search(r" ((?:19|20)\d\d)$", m.group(2))
        return (int(mv.group(1)) if mv else None), (SALLE[m.group(3)] if m.group(3) else (None, None))
    if till == "z":
        m = re.fullmatch(r"(\d{4});([A-Z0-9 .'/-]{1,22});([A-Z0-9]+);(\d+);(\d+,\d\d)", label)
        if not m or m.group(3) not in ZU or m.group(2) != m.group(2).strip():
            errs.append("z form (PLU;LIBELLE<=22;UNIT;QTY;AMOUNT): %r" % label)
            return None, (None, None)
        mv = re.search(r" ((?:19|20)\d\d)$", m.group(2))
        return (int(mv.group(1)) if mv else None), ZU[m.group(3)]
    errs.append("unknown connection for %r" % label)
    return None, (None, None)


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def check(lib_text, cases_text):
    errs = []
    lib = parse_jsonl(lib_text, "library", errs)
    cases = parse_jsonl(cases_text, "cases", errs)
    byid = {}
    for i, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            errs.append("library %d: field order %s" % (i, list(r)))
            continue
        if r["id"] != "TOL%03d" % i:
            errs.append("library %d: id %s out of sequence" % (i, r["id"]))
        byid[r["id"]] = r
        if r["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            errs.append("%s: colour %r for a %s" % (r["id"], r["colour"], r["category"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errs.append("%s: format %r" % (r["id"], r["format_cl"]))
        elif r["format_cl"] >= 2000 and r["category"] != "bière":
            errs.append("%s: keg format on a %s" % (r["id"], r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            errs.append("%s: vintage %r" % (r["id"], r["vintage"]))
    keys = [(r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
            for r in lib if list(r) == LIB_FIELDS]
    if len(keys) != len(set(keys)):
        errs.append("library: a wine x format x vintage held twice")
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def ordinary(e):
        fam = [x for x in lib if list(x) == LIB_FIELDS and all(
            x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))]
        fm = sorted({x["format_cl"] for x in fam})
        if 75 in fm:
            return 75
        rest = [f for f in fm if f < 2000 and (f not in (37.5, 150) or e["category"] not in ("vin", "champagne"))]
        return rest[0] if len(rest) == 1 else None

    labels = set()
    count = {}
    for i, c in enumerate(cases, 1):
        if list(c) != CASE_FIELDS:
            errs.append("case %d: field order %s" % (i, list(c)))
            continue
        lab, till = c["label"], c["connection"]
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if till not in TILLS:
            errs.append("case %d: connection %r" % (i, till))
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("%r: expect %r" % (lab, c["expect"]))
            continue
        count[(till, c["expect"])] = count.get((till, c["expect"]), 0) + 1
        vint, (kind, val) = read_label(till, lab, errs)
        if vint != c["vintage"]:
            errs.append("%r: vintage %r, the label says %r" % (lab, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with an answer" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if any(a not in byid for a in c["also_ok"]):
            errs.append("%r: unknown id in also_ok" % lab)
            continue
        # the format the label refers to
        if kind is None:
            errs.append("%r: a drink answer without a measure" % lab)
            continue
        if kind == "bottle":
            want = val if val is not None else (75 if e["category"] in ("vin", "champagne") else ordinary(e))
            units = 1
        elif kind == "pour":
            want = ordinary(e)
            units = round(val / e["format_cl"], 4)
        else:
            want = e["format_cl"] if e["format_cl"] >= 2000 and e["category"] == "bière" else "a keg"
            units = round(val / e["format_cl"], 4)
        if e["format_cl"] != want:
            errs.append("%r: entry %s is %s cl, the label means %s" % (lab, e["id"], e["format_cl"], want))
        if c["units_per_sale"] != units:
            errs.append("%r: units %r, the measure gives %r" % (lab, c["units_per_sale"], units))
        group = [x for x in lib if list(x) == LIB_FIELDS and same_wine(x, e)]
        vints = [x["vintage"] for x in group]
        others = sorted(x["id"] for x in group if x["id"] != e["id"])
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("%r: yes with vintage %s but entry %s / also_ok %s" % (lab, vint, e["vintage"], c["also_ok"]))
            else:
                if None not in vints and e["vintage"] != max(vints):
                    errs.append("%r: yes without vintage is not the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok %s, the other vintages are %s" % (lab, c["also_ok"], others))
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("%r: almost but the label vintage %r is held or absent" % (lab, vint))
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if e["vintage"] != best:
                errs.append("%r: almost %s is not the nearest vintage (%s)" % (lab, e["vintage"], best))
            if sorted(c["also_ok"]) != others:
                errs.append("%r: also_ok %s, the other vintages are %s" % (lab, c["also_ok"], others))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    if n:
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(v for (t, x), v in count.items() if x == ex)
            if not lo <= 100.0 * k / n <= hi:
                errs.append("%s: %.1f %% not in %d-%d %%" % (ex, 100.0 * k / n, lo, hi))
    for t in TILLS:
        for ex in ("yes", "almost", "none"):
            if not count.get((t, ex)):
                errs.append("till %s has no %s" % (t, ex))
    return errs, count, n


def load():
    with open(os.path.join(HERE, "toul_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "toul_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib.splitlines()]
    C = [json.loads(x) for x in cases.splitlines()]
    def dumps(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib_rows=None, case_rows=None, raw_cases=None):
        breaks.append((name, dumps(lib_rows if lib_rows is not None else L),
                       raw_cases if raw_cases is not None else dumps(case_rows if case_rows is not None else C)))

    c = copy.deepcopy(C); c[0] = "{oops"
    brk("broken JSON", raw_cases=dumps(C[1:]) + "{oops\n")
    l = copy.deepcopy(L); l[3] = dict(reversed(list(l[3].items())))
    brk("library field order", lib_rows=l)
    l = copy.deepcopy(L); l[10]["id"] = "TOL999"
    brk("id out of sequence", lib_rows=l)
    l = copy.deepcopy(L); i = next(i for i, r in enumerate(l) if r["category"] == "spiritueux"); l[i]["colour"] = "blanc"
    brk("colour on a spirit", lib_rows=l)
    c = copy.deepcopy(C); i = first(lambda x: x["vintage"] is not None and x["expect"] == "yes"); c[i]["vintage"] += 1
    brk("vintage not the label's", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["also_ok"]); c[i]["also_ok"] = []
    brk("also_ok dropped", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("almost not the nearest", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["units_per_sale"] != 1); c[i]["units_per_sale"] = 1
    brk("wrong units", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse"); c[i]["label"] = c[i]["label"].lower()
    brk("caisse in lower case", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse"); c[i]["label"] = "X" + c[i]["label"]
    brk("caisse over 16 columns", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "salle" and "(" in x["label"])
    c[i]["label"] = re.sub(r"\(([^()]+)\)$", "(btl)", c[i]["label"])
    brk("salle unknown measure", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "z")
    p = c[i]["label"].split(";"); p[1] = p[1] + " EXTRA LONG NAME"; c[i]["label"] = ";".join(p)
    brk("z libellé over 22", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "none"); c[i]["beverage_id"] = "TOL001"
    brk("none with an id", case_rows=c)
    c = copy.deepcopy(C); c[5]["label"] = c[4]["label"]
    brk("duplicate label", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: "(1/2 bouteille)" in x["label"] and x["expect"] == "yes")
    half = L[int(c[i]["beverage_id"][3:]) - 1]
    full = next(r for r in L if same_wine(dict(r, format_cl=37.5), half) and r["format_cl"] == 75)
    c[i]["beverage_id"] = full["id"]
    brk("half-bottle label on the 75 cl entry", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["label"].startswith("DEMI KRO"))
    c[i]["beverage_id"] = next(r["id"] for r in L if r["format_cl"] == 33 and r["category"] == "bière")
    brk("draught measure on a bottle entry", case_rows=c)
    brk("counts out of range", case_rows=[x for x in C if x["expect"] != "none"])
    c = copy.deepcopy(C); c[0]["connection"] = "terrasse"
    brk("unknown connection", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "z" and x["vintage"])
    c[i]["label"] = c[i]["label"].replace(str(c[i]["vintage"]), str(c[i]["vintage"])[2:])
    brk("z vintage in two digits", case_rows=c)
    ok = True
    for name, l, c in breaks:
        errs, _, _ = check(l, c)
        print("%-40s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("%d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, count, n = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("till    yes almost none total")
    for t in TILLS:
        row = [count.get((t, x), 0) for x in ("yes", "almost", "none")]
        print("%-7s %3d %6d %4d %5d" % (t, row[0], row[1], row[2], sum(row)))
    print("total cases %d: %s" % (n, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
