"""Validate the Honfleur held-out set from its two jsonl files alone.

python3 check_honfleur.py             check honfleur_library.jsonl and honfleur_cases.jsonl
python3 check_honfleur.py --selftest  break copies on purpose and show each break is reported
Stdlib only; imports nothing from the build.
"""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "terrasse", "salle")
PREFIX = "HNF"

POUR = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P50": 50, "P25": 25, "BO25": 25,
        "D": 4, "D2": 2, "DE": 25, "PI": 50}
# comptoir: department-KEYTEXT PRICE; measure word first, bottle volume last
C_FAMS = {"VIN", "CHAMP", "BIERE", "CIDRE", "ALCOOL", "APERO", "SOFT", "CAFE", "CUISINE", "DIVERS"}
C_PRE = {"BTE": "B", "1/2": "H", "MAG": "M", "VRE": "G", "VRE12": "G12", "VRE15": "G15",
         "CP": "CP", "PICH50": "P50", "PICH25": "P25", "BOL25": "BO25", "DOSE": "D",
         "2CL": "D2", "DEMI": "DE", "PINTE": "PI"}
T_SUF = {"Bottle": "B", "Half Bottle": "H", "Magnum": "M", "Glass": "G", "Glass 12cl": "G12",
         "Glass 15cl": "G15", "Flute": "CP", "Carafe 50cl": "P50", "Carafe 25cl": "P25",
         "Bolée 25cl": "BO25", "Shot 4cl": "D", "Shot 2cl": "D2", "Half 25cl": "DE",
         "Pint 50cl": "PI"}
S_SUF = {"VERRE": "G", "VERRE 12CL": "G12", "VERRE 15CL": "G15", "COUPE": "CP",
         "PICHET 50CL": "P50", "PICHET 25CL": "P25", "BOLEE 25CL": "BO25", "DOSE": "D",
         "DOSE 2CL": "D2", "DEMI": "DE", "PINTE": "PI"}


def vol_measure(n):
    n = float(n)
    return {37.5: "H", 150.0: "M"}.get(n, "C%g" % n)


