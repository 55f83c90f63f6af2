#!/usr/bin/env python3
"""Check vesoul_library.jsonl and vesoul_cases.jsonl on their own (stdlib only).

Reads only the two files; re-derives from each label its till's form, measure and vintage,
and checks the answer, also_ok, units and counts against the bench README's rules.
`--selftest` breaks copies on purpose and shows that every break is reported.
"""
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("reprise", "kds", "fidelite")
POURS = {"v": 12.5, "v15": 15, "p25": 25, "p50": 50, "dose": 4, "demi": 25, "pinte": 50}
BOTTLES = {"bt": 75, "half": 37.5, "mag": 150, "clav": 62}
REPRISE_FAM = {"vins rouges": ({"rouge"}, {"vin"}), "vins blancs": ({"blanc"}, {"vin"}),
               "vins roses": ({"rosé"}, {"vin"}), "vins doux": ({"liquoreux"}, {"vin"}),
               "bulles": ({"effervescent", "rosé"}, {"vin", "champagne"}),
               "aperitifs": ({None}, {"autre"}), "digestifs": ({None}, {"spiritueux"}),
               "pression": ({None}, {"bière"}), "bieres btl": ({None}, {"bière"}),
               "softs": ({None}, {"soft"}), "cuisine": (set(), set()),
               "divers": (set(), set()), "boissons chaudes": (set(), set())}
REPRISE_PRE = [("1/2 ", "half"), ("MAG ", "mag"), ("CLAV ", "clav"), ("V15/", "v15"),
               ("V/", "v"), ("C25/", "p25"), ("C50/", "p50"), ("D/", "dose"),
               ("DEMI ", "demi"), ("PINTE ", "pinte")]
KDS_COURSES = {"APERO", "ENTREE", "PLAT", "FROMAGE", "DESSERT", "DIGEST", "BAR"}
KDS_MEAS = {"1/2 btl": "half", "magnum": "mag", "clavelin": "clav", "verre": "v",
            "verre 15cl": "v15", "pichet 25": "p25", "pichet 50": "p50", "dose": "dose",
            "demi": "demi", "pinte": "pinte"}
FID_MEAS = {"bouteille 75 cl": "bt", "demi-bouteille 37,5 cl": "half",
            "magnum 150 cl": "mag", "clavelin 62 cl": "clav", "verre": "v",
            "verre 15 cl": "v15", "pichet 25 cl": "p25", "pichet 50 cl": "p50",
            "dose": "dose", "demi 25 cl": "demi", "pinte 50 cl": "pinte", "unité": ""}


