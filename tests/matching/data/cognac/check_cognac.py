#!/usr/bin/env python3
"""Checks cognac_library.jsonl and cognac_cases.jsonl on their own (stdlib only; it reads no
other file of this folder). python3 check_cognac.py [--selftest]"""
import copy
import json
import os
import re
import sys
import tempfile
from collections import Counter, OrderedDict
from urllib.parse import parse_qs, quote_plus

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 33, 35, 37.5, 50, 70, 75, 100, 150, 2000, 3000}
KEGS = {2000, 3000}
TILLS = ("caisse", "gueridon", "eshop")

# measure -> (kind, cl)
CAISSE_MEAS = {"BTL": ("bottle", 75), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
               "70CL": ("bottle", 70), "35CL": ("bottle", 35), "150CL": ("bottle", 150),
               "75CL": ("bottle", 75), "33CL": ("bottle", 33), "20CL": ("bottle", 20),
               "50CL": ("bottle", 50), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
               "VRE8": ("pour", 8), "CP": ("pour", 12.5), "2CL": ("pour", 2), "3CL": ("pour", 3),
               "4CL": ("pour", 4), "DOSE": ("pour", 4), "DEMI": ("draught", 25),
               "PINTE": ("draught", 50)}
GUER_MEAS = {"bouteille": ("bottle", 75), "demi-bouteille": ("bottle", 37.5), "magnum": ("bottle", 150),
             "bouteille 70 cl": ("bottle", 70), "flasque 35 cl": ("bottle", 35),
             "bouteille 150 cl": ("bottle", 150), "bouteille 75 cl": ("bottle", 75),
             "bouteille 33 cl": ("bottle", 33), "bouteille 20 cl": ("bottle", 20),
             "bouteille 50 cl": ("bottle", 50), "bouteille 1 l": ("bottle", 100),
             "verre": ("pour", 12.5), "verre 8 cl": ("pour", 8), "coupe": ("pour", 12.5),
             "tulipe 2 cl": ("pour", 2), "tulipe 3 cl": ("pour", 3), "tulipe 4 cl": ("pour", 4),
             "dose": ("pour", 4), "demi": ("draught", 25), "pinte": ("draught", 50)}
ESHOP_SIZES = {"75cl": 75, "37,5cl": 37.5, "150cl": 150, "70cl": 70, "35cl": 35, "33cl": 33,
               "20cl": 20, "50cl": 50, "100cl": 100}
ESHOP_OTHER = {"coffret", "service", "atelier", "carte", "accessoire"}
CAISSE_WIDTH = 20


def department(row):
    app = row["appellation"] or ""
    cat = row["category"]
    if app.startswith("Cognac"):
        return 1
    if app.endswith("Armagnac"):
        return 2
    if cat == "spiritueux":
        return 3
    if cat == "autre":
        return 4
    if cat == "champagne" or row["colour"] == "effervescent" or app.startswith("Crémant"):
        return 6
    if cat == "vin":
        return 5
    if cat == "bière":
        return 7
    return 8


