#!/usr/bin/env python3
"""Check the Obernai blind set from its two jsonl files only.

    python3 check_obernai.py             # validate obernai_library.jsonl / obernai_cases.jsonl
    python3 check_obernai.py --selftest  # break copies on purpose, show each break is caught

Reads nothing but the two jsonl files (no import of the build's modules).
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ["caisse", "salle", "cave"]
WINE = ("vin", "champagne")

POUR = {"G": 12.5, "G12": 12, "P25": 25, "P50": 50, "CP": 12.5, "D4": 4, "D2": 2, "DEMI": 25,
        "PINTE": 50}
# ---- CAISSE
FAMS = ["BLC", "RGE", "ROS", "CRE", "LIQ", "BIE", "EDV", "APE", "SOF", "CAF", "CUI", "DIV"]
CAISSE_RE = re.compile(r"^(%s)\.(\S(?:[A-Z0-9 /.'&+-]*\S)?)  (\d{1,3},\d\d)$" % "|".join(FAMS))
CAISSE_WORDS = {"1/2": "H", "MAG": "M", "VR": "G", "1/4": "P25", "1/2L": "P50", "FLUTE": "CP",
                "4CL": "D4", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE", "1L": "S100"}
# ---- SALLE
SALLE_CAT = {"Vins blancs": "BLC", "Vins rouges": "RGE", "Vins rosés": "ROS",
             "Crémants & Champagnes": "CRE", "Vins doux": "LIQ", "Bières": "BIE",
             "Eaux-de-vie & Digestifs": "EDV", "Apéritifs": "APE", "Sans alcool": "SOF",
             "Boissons chaudes": "CAF", "Cuisine": "CUI", "Desserts": "DES", "Divers": "DIV"}
SALLE_RE = re.compile(r"^(%s) / (.+?)(?: \(([^()]+)\))?$" % "|".join(re.escape(c) for c in SALLE_CAT))
SALLE_VAR = {"Bouteille": "B", "Demi-bouteille": "H", "Magnum": "M", "Verre": "G",
             "Verre 12cl": "G12", "Pichet 25cl": "P25", "Pichet 50cl": "P50", "Flûte": "CP",
             "4cl": "D4", "2cl": "D2", "Demi": "DEMI", "Pinte": "PINTE", "1L": "S100"}
# ---- CAVE
CAVE_RE = re.compile(r"^(\d{13}) ([A-Z0-9][A-Z0-9 '&.,/-]*?) (\d{1,3},\d\d)€$")

STOP = {"alsace", "grand", "cru", "domaine", "dom", "chateau", "vin", "vins", "blanc", "blancs",
        "rouge", "rouges", "bouteille", "demi", "magnum", "verre", "pichet", "flute", "pinte",
        "the", "des", "les", "eau", "vie", "cuvee", "brut", "rose"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def ean_ok(code):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def fam_of(e):
    cat, col = e["category"], e["colour"]
    if cat in WINE:
        if col in ("effervescent",) or (cat == "champagne") or (col == "rosé" and "Crémant" in e["name"]):
            return "CRE"
        return {"blanc": "BLC", "rouge": "RGE", "rosé": "ROS", "liquoreux": "LIQ"}[col]
    return {"bière": "BIE", "spiritueux": "EDV", "autre": "APE", "soft": "SOF"}[cat]


def parse(conn, label):
    """-> dict(fam, meas, vintage, text) or raises ValueError"""
    if conn == "caisse":
        m = CAISSE_RE.match(label)
        if not m:
            raise ValueError("caisse form")
        fam, body, _ = m.groups()
        if len(body) > 16:
            raise ValueError("caisse text over 16 columns")
        toks = body.split(" ")
        meas = CAISSE_WORDS.get(toks[0], "")
        if not meas and re.fullmatch(r"\d+(,\d)?CL", toks[0]):
            meas = "S" + toks[0][:-2].replace(",", ".")
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return {"fam": fam, "meas": meas or "B?", "vintage": vint, "text": body}
    if conn == "salle":
        m = SALLE_RE.match(label)
        if not m:
            raise ValueError("salle form")
        cat, art, var = m.groups()
        if var is None:
            meas = ""
        elif var in SALLE_VAR:
            meas = SALLE_VAR[var]
        elif re.fullmatch(r"\d+(,\d)?cl", var):
            meas = "S" + var[:-2].replace(",", ".")
        else:
            raise ValueError("salle variant %r" % var)
        mv = re.search(r" ((?:19|20)\d\d)$", art)
        return {"fam": SALLE_CAT[cat], "meas": meas, "vintage": int(mv.group(1)) if mv else None,
                "text": art}
    if conn == "cave":
        m = CAVE_RE.match(label)
        if not m:
            raise ValueError("cave form")
        ean, body, _ = m.groups()
        if not ean_ok(ean):
            raise ValueError("cave EAN check digit")
        ms = re.search(r" (\d+(?:,\d)?)CL$", body)
        meas = "S" + ms.group(1).replace(",", ".") if ms else ""
        mv = re.search(r" ((?:19|20)\d\d)(?: \d+(?:,\d)?CL)?$", body)
        return {"fam": None, "meas": meas, "vintage": int(mv.group(1)) if mv else None, "text": body}
    raise ValueError("unknown connection %r" % conn)


def check(lib_lines, case_lines):
    errs = []
    err = errs.append
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            err("library line %d: not JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            err("library line %d: field order %s" % (i, list(r)))
        lib.append(r)
    for i, line in enumerate(case_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            err("cases line %d: not JSON" % i)
            continue
        if list(r) != CASE_FIELDS:
            err("cases line %d: field order %s" % (i, list(r)))
        cases.append(r)
    # ---------------- library
    if not 110 <= len(lib) <= 130:
        err("library: %d drinks, want 110-130" % len(lib))
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "OBR%03d" % n:
            err("library: id %r at position %d" % (e.get("id"), n))
        byid[e.get("id")] = e
        if e.get("category") not in CATEGORIES:
            err("%s: category %r" % (e["id"], e.get("category")))
        if e.get("category") in WINE:
            if e.get("colour") not in COLOURS:
                err("%s: wine colour %r" % (e["id"], e.get("colour")))
        elif e.get("colour") is not None:
            err("%s: colour on a %s" % (e["id"], e.get("category")))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            err("%s: vintage %r" % (e["id"], v))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            err("%s: format %r" % (e["id"], f))
        elif f >= 2000 and e.get("category") != "bière":
            err("%s: keg format on a %s" % (e["id"], e.get("category")))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"), f, v)
        if k in seen:
            err("%s: duplicate wine x format x vintage" % e["id"])
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    def product_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups, formats = {}, {}
    for e in lib:
        try:
            groups.setdefault(wine_key(e), []).append(e)
            formats.setdefault(product_key(e), set()).add(e["format_cl"])
        except KeyError:
            pass
    # ---------------- cases
    if not 280 <= len(cases) <= 300:
        err("cases: %d, want 280-300" % len(cases))
    labels = set()
    count = {(c, x): 0 for c in CONNS for x in ("yes", "almost", "none")}
    for i, c in enumerate(cases, 1):
        lab = c.get("label")
        where = "case %d %r" % (i, lab)
        if lab in labels:
            err(where + ": duplicate label")
        labels.add(lab)
        conn, exp = c.get("connection"), c.get("expect")
        if conn not in CONNS or exp not in ("yes", "almost", "none"):
            err(where + ": connection/expect %r/%r" % (conn, exp))
            continue
        count[(conn, exp)] += 1
        try:
            p = parse(conn, lab)
        except ValueError as x:
            err(where + ": " + str(x))
            continue
        if conn == "caisse" and (not lab.isascii() or lab != lab.upper()):
            err(where + ": caisse not ASCII capitals")
        if conn == "cave" and (not p["text"].isascii() or p["text"] != p["text"].upper()):
            err(where + ": cave designation not ASCII capitals")
        if p["vintage"] != c.get("vintage"):
            err(where + ": vintage field %r, label says %r" % (c.get("vintage"), p["vintage"]))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                err(where + ": none with an answer")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            err(where + ": unknown beverage_id %r" % c.get("beverage_id"))
            continue
        if any(a not in byid for a in c.get("also_ok", [])):
            err(where + ": unknown id in also_ok")
            continue
        # ---- family / category of the till
        if p["fam"] is not None and p["fam"] != fam_of(e):
            err(where + ": family %s but the drink is %s" % (p["fam"], fam_of(e)))
        # ---- shares a word with its entry
        words = set(re.findall(r"[a-z0-9]+", fold(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))))
        toks = [t for t in re.findall(r"[a-z]+|\d{3,}", fold(p["text"])) if len(t) >= 3 and t not in STOP]
        if not any(t in words or any(w.startswith(t[:4]) or t.startswith(w[:4]) for w in words if len(w) >= 3) for t in toks):
            err(where + ": shares no word with %s" % e["id"])
        # ---- format against the printed measure
        fmt, cat = e["format_cl"], e["category"]
        meas = p["meas"]
        fmts = formats[product_key(e)]
        own = sorted(f for f in fmts if f < 2000)
        if meas in ("B?", "", "B"):
            if cat in WINE:
                ok = fmt == 75
            else:
                ok = fmt < 2000 and len(own) == 1
            if conn == "salle" and meas == "":
                ok = False
            meas = "B"
        elif meas == "H":
            ok = fmt == 37.5
        elif meas == "M":
            ok = fmt == 150
        elif meas.startswith("S"):
            ok = float(meas[1:]) == float(fmt) and fmt < 2000
        elif meas in ("DEMI", "PINTE"):
            ok = cat == "bière" and fmt >= 2000
        elif meas in ("D4", "D2"):
            ok = cat in ("spiritueux", "autre") and fmt < 2000
        else:  # glass, pichet, flute
            ordinary = 75 if 75 in fmts else ([f for f in own if f not in (37.5, 150)] or [None])[0]
            ok = cat != "bière" and fmt == ordinary
        if not ok:
            err(where + ": entry %s (%s cl) does not fit the measure %s" % (e["id"], fmt, meas))
        want = round(POUR[meas] / fmt, 4) if meas in POUR else 1
        if c.get("units_per_sale") != want:
            err(where + ": units %r, want %r" % (c.get("units_per_sale"), want))
        # ---- vintages
        grp = groups[wine_key(e)]
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x["id"] != e["id"])
        also = sorted(c.get("also_ok", []))
        lv = p["vintage"]
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv or also:
                    err(where + ": yes with vintage must be that vintage, also_ok empty")
            else:
                if vints and e["vintage"] != vints[-1]:
                    err(where + ": yes without vintage must be the most recent")
                if also != others:
                    err(where + ": also_ok must list the other vintages %s" % others)
        else:
            if lv is None or lv in vints or not vints:
                err(where + ": almost needs a label vintage the wine lacks")
            else:
                best = sorted(vints, key=lambda v: (abs(v - lv), -v))[0]
                if e["vintage"] != best:
                    err(where + ": almost must be the nearest vintage %d" % best)
                if also != others:
                    err(where + ": also_ok must list the other vintages %s" % others)
    # ---------------- counts
    n = len(cases) or 1
    share = {x: sum(count[(c, x)] for c in CONNS) / n for x in ("yes", "almost", "none")}
    for x, (lo, hi) in {"yes": (0.45, 0.52), "almost": (0.12, 0.17), "none": (0.33, 0.40)}.items():
        if not lo <= share[x] <= hi:
            err("share of %s %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    for k, v in count.items():
        if v == 0:
            err("till %s has no %s" % k)
    return errs, count


def load():
    with open(os.path.join(HERE, "obernai_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "obernai_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        for i, c in enumerate(C):
            if pred(c):
                return i
        raise AssertionError("no case for the break")

    breaks = []

    def brk(name, kw, libl=None, casel=None):
        breaks.append((name, kw, libl if libl is not None else lib, casel if casel is not None else cases))

    x = list(cases); x[5] = x[5][:-2]; brk("broken JSON", "not JSON", casel=x)
    c = copy.deepcopy(C); i = 3; c[i] = dict(reversed(list(c[i].items()))); brk("field order", "field order", casel=dump(c))
    l = copy.deepcopy(L); l[10]["id"] = "OBR999"; brk("id gap", "id 'OBR999'", libl=dump(l))
    l = copy.deepcopy(L); j = next(k for k, e in enumerate(l) if e["category"] == "spiritueux")
    l[j]["colour"] = "blanc"; brk("colour on a spirit", "colour on a", libl=dump(l))
    c = copy.deepcopy(C); i = first(lambda r: r["vintage"] is not None); c[i]["vintage"] += 1
    brk("vintage not the label's", "vintage field", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["expect"] == "yes" and r["also_ok"]); c[i]["also_ok"] = []
    brk("also_ok dropped", "also_ok must list", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["expect"] == "yes" and r["vintage"] is not None and r["connection"] == "cave")
    c[i]["also_ok"] = [c[i]["beverage_id"]]; brk("also_ok on a yes with vintage", "also_ok empty", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["expect"] == "almost" and r["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("almost not the nearest", "nearest vintage", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["units_per_sale"] not in (None, 1)); c[i]["units_per_sale"] = 0.2
    brk("units", "units 0.2", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "caisse" and r["expect"] == "none")
    c[i]["label"] = c[i]["label"].replace(".", ".VERY LONG KEY TEXT ", 1); brk("caisse over 16 columns", "over 16 columns", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "caisse"); c[i]["label"] = c[i]["label"].lower()
    brk("caisse lower case", "caisse form", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "salle" and r["label"].endswith("(Bouteille)"))
    c[i]["label"] = c[i]["label"].replace("(Bouteille)", "(Btl)"); brk("salle unknown variant", "salle variant", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "cave")
    d = c[i]["label"]; c[i]["label"] = d[:12] + str((int(d[12]) + 1) % 10) + d[13:]; brk("cave EAN check digit", "EAN check digit", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["expect"] == "none"); c[i]["beverage_id"] = "OBR001"
    brk("none with an id", "none with an answer", casel=dump(c))
    c = copy.deepcopy(C); c[7]["label"] = c[8]["label"]; brk("duplicate label", "duplicate label", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "salle" and r["expect"] == "yes" and r["label"].endswith("(Demi-bouteille)"))
    c[i]["label"] = c[i]["label"].replace("(Demi-bouteille)", "(Bouteille)"); brk("bottle label on a half-bottle entry", "does not fit the measure B", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "caisse" and r["expect"] == "yes" and ".33CL " in r["label"])
    c[i]["label"] = c[i]["label"].replace(".33CL ", ".DEMI "); brk("draught measure on a bottle entry", "does not fit the measure DEMI", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["connection"] == "caisse" and r["label"].startswith("BLC.") and r["expect"] == "yes")
    c[i]["label"] = "RGE." + c[i]["label"][4:]; brk("family against the drink", "family RGE", casel=dump(c))
    c = copy.deepcopy(C); c = [r for r in c if not (r["connection"] == "cave" and r["expect"] == "almost")]
    brk("counts / a till without almost", "has no almost", casel=dump(c))
    c = copy.deepcopy(C); i = first(lambda r: r["label"].startswith("Vins blancs / Pinot Gris – Dom. Lissner 2021"))
    c[i]["beverage_id"] = "OBR026"; brk("answer shares no word with the label", "shares no word", casel=dump(c))
    c = copy.deepcopy(C); c[0]["expect"] = "maybe"; brk("unknown expect", "connection/expect", casel=dump(c))
    failed = 0
    for name, kw, l_, c_ in breaks:
        errs, _ = check(l_, c_)
        hit = [e for e in errs if kw in e]
        print("%-40s %s" % (name, ("caught: " + hit[0][:90]) if hit else "NOT CAUGHT %s" % errs[:1]))
        failed += not hit
    print("%d breaks, %d not caught" % (len(breaks), failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, count = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("library %d drinks, %d cases" % (len(lib), len(cases)))
    for conn in CONNS:
        print("  %-7s yes %3d  almost %3d  none %3d" % (conn, count[(conn, "yes")], count[(conn, "almost")], count[(conn, "none")]))
    print("FAIL" if errs else "OK")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
