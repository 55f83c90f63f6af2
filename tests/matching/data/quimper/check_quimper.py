#!/usr/bin/env python3
"""Check quimper_library.jsonl and quimper_cases.jsonl ALONE (no build module is imported).
python3 check_quimper.py            -> checks the two files, exit 1 on any problem
python3 check_quimper.py --selftest -> breaks copies on purpose and shows each is reported"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("billetterie", "creperie", "jetons")
EVENTS = r"(?:FDC24-J[1-6]|CONCERT-S14|FEST-NOZ-S09|HORS-EVT)"
# measure word -> (kind, cl) per till
BIL = {"Bouteille": ("BTL", None), "Demi-bouteille": ("SIZE", 37.5), "Magnum": ("SIZE", 150),
       "Bouteille 25cl": ("SIZE", 25), "Bouteille 33cl": ("SIZE", 33),
       "Bouteille 50cl": ("SIZE", 50), "Bouteille 70cl": ("SIZE", 70),
       "Bouteille 75cl": ("SIZE", 75), "Bouteille 1L": ("SIZE", 100),
       "Verre": ("POUR", 12.5), "Verre 12cl": ("POUR", 12), "Verre 15cl": ("POUR", 15),
       "Pichet 25cl": ("POUR", 25), "Pichet 50cl": ("POUR", 50),
       "Écocup 25cl": ("CUP", 25), "Écocup 50cl": ("CUP", 50),
       "Shot": ("POUR", 4), "Shot 2cl": ("POUR", 2), "Shot 4cl": ("POUR", 4), "Unité": ("FOOD", None)}
CRE = {"BTE": ("BTL", None), "1/2": ("SIZE", 37.5), "MAG": ("SIZE", 150), "25": ("SIZE", 25),
       "33": ("SIZE", 33), "50": ("SIZE", 50), "70": ("SIZE", 70), "75": ("SIZE", 75),
       "1L": ("SIZE", 100), "VRE": ("POUR", 12.5), "V12": ("POUR", 12), "V15": ("POUR", 15),
       "P25": ("POUR", 25), "P50": ("POUR", 50), "BOL": ("POUR", 25), "DEMI": ("DRAFT", 25),
       "PINT": ("DRAFT", 50), "DOSE": ("POUR", 4), "2CL": ("POUR", 2), "4CL": ("POUR", 4),
       "": ("FOOD", None)}
JET = {"BT": ("BTL", None), "1/2": ("SIZE", 37.5), "MAG": ("SIZE", 150), "B25": ("SIZE", 25),
       "B33": ("SIZE", 33), "B50": ("SIZE", 50), "B70": ("SIZE", 70), "B75": ("SIZE", 75),
       "B1L": ("SIZE", 100), "VR": ("POUR", 12.5), "G25": ("CUP", 25), "G50": ("CUP", 50),
       "SH": ("POUR", 4), "2CL": ("POUR", 2), "": ("FOOD", None)}
CRE_FAM = {"SISTR": (100, 200), "BIER": (200, 300), "GWENN": (300, 400), "RUZ": (400, 450),
           "ROZ": (450, 470), "BURB": (470, 490), "DOUS": (490, 500), "ARDANT": (500, 550),
           "APERO": (600, 700), "EVAJ": (700, 800), "KRAMP": (800, 850), "GALET": (850, 900),
           "KAFE": (900, 950), "DIVERS": (950, 1000)}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def words(s):
    return [w for w in re.split(r"[^A-Z0-9]+", norm(s)) if w]


def parse_label(c):
    """-> (product text, measure kind, cl, vintage read back, family or None, cut_full) or error."""
    lab, till = c["label"], c["connection"]
    if till == "billetterie":
        m = re.match(r"^(%s) / BAR[1-3] / (.+) / (.+) / (\d+\.\d\d)$" % EVENTS, lab)
        if not m:
            raise ValueError("billetterie form")
        name, var = m.group(2), m.group(3)
        if len(name) > 28 or var not in BIL:
            raise ValueError("billetterie name width or variant")
        v = re.search(r" ((?:19|20)\d\d)$", name)
        kind, cl = BIL[var]
        return name, kind, cl, (int(v.group(1)) if v else None), None, len(name) >= 27
    if till == "creperie":
        if len(lab) > 30 or not re.match(r"^\d{3} [A-Z0-9 ./']+$", lab):
            raise ValueError("creperie form")
        L = lab.ljust(30)
        if L[22] != " " or L[27] != " " or L[30:].strip():
            raise ValueError("creperie columns")
        name, mes, vv = L[4:22].rstrip(), L[23:27].strip(), L[28:30].strip()
        if mes not in CRE or (vv and not re.match(r"^\d\d$", vv)):
            raise ValueError("creperie measure or vintage column")
        fam = name.split(" ")[0]
        if fam not in CRE_FAM:
            raise ValueError("creperie family")
        lo, hi = CRE_FAM[fam]
        if not lo <= int(lab[:3]) < hi:
            raise ValueError("creperie PLU outside its family")
        kind, cl = CRE[mes]
        return name[len(fam):].strip(), kind, cl, (2000 + int(vv) if vv else None), fam, False
    if till == "jetons":
        m = re.match(r"^(\d{1,2})J ([A-Z0-9.]{1,12})(?: (\S+))?$", lab)
        if not m or (m.group(3) or "") not in JET:
            raise ValueError("jetons form")
        body = m.group(2)
        v = re.search(r"[A-Z.](\d\d)$", body)
        kind, cl = JET[m.group(3) or ""]
        return body, kind, cl, (2000 + int(v.group(1)) if v else None), None, len(body) >= 11
    raise ValueError("unknown connection")


def shares(text, e):
    toks = [t for t in words(text) if not re.match(r"^\d+$", t) or len(t) >= 2]
    ws = set(words(e["name"]) + words(e["producer"]) + words(e["appellation"]))
    for t in toks:
        for w in ws:
            if t == w:
                return True
            if len(t) >= 4 and len(w) >= 4 and w.startswith(t[:4]):
                return True
            if len(w) >= 3 and len(t) > len(w) and w in t:
                return True
    return False


def check(lib_lines, case_lines):
    err = []
    lib = []
    for i, l in enumerate(lib_lines):
        try:
            r = json.loads(l)
        except ValueError:
            err.append("library line %d: invalid JSON" % (i + 1))
            continue
        if list(r) != LIB_FIELDS:
            err.append("library line %d: fields out of order" % (i + 1))
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        err.append("library: %d drinks, not 110-130" % len(lib))
    seen = set()
    for i, r in enumerate(lib):
        if r.get("id") != "qu%03d" % (i + 1):
            err.append("library: id %s out of sequence" % r.get("id"))
        if r.get("category") not in CATS:
            err.append("%s: category" % r.get("id"))
        if r.get("category") in ("vin", "champagne"):
            if r.get("colour") not in COLOURS:
                err.append("%s: wine without a colour" % r.get("id"))
        elif r.get("colour") is not None:
            err.append("%s: colour on a %s" % (r.get("id"), r.get("category")))
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f not in (25, 33, 37.5, 50, 70, 75, 100, 150, 2000, 3000):
            err.append("%s: format" % r.get("id"))
        elif f >= 2000 and r.get("category") != "bière":
            err.append("%s: keg on a non-beer" % r.get("id"))
        if r.get("vintage") is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2025):
            err.append("%s: vintage" % r.get("id"))
        k = (r.get("name"), r.get("producer"), r.get("appellation"), r.get("colour"), f, r.get("vintage"))
        if k in seen:
            err.append("%s: same wine, format and vintage twice" % r.get("id"))
        seen.add(k)
    byid = {r["id"]: r for r in lib if "id" in r}

    def group(e):
        return sorted((r for r in lib if (r["name"], r["producer"], r["appellation"], r["colour"],
                                         r["format_cl"]) == (e["name"], e["producer"], e["appellation"],
                                                             e["colour"], e["format_cl"])),
                      key=lambda r: r["id"])

    def formats(e):
        return sorted({r["format_cl"] for r in lib if (r["name"], r["producer"], r["appellation"],
                                                        r["colour"]) == (e["name"], e["producer"],
                                                                         e["appellation"], e["colour"])})

    cases, labels = [], Counter()
    for i, l in enumerate(case_lines):
        try:
            c = json.loads(l)
        except ValueError:
            err.append("case line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            err.append("case line %d: fields out of order" % (i + 1))
            continue
        cases.append(c)
        labels[c["label"]] += 1
    for lab, n in labels.items():
        if n > 1:
            err.append("duplicate label %r" % lab)
    if not 280 <= len(cases) <= 300:
        err.append("cases: %d, not 280-300" % len(cases))
    for c in cases:
        lab = c["label"]
        tag = "%r" % lab
        if c["expect"] not in ("yes", "almost", "none") or c["connection"] not in TILLS:
            err.append(tag + ": expect or connection")
            continue
        if not c["note"]:
            err.append(tag + ": empty note")
        try:
            text, kind, cl, vint, fam, full = parse_label(c)
        except ValueError as e:
            err.append(tag + ": " + str(e))
            continue
        if c["vintage"] != vint:
            err.append(tag + ": vintage field %s, label says %s" % (c["vintage"], vint))
        if "cut off by the till" in c["note"] and not full:
            err.append(tag + ": 'cut off' on a label that is not full width")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append(tag + ": none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err.append(tag + ": unknown beverage_id")
            continue
        if kind == "FOOD":
            err.append(tag + ": a yes/almost without a measure")
            continue
        if not shares(text, e):
            err.append(tag + ": shares no word or stem with its entry")
        if fam:
            ok = {"SISTR": e["category"] == "autre", "BIER": e["category"] == "bière",
                  "EVAJ": e["category"] == "soft", "ARDANT": e["category"] == "spiritueux",
                  "APERO": e["category"] in ("autre", "spiritueux"),
                  "GWENN": e["colour"] == "blanc", "RUZ": e["colour"] == "rouge",
                  "ROZ": e["colour"] == "rosé", "DOUS": e["colour"] == "liquoreux",
                  "BURB": e["colour"] == "effervescent" or e["category"] == "champagne"}.get(fam, False)
            if not ok:
                err.append(tag + ": family %s against the entry" % fam)
        fmts = formats(e)
        ordinary = 75 if 75 in fmts else None
        if ordinary is None:
            rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
            ordinary = rest[0] if len(rest) == 1 else None
        if kind == "CUP":
            kind = "DRAFT" if e["category"] == "bière" else "POUR"
        f = e["format_cl"]
        if kind == "BTL":
            want_f, units = ordinary, 1
        elif kind == "SIZE":
            want_f, units = cl, 1
        elif kind == "POUR":
            want_f = ordinary
            units = round(cl / f, 4) if f else None
            if e["category"] == "bière":
                err.append(tag + ": a glass of beer")
        else:
            kegs = [x for x in fmts if x >= 2000]
            want_f = kegs[0] if kegs else None
            units = round(cl / f, 4)
        if f != want_f:
            err.append(tag + ": entry format %s, label means %s" % (f, want_f))
        if c["units_per_sale"] != units:
            err.append(tag + ": units %s, measure gives %s" % (c["units_per_sale"], units))
        g = group(e)
        others = [r["id"] for r in g if r["id"] != e["id"]]
        if sorted(c["also_ok"]) != sorted(others) and not (c["expect"] == "yes" and vint is not None):
            err.append(tag + ": also_ok is not the other vintages")
        gv = [r["vintage"] for r in g]
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    err.append(tag + ": yes on another vintage than the label's")
                if c["also_ok"]:
                    err.append(tag + ": also_ok on a label with its vintage")
            elif e["vintage"] != max(gv, key=lambda v: v or 0):
                err.append(tag + ": not the most recent vintage")
        else:
            if vint is None or vint in gv or None in gv:
                err.append(tag + ": almost without a missing vintage")
            else:
                best = min(gv, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    err.append(tag + ": almost not on the nearest vintage")
    cnt = Counter(c["expect"] for c in cases)
    n = max(len(cases), 1)
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * cnt[ex] / n <= hi:
            err.append("%s: %.1f %% outside %d-%d %%" % (ex, 100.0 * cnt[ex] / n, lo, hi))
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for ex in ("yes", "almost", "none"):
            if not tc[t, ex]:
                err.append("till %s has no %s" % (t, ex))
    return err, cases


def load():
    with open(os.path.join(HERE, "quimper_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "quimper_cases.jsonl"), encoding="utf-8") as f:
        cas = f.read().splitlines()
    return lib, cas


def selftest():
    lib, cas = load()
    err, _ = check(lib, cas)
    assert not err, err
    J = json.loads
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def find(pred):
        for i, l in enumerate(cas):
            if pred(J(l)):
                return i
        raise AssertionError("no case for a break")

    def edit_case(pred, fn):
        c2 = list(cas)
        i = find(pred)
        o = J(c2[i])
        fn(o)
        c2[i] = D(o)
        return lib, c2

    def edit_lib(i, fn):
        l2 = list(lib)
        o = J(l2[i])
        fn(o)
        l2[i] = D(o) if isinstance(o, dict) else o
        return l2, cas

    byid = {J(l)["id"]: J(l) for l in lib}
    breaks = []
    breaks.append(("invalid JSON", "invalid JSON", (lib, [*cas[:5], "{oops", *cas[6:]])))
    def swap(o):
        o2 = {"expect": o.pop("expect")}
        o2.update(o)
        o.clear(); o.update(o2)
    breaks.append(("fields out of order", "fields out of order", edit_case(lambda c: True, swap)))
    breaks.append(("id out of sequence", "out of sequence", edit_lib(3, lambda o: o.update(id="qu099"))))
    beer = next(i for i, l in enumerate(lib) if J(l)["category"] == "bière")
    breaks.append(("colour on a beer", "colour on a", edit_lib(beer, lambda o: o.update(colour="blanc"))))
    breaks.append(("glass units", "units", edit_case(
        lambda c: c["label"].endswith(" VR") and c["expect"] == "yes", lambda o: o.update(units_per_sale=0.2))))
    def farther(o):
        o["beverage_id"], o["also_ok"] = o["also_ok"][0], [o["beverage_id"]]
    breaks.append(("almost on the farther vintage", "nearest", edit_case(
        lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1
        and abs(byid[c["also_ok"][0]]["vintage"] - c["vintage"]) > abs(byid[c["beverage_id"]]["vintage"] - c["vintage"]), farther)))
    def sibling(o):
        o["beverage_id"] = next(r for r in byid.values() if r["name"] == byid[o["beverage_id"]]["name"]
                            and r["producer"] == byid[o["beverage_id"]]["producer"]
                            and r["format_cl"] == byid[o["beverage_id"]]["format_cl"] and r["id"] != o["beverage_id"])["id"]
    breaks.append(("yes on the sibling vintage", "another vintage", edit_case(
        lambda c: c["expect"] == "yes" and c["vintage"] and sum(
            1 for r in byid.values() if r["name"] == byid[c["beverage_id"]]["name"]
            and r["producer"] == byid[c["beverage_id"]]["producer"]
            and r["format_cl"] == byid[c["beverage_id"]]["format_cl"]) > 1, sibling)))
    breaks.append(("none with an id", "none with an id", edit_case(
        lambda c: c["expect"] == "none", lambda o: o.update(beverage_id="qu001"))))
    breaks.append(("also_ok dropped", "also_ok is not", edit_case(
        lambda c: c["expect"] == "yes" and c["also_ok"], lambda o: o.update(also_ok=[]))))
    breaks.append(("duplicate label", "duplicate label", (lib, [*cas[:-1], cas[0]])))
    half = next(r["id"] for r in byid.values() if r["format_cl"] == 37.5 and r["name"] == "Sancerre Blanc")
    full = next(r["id"] for r in byid.values() if r["format_cl"] == 75 and r["name"] == "Sancerre Blanc" and r["vintage"] == 2022)
    breaks.append(("half answered with the 75 cl", "entry format", edit_case(
        lambda c: c["beverage_id"] == half, lambda o: o.update(beverage_id=full))))
    bot = next(r["id"] for r in byid.values() if r["name"] == "Coreff Ambrée" and r["format_cl"] == 33)
    breaks.append(("draught pint on the bottle", "entry format", edit_case(
        lambda c: "COREFF AMB" in c["label"] and "PINT" in c["label"], lambda o: o.update(beverage_id=bot))))
    breaks.append(("vintage field not on the label", "vintage field", edit_case(
        lambda c: c["vintage"] is None and c["expect"] == "yes", lambda o: o.update(vintage=2019))))
    breaks.append(("label sharing no word", "shares no word", edit_case(
        lambda c: (c["connection"] == "jetons" and c["label"] == "3J COREFF.AMB G50") or
        (c["connection"] == "jetons" and "COREFF.AMB G50" in c["label"]),
        lambda o: o.update(label=o["label"].replace("COREFF.AMB", "KWRX.ZZQ")))))
    breaks.append(("creperie family against the colour", "family ROZ against", edit_case(
        lambda c: c["connection"] == "creperie" and " RUZ " in c["label"] and c["expect"] == "yes",
        lambda o: o.update(label="455" + o["label"][3:].replace(" RUZ ", " ROZ ")))))
    breaks.append(("too few cases", "not 280-300", (lib, cas[:200])))
    breaks.append(("billetterie without its price", "billetterie form", edit_case(
        lambda c: c["connection"] == "billetterie", lambda o: o.update(label=o["label"].rsplit(" / ", 1)[0]))))
    breaks.append(("jetons name over 12 columns", "jetons form", edit_case(
        lambda c: c["connection"] == "jetons" and c["expect"] == "none",
        lambda o: o.update(label=o["label"].split(" ")[0] + " ABCDEFGHIJKLMN"))))
    breaks.append(("till without almost", "has no almost", (lib, [l for l in cas if not (
        J(l)["connection"] == "jetons" and J(l)["expect"] == "almost")])))
    breaks.append(("keg on a cider", "keg on a non-beer", edit_lib(0, lambda o: o.update(format_cl=3000))))
    breaks.append(("creperie PLU outside its family", "PLU outside", edit_case(
        lambda c: c["connection"] == "creperie" and " SISTR " in c["label"],
        lambda o: o.update(label="999" + o["label"][3:]))))
    bad = 0
    for name, want, (l2, c2) in breaks:
        e, _ = check(l2, c2)
        hit = [x for x in e if want in x]
        print("%-38s %s  (%d reported%s)" % (name, "REPORTED" if hit else "MISSED", len(e),
                                              ": " + hit[0][:70] if hit else ""))
        bad += not hit
    print("clean files: %s" % ("pass" if not err else "FAIL"))
    print("%d kinds of break, %d missed" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cas = load()
    err, cases = check(lib, cas)
    for e in err:
        print("ERROR", e)
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        print("%-12s yes %3d almost %3d none %3d" % (t, tc[t, "yes"], tc[t, "almost"], tc[t, "none"]))
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not err else "%d errors" % len(err)))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
