#!/usr/bin/env python3
"""Check the Angers blind set from its two jsonl files alone (stdlib only).

python3 check_angers.py            check angers_library.jsonl and angers_cases.jsonl
python3 check_angers.py --selftest break copies on purpose and show each break is reported
"""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "terrasse")
FAMS = {"RG": 1, "BL": 2, "RS": 3, "BU": 4, "CH": 4, "MX": 5, "SP": 6, "AP": 6, "BI": 7,
        "SF": 8, "CU": 9, "SV": 9}
# measure word -> (kind, value): kind 'fmt' = bottle of that size (None: the ordinary
# one), 'pour' = cl poured from the ordinary bottle, 'draught' = cl from the keg
CAISSE_M = {"BTL": ("fmt", None), "1/2": ("fmt", 37.5), "MAG": ("fmt", 150),
            "50CL": ("fmt", 50), "1L": ("fmt", 100), "VERRE": ("pour", 12.5),
            "COUPE": ("pour", 12.5), "PICH25": ("pour", 25), "PICH50": ("pour", 50),
            "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("draught", 25),
            "PINTE": ("draught", 50)}
SALLE_M = {"btl": ("fmt", None), "demi.btl": ("fmt", 37.5), "mag": ("fmt", 150),
           "btl.50cl": ("fmt", 50), "btl.1l": ("fmt", 100), "verre": ("pour", 12.5),
           "coupe": ("pour", 12.5), "pichet.25": ("pour", 25), "pichet.50": ("pour", 50),
           "dose": ("pour", 4), "dose.2cl": ("pour", 2), "demi": ("draught", 25),
           "pinte": ("draught", 50)}
TERR_M = {"Btl": ("fmt", None), "1/2 Btl": ("fmt", 37.5), "Magnum": ("fmt", 150),
          "Btl 50cl": ("fmt", 50), "Btl 1L": ("fmt", 100), "Verre": ("pour", 12.5),
          "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50),
          "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Demi": ("draught", 25),
          "Pinte": ("draught", 50)}


def fam_of(e):
    if e["category"] == "champagne":
        return "CH"
    if e["category"] == "vin":
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "effervescent": "BU",
                "liquoreux": "MX"}.get(e["colour"])
    return {"spiritueux": "SP", "autre": "AP", "bière": "BI", "soft": "SF"}.get(e["category"])


def parse_label(till, label, err):
    """(family or None, measure (kind, value) or None, vintage or None)."""
    if till == "caisse":
        if len(label) > 23 or label != label.rstrip():
            err("caisse label longer than 23 columns or with trailing blank: %r" % label)
        if not re.fullmatch(r"[A-Z]{2}:[A-Z0-9 /.]+", label):
            err("caisse label not FAM:CAPITALS ASCII: %r" % label)
            return None, None, None
        fam, rest = label.split(":", 1)
        if fam not in FAMS:
            err("caisse unknown family %r" % label)
        first = rest.split(" ")[0]
        meas = CAISSE_M.get(first)
        m = re.search(r" (\d\d)$", label)
        vint = 2000 + int(m.group(1)) if m else None
        return fam, meas, vint
    if till == "salle":
        m = re.fullmatch(r"([1-9])(\d{3}) ([a-z0-9.]+)", label)
        if not m:
            err("salle label not 'NNNN dotted.lower.words': %r" % label)
            return None, None, None
        digit, body = int(m.group(1)), m.group(3)
        meas = None
        for w in sorted(SALLE_M, key=len, reverse=True):
            if body.endswith("." + w):
                meas = SALLE_M[w]
                break
        v = re.search(r"\.((?:19|20)\d\d)(?:\.|$)", body)
        return digit, meas, int(v.group(1)) if v else None
    if till == "terrasse":
        m = re.fullmatch(r"(.+) (\d{1,3}),(\d\d)", label)
        if not m or m.group(3)[1] not in "05":
            err("terrasse label without a price 'NN,N0' or 'NN,N5' at the end: %r" % label)
            return None, None, None
        body = m.group(1)
        if "." in body.replace("0.0", ""):
            err("terrasse label with dots: %r" % label)
        meas = None
        for w in sorted(TERR_M, key=len, reverse=True):
            if body.endswith(" " + w):
                meas = TERR_M[w]
                break
        v = re.search(r" ((?:19|20)\d\d)(?: |$)", body)
        return None, meas, int(v.group(1)) if v else None
    err("unknown connection %r" % till)
    return None, None, None


