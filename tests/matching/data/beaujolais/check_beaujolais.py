#!/usr/bin/env python3
"""Checks beaujolais_library.jsonl and beaujolais_cases.jsonl on their own.

Reads only the two jsonl files (not the build or its data) and re-derives what it
can: JSON and field order, ids, colours and categories, the vintage read back from
each label by its till's rule, the yes / almost / also_ok rules of the bench README,
the format named on the label, units_per_sale against the printed measure, each
till's form, and the counts.

    python3 check_beaujolais.py             check the files, exit 1 on any error
    python3 check_beaujolais.py --selftest  break copies on purpose, show each is caught
"""
import contextlib
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "beaujolais_library.jsonl")
CASES = os.path.join(HERE, "beaujolais_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
NO_COLOUR = {"spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "terrasse")

C_FAM = {"RGE", "BLC", "ROS", "BUL", "APE", "ALC", "BIE", "SFT", "CUI", "CAF", "DIV"}
S_FAM = {"ROUGE", "BLANC", "ROSÉ", "BULLES", "APÉRO", "DIGESTIF", "PRESSION", "BIÈRE", "SOFT",
         "CUISINE", "CAFÉ", "DIVERS"}
FAM_OF = {"RGE": "rouge", "ROUGE": "rouge", "BLC": "blanc", "BLANC": "blanc", "ROS": "rose",
          "ROSÉ": "rose", "BUL": "bulles", "BULLES": "bulles", "APE": "apero", "APÉRO": "apero",
          "ALC": "digest", "DIGESTIF": "digest", "BIE": "biere", "BIÈRE": "biere",
          "PRESSION": "pression", "SFT": "soft", "SOFT": "soft", "CUI": "food", "CUISINE": "food",
          "CAF": "food", "CAFÉ": "food", "DIV": "food", "DIVERS": "food"}

# measure words -> (kind, volume): kind bottle (volume = format or None), pour, draught
C_BEFORE = {"VRE": ("pour", 12.5), "VRE12": ("pour", 12), "POT": ("pour", 46),
            "PICH50": ("pour", 50), "PICH25": ("pour", 25), "CP": ("pour", 12.5),
            "1/2": ("bottle", 37.5), "MAG": ("bottle", 150)}
C_AFTER = {"DOSE": ("pour", 4), "2CL": ("pour", 2), "6CL": ("pour", 6), "DEMI": ("draught", 25),
           "PINTE": ("draught", 50), "1L": ("bottle", 100)}
T_WORDS = [("verre 12cl", ("pour", 12)), ("pichet 50cl", ("pour", 50)),
           ("pichet 25cl", ("pour", 25)), ("1/2 bout", ("bottle", 37.5)),
           ("verre", ("pour", 12.5)), ("pot", ("pour", 46)), ("coupe", ("pour", 12.5)),
           ("magnum", ("bottle", 150)), ("dose", ("pour", 4)), ("2cl", ("pour", 2)),
           ("6cl", ("pour", 6)), ("demi", ("draught", 25)), ("pinte", ("draught", 50)),
           ("1l", ("bottle", 100))]
S_WORDS = [("VERRE 12CL", ("pour", 12)), ("POT 46CL", ("pour", 46)),
           ("PICHET 50CL", ("pour", 50)), ("PICHET 25CL", ("pour", 25)),
           ("1/2 BTL", ("bottle", 37.5)), ("BTL", ("bottle", None)), ("MAG", ("bottle", 150)),
           ("VERRE", ("pour", 12.5)), ("COUPE", ("pour", 12.5)), ("DOSE", ("pour", 4)),
           ("2CL", ("pour", 2)), ("6CL", ("pour", 6)), ("DEMI", ("draught", 25)),
           ("PINTE", ("draught", 50)), ("1L", ("bottle", 100))]


def read_vintage(till, label):
    if till == "caisse":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        m = re.search(r" '(\d\d)(?: |$)", label)
        return 2000 + int(m.group(1)) if m else None
    m = re.search(r" ((?:19[5-9]|20[0-3])\d)(?: |$)", label)
    return int(m.group(1)) if m else None


def read_measure(till, label):
    """(family or None, (kind, volume) or None) as printed on the label."""
    if till == "caisse":
        fam, _, rest = label.partition("/")
        toks = rest.split(" ")
        meas = None
        if toks and toks[0] in C_BEFORE:
            meas = C_BEFORE[toks[0]]
        if toks[-1] in C_AFTER:
            meas = C_AFTER[toks[-1]]
        elif re.fullmatch(r"\d+CL", toks[-1]):
            meas = ("bottle", float(toks[-1][:-2]))
        return fam, meas
    if till == "tablette":
        body = re.sub(r" \d+,\d\d$", "", label)
        body = re.sub(r" '\d\d$", "", body)
        for w, m in T_WORDS:
            if body.endswith(" " + w):
                return None, m
        m = re.search(r" (\d+)cl$", body)
        if m:
            return None, ("bottle", float(m.group(1)))
        return None, None
    fam = label.split(" ")[0]
    for w, m in S_WORDS:
        if label.endswith(" " + w):
            return fam, m
    m = re.search(r" (\d+)CL$", label)
    if m:
        return fam, ("bottle", float(m.group(1)))
    return fam, None


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], float(e["format_cl"]))


