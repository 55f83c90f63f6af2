#!/usr/bin/env python3
"""Validate royan_library.jsonl and royan_cases.jsonl, reading only those two files.

python3 check_royan.py             check the files beside this script
python3 check_royan.py --selftest  break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "kiosque", "export")

# what each printed measure means: (kind, cl) with kind bottle / half / magnum / size / pour / draught
CAISSE_HEAD = {"BT": ("bottle", None), "1/2": ("half", 37.5), "MAG": ("magnum", 150),
               "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15),
               "PCH50": ("pour", 50), "PCH25": ("pour", 25), "CP": ("pour", 12.5),
               "DS": ("pour", 4), "DS2": ("pour", 2), "DEMI": ("draught", 25),
               "PINTE": ("draught", 50)}
KIOSQUE_VAR = {"bouteille": ("bottle", None), "demi-bouteille": ("half", 37.5),
               "magnum": ("magnum", 150), "verre": ("pour", 12.5),
               "verre 12 cl": ("pour", 12), "verre 15 cl": ("pour", 15),
               "pichet 50 cl": ("pour", 50), "pichet 25 cl": ("pour", 25),
               "coupe": ("pour", 12.5), "shot 4 cl": ("pour", 4), "shot 2 cl": ("pour", 2),
               "pression 25 cl": ("draught", 25), "pression 50 cl": ("draught", 50)}
EXPORT_UNIT = {"BTL": ("size", None), "VERRE": ("pour", 12.5), "VERRE 12": ("pour", 12),
               "VERRE 15": ("pour", 15), "PICHET 50": ("pour", 50),
               "PICHET 25": ("pour", 25), "COUPE": ("pour", 12.5), "DOSE": ("pour", 4),
               "DOSE 2": ("pour", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
               "UNITE": (None, None)}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v == int(v) else v


def read_label(conn, label, errs, where):
    """(vintage, kind, cl, bottle_cl) read back from a label, checking the till's form."""
    if conn == "caisse":
        if len(label) > 24 or label != label.strip() or not re.fullmatch(r"[A-Z0-9 /.&-]+", label):
            errs.append("%s: caisse label not ASCII capitals within 24 columns" % where)
        m = re.search(r" (\d{2})$", label)
        v = 2000 + int(m.group(1)) if m else None
        head = label.split(" ")[0]
        if head in CAISSE_HEAD:
            kind, cl = CAISSE_HEAD[head]
            return v, kind, cl, cl if kind in ("half", "magnum") else None
        m = re.fullmatch(r"(\d+(?:\.\d)?)CL", head)
        if m:
            return v, "size", None, num(m.group(1))
        return v, None, None, None
    if conn == "kiosque":
        if "'" in label or label.upper() == label or not label[0].isupper():
            errs.append("%s: kiosque label not sentence case with typographic apostrophe" % where)
        m = re.fullmatch(r"(.*?)(?: \(([^()]*)\))?", label)
        text, var = m.group(1), m.group(2)
        mv = re.search(r"\b((?:19|20)\d{2})\b", text)
        v = int(mv.group(1)) if mv else None
        if var is None:
            return v, None, None, None
        if var in KIOSQUE_VAR:
            kind, cl = KIOSQUE_VAR[var]
            return v, kind, cl, cl if kind in ("half", "magnum") else None
        ms = re.fullmatch(r"(\d+(?:,\d+)?) (cl|l)", var)
        if ms:
            size = num(ms.group(1)) * (100 if ms.group(2) == "l" else 1)
            return v, "size", None, num(str(size))
        errs.append("%s: unknown kiosque variant %r" % (where, var))
        return v, None, None, None
    f = label.split(";")
    if len(f) != 5:
        errs.append("%s: export line must have 5 fields" % where)
        return None, None, None, None
    code, desig, vint, cont, unit = f
    if not re.fullmatch(r"\d{5}", code):
        errs.append("%s: export article code not 5 digits" % where)
    if len(desig) > 32 or desig != desig.strip() or not re.fullmatch(r"[A-Z0-9 ().,'/&-]+", desig):
        errs.append("%s: export designation not ASCII capitals within 32" % where)
    if vint and not re.fullmatch(r"(19|20)\d{2}", vint):
        errs.append("%s: export vintage field" % where)
    if unit not in EXPORT_UNIT:
        errs.append("%s: export unit %r" % (where, unit))
        return None, None, None, None
    if (unit == "UNITE") != (cont == ""):
        errs.append("%s: export content and unit disagree" % where)
    if cont and not re.fullmatch(r"\d+(,\d+)?", cont):
        errs.append("%s: export content not litres with a decimal comma" % where)
        cont = ""
    v = int(vint) if vint else None
    kind, cl = EXPORT_UNIT[unit]
    bottle = num(str(round(num(cont) * 100, 3))) if cont else None
    return v, kind, cl, bottle


