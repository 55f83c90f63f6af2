#!/usr/bin/env python3
"""Check chambery_library.jsonl and chambery_cases.jsonl on their own (no build import).

python3 check_chambery.py [library cases]   -> reports problems, exit 1 if any
python3 check_chambery.py --selftest        -> breaks copies on purpose, shows each reported
"""
import copy
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
POUR = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "dose": 4, "2cl": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLE = {"btl": 75, "half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70,
          "b75": 75, "b100": 100}
BAR = {"1/2": "half", "MAG": "mag", "VRE": "vre", "VRE15": "vre15", "PI25": "p25",
       "PI50": "p50", "DOSE": "dose", "2CL": "2cl", "DEMI": "demi", "PINT": "pinte",
       "25CL": "b25", "33CL": "b33", "50CL": "b50", "70CL": "b70", "75CL": "b75", "1L": "b100"}
BAR_FAMS = {"RG", "BL", "RS", "BU", "AP", "DG", "BI", "PR", "SO", "CU", "CA", "DV"}
SALLE = {"btle": "btl", "1/2 btle": "half", "magnum": "mag", "verre": "vre",
         "verre 15cl": "vre15", "pichet 25cl": "p25", "pichet 50cl": "p50", "dose": "dose",
         "2cl": "2cl", "demi": "demi", "pinte": "pinte", "25cl": "b25", "33cl": "b33",
         "50cl": "b50", "70cl": "b70", "75cl": "b75", "1l": "b100"}
TERR = {"BT": "btl", "DB": "half", "MG": "mag", "VR": "vre", "VR15": "vre15", "PC25": "p25",
        "PC50": "p50", "SH": "dose", "SH2": "2cl", "PR25": "demi", "PR50": "pinte",
        "B25": "b25", "B33": "b33", "B50": "b50", "B70": "b70", "B75": "b75", "B1L": "b100",
        "--": None}
ABBR = {"nsg": "nuits", "vv": "vieilles", "rg": "rouge", "bl": "blanc", "blde": "blonde",
        "rs": "rose", "st": "saint", "verm": "vermouth", "chartr": "chartreuse",
        "sav": "savoie", "mt": "mont", "schwep": "schweppes", "a": "andre", "m": "michel"}
MEAS_WORDS = {"vre", "vre15", "pi25", "pi50", "dose", "2cl", "demi", "pint", "mag", "btle",
              "verre", "15cl", "pichet", "25cl", "50cl", "33cl", "1l", "magnum", "pinte",
              "dom", "domaine", "de", "du", "vin", "savoie", "fils", "jour", "des", "la", "le", "les", "et", "l", "d"}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def read_label(label, till):
    """-> (measure, vintage, name part) or raises ValueError on a malformed label."""
    if till == "bar":
        m = re.fullmatch(r"\(([A-Z]{2})\) ([A-Z0-9 /.&]+)", label)
        if not m or m.group(1) not in BAR_FAMS:
            raise ValueError("bar form")
        toks = m.group(2).split(" ")
        meas = BAR.get(toks[-1])
        if meas:
            toks.pop()
        name = " ".join(toks)
        if len(name) > 16:
            raise ValueError("bar name field over 16 columns")
        if (m.group(1) == "PR") != (meas in DRAUGHT):
            raise ValueError("PR family and draught measure disagree")
        if meas is None and m.group(1) in ("RG", "BL", "RS", "BU"):
            meas = "btl"
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            y = int(toks[-1])
            vint = 2000 + y if y < 50 else 1900 + y
        return meas, vint, name
    if till == "salle":
        m = re.fullmatch(r"(.+?)(?: \[([^\]]+)\])? (\d+),(\d\d) €", label)
        if not m or (m.group(2) and m.group(2) not in SALLE):
            raise ValueError("salle form")
        name = m.group(1)
        if name == name.upper() or name == name.lower():
            raise ValueError("salle is mixed case")
        ys = re.findall(r"\b((?:19|20)\d\d)\b", name)
        return (SALLE[m.group(2)] if m.group(2) else None), (int(ys[-1]) if ys else None), name
    if till == "terrasse":
        m = re.fullmatch(r"T\d{3} (\S+) ([a-z0-9 .&]+)", label)
        if not m or m.group(1) not in TERR:
            raise ValueError("terrasse form")
        name = m.group(2)
        if len(name) > 22:
            raise ValueError("terrasse name field over 22")
        toks = name.split(" ")
        if re.fullmatch(r"\d\d", toks[-1]):
            raise ValueError("terrasse cut leaves two digits")
        vint = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
        return TERR[m.group(1)], vint, name
    raise ValueError("unknown connection %r" % till)


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", ascii_(s).lower()) if w]


