#!/usr/bin/env python3
"""Check the Cholet blind set from its two jsonl files alone (no build data).

python3 check_cholet.py [--selftest]
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "cholet_library.jsonl")
CASES = os.path.join(HERE, "cholet_cases.jsonl")
FL = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
      "vintage", "format_cl"]
FC = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
      "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "export")

C_READ = {"DEMI": ("demi", None), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
          "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
          "75CL": ("bottle", 75), "1L": ("bottle", 100), "VR": ("pour", 12.5),
          "VR12": ("pour", 12), "VR15": ("pour", 15), "CP": ("pour", 12.5),
          "PICH25": ("pour", 25), "PICH50": ("pour", 50), "DOSE": ("pour", 4),
          "2CL": ("pour", 2), "PINTE": ("draught", 50)}
T_READ = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
          "Magnum": ("bottle", 150), "Bouteille 25cl": ("bottle", 25),
          "Bouteille 33cl": ("bottle", 33), "Bouteille 50cl": ("bottle", 50),
          "Bouteille 70cl": ("bottle", 70), "Bouteille 75cl": ("bottle", 75),
          "Bouteille 1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12),
          "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
          "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4), "Shot 2cl": ("pour", 2),
          "Demi": ("demi", None), "Pinte": ("draught", 50)}
E_FAMS = {"ROU", "BLA", "ROS", "LIQ", "EFF", "BIE", "PRE", "SPI", "APE", "SOF", "CUI", "DES",
          "CAF", "DIV"}
FAM_OK = {"ROU": lambda e: e["colour"] == "rouge", "BLA": lambda e: e["colour"] == "blanc",
          "ROS": lambda e: e["colour"] == "rosé" and e["category"] == "vin",
          "LIQ": lambda e: e["colour"] == "liquoreux",
          "EFF": lambda e: e["colour"] in ("effervescent", "rosé") and (
              e["category"] == "champagne" or "Crémant" in (e["appellation"] or "")
              or e["colour"] == "effervescent"),
          "BIE": lambda e: e["category"] == "bière" and e["format_cl"] < 2000,
          "PRE": lambda e: e["category"] == "bière" and e["format_cl"] >= 2000,
          "SPI": lambda e: e["category"] == "spiritueux",
          "APE": lambda e: e["category"] in ("autre", "spiritueux"),
          "SOF": lambda e: e["category"] == "soft"}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.lower()


def read_label(till, label, errs):
    """-> (measure, vintage) or None if the label does not have its till's form."""
    if till == "caisse":
        m = re.fullmatch(r"#(\d{3}) ([A-Z0-9. ]+?)(?:/([A-Z0-9]+))?", label)
        if not m:
            errs.append("caisse form: %r" % label)
            return None
        words = m.group(2).split()
        for w in words:
            if not any(c.isdigit() for c in w) and len(w) > 4:
                errs.append("caisse word over four letters: %r" % label)
        code = m.group(3)
        if code is not None and code not in C_READ:
            errs.append("caisse measure: %r" % label)
            return None
        meas = C_READ[code] if code else ("bottle", None)
        vint = None
        if re.fullmatch(r"\d\d", words[-1]):
            yy = int(words[-1])
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        return meas, vint
    if till == "tablette":
        fields = label.split(" · ")
        if label != label.strip() or any(not f for f in fields) or "/" in label:
            errs.append("tablette form: %r" % label)
            return None
        years = [f for f in fields if re.fullmatch(r"(19|20)\d\d", f)]
        if len(years) > 1:
            errs.append("tablette two vintages: %r" % label)
        vint = int(years[0]) if years else None
        if years and fields.index(years[0]) not in (len(fields) - 1, len(fields) - 2):
            errs.append("tablette vintage out of place: %r" % label)
        return T_READ.get(fields[-1]), vint
    m = re.fullmatch(r"([A-Z]{3})/([a-z0-9 '&.,\-]+)/((?:\d+(?:,\d)?cl)?)", label)
    if not m or m.group(1) not in E_FAMS:
        errs.append("export form: %r" % label)
        return None
    fam, lib, cont = m.groups()
    if len(lib) > 28 or lib != lib.strip():
        errs.append("export libelle over 28 columns: %r" % label)
    words = lib.split()
    vint = None
    for w in words:
        if re.fullmatch(r"(19|20)\d\d", w):
            vint = int(w)
    if len(lib) >= 27 and words[-1].isdigit() and len(words[-1]) < 4:
        errs.append("export cut leaves part of a number: %r" % label)
    if not cont:
        return None, vint
    cl = float(cont[:-2].replace(",", "."))
    cl = int(cl) if cl == int(cl) else cl
    if fam == "PRE":
        return ("draught", cl), vint
    if fam in ("BIE", "SOF"):
        return ("bottle", cl), vint
    if fam == "LIQ" and cl == 50:
        return ("bottle", 50), vint
    if cl in (37.5, 75, 150, 70, 100):
        return ("bottle", cl), vint
    return ("pour", cl), vint


