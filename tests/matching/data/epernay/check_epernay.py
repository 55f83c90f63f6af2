#!/usr/bin/env python3
"""Check the Épernay blind set from its two jsonl files alone (no build module is imported).

python3 check_epernay.py [library.jsonl cases.jsonl]   -> exit 1 and a list of problems
python3 check_epernay.py --selftest                     -> breaks copies on purpose"""
import copy
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 25, 33, 37.5, 50, 62, 70, 75, 100, 150, 300, 2000, 3000}
POUR = {"glass": 12.5, "flute": 12.5, "g10": 10, "carafe50": 50, "dose": 4, "d2": 2, "d6": 6,
        "demi": 25, "pinte": 50}
BOTTLE = {"btl": 75, "mag": 150, "half": 37.5, "b20": 20, "b25": 25, "b33": 33, "b50": 50,
          "b70": 70, "b75": 75, "b100": 100}
B_SIZE = {"BTL": "btl", "MAG": "mag", "1/2": "half", "VRE": "glass", "FLUTE": "flute",
          "VRE10": "g10", "PICH50": "carafe50", "DOSE": "dose", "2CL": "d2", "6CL": "d6",
          "DEMI": "demi", "PINTE": "pinte", "20CL": "b20", "25CL": "b25", "33CL": "b33",
          "50CL": "b50", "70CL": "b70", "75CL": "b75", "1L": "b100"}
T_SIZE = {"Bouteille": "btl", "Magnum": "mag", "1/2 btlle": "half", "Verre": "glass",
          "Flûte": "flute", "Verre 10cl": "g10", "Carafe 50cl": "carafe50", "Dose": "dose",
          "2cl": "d2", "6cl": "d6", "Demi": "demi", "Pinte": "pinte", "20cl": "b20",
          "25cl": "b25", "33cl": "b33", "50cl": "b50", "70cl": "b70", "75cl": "b75", "1L": "b100"}
S_SIZE = {"75CL": "btl", "150CL": "mag", "37,5CL": "half", "VERRE": "glass", "FLUTE": "flute",
          "VERRE 10CL": "g10", "CARAFE 50CL": "carafe50", "DOSE 4CL": "dose", "DOSE 2CL": "d2",
          "VERRE 6CL": "d6", "PRESSION 25CL": "demi", "PRESSION 50CL": "pinte", "20CL": "b20",
          "25CL": "b25", "33CL": "b33", "50CL": "b50", "70CL": "b70", "100CL": "b100",
          "UNITE": "-"}
WINE_CATS = {"vin", "champagne"}


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - tot % 10) % 10 == int(code[12])


def year(tok, two):
    if two and re.fullmatch(r"\d\d", tok):
        return 2000 + int(tok) if int(tok) < 50 else 1900 + int(tok)
    if not two and re.fullmatch(r"(19|20)\d\d", tok):
        return int(tok)
    return None


def read_label(till, label, errs, where):
    """(measure, vintage) read back from the label by the till's habits; form errors to errs."""
    if till == "B":
        if label != label.upper() or not label.isascii() or not re.fullmatch(r"[A-Z0-9 '&!./+-]+", label):
            errs.append(where + ": B label not upper-case ASCII")
        measure, name = "-", label
        for tok in sorted(B_SIZE, key=len, reverse=True):
            if label.endswith("/" + tok):
                measure, name = B_SIZE[tok], label[: -len(tok) - 1]
                break
        if len(name) > 20 or name != name.strip() or "/" in name:
            errs.append(where + ": B name part longer than 20 or badly cut")
        toks = name.split(" ")
        return measure, (year(toks[-1], True) if len(toks) > 1 else None)
    if till == "T":
        m = re.fullmatch(r"(.*?)(?: \(([^()]*)\))? (\d+,\d\d)€", label)
        if not m:
            errs.append(where + ": T label without its price")
            return None, None
        name, size = m.group(1), m.group(2)
        if not re.search(r"[a-zà-ÿ]", name) or not re.search(r"[A-ZÀ-Þ]", name):
            errs.append(where + ": T name not in mixed case")
        if size is not None and size not in T_SIZE:
            errs.append(where + ": T measure unknown %r" % size)
            return None, None
        toks = name.split(" ")
        return (T_SIZE[size] if size else "-"), (year(toks[-1], False) if len(toks) > 1 else None)
    if till == "S":
        parts = label.split(";")
        if len(parts) != 4:
            errs.append(where + ": S label not 4 columns")
            return None, None
        code, desig, cont, qty = parts
        if cont not in S_SIZE:
            errs.append(where + ": S contenance unknown")
            return None, None
        measure = S_SIZE[cont]
        if measure in BOTTLE:
            if not ean_ok(code):
                errs.append(where + ": S bottle without a valid EAN-13")
        elif not re.fullmatch(r"ART-\d{4}", code):
            errs.append(where + ": S pour or service without an ART- code")
        if not re.fullmatch(r"[1-6]", qty):
            errs.append(where + ": S quantity not 1-6")
        if desig != desig.upper() or re.search(r"[a-z]", desig):
            errs.append(where + ": S designation not upper case")
        toks = desig.split(" ")
        return measure, (year(toks[-1], False) if len(toks) > 1 else None)
    errs.append(where + ": unknown connection %r" % till)
    return None, None


