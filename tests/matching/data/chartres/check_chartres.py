"""Check the chartres set: python check_chartres.py [--selftest].

Reads only chartres_library.jsonl and chartres_cases.jsonl and re-derives what it can with its
own reading of each till (it does not import the build)."""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POURS = {"VRE": 12.5, "VRE12": 12, "PICH25": 25, "PICH50": 50, "CP": 12.5, "DOSE": 4,
         "DEMI": 25, "PINTE": 50}
SALLE = {"btl": "BTL", "verre": "VRE", "verre 12cl": "VRE12", "pichet 25cl": "PICH25",
         "pichet 50cl": "PICH50", "coupe": "CP", "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE",
         "1/2 btl": "1/2", "magnum": "MAG"}
BANQ = {"BOUTEILLE": "BTL", "VERRE": "VRE", "VERRE 12CL": "VRE12", "PICHET 25CL": "PICH25",
        "PICHET 50CL": "PICH50", "COUPE": "CP", "DOSE": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE",
        "DEMI-BOUTEILLE": "1/2", "MAGNUM": "MAG", "UNITE": "U"}
COMPTOIR = set(POURS) | {"BTL", "1/2", "MAG", "U"}
FAM_OK = {1: lambda e: e["colour"] == "rouge", 2: lambda e: e["colour"] in ("blanc", "liquoreux"),
          3: lambda e: e["colour"] == "rosé" and e["category"] == "vin",
          4: lambda e: e["category"] == "champagne" or e["colour"] == "effervescent",
          5: lambda e: e["category"] in ("spiritueux", "autre"), 6: lambda e: e["category"] == "spiritueux",
          7: lambda e: e["category"] == "bière", 8: lambda e: e["category"] == "soft"}
MEASURE_WORDS = {"btl", "vre", "vre12", "pich25", "pich50", "cp", "dose", "demi", "pinte", "mag",
                 "verre", "12cl", "pichet", "25cl", "50cl", "coupe", "magnum", "bouteille", "unite",
                 "mill", "u"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s).replace("&", "")) if t]


