#!/usr/bin/env python3
"""Check the blind set "montbrison" from its two jsonl files alone (imports nothing of the
build). Usage: check_montbrison.py [--selftest] [library.jsonl cases.jsonl]"""
import copy
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
PREFIX = "MBR"
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = {2000, 3000}
FORMATS = {37.5, 75, 150, 62, 50, 70, 100, 33, 25, 2000, 3000}
TILLS = ("comptoir", "tablette", "export")

# measures: canonical code -> (kind, volume); kind: bottle / winepour / draught / dose / none
BOTTLE = {"BT": 75, "HB": 37.5, "MG": 150, "B33": 33, "B25": 25, "B50": 50, "B100": 100,
          "B70": 70}
CPT = {"BT": "BT", "1/2": "HB", "MG": "MG", "VR": "VR", "CP": "CP", "P25": "P25",
       "P50": "P50", "POT": "POT", "DOS": "DOS", "DEM": "DEM", "PIN": "PIN", "33CL": "B33",
       "25CL": "B25", "50CL": "B50", "1L": "B100", "70CL": "B70"}
TAB = {"bouteille": "BT", "demi-bouteille": "HB", "magnum": "MG", "verre": "VR",
       "coupe": "CP", "pichet 25cl": "P25", "pichet 50cl": "P50", "pot 46cl": "POT",
       "dose": "DOS", "demi": "DEM", "pinte": "PIN", "33cl": "B33", "25cl": "B25",
       "50cl": "B50", "1l": "B100", "70cl": "B70"}
EXP = {"BTL 75cl": "BT", "BTL 37,5cl": "HB", "BTL 150cl": "MG", "VERRE 12cl": "VR",
       "COUPE 12cl": "CP", "PICHET 25cl": "P25", "PICHET 50cl": "P50", "POT 46cl": "POT",
       "DOSE 4cl": "DOS", "DEMI 25cl": "DEM", "PINTE 50cl": "PIN", "BTL 33cl": "B33",
       "BTL 25cl": "B25", "BTL 50cl": "B50", "BTL 1L": "B100", "BTL 70cl": "B70",
       "UNITE": "-"}
POUR_VOL = {"comptoir": {"VR": 12.5, "CP": 12.5, "P25": 25, "P50": 50, "POT": 46},
            "tablette": {"VR": 12.5, "CP": 12.5, "P25": 25, "P50": 50, "POT": 46},
            "export": {"VR": 12, "CP": 12, "P25": 25, "P50": 50, "POT": 46}}
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "PRESSION", "BIERES",
            "APERITIFS", "DIGESTIFS", "SOFTS", "CUISINE", "DESSERTS", "BOISSONS CHAUDES",
            "DIVERS"}
WINE_MEAS = ("BT", "HB", "MG", "VR", "CP", "P25", "P50", "POT")
ABBR = {"cdf": "forez", "mav": "moulin", "cte": "cote", "bgne": "bourgogne", "vv": "vieilles",
        "st": "saint", "jo": "joseph", "chab": "chablis", "merc": "mercurey",
        "vdf": "france", "ipa": "ipa", "gc": "grand"}
STOP = {"de", "du", "la", "le", "les", "des", "l", "d", "et", "en", "verre", "bouteille",
        "btl", "dose", "coupe", "pichet", "magnum", "demi", "pinte", "dom", "domaine",
        "chateau", "cuvee", "vins", "vin", "rouge", "blanc", "rose", "cl", "fut"}


def norm(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", norm(s)) if w]


def read_label(till, lab):
    """-> (measure code, vintage or None, text part) or raise ValueError on a bad form."""
    if till == "comptoir":
        if len(lab) > 18 or lab != lab.strip() or not re.fullmatch(r"[A-Z0-9 ./'&-]+", lab):
            raise ValueError("comptoir form")
        toks = lab.split()
        meas = CPT.get(toks[0], "-")
        v = None
        if meas in WINE_MEAS and len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-1]):
            v = 2000 + int(toks[-1])
        return meas, v, lab
    if till == "tablette":
        if not lab[0].isupper() or any(c.isupper() for c in lab[1:]) or ";" in lab:
            raise ValueError("tablette form")
        meas, prod = "-", lab
        if " - " in lab:
            prod, opt = lab.rsplit(" - ", 1)
            if opt not in TAB:
                raise ValueError("tablette option")
            meas = TAB[opt]
        m = re.findall(r"\b(19\d\d|20\d\d)\b", prod)
        return meas, (int(m[-1]) if m else None), prod
    if till == "export":
        f = lab.split(";")
        if len(f) != 5 or f[0] not in FAMILIES or not re.fullmatch(r"\d{5}", f[1]) \
                or len(f[2]) > 30 or f[2] != f[2].strip() or not f[2].isascii() \
                or f[3] not in EXP or not re.fullmatch(r"\d+,\d\d", f[4]):
            raise ValueError("export form")
        m = re.search(r" (19\d\d|20\d\d)$", f[2])
        return EXP[f[3]], (int(m.group(1)) if m else None), f[2]
    raise ValueError("unknown till")