def parse_label(till, label, err):
    """-> (measure (kind, cl) or None, vintage or None, extra dict)"""
    extra = {}
    if till == "caisse":
        m = re.fullmatch(r"D([1-9]) (.+)", label)
        if not m or not re.fullmatch(r"[A-Z0-9 /]+", label) or "  " in label or label != label.strip():
            err("caisse form (D<n>, ASCII capitals, single spaces)")
            return None, None, extra
        extra["dept"] = int(m.group(1))
        toks = m.group(2).split(" ")
        meas = None
        if toks[-1] in CAISSE_MEAS and len(toks) > 1:
            meas = CAISSE_MEAS[toks[-1]]
            toks = toks[:-1]
        field = " ".join(toks)
        if len(field) > CAISSE_WIDTH:
            err("caisse name field longer than %d: %r" % (CAISSE_WIDTH, field))
        vint = None
        if re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
            if extra["dept"] not in (5, 6):
                err("two-digit vintage outside the wine departments")
        elif re.fullmatch(r"(19|20)\d\d", toks[-1]):
            vint = int(toks[-1])
            if extra["dept"] not in (1, 2, 3):
                err("four-digit vintage outside the spirit departments")
        elif re.fullmatch(r"\d", toks[-1]):
            err("a stray digit at the end of the name field")
        return meas, vint, extra
    if till == "gueridon":
        m = re.fullmatch(r"(.+) = (\d+\.\d\d) EUR", label)
        if not m:
            err("gueridon form (... = 0.00 EUR)")
            return None, None, extra
        body = m.group(1)
        meas = None
        for ph in sorted(GUER_MEAS, key=len, reverse=True):
            for sep in (" de ", " d'"):
                if body.startswith(ph + sep):
                    rest = body[len(ph) + len(sep):]
                    elide = rest[:1] in "AEIOUÉÈÊÂHaeiouéh"
                    if (sep == " d'") != elide:
                        err("elision de / d' wrong")
                    meas = GUER_MEAS[ph]
                    body = rest
                    break
            if meas:
                break
        vm = re.search(r" ((?:19|20)\d\d)$", body)
        vint = int(vm.group(1)) if vm else None
        if re.search(r"(X\.O|V\.S)\b(?!\.)", body.replace("V.S.O.P.", "").replace("X.O.", "").replace("V.S.", "")):
            err("grade without its dots")
        return meas, vint, extra
    # eshop
    parts = label.split("&")
    keys = [p.split("=", 1)[0] for p in parts]
    if keys != ["product_id", "title", "variant", "qty"] or " " in label:
        err("eshop form (product_id, title, variant, qty; no raw blanks)")
        return None, None, extra
    q = {p.split("=", 1)[0]: p.split("=", 1)[1] for p in parts}
    if not re.fullmatch(r"[1-9]\d{4}", q["product_id"]) or q["qty"] not in ("1", "2", "3"):
        err("eshop product_id / qty")
    dq = parse_qs(label, keep_blank_values=True)
    title, variant = dq["title"][0], dq["variant"][0]
    if quote_plus(title) != q["title"] or quote_plus(variant) != q["variant"]:
        err("eshop fields not form-encoded as the shop does")
    extra["title"] = title
    vm = re.fullmatch(r"((?:19|20)\d\d) / (.+)", variant)
    vint = int(vm.group(1)) if vm else None
    size = vm.group(2) if vm else variant
    if size in ESHOP_SIZES:
        return ("bottle", ESHOP_SIZES[size]), vint, extra
    if size in ESHOP_OTHER and vint is None:
        extra["other"] = True
        return None, None, extra
    err("eshop variant %r" % variant)
    return None, vint, extra