def parse(conn, label, errs, where):
    """-> (measure, vintage, name text, family digit or None)"""
    if conn == "comptoir":
        m = re.fullmatch(r"([A-Z0-9 .&'/-]{1,16})\*([A-Z0-9/]+)", label)
        if not m or m.group(2) not in COMPTOIR or m.group(1) != m.group(1).strip():
            errs.append("%s: comptoir form (16 ASCII capitals, '*', measure key)" % where)
            return None
        v = re.search(r"(?:^| )((?:19|20)\d\d)$", m.group(1))
        return m.group(2), (int(v.group(1)) if v else None), m.group(1), None
    if conn == "salle":
        m = re.fullmatch(r"(.+) · (\d{1,3}),(\d\d)€", label)
        if not m or m.group(1) != m.group(1).lower() or not re.search(r"[a-zà-ÿ]", m.group(1)):
            errs.append("%s: salle form (lower case, ' · ', price with comma and €)" % where)
            return None
        body, meas = m.group(1), "U"
        for w in sorted(SALLE, key=len, reverse=True):
            if body.startswith(w + " "):
                meas, body = SALLE[w], body[len(w) + 1:]
                break
        v = re.search(r" (\d\d)$", body)
        return meas, (2000 + int(v.group(1)) if v else None), body, None
    if conn == "banquet":
        m = re.fullmatch(r"([1-9])(\d{3});([^;]{1,28});([A-Z0-9 -]+)", label)
        if not m or m.group(4) not in BANQ or m.group(3) != m.group(3).upper() \
                or m.group(3) != m.group(3).strip():
            errs.append("%s: banquet form (CODE;NAME<=28 capitals;MEASURE)" % where)
            return None
        v = re.search(r"MILL\.(\d{4})$", m.group(3))
        return BANQ[m.group(4)], (int(v.group(1)) if v else None), m.group(3), int(m.group(1))
    errs.append("%s: unknown connection %r" % (where, conn))
    return None


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            o = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1))
            continue
        if list(o) != LIB_FIELDS:
            errs.append("library line %d: field order" % (i + 1))
        lib.append(o)
    for i, line in enumerate(case_lines):
        try:
            o = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % (i + 1))
            continue
        if list(o) != CASE_FIELDS:
            errs.append("cases line %d: field order" % (i + 1))
        cases.append(o)
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid = {}
    for i, e in enumerate(lib):
        if e["id"] != "cr%03d" % (i + 1):
            errs.append("library id %s out of sequence" % e["id"])
        byid[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("%s: colour/category" % e["id"])
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            errs.append("%s: colour only for wines" % e["id"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format" % e["id"])
        if e["vintage"] is not None and not (1990 <= e["vintage"] <= 2025):
            errs.append("%s: vintage" % e["id"])
        if e["category"] == "bière" and "pression" in e["name"] and e["format_cl"] not in (2000, 3000):
            errs.append("%s: keg not 2000/3000" % e["id"])

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    def siblings(e):
        return sorted((x for x in lib if wine(x) == wine(e)), key=lambda x: (x["vintage"] or 0))

    def ordinary_formats(e):
        return {x["format_cl"] for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]
                and x["colour"] == e["colour"]}

    seen = set()
    from collections import Counter
    cnt = Counter()
    for i, c in enumerate(cases):
        w = "case %d %r" % (i + 1, c["label"])
        if c["label"] in seen:
            errs.append("%s: duplicate label" % w)
        seen.add(c["label"])
        cnt[(c["connection"], c["expect"])] += 1
        if not c["note"]:
            errs.append("%s: empty note" % w)
        p = parse(c["connection"], c["label"], errs, w)
        if p is None:
            continue
        meas, lv, text, fam = p
        if c["vintage"] != lv:
            errs.append("%s: vintage %r but label reads %r" % (w, c["vintage"], lv))
        if "cut off" in c["note"] and lv is not None:
            errs.append("%s: note says cut but vintage printed" % w)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none must have null id, [] also_ok, null units" % w)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%s: expect %r" % (w, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None or any(a not in byid for a in c["also_ok"]):
            errs.append("%s: unknown id" % w)
            continue
        if meas == "U":
            errs.append("%s: unit sale answered as a drink" % w)
            continue
        sib = siblings(e)
        held = [x["vintage"] for x in sib]
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        if c["expect"] == "yes" and lv is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append("%s: also_ok should be %s" % (w, others))
        if c["expect"] == "yes":
            if lv is not None and (e["vintage"] != lv or c["also_ok"]):
                if e["vintage"] != lv:
                    errs.append("%s: yes on vintage %s but label says %s" % (w, e["vintage"], lv))
            if lv is not None and c["also_ok"]:
                errs.append("%s: yes with a vintage must have empty also_ok" % w)
            if lv is None and e["vintage"] != held[-1]:
                errs.append("%s: yes without vintage must be the most recent" % w)
        else:
            if lv is None or lv in held or None in held:
                errs.append("%s: almost needs a label vintage the wine does not hold" % w)
            else:
                best = sorted(held, key=lambda v: (abs(v - lv), -v))[0]
                if e["vintage"] != best:
                    errs.append("%s: almost should be on %s" % (w, best))
        f = e["format_cl"]
        if meas == "1/2" and f != 37.5:
            errs.append("%s: half bottle on a %s cl entry" % (w, f))
        if meas == "MAG" and f != 150:
            errs.append("%s: magnum on a %s cl entry" % (w, f))
        if meas in ("BTL",) and f in (37.5, 150):
            errs.append("%s: bottle on a half/magnum" % w)
        if meas in ("DEMI", "PINTE") and f < 2000:
            errs.append("%s: demi/pinte not from a keg" % w)
        if meas in POURS and meas not in ("DEMI", "PINTE"):
            if f >= 2000:
                errs.append("%s: pour from a keg" % w)
            if f in (37.5, 150) and ordinary_formats(e) - {37.5, 150}:
                errs.append("%s: glass from a half/magnum" % w)
        if meas == "BTL" and f >= 2000:
            errs.append("%s: bottle of a keg" % w)
        want = round(POURS[meas] / f, 4) if meas in POURS else 1
        if c["units_per_sale"] != want:
            errs.append("%s: units %r, measure gives %r" % (w, c["units_per_sale"], want))
        if fam is not None and not FAM_OK[fam](e):
            errs.append("%s: family digit %d against %s/%s" % (w, fam, e["colour"], e["category"]))
        lt = [t for t in tokens(re.sub(r"MILL\.\d{4}", "", text)) if t not in MEASURE_WORDS
              and not re.fullmatch(r"\d\d(\d\d)?", t)]
        et = tokens(" ".join(x for x in (e["name"], e["producer"], e["appellation"]) if x))
        if not any(len(t) >= 2 and any(x.startswith(t) for x in et) for t in lt):
            errs.append("%s: shares no word or stem with %s" % (w, e["id"]))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("case count %d" % n)
    tot = Counter(c["expect"] for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100 * tot[k] / n <= hi:
            errs.append("%s share %.1f%%" % (k, 100 * tot[k] / n))
    for t in ("comptoir", "salle", "banquet"):
        for k in ("yes", "almost", "none"):
            if cnt[(t, k)] == 0:
                errs.append("till %s has no %s" % (t, k))
    return errs


def load():
    with open(os.path.join(HERE, "chartres_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "chartres_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert check(lib, cases) == [], "clean files must pass"
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda xs: [json.dumps(x, ensure_ascii=False) for x in xs]  # noqa: E731
    first = lambda pred: next(i for i, c in enumerate(C) if pred(c))  # noqa: E731
    breaks = []

    def brk(name, fn):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        if out is None:
            out = (dump(l2), dump(c2))
        breaks.append((name, out))

    def swap_fields(l2, c2):
        c2[0] = dict(reversed(list(c2[0].items())))
    brk("field order", swap_fields)
    brk("bad JSON", lambda l2, c2: (dump(l2), [*dump(c2)[:-1], "{oops"]))
    def idgap(l2, c2):
        l2[5]["id"] = "cr999"
    brk("id out of sequence", idgap)
    def colour(l2, c2):
        l2[0]["colour"] = "red"
    brk("bad colour", colour)
    def vint(l2, c2):
        i = first(lambda c: c["vintage"] is not None)
        c2[i]["vintage"] += 1
    brk("vintage not the label's", vint)
    def yeswrong(l2, c2):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        c2[i]["beverage_id"], c2[i]["also_ok"][0] = c2[i]["also_ok"][0], c2[i]["beverage_id"]
    brk("yes without vintage not the most recent", yeswrong)
    def alsomiss(l2, c2):
        i = first(lambda c: len(c["also_ok"]) > 0)
        c2[i]["also_ok"] = []
    brk("also_ok missing", alsomiss)
    def almostwrong(l2, c2):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c2[i]["beverage_id"], c2[i]["also_ok"][0] = c2[i]["also_ok"][0], c2[i]["beverage_id"]
    brk("almost not the nearest", almostwrong)
    def units(l2, c2):
        i = first(lambda c: c["units_per_sale"] not in (None, 1))
        c2[i]["units_per_sale"] = 0.2
    brk("units wrong", units)
    def noneid(l2, c2):
        i = first(lambda c: c["expect"] == "none")
        c2[i]["beverage_id"] = "cr001"
    brk("none with an id", noneid)
    def dup(l2, c2):
        c2[1]["label"] = c2[0]["label"]
    brk("duplicate label", dup)
    def lower(l2, c2):
        i = first(lambda c: c["connection"] == "comptoir")
        c2[i]["label"] = c2[i]["label"].lower()
    brk("comptoir in lower case", lower)
    def famdigit(l2, c2):
        i = first(lambda c: c["connection"] == "banquet" and c["expect"] == "yes"
                  and c["label"].startswith("1"))
        c2[i]["label"] = "8" + c2[i]["label"][1:]
    brk("banquet family digit", famdigit)
    def half(l2, c2):
        i = first(lambda c: "1/2" in c["label"] or "DEMI-BOUTEILLE" in c["label"])
        c2[i]["beverage_id"] = next(x for x in C if x["expect"] == "yes" and x["vintage"] is None
                                    and not x["also_ok"] and x["units_per_sale"] == 1)["beverage_id"]
    brk("half bottle on an entry of another format", half)
    brk("too few cases", lambda l2, c2: (dump(l2), dump(c2)[:200]))
    def conn(l2, c2):
        c2[0]["connection"] = "terrasse"
    brk("unknown connection", conn)
    def wordless(l2, c2):
        i = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "yes"
                  and c["label"].startswith("RICARD"))
        c2[i]["label"] = "PASTIS*DOSE"
    brk("label shares no word with its entry", wordless)
    def width(l2, c2):
        i = first(lambda c: c["connection"] == "banquet")
        code, name, m = c2[i]["label"].split(";")
        c2[i]["label"] = ";".join((code, (name + " EXTRA LONGUE DESIGNATION")[:40], m))
    brk("banquet name over 28 columns", width)
    ok = True
    for name, (l2, c2) in breaks:
        e = check(l2, c2)
        print("%-40s %s" % (name, ("caught: " + e[0]) if e else "NOT CAUGHT"))
        ok &= bool(e)
    print("clean files pass; %d kinds of break, %s" % (len(breaks), "all caught" if ok else "SOME MISSED"))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(*load())
    for e in errs:
        print(e)
    if not errs:
        print("chartres: OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