def shares_word(label_name, entry):
    ew = set()
    for f in ("name", "producer", "appellation"):
        if entry[f]:
            ew.update(words(entry[f]))
    for t in words(label_name):
        if t in MEAS_WORDS or re.fullmatch(r"\d{1,2}|(19|20)\d\d", t):
            continue
        t = ABBR.get(t, t)
        for e in ew:
            if t == e or (len(t) >= 3 and e.startswith(t)) or (len(e) >= 4 and t.startswith(e)):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("library line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != LIB_FIELDS:
            E("library line %d: fields %s" % (i + 1, list(o)))
        lib.append(o)
    for i, line in enumerate(case_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("cases line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != CASE_FIELDS:
            E("cases line %d: fields %s" % (i + 1, list(o)))
        cases.append(o)
    if not 110 <= len(lib) <= 130:
        E("library has %d drinks" % len(lib))
    by_id, seen = {}, set()
    for i, d in enumerate(lib):
        if d.get("id") != "cy%03d" % (i + 1):
            E("id %r out of sequence at %d" % (d.get("id"), i + 1))
        by_id[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATS:
            E("%s: category %r" % (d["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("%s: colour %r on a wine" % (d["id"], col))
        elif col is not None:
            E("%s: colour on a %s" % (d["id"], cat))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            E("%s: format %r" % (d["id"], f))
        elif f >= 2000 and (cat != "bière" or f not in (2000, 3000)):
            E("%s: keg format %r on %s" % (d["id"], f, cat))
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            E("%s: vintage %r" % (d["id"], v))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, f, v)
        if k in seen:
            E("%s: the same drink twice" % d["id"])
        seen.add(k)

    def group(d):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (d["name"], d["producer"],
                                                       d["appellation"], d["colour"],
                                                       d["format_cl"])]

    def siblings(d):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                (d["name"], d["producer"], d["appellation"], d["colour"])]

    if not 280 <= len(cases) <= 300:
        E("%d cases" % len(cases))
    labels = set()
    tab = {}
    for c in cases:
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "%r" % lab
        if lab in labels:
            E("%s: duplicate label" % where)
        labels.add(lab)
        tab.setdefault(till, {}).setdefault(exp, 0)
        tab[till][exp] += 1
        try:
            meas, vint, name = read_label(lab, till)
        except (ValueError, TypeError) as e:
            E("%s: %s" % (where, e))
            continue
        if c.get("vintage") != vint:
            E("%s: vintage %r, label says %r" % (where, c.get("vintage"), vint))
        if "cut off by the till" in c.get("note", "") and vint is not None:
            E("%s: cut-off note on a label with a vintage" % where)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%s: none with an id, also_ok or units" % where)
            continue
        if exp not in ("yes", "almost"):
            E("%s: expect %r" % (where, exp))
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            E("%s: unknown id %r" % (where, c["beverage_id"]))
            continue
        if not shares_word(name, d):
            E("%s: shares no word with %s" % (where, d["name"]))
        # format and units against the printed measure
        if meas is None:
            E("%s: a drink answer on a label without a measure" % where)
            continue
        sib = siblings(d)
        if meas in DRAUGHT:
            want_f, u = d["format_cl"], DRAUGHT[meas] / d["format_cl"]
            if d["format_cl"] < 2000:
                E("%s: draught answered with a bottle" % where)
        elif meas in POUR:
            fmts = sorted({x["format_cl"] for x in sib})
            ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
            if d["category"] in ("bière", "soft"):
                E("%s: a pour of a beer or soft" % where)
            want_f = ordinary
            u = POUR[meas] / (ordinary or 1)
        else:
            want_f, u = BOTTLE[meas], 1
            if meas == "btl" and d["category"] != "vin":
                E("%s: bare bottle of a non-wine" % where)
        if d["format_cl"] != want_f:
            E("%s: format %r, label means %r" % (where, d["format_cl"], want_f))
        u = round(u, 4)
        if c["units_per_sale"] != (int(u) if u == int(u) else u):
            E("%s: units %r, measure gives %r" % (where, c["units_per_sale"], u))
        # vintage rules
        g = group(d)
        others = sorted(x["id"] for x in g if x["id"] != d["id"])
        vins = [x["vintage"] for x in g]
        if sorted(c["also_ok"]) != sorted(set(c["also_ok"])) or c["beverage_id"] in c["also_ok"]:
            E("%s: also_ok repeats" % where)
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint:
                    E("%s: yes on vintage %r, label %r" % (where, d["vintage"], vint))
                if c["also_ok"]:
                    E("%s: also_ok on a label with its vintage" % where)
            else:
                if None not in vins and d["vintage"] != max(vins):
                    E("%s: yes without vintage is not the most recent" % where)
                if sorted(c["also_ok"]) != others:
                    E("%s: also_ok %r, other vintages %r" % (where, c["also_ok"], others))
        else:
            if vint is None or vint in vins or None in vins:
                E("%s: almost but the vintage is held or absent" % where)
            else:
                best = min(vins, key=lambda v: (abs(v - vint), -v))
                if d["vintage"] != best:
                    E("%s: almost on %r, nearest is %r" % (where, d["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    E("%s: also_ok %r, other vintages %r" % (where, c["also_ok"], others))
    n = len(cases)
    if n:
        tot = {e: sum(t.get(e, 0) for t in tab.values()) for e in ("yes", "almost", "none")}
        lim = {"yes": (45, 52), "almost": (12, 17), "none": (33, 40)}
        for e, (lo, hi) in lim.items():
            if not lo <= 100 * tot[e] / n <= hi:
                E("%s is %.1f %% of cases" % (e, 100 * tot[e] / n))
        if set(tab) != {"bar", "salle", "terrasse"}:
            E("connections %s" % sorted(map(str, tab)))
        for t, v in tab.items():
            for e in ("yes", "almost", "none"):
                if not v.get(e):
                    E("till %s has no %s" % (t, e))
    return errs, tab


def load(p):
    with open(p, encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def dumps(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2, c2)
        lines_l = dumps(l2)
        lines_c = dumps(c2)
        if name == "invalid JSON":
            lines_c[3] = lines_c[3][:-1]
        breaks.append((name, lines_l, lines_c))

    brk("invalid JSON", lambda l, c: None)
    def f_order(l, c):
        c[0] = {k: c[0][k] for k in reversed(CASE_FIELDS)}
    brk("case fields out of order", f_order)
    def f_id(l, c):
        l[5]["id"] = "cy999"
    brk("library id out of sequence", f_id)
    def f_colour(l, c):
        i = next(i for i, d in enumerate(l) if d["category"] == "spiritueux")
        l[i]["colour"] = "blanc"
    brk("colour on a spirit", f_colour)
    def f_units(l, c):
        i = first(lambda x: " VRE" in x["label"] and x["expect"] == "yes")
        c[i]["units_per_sale"] = 0.16
    brk("glass units wrong", f_units)
    def f_almost(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        a, b = c[i]["beverage_id"], c[i]["also_ok"][0]
        c[i]["beverage_id"], c[i]["also_ok"][0] = b, a
    brk("almost on the farther vintage", f_almost)
    def f_none(l, c):
        i = first(lambda x: x["expect"] == "none")
        c[i]["beverage_id"] = "cy001"
    brk("none with an id", f_none)
    def f_also(l, c):
        i = first(lambda x: x["expect"] == "yes" and x["also_ok"])
        c[i]["also_ok"] = []
    brk("also_ok dropped", f_also)
    def f_dup(l, c):
        c[1]["label"] = c[0]["label"]
    brk("duplicate label", f_dup)
    def f_half(l, c):
        i = first(lambda x: x["label"].endswith(" 1/2") and x["expect"] == "yes")
        bid = c[i]["beverage_id"]
        d = next(d for d in l if d["id"] == bid)
        other = next(x for x in l if x["name"] == d["name"] and x["producer"] == d["producer"]
                     and x["format_cl"] == 75)
        c[i]["beverage_id"] = other["id"]
    brk("half answered with the 75 cl entry", f_half)
    def f_draught(l, c):
        i = first(lambda x: " PINT" in x["label"] and x["expect"] == "yes")
        d = next(d for d in l if d["id"] == c[i]["beverage_id"])
        b = next((x for x in l if x["name"] == d["name"] and x["format_cl"] == 33), None)
        c[i]["beverage_id"] = b["id"] if b else "cy110"
    brk("draught answered with a bottle", f_draught)
    def f_vint(l, c):
        i = first(lambda x: x["vintage"] is not None)
        c[i]["vintage"] = c[i]["vintage"] - 1
    brk("vintage not on the label", f_vint)
    def f_word(l, c):
        i = first(lambda x: x["expect"] == "yes" and x["connection"] == "terrasse"
                  and "blard" in x["label"])
        c[i]["label"] = c[i]["label"].replace("apremont blard", "vin du jour")
    brk("a label sharing no word with its entry", f_word)
    def f_bar(l, c):
        i = first(lambda x: x["connection"] == "bar")
        c[i]["label"] = c[i]["label"].lower()
    brk("bar label in lower case", f_bar)
    def f_field(l, c):
        i = first(lambda x: x["connection"] == "terrasse" and x["vintage"] is None
                  and "cut off" in x["note"])
        c[i]["label"] += " 2021x"
    brk("terrasse field over 22", f_field)
    def f_price(l, c):
        i = first(lambda x: x["connection"] == "salle")
        c[i]["label"] = re.sub(r" \d+,\d\d €$", "", c[i]["label"])
    brk("salle line without its price", f_price)
    def f_till(l, c):
        for x in c:
            if x["connection"] == "terrasse" and x["expect"] == "almost":
                x["expect"], x["also_ok"] = "none", []
                x["beverage_id"] = x["units_per_sale"] = None
    brk("a till without almost", f_till)
    def f_few(l, c):
        del c[250:]
    brk("too few cases", f_few)
    def f_keg(l, c):
        i = next(i for i, d in enumerate(l) if d["category"] == "soft")
        l[i]["format_cl"] = 2000
    brk("keg on a soft", f_keg)
    def f_cut(l, c):
        i = first(lambda x: x["vintage"] is not None)
        c[i]["note"] += " [2020 cut off by the till]"
    brk("cut-off note on an uncut label", f_cut)

    ok = True
    for name, bl, bc in breaks:
        e, _ = check(bl, bc)
        print("%-42s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok &= bool(e)
    print("%d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return 0 if ok else 1


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "chambery_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "chambery_cases.jsonl")
    lib, cases = load(lp), load(cp)
    if "--selftest" in sys.argv:
        return selftest(lib, cases)
    errs, tab = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    for t in sorted(tab):
        print(t, tab[t])
    print("%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
