#!/usr/bin/env python3
"""Check dieppe_library.jsonl and dieppe_cases.jsonl on their own (imports nothing of the
build). `--selftest` breaks copies on purpose and shows each break is reported."""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "etal")

POUR = {"GLASS": 12.5, "FLUTE": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "DOSE": 4,
        "D2": 2, "D6": 6, "BOLEE": 25}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
C_TOK = {"VRE": "GLASS", "FLUTE": "FLUTE", "VRE12": "G12", "VRE15": "G15", "PCH25": "P25",
         "PCH50": "P50", "1/2": "HALF", "MAG": "MAG", "DOSE": "DOSE", "2CL": "D2", "6CL": "D6",
         "DEMI": "DEMI", "PINTE": "PINTE", "BOLEE": "BOLEE", "33CL": "B33", "25CL": "B25",
         "20CL": "B20", "50CL": "B50", "1L": "B100", "70CL": "B70"}
S_WORD = {"Bouteille": "BTL", "Demi-bouteille": "HALF", "Magnum": "MAG", "Verre": "GLASS",
          "Flûte": "FLUTE", "Verre 12cl": "G12", "Verre 15cl": "G15", "Pichet 25cl": "P25",
          "Pichet 50cl": "P50", "Dose": "DOSE", "Dose 2cl": "D2", "Dose 6cl": "D6",
          "Demi": "DEMI", "Pinte": "PINTE", "Bolée": "BOLEE"}
# abbreviations the staff use, read as the words they stand for
ABBR = {"MUSC": "MUSCADET", "SL": "SUR LIE", "GP": "GROS PLANT", "GROSPLANT": "GROS PLANT",
        "SANC": "SANCERRE", "CHAB": "CHABLIS", "PICP": "PICPOUL", "E2M": "ENTRE DEUX MERS",
        "CDR": "COTES RHONE", "RGE": "ROUGE", "BL": "BLANC", "GDE": "GRANDE",
        "RES": "RESERVE", "CALVA": "CALVADOS", "PELF": "PELFORTH", "BLDE": "BLONDE",
        "LP": "LUNEAU PAPIN", "GC": "GRAND CRU", "ST": "SAINT", "STE": "SAINTE",
        "CH": "CHATEAU", "VV": "VIEILLES VIGNES", "CHR": "CHRISTIAN", "COCA": "COCA COLA"}
