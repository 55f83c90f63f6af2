#!/usr/bin/env python3
"""Check vannes_library.jsonl and vannes_cases.jsonl on their own (stdlib only).
--selftest: break copies on purpose and show each break is reported."""
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
CAISSE_CODES = {"BT": ("btl", None), "B25": ("btl", 25), "B33": ("btl", 33), "B50": ("btl", 50),
                "B70": ("btl", 70), "B1L": ("btl", 100), "B1L5": ("btl", 150), "DB": ("btl", 37.5),
                "MG": ("btl", 150), "VR": ("pour", 12.5), "V14": ("pour", 14), "BOL": ("pour", 25),
                "P25": ("pour", 25), "P50": ("pour", 50), "DM": ("pour", 25), "PT": ("pour", 50),
                "CP": ("pour", 12.5), "DS": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4)}
DEPT = {"CID": ("autre",), "APE": ("autre", "spiritueux"), "VBL": ("blanc",), "VRG": ("rouge",),
        "VRS": ("rosé",), "BUL": ("effervescent",), "BIE": ("bière",), "ALC": ("spiritueux",),
        "SFT": ("soft",)}
FOOD_DEPT = ("GAL", "CRP", "CHD", "GLA", "DIV")
TAB_MODS = {"Bouteille": ("btl", None), "Bouteille 25 cl": ("btl", 25), "Bouteille 33 cl": ("btl", 33),
            "Bouteille 50 cl": ("btl", 50), "Bouteille 70 cl": ("btl", 70), "Bouteille 1 L": ("btl", 100),
            "Bouteille 1,5 L": ("btl", 150), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
            "Verre": ("pour", 12.5), "Verre 14 cl": ("pour", 14), "Bolée": ("pour", 25),
            "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50), "Demi": ("pour", 25),
            "Pinte": ("pour", 50), "Dose": ("pour", 4), "Dose 2 cl": ("pour", 2)}
LIBRE = [("1/2 btl", ("btl", 37.5)), ("btl 33", ("btl", 33)), ("btl 1l", ("btl", 100)),
         ("pichet 25", ("pour", 25)), ("pichet 50", ("pour", 50)), ("verre", ("pour", 12.5)),
         ("bolee", ("pour", 25)), ("demi", ("pour", 25)), ("pinte", ("pour", 50)),
         ("shot", ("pour", 4)), ("btl", ("btl", None)), ("mag", ("btl", 150))]
COMPTA_UNITS = {"BTE 0,25 L": ("btl", 25), "BTE 0,33 L": ("btl", 33), "BTE 0,375 L": ("btl", 37.5),
                "BTE 0,5 L": ("btl", 50), "BTE 0,7 L": ("btl", 70), "BTE 0,75 L": ("btl", 75),
                "BTE 1 L": ("btl", 100), "BTE 1,5 L": ("btl", 150), "SERV 2 CL": ("pour", 2),
                "SERV 4 CL": ("pour", 4), "SERV 12,5 CL": ("pour", 12.5), "SERV 14 CL": ("pour", 14),
                "SERV 25 CL": ("pour", 25), "SERV 50 CL": ("pour", 50)}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def read_label(conn, label, errs):
    """Till form check; returns (measure, vintage, family-hint)."""
    if conn == "caisse":
        m = re.fullmatch(r"([A-Z]{3})\.([A-Z0-9 ./'&-]+?)(?:\*([A-Z0-9]+))?", label)
        if not m:
            errs.append("caisse form: %r" % label)
            return None, None, None
        dept, name, code = m.groups()
        if len(dept) + 1 + len(name) > 20:
            errs.append("caisse name over 20 columns: %r" % label)
        if code and code not in CAISSE_CODES:
            errs.append("caisse unknown code: %r" % label)
        if dept not in DEPT and dept not in FOOD_DEPT:
            errs.append("caisse unknown department: %r" % label)
        v = re.search(r" (\d\d)$", name)
        return (CAISSE_CODES.get(code) if code else None), (2000 + int(v.group(1)) if v else None), dept
    if conn == "tablette":
        m = re.fullmatch(r"(.+) (\d+,\d\d) €", label)
        if not m:
            errs.append("tablette without its price: %r" % label)
            return None, None, None
        core = m.group(1)
        if core.startswith("Libre: "):
            body = core[7:]
            if body != body.lower() or not body.isascii():
                errs.append("tablette open item not lower-case ASCII: %r" % label)
            meas = next((mm for w, mm in LIBRE if body == w or body.startswith(w + " ")), None)
            v = re.search(r" (\d\d)$", body)
            return meas, (2000 + int(v.group(1)) if v else None), None
        mm = re.search(r" \(([^()]+)\)$", core)
        if mm and mm.group(1) not in TAB_MODS:
            errs.append("tablette unknown modifier: %r" % label)
        name = core[:mm.start()] if mm else core
        v = re.search(r" ((?:19|20)\d\d)$", name)
        return (TAB_MODS.get(mm.group(1)) if mm else None), (int(v.group(1)) if v else None), None
    if conn == "compta":
        parts = label.split(";")
        if len(parts) != 4 or not re.fullmatch(r"ART\d{4}", parts[0]) or len(parts[1]) > 28 \
                or not re.fullmatch(r"[A-Z0-9 ().,'&/-]+", parts[1]) \
                or (parts[2] != "UNITE" and parts[2] not in COMPTA_UNITS) \
                or not re.fullmatch(r"((19|20)\d\d)?", parts[3]):
            errs.append("compta form: %r" % label)
            return None, None, None
        return COMPTA_UNITS.get(parts[2]), (int(parts[3]) if parts[3] else None), None
    errs.append("unknown connection %r" % conn)
    return None, None, None