def read_label(till, label):
    """(form_ok, vintage, measure, why) read from the label as printed."""
    if till == "comptoir":
        m = re.match(r"^([A-Z]+)-([A-Z0-9 ./']+) (\d+,\d\d)$", label)
        if not m or m.group(1) not in C_FAMS:
            return False, None, "", "comptoir form DEPT-TEXT PRICE"
        text = m.group(2)
        if len(text) > 18 or text != text.strip():
            return False, None, "", "comptoir key text over 18 characters"
        toks = text.split(" ")
        meas = ""
        if toks[0] in C_PRE:
            meas = C_PRE[toks.pop(0)]
        if toks and re.match(r"^(\d+(\.\d+)?CL|1L)$", toks[-1]):
            t = toks.pop()
            meas = "C100" if t == "1L" else vol_measure(t[:-2])
        vint = 2000 + int(toks[-1]) if toks and re.match(r"^\d\d$", toks[-1]) else None
        return True, vint, meas, ""
    if till == "terrasse":
        if label.upper() == label or not re.search(r"[a-z]", label) or re.search(r"\d+,\d\d$", label):
            return False, None, "", "terrasse form (mixed case, no price)"
        body, meas = label, ""
        if " - " in label:
            b, suf = label.rsplit(" - ", 1)
            if suf in T_SUF:
                body, meas = b, T_SUF[suf]
            elif suf == "1L":
                body, meas = b, "C100"
            elif re.match(r"^\d+(\.\d+)?cl$", suf):
                body, meas = b, vol_measure(suf[:-2])
        vs = re.findall(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", body)
        return True, (int(vs[-1]) if vs else None), meas, ""
    if till == "salle":
        m = re.match(r"^(\d{6}) ([A-Z0-9 ./]+)$", label)
        if not m:
            return False, None, "", "salle form CODE DESIGNATION (capitals, ASCII)"
        toks = m.group(2).split(" ")
        meas = ""
        if " ".join(toks[-2:]) in S_SUF and len(toks) > 2:
            meas = S_SUF[" ".join(toks[-2:])]
            toks = toks[:-2]
        elif toks[-1] in S_SUF:
            meas = S_SUF[toks.pop()]
        elif re.match(r"^\d+(\.\d+)?CL$", toks[-1]):
            meas = vol_measure(toks.pop()[:-2])
        vint = 2000 + int(toks[-1]) if toks and re.match(r"^\d\d$", toks[-1]) else None
        return True, vint, meas, ""
    return False, None, "", "unknown connection"


def check_lines(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order" % i)
            continue
        lib.append(r)
    if not 110 <= len(lib_lines) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib_lines))
    for i, r in enumerate(lib, 1):
        if r["id"] != "%s%03d" % (PREFIX, i):
            errs.append("library: id %s out of sequence (want %s%03d)" % (r["id"], PREFIX, i))
            break
    seen = set()
    for r in lib:
        cat, col = r["category"], r["colour"]
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (r["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: a wine needs a colour" % r["id"])
        elif col is not None:
            errs.append("%s: colour on a %s" % (r["id"], cat))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errs.append("%s: format_cl" % r["id"])
        elif r["format_cl"] >= 2000 and cat != "bière":
            errs.append("%s: keg format on a %s" % (r["id"], cat))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            errs.append("%s: vintage" % r["id"])
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen:
            errs.append("%s: duplicate entry" % r["id"])
        seen.add(k)
    by_id = {r["id"]: r for r in lib}

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault((*wine(r), r["format_cl"]), []).append(r)
    formats = {}
    for r in lib:
        formats.setdefault(wine(r), set()).add(r["format_cl"])

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: field order" % i)
            continue
        cases.append(c)
    if not 280 <= len(case_lines) <= 300:
        errs.append("cases: %d, want 280-300" % len(case_lines))
    labels = set()
    for c in cases:
        lab = c["label"]
        tag = "case %r" % lab
        if lab in labels:
            errs.append(tag + ": duplicate label")
        labels.add(lab)
        if c["connection"] not in TILLS:
            errs.append(tag + ": connection %r" % c["connection"])
            continue
        if not c["note"]:
            errs.append(tag + ": empty note")
        ok, vint, meas, why = read_label(c["connection"], lab)
        if not ok:
            errs.append(tag + ": " + why)
            continue
        if vint != c["vintage"]:
            errs.append(tag + ": vintage %r but the label reads %r" % (c["vintage"], vint))
        exp = c["expect"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + ": a none has no drink, no also_ok, no units")
            continue
        if exp not in ("yes", "almost"):
            errs.append(tag + ": expect %r" % exp)
            continue
        r = by_id.get(c["beverage_id"])
        if r is None:
            errs.append(tag + ": unknown id %r" % c["beverage_id"])
            continue
        grp = groups[(*wine(r), r["format_cl"])]
        others = sorted(x["id"] for x in grp if x["id"] != r["id"])
        if any(a not in by_id for a in c["also_ok"]):
            errs.append(tag + ": unknown id in also_ok")
            continue
        vints = [x["vintage"] for x in grp]
        if exp == "yes":
            if c["vintage"] is not None:
                if r["vintage"] != c["vintage"]:
                    errs.append(tag + ": yes but the entry's vintage is %r" % r["vintage"])
                if c["also_ok"]:
                    errs.append(tag + ": also_ok must be empty when the label gives the vintage")
            else:
                if None not in vints and r["vintage"] != max(vints):
                    errs.append(tag + ": without a vintage the answer is the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(tag + ": also_ok should list %s" % others)
        else:
            if c["vintage"] is None or None in vints:
                errs.append(tag + ": almost needs a label vintage and a vintage wine")
            else:
                if c["vintage"] in vints:
                    errs.append(tag + ": almost but the vintage is held")
                best = min(grp, key=lambda x: (abs(x["vintage"] - c["vintage"]), -x["vintage"]))
                if best["id"] != r["id"]:
                    errs.append(tag + ": almost should be the nearest vintage %s" % best["id"])
                if sorted(c["also_ok"]) != others:
                    errs.append(tag + ": also_ok should list %s" % others)
        # the format the label refers to, and the units one sale consumes
        fmt = r["format_cl"]
        fm = formats[wine(r)]
        units = c["units_per_sale"]
        if meas in ("DE", "PI"):
            if r["category"] != "bière" or fmt < 2000:
                errs.append(tag + ": a demi / pinte is poured from a beer keg")
        elif meas in POUR:
            ordinary = 75 if 75 in fm else None
            if ordinary is None:
                small = [f for f in fm if f < 2000 and f not in (37.5, 150)]
                ordinary = small[0] if len(small) == 1 else None
            if fmt != ordinary:
                errs.append(tag + ": a pour refers to the ordinary bottle, not %s cl" % fmt)
            if meas in ("D", "D2") and r["category"] not in ("spiritueux", "autre"):
                errs.append(tag + ": a dose of a %s" % r["category"])
        elif meas == "B":
            want = 75 if 75 in fm else (next(iter(fm)) if len(fm) == 1 else None)
            if fmt != want:
                errs.append(tag + ": a bottle word means the %s cl, not %s cl" % (want, fmt))
        elif meas == "H" and fmt != 37.5:
            errs.append(tag + ": a half bottle is 37.5 cl, not %s" % fmt)
        elif meas == "M" and fmt != 150:
            errs.append(tag + ": a magnum is 150 cl, not %s" % fmt)
        elif meas.startswith("C") and float(meas[1:]) != float(fmt):
            errs.append(tag + ": the label says %s cl, the entry is %s cl" % (meas[1:], fmt))
        elif meas == "" and len(fm) != 1:
            errs.append(tag + ": no volume on the label but the drink has several formats")
        want_units = round(POUR[meas] / float(fmt), 4) if meas in POUR else 1
        if not isinstance(units, (int, float)) or abs(units - want_units) > 1e-9:
            errs.append(tag + ": units %r, want %r" % (units, want_units))
        elif units != round(units, 4):
            errs.append(tag + ": units to 4 decimals")
    # counts
    n = len(cases)
    if n:
        share = {e: sum(1 for c in cases if c["expect"] == e) / float(n) for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                errs.append("counts: %s is %.1f %%, want %d-%d %%" % (e, 100 * share[e], 100 * lo, 100 * hi))
        for t in TILLS:
            for e in ("yes", "almost", "none"):
                if not any(c["connection"] == t and c["expect"] == e for c in cases):
                    errs.append("counts: no %s case on %s" % (e, t))
    return errs


def read(path):
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def summary(case_lines):
    cases = [json.loads(l) for l in case_lines]
    out = []
    for t in TILLS:
        sub = [c for c in cases if c["connection"] == t]
        out.append("%-9s " % t + "  ".join("%s %3d" % (e, sum(1 for c in sub if c["expect"] == e))
                                             for e in ("yes", "almost", "none")) + "  total %d" % len(sub))
    return "\n".join(out)


def selftest(lib_lines, case_lines):
    L = [json.loads(l) for l in lib_lines]
    C = [json.loads(l) for l in case_lines]
    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        for i, c in enumerate(C):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def mut_case(pred, fn):
        cs = json.loads(json.dumps(C))
        fn(cs[first(pred)])
        return dumps(L), dumps(cs)

    def mut_lib(fn):
        ls = json.loads(json.dumps(L))
        fn(ls)
        return dumps(ls), dumps(C)

    def swap_fields(c):
        items = list(c.items())
        items[0], items[1] = items[1], items[0]
        c.clear()
        c.update(items)

    by_id = {r["id"]: r for r in L}
    half_ids = {r["id"] for r in L if r["format_cl"] == 37.5}
    breaks = [
        ("bad JSON", lambda: (list(lib_lines), [*list(case_lines[:-1]), case_lines[-1][:-3]])),
        ("field order", lambda: mut_case(lambda c: True, swap_fields)),
        ("id sequence", lambda: mut_lib(lambda ls: ls[5].update(id="HNF999"))),
        ("colour on a spirit", lambda: mut_lib(lambda ls: [r.update(colour="blanc") for r in ls if r["category"] == "spiritueux"][:1])),
        ("wine without colour", lambda: mut_lib(lambda ls: ls[0].update(colour=None))),
        ("keg on a soft", lambda: mut_lib(lambda ls: [r.update(format_cl=3000) for r in ls if r["category"] == "soft"][:1])),
        ("vintage not on the label", lambda: mut_case(lambda c: c["vintage"] is not None, lambda c: c.update(vintage=c["vintage"] - 1))),
        ("also_ok missing", lambda: mut_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("also_ok extra", lambda: mut_case(lambda c: c["expect"] == "yes" and c["vintage"] is not None, lambda c: c.update(also_ok=["HNF001"]))),
        ("almost not the nearest", lambda: mut_case(lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("none with a drink", lambda: mut_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="HNF001"))),
        ("wrong units", lambda: mut_case(lambda c: c["units_per_sale"] not in (None, 1), lambda c: c.update(units_per_sale=1))),
        ("half bottle put on the 75 cl", lambda: mut_case(lambda c: c["beverage_id"] in half_ids and c["expect"] == "yes",
                                                          lambda c: c.update(beverage_id=next(r["id"] for r in L if r["name"] == by_id[c["beverage_id"]]["name"] and r["format_cl"] == 75 and r["vintage"] == c["vintage"])))),
        ("duplicate label", lambda: (list(lib_lines), [*list(case_lines[:-1]), case_lines[0]])),
        ("comptoir text over 18", lambda: mut_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "none", lambda c: c.update(label=c["label"].replace("-", "-XXXXXXXXXXXXXXXXXXXX ", 1)))),
        ("terrasse in capitals", lambda: mut_case(lambda c: c["connection"] == "terrasse", lambda c: c.update(label=c["label"].upper()))),
        ("salle without article code", lambda: mut_case(lambda c: c["connection"] == "salle", lambda c: c.update(label=c["label"][7:]))),
        ("unknown expect", lambda: mut_case(lambda c: c["expect"] == "yes", lambda c: c.update(expect="maybe"))),
        ("unknown id", lambda: mut_case(lambda c: c["expect"] == "yes", lambda c: c.update(beverage_id="HNF777"))),
        ("demi from a bottle", lambda: mut_case(lambda c: " DEMI " in " %s " % c["label"].replace("-", " ") and c["expect"] == "yes",
                                                lambda c: c.update(beverage_id=next(r["id"] for r in L if r["category"] == "bière" and r["format_cl"] == 33)))),
        ("counts", lambda: (list(lib_lines), [l for l in case_lines if json.loads(l)["expect"] != "almost"])),
        ("unknown connection", lambda: mut_case(lambda c: True, lambda c: c.update(connection="bar"))),
    ]
    failed = 0
    base = check_lines(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not base else "FAIL %s" % base[:3]))
    failed += bool(base)
    for name, make in breaks:
        ll, cl = make()
        errs = check_lines(ll, cl)
        print("%-30s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        failed += not errs
    # also through files on disk, as the real check reads them
    with tempfile.TemporaryDirectory() as d:
        for nm, lines in (("l.jsonl", lib_lines), ("c.jsonl", case_lines)):
            with open(os.path.join(d, nm), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
        if check_lines(read(os.path.join(d, "l.jsonl")), read(os.path.join(d, "c.jsonl"))):
            failed += 1
    print("selftest: %d kinds of break, %s" % (len(breaks), "all reported" if not failed else "%d FAILED" % failed))
    return failed == 0


def main():
    lib_lines = read(os.path.join(HERE, "honfleur_library.jsonl"))
    case_lines = read(os.path.join(HERE, "honfleur_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs = check_lines(lib_lines, case_lines)
    for e in errs:
        print(e)
    print("%d drinks, %d cases" % (len(lib_lines), len(case_lines)))
    print(summary(case_lines))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
