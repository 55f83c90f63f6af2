#!/usr/bin/env python3
"""Check autun_library.jsonl and autun_cases.jsonl (reads only those two files).

python3 check_autun.py            check the files, exit 1 on any problem
python3 check_autun.py --selftest break copies on purpose and show each is reported
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
TILLS = ("BAR", "SALLE", "HOTEL")

# measure word -> (kind, cl): kind B bottle of the ordinary format, S bottle of cl, P pour
# from the ordinary bottle, K draught from the keg
BAR_M = {"1/2": ("S", 37.5), "MAG": ("S", 150), "VRE": ("P", 12.5), "V15": ("P", 15),
         "P25": ("P", 25), "P50": ("P", 50), "CP": ("P", 12.5), "DOSE": ("P", 4),
         "2CL": ("P", 2), "DEMI": ("K", 25), "PINTE": ("K", 50), "20CL": ("S", 20),
         "25CL": ("S", 25), "33CL": ("S", 33), "50CL": ("S", 50), "1L": ("S", 100)}
SALLE_M = {"Bouteille": ("B", None), "1/2 Bouteille": ("S", 37.5), "Magnum": ("S", 150),
           "Verre": ("P", 12.5), "Verre 15cl": ("P", 15), "Pichet 25cl": ("P", 25),
           "Pichet 50cl": ("P", 50), "Coupe": ("P", 12.5), "Dose": ("P", 4),
           "Dose 2cl": ("P", 2), "Demi": ("K", 25), "Pinte": ("K", 50), "20cl": ("S", 20),
           "25cl": ("S", 25), "33cl": ("S", 33), "50cl": ("S", 50), "1L": ("S", 100)}
HOTEL_M = {"BTL": ("B", None), "1/2BTL": ("S", 37.5), "MAGNUM": ("S", 150),
           "VERRE 15CL": ("P", 15), "VERRE": ("P", 12.5), "CARAFE 25CL": ("P", 25),
           "CARAFE 50CL": ("P", 50), "COUPE": ("P", 12.5), "DOSE 2CL": ("P", 2),
           "DOSE": ("P", 4), "DEMI": ("K", 25), "PINTE": ("K", 50), "20CL": ("S", 20),
           "25CL": ("S", 25), "33CL": ("S", 33), "50CL": ("S", 50), "1L": ("S", 100)}
FAMILIES = ("ROUGES", "BLANCS", "ROSÉS", "BULLES", "APÉRITIFS", "DIGESTIFS", "BIÈRES",
            "SOFTS", "BOISSONS CHAUDES", "CUISINE", "DESSERTS", "DIVERS")
FAMILY_COLOUR = {"ROUGES": "rouge", "BLANCS": "blanc", "ROSÉS": "rosé"}
DEPTS = ("MINI", "RSV", "SEM", "BQT", "DP", "PDJ", "HEB", "DIV", "TAX")
STOP = {"vre", "v15", "p25", "p50", "dose", "2cl", "demi", "pinte", "mag", "magnum", "btl",
        "bouteille", "verre", "coupe", "pichet", "carafe", "25cl", "33cl", "50cl", "20cl",
        "15cl", "1/2", "1/2btl", "de", "du", "la", "le", "les", "des", "1er", "cru", "rouge",
        "blanc", "rose", "rouges", "blancs", "roses", "bulles", "softs", "bieres", "digestifs",
        "aperitifs", "mini", "rsv", "sem", "bqt", "div"}
ABBREV = {"bl": "bailly", "hc": "hautes", "htes": "hautes", "pf": "pouilly", "bj": "beaujolais",
          "kro": "kronenbourg", "bgne": "bourgogne", "merc": "mercurey", "chab": "chablis"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def read_vintage(till, label):
    if till == "BAR":
        last = label.split()[-1]
        if re.fullmatch(r"\d\d", last):
            n = int(last)
            return 2000 + n if n <= 30 else 1900 + n
        return None
    if till == "SALLE":
        art = label.split(" > ", 1)[1].split(" - ")[0]
        m = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", art)
        return int(m[-1]) if m else None
    lib = label.split(" ", 2)[2]
    m = [t for t in lib.split() if re.fullmatch(r"(19|20)\d\d", t)]
    return int(m[-1]) if m else None


def read_measure(till, label):
    """(kind, cl) of the label's measure; a label without measure word is a bottle."""
    if till == "BAR":
        return BAR_M.get(label.split()[0], ("B", None))
    if till == "SALLE":
        if " - " not in label:
            return None
        return SALLE_M.get(label.rsplit(" - ", 1)[1])
    lib = label.split(" ", 2)[2]
    for w in sorted(HOTEL_M, key=len, reverse=True):
        if lib == w or lib.startswith(w + " "):
            return HOTEL_M[w]
    return None