def check(lib_path, cases_path):
    errors = []

    def E(where, msg):
        errors.append("%s: %s" % (where, msg))

    lib, cases = [], []
    for path, out, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line, object_pairs_hook=OrderedDict)
                except ValueError:
                    E("%s:%d" % (os.path.basename(path), n), "invalid JSON")
                    continue
                if list(obj.keys()) != fields:
                    E("%s:%d" % (os.path.basename(path), n), "fields or their order")
                out.append(obj)
    # library
    byid = {}
    if not 110 <= len(lib) <= 130:
        E("library", "%d drinks, not 110-130" % len(lib))
    seen_wine = set()
    for i, r in enumerate(lib, 1):
        w = "library %s" % r.get("id")
        if r.get("id") != "co%03d" % i:
            E(w, "id out of sequence (expected co%03d)" % i)
        byid[r.get("id")] = r
        if r.get("colour") not in COLOURS:
            E(w, "colour %r" % r.get("colour"))
        if r.get("category") not in CATEGORIES:
            E(w, "category %r" % r.get("category"))
        cat, col = r.get("category"), r.get("colour")
        if cat in ("spiritueux", "bière", "soft") and col is not None:
            E(w, "a spirit, beer or soft has no colour")
        if cat in ("vin", "champagne") and col is None:
            E(w, "a wine needs a colour")
        if cat == "autre" and col not in (None, "blanc", "rosé", "rouge"):
            E(w, "aperitif colour")
        if cat == "bière" and r.get("appellation") is not None:
            E(w, "a beer has no appellation")
        v = r.get("vintage")
        if v is not None and (not isinstance(v, int) or not 1900 <= v <= 2030):
            E(w, "vintage %r" % v)
        if r.get("format_cl") not in FORMATS:
            E(w, "format %r" % r.get("format_cl"))
        if r.get("format_cl") in KEGS and cat != "bière":
            E(w, "a keg that is no beer")
        k = (r.get("name"), r.get("producer"), r.get("appellation"), r.get("colour"), r.get("format_cl"), v)
        if k in seen_wine:
            E(w, "duplicate entry")
        seen_wine.add(k)

    def group(r):
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"]) == k]

    def same_drink(r):
        k = (r["name"], r["producer"], r["appellation"], r["colour"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == k]

    # cases
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            E("cases", "label %r %d times" % (lab, n))
    if not 280 <= len(cases) <= 300:
        E("cases", "%d labels, not 280-300" % len(cases))
    cnt = Counter()
    for n, c in enumerate(cases, 1):
        w = "case %d %r" % (n, c.get("label"))

        def err(msg, w=w):
            E(w, msg)

        till, exp = c.get("connection"), c.get("expect")
        if till not in TILLS:
            err("connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            err("expect %r" % exp)
            continue
        cnt[(till, exp)] += 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            err("note missing")
        meas, vint, extra = parse_label(till, c["label"], err)
        if c.get("vintage") != vint:
            err("vintage %r, the label reads %r" % (c.get("vintage"), vint))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                err("a none case has no beverage_id, also_ok or units")
            continue
        r = byid.get(c.get("beverage_id"))
        if r is None:
            err("beverage_id %r not in the library" % c.get("beverage_id"))
            continue
        if any(a not in byid for a in c.get("also_ok", [])):
            err("also_ok id not in the library")
            continue
        if meas is None:
            err("a drink label without a measure")
            continue
        kind, cl = meas
        fmt = r["format_cl"]
        if kind == "bottle":
            if fmt != cl:
                err("bottle of %s cl pointed at a %s cl entry" % (cl, fmt))
            units = 1
        elif kind == "draught":
            if fmt not in KEGS:
                err("draught measure on an entry that is no keg")
            units = round(cl / fmt, 4)
        else:
            fmts = {x["format_cl"] for x in same_drink(r)}
            want = 75 if 75 in fmts else 70 if 70 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
            if fmt != want or fmt in KEGS or fmt in (37.5, 150):
                err("a pour must come from the ordinary bottle (%s), not %s cl" % (want, fmt))
            units = round(cl / fmt, 4)
        if c.get("units_per_sale") != units:
            err("units_per_sale %r, the measure gives %r" % (c.get("units_per_sale"), units))
        if till == "caisse" and extra.get("dept") != department(r):
            err("department D%s for a drink of D%d" % (extra.get("dept"), department(r)))
        g = group(r)
        gv = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != r["id"])
        also = sorted(c.get("also_ok", []))
        if exp == "yes":
            if vint is not None:
                if r["vintage"] != vint:
                    err("yes: the entry's vintage %r is not the label's %r" % (r["vintage"], vint))
                if also:
                    err("yes with a vintage: also_ok must be empty")
            else:
                if gv and r["vintage"] != max(gv):
                    err("yes without vintage: not the most recent entry")
                if also != others:
                    err("yes without vintage: also_ok must list the other vintages %s" % others)
        else:
            if vint is None or vint in gv or not gv:
                err("almost needs a label vintage the wine does not hold")
            else:
                best = sorted(gv, key=lambda v: (abs(v - vint), -v))[0]
                if r["vintage"] != best:
                    err("almost: nearest vintage is %d, not %r" % (best, r["vintage"]))
                if also != others:
                    err("almost: also_ok must list the other vintages %s" % others)
        if till == "eshop" and kind != "bottle":
            err("eshop sells bottles only")
    total = sum(cnt.values())
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if cnt[(t, e)] == 0:
                E("counts", "till %s has no %s" % (t, e))
    if total:
        share = {e: sum(cnt[(t, e)] for t in TILLS) / total for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                E("counts", "%s share %.3f outside %.2f-%.2f" % (e, share[e], lo, hi))
    return errors, cnt


def _write(dirpath, lib, cases):
    lp, cp = os.path.join(dirpath, "lib.jsonl"), os.path.join(dirpath, "cases.jsonl")
    with open(lp, "w", encoding="utf-8") as f:
        for r in lib:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    with open(cp, "w", encoding="utf-8") as f:
        for r in cases:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return lp, cp


def selftest(lib_path, cases_path):
    def load(p):
        with open(p, encoding="utf-8") as f:
            return [json.loads(l, object_pairs_hook=OrderedDict) for l in f]
    lib0, cases0 = load(lib_path), load(cases_path)

    def find(pred):
        for i, c in enumerate(cases0):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def b_almost_far(lib, cases):
        i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cases[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], sorted([c["beverage_id"], *c["also_ok"][1:]])
        if c["beverage_id"] == cases0[i]["beverage_id"]:
            raise SystemExit("selftest: bad break")

    def b_units(lib, cases):
        i = find(lambda c: c["connection"] == "caisse" and c["label"].endswith(" 4CL") and c["expect"] == "yes")
        cases[i]["units_per_sale"] = 0.04

    def b_vintage(lib, cases):
        i = find(lambda c: c["vintage"] is not None and c["expect"] == "yes")
        cases[i]["vintage"] += 1

    def b_mag(lib, cases):
        i = find(lambda c: c["label"].endswith(" MAG") and c["expect"] == "yes")
        r = next(x for x in lib if x["id"] == cases[i]["beverage_id"])
        r75 = [x for x in lib if x["name"] == r["name"] and x["format_cl"] == 75 and x["vintage"] == r["vintage"]]
        cases[i]["beverage_id"] = (r75 or [x for x in lib if x["name"] == r["name"] and x["format_cl"] == 75])[0]["id"]

    def b_order(lib, cases):
        c = cases[5]
        cases[5] = OrderedDict([("expect", c["expect"]), ("label", c["label"])] + [(k, v) for k, v in c.items() if k not in ("label", "expect")])

    def b_idgap(lib, cases):
        lib[49]["id"] = "co150"

    def b_duplabel(lib, cases):
        cases[7]["label"] = cases[8]["label"]

    def b_alsook(lib, cases):
        i = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        cases[i]["also_ok"] = []

    def b_nonebid(lib, cases):
        i = find(lambda c: c["expect"] == "none")
        cases[i]["beverage_id"] = "co001"

    def b_lower(lib, cases):
        i = find(lambda c: c["connection"] == "caisse")
        cases[i]["label"] = cases[i]["label"].lower()

    def b_colour(lib, cases):
        lib[80]["colour"] = "red"

    def b_price(lib, cases):
        i = find(lambda c: c["connection"] == "gueridon")
        cases[i]["label"] = cases[i]["label"].replace(" EUR", " €")

    def b_encode(lib, cases):
        i = find(lambda c: c["connection"] == "eshop" and "+" in c["label"])
        cases[i]["label"] = cases[i]["label"].replace("+", " ", 1)

    def b_width(lib, cases):
        i = find(lambda c: c["connection"] == "caisse" and c["expect"] == "yes" and " DEMI" not in c["label"])
        lab = cases[i]["label"].split(" ")
        lab.insert(2, "GRANDE CHAMPAGNE")
        cases[i]["label"] = " ".join(lab)

    def b_conn(lib, cases):
        cases[3]["connection"] = "web"

    def b_pour_half(lib, cases):
        names = {x["name"] for x in lib if x["format_cl"] == 37.5}
        byid = {x["id"]: x for x in lib}
        i = find(lambda c: c["connection"] == "caisse" and c["label"].endswith(" VRE") and c["expect"] == "yes"
                 and byid[c["beverage_id"]]["name"] in names)
        name = byid[cases[i]["beverage_id"]]["name"]
        cases[i]["beverage_id"] = next(x for x in lib if x["name"] == name and x["format_cl"] == 37.5)["id"]
        cases[i]["also_ok"] = []

    def b_json(lib, cases):
        cases[10] = '{"label": "broken'

    def b_dept(lib, cases):
        i = find(lambda c: c["connection"] == "caisse" and c["label"].startswith("D1 ") and c["expect"] == "yes")
        cases[i]["label"] = "D2" + cases[i]["label"][2:]

    def b_draught(lib, cases):
        i = find(lambda c: c["label"].endswith(" DEMI") and c["expect"] == "yes")
        cases[i]["units_per_sale"] = 0.0125 if cases[i]["units_per_sale"] != 0.0125 else 0.0083

    breaks = [("almost pointed at the farther vintage", b_almost_far), ("wrong units on a dose", b_units),
              ("vintage field changed", b_vintage), ("magnum pointed at the 75 cl entry", b_mag),
              ("field order", b_order), ("id out of sequence", b_idgap), ("duplicate label", b_duplabel),
              ("also_ok emptied", b_alsook), ("none with a beverage_id", b_nonebid),
              ("caisse label in lower case", b_lower), ("invalid colour", b_colour),
              ("gueridon price form", b_price), ("eshop encoding", b_encode),
              ("caisse name field too wide", b_width), ("unknown connection", b_conn),
              ("glass pointed at the half bottle", b_pour_half), ("invalid JSON", b_json),
              ("wrong department", b_dept), ("draught units from the wrong keg", b_draught)]
    ok = True
    with tempfile.TemporaryDirectory() as d:
        errs, _ = check(*_write(d, lib0, cases0))
        print("clean copy: %s" % ("passes" if not errs else "FAILS: %s" % errs[:3]))
        ok &= not errs
        for name, fn in breaks:
            lib, cases = copy.deepcopy(lib0), copy.deepcopy(cases0)
            fn(lib, cases)
            errs, _ = check(*_write(d, lib, cases))
            print("%-40s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
            ok &= bool(errs)
    print("selftest %s (%d kinds of break)" % ("OK" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lp, cp = os.path.join(HERE, "cognac_library.jsonl"), os.path.join(HERE, "cognac_cases.jsonl")
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest(lp, cp) else 1)
    errors, cnt = check(lp, cp)
    for e in errors:
        print(e)
    total = sum(cnt.values())
    print("%-9s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total"))
    for t in TILLS:
        print("%-9s %4d %6d %4d %5d" % (t, cnt[(t, "yes")], cnt[(t, "almost")], cnt[(t, "none")],
                                        sum(cnt[(t, e)] for e in ("yes", "almost", "none"))))
    print("%-9s %4d %6d %4d %5d" % ("all", sum(cnt[(t, "yes")] for t in TILLS), sum(cnt[(t, "almost")] for t in TILLS),
                                    sum(cnt[(t, "none")] for t in TILLS), total))
    print("OK" if not errors else "%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
