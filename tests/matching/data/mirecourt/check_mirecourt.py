#!/usr/bin/env python3
"""Validate mirecourt_library.jsonl and mirecourt_cases.jsonl (reads only those two files).

python3 check_mirecourt.py            # report problems, exit 1 if any
python3 check_mirecourt.py --selftest # break copies on purpose, show each break is caught
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
TILLS = ("zinc", "pda", "bo")
PREFIX = "MRC"

ZINC = {"BTL": "B", "1/2": "H", "MAG": "M", "VRE": "G", "VRE12": "G12", "VRE15": "G15",
        "PICH25": "P25", "PICH50": "P50", "COUPE": "CP", "DOSE": "D", "2CL": "D2",
        "DEMI": "DE", "PINTE": "PI", "25CL": "S25", "33CL": "S33", "50CL": "S50",
        "70CL": "S70", "75CL": "S75", "1L": "S100"}
PDA_MENUS = {"Au verre", "Pichets", "Pression", "Vins blancs", "Vins rouges", "Vins rosés",
             "Bulles", "Bières", "Apéritifs", "Digestifs", "Softs", "Boissons chaudes",
             "Cuisine", "Divers"}
PDA_SIZES = [(" 37,5cl", "H"), (" magnum", "M"), (" 25cl", "S25"), (" 33cl", "S33"),
             (" 50cl", "S50"), (" 70cl", "S70"), (" 75cl", "S75"), (" 1l", "S100"),
             (" 4cl", "D"), (" 2cl", "D2"), (" coupe", "CP"), (" bouteille", "B")]
BO = {"BT": "B", "1/2BT": "H", "MAG": "M", "VR": "G", "VR12": "G12", "VR15": "G15",
      "PICH25": "P25", "PICH50": "P50", "CP": "CP", "DOSE": "D", "DOSE2": "D2", "DEMI": "DE",
      "PINTE": "PI", "25CL": "S25", "33CL": "S33", "50CL": "S50", "70CL": "S70",
      "75CL": "S75", "1L": "S100", "U": ""}
BO_FAMS = {"VBL", "VRG", "VRS", "EFF", "BIE", "APE", "DIG", "SOF", "CHA", "CUI", "DIV"}
POUR = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5}
DOSE = {"D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}
MEASURE_WORDS = {"VRE", "BTL", "MAG", "COUPE", "DOSE", "DEMI", "PINTE", "PICH", "CL", "BT",
                 "VR", "CP", "AU", "VERRE", "PICHETS", "VINS", "BULLES", "BIERES",
                 "APERITIFS", "DIGESTIFS", "SOFTS", "PRESSION", "BOUTEILLE", "MAGNUM",
                 "BLANCS", "ROUGES", "ROSES"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def vint4(s):
    found = re.findall(r"(?<![\w,])((?:19|20)\d\d)(?![\w,])", s)
    return int(found[-1]) if found else None


def parse(conn, label):
    """(measure, vintage, text, form-error or None)"""
    if conn == "zinc":
        if label != label.upper() or not label.isascii():
            return None, None, label, "zinc label not ASCII capitals"
        if len(label) > 17 and label[16] == " " and label[17:] in ZINC:
            name, measure = label[:16], ZINC[label[17:]]
            if name != name.rstrip() and len(label[:16].rstrip()) == 16:
                return None, None, label, "zinc name field"
        else:
            if len(label) > 16:
                return None, None, label, "zinc name over 16 columns"
            name, measure = label, ""
        toks = name.split()
        v = 2000 + int(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
        return measure, v, name, None
    if conn == "pda":
        if "/" not in label:
            return None, None, label, "pda label without menu"
        menu, item = label.split("/", 1)
        if menu not in PDA_MENUS:
            return None, None, label, "pda unknown menu %r" % menu
        if item == item.upper():
            return None, None, label, "pda article not in mixed case"
        low = item.lower()
        measure = None
        if menu == "Au verre":
            measure = "G12" if low.endswith(" 12cl") else "G15" if low.endswith(" 15cl") else "G"
        elif menu == "Pichets":
            measure = "P25" if low.endswith(" 25cl") else "P50" if low.endswith(" 50cl") else None
        elif menu == "Pression":
            measure = "DE" if low.endswith(" demi") else "PI" if low.endswith(" pinte") else None
        elif menu in ("Boissons chaudes", "Cuisine", "Divers"):
            measure = ""
        else:
            for suf, m in PDA_SIZES:
                if low.endswith(suf):
                    measure = m
                    break
            if measure is None and menu.startswith("Vins "):
                measure = "B"
        if measure is None:
            return None, None, label, "pda measure unreadable"
        return measure, vint4(item), item, None
    if conn == "bo":
        p = label.split(";")
        if len(p) != 4:
            return None, None, label, "bo not 4 fields"
        code, lib, unit, price = p
        if not re.fullmatch(r"[A-Z]{3}\d{4}", code) or code[:3] not in BO_FAMS:
            return None, None, label, "bo article code"
        if lib != lib.upper():
            return None, None, label, "bo libellé not in capitals"
        if unit not in BO:
            return None, None, label, "bo unknown unit"
        if not re.fullmatch(r"\d+,\d\d", price):
            return None, None, label, "bo price"
        return BO[unit], vint4(lib), lib, None
    return None, None, label, "unknown connection %r" % conn


def check(lib_text, cases_text):
    err = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            lib.append(json.loads(line))
        except ValueError:
            err.append("library line %d: bad JSON" % n)
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            cases.append(json.loads(line))
        except ValueError:
            err.append("cases line %d: bad JSON" % n)
    if err:
        return err
    # library
    if not 110 <= len(lib) <= 130:
        err.append("library has %d drinks" % len(lib))
    seen = set()
    for i, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            err.append("%s: library field order" % d.get("id"))
            continue
        if d["id"] != "%s%03d" % (PREFIX, i):
            err.append("library id %s out of sequence (expected %s%03d)" % (d["id"], PREFIX, i))
        if d["category"] not in CATEGORIES:
            err.append("%s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if wine and d["colour"] not in COLOURS:
            err.append("%s: wine without a valid colour" % d["id"])
        if not wine and d["colour"] is not None:
            err.append("%s: colour on a %s" % (d["id"], d["category"]))
        if d["format_cl"] in KEGS and d["category"] != "bière":
            err.append("%s: keg format on a non-beer" % d["id"])
        if not (d["vintage"] is None or isinstance(d["vintage"], int)):
            err.append("%s: vintage type" % d["id"])
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            err.append("%s: format" % d["id"])
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"],
             d["vintage"])
        if k in seen:
            err.append("%s: duplicate entry" % d["id"])
        seen.add(k)
    if err:
        return err
    byid = {d["id"]: d for d in lib}

    def wine_key(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    groups, formats = {}, {}
    for d in lib:
        groups.setdefault((*wine_key(d), d["format_cl"]), []).append(d)
        formats.setdefault(wine_key(d), set()).add(d["format_cl"])

    # cases
    if not 280 <= len(cases) <= 300:
        err.append("%d cases" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            err.append("%r: case field order" % lab)
            continue
        if lab in labels:
            err.append("%r: duplicate label" % lab)
        labels.add(lab)
        conn, exp = c["connection"], c["expect"]
        if conn not in TILLS:
            err.append("%r: unknown connection %r" % (lab, conn))
            continue
        if exp not in ("yes", "almost", "none"):
            err.append("%r: unknown expect %r" % (lab, exp))
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        measure, v, text, ferr = parse(conn, lab)
        if ferr:
            err.append("%r: %s" % (lab, ferr))
            continue
        if c["vintage"] != v:
            err.append("%r: vintage %r but the label reads %r" % (lab, c["vintage"], v))
        if not isinstance(c["note"], str) or not c["note"]:
            err.append("%r: note" % lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append("%r: none with an answer" % lab)
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            err.append("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if not measure:
            err.append("%r: a drink answer on a label without measure" % lab)
            continue
        f = d["format_cl"]
        fs = formats[wine_key(d)]
        wine = d["category"] in ("vin", "champagne")
        vol = None
        if measure == "B":
            ok = f == 75 if wine else f not in KEGS and len([x for x in fs if x not in KEGS]) == 1
        elif measure == "H":
            ok = f == 37.5
        elif measure == "M":
            ok = f == 150
        elif measure.startswith("S"):
            ok = f == int(measure[1:])
        elif measure in POUR:
            ordinary = 75 if 75 in fs else None
            if ordinary is None:
                rest = [x for x in fs if x not in (37.5, 150) and x not in KEGS]
                ordinary = rest[0] if len(rest) == 1 else None
            ok, vol = f == ordinary, POUR[measure]
        elif measure in DOSE:
            ok = d["category"] in ("spiritueux", "autre") and f not in KEGS
            vol = DOSE[measure]
        elif measure in DRAUGHT:
            ok, vol = f in KEGS, DRAUGHT[measure]
        else:
            ok = False
        if not ok:
            err.append("%r: entry %s (%s cl) does not fit measure %s" % (lab, d["id"], f, measure))
            continue
        units = 1 if vol is None else round(vol / f, 4)
        if c["units_per_sale"] != units:
            err.append("%r: units %r, expected %r" % (lab, c["units_per_sale"], units))
        group = groups[(*wine_key(d), f)]
        others = sorted(x["id"] for x in group if x["id"] != d["id"])
        vs = sorted(x["vintage"] for x in group if x["vintage"] is not None)
        if exp == "yes":
            if v is not None and vs:
                if d["vintage"] != v:
                    err.append("%r: yes on vintage %r, label says %r" % (lab, d["vintage"], v))
                if c["also_ok"] != []:
                    err.append("%r: yes with a vintage but also_ok" % lab)
            else:
                if vs and d["vintage"] != max(vs):
                    err.append("%r: yes without vintage not the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    err.append("%r: also_ok %r, expected %r" % (lab, c["also_ok"], others))
        else:
            if v is None or not vs or v in vs:
                err.append("%r: almost but the label's vintage is held or absent" % lab)
            else:
                best = min(vs, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    err.append("%r: almost on %r, nearest is %r" % (lab, d["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    err.append("%r: also_ok %r, expected %r" % (lab, c["also_ok"], others))
        # fairness: the label shares a stem of three letters or more with its entry
        ltoks = [t for t in re.findall(r"[A-Z0-9]+", fold(text)) if len(t) >= 3
                 and t not in MEASURE_WORDS]
        etoks = re.findall(r"[A-Z0-9]+", fold(" ".join(
            x or "" for x in (d["name"], d["producer"], d["appellation"]))))
        if not any(e.startswith(t) or t.startswith(e) for t in ltoks for e in etoks
                   if len(e) >= 3 and not re.fullmatch(r"(19|20)\d\d", t)):
            err.append("%r: shares no word with %s" % (lab, d["id"]))
    n = len(cases)
    if n:
        share = {e: sum(v for (t, x), v in counts.items() if x == e) / n
                 for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                err.append("share of %s %.3f outside [%s, %s]" % (e, share[e], lo, hi))
        for t in TILLS:
            for e in ("yes", "almost", "none"):
                if not counts.get((t, e)):
                    err.append("till %s has no %s case" % (t, e))
    return err


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def selftest(lib_text, cases_text):
    L = lib_text.splitlines()
    C = cases_text.splitlines()
    J = [json.loads(x) for x in C]
    LJ = [json.loads(x) for x in L]

    def dump(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(J) if pred(c))

    def edit_case(pred, fn):
        rows = [dict(c) for c in J]
        i = first(pred)
        fn(rows[i])
        return lib_text, dump(rows)

    def edit_lib(i, fn):
        rows = [dict(d) for d in LJ]
        fn(rows[i])
        return dump(rows), cases_text

    spirit = next(i for i, d in enumerate(LJ) if d["category"] == "spiritueux")
    half_entry = {d["id"] for d in LJ if d["format_cl"] == 37.5}
    full_of = {}
    for d in LJ:
        if d["format_cl"] == 75:
            full_of[(d["name"], d["producer"], d["colour"])] = d["id"]
    bottles = [d["id"] for d in LJ if d["category"] == "bière" and d["format_cl"] == 33]

    def half_to_full(c):
        d = next(x for x in LJ if x["id"] == c["beverage_id"])
        c["beverage_id"] = full_of[(d["name"], d["producer"], d["colour"])]

    breaks = [
        ("bad JSON", lambda: (lib_text, cases_text.replace("}", "", 1))),
        ("library field order", lambda: edit_lib(3, lambda d: d.update(
            {"name": d.pop("name")}))),
        ("id sequence", lambda: edit_lib(10, lambda d: d.update(id=PREFIX + "999"))),
        ("colour on a spirit", lambda: edit_lib(spirit, lambda d: d.update(colour="blanc"))),
        ("wine without colour", lambda: edit_lib(0, lambda d: d.update(colour=None))),
        ("vintage not the label's", lambda: edit_case(
            lambda c: c["vintage"] is not None and c["expect"] == "yes",
            lambda c: c.update(vintage=c["vintage"] - 1))),
        ("also_ok dropped", lambda: edit_case(lambda c: c["also_ok"] and c["expect"] == "yes",
                                              lambda c: c.update(also_ok=[]))),
        ("almost not the nearest", lambda: edit_case(
            lambda c: c["expect"] == "almost" and c["also_ok"],
            lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("wrong units", lambda: edit_case(lambda c: c["units_per_sale"] not in (None, 1),
                                          lambda c: c.update(units_per_sale=0.125))),
        ("none with an id", lambda: edit_case(lambda c: c["expect"] == "none",
                                              lambda c: c.update(beverage_id=LJ[0]["id"]))),
        ("duplicate label", lambda: (lib_text, cases_text + C[5] + "\n")),
        ("zinc in lower case", lambda: edit_case(lambda c: c["connection"] == "zinc",
                                                 lambda c: c.update(label=c["label"].lower()))),
        ("zinc name over 16", lambda: edit_case(
            lambda c: c["connection"] == "zinc" and c["expect"] == "none" and "  " not in c["label"],
            lambda c: c.update(label=c["label"] + " TRES LONG LIBELLE"))),
        ("pda unknown menu", lambda: edit_case(lambda c: c["connection"] == "pda",
                                               lambda c: c.update(label="Carte/" + c["label"]))),
        ("bo libellé in lower case", lambda: edit_case(
            lambda c: c["connection"] == "bo",
            lambda c: c.update(label=";".join(
                p.lower() if i == 1 else p for i, p in enumerate(c["label"].split(";")))))),
        ("half bottle on the 75 cl", lambda: edit_case(
            lambda c: c["beverage_id"] in half_entry and c["expect"] == "yes", half_to_full)),
        ("demi on a bottle entry", lambda: edit_case(
            lambda c: c["connection"] == "zinc" and c["label"].endswith(" DEMI")
            and c["expect"] == "yes", lambda c: c.update(beverage_id=bottles[0]))),
        ("unknown expect", lambda: edit_case(lambda c: True, lambda c: c.update(expect="maybe"))),
        ("unknown connection", lambda: edit_case(lambda c: True,
                                                 lambda c: c.update(connection="web"))),
        ("counts out of range", lambda: (lib_text, "\n".join(C[:-20]) + "\n")),
        ("yes on an unrelated drink", lambda: edit_case(
            lambda c: c["expect"] == "yes" and c["connection"] == "bo" and "33CL" in c["label"]
            and c["beverage_id"] != bottles[-1],
            lambda c: c.update(beverage_id=bottles[-1]))),
        ("bo bad price", lambda: edit_case(lambda c: c["connection"] == "bo",
                                           lambda c: c.update(label=c["label"] + "E"))),
    ]
    ok = True
    clean = check(lib_text, cases_text)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    ok &= not clean
    for name, make in breaks:
        lt, ct = make()
        e = check(lt, ct)
        print("%-28s %s" % (name, ("caught: " + e[0]) if e else "NOT CAUGHT"))
        ok &= bool(e)
    print("selftest %s (%d kinds of break)" % ("ok" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib_text = read("mirecourt_library.jsonl")
    cases_text = read("mirecourt_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    err = check(lib_text, cases_text)
    for e in err:
        print(e)
    cases = [json.loads(x) for x in cases_text.splitlines()]
    print("%d drinks, %d cases: %s" % (
        len(lib_text.splitlines()), len(cases),
        ", ".join("%s %d" % (e, sum(1 for c in cases if c["expect"] == e))
                  for e in ("yes", "almost", "none"))))
    print("OK" if not err else "%d problem(s)" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
