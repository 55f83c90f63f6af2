#!/usr/bin/env python3
"""Check the "Le Pot de Madargue" (Riom) set. Reads only riom_library.jsonl and
riom_cases.jsonl and re-derives what it can; `--selftest` breaks copies on purpose and
shows that each break is reported and that the clean files pass. Stdlib only."""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "gestion")
POUR = {"G": 12.5, "CP": 12.5, "POT": 46, "P25": 25, "P50": 50, "D": 4, "D2": 2, "D6": 6,
        "DM": 25, "PT": 50}
CAISSE_PREFIX = {"VR": "G", "CP": "CP", "POT": "POT", "DOSE": "D", "2CL": "D2", "DEMI": "DM",
                 "PINTE": "PT", "BT": "B", "1/2": "H"}
SALLE_WORDS = [("1/2 Bout.", "H"), ("Carafe 25cl", "P25"), ("Carafe 50cl", "P50"),
               ("Dose 2cl", "D2"), ("Bout.", "B"), ("Magnum", "M"), ("Verre", "G"),
               ("Coupe", "CP"), ("Pot", "POT"), ("Dose", "D")]
FAMILIES = {"VRG", "VBL", "VRS", "BUL", "PRE", "BIE", "APE", "DIG", "EAU", "SOF", "CUI",
            "DES", "CAF", "DIV"}


def num(v):
    v = round(v, 1)
    return int(v) if v == int(v) else v


# ------------------------------------------------------------ reading the labels
def read_label(case, errs):
    """-> (measure, vintage, family or None) as the label says, or None if malformed."""
    lab, conn = case["label"], case["connection"]
    if conn == "caisse":
        if len(lab) != 21 or not re.fullmatch(r"[A-Z0-9 /]{14} [ \d]{2}\d,\d\d", lab):
            errs.append("caisse form (14-column text + price): %r" % lab)
            return None
        desc = lab[:14].rstrip()
        toks = desc.split()
        meas = CAISSE_PREFIX.get(toks[0])
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        if meas is None:
            m = re.search(r"(\d+)(CL|L)$", desc)
            meas = "S%s" % num(int(m.group(1)) * (100 if m.group(2) == "L" else 1)) if m else "U"
        return meas, vint, None
    if conn == "salle":
        if ";" in lab or not re.search(r"[a-zé]", lab) or lab != lab.strip():
            errs.append("salle form (mixed case wine-list name): %r" % lab)
            return None
        meas = None
        for word, code in SALLE_WORDS:
            if lab.startswith(word + " "):
                meas = code
                break
        m = re.search(r" (19[5-9]\d|20[0-3]\d)$", lab)
        vint = int(m.group(1)) if m else None
        if meas is None:
            m = re.search(r" (\d+(?:,5)?)(cl|L)(?: \d{4})?$", lab)
            meas = ("S%s" % num(float(m.group(1).replace(",", ".")) *
                                (100 if m.group(2) == "L" else 1))) if m else "U"
        return meas, vint, None
    if conn == "gestion":
        parts = lab.split(";")
        if (len(parts) != 6 or not re.fullmatch(r"[A-Z]{3}\d{3}", parts[0])
                or parts[0][:3] not in FAMILIES or not re.fullmatch(r"[A-Z0-9 ]+", parts[1])
                or not re.fullmatch(r"(\d{4})?", parts[2])
                or not re.fullmatch(r"(\d+(,\d+)?)?", parts[3])
                or not re.fullmatch(r"\d+", parts[4]) or not re.fullmatch(r"\d+,\d\d", parts[5])):
            errs.append("gestion form CODE;LIBELLE;MILL;VOL;QTE;CA: %r" % lab)
            return None
        fam = parts[0][:3]
        vint = int(parts[2]) if parts[2] else None
        cl = num(float(parts[3].replace(",", ".")) * 100) if parts[3] else None
        if cl is None:
            meas = "U"
        elif fam == "PRE":
            meas = {25: "DM", 50: "PT"}.get(cl, "X")
        elif fam in ("BIE", "EAU", "SOF"):
            meas = "S%s" % cl
        elif fam in ("VRG", "VBL", "VRS", "BUL"):
            meas = {75: "B", 37.5: "H", 150: "M", 12.5: "G", 46: "POT", 25: "P25",
                    50: "P50"}.get(cl, "X")
        elif fam in ("APE", "DIG"):
            meas = "S%s" % cl if cl >= 35 else {4: "D", 2: "D2", 6: "D6", 12.5: "G"}.get(cl, "X")
        else:
            meas = "U"
        return meas, vint, fam
    errs.append("unknown connection %r" % conn)
    return None