def check(lib_lines, case_lines):
    errs = []
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        w = "library %d" % i
        if list(r) != LIB_FIELDS:
            errs.append(w + ": fields not in bench order")
            continue
        if r["id"] != "ep%03d" % i:
            errs.append(w + ": id %s out of sequence" % r["id"])
        if r["category"] not in CATS:
            errs.append(w + ": category %r" % r["category"])
        if r["category"] in WINE_CATS:
            if r["colour"] not in COLOURS:
                errs.append(w + ": wine without a valid colour")
        elif r["colour"] is not None:
            errs.append(w + ": colour on a %s" % r["category"])
        if r["format_cl"] not in FORMATS:
            errs.append(w + ": format %r" % r["format_cl"])
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1990 <= r["vintage"] <= 2025):
            errs.append(w + ": vintage %r" % r["vintage"])
        if not r["name"] or not r["producer"] or not r["country"]:
            errs.append(w + ": empty name, producer or country")
        lib.append(r)
        byid[r["id"]] = r
    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
    sib = defaultdict(list)
    for r in lib:
        sib[wine(r)].append(r)
    for k, rows in sib.items():
        vs = [r["vintage"] for r in rows]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("library: wine %s held twice in one vintage or mixed NV" % (k,))
    allfmt = defaultdict(set)
    for r in lib:
        allfmt[wine(r)[:4]].add(r["format_cl"])
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    cases, labels = [], Counter()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % i)
            continue
        w = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(w + ": fields not in order")
            continue
        cases.append(c)
        labels[c["label"]] += 1
        if not c["note"]:
            errs.append(w + ": empty note")
        measure, v = read_label(c["connection"], c["label"], errs, w)
        if c["vintage"] != v:
            errs.append(w + ": vintage field %r, label says %r" % (c["vintage"], v))
        e = c["expect"]
        if e == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(w + ": none with an id, also_ok or units")
            continue
        if e not in ("yes", "almost"):
            errs.append(w + ": expect %r" % e)
            continue
        r = byid.get(c["beverage_id"])
        if r is None or any(x not in byid for x in c["also_ok"]):
            errs.append(w + ": unknown id")
            continue
        if measure == "-" or measure is None:
            errs.append(w + ": a drink answer on a label without measure")
            continue
        f = r["format_cl"]
        k = wine(r)
        if measure in BOTTLE:
            if f != BOTTLE[measure]:
                errs.append(w + ": bottle of %s cl answered with a %s cl entry" % (BOTTLE[measure], f))
            if measure in ("mag", "half") and r["category"] not in WINE_CATS:
                errs.append(w + ": wine format word on a %s" % r["category"])
            units = 1
        else:
            vol = POUR[measure]
            if measure in ("demi", "pinte"):
                if r["category"] != "bière" or f < 2000:
                    errs.append(w + ": draught measure not from a keg")
            elif measure in ("dose", "d2", "d6"):
                if r["category"] not in ("spiritueux", "autre") or len(allfmt[k[:4]]) != 1:
                    errs.append(w + ": dose not from a spirit's only bottle")
            else:
                fmts = allfmt[k[:4]]
                if not (f == 75 or (75 not in fmts and len(fmts) == 1)):
                    errs.append(w + ": pour not from the ordinary bottle")
            units = round(vol / f, 4)
        if c["units_per_sale"] != units:
            errs.append(w + ": units %r, measure gives %r" % (c["units_per_sale"], units))
        sibs = sib[k]
        vints = sorted(x["vintage"] for x in sibs if x["vintage"] is not None)
        others = sorted(x["id"] for x in sibs if x["id"] != r["id"])
        if e == "yes":
            if v is not None:
                if r["vintage"] != v or c["also_ok"]:
                    errs.append(w + ": yes with vintage not on that vintage, or also_ok set")
            else:
                if vints and r["vintage"] != vints[-1]:
                    errs.append(w + ": yes without vintage not on the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(w + ": also_ok is not the other vintages")
        else:
            if v is None or v in vints or not vints:
                errs.append(w + ": almost without a missing label vintage")
                continue
            best = min(vints, key=lambda y: (abs(y - v), -y))
            if r["vintage"] != best:
                errs.append(w + ": almost not on the nearest vintage")
            if sorted(c["also_ok"]) != others:
                errs.append(w + ": almost also_ok is not the other vintages")
    for lab, n in labels.items():
        if n > 1:
            errs.append("label %r appears %d times" % (lab, n))
    n = len(cases)
    cnt = Counter(c["expect"] for c in cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    elif n:
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100 * cnt[e] / n <= hi:
                errs.append("cases: %s %.1f %% outside %d-%d %%" % (e, 100 * cnt[e] / n, lo, hi))
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    for t in "BTS":
        for e in ("yes", "almost", "none"):
            if not tc[(t, e)]:
                errs.append("till %s has no %s case" % (t, e))
    return errs


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest(lib_path, case_path):
    lib0, cases0 = read(lib_path), read(case_path)
    base = check(lib0, cases0)
    print("clean files:", "pass" if not base else "FAIL %s" % base[:3])
    L = [json.loads(x) for x in lib0]
    C = [json.loads(x) for x in cases0]
    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]
    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))
    breaks = []

    SUBS = {'almost on the farther vintage': 'nearest', 'flute units': 'units', 'vintage field differs from the label': 'vintage field', 'magnum answered with the 75 cl entry': 'bottle of 150', 'B label in mixed case': 'B label', 'yes without vintage on the older vintage': 'most recent', 'library id out of sequence': 'out of sequence', 'case fields out of order': 'fields not in order', 'colour on a beer': 'colour on', 'duplicate label': 'appears 2 times', 'S EAN check digit': 'EAN-13', 'none with a beverage_id': 'none with', 'T price removed': 'price', 'draught demi units': 'units', 'a till without none cases (and counts)': 'has no none'}

    def brk(name, fn, on_lib=False):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2 if on_lib else c2) if not isinstance(fn, tuple) else None
        breaks.append((name, l2, c2))

    def almost_far(c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("almost on the farther vintage", almost_far)

    def flute_units(c):
        c[first(lambda x: x["label"].endswith("/FLUTE") and x["expect"] == "yes")]["units_per_sale"] = 0.2
    brk("flute units", flute_units)

    def vint(c):
        i = first(lambda x: x["vintage"])
        c[i]["vintage"] += 1
    brk("vintage field differs from the label", vint)

    def mag75(c):
        i = first(lambda x: x["label"].endswith("/MAG") and x["expect"] == "yes")
        bid = c[i]["beverage_id"]
        r = next(x for x in L if x["id"] == bid)
        c[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == r["name"] and x["producer"] == r["producer"] and x["format_cl"] == 75)
    brk("magnum answered with the 75 cl entry", mag75)

    def lower_b(c):
        i = first(lambda x: x["connection"] == "B")
        c[i]["label"] = c[i]["label"].title()
    brk("B label in mixed case", lower_b)

    def older(c):
        i = first(lambda x: x["expect"] == "yes" and x["vintage"] is None and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("yes without vintage on the older vintage", older)

    def ids(l):
        l[5]["id"] = "ep099"
    brk("library id out of sequence", ids, on_lib=True)

    def order(c):
        k = c[3]
        c[3] = {"expect": k["expect"], "label": k["label"], **{f: k[f] for f in CASE_FIELDS[2:]}}
    brk("case fields out of order", order)

    def colour(l):
        i = next(i for i, x in enumerate(l) if x["category"] == "bière")
        l[i]["colour"] = "blanc"
    brk("colour on a beer", colour, on_lib=True)

    def dup(c):
        c[11] = copy.deepcopy(c[10])
    brk("duplicate label", dup)

    def ean(c):
        i = first(lambda x: x["connection"] == "S" and re.match(r"\d{13};", x["label"]))
        d = c[i]["label"]
        c[i]["label"] = d[:12] + str((int(d[12]) + 1) % 10) + d[13:]
    brk("S EAN check digit", ean)

    def none_id(c):
        c[first(lambda x: x["expect"] == "none")]["beverage_id"] = "ep001"
    brk("none with a beverage_id", none_id)

    def price(c):
        i = first(lambda x: x["connection"] == "T")
        c[i]["label"] = re.sub(r" \d+,\d\d€$", "", c[i]["label"])
    brk("T price removed", price)

    def keg(c):
        i = first(lambda x: x["label"].endswith("/DEMI") and x["expect"] == "yes")
        c[i]["units_per_sale"] = round(25 / 2000, 4) if c[i]["units_per_sale"] != round(25 / 2000, 4) else round(25 / 3000, 4)
    brk("draught demi units", keg)

    def dropnone(c):
        c[:] = [x for x in c if not (x["connection"] == "S" and x["expect"] == "none")]
    brk("a till without none cases (and counts)", dropnone)

    ok = not base
    for name, l2, c2 in breaks:
        found = check(dumps(l2), dumps(c2))
        hit = [e for e in found if SUBS[name] in e]
        print("%-42s %s" % (name, ("reported: " + hit[0][:75]) if hit else "NOT REPORTED"))
        ok &= bool(hit)
    print("%d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "epernay_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "epernay_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lp, cp) else 1)
    errs = check(read(lp), read(cp))
    for e in errs:
        print(e)
    lib, cases = read(lp), [json.loads(x) for x in read(cp)]
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    print("%d drinks, %d cases; " % (len(lib), len(cases)) + "; ".join(
        "%s %d/%d/%d" % (t, tc[(t, "yes")], tc[(t, "almost")], tc[(t, "none")]) for t in "BTS"))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
