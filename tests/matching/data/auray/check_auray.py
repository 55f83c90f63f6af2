#!/usr/bin/env python3
"""Check the Auray held-out set.  Reads ONLY auray_library.jsonl and auray_cases.jsonl.

python3 check_auray.py             validate, print counts, exit 1 on any problem
python3 check_auray.py --selftest  break copies in many ways; each must be reported
"""
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "gestion")

# measure -> ("half"|"mag"|"size"|"bottle"|"pour"|"draught"|"none", volume)
CAISSE_MEAS = {"VRE": ("pour", 12.5), "VRE15": ("pour", 15), "6CL": ("pour", 6),
               "CPE": ("pour", 12.5), "CAR25": ("pour", 25), "CAR50": ("pour", 50),
               "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("draught", 25),
               "PINTE": ("draught", 50), "1/2": ("half", 37.5), "MAG": ("mag", 150),
               "33CL": ("size", 33), "25CL": ("size", 25), "50CL": ("size", 50),
               "75CL": ("size", 75), "1L": ("size", 100)}
SALLE_FAMS = {"BLC", "RGE", "RSE", "BUL", "BIE", "CID", "ALC", "APE", "SOF", "CHD", "CUI", "DIV"}
SALLE_MEAS = {"Bouteille": ("bottle", None), "Demi-bouteille": ("half", 37.5),
              "Magnum": ("mag", 150), "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15),
              "6cl": ("pour", 6), "Coupe": ("pour", 12.5), "Carafe 25cl": ("pour", 25),
              "Carafe 50cl": ("pour", 50), "4cl": ("pour", 4), "2cl": ("pour", 2),
              "Demi": ("draught", 25), "Pinte": ("draught", 50)}
GESTION_FAMS = {"VINS BLANCS": "1", "VINS ROUGES": "2", "VINS ROSÉS": "3",
                "CHAMPAGNES ET BULLES": "4", "BIÈRES": "5", "CIDRES": "6", "ALCOOLS": "7",
                "APÉRITIFS": "7", "SOFTS": "8", "BOISSONS CHAUDES": "8", "CUISINE": "9",
                "DIVERS": "9"}
GESTION_MEAS = {"VERRE": ("pour", 12.5), "VERRE 15CL": ("pour", 15), "VERRE 6CL": ("pour", 6),
                "COUPE": ("pour", 12.5), "PICHET 25CL": ("pour", 25),
                "PICHET 50CL": ("pour", 50), "DOSE 4CL": ("pour", 4), "DOSE 2CL": ("pour", 2),
                "DEMI 25CL": ("draught", 25), "PINTE 50CL": ("draught", 50),
                "1/2 BOUT 37,5CL": ("half", 37.5), "MAGNUM 150CL": ("mag", 150),
                "UNITE": ("none", None)}
VINTAGE4 = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?![\d,.])")
PRICE = re.compile(r"\d{1,3},\d\d")


def num(s):
    s = s.replace(",", ".")
    return float(s) if "." in s else int(s)


