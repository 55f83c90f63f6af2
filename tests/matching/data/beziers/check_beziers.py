"""Check beziers_library.jsonl and beziers_cases.jsonl on their own (imports nothing of the
build).  `python3 check_beziers.py [library cases]`; `--selftest` breaks copies on purpose."""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
FAMILIES = {"vins rouges": {"rouge"}, "vins blancs": {"blanc"}, "vins rosés": {"rosé"},
            "bulles": {"effervescent", "rosé"}, "vins doux": {"liquoreux"},
            "anisés": {"spiritueux"}, "alcools": {"spiritueux"}, "apéritifs": {"autre"},
            "bières": {"bière"}, "softs": {"soft"}, "eaux": {"soft"}, "tapas": set(),
            "plats": set(), "desserts": set(), "cafés": set(), "divers": set()}
# measure words of each till -> (kind, cl)
BAR_M = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "VRE": ("pour", 12.5),
         "VRE12": ("pour", 12), "VRE15": ("pour", 15), "PICH25": ("pour", 25),
         "PICH50": ("pour", 50), "2CL": ("dose", 2), "4CL": ("dose", 4), "DOSE": ("dose", 4),
         "PRESS25": ("draught", 25), "PRESS50": ("draught", 50), "GIRAFE": ("draught", 250),
         "25CL": ("size", 25), "33CL": ("size", 33), "35CL5": ("size", 35.5),
         "50CL": ("size", 50), "75CL": ("size", 75), "1L": ("size", 100)}
SALLE_M = {"bouteille": ("bottle", 75), "demi-bouteille": ("bottle", 37.5),
           "magnum": ("bottle", 150), "verre": ("pour", 12.5), "verre 12 cl": ("pour", 12),
           "verre 15 cl": ("pour", 15), "pichet 25 cl": ("pour", 25),
           "pichet 50 cl": ("pour", 50), "dose 2 cl": ("dose", 2), "dose 4 cl": ("dose", 4),
           "dose": ("dose", 4), "demi pression": ("draught", 25),
           "pinte pression": ("draught", 50), "girafe 2,5 l": ("draught", 250),
           "bouteille 25 cl": ("size", 25), "bouteille 33 cl": ("size", 33),
           "bouteille 35,5 cl": ("size", 35.5), "bouteille 50 cl": ("size", 50),
           "bouteille 75 cl": ("size", 75), "bouteille 1 l": ("size", 100)}
FERIA_M = {"Btl": ("bottle", 75), "1/2": ("bottle", 37.5), "Mag": ("bottle", 150),
           "Vre": ("pour", 12.5), "Pich25": ("pour", 25), "Pich50": ("pour", 50),
           "2cl": ("dose", 2), "4cl": ("dose", 4), "Dose": ("dose", 4),
           "Demi": ("draught", 25), "Pinte": ("draught", 50), "Girafe": ("draught", 250),
           "25cl": ("size", 25), "33cl": ("size", 33), "35cl": ("size", 35.5),
           "50cl": ("size", 50), "1L": ("size", 100)}


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def read_vintage(till, label):
    if till == "BAR":
        m = re.search(r" (\d\d)$", label)
        return yy(int(m.group(1))) if m else None
    if till == "SALLE":
        f = label.split(" / ")
        m = re.search(r" ((?:19|20)\d\d)$", f[1]) if len(f) >= 2 else None
        return int(m.group(1)) if m else None
    m = re.search(r" '(\d\d)$", label)
    return yy(int(m.group(1))) if m else None


