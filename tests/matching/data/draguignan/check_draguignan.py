#!/usr/bin/env python3
"""Check the "draguignan" blind set. Reads only draguignan_library.jsonl and
draguignan_cases.jsonl and re-derives what it can from the labels (stdlib only).
  python3 check_draguignan.py            check the files
  python3 check_draguignan.py --selftest break copies on purpose and show each is caught"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POURS = {"g": 12.5, "g15": 15, "cp": 12.5, "p25": 25, "p50": 50, "d": 4, "d2": 2, "demi": 25, "pinte": 50}
WINE_POURS = {"g", "g15", "cp", "p25", "p50"}
SIZES = {"s33": 33, "s25": 25, "s50": 50, "s100": 100, "s35.5": 35.5, "s150": 150}

C_TOK = {"1/2": "h", "MAG": "m", "VR": "g", "VR15": "g15", "CP": "cp", "P25": "p25", "P50": "p50",
         "DOSE": "d", "2CL": "d2", "DEMI": "demi", "PTE": "pinte", "33CL": "s33", "25CL": "s25",
         "50CL": "s50", "1L": "s100", "35.5CL": "s35.5", "1.5L": "s150"}
T_VAR = {"bouteille": "b", "demi-bouteille": "h", "magnum": "m", "verre": "g", "verre 15cl": "g15",
         "coupe": "cp", "pichet 25cl": "p25", "pichet 50cl": "p50", "dose": "d", "dose 2cl": "d2",
         "demi": "demi", "pinte": "pinte", "33cl": "s33", "25cl": "s25", "50cl": "s50", "1L": "s100",
         "35,5cl": "s35.5", "1,5L": "s150"}
Z_UNIT = {"BT": "b", "1/2BT": "h", "MAG": "m", "VR": "g", "VR15": "g15", "CP": "cp", "P25": "p25",
          "P50": "p50", "DOSE": "d", "2CL": "d2", "DEMI": "demi", "PINTE": "pinte", "33CL": "s33",
          "25CL": "s25", "50CL": "s50", "1L": "s100", "35,5": "s35.5", "1,5L": "s150", "U": ""}
VINTAGE4 = r"19[5-9]\d|20[0-2]\d"


def read_label(conn, label, err):
    """Check the till's form; return (measure, vintage) read from the label."""
    if conn == "caisse":
        m = re.fullmatch(r"(\d{3}) ([A-Z0-9./' ]+)", label)
        if not m or len(m.group(2)) > 16 or m.group(2) != m.group(2).strip() or "  " in m.group(2):
            err("caisse form: %r (3-digit PLU, capitals, text of at most 16 columns)" % label)
            return None, None
        toks = m.group(2).split(" ")
        measure = C_TOK.get(toks[0], "b")
        v = toks[-1]
        vint = 2000 + int(v) if len(toks) > 1 and re.fullmatch(r"\d\d", v) and int(v) <= 25 else None
        return measure, vint
    if conn == "tablette":
        m = re.fullmatch(r"([^()]+?)(?: \(([^()]+)\))?", label)
        if not m:
            err("tablette form: %r" % label)
            return None, None
        cap, var = m.group(1), m.group(2)
        bad = len(cap) > 28 or cap.upper() == cap or (var is not None and var not in T_VAR)
        if "…" in cap and (not cap.endswith("…") or len(cap) < 20):
            bad = True
        if bad:
            err("tablette form: %r (caption <= 28 with an ellipsis, mixed case, variant in parentheses)" % label)
            return None, None
        measure = T_VAR[var] if var else ""
        last = cap.split(" ")[-1]
        vint = int(last) if not cap.endswith("…") and re.fullmatch(VINTAGE4, last) else None
        return measure, vint
    if conn == "rapportz":
        m = re.fullmatch(r"(.{24}) (.{5}) ([ \d]{3}) ([ \d]{4}\d,\d\d)", label)
        if not m:
            err("rapportz form: %r (designation 24, unit 5, quantity 3, amount 8)" % label)
            return None, None
        desig, unit, qty, total = m.group(1).rstrip(), m.group(2).strip(), int(m.group(3)), m.group(4).strip()
        cents = int(total.replace(",", ""))
        if (not re.fullmatch(r"[A-Z0-9 ]+", desig) or unit not in Z_UNIT or m.group(2) != unit.ljust(5)
                or qty < 1 or cents % qty):
            err("rapportz form: %r" % label)
            return None, None
        last = desig.split(" ")[-1]
        return Z_UNIT[unit], (int(last) if re.fullmatch(VINTAGE4, last) else None)
    err("unknown connection %r" % conn)
    return None, None


def units_of(x):
    r = round(x, 4)
    return int(r) if r == int(r) else r