def check(lib_lines, case_lines):
    errors = []

    def err(msg):
        errors.append(msg)

    lib, cases = [], []
    for i, ln in enumerate(lib_lines):
        try:
            e = json.loads(ln)
        except ValueError:
            err("library line %d: invalid JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            err("library line %d: fields %s" % (i + 1, list(e)))
            continue
        lib.append(e)
    for i, ln in enumerate(case_lines):
        try:
            c = json.loads(ln)
        except ValueError:
            err("cases line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            err("cases line %d: fields %s" % (i + 1, list(c)))
            continue
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        err("library holds %d drinks, not 110-130" % len(lib))
    if not 280 <= len(cases) <= 300:
        err("%d cases, not 280-300" % len(cases))
    byid = {}
    for i, e in enumerate(lib):
        if e["id"] != "ag%03d" % (i + 1):
            err("id %s out of sequence (expected ag%03d)" % (e["id"], i + 1))
        byid[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            err("%s: colour %r / category %r" % (e["id"], e["colour"], e["category"]))
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            err("%s: colour must be set for wines and null otherwise" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            err("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err("%s: format %r" % (e["id"], e["format_cl"]))
        if e["category"] == "bière" and e["format_cl"] >= 1000 and e["format_cl"] not in (2000, 3000):
            err("%s: keg must be 2000 or 3000 cl" % e["id"])
    seen_entry = set()
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen_entry:
            err("%s: duplicate entry" % e["id"])
        seen_entry.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def same_wine(e):
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]

    labels = set()
    counts = {}
    for c in cases:
        lab, till = c["label"], c["connection"]
        if lab in labels:
            err("duplicate label %r" % lab)
        labels.add(lab)
        if till not in TILLS:
            err("unknown connection %r" % till)
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            err("%r: expect %r" % (lab, c["expect"]))
            continue
        counts[(till, c["expect"])] = counts.get((till, c["expect"]), 0) + 1
        fam, meas, vint = parse_label(till, lab, err)
        if c["vintage"] != vint:
            err("%r: vintage %r, label reads %r" % (lab, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("%r: none must have null id, [] also_ok, null units" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if till == "caisse" and fam is not None and fam != fam_of(e) and not (fam == "RS" and e["colour"] == "rosé"):
            err("%r: family %s does not fit %s" % (lab, fam, e["id"]))
        if till == "salle" and fam is not None and fam != FAMS.get(fam_of(e)):
            err("%r: article family digit %s does not fit %s" % (lab, fam, e["id"]))
        if meas is None:
            if till == "caisse":
                meas = ("fmt", None)
            else:
                err("%r: no measure word" % lab)
                continue
        kind, val = meas
        forms = sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(e)})
        is_wine = e["category"] in ("vin", "champagne")
        if kind == "fmt":
            want = val if val is not None else (75 if is_wine else (forms[0] if len(forms) == 1 else None))
            units = 1
        elif kind == "pour":
            want = 75 if 75 in forms else (forms[0] if len(forms) == 1 else None)
            if val in (4, 2) and is_wine:
                err("%r: dose on a wine" % lab)
            units = round(val / want, 4) if want else None
        else:
            kegs = [f for f in forms if f >= 2000]
            want = kegs[0] if kegs and e["category"] == "bière" else None
            units = round(val / want, 4) if want else None
        if want is None or e["format_cl"] != want:
            err("%r: entry %s in %s cl, the label means %s" % (lab, e["id"], e["format_cl"], want))
        if c["units_per_sale"] != units:
            err("%r: units %r, the measure gives %r" % (lab, c["units_per_sale"], units))
        if isinstance(c["units_per_sale"], float) and round(c["units_per_sale"], 4) != c["units_per_sale"]:
            err("%r: units not to 4 decimals" % lab)
        sib = same_wine(e)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        if sorted(c["also_ok"]) != (others if (c["expect"] == "almost" or vint is None) else []):
            err("%r: also_ok %r, expected %r" % (lab, c["also_ok"], others if (c["expect"] == "almost" or vint is None) else []))
        vints = [x["vintage"] for x in sib]
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] is not None and e["vintage"] != vint:
                err("%r: yes on %s of %s, label says %s" % (lab, e["id"], e["vintage"], vint))
            if vint is None and e["vintage"] is not None and e["vintage"] != max(v for v in vints if v):
                err("%r: yes without vintage must be the most recent" % lab)
            if vint is not None and e["vintage"] is None and any(vints):
                err("%r: vintage on a non-vintage entry" % lab)
        else:
            if vint is None:
                err("%r: almost without a vintage on the label" % lab)
                continue
            if vint in vints:
                err("%r: almost but vintage %s is held" % (lab, vint))
            best = sorted(sib, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))[0]
            if best["id"] != e["id"]:
                err("%r: almost must point at the nearest vintage %s" % (lab, best["id"]))
    n = len(cases)
    for till in TILLS:
        for ex in ("yes", "almost", "none"):
            if not counts.get((till, ex)):
                err("till %s has no %s case" % (till, ex))
    if n:
        share = {ex: sum(counts.get((t, ex), 0) for t in TILLS) / n for ex in ("yes", "almost", "none")}
        if not (0.45 <= share["yes"] <= 0.52 and 0.12 <= share["almost"] <= 0.17 and 0.33 <= share["none"] <= 0.40):
            err("answer shares out of range: %r" % share)
    return errors, counts, len(lib), n


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [ln for ln in fh.read().split("\n") if ln]


def selftest():
    lib, cases = read("angers_library.jsonl"), read("angers_cases.jsonl")
    errs, _, _, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %r" % errs[:3]))
    ok = not errs
    C = [json.loads(x) for x in cases]
    L = [json.loads(x) for x in lib]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    breaks = []

    def brk(name, f, on_lib=False):
        c2, l2 = copy.deepcopy(C), copy.deepcopy(L)
        f(l2 if on_lib else c2)
        breaks.append((name, dumps(l2), dumps(c2)))

    def almost_far(cs):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"][0] = cs[i]["also_ok"][0], cs[i]["beverage_id"]
    brk("almost pointed at the farther vintage", almost_far)

    def glass_units(cs):
        cs[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("glass units 0.16 instead of 0.1667", glass_units)

    def wrong_vint(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"])
        cs[i]["vintage"] += 1
    brk("vintage field not the label's", wrong_vint)

    def mag75(cs):
        i = first(lambda c: c["expect"] == "yes" and c["label"].startswith("CH:MAG"))
        cs[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Brut Réserve" and e["format_cl"] == 75)
    brk("magnum pointed at the 75 cl entry", mag75)

    def pint(cs):
        cs[first(lambda c: c["label"].startswith("BI:PINTE"))]["units_per_sale"] = 0.0083
    brk("pinte with a demi's units", pint)

    def dup(cs):
        cs[1]["label"] = cs[0]["label"]
    brk("duplicate label", dup)

    def order(cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("case fields out of order", order)

    def idseq(ls):
        ls[5]["id"] = "ag099"
    brk("library id out of sequence", idseq, on_lib=True)

    def colour(ls):
        ls[0]["colour"] = "red"
    brk("invalid colour", colour, on_lib=True)

    def width(cs):
        i = first(lambda c: c["connection"] == "caisse" and len(c["label"]) == 23)
        cs[i]["label"] += "X"
    brk("caisse label wider than 23", width)

    def recent(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"][0] = cs[i]["also_ok"][0], cs[i]["beverage_id"]
    brk("yes without vintage not on the most recent", recent)

    def also(cs):
        cs[first(lambda c: c["expect"] == "almost" and c["also_ok"])]["also_ok"] = []
    brk("also_ok missing a vintage", also)

    def none_id(cs):
        cs[first(lambda c: c["expect"] == "none")]["beverage_id"] = "ag001"
    brk("none with a beverage_id", none_id)

    def price(cs):
        i = first(lambda c: c["connection"] == "terrasse")
        cs[i]["label"] = cs[i]["label"].rsplit(" ", 1)[0]
    brk("terrasse label without its price", price)

    def artfam(cs):
        i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes" and c["label"][0] == "1")
        cs[i]["label"] = "2" + cs[i]["label"][1:]
    brk("salle article number of the wrong family", artfam)

    def conn(cs):
        cs[0]["connection"] = "bar"
    brk("unknown connection", conn)

    def half(cs):
        i = first(lambda c: c["expect"] == "yes" and "1/2" in c["label"])
        e = next(x for x in L if x["id"] == cs[i]["beverage_id"])
        cs[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)
    brk("half bottle pointed at the 75 cl entry", half)

    for name, l2, c2 in breaks:
        errs, _, _, _ = check(l2, c2)
        print("%-45s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    c2 = list(cases)
    c2[3] = c2[3][:-2]
    errs, _, _, _ = check(lib, c2)
    print("%-45s %s" % ("truncated JSON line", ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
    ok = ok and bool(errs)
    print("selftest: %s (%d kinds of break)" % ("OK" if ok else "FAILED", len(breaks) + 1))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts, nl, nc = check(read("angers_library.jsonl"), read("angers_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("library %d drinks, %d cases" % (nl, nc))
    for t in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
              counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