def shares_word(label, e):
    lt = re.findall(r"[a-z0-9]+", fold(label))
    et = re.findall(r"[a-z0-9]+", fold(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x)))
    glued = "".join(et)
    for t in lt:
        if len(t) < 3 or t.isdigit():
            continue
        if any(w.startswith(t[:4]) for w in et if len(w) >= 3):
            return True
        if len(t) >= 5 and t in glued:
            return True
    return False


def expected(group, category, meas, vint):
    """Bench rules on one wine (all formats) -> (format, units, id, also) or (None, why)."""
    fmts = sorted({e["format_cl"] for e in group})
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    kind, cl = meas
    if kind == "demi":
        kind, cl = ("draught", 25) if category == "bière" else ("bottle", 37.5)
    if kind == "bottle":
        if cl is None:
            cl = 75 if category in ("vin", "champagne") else (bottles[0] if len(bottles) == 1 else None)
        if cl not in bottles:
            return None, "format not held"
        fmt, units = cl, 1
    elif kind == "draught":
        if not kegs:
            return None, "not on draught"
        fmt, units = kegs[0], round(cl / kegs[0], 4)
    else:
        if category == "bière":
            return None, "pour of a bottled beer"
        base = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        if base is None:
            return None, "no ordinary bottle"
        fmt, units = base, round(cl / base, 4)
    same = sorted((e for e in group if e["format_cl"] == fmt), key=lambda e: e["vintage"] or 0)
    held = [e["vintage"] for e in same]
    if vint is None:
        return fmt, units, "yes", same[-1]["id"], [e["id"] for e in same[:-1]]
    if vint in held:
        return fmt, units, "yes", next(e["id"] for e in same if e["vintage"] == vint), []
    if None in held:
        return None, "vintage on a non-vintage drink"
    best = sorted(same, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))[0]
    return fmt, units, "almost", best["id"], [e["id"] for e in same if e is not best]


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            lib.append(json.loads(line))
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
    for i, line in enumerate(cases_text.splitlines(), 1):
        try:
            cases.append(json.loads(line))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
    if errs:
        return errs
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen_wine = {}, set()
    for i, e in enumerate(lib, 1):
        if list(e) != FL:
            errs.append("library field order: %s" % e.get("id"))
        if e["id"] != "cq%03d" % i:
            errs.append("library id out of sequence: %s" % e["id"])
        byid[e["id"]] = e
        if e["category"] not in CATS:
            errs.append("category: %s" % e["id"])
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] in COLOURS) or (not wine and e["colour"] is not None):
            errs.append("colour: %s" % e["id"])
        if e["format_cl"] >= 2000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("keg: %s" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen_wine:
            errs.append("entry twice: %s" % e["id"])
        seen_wine.add(k)
        if e["vintage"] is not None and not (1950 <= e["vintage"] <= 2025):
            errs.append("vintage: %s" % e["id"])
    groups = {}
    for e in lib:
        groups.setdefault((e["name"], e["producer"], e["appellation"], e["colour"]), []).append(e)
    # cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases count %d" % len(cases))
    labels = set()
    tab = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        if list(c) != FC:
            errs.append("case field order: %r" % lab)
            continue
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if c["connection"] not in TILLS:
            errs.append("unknown connection %r" % lab)
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("expect %r" % lab)
            continue
        tab[c["connection"]][c["expect"]] += 1
        if not c["note"]:
            errs.append("empty note %r" % lab)
        r = read_label(c["connection"], lab, errs)
        if r is None:
            continue
        meas, vint = r
        if c["vintage"] != vint:
            errs.append("vintage field %r != label's %r: %r" % (c["vintage"], vint, lab))
        if ("cut off by the till" in c["note"]) and not (c["connection"] == "export" and len(lab.split("/")[1]) >= 27):
            errs.append("cut-off note on a label not at full width: %r" % lab)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("none with an answer: %r" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("unknown beverage_id %r" % lab)
            continue
        if c["connection"] == "export":
            fam = lab.split("/")[0]
            if fam not in FAM_OK or not FAM_OK[fam](e):
                errs.append("export family %s against the entry: %r" % (fam, lab))
        if not shares_word(lab, e):
            errs.append("label shares no word with its entry: %r" % lab)
        if meas is None:
            errs.append("drink label without a measure: %r" % lab)
            continue
        g = groups[(e["name"], e["producer"], e["appellation"], e["colour"])]
        x = expected(g, e["category"], meas, vint)
        if x[0] is None:
            errs.append("%s but %s: %r" % (c["expect"], x[1], lab))
            continue
        fmt, units, exp, bid, also = x
        if e["format_cl"] != fmt:
            errs.append("format %s, label means %s: %r" % (e["format_cl"], fmt, lab))
        if c["units_per_sale"] != units or (isinstance(units, float) and round(units, 4) != units):
            errs.append("units %r, label means %r: %r" % (c["units_per_sale"], units, lab))
        if c["expect"] != exp or c["beverage_id"] != bid:
            errs.append("answer %s %s, rules give %s %s: %r" % (c["expect"], c["beverage_id"], exp, bid, lab))
        if sorted(c["also_ok"]) != sorted(also):
            errs.append("also_ok %r, rules give %r: %r" % (c["also_ok"], also, lab))
    n = len(cases)
    tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
    if n:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100 * tot[k] / n <= hi:
                errs.append("share of %s %.1f %% outside %d-%d" % (k, 100 * tot[k] / n, lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if tab[t][k] == 0:
                errs.append("till %s has no %s" % (t, k))
    return errs


def selftest(lib_text, cases_text):
    lib = [json.loads(l) for l in lib_text.splitlines()]
    cases = [json.loads(l) for l in cases_text.splitlines()]
    def dump(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, want, fn, on_lib=False):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        res = fn(L, C)
        lt, ct = (res if isinstance(res, tuple) else (dump(L), dump(C)))
        errs = check(lt, ct)
        ok = any(want in e for e in errs)
        breaks.append((name, ok, errs[:1]))

    def set_(i, **kw):
        def f(L, C):
            C[i].update(kw)
        return f

    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    glass = first(lambda c: c["connection"] == "caisse" and c["label"].endswith("/VR"))
    yes_v = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    mag = first(lambda c: c["expect"] == "yes" and "Magnum" in c["label"])
    none_i = first(lambda c: c["expect"] == "none")
    pint = first(lambda c: c["expect"] == "yes" and c["label"].endswith("/PINTE"))
    half = first(lambda c: c["expect"] == "yes" and "Demi-bouteille" in c["label"])
    exp_i = first(lambda c: c["connection"] == "export" and c["expect"] == "yes" and c["label"].startswith("ROU/"))
    vint_i = first(lambda c: c["vintage"] is not None)
    byid = {e["id"]: e for e in lib}
    def nid(i, fmt):
        return next(e["id"] for e in lib if e["name"] == byid[cases[i]["beverage_id"]]["name"]
                                  and e["producer"] == byid[cases[i]["beverage_id"]]["producer"] and e["format_cl"] == fmt)
    brk("invalid JSON", "invalid JSON", lambda L, C: (dump(L), dump(C)[:-3]))
    brk("fields out of order", "field order",
        lambda L, C: C.__setitem__(0, {k: C[0][k] for k in reversed(FC)}))
    brk("library id out of sequence", "out of sequence", lambda L, C: L[3].update(id="cq099"))
    brk("colour on a beer", "colour", lambda L, C: next(e for e in L if e["category"] == "bière").update(colour="blanc"))
    brk("glass units 0.16", "units", set_(glass, units_per_sale=0.16))
    brk("almost on the farther vintage", "answer", set_(alm, beverage_id=cases[alm]["also_ok"][-1],
                                                      also_ok=[cases[alm]["beverage_id"], *cases[alm]["also_ok"][:-1]]))
    brk("yes without vintage not on the most recent", "answer",
        set_(yes_v, beverage_id=cases[yes_v]["also_ok"][0], also_ok=[cases[yes_v]["beverage_id"], *cases[yes_v]["also_ok"][1:]]))
    brk("also_ok dropped", "also_ok", set_(yes_v, also_ok=[]))
    brk("magnum on the 75 cl entry", "format", set_(mag, beverage_id=nid(mag, 75)))
    brk("half on the 75 cl entry", "format", set_(half, beverage_id=nid(half, 75)))
    brk("none with an id", "none with an answer", set_(none_i, beverage_id="cq001"))
    brk("pint units", "units", set_(pint, units_per_sale=round(25 / 3000, 4)))
    brk("vintage field not on the label", "vintage field", set_(vint_i, vintage=cases[vint_i]["vintage"] - 1))
    brk("duplicate label", "duplicate", lambda L, C: C[1].update(label=C[0]["label"]))
    brk("caisse word over four letters", "four letters",
        set_(glass, label=cases[glass]["label"].replace("/VR", "") .replace(" ", " SAUMURE ", 1) + "/VR"))
    brk("export libelle over 28 columns", "28 columns",
        set_(exp_i, label=cases[exp_i]["label"].replace("/", "/xxxxxxxxxxxxxxxxxxxxxxxx ", 1)))
    brk("export family against the colour", "export family", set_(exp_i, label="BLA" + cases[exp_i]["label"][3:]))
    brk("label sharing no word", "shares no word", set_(mag, label="Zzyzx · Magnum"))
    brk("unknown connection", "unknown connection", set_(0, connection="terrasse"))
    brk("too few cases", "cases count", lambda L, C: (dump(L), dump(C[:250])))
    brk("till without almost", "has no almost",
        lambda L, C: (dump(L), dump([c for c in C if not (c["connection"] == "tablette" and c["expect"] == "almost")])))
    clean = check(lib_text, cases_text)
    for name, ok, e in breaks:
        print("%-45s %s  %s" % (name, "reported" if ok else "MISSED", e[0] if e else ""))
    print("clean files: %s" % ("pass" if not clean else clean[:3]))
    return all(ok for _, ok, _ in breaks) and not clean


def main():
    with open(LIB, encoding="utf-8") as f:
        lt = f.read()
    with open(CASES, encoding="utf-8") as f:
        ct = f.read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lt, ct) else 1)
    errs = check(lt, ct)
    for e in errs:
        print("ERROR", e)
    print("%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
