"""Check the Tulle blind set, reading only tulle_library.jsonl and tulle_cases.jsonl.
python3 check_tulle.py [--selftest]"""
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
# measure -> (kind, volume cl)   bottle volume None = the entry's own (not half/magnum)
P_MEAS = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "50CL": ("bottle", 50),
          "33CL": ("bottle", 33), "25CL": ("bottle", 25), "VRE": ("pour", 12.5),
          "VRE12": ("pour", 12), "VRE15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
          "DOSE": ("pour", 4), "DOSE2": ("pour", 2), "FLUTE": ("pour", 12.5),
          "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
W_MEAS = {"btl": ("bottle", None), "u": ("bottle", None), "1/2 btl": ("bottle", 37.5),
          "mag.": ("bottle", 150), "btl 50": ("bottle", 50), "33cl": ("bottle", 33),
          "25cl": ("bottle", 25), "vr": ("pour", 12.5), "vr12": ("pour", 12),
          "vr15": ("pour", 15), "pich.25": ("pour", 25), "pich.50": ("pour", 50),
          "dose": ("pour", 4), "dose 2": ("pour", 2), "flute": ("pour", 12.5),
          "demi": ("draught", 25), "pinte": ("draught", 50)}
F_POURS = {2, 4, 12, 12.5, 15, 25, 50}


def yy(v):
    v = int(v)
    return 1900 + v if v > 30 else 2000 + v


