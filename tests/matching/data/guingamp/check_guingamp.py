"""Check the Guingamp held-out set, reading only the two jsonl files.

python3 check_guingamp.py             check the files beside this script
python3 check_guingamp.py --selftest  break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"V": 12.5, "V12": 12, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2,
        "BOL": 25}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
ZINC_KEYS = {"1/2": "H", "MAG": "M", "VRE": "V", "VRE12": "V12", "VRE15": "V15", "P25": "P25",
             "P50": "P50", "CP": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DEMI",
             "PINTE": "PINTE", "BOLEE": "BOL"}
SALLE_KEYS = {"Bt": "B", "1/2 Bt": "H", "Mag": "M", "Vre": "V", "Vre 12cl": "V12",
              "Vre 15cl": "V15", "Pichet 25": "P25", "Pichet 50": "P50", "Coupe": "CP",
              "Dose": "D", "Dose 2cl": "D2", "Demi": "DEMI", "Pinte": "PINTE", "Bolée": "BOL"}
EXPORT_KEYS = {"Verre": "V", "Verre 12cl": "V12", "Verre 15cl": "V15", "Pichet 25cl": "P25",
               "Pichet 50cl": "P50", "Coupe": "CP", "Dose 4cl": "D", "Dose 2cl": "D2",
               "Demi 25cl": "DEMI", "Pinte 50cl": "PINTE", "Bolee 25cl": "BOL", "": "X"}
EXPORT_FAMS = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES PRESSION",
               "BIERES BTL", "CIDRES", "APERITIFS", "SPIRITUEUX", "SOFTS", "BOISSONS CHAUDES",
               "CUISINE", "DIVERS"}


def size_cl(tok):
    """'33CL' / '1L' / '1,5L' / '37,5cl' -> cl, else None."""
    m = re.fullmatch(r"(\d+(?:,\d+)?)(CL|cl|L|l)", tok)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    v = v * 100 if m.group(2) in ("L", "l") else v
    return int(v) if v == int(v) else v


def parse(till, label):
    """-> (measure, size_cl or None, vintage or None, form_errors)"""
    errs = []
    if till == "zinc":
        if len(label) > 18:
            errs.append("zinc label over 18 columns")
        if not re.fullmatch(r"[A-Z0-9 ,./]+", label):
            errs.append("zinc label not ASCII capitals")
        toks = label.split()
        first = toks[0] if toks else ""
        meas, size = "B", None
        if first in ZINC_KEYS:
            meas = ZINC_KEYS[first]
        elif size_cl(first) is not None:
            meas, size = "BS", size_cl(first)
        m = re.search(r" (\d\d)$", label)
        return meas, size, (2000 + int(m.group(1)) if m else None), errs
    if till == "salle":
        if label.upper() == label:
            errs.append("salle label in capitals")
        m = re.search(r" \[([^\]]+)\]$", label)
        meas, size = "X", None
        if m:
            t = m.group(1)
            if t in SALLE_KEYS:
                meas = SALLE_KEYS[t]
            elif size_cl(t) is not None:
                meas, size = "BS", size_cl(t)
            else:
                errs.append("salle measure unknown: %r" % t)
        v = re.search(r" '(\d\d)(?: \[|$)", label)
        return meas, size, (2000 + int(v.group(1)) if v else None), errs
    if till == "export":
        p = label.split(";")
        if len(p) != 3:
            return "X", None, None, ["export label without three fields"]
        fam, prod, decl = p
        if fam not in EXPORT_FAMS:
            errs.append("export family unknown: %r" % fam)
        if not prod.isascii():
            errs.append("export product not ASCII")
        meas, size = "X", None
        if decl in EXPORT_KEYS:
            meas = EXPORT_KEYS[decl]
        elif size_cl(decl) is not None:
            meas, size = "BS", size_cl(decl)
        else:
            errs.append("export declinaison unknown: %r" % decl)
        if meas == "X" and fam not in ("CUISINE", "BOISSONS CHAUDES", "DIVERS", "SOFTS"):
            errs.append("export drink without declinaison")
        v = re.search(r" ((?:19|20)\d\d)$", prod)
        return meas, size, (int(v.group(1)) if v else None), errs
    return "X", None, None, ["unknown connection %r" % till]


def norm_tokens(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


def shares_stem(label, e):
    lt = norm_tokens(label)
    et = norm_tokens(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    for a in lt:
        for b in et:
            if any(c.isdigit() for c in a + b):
                if re.sub(r"\D", "", a) and re.sub(r"\D", "", a) == re.sub(r"\D", "", b):
                    return True
                continue
            if min(len(a), len(b)) < 3:
                continue
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            if n >= min(4, len(a), len(b)):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % n)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields out of order" % n)
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    byid, seen_ent = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "gi%03d" % n:
            errs.append("library id %r out of sequence at %d" % (e.get("id"), n))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("%s: bad colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATS:
            errs.append("%s: bad category %r" % (e.get("id"), e.get("category")))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            errs.append("%s: colour does not fit category" % e.get("id"))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: bad format" % e.get("id"))
        elif f >= 2000 and (e.get("category") != "bière" or f not in (2000, 3000)):
            errs.append("%s: keg format on a non-beer or odd keg" % e.get("id"))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"), f,
             e.get("vintage"))
        if k in seen_ent:
            errs.append("%s: duplicate entry" % e.get("id"))
        seen_ent.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def ordinary(e):
        fm = {x["format_cl"] for x in lib if wine(x) == wine(e) and x["format_cl"] < 2000}
        if 75 in fm:
            return 75
        return fm.pop() if len(fm) == 1 else None

    cases, labels = [], set()
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields out of order" % n)
            continue
        cases.append(c)
        L = c["label"]
        if L in labels:
            errs.append("duplicate label %r" % L)
        labels.add(L)
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%r: empty note" % L)
        meas, size, vin, ferr = parse(c["connection"], L)
        errs += ["%r: %s" % (L, x) for x in ferr]
        if c["vintage"] != vin:
            errs.append("%r: vintage %r, label says %r" % (L, c["vintage"], vin))
        x = c["expect"]
        if x == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with an answer" % L)
            continue
        if x not in ("yes", "almost"):
            errs.append("%r: bad expect %r" % (L, x))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%r: unknown beverage_id" % L)
            continue
        if meas == "X":
            errs.append("%r: answered but the label has no measure" % L)
            continue
        if not shares_stem(L, e):
            errs.append("%r: shares no word with %s" % (L, e["id"]))
        f = e["format_cl"]
        u = c["units_per_sale"]
        if meas in DRAUGHT:
            _want_f, want_u = (f if f >= 2000 else None), (round(DRAUGHT[meas] / f, 4))
            if f < 2000:
                errs.append("%r: draught measure on a bottle entry" % L)
        elif meas in POUR:
            if f != ordinary(e):
                errs.append("%r: pour not from the ordinary bottle" % L)
            want_u = round(POUR[meas] / f, 4)
        else:
            want = {"B": ordinary(e), "H": 37.5, "M": 150, "BS": size}[meas]
            if f != want:
                errs.append("%r: label means %r cl, entry is %r cl" % (L, want, f))
            want_u = 1
        if u != want_u or (isinstance(u, float) and round(u, 4) != u):
            errs.append("%r: units %r, printed measure gives %r" % (L, u, want_u))
        sib = [s for s in lib if wine(s) == wine(e) and s["format_cl"] == f]
        others = sorted(s["id"] for s in sib if s["id"] != e["id"])
        vs = [s["vintage"] for s in sib if s["vintage"] is not None]
        if x == "yes" and vin is not None and vs:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append("%r: also_ok %r, expected %r" % (L, c["also_ok"], others))
        if x == "yes":
            if vin is not None and vs and e["vintage"] != vin:
                errs.append("%r: yes on vintage %r, label %r" % (L, e["vintage"], vin))
            if vin is not None and vs and c["also_ok"]:
                errs.append("%r: yes with vintage but also_ok" % L)
            if vin is None and vs and e["vintage"] != max(vs):
                errs.append("%r: yes without vintage not the most recent" % L)
        else:
            if vin is None or vin in vs or not vs:
                errs.append("%r: almost but the vintage is held or absent" % L)
            else:
                best = min(vs, key=lambda v: (abs(v - vin), -v))
                if e["vintage"] != best:
                    errs.append("%r: almost on %r, nearest is %r" % (L, e["vintage"], best))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases, not 280-300" % n)
    if n:
        share = {k: sum(c["expect"] == k for c in cases) / n for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[k] <= hi:
                errs.append("%s share %.3f outside %.2f-%.2f" % (k, share[k], lo, hi))
    tills = {c["connection"] for c in cases}
    if len(tills) != 3:
        errs.append("%d connections, not 3" % len(tills))
    for t in tills:
        got = {c["expect"] for c in cases if c["connection"] == t}
        if got != {"yes", "almost", "none"}:
            errs.append("till %s lacks an answer kind" % t)
    return errs


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest():
    lib, cas = read("guingamp_library.jsonl"), read("guingamp_cases.jsonl")
    assert check(lib, cas) == [], "clean files do not pass"
    print("clean files pass")
    C = [json.loads(x) for x in cas]
    Lb = [json.loads(x) for x in lib]
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def with_case(i, fn):
        cc = copy.deepcopy(C)
        fn(cc[i])
        return lib, [D(c) for c in cc]

    def swap_fields(c):
        items = list(c.items())
        items[0], items[1] = items[1], items[0]
        c.clear()
        c.update(items)

    kro_btl = next(e["id"] for e in Lb if e["name"] == "Kronenbourg" and e["format_cl"] == 25)
    half = first(lambda c: c["label"].endswith("[1/2 Bt]") and c["expect"] == "yes"
                 and c["label"].startswith("Muscadet"))
    pep75 = next(e["id"] for e in Lb if e["name"] == "Clos des Briords" and e["format_cl"] == 75
                 and e["vintage"] == 2023)
    breaks = {
        "non-JSON case line": (lib, [*cas[:5], "{oops", *cas[5:]]),
        "case fields out of order": with_case(0, swap_fields),
        "library id gap": ([l.replace('"gi007"', '"gi070x"') for l in lib], cas),
        "bad colour": ([lib[0].replace('"blanc"', '"jaune"'), *lib[1:]], cas),
        "vintage not read back": with_case(first(lambda c: c["vintage"]),
                                           lambda c: c.update(vintage=None)),
        "almost not the nearest": with_case(
            first(lambda c: c["expect"] == "almost" and c["also_ok"]),
            lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]])),
        "also_ok dropped": with_case(first(lambda c: c["expect"] == "yes" and c["also_ok"]),
                                     lambda c: c.update(also_ok=[])),
        "glass units wrong": with_case(first(lambda c: c["label"].startswith("VRE ")
                                             and c["expect"] == "yes"),
                                       lambda c: c.update(units_per_sale=0.16)),
        "zinc label too long": with_case(first(lambda c: c["connection"] == "zinc"),
                                         lambda c: c.update(label=c["label"] + " EXTRA LONG X")),
        "salle label in capitals": with_case(first(lambda c: c["connection"] == "salle"),
                                             lambda c: c.update(label=c["label"].upper())),
        "export label missing a field": with_case(
            first(lambda c: c["connection"] == "export"),
            lambda c: c.update(label=c["label"].rsplit(";", 1)[0])),
        "none with an id": with_case(first(lambda c: c["expect"] == "none"),
                                     lambda c: c.update(beverage_id="gi001")),
        "duplicate label": (lib, [*cas, cas[0]]),
        "half answered with the 75 cl": with_case(half, lambda c: c.update(beverage_id=pep75)),
        "too few cases": (lib, cas[:200]),
        "draught on a bottle entry": with_case(first(lambda c: c["label"] == "DEMI KRO"),
                                               lambda c: c.update(beverage_id=kro_btl)),
        "library field order": ([D(dict(reversed(list(Lb[0].items())))), *lib[1:]], cas),
    }
    bad = 0
    for name, (l2, c2) in breaks.items():
        got = check(l2, c2)
        print("%-32s %s" % (name, ("reported: " + got[0]) if got else "NOT REPORTED"))
        bad += not got
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(read("guingamp_library.jsonl"), read("guingamp_cases.jsonl"))
    for e in errs:
        print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