def export_family(e, meas):
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return "BULLES"
    if e["category"] == "vin":
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
                "liquoreux": "VINS BLANCS"}.get(e["colour"])
    if e["category"] == "bière":
        return "PRESSION" if meas in ("DEM", "PIN") else "BIERES"
    return {"autre": "APERITIFS", "spiritueux": "DIGESTIFS", "soft": "SOFTS"}.get(e["category"])


def shares_word(label_text, e):
    lw = [w for w in words(label_text) if w not in STOP and not re.fullmatch(r"\d+", w)]
    ew = set()
    for k in ("name", "producer", "appellation"):
        if e[k]:
            ew.update(w for w in words(e[k]) if w not in STOP)
    for w in lw:
        w2 = ABBR.get(w, w)
        for x in ew:
            a, b = (w2, x) if len(w2) <= len(x) else (x, w2)
            if len(a) >= 3 and b.startswith(a[:max(3, min(len(a), 4))]) and \
                    (a == b or b.startswith(a)):
                return True
    return False


def load(path, errs, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError:
                errs.append("%s line %d: not JSON" % (what, n))
    return rows


def check(lib_path, cases_path):
    errs = []
    E = errs.append
    raw_lib = load(lib_path, errs, "library")
    raw_cases = load(cases_path, errs, "cases")
    lib = []
    for n, pairs in enumerate(raw_lib, 1):
        if [k for k, _ in pairs] != LIB_FIELDS:
            E("library line %d: fields %s" % (n, [k for k, _ in pairs]))
        lib.append(dict(pairs))
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks, want 110-130" % len(lib))
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "%s%03d" % (PREFIX, n):
            E("library line %d: id %r out of sequence" % (n, e.get("id")))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            E("%s: category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("%s: wine without a colour" % e["id"])
        elif col is not None:
            E("%s: colour on a %s" % (e["id"], cat))
        if e.get("format_cl") not in FORMATS:
            E("%s: format %r" % (e["id"], e.get("format_cl")))
        if e.get("format_cl") in KEGS and cat != "bière":
            E("%s: keg on a non-beer" % e["id"])
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2030):
            E("%s: vintage %r" % (e["id"], v))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), col, e.get("format_cl"), v)
        if k in seen:
            E("%s: same wine, format and vintage twice" % e["id"])
        seen.add(k)
    groups = defaultdict(list)
    for e in lib:
        groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])].append(e)

    cases = []
    for n, pairs in enumerate(raw_cases, 1):
        if [k for k, _ in pairs] != CASE_FIELDS:
            E("case line %d: fields %s" % (n, [k for k, _ in pairs]))
        cases.append(dict(pairs))
    if not 280 <= len(cases) <= 300:
        E("cases: %d, want 280-300" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, k in labels.items():
        if k > 1:
            E("duplicate label %r" % lab)
    for c in cases:
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        tag = "%s %r" % (till, lab)
        if till not in TILLS:
            E("%s: unknown connection" % tag)
            continue
        if not c.get("note"):
            E("%s: no note" % tag)
        try:
            meas, v, text = read_label(till, lab)
        except (ValueError, IndexError) as x:
            E("%s: %s" % (tag, x))
            continue
        if c.get("vintage") != v:
            E("%s: vintage field %r, label reads %r" % (tag, c.get("vintage"), v))
        if "cut off by the till" in (c.get("note") or ""):
            if v is not None or (till == "comptoir" and len(lab) < 17) or \
                    (till == "export" and len(text) < 29) or till == "tablette":
                E("%s: cut-off note on a label the till did not cut" % tag)
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or \
                    c.get("units_per_sale") is not None:
                E("%s: none with an id, also_ok or units" % tag)
            continue
        if exp not in ("yes", "almost"):
            E("%s: expect %r" % (tag, exp))
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            E("%s: unknown beverage_id %r" % (tag, c.get("beverage_id")))
            continue
        # format and units against the printed measure
        f, units = e["format_cl"], c.get("units_per_sale")
        cat = e["category"]
        want = None
        if meas in BOTTLE:
            if BOTTLE[meas] != f:
                E("%s: measure %s but entry is %g cl" % (tag, meas, f))
            if meas == "BT" and cat not in ("vin", "champagne"):
                E("%s: BT on a non-wine" % tag)
            want = 1
        elif meas in POUR_VOL[till]:
            same = [g["format_cl"] for g in lib if (g["name"], g["producer"], g["appellation"],
                                                   g["colour"]) == (e["name"], e["producer"],
                                                                    e["appellation"], e["colour"])]
            ordinary = 75 if 75 in same else None
            if ordinary is None:
                o = sorted({x for x in same if x not in (37.5, 150)})
                ordinary = o[0] if len(o) == 1 else None
            if cat not in ("vin", "champagne") or f != ordinary:
                E("%s: pour not from the ordinary bottle" % tag)
            want = round(POUR_VOL[till][meas] / f, 4)
        elif meas in ("DEM", "PIN"):
            if cat != "bière" or f not in KEGS:
                E("%s: draught measure on a bottled drink" % tag)
            want = round((25 if meas == "DEM" else 50) / f, 4)
        elif meas == "DOS":
            if cat not in ("spiritueux", "autre"):
                E("%s: dose of a non-spirit" % tag)
            want = round(4 / f, 4)
        else:
            E("%s: drink answer without a measure" % tag)
        if want is not None and units != want:
            E("%s: units %r, measure gives %r" % (tag, units, want))
        if till == "export" and lab.split(";")[0] != export_family(e, meas):
            E("%s: family against the entry" % tag)
        # vintages
        g = groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        years = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        also = c.get("also_ok") or []
        if len(set(also)) != len(also) or any(a not in byid for a in also):
            E("%s: also_ok malformed" % tag)
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v or also:
                    E("%s: yes not on the label's vintage (or also_ok not empty)" % tag)
            else:
                if years and e["vintage"] != years[-1]:
                    E("%s: yes without vintage not on the most recent" % tag)
                if sorted(also) != others:
                    E("%s: also_ok should list the other vintages %s" % (tag, others))
        else:
            if v is None or v in years or not years:
                E("%s: almost without a missing vintage" % tag)
            else:
                best = sorted(years, key=lambda y: (abs(y - v), -y))[0]
                if e["vintage"] != best:
                    E("%s: almost not on the nearest vintage %d" % (tag, best))
                if sorted(also) != others:
                    E("%s: almost also_ok should list %s" % (tag, others))
        if not shares_word(text, e):
            E("%s: shares no word with %s" % (tag, e["name"]))
    # counts
    cnt = Counter((c.get("connection"), c.get("expect")) for c in cases)
    tot = Counter(c.get("expect") for c in cases)
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * tot[exp] / n
        if not lo <= p <= hi:
            E("%s: %.1f %% outside %d-%d %%" % (exp, p, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not cnt[(t, exp)]:
                E("till %s has no %s" % (t, exp))
    return errs, cnt, tot, len(lib)


def write(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n")


def selftest(lib_path, cases_path):
    lib = [json.loads(l) for l in open(lib_path, encoding="utf-8")]
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8")]
    errs = check(lib_path, cases_path)[0]
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = not errs

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def mod_case(pred, fn):
        def br(L, C):
            fn(C[first(pred)], L)
        return br

    byid = {e["id"]: e for e in lib}
    def yes_vr(c):
        return c["expect"] == "yes" and c["connection"] == "tablette" and \
            c["label"].endswith(" - verre")
    def almost2(c):
        return c["expect"] == "almost" and len(c["also_ok"]) >= 1
    def half(c):
        return c["expect"] == "yes" and c["connection"] == "comptoir" and \
            c["label"].startswith("1/2 ") and c["also_ok"] == []
    def demi(c):
        return c["expect"] == "yes" and c["label"].startswith("DEM ")
    def cutnote(c):
        return "cut off" in c["note"]
    def noyes_vint(c):
        return c["expect"] == "yes" and c["vintage"] is None and c["also_ok"]

    def halfto75(c, L):
        e = byid[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and
                                x["producer"] == e["producer"] and x["format_cl"] == 75)

    def demi_bottled(c, L):
        c["beverage_id"] = next(x["id"] for x in L if x["category"] == "bière" and
                                x["format_cl"] == 33)

    def cut_uncut(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["connection"] == "comptoir" and
                  len(c["label"]) < 12)
        C[i]["note"] += " [2021 cut off by the till]"

    def fam_wrong(L, C):
        i = first(lambda c: c["connection"] == "export" and c["label"].startswith("VINS ROUGES;")
                  and c["expect"] == "yes")
        C[i]["label"] = "VINS BLANCS;" + C[i]["label"].split(";", 1)[1]

    def no_almost(L, C):
        C[:] = [c for c in C if not (c["connection"] == "export" and c["expect"] == "almost")]

    breaks = [
        ("a line that is not JSON", "raw", None),
        ("library fields out of order",
         lambda L, C: L.__setitem__(0, dict(reversed(list(L[0].items()))))),
        ("library id out of sequence", lambda L, C: L[5].__setitem__("id", "MBR099")),
        ("a colour on a beer", lambda L, C: next(e for e in L if e["category"] == "bière")
         .__setitem__("colour", "blanc")),
        ("a glass's units wrong", mod_case(yes_vr, lambda c, L: c.__setitem__("units_per_sale", 0.16))),
        ("almost on the farther vintage",
         mod_case(almost2, lambda c, L: (lambda a, b: (c.__setitem__("beverage_id", a),
                                                       c.__setitem__("also_ok", [b])))(c["also_ok"][0], c["beverage_id"]))),
        ("also_ok dropped", mod_case(noyes_vint, lambda c, L: c.__setitem__("also_ok", []))),
        ("none with an id", mod_case(lambda c: c["expect"] == "none",
                                     lambda c, L: c.__setitem__("beverage_id", "MBR001"))),
        ("duplicate label", lambda L, C: C[1].__setitem__("label", C[0]["label"])),
        ("half answered with the 75 cl entry", mod_case(half, halfto75)),
        ("draught demi on the bottled beer", mod_case(demi, demi_bottled)),
        ("vintage field not on the label",
         mod_case(lambda c: c["vintage"] is not None, lambda c, L: c.__setitem__("vintage", c["vintage"] - 1))),
        ("a label sharing no word with its entry",
         mod_case(lambda c: c["expect"] == "yes" and c["connection"] == "tablette" and c["vintage"] is None,
                  lambda c, L: c.__setitem__("label", "Zzz qqq - " + c["label"].rsplit(" - ", 1)[1]))),
        ("comptoir label over 18 columns",
         mod_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "yes",
                  lambda c, L: c.__setitem__("label", c["label"] + " XXXXXXXXXXXXXXXX"))),
        ("export unknown serving",
         mod_case(lambda c: c["connection"] == "export",
                  lambda c, L: c.__setitem__("label", c["label"].replace(";BTL 75cl;", ";BOUT;")
                                             .replace(";UNITE;", ";BOUT;")))),
        ("export family against the colour", fam_wrong),
        ("tablette label in capitals",
         mod_case(lambda c: c["connection"] == "tablette", lambda c, L: c.__setitem__("label", c["label"].upper()))),
        ("yes on the sibling vintage", mod_case(noyes_vint, lambda c, L: (lambda a, b: (
            c.__setitem__("beverage_id", a), c.__setitem__("also_ok", [b])))(c["also_ok"][0], c["beverage_id"]))),
        ("cut-off note on an uncut label", cut_uncut),
        ("too few cases", lambda L, C: C.__delitem__(slice(0, 40))),
        ("a till without almost", no_almost, "has no almost"),
        ("wine without colour", lambda L, C: L[0].__setitem__("colour", None)),
    ]
    tmp = tempfile.mkdtemp(prefix="mbr_selftest_")
    lp, cp = os.path.join(tmp, "lib.jsonl"), os.path.join(tmp, "cases.jsonl")
    for name, fn, *want in breaks:
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        if fn == "raw":
            write(L, lp)
            write(C, cp)
            with open(cp, "a", encoding="utf-8") as fh:
                fh.write("{not json\n")
        else:
            fn(L, C)
            write(L, lp)
            write(C, cp)
        e = check(lp, cp)[0]
        if want and want[0] and e:
            e = [x for x in e if want[0] in x] or ["(expected report missing) " + e[0]]
            ok = ok and not e[0].startswith("(expected")
        print("%-40s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    for p in (lp, cp):
        os.remove(p)
    os.rmdir(tmp)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lp = args[0] if args else os.path.join(HERE, "montbrison_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "montbrison_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lp, cp) else 1)
    errs, cnt, tot, nlib = check(lp, cp)
    for x in errs:
        print("ERROR", x)
    n = sum(tot.values())
    print("%d drinks, %d cases" % (nlib, n))
    for t in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, cnt[(t, "yes")], cnt[(t, "almost")],
                                                      cnt[(t, "none")]))
    print("  all: " + ", ".join("%s %d (%.1f %%)" % (e, tot[e], 100.0 * tot[e] / max(n, 1))
                                for e in ("yes", "almost", "none")))
    print("OK" if not errs else "%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