def parse_label(till, label):
    """Return (errors, vintage, (kind, volume)) read from the label alone."""
    errs = []
    if till == "caisse":
        m = re.fullmatch(r"(.{16}) ([ \d]{2}\d,\d\d)", label)
        if not m:
            return [f"caisse form (16 columns, space, price): {label!r}"], None, ("?", None)
        key = m.group(1).rstrip()
        if not key or not re.fullmatch(r"[A-Z0-9 /'.!-]+", key):
            errs.append(f"caisse key not ASCII capitals: {label!r}")
        toks = key.split()
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        meas = CAISSE_MEAS.get(toks[0], ("bottle", None)) if toks else ("?", None)
        return errs, vint, meas
    if till == "salle":
        m = re.fullmatch(r"([A-Z]{3})/ (.+?)(?: - ([^-].*))?", label)
        if not m or m.group(1) not in SALLE_FAMS:
            return [f"salle form (FAM/ text - measure): {label!r}"], None, ("?", None)
        text, mw = m.group(2), m.group(3)
        if not re.search(r"[a-zà-ÿ]", text):
            errs.append(f"salle text not in mixed case: {label!r}")
        found = VINTAGE4.findall(text)
        if len(found) > 1:
            errs.append(f"two vintages: {label!r}")
        vint = int(found[0]) if found else None
        if mw is None:
            meas = ("bottle", None)
        elif mw in SALLE_MEAS:
            meas = SALLE_MEAS[mw]
        elif re.fullmatch(r"\d+(,\d)?cl", mw):
            meas = ("size", num(mw[:-2]))
        else:
            errs.append(f"salle measure unknown: {label!r}")
            meas = ("?", None)
        return errs, vint, meas
    if till == "gestion":
        parts = label.split(";")
        if len(parts) != 5:
            return [f"gestion form (5 fields): {label!r}"], None, ("?", None)
        ref, fam, lib, cond, pu = parts
        if fam not in GESTION_FAMS or not re.fullmatch(r"\d{5}", ref) \
                or ref[0] != GESTION_FAMS[fam]:
            errs.append(f"gestion reference / family: {label!r}")
        if lib != lib.upper() or not lib:
            errs.append(f"gestion designation not in capitals: {label!r}")
        if not PRICE.fullmatch(pu):
            errs.append(f"gestion price: {label!r}")
        found = VINTAGE4.findall(lib)
        vint = int(found[0]) if found else None
        if cond in GESTION_MEAS:
            meas = GESTION_MEAS[cond]
        elif re.fullmatch(r"BOUT \d+(,\d)?CL", cond):
            meas = ("size", num(cond[5:-2]))
        else:
            errs.append(f"gestion packing unknown: {label!r}")
            meas = ("?", None)
        return errs, vint, meas
    return [f"unknown connection {till!r}"], None, ("?", None)


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append(f"library line {i}: bad JSON")
            continue
        if list(r) != LIB_FIELDS:
            errs.append(f"library line {i}: field order {list(r)}")
            continue
        lib.append(r)
    if not 110 <= len(lib_lines) <= 130:
        errs.append(f"library size {len(lib_lines)} not in 110-130")
    byid = {}
    seen_keys = set()
    for n, r in enumerate(lib, 1):
        if r["id"] != f"AUR{n:03d}":
            errs.append(f"id {r['id']} out of sequence (expected AUR{n:03d})")
        byid[r["id"]] = r
        if r["category"] not in CATEGORIES:
            errs.append(f"{r['id']}: category {r['category']!r}")
        winey = r["category"] in ("vin", "champagne")
        if winey and r["colour"] not in COLOURS:
            errs.append(f"{r['id']}: wine colour {r['colour']!r}")
        if not winey and r["colour"] is not None:
            errs.append(f"{r['id']}: colour on a non-wine")
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errs.append(f"{r['id']}: format {r['format_cl']!r}")
        elif r["format_cl"] >= 1000 and r["category"] != "bière":
            errs.append(f"{r['id']}: keg on a non-beer")
        if r["vintage"] is not None and not (isinstance(r["vintage"], int)
                                             and 1950 <= r["vintage"] <= 2030):
            errs.append(f"{r['id']}: vintage {r['vintage']!r}")
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"],
             r["vintage"])
        if k in seen_keys:
            errs.append(f"{r['id']}: duplicate entry")
        seen_keys.add(k)

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])
    group = defaultdict(list)             # (wine, format) -> entries
    formats = defaultdict(set)            # wine -> formats
    for r in lib:
        group[(wine(r), r["format_cl"])].append(r)
        formats[wine(r)].add(r["format_cl"])

    def ordinary(w):
        bf = sorted(f for f in formats[w] if f < 1000)
        return 75 if 75 in bf else (bf[0] if len(bf) == 1 else None)

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append(f"case line {i}: bad JSON")
            continue
        if list(c) != CASE_FIELDS:
            errs.append(f"case line {i}: field order {list(c)}")
            continue
        cases.append(c)
    if not 280 <= len(case_lines) <= 300:
        errs.append(f"{len(case_lines)} cases, not in 280-300")
    labels = Counter(c["label"] for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append(f"duplicate label {lab!r}")

    for c in cases:
        lab, exp, till = c["label"], c["expect"], c["connection"]
        pe, vint, (kind, vol) = parse_label(till, lab)
        errs += pe
        if c["vintage"] != vint:
            errs.append(f"vintage {c['vintage']} but label says {vint}: {lab!r}")
        if exp not in ("yes", "almost", "none"):
            errs.append(f"expect {exp!r}: {lab!r}")
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"none with an answer: {lab!r}")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"unknown beverage_id {c['beverage_id']!r}: {lab!r}")
            continue
        w, f = wine(e), e["format_cl"]
        # the format the label means
        if kind == "half":
            ok = f == 37.5
        elif kind == "mag":
            ok = f == 150
        elif kind == "size":
            ok = f == vol
        elif kind == "bottle":
            ok = f == ordinary(w) if e["category"] in ("vin", "champagne") or 75 in formats[w] \
                else f < 1000 and len([x for x in formats[w] if x < 1000]) == 1
        elif kind == "pour":
            ok = f == ordinary(w) and f < 1000
        elif kind == "draught":
            ok = f >= 1000 and e["category"] == "bière"
        else:
            ok = False
        if not ok:
            errs.append(f"entry {e['id']} ({f} cl) is not the format the label means "
                        f"({kind} {vol}): {lab!r}")
        want_units = 1 if kind in ("half", "mag", "size", "bottle") else \
            round(vol / f, 4) if vol else None
        if c["units_per_sale"] != want_units:
            errs.append(f"units {c['units_per_sale']} (expected {want_units}): {lab!r}")
        sib = group[(w, f)]
        vs = sorted(x["vintage"] for x in sib if x["vintage"] is not None)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        if sorted(c["also_ok"]) != others and not (exp == "yes" and vint is not None):
            errs.append(f"also_ok {c['also_ok']} (expected {others}): {lab!r}")
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    errs.append(f"yes with vintage {vint} on entry {e['vintage']}: {lab!r}")
                if c["also_ok"]:
                    errs.append(f"yes with vintage and also_ok: {lab!r}")
            elif vs and e["vintage"] != max(vs):
                errs.append(f"yes without vintage not the most recent: {lab!r}")
        else:
            if vint is None or not vs or vint in vs:
                errs.append(f"almost without a missing vintage: {lab!r}")
            else:
                best = min(vs, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(f"almost not the nearest ({best}): {lab!r}")

    # proportions and tills
    n = len(cases) or 1
    cnt = Counter(c["expect"] for c in cases)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * cnt[exp] / n <= hi:
            errs.append(f"{exp}: {100 * cnt[exp] / n:.1f} % not in {lo}-{hi} %")
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not any(c["connection"] == t and c["expect"] == exp for c in cases):
                errs.append(f"till {t} has no {exp}")
    return errs, cases


def report(cases):
    print(f"{'till':8} {'yes':>4} {'almost':>6} {'none':>5} {'total':>5}")
    for t in (*TILLS, "total"):
        cs = [c for c in cases if t in ("total", c["connection"])]
        k = Counter(c["expect"] for c in cs)
        print(f"{t:8} {k['yes']:4} {k['almost']:6} {k['none']:5} {len(cs):5}")


def selftest(lib_lines, case_lines):
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def br_case(i, **kw):
        cc = copy.deepcopy(C)
        cc[i].update(kw)
        return dumps(L), dumps(cc)

    breaks = []
    breaks.append(("bad JSON", lib_lines, [*case_lines[:5], "{oops", *case_lines[6:]]))
    cc = copy.deepcopy(C)
    c0 = cc[0]
    cc[0] = {k: c0[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    breaks.append(("field order", lib_lines, dumps(cc)))
    ll = copy.deepcopy(L)
    ll[10]["id"] = "AUR999"
    breaks.append(("id out of sequence", dumps(ll), case_lines))
    ll = copy.deepcopy(L)
    j = next(i for i, r in enumerate(ll) if r["category"] == "spiritueux")
    ll[j]["colour"] = "blanc"
    breaks.append(("colour on a spirit", dumps(ll), case_lines))
    ll = copy.deepcopy(L)
    ll[0]["colour"] = "white"
    breaks.append(("unknown colour", dumps(ll), case_lines))
    i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    breaks.append(("vintage not on the label", *br_case(i, vintage=C[i]["vintage"] - 1)))
    i = first(lambda c: c["also_ok"] and c["expect"] == "almost")
    breaks.append(("also_ok dropped", *br_case(i, also_ok=[])))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost not the nearest", *br_case(i, beverage_id=C[i]["also_ok"][0],
                                                       also_ok=[C[i]["beverage_id"]])))
    i = first(lambda c: isinstance(c["units_per_sale"], float))
    breaks.append(("wrong units", *br_case(i, units_per_sale=0.2)))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", *br_case(i, beverage_id="AUR001")))
    cc = copy.deepcopy(C)
    cc[3]["label"] = cc[2]["label"]
    breaks.append(("duplicate label", dumps(L), dumps(cc)))
    i = first(lambda c: c["connection"] == "caisse")
    breaks.append(("caisse over 16 columns",
                   *br_case(i, label=C[i]["label"][:16] + "XYZ" + C[i]["label"][16:])))
    i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "none")
    breaks.append(("caisse in lower case", *br_case(i, label=C[i]["label"].lower())))
    i = first(lambda c: c["connection"] == "salle")
    breaks.append(("salle without family", *br_case(i, label=C[i]["label"][5:])))
    i = first(lambda c: c["connection"] == "gestion")
    lab = C[i]["label"]
    breaks.append(("gestion reference of another family",
                   *br_case(i, label=("9" if lab[0] != "9" else "1") + lab[1:])))
    i = first(lambda c: c["connection"] == "gestion" and "BOUT 75CL" in c["label"]
              and c["expect"] == "yes")
    breaks.append(("half bottle label on a 75 cl entry",
                   *br_case(i, label=C[i]["label"].replace("BOUT 75CL", "1/2 BOUT 37,5CL"))))
    i = first(lambda c: c["label"].startswith("DEMI ") and c["expect"] == "yes")
    bottle = next(r["id"] for r in L if r["category"] == "bière" and r["format_cl"] == 33)
    breaks.append(("draught on a bottle entry", *br_case(i, beverage_id=bottle)))
    breaks.append(("counts out of range", lib_lines,
                   [x for x in case_lines if json.loads(x)["expect"] != "none"]))
    i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes"
              and " - Bouteille" in c["label"])
    breaks.append(("salle unknown measure",
                   *br_case(i, label=C[i]["label"].replace(" - Bouteille", " - Fillette"))))

    bad = 0
    clean, _ = check(lib_lines, case_lines)
    print(f"clean files: {'pass' if not clean else 'FAIL ' + str(clean[:3])}")
    for name, ll_, cc_ in breaks:
        e, _ = check(ll_, cc_)
        print(f"{'reported' if e else 'MISSED':8} {name}: {e[0] if e else ''}"[:150])
        bad += not e
    print(f"{len(breaks)} kinds of break, {len(breaks) - bad} reported")
    return not clean and not bad


def main():
    lib_lines = load(os.path.join(HERE, "auray_library.jsonl"))
    case_lines = load(os.path.join(HERE, "auray_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, cases = check(lib_lines, case_lines)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib_lines)} drinks, {len(case_lines)} cases, {len(errs)} problems")
    report(cases)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
