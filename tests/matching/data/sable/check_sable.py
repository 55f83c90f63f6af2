#!/usr/bin/env python3
"""Check the blind set "sable" from its two jsonl files alone (stdlib only).

python3 check_sable.py [library.jsonl cases.jsonl]   report problems, exit 1 if any
python3 check_sable.py --selftest                    break copies on purpose, show each
                                                      break is reported, clean files pass
"""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "rapport_z")

POUR = {"vre": 12.5, "vre12": 12, "p50": 50, "p25": 25, "bol": 25, "demi": 25,
        "pinte": 50, "dose": 4}
SIZE = {"b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100,
        "half": 37.5, "mag": 150}
CODES = {
    "comptoir": {"BTL": "btl", "25CL": "b25", "33CL": "b33", "50CL": "b50", "70CL": "b70",
                 "75CL": "b75", "1L": "b100", "1/2": "half", "MAG": "mag", "VRE": "vre",
                 "VR12": "vre12", "P50": "p50", "P25": "p25", "BOL": "bol", "DEMI": "demi",
                 "PTE": "pinte", "DOSE": "dose", "U": "u"},
    "tablette": {"bouteille": "btl", "25cl": "b25", "33cl": "b33", "50cl": "b50",
                 "70cl": "b70", "75cl": "b75", "1L": "b100", "1/2 btle": "half",
                 "magnum": "mag", "verre": "vre", "verre 12cl": "vre12",
                 "pichet 50cl": "p50", "pichet 25cl": "p25", "bolée": "bol", "demi": "demi",
                 "pinte": "pinte", "dose 4cl": "dose"},
    "rapport_z": {"bt": "btl", "25cl": "b25", "33cl": "b33", "50cl": "b50", "70cl": "b70",
                  "75cl": "b75", "1l": "b100", "1/2bt": "half", "mag": "mag", "vr": "vre",
                  "vr12": "vre12", "pich50": "p50", "pich25": "p25", "bol": "bol",
                  "dm": "demi", "pte": "pinte", "dose": "dose"},
}


def read_label(till, label, errs, where, plus):
    """(measure, vintage) read from the label by the till's habits, or None if malformed."""
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z0-9 ./&]{16}) (\S+)", label)
        if not m or m.group(2) not in CODES[till] or m.group(1)[0] == " ":
            errs.append("%s: comptoir label not 16-char capitals + code: %r" % (where, label))
            return None
        v = re.search(r" (\d\d)$", m.group(1).rstrip())
        return CODES[till][m.group(2)], (2000 + int(v.group(1)) if v else None)
    if till == "tablette":
        if not re.search(r"[a-zà-ÿ]", label) or not re.search(r"[A-ZÀ-Þ]", label):
            errs.append("%s: tablette label not in mixed case: %r" % (where, label))
            return None
        m = re.fullmatch(r"(.*) \(([^()]+)\)", label)
        body, meas = (m.group(1), None) if m else (label, "u")
        if m:
            if m.group(2) not in CODES[till]:
                errs.append("%s: unknown tablette option: %r" % (where, label))
                return None
            meas = CODES[till][m.group(2)]
        v = re.search(r" ((?:19|20)\d\d)$", body)
        return meas, (int(v.group(1)) if v else None)
    if till == "rapport_z":
        m = re.fullmatch(r"(\d{3}) ([a-z0-9 ./&-]+) (\d+,\d\d)", label)
        if not m or m.group(2) != m.group(2).strip() or len(m.group(2)) > 24:
            errs.append("%s: Z line not 'PLU name(<=24, lower ascii) price': %r" % (where, label))
            return None
        if m.group(1) in plus:
            errs.append("%s: PLU %s used twice on the Z report" % (where, m.group(1)))
        plus.add(m.group(1))
        words = m.group(2).split(" ")
        meas = CODES[till].get(words[0], "u")
        v = re.fullmatch(r"(?:19|20)\d\d", words[-1])
        return meas, (int(words[-1]) if v else None)
    errs.append("%s: unknown connection %r" % (where, till))
    return None


