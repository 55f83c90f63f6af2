#!/usr/bin/env python3
"""Checks riviera_library.jsonl and riviera_cases.jsonl on their own (no build, no data
modules): JSON, field order, ids, colours and categories, each till's label form, the
vintage read back from the label, the format and units against the printed measure, the
yes / almost / also_ok rules of the bench README, and the counts.

    python3 check_riviera.py            # check the two files
    python3 check_riviera.py --selftest # break copies on purpose, show each break is caught
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_KEYS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
            "vintage", "format_cl"]
CASE_KEYS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "pda", "plage")

# measure -> (kind, cl): kind "wine" (a wine bottle of cl), "pour" (cl poured from the
# ordinary bottle), "size" (a non-wine bottle of cl), "draught" (cl from the keg),
# "dose" (cl of a spirit), None for the plain bottle
CAISSE_MEAS = {"1/2": ("wine", 37.5), "MAG": ("wine", 150), "JERO": ("wine", 300),
               "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
               "PICH50": ("pour", 50), "DOSE": ("dose", 4), "2CL": ("dose", 2),
               "DEMI": ("draught", 25), "PINTE": ("draught", 50), "25CL": ("size", 25),
               "33CL": ("size", 33), "50CL": ("size", 50), "70CL": ("size", 70),
               "1L": ("size", 100)}
PDA_MEAS = {"37.5": ("wine", 37.5), "mag": ("wine", 150), "jero": ("wine", 300),
            "vr": ("pour", 12.5), "vr15": ("pour", 15), "cp": ("pour", 12.5),
            "pich50": ("pour", 50), "dose": ("dose", 4), "2cl": ("dose", 2),
            "demi": ("draught", 25), "pinte": ("draught", 50), "25cl": ("size", 25),
            "33cl": ("size", 33), "50cl": ("size", 50), "70cl": ("size", 70), "1l": ("size", 100)}
PLAGE_MEAS = {"Bouteille": ("wine", 75), "Demi-bouteille": ("wine", 37.5),
              "Magnum": ("wine", 150), "Jéroboam": ("wine", 300), "Verre": ("pour", 12.5),
              "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5), "Pichet 50cl": ("pour", 50),
              "Dose": ("dose", 4), "Dose 2cl": ("dose", 2), "Demi": ("draught", 25),
              "Pinte": ("draught", 50), "Bouteille 25cl": ("size", 25),
              "Bouteille 33cl": ("size", 33), "Bouteille 50cl": ("size", 50),
              "Bouteille 70cl": ("size", 70), "Bouteille 1L": ("size", 100)}
CAISSE_FAM = {"RO": "rosé", "BL": "blanc", "RG": "rouge", "BU": "champagne", "AP": "aperitif",
              "SP": "spirit", "BI": "beer", "SO": "soft", "CU": None, "DV": None}
PLAGE_FAM = {"ROSÉS": "rosé", "BLANCS": "blanc", "ROUGES": "rouge", "CHAMPAGNES": "champagne",
             "APÉROS": "aperitif", "ALCOOLS": "spirit", "BIÈRES": "beer", "SOFTS": "soft",
             "SNACKING": None, "DIVERS": None}
WINE_FAMS = {"rosé", "blanc", "rouge", "champagne"}


def family_ok(fam, d):
    """Does the till's family agree with the library entry?"""
    if fam in ("rosé", "blanc", "rouge"):
        return d["category"] == "vin" and d["colour"] == fam
    if fam == "champagne":
        return d["category"] == "champagne"
    if fam == "aperitif":
        return d["category"] == "autre" or (d["category"] == "spiritueux" and d["appellation"]
                                             in ("Pastis", "Bitter", "Gentiane"))
    if fam == "spirit":
        return d["category"] == "spiritueux" and d["appellation"] not in ("Pastis", "Bitter",
                                                                           "Gentiane")
    if fam == "beer":
        return d["category"] == "bière"
    if fam == "soft":
        return d["category"] == "soft"
    return False