def is_wine(e):
    return e["category"] in ("vin", "champagne")


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % n)
            continue
        if list(obj) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(obj)))
        lib.append(obj)
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % n)
            continue
        if list(obj) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (n, list(obj)))
        cases.append(obj)

    # ---- library
    by_id = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "bj%03d" % i:
            errs.append("library: id %r out of sequence (expected bj%03d)" % (e.get("id"), i))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("library %s: colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("library %s: category %r" % (e.get("id"), e.get("category")))
        if (e.get("category") in NO_COLOUR) != (e.get("colour") is None):
            errs.append("library %s: colour %r with category %r"
                        % (e.get("id"), e.get("colour"), e.get("category")))
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int)
                                                 and 1950 <= e["vintage"] <= 2030):
            errs.append("library %s: vintage %r" % (e.get("id"), e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: format %r" % (e.get("id"), e.get("format_cl")))
        if not e.get("name") or not e.get("producer") or not e.get("country"):
            errs.append("library %s: empty name, producer or country" % e.get("id"))
    groups = {}
    for e in lib:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            groups.setdefault(wine_key(e), []).append(e)
    for k, g in groups.items():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs):
            errs.append("library: %s held twice in one vintage" % (k,))
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, expected 110-130" % len(lib))

    # ---- cases
    seen = set()
    counts = {}
    for c in cases:
        lab = c.get("label", "")
        till = c.get("connection")
        where = "case %r" % lab
        if lab in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(lab)
        if till not in TILLS:
            errs.append("%s: connection %r" % (where, till))
            continue
        exp = c.get("expect")
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        if not isinstance(c.get("note"), str) or not c["note"]:
            errs.append("%s: empty note" % where)
        # till form
        if till == "caisse":
            if len(lab) > 20:
                errs.append("%s: caisse label over 20 columns" % where)
            if not re.fullmatch(r"[A-Z]{3}/[A-Z0-9 ./']*", lab) or lab != lab.rstrip():
                errs.append("%s: not the caisse form (FAM/ ASCII capitals)" % where)
            elif lab[:3] not in C_FAM:
                errs.append("%s: unknown caisse family %r" % (where, lab[:3]))
        elif till == "tablette":
            if not re.search(r" \d{1,3},\d\d$", lab):
                errs.append("%s: tablette label without a price" % where)
            if lab != lab.lower():
                errs.append("%s: tablette label not lower case" % where)
        else:
            if lab.split(" ")[0] not in S_FAM:
                errs.append("%s: terrasse label without its family word" % where)
            if lab != lab.upper() or re.search(r"\d,\d\d$", lab):
                errs.append("%s: terrasse label not in capitals, or priced" % where)
        lv = read_vintage(till, lab)
        if c.get("vintage") != lv:
            errs.append("%s: vintage %r, label reads %r" % (where, c.get("vintage"), lv))
        fam, meas = read_measure(till, lab)
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] \
                    or c.get("units_per_sale") is not None:
                errs.append("%s: none with an id, also_ok or units" % where)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c.get("beverage_id")))
            continue
        also = c.get("also_ok")
        if not isinstance(also, list) or any(a not in by_id for a in also):
            errs.append("%s: also_ok %r" % (where, also))
            continue
        g = groups.get(wine_key(e), [e])
        others = sorted(x["id"] for x in g if x is not e)
        if not (exp == "yes" and lv is not None) and sorted(also) != others:
            errs.append("%s: also_ok %r, the wine's other vintages are %r" % (where, also, others))
        vints = [x["vintage"] for x in g]
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv:
                    errs.append("%s: yes on %s, vintage %r, label %r" % (where, e["id"],
                                                                         e["vintage"], lv))
                if also:
                    errs.append("%s: yes with a label vintage and also_ok" % where)
            elif e["vintage"] is not None and e["vintage"] != max(v for v in vints if v):
                errs.append("%s: yes without vintage not on the most recent" % where)
        else:
            if lv is None or lv in vints or e["vintage"] is None:
                errs.append("%s: almost without a missing label vintage" % where)
            else:
                best = min((v for v in vints if v), key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %r, nearest is %r" % (where, e["vintage"], best))
        if lv is not None and not is_wine(e):
            errs.append("%s: vintage on a non-wine" % where)
        # family
        if fam is not None:
            f = FAM_OF.get(fam)
            ok = {"rouge": e["colour"] == "rouge" and e["category"] == "vin",
                  "blanc": e["colour"] == "blanc" and e["category"] == "vin",
                  "rose": e["colour"] == "rosé" and e["category"] == "vin"
                  and "Crémant" not in e["appellation"],
                  "bulles": e["category"] == "champagne" or "Crémant" in (e["appellation"] or ""),
                  "apero": e["category"] in ("spiritueux", "autre"),
                  "digest": e["category"] == "spiritueux",
                  "biere": e["category"] == "bière",
                  "pression": e["category"] == "bière" and float(e["format_cl"]) >= 2000,
                  "soft": e["category"] == "soft"}.get(f, False)
            if not ok:
                errs.append("%s: family %r does not fit %s" % (where, fam, e["id"]))
        # format and units
        fcl = float(e["format_cl"])
        u = c.get("units_per_sale")
        if meas is None or (meas[0] == "bottle" and meas[1] is None):
            want = 75.0 if is_wine(e) else None
            if want is not None and fcl != want:
                errs.append("%s: a bottle without a format word is 75 cl, entry is %g" % (where, fcl))
            if want is None and len([x for x in lib if x["name"] == e["name"]
                                     and x["producer"] == e["producer"]]) > 1:
                errs.append("%s: no size on a drink held in several sizes" % where)
            if u != 1:
                errs.append("%s: units %r for a bottle" % (where, u))
        elif meas[0] == "bottle":
            if fcl != meas[1]:
                errs.append("%s: label format %g, entry %g" % (where, meas[1], fcl))
            if u != 1:
                errs.append("%s: units %r for a bottle" % (where, u))
        elif meas[0] == "draught":
            if fcl < 2000:
                errs.append("%s: draught measure on a %g cl entry" % (where, fcl))
            if u != round(meas[1] / fcl, 4):
                errs.append("%s: units %r, expected %r" % (where, u, round(meas[1] / fcl, 4)))
        else:
            if fcl in (37.5, 150.0) or fcl >= 2000 or (is_wine(e) and fcl != 75.0):
                errs.append("%s: a pour from a %g cl entry" % (where, fcl))
            if u != round(meas[1] / fcl, 4):
                errs.append("%s: units %r, expected %r" % (where, u, round(meas[1] / fcl, 4)))

    # ---- counts
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d labels, expected 280-300" % n)
    tot = {k: sum(v for (t, x), v in counts.items() if x == k) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        share = 100.0 * tot[k] / max(n, 1)
        if not lo <= share <= hi:
            errs.append("cases: %s %.1f %%, expected %d-%d %%" % (k, share, lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if not counts.get((t, k)):
                errs.append("cases: till %s has no %s" % (t, k))
    return errs, counts


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest(lib_text, cases_text):
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cases = [json.loads(x) for x in cases_text.splitlines()]
    errs, _ = check(lib_text, cases_text)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = not errs
    clean = set(errs)

    def first(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    breaks = []

    def brk(name, fn, on_lib=False):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        res = fn(L, C)
        lt = res[0] if isinstance(res, tuple) else dumps(L)
        ct = res[1] if isinstance(res, tuple) else dumps(C)
        e, _ = check(lt, ct)
        breaks.append((name, [x for x in e if x not in clean]))

    by_id = {e["id"]: e for e in lib}

    def almost_far(L, C):  # an almost on a tie pointed at the older vintage
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = C[i]
        c["beverage_id"], c["also_ok"][0] = c["also_ok"][0], c["beverage_id"]
    brk("almost pointed at the farther / older vintage", almost_far)

    def pot_units(L, C):
        i = first(lambda c: c["connection"] == "caisse" and "/POT " in c["label"]
                  and c["expect"] == "yes")
        C[i]["units_per_sale"] = 0.6667
    brk("units of a pot", pot_units)

    def vint(L, C):
        i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
        C[i]["vintage"] += 1
    brk("vintage field changed", vint)

    def mag75(L, C):
        i = first(lambda c: c["expect"] == "yes" and by_id[c["beverage_id"]]["format_cl"] == 150)
        e = by_id[C[i]["beverage_id"]]
        alt = [x for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]
               and x["format_cl"] == 75]
        C[i]["beverage_id"] = alt[0]["id"]
    brk("magnum pointed at the 75 cl entry", mag75)

    def demi_units(L, C):
        i = first(lambda c: c["label"].endswith(" DEMI") and c["expect"] == "yes")
        C[i]["units_per_sale"] = round(25 / 33, 4)
    brk("demi units as from a 33 cl bottle", demi_units)

    def long_caisse(L, C):
        i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "none")
        C[i]["label"] = C[i]["label"] + " EXTRA LONGUE"
    brk("caisse label over 20 columns", long_caisse)

    def order(L, C):
        c = C[0]
        C[0] = {k: c[k] for k in reversed(list(c))}
    brk("case fields out of order", order)

    def ids(L, C):
        L[5]["id"] = "bj099"
    brk("library id out of sequence", ids)

    def dup(L, C):
        C[1]["label"] = C[0]["label"]
    brk("duplicate label", dup)

    def none_id(L, C):
        i = first(lambda c: c["expect"] == "none")
        C[i]["beverage_id"] = "bj001"
    brk("none with a beverage_id", none_id)

    def yes_also(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
        C[i]["also_ok"] = ["bj001"]
    brk("yes with a label vintage and also_ok", yes_also)

    def colour(L, C):
        L[0]["colour"] = "red"
    brk("invalid colour", colour)

    def price(L, C):
        i = first(lambda c: c["connection"] == "tablette")
        C[i]["label"] = re.sub(r" \d+,\d\d$", "", C[i]["label"])
    brk("tablette label without its price", price)

    def family(L, C):
        i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes"
                  and c["label"].startswith("BLC/"))
        C[i]["label"] = "RGE/" + C[i]["label"][4:]
    brk("white wine filed under RGE/", family)

    def bad_json(L, C):
        return dumps(L), dumps(C).replace("}\n", "\n", 1)
    brk("invalid JSON line", bad_json)

    def counts(L, C):
        return dumps(L), dumps([c for c in C if c["expect"] != "none"][:200]
                               + [c for c in C if c["expect"] == "none"][:30])
    brk("counts and shares off", counts)

    def glass_half(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] == 0.1667
                  and by_id[c["beverage_id"]]["category"] == "vin")
        e = by_id[C[i]["beverage_id"]]
        half = [x for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]
                and x["format_cl"] == 37.5]
        if half:
            C[i]["beverage_id"] = half[0]["id"]
        else:
            C[i]["units_per_sale"] = 0.3333
    brk("glass pointed at a half bottle (or wrong units)", glass_half)

    def almost_vint_held(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
        C[i]["expect"] = "almost"
    brk("almost whose vintage is held", almost_vint_held)

    for name, e in breaks:
        status = "caught" if e else "MISSED"
        ok = ok and bool(e)
        print("%-50s %s (%d error(s); first: %s)" % (name, status, len(e), e[0] if e else "-"))
    print("selftest: %s, %d kinds of break" % ("OK" if ok else "FAILED", len(breaks)))
    return ok


def main():
    with open(LIB, encoding="utf-8") as fh:
        lib_text = fh.read()
    with open(CASES, encoding="utf-8") as fh:
        cases_text = fh.read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errs, counts = check(lib_text, cases_text)
    for e in errs:
        print("ERROR", e)
    n = sum(counts.values())
    print("%d cases" % n)
    for t in TILLS:
        row = [counts.get((t, k), 0) for k in ("yes", "almost", "none")]
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % ((t, *tuple(row), sum(row))))
    print("OK" if not errs else "%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