def words(s):
    return {w for w in re.split(r"[^A-Z0-9]+", fold(s)) if len(w) >= 2}


def shares(label, d):
    lw = words(label)
    ew = words(" ".join(str(d[k] or "") for k in ("name", "producer", "appellation")))
    glued = fold(label).replace(" ", "")
    for w in ew:
        if w in lw or (len(w) >= 4 and any(x.startswith(w[:4]) for x in lw)):
            return True
        if len(w) >= 5 and w in glued:
            return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, ids = [], {}
    for i, line in enumerate(lib_lines):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: fields out of order" % (i + 1))
        if d.get("id") != "va%03d" % (i + 1):
            errs.append("library line %d: id out of sequence %r" % (i + 1, d.get("id")))
        if d.get("category") not in CATS:
            errs.append("%s: bad category" % d.get("id"))
        wine = d.get("category") in ("vin", "champagne")
        if wine != (d.get("colour") is not None) or (wine and d.get("colour") not in COLOURS):
            errs.append("%s: colour %r on category %r" % (d.get("id"), d.get("colour"), d.get("category")))
        if d.get("format_cl") in KEGS and d.get("category") not in ("bière", "autre"):
            errs.append("%s: keg on a non-beer" % d.get("id"))
        lib.append(d)
        ids[d.get("id")] = d
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks" % len(lib))
    fam = {}
    for d in lib:
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])
        if d["vintage"] in fam.setdefault(k, []):
            errs.append("%s: wine/format/vintage twice" % d["id"])
        fam[k].append(d["vintage"])

    def wine_key(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    cases, labels = [], set()
    counts = {}
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields out of order" % (i + 1))
            continue
        cases.append(c)
        lab, exp, bid, also = c["label"], c["expect"], c["beverage_id"], c["also_ok"]
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if not c["note"]:
            errs.append("empty note %r" % lab)
        conn = c["connection"]
        counts.setdefault(conn, {"yes": 0, "almost": 0, "none": 0})
        if exp not in ("yes", "almost", "none"):
            errs.append("bad expect %r" % lab)
            continue
        counts[conn][exp] += 1
        meas, v, dept = read_label(conn, lab, errs)
        if v != c["vintage"]:
            errs.append("vintage field %r not the label's %r: %r" % (c["vintage"], v, lab))
        if "cut off by the till" in c["note"] and not (conn == "caisse" and len(lab.split("*")[0]) >= 19):
            errs.append("cut-off note on a label that is not full width: %r" % lab)
        if exp == "none":
            if bid is not None or also or c["units_per_sale"] is not None:
                errs.append("none with an answer: %r" % lab)
            continue
        d = ids.get(bid)
        if d is None:
            errs.append("unknown beverage_id %r: %r" % (bid, lab))
            continue
        if meas is None:
            errs.append("yes/almost without a measure: %r" % lab)
            continue
        if not shares(lab, d):
            errs.append("label shares no word with its entry: %r" % lab)
        if dept and dept in DEPT:
            what = d["colour"] if d["category"] in ("vin", "champagne") else d["category"]
            if what not in DEPT[dept]:
                errs.append("caisse department %s against %s: %r" % (dept, what, lab))
        kind, cl = meas
        f = d["format_cl"]
        siblings = [x for x in lib if wine_key(x) == wine_key(d)]
        if kind == "btl":
            want = cl if cl is not None else (75 if d["category"] in ("vin", "champagne") else f)
            if f != want:
                errs.append("bottle format %s not the label's %s: %r" % (f, want, lab))
            if c["units_per_sale"] != 1:
                errs.append("bottle units %r: %r" % (c["units_per_sale"], lab))
        else:
            fmts = sorted({x["format_cl"] for x in siblings})
            kegs = [x for x in fmts if x in KEGS]
            want = kegs[0] if kegs else (75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None))
            if d["category"] == "bière" and not kegs:
                want = None
            if f != want:
                errs.append("pour from format %s, expected %s: %r" % (f, want, lab))
            if c["units_per_sale"] != round(cl / f, 4):
                errs.append("pour units %r, expected %r: %r" % (c["units_per_sale"], round(cl / f, 4), lab))
        vints = sorted(x["vintage"] for x in siblings if x["format_cl"] == f and x["vintage"] is not None)
        others = sorted(x["id"] for x in siblings if x["format_cl"] == f and x["id"] != bid)
        if exp == "yes" and c["vintage"] is not None:
            others = []
        if sorted(also) != others:
            errs.append("also_ok %r, expected %r: %r" % (also, others, lab))
        lv = c["vintage"]
        if exp == "yes":
            if lv is not None and d["vintage"] != lv:
                errs.append("yes on another vintage: %r" % lab)
            if lv is None and vints and d["vintage"] != vints[-1]:
                errs.append("yes without vintage not on the most recent: %r" % lab)
            if lv is not None and also:
                errs.append("yes with a vintage and also_ok: %r" % lab)
        else:
            if lv is None or lv in vints or not vints:
                errs.append("almost without a missing vintage: %r" % lab)
            else:
                best = sorted(vints, key=lambda x: (abs(x - lv), -x))[0]
                if d["vintage"] != best:
                    errs.append("almost not on the nearest vintage: %r" % lab)
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases" % n)
    if n:
        tot = {k: sum(d[k] for d in counts.values()) for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[k] / n <= hi:
                errs.append("%s share %.1f %% out of %d-%d" % (k, 100.0 * tot[k] / n, lo, hi))
    if sorted(counts) != ["caisse", "compta", "tablette"]:
        errs.append("connections %r" % sorted(counts))
    for t, d in counts.items():
        for k, v in d.items():
            if not v:
                errs.append("till %s has no %s" % (t, k))
    return errs, counts


def load():
    with open(os.path.join(HERE, "vannes_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "vannes_cases.jsonl"), encoding="utf-8") as f:
        cas = f.read().splitlines()
    return lib, cas


def selftest():
    lib, cas = load()
    errs, _ = check(lib, cas)
    assert not errs, errs[:5]
    print("clean files pass")

    def edit_case(pred, fn):
        out, done = [], False
        for line in cas:
            c = json.loads(line)
            if not done and pred(c):
                fn(c)
                done = True
                line = json.dumps(c, ensure_ascii=False)
            out.append(line)
        assert done
        return out

    def edit_lib(i, fn):
        out = list(lib)
        d = json.loads(out[i])
        d = fn(d) or d
        out[i] = json.dumps(d, ensure_ascii=False)
        return out

    def glass(c):
        return c["expect"] == "yes" and c["units_per_sale"] == 0.1667
    breaks = [
        ("invalid JSON", lib, [*cas[:1], "{oops", *cas[1:]], "invalid JSON"),
        ("fields out of order", lib, edit_case(lambda c: True, lambda c: c.update(
            {k: c.pop(k) for k in ["label"]})), "fields out of order"),
        ("library id out of sequence", edit_lib(3, lambda d: d.update(id="va099")), cas, "out of sequence"),
        ("colour on a beer", edit_lib(next(i for i, l in enumerate(lib) if '"bière"' in l),
                                      lambda d: d.update(colour="blanc")), cas, "colour"),
        ("glass units", lib, edit_case(glass, lambda c: c.update(units_per_sale=0.16)), "pour units"),
        ("almost on the farther vintage", lib, edit_case(
            lambda c: c["expect"] == "almost" and c["label"].startswith("VRG.GREYSAC 20"),
            lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]])), "nearest"),
        ("yes on the sibling vintage", lib, edit_case(
            lambda c: c["label"] == "VBL.BRIORDS 21*VR", lambda c: c.update(beverage_id="va018")),
            "another vintage"),
        ("none with an id", lib, edit_case(lambda c: c["expect"] == "none",
                                           lambda c: c.update(beverage_id="va001")), "none with an answer"),
        ("also_ok dropped", lib, edit_case(lambda c: len(c["also_ok"]) == 1,
                                           lambda c: c.update(also_ok=[])), "also_ok"),
        ("tablette price dropped", lib, edit_case(lambda c: c["connection"] == "tablette",
                                                  lambda c: c.update(label=c["label"].rsplit(" ", 2)[0])), "price"),
        ("caisse over 20 columns", lib, edit_case(lambda c: c["connection"] == "caisse",
                                                  lambda c: c.update(label=c["label"].replace(".", ".XXXXXXXXXXXXXXXX", 1))),
         "20 columns"),
        ("duplicate label", lib, [*cas, cas[0]], "duplicate label"),
        ("half answered with the 75 cl", lib, edit_case(
            lambda c: c["label"] == "VRG.SANC R VACHERON*DB",
            lambda c: c.update(expect="yes", beverage_id="va041", units_per_sale=1, vintage=None)), "bottle format"),
        ("draught demi on the bottled beer", lib, edit_case(
            lambda c: c["label"] == "BIE.BRITT BLANCHE*DM",
            lambda c: c.update(beverage_id=next(json.loads(l)["id"] for l in lib if '"Britt Blanche"' in l and '"format_cl": 33' in l),
                               units_per_sale=round(25 / 33, 4))), "pour from format"),
        ("vintage field not on the label", lib, edit_case(lambda c: c["vintage"] is None and c["expect"] == "yes",
                                                          lambda c: c.update(vintage=2019)), "vintage field"),
        ("label sharing no word", lib, edit_case(lambda c: c["label"] == "SFT.BZH COLA ZERO*B33",
                                                 lambda c: c.update(label="SFT.SODA*B33")), "shares no word"),
        ("caisse department against colour", lib, edit_case(lambda c: c["label"] == "VRG.CDR GUIGAL 21*VR",
                                                            lambda c: c.update(label="VBL.CDR GUIGAL 21*VR")), "department"),
        ("too few cases", lib, cas[:200], "cases"),
        ("compta form", lib, edit_case(lambda c: c["connection"] == "compta",
                                       lambda c: c.update(label=c["label"].replace(";", ",", 1))), "compta form"),
        ("a till without almost", lib, [l for l in cas if not ('"almost"' in l and '"compta"' in l)], "has no almost"),
        ("cut-off note on a short label", lib, edit_case(lambda c: c["label"] == "VRG.GREYSAC 20*BT",
                                                         lambda c: c.update(note=c["note"] + " [2020 cut off by the till]")),
         "cut-off note"),
    ]
    ok = True
    for name, l2, c2, want in breaks:
        errs, _ = check(l2, c2)
        hit = [e for e in errs if want in e]
        print("%-36s %s" % (name, "reported: " + hit[0][:70] if hit else "NOT REPORTED"))
        ok = ok and bool(hit)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(*load())
    for e in errs:
        print("ERROR", e)
    for t in sorted(counts):
        print("%-9s %s" % (t, counts[t]))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