def till_form(till, label):
    if till == "BAR":
        return (re.fullmatch(r"[A-Z0-9/.'][A-Z0-9 /.']{0,17}", label) is not None
                and not label.endswith(" ") and "  " not in label)
    if till == "SALLE":
        fam = label.split(" > ", 1)[0]
        if fam not in FAMILIES or " > " not in label:
            return False
        if " - " in label:
            return label.rsplit(" - ", 1)[1] in SALLE_M
        return fam in ("CUISINE", "DESSERTS", "BOISSONS CHAUDES", "DIVERS")
    m = re.fullmatch(r"([A-Z]+) (\d{4}) ([A-Z0-9][A-Z0-9 /.'&]{0,25})", label)
    return bool(m) and m.group(1) in DEPTS and not label.endswith(" ")


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(e)))
            continue
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    seen_wine = set()
    for n, e in enumerate(lib, 1):
        if e["id"] != "at%03d" % n:
            errs.append("library: id %s at position %d" % (e["id"], n))
        cat, col = e["category"], e["colour"]
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: wine colour %r" % (e["id"], col))
        elif col is not None:
            errs.append("%s: colour %r on a %s" % (e["id"], col, cat))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        elif e["format_cl"] >= 1000 and not (cat == "bière" and e["format_cl"] in (2000, 3000)):
            errs.append("%s: keg format %r on a %s" % (e["id"], e["format_cl"], cat))
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen_wine:
            errs.append("%s: duplicate entry" % e["id"])
        seen_wine.add(k)
    by_id = {e["id"]: e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, want 280-300" % len(cases))
    labels = set()
    codes = {}
    for c in cases:
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if not c["note"]:
            errs.append(where + ": empty note")
        if till not in TILLS:
            errs.append(where + ": connection %r" % till)
            continue
        if not till_form(till, lab):
            errs.append(where + ": not the %s till's form" % till)
            continue
        if till == "HOTEL":
            code = lab.split()[1]
            if code in codes and codes[code] != lab.split(" ", 2)[2]:
                errs.append(where + ": article number %s used twice" % code)
            codes[code] = lab.split(" ", 2)[2]
        v = read_vintage(till, lab)
        if c["vintage"] != v:
            errs.append(where + ": vintage %r, label reads %r" % (c["vintage"], v))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an answer")
            continue
        if exp not in ("yes", "almost"):
            errs.append(where + ": expect %r" % exp)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown id %r" % c["beverage_id"])
            continue
        group = [x for x in lib if wine(x) == wine(e) and x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in group if x is not e)
        if len(set(c["also_ok"])) != len(c["also_ok"]):
            errs.append(where + ": also_ok repeats")
        vints = [x["vintage"] for x in group]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append(where + ": yes on vintage %r, label %r" % (e["vintage"], v))
                if c["also_ok"]:
                    errs.append(where + ": also_ok on a yes with vintage")
            else:
                if e["vintage"] != max(vints, key=lambda x: x or 0):
                    errs.append(where + ": yes without vintage not the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok %s, want %s" % (c["also_ok"], others))
        else:
            if v is None or v in vints or None in vints:
                errs.append(where + ": almost, but label vintage %r / held %s" % (v, vints))
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %r, nearest is %r" % (e["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok %s, want %s" % (c["also_ok"], others))
        # format and units against the printed measure
        m = read_measure(till, lab)
        if m is None:
            errs.append(where + ": no measure on a drink")
            continue
        kind, cl = m
        fmts = sorted({x["format_cl"] for x in lib if wine(x) == wine(e)})
        bottles = [f for f in fmts if f < 1000]
        ordinary = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        u = c["units_per_sale"]
        if kind in ("B", "S"):
            want_fmt = ordinary if kind == "B" else cl
            if e["format_cl"] != want_fmt:
                errs.append(where + ": entry format %r, label asks %r" % (e["format_cl"], want_fmt))
            if u != 1:
                errs.append(where + ": units %r on a bottle" % u)
        elif kind == "P":
            if e["format_cl"] != ordinary:
                errs.append(where + ": a pour from %r cl, ordinary bottle is %r" % (e["format_cl"], ordinary))
            elif u != round(cl / e["format_cl"], 4):
                errs.append(where + ": units %r, want %r" % (u, round(cl / e["format_cl"], 4)))
        else:
            if e["category"] != "bière" or e["format_cl"] < 1000:
                errs.append(where + ": draught measure on a bottle entry")
            elif u != round(cl / e["format_cl"], 4):
                errs.append(where + ": units %r, want %r" % (u, round(cl / e["format_cl"], 4)))
        # colour carried by the SALLE family
        if till == "SALLE":
            fam = lab.split(" > ", 1)[0]
            if fam in FAMILY_COLOUR and FAMILY_COLOUR[fam] != e["colour"]:
                errs.append(where + ": family %s on a %s wine" % (fam, e["colour"]))
        # fair: the label shares a stem or a standard abbreviation with its entry
        toks = [t for t in re.split(r"[^a-z0-9]+", fold(lab)) if t and t not in STOP]
        etoks = set()
        for f in ("name", "producer", "appellation"):
            for t in re.split(r"[^a-z0-9]+", fold(e[f] or "")):
                if len(t) >= 2:
                    etoks.add(t)
        ok = False
        for t in toks:
            t2 = ABBREV.get(t, t)
            if len(t2) >= 3 and any(x[:3] == t2[:3] for x in etoks if len(x) >= 3):
                ok = True
            if t2.isdigit() and t2 in etoks:
                ok = True
        if not ok:
            errs.append(where + ": shares no stem with %s" % e["id"])
    # counts
    if cases:
        n = len(cases)
        share = {x: sum(1 for c in cases if c["expect"] == x) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                errs.append("counts: %s %.1f %% outside %d-%d %%" % (x, 100 * share[x], 100 * lo, 100 * hi))
        for t in TILLS:
            for x in ("yes", "almost", "none"):
                if not any(c["connection"] == t and c["expect"] == x for c in cases):
                    errs.append("counts: till %s has no %s" % (t, x))
    return errs


def load():
    with open(os.path.join(HERE, "autun_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "autun_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    clean = check(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod(rows, i, **kw):
        rows = [dict(r) for r in rows]
        rows[i].update(kw)
        return rows

    breaks = []
    breaks.append(("broken JSON line", lib, [*cases[:5], "{not json", *cases[6:]]))
    i = first(lambda c: c["expect"] == "yes")
    r = [dict(c) for c in C]
    r[i] = {k: r[i][k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    breaks.append(("fields out of order", lib, dump(r)))
    breaks.append(("library id gap", dump(L[:10] + L[11:]), cases))
    j = next(k for k, e in enumerate(L) if e["category"] == "vin")
    breaks.append(("wine without colour", dump(mod(L, j, colour=None)), cases))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    breaks.append(("also_ok dropped", lib, dump(mod(C, i, also_ok=[]))))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on a far vintage", lib, dump(mod(C, i, beverage_id=C[i]["also_ok"][0],
                                                           also_ok=[C[i]["beverage_id"], *C[i]["also_ok"][1:]]))))
    i = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] == 0.1667)
    breaks.append(("glass units", lib, dump(mod(C, i, units_per_sale=0.16))))
    i = first(lambda c: c["connection"] == "BAR" and c["expect"] == "yes")
    breaks.append(("BAR label lower case and too long", lib,
                   dump(mod(C, i, label=C[i]["label"].lower() + " bouteille de table"))))
    i = first(lambda c: c["connection"] == "SALLE" and c["expect"] == "yes")
    breaks.append(("SALLE label without family", lib, dump(mod(C, i, label=C[i]["label"].split(" > ", 1)[1]))))
    i = first(lambda c: c["connection"] == "HOTEL" and c["expect"] == "yes")
    breaks.append(("HOTEL label without article number", lib,
                   dump(mod(C, i, label=C[i]["label"].split(" ", 1)[0] + " " + C[i]["label"].split(" ", 2)[2]))))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", lib, dump(mod(C, i, beverage_id="at001"))))
    breaks.append(("duplicate label", lib, [*cases, cases[0]]))
    i = first(lambda c: c["vintage"] is None and c["expect"] == "yes" and "cut off" in c["note"])
    breaks.append(("cut vintage kept", lib, dump(mod(C, i, vintage=int(C[i]["note"].split("[")[1][:4])))))
    i = first(lambda c: c["label"].endswith("1/2 Bouteille") and c["expect"] == "yes")
    e75 = next(e["id"] for e in L if e["name"] == L[int(C[i]["beverage_id"][2:]) - 1]["name"] and e["format_cl"] == 75
               and e["vintage"] == C[i]["vintage"])
    breaks.append(("half answered with the 75 cl entry", lib, dump(mod(C, i, beverage_id=e75))))
    breaks.append(("too few cases", lib, cases[:200]))
    i = first(lambda c: c["connection"] == "BAR" and c["label"].startswith("DEMI ") and c["expect"] == "yes")
    bot = next(e["id"] for e in L if e["category"] == "bière" and e["format_cl"] < 1000)
    breaks.append(("draught on a bottle entry", lib, dump(mod(C, i, beverage_id=bot))))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None and
              any(e["name"] == L[int(c["beverage_id"][2:]) - 1]["name"] and e["id"] != c["beverage_id"] for e in L))
    other = next(e["id"] for e in L if e["name"] == L[int(C[i]["beverage_id"][2:]) - 1]["name"]
                 and e["id"] != C[i]["beverage_id"])
    breaks.append(("yes on another vintage", lib, dump(mod(C, i, beverage_id=other))))
    i = first(lambda c: c["connection"] == "SALLE" and c["label"].startswith("BLANCS") and c["expect"] == "yes")
    breaks.append(("SALLE family against the colour", lib, dump(mod(C, i, label="ROUGES" + C[i]["label"][6:]))))
    ok = not clean
    for name, l2, c2 in breaks:
        errs = check(l2, c2)
        print("%-40s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv[1:]:
        return selftest()
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    C = [json.loads(x) for x in cases]
    print("%d drinks, %d cases" % (len(lib), len(C)))
    for t in TILLS:
        print("  %-6s" % t, {x: sum(1 for c in C if c["connection"] == t and c["expect"] == x)
                             for x in ("yes", "almost", "none")})
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