STOP = {"DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "SUR", "ET", "A", "AU", "EN"}


def fold(s):
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().upper()


def words(s):
    return [w for w in re.split(r"[^A-Z0-9&]+", fold(s)) if w]


# ------------------------------------------------------------------ label reading
def read_label(till, label):
    """(measure, vintage, form_error or None)."""
    if till == "comptoir":
        m = re.fullmatch(r"(0[1-8]|1[12])\*([A-Z0-9 /&.'-]+)", label)
        if not m or len(label) > 26 or label != label.rstrip():
            return None, None, "comptoir form (dept*, ASCII capitals, <= 26 columns)"
        toks = m.group(2).split()
        meas = C_TOK.get(toks[0], "BTL")
        vin = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vin = 2000 + yy if yy < 40 else 1900 + yy
        return meas, vin, None
    if till == "salle":
        m = re.fullmatch(r"(.+?)(?: · ([^·]+))? · (\d+),(\d\d) €(?: \[[^\]]+\])?", label)
        if not m or not re.search(r"[a-zé]", m.group(1)):
            return None, None, "salle form (mixed case, ' · ' fields, price '0,00 €')"
        meas = m.group(2)
        if meas is None:
            meas = ""
        elif meas in S_WORD:
            meas = S_WORD[meas]
        elif re.fullmatch(r"Bouteille (\d+)cl", meas):
            meas = "B" + re.fullmatch(r"Bouteille (\d+)cl", meas).group(1)
        elif meas == "Bouteille 1L":
            meas = "B100"
        else:
            return None, None, "salle: unknown measure %r" % meas
        v = re.search(r" ((?:19|20)\d\d)$", m.group(1))
        return meas, (int(v.group(1)) if v else None), None
    if till == "etal":
        m = re.fullmatch(r"([VCNSBDMX])(\d{3})\*([a-z0-9 .]+)\*(\d\d)?\*((\d+(?:\.\d+)?)cl|pce|kg|dz)",
                         label)
        if not m:
            return None, None, "etal form (code*text*yy*volume)"
        vin = None
        if m.group(4):
            yy = int(m.group(4))
            vin = 2000 + yy if yy < 40 else 1900 + yy
        if not m.group(6):
            return "U:" + m.group(5), vin, None
        v = float(m.group(6))
        if v < 20:
            inv = {12: "G12", 15: "G15", 2: "D2", 4: "DOSE"}
            if v not in inv:
                return None, None, "etal: unknown pour %s cl" % v
            return inv[v], vin, None
        return "B%g" % v, vin, None
    return None, None, "unknown connection %r" % till


# ------------------------------------------------------------------ checks
def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            d = json.loads(line)
        except ValueError:
            E("library line %d: bad JSON" % (i + 1))
            continue
        if list(d) != LIB_FIELDS:
            E("library line %d: fields %s" % (i + 1, list(d)))
            continue
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks, want 110-130" % len(lib))
    byid = {}
    seen = set()
    for i, d in enumerate(lib):
        if d["id"] != "dp%03d" % (i + 1):
            E("library: id %s out of sequence at line %d" % (d["id"], i + 1))
        byid[d["id"]] = d
        if d["colour"] not in COLOURS:
            E("%s: colour %r" % (d["id"], d["colour"]))
        if d["category"] not in CATS:
            E("%s: category %r" % (d["id"], d["category"]))
        if (d["colour"] is not None) != (d["category"] in ("vin", "champagne")):
            E("%s: colour only (and always) on wines and champagnes" % d["id"])
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            E("%s: format_cl" % d["id"])
        elif d["format_cl"] >= 2000 and d["category"] != "bière" and "Cidre" not in d["name"]:
            E("%s: keg format on a non-beer" % d["id"])
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            E("%s: vintage" % d["id"])
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in seen:
            E("%s: duplicate drink" % d["id"])
        seen.add(k)

    def group(d):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (d["name"], d["producer"],
                                                        d["appellation"], d["colour"],
                                                        d["format_cl"])]

    cases = []
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            E("case line %d: bad JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            E("case line %d: fields %s" % (i + 1, list(c)))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        E("cases: %d, want 280-300" % len(cases))
    labels = [c["label"] for c in cases]
    if len(set(labels)) != len(labels):
        E("cases: duplicate labels")
    counts = {}
    for c in cases:
        lab, till, exp = c["label"], c["connection"], c["expect"]
        counts.setdefault(till, {}).setdefault(exp, 0)
        counts[till][exp] += 1
        meas, vin, ferr = read_label(till, lab)
        if ferr:
            E("%r: %s" % (lab, ferr))
            continue
        if vin != c["vintage"]:
            E("%r: vintage %r, label reads %r" % (lab, c["vintage"], vin))
        if "cut off by the till" in c["note"] and (till != "comptoir" or len(lab) < 24):
            E("%r: 'cut off' note on a label that was not cut" % lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%r: none with an answer" % lab)
            continue
        if exp not in ("yes", "almost"):
            E("%r: expect %r" % (lab, exp))
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            E("%r: unknown beverage_id" % lab)
            continue
        # format and units against the measure
        fmt, cat = d["format_cl"], d["category"]
        g = group(d)
        sizes = sorted({x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == (d["name"], d["producer"], d["appellation"], d["colour"])})
        units = c["units_per_sale"]
        if not isinstance(units, (int, float)) or round(units, 4) != units:
            E("%r: units_per_sale not to 4 decimals" % lab)
            continue
        if meas in DRAUGHT:
            if cat != "bière" or fmt < 2000:
                E("%r: draught measure not answered with a keg" % lab)
            elif units != round(DRAUGHT[meas] / fmt, 4):
                E("%r: units %s for %s" % (lab, units, meas))
        elif meas in POUR:
            if cat in ("bière", "soft"):
                E("%r: pour of a beer or soft" % lab)
            ordinary = 75 if 75 in sizes else [s for s in sizes if s not in (37.5, 150) and s < 2000]
            if meas == "BOLEE" and fmt >= 2000:
                pass
            elif meas == "BOLEE" and any(s >= 2000 for s in sizes):
                E("%r: bolée not from the keg" % lab)
            elif fmt != ordinary and [fmt] != ordinary:
                E("%r: pour not from the ordinary bottle (%s cl)" % (lab, fmt))
            if units != round(POUR[meas] / fmt, 4):
                E("%r: units %s for %s of %s cl" % (lab, units, meas, fmt))
        elif meas in ("BTL", "HALF", "MAG") or meas.startswith("B"):
            want = {"HALF": 37.5, "MAG": 150}.get(meas)
            if meas == "BTL":
                want = 75 if cat in ("vin", "champagne") else None
            elif want is None:
                want = float(meas[1:])
            if want is not None and fmt != want:
                E("%r: %s answered with a %s cl entry" % (lab, meas, fmt))
            if want is None and (fmt >= 2000 or len([s for s in sizes if s < 2000]) != 1):
                E("%r: bottle of a drink without a single bottle size" % lab)
            if units != 1:
                E("%r: a bottle has units 1" % lab)
        else:
            E("%r: no drink measure on a %s answer" % (lab, exp))
        # vintage rules
        vins = sorted({x["vintage"] for x in g if x["vintage"] is not None}, reverse=True)
        others = sorted([x for x in g if x["id"] != d["id"]], key=lambda x: -(x["vintage"] or 0))
        if exp == "yes":
            if vin is not None:
                if d["vintage"] != vin or c["also_ok"] != []:
                    E("%r: yes with vintage %s must be that entry, also_ok empty" % (lab, vin))
            else:
                if vins and d["vintage"] != vins[0]:
                    E("%r: yes without vintage must be the most recent" % lab)
                if c["also_ok"] != [x["id"] for x in others]:
                    E("%r: also_ok should be %s" % (lab, [x["id"] for x in others]))
        else:
            if vin is None or vin in vins or not vins:
                E("%r: almost needs a label vintage the wine lacks" % lab)
            else:
                best = min(vins, key=lambda v: (abs(v - vin), -v))
                if d["vintage"] != best:
                    E("%r: almost should point to %s" % (lab, best))
                if c["also_ok"] != [x["id"] for x in others]:
                    E("%r: also_ok should be %s" % (lab, [x["id"] for x in others]))
        # the label shares a word, stem or standard abbreviation with its entry
        ent = set(words(" ".join(filter(None, [d["name"], d["producer"], d["appellation"]])))) - STOP
        lw = []
        for w in words(lab):
            lw += words(ABBR.get(w, w))
        ok = False
        for w in lw:
            if w in STOP or len(w) < 2 or w.isdigit():
                continue
            for e in ent:
                if w == e or (len(w) >= 4 and (e.startswith(w) or (w.startswith(e[:4]) and len(e) >= 4))):
                    ok = True
        if not ok:
            E("%r: shares no word with %s" % (lab, d["id"]))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if counts.get(t, {}).get(e, 0) == 0:
                E("till %s has no %s" % (t, e))
    if set(counts) - set(TILLS):
        E("unknown connections %s" % (set(counts) - set(TILLS)))
    n = len(cases) or 1
    share = {e: sum(1 for c in cases if c["expect"] == e) / n for e in ("yes", "almost", "none")}
    if not (0.45 <= share["yes"] <= 0.52 and 0.12 <= share["almost"] <= 0.17
            and 0.33 <= share["none"] <= 0.40):
        E("answer split off target: %s" % {k: round(v, 3) for k, v in share.items()})
    return errs, counts


def load():
    with open(os.path.join(HERE, "dieppe_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "dieppe_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files FAIL:", errs[:5])
        return 1
    print("clean files: OK")

    def find(pred):
        for i, l in enumerate(cases):
            if pred(json.loads(l)):
                return i
        raise SystemExit("selftest: no case to break")

    def mod_case(pred, fn):
        cs = list(cases)
        i = find(pred)
        c = json.loads(cs[i])
        fn(c)
        cs[i] = json.dumps(c, ensure_ascii=False)
        return lib, cs

    def mod_lib(i, fn):
        ls = list(lib)
        d = json.loads(ls[i])
        fn(d)
        ls[i] = json.dumps(d, ensure_ascii=False)
        return ls, cases

    breaks = [
        ("glass units", mod_case(lambda c: "*VRE " in c["label"] and c["expect"] == "yes",
                                 lambda c: c.update(units_per_sale=0.2))),
        ("almost on the farther vintage", mod_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                                                   lambda c: c.update(beverage_id=c["also_ok"][0]))),
        ("none with an id", mod_case(lambda c: c["expect"] == "none",
                                     lambda c: c.update(beverage_id="dp001"))),
        ("register label in lower case", mod_case(lambda c: c["connection"] == "comptoir",
                                                  lambda c: c.update(label=c["label"].lower() + " x"))),
        ("register label too long", mod_case(lambda c: c["connection"] == "comptoir",
                                             lambda c: c.update(label=c["label"] + " EXTRA LONG TAIL"))),
        ("tablet line without price", mod_case(lambda c: c["connection"] == "salle",
                                               lambda c: c.update(label=re.sub(r" · \d+,\d\d €.*$", "", c["label"])))),
        ("stall line without article code", mod_case(lambda c: c["connection"] == "etal",
                                                     lambda c: c.update(label=c["label"][5:]))),
        ("fields out of order", mod_case(lambda c: True,
                                         lambda c: (c.pop("label"), c.update(label="X")))),
        ("duplicate label", (lib, [*cases, cases[0]])),
        ("also_ok dropped", mod_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                     lambda c: c.update(also_ok=[]))),
        ("vintage field changed", mod_case(lambda c: c["vintage"] is not None,
                                           lambda c: c.update(vintage=c["vintage"] - 1))),
        ("half bottle answered with the 75 cl entry",
         mod_case(lambda c: c["label"] == "01*1/2 SANC VACHERON 22",
                  lambda c: c.update(beverage_id="dp011"))),
        ("library id out of sequence", mod_lib(4, lambda d: d.update(id="dp099"))),
        ("keg size on a wine", mod_lib(0, lambda d: d.update(format_cl=3000))),
        ("unknown colour", mod_lib(1, lambda d: d.update(colour="orange"))),
        ("glass answered with an unrelated wine",
         mod_case(lambda c: c["label"] == "02*VRE CHINON JOGUET 22",
                  lambda c: c.update(beverage_id="dp045"))),
        ("draught pint answered with a bottle",
         mod_case(lambda c: c["label"] == "07*PINTE GUINNESS",
                  lambda c: c.update(beverage_id="dp102", units_per_sale=1))),
        ("cut-off note on an uncut label",
         mod_case(lambda c: c["label"] == "08*COCA",
                  lambda c: c.update(note=c["note"] + " [2022 cut off by the till]"))),
        ("a till losing all its almost cases",
         (lib, [l for l in cases if not ('"almost"' in l and '"etal"' in l)])),
        ("bad JSON", (lib, [*cases[:-1], "{not json"])),
    ]
    bad = 0
    for name, (l, c) in breaks:
        e, _ = check(l, c)
        print("%-45s %s" % (name, ("reported: " + e[0][:80]) if e else "NOT REPORTED"))
        bad += not e
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        d = counts.get(t, {})
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (t, d.get("yes", 0), d.get("almost", 0), d.get("none", 0), sum(d.values())))
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