def parse(conn, label, err):
    """Returns (family, measure or None, vintage) read from the label, per the till's form."""
    if conn == "caisse":
        m = re.fullmatch(r"(RO|BL|RG|BU|AP|SP|BI|SO|CU|DV):([A-Z0-9 /.'-]*[A-Z0-9]) (\d+,\d\d)", label)
        if not m:
            err("caisse form (FF:TEXT price with a decimal comma, capitals)")
            return None, None, None
        body = m.group(1) + ":" + m.group(2)
        if len(body) > 20:
            err(f"caisse description longer than 20 columns ({len(body)})")
        fam = CAISSE_FAM[m.group(1)]
        toks = m.group(2).split(" ")
        meas = CAISSE_MEAS.get(toks[0])
        if fam is None and meas:
            err("caisse: a measure on a food or service line")
        vint = None
        if fam in WINE_FAMS and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        return fam, meas, vint
    if conn == "pda":
        if not re.fullmatch(r"[a-z0-9][a-z0-9 ./']*", label) or label != label.rstrip():
            err("pda form (lower-case ASCII)")
        if len(label) > 24:
            err(f"pda label longer than 24 columns ({len(label)})")
        if re.search(r"\d+,\d\d$", label):
            err("pda prints no price")
        toks = label.split(" ")
        meas = PDA_MEAS.get(toks[0]) if len(toks) > 1 else None
        m = re.search(r"'(\d\d)(?:\s|$)", label)
        return "?", meas, (2000 + int(m.group(1)) if m else None)
    if conn == "plage":
        f = label.split(" | ")
        if not f or f[0] not in PLAGE_FAM:
            err("plage: unknown family")
            return None, None, None
        fam = PLAGE_FAM[f[0]]
        want = 3 if fam is None else 4
        if len(f) != want or not re.fullmatch(r"\d+,\d\d €", f[-1]):
            err("plage form (FAMILLE | name | serving | 0,00 €)")
            return fam, None, None
        if len(f[1]) > 22:
            err(f"plage name longer than 22 characters ({len(f[1])})")
        meas = None
        if fam is not None:
            if f[2] not in PLAGE_MEAS:
                err(f"plage: unknown serving {f[2]!r}")
            meas = PLAGE_MEAS.get(f[2])
            if meas == ("wine", 75):
                meas = None
        last = f[1].split(" ")[-1]
        vint = int(last) if fam in WINE_FAMS and re.fullmatch(r"(19|20)\d\d", last) else None
        return fam, meas, vint
    err(f"unknown connection {conn!r}")
    return None, None, None