def parse_label(conn, label):
    """-> (form errors, vintage, (kind, vol) or None)"""
    errs = []
    if conn == "P":
        if len(label) != 27 or label[20] != " " or not re.fullmatch(r" *\d{1,3},\d\d", label[21:]):
            errs.append("P form: 20-column name, blank, 6-column price")
        name = label[:20].rstrip()
        if any(ord(c) > 127 for c in label) or name != name.upper():
            errs.append("P form: upper-case ASCII only (the printer drops accented letters)")
        toks = name.split()
        vin = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        meas = P_MEAS.get(toks[0]) if toks else None
        return errs, vin, meas or ("bottle", None)
    if conn == "F":
        m = re.fullmatch(r"(.+) \((\d+(?:,\d+)? L|1 u)\)", label)
        if not m:
            return ["F form: name (volume L)"], None, None
        name, vol = m.group(1), m.group(2)
        if len(name) > 22 or name != name.strip() or not (name[0].isupper() or name[0].isdigit()):
            errs.append("F form: Title Case name of at most 22 characters")
        vins = [int(t) for t in name.split() if re.fullmatch(r"19[5-9]\d|20[0-3]\d", t)]
        vin = vins[-1] if vins else None
        if vol == "1 u":
            return errs, vin, ("unit", None)
        v = round(float(vol[:-2].replace(",", ".")) * 100, 1)
        return errs, vin, ("volume", int(v) if v == int(v) else v)
    if conn == "W":
        if ", " not in label:
            return ["W form: text, measure"], None, None
        name, meas = label.rsplit(", ", 1)
        if meas not in W_MEAS:
            errs.append("W form: unknown variant %r" % meas)
        if label != label.lower():
            errs.append("W form: lower case only")
        m = re.search(r" '(\d\d)$", name)
        return errs, (yy(m.group(1)) if m else None), W_MEAS.get(meas)
    return ["unknown connection %r" % conn], None, None


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order" % n)
        lib.append(r)
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: field order" % n)
        cases.append(c)
    byid = {}
    for i, r in enumerate(lib, 1):
        rid = r.get("id")
        if rid != "tu%03d" % i:
            errs.append("library: id %r out of sequence (expected tu%03d)" % (rid, i))
        byid[rid] = r
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: bad category %r" % (rid, cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: bad colour %r" % (rid, col))
        elif col is not None:
            errs.append("%s: a %s has no colour" % (rid, cat))
        if cat == "champagne" and col not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour" % rid)
        if r.get("vintage") is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2030):
            errs.append("%s: bad vintage" % rid)
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: bad format" % rid)
        elif f >= 2000 and (cat != "bière" or f not in (2000, 3000)):
            errs.append("%s: a keg is a beer of 2000 or 3000 cl" % rid)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
    groups = {}
    for r in lib:
        groups.setdefault(wine(r), []).append(r)
        if sum(1 for x in groups[wine(r)] if x["vintage"] == r["vintage"]) > 1:
            errs.append("%s: same wine and vintage twice" % r["id"])

    seen, counts = set(), {}
    for c in cases:
        lab, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "%s %r" % (conn, lab)
        if lab in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(lab)
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if not c.get("note"):
            errs.append("%s: empty note" % where)
        ferrs, vin, meas = parse_label(conn, lab or "")
        errs += ["%s: %s" % (where, e) for e in ferrs]
        if c.get("vintage") != vin:
            errs.append("%s: vintage field %r, label reads %r" % (where, c.get("vintage"), vin))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: a none has no id, no also_ok, no units" % where)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: bad expect %r" % (where, exp))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        grp = groups[wine(e)]
        others = sorted(x["id"] for x in grp if x is not e)
        if exp == "yes" and vin is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append("%s: also_ok %r, should be %r" % (where, c["also_ok"], others))
        vints = [x["vintage"] for x in grp]
        if exp == "yes":
            if vin is not None and e["vintage"] != vin:
                errs.append("%s: yes on vintage %r, label says %r" % (where, e["vintage"], vin))
            if vin is None and None not in vints and e["vintage"] != max(vints):
                errs.append("%s: yes without vintage must be the most recent" % where)
        else:
            if vin is None or vin in vints:
                errs.append("%s: almost needs a label vintage the wine lacks" % where)
            else:
                best = min((x for x in grp if x["vintage"] is not None),
                           key=lambda x: (abs(x["vintage"] - vin), -x["vintage"]))
                if best is not e:
                    errs.append("%s: almost must be the nearest vintage (%s)" % (where, best["id"]))
        if meas is None:
            errs.append("%s: no measure read" % where)
            continue
        kind, vol = meas
        fmt = e["format_cl"]
        if kind == "volume":
            if vol == fmt and fmt < 2000:
                kind = "bottle"
            elif vol in F_POURS:
                kind = "draught" if e["category"] == "bière" else "pour"
            else:
                kind = "bottle"
        if kind == "bottle":
            if vol is None and fmt in (37.5, 150):
                errs.append("%s: a half or magnum needs its word" % where)
            if vol is not None and vol != fmt:
                errs.append("%s: label format %s cl, entry %s cl" % (where, vol, fmt))
            if fmt >= 2000:
                errs.append("%s: a keg is never sold as a bottle" % where)
            want = 1
        elif kind == "pour":
            if fmt in (37.5, 150) or fmt >= 2000 or e["category"] in ("soft", "bière"):
                errs.append("%s: a glass or dose pours from the ordinary bottle" % where)
            want = round(vol / fmt, 4)
        elif kind == "draught":
            if fmt < 2000:
                errs.append("%s: a demi or pinte comes from a keg" % where)
            want = round(vol / fmt, 4)
        else:
            errs.append("%s: a unit label is no drink" % where)
            continue
        if c["units_per_sale"] != want:
            errs.append("%s: units %r, printed measure gives %r" % (where, c["units_per_sale"], want))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d labels, not 280-300" % n)
    for conn in "PFW":
        for exp in ("yes", "almost", "none"):
            if not counts.get((conn, exp)):
                errs.append("till %s has no %s case" % (conn, exp))
    share = {x: sum(v for (k, e), v in counts.items() if e == x) / float(n or 1)
             for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            errs.append("share of %s %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    return errs, counts


def load():
    with open(os.path.join(HERE, "tulle_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "tulle_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def _edit_case(text, pick, fn):
    lines = text.splitlines()
    for i, l in enumerate(lines):
        c = json.loads(l)
        if pick(c):
            lines[i] = fn(c) if isinstance(fn(dict(c)), str) else json.dumps(fn(c), ensure_ascii=False)
            return "\n".join(lines) + "\n"
    raise SystemExit("selftest: nothing to break")


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = not errs

    def setk(c, k, v):
        c[k] = v
        return c

    def swap_fields(c):
        d = {"expect": c["expect"], "label": c["label"]}
        d.update({k: v for k, v in c.items() if k not in d})
        return d

    def p_lower(c):
        c["label"] = c["label"][:20].lower() + c["label"][20:]
        return c

    def f_wide(c):
        name, rest = c["label"].rsplit(" (", 1)
        c["label"] = name + " Quai Bar Nacre Tulle (" + rest
        return c

    lib_lines = lib.splitlines()
    breaks = [
        ("bad JSON", lib, cases.replace("}\n", "\n", 1)),
        ("field order", lib, _edit_case(cases, lambda c: True, swap_fields)),
        ("id sequence", lib.replace('"tu007"', '"tu070"', 1), cases),
        ("bad colour", lib.replace('"colour": "rouge"', '"colour": "red"', 1), cases),
        ("keg not a beer", "\n".join([*lib_lines[:-1], lib_lines[-1].replace('"format_cl": 33', '"format_cl": 3000')]) + "\n", cases),
        ("duplicate label", lib, cases + cases.splitlines()[5] + "\n"),
        ("almost on the farther vintage", lib, _edit_case(cases, lambda c: c["label"].startswith("PROBUS 18"), lambda c: setk(setk(c, "beverage_id", "tu021"), "also_ok", ["tu022"]))),
        ("also_ok emptied", lib, _edit_case(cases, lambda c: c["also_ok"], lambda c: setk(c, "also_ok", []))),
        ("vintage field", lib, _edit_case(cases, lambda c: c["vintage"], lambda c: setk(c, "vintage", c["vintage"] - 1))),
        ("pichet units", lib, _edit_case(cases, lambda c: c["label"].startswith("P50 "), lambda c: setk(c, "units_per_sale", 0.5))),
        ("demi units", lib, _edit_case(cases, lambda c: c["label"].startswith("DEMI 1664"), lambda c: setk(c, "units_per_sale", 0.0125))),
        ("P in lower case", lib, _edit_case(cases, lambda c: c["connection"] == "P", p_lower)),
        ("P keeps an accent", lib, _edit_case(cases, lambda c: c["label"].startswith("CDRE CAHORS"), lambda c: setk(c, "label", c["label"].replace("CDRE", "CÈDRE").replace("  ", " ", 1)))),
        ("F name too wide", lib, _edit_case(cases, lambda c: c["connection"] == "F" and c["expect"] == "none", f_wide)),
        ("F volume in cl", lib, _edit_case(cases, lambda c: c["connection"] == "F" and "(0,12 L)" in c["label"], lambda c: setk(c, "label", c["label"].replace("(0,12 L)", "(12 cl)")))),
        ("W in upper case", lib, _edit_case(cases, lambda c: c["connection"] == "W", lambda c: setk(c, "label", c["label"].upper()))),
        ("none with an id", lib, _edit_case(cases, lambda c: c["expect"] == "none", lambda c: setk(c, "beverage_id", "tu001"))),
        ("magnum label on the 75 cl", lib, _edit_case(cases, lambda c: c["label"].startswith("MAG TIREGAND"), lambda c: setk(c, "beverage_id", "tu004"))),
        ("yes on an old vintage", lib, _edit_case(cases, lambda c: c["label"] == "reign., btl", lambda c: setk(setk(c, "beverage_id", "tu036"), "also_ok", ["tu037"]))),
        ("glass from a half bottle", lib, _edit_case(cases, lambda c: c["label"].startswith("VRE THEULET"), lambda c: setk(c, "beverage_id", "tu014"))),
        ("too few cases", lib, "\n".join(cases.splitlines()[:200]) + "\n"),
    ]
    for name, l2, c2 in breaks:
        e, _ = check(l2, c2)
        print("%-32s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print(e)
    n = sum(counts.values())
    print("till   yes almost none total")
    for t in "PFW":
        row = [counts.get((t, x), 0) for x in ("yes", "almost", "none")]
        print("%-4s %5d %6d %4d %5d" % (t, row[0], row[1], row[2], sum(row)))
    print("%d cases, %s" % (n, "OK" if not errs else "%d ERRORS" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
