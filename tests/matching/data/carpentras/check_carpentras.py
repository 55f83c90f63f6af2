"""Check the "Le Comtadin" (Carpentras) blind set.

python3 check_carpentras.py             validates carpentras_library.jsonl and carpentras_cases.jsonl
python3 check_carpentras.py --selftest  breaks copies on purpose and shows each break is reported

Reads only the two jsonl files (no import of the build or its data).
"""
import copy
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
TILLS = ("comptoir", "salle", "bureau")
SALLE_FAMILIES = {"rouge", "rosé", "blanc", "vin doux", "bulles", "apéritif", "alcool",
                  "bière", "soft", "cuisine", "café", "divers"}
WINE_FAMILIES = {"rouge", "rosé", "blanc", "vin doux", "bulles"}
POUR = {"G": 12.5, "CP": 12.5, "P50": 50, "P25": 25, "D": 4, "D2": 2, "DE": 25, "PI": 50}


# ------------------------------------------------------------------ label readers
def read_comptoir(label):
    codes = {"BTL": "B", "1/2": "H", "MAG": "M", "VRE": "G", "V15": "G15", "CP": "CP",
             "P50": "P50", "P25": "P25", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINT": "PI"}
    toks = label.split()
    meas = ""
    if len(toks) > 1:
        if toks[0] in codes:
            meas = codes[toks[0]]
        elif toks[0] == "1L":
            meas = "S100"
        elif re.fullmatch(r"\d+CL", toks[0]):
            meas = "S" + toks[0][:-2]
    vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
    return meas, vint


def read_salle(label):
    words = {"bouteille": "B", "demi-bouteille": "H", "magnum": "M", "verre": "G",
             "coupe": "CP", "pichet 50cl": "P50", "pichet 25cl": "P25", "dose": "D",
             "dose 2cl": "D2", "demi": "DE", "pinte": "PI", "1L": "S100"}
    fam, body = label.split(": ", 1)
    meas = ""
    if " - " in body:
        head, w = body.rsplit(" - ", 1)
        if w in words:
            meas = words[w]
        elif re.fullmatch(r"\d+cl", w):
            meas = "S" + w[:-2]
        elif re.fullmatch(r"verre \d+cl", w):
            meas = "G" + w[6:-2]
        if meas:
            body = head
    m = re.search(r" (\d{4})$", body)
    vint = int(m.group(1)) if m and 1960 <= int(m.group(1)) <= 2029 else None
    return meas, vint


def read_bureau(label):
    code, lib, price = label.split(";")
    meas = ""
    m = re.search(r" (BTL|MAG|VERRE|COUPE|PICHET|DOSE|DEMI|PINTE) (\d+(?:,5)?)CL$", lib)
    if m:
        w, n = m.group(1), m.group(2)
        lib = lib[:m.start()]
        meas = {"BTL": {"75": "B", "37,5": "H"}.get(n, "S" + n), "MAG": "M", "VERRE": "G" + n,
                "COUPE": "CP" + n, "PICHET": "P" + n, "DOSE": "D" if n == "4" else "D" + n,
                "DEMI": "DE", "PINTE": "PI"}[w]
    v = re.search(r" (\d{4})$", lib)
    vint = int(v.group(1)) if v and 1960 <= int(v.group(1)) <= 2029 else None
    return meas, vint


READ = {"comptoir": read_comptoir, "salle": read_salle, "bureau": read_bureau}


def form_errors(conn, label):
    if conn == "comptoir":
        if len(label) > 16:
            return "comptoir label over 16 columns"
        if not re.fullmatch(r"[A-Z0-9/ ]+", label) or label != label.strip():
            return "comptoir label not ASCII capitals"
    elif conn == "salle":
        m = re.fullmatch(r"([^:]+): (.+)", label)
        if not m or m.group(1) not in SALLE_FAMILIES:
            return "salle label without a catalogue family"
        if not re.search(r"[a-zà-ÿ]", m.group(2)):
            return "salle label not in mixed case"
    elif conn == "bureau":
        parts = label.split(";")
        if len(parts) != 3:
            return "bureau line without three fields"
        code, lib, price = parts
        if not re.fullmatch(r"[1-9]\d{4}", code):
            return "bureau article code not five digits"
        if not re.fullmatch(r"[A-Z0-9 ,]+", lib):
            return "bureau designation not ASCII capitals"
        if not re.fullmatch(r"\d{1,3},\d\d", price):
            return "bureau price not n,nn"
    else:
        return "unknown connection"
    return None


def family_digit(e):
    if e["category"] == "vin":
        return {"rouge": 1, "rosé": 2, "blanc": 3, "liquoreux": 4, "effervescent": 5}.get(e["colour"], 0)
    return {"champagne": 5, "spiritueux": 6, "autre": 6, "bière": 7, "soft": 8}.get(e["category"], 0)


def pour_volume(meas):
    if meas in POUR:
        return POUR[meas]
    m = re.fullmatch(r"(G|CP)(\d+)", meas)
    return float(m.group(2)) if m else None


# ------------------------------------------------------------------ the check
def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: field order" % i)
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid = {}
    seen = set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "CRP%03d" % i:
            errs.append("library: id %s out of sequence at %d" % (e.get("id"), i))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errs.append("%s: bad colour or category" % e.get("id"))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            errs.append("%s: colour must be set exactly on wines and champagnes" % e.get("id"))
        if isinstance(e.get("format_cl"), (int, float)) and e["format_cl"] >= 2000 \
                and e.get("category") != "bière":
            errs.append("%s: keg on a non-beer" % e.get("id"))
        k = tuple(e.get(f) for f in ("name", "producer", "appellation", "colour", "format_cl", "vintage"))
        if k in seen:
            errs.append("%s: duplicate entry" % e.get("id"))
        seen.add(k)

    def group(e):
        return [x for x in lib if all(x[f] == e[f] for f in
                                      ("name", "producer", "appellation", "colour", "format_cl"))]

    def product_formats(e):
        return {x["format_cl"] for x in lib if all(x[f] == e[f] for f in
                                                   ("name", "producer", "appellation", "colour"))}

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: field order" % i)
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d labels, not 280-300" % len(cases))
    labels = set()
    for c in cases:
        lab, conn = c.get("label"), c.get("connection")
        if lab in labels:
            errs.append("%r: duplicate label" % lab)
        labels.add(lab)
        f = form_errors(conn, lab)
        if f:
            errs.append("%r: %s" % (lab, f))
            continue
        meas, vint = READ[conn](lab)
        if vint != c.get("vintage"):
            errs.append("%r: vintage %s but the label reads %s" % (lab, c.get("vintage"), vint))
        exp = c.get("expect")
        if exp not in ("yes", "almost", "none"):
            errs.append("%r: unknown expect" % lab)
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with an answer" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None or any(a not in byid for a in c["also_ok"]):
            errs.append("%r: unknown id" % lab)
            continue
        g = group(e)
        gv = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if len(set(c["also_ok"])) != len(c["also_ok"]) or c["beverage_id"] in c["also_ok"]:
            errs.append("%r: also_ok holds the answer" % lab)
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("%r: yes with a vintage must be that vintage, also_ok empty" % lab)
            else:
                if gv and e["vintage"] != gv[-1]:
                    errs.append("%r: yes without vintage must be the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok must list the other vintages" % lab)
        else:
            if vint is None or vint in gv or e["vintage"] is None:
                errs.append("%r: almost needs a label vintage the wine lacks" % lab)
            else:
                best = min(gv, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%r: almost is not the nearest vintage" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok must list the other vintages" % lab)
        # format the label means, and units
        fmt = e["format_cl"]
        wine = e["category"] in ("vin", "champagne")
        pv = pour_volume(meas)
        if meas == "B" and not (fmt == 75 if wine else conn == "comptoir"):
            errs.append("%r: bottle label on a %s cl entry" % (lab, fmt))
        elif meas == "" and (wine or conn != "comptoir"):
            errs.append("%r: no measure on a %s" % (lab, e["category"]))
        elif meas == "H" and fmt != 37.5:
            errs.append("%r: half-bottle label on a %s cl entry" % (lab, fmt))
        elif meas == "M" and fmt != 150:
            errs.append("%r: magnum label on a %s cl entry" % (lab, fmt))
        elif meas.startswith("S") and float(meas[1:]) != fmt:
            errs.append("%r: %s cl label on a %s cl entry" % (lab, meas[1:], fmt))
        elif meas in ("DE", "PI") and fmt < 2000:
            errs.append("%r: draught measure on a bottle entry" % lab)
        elif meas in ("D", "D2") and (wine or fmt >= 2000):
            errs.append("%r: dose on a wine or keg" % lab)
        elif pv is not None and meas not in ("DE", "PI", "D", "D2"):
            pf = product_formats(e)
            if fmt in (37.5, 150) or fmt >= 2000 or (fmt != 75 and 75 in pf):
                errs.append("%r: glass or pichet not on the ordinary bottle" % lab)
        want = 1 if pv is None else round(pv / fmt, 4)
        if c["units_per_sale"] != want:
            errs.append("%r: units %s, the label says %s" % (lab, c["units_per_sale"], want))
        if conn == "bureau" and int(lab[0]) != family_digit(e):
            errs.append("%r: article code family does not fit the drink" % lab)
        if conn == "salle":
            fam = lab.split(": ", 1)[0]
            if (wine and fam not in WINE_FAMILIES) or (not wine and fam in WINE_FAMILIES):
                errs.append("%r: salle family does not fit the drink" % lab)
    # proportions
    n = len(cases) or 1
    share = {x: sum(1 for c in cases if c.get("expect") == x) / n for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            errs.append("share of %s %.3f out of [%s, %s]" % (x, share[x], lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not any(c.get("connection") == t and c.get("expect") == x for c in cases):
                errs.append("till %s has no %s case" % (t, x))
    return errs


def load():
    with open(os.path.join(HERE, "carpentras_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "carpentras_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def counts(case_lines):
    cs = [json.loads(x) for x in case_lines]
    for t in TILLS:
        row = [sum(1 for c in cs if c["connection"] == t and c["expect"] == x)
               for x in ("yes", "almost", "none")]
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % ((t, *tuple(row), sum(row))))


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files must pass"
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib2=None, cases2=None):
        breaks.append((name, lib2 if lib2 is not None else lib, cases2 if cases2 is not None else cases))

    c2 = list(cases); c2[3] = c2[3][:-2]
    brk("broken JSON", cases2=c2)
    l2 = copy.deepcopy(L); e = l2[0]; l2[0] = {k: e[k] for k in reversed(LIB_FIELDS)}
    brk("field order", lib2=dumps(l2))
    l2 = copy.deepcopy(L); l2[5]["id"] = "CRP999"
    brk("id out of sequence", lib2=dumps(l2))
    l2 = copy.deepcopy(L); l2[0]["colour"] = "rouge foncé"
    brk("bad colour", lib2=dumps(l2))
    l2 = copy.deepcopy(L); i = next(k for k, x in enumerate(l2) if x["category"] == "spiritueux"); l2[i]["colour"] = "blanc"
    brk("colour on a spirit", lib2=dumps(l2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["expect"] == "yes" and c["also_ok"]); c2[i]["also_ok"] = []
    brk("also_ok dropped", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    c2[i]["beverage_id"], c2[i]["also_ok"][0] = c2[i]["also_ok"][0], c2[i]["beverage_id"]
    brk("almost not the nearest", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["units_per_sale"] not in (None, 1)); c2[i]["units_per_sale"] = 0.1667 if c2[i]["units_per_sale"] != 0.1667 else 0.2
    brk("wrong units", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["vintage"] is not None); c2[i]["vintage"] += 1
    brk("vintage not on the label", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["expect"] == "none"); c2[i]["beverage_id"] = "CRP001"
    brk("none with an id", cases2=dumps(c2))
    c2 = copy.deepcopy(C); c2[10]["label"] = c2[9]["label"]
    brk("duplicate label", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "comptoir"); c2[i]["label"] = "VRE GIGONDAS SANTA DUC"
    brk("comptoir over 16 columns", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "salle"); c2[i]["label"] = c2[i]["label"].split(": ", 1)[1]
    brk("salle without family", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "bureau"); c2[i]["label"] = c2[i]["label"].rsplit(";", 1)[0] + ";12.50"
    brk("bureau price with a point", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "bureau" and c["expect"] == "yes" and c["label"][0] == "1")
    c2[i]["label"] = "2" + c2[i]["label"][1:]
    brk("bureau code family wrong", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "salle" and c["label"].endswith("- bouteille") and c["expect"] == "yes")
    c2[i]["label"] = c2[i]["label"].replace("- bouteille", "- demi-bouteille")
    brk("half-bottle label on a 75 cl entry", cases2=dumps(c2))
    c2 = copy.deepcopy(C); i = find(lambda c: c["connection"] == "comptoir" and c["label"].startswith("DEMI ") and c["expect"] == "yes")
    c2[i]["beverage_id"] = next(x["id"] for x in L if x["category"] == "bière" and x["format_cl"] < 2000)
    brk("draught on a bottle entry", cases2=dumps(c2))
    c2 = dumps(C[:200])
    brk("counts out of range", cases2=c2)
    c2 = copy.deepcopy(C); i = find(lambda c: c["expect"] == "yes"); c2[i]["expect"] = "maybe"
    brk("unknown expect", cases2=dumps(c2))
    ok = True
    for name, l2, c2 in breaks:
        e = check(l2, c2)
        print("%-36s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok &= bool(e)
    print("%d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d labels" % (len(lib), len(cases)))
    counts(cases)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