def expected_format(entry, group_formats, meas):
    """The format the label's measure refers to for this wine, and the units per sale."""
    cat = entry["category"]
    bottles = [f for f in group_formats if f < 2000]
    kegs = [f for f in group_formats if f >= 2000]
    if meas == "B":
        if cat in ("vin", "champagne") or (cat == "autre" and 75 in group_formats):
            return 75, 1
        return (bottles[0], 1) if len(bottles) == 1 else (None, None)
    if meas == "U":
        return (bottles[0], 1) if len(bottles) == 1 else (None, None)
    if meas == "H":
        return 37.5, 1
    if meas == "M":
        return 150, 1
    if meas.startswith("S"):
        return num(float(meas[1:])), 1
    if meas in ("DM", "PT"):
        return (kegs[0], round(POUR[meas] / kegs[0], 4)) if kegs else (None, None)
    if meas in ("D", "D2", "D6"):
        if cat in ("vin", "champagne"):
            return (75, round(POUR[meas] / 75, 4)) if 75 in group_formats else (None, None)
        return (bottles[0], round(POUR[meas] / bottles[0], 4)) if len(bottles) == 1 else (None, None)
    if meas in ("G", "CP", "POT", "P25", "P50"):
        if 75 in group_formats:
            o = 75
        else:
            plain = [f for f in bottles if f not in (37.5, 150)]
            o = plain[0] if len(plain) == 1 else None
        return (o, round(POUR[meas] / o, 4)) if o else (None, None)
    return None, None


def family_of(entry, meas):
    if meas in ("DM", "PT"):
        return {"PRE"}
    cat, col = entry["category"], entry["colour"]
    if cat == "champagne" or col == "effervescent":
        return {"BUL"}
    if cat == "vin":
        return {{"rouge": "VRG", "blanc": "VBL", "rosé": "VRS"}.get(col, "?")}
    return {"bière": {"BIE"}, "autre": {"APE"}, "spiritueux": {"DIG", "APE"},
            "soft": {"EAU", "SOF"}}[cat]