def check(lib_lines, case_lines, counts=True):
    errs = []
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i, list(r)))
        if r.get("id") != "ry%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, r.get("id")))
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (r.get("id"), cat))
        if col is not None and col not in COLOURS:
            errs.append("%s: colour %r" % (r.get("id"), col))
        if cat in ("vin", "champagne") and col is None:
            errs.append("%s: a wine without colour" % r.get("id"))
        if cat in ("spiritueux", "bière", "soft") and col is not None:
            errs.append("%s: colour on a %s" % (r.get("id"), cat))
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format_cl %r" % (r.get("id"), f))
        elif f >= 1000 and cat != "bière":
            errs.append("%s: a keg format on a %s" % (r.get("id"), cat))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: vintage %r" % (r.get("id"), v))
        lib.append(r)
        byid[r.get("id")] = r
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])
    groups = {}
    for r in lib:
        groups.setdefault(wine(r), []).append(r)
    seen = Counter((wine(r), r["format_cl"], r["vintage"]) for r in lib)
    for k, n in seen.items():
        if n > 1:
            errs.append("library: %s held %d times" % (k, n))

    def ordinary(g):
        bottles = sorted({r["format_cl"] for r in g if r["format_cl"] < 1000})
        return 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)

    cases, labels = [], Counter()
    for i, line in enumerate(case_lines, 1):
        where = "case line %d" % i
        try:
            c = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError:
            errs.append("%s: bad JSON" % where)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("%s: field order %s" % (where, list(c)))
            continue
        cases.append(c)
        where = "%s %r" % (where, c["label"])
        labels[c["label"]] += 1
        conn = c["connection"]
        if conn not in TILLS:
            errs.append("%s: connection %r" % (where, conn))
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%s: empty note" % where)
        v, kind, cl, bottle = read_label(conn, c["label"], errs, where)
        if v != c["vintage"]:
            errs.append("%s: vintage %r but the label reads %r" % (where, c["vintage"], v))
        e = c["expect"]
        if e == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: a none with an answer" % where)
            continue
        if e not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, e))
            continue
        r = byid.get(c["beverage_id"])
        if r is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if kind is None:
            errs.append("%s: a match on a label without a measure" % where)
            continue
        g = groups[wine(r)]
        fmt = r["format_cl"]
        # the format the label refers to
        if kind == "draught":
            want = fmt if (fmt >= 1000 and r["category"] == "bière") else "a keg"
            if conn == "export" and bottle != fmt:
                want = bottle
        elif kind == "pour":
            want = ordinary(g)
            if conn == "export" and bottle != want:
                want = "%s (printed %s)" % (want, bottle)
        elif kind == "bottle":
            want = ordinary(g)
        else:
            want = bottle
        if want != fmt:
            errs.append("%s: entry format %s, the label means %s" % (where, fmt, want))
            continue
        # units
        units = 1 if kind in ("bottle", "half", "magnum", "size") else round(cl / fmt, 4)
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, the measure gives %r" % (where, c["units_per_sale"], units))
        # vintages
        same = [x for x in g if x["format_cl"] == fmt]
        held = {x["vintage"]: x["id"] for x in same}
        others = sorted(x["id"] for x in same if x["id"] != r["id"])
        if v is None:
            if e != "yes":
                errs.append("%s: almost without a vintage on the label" % where)
            best = max(held, key=lambda x: x or 0)
            if r["vintage"] != best:
                errs.append("%s: not the most recent vintage" % where)
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok should be %s" % (where, others))
        elif v in held:
            if e != "yes" or r["vintage"] != v or c["also_ok"] != []:
                errs.append("%s: the label's vintage is held: yes, that entry, no also_ok" % where)
        else:
            if None in held:
                errs.append("%s: a vintage on a non-vintage drink" % where)
                continue
            best = sorted(held, key=lambda x: (abs(x - v), -x))[0]
            if e != "almost" or r["vintage"] != best:
                errs.append("%s: almost should be the nearest vintage %s" % (where, best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok should be %s" % (where, others))
    for lab, n in labels.items():
        if n > 1:
            errs.append("label %r appears %d times" % (lab, n))
    if counts:
        n = len(cases)
        if not 280 <= n <= 300:
            errs.append("cases: %d, not 280-300" % n)
        tot = Counter(c["expect"] for c in cases)
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            share = 100.0 * tot[e] / max(n, 1)
            if not lo <= share <= hi:
                errs.append("cases: %s %.1f %% not in %d-%d %%" % (e, share, lo, hi))
        tc = Counter((c["connection"], c["expect"]) for c in cases)
        for t in TILLS:
            for e in ("yes", "almost", "none"):
                if not tc[t, e]:
                    errs.append("till %s has no %s" % (t, e))
    return errs


def load():
    with open(os.path.join(HERE, "royan_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "royan_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def summary(case_lines):
    cs = [json.loads(x) for x in case_lines]
    tc = Counter((c["connection"], c["expect"]) for c in cs)
    for t in TILLS:
        print("  %-8s yes %3d  almost %3d  none %3d" % (t, tc[t, "yes"], tc[t, "almost"], tc[t, "none"]))
    print("  total %d" % len(cs))


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "the clean files must pass"
    L = [json.loads(x, object_pairs_hook=OrderedDict) for x in lib]
    C = [json.loads(x, object_pairs_hook=OrderedDict) for x in cases]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib_rows=None, case_rows=None, raw_lib=None, raw_cases=None):
        breaks.append((name, raw_lib or dump(lib_rows if lib_rows is not None else L),
                       raw_cases or dump(case_rows if case_rows is not None else C)))

    brk("bad JSON", raw_cases=[*cases[:5], '{"label": ', *cases[6:]])
    c = copy.deepcopy(C); c[3] = OrderedDict(reversed(list(c[3].items()))); brk("case field order", case_rows=c)
    l = copy.deepcopy(L); l[10]["id"] = "ry999"; brk("id out of sequence", lib_rows=l)
    l = copy.deepcopy(L); l[0]["colour"] = "jaune"; brk("unknown colour", lib_rows=l)
    l = copy.deepcopy(L); i = next(i for i, r in enumerate(l) if r["category"] == "spiritueux")
    l[i]["colour"] = "blanc"; brk("colour on a spirit", lib_rows=l)
    c = copy.deepcopy(C); i = first(lambda x: x["vintage"] and x["connection"] == "kiosque")
    c[i]["vintage"] += 1; brk("vintage not the label's", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["also_ok"])
    c[i]["also_ok"] = []; brk("also_ok dropped", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("almost not the nearest", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "none"); c[i]["beverage_id"] = "ry001"
    brk("none with an id", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["units_per_sale"] != 1)
    c[i]["units_per_sale"] = 0.16; brk("wrong units", case_rows=c)
    c = copy.deepcopy(C); c[8] = copy.deepcopy(c[7]); brk("duplicate label", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse" and x["vintage"])
    c[i]["label"] = c[i]["label"][:-3] + " EXTRA" + c[i]["label"][-3:]
    brk("caisse over 24 columns", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "kiosque")
    c[i]["label"] = c[i]["label"].upper(); brk("kiosque in capitals", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "export")
    c[i]["label"] = ";".join(c[i]["label"].split(";")[:4]); brk("export with 4 fields", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse" and x["label"].startswith("1/2 ") and x["expect"] == "yes")
    c[i]["label"] = "BT" + c[i]["label"][3:]; brk("half bottle label on a 75 cl entry", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["label"].startswith("DEMI ") and x["expect"] == "yes")
    j = next(r["id"] for r in L if r["category"] == "bière" and r["format_cl"] < 1000)
    c[i]["beverage_id"] = j; brk("draught on a bottle entry", case_rows=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes"); c[i]["beverage_id"] = "ry777"
    brk("unknown beverage_id", case_rows=c)
    brk("counts out of range", case_rows=[x for x in C if x["expect"] != "none"])
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"] and x["connection"] == "export")
    c[i]["label"] = c[i]["label"].replace(";%d;" % c[i]["vintage"], ";%d;" % (c[i]["vintage"] - 9))
    c[i]["vintage"] -= 9; brk("yes on a vintage not held", case_rows=c)
    l = copy.deepcopy(L); i = next(i for i, r in enumerate(l) if r["category"] == "vin")
    l[i]["format_cl"] = 3000; brk("keg format on a wine", lib_rows=l)
    expect = {"bad JSON": "bad JSON", "case field order": "field order",
              "id out of sequence": "out of sequence", "unknown colour": "colour 'jaune'",
              "colour on a spirit": "colour on a", "vintage not the label's": "the label reads",
              "also_ok dropped": "also_ok should be", "almost not the nearest": "nearest vintage",
              "none with an id": "a none with an answer", "wrong units": "units 0.16",
              "duplicate label": "appears 2 times", "caisse over 24 columns": "24 columns",
              "kiosque in capitals": "sentence case", "export with 4 fields": "5 fields",
              "half bottle label on a 75 cl entry": "the label means 75",
              "draught on a bottle entry": "means a keg", "unknown beverage_id": "unknown beverage_id",
              "counts out of range": "not 280-300", "yes on a vintage not held": "nearest vintage",
              "keg format on a wine": "keg format"}
    ok = True
    for name, bl, bc in breaks:
        e = [x for x in check(bl, bc) if expect[name] in x]
        print("%-38s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("clean files: pass" if not check(lib, cases) else "clean files: FAIL")
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    print("library %d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d problems" % len(errs)))
    summary(cases)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
