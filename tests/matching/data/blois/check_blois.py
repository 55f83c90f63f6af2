#!/usr/bin/env python3
"""Check blois_library.jsonl and blois_cases.jsonl on their own (no build data read).
--selftest breaks copies on purpose and shows each break is reported."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "banquet")
FAMS = {"RGE", "BLC", "RSE", "LIQ", "BUL", "ALC", "APE", "BIE", "SFT", "EAU", "CUI", "CAF", "DIV"}
POUR = {"gl": 12.5, "gl12": 12, "gl15": 15, "flute": 12.5, "p25": 25, "p50": 50, "dose": 4, "dose2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
ABBR = {"vcp": "veuve", "kro": "kronenbourg", "ds": "demi", "mx": "moelleux", "rg": "rouge", "bc": "blanc",
        "rs": "rose", "vv": "vieilles", "ht": "haut", "tal": "taille", "blde": "blonde", "blc": "blanc",
        "rge": "rouge", "will": "williams", "glenf": "glenfiddich", "schw": "schweppes", "moel": "moelleux"}
STOP = {"vin", "de", "du", "la", "le", "les", "des", "et", "dom", "domaine", "cuvee", "btl", "verre", "bouteille",
        "dose", "demi", "pinte", "flute", "mill", "cl", "bt", "vr", "brut"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


# ------------------------------------------------------------ reading labels back
C_MEAS = {"BT": "btl", "1/2": "half", "MAG": "mag", "VR": "gl", "VR12": "gl12", "VR15": "gl15", "FLUTE": "flute",
          "P25": "p25", "P50": "p50", "DOSE": "dose", "DOSE2": "dose2", "DEMI": "demi", "PINTE": "pinte"}
S_MEAS = {"btl": "btl", "1/2 btl": "half", "magnum": "mag", "verre": "gl", "verre 12": "gl12", "verre 15": "gl15",
          "flûte": "flute", "pichet 25": "p25", "pichet 50": "p50", "dose": "dose", "dose 2cl": "dose2",
          "demi": "demi", "pinte": "pinte"}
B_MEAS = {"demi-bouteille 37,5 cl": "half", "magnum 150 cl": "mag", "verre": "gl", "verre 12 cl": "gl12",
          "verre 15 cl": "gl15", "flûte": "flute", "carafe 25 cl": "p25", "carafe 50 cl": "p50",
          "dose 4 cl": "dose", "dose 2 cl": "dose2", "pression 25 cl": "demi", "pression 50 cl": "pinte"}


def read(label, till):
    """-> (measure, vintage, name text, form error or None)"""
    if till == "comptoir":
        if not re.fullmatch(r"[A-Z0-9 ,./'!-]+ /[A-Z]{3}", label):
            return None, None, label, "comptoir: not ASCII capitals ending ' /FAM'"
        toks = label.split(" ")
        if toks[-1][1:] not in FAMS:
            return None, None, label, "comptoir: unknown family"
        body, meas = toks[:-1], None
        if body and (body[-1] in C_MEAS or re.fullmatch(r"\d+(,\d+)?CL", body[-1])):
            t = body.pop()
            meas = C_MEAS.get(t) or "b%g" % float(t[:-2].replace(",", "."))
        name = " ".join(body)
        if len(name) > 18:
            return meas, None, name, "comptoir: name field over 18 columns"
        m = re.search(r" (\d\d)$", name)
        v = (2000 + int(m.group(1)) if int(m.group(1)) < 50 else 1900 + int(m.group(1))) if m else None
        return meas, v, name, None
    if till == "salle":
        if label != label.lower() or ";" in label:
            return None, None, label, "salle: not lower case"
        parts = label.split(" +")
        meas = None
        if len(parts) > 1:
            t = parts[1]
            meas = S_MEAS.get(t) or ("b%g" % float(t[:-2].replace(",", ".")) if re.fullmatch(r"\d+(,\d+)?cl", t) else None)
        m = re.search(r" mill\.(\d\d)$", parts[0])
        if re.search(r"\b(19|20)\d\d\b", parts[0]):
            return meas, None, parts[0], "salle: four-digit year"
        return meas, (2000 + int(m.group(1)) if m else None), parts[0], None
    f = label.split(";")
    if len(f) != 5 or not re.fullmatch(r"\d+", f[0]) or not re.fullmatch(r"[A-Z]{3}-\d{4}", f[1]) \
            or not re.fullmatch(r"\d+,\d\d", f[4]):
        return None, None, label, "banquet: not qty;REF-0000;designation;cond;price"
    cond = f[3]
    if cond == "forfait":
        meas = None
    elif cond in B_MEAS:
        meas = B_MEAS[cond]
    else:
        m = re.fullmatch(r"bouteille (\d+(?:,\d+)?) cl", cond)
        if not m:
            return None, None, label, "banquet: unknown cond."
        meas = "b%g" % float(m.group(1).replace(",", "."))
    m = re.search(r" – (\d{4})$", f[2])
    return meas, (int(m.group(1)) if m else None), f[2], None


def shares_word(name, e):
    lt = [t for t in re.split(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])", fold(name)) if t and t not in STOP]
    et = [t for t in re.split(r"[^a-z0-9]+", fold(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
          if t and t not in STOP]
    for t in lt:
        t2 = ABBR.get(t, t)
        for u in et:
            if t2 == u or (len(t2) >= 3 and u.startswith(t2)) or (len(u) >= 4 and t2.startswith(u)):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("library line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != LIB_FIELDS:
            E("library line %d: fields out of order" % (i + 1))
        lib.append(o)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks, not 110-130" % len(lib))
    seen = set()
    for i, e in enumerate(lib):
        if e.get("id") != "bl%03d" % (i + 1):
            E("library: id %s out of sequence at %d" % (e.get("id"), i + 1))
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            E("%s: bad colour/category" % e.get("id"))
        if e.get("category") in ("spiritueux", "bière", "soft", "autre") and e.get("colour") is not None:
            E("%s: colour on a %s" % (e.get("id"), e.get("category")))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            E("%s: wine without colour" % e.get("id"))
        if (e.get("format_cl") or 0) >= 2000 and e.get("category") != "bière":
            E("%s: keg format on a non-beer" % e.get("id"))
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            E("%s: duplicate drink" % e.get("id"))
        seen.add(k)
    by_id = {e.get("id"): e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = {}
    for e in lib:
        groups.setdefault((*wine(e), float(e["format_cl"])), []).append(e)

    def ordinary(e):
        fm = sorted({float(x["format_cl"]) for x in lib if wine(x) == wine(e)})
        if 75.0 in fm:
            return 75.0
        rest = [f for f in fm if f not in (37.5, 150.0)]
        return rest[0] if len(rest) == 1 else None

    cases = []
    for i, line in enumerate(case_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("case line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != CASE_FIELDS:
            E("case line %d: fields out of order" % (i + 1))
        cases.append(o)
    if not 280 <= len(cases) <= 300:
        E("cases: %d, not 280-300" % len(cases))
    labels = [c.get("label") for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        E("duplicate label %r" % l)
    count = {}
    for c in cases:
        lab, exp, bid, also, vin, units, till = (c.get(k) for k in
                                                 ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "connection"))
        if till not in TILLS or exp not in ("yes", "almost", "none"):
            E("%r: bad connection/expect" % lab)
            continue
        count[(till, exp)] = count.get((till, exp), 0) + 1
        meas, rv, name, ferr = read(lab, till)
        if ferr:
            E("%r: %s" % (lab, ferr))
            continue
        if rv != vin:
            E("%r: vintage %s but the label reads %s" % (lab, vin, rv))
        if "cut off by the till" in (c.get("note") or ""):
            if till != "comptoir" or len(name) != 18 or rv is not None:
                E("%r: cut-off note on a label not cut at 18 columns" % lab)
        if not c.get("note"):
            E("%r: no note" % lab)
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                E("%r: none with an id, also_ok or units" % lab)
            continue
        e = by_id.get(bid)
        if e is None:
            E("%r: unknown beverage_id %s" % (lab, bid))
            continue
        if not shares_word(name, e):
            E("%r: shares no word with %s" % (lab, bid))
        fmt = float(e["format_cl"])
        # measure against the entry and the units
        if meas is None:
            E("%r: a drink answer without a measure" % lab)
            continue
        if meas in POUR:
            want = round(POUR[meas] / fmt, 4)
            if e["category"] in ("bière", "soft"):
                E("%r: a pour of a beer or soft" % lab)
            if ordinary(e) != fmt:
                E("%r: a pour not from the ordinary bottle" % lab)
        elif meas in DRAUGHT:
            want = round(DRAUGHT[meas] / fmt, 4)
            if e["category"] != "bière" or fmt < 2000:
                E("%r: draught not from a keg" % lab)
        else:
            want = 1
            bf = {"half": 37.5, "mag": 150.0}.get(meas)
            if meas == "btl":
                bf = 75.0 if e["category"] in ("vin", "champagne") else fmt
                if e["category"] not in ("vin", "champagne") and len({float(x["format_cl"]) for x in lib if wine(x) == wine(e)}) > 1:
                    E("%r: bare bottle of a drink with several sizes" % lab)
            elif bf is None:
                bf = float(meas[1:])
            if bf != fmt:
                E("%r: bottle of %s cl answered with a %s cl entry" % (lab, bf, fmt))
        if units != want:
            E("%r: units %s, the measure says %s" % (lab, units, want))
        grp = groups[(*wine(e), fmt)]
        others = sorted(x["id"] for x in grp if x["id"] != bid)
        vins = [x["vintage"] for x in grp]
        if not (exp == "yes" and vin is not None) and sorted(also) != others:
            E("%r: also_ok %s, other vintages are %s" % (lab, also, others))
        if exp == "yes":
            if vin is not None:
                if e["vintage"] != vin:
                    E("%r: yes on vintage %s, label says %s" % (lab, e["vintage"], vin))
                if also:
                    E("%r: also_ok on an exact yes" % lab)
            elif e["vintage"] != max(vins, key=lambda v: v or 0):
                E("%r: yes without vintage not on the most recent" % lab)
        else:
            if vin is None or vin in vins:
                E("%r: almost but the label vintage is held or absent" % lab)
            else:
                best = min(vins, key=lambda v: (abs(v - vin), -v))
                if e["vintage"] != best:
                    E("%r: almost on %s, nearest is %s" % (lab, e["vintage"], best))
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * sum(v for (t, x), v in count.items() if x == exp) / n
        if not lo <= p <= hi:
            E("%s: %.1f %% not in %d-%d %%" % (exp, p, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not count.get((t, x)):
                E("till %s has no %s" % (t, x))
    return errs, count


def load():
    with open(os.path.join(HERE, "blois_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "blois_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files pass")

    def edit_case(pred, fn):
        out, done = [], False
        for l in cases:
            o = json.loads(l)
            if not done and pred(o):
                fn(o)
                done = True
            out.append(json.dumps(o, ensure_ascii=False))
        assert done
        return out

    def edit_lib(pred, fn):
        out, done = [], False
        for l in lib:
            o = json.loads(l)
            if not done and pred(o):
                fn(o)
                done = True
            out.append(json.dumps(o, ensure_ascii=False))
        return out

    def swap_fields(o):
        items = list(o.items())
        items[1], items[2] = items[2], items[1]
        o.clear()
        o.update(items)

    def set_(**kw):
        return lambda o: o.update(kw)

    def glass(o):
        return o["expect"] == "yes" and o["units_per_sale"] not in (1, None) and o["label"].endswith("VR /RGE")
    def almost2(o):
        return o["expect"] == "almost" and len(o["also_ok"]) == 1
    def multi_yes(o):
        return o["expect"] == "yes" and o["also_ok"]
    def half(o):
        return o["expect"] == "yes" and "1/2 btl" in o["label"]
    by_lab = {json.loads(l)["label"]: json.loads(l) for l in cases}
    lib_by = {json.loads(l)["id"]: json.loads(l) for l in lib}

    def to_75(o):
        e = lib_by[o["beverage_id"]]
        for x in lib_by.values():
            if (x["name"], x["producer"], x["format_cl"]) == (e["name"], e["producer"], 75):
                o["beverage_id"] = x["id"]
                o["also_ok"] = []
                return

    breaks = [
        ("invalid JSON", lib, [*cases[:5], "{not json", *cases[5:]]),
        ("case fields out of order", lib, edit_case(lambda o: True, swap_fields)),
        ("library id out of sequence", edit_lib(lambda o: o["id"] == "bl010", set_(id="bl099")), cases),
        ("colour on a beer", edit_lib(lambda o: o["category"] == "bière", set_(colour="blanc")), cases),
        ("glass units", lib, edit_case(glass, set_(units_per_sale=0.16))),
        ("almost on the farther vintage", lib, edit_case(almost2, lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[o["beverage_id"]]))),
        ("none with an id", lib, edit_case(lambda o: o["expect"] == "none", set_(beverage_id="bl001"))),
        ("also_ok dropped", lib, edit_case(multi_yes, set_(also_ok=[]))),
        ("duplicate label", lib, [*cases, cases[3]]),
        ("half answered with the 75 cl entry", lib, edit_case(half, to_75)),
        ("vintage not on the label", lib, edit_case(lambda o: o["vintage"] is None and o["expect"] == "yes", set_(vintage=2020))),
        ("comptoir label in lower case", lib, edit_case(lambda o: o["connection"] == "comptoir", lambda o: o.update(label=o["label"].lower()))),
        ("banquet line without price", lib, edit_case(lambda o: o["connection"] == "banquet", lambda o: o.update(label=o["label"].rsplit(";", 1)[0]))),
        ("comptoir name over 18 columns", lib, edit_case(lambda o: o["label"] == "CHOISILLES 21 VR /BLC", set_(label="LES CHOISILLES CHIDAINE 21 VR /BLC"))),
        ("label sharing no word", lib, edit_case(lambda o: o["label"] == "CHOISILLES 21 VR /BLC", set_(label="MAISON XY 21 VR /BLC"))),
        ("draught on a bottled beer", lib, edit_case(lambda o: o["label"] == "LEFFE BLDE BT /BIE", set_(label="LEFFE BLDE DEMI /BIE"))),
        ("a till without almost", lib, [l for l in cases if not (json.loads(l)["connection"] == "salle" and json.loads(l)["expect"] == "almost")]),
        ("too few cases", lib, cases[:250]),
        ("cut-off note on an uncut label", lib, edit_case(lambda o: o["label"] == "CHOISILLES 21 VR /BLC", lambda o: o.update(note=o["note"] + " [2021 cut off by the till]"))),
        ("yes without vintage not on the most recent", lib, edit_case(multi_yes, lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[o["beverage_id"]]))),
    ]
    assert by_lab  # labels parsed
    bad = 0
    for what, l2, c2 in breaks:
        errs, _ = check(l2, c2)
        ok = bool(errs)
        bad += not ok
        print("%-45s %s  %s" % (what, "reported" if ok else "NOT REPORTED", (errs[0] if errs else "")[:90]))
    if bad:
        sys.exit("selftest: %d breaks not reported" % bad)
    print("selftest: %d kinds of break, all reported" % len(breaks))


def main():
    if "--selftest" in sys.argv:
        selftest()
        return
    lib, cases = load()
    errs, count = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    tot = sum(count.values())
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (t, count.get((t, "yes"), 0), count.get((t, "almost"), 0), count.get((t, "none"), 0)))
    print("%d drinks, %d cases" % (len(lib), tot))
    if errs:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
