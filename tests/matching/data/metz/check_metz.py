#!/usr/bin/env python3
"""Check metz_library.jsonl and metz_cases.jsonl ALONE (no build, no data modules):
JSON, field order, ids, colours and categories, formats, each till's form, the vintage and
the measure read back from the label, the yes / almost / none rules of the bench README,
also_ok, formats, units_per_sale against the printed measure, and the counts.
`--selftest` breaks copies on purpose and shows each break is reported."""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 25, 33, 37.5, 50, 62, 70, 75, 100, 150, 2000, 3000}
TILLS = ("caisse", "tablette", "gestion")

# measure word -> (kind, cl): kind B bottle size, H half, M magnum, P pour, K draught
CAISSE_MEAS = {"VERRE": ("P", 12.5), "PICHET 50": ("P", 50), "PICHET 25": ("P", 25),
               "CP": ("P", 12.5), "DOSE": ("P", 4), "2CL": ("P", 2), "DEMI": ("K", 25),
               "PINTE": ("K", 50), "1/2": ("H", 37.5), "MAG": ("M", 150), "25CL": ("B", 25),
               "33CL": ("B", 33), "50CL": ("B", 50), "75CL": ("B", 75), "1L": ("B", 100),
               "1,5L": ("B", 150)}
TABLET_MEAS = {"verre": ("P", 12.5), "pichet 50cl": ("P", 50), "pichet 25cl": ("P", 25),
               "coupe": ("P", 12.5), "dose": ("P", 4), "2cl": ("P", 2), "demi": ("K", 25),
               "pinte": ("K", 50), "1/2 btl": ("H", 37.5), "magnum": ("M", 150),
               "25cl": ("B", 25), "33cl": ("B", 33), "50cl": ("B", 50), "75cl": ("B", 75),
               "1l": ("B", 100), "1,5l": ("B", 150)}
GESTION_MEAS = {"VRE": ("P", 12.5), "PICH50": ("P", 50), "PICH25": ("P", 25), "CP": ("P", 12.5),
                "DOSE": ("P", 4), "2CL": ("P", 2), "DEMI": ("K", 25), "PINTE": ("K", 50),
                "1/2": ("H", 37.5), "MAG": ("M", 150), "25CL": ("B", 25), "33CL": ("B", 33),
                "50CL": ("B", 50), "75CL": ("B", 75), "1L": ("B", 100), "150CL": ("B", 150)}
CAISSE_PREFIXES = ["VIN ROSE/", "VIN BLC/", "VIN RGE/", "ALS-", "BULLES/", "BIERES ",
                   "ALCOOL/", "APERO/", "SOFT/", "CUISINE/", "CAFE/", "DIVERS/"]
