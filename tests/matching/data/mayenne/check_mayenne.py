#!/usr/bin/env python3
"""Check the blind held-out set "mayenne" from its two jsonl files alone.

python3 check_mayenne.py             validate mayenne_library.jsonl and mayenne_cases.jsonl
python3 check_mayenne.py --selftest  break copies on purpose and show each break is reported
Stdlib only; reads nothing but the two files.
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_ORDER = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_ORDER = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE_FORMATS = {37.5, 50, 75, 150, 1000}
TILLS = ("comptoir", "terminal", "rapport_z")
POUR = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2, "DE": 25, "PI": 50}
FAMILY_CATS = {"VIN": {"vin"}, "BUL": {"vin", "champagne"}, "BIE": {"bière"}, "CID": {"autre"},
               "APE": {"spiritueux", "autre"}, "ALC": {"spiritueux"}, "SOF": {"soft"},
               "CHD": set(), "SNK": set(), "DIV": set()}
C_CODES = {"BTL": "B", "1/2": "H", "MAG": "M", "VRE": "G", "V15": "G15", "P25": "P25", "P50": "P50",
           "CP": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINT": "PI"}
T_CODES = {"btl": "B", "1/2 btl": "H", "magnum": "M", "verre": "G", "verre 15cl": "G15",
           "pichet 25cl": "P25", "pichet 50cl": "P50", "coupe": "CP", "dose": "D", "dose 2cl": "D2",
           "demi": "DE", "pinte": "PI"}
Z_CODES = {"37,5CL": "H", "150CL": "M", "VRE": "G", "VRE15": "G15", "PCH25": "P25", "PCH50": "P50",
           "CP": "CP", "DOSE": "D", "DOSE2": "D2", "DEMI": "DE", "PINTE": "PI", "UNITE": "N"}
Z_RE = re.compile(r"^(\d{4}) (.+?)(?: ((?:19|20)\d{2}))? (\S+) x(\d+) (\d+),(\d{2})$")


def size_code(s):
    """'33CL' / '37,5cl' / '1L' -> 'C33' / 'C37.5' / 'C100', else None."""
    m = re.fullmatch(r"(\d+(?:,\d)?)(?:cl|CL)|1[lL]", s)
    if not m:
        return None
    if m.group(1) is None:
        return "C100"
    return "C%g" % float(m.group(1).replace(",", "."))


def read_label(till, label, errs, where):
    """-> (measure or None, vintage) read back from the label; reports the till's form."""
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z]{3})\.([A-Z0-9 ,/.'-]+)", label)
        if not m or m.group(1) not in FAMILY_CATS:
            errs.append("%s: comptoir form (FAM.TEXT in ASCII capitals) %r" % (where, label))
            return None, None
        if len(label) > 20 or label != label.rstrip():
            errs.append("%s: comptoir label over 20 columns %r" % (where, label))
        first = m.group(2).split(" ", 1)[0]
        measure = C_CODES.get(first) or size_code(first)
        if measure is None and first.upper() == first and re.fullmatch(r"\d+(,\d)?CL", first):
            measure = size_code(first)
        vm = re.search(r" (\d{2})$", label)
        vint = 2000 + int(vm.group(1)) if (vm and m.group(1) in ("VIN", "BUL")) else None
        return (measure or "O"), vint
    if till == "terminal":
        if label != label.lower():
            errs.append("%s: terminal label not in lower case %r" % (where, label))
        parts = label.split(" / ")
        if len(parts) not in (2, 3) or not re.fullmatch(r"\d+,\d{2}€", parts[-1]):
            errs.append("%s: terminal form (text / measure / price€) %r" % (where, label))
            return None, None
        measure = "N"
        if len(parts) == 3:
            measure = T_CODES.get(parts[1]) or size_code(parts[1])
            if measure is None:
                errs.append("%s: terminal measure unknown %r" % (where, parts[1]))
        ys = re.findall(r"\b((?:19|20)\d{2})\b", parts[0])
        return measure, (int(ys[-1]) if ys else None)
    m = Z_RE.match(label)
    if not m:
        errs.append("%s: Z report form (PLU LIBELLE [YEAR] UNIT xQ AMOUNT) %r" % (where, label))
        return None, None
    lib = m.group(2)
    if len(lib) > 24 or lib != lib.upper() or m.group(1) > "0999":
        errs.append("%s: Z libellé over 24 columns, not in capitals, or PLU out of range %r" % (where, label))
    qty, cents = int(m.group(5)), int(m.group(6)) * 100 + int(m.group(7))
    if qty < 1 or cents % qty:
        errs.append("%s: Z amount is not quantity x a unit price %r" % (where, label))
    code = m.group(4)
    measure = "C75" if code == "75CL" else (Z_CODES.get(code) or size_code(code))
    if measure is None:
        errs.append("%s: Z unit unknown %r" % (where, code))
    return measure, (int(m.group(3)) if m.group(3) else None)


def target_format(measure, formats):
    ordinary = 75 if 75 in formats else (formats[0] if len([f for f in formats if f < 2000]) == 1 and formats[0] < 2000 else None)
    if measure == "B":
        return ordinary if ordinary is not None and ordinary <= 150 else None
    if measure == "H":
        return 37.5
    if measure == "M":
        return 150
    if measure.startswith("C") and measure[1:2].isdigit():
        f = float(measure[1:])
        return int(f) if f.is_integer() else f
    if measure == "O":
        return formats[0] if len(formats) == 1 else None
    if measure in ("DE", "PI"):
        kegs = [f for f in formats if f >= 2000]
        return kegs[0] if kegs else None
    if measure in POUR:
        return ordinary
    return None


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(r) != LIB_ORDER:
            errs.append("library line %d: field order %s" % (i, list(r)))
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    seen_wine = set()
    for n, r in enumerate(lib, 1):
        w = "library %s" % r.get("id")
        if r.get("id") != "MAY%03d" % n:
            errs.append("%s: id out of sequence (want MAY%03d)" % (w, n))
        cat, col, f = r.get("category"), r.get("colour"), r.get("format_cl")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (w, cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: wine colour %r" % (w, col))
            if f not in WINE_FORMATS:
                errs.append("%s: wine format %r" % (w, f))
        elif col is not None:
            errs.append("%s: colour %r on a %s" % (w, col, cat))
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 2000 and cat != "bière") or (f == 1000 and cat != "vin"):
            errs.append("%s: format %r" % (w, f))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: vintage %r" % (w, v))
        k = (r.get("name"), r.get("producer"), r.get("appellation"), col, cat, f, v)
        if k in seen_wine:
            errs.append("%s: the same wine, format and vintage twice" % w)
        seen_wine.add(k)
    by_id = {r.get("id"): r for r in lib}
    group = {}
    for r in lib:
        group.setdefault((r["name"], r["producer"], r["appellation"], r["colour"], r["category"]), []).append(r)

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % i)
            continue
        if list(c) != CASE_ORDER:
            errs.append("cases line %d: field order %s" % (i, list(c)))
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d labels, not 280-300" % len(cases))
    count = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for i, c in enumerate(cases, 1):
        label, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        w = "case %d %r" % (i, label)
        if label in labels:
            errs.append("%s: duplicate label" % w)
        labels.add(label)
        if till not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append("%s: connection %r / expect %r" % (w, till, exp))
            continue
        count[till][exp] += 1
        measure, vint = read_label(till, label, errs, w)
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r but the label says %r" % (w, c.get("vintage"), vint))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append("%s: none with a drink, also_ok or units" % w)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (w, c.get("beverage_id")))
            continue
        if measure is None or measure == "N":
            errs.append("%s: a drink answer for a label without measure" % w)
            continue
        if till == "comptoir":
            fam = label.split(".", 1)[0]
            if e["category"] not in FAMILY_CATS.get(fam, set()):
                errs.append("%s: family %s on a %s" % (w, fam, e["category"]))
        g = group[(e["name"], e["producer"], e["appellation"], e["colour"], e["category"])]
        formats = sorted({x["format_cl"] for x in g})
        tf = target_format(measure, formats)
        if tf != e["format_cl"]:
            errs.append("%s: the label means format %r, the entry is %r" % (w, tf, e["format_cl"]))
        same = sorted((x for x in g if x["format_cl"] == e["format_cl"]), key=lambda x: x["id"])
        vints = [x["vintage"] for x in same]
        others = [x["id"] for x in same if x["id"] != e["id"]]
        if exp == "yes" and vint is not None and vints != [None]:
            others = []  # the label gives the vintage: also_ok is empty
        if sorted(c.get("also_ok") or []) != others:
            errs.append("%s: also_ok %r, want %r" % (w, c.get("also_ok"), others))
        if exp == "yes":
            if vints != [None]:
                want = vint if vint is not None else max(vints)
                if e["vintage"] != want:
                    errs.append("%s: yes on vintage %r, want %r" % (w, e["vintage"], want))
        else:
            if vints == [None] or vint is None or vint in vints:
                errs.append("%s: almost but the label's vintage is held or absent" % w)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %r, the nearest is %r" % (w, e["vintage"], best))
        want_u = round(POUR[measure] / e["format_cl"], 4) if measure in POUR else 1
        if c.get("units_per_sale") != want_u:
            errs.append("%s: units %r, want %r" % (w, c.get("units_per_sale"), want_u))
    total = sum(sum(v.values()) for v in count.values())
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            share = 100.0 * sum(count[t][exp] for t in TILLS) / total
            if not lo <= share <= hi:
                errs.append("counts: %s %.1f %% not in %d-%d %%" % (exp, share, lo, hi))
        for t in TILLS:
            for exp, n in count[t].items():
                if n == 0:
                    errs.append("counts: till %s has no %s" % (t, exp))
    return errs, count


def load():
    with open(os.path.join(HERE, "mayenne_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "mayenne_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def first(cases, pred):
    for i, line in enumerate(cases):
        c = json.loads(line)
        if pred(c):
            return i, c
    raise SystemExit("selftest: no case to break")


def put(cases, i, c):
    cases = list(cases)
    cases[i] = json.dumps(c, ensure_ascii=False)
    return cases


def breaks(lib, cases):
    out = []
    L = list(lib)
    L[3] = L[3][:-2]
    out.append(("broken JSON", L, cases))
    i, c = first(cases, lambda c: True)
    d = {k: c[k] for k in ["expect", "label", *CASE_ORDER[2:]]}
    out.append(("field order", lib, put(cases, i, d)))
    L = list(lib)
    r = json.loads(L[10]); r["id"] = "MAY999"; L[10] = json.dumps(r, ensure_ascii=False)
    out.append(("id out of sequence", L, cases))
    L = list(lib)
    j = next(k for k, x in enumerate(L) if json.loads(x)["category"] == "spiritueux")
    r = json.loads(L[j]); r["colour"] = "blanc"; L[j] = json.dumps(r, ensure_ascii=False)
    out.append(("colour on a spirit", L, cases))
    i, c = first(cases, lambda c: "cut off" in c["note"])
    c = copy.deepcopy(c); c["vintage"] = int(re.search(r"\[(\d{4}) cut", c["note"]).group(1))
    out.append(("vintage not on the label", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "yes" and c["also_ok"])
    c = copy.deepcopy(c); c["also_ok"] = []
    out.append(("also_ok dropped", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "almost" and c["also_ok"])
    c = copy.deepcopy(c); c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]
    out.append(("almost not the nearest", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["units_per_sale"] not in (None, 1))
    c = copy.deepcopy(c); c["units_per_sale"] = 0.1667 if c["units_per_sale"] != 0.1667 else 0.2
    out.append(("wrong units", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["connection"] == "comptoir" and len(c["label"]) < 18)
    c = copy.deepcopy(c); c["label"] += " EXTRA LONG"
    out.append(("comptoir over 20 columns", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["connection"] == "terminal")
    c = copy.deepcopy(c); c["label"] = c["label"].upper()
    out.append(("terminal in capitals", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["connection"] == "rapport_z" and " x3 " in c["label"])
    c = copy.deepcopy(c); c["label"] = re.sub(r",(\d)(\d)$", lambda m: ",%s%d" % (m.group(1), (int(m.group(2)) + 1) % 10), c["label"])
    out.append(("Z amount not qty x price", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "none")
    c = copy.deepcopy(c); c["beverage_id"] = "MAY001"
    out.append(("none with a drink", lib, put(cases, i, c)))
    cs = list(cases); cs[5] = cases[4]
    out.append(("duplicate label", lib, cs))
    i, c = first(cases, lambda c: c["expect"] == "yes" and "37,5CL" in c["label"])
    lib_rows = [json.loads(x) for x in lib]
    e = next(r for r in lib_rows if r["id"] == c["beverage_id"])
    other = next((r for r in lib_rows if r["name"] == e["name"] and r["producer"] == e["producer"]
                  and r["format_cl"] == 75 and r["vintage"] == e["vintage"]), None)
    c = copy.deepcopy(c); c["beverage_id"] = other["id"] if other else "MAY001"
    out.append(("half bottle label on a 75 cl entry", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "yes" and c["label"].startswith("BIE.DEMI"))
    bottle = next(r["id"] for r in lib_rows if r["category"] == "bière" and r["format_cl"] < 100)
    c = copy.deepcopy(c); c["beverage_id"] = bottle
    out.append(("demi on a bottled beer", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "yes" and c["label"].startswith("VIN.") and c["vintage"] is None)
    c = copy.deepcopy(c); c["label"] = "BIE." + c["label"][4:]
    out.append(("family against the category", lib, put(cases, i, c)))
    cs = [x for x in cases if json.loads(x)["expect"] != "none"] + [x for x in cases if json.loads(x)["expect"] == "none"][:60]
    out.append(("counts out of range", lib, cs))
    i, c = first(cases, lambda c: True)
    c = copy.deepcopy(c); c["expect"] = "maybe"
    out.append(("unknown expect", lib, put(cases, i, c)))
    i, c = first(cases, lambda c: c["expect"] == "yes" and c["vintage"] is not None and not c["also_ok"])
    c = copy.deepcopy(c); c["expect"] = "almost"
    out.append(("almost on a held vintage", lib, put(cases, i, c)))
    return out


def main():
    lib, cases = load()
    if "--selftest" in sys.argv:
        errs, _ = check(lib, cases)
        print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
        bad = bool(errs)
        for name, L, C in breaks(lib, cases):
            e, _ = check(L, C)
            print("%-36s %s" % (name, ("reported: " + e[0][:90]) if e else "NOT REPORTED"))
            bad = bad or not e
        print("selftest", "FAILED" if bad else "ok")
        sys.exit(1 if bad else 0)
    errs, count = check(lib, cases)
    for e in errs:
        print(e)
    tot = {x: sum(count[t][x] for t in TILLS) for x in ("yes", "almost", "none")}
    for t in TILLS:
        print("%-10s %s" % (t, count[t]))
    print("total %d %s" % (sum(tot.values()), tot))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
