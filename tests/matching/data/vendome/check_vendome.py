#!/usr/bin/env python3
"""Validate vendome_library.jsonl and vendome_cases.jsonl (reads only those two files).

    python3 check_vendome.py             # check the files beside this script
    python3 check_vendome.py --selftest  # break copies on purpose, show each break is caught
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
FORMATS = {20, 25, 33, 37.5, 50, 62, 70, 75, 100, 150, 2000, 3000}
TILLS = ("bar", "salle", "hotel")
POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}

# ---------------------------------------------------------------- reading a label back
BAR_PREFIX = {"BTL": "B", "1/2": "H", "MAG": "M", "VRE": "G", "VRE12": "G12", "VRE15": "G15",
              "FLUTE": "CP", "CAR25": "P25", "CAR50": "P50", "DOSE": "D", "2CL": "D2",
              "DEMI": "DE", "PINTE": "PI"}
SALLE_FAMILIES = {"ROUGE", "BLANC", "ROSÉ", "MOELLEUX", "BULLES", "APÉRITIF", "ALCOOL",
                  "BIÈRE", "SOFT", "PLAT", "DESSERT", "CHAUD", "DIVERS"}
SALLE_SUFFIX = [("verre 12cl", "G12"), ("verre 15cl", "G15"), ("pichet 25cl", "P25"),
                ("pichet 50cl", "P50"), ("verre", "G"), ("coupe", "CP"), ("demi", "DE"),
                ("pinte", "PI")]
HOTEL_DEPTS = {"RS", "MB", "SEM", "BAR", "PDJ"}
HOTEL_WORDS = [("Half bottle", "H"), ("Half pint", "DE"), ("Glass 12cl", "G12"),
               ("Glass 15cl", "G15"), ("Carafe 25cl", "P25"), ("Carafe 50cl", "P50"),
               ("Shot 2cl", "D2"), ("Bottle", "B"), ("Magnum", "M"), ("Glass", "G"),
               ("Flute", "CP"), ("Shot", "D"), ("Pint", "PI")]


def _num(s):
    v = float(s.replace(",", "."))
    return int(v) if v == int(v) else v


def _cl(v):
    return "C%g" % v


def parse_label(till, label):
    """Return (vintage, measure) read from a rendered label, or raise ValueError if the
    label is not in the till's form."""
    if till == "bar":
        if len(label) != 23 or label[16] != " " or not re.fullmatch(r" *\d{1,3},\d\d", label[17:]):
            raise ValueError("bar: not 16 columns + price")
        text = label[:16].rstrip()
        if not re.fullmatch(r"[A-Z0-9 /.,&!-]+", text) or text != text.strip():
            raise ValueError("bar: not upper-case ASCII")
        toks = text.split(" ")
        measure = BAR_PREFIX.get(toks[0])
        if measure is None:
            measure = "U"
            for t in toks:
                m = re.fullmatch(r"(\d+(?:,\d+)?)CL|(1)L", t)
                if m:
                    measure = _cl(_num(m.group(1)) if m.group(1) else 100)
        m = re.search(r" (\d\d)$", text)
        vintage = None
        if m and len(toks) > 1:
            yy = int(m.group(1))
            vintage = 2000 + yy if yy <= 30 else 1900 + yy
        return vintage, measure
    if till == "salle":
        m = re.fullmatch(r"([A-ZÉÈ]+) - (\S.*\S)", label)
        if not m or m.group(1) not in SALLE_FAMILIES:
            raise ValueError("salle: no family prefix")
        rest = m.group(2)
        if rest == rest.upper() or (rest == rest.lower() and rest[0].isalpha()):
            raise ValueError("salle: not mixed case")
        measure = "U"
        for suf, code in SALLE_SUFFIX:
            if rest.endswith(" " + suf):
                measure, rest = code, rest[: -len(suf) - 1]
                break
        else:
            mm = re.search(r" (\d+(?:,\d+)?)cl$", rest)
            if mm:
                v = _num(mm.group(1))
                measure = {4: "D", 2: "D2"}.get(v, _cl(v))
                rest = rest[: mm.start()]
        mm = re.search(r" (\d{4})$", rest)
        return (int(mm.group(1)) if mm else None), measure
    if till == "hotel":
        m = re.fullmatch(r"([A-Z]+) (\S.*)", label)
        if not m or m.group(1) not in HOTEL_DEPTS:
            raise ValueError("hotel: no department code")
        rest = m.group(2)
        if len(rest) > 32 or not rest.isascii() or rest != rest.rstrip():
            raise ValueError("hotel: designation over 32 characters or not ASCII")
        measure = "U"
        for word, code in HOTEL_WORDS:
            if rest.startswith(word + " "):
                measure = code
                break
        mm = re.search(r" (\d{4})$", rest)
        if mm:
            return int(mm.group(1)), measure
        if measure == "U":
            ms = re.search(r" (\d+(?:\.\d+)?)(cl|L)$", rest)
            if ms:
                v = _num(ms.group(1)) * (100 if ms.group(2) == "L" else 1)
                measure = _cl(_num(str(v)))
        return None, measure
    raise ValueError("unknown till %r" % till)


