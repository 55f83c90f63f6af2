"""Check the blind set "Brasserie de la Gare" (Alençon) from its two jsonl files only.

    python3 check_alencon.py [library.jsonl cases.jsonl]
    python3 check_alencon.py --selftest
Stdlib only; reads nothing but the two files.
"""
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "terrasse", "gestion")
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES ET BULLES", "VINS AU VERRE",
            "PICHETS", "CIDRES POIRES", "APERITIFS", "ALCOOLS", "BIERES PRESSION",
            "BIERES BOUTEILLE", "SOFTS", "EAUX", "CAFETERIE", "CUISINE", "DIVERS"}
NO_VOLUME = {"CAFETERIE", "CUISINE", "DIVERS"}
POURS = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50, "D4": 4, "D2": 2, "D6": 6}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
C_KEYS = {"VRE": "G", "12CL": "G12", "15CL": "G15", "CP": "CP", "P25": "P25", "P50": "P50",
          "DOSE": "D4", "2CL": "D2", "6CL": "D6", "DEMI": "DEMI", "PINTE": "PINTE",
          "1/2": "H", "MAG": "M"}
T_PHRASE = {"verre": "G", "verre 12cl": "G12", "verre 15cl": "G15", "coupe": "CP",
            "pichet 25cl": "P25", "pichet 50cl": "P50", "dose": "D4", "dose 2cl": "D2",
            "dose 6cl": "D6", "demi": "DEMI", "pinte": "PINTE", "demi-bouteille": "H",
            "magnum": "M", "bouteille": "B"}
