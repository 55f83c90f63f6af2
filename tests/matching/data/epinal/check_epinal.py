#!/usr/bin/env python3
"""Validate the Épinal blind set from its two jsonl files only.

python3 check_epinal.py             checks epinal_library.jsonl and epinal_cases.jsonl
python3 check_epinal.py --selftest  breaks copies on purpose and shows each is reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "eq"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
TILLS = ("bar", "salle", "mois")
POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "C50": 50, "C25": 25, "CP": 12.5, "D": 4, "D2": 2,
           "DE": 25, "PI": 50}
GLASSY = ("G", "G12", "G15", "C50", "C25", "CP")
BAR = {"BT": "B", "1/2": "H", "MAG": "M", "20CL": "S20", "25CL": "S25", "33CL": "S33",
       "50CL": "S50", "70CL": "S70", "75CL": "S75", "1L": "S100", "VR": "G", "VR12": "G12",
       "VR15": "G15", "CAR50": "C50", "CAR25": "C25", "CP": "CP", "DS": "D", "2CL": "D2",
       "DEMI": "DE", "PINTE": "PI"}
SALLE = {"bouteille": "B", "demi-bouteille": "H", "magnum": "M", "20cl": "S20", "25cl": "S25",
         "33cl": "S33", "50cl": "S50", "70cl": "S70", "75cl": "S75", "1l": "S100",
         "verre": "G", "verre 12cl": "G12", "verre 15cl": "G15", "carafe 50cl": "C50",
         "carafe 25cl": "C25", "coupe": "CP", "dose": "D", "dose 2cl": "D2", "demi": "DE",
         "pinte": "PI"}
MOIS = {"BTL": "B", "1/2BTL": "H", "MAGNUM": "M", "20CL": "S20", "25CL": "S25", "33CL": "S33",
        "50CL": "S50", "70CL": "S70", "75CL": "S75", "1L": "S100", "VERRE": "G",
        "VERRE12": "G12", "VERRE15": "G15", "CARAFE50": "C50", "CARAFE25": "C25",
        "COUPE": "CP", "DOSE": "D", "DOSE2": "D2", "DEMI": "DE", "PINTE": "PI", "PIECE": ""}
MOIS_RE = re.compile(r"^(0[1-9]|1[0-2])/2026;(\d{4});([^;]+);([A-Z0-9/]+);([1-9]\d*);(\d+),(\d\d)$")


def parse_label(till, label):
    """(vintage, measure) read from a label, or raise ValueError when the till's form is broken."""
    if till == "bar":
        if len(label) > 20 or label != label.rstrip() or not re.match(r"^[A-Z0-9 /'.&-]+$", label):
            raise ValueError("bar form (ASCII capitals, <= 20 columns)")
        measure, text = "", label
        m = re.match(r"^([A-Z0-9/]+)-(.+)$", label)
        if m and m.group(1) in BAR:
            measure, text = BAR[m.group(1)], m.group(2)
        v = re.search(r" (\d\d)$", text)
        return (2000 + int(v.group(1)) if v else None), measure
    if till == "salle":
        if not re.search(r"[a-zé]", label) or ";" in label:
            raise ValueError("salle form (mixed case as typed)")
        measure, text = "", label
        if ", " in label:
            head, tail = label.rsplit(", ", 1)
            if tail not in SALLE:
                raise ValueError("salle measure %r" % tail)
            measure, text = SALLE[tail], head
        v = re.search(r" ((?:19|20)\d\d)$", text)
        return (int(v.group(1)) if v else None), measure
    if till == "mois":
        m = MOIS_RE.match(label)
        if not m or m.group(4) not in MOIS:
            raise ValueError("mois form (MM/2026;PLU;libelle;unit;qty;amount)")
        lib = m.group(3)
        if not lib.isascii() or lib[0].islower() or lib[1:] != lib[1:].lower():
            raise ValueError("mois libelle not sentence-case ASCII")
        v = re.search(r" \(((?:19|20)\d\d)\)$", lib)
        if re.search(r"\(\d", lib) and not v:
            raise ValueError("mois vintage not at the end in brackets")
        return (int(v.group(1)) if v else None), MOIS[m.group(4)]
    raise ValueError("unknown connection %r" % till)


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: field order" % (i + 1))
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib):
        if e.get("id") != "%s%03d" % (PREFIX, i + 1):
            errs.append("library: id %r out of sequence at %d" % (e.get("id"), i + 1))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: wine colour %r" % (e.get("id"), col))
        elif col is not None:
            errs.append("%s: colour on a non-wine" % e.get("id"))
        v, f = e.get("vintage"), e.get("format_cl")
        if v is not None and (not isinstance(v, int) or not 1900 <= v <= 2026):
            errs.append("%s: vintage %r" % (e.get("id"), v))
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format %r" % (e.get("id"), f))
        elif f in KEGS and cat != "bière":
            errs.append("%s: keg on a non-beer" % e.get("id"))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), col, f, v)
        if k in seen:
            errs.append("%s: duplicate entry" % e.get("id"))
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    cases = []
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: bad JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: field order" % (i + 1))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    labels = [c["label"] for c in cases]
    for lab in sorted({x for x in labels if labels.count(x) > 1}):
        errs.append("duplicate label %r" % lab)
    for c in cases:
        lab, ex, bid, also = c["label"], c["expect"], c["beverage_id"], c["also_ok"]
        tag = "case %r" % lab
        if ex not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (tag, ex))
            continue
        try:
            rv, meas = parse_label(c["connection"], lab)
        except ValueError as exc:
            errs.append("%s: %s" % (tag, exc))
            continue
        if rv != c["vintage"]:
            errs.append("%s: vintage %r but the label reads %r" % (tag, c["vintage"], rv))
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%s: empty note" % tag)
        if ex == "none":
            if bid is not None or also != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % tag)
            continue
        if bid not in byid:
            errs.append("%s: unknown beverage_id %r" % (tag, bid))
            continue
        e = byid[bid]
        f, cat = e["format_cl"], e["category"]
        wine = cat in ("vin", "champagne")
        family = [x for x in lib if wine_key(x) == wine_key(e)]
        group = [x for x in family if x["format_cl"] == f]
        fmts = {x["format_cl"] for x in family}
        ok = True
        if meas == "":
            ok = False
        elif meas == "B":
            ok = f == 75 if wine else f not in KEGS
        elif meas == "H":
            ok = f == 37.5
        elif meas == "M":
            ok = f == 150
        elif meas.startswith("S"):
            ok = f == float(meas[1:])
        elif meas in GLASSY:
            ok = f not in KEGS and f not in (37.5, 150) and (f == 75 or 75 not in fmts) and cat != "bière"
        elif meas in ("D", "D2"):
            ok = not wine and cat != "bière" and f not in KEGS
        elif meas in ("DE", "PI"):
            ok = cat == "bière" and f in KEGS
        if not ok:
            errs.append("%s: measure %s does not fit %s (%s cl)" % (tag, meas or "none", bid, f))
        want_units = 1 if meas not in POUR_CL else round(POUR_CL[meas] / f, 4)
        if c["units_per_sale"] != want_units:
            errs.append("%s: units %r, expected %r" % (tag, c["units_per_sale"], want_units))
        others = sorted(x["id"] for x in group if x["id"] != bid)
        if ex == "yes" and rv is not None:
            others = []
        if sorted(also) != others:
            errs.append("%s: also_ok %r, expected %r" % (tag, also, others))
        vints = [x["vintage"] for x in group]
        if ex == "yes":
            if rv is not None:
                if e["vintage"] != rv:
                    errs.append("%s: yes but entry vintage %r" % (tag, e["vintage"]))
                if also:
                    errs.append("%s: yes with a vintage must have empty also_ok" % tag)
            elif e["vintage"] is not None and e["vintage"] != max(vints):
                errs.append("%s: yes without vintage must be the most recent" % tag)
        else:
            if rv is None or rv in vints or None in vints:
                errs.append("%s: almost needs a label vintage not held" % tag)
            else:
                best = min(vints, key=lambda v: (abs(v - rv), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost should be %r" % (tag, best))
    n = len(cases) or 1
    share = {x: sum(1 for c in cases if c["expect"] == x) / n for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            errs.append("counts: %s at %.1f %%" % (x, 100 * share[x]))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not any(c["connection"] == t and c["expect"] == x for c in cases):
                errs.append("counts: till %s has no %s" % (t, x))
    return errs, cases


def load():
    with open(os.path.join(HERE, "epinal_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "epinal_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def dump(rows):
    return [json.dumps(r, ensure_ascii=False) for r in rows]


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, on_lib=False):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        ll, cl = dump(l2), dump(c2)
        if out == "badjson":
            cl[0] = cl[0][:-1]
        elif out == "order":
            d = c2[0]
            cl[0] = json.dumps({k: d[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)
        e, _ = check(ll, cl)
        breaks.append((name, e))

    def set_case(pred, **kw):
        def fn(l2, c2):
            i = first(pred)
            c2[i].update({k: v for k, v in kw.items() if not callable(v)})
            for k, v in kw.items():
                if callable(v):
                    c2[i][k] = v(c2[i])
        return fn

    brk("broken JSON", lambda l2, c2: "badjson")
    brk("field order", lambda l2, c2: "order")
    brk("id out of sequence", lambda l2, c2: l2[5].update(id="eq999"))
    brk("colour on a spirit", lambda l2, c2: next(e for e in l2 if e["category"] == "spiritueux").update(colour="blanc"))
    brk("wine without colour", lambda l2, c2: l2[0].update(colour=None))
    brk("vintage not on the label", set_case(lambda c: c["vintage"] is None and c["expect"] == "yes" and c["also_ok"], vintage=2019))
    brk("also_ok dropped", set_case(lambda c: c["also_ok"], also_ok=[]))
    brk("almost not the nearest", set_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                                           beverage_id=lambda c: c["also_ok"][0],
                                           also_ok=lambda c: sorted({*c["also_ok"][1:], c["beverage_id"]})))
    brk("wrong units", set_case(lambda c: c["units_per_sale"] not in (None, 1), units_per_sale=0.2222))
    brk("none with a drink", set_case(lambda c: c["expect"] == "none", beverage_id="eq001"))
    brk("duplicate label", lambda l2, c2: c2.__setitem__(1, dict(c2[1], label=c2[0]["label"])))
    brk("bar over 20 columns", set_case(lambda c: c["connection"] == "bar" and len(c["label"]) == 20, label=lambda c: c["label"] + "X"))
    brk("bar in lower case", set_case(lambda c: c["connection"] == "bar" and c["expect"] == "none", label=lambda c: c["label"].lower()))
    brk("salle unknown measure", set_case(lambda c: c["connection"] == "salle" and ", bouteille" in c["label"], label=lambda c: c["label"].replace(", bouteille", ", btl")))
    brk("mois not sentence case", set_case(lambda c: c["connection"] == "mois", label=lambda c: c["label"].upper()))
    brk("half bottle put on the 75 cl", set_case(lambda c: c["connection"] == "salle" and "demi-bouteille" in c["label"] and c["expect"] == "yes",
                                                 beverage_id=lambda c: next(e["id"] for e in L if e["format_cl"] == 75 and e["name"] == next(x for x in L if x["id"] == c["beverage_id"])["name"]
                                                                            and e["producer"] == next(x for x in L if x["id"] == c["beverage_id"])["producer"])))
    brk("demi of beer on a bottle entry", set_case(lambda c: c["label"] == "DEMI-KRO", beverage_id=lambda c: next(e["id"] for e in L if e["name"] == "Kronenbourg" and e["format_cl"] == 25)))
    brk("unknown expect", set_case(lambda c: True, expect="maybe"))
    brk("counts out of range", lambda l2, c2: [c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None) for c in c2[:60] if c["expect"] == "yes"])
    brk("yes with vintage but also_ok", set_case(lambda c: c["expect"] == "yes" and c["vintage"] is not None,
                                                 also_ok=["eq002"]))
    ok = True
    for name, e in breaks:
        print("%-32s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("clean files: pass")
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs, cs = check(lib, cases)
    for e in errs:
        print("ERROR:", e)
    print("library: %d drinks, cases: %d" % (len(lib), len(cs)))
    for t in TILLS:
        row = [sum(1 for c in cs if c["connection"] == t and c["expect"] == x) for x in ("yes", "almost", "none")]
        print("  %-6s yes %3d  almost %3d  none %3d  total %3d" % (t, *row, sum(row)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
