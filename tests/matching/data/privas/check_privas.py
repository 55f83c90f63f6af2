"""Check the Privas blind set from its two jsonl files alone.

python3 check_privas.py             check privas_library.jsonl and privas_cases.jsonl
python3 check_privas.py --selftest  break copies on purpose and show each break is reported"""
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNECTIONS = ("caisse", "salle", "export")
POUR = {"GLASS": 12.5, "GLASS15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DOSE": 4,
        "D2": 2, "D4": 4, "DRAUGHT25": 25, "DRAUGHT50": 50}
SIZE = {"HALF": 37.5, "MAG": 150}

CAISSE_CODES = {"": "BTL", "VRE": "GLASS", "V15": "GLASS15", "P25": "P25", "P50": "P50",
                "CP": "CP", "DOSE": "DOSE", "2CL": "D2", "4CL": "D4", "DEMI": "DEMI?",
                "PINTE": "DRAUGHT50", "MAG": "MAG", "25CL": "S25", "33CL": "S33",
                "50CL": "S50", "75CL": "S75", "1L": "S100"}
SALLE_WORDS = {"Bouteille": "BTL", "Demi-bouteille": "HALF", "Magnum": "MAG",
               "Verre": "GLASS", "Verre 15cl": "GLASS15", "Pichet 25cl": "P25",
               "Pichet 50cl": "P50", "Coupe": "CP", "Dose": "DOSE", "Dose 2cl": "D2",
               "Dose 4cl": "D4", "Demi": "DRAUGHT25", "Pinte": "DRAUGHT50", "25cl": "S25",
               "33cl": "S33", "50cl": "S50", "75cl": "S75", "1L": "S100", "": "NONE"}
EXPORT_CONDS = {"VR": "GLASS", "VR15": "GLASS15", "PI25": "P25", "PI50": "P50", "CP": "CP",
                "DO": "DOSE", "DO2": "D2", "DO4": "D4", "PR25": "DRAUGHT25",
                "PR50": "DRAUGHT50", "UN": "NONE"}
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "PRESSION", "BIERES",
            "APERITIFS", "DIGESTIFS", "SOFTS", "CUISINE", "CAFE", "DIVERS"}
STOP = {"de", "du", "la", "le", "les", "des", "d", "l", "et", "au", "aux", "a", "st", "ste",
        "dom", "domaine", "vin", "vins", "rouge", "blanc", "rose", "bouteille", "verre"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t and t not in STOP]


def shares_word(text, entry):
    mine = [t for t in tokens(text) if len(t) >= 3 or t.isdigit()]
    theirs = [t for t in tokens(" ".join(str(entry[k] or "") for k in
                                         ("name", "producer", "appellation"))) if len(t) >= 3]
    for a in mine:
        for b in theirs:
            if a == b or (len(a) >= 4 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b)):
                return True
            if len(b) >= 3 and b in a and not a.isdigit():  # glued: GRANIT30, PASTIS51
                return True
    return False