WINE_PREFIXES = ("ALS-", "VIN BLC/", "VIN RGE/", "VIN ROSE/", "BULLES/")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def load(path, fields, errs, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError:
                errs.append("%s line %d: invalid JSON" % (what, n))
                continue
            if list(o.keys()) != fields:
                errs.append("%s line %d: fields %s" % (what, n, list(o.keys())))
            rows.append(o)
    return rows


def parse_label(till, label, errs):
    """-> (measure kind, cl or None, vintage or None, text words, family prefix)"""
    kind, cl, vint, prefix = "B", None, None, None
    if till == "caisse":
        if len(label) > 22:
            errs.append("caisse label over 22 characters: %r" % label)
        if label != label.upper() or any(ord(c) > 127 for c in label):
            errs.append("caisse label not ASCII capitals: %r" % label)
        prefix = next((p for p in CAISSE_PREFIXES if label.startswith(p)), None)
        if prefix is None:
            errs.append("caisse label without family prefix: %r" % label)
            return kind, cl, vint, label, prefix
        rest = label[len(prefix):]
        for w in sorted(CAISSE_MEAS, key=len, reverse=True):
            if rest.startswith(w + " "):
                kind, cl = CAISSE_MEAS[w]
                rest = rest[len(w) + 1:]
                break
        m = re.search(r" (\d{2})$", rest)
        if prefix in WINE_PREFIXES and m:
            vint = 2000 + int(m.group(1))
            rest = rest[:m.start()]
        return kind, cl, vint, rest, prefix
    if till == "tablette":
        if label != label.lower():
            errs.append("tablette label not lower case: %r" % label)
        m = re.search(r" (\d+,\d{2})$", label)
        if not m:
            errs.append("tablette label without price: %r" % label)
            rest = label
        else:
            rest = label[:m.start()]
        for w in sorted(TABLET_MEAS, key=len, reverse=True):
            if rest.endswith(" " + w):
                kind, cl = TABLET_MEAS[w]
                rest = rest[:-len(w) - 1]
                break
        m = re.search(r" '(\d{2})$", rest)
        if m:
            vint = 2000 + int(m.group(1))
            rest = rest[:m.start()]
        if "'" in re.sub(r"[a-z]'[a-z]", "", rest) and re.search(r"'\d", rest):
            errs.append("tablette vintage out of place: %r" % label)
        return kind, cl, vint, rest, prefix
    if till == "gestion":
        m = re.match(r"^(\d{5}) (\S+)$", label)
        if not m:
            errs.append("gestion label without article number and dotted text: %r" % label)
            return kind, cl, vint, label, prefix
        desc = m.group(2)
        if len(desc) > 24:
            errs.append("gestion description over 24 characters: %r" % label)
        if desc != desc.upper() or any(ord(c) > 127 for c in desc):
            errs.append("gestion label not ASCII capitals: %r" % label)
        toks = desc.split(".")
        if toks[0] in GESTION_MEAS:
            kind, cl = GESTION_MEAS[toks[0]]
            toks = toks[1:]
        if toks and re.fullmatch(r"(19|20)\d\d", toks[-1]):
            vint = int(toks[-1])
            toks = toks[:-1]
        return kind, cl, vint, " ".join(toks), prefix
    errs.append("unknown connection %r" % till)
    return kind, cl, vint, label, prefix


def shares_word(text, e):
    lw = [w for w in re.split(r"[^0-9a-z]+", fold(text)) if len(w) >= 2]
    ew = [w for w in re.split(r"[^0-9a-z]+", fold(" ".join(
        str(e[k] or "") for k in ("name", "producer", "appellation")))) if len(w) >= 2]
    for t in lw:
        for w in ew:
            if t.isdigit() or w.isdigit():
                if t == w or (t.endswith(w) and w.isdigit() and t[:-len(w)].isalpha()):
                    return True
            elif len(t) >= 3 and len(w) >= 3 and (w.startswith(t) or t.startswith(w)):
                return True
    return False


def family_ok(prefix, e):
    if prefix is None:
        return True
    col, cat, reg = e["colour"], e["category"], e["region"]
    return {
        "ALS-": cat == "vin" and reg == "Alsace" and col in ("blanc", "rouge"),
        "VIN BLC/": cat == "vin" and col == "blanc" and reg != "Alsace",
        "VIN RGE/": cat == "vin" and col == "rouge" and reg != "Alsace",
        "VIN ROSE/": cat == "vin" and col == "rosé" and "Crémant" not in (e["appellation"] or ""),
        "BULLES/": cat == "champagne" or "Crémant" in (e["appellation"] or ""),
        "BIERES ": cat == "bière", "ALCOOL/": cat == "spiritueux",
        "APERO/": cat in ("spiritueux", "autre"), "SOFT/": cat == "soft",
    }.get(prefix, False)


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, LIB_FIELDS, errs, "library")
    cases = load(cases_path, CASE_FIELDS, errs, "cases")
    byid = {}
    for n, e in enumerate(lib, 1):
        if e.get("id") != "mz%03d" % n:
            errs.append("library id %r out of sequence (expected mz%03d)" % (e.get("id"), n))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: colour %r" % (e.get("id"), col))
        elif col is not None:
            errs.append("%s: colour %r on a %s" % (e.get("id"), col, cat))
        if e.get("format_cl") not in FORMATS:
            errs.append("%s: format %r" % (e.get("id"), e.get("format_cl")))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2025):
            errs.append("%s: vintage %r" % (e.get("id"), v))
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks, not 110-130" % len(lib))

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = {}
    for e in lib:
        groups.setdefault((*wine(e), e["format_cl"]), []).append(e)

    seen = set()
    for c in cases:
        lab, exp, bid, also = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("also_ok")
        till = c.get("connection")
        if lab in seen:
            errs.append("duplicate label %r" % lab)
        seen.add(lab)
        if till not in TILLS:
            errs.append("%r: unknown connection %r" % (lab, till))
            continue
        kind, cl, vint, text, prefix = parse_label(till, lab, errs)
        if c.get("vintage") != vint:
            errs.append("%r: vintage field %r, label says %r" % (lab, c.get("vintage"), vint))
        u = c.get("units_per_sale")
        if exp == "none":
            if bid is not None or also != [] or u is not None:
                errs.append("%r: none with an id, also_ok or units" % lab)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%r: expect %r" % (lab, exp))
            continue
        e = byid.get(bid)
        if e is None:
            errs.append("%r: unknown beverage_id %r" % (lab, bid))
            continue
        if not shares_word(text, e):
            errs.append("%r: shares no word with %s" % (lab, e["name"]))
        if not family_ok(prefix, e):
            errs.append("%r: family %r does not fit %s" % (lab, prefix, bid))
        fmt = e["format_cl"]
        sib_formats = {x["format_cl"] for x in lib if wine(x) == wine(e)}
        # format and units against the printed measure
        if (kind == "H" and fmt != 37.5) or (kind == "M" and fmt != 150):
            errs.append("%r: format %s against the label's %s" % (lab, fmt, kind))
        if kind == "B":
            if cl is not None and fmt != cl:
                errs.append("%r: format %s against the label's %s cl" % (lab, fmt, cl))
            if cl is None and e["category"] in ("vin", "champagne") and fmt != 75 and 75 in sib_formats:
                errs.append("%r: bottle label on a %s cl entry" % (lab, fmt))
            if cl is None and fmt >= 2000:
                errs.append("%r: bottle label on a keg" % lab)
            if cl is None and len({f for f in sib_formats if f < 2000}) > 1 and e["category"] not in ("vin", "champagne"):
                errs.append("%r: no size on a drink held in several sizes" % lab)
            if u != 1:
                errs.append("%r: units %r for a bottle" % (lab, u))
        if kind in ("H", "M") and u != 1:
            errs.append("%r: units %r for a bottle" % (lab, u))
        if kind == "P":
            if fmt in (37.5, 150) or fmt >= 2000:
                errs.append("%r: pour from a %s cl entry" % (lab, fmt))
            if fmt != 75 and 75 in sib_formats:
                errs.append("%r: pour not from the 75 cl entry" % lab)
            if e["category"] == "bière":
                errs.append("%r: wine/spirit pour on a beer" % lab)
        if kind == "K" and fmt < 2000:
            errs.append("%r: draught measure on a %s cl entry" % (lab, fmt))
        if kind in ("P", "K"):
            want = round(cl / fmt, 4)
            if not isinstance(u, (int, float)) or abs(u - want) > 1e-9:
                errs.append("%r: units %r, measure says %r" % (lab, u, want))
        if isinstance(u, float) and round(u, 4) != u:
            errs.append("%r: units %r not to 4 decimals" % (lab, u))
        # vintages
        grp = groups[(*wine(e), fmt)]
        vs = [x for x in grp if x["vintage"] is not None]
        others = sorted(x["id"] for x in grp if x["id"] != bid)
        if sorted(also) != others and not (exp == "yes" and vint is not None):
            errs.append("%r: also_ok %r, other vintages are %r" % (lab, also, others))
        if exp == "yes":
            if vint is not None and vs:
                if e["vintage"] != vint:
                    errs.append("%r: yes on %s but the label says %s" % (lab, e["vintage"], vint))
                if also:
                    errs.append("%r: also_ok not empty on a label with its vintage" % lab)
            elif vs and e["vintage"] != max(x["vintage"] for x in vs):
                errs.append("%r: no vintage on the label, not the most recent" % lab)
        else:
            if vint is None:
                errs.append("%r: almost without a vintage on the label" % lab)
            elif not vs or vint in [x["vintage"] for x in vs]:
                errs.append("%r: almost but vintage %s is held (or wine non-vintage)" % (lab, vint))
            else:
                best = sorted(vs, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))[0]
                if best["id"] != bid:
                    errs.append("%r: almost on %s, nearest is %s" % (lab, bid, best["id"]))
    # counts
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases, not 280-300" % n)
    if n:
        share = {a: sum(1 for c in cases if c.get("expect") == a) / n for a in ("yes", "almost", "none")}
        for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[a] <= hi:
                errs.append("%s share %.3f outside %.2f-%.2f" % (a, share[a], lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not any(c.get("connection") == t and c.get("expect") == a for c in cases):
                errs.append("till %s has no %s" % (t, a))
    return errs


def counts(cases_path):
    rows = [json.loads(l) for l in open(cases_path, encoding="utf-8")]
    out = []
    for t in (*TILLS, "all"):
        r = [sum(1 for c in rows if (t == "all" or c["connection"] == t) and c["expect"] == a)
             for a in ("yes", "almost", "none")]
        out.append("%-9s yes %3d  almost %3d  none %3d  total %3d" % (t, *r, sum(r)))
    return "\n".join(out)


def selftest():
    lib = os.path.join(HERE, "metz_library.jsonl")
    cas = os.path.join(HERE, "metz_cases.jsonl")
    clean = check(lib, cas)
    if clean:
        print("clean files FAIL:\n  " + "\n  ".join(clean))
        return 1
    print("clean files pass")
    L = open(lib, encoding="utf-8").read().splitlines()
    C = [json.loads(x) for x in open(cas, encoding="utf-8").read().splitlines()]
    byid = {json.loads(x)["id"]: json.loads(x) for x in L}

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dumpc(cs):
        return [json.dumps(c, ensure_ascii=False) for c in cs]

    breaks = []

    def brk(name, lib_lines=None, case_lines=None):
        breaks.append((name, lib_lines or L, case_lines or dumpc(C)))

    def mod(i, **kw):
        cs = [dict(c) for c in C]
        cs[i].update(kw)
        return dumpc(cs)

    cl = dumpc(C)
    brk("invalid JSON line", case_lines=[*cl[:5], "{not json", *cl[6:]])
    o = json.loads(L[3]); L2 = list(L)
    L2[3] = json.dumps({k: o[k] for k in ["name", "id", *LIB_FIELDS[2:]]}, ensure_ascii=False)
    brk("library field order", lib_lines=L2)
    L3 = list(L); o = json.loads(L3[4]); o["id"] = "mz099"; L3[4] = json.dumps(o, ensure_ascii=False)
    brk("id out of sequence", lib_lines=L3)
    L4 = list(L); o = json.loads(L4[0]); o["colour"] = "white"; L4[0] = json.dumps(o, ensure_ascii=False)
    brk("bad colour", lib_lines=L4)
    cs = dumpc(C); cs[10] = cs[11]
    brk("duplicate label", case_lines=cs)
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] and len([x for x in byid.values() if x["name"] == byid[c["beverage_id"]]["name"] and x["producer"] == byid[c["beverage_id"]]["producer"] and x["format_cl"] == byid[c["beverage_id"]]["format_cl"]]) > 1)
    e = byid[C[i]["beverage_id"]]
    other = next(x["id"] for x in byid.values() if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == e["format_cl"] and x["id"] != e["id"])
    brk("yes on another vintage than the label's", case_lines=mod(i, beverage_id=other, also_ok=[]))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", case_lines=mod(i, beverage_id=C[i]["also_ok"][0], also_ok=[C[i]["beverage_id"]]))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    brk("also_ok emptied", case_lines=mod(i, also_ok=[]))
    i = first(lambda c: c["connection"] == "caisse" and "VERRE " in c["label"] and c["expect"] == "yes")
    brk("glass units", case_lines=mod(i, units_per_sale=0.16))
    i = first(lambda c: c["expect"] == "none")
    brk("none with an id", case_lines=mod(i, beverage_id="mz001"))
    i = first(lambda c: c["vintage"] is not None)
    brk("vintage field", case_lines=mod(i, vintage=C[i]["vintage"] - 1))
    i = first(lambda c: c["connection"] == "caisse")
    brk("caisse in lower case", case_lines=mod(i, label=C[i]["label"].lower()))
    i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "none")
    brk("caisse label over 22", case_lines=mod(i, label=C[i]["label"] + " XXXXXXXXXXXXXXXXXXXX"))
    i = first(lambda c: c["connection"] == "tablette")
    brk("tablette without price", case_lines=mod(i, label=re.sub(r" \d+,\d\d$", "", C[i]["label"])))
    i = first(lambda c: c["connection"] == "gestion")
    brk("gestion without article number", case_lines=mod(i, label=C[i]["label"][6:]))
    i = first(lambda c: c["expect"] == "yes" and re.search(r"[-/ ]MAG ", c["label"]))
    e = byid[C[i]["beverage_id"]]
    b75 = next(x["id"] for x in byid.values() if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75 and x["vintage"] == e["vintage"])
    brk("magnum pointed at the 75 cl entry", case_lines=mod(i, beverage_id=b75))
    brk("unknown connection", case_lines=mod(0, connection="terrasse"))
    i = first(lambda c: isinstance(c["units_per_sale"], float))
    brk("units not to 4 decimals", case_lines=mod(i, units_per_sale=C[i]["units_per_sale"] + 0.00001))
    i = first(lambda c: "DEMI " in c["label"] and c["expect"] == "yes")
    brk("demi units", case_lines=mod(i, units_per_sale=0.0125 if C[i]["units_per_sale"] != 0.0125 else 0.0083))
    i = first(lambda c: c["label"].startswith("VIN RGE/") and c["expect"] == "yes")
    brk("family against the colour", case_lines=mod(i, label=C[i]["label"].replace("VIN RGE/", "VIN BLC/")))
    nones = [j for j, c in enumerate(C) if c["expect"] == "none"][:40]
    brk("counts out of range", case_lines=[x for j, x in enumerate(dumpc(C)) if j not in nones])
    i = first(lambda c: c["connection"] == "tablette" and c["expect"] == "yes" and "1/2 btl" in c["label"])
    brk("half bottle pointed at the 75 cl", case_lines=mod(i, beverage_id=next(x["id"] for x in byid.values() if x["name"] == byid[C[i]["beverage_id"]]["name"] and x["format_cl"] == 75)))
    i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes" and c["label"].startswith("ALS-"))
    brk("yes on a drink sharing no word", case_lines=mod(i, beverage_id="mz067", also_ok=[]))

    bad = 0
    tmp = tempfile.mkdtemp()
    try:
        for name, ll, cc in breaks:
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(ll) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cc) + "\n")
            r = check(lp, cp)
            print("%-42s %s" % (name, ("reported: " + r[0][:90]) if r else "NOT REPORTED"))
            bad += not r
    finally:
        shutil.rmtree(tmp)
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(os.path.join(HERE, "metz_library.jsonl"), os.path.join(HERE, "metz_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print(counts(os.path.join(HERE, "metz_cases.jsonl")))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
