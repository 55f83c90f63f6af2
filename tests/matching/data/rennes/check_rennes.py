#!/usr/bin/env python3
"""Check the rennes set. Reads ONLY rennes_library.jsonl and rennes_cases.jsonl and
re-derives what it can from the labels. `--selftest` breaks copies on purpose."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FAMS = "RG|BL|RS|BU|CI|WH|DG|AP|PR|BT|SF|BC|CU|DV"
WINE_FAMS = {"RG", "BL", "RS", "BU"}
# measure words per till -> (kind, cl). kind: glass, draught, bottle, demi
M_CPT = {"VRE": ("glass", 12.5), "CP": ("glass", 12.5), "PICH50": ("carafe", 50),
         "PICH25": ("glass", 25), "DOSE": ("glass", 4), "MAG": ("bottle", 150),
         "1/2": ("bottle", 37.5), "DEMI": ("demi", 25), "PINTE": ("draught", 50),
         "BOLEE": ("draught", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
         "1L": ("bottle", 100), "75CL": ("bottle", 75)}
M_SAL = {"Verre": "VRE", "Coupe": "CP", "Pichet 50": "PICH50", "Pichet 25": "PICH25",
         "Dose": "DOSE", "Magnum": "MAG", "1/2": "1/2", "Demi": "DEMI", "Pinte": "PINTE",
         "Bolée": "BOLEE", "33cl": "33CL", "50cl": "50CL", "1L": "1L", "75cl": "75CL"}
M_TER = {"verre": "VRE", "coupe": "CP", "pichet50": "PICH50", "pichet25": "PICH25",
         "dose": "DOSE", "mag": "MAG", "37.5": "1/2", "demi": "DEMI", "pinte": "PINTE",
         "bolee": "BOLEE", "33cl": "33CL", "50cl": "50CL", "1l": "1L", "75cl": "75CL"}


def parse(till, label):
    """(measure word in CPT spelling or '', vintage or None, form errors)."""
    errs = []
    if till == "CPT":
        mo = re.match(r"^(%s)\*([A-Z0-9./&-]+)$" % FAMS, label)
        if not mo or len(label) > 20:
            return "", None, ["CPT form (FAM*, upper, dots, <=20): %r" % label]
        fam, body = mo.groups()
        first = body.split(".", 1)[0]
        meas = first if first in M_CPT and "." in body else ""
        mv = re.search(r"\.(\d\d)$", body)
        vint = 2000 + int(mv.group(1)) if mv and fam in WINE_FAMS else None
        return meas, vint, errs
    if till == "SAL":
        mo = re.match(r"^(.+) (\d+),(\d\d)$", label)
        if not mo or mo.group(3) not in ("00", "25", "50", "75") or "*" in label \
                or not re.search(r"[a-zé]", label):
            return "", None, ["SAL form (mixed case, price with a decimal comma): %r" % label]
        body = mo.group(1)
        meas = ""
        for w in sorted(M_SAL, key=len, reverse=True):
            if body.startswith(w + " "):
                meas = M_SAL[w]
                break
        mv = re.search(r" '(\d\d)$", body)
        vint = 2000 + int(mv.group(1)) if mv else None
        return meas, vint, errs
    if till == "TER":
        if not re.match(r"^[a-z0-9./-]+$", label) or len(label) > 24:
            return "", None, ["TER form (lower, hyphens, <=24): %r" % label]
        meas = ""
        if "/" in label and label.split("/", 1)[0] in M_TER:
            meas = M_TER[label.split("/", 1)[0]]
        mv = re.search(r"-((?:19|20)\d\d)$", label)
        vint = int(mv.group(1)) if mv else None
        return meas, vint, errs
    return "", None, ["unknown connection %r" % till]


def check(lib_lines, case_lines):
    errs = []
    lib, byid = [], {}
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(r)))
            continue
        if r["id"] != "rn%03d" % n:
            errs.append("library line %d: id %s out of sequence" % (n, r["id"]))
        if r["colour"] not in COLOURS or r["category"] not in CATS:
            errs.append("%s: colour/category %s/%s" % (r["id"], r["colour"], r["category"]))
        if (r["category"] in ("vin", "champagne")) != (r["colour"] is not None):
            errs.append("%s: colour must be set exactly for wines" % r["id"])
        if r["vintage"] is not None and not (isinstance(r["vintage"], int)
                                             and 1990 <= r["vintage"] <= 2025):
            errs.append("%s: vintage %r" % (r["id"], r["vintage"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errs.append("%s: format %r" % (r["id"], r["format_cl"]))
        if r["format_cl"] >= 2000 and r["category"] not in ("bière", "autre"):
            errs.append("%s: keg on a %s" % (r["id"], r["category"]))
        lib.append(r)
        byid[r["id"]] = r
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault((*wine(r), r["format_cl"]), []).append(r)
    formats = {}
    for r in lib:
        formats.setdefault(wine(r), set()).add(r["format_cl"])
    for k, g in groups.items():
        vs = [r["vintage"] for r in g]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("duplicate entries for %s" % (k,))

    cases, labels = [], Counter()
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: bad JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (n, list(c)))
            continue
        cases.append(c)
        labels[c["label"]] += 1
    for lab, k in labels.items():
        if k > 1:
            errs.append("label %r appears %d times" % (lab, k))

    count = Counter()
    for c in cases:
        lab, till, exp = c["label"], c["connection"], c["expect"]
        count[(till, exp)] += 1
        meas, vint, ferr = parse(till, lab)
        errs += ferr
        if c["vintage"] != vint:
            errs.append("%r: vintage %r, label reads %r" % (lab, c["vintage"], vint))
        if exp not in ("yes", "almost", "none"):
            errs.append("%r: expect %r" % (lab, exp))
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%r: empty note" % lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: a none has beverage_id/also_ok/units" % lab)
            continue
        b = byid.get(c["beverage_id"])
        if b is None:
            errs.append("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        g = groups[(*wine(b), b["format_cl"])]
        others = sorted(r["id"] for r in g if r["id"] != b["id"])
        gv = [r["vintage"] for r in g]
        if any(i not in byid for i in c["also_ok"]) or c["also_ok"] != sorted(c["also_ok"]):
            errs.append("%r: also_ok ids unknown or unsorted" % lab)
        if exp == "yes":
            if vint is not None and None not in gv:
                if b["vintage"] != vint or c["also_ok"]:
                    errs.append("%r: yes with vintage %s -> %s %s" % (lab, vint, b["vintage"], c["also_ok"]))
            else:
                if b["vintage"] != max(gv, key=lambda v: v or 0):
                    errs.append("%r: yes without vintage must be the most recent" % lab)
                if c["also_ok"] != others:
                    errs.append("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
        else:
            if vint is None or None in gv or vint in gv:
                errs.append("%r: almost needs a label vintage not held" % lab)
            else:
                best = min(gv, key=lambda v: (abs(v - vint), -v))
                if b["vintage"] != best:
                    errs.append("%r: almost -> %s, nearest is %s" % (lab, b["vintage"], best))
                if c["also_ok"] != others:
                    errs.append("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
        # format and units from the printed measure
        fmts = formats[wine(b)]
        bottles = [f for f in fmts if f < 2000]
        ordinary = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        is_wine = b["category"] in ("vin", "champagne")
        kind, vol = M_CPT.get(meas, ("bottle", None))
        if kind == "demi":
            kind, vol = ("bottle", 37.5) if is_wine else ("draught", 25)
        if kind == "carafe":
            kind = "draught" if (b["category"] == "autre" and b["format_cl"] >= 2000) else "glass"
        f, u = b["format_cl"], c["units_per_sale"]
        if meas == "":
            want_f, want_u = ordinary, 1
        elif kind == "bottle":
            want_f, want_u = vol, 1
        elif kind == "glass":
            want_f, want_u = ordinary, round(vol / ordinary, 4) if ordinary else None
        else:  # draught
            kegs = [x for x in fmts if x >= 2000]
            src = kegs[0] if kegs else (ordinary if b["category"] == "autre" else None)
            want_f, want_u = src, round(vol / src, 4) if src else None
        if f != want_f:
            errs.append("%r: format %s, the label's measure gives %s" % (lab, f, want_f))
        if u != want_u:
            errs.append("%r: units %r, the label's measure gives %r" % (lab, u, want_u))
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("%d cases (280-300)" % total)
    tot = Counter(c["expect"] for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        pct = 100.0 * tot[e] / max(total, 1)
        if not lo <= pct <= hi:
            errs.append("%s is %.1f %% (%d-%d)" % (e, pct, lo, hi))
    for t in ("CPT", "SAL", "TER"):
        for e in ("yes", "almost", "none"):
            if count[(t, e)] == 0:
                errs.append("till %s has no %s" % (t, e))
    return errs, count, total


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest(lib, cases):
    errs, _, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")

    def first(pred):
        return next(i for i, l in enumerate(cases) if pred(json.loads(l)))

    def edit(i, **kw):
        c = json.loads(cases[i])
        c.update(kw)
        out = list(cases)
        out[i] = json.dumps(c, ensure_ascii=False)
        return out
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"])
    yn = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    al = first(lambda c: c["expect"] == "almost")
    no = first(lambda c: c["expect"] == "none")
    gl = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    cpt = first(lambda c: c["connection"] == "CPT")
    ter = first(lambda c: c["connection"] == "TER")
    sal = first(lambda c: c["connection"] == "SAL")
    half = first(lambda c: c["label"].startswith("RG*1/2."))
    lib_swap = json.loads(lib[3])
    lib_swap = json.dumps(dict(sorted(lib_swap.items())), ensure_ascii=False)
    breaks = [
        ("bad JSON", lib, [*cases[:5], "{oops", *cases[6:]]),
        ("library field order", [*lib[:3], lib_swap, *lib[4:]], cases),
        ("id out of sequence", [lib[1], lib[0], *lib[2:]], cases),
        ("unknown colour", [lib[0].replace('"rouge"', '"rouge foncé"'), *lib[1:]], cases),
        ("vintage not on label", lib, edit(yv, vintage=2011)),
        ("yes with vintage has also_ok", lib, edit(yv, also_ok=["rn001"])),
        ("yes without vintage misses also_ok", lib, edit(yn, also_ok=[])),
        ("almost not the nearest", lib, edit(al, beverage_id=json.loads(cases[al])["also_ok"][0])
         if json.loads(cases[al])["also_ok"] else edit(al, beverage_id="rn001")),
        ("none with a drink", lib, edit(no, beverage_id="rn001")),
        ("wrong units", lib, edit(gl, units_per_sale=1)),
        ("half bottle on the 75 cl", lib, edit(half, beverage_id="rn010")),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("CPT too long / lower case", lib, edit(cpt, label=json.loads(cases[cpt])["label"].lower() + "xxxxxxxxxxxx")),
        ("TER in capitals", lib, edit(ter, label=json.loads(cases[ter])["label"].upper())),
        ("SAL price without decimal comma", lib, edit(sal, label=json.loads(cases[sal])["label"].replace(",", "."))),
        ("counts out of range", lib, cases[:150]),
        ("unknown expect", lib, edit(no, expect="maybe")),
        ("unknown beverage id", lib, edit(yv, beverage_id="rn999")),
    ]
    bad = 0
    for name, l2, c2 in breaks:
        e, _, _ = check(l2, c2)
        print("%-40s %s  (%s)" % (name, "reported" if e else "MISSED", e[0][:70] if e else ""))
        bad += not e
    print("%d breaks, %d missed" % (len(breaks), bad))
    return bad == 0


def main():
    lib, cases = read("rennes_library.jsonl"), read("rennes_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs, count, total = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), total))
    for t in ("CPT", "SAL", "TER"):
        print(t, " ".join("%s %d" % (e, count[(t, e)]) for e in ("yes", "almost", "none")))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
