#!/usr/bin/env python3
"""Checks chalon_library.jsonl and chalon_cases.jsonl on their own (stdlib only).

python3 check_chalon.py             check the two files
python3 check_chalon.py --selftest  break copies on purpose and show each break is reported
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("salle", "bar", "export")
WINE_FORMATS = {75, 37.5, 150}
POURS = {"v": 12.5, "v15": 15, "p25": 25, "p50": 50, "pot": 46, "cp": 12.5, "dose": 4, "d2": 2,
         "demi": 25, "pinte": 50}

SALLE_MEAS = {"Btl": ("btl", 75), "1/2 Btl": ("btl", 37.5), "Magnum": ("btl", 150),
              "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25),
              "Pichet 50cl": ("pour", 50), "Pot 46cl": ("pour", 46), "Coupe": ("pour", 12.5),
              "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Demi": ("draught", 25),
              "Pinte": ("draught", 50)}
BAR_MEAS = {"BT": ("btl", 75), "1/2": ("btl", 37.5), "MG": ("btl", 150), "V": ("pour", 12.5),
            "V15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50), "POT": ("pour", 46),
            "CP": ("pour", 12.5), "D": ("pour", 4), "D2": ("pour", 2), "DM": ("draught", 25),
            "PT": ("draught", 50)}
DRINK_FAMS = {"VRG", "VBL", "VRS", "EFF", "APE", "SPI", "PRE", "BIE", "SOF"}
OTHER_FAMS = {"CUI", "CAF", "DIV"}
SALLE_RE = re.compile(r"^(?P<name>[^\[\]]+?)(?: (?P<vin>(?:19|20)\d\d))?(?: \[(?P<meas>[^\]]+)\])?$")


def size_meas(text):
    """`33cl`, `37,5cl`, `1L` (salle) or `33`, `1L` (bar): a packaged bottle size."""
    m = re.fullmatch(r"(\d+(?:,\d+)?)(?:cl)?|1L", text)
    if not m:
        return None
    return ("size", 100 if text == "1L" else float(m.group(1).replace(",", ".")))


def parse(case):
    """(vintage, measure or None, errors) read from the label alone, per till's form."""
    label, till, errs = case["label"], case["connection"], []
    vintage, meas = None, None
    if till == "salle":
        m = SALLE_RE.match(label)
        if not m or not re.search(r"[a-zà-ÿ]", label):
            return None, None, ["salle label not in its form (mixed case, `[measure]`)"]
        vintage = int(m.group("vin")) if m.group("vin") else None
        if m.group("meas"):
            meas = SALLE_MEAS.get(m.group("meas")) or (
                size_meas(m.group("meas")) if m.group("meas").endswith(("cl", "L")) else None)
            if meas is None:
                errs.append("salle measure %r unknown" % m.group("meas"))
    elif till == "bar":
        name, _, code = label.partition("/")
        if not re.fullmatch(r"[A-Z0-9 .'&-]+", name) or name != name.strip() or len(name) > 13:
            errs.append("bar name field not ASCII capitals within 13 columns")
        m = re.search(r" (\d\d)$", name)
        vintage = 2000 + int(m.group(1)) if m else None
        if code:
            meas = BAR_MEAS.get(code) or size_meas(code)
            if meas is None:
                errs.append("bar measure %r unknown" % code)
        elif "/" in label:
            errs.append("bar label with an empty measure")
    elif till == "export":
        f = label.split(";")
        if len(f) != 5:
            return None, None, ["export line has not 5 fields"]
        ref, fam, desig, vin, vol = f
        if not re.fullmatch(r"\d{6}", ref):
            errs.append("export ref not 6 digits")
        h = int(hashlib.sha256(("%s|%s" % (desig, vol)).encode()).hexdigest(), 16) % 900000 + 100000
        if ref != str(h):
            errs.append("export ref is not the article's hash")
        if not re.fullmatch(r"[A-Z0-9 .'&()-]+", desig) or len(desig) > 30 or desig != desig.strip():
            errs.append("export designation not ASCII capitals within 30 columns")
        if vin and not re.fullmatch(r"(19|20)\d\d", vin):
            errs.append("export vintage column malformed")
        vintage = int(vin) if re.fullmatch(r"\d{4}", vin) else None
        if fam in OTHER_FAMS:
            if vol:
                errs.append("export non-drink family with a volume")
        elif fam in DRINK_FAMS:
            if not re.fullmatch(r"\d+,\d{3}", vol):
                errs.append("export volume malformed")
            else:
                cl = round(float(vol.replace(",", ".")) * 100, 1)
                cl = int(cl) if cl == int(cl) else cl
                if fam in ("VRG", "VBL", "VRS", "EFF"):
                    meas = ("btl", cl) if cl in WINE_FORMATS else ("pour", cl)
                elif fam in ("APE", "SPI"):
                    meas = ("size", cl) if cl >= 20 else ("pour", cl)
                elif fam == "PRE":
                    meas = ("draught", cl)
                else:
                    meas = ("size", cl)
        else:
            errs.append("export family %r unknown" % fam)
    else:
        errs.append("unknown connection %r" % till)
    return vintage, meas, errs


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def validate(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields not in bench order" % i)
        lib.append(e)
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields not in order" % i)
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    by_id = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "cz%03d" % i:
            errs.append("library id %r out of sequence (expected cz%03d)" % (e.get("id"), i))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("%s: bad colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("%s: bad category %r" % (e.get("id"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if wine != (e.get("colour") is not None):
            errs.append("%s: colour must be set for wines only" % e.get("id"))
        if wine and e.get("format_cl") not in WINE_FORMATS | {62, 50, 100}:
            errs.append("%s: odd wine format" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("format_cl") <= 0:
            errs.append("%s: bad format" % e.get("id"))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: bad vintage" % e.get("id"))
    seen = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        where = "case %r" % lab
        if lab in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(lab)
        till = c.get("connection")
        if till not in TILLS:
            errs.append("%s: unknown connection" % where)
            continue
        if c.get("expect") not in ("yes", "almost", "none"):
            errs.append("%s: bad expect" % where)
            continue
        counts[till][c["expect"]] += 1
        vintage, meas, perr = parse(c)
        errs += ["%s: %s" % (where, p) for p in perr]
        if c.get("vintage") != vintage:
            errs.append("%s: vintage %r but the label reads %r" % (where, c.get("vintage"), vintage))
        u = c.get("units_per_sale")
        if c["expect"] == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or u is not None:
                errs.append("%s: none must have no beverage, no also_ok, no units" % where)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append("%s: unknown beverage_id" % where)
            continue
        if meas is None:
            errs.append("%s: a drink answer on a label with no measure" % where)
            continue
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append("%s: units not a number to 4 decimals" % where)
            continue
        kind, vol = meas
        fmt = e["format_cl"]
        wine = e["category"] in ("vin", "champagne")
        if kind == "btl":
            if not wine or fmt != vol:
                errs.append("%s: bottle label %g cl on entry %s of %g cl" % (where, vol, e["id"], fmt))
            if u != 1:
                errs.append("%s: a bottle is 1 unit" % where)
        elif kind == "size":
            if wine or fmt != vol:
                errs.append("%s: size %g cl on entry %s of %g cl" % (where, vol, e["id"], fmt))
            if u != 1:
                errs.append("%s: a bottle is 1 unit" % where)
        else:
            if kind == "draught" and fmt < 2000:
                errs.append("%s: draught measure on a non-keg entry" % where)
            if kind == "pour":
                if fmt >= 2000:
                    errs.append("%s: bottle pour on a keg" % where)
                same = [x for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))]
                fmts = {x["format_cl"] for x in same}
                if wine and 75 in fmts and fmt != 75:
                    errs.append("%s: a glass must pour from the 75 cl entry" % where)
                if fmt in (37.5, 150) and len(fmts) > 1:
                    errs.append("%s: a glass never pours from a half or magnum" % where)
            if u != round(vol / fmt, 4):
                errs.append("%s: units %r, measure says %r" % (where, u, round(vol / fmt, 4)))
        group = [x for x in lib if same_wine(x, e)]
        others = sorted(x["id"] for x in group if x is not e)
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes":
            if vintage is not None and e["vintage"] is not None:
                if e["vintage"] != vintage:
                    errs.append("%s: yes but entry vintage %r differs" % (where, e["vintage"]))
                if c["also_ok"]:
                    errs.append("%s: yes with a vintage must have empty also_ok" % where)
            else:
                if e["vintage"] != max(vints, key=lambda v: v or 0):
                    errs.append("%s: yes without vintage must be the most recent" % where)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok must list the other vintages" % where)
        else:
            if vintage is None or vintage in vints or None in vints:
                errs.append("%s: almost needs a label vintage the wine lacks" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vintage), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost not the nearest vintage (%r)" % (where, best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok must list the other vintages" % where)
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases, not 280-300" % n)
    if n:
        for ans, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            share = 100.0 * sum(counts[t][ans] for t in TILLS) / n
            if not lo <= share <= hi:
                errs.append("%s share %.1f %% outside %d-%d %%" % (ans, share, lo, hi))
    for t in TILLS:
        for ans in ("yes", "almost", "none"):
            if counts[t][ans] == 0:
                errs.append("till %s has no %s case" % (t, ans))
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def first(cases, pred):
    for i, line in enumerate(cases):
        c = json.loads(line)
        if pred(c):
            return i, c
    raise LookupError