def check(lib_lines, case_lines):
    errors = []
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errors.append(f"library line {i}: not JSON")
            continue
        if list(d) != LIB_KEYS:
            errors.append(f"library line {i}: fields {list(d)}")
            continue
        if d["id"] != f"rv{i:03d}":
            errors.append(f"library line {i}: id {d['id']} out of sequence")
        if d["colour"] not in COLOURS or d["category"] not in CATEGORIES:
            errors.append(f"{d['id']}: colour/category {d['colour']}/{d['category']}")
        wine = d["category"] in ("vin", "champagne")
        if wine != (d["colour"] is not None):
            errors.append(f"{d['id']}: colour must be set exactly for wines")
        if d["vintage"] is not None and (not isinstance(d["vintage"], int) or not wine):
            errors.append(f"{d['id']}: vintage {d['vintage']}")
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errors.append(f"{d['id']}: format {d['format_cl']}")
        lib.append(d)
        byid[d["id"]] = d
    if not 110 <= len(lib) <= 130:
        errors.append(f"library: {len(lib)} drinks (110-130)")
    keys = {}
    for d in lib:
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in keys:
            errors.append(f"{d['id']}: duplicate of {keys[k]}")
        keys[k] = d["id"]

    def same_wine(d):
        return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"],
                                   e["format_cl"]) == (d["name"], d["producer"], d["appellation"],
                                                        d["colour"], d["format_cl"])]

    def formats_of(d):
        return sorted({e["format_cl"] for e in lib if (e["name"], e["producer"], e["appellation"],
                       e["colour"]) == (d["name"], d["producer"], d["appellation"], d["colour"])})

    cases, labels, counts = [], set(), {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errors.append(f"case line {i}: not JSON")
            continue
        if list(c) != CASE_KEYS:
            errors.append(f"case line {i}: fields {list(c)}")
            continue
        lab = c["label"]

        def err(msg, lab=lab):
            errors.append(f"{lab!r}: {msg}")

        if lab in labels:
            err("duplicate label")
        labels.add(lab)
        conn = c["connection"]
        counts[(conn, c["expect"])] = counts.get((conn, c["expect"]), 0) + 1
        fam, meas, vint = parse(conn, lab, err)
        if c["vintage"] != vint:
            err(f"vintage {c['vintage']} but the label reads {vint}")
        if not isinstance(c["note"], str) or not c["note"]:
            err("note")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("none must have beverage_id null, also_ok [] and units null")
            continue
        if c["expect"] not in ("yes", "almost"):
            err(f"expect {c['expect']}")
            continue
        d = byid.get(c["beverage_id"])
        if d is None or any(a not in byid for a in c["also_ok"]):
            err("unknown beverage_id / also_ok")
            continue
        if conn != "pda" and fam is not None and not family_ok(fam, d):
            err(f"till family {fam} does not fit {d['id']} ({d['category']}, {d['colour']})")
        wine = d["category"] in ("vin", "champagne")
        fmts = formats_of(d)
        units = 1
        kind, cl = meas if meas else (None, None)
        if wine:
            if kind in ("dose", "draught", "size"):
                err("a spirit/beer measure on a wine")
            elif kind == "pour":
                ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
                if d["format_cl"] != ordinary:
                    err(f"a pour refers to the ordinary bottle ({ordinary}), not {d['format_cl']}")
                units = round(cl / d["format_cl"], 4)
            else:
                want = cl if kind == "wine" else 75
                if d["format_cl"] != want:
                    err(f"format {d['format_cl']} but the label says {want}")
        else:
            if kind in ("wine",) or (kind == "pour" and cl != 12.5):
                err("a wine measure on a non-wine")
            if kind == "size" and d["format_cl"] != cl:
                err(f"bottle {cl} cl but entry is {d['format_cl']} cl")
            if kind == "draught":
                if d["format_cl"] < 2000:
                    err("a draught measure must come from a keg")
                units = round(cl / d["format_cl"], 4)
            if kind in ("dose", "pour"):
                if d["format_cl"] >= 2000:
                    err("a pour from a keg")
                units = round(cl / d["format_cl"], 4)
            if kind is None and len(fmts) != 1:
                err("bottle without size of a drink held in several sizes")
        if c["units_per_sale"] != units:
            err(f"units {c['units_per_sale']} but the measure gives {units}")
        group = same_wine(d)
        others = sorted(e["id"] for e in group if e is not d)
        if c["expect"] == "yes" and vint is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            err(f"also_ok {c['also_ok']} must be {others}")
        vints = [e["vintage"] for e in group]
        if c["expect"] == "yes":
            if vint is not None:
                if d["vintage"] != vint:
                    err(f"yes to {d['vintage']} but the label says {vint}")
            elif None not in vints and d["vintage"] != max(vints):
                err("without a vintage, the most recent entry")
        else:
            if vint is None or vint in vints or None in vints:
                err("almost needs a label vintage the wine lacks")
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if d["vintage"] != best:
                    err(f"almost must point to the nearest vintage {best}")
    n = len(cases) or sum(counts.values())
    if not 280 <= n <= 300:
        errors.append(f"{n} cases (280-300)")
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in counts.items() if x == e)
        if n and not lo <= 100 * k / n <= hi:
            errors.append(f"{e}: {100 * k / n:.1f} % outside {lo}-{hi} %")
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errors.append(f"till {t} has no {e} case")
    return errors, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    def find(pred):
        for i, line in enumerate(cases):
            if pred(json.loads(line)):
                return i
        raise LookupError

    def edit(pred, fn):
        def run(lb, cs):
            i = find(pred)
            c = json.loads(cs[i])
            fn(c)
            cs[i] = json.dumps(c, ensure_ascii=False)
        return run

    def first_almost_two(c):
        return c["expect"] == "almost" and c["also_ok"]

    def swap_almost(c):
        other = c["also_ok"][0]
        c["also_ok"] = [c["beverage_id"], *c["also_ok"][1:]]
        c["beverage_id"] = other

    def relabel_long(c):
        c["label"] = c["label"].replace("RO:", "RO:XXXXXXXXXXXXXXXXXXX", 1)

    breaks = {
        "almost pointed at the farther vintage": edit(
            lambda c: first_almost_two(c) and c["vintage"] in (2021, 2024), swap_almost),
        "a glass's units": edit(lambda c: c["label"].startswith("RO:VRE ") and c["expect"] == "yes",
                                lambda c: c.update(units_per_sale=0.16)),
        "a vintage": edit(lambda c: c["vintage"] == 2022 and c["connection"] == "pda",
                          lambda c: c.update(vintage=2023)),
        "a magnum pointed at the 75 cl entry": edit(
            lambda c: c["label"] == "RO:MAG WHISP ANGEL 2 " + c["label"].split(" ")[-1],
            lambda c: c.update(beverage_id="rv002", also_ok=["rv001"])),
        "a pint's units": edit(lambda c: c["label"].startswith("pinte 1664"),
                               lambda c: c.update(units_per_sale=0.0083)),
        "also_ok missing a vintage": edit(
            lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"],
            lambda c: c.update(also_ok=[])),
        "a yes on the other vintage": edit(
            lambda c: c["expect"] == "yes" and c["label"].startswith("RO:WHISP ANGEL 22"),
            lambda c: c.update(beverage_id="rv002")),
        "a none given a drink": edit(lambda c: c["expect"] == "none",
                                     lambda c: c.update(beverage_id="rv001")),
        "caisse description over 20 columns": edit(
            lambda c: c["label"].startswith("RO:") and c["expect"] == "none", relabel_long),
        "capitals on the handheld": edit(lambda c: c["connection"] == "pda",
                                         lambda c: c.update(label=c["label"].upper())),
        "a tablet price with a decimal point": edit(
            lambda c: c["connection"] == "plage",
            lambda c: c.update(label=c["label"].replace(",", ".", 1))),
        "a wrong family on the register": edit(
            lambda c: c["label"].startswith("BL:") and c["expect"] == "yes",
            lambda c: c.update(label="RG:" + c["label"][3:])),
    }

    def swap_fields(lb, cs):
        c = json.loads(cs[0])
        cs[0] = json.dumps({k: c[k] for k in ["expect", "label", *CASE_KEYS[2:]]},
                           ensure_ascii=False)

    def dup_label(lb, cs):
        cs.append(cs[5])

    def bad_json(lb, cs):
        cs[3] = cs[3][:-2]

    def bad_id(lb, cs):
        d = json.loads(lb[10])
        d["id"] = "rv099"
        lb[10] = json.dumps(d, ensure_ascii=False)

    def bad_colour(lb, cs):
        d = json.loads(lb[0])
        d["colour"] = "rose"
        lb[0] = json.dumps(d, ensure_ascii=False)

    def too_many_none(lb, cs):
        cs.extend(json.dumps({"label": f"DV:EXTRA {i} 1,00", "expect": "none", "beverage_id": None,
                              "also_ok": [], "vintage": None, "units_per_sale": None,
                              "note": "x", "connection": "caisse"}) for i in range(40))

    breaks.update({"field order": swap_fields, "duplicate label": dup_label,
                   "a line that is not JSON": bad_json, "an id out of sequence": bad_id,
                   "an unknown colour": bad_colour, "too many none cases": too_many_none})
    clean, _ = check(lib, cases)
    ok = not clean
    print(f"clean files: {'pass' if ok else 'FAIL ' + str(clean[:3])}")
    for name, fn in breaks.items():
        lb, cs = list(lib), list(cases)
        fn(lb, cs)
        errs, _ = check(lb, cs)
        caught = bool(errs)
        ok &= caught
        print(f"{'caught' if caught else 'MISSED'}: {name}: {errs[0] if errs else ''}")
    print(f"selftest: {len(breaks)} breaks, {'all caught' if ok else 'FAILED'}")
    return ok


def main():
    lib, cases = read("riviera_library.jsonl"), read("riviera_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errors, counts = check(lib, cases)
    for e in errors:
        print("ERROR", e)
    n = sum(counts.values())
    print(f"{len(lib)} drinks, {n} cases")
    for t in TILLS:
        print(f"  {t:7}", "  ".join(f"{e} {counts.get((t, e), 0)}" for e in ("yes", "almost", "none")))
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
