"""Checks perpignan_library.jsonl and perpignan_cases.jsonl on their own (it does not import
the build or its modules). python3 check_perpignan.py [--selftest]"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "bar", "export")
POUR = {"vre": 12.5, "vre12": 12, "cp": 12.5, "pich50": 50, "pich25": 25, "dose": 4, "demi": 25, "pinte": 50}
CAISSE_TOK = {"VRE": "vre", "VRE12": "vre12", "PICH50": "pich50", "PICH25": "pich25", "DOSE": "dose", "CP": "cp",
              "DEMI": "demi", "PINTE": "pinte", "1/2": "b37.5", "MAG": "b150", "1L": "b100"}
BAR_TOK = [("verre 12cl", "vre12"), ("pichet 50", "pich50"), ("pichet 25", "pich25"), ("verre", "vre"), ("dose", "dose"),
           ("coupe", "cp"), ("demi", "demi"), ("pinte", "pinte"), ("37,5", "b37.5"), ("magnum", "b150"), ("1l", "b100")]
EXPORT_TOK = {"Vre": "vre", "Vre12cl": "vre12", "Pich50cl": "pich50", "Pich25cl": "pich25", "Dose4cl": "dose",
              "Coupe": "cp", "Demi25cl": "demi", "Pinte50cl": "pinte"}
PREFIXES = {"VR", "VB", "VRS", "VDN", "BUL", "BIB", "PRS", "ALC", "APE", "SFT", "CUI", "DIV"}
DIGIT_FAMS = {"1": {"VR", "VB", "VRS", "VDN"}, "2": {"BUL"}, "3": {"BIB", "PRS"}, "4": {"ALC", "APE"}, "5": {"SFT"},
              "8": {"CUI"}, "9": {"DIV"}}


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def fam_of(e):
    cat, col = e["category"], e["colour"]
    if cat == "champagne" or col == "effervescent" or (col == "rosé" and "Crémant" in (e["appellation"] or "")):
        return "BUL"
    if cat == "vin":
        return {"rouge": "VR", "blanc": "VB", "rosé": "VRS", "liquoreux": "VDN"}[col]
    if cat == "bière":
        return "PRS" if e["format_cl"] >= 2000 else "BIB"
    return {"spiritueux": "ALC", "autre": "APE", "soft": "SFT"}[cat]


def read(till, label):
    """-> (vintage, measure, family or None, code or None, text); measure 'btl' or 'b<cl>' or a pour."""
    if till == "caisse":
        fam = label.split("-", 1)[0]
        toks = label.split(" ")
        vint = None
        if fam in ("VR", "VB", "VRS", "VDN", "BUL") and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = yy(int(toks[-1]))
        meas = "btl"
        for t in toks[1:]:
            if t in CAISSE_TOK:
                meas = CAISSE_TOK[t]
            elif re.fullmatch(r"\d+CL", t):
                meas = "b" + t[:-2]
        return vint, meas, fam, None, label
    if till == "bar":
        m = re.search(r"'(\d\d)\b", label)
        vint = yy(int(m.group(1))) if m else None
        body = re.sub(r" \d+,\d\d$", "", label)
        meas = "btl"
        for tok, code in BAR_TOK:
            if re.search(r"(^| )" + re.escape(tok) + "$", body):
                meas = code
                break
        else:
            m2 = re.search(r" (\d+)cl$", body)
            if m2:
                meas = "b" + m2.group(1)
        return vint, meas, None, None, body
    toks = label.split(" ")
    vint, meas = None, "btl"
    for t in toks[2:]:
        if re.fullmatch(r"(19|20)\d\d", t):
            vint = int(t)
        elif t.startswith("Bt"):
            meas = "b" + t[2:].replace(",", ".")
        elif t in EXPORT_TOK:
            meas = EXPORT_TOK[t]
    return vint, meas, None, toks[0], toks[1] if len(toks) > 1 else ""


def fnum(meas):
    f = float(meas[1:])
    return int(f) if f == int(f) else f


def check(lib_text, case_text, quiet=False):
    errs = []
    E = errs.append
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines()):
        try:
            o = json.loads(line)
        except ValueError:
            E("library line %d: bad JSON" % (i + 1))
            continue
        if list(o) != LIB_FIELDS:
            E("library line %d: fields %s" % (i + 1, list(o)))
        lib.append(o)
    for i, line in enumerate(case_text.splitlines()):
        try:
            o = json.loads(line)
        except ValueError:
            E("cases line %d: bad JSON" % (i + 1))
            continue
        if list(o) != CASE_FIELDS:
            E("cases line %d: fields %s" % (i + 1, list(o)))
        cases.append(o)
    if not 110 <= len(lib) <= 130:
        E("library has %d drinks" % len(lib))
    by_id = {}
    seen = set()
    for i, e in enumerate(lib):
        if e.get("id") != "pp%03d" % (i + 1):
            E("id %s out of sequence (want pp%03d)" % (e.get("id"), i + 1))
        by_id[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            E("%s: category %s" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("%s: wine colour %s" % (e["id"], col))
        elif col is not None:
            E("%s: colour %s on a %s" % (e["id"], col, cat))
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            E("%s: vintage %r" % (e["id"], e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            E("%s: format %r" % (e["id"], e.get("format_cl")))
        elif e["format_cl"] >= 1000 and (cat != "bière" or e["format_cl"] not in (2000, 3000)):
            E("%s: %s cl only for a draught beer keg of 2000 or 3000" % (e["id"], e["format_cl"]))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), col, e.get("format_cl"), e.get("vintage"))
        if k in seen:
            E("%s: a second entry for the same wine, format and vintage" % e["id"])
        seen.add(k)
    wine = lambda e: (e["name"], e["producer"], e["appellation"], e["colour"])  # noqa: E731
    group = defaultdict(list)
    for e in lib:
        if "format_cl" in e and "name" in e:
            group[wine(e)].append(e)

    def ordinary(g):
        fm = {x["format_cl"] for x in g}
        if 75 in fm:
            return 75
        rest = [f for f in fm if f not in (37.5, 150)]
        return rest[0] if len(rest) == 1 else None

    if not 280 <= len(cases) <= 300:
        E("%d cases" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            E("label twice: %r" % lab)
    codes = {}
    for c in cases:
        lab, till, exp = c.get("label", ""), c.get("connection"), c.get("expect")
        where = "%s %r" % (till, lab)
        if till not in TILLS:
            E("%s: connection" % where)
            continue
        if exp not in ("yes", "almost", "none"):
            E("%s: expect %r" % (where, exp))
            continue
        # each till's form
        if till == "caisse":
            if lab != lab.upper() or plain(lab) != lab.lower() or len(lab) > 20 or lab != lab.strip():
                E("%s: register label must be capitals, no accents, at most 20 columns" % where)
            if lab.split("-", 1)[0] not in PREFIXES or "-" not in lab:
                E("%s: no family prefix" % where)
        elif till == "bar":
            if lab != lab.lower() or not re.search(r" \d{1,3},\d\d$", lab):
                E("%s: tablet label must be lower case and end with its price" % where)
            if re.search(r"\b(19|20)\d\d\b", lab):
                E("%s: tablet prints vintages as 'YY" % where)
        else:
            if not re.fullmatch(r"\d{5} [^ ]+( (19|20)\d\d)?( [A-Z][a-z0-9,]+)?", lab) or plain(lab) != lab.lower():
                E("%s: export form is CODE Name.With.Dots [YYYY] [Measure], no accents" % where)
        vint, meas, fam, code, text = read(till, lab)
        if c.get("vintage") != vint:
            E("%s: vintage %r, the label reads %r" % (where, c.get("vintage"), vint))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                E("%s: none must have no id, no also_ok, no units" % where)
            if code:
                codes.setdefault(code, set()).add(("none", text, meas))
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            E("%s: unknown beverage_id %r" % (where, c.get("beverage_id")))
            continue
        g = group[wine(e)]
        cat = e["category"]
        # family / code
        ef = fam_of(e)
        if till == "caisse" and fam != ef:
            E("%s: prefix %s for a %s %s" % (where, fam, e["colour"] or "", cat))
        if till == "export":
            if ef not in DIGIT_FAMS.get(code[0], ()):
                E("%s: article %s is not in the %s family" % (where, code, ef))
            codes.setdefault(code, set()).add((e["id"] if e["vintage"] is None else wine(e), meas))
        # format and units
        units = c.get("units_per_sale")
        if meas in POUR:
            if meas in ("demi", "pinte"):
                if cat != "bière" or e["format_cl"] < 2000:
                    E("%s: a draught measure must book the beer's keg" % where)
            elif meas == "dose":
                if cat not in ("spiritueux", "autre"):
                    E("%s: a dose of a %s" % (where, cat))
            else:
                if cat not in ("vin", "champagne"):
                    E("%s: a glass or pichet of a %s" % (where, cat))
                if e["format_cl"] != ordinary(g):
                    E("%s: a glass refers to the ordinary bottle (%s cl), not %s cl" % (where, ordinary(g), e["format_cl"]))
            if units != round(POUR[meas] / e["format_cl"], 4):
                E("%s: units %r, want %r" % (where, units, round(POUR[meas] / e["format_cl"], 4)))
        else:
            if meas == "btl":
                want = 75 if cat in ("vin", "champagne") else (e["format_cl"] if len({x["format_cl"] for x in g}) == 1 else None)
            else:
                want = fnum(meas)
            if e["format_cl"] != want:
                E("%s: bottle of %s cl answered with the %s cl entry" % (where, want, e["format_cl"]))
            if units != 1:
                E("%s: a bottle is 1 unit, not %r" % (where, units))
        same = sorted([x for x in g if x["format_cl"] == e["format_cl"]], key=lambda x: -(x["vintage"] or 0))
        also = c.get("also_ok")
        held = [x["vintage"] for x in same]
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    E("%s: yes on %s, label says %s" % (where, e["vintage"], vint))
                if also != []:
                    E("%s: a yes with a vintage has an empty also_ok" % where)
            else:
                if e is not same[0]:
                    E("%s: without vintage the most recent (%s) is the answer" % (where, same[0]["id"]))
                if also != [x["id"] for x in same[1:]]:
                    E("%s: also_ok %r, want the other vintages %r" % (where, also, [x["id"] for x in same[1:]]))
        else:
            if vint is None or vint in held or None in held:
                E("%s: almost needs a label vintage the wine lacks (held %s)" % (where, held))
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if e is not best:
                    E("%s: almost must be the nearest vintage %s" % (where, best["vintage"]))
                if also != [x["id"] for x in same if x is not best]:
                    E("%s: almost's also_ok must list the other vintages" % where)
        # recognisable: shares a word or a four-letter stem with its entry
        ent = set(re.findall(r"[a-z0-9]+", plain(" ".join(x or "" for x in (e["name"], e["producer"], e["appellation"])))))
        ltoks = set(re.findall(r"[a-z0-9]+", plain(text)))
        stems = {w[:4] for w in ent if len(w) >= 4}
        if not any((t in ent and (len(t) >= 3 or t.isdigit())) or (len(t) >= 4 and t[:4] in stems) for t in ltoks):
            E("%s: shares no word with %s" % (where, e["name"]))
    for code, prods in codes.items():
        if len(prods) > 1:
            E("article %s used for %d products" % (code, len(prods)))
    cnt = Counter((c.get("connection"), c.get("expect")) for c in cases)
    n = len(cases) or 1
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not cnt[(t, x)]:
                E("till %s has no %s" % (t, x))
    tot = Counter(c.get("expect") for c in cases)
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[x] / n <= hi:
            E("%s is %.1f %% (want %d-%d)" % (x, 100 * tot[x] / n, lo, hi))
    if not quiet:
        print("%d drinks, %d cases" % (len(lib), len(cases)))
        for t in TILLS:
            print("  %-7s yes %3d  almost %3d  none %3d" % (t, cnt[(t, "yes")], cnt[(t, "almost")], cnt[(t, "none")]))
        print("  all     yes %3d  almost %3d  none %3d" % (tot["yes"], tot["almost"], tot["none"]))
    return errs


def selftest(lib_text, case_text):
    L = lib_text.splitlines()
    C = [json.loads(x) for x in case_text.splitlines()]
    dump = lambda cs: "\n".join(json.dumps(c, ensure_ascii=False) for c in cs)  # noqa: E731

    def first(pred):
        for i, c in enumerate(C):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def brk_case(pred, fn):
        cs = [dict(c) for c in C]
        fn(cs[first(pred)])
        return lib_text, dump(cs)

    def brk_lib(fn):
        lib = [json.loads(x) for x in L]
        fn(lib)
        return "\n".join(json.dumps(o, ensure_ascii=False) for o in lib), case_text

    lib_by = {json.loads(x)["id"]: json.loads(x) for x in L}

    def set_(k, v):
        def f(c):
            c[k] = v
        return f

    def also_swap(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]

    def reorder(c):
        v = c.pop("expect")
        c["expect"] = v

    def half_to_75(c):
        g = [i for i, e in lib_by.items() if e["name"] == lib_by[c["beverage_id"]]["name"] and e["format_cl"] == 75]
        c["beverage_id"] = g[0]

    def dup(cs):
        return cs

    breaks = [
        ("glass units", brk_case(lambda c: c["units_per_sale"] == 0.1667, set_("units_per_sale", 0.125))),
        ("almost on the farther vintage", brk_case(lambda c: c["expect"] == "almost" and c["also_ok"], also_swap)),
        ("cut vintage kept", brk_case(lambda c: "cut off" in c["note"] and c["connection"] == "caisse", set_("vintage", 2022))),
        ("none with an id", brk_case(lambda c: c["expect"] == "none", set_("beverage_id", "pp001"))),
        ("register label in lower case", brk_case(lambda c: c["connection"] == "caisse", lambda c: c.update(label=c["label"].lower()))),
        ("register label too long", brk_case(lambda c: c["connection"] == "caisse", lambda c: c.update(label=c["label"] + " XXXXXXXXXXXXXXXXXXXX"))),
        ("tablet label without price", brk_case(lambda c: c["connection"] == "bar", lambda c: c.update(label=re.sub(r" \d+,\d\d$", "", c["label"])))),
        ("fields out of order", brk_case(lambda c: True, reorder)),
        ("half bottle answered with the 75 cl", brk_case(lambda c: c["connection"] == "caisse" and " 1/2" in c["label"] and c["expect"] == "yes" and lib_by[c["beverage_id"]]["category"] == "vin", half_to_75)),
        ("also_ok dropped", brk_case(lambda c: c["expect"] == "yes" and c["also_ok"], set_("also_ok", []))),
        ("draught pint booked to the 33 cl bottle", brk_case(lambda c: c["label"] == "PRS-1664 PINTE", set_("beverage_id", next(i for i, e in lib_by.items() if e["name"] == "1664 Blanc")))),
        ("wine under a beer article number", brk_case(lambda c: c["connection"] == "export" and c["label"][0] == "1" and c["expect"] == "yes", lambda c: c.update(label="3" + c["label"][1:]))),
        ("yes with a vintage and an also_ok", brk_case(lambda c: c["expect"] == "yes" and c["vintage"] and lib_by[c["beverage_id"]]["name"] == "Ego", set_("also_ok", ["pp001"]))),
        ("a label twice", (lib_text, dump([*C, C[0]]))),
        ("id out of sequence", brk_lib(lambda lib: lib[5].update(id="pp099"))),
        ("colour on a beer", brk_lib(lambda lib: [e.update(colour="blanc") for e in lib if e["category"] == "bière"][:1])),
        ("wrong colour prefix", brk_case(lambda c: c["label"].startswith("VRS-BILA"), lambda c: c.update(label="VR-" + c["label"][4:]))),
        ("tablet vintage in four digits", brk_case(lambda c: c["connection"] == "bar" and "'22" in c["label"], lambda c: c.update(label=c["label"].replace("'22", "2022")))),
        ("pour answered with a magnum", brk_case(lambda c: c["label"] == "VR-BILAHAUT VRE", set_("beverage_id", next(i for i, e in lib_by.items() if e["name"] == "Bila-Haut" and e["format_cl"] == 150)))),
    ]
    ok = not check(lib_text, case_text, quiet=True)
    print("clean files: %s" % ("pass" if ok else "FAIL"))
    allok = ok
    for name, (lt, ct) in breaks:
        errs = check(lt, ct, quiet=True)
        print("  %-42s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        allok &= bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if allok else "FAILED", len(breaks)))
    return allok


def main():
    lt = open(os.path.join(HERE, "perpignan_library.jsonl"), encoding="utf-8").read()
    ct = open(os.path.join(HERE, "perpignan_cases.jsonl"), encoding="utf-8").read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lt, ct) else 1)
    errs = check(lt, ct)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