def selftest(lib, cases):
    def edit_case(pred, fn):
        cs = list(cases)
        i, c = first(cs, pred)
        fn(c)
        cs[i] = json.dumps(c, ensure_ascii=False)
        return lib, cs

    def edit_lib(i, fn):
        ls = list(lib)
        e = json.loads(ls[i])
        e = fn(e) or e
        ls[i] = json.dumps(e, ensure_ascii=False)
        return ls, cases

    def swap_fields(e):
        return {"name": e["name"], "id": e["id"], **{k: e[k] for k in LIB_FIELDS[2:]}}

    def set_(k, v):
        return lambda c: c.__setitem__(k, v)

    def bar_long(c):
        c["label"] = "MERCUREY BARRAULTS/BT"

    def farther(c):
        # point at another vintage of the group than the nearest
        c["beverage_id"], c["also_ok"][0] = c["also_ok"][0], c["beverage_id"]

    keg_ids = {json.loads(x)["id"] for x in lib if json.loads(x)["format_cl"] >= 2000}
    breaks = [
        ("broken JSON", (lib, [*cases[:5], '{"label": "X",', *cases[6:]])),
        ("library field order", edit_lib(0, swap_fields)),
        ("id gap", edit_lib(4, lambda e: e.__setitem__("id", "cz099"))),
        ("bad colour", edit_lib(1, lambda e: e.__setitem__("colour", "red"))),
        ("bad category", edit_lib(2, lambda e: e.__setitem__("category", "wine"))),
        ("vintage not on the label", edit_case(lambda c: c["vintage"] is None and c["expect"] == "yes",
                                               set_("vintage", 2019))),
        ("also_ok dropped", edit_case(lambda c: c["expect"] == "yes" and c["also_ok"], set_("also_ok", []))),
        ("almost not the nearest", edit_case(lambda c: c["expect"] == "almost" and c["also_ok"], farther)),
        ("pour units", edit_case(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None),
                                 set_("units_per_sale", 0.2))),
        ("bar over 13 columns", edit_case(lambda c: c["connection"] == "bar" and c["expect"] == "yes", bar_long)),
        ("salle in capitals", edit_case(lambda c: c["connection"] == "salle",
                                        lambda c: c.__setitem__("label", c["label"].upper()))),
        ("export ref not the hash", edit_case(lambda c: c["connection"] == "export",
                                              lambda c: c.__setitem__("label", "123456" + c["label"][6:]))),
        ("export volume malformed", edit_case(lambda c: c["connection"] == "export" and c["expect"] == "yes",
                                              lambda c: c.__setitem__("label", c["label"].rsplit(";", 1)[0] + ";75cl"))),
        ("none with an id", edit_case(lambda c: c["expect"] == "none", set_("beverage_id", "cz001"))),
        ("duplicate label", (lib, [*cases, cases[0]])),
        ("bottle label on a half entry", edit_case(
            lambda c: c["label"].endswith("[Btl]") and c["expect"] == "yes" and c["vintage"] == 2021
            and "Myglands" in c["label"], set_("beverage_id", "cz007"))),
        ("draught on a bottle entry", edit_case(
            lambda c: c["expect"] == "yes" and c["beverage_id"] in keg_ids,
            set_("beverage_id", "cz112"))),
        ("counts out of range", (lib, cases[:200])),
        ("almost turned yes", edit_case(lambda c: c["expect"] == "almost", set_("expect", "yes"))),
    ]
    ok = True
    clean, _ = validate(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    ok &= not clean
    for name, (ls, cs) in breaks:
        errs, _ = validate(ls, cs)
        print("%-32s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib, cases = read("chalon_library.jsonl"), read("chalon_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs, counts = validate(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for t in TILLS:
        print("  %-7s %s" % (t, counts[t]))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