# ------------------------------------------------------------ the checks
def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(obj) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i, list(obj)))
        lib.append(obj)
    for i, line in enumerate(case_lines, 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % i)
            continue
        if list(obj) != CASE_FIELDS:
            errs.append("cases line %d: field order %s" % (i, list(obj)))
        cases.append(obj)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks (110-130)" % len(lib))
    byid, wines = {}, {}
    for n, e in enumerate(lib, 1):
        if e.get("id") != "RIO%03d" % n:
            errs.append("id %r out of sequence (RIO%03d)" % (e.get("id"), n))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: wine without a valid colour %r" % (e["id"], col))
        elif col is not None:
            errs.append("%s: colour %r on a %s" % (e["id"], col, cat))
        if not (e.get("vintage") is None or isinstance(e["vintage"], int)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format %r" % (e["id"], f))
        elif f >= 2000 and cat != "bière":
            errs.append("%s: keg format on a %s" % (e["id"], cat))
        key = (e["name"], e["producer"], e["appellation"], col)
        wines.setdefault(key, {}).setdefault(f, [])
        if e.get("vintage") in wines[key][f]:
            errs.append("%s: the same wine, format and vintage twice" % e["id"])
        wines[key][f].append(e.get("vintage"))
    ids_of = {}
    for e in lib:
        key = (e["name"], e["producer"], e["appellation"], e["colour"])
        ids_of.setdefault((key, e["format_cl"]), {})[e["vintage"]] = e["id"]

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases (280-300)" % len(cases))
    seen, codes = set(), set()
    counts = {(t, x): 0 for t in TILLS for x in ("yes", "almost", "none")}
    for c in cases:
        lab = c.get("label")
        where = "case %r" % lab
        if lab in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(lab)
        if c.get("expect") not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, c.get("expect")))
            continue
        if c.get("connection") not in TILLS:
            errs.append("%s: connection %r" % (where, c.get("connection")))
            continue
        counts[(c["connection"], c["expect"])] += 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            errs.append("%s: no note" % where)
        rb = read_label(c, errs)
        if rb is None:
            continue
        meas, vint, fam = rb
        if c["connection"] == "gestion":
            code = lab.split(";")[0]
            if code in codes:
                errs.append("%s: article code used twice" % where)
            codes.add(code)
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r but the label says %r" % (where, c.get("vintage"), vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % where)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if fam is not None and fam not in family_of(e, meas):
            errs.append("%s: family %s does not fit %s" % (where, fam, e["id"]))
        key = (e["name"], e["producer"], e["appellation"], e["colour"])
        fmt, units = expected_format(e, sorted(wines[key]), meas)
        if fmt != e["format_cl"]:
            errs.append("%s: the label means %s cl, %s is %s cl" % (where, fmt, e["id"], e["format_cl"]))
            continue
        if units != c["units_per_sale"]:
            errs.append("%s: units %r, the measure gives %r" % (where, c["units_per_sale"], units))
        held = ids_of[(key, fmt)]
        vints = sorted(v for v in held if v is not None)
        others = sorted(i for v, i in held.items() if i != e["id"])
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("%s: yes with a vintage must be that vintage, also_ok empty" % where)
            elif None in held:
                if e["vintage"] is not None or c["also_ok"]:
                    errs.append("%s: non-vintage yes" % where)
            else:
                if e["vintage"] != max(vints) or sorted(c["also_ok"]) != others:
                    errs.append("%s: yes without vintage must be the most recent, others in also_ok" % where)
        else:
            if vint is None or vint in held or not vints:
                errs.append("%s: almost needs a label vintage the wine lacks" % where)
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if e["vintage"] != best:
                errs.append("%s: almost is not the nearest vintage (%s)" % (where, best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: almost's also_ok must list the other vintages" % where)
        if c["also_ok"] and any(a not in byid for a in c["also_ok"]):
            errs.append("%s: unknown id in also_ok" % where)
    n = len(cases) or 1
    tot = {x: sum(counts[(t, x)] for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[x] / n <= hi:
            errs.append("%s share %.1f %% outside %d-%d %%" % (x, 100 * tot[x] / n, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if counts[(t, x)] == 0:
                errs.append("till %s has no %s case" % (t, x))
    return errs, counts


def load():
    with open(os.path.join(HERE, "riom_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "riom_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


# ------------------------------------------------------------ selftest
def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dump(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib2=None, cases2=None):
        breaks.append((name, lib2 if lib2 is not None else lib, cases2 if cases2 is not None else cases))

    c2 = list(cases); c2[0] = c2[0][:-2]
    brk("broken JSON", cases2=c2)
    C2 = copy.deepcopy(C); C2[3] = {k: C2[3][k] for k in reversed(CASE_FIELDS)}
    brk("field order", cases2=dump(C2))
    L2 = copy.deepcopy(L); L2[5]["id"] = "RIO999"
    brk("id out of sequence", lib2=dump(L2))
    L2 = copy.deepcopy(L); L2[0]["colour"] = "rouge violacé"
    brk("bad colour on a wine", lib2=dump(L2))
    L2 = copy.deepcopy(L); i = next(i for i, e in enumerate(L) if e["category"] == "spiritueux"); L2[i]["colour"] = "blanc"
    brk("colour on a spirit", lib2=dump(L2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes"); C2[i]["vintage"] += 1
    brk("vintage not the one on the label", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["expect"] == "yes" and c["also_ok"]); C2[i]["also_ok"] = []
    brk("also_ok dropped", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["expect"] == "almost" and c["also_ok"]); C2[i]["beverage_id"], C2[i]["also_ok"] = C2[i]["also_ok"][0], [C2[i]["beverage_id"]]
    brk("almost not the nearest vintage", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["units_per_sale"] not in (None, 1)); C2[i]["units_per_sale"] = 0.2
    brk("wrong units", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "caisse"); C2[i]["label"] = C2[i]["label"][:14] + "X" + C2[i]["label"][14:]
    brk("caisse over 14 columns", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes"); C2[i]["label"] = C2[i]["label"].upper()
    brk("salle in capitals", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "gestion" and c["label"].startswith("VRG") and c["expect"] == "yes"); C2[i]["label"] = "VBL" + C2[i]["label"][3:]
    brk("gestion family says another colour", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "gestion"); C2[i]["label"] = C2[i]["label"].rsplit(";", 1)[0]
    brk("gestion line without its amount", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["expect"] == "none"); C2[i]["beverage_id"] = "RIO001"
    brk("none with an id", cases2=dump(C2))
    C2 = copy.deepcopy(C); C2[5]["label"] = C2[4]["label"]
    brk("duplicate label", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "salle" and c["label"].startswith("Bout. ") and c["expect"] == "yes")
    C2[i]["label"] = "1/2 " + C2[i]["label"]
    brk("half-bottle label on a 75 cl entry", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("DEMI KRO")); C2[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Leffe Brune")
    brk("draught measure on a bottled beer", cases2=dump(C2))
    brk("too few cases", cases2=cases[:270])
    C2 = copy.deepcopy(C)
    for c in C2:
        if c["expect"] == "almost":
            c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"] = "none", None, [], None
    brk("answer shares out of range", cases2=dump(C2))
    C2 = copy.deepcopy(C); i = first(lambda c: c["expect"] == "yes"); C2[i]["expect"] = "maybe"
    brk("unknown expect", cases2=dump(C2))
    L2 = copy.deepcopy(L); i = next(i for i, e in enumerate(L) if e["category"] == "vin"); L2[i]["format_cl"] = 3000
    brk("keg format on a wine", lib2=dump(L2))

    ok = True
    errs, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok &= not errs
    for name, l2, c2 in breaks:
        errs, _ = check(l2, c2)
        print("%-40s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    tot = {x: sum(counts[(t, x)] for t in TILLS) for x in ("yes", "almost", "none")}
    for t in TILLS:
        print("%-8s yes %3d  almost %3d  none %3d" % (t, counts[(t, "yes")], counts[(t, "almost")], counts[(t, "none")]))
    print("total    yes %3d  almost %3d  none %3d  (%d drinks, %d cases)" % (
        tot["yes"], tot["almost"], tot["none"], len(lib), len(cases)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
