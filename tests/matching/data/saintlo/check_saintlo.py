#!/usr/bin/env python3
"""Check the Saint-Lô blind set from its two jsonl files alone (stdlib only).
python3 check_saintlo.py            -> checks saintlo_library.jsonl and saintlo_cases.jsonl
python3 check_saintlo.py --selftest -> breaks copies on purpose and shows each break is reported"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "pda", "export")

# measures: kind, volume (cl)
POUR = {"GLASS": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "DOSE": 4, "D2": 2}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
BOTTLE = {"BTL": 75, "HALF": 37.5, "MAG": 150, "C25": 25, "C275": 27.5, "C33": 33, "C50": 50, "C70": 70,
          "C75": 75, "C100": 100}
COMPTOIR_KEY = {"BTL": "BTL", "1/2": "HALF", "MAG": "MAG", "VR": "GLASS", "V12": "G12", "V15": "G15",
                "P25": "P25", "P50": "P50", "DOSE": "DOSE", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE",
                "25CL": "C25", "27CL": "C275", "33CL": "C33", "50CL": "C50", "70CL": "C70", "75CL": "C75",
                "1L": "C100"}
PDA_WORD = {"Bouteille": "BTL", "Demi-bouteille": "HALF", "Magnum": "MAG", "Verre": "GLASS",
            "Verre 12cl": "G12", "Verre 15cl": "G15", "Pichet 25cl": "P25", "Pichet 50cl": "P50",
            "Dose": "DOSE", "Dose 2cl": "D2", "Demi": "DEMI", "Pinte": "PINTE"}
PDA_SUFFIX = {"25cl": "C25", "27,5cl": "C275", "33cl": "C33", "50cl": "C50", "70cl": "C70", "75cl": "C75",
              "1L": "C100"}
EXPORT_CONT = {"75CL": "BTL", "37,5CL": "HALF", "150CL": "MAG", "VERRE": "GLASS", "VERRE 12CL": "G12",
               "VERRE 15CL": "G15", "PICHET 25CL": "P25", "PICHET 50CL": "P50", "DOSE 4CL": "DOSE",
               "DOSE 2CL": "D2", "DEMI 25CL": "DEMI", "PINTE 50CL": "PINTE", "25CL": "C25", "27,5CL": "C275",
               "33CL": "C33", "50CL": "C50", "70CL": "C70", "1L": "C100", "UNITE": "NONE"}
# register / staff abbreviations accepted as a shared word (label token -> words of the entry)
ABBR = {"cdr": {"cotes", "rhone"}, "cdp": {"chateauneuf"}, "bjls": {"beaujolais"}, "bl": {"blanc"},
        "rge": {"rouge"}, "st": {"saint"}, "gc": {"grand"}}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t]


def read_label(till, label, errs, where):
    """(measure, vintage) read back from a label by its till's habit, checking the till's form."""
    if till == "comptoir":
        if not re.fullmatch(r"[A-Z0-9 ./&]+", label):
            errs.append("%s: comptoir label not ASCII capitals: %r" % (where, label))
        name, measure = label, "NONE"
        if " /" in label:
            name, key = label.rsplit(" /", 1)
            if key not in COMPTOIR_KEY:
                errs.append("%s: unknown comptoir key %r" % (where, key))
                return None, None
            measure = COMPTOIR_KEY[key]
        if len(name) > 18:
            errs.append("%s: comptoir name over 18 columns: %r" % (where, label))
        m = re.search(r" (\d\d)$", name)
        return measure, (2000 + int(m.group(1)) if m and int(m.group(1)) <= 26 else None)
    if till == "pda":
        if len(label) > 38 or "…" in label[:-1]:
            errs.append("%s: pda line over 38 characters or ellipsis inside: %r" % (where, label))
        if label.upper() == label and re.search(r"[A-Za-z]{4}", label):
            errs.append("%s: pda label in capitals: %r" % (where, label))
        measure = "NONE"
        for w in sorted(PDA_WORD, key=len, reverse=True):
            if label.startswith(w + " "):
                measure = PDA_WORD[w]
                break
        else:
            for s, m in PDA_SUFFIX.items():
                if re.search(r" %s( (19|20)\d\d)?(…)?$" % re.escape(s), label):
                    measure = m
        vs = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", label)
        return measure, (int(vs[-1]) if vs else None)
    if till == "export":
        f = label.split(";")
        if len(f) != 4:
            errs.append("%s: export line without 4 fields: %r" % (where, label))
            return None, None
        art, des, mill, cont = f
        if not re.fullmatch(r"[1-9]\d{4}", art):
            errs.append("%s: export article code %r" % (where, art))
        if len(des) > 28 or des != des.upper() or not des:
            errs.append("%s: export designation not capitals within 28: %r" % (where, des))
        if mill and not re.fullmatch(r"(19|20)\d\d", mill):
            errs.append("%s: export vintage field %r" % (where, mill))
        if cont not in EXPORT_CONT:
            errs.append("%s: export container %r" % (where, cont))
            return None, None
        return EXPORT_CONT[cont], (int(mill) if mill else None)
    errs.append("%s: unknown connection %r" % (where, till))
    return None, None


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for name, text, rows, fields in (("library", lib_text, lib, LIB_FIELDS), ("cases", cases_text, cases, CASE_FIELDS)):
        for n, line in enumerate(text.splitlines(), 1):
            try:
                obj = json.loads(line)
            except ValueError:
                errs.append("%s line %d: not JSON" % (name, n))
                continue
            if list(obj) != fields:
                errs.append("%s line %d: fields %s" % (name, n, list(obj)))
            rows.append(obj)
    if errs:
        return errs
    # --- library
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks" % len(lib))
    byid, seen = {}, set()
    for n, d in enumerate(lib, 1):
        w = d["id"]
        if w != "sw%03d" % n:
            errs.append("library: id %s out of sequence (expected sw%03d)" % (w, n))
        byid[w] = d
        wine = d["category"] in ("vin", "champagne")
        if d["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (w, d["category"]))
        if wine != (d["colour"] is not None) or (wine and d["colour"] not in COLOURS):
            errs.append("%s: colour %r on %s" % (w, d["colour"], d["category"]))
        if d["vintage"] is not None and (not wine or not isinstance(d["vintage"], int)):
            errs.append("%s: vintage %r on %s" % (w, d["vintage"], d["category"]))
        f = d["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format %r" % (w, f))
        elif f >= 1000 and (d["category"] != "bière" or f not in (2000, 3000)):
            errs.append("%s: keg format %r on %s" % (w, f, d["category"]))
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["vintage"], f)
        if k in seen:
            errs.append("%s: same drink, vintage and format twice" % w)
        seen.add(k)
    groups = {}
    for d in lib:
        groups.setdefault((d["name"], d["producer"], d["appellation"], d["colour"]), []).append(d)

    def ordinary(d):
        fmts = sorted({x["format_cl"] for x in groups[(d["name"], d["producer"], d["appellation"], d["colour"])]
                       if x["format_cl"] < 1000})
        if 75 in fmts:
            return 75
        if d["colour"]:
            fmts = [f for f in fmts if f not in (37.5, 150)]
        return fmts[0] if len(fmts) == 1 else None

    # --- cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d (280-300 wanted)" % len(cases))
    labels = set()
    count = {}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c["label"])
        if c["label"] in labels:
            errs.append("%s: duplicate label" % where)
        labels.add(c["label"])
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%s: no note" % where)
        till, exp = c["connection"], c["expect"]
        count[(till, exp)] = count.get((till, exp), 0) + 1
        measure, vintage = read_label(till, c["label"], errs, where)
        if c["vintage"] != vintage:
            errs.append("%s: vintage field %r, label reads %r" % (where, c["vintage"], vintage))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % where)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if measure is None:
            continue
        f = d["format_cl"]
        # format against the measure, units against the printed measure
        if measure in DRAUGHT:
            want_f, units = (f if f >= 1000 else None), DRAUGHT[measure] / f
        elif measure in POUR:
            want_f, units = ordinary(d), POUR[measure] / f
        elif measure in BOTTLE:
            want_f, units = BOTTLE[measure], 1
        else:
            want_f, units = ordinary(d), 1
        if want_f != f:
            errs.append("%s: measure %s does not ask for the %s cl entry %s" % (where, measure, f, d["id"]))
        if c["units_per_sale"] != round(units, 4):
            errs.append("%s: units %r, measure gives %r" % (where, c["units_per_sale"], round(units, 4)))
        # vintage rules
        sib = {x["vintage"]: x["id"] for x in groups[(d["name"], d["producer"], d["appellation"], d["colour"])]
               if x["format_cl"] == f}
        held = sorted(v for v in sib if v is not None)
        also = sorted(c["also_ok"])
        if vintage is None:
            best = held[-1] if held else None
            if exp != "yes" or d["vintage"] != best or also != sorted(i for v, i in sib.items() if v != best):
                errs.append("%s: no vintage: yes on the most recent, others in also_ok" % where)
        elif vintage in sib:
            if exp != "yes" or d["vintage"] != vintage or also:
                errs.append("%s: vintage held: yes on it, also_ok empty" % where)
        else:
            best = min(held, key=lambda v: (abs(v - vintage), -v)) if held else None
            if exp != "almost" or d["vintage"] != best or also != sorted(i for v, i in sib.items() if v != best):
                errs.append("%s: vintage not held: almost on the nearest, others in also_ok" % where)
        # fairness: a shared word, stem or listed abbreviation
        lt = set(tokens(c["label"]))
        et = set(tokens(" ".join(x for x in (d["name"], d["producer"], d["appellation"] or "") if x)))
        ok = False
        for a in lt:
            for b in et:
                if (a == b and (len(a) >= 3 or a.isdigit())) or (min(len(a), len(b)) >= 3 and
                                                                 (a.startswith(b) or b.startswith(a))):
                    ok = True
            if ABBR.get(a, set()) & et:
                ok = True
        if not ok:
            errs.append("%s: shares no word with %s %s" % (where, d["id"], d["name"]))
    total = len(cases)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, e), v in count.items() if e == exp)
        if total and not lo <= 100 * k / total <= hi:
            errs.append("%s: %.1f %% (%d-%d wanted)" % (exp, 100 * k / total, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not count.get((t, exp)):
                errs.append("till %s has no %s" % (t, exp))
    return errs


def load():
    with open(os.path.join(HERE, "saintlo_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "saintlo_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def selftest():
    lib, cases = load()
    L = lib.splitlines()
    C = [json.loads(x) for x in cases.splitlines()]

    def dumps(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mutate_case(pred, fn):
        rows = [dict(c) for c in C]
        fn(rows[first(pred)], rows)
        return lib, dumps(rows)

    def lib_rows():
        return [json.loads(x) for x in L]

    breaks = []
    breaks.append(("non-JSON line|not JSON", lambda: (lib, cases + "{not json\n")))
    breaks.append(("fields out of order|fields [", lambda: (lib, cases.replace('{"label": ', '{"expect": "yes", "label": ', 1))))

    def id_gap():
        rows = lib_rows()
        rows[5]["id"] = "sw099"
        return dumps(rows), cases
    breaks.append(("library id out of sequence|out of sequence", id_gap))

    def colour_beer():
        rows = lib_rows()
        next(r for r in rows if r["category"] == "bière")["colour"] = "blanc"
        return dumps(rows), cases
    breaks.append(("colour on a beer|on bière", colour_beer))

    def keg_wine():
        rows = lib_rows()
        rows[0]["format_cl"] = 3000
        return dumps(rows), cases
    breaks.append(("a wine held as a keg|keg format", keg_wine))
    breaks.append(("glass units|units 0.16", lambda: mutate_case(lambda c: c["label"].endswith(" /VR") and c["expect"] == "yes",
                                                      lambda c, r: c.update(units_per_sale=0.16))))

    def farther(c, rows):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]
    breaks.append(("almost on the farther vintage|almost on the nearest",
                   lambda: mutate_case(lambda c: c["expect"] == "almost" and c["also_ok"], farther)))
    breaks.append(("none with an id|none with an answer", lambda: mutate_case(lambda c: c["expect"] == "none",
                                                          lambda c, r: c.update(beverage_id="sw001"))))
    breaks.append(("also_ok dropped|others in also_ok", lambda: mutate_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                                          lambda c, r: c.update(also_ok=[]))))
    breaks.append(("duplicate label|duplicate label",
                   lambda: mutate_case(lambda c: c["label"] == "CAFE", lambda c, r: c.update(label="DECA"))))
    breaks.append(("comptoir label in lower case|not ASCII capitals",
                   lambda: mutate_case(lambda c: c["connection"] == "comptoir",
                                       lambda c, r: c.update(label=c["label"].lower()))))
    breaks.append(("comptoir name over 18 columns|over 18 columns",
                   lambda: mutate_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "none",
                                       lambda c, r: c.update(label="CROQUE MONSIEUR JAMBON FROMAGE"))))
    breaks.append(("export line missing a field|without 4 fields",
                   lambda: mutate_case(lambda c: c["connection"] == "export",
                                       lambda c, r: c.update(label=c["label"].rsplit(";", 1)[0]))))
    breaks.append(("pda vintage field not the label's|label reads",
                   lambda: mutate_case(lambda c: c["connection"] == "pda" and c["vintage"],
                                       lambda c, r: c.update(vintage=c["vintage"] + 1))))
    breaks.append(("cut vintage put back in the field|label reads None",
                   lambda: mutate_case(lambda c: "cut off by the till" in c["note"],
                                       lambda c, r: c.update(vintage=int(c["note"].split("[")[1][:4])))))

    def half_as_bottle(c, rows):
        d = json.loads(L[int(c["beverage_id"][2:]) - 1])
        full = next(json.loads(x) for x in L if json.loads(x)["name"] == d["name"] and json.loads(x)["format_cl"] == 75)
        c["beverage_id"], c["also_ok"] = full["id"], []
    breaks.append(("half bottle answered with the 75 cl entry|does not ask for the 75",
                   lambda: mutate_case(lambda c: c["label"].startswith("Demi-bouteille") and c["expect"] == "yes",
                                       half_as_bottle)))

    def pint_bottle(c, rows):
        c["beverage_id"] = next(json.loads(x)["id"] for x in L if json.loads(x)["category"] == "bière"
                                and json.loads(x)["format_cl"] == 33)
    breaks.append(("draught pint answered with a bottled beer|does not ask for the 33",
                   lambda: mutate_case(lambda c: c["label"].endswith("/PINTE") and c["expect"] == "yes", pint_bottle)))
    breaks.append(("yes on another vintage|vintage held: yes on it",
                   lambda: mutate_case(lambda c: c["label"] == "FLEURIE MADONE 23 /VR",
                                       lambda c, r: c.update(beverage_id="sw001"))))
    breaks.append(("too few cases|280-300", lambda: (lib, "".join(l + "\n" for l in cases.splitlines()[:250]))))
    breaks.append(("a till without almost|has no almost",
                   lambda: (lib, "".join(l + "\n" for l in cases.splitlines()
                                         if not ('"almost"' in l and '"connection": "pda"' in l)))))
    breaks.append(("label sharing no word with its entry|shares no word",
                   lambda: mutate_case(lambda c: c["connection"] == "comptoir" and c["label"] == "COCA /33CL",
                                       lambda c, r: c.update(label="SODA /33CL"))))
    clean = check(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    bad = bool(clean)
    for spec, make in breaks:
        name, key = spec.split("|", 1)
        e = [x for x in check(*make()) if key in x]
        print("%-45s %s" % (name, ("reported: " + e[0])[:110] if e else "NOT REPORTED"))
        bad |= not e
    print("%d kinds of break, %s" % (len(breaks), "all reported" if not bad else "SOME NOT REPORTED"))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs = check(*load())
    for e in errs:
        print(e)
    lib, cases = load()
    rows = [json.loads(x) for x in cases.splitlines()] if not errs else []
    if not errs:
        print("OK: %d drinks, %d cases" % (len(lib.splitlines()), len(rows)))
        for t in TILLS:
            print("  %-9s" % t, {e: sum(1 for r in rows if r["connection"] == t and r["expect"] == e)
                                 for e in ("yes", "almost", "none")})
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
