#!/usr/bin/env python3
"""Check the blind "tonnerre" set. Reads ONLY tonnerre_library.jsonl and tonnerre_cases.jsonl.

    python3 check_tonnerre.py            # validate the two files
    python3 check_tonnerre.py --selftest # break copies on purpose, show each break is caught
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "tonnerre_library.jsonl")
CASES = os.path.join(HERE, "tonnerre_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "z")

# the tills' measure words -> measure code
COMPTOIR_MEAS = {"BTL": "B", "1/2": "H", "MAG": "M", "VRE": "G", "VR15": "G15", "1/4": "P25",
                 "PICH": "P50", "CPE": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINTE": "PI",
                 "33CL": "C33", "25CL": "C25", "50CL": "C50", "75CL": "C75", "1L": "C100"}
TABLETTE_OPT = {"Bouteille": "B", "Demi-bouteille": "H", "Magnum": "M", "Verre": "G",
                "Verre 15cl": "G15", "Carafe 25cl": "P25", "Carafe 50cl": "P50", "Coupe": "CP",
                "Dose": "D", "Dose 2cl": "D2", "Demi": "DE", "Pinte": "PI", "33cl": "C33",
                "25cl": "C25", "50cl": "C50", "75cl": "C75", "1L": "C100"}
Z_UNIT = {"BTLE": "B", "1/2B": "H", "MAGN": "M", "VERR": "G", "V15": "G15", "CAR25": "P25",
          "CAR50": "P50", "COUPE": "CP", "DOSE": "D", "DOS2": "D2", "DEMI": "DE", "PINTE": "PI",
          "33CL": "C33", "25CL": "C25", "50CL": "C50", "75CL": "C75", "1L": "C100", "UNITE": "N"}
Z_FAMILIES = {"BLC", "RGE", "ROS", "BUL", "LIQ", "APE", "DIG", "BIE", "SOF", "CHD", "CUI", "DIV"}
Z_RE = re.compile(r"^(\d{4}) ([A-Z]{3})\.(.{22}) (.{5}) ([ \d]{2}\d,\d\d)$")
POUR = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}
BOTTLE = {"H": 37.5, "M": 150, "C33": 33, "C25": 25, "C50": 50, "C75": 75, "C100": 100}

# staff abbreviations a sommelier reads without help, and words too generic to identify a drink
ABBREV = {"PT": "PETIT", "PTCHAB": "PETIT", "MDT": "MONTEE", "LD": "LONG", "LDEP": "DEPAQUIT",
          "RG": "ROUGE", "RGE": "ROUGE", "RS": "ROSE", "BLC": "BLANC", "PN": "PINOT",
          "HA": "HORS", "CALVA": "CALVADOS", "AMB": "AMBREE", "BLDE": "BLONDE", "WILL": "WILLIAMS",
          "CREM": "CREMANT", "CHAMP": "CHAMPAGNE", "KRO": "KRONENBOURG", "VAILL": "VAILLONS",
          "TONN": "TONNERRE", "FAIV": "FAIVELEY", "RICH": "RICHOUX", "SPL": "SPLEEN",
          "P.QUINCY": "QUINCY", "L.DEP": "DEPAQUIT", "L.DEPAQ": "DEPAQUIT", "NAU": "NAUDET",
          "ROUGE": "ROSSO", "LBV": "LATE", "PORTO": "PORTO", "GC": "GRAND"}
GENERIC = {"CHABLIS", "BOURGOGNE", "CRU", "1ER", "GRAND", "PREMIER", "DOMAINE", "DOM",
           "CHATEAU", "CH", "DE", "DU", "DES", "LA", "LE", "LES", "ET", "VIN", "BRUT", "GC"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("Œ", "OE").replace("œ", "oe")
    return s.upper()


def tokens(s):
    return [t for t in re.split(r"[^A-Z0-9.]+", fold(s)) if t]


def yy(tok):
    if re.fullmatch(r"\d\d", tok):
        n = int(tok)
        return 2000 + n if n <= 30 else 1900 + n
    return None


def parse_label(till, label):
    """(measure, vintage, text, errors) from a label, by its till's form."""
    errs = []
    if till == "comptoir":
        if not re.fullmatch(r"[A-Z0-9 ./-]+", label) or label != label.strip() or "  " in label:
            errs.append("comptoir: not ASCII capitals / bad spacing")
        if len(label) > 18:
            errs.append("comptoir: longer than 18 columns")
        toks = label.split(" ")
        meas = COMPTOIR_MEAS.get(toks[0], "N")
        v = yy(toks[-1]) if len(toks) > 1 else None
        text = " ".join(toks[1:] if meas != "N" else toks)
        return meas, v, text, errs
    if till == "tablette":
        name, sep, opt = label.partition(" | ")
        if sep and opt not in TABLETTE_OPT:
            errs.append("tablette: unknown option %r" % opt)
        if not re.search(r"[a-zé]", name):
            errs.append("tablette: no lower case")
        meas = TABLETTE_OPT.get(opt, "?") if sep else "N"
        last = name.split(" ")[-1]
        v = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
        return meas, v, name, errs
    if till == "z":
        m = Z_RE.match(label)
        if not m or len(label) != 44:
            return "?", None, label, ["z: not a 44-column Z line"]
        if m.group(2) not in Z_FAMILIES:
            errs.append("z: unknown family %s" % m.group(2))
        desig = m.group(3)
        if desig != desig.rstrip().ljust(22) or not re.fullmatch(r"[A-Z0-9 ./-]+", desig.rstrip()):
            errs.append("z: designation not ASCII capitals")
        unit = m.group(4).strip()
        if unit not in Z_UNIT or m.group(4) != unit.ljust(5):
            errs.append("z: unknown unit %r" % unit)
        toks = desig.rstrip().split(" ")
        v = yy(toks[-1]) if len(toks) > 1 else None
        return Z_UNIT.get(unit, "?"), v, desig.rstrip(), errs
    return "?", None, label, ["unknown connection %r" % till]


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("library line %d: invalid JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            E("library line %d: field order %s" % (i, list(r)))
            continue
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks (110-130)" % len(lib))
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e["id"] != "TON%03d" % n:
            E("library: id %s out of sequence (TON%03d)" % (e["id"], n))
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            E("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                E("%s: wine without a colour" % e["id"])
        elif e["colour"] is not None:
            E("%s: colour on a %s" % (e["id"], e["category"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            E("%s: vintage %r" % (e["id"], e["vintage"]))
        f = e["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            E("%s: format %r" % (e["id"], f))
        elif f >= 1000 and e["category"] != "bière":
            E("%s: keg format on a %s" % (e["id"], e["category"]))
        k = (*wine_key(e), f, e["vintage"])
        if k in seen:
            E("%s: same drink twice" % e["id"])
        seen.add(k)
    groups = {}
    for e in lib:
        groups.setdefault((*wine_key(e), e["format_cl"]), []).append(e)

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("case line %d: invalid JSON" % i)
            continue
        if list(r) != CASE_FIELDS:
            E("case line %d: field order %s" % (i, list(r)))
            continue
        cases.append(r)
    if not 280 <= len(cases) <= 300:
        E("cases: %d labels (280-300)" % len(cases))
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for r in cases:
        lab, ex, bid, also = r["label"], r["expect"], r["beverage_id"], r["also_ok"]
        where = "case %r" % lab
        if lab in labels:
            E("%s: duplicate label" % where)
        labels.add(lab)
        if r["connection"] not in TILLS:
            E("%s: unknown connection" % where)
            continue
        if ex not in ("yes", "almost", "none"):
            E("%s: expect %r" % (where, ex))
            continue
        counts[r["connection"]][ex] += 1
        meas, v, text, perr = parse_label(r["connection"], lab)
        for p in perr:
            E("%s: %s" % (where, p))
        if r["vintage"] != v:
            E("%s: vintage %r but the label reads %r" % (where, r["vintage"], v))
        if "cut off" in r["note"]:
            if r["vintage"] is not None:
                E("%s: cut-off note but a vintage" % where)
            if r["connection"] == "comptoir" and len(lab) < 17:
                E("%s: cut-off note on a short comptoir line" % where)
            if r["connection"] == "z" and len(text) < 21:
                E("%s: cut-off note on a short Z designation" % where)
            if r["connection"] == "tablette":
                E("%s: the tablet never cuts" % where)
        if ex == "none":
            if bid is not None or also != [] or r["units_per_sale"] is not None:
                E("%s: none with an id, also_ok or units" % where)
            continue
        e = byid.get(bid)
        if e is None:
            E("%s: unknown beverage_id %r" % (where, bid))
            continue
        if any(a not in byid for a in also):
            E("%s: unknown id in also_ok" % where)
            continue
        f, cat = e["format_cl"], e["category"]
        # format against the printed measure
        if meas == "B":
            ok = (f == 75) if cat in ("vin", "champagne") else f < 1000
        elif meas in BOTTLE:
            ok = f == BOTTLE[meas]
        elif meas in POUR:
            has75 = any(wine_key(x) == wine_key(e) and x["format_cl"] == 75 for x in lib)
            ok = cat not in ("bière", "soft") and f < 1000 and (
                f == 75 or (not has75 and f not in (37.5, 150)))
        elif meas in DRAUGHT:
            ok = f >= 1000 and cat == "bière"
        else:
            ok = False
        if not ok:
            E("%s: entry %s (%s cl) does not fit the measure %s" % (where, bid, f, meas))
        want_units = 1 if meas == "B" or meas in BOTTLE else round(
            (POUR.get(meas) or DRAUGHT.get(meas, 0)) / f, 4)
        if r["units_per_sale"] != want_units:
            E("%s: units %r, measure says %r" % (where, r["units_per_sale"], want_units))
        # vintages
        grp = groups[(*wine_key(e), f)]
        others = sorted(x["id"] for x in grp if x["id"] != bid)
        vs = [x["vintage"] for x in grp]
        if not (ex == "yes" and v is not None) and sorted(also) != others:
            E("%s: also_ok %s, the wine's other entries are %s" % (where, also, others))
        if ex == "yes":
            if v is not None:
                if e["vintage"] != v:
                    E("%s: yes on vintage %r, label says %r" % (where, e["vintage"], v))
                if also:
                    E("%s: also_ok on a yes with a vintage" % where)
            elif None not in vs and e["vintage"] != max(vs):
                E("%s: yes without vintage is not the most recent" % where)
        else:
            if v is None or None in vs or v in vs:
                E("%s: almost but the label's vintage is held or absent" % where)
            else:
                best = min(vs, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    E("%s: almost on %r, nearest is %r" % (where, e["vintage"], best))
        # a word, stem or staff abbreviation shared with the entry
        ent = set(tokens(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x)))
        ent = {t.replace(".", "") for t in ent} | ent
        share = False
        for t in tokens(text):
            if t in GENERIC or yy(t) or re.fullmatch(r"(19|20)\d\d", t):
                continue
            cands = {t, t.replace(".", ""), ABBREV.get(t, t)} | {p for p in t.split(".") if p}
            for c in cands:
                if len(c) >= 3 or c in ABBREV:
                    if any(x.startswith(c) or (len(x) >= 4 and c.startswith(x)) for x in ent
                           if x not in GENERIC):
                        share = True
        if not share:
            E("%s: shares no word with %s %s" % (where, bid, e["name"]))
    # shares
    n = len(cases) or 1
    tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[k] / n <= hi:
            E("share of %s %.1f %% outside %d-%d %%" % (k, 100.0 * tot[k] / n, lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if counts[t][k] == 0:
                E("till %s has no %s" % (t, k))
    return errs, counts


def read(path):
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    if not data.endswith("\n"):
        return None
    return data.split("\n")[:-1]


def run(lib_lines, case_lines, quiet=False):
    if lib_lines is None or case_lines is None:
        return ["a file does not end with a newline"], None
    return check(lib_lines, case_lines)


def selftest():
    lib0, cas0 = read(LIB), read(CASES)
    errs, _ = run(lib0, cas0)
    if errs:
        print("clean files FAIL:", errs[:5])
        return 1
    print("clean files pass")
    L = [json.loads(x) for x in lib0]
    C = [json.loads(x) for x in cas0]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, r in enumerate(C) if pred(r))

    def brk_case(pred, fn):
        def f():
            c = copy.deepcopy(C)
            fn(c[first(pred)])
            return dump(L), dump(c)
        return f

    def brk_lib(fn):
        def f():
            lib = copy.deepcopy(L)
            fn(lib)
            return dump(lib), dump(C)
        return f

    def swap_fields(lib):
        r = lib[3]
        lib[3] = {k: r[k] for k in ["name", "id", *LIB_FIELDS[2:]]}

    def id_seq(lib):
        lib[10]["id"] = "TON099"

    def beer_colour(lib):
        next(r for r in lib if r["category"] == "bière")["colour"] = "blanc"

    def keg_wine(lib):
        next(r for r in lib if r["category"] == "vin")["format_cl"] = 3000

    def dup_label():
        c = copy.deepcopy(C)
        c[5]["label"] = c[4]["label"]
        return dump(L), dump(c)

    def bad_json():
        lines = dump(C)
        lines[7] = lines[7][:-3]
        return dump(L), lines

    def too_few():
        c = [r for r in C if r["expect"] != "none"][:200]
        return dump(L), dump(c)

    def no_newline():
        return dump(L), None

    def glass(r):
        return r["expect"] == "yes" and r["units_per_sale"] == 0.1667
    def yes_nov(r):
        return r["expect"] == "yes" and r["vintage"] is None and r["also_ok"]
    def almost2(r):
        return r["expect"] == "almost" and r["also_ok"]
    def half(r):
        return r["expect"] == "yes" and r["connection"] == "tablette" and r["label"].endswith("| Demi-bouteille") and r["vintage"] == 2022 and "Long-Depaquit" in r["label"]
    def none_(r):
        return r["expect"] == "none"
    def with_v(r):
        return r["expect"] == "yes" and r["vintage"] is not None

    def to75(r):
        r["beverage_id"] = "TON006"  # the 75 cl Chablis Long-Depaquit 2021: not a half bottle

    breaks = [
        ("invalid JSON", bad_json),
        ("file without final newline", no_newline),
        ("library field order", brk_lib(swap_fields)),
        ("id out of sequence", brk_lib(id_seq)),
        ("colour on a beer", brk_lib(beer_colour)),
        ("keg format on a wine", brk_lib(keg_wine)),
        ("duplicate label", dup_label),
        ("none with a beverage id", brk_case(none_, lambda r: r.update(beverage_id="TON001"))),
        ("vintage field not the label's", brk_case(with_v, lambda r: r.update(vintage=r["vintage"] + 1))),
        ("also_ok dropped", brk_case(yes_nov, lambda r: r.update(also_ok=[]))),
        ("almost on the farther vintage", brk_case(almost2, lambda r: r.update(
            beverage_id=r["also_ok"][0], also_ok=[r["beverage_id"]]))),
        ("wrong units on a glass", brk_case(glass, lambda r: r.update(units_per_sale=0.16))),
        ("half bottle answered with the 75 cl", brk_case(half, to75)),
        ("comptoir line over 18 columns", brk_case(lambda r: r["connection"] == "comptoir",
                                                   lambda r: r.update(label=r["label"] + " XXXXXXXXXXXXXXX"))),
        ("z unknown unit", brk_case(lambda r: r["connection"] == "z",
                                    lambda r: r.update(label=r["label"][:32] + "BOUT " + r["label"][37:]))),
        ("tablette unknown option", brk_case(lambda r: r["connection"] == "tablette" and " | " in r["label"],
                                             lambda r: r.update(label=r["label"].split(" | ")[0] + " | Fiole"))),
        ("yes sharing no word", brk_case(lambda r: r["connection"] == "tablette" and r["expect"] == "yes" and r["vintage"] is None,
                                         lambda r: r.update(label="Xyzzy Qwerty | " + r["label"].split(" | ")[1]))),
        ("unknown expect", brk_case(none_, lambda r: r.update(expect="maybe"))),
        ("too few cases / shares", too_few),
        ("field order in cases", brk_case(none_, lambda r: r.update({"note": r.pop("note")}) or
                                          r.update({"label": r.pop("label")}))),
    ]
    bad = 0
    for name, make in breaks:
        lib, cas = make()
        errs, _ = run(lib, cas)
        if errs:
            print("caught  %-38s -> %s" % (name, errs[0][:100]))
        else:
            print("MISSED  %s" % name)
            bad += 1
    print("%d kinds of break, %d missed" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts = run(read(LIB), read(CASES))
    for e in errs:
        print("ERROR", e)
    if counts:
        for t in TILLS:
            c = counts[t]
            print("%-9s yes %3d almost %3d none %3d" % (t, c["yes"], c["almost"], c["none"]))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