# ---------------------------------------------------------------- the answer rules
def ordinary(formats):
    bottles = sorted({f for f in formats if f < 1000})
    if 75 in bottles:
        return 75
    return bottles[0] if len(bottles) == 1 else None


def target_format(formats, measure):
    formats = sorted(set(formats))
    if measure in ("B", "G", "G12", "G15", "CP", "P25", "P50", "D", "D2"):
        f = ordinary(formats)
        return None if measure != "B" and f in (37.5, 150) else f
    if measure == "H":
        return 37.5
    if measure == "M":
        return 150
    if measure.startswith("C"):
        return _num(measure[1:])
    if measure == "U":
        return formats[0] if len(formats) == 1 else None
    if measure in ("DE", "PI"):
        kegs = [f for f in formats if f >= 1000]
        return kegs[0] if kegs else None
    return None


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            E("library line %d: not JSON" % i)
            continue
        if list(d) != LIB_FIELDS:
            E("library line %d: fields %s" % (i, list(d)))
            continue
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks, not 110-130" % len(lib))
    by_id = {}
    seen = set()
    for n, d in enumerate(lib, 1):
        if d["id"] != "VDM%03d" % n:
            E("library: id %s out of sequence (expected VDM%03d)" % (d["id"], n))
        by_id[d["id"]] = d
        if d["category"] not in CATEGORIES:
            E("%s: category %r" % (d["id"], d["category"]))
        if d["category"] in ("vin", "champagne"):
            if d["colour"] not in COLOURS:
                E("%s: wine without a valid colour %r" % (d["id"], d["colour"]))
        elif d["colour"] is not None:
            E("%s: colour %r on a %s" % (d["id"], d["colour"], d["category"]))
        if d["format_cl"] not in FORMATS:
            E("%s: format %r" % (d["id"], d["format_cl"]))
        if d["format_cl"] >= 1000 and d["category"] != "bière":
            E("%s: keg format on a %s" % (d["id"], d["category"]))
        if not (d["vintage"] is None or (isinstance(d["vintage"], int) and 1950 <= d["vintage"] <= 2025)):
            E("%s: vintage %r" % (d["id"], d["vintage"]))
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in seen:
            E("%s: duplicate entry" % d["id"])
        seen.add(k)

    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])
    product = {}
    for d in lib:
        product.setdefault(wine(d), []).append(d)

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("cases line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            E("cases line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        E("cases: %d, not 280-300" % len(cases))
    labels = [c["label"] for c in cases]
    for lab in sorted({l for l in labels if labels.count(l) > 1}):
        E("duplicate label %r" % lab)
    count = {}
    for c in cases:
        lab, exp, till = c["label"], c["expect"], c["connection"]
        if till not in TILLS:
            E("%r: connection %r" % (lab, till))
            continue
        if exp not in ("yes", "almost", "none"):
            E("%r: expect %r" % (lab, exp))
            continue
        count[(till, exp)] = count.get((till, exp), 0) + 1
        try:
            vint, measure = parse_label(till, lab)
        except ValueError as e:
            E("%r: %s" % (lab, e))
            continue
        if c["vintage"] != vint:
            E("%r: vintage %r but the label reads %r" % (lab, c["vintage"], vint))
        if not isinstance(c["note"], str) or not c["note"]:
            E("%r: no note" % lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%r: none with an answer" % lab)
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            E("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if any(a not in by_id for a in c["also_ok"]):
            E("%r: unknown id in also_ok" % lab)
            continue
        rows = product[wine(d)]
        fmt = target_format([r["format_cl"] for r in rows], measure)
        if fmt != d["format_cl"]:
            E("%r: label means %s cl (%s), entry %s is %s cl" % (lab, fmt, measure, d["id"], d["format_cl"]))
        same = [r for r in rows if r["format_cl"] == d["format_cl"]]
        others = sorted(r["id"] for r in same if r is not d)
        held = [r["vintage"] for r in same]
        if till == "salle" and d["category"] == "vin":
            fam = lab.split(" - ")[0]
            want = {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSÉ", "liquoreux": "MOELLEUX",
                    "effervescent": "BULLES"}.get(d["colour"])
            if fam != want and fam != "BULLES":
                E("%r: family %s on a %s wine" % (lab, fam, d["colour"]))
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint or c["also_ok"]:
                    E("%r: yes with a label vintage must be that vintage, also_ok empty" % lab)
            else:
                if None not in held and d["vintage"] != max(held):
                    E("%r: yes without vintage is not the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    E("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
        else:
            if vint is None or vint in held or None in held:
                E("%r: almost without a missing label vintage" % lab)
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if d["vintage"] != best:
                    E("%r: almost on %s, nearest is %s" % (lab, d["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    E("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
        u = c["units_per_sale"]
        want_u = round(POUR_CL[measure] / d["format_cl"], 4) if measure in POUR_CL else 1
        if u != want_u or not isinstance(u, (int, float)) or round(u, 4) != u:
            E("%r: units %r, measure %s gives %r" % (lab, u, measure, want_u))
    n = len(cases)
    if n:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(v for (t, e), v in count.items() if e == exp)
            if not lo <= 100.0 * k / n <= hi:
                E("%s: %.1f %% not in %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
        for t in TILLS:
            for exp in ("yes", "almost", "none"):
                if not count.get((t, exp)):
                    E("till %s has no %s case" % (t, exp))
    return errs, count


def load():
    with open(os.path.join(HERE, "vendome_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "vendome_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files FAIL:", *errs[:20], sep="\n  ")
        return 1
    print("clean files: OK")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        if out is None:
            out = (dump(l2), dump(c2))
        errs, _ = check(*out)
        breaks.append((name, errs))

    brk("broken JSON line", lambda l, c: (dump(l), [*dump(c)[:5], '{"label": "X",', *dump(c)[6:]]))
    brk("field order", lambda l, c: (dump(l), [json.dumps(dict(reversed(list(c[0].items()))), ensure_ascii=False), *dump(c)[1:]]))
    brk("id gap", lambda l, c: l[10].__setitem__("id", "VDM999"))
    brk("colour not in the list", lambda l, c: l[0].__setitem__("colour", "rouge foncé"))
    brk("colour on a spirit", lambda l, c: next(d for d in l if d["category"] == "spiritueux").__setitem__("colour", "blanc"))
    brk("vintage not on the label", lambda l, c: c[first(lambda x: x["vintage"] is None and x["expect"] == "yes")].__setitem__("vintage", 2019))
    brk("also_ok dropped", lambda l, c: c[first(lambda x: x["also_ok"])].__setitem__("also_ok", []))
    def not_nearest(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("almost not the nearest", not_nearest)
    brk("wrong units", lambda l, c: c[first(lambda x: x["expect"] == "yes" and x["units_per_sale"] != 1)].__setitem__("units_per_sale", 0.1667 if c[first(lambda x: x["expect"] == "yes" and x["units_per_sale"] != 1)]["units_per_sale"] != 0.1667 else 0.2))
    brk("none with a drink", lambda l, c: c[first(lambda x: x["expect"] == "none")].update(beverage_id="VDM001", units_per_sale=1))
    brk("duplicate label", lambda l, c: c[1].__setitem__("label", c[0]["label"]))
    brk("bar over 16 columns", lambda l, c: c[first(lambda x: x["connection"] == "bar")].__setitem__("label", "VRE CHEVERNY BLANC  5,20"))
    brk("salle in capitals", lambda l, c: c[first(lambda x: x["connection"] == "salle")].__setitem__("label", c[first(lambda x: x["connection"] == "salle")]["label"].upper()))
    brk("hotel designation over 32", lambda l, c: c[first(lambda x: x["connection"] == "hotel")].__setitem__("label", "RS Bottle Chateau Chasse-Spleen Moulis-en-Medoc"))
    def half_on_bottle(l, c):
        half = {d["id"] for d in l if d["format_cl"] == 37.5}
        i = first(lambda x: x["beverage_id"] in half and x["expect"] == "yes")
        d = next(d for d in l if d["id"] == c[i]["beverage_id"])
        other = next(e for e in l if e["name"] == d["name"] and e["producer"] == d["producer"] and e["format_cl"] == 75)
        c[i]["beverage_id"] = other["id"]
    brk("half-bottle label on the 75 cl entry", half_on_bottle)
    def draught_on_bottle(l, c):
        i = first(lambda x: x["label"].startswith("DEMI ") and x["expect"] == "yes")
        c[i]["beverage_id"] = next(d["id"] for d in l if d["category"] == "bière" and d["format_cl"] == 33)
    brk("draught sold from a bottle entry", draught_on_bottle)
    brk("counts out of range", lambda l, c: (dump(l), dump([x for x in c if x["expect"] != "almost"])))
    brk("unknown connection", lambda l, c: c[0].__setitem__("connection", "terrasse"))
    brk("keg format on a wine", lambda l, c: l[0].__setitem__("format_cl", 3000))
    brk("library too small", lambda l, c: (dump(l[:100]), dump(c)))
    bad = 0
    for name, errs in breaks:
        ok = bool(errs)
        bad += not ok
        print("%-40s %s" % (name, ("caught: " + errs[0])[:110] if ok else "NOT CAUGHT"))
    print("%d breaks, %d not caught" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, count = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(count.values())
    for t in TILLS:
        print("%-6s yes %3d  almost %3d  none %3d" % (t, count.get((t, "yes"), 0), count.get((t, "almost"), 0), count.get((t, "none"), 0)))
    print("total %d cases, %d drinks: %s" % (n, len(lib), "OK" if not errs else "%d errors" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
