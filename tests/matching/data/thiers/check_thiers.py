#!/usr/bin/env python3
"""Validate thiers_library.jsonl and thiers_cases.jsonl (reads only those two files).

python3 check_thiers.py             check the files beside this script
python3 check_thiers.py --selftest  break copies on purpose and show each break is reported
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
FORMATS = {37.5, 75, 150, 25, 33, 50, 70, 100, 1000, 2000, 3000}
TILLS = ("comptoir", "salle", "compta")
PREFIX = "tq"

# measure words of each till -> (kind, volume cl); kind: bottle, half, mag, pour, beer, size
COMPTOIR_MEAS = {"BTL": ("bottle", None), "1/2": ("half", None), "MAG": ("mag", None),
                 "VRE": ("pour", 12.5), "COUPE": ("pour", 12.5), "VRE12": ("pour", 12),
                 "VRE15": ("pour", 15), "PICH25": ("pour", 25), "PICH50": ("pour", 50),
                 "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("beer", 25),
                 "PINTE": ("beer", 50), "25CL": ("size", 25), "33CL": ("size", 33),
                 "50CL": ("size", 50), "75CL": ("size", 75), "1L": ("size", 100)}
SALLE_MEAS = [("Demi-bouteille", ("half", None)), ("Magnum", ("mag", None)),
              ("Bouteille", ("bottle", None)), ("Verre 12 cl", ("pour", 12)),
              ("Verre 15 cl", ("pour", 15)), ("Verre", ("pour", 12.5)),
              ("Coupe", ("pour", 12.5)), ("Pichet 25 cl", ("pour", 25)),
              ("Pichet 50 cl", ("pour", 50)), ("Dose 2 cl", ("pour", 2)),
              ("Dose", ("pour", 4)), ("Demi", ("beer", 25)), ("Pinte", ("beer", 50))]
COMPTA_MEAS = [("1/2 bt 0,375l", ("half", None)), ("mag 1,5l", ("mag", None)),
               ("bt 0,25l", ("size", 25)), ("bt 0,33l", ("size", 33)),
               ("bt 0,5l", ("size", 50)), ("bt 0,75l", ("size", 75)), ("bt 1l", ("size", 100)),
               ("verre 0,12l", ("pour", 12)), ("verre 0,15l", ("pour", 15)),
               ("verre", ("pour", 12.5)), ("coupe", ("pour", 12.5)),
               ("pichet 0,25l", ("pour", 25)), ("pichet 0,5l", ("pour", 50)),
               ("dose 0,04l", ("pour", 4)), ("dose 0,02l", ("pour", 2)),
               ("demi 0,25l", ("beer", 25)), ("pinte 0,5l", ("beer", 50))]
ACCOUNTS = {"70710000": "20%", "70720000": "10%", "70610000": "10%", "70880000": "20%"}
ABBREV = {"cdr": ["cotes", "rhone"], "bj": ["beaujolais"], "bjl": ["beaujolais"],
          "ch": ["chateau"], "st": ["saint"], "rs": ["rose"], "rge": ["rouge"],
          "bl": ["blanc"], "kro": ["kronenbourg"], "amb": ["ambree"], "dom": ["domaine"],
          "v": ["verte"], "moet": ["moet"]}
STOP = {"de", "du", "des", "la", "le", "les", "d", "et", "a", "l", "bt", "cl", "vre", "btl",
        "dose", "verre", "coupe", "pichet", "demi", "pinte", "bouteille", "magnum", "mag",
        "pich25", "pich50", "vre12", "vre15", "2cl", "bib", "ans"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s or "")) if w]


def parse_label(till, label):
    """(text part, measure (kind, cl) or None, vintage, form error or None)."""
    if till == "comptoir":
        m = re.fullmatch(r"([1-6])(\d\d) ([A-Z0-9 /.'&-]{1,22})", label)
        if not m or m.group(3) != m.group(3).strip():
            return label, None, None, "comptoir form (PLU + <=22 ASCII capitals)"
        desc = m.group(3)
        toks = desc.split()
        meas = COMPTOIR_MEAS.get(toks[0])
        rest = toks[1:] if meas else toks
        if meas is None and m.group(1) in "234":
            meas = ("bottle", None)  # a bare article on a drinks key: its only bottle
        vint = None
        if rest and re.fullmatch(r"\d\d", rest[-1]) and int(rest[-1]) <= 30:
            vint = 2000 + int(rest[-1])
        return " ".join(rest), meas, vint, None
    if till == "salle":
        if ";" in label or not re.search(r"[a-zà-ÿ]", label) or label == label.upper():
            return label, None, None, "salle form (mixed case phrase)"
        vint = None
        found = re.findall(r"(?<![\d,])(?:19|20)\d\d(?![\d,])", label)
        if found:
            vint = int(found[-1])
        for word, meas in SALLE_MEAS:
            for link in (" de ", " d'", " du ", " des "):
                if label.startswith(word + link):
                    return label[len(word) + len(link):], meas, vint, None
        m = re.search(r" (\d+) cl$| 1 L$", label)
        if m:
            size = int(m.group(1)) if m.group(1) else 100
            return label[:m.start()], ("size", size), vint, None
        return label, None, vint, None
    if till == "compta":
        parts = label.split(";")
        if (len(parts) != 3 or parts[0] not in ACCOUNTS or parts[1] != ACCOUNTS[parts[0]]
                or not re.fullmatch(r"[a-z0-9 ,/.']+", parts[2])):
            return label, None, None, "compta form (account;VAT;ascii lower-case libelle)"
        lib = parts[2]
        found = re.findall(r"(?<![\d,])(?:19|20)\d\d(?![\d,])", lib)
        vint = int(found[-1]) if found else None
        for word, meas in COMPTA_MEAS:
            if lib == word or lib.endswith(" " + word):
                return lib[:len(lib) - len(word)].strip(), meas, vint, None
        return lib, None, vint, None
    return label, None, None, "unknown connection %r" % till


def shares_word(text, e):
    lw = [w for w in words(text) if (w not in STOP and not w.isdigit()) or w in ("27", "51", "1664")]
    ew = set(words(" ".join(str(x) for x in (e["name"], e["producer"], e["appellation"]) if x)))
    for w in lw:
        cands = [*ABBREV.get(w, []), w]
        for c in cands:
            stem = c[:4] if len(c) >= 4 else c
            if any(x.startswith(stem) for x in ew) and (len(c) >= 3 or c in ABBREV.get(w, [])):
                return True
        if any(len(x) >= 3 and w.startswith(x) for x in ew):
            return True  # glued words: GET27, DARKLAB
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % n)
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (n, list(d)))
            continue
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    for i, d in enumerate(lib, 1):
        if d["id"] != "%s%03d" % (PREFIX, i):
            errs.append("library: id %s out of sequence (want %s%03d)" % (d["id"], PREFIX, i))
        if d["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if wine and d["colour"] not in COLOURS:
            errs.append("%s: wine without a colour" % d["id"])
        if not wine and d["colour"] is not None:
            errs.append("%s: colour on a %s" % (d["id"], d["category"]))
        if d["format_cl"] not in FORMATS:
            errs.append("%s: format %r" % (d["id"], d["format_cl"]))
        if d["format_cl"] >= 2000 and d["category"] != "bière":
            errs.append("%s: keg format on a %s" % (d["id"], d["category"]))
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append("%s: vintage %r" % (d["id"], d["vintage"]))
        if not all(isinstance(d[k], str) and d[k] for k in ("name", "producer", "country")):
            errs.append("%s: empty name/producer/country" % d["id"])
    byid = {d["id"]: d for d in lib}
    def ident(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])
    drink_formats = {}
    for d in lib:
        drink_formats.setdefault(ident(d), set()).add(d["format_cl"])
    seen_wine = {}
    for d in lib:
        k = (*ident(d), d["format_cl"], d["vintage"])
        if k in seen_wine:
            errs.append("%s: duplicate of %s" % (d["id"], seen_wine[k]))
        seen_wine[k] = d["id"]

    cases, labels = [], set()
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: field order %s" % (n, list(c)))
            continue
        cases.append(c)
        if c["label"] in labels:
            errs.append("duplicate label %r" % c["label"])
        labels.add(c["label"])
    counts = {}
    for c in cases:
        L = c["label"]
        till = c["connection"]
        counts[(till, c["expect"])] = counts.get((till, c["expect"]), 0) + 1
        if till not in TILLS:
            errs.append("%r: unknown connection %r" % (L, till))
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%r: no note" % L)
        text, meas, vint, ferr = parse_label(till, L)
        if ferr:
            errs.append("%r: %s" % (L, ferr))
            continue
        if c["vintage"] != vint:
            errs.append("%r: vintage %r, label reads %r" % (L, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with an answer" % L)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%r: expect %r" % (L, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%r: unknown beverage_id %r" % (L, c["beverage_id"]))
            continue
        if meas is None:
            errs.append("%r: a dish/service or no measure, answered %s" % (L, c["expect"]))
            continue
        # format and units against the printed measure
        kind, vol = meas
        fmts = drink_formats[ident(e)]
        fmt = e["format_cl"]
        units = c["units_per_sale"]
        wine = e["category"] in ("vin", "champagne")
        if (kind == "half" and fmt != 37.5) or (kind == "mag" and fmt != 150):
            errs.append("%r: %s on a %s cl entry" % (L, kind, fmt))
        elif kind == "size" and fmt != vol:
            errs.append("%r: %s cl on a %s cl entry" % (L, vol, fmt))
        elif kind == "bottle" and (fmt != 75 if wine else not (fmt < 2000 and len([f for f in fmts if f < 2000]) == 1)):
            errs.append("%r: bottle on a %s cl entry" % (L, fmt))
        elif kind == "beer" and (e["category"] != "bière" or fmt < 2000):
            errs.append("%r: draught measure on a non-keg entry (%s cl)" % (L, fmt))
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
            if fmt != ordinary or fmt >= 2000:
                errs.append("%r: pour on a %s cl entry (ordinary %s)" % (L, fmt, ordinary))
        if kind in ("pour", "beer"):
            want = round(vol / fmt, 4)
        else:
            want = 1
        if units is None or abs(units - want) > 1e-9 or round(units, 4) != units:
            errs.append("%r: units %r, want %r" % (L, units, want))
        # vintage rules
        group = [d for d in lib if ident(d) == ident(e) and d["format_cl"] == fmt]
        vints = sorted(d["vintage"] for d in group if d["vintage"] is not None)
        others = sorted(d["id"] for d in group if d["id"] != e["id"])
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("%r: yes with a vintage must be that vintage, no also_ok" % L)
            else:
                if vints and e["vintage"] != vints[-1]:
                    errs.append("%r: yes without vintage must be the most recent" % L)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok %s, want %s" % (L, c["also_ok"], others))
        else:
            if vint is None or vint in vints or not vints:
                errs.append("%r: almost needs a label vintage the wine lacks" % L)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%r: almost must be the nearest vintage %s" % (L, best))
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok %s, want %s" % (L, c["also_ok"], others))
        if till == "comptoir":
            fam = {"vin": "1", "champagne": "1", "bière": "2", "spiritueux": "3", "autre": "3",
                   "soft": "4"}[e["category"]]
            if "0.0" in e["name"]:
                fam = "4"
            if L[0] != fam:
                errs.append("%r: PLU family %s for a %s" % (L, L[0], e["category"]))
        if till == "compta":
            acc = L.split(";")[0]
            alcohol = e["category"] != "soft" and "0.0" not in e["name"]
            if (acc == "70710000") != alcohol:
                errs.append("%r: account %s for a %s" % (L, acc, e["category"]))
        if not shares_word(text, e):
            errs.append("%r: shares no word, stem or abbreviation with %s" % (L, e["id"]))
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("cases: %d, want 280-300" % total)
    if total:
        def share(x):
            return sum(v for (t, e), v in counts.items() if e == x) / total
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share(x) <= hi:
                errs.append("share of %s %.3f outside %s-%s" % (x, share(x), lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append("till %s has no %s" % (t, x))
    return errs, counts


def load():
    with open(os.path.join(HERE, "thiers_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "thiers_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def first(lines, pred):
    for i, l in enumerate(lines):
        if pred(json.loads(l)):
            return i
    raise LookupError


def mutate(lines, pred, fn):
    lines = list(lines)
    i = first(lines, pred)
    d = json.loads(lines[i])
    fn(d)
    lines[i] = json.dumps(d, ensure_ascii=False)
    return lines


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files FAIL:", *errs[:10], sep="\n  ")
        return 1
    print("clean files pass")
    def reorder(d):
        items = list(d.items())
        items[1], items[2] = items[2], items[1]
        d.clear()
        d.update(items)
    breaks = [
        ("broken JSON in cases", lib, [*cases[:5], cases[5][:-3], *cases[6:]]),
        ("library field order", mutate(lib, lambda d: True, reorder), cases),
        ("id out of sequence", mutate(lib, lambda d: d["id"] == PREFIX + "010", lambda d: d.update(id=PREFIX + "099")), cases),
        ("colour on a spirit", mutate(lib, lambda d: d["category"] == "spiritueux", lambda d: d.update(colour="blanc")), cases),
        ("keg on a soft", mutate(lib, lambda d: d["category"] == "soft", lambda d: d.update(format_cl=2000)), cases),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("vintage field not on the label", lib, mutate(cases, lambda c: c["vintage"] is not None and c["expect"] == "yes", lambda c: c.update(vintage=c["vintage"] - 1))),
        ("almost on the farther vintage", lib, mutate(cases, lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("also_ok dropped", lib, mutate(cases, lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("also_ok on a vintage-exact yes", lib, mutate(cases, lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "salle", lambda c: c.update(also_ok=[PREFIX + "001"]))),
        ("pour units", lib, mutate(cases, lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (None, 1), lambda c: c.update(units_per_sale=0.2)))
        ,
        ("none with an id", lib, mutate(cases, lambda c: c["expect"] == "none", lambda c: c.update(beverage_id=PREFIX + "001"))),
        ("comptoir over 22 columns", lib, mutate(cases, lambda c: c["connection"] == "comptoir", lambda c: c.update(label=c["label"] + " EXTRA LONG TEXT HERE"))),
        ("salle in capitals", lib, mutate(cases, lambda c: c["connection"] == "salle", lambda c: c.update(label=c["label"].upper()))),
        ("compta wrong VAT", lib, mutate(cases, lambda c: c["connection"] == "compta", lambda c: c.update(label=c["label"].replace(";20%;", ";10%;").replace(";10%;", ";5,5%;", 1)))),
        ("compta two fields", lib, mutate(cases, lambda c: c["connection"] == "compta", lambda c: c.update(label=c["label"].split(";", 1)[1]))),
        ("magnum on the 75 cl entry", lib, mutate(cases, lambda c: c["label"].startswith("Magnum de Morgon"), lambda c: c.update(beverage_id=PREFIX + "033"))),
        ("draught on a bottled beer", lib, mutate(cases, lambda c: c["label"].endswith("DEMI DARK LAB BLONDE"), lambda c: c.update(beverage_id=PREFIX + "105", units_per_sale=0.7576))),
        ("unknown till", lib, mutate(cases, lambda c: True, lambda c: c.update(connection="bar"))),
        ("counts out of range", lib, cases[:250]),
        ("yes on another drink", lib, mutate(cases, lambda c: c["label"].endswith("DOSE SALERS"), lambda c: c.update(beverage_id=PREFIX + "074"))),
        ("compta account of an alcohol on a soft", lib, mutate(cases, lambda c: c["label"].startswith("70720000;10%;volvic"), lambda c: c.update(label=c["label"].replace("70720000;10%", "70710000;20%")))),
        ("comptoir PLU family", lib, mutate(cases, lambda c: c["label"].endswith(" DOSE SALERS"), lambda c: c.update(label="1" + c["label"][1:]))),
        ("dish answered yes", lib, mutate(cases, lambda c: c["label"] == "Truffade", lambda c: c.update(expect="yes", beverage_id=PREFIX + "001", units_per_sale=1))),
    ]
    bad = 0
    for name, l, c in breaks:
        e, _ = check(l, c)
        print("%-40s %s" % (name, ("reported: " + e[0][:90]) if e else "NOT REPORTED"))
        bad += not e
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    total = sum(counts.values())
    for t in TILLS:
        print(t, {x: counts.get((t, x), 0) for x in ("yes", "almost", "none")})
    print("%d drinks, %d cases: %s" % (len(lib), total, "OK" if not errs else "%d errors" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