def check(lib_lines, case_lines):
    errors = []
    err = errors.append
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            err("library line %d: invalid JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            err("library line %d: fields %s" % (i, list(e)))
            continue
        if e["id"] != "DRG%03d" % i:
            err("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["category"] not in CATEGORIES:
            err("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if (wine and e["colour"] not in COLOURS) or (not wine and e["colour"] is not None):
            err("%s: colour %r for a %s" % (e["id"], e["colour"], e["category"]))
        if wine and e["format_cl"] not in (37.5, 75, 150):
            err("%s: wine format %r" % (e["id"], e["format_cl"]))
        if (e["format_cl"] >= 2000 and e["category"] != "bière") or (e["format_cl"] > 150 and e["format_cl"] not in (2000, 3000)):
            err("%s: keg format %r" % (e["id"], e["format_cl"]))
        if e["vintage"] is not None and (not wine or not 1950 <= e["vintage"] <= 2025):
            err("%s: vintage %r" % (e["id"], e["vintage"]))
        lib.append(e)
        byid[e["id"]] = e
    def wid(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
    seen = set()
    for e in lib:
        k = (*wid(e), e["vintage"])
        if k in seen:
            err("%s: the same wine twice in vintage %s" % (e["id"], e["vintage"]))
        seen.add(k)
    if not 110 <= len(lib) <= 130:
        err("library has %d drinks" % len(lib))

    cases, labels, plu = [], set(), {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err("case line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            err("case line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)
        lab, conn = c["label"], c["connection"]
        pre = "%s case %r" % (conn, lab)
        if lab in labels:
            err("%s: duplicate label" % pre)
        labels.add(lab)
        measure, vint = read_label(conn, lab, err)
        if conn == "caisse" and measure is not None:
            text = re.sub(r"( \d{1,2})$", "", lab[4:])
            if plu.setdefault(lab[:3], text) != text:
                err("%s: PLU %s already holds %r" % (pre, lab[:3], plu[lab[:3]]))
        if measure is None:
            continue
        if c["vintage"] != vint:
            err("%s: vintage %r, the label reads %r" % (pre, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("%s: a none carries an id, also_ok or units" % pre)
            continue
        if c["expect"] not in ("yes", "almost"):
            err("%s: expect %r" % (pre, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err("%s: unknown id %r" % (pre, c["beverage_id"]))
            continue
        wine = e["category"] in ("vin", "champagne")
        same = [x for x in lib if wid(x)[:4] == wid(e)[:4]]
        formats = sorted({x["format_cl"] for x in same})
        # the format the label asks for, and the units one sale takes
        if measure in POURS:
            if wine:
                fmt = 75 if 75 in formats else (formats[0] if len(formats) == 1 else None)
                ok = measure in WINE_POURS
            elif e["category"] == "bière":
                fmt, ok = e["format_cl"], measure in ("demi", "pinte") and e["format_cl"] >= 2000
            else:
                fmt, ok = (formats[0] if len(formats) == 1 else None), measure in ("d", "d2", "g", "cp")
            want_units = units_of(POURS[measure] / e["format_cl"])
        else:
            if measure == "h":
                fmt = 37.5
            elif measure == "m":
                fmt = 150
            elif measure in SIZES:
                fmt = SIZES[measure]
            else:
                fmt = 75 if wine else (formats[0] if len(formats) == 1 else None)
            ok = not (wine and measure in SIZES) and e["format_cl"] < 2000
            want_units = 1
        if not ok or fmt != e["format_cl"]:
            err("%s: the label's measure %r does not fit %s (%s cl)" % (pre, measure, e["id"], e["format_cl"]))
        if c["units_per_sale"] != want_units:
            err("%s: units %r, the measure gives %r" % (pre, c["units_per_sale"], want_units))
        group = [x for x in lib if wid(x) == wid(e)]
        others = sorted(x["id"] for x in group if x is not e)
        if c["also_ok"] != others:
            if not (c["expect"] == "yes" and vint is not None and c["also_ok"] == []):
                err("%s: also_ok %r, the other vintages are %r" % (pre, c["also_ok"], others))
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] is not None:
                if e["vintage"] != vint:
                    err("%s: yes on %s, the label says %s" % (pre, e["vintage"], vint))
                if c["also_ok"]:
                    err("%s: also_ok on a yes whose vintage is on the label" % pre)
            elif e["vintage"] is not None and e["vintage"] != max(vints):
                err("%s: a label without vintage must take the most recent" % pre)
        else:
            if vint is None or vint in vints or None in vints:
                err("%s: almost without a missing vintage" % pre)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    err("%s: almost on %s, nearest is %s" % (pre, e["vintage"], best))
    n = len(cases)
    if not 280 <= n <= 300:
        err("%d cases" % n)
    conns = sorted({c["connection"] for c in cases})
    if conns != ["caisse", "rapportz", "tablette"]:
        err("connections %s" % conns)
    for conn in conns:
        got = {c["expect"] for c in cases if c["connection"] == conn}
        if got != {"yes", "almost", "none"}:
            err("%s lacks an answer: %s" % (conn, sorted(got)))
    def share(x):
        return 100.0 * sum(c["expect"] == x for c in cases) / max(n, 1)
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= share(x) <= hi:
            err("%s share %.1f%% outside %d-%d%%" % (x, share(x), lo, hi))
    return errors, cases


def load():
    with open(os.path.join(HERE, "draguignan_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "draguignan_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    def J(s):
        return json.loads(s)
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def edit_case(pred, fn):
        def br(l, c):
            c = list(c)
            for i, s in enumerate(c):
                o = J(s)
                if pred(o):
                    fn(o)
                    c[i] = D(o)
                    return l, c
            raise AssertionError("no case to break")
        return br

    def edit_lib(i, fn):
        def br(l, c):
            l = list(l)
            o = J(l[i])
            fn(o)
            l[i] = D(o)
            return l, c
        return br

    def almost_far(o):
        o["beverage_id"], o["also_ok"] = o["also_ok"][0], [o["beverage_id"]]

    def swap_fields(o):
        o.clear()
        o.update({"expect": "yes", "label": "X"})

    breaks = [
        ("invalid JSON", lambda l, c: (l, [*c[:5], '{"label": "x",', *c[6:]])),
        ("library field order", edit_lib(3, lambda o: o.update({"id": o.pop("id")}))),
        ("id out of sequence", edit_lib(10, lambda o: o.update({"id": "DRG099"}))),
        ("colour on a spirit", lambda l, c: edit_lib(next(i for i, s in enumerate(l) if J(s)["category"] == "spiritueux"),
                                                     lambda o: o.update({"colour": "blanc"}))(l, c)),
        ("same wine twice in a vintage", lambda l, c: (l[:1] + [D(dict(J(l[0]), id="DRG002"))] +
                                                        [D(dict(J(s), id="DRG%03d" % (i + 3))) for i, s in enumerate(l[1:])], c)),
        ("duplicate label", lambda l, c: (l, [*c, c[0]])),
        ("almost on the farther vintage", edit_case(lambda o: o["expect"] == "almost" and o["also_ok"], almost_far)),
        ("a pour's units", edit_case(lambda o: o["units_per_sale"] not in (1, None), lambda o: o.update({"units_per_sale": 1}))),
        ("vintage field", edit_case(lambda o: o["vintage"], lambda o: o.update({"vintage": o["vintage"] - 1}))),
        ("also_ok on a vintaged yes", edit_case(lambda o: o["expect"] == "yes" and o["vintage"] and not o["also_ok"],
                                                lambda o: o.update({"also_ok": ["DRG001"]}))),
        ("a none with an id", edit_case(lambda o: o["expect"] == "none", lambda o: o.update({"beverage_id": "DRG001"}))),
        ("magnum on the 75 cl entry", edit_case(lambda o: o["connection"] == "rapportz" and " MAG " in o["label"] and o["expect"] == "yes",
                                                lambda o: o.update({"beverage_id": "DRG014"}))),
        ("caisse form", edit_case(lambda o: o["connection"] == "caisse", lambda o: o.update({"label": o["label"].lower()}))),
        ("caisse cut", edit_case(lambda o: o["connection"] == "caisse", lambda o: o.update({"label": o["label"] + " 75CL BT"}))),
        ("tablette form", edit_case(lambda o: o["connection"] == "tablette" and "(" in o["label"],
                                    lambda o: o.update({"label": o["label"].replace(" (", " [").replace(")", "]")}))),
        ("rapportz form", edit_case(lambda o: o["connection"] == "rapportz", lambda o: o.update({"label": o["label"].replace("   ", " ", 1)}))),
        ("nones removed", lambda l, c: (l, [s for s in c if J(s)["expect"] != "none" or J(s)["connection"] != "caisse"])),
        ("vintage-less yes on an older vintage", edit_case(lambda o: o["expect"] == "yes" and o["vintage"] is None and o["also_ok"],
                                                           lambda o: o.update({"beverage_id": o["also_ok"][0], "also_ok": []}))),
        ("case field order", edit_case(lambda o: True, swap_fields)),
    ]
    ok = True
    for name, br in breaks:
        l2, c2 = br(lib, cases)
        errs, _ = check(l2, c2)
        print("%-38s %s" % (name, ("caught: " + errs[0][:90]) if errs else "NOT CAUGHT"))
        ok &= bool(errs)
    print("clean files pass: yes")
    print("selftest %s (%d kinds of break)" % ("OK" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, cs = check(lib, cases)
    for e in errs:
        print(e)
    counts = {}
    for c in cs:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    for conn in ("caisse", "tablette", "rapportz"):
        print("%-9s yes %3d  almost %3d  none %3d" % ((conn, *tuple(counts.get((conn, x), 0) for x in ("yes", "almost", "none")))))
    print("%d drinks, %d cases: %s" % (len(lib), len(cs), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
