#!/usr/bin/env python3
"""Validate uzes_library.jsonl and uzes_cases.jsonl, reading nothing else.

    python3 check_uzes.py              # check the two files beside this script
    python3 check_uzes.py --selftest   # break copies on purpose, show each is caught
"""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("caisse", "salle", "terrasse")
KEGS = (2000, 3000)
POUR = {"G": 12.5, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50, "D": 4, "D2": 2,
        "DE": 25, "PI": 50}
WINE_POURS = {"G", "G15", "CP", "P25", "P50"}
FAM_COLOUR = {"RGE": {"rouge"}, "BLC": {"blanc"}, "ROS": {"rosé"},
              "BUL": {"effervescent", "rosé"}}
TERR_FAM = {"rouge": "RGE", "blanc": "BLC", "rose": "ROS", "bulles": "BUL", "apero": "APE",
            "digo": "DIG", "biere": "BIE", "soft": "SOF", "chaud": "CAF", "cuisine": "CUI",
            "divers": "DIV"}
CAISSE_MEAS = {"1/2": "H", "MAG": "M", "VRE": "G", "V15": "G15", "CPE": "CP",
               "PICH25": "P25", "PICH50": "P50", "DOSE": "D", "2CL": "D2", "DEMI": "DE",
               "PINTE": "PI"}
SALLE_MEAS = {"Bouteille": "B", "Demi-bouteille": "H", "Magnum": "M", "Verre": "G",
              "Verre 15cl": "G15", "Coupe": "CP", "Carafe 25cl": "P25",
              "Carafe 50cl": "P50", "Dose": "D", "Dose 2cl": "D2", "Demi": "DE",
              "Pinte": "PI"}
TERR_MEAS = {"btl": "B", "1/2btl": "H", "mag": "M", "vr": "G", "vr15": "G15", "cp": "CP",
             "car25": "P25", "car50": "P50", "dose": "D", "2cl": "D2", "demi": "DE",
             "pinte": "PI"}


def yy(s):
    n = int(s)
    return 2000 + n if n < 50 else 1900 + n


def size(tok, unit):
    """'33CL' -> 33.0, '1L' -> 100.0, else None."""
    m = re.fullmatch(r"(\d+(?:[.,]\d)?)" + unit, tok)
    if m:
        return float(m.group(1).replace(",", "."))
    if tok == "1" + unit[-1]:
        return 100.0
    return None


def read_label(label, conn):
    """-> (form error or None, family, measure, size_cl, vintage)"""
    if conn == "caisse":
        if len(label) != 27 or not re.fullmatch(r"[ -~]{20} [ \d]{2,3}\d,\d\d", label):
            return "caisse line is not 20 columns + price", None, None, None, None
        desc = label[:20].rstrip()
        if desc != desc.upper():
            return "caisse description not in capitals", None, None, None, None
        toks = desc.split(" ")
        fam = toks[0]
        if fam not in ("RGE", "BLC", "ROS", "BUL", "APE", "DIG", "BIE", "SOF", "CAF",
                       "CUI", "DIV"):
            return "caisse department unknown", None, None, None, None
        meas, sz = "B", None
        if len(toks) > 1 and toks[1] in CAISSE_MEAS:
            meas = CAISSE_MEAS[toks[1]]
        elif len(toks) > 1 and size(toks[1], "CL") is not None:
            meas, sz = "S", size(toks[1], "CL")
        vin = yy(toks[-1]) if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]) else None
        return None, fam, meas, sz, vin
    if conn == "salle":
        if label == label.upper() or "/" in label.split(" – ")[0][:1]:
            return "salle label not in mixed case", None, None, None, None
        name, sep, var = label.rpartition(" – ")
        if not sep:
            name, var = label, None
        meas, sz = None, None
        if var is not None:
            if var in SALLE_MEAS:
                meas = SALLE_MEAS[var]
            elif size(var, "cl") is not None or var == "1L":
                meas, sz = "S", (100.0 if var == "1L" else size(var, "cl"))
            else:
                return "salle variant unknown: %r" % var, None, None, None, None
        m = re.search(r" ((?:19|20)\d\d)$", name)
        return None, None, meas, sz, int(m.group(1)) if m else None
    if conn == "terrasse":
        if not re.fullmatch(r"[a-z]+/[ -~]+", label) or label != label.lower():
            return "terrasse label not lower-case ASCII with family/", None, None, None, None
        famw, _, rest = label.partition("/")
        if famw not in TERR_FAM:
            return "terrasse family unknown", None, None, None, None
        toks = rest.split(" ")
        meas, sz = None, None
        if toks[-1] in TERR_MEAS:
            meas = TERR_MEAS[toks[-1]]
        elif size(toks[-1], "cl") is not None or toks[-1] == "1l":
            meas, sz = "S", (100.0 if toks[-1] == "1l" else size(toks[-1], "cl"))
        m = re.search(r" '(\d\d)(?: |$)", rest)
        return None, TERR_FAM[famw], meas, sz, yy(m.group(1)) if m else None
    return "unknown connection", None, None, None, None