def load(path, errs, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, errs, "library")
    cases = load(cases_path, errs, "cases")
    byid, seen = {}, set()
    for n, d in enumerate(lib, 1):
        w = "library %s" % d.get("id")
        if list(d) != LIB_FIELDS:
            errs.append("%s: fields %s" % (w, list(d)))
            continue
        if d["id"] != "SAB%03d" % n:
            errs.append("%s: id out of sequence (expected SAB%03d)" % (w, n))
        if d["colour"] not in COLOURS or d["category"] not in CATEGORIES:
            errs.append("%s: colour/category %r/%r" % (w, d["colour"], d["category"]))
        if (d["colour"] is None) != (d["category"] in ("spiritueux", "bière", "soft", "autre")):
            errs.append("%s: colour %r for a %s" % (w, d["colour"], d["category"]))
        if not (d["vintage"] is None or isinstance(d["vintage"], int)):
            errs.append("%s: vintage %r" % (w, d["vintage"]))
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errs.append("%s: format %r" % (w, d["format_cl"]))
        k = tuple(d[f] for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: duplicate entry" % w)
        seen.add(k)
        byid[d["id"]] = d
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def drink(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    def group(d):
        return sorted((e for e in lib if drink(e) == drink(d) and e["format_cl"] == d["format_cl"]),
                      key=lambda e: e["vintage"] or 0)

    labels, plus, counts = set(), set(), {}
    for n, c in enumerate(cases, 1):
        w = "case %d %r" % (n, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append("%s: fields %s" % (w, list(c)))
            continue
        if c["label"] in labels:
            errs.append("%s: duplicate label" % w)
        labels.add(c["label"])
        if not c["note"]:
            errs.append("%s: empty note" % w)
        exp, till = c["expect"], c["connection"]
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (w, exp))
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        got = read_label(till, c["label"], errs, w, plus)
        if got is None:
            continue
        meas, vint = got
        if c["vintage"] != vint:
            errs.append("%s: vintage %r but the label reads %r" % (w, c["vintage"], vint))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % w)
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append("%s: unknown beverage_id %r" % (w, c["beverage_id"]))
            continue
        if meas == "u":
            errs.append("%s: a unit item answered %s" % (w, exp))
            continue
        same = [e for e in lib if drink(e) == drink(d)]
        fmts = sorted({e["format_cl"] for e in same})
        bottles = [f for f in fmts if f < 1000]
        kegs = [f for f in fmts if f >= 1000]
        wine = d["category"] in ("vin", "champagne")
        if meas in SIZE or meas == "btl":
            if meas == "btl":
                want = 75 if wine else (bottles[0] if len(bottles) == 1 else None)
            else:
                want = SIZE[meas]
            if d["format_cl"] != want:
                errs.append("%s: bottle measure %s answered with %s cl" % (w, meas, d["format_cl"]))
            if c["units_per_sale"] != 1:
                errs.append("%s: units %r for a bottle" % (w, c["units_per_sale"]))
        else:
            if meas in ("demi", "pinte"):
                want = kegs[0] if d["category"] == "bière" and kegs else None
            elif not wine and meas in ("bol", "p50", "p25"):
                want = kegs[0] if kegs else (75 if 75 in bottles else None)
            elif meas == "dose":
                want = bottles[0] if len(bottles) == 1 and d["category"] in ("spiritueux", "autre") else None
            else:
                want = 75 if wine and 75 in fmts else (
                    bottles[0] if wine and len(bottles) == 1 and bottles[0] not in (37.5, 150) else None)
            if want is None or d["format_cl"] != want:
                errs.append("%s: %s poured from the %s cl entry (expected %s)" % (w, meas, d["format_cl"], want))
            elif c["units_per_sale"] != round(POUR[meas] / d["format_cl"], 4):
                errs.append("%s: units %r, expected %r" % (w, c["units_per_sale"], round(POUR[meas] / d["format_cl"], 4)))
        g = group(d)
        ids = [e["id"] for e in g]
        years = [e["vintage"] for e in g]
        others = sorted(i for i in ids if i != d["id"])
        if sorted(c["also_ok"]) != others and not (exp == "yes" and vint is not None and c["also_ok"] == []):
            errs.append("%s: also_ok %s, expected %s" % (w, c["also_ok"], others))
        if years == [None]:
            if exp != "yes" or vint is not None:
                errs.append("%s: %s/vintage on a non-vintage drink" % (w, exp))
            continue
        if exp == "yes":
            if vint is None and d["vintage"] != max(years):
                errs.append("%s: no vintage on the label but not the most recent" % w)
            if vint is not None and (d["vintage"] != vint or c["also_ok"] != []):
                errs.append("%s: yes for %s but entry is %s" % (w, vint, d["vintage"]))
        else:
            if vint is None or vint in years:
                errs.append("%s: almost without a missing vintage" % w)
            else:
                best = min(years, key=lambda y: (abs(y - vint), -y))
                if d["vintage"] != best:
                    errs.append("%s: almost points to %s, nearest is %s" % (w, d["vintage"], best))
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("cases: %d, not 280-300" % total)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, e), v in counts.items() if e == exp)
        if total and not lo <= 100.0 * k / total <= hi:
            errs.append("cases: %s %.1f %% not in %d-%d %%" % (exp, 100.0 * k / total, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errs.append("till %s has no %s case" % (t, e))
    return errs, counts, len(lib), total


def report(lib_path, cases_path, quiet=False):
    errs, counts, nlib, total = check(lib_path, cases_path)
    if not quiet:
        for e in errs:
            print("ERROR", e)
        print("%d drinks, %d cases, %d problems" % (nlib, total, len(errs)))
        for t in TILLS:
            print("  %-10s" % t, " ".join("%s %d" % (e, counts.get((t, e), 0)) for e in ("yes", "almost", "none")))
    return errs


def selftest():
    lib0 = os.path.join(HERE, "sable_library.jsonl")
    cas0 = os.path.join(HERE, "sable_cases.jsonl")
    clean = check(lib0, cas0)[0]
    print("clean files:", "pass" if not clean else "FAIL %s" % clean[:3])
    lib_rows = open(lib0, encoding="utf-8").read().splitlines()
    cas_rows = [json.loads(x) for x in open(cas0, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(cas_rows) if pred(c))

    def edit_case(pred, fn):
        def brk(lib, cas):
            i = first(pred)
            c = dict(cas[i])
            fn(c)
            cas[i] = c
        return brk

    def older_tie(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], sorted([c["beverage_id"]])

    breaks = [
        ("invalid JSON line", lambda lib, cas: cas.append("{broken")),
        ("fields out of order", edit_case(lambda c: True,
                                          lambda c: c.__setitem__("note", c.pop("note")))),
        ("library id gap", lambda lib, cas: lib.__setitem__(4, lib[4].replace('"SAB005"', '"SAB205"'))),
        ("bad colour", lambda lib, cas: lib.__setitem__(70, lib[70].replace('"blanc"', '"white"').replace('"rouge"', '"red"'))),
        ("duplicate label", lambda lib, cas: cas.append(dict(cas[0]))),
        ("yes with the wrong vintage", edit_case(
            lambda c: c["expect"] == "yes" and c["vintage"] and c["beverage_id"] == "SAB063",
            lambda c: c.update(beverage_id="SAB064"))),
        ("almost tie to the older vintage", edit_case(
            lambda c: c["label"].startswith("POIRE GRANIT 21"), older_tie)),
        ("pour units wrong", edit_case(lambda c: c["units_per_sale"] == 0.0083,
                                       lambda c: c.update(units_per_sale=0.0125))),
        ("none with an answer", edit_case(lambda c: c["expect"] == "none",
                                          lambda c: c.update(beverage_id="SAB001"))),
        ("comptoir label in lower case", edit_case(lambda c: c["connection"] == "comptoir",
                                                   lambda c: c.update(label=c["label"].lower()))),
        ("Z line without its price", edit_case(lambda c: c["connection"] == "rapport_z",
                                               lambda c: c.update(label=c["label"].rsplit(" ", 1)[0]))),
        ("yes without vintage pointed at the older", edit_case(
            lambda c: c["expect"] == "yes" and c["vintage"] is None and len(c["also_ok"]) == 1,
            older_tie)),
        ("magnum answered with the 75 cl", edit_case(
            lambda c: c["label"].startswith("Saumur-Champigny Filliatreau 2020 (magnum)"),
            lambda c: c.update(beverage_id="SAB079"))),
        ("label vintage changed", edit_case(lambda c: c["label"].startswith("JASN SILEX 21"),
                                            lambda c: c.update(label=c["label"].replace(" 21 ", " 20 ")))),
        ("demi of a bottled beer answered", edit_case(
            lambda c: c["label"].startswith("JOLICOEUR BRUNE"),
            lambda c: c.update(expect="yes", beverage_id="SAB042", units_per_sale=0.7576))),
        ("too many none cases removed", lambda lib, cas: cas.__setitem__(
            slice(None), [c for c in cas if c["expect"] != "none"][:] + [c for c in cas if c["expect"] == "none"][:40])),
        ("tablette label in capitals", edit_case(lambda c: c["connection"] == "tablette",
                                                 lambda c: c.update(label=c["label"].upper()))),
    ]
    tmp = tempfile.mkdtemp(prefix="sable_selftest_")
    ok = not clean
    try:
        for name, brk in breaks:
            lib = list(lib_rows)
            cas = [dict(c) for c in cas_rows]
            brk(lib, cas)
            lp, cp = os.path.join(tmp, "lib.jsonl"), os.path.join(tmp, "cases.jsonl")
            with open(lp, "w", encoding="utf-8") as f:
                f.write("\n".join(lib) + "\n")
            with open(cp, "w", encoding="utf-8") as f:
                for c in cas:
                    f.write((c if isinstance(c, str) else json.dumps(c, ensure_ascii=False)) + "\n")
            errs = check(lp, cp)[0]
            print("%-42s %s" % (name, ("reported (%d): %s" % (len(errs), errs[0][:90])) if errs else "NOT REPORTED"))
            ok = ok and bool(errs)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    lib, cas = args if len(args) == 2 else (os.path.join(HERE, "sable_library.jsonl"),
                                            os.path.join(HERE, "sable_cases.jsonl"))
    sys.exit(1 if report(lib, cas) else 0)


if __name__ == "__main__":
    main()