def parse(label, conn):
    """Returns (errors, vintage, measure, text) for one label of one till."""
    errs = []
    if conn == "caisse":
        m = re.fullmatch(r"([A-Z0-9 .&]+?)(?:/([A-Z0-9]+))?", label)
        if not m:
            return ["caisse label not ASCII capitals: %r" % label], None, None, label
        desc, code = m.group(1), m.group(2) or ""
        if len(desc) > 18:
            errs.append("caisse description over 18 columns: %r" % label)
        if desc != desc.strip() or "  " in desc:
            errs.append("caisse description badly spaced: %r" % label)
        if code not in CAISSE_CODES:
            errs.append("caisse unknown key %r: %r" % (code, label))
        toks = desc.split()
        v = None
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            v = 2000 + n if n <= 50 else 1900 + n
        return errs, v, CAISSE_CODES.get(code), desc
    if conn == "salle":
        body, sep, word = label.rpartition(" - ")
        if not sep:
            body, word = label, ""
        if not re.search(r"[a-zà-ÿ]", body):
            errs.append("salle label without lower case: %r" % label)
        if word not in SALLE_WORDS:
            errs.append("salle unknown measure %r: %r" % (word, label))
        ys = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", body)
        if len(ys) > 1:
            errs.append("salle label with two years: %r" % label)
        return errs, (int(ys[-1]) if ys else None), SALLE_WORDS.get(word), body
    if conn == "export":
        f = label.split(";")
        if len(f) != 6:
            return ["export line without 6 fields: %r" % label], None, None, label
        plu, fam, lib, vin, cond, price = f
        if not re.fullmatch(r"\d{4}", plu):
            errs.append("export PLU not 4 digits: %r" % label)
        if fam not in FAMILIES:
            errs.append("export unknown family: %r" % label)
        if len(lib) > 24 or not re.fullmatch(r"[A-Z0-9 ]+", lib) or lib != lib.strip():
            errs.append("export libelle not <=24 ASCII capitals: %r" % label)
        if vin and not re.fullmatch(r"(19|20)\d\d", vin):
            errs.append("export bad vintage field: %r" % label)
        if not re.fullmatch(r"\d+,\d\d", price):
            errs.append("export bad price: %r" % label)
        mm = re.fullmatch(r"BT(\d+(?:,5)?)", cond)
        if mm:
            meas = "BT:" + mm.group(1).replace(",", ".")
        elif cond in EXPORT_CONDS:
            meas = EXPORT_CONDS[cond]
        else:
            errs.append("export unknown conditionnement: %r" % label)
            meas = None
        if fam in ("CUISINE", "CAFE", "DIVERS") and cond != "UN":
            errs.append("export food/service with a packing: %r" % label)
        return errs, (int(vin) if vin else None), meas, lib
    return ["unknown connection %r" % conn], None, None, label


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(obj) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i, list(obj)))
        lib.append(obj)
    for i, line in enumerate(case_lines, 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % i)
            continue
        if list(obj) != CASE_FIELDS:
            errs.append("cases line %d: field order %s" % (i, list(obj)))
        cases.append(obj)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    byid = {}
    for n, d in enumerate(lib, 1):
        if d.get("id") != "pi%03d" % n:
            errs.append("id %r out of sequence (expected pi%03d)" % (d.get("id"), n))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: bad category %r" % (d.get("id"), cat))
        if col not in COLOURS:
            errs.append("%s: bad colour %r" % (d.get("id"), col))
        if cat in ("vin", "champagne") and col is None:
            errs.append("%s: wine without colour" % d.get("id"))
        if cat not in ("vin", "champagne") and col is not None:
            errs.append("%s: colour on a non-wine" % d.get("id"))
        if not (d.get("vintage") is None or isinstance(d.get("vintage"), int)):
            errs.append("%s: bad vintage" % d.get("id"))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: bad format" % d.get("id"))
        elif f >= 2000 and cat != "bière":
            errs.append("%s: keg format on a non-beer" % d.get("id"))
    # groups: the same wine = name, producer, appellation, colour, format
    groups, formats = {}, {}
    for d in lib:
        k = (d["name"], d["producer"], d["appellation"], d["colour"])
        groups.setdefault((*k, d["format_cl"]), []).append(d)
        formats.setdefault(k, set()).add(d["format_cl"])
    seen = set()
    tab = {c: {"yes": 0, "almost": 0, "none": 0} for c in CONNECTIONS}
    for c in cases:
        lab, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "case %r" % lab
        if lab in seen:
            errs.append("duplicate label %r" % lab)
        seen.add(lab)
        if conn not in CONNECTIONS:
            errs.append("%s: unknown connection %r" % (where, conn))
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: bad expect %r" % (where, exp))
            continue
        tab[conn][exp] += 1
        perrs, lv, meas, text = parse(lab, conn)
        errs += perrs
        if perrs:
            continue
        if c["vintage"] != lv:
            errs.append("%s: vintage %r but the label reads %r" % (where, c["vintage"], lv))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % where)
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if not shares_word(text, d):
            errs.append("%s: shares no word with %s" % (where, d["name"]))
        k = (d["name"], d["producer"], d["appellation"], d["colour"])
        fmt = d["format_cl"]
        fmts = formats[k]
        bottles = sorted(f for f in fmts if f < 2000)
        wine = d["category"] in ("vin", "champagne")
        if wine:
            ordinary = 75 if 75 in fmts else ([f for f in bottles if f not in (37.5, 150)] or [None])[0]
        else:
            ordinary = bottles[0] if len(bottles) == 1 else None
        if meas == "DEMI?":
            meas = "DRAUGHT25" if d["category"] == "bière" else "HALF"
        want_units = 1
        if meas == "NONE" or meas is None:
            errs.append("%s: a drink answer on a label without measure" % where)
            continue
        if meas.startswith("BT:"):
            want = float(meas[3:])
        elif meas == "BTL":
            want = ordinary
        elif meas in SIZE:
            want = SIZE[meas]
        elif meas.startswith("S"):
            want = float(meas[1:])
        elif meas.startswith("DRAUGHT"):
            want = fmt if fmt >= 2000 else "a keg"
            want_units = round(POUR[meas] / fmt, 4)
        else:
            want = ordinary
            want_units = round(POUR[meas] / fmt, 4)
        if want != fmt:
            errs.append("%s: label means format %s, entry %s is %s cl" % (where, want, d["id"], fmt))
        if c["units_per_sale"] != want_units:
            errs.append("%s: units %r, expected %r" % (where, c["units_per_sale"], want_units))
        grp = sorted(groups[(*k, fmt)], key=lambda e: e["vintage"] or 0)
        vints = [e["vintage"] for e in grp]
        others = sorted(e["id"] for e in grp if e["id"] != d["id"])
        if exp == "yes":
            if lv is not None and vints != [None]:
                if d["vintage"] != lv:
                    errs.append("%s: yes on vintage %s, label says %s" % (where, d["vintage"], lv))
                if c["also_ok"]:
                    errs.append("%s: also_ok on a vintage-exact yes" % where)
            else:
                if d is not grp[-1]:
                    errs.append("%s: yes without vintage not on the most recent" % where)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok %s, expected %s" % (where, c["also_ok"], others))
        else:
            if lv is None or lv in vints or vints == [None]:
                errs.append("%s: almost but the label vintage %r is held / absent" % (where, lv))
                continue
            best = min(vints, key=lambda v: (abs(v - lv), -v))
            if d["vintage"] != best:
                errs.append("%s: almost on %s, nearest is %s" % (where, d["vintage"], best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok %s, expected %s" % (where, c["also_ok"], others))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases, not 280-300" % n)
    if n:
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(t[e] for t in tab.values())
            if not lo <= 100.0 * k / n <= hi:
                errs.append("%s is %.1f %% of the cases, not %d-%d %%" % (e, 100.0 * k / n, lo, hi))
    for conn, t in tab.items():
        for e, k in t.items():
            if k == 0:
                errs.append("till %s has no %s case" % (conn, e))
    return errs, tab


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib, cases = read("privas_library.jsonl"), read("privas_cases.jsonl")
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    J = [json.loads(l) for l in cases]
    def dump(o):
        return json.dumps(o, ensure_ascii=False)

    def first(pred):
        return next(i for i, c in enumerate(J) if pred(c))

    def edit_case(pred, fn):
        out = list(cases)
        i = first(pred)
        o = json.loads(out[i])
        fn(o)
        out[i] = dump(o)
        return lib, out

    def edit_lib(i, fn):
        out = list(lib)
        o = json.loads(out[i])
        fn(o)
        out[i] = dump(o)
        return out, cases

    def reorder(o):
        o2 = {"name": o["name"], "id": o["id"]}
        o2.update({k: v for k, v in o.items() if k not in o2})
        o.clear()
        o.update(o2)

    byid = {json.loads(l)["id"]: json.loads(l) for l in lib}
    breaks = [
        ("broken JSON", (lib, [*cases[:5], '{"label": "X",', *cases[6:]])),
        ("library field order", edit_lib(3, reorder)),
        ("id gap", (lib[:10] + lib[11:], cases)),
        ("bad colour", edit_lib(0, lambda o: o.update(colour="red"))),
        ("duplicate label", (lib, [*cases, cases[0]])),
        ("vintage not on the label", edit_case(lambda c: c["vintage"] is None and c["expect"] == "none",
                                               lambda o: o.update(vintage=2019))),
        ("almost on the farther vintage",
         edit_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                   lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[o["beverage_id"]]))),
        ("also_ok dropped", edit_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                      lambda o: o.update(also_ok=[]))),
        ("also_ok on a vintage-exact yes",
         edit_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["label"].startswith("GALLETY R 20"),
                   lambda o: o.update(also_ok=["pi001"]))),
        ("wrong units", edit_case(lambda c: c["units_per_sale"] not in (None, 1),
                                  lambda o: o.update(units_per_sale=0.2))),
        ("magnum pointed at the 75 cl entry",
         edit_case(lambda c: c["label"] == "Gallety rouge 2019 - Magnum",
                   lambda o: o.update(beverage_id="pi001"))),
        ("none with an id", edit_case(lambda c: c["expect"] == "none",
                                      lambda o: o.update(beverage_id="pi001"))),
        ("unknown till", edit_case(lambda c: True, lambda o: o.update(connection="bar"))),
        ("caisse over 18 columns", edit_case(lambda c: c["connection"] == "caisse" and c["expect"] == "none",
                                             lambda o: o.update(label=o["label"].replace("/", " XXXXXXXXXXXX/", 1)))),
        ("caisse in lower case", edit_case(lambda c: c["connection"] == "caisse",
                                           lambda o: o.update(label=o["label"].lower()))),
        ("salle without lower case", edit_case(lambda c: c["connection"] == "salle",
                                               lambda o: o.update(label=o["label"].upper()))),
        ("export with 5 fields", edit_case(lambda c: c["connection"] == "export",
                                           lambda o: o.update(label=o["label"].rsplit(";", 1)[0]))),
        ("counts out of range", (lib, [l for l in cases if json.loads(l)["expect"] != "almost"])),
        ("pinte pointed at a bottled beer",
         edit_case(lambda c: c["label"] == "1664/PINTE",
                   lambda o: o.update(beverage_id=next(k for k, v in byid.items()
                                                   if v["name"] == "1664" and v["format_cl"] == 25)))),
        ("yes on another vintage",
         edit_case(lambda c: c["label"] == "ST JO GRIPA 19", lambda o: o.update(beverage_id="pi012"))),
        ("answer sharing no word",
         edit_case(lambda c: c["label"] == "COCA/33CL",
                   lambda o: o.update(beverage_id=next(k for k, v in byid.items() if v["name"] == "Perrier")))),
    ]
    ok = True
    for name, (l2, c2) in breaks:
        e, _ = check(l2, c2)
        print("%-36s %s" % (name, ("reported: " + e[0])[:110] if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest:", "pass (%d kinds of break)" % len(breaks) if ok else "FAIL")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, tab = check(read("privas_library.jsonl"), read("privas_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    tot = {e: sum(t[e] for t in tab.values()) for e in ("yes", "almost", "none")}
    for conn, t in tab.items():
        print("%-7s yes %3d  almost %3d  none %3d  total %3d" % (conn, t["yes"], t["almost"], t["none"], sum(t.values())))
    print("total   yes %3d  almost %3d  none %3d  total %3d" % (tot["yes"], tot["almost"], tot["none"], sum(tot.values())))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