def load(path, fields, errs, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except ValueError:
                errs.append("%s line %d: not JSON" % (what, i))
                continue
            if list(r) != fields:
                errs.append("%s line %d: fields %s" % (what, i, list(r)))
                continue
            rows.append(r)
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, LIB_FIELDS, errs, "library")
    cases = load(cases_path, CASE_FIELDS, errs, "cases")
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    byid, wines, seen = {}, {}, set()
    for i, d in enumerate(lib, 1):
        if d["id"] != "UZS%03d" % i:
            errs.append("id %s out of sequence (UZS%03d)" % (d["id"], i))
        byid[d["id"]] = d
        if d["category"] not in CATS:
            errs.append("%s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if wine != (d["colour"] is not None) or (wine and d["colour"] not in COLOURS):
            errs.append("%s: colour %r on a %s" % (d["id"], d["colour"], d["category"]))
        if not (d["vintage"] is None or (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030)):
            errs.append("%s: vintage %r" % (d["id"], d["vintage"]))
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errs.append("%s: format %r" % (d["id"], d["format_cl"]))
        if d["format_cl"] in KEGS and d["category"] != "bière":
            errs.append("%s: a keg that is not a beer" % d["id"])
        wk = (d["name"], d["producer"], d["appellation"], d["colour"])
        k = (*wk, d["format_cl"], d["vintage"])
        if k in seen:
            errs.append("%s: duplicate entry" % d["id"])
        seen.add(k)
        wines.setdefault(wk, []).append(d)

    def wkey(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases (280-300)" % len(cases))
    labels = set()
    count = {}
    for c in cases:
        lab, exp, conn = c["label"], c["expect"], c["connection"]
        tag = "%r" % lab
        if lab in labels:
            errs.append("%s: duplicate label" % tag)
        labels.add(lab)
        if conn not in CONNS:
            errs.append("%s: connection %r" % (tag, conn))
            continue
        count[(conn, exp)] = count.get((conn, exp), 0) + 1
        form, fam, meas, sz, vin = read_label(lab, conn)
        if form:
            errs.append("%s: %s" % (tag, form))
            continue
        if vin != c["vintage"]:
            errs.append("%s: vintage %r but the label says %r" % (tag, c["vintage"], vin))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % tag)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: expect %r" % (tag, exp))
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append("%s: unknown id %r" % (tag, c["beverage_id"]))
            continue
        if fam in FAM_COLOUR and d["colour"] not in FAM_COLOUR[fam]:
            errs.append("%s: family %s on a %s drink" % (tag, fam, d["colour"]))
        if fam in ("APE", "DIG", "BIE", "SOF", "CAF", "CUI", "DIV") and d["category"] in ("vin", "champagne") and d["colour"] != "liquoreux":
            errs.append("%s: family %s on a wine" % (tag, fam))
        group = wines[wkey(d)]
        fmts = sorted({x["format_cl"] for x in group})
        f = d["format_cl"]
        wine = d["category"] in ("vin", "champagne")
        # the format the printed measure refers to
        if meas in (None, "B"):
            want = 75 if wine else (fmts[0] if len(fmts) == 1 else "?")
            if meas is None and wine and d["colour"] == "liquoreux" and 75 not in fmts:
                want = fmts[0]
            units = 1
        elif meas == "H":
            want, units = 37.5, 1
        elif meas == "M":
            want, units = 150, 1
        elif meas == "S":
            want, units = sz, 1
        elif meas in ("DE", "PI"):
            kegs = [x for x in fmts if x in KEGS]
            want = kegs[0] if kegs else "no keg"
            units = round(POUR[meas] / f, 4)
        elif meas in WINE_POURS:
            plain = [x for x in fmts if x not in (37.5, 150) and x not in KEGS]
            want = 75 if 75 in fmts else (plain[0] if len(plain) == 1 else "?")
            units = round(POUR[meas] / f, 4)
        else:
            plain = [x for x in fmts if x not in KEGS]
            want = plain[0] if len(plain) == 1 else "?"
            units = round(POUR[meas] / f, 4)
        if want != f:
            errs.append("%s: the label means %s cl, entry %s is %s cl" % (tag, want, d["id"], f))
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, the measure gives %r" % (tag, c["units_per_sale"], units))
        if isinstance(c["units_per_sale"], float) and round(c["units_per_sale"], 4) != c["units_per_sale"]:
            errs.append("%s: units not to 4 decimals" % tag)
        same = [x for x in group if x["format_cl"] == f]
        others = sorted(x["id"] for x in same if x["id"] != d["id"])
        vints = {x["vintage"]: x["id"] for x in same}
        if exp == "yes":
            if vin is not None:
                if d["vintage"] != vin:
                    errs.append("%s: yes but entry vintage %r" % (tag, d["vintage"]))
                if c["also_ok"]:
                    errs.append("%s: yes with a vintage and also_ok" % tag)
            else:
                if None not in vints and d["vintage"] != max(vints):
                    errs.append("%s: yes without vintage is not the most recent" % tag)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok %s, should be %s" % (tag, c["also_ok"], others))
        else:
            if vin is None or vin in vints or None in vints:
                errs.append("%s: almost but the label vintage is held or absent" % tag)
            else:
                best = min(vints, key=lambda v: (abs(v - vin), -v))
                if d["vintage"] != best:
                    errs.append("%s: almost is not the nearest vintage (%d)" % (tag, best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok %s, should be %s" % (tag, c["also_ok"], others))
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (cn, e), v in count.items() if e == exp)
        if not lo <= 100.0 * k / n <= hi:
            errs.append("%s is %.1f %% (%d-%d %%)" % (exp, 100.0 * k / n, lo, hi))
    for conn in CONNS:
        for exp in ("yes", "almost", "none"):
            if not count.get((conn, exp)):
                errs.append("till %s has no %s case" % (conn, exp))
    return errs, count, len(lib), len(cases)


# ---------------------------------------------------------------- self-test
def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")[:-1]


def _first(rows, pred):
    for i, line in enumerate(rows):
        if pred(json.loads(line)):
            return i
    raise LookupError


def _set(rows, pred, **kw):
    i = _first(rows, pred)
    r = json.loads(rows[i])
    r.update(kw)
    rows[i] = json.dumps(r, ensure_ascii=False)


def breaks():
    """(name, file, function on the list of lines)"""
    def bad_json(r): r[3] = r[3][:-1]
    def field_order(r):
        d = json.loads(r[0]); r[0] = json.dumps(dict(reversed(list(d.items()))), ensure_ascii=False)
    def id_gap(r): _set(r, lambda d: d["id"] == "UZS010", id="UZS099")
    def colour_spirit(r): _set(r, lambda d: d["category"] == "spiritueux", colour="rouge")
    def keg_wine(r): _set(r, lambda d: d["category"] == "vin", format_cl=3000)
    def vintage_not_on_label(r): _set(r, lambda d: d["expect"] == "yes" and d["vintage"], vintage=1999)
    def also_dropped(r): _set(r, lambda d: d["also_ok"], also_ok=[])
    def almost_far(r):
        _set(r, lambda d: d["label"].startswith("RGE V15 ARGENCE 20"), beverage_id="UZS018", also_ok=["UZS019"])
    def units(r): _set(r, lambda d: d["units_per_sale"] == 0.1667, units_per_sale=0.16)
    def caisse_wide(r):
        _set(r, lambda d: d["connection"] == "caisse", label="RGE VRE DELEUZE ROCHETIN 22   5,00")
    def terrasse_caps(r): _set(r, lambda d: d["connection"] == "terrasse" and d["expect"] == "yes", label="ROSE/DELEUZE '24 VR")
    def salle_caps(r): _set(r, lambda d: d["connection"] == "salle" and d["expect"] == "none", label="BRANDADE DE MORUE")
    def none_with_id(r): _set(r, lambda d: d["expect"] == "none", beverage_id="UZS001")
    def duplicate(r): r.append(r[0])
    def half_on_bottle(r): _set(r, lambda d: "Demi-bouteille" in d["label"] and d["expect"] == "yes", beverage_id="UZS008")
    def draught_on_bottle(r): _set(r, lambda d: d["label"] == "BIE DEMI AFFLIGEM      3,50", beverage_id="UZS108")
    def family_colour(r): _set(r, lambda d: d["label"].startswith("ROS VRE DELEUZE 24"), beverage_id="UZS002", vintage=2024)
    def counts(r):
        for _ in range(20):
            i = _first(r, lambda d: d["expect"] == "none")
            del r[i]
    def wrong_expect(r): _set(r, lambda d: d["expect"] == "yes", expect="maybe")
    def unknown_id(r): _set(r, lambda d: d["expect"] == "yes", beverage_id="UZS999")
    L, C = "library", "cases"
    return [("broken JSON", C, bad_json), ("field order", L, field_order),
            ("id out of sequence", L, id_gap), ("colour on a spirit", L, colour_spirit),
            ("keg on a wine", L, keg_wine), ("vintage not on the label", C, vintage_not_on_label),
            ("also_ok dropped", C, also_dropped), ("almost not the nearest", C, almost_far),
            ("wrong units", C, units), ("caisse line too wide", C, caisse_wide),
            ("terrasse in capitals", C, terrasse_caps), ("salle in capitals", C, salle_caps),
            ("none with an id", C, none_with_id), ("duplicate label", C, duplicate),
            ("half-bottle label on a 75 cl entry", C, half_on_bottle),
            ("draught on a bottled beer", C, draught_on_bottle),
            ("rosé family on a red entry", C, family_colour), ("counts out of range", C, counts),
            ("unknown expect", C, wrong_expect), ("unknown id", C, unknown_id)]


def selftest():
    lib = os.path.join(HERE, "uzes_library.jsonl")
    cas = os.path.join(HERE, "uzes_cases.jsonl")
    errs, _, _, _ = check(lib, cas)
    ok = not errs
    print("clean files: %s" % ("pass" if ok else "FAIL %s" % errs[:3]))
    tmp = tempfile.mkdtemp()
    try:
        for name, which, fn in breaks():
            paths = {"library": os.path.join(tmp, "l.jsonl"), "cases": os.path.join(tmp, "c.jsonl")}
            shutil.copy(lib, paths["library"])
            shutil.copy(cas, paths["cases"])
            rows = _rows(paths[which])
            fn(rows)
            with open(paths[which], "w", encoding="utf-8") as fh:
                fh.write("\n".join(rows) + "\n")
            e, _, _, _ = check(paths["library"], paths["cases"])
            print("%-36s %s" % (name, ("caught: " + e[0])[:90] if e else "NOT CAUGHT"))
            ok = ok and bool(e)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, count, nl, nc = check(os.path.join(HERE, "uzes_library.jsonl"),
                                os.path.join(HERE, "uzes_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("library %d, cases %d" % (nl, nc))
    for conn in CONNS:
        print("  %-9s" % conn, " ".join("%s %d" % (e, count.get((conn, e), 0))
                                        for e in ("yes", "almost", "none")))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
