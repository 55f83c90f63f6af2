#!/usr/bin/env python3
"""Checks beauvais_library.jsonl and beauvais_cases.jsonl on their own (stdlib only).
Reads only the two jsonl files. `--selftest` breaks copies on purpose and shows that each
break is reported and that the clean files pass."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("caisse", "tablette", "gestion")
KEGS = (2000, 3000)

# measure parsing, per till: ("pour", cl, word) or ("bottle", size or None) or ("unit",)
CAISSE_POUR = {"VR": 12.5, "CP": 12.5, "VR15": 15, "P25": 25, "P50": 50, "DEMI": 25,
               "PINTE": 50, "DOSE": 4, "2CL": 2, "4CL": 4}
TAB_POUR = {"verre": 12.5, "coupe": 12.5, "verre 12cl": 12, "verre 15cl": 15,
            "pichet 25cl": 25, "pichet 50cl": 50, "demi": 25, "pinte": 50, "dose": 4,
            "2cl": 2, "4cl": 4}
GES_POUR = {"VR12,5": 12.5, "CP12,5": 12.5, "VR12": 12, "VR15": 15, "PI25": 25, "PI50": 50,
            "FUT25": 25, "FUT50": 50, "DO4": 4, "DO2": 2}
DRAUGHT = {("caisse", "DEMI"), ("caisse", "PINTE"), ("tablette", "demi"),
           ("tablette", "pinte"), ("gestion", "FUT25"), ("gestion", "FUT50")}
GES_RE = re.compile(r"^(\d{5});(VRG|VBL|VRS|VLQ|CHP|PRE|BBT|APE|ALC|SOF|BCH|CUI|DIV|CKT);"
                    r"([^;]{1,22});(BT\d+(?:,5)?|VR12,5|CP12,5|VR12|VR15|PI25|PI50|FUT25|FUT50|"
                    r"DO4|DO2|UN);(\d+,\d\d)$")


def parse(conn, label):
    """-> (form_ok, vintage, measure, family)"""
    if conn == "caisse":
        ok = bool(re.fullmatch(r"[A-Z0-9/ ]+", label)) and len(label) <= 18 \
            and label == label.strip() and "  " not in label
        m = re.search(r" (\d\d)$", label)
        vint = 2000 + int(m.group(1)) if m else None
        toks = label.split()
        if toks[0] in CAISSE_POUR:
            meas = ("pour", CAISSE_POUR[toks[0]], toks[0])
        elif toks[0] == "1/2":
            meas = ("bottle", 37.5)
        elif toks[0] == "MAG":
            meas = ("bottle", 150)
        else:
            size = None
            for t in toks[1:]:
                if re.fullmatch(r"\d+CL", t):
                    size = float(t[:-2])
                elif t == "1L":
                    size = 100.0
            meas = ("bottle", size)
        return ok, vint, meas, None
    if conn == "tablette":
        segs = label.split(" - ")
        ok = (label == label.lower() and 2 <= len(segs) <= 3
              and bool(re.fullmatch(r"\d+,\d\d€", segs[-1])))
        m = re.search(r" ((?:19|20)\d\d)$", segs[0])
        vint = int(m.group(1)) if m else None
        if len(segs) == 2:
            meas = ("unit",)
        else:
            w = segs[1]
            if w in TAB_POUR:
                meas = ("pour", TAB_POUR[w], w)
            elif w in ("bouteille", "btl"):
                meas = ("bottle", None)
            elif w == "demi-bouteille":
                meas = ("bottle", 37.5)
            elif w == "magnum":
                meas = ("bottle", 150)
            elif re.fullmatch(r"\d+cl", w):
                meas = ("bottle", float(w[:-2]))
            elif w == "1l":
                meas = ("bottle", 100.0)
            else:
                ok, meas = False, ("unit",)
        return ok, vint, meas, None
    m = GES_RE.match(label)
    if not m:
        return False, None, ("unit",), None
    lib, cond = m.group(3), m.group(4)
    ok = lib == lib.strip() and all(not w[0].islower() for w in lib.split())
    mv = re.search(r" ((?:19|20)\d\d)$", lib)
    vint = int(mv.group(1)) if mv else None
    if cond in GES_POUR:
        meas = ("pour", GES_POUR[cond], cond)
    elif cond == "UN":
        meas = ("unit",)
    else:
        meas = ("bottle", float(cond[2:].replace(",", ".")))
    return ok, vint, meas, m.group(2)


def fam_ok(fam, e, meas):
    cat, col = e["category"], e["colour"]
    if cat in ("vin", "champagne"):
        want = "CHP" if (cat == "champagne" or col == "effervescent") else \
            {"rouge": "VRG", "blanc": "VBL", "rosé": "VRS", "liquoreux": "VLQ"}.get(col)
        return fam == want
    if cat == "bière":
        return fam == ("PRE" if meas[0] == "pour" else "BBT")
    if cat == "soft":
        return fam == "SOF"
    return fam in ("APE", "ALC")


def validate(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields/order %s" % (n, list(r)))
            continue
        lib.append(r)
    for n, line in enumerate(case_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % n)
            continue
        if list(r) != CASE_FIELDS:
            errs.append("cases line %d: fields/order %s" % (n, list(r)))
            continue
        cases.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    by_id = {}
    for i, e in enumerate(lib, 1):
        if e["id"] != "bx%03d" % i:
            errs.append("id %s out of sequence (want bx%03d)" % (e["id"], i))
        by_id[e["id"]] = e
        if e["colour"] not in COLOURS:
            errs.append("%s: colour %r" % (e["id"], e["colour"]))
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        if (e["colour"] is None) != (e["category"] not in ("vin", "champagne")):
            errs.append("%s: colour / category mismatch" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
    groups = {}
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        groups.setdefault(k, []).append(e)
    prod_formats = {}
    for e in lib:
        prod_formats.setdefault((e["name"], e["producer"], e["colour"]), set()).add(e["format_cl"])

    seen = set()
    counts = {}
    for r in cases:
        lab, conn = r["label"], r["connection"]
        tag = "%r" % lab
        if lab in seen:
            errs.append("duplicate label " + tag)
        seen.add(lab)
        if conn not in CONNS:
            errs.append(tag + ": connection %r" % conn)
            continue
        if r["expect"] not in ("yes", "almost", "none"):
            errs.append(tag + ": expect %r" % r["expect"])
            continue
        counts[(conn, r["expect"])] = counts.get((conn, r["expect"]), 0) + 1
        ok, vint, meas, fam = parse(conn, lab)
        if not ok:
            errs.append(tag + ": not in the form of till " + conn)
        if vint != r["vintage"]:
            errs.append(tag + ": vintage %r, label reads %r" % (r["vintage"], vint))
        if r["expect"] == "none":
            if r["beverage_id"] is not None or r["also_ok"] != [] or r["units_per_sale"] is not None:
                errs.append(tag + ": none with an id, also_ok or units")
            continue
        e = by_id.get(r["beverage_id"])
        if e is None:
            errs.append(tag + ": unknown id %r" % r["beverage_id"])
            continue
        if fam is not None and not fam_ok(fam, e, meas):
            errs.append(tag + ": family %s does not fit %s" % (fam, e["id"]))
        grp = groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        others = sorted(x["id"] for x in grp if x["id"] != e["id"])
        vints = [x["vintage"] for x in grp]
        if r["also_ok"] != others or any(a not in by_id for a in r["also_ok"]):
            if not (r["expect"] == "yes" and vint is not None and r["also_ok"] == []):
                errs.append(tag + ": also_ok %r, want %r" % (r["also_ok"], others))
        if r["expect"] == "yes":
            if vint is None:
                if e["vintage"] != max(vints, key=lambda v: v or 0):
                    errs.append(tag + ": yes without vintage must be the most recent")
            elif e["vintage"] != vint:
                errs.append(tag + ": yes but entry vintage %r" % e["vintage"])
            elif r["also_ok"]:
                errs.append(tag + ": yes with a vintage has also_ok")
        else:
            if vint is None or vint in vints or None in vints:
                errs.append(tag + ": almost needs a vintage the wine lacks")
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(tag + ": almost should point to %r" % best)
        f = e["format_cl"]
        u = r["units_per_sale"]
        wine = e["category"] in ("vin", "champagne")
        if meas[0] == "unit":
            errs.append(tag + ": a dish or service measure on a drink")
        elif meas[0] == "bottle":
            if u != 1:
                errs.append(tag + ": bottle sale with units %r" % u)
            size = meas[1]
            if f in KEGS:
                errs.append(tag + ": a keg sold as a bottle")
            elif size is None:
                if wine and f != 75:
                    errs.append(tag + ": plain wine label on a %s cl entry" % f)
                if not wine and len([x for x in prod_formats[(e["name"], e["producer"], e["colour"])] if x not in KEGS]) != 1:
                    errs.append(tag + ": unsized label, several bottle sizes held")
            elif float(size) != float(f):
                errs.append(tag + ": label format %s, entry %s" % (size, f))
        else:
            vol, word = meas[1], meas[2]
            if (conn, word) in DRAUGHT:
                if f not in KEGS:
                    errs.append(tag + ": draught measure on a non-keg entry")
            else:
                if f in KEGS or f in (37.5, 150):
                    errs.append(tag + ": pour from a %s cl entry" % f)
                if wine and f != 75 and 75 in prod_formats[(e["name"], e["producer"], e["colour"])]:
                    errs.append(tag + ": glass must refer to the 75 cl entry")
            want = round(vol / f, 4)
            if u != want:
                errs.append(tag + ": units %r, want %r" % (u, want))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases count %d" % n)
    if n:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(v for (c, x), v in counts.items() if x == exp)
            if not lo <= 100.0 * k / n <= hi:
                errs.append("%s share %.1f%% outside %d-%d%%" % (exp, 100.0 * k / n, lo, hi))
        for c in CONNS:
            for exp in ("yes", "almost", "none"):
                if not counts.get((c, exp)):
                    errs.append("till %s has no %s case" % (c, exp))
    return errs, counts


def load():
    with open(os.path.join(HERE, "beauvais_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "beauvais_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = validate(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    J = json.loads
    D = lambda r: json.dumps(r, ensure_ascii=False)  # noqa: E731

    def idx(pred):
        return next(i for i, l in enumerate(cases) if pred(J(l)))

    def mod_case(pred, fn):
        c2 = list(cases)
        i = idx(pred)
        r = J(c2[i])
        fn(r)
        c2[i] = D(r)
        return lib, c2

    def reorder(r):
        items = list(r.items())
        items[0], items[1] = items[1], items[0]
        r.clear()
        r.update(items)

    breaks = []
    breaks.append(("invalid JSON", lib, [*cases[:5], "{not json", *cases[5:]]))
    breaks.append(("field order", *mod_case(lambda r: True, reorder)))
    lib2 = list(lib)
    r = J(lib2[3]); r["id"] = "bx099"; lib2[3] = D(r)
    breaks.append(("id out of sequence", lib2, cases))
    lib3 = list(lib)
    r = J(lib3[0]); r["colour"] = "red"; lib3[0] = D(r)
    breaks.append(("bad colour", lib3, cases))
    breaks.append(("wrong vintage on a yes", *mod_case(
        lambda r: r["expect"] == "yes" and r["vintage"], lambda r: r.update(vintage=r["vintage"] - 1))))

    def not_nearest(r):
        r["beverage_id"], r["also_ok"] = r["also_ok"][0], sorted([r["beverage_id"]])
    breaks.append(("almost not nearest", *mod_case(
        lambda r: r["expect"] == "almost" and r["also_ok"], not_nearest)))
    breaks.append(("also_ok missing", *mod_case(
        lambda r: r["expect"] == "yes" and r["vintage"] is None and r["also_ok"],
        lambda r: r.update(also_ok=[]))))
    breaks.append(("units wrong", *mod_case(
        lambda r: r["units_per_sale"] == 0.1667, lambda r: r.update(units_per_sale=0.2))))
    breaks.append(("caisse label too long", *mod_case(
        lambda r: r["connection"] == "caisse" and r["expect"] == "none",
        lambda r: r.update(label=r["label"] + " EXTRA LONG LABEL"))))
    breaks.append(("tablette upper case", *mod_case(
        lambda r: r["connection"] == "tablette", lambda r: r.update(label=r["label"].upper()))))
    c2 = list(cases)
    c2[1] = D(dict(J(c2[1]), label=J(c2[0])["label"]))
    breaks.append(("duplicate label", lib, c2))
    breaks.append(("none with an id", *mod_case(
        lambda r: r["expect"] == "none", lambda r: r.update(beverage_id="bx001"))))
    lib_by = [J(l) for l in lib]

    def half_to_bottle(r):
        e = next(x for x in lib_by if x["id"] == r["beverage_id"])
        full = next(x for x in lib_by if x["name"] == e["name"] and x["format_cl"] == 75
                    and x["vintage"] == e["vintage"])
        r["beverage_id"] = full["id"]
    breaks.append(("half label on a 75 cl entry", *mod_case(
        lambda r: r["connection"] == "caisse" and r["label"].startswith("1/2") and r["expect"] == "yes",
        half_to_bottle)))
    breaks.append(("gestion family wrong", *mod_case(
        lambda r: r["connection"] == "gestion" and ";VRG;" in r["label"] and r["expect"] == "yes",
        lambda r: r.update(label=r["label"].replace(";VRG;", ";VBL;")))))
    breaks.append(("counts off", lib, [l for l in cases if J(l)["expect"] != "none"]))
    breaks.append(("draught on a bottle", *mod_case(
        lambda r: r["label"] == "DUVEL" or (r["connection"] == "caisse" and r["label"] == "GOUDALE"),
        lambda r: r.update(label="DEMI " + r["label"]))))
    failed = 0
    for name, l, c in breaks:
        e, _ = validate(l, c)
        status = "reported" if e else "NOT REPORTED"
        failed += not e
        print("%-30s %s%s" % (name, status, (": " + e[0]) if e else ""))
    if failed:
        print("selftest FAILED")
        return 1
    print("selftest: %d breaks, all reported" % len(breaks))
    return 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, counts = validate(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(counts.values())
    print("library %d drinks, %d cases" % (len(lib), n))
    print("%-9s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for c in CONNS:
        row = [counts.get((c, x), 0) for x in ("yes", "almost", "none")]
        print("%-9s %5d %7d %5d %6d" % (c, row[0], row[1], row[2], sum(row)))
    tot = [sum(counts.get((c, x), 0) for c in CONNS) for x in ("yes", "almost", "none")]
    print("%-9s %5d %7d %5d %6d" % ("all", tot[0], tot[1], tot[2], n))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