def measure(till, label):
    """(kind, cl) the label asks for; a wine bottle on BAR has no word."""
    if till == "BAR":
        w = label.split(" ")[0]
        return BAR_M.get(w, ("bottle", 75))
    if till == "SALLE":
        f = label.split(" / ")
        return SALLE_M.get(f[2]) if len(f) == 3 else None
    w = label.split(" ")
    return FERIA_M.get(w[1]) if len(w) > 1 else None


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def shares_stem(label, e):
    words = set(re.findall(r"[a-z0-9]+", fold(label)))
    target = fold(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    twords = set(re.findall(r"[a-z0-9]+", target))
    glued = target.replace(" ", "").replace("-", "").replace("'", "")
    for w in words:
        if w.isdigit() and w in twords:
            return True
        if len(w) >= 3 and not w.isdigit() and (any(t.startswith(w[:4]) for t in twords)
                                                 or w[:5] in glued):
            return True
    return False


def u4(x):
    return round(x, 4)


def check(lib_path, cases_path):
    errs = []
    E = errs.append

    def load(path, fields):
        rows = []
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except ValueError:
                    E("%s:%d not JSON" % (os.path.basename(path), i))
                    continue
                if list(r) != fields:
                    E("%s:%d fields %s" % (os.path.basename(path), i, list(r)))
                rows.append(r)
        return rows

    lib = load(lib_path, LIB_FIELDS)
    cases = load(cases_path, CASE_FIELDS)
    if not 110 <= len(lib) <= 130:
        E("library has %d drinks" % len(lib))
    by_id, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "bz%03d" % i:
            E("library id %r out of sequence (want bz%03d)" % (e.get("id"), i))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            E("%s colour/category %r/%r" % (e["id"], e.get("colour"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if wine != (e.get("colour") is not None):
            E("%s: colour only and always on wines" % e["id"])
        if e.get("format_cl") in KEGS and e.get("category") != "bière":
            E("%s: keg format on a non-beer" % e["id"])
        k = tuple(e.get(x) for x in ("name", "producer", "appellation", "colour", "format_cl",
                                      "vintage"))
        if k in seen:
            E("%s: duplicate entry" % e["id"])
        seen.add(k)

    def group(e):
        return [x for x in lib if all(x[k] == e[k] for k in
                                      ("name", "producer", "appellation", "colour", "format_cl"))]

    if not 280 <= len(cases) <= 300:
        E("%d cases" % len(cases))
    labels, tally = set(), {}
    for c in cases:
        lab, till, ex = c.get("label"), c.get("connection"), c.get("expect")
        if lab in labels:
            E("duplicate label %r" % lab)
        labels.add(lab)
        if till not in ("BAR", "SALLE", "FERIA") or ex not in ("yes", "almost", "none"):
            E("%r: connection/expect %r/%r" % (lab, till, ex))
            continue
        tally[(till, ex)] = tally.get((till, ex), 0) + 1
        if not c.get("note"):
            E("%r: empty note" % lab)
        # till form
        if till == "BAR" and (len(lab) > 19 or lab != lab.upper() or not lab.isascii()):
            E("%r: BAR labels are ASCII capitals of at most 19 columns" % lab)
        if till == "SALLE":
            f = lab.split(" / ")
            if not 2 <= len(f) <= 3 or lab != lab.lower() or f[0] not in FAMILIES:
                E("%r: SALLE labels are 'family / product [/ serving]' in lower case" % lab)
        if till == "FERIA" and (len(lab) > 20 or not re.match(r"^\d{1,2}J ", lab)):
            E("%r: FERIA labels start with jetons and have at most 20 characters" % lab)
        vin = read_vintage(till, lab)
        if c.get("vintage") != vin:
            E("%r: vintage %r, label says %r" % (lab, c.get("vintage"), vin))
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                E("%r: none with an id, also_ok or units" % lab)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            E("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        if vin is not None and vin in [x["vintage"] for x in g]:
            others = []
        if sorted(c["also_ok"]) != others:
            E("%r: also_ok %r, want %r" % (lab, c["also_ok"], others))
        vs = [x["vintage"] for x in g if x["vintage"] is not None]
        if vin is None or not vs:
            if ex != "yes" or (vs and e["vintage"] != max(vs)):
                E("%r: without a vintage, want yes on the most recent" % lab)
        elif vin in vs:
            if ex != "yes" or e["vintage"] != vin or c["also_ok"]:
                E("%r: vintage %d held, want yes on it, also_ok empty" % (lab, vin))
        else:
            best = min(vs, key=lambda v: (abs(v - vin), -v))
            if ex != "almost" or e["vintage"] != best:
                E("%r: vintage %d not held, want almost on %d" % (lab, vin, best))
        if till == "SALLE":
            fam = lab.split(" / ")[0]
            if (e["colour"] or e["category"]) not in FAMILIES.get(fam, set()):
                E("%r: family %r does not fit %s" % (lab, fam, e["id"]))
        if not shares_stem(lab, e):
            E("%r: shares no word stem with %s" % (lab, e["id"]))
        m = measure(till, lab)
        if m is None:
            E("%r: no measure for a drink" % lab)
            continue
        kind, vol = m
        fmt, cat, units = e["format_cl"], e["category"], c["units_per_sale"]
        fmts = {x["format_cl"] for x in lib if x["name"] == e["name"] and
                x["producer"] == e["producer"] and x["colour"] == e["colour"]}
        if kind == "bottle":
            ok = fmt == vol if cat in ("vin", "champagne") else (
                fmt not in KEGS and len([x for x in fmts if x not in KEGS]) == 1)
            want = 1
        elif kind == "size":
            ok, want = fmt == vol, 1
        elif kind == "draught":
            ok, want = fmt in KEGS, u4(vol / fmt)
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else next(iter(fmts - {37.5, 150}), None)
            ok, want = (cat in ("vin", "champagne") and fmt == ordinary), u4(vol / fmt)
        else:
            ok, want = (cat in ("spiritueux", "autre") and fmt not in KEGS), u4(vol / fmt)
        if not ok:
            E("%r: format %s does not fit the measure (%s %s)" % (lab, fmt, kind, vol))
        if units is None or abs(units - want) > 1e-9:
            E("%r: units %r, want %r" % (lab, units, want))
    n = len(cases) or 1
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in tally.items() if x == ex)
        if not lo <= 100 * k / n <= hi:
            E("%s is %.1f %% of the cases" % (ex, 100 * k / n))
    for t in ("BAR", "SALLE", "FERIA"):
        for ex in ("yes", "almost", "none"):
            if not tally.get((t, ex)):
                E("till %s has no %s" % (t, ex))
    return errs, tally


def selftest():
    lib_p = os.path.join(HERE, "beziers_library.jsonl")
    cas_p = os.path.join(HERE, "beziers_cases.jsonl")
    errs, _ = check(lib_p, cas_p)
    print("clean files:", "PASS" if not errs else "FAIL %s" % errs[:5])
    ok = not errs
    lib0 = open(lib_p, encoding="utf-8").read().splitlines()
    cas0 = open(cas_p, encoding="utf-8").read().splitlines()
    L = [json.loads(x) for x in lib0]
    C = [json.loads(x) for x in cas0]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        cs = [dict(c) for c in C]
        fn(cs[find(pred)])
        return None, [json.dumps(c, ensure_ascii=False) for c in cs]

    def mod_lib(i, fn):
        ls = [dict(x) for x in L]
        fn(ls[i])
        return [json.dumps(x, ensure_ascii=False) for x in ls], None

    def setk(k, v):
        return lambda c: c.__setitem__(k, v)

    breaks = [
        ("a glass's units", mod_case(lambda c: c["label"] == "VRE GRIS BLANC",
                                      setk("units_per_sale", 0.16))),
        ("almost on the farther vintage", mod_case(lambda c: c["label"] == "BARRAL 17",
                                                    lambda c: c.update(beverage_id="bz004", also_ok=["bz003"]))),
        ("a cut vintage kept", mod_case(lambda c: c["label"] == "VRE12 MONTFALETTE 2",
                                         setk("vintage", 2020))),
        ("a none with an id", mod_case(lambda c: c["label"] == "2CL PASTIS",
                                        setk("beverage_id", "bz070"))),
        ("a BAR label in lower case", mod_case(lambda c: c["label"] == "PRESS25 KRO",
                                                setk("label", "press25 kro"))),
        ("a SALLE label in the wrong family", mod_case(
            lambda c: c["label"].startswith("vins rouges / mas de daumas gassac 2019"),
            lambda c: c.update(label=c["label"].replace("vins rouges", "vins blancs")))),
        ("a FERIA label without jetons", mod_case(lambda c: c["label"] == "1J Demi Kro",
                                                   setk("label", "Demi Kro"))),
        ("a half answered with the 75 cl entry", mod_case(
            lambda c: c["label"] == "1/2 MILLE NUITS 21", setk("beverage_id", "bz013"))),
        ("also_ok dropped", mod_case(lambda c: c["label"] == "PICH50 PICP FELINES",
                                      setk("also_ok", []))),
        ("a draught pint on a bottle", mod_case(lambda c: c["label"] == "PRESS25 KRO",
                                                 lambda c: c.update(beverage_id="bz110", units_per_sale=1))),
        ("a yes on another vintage", mod_case(lambda c: c["label"] == "FAUG MONTFALETTE 21",
                                               setk("beverage_id", "bz001"))),
        ("a duplicate label", (None, [*cas0, cas0[0]])),
        ("too few cases", (None, cas0[:200])),
        ("a line that is not JSON", (None, [*cas0[:-1], "{broken"])),
        ("fields out of order", (None, [json.dumps(dict(reversed(list(json.loads(cas0[0]).items()))), ensure_ascii=False), *cas0[1:]])),
        ("a library id out of sequence", mod_lib(4, setk("id", "bz099"))),
        ("a wine without colour", mod_lib(0, setk("colour", None))),
        ("a keg on a wine", mod_lib(1, setk("format_cl", 3000))),
        ("a label sharing no word with its entry", mod_case(
            lambda c: c["label"] == "4CL JAMESON", setk("label", "4CL WHISKEY"))),
    ]
    with tempfile.TemporaryDirectory() as d:
        for name, (lb, cs) in breaks:
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(lb or lib0) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cs or cas0) + "\n")
            errs, _ = check(lp, cp)
            print("%-40s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
            ok = ok and bool(errs)
    print("selftest", "PASS" if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    lib_p = args[0] if args else os.path.join(HERE, "beziers_library.jsonl")
    cas_p = args[1] if len(args) > 1 else os.path.join(HERE, "beziers_cases.jsonl")
    errs, tally = check(lib_p, cas_p)
    for e in errs:
        print("ERROR", e)
    for t in ("BAR", "SALLE", "FERIA"):
        print(t, {x: tally.get((t, x), 0) for x in ("yes", "almost", "none")})
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