def parse(label, till, err):
    """(measure, vintage, extra) read from the label as its till prints it."""
    if till == "reprise":
        m = re.fullmatch(r"(\d{4}) ([A-Z0-9 /%.]{1,18}) \(([a-z ]+)\)", label)
        if not m or m.group(2) != m.group(2).strip():
            err("reprise form"); return None
        if m.group(3) not in REPRISE_FAM:
            err("reprise family %r" % m.group(3)); return None
        body, measure = m.group(2), ""
        for pre, code in REPRISE_PRE:
            if body.startswith(pre):
                measure = code
                break
        d = re.match(r"D(\d)/", body)
        if d:
            measure = "d" + d.group(1)
        c = re.search(r" (\d+)CL$", body)
        if c:
            measure = "c" + c.group(1)
        v = re.search(r" (\d\d)$", body)
        vintage = 2000 + int(v.group(1)) if v else None
        if vintage and vintage > 2030:
            vintage -= 100
        return measure, vintage, m.group(3)
    if till == "kds":
        m = re.fullmatch(r"#(\d{3}) ([A-Z]+) \| (.+)", label)
        if not m or m.group(2) not in KDS_COURSES:
            err("kds form"); return None
        parts = m.group(3).split(" + ")
        name = parts[0]
        v = re.search(r" ((?:19|20)\d\d)$", name)
        short = name[:v.start()] if v else name
        if len(short) > 22 or not re.fullmatch(r"[a-z0-9 ]+", short):
            err("kds short name %r" % short)
        measure = ""
        for mod in parts[1:]:
            if mod in KDS_MEAS:
                measure = KDS_MEAS[mod]
            elif re.fullmatch(r"\d+cl", mod):
                measure = ("c" if int(mod[:-2]) >= 20 else "d") + mod[:-2]
        return measure, int(v.group(1)) if v else None, None
    m = re.fullmatch(r"(Offert fidélité : )?(.+) · (.+) · (\+(\d+) pts|0 pt)", label)
    if not m or bool(m.group(1)) != (m.group(4) == "0 pt"):
        err("fidelite form"); return None
    meas = m.group(3)
    if meas in FID_MEAS:
        measure = FID_MEAS[meas]
    else:
        c = re.fullmatch(r"(\d+(?:,\d)?) cl", meas)
        if not c:
            err("fidelite size %r" % meas); return None
        n = c.group(1).replace(",", ".")
        measure = ("c" if float(n) >= 20 else "d") + n
    v = re.search(r" ((?:19|20)\d\d)$", m.group(2))
    return measure, int(v.group(1)) if v else None, None


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check(lib_lines, case_lines):
    errors = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        def err(msg, i=i):
            errors.append("library line %d: %s" % (i, msg))
        try:
            r = json.loads(line)
        except ValueError:
            err("not JSON"); continue
        if list(r) != LIB_FIELDS:
            err("field order %s" % list(r)); continue
        if r["id"] != "vs%03d" % i:
            err("id %s out of sequence" % r["id"])
        if r["category"] not in CATS:
            err("category %r" % r["category"])
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            err("colour %r for %s" % (r["colour"], r["category"]))
        if r["vintage"] is not None and (not isinstance(r["vintage"], int)
                                         or not 1900 < r["vintage"] < 2030):
            err("vintage %r" % r["vintage"])
        if not num(r["format_cl"]) or r["format_cl"] <= 0:
            err("format %r" % r["format_cl"])
        elif r["category"] == "bière" and r["format_cl"] > 100 and \
                r["format_cl"] not in (2000, 3000):
            err("keg %r" % r["format_cl"])
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        errors.append("library holds %d drinks" % len(lib))
    byid = {r["id"]: r for r in lib}
    def wkey(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])
    seen = set()
    for r in lib:
        k = (*wkey(r), r["format_cl"], r["vintage"])
        if k in seen:
            errors.append("library duplicate %s" % r["id"])
        seen.add(k)

    labels = set()
    for i, line in enumerate(case_lines, 1):
        def err(msg, i=i):
            errors.append("case line %d: %s" % (i, msg))
        try:
            c = json.loads(line)
        except ValueError:
            err("not JSON"); continue
        if list(c) != CASE_FIELDS:
            err("field order %s" % list(c)); continue
        cases.append(c)
        if c["label"] in labels:
            err("duplicate label")
        labels.add(c["label"])
        if c["connection"] not in TILLS:
            err("connection %r" % c["connection"]); continue
        if not c["note"]:
            err("empty note")
        p = parse(c["label"], c["connection"], err)
        if p is None:
            continue
        measure, vintage, fam = p
        if c["vintage"] != vintage:
            err("vintage %r, label reads %r" % (c["vintage"], vintage))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err("none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            err("expect %r" % c["expect"]); continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err("unknown beverage_id %r" % c["beverage_id"]); continue
        if fam is not None:
            cols, cats = REPRISE_FAM[fam]
            if e["colour"] not in cols or e["category"] not in cats:
                err("family %s for %s %s" % (fam, e["colour"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        same = [r for r in lib if wkey(r) == wkey(e)]
        fmts = sorted({r["format_cl"] for r in same})
        vol = POURS.get(measure)
        if vol is None and measure[:1] == "d":
            vol = float(measure[1:])
        if measure in ("demi", "pinte") and e["category"] == "bière":
            want = e["format_cl"] if e["format_cl"] >= 2000 else None
        elif vol is not None:
            want = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        elif measure in BOTTLES:
            want = BOTTLES[measure]
        elif measure[:1] == "c":
            want = float(measure[1:])
        else:
            want = 75 if wine else (fmts[0] if len(fmts) == 1 else None)
        if want != e["format_cl"]:
            err("format %s cl, label asks %s" % (e["format_cl"], want))
        units = 1 if vol is None else round(vol / e["format_cl"], 4)
        if not num(c["units_per_sale"]) or c["units_per_sale"] != units or \
                round(c["units_per_sale"], 4) != c["units_per_sale"]:
            err("units %r, want %r" % (c["units_per_sale"], units))
        sib = [r for r in same if r["format_cl"] == e["format_cl"]]
        vs = [r["vintage"] for r in sib]
        others = sorted(r["id"] for r in sib if r["id"] != e["id"])
        want_ok = [] if c["expect"] == "yes" and vintage is not None else others
        if sorted(c["also_ok"]) != want_ok or len(set(c["also_ok"])) != len(c["also_ok"]):
            err("also_ok %s, want %s" % (c["also_ok"], want_ok))
        if c["expect"] == "yes":
            if vintage is not None and e["vintage"] != vintage:
                err("yes on vintage %r for label %r" % (e["vintage"], vintage))
            if vintage is not None and c["also_ok"]:
                err("yes with a vintage has also_ok")
            if vintage is None and None not in vs and e["vintage"] != max(vs):
                err("yes without vintage not the most recent")
        else:
            if vintage is None or vintage in vs or None in vs:
                err("almost without a missing vintage")
            else:
                best = min(vs, key=lambda v: (abs(v - vintage), -v))
                if e["vintage"] != best:
                    err("almost on %s, nearest is %s" % (e["vintage"], best))
    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases" % n)
    share = {x: sum(c["expect"] == x for c in cases) / max(n, 1) for x in
             ("yes", "almost", "none")}
    for x, (lo, hi) in {"yes": (.45, .52), "almost": (.12, .17), "none": (.33, .40)}.items():
        if not lo <= share[x] <= hi:
            errors.append("%s share %.3f" % (x, share[x]))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not any(c["connection"] == t and c["expect"] == x for c in cases):
                errors.append("till %s has no %s" % (t, x))
    return errors, cases


def counts(cases):
    out = ["till      yes almost none total"]
    for t in (*TILLS, "all"):
        cs = [c for c in cases if t in ("all", c["connection"])]
        k = [sum(c["expect"] == x for c in cs) for x in ("yes", "almost", "none")]
        out.append("%-9s %3d %6d %4d %5d" % (t, k[0], k[1], k[2], len(cs)))
    return "\n".join(out)


def selftest(lib_lines, case_lines):
    def edit_case(pred, fn):
        cl = list(case_lines)
        for i, l in enumerate(cl):
            c = json.loads(l)
            if pred(c):
                fn(c)
                cl[i] = json.dumps(c, ensure_ascii=False)
                return lib_lines, cl
        raise AssertionError("no case to break")

    def edit_lib(i, fn):
        ll = list(lib_lines)
        r = json.loads(ll[i])
        fn(r)
        ll[i] = json.dumps(r, ensure_ascii=False)
        return ll, case_lines

    def yes_v(c):
        return c["expect"] == "yes" and c["vintage"] is not None
    def yes_nv(c):
        return c["expect"] == "yes" and c["vintage"] is None and c["also_ok"]
    def alm(c):
        return c["expect"] == "almost"
    def pour(c):
        return c["expect"] == "yes" and c["units_per_sale"] != 1
    breaks = {
        "not JSON": (lib_lines, [*case_lines[:5], "{oops", *case_lines[6:]]),
        "case field order": edit_case(lambda c: True, lambda c: c.update(
            {"note": c.pop("note")})),
        "library id sequence": edit_lib(3, lambda r: r.update(id="vs099")),
        "colour on a spirit": edit_lib(len(lib_lines) - 1, lambda r: r.update(colour="blanc")),
        "unknown category": edit_lib(0, lambda r: r.update(category="wine")),
        "wrong vintage field": edit_case(yes_v, lambda c: c.update(vintage=c["vintage"] - 1)),
        "yes to another vintage": edit_case(
            lambda c: yes_v(c) and c["also_ok"] == [] and c["connection"] == "kds"
            and c["beverage_id"] == "vs021", lambda c: c.update(beverage_id="vs022")),
        "also_ok dropped": edit_case(yes_nv, lambda c: c.update(also_ok=[])),
        "almost not nearest": edit_case(lambda c: alm(c) and c["also_ok"],
                                        lambda c: c.update(beverage_id=c["also_ok"][0])),
        "units wrong": edit_case(pour, lambda c: c.update(
            units_per_sale=round(c["units_per_sale"] * 2, 4))),
        "units not rounded": edit_case(pour, lambda c: c.update(
            units_per_sale=c["units_per_sale"] + 0.00001)),
        "none with an id": edit_case(lambda c: c["expect"] == "none",
                                     lambda c: c.update(beverage_id="vs001")),
        "duplicate label": (lib_lines, [*case_lines, case_lines[0]]),
        "bad connection": edit_case(lambda c: True, lambda c: c.update(connection="bar")),
        "reprise too wide": edit_case(lambda c: c["connection"] == "reprise",
                                      lambda c: c.update(label=c["label"].replace(
                                          " (", "XXXXXXXXXXXXXXXXXX (", 1))),
        "fidelite reward with points": edit_case(
            lambda c: c["label"].startswith("Offert"),
            lambda c: c.update(label=c["label"].replace("0 pt", "+3 pts"))),
        "half bottle on the 75": edit_case(
            lambda c: "demi-bouteille" in c["label"] and c["expect"] == "yes",
            lambda c: c.update(label=c["label"].replace("demi-bouteille 37,5 cl",
                                                        "bouteille 75 cl"))),
        "wrong family": edit_case(lambda c: "(vins rouges)" in c["label"]
                                  and c["expect"] == "yes",
                                  lambda c: c.update(label=c["label"].replace(
                                      "(vins rouges)", "(vins blancs)"))),
        "counts off": (lib_lines, [l for l in case_lines
                                   if json.loads(l)["expect"] != "almost"]),
        "library too small": (lib_lines[:100], case_lines),
    }
    ok = True
    base, _ = check(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not base else "FAIL %s" % base[:3]))
    ok &= not base
    for name, (ll, cl) in breaks.items():
        errs, _ = check(ll, cl)
        errs = [e for e in errs if e not in base]
        print("%-28s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest", "passed" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


def main():
    lib_lines = open(os.path.join(HERE, "vesoul_library.jsonl"), encoding="utf-8").read().splitlines()
    case_lines = open(os.path.join(HERE, "vesoul_cases.jsonl"), encoding="utf-8").read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errors, cases = check(lib_lines, case_lines)
    for e in errors:
        print(e)
    print(counts(cases))
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