ABBR = {"cdr": "rhone", "bgne": "bourgogne", "pn": "pinot", "bjl": "beaujolais",
        "calva": "calvados", "st": "saint", "ch": "chateau", "rge": "rouge", "blc": "blanc"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


# ------------------------------------------------------------------ reading a label back
def read_label(conn, label):
    """-> (measure, vintage, family) or raises ValueError on a malformed label."""
    if conn == "comptoir":
        toks = label.split(" ")
        m = None
        if toks[0] in C_KEYS:
            m = C_KEYS[toks[0]]
        elif re.fullmatch(r"(20|25|33|50|70|75)CL", toks[0]):
            m = "Z" + toks[0][:-2]
        elif toks[0] == "1L":
            m = "Z100"
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            v = 2000 + n if n <= 30 else 1900 + n
        return m, v, None
    if conn == "terrasse":
        head, sep, phrase = label.rpartition(" / ")
        m = None
        if not sep:
            head = label
        elif phrase in T_PHRASE:
            m = T_PHRASE[phrase]
        elif re.fullmatch(r"bouteille (20|25|33|50|70|75)cl", phrase):
            m = "Z" + phrase[10:-2]
        elif phrase == "bouteille 1l":
            m = "Z100"
        else:
            raise ValueError("unknown measure phrase %r" % phrase)
        yrs = [int(t) for t in head.split() if re.fullmatch(r"(19|20)\d\d", t)]
        if len(yrs) > 1:
            raise ValueError("two vintages")
        return m, (yrs[0] if yrs else None), None
    parts = label.split(";")
    if len(parts) != 3:
        raise ValueError("not three ; columns")
    d, fam, vol = parts
    if fam not in FAMILIES:
        raise ValueError("unknown family %r" % fam)
    if (vol == "") != (fam in NO_VOLUME):
        raise ValueError("volume column does not fit the family")
    t = d.split()[-1] if d.split() else ""
    v = int(t) if re.fullmatch(r"(19|20)\d\d", t) else None
    if not vol:
        return None, v, fam
    if not re.fullmatch(r"\d+(,\d+)?", vol):
        raise ValueError("bad volume %r" % vol)
    cl = round(float(vol.replace(",", ".")) * 100, 1)
    cl = int(cl) if cl == int(cl) else cl
    if fam == "BIERES PRESSION":
        m = {25: "DEMI", 50: "PINTE"}.get(cl)
    elif fam == "PICHETS":
        m = {25: "P25", 50: "P50"}.get(cl)
    elif fam == "VINS AU VERRE":
        m = {12.5: "G", 12: "G12", 15: "G15"}.get(cl)
    elif fam in ("APERITIFS", "ALCOOLS") and cl <= 15:
        m = {2: "D2", 4: "D4", 6: "D6", 12.5: "G", 12: "G12", 15: "G15"}.get(cl)
    elif fam in ("VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES ET BULLES") and cl in (75, 37.5, 150):
        m = {75: "B", 37.5: "H", 150: "M"}[cl]
    else:
        m = "Z%s" % cl
    if m is None:
        raise ValueError("volume %s not a measure of %s" % (vol, fam))
    return m, v, fam


def family_ok(fam, e, m):
    cat, col = e["category"], e["colour"]
    if m in ("P25", "P50"):
        return fam == "PICHETS"
    if cat in ("vin", "champagne"):
        if m in POURS:
            return fam == "VINS AU VERRE"
        if cat == "champagne" or col == "effervescent":
            return fam == "CHAMPAGNES ET BULLES"
        if col == "rosé":
            return fam in ("VINS ROSES", "CHAMPAGNES ET BULLES")
        return fam == {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "liquoreux": "VINS BLANCS"}[col]
    if cat == "bière":
        return fam == ("BIERES PRESSION" if m in DRAUGHT else "BIERES BOUTEILLE")
    if cat == "soft":
        return fam in ("SOFTS", "EAUX")
    return fam in ("APERITIFS", "ALCOOLS", "CIDRES POIRES")


# ------------------------------------------------------------------ the check
def check(lib_lines, case_lines):
    err = []

    def E(msg):
        err.append(msg)

    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("library line %d: not JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            E("library line %d: fields %s" % (i, list(r)))
            continue
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        E("library has %d drinks (110-130)" % len(lib))
    byid, seen = {}, set()
    for i, r in enumerate(lib, 1):
        if r["id"] != "aq%03d" % i:
            E("library id %s out of sequence (expected aq%03d)" % (r["id"], i))
        byid[r["id"]] = r
        if r["category"] not in CATEGORIES:
            E("%s: category %r" % (r["id"], r["category"]))
        if r["category"] in ("vin", "champagne"):
            if r["colour"] not in COLOURS:
                E("%s: wine colour %r" % (r["id"], r["colour"]))
        elif r["colour"] is not None:
            E("%s: colour on a %s" % (r["id"], r["category"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            E("%s: format %r" % (r["id"], r["format_cl"]))
        elif r["format_cl"] >= 2000 and (r["category"] != "bière" or r["format_cl"] not in (2000, 3000)):
            E("%s: keg format on a %s" % (r["id"], r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            E("%s: vintage %r" % (r["id"], r["vintage"]))
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen:
            E("%s: the same drink twice" % r["id"])
        seen.add(k)

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    def same_wine(r, fmt):
        return sorted((x for x in lib if wine_key(x) == wine_key(r) and x["format_cl"] == fmt),
                      key=lambda x: (x["vintage"] or 0))

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("case line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            E("case line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        E("%d cases (280-300)" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        L, conn = c["label"], c["connection"]
        tag = "%s [%s]" % (L, conn)
        if L in labels:
            E("duplicate label %r" % L)
        labels.add(L)
        if conn not in TILLS:
            E("%s: unknown connection" % tag)
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            E("%s: expect %r" % (tag, c["expect"]))
            continue
        counts[(conn, c["expect"])] = counts.get((conn, c["expect"]), 0) + 1
        if not isinstance(c["note"], str) or not c["note"]:
            E("%s: no note" % tag)
        # the till's form
        if conn == "comptoir":
            if not re.fullmatch(r"[A-Z0-9/]+( [A-Z0-9/]+)*", L) or len(L) > 18:
                E("%s: not a comptoir line (ASCII capitals, single spaces, at most 18 columns)" % tag)
        elif conn == "terrasse":
            if L.lower() != L or not L.strip() or "  " in L:
                E("%s: not a terrasse line (lower case)" % tag)
        else:
            if not re.fullmatch(r"[^;]+;[A-Z ]+;[0-9,]*", L):
                E("%s: not a gestion line (designation;FAMILLE;volume)" % tag)
        try:
            m, v, fam = read_label(conn, L)
        except ValueError as x:
            E("%s: %s" % (tag, x))
            continue
        if c["vintage"] != v:
            E("%s: vintage %r, the label says %r" % (tag, c["vintage"], v))
        cut = re.search(r"\[(\d{4}) cut off by the till\]$", c["note"])
        if cut and (conn != "comptoir" or len(L) < 17 or v is not None):
            E("%s: cut-off note on a label that was not cut" % tag)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%s: none with an answer" % tag)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            E("%s: unknown beverage_id %r" % (tag, c["beverage_id"]))
            continue
        if conn == "comptoir" and m is None:
            m = "B"
        if conn == "terrasse" and m is None:
            E("%s: a drink without measure on the tablet" % tag)
            continue
        if conn == "gestion" and fam is not None and not family_ok(fam, e, m):
            E("%s: family %s does not fit %s" % (tag, fam, e["id"]))
        fmt = e["format_cl"]
        wine = e["category"] in ("vin", "champagne")
        fmts = {x["format_cl"] for x in lib if wine_key(x) == wine_key(e)}
        if m in POURS:
            if e["category"] in ("bière", "soft") or fmt >= 2000:
                E("%s: a pour of a %s" % (tag, e["category"]))
            want = 75 if 75 in fmts else (fmt if len(fmts) == 1 else None)
            if fmt != want:
                E("%s: a pour answered with the %s cl entry" % (tag, fmt))
            u = round(POURS[m] / fmt, 4)
        elif m in DRAUGHT:
            if fmt < 2000:
                E("%s: draught measure answered with a %s cl bottle" % (tag, fmt))
            u = round(DRAUGHT[m] / fmt, 4)
        else:
            if m == "H":
                want = 37.5
            elif m == "M":
                want = 150
            elif m.startswith("Z"):
                want = float(m[1:])
            elif wine:
                want = 75
            else:
                want = fmt if len(fmts) == 1 else None
            if want != fmt:
                E("%s: bottle label (%s) answered with the %s cl entry" % (tag, m, fmt))
            u = 1
        if c["units_per_sale"] != u:
            E("%s: units %r, the label means %r" % (tag, c["units_per_sale"], u))
        # yes / almost / also_ok
        sib = same_wine(e, fmt)
        others = [x["id"] for x in sib if x["id"] != e["id"]]
        vs = [x["vintage"] for x in sib]
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v:
                    E("%s: yes on vintage %r for a label of %d" % (tag, e["vintage"], v))
                if c["also_ok"] != []:
                    E("%s: also_ok on a yes with vintage" % tag)
            else:
                if e["vintage"] is not None and e["vintage"] != max(x for x in vs if x is not None):
                    E("%s: yes without vintage not on the most recent" % tag)
                if sorted(c["also_ok"]) != sorted(others):
                    E("%s: also_ok %s, expected %s" % (tag, c["also_ok"], others))
        else:
            if v is None or None in vs:
                E("%s: almost without a vintage to miss" % tag)
                continue
            if v in vs:
                E("%s: almost but the vintage %d is held" % (tag, v))
            best = min(vs, key=lambda x: (abs(x - v), -x))
            if e["vintage"] != best:
                E("%s: almost on %r, nearest is %r" % (tag, e["vintage"], best))
            if sorted(c["also_ok"]) != sorted(others):
                E("%s: also_ok %s, expected %s" % (tag, c["also_ok"], others))
        # a word, a stem or a standard abbreviation in common
        lw = [ABBR.get(w, w) for w in words(L.split(";")[0])]
        ew = words(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
        if not any(len(a) >= 3 and any(b.startswith(a) or a.startswith(b) for b in ew if len(b) >= 3)
                   for a in lw if not a.isdigit() or len(a) > 2):
            E("%s: shares no word with %s" % (tag, e["id"]))
    n = len(cases) or 1
    tot = {x: sum(counts.get((t, x), 0) for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[x] / n <= hi:
            E("%s share %.1f %% out of %d-%d %%" % (x, 100.0 * tot[x] / n, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                E("till %s has no %s" % (t, x))
    return err, counts, len(lib), len(cases)


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def report(lib_lines, case_lines, quiet=False):
    err, counts, nl, nc = check(lib_lines, case_lines)
    if not quiet:
        for x in err:
            print("ERROR", x)
        print("%d drinks, %d cases, %d errors" % (nl, nc, len(err)))
        for t in TILLS:
            print("  %-9s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
                                                         counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    return err


def selftest(lib_lines, case_lines):
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        cs = [dict(c) for c in C]
        fn(cs[first(pred)])
        return dump(L), dump(cs)

    def mod_lib(pred, fn):
        ls = [dict(r) for r in L]
        fn(next(r for r in ls if pred(r)))
        return dump(ls), dump(C)

    breaks = []
    b = dump(C)
    b[5] = b[5][:-2]
    breaks.append(("invalid JSON", (dump(L), b)))
    ls = [dict(r) for r in L]
    ls[3] = {k: ls[3][k] for k in reversed(LIB_FIELDS)}
    breaks.append(("library field order", (dump(ls), dump(C))))
    ls = [dict(r) for r in L]
    ls[10]["id"] = "aq999"
    breaks.append(("id out of sequence", (dump(ls), dump(C))))
    breaks.append(("colour on a beer", mod_lib(lambda r: r["category"] == "bière", lambda r: r.update(colour="blanc"))))
    breaks.append(("glass units", mod_case(lambda c: c["label"].startswith("VRE ") and c["expect"] == "yes",
                                            lambda c: c.update(units_per_sale=0.2))))
    byid = {r["id"]: r for r in L}

    def far(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]
    breaks.append(("almost on the farther vintage", mod_case(lambda c: c["expect"] == "almost" and c["also_ok"], far)))
    breaks.append(("none with an id", mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="aq001"))))
    breaks.append(("also_ok dropped", mod_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))))
    cs = [dict(c) for c in C]
    cs[7]["label"] = cs[6]["label"]
    breaks.append(("duplicate label", (dump(L), dump(cs))))
    breaks.append(("vintage not on the label", mod_case(lambda c: c["vintage"] is not None, lambda c: c.update(vintage=c["vintage"] - 1))))
    breaks.append(("comptoir over 18 columns", mod_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "none",
                                                        lambda c: c.update(label=c["label"] + " AVEC GLACONS ET CITRON"))))
    breaks.append(("terrasse in capitals", mod_case(lambda c: c["connection"] == "terrasse", lambda c: c.update(label=c["label"].upper()))))
    breaks.append(("gestion without volume", mod_case(lambda c: c["connection"] == "gestion" and c["expect"] == "yes",
                                                      lambda c: c.update(label=c["label"].rsplit(";", 1)[0] + ";"))))
    breaks.append(("gestion family of another colour", mod_case(lambda c: ";VINS ROUGES;" in c["label"] and c["expect"] == "yes",
                                                                lambda c: c.update(label=c["label"].replace(";VINS ROUGES;", ";VINS BLANCS;")))))

    def half_to_75(c):
        e = byid[c["beverage_id"]]
        alt = next(r for r in L if r["name"] == e["name"] and r["producer"] == e["producer"] and r["format_cl"] == 75)
        c["beverage_id"], c["also_ok"], c["vintage"] = alt["id"], [], c["vintage"]
    breaks.append(("half answered with the 75 cl entry", mod_case(lambda c: c["label"].endswith("/ demi-bouteille") and c["expect"] == "yes", half_to_75)))
    breaks.append(("draught on a bottled beer", mod_case(lambda c: c["label"] == "33CL DUVEL",
                                                         lambda c: c.update(label="DEMI DUVEL BLONDE", units_per_sale=0.7576))))
    breaks.append(("too few cases", (dump(L), dump(C[:250]))))
    breaks.append(("a till without almost", (dump(L), dump([c for c in C if not (c["connection"] == "gestion" and c["expect"] == "almost")]))))
    breaks.append(("cut-off note on an uncut label", mod_case(lambda c: c["label"] == "VRE MUSCADET 23",
                                                              lambda c: c.update(note=c["note"] + " [2023 cut off by the till]"))))
    breaks.append(("label sharing no word", mod_case(lambda c: c["label"] == "DOSE HENNESSY", lambda c: c.update(label="DOSE MAISON"))))
    breaks.append(("case field order", mod_case(lambda c: True, lambda c: c.update({"note": c.pop("note")}) or c.update(connection=c.pop("connection")) or c.update(vintage=c.pop("vintage")))))
    ok = True
    if report(lib_lines, case_lines, quiet=True):
        print("FAIL: the clean files do not pass")
        ok = False
    else:
        print("clean files: 0 errors")
    for name, (lb, cb) in breaks:
        e = report(lb, cb, quiet=True)
        print("%-36s %s (%d errors) %s" % (name, "reported" if e else "NOT REPORTED", len(e), e[0] if e else ""))
        ok = ok and bool(e)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "FAILED"))
    return ok


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "alencon_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "alencon_cases.jsonl")
    lib_lines, case_lines = load(lp), load(cp)
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    sys.exit(1 if report(lib_lines, case_lines) else 0)


if __name__ == "__main__":
    main()
