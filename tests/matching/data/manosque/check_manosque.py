"""Check the Manosque blind set. Reads only manosque_library.jsonl and manosque_cases.jsonl.

    python3 check_manosque.py             # check the files
    python3 check_manosque.py --selftest  # break copies on purpose; each break must be reported
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
KEGS = {2000, 3000}
TILLS = ("caisse", "tablette", "salle")
CAISSE_WIDTH = 18
SALLE_HEADS = {"pierrev", "lub", "cdp", "aix", "baux", "bandol", "cassis", "cdr", "c9dp",
               "gigo", "vacq", "rasteau", "tavel", "vtx", "bdv", "champ"}
# measure word -> (kind, cl): bottle (cl None: the ordinary 75 cl of a wine), pour, dose, keg
CAISSE_M = {"VR": ("pour", 12.5), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50),
            "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "DOSE": ("dose", 4),
            "2CL": ("dose", 2), "DEMI": ("keg", 25), "PINTE": ("keg", 50), "20CL": ("bottle", 20),
            "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
            "70CL": ("bottle", 70), "1L": ("bottle", 100)}
TABLETTE_M = {"Verre": ("pour", 12.5), "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
              "Pichet 50cl": ("pour", 50), "Demi-bouteille": ("bottle", 37.5),
              "Magnum": ("bottle", 150), "Dose": ("dose", 4), "2cl": ("dose", 2),
              "Demi": ("keg", 25), "Pinte": ("keg", 50), "Bouteille": ("bottle", None),
              "20cl": ("bottle", 20), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
              "50cl": ("bottle", 50), "70cl": ("bottle", 70), "1L": ("bottle", 100)}
SALLE_M = {"vre": ("pour", 12.5), "cp": ("pour", 12.5), "pich25": ("pour", 25),
           "pich50": ("pour", 50), "1/2btl": ("bottle", 37.5), "mag": ("bottle", 150),
           "dose": ("dose", 4), "2cl": ("dose", 2), "demi": ("keg", 25), "pinte": ("keg", 50),
           "btl": ("bottle", None), "20cl": ("bottle", 20), "25cl": ("bottle", 25),
           "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
           "1l": ("bottle", 100)}
# the staff's shorthands, expanded for the shared-word test
ABBREV = {"ch": "chateau", "rs": "rose", "rg": "rouge", "rge": "rouge", "bl": "blanc",
          "blc": "blanc", "c9dp": "chateauneuf", "cdp": "cotes", "cdr": "rhone",
          "gigo": "gigondas", "vacq": "vacqueyras", "vtx": "ventoux", "lub": "luberon",
          "pierrev": "pierrevert", "bdv": "beaumes", "champ": "champagne", "mill": "millesime",
          "res": "reserve", "trad": "tradition", "lp": "laurent", "ste": "sainte",
          "calva": "calvados", "grim": "grimbergen", "glenmo": "glenmorangie"}
SHARES = {"caisse": (0.40, 0.58), "tablette": (0.40, 0.58), "salle": (0.40, 0.58)}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def parse(till, label):
    """-> (body words, measure (kind, cl) or None, vintage or None, error or None)"""
    if till == "caisse":
        m = re.fullmatch(r"([A-Z0-9/ ]*[A-Z0-9/]) (\d+\.\d\d)", label)
        if not m:
            return None, None, None, "caisse form (ASCII capitals, a space, price 0.00)"
        body = m.group(1)
        if len(body) > CAISSE_WIDTH:
            return None, None, None, "caisse body over %d columns" % CAISSE_WIDTH
        toks = body.split()
        meas = CAISSE_M.get(toks[0])
        vint = None
        if (meas is None or meas[0] in ("pour", "bottle")) and toks[0] not in (
                "20CL", "25CL", "33CL", "50CL", "70CL", "1L") and len(toks) > 1 \
                and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        return toks, meas, vint, None
    if till == "tablette":
        if label != label.strip() or not re.search(r"[a-zà-ÿ]", label) or label.isupper():
            return None, None, None, "tablette form (mixed case)"
        if re.search(r"\d+[.,]\d\d$", label):
            return None, None, None, "tablette prints no price"
        body, meas = label, None
        if " - " in label:
            body, var = label.rsplit(" - ", 1)
            if var not in TABLETTE_M:
                return None, None, None, "tablette unknown variant %r" % var
            meas = TABLETTE_M[var]
        vs = re.findall(r"\b((?:19|20)\d\d)\b", body)
        return body.split(), meas, (int(vs[-1]) if vs else None), None
    if till == "salle":
        if not re.fullmatch(r"[a-z0-9/ ]+", label):
            return None, None, None, "salle form (lower-case ASCII)"
        toks = label.split()
        meas = SALLE_M.get(toks[-1])
        vint = None
        if toks[0] in SALLE_HEADS:
            if meas is None:
                return None, None, None, "salle wine line without a measure"
            if len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-2]):
                vint = 2000 + int(toks[-2])
        return toks, meas, vint, None
    return None, None, None, "unknown connection %r" % till


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: field order" % (i + 1))
        lib.append(e)
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: field order" % (i + 1))
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    by_id, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "MNQ%03d" % n:
            errs.append("id out of sequence: %r at %d" % (e.get("id"), n))
        by_id[e.get("id")] = e
        wine = e.get("category") in ("vin", "champagne")
        if e.get("category") not in CATS:
            errs.append("%s: category %r" % (e["id"], e.get("category")))
        if wine and e.get("colour") not in COLOURS:
            errs.append("%s: colour %r" % (e["id"], e.get("colour")))
        if not wine and e.get("colour") is not None:
            errs.append("%s: colour on a non-wine" % e["id"])
        if e.get("category") == "champagne" and e.get("colour") not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour" % e["id"])
        if e.get("format_cl") in KEGS and e.get("category") != "bière":
            errs.append("%s: keg format on a non-beer" % e["id"])
        k = (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"),
             e.get("format_cl"), e.get("vintage"))
        if k in seen:
            errs.append("%s: the same drink twice" % e["id"])
        seen.add(k)

    def family(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (e["name"], e["producer"],
                                                       e["appellation"], e["colour"],
                                                       e["format_cl"])]

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab, till = c.get("label"), c.get("connection")
        where = "%r" % lab
        if lab in labels:
            errs.append("duplicate label " + where)
        labels.add(lab)
        if till not in TILLS:
            errs.append(where + ": unknown connection %r" % till)
            continue
        if c.get("expect") not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % c.get("expect"))
            continue
        counts[till][c["expect"]] += 1
        toks, meas, vint, err = parse(till, lab)
        if err:
            errs.append(where + ": " + err)
            continue
        if vint != c.get("vintage"):
            errs.append(where + ": vintage field %r, label reads %r" % (c.get("vintage"), vint))
        note = c.get("note") or ""
        if not note:
            errs.append(where + ": empty note")
        if "cut off by the till" in note:
            if till != "caisse" or vint is not None or (len(lab.rsplit(" ", 1)[0]) != CAISSE_WIDTH \
                    and not re.search(r" \d$", lab.rsplit(" ", 1)[0])):
                errs.append(where + ": cut-off note on a label the till did not cut")
        if c["expect"] == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] \
                    or c.get("units_per_sale") is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c.get("beverage_id"))
            continue
        wine = e["category"] in ("vin", "champagne")
        fmt = e["format_cl"]
        # the format the printed measure implies
        kind, vol = meas if meas else ("bottle", None)
        if meas is None and till == "salle":
            errs.append(where + ": salle drink without a measure")
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine else None)
            if want is None:
                errs.append(where + ": non-wine bottle without its size")
            elif fmt != want:
                errs.append(where + ": label means %s cl, entry is %s cl" % (want, fmt))
            want_units = 1
        elif kind == "pour":
            fam_fmts = {x["format_cl"] for x in lib if (x["name"], x["producer"], x["colour"])
                        == (e["name"], e["producer"], e["colour"])}
            ordinary = 75 if 75 in fam_fmts else (min(fam_fmts) if len(fam_fmts) == 1 else None)
            if fmt != ordinary:
                errs.append(where + ": a pour on %s cl, not the ordinary bottle" % fmt)
            want_units = round(vol / fmt, 4)
        elif kind == "dose":
            if wine or fmt in KEGS:
                errs.append(where + ": a dose on a wine or a keg")
            want_units = round(vol / fmt, 4)
        else:
            if fmt not in KEGS:
                errs.append(where + ": draught measure on a bottle")
            want_units = round(vol / fmt, 4)
        if c.get("units_per_sale") != want_units:
            errs.append(where + ": units %r, measure gives %r" % (c.get("units_per_sale"),
                                                                 want_units))
        fam = family(e)
        others = sorted(x["id"] for x in fam if x["id"] != e["id"])
        held = [x["vintage"] for x in fam]
        if not (c["expect"] == "yes" and vint is not None and held != [None]) \
                and sorted(c.get("also_ok") or []) != others:
            errs.append(where + ": also_ok %r, the wine's other vintages are %r"
                        % (c.get("also_ok"), others))
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] is not None and e["vintage"] != vint:
                errs.append(where + ": yes on %r, label says %r" % (e["vintage"], vint))
            if vint is not None and held != [None] and c.get("also_ok"):
                errs.append(where + ": yes with a vintage and a non-empty also_ok")
            if vint is None and held != [None] and e["vintage"] != max(held):
                errs.append(where + ": yes without vintage not on the most recent")
        else:
            if vint is None or vint in held or held == [None]:
                errs.append(where + ": almost without a missing label vintage")
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %r, nearest is %r" % (e["vintage"], best))
        lw = set(words(lab))
        lw |= {ABBREV[w] for w in lw if w in ABBREV}
        ew = set(words(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "")
                                if x)))
        if not any(w in ew or (len(w) >= 3 and not w.isdigit()
                               and any(x.startswith(w) for x in ew)) for w in lw):
            errs.append(where + ": shares no word or stem with %s" % e["id"])
    total = len(cases)
    if total:
        for ans, lo, hi in (("yes", 0.45, 0.52), ("almost", 0.12, 0.17), ("none", 0.33, 0.40)):
            share = sum(counts[t][ans] for t in TILLS) / total
            if not lo <= share <= hi:
                errs.append("%s share %.3f outside %.2f-%.2f" % (ans, share, lo, hi))
    for t in TILLS:
        for ans in ("yes", "almost", "none"):
            if counts[t][ans] == 0:
                errs.append("till %s has no %s" % (t, ans))
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    def mod_case(pred, fn):
        def go(L, C):
            C = list(C)
            for i, line in enumerate(C):
                c = json.loads(line)
                if pred(c):
                    fn(c)
                    C[i] = json.dumps(c, ensure_ascii=False)
                    return L, C
            raise AssertionError("no case to break")
        return go

    def mod_lib(n, fn):
        def go(L, C):
            L = list(L)
            e = json.loads(L[n])
            fn(e)
            L[n] = json.dumps(e, ensure_ascii=False)
            return L, C
        return go

    def setk(k, v):
        return lambda c: c.__setitem__(k, v)

    def alm(c):
        return c["expect"] == "almost" and c["also_ok"]
    breaks = [
        ("invalid JSON", lambda L, C: (L, [*C[:5], "{not json", *C[6:]])),
        ("library field order", lambda L, C: ([*L[:3], json.dumps(dict(reversed(list(json.loads(L[3]).items()))), ensure_ascii=False), *L[4:]], C)),
        ("cases field order", lambda L, C: (L, [json.dumps(dict(reversed(list(json.loads(C[0]).items()))), ensure_ascii=False), *C[1:]])),
        ("id out of sequence", mod_lib(10, setk("id", "MNQ999"))),
        ("unknown colour", mod_lib(0, setk("colour", "gris"))),
        ("keg on a wine", mod_lib(1, setk("format_cl", 3000))),
        ("duplicate label", lambda L, C: (L, C[:1] + C[:1] + C[2:])),
        ("almost on the farther vintage", mod_case(alm, lambda c: c.update(
            beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("almost with also_ok emptied", mod_case(alm, setk("also_ok", []))),
        ("glass units", mod_case(lambda c: " - Verre" in c["label"],
                                 setk("units_per_sale", 0.2))),
        ("none with an id", mod_case(lambda c: c["expect"] == "none",
                                     setk("beverage_id", "MNQ001"))),
        ("vintage field not the label's", mod_case(lambda c: c["vintage"] == 2023,
                                                   setk("vintage", 2022))),
        ("magnum on the 75 cl entry", mod_case(
            lambda c: c["label"].startswith("MAG "), setk("beverage_id", "MNQ023"))),
        ("caisse label in lower case", mod_case(lambda c: c["connection"] == "caisse",
                                                lambda c: c.update(label=c["label"].lower()))),
        ("caisse label over 18 columns", mod_case(
            lambda c: c["label"].startswith("VR BERNE INSPIRATI"),
            setk("label", "VR BERNE INSPIRATION 24 7.00"))),
        ("tablette unknown variant", mod_case(lambda c: c["label"].endswith(" - Verre"),
                                              lambda c: c.update(label=c["label"][:-5] + "Glass"))),
        ("salle label with accents", mod_case(lambda c: c["connection"] == "salle",
                                              lambda c: c.update(label=c["label"] + " é"))),
        ("draught on a bottled beer", mod_case(lambda c: c["label"] == "DEMI 1664 3.80",
                                               setk("beverage_id", "MNQ104"))),
        ("yes without vintage not on the most recent", mod_case(
            lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"],
            lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("cut-off note on an uncut label", mod_case(
            lambda c: c["connection"] == "tablette" and c["expect"] == "yes",
            lambda c: c.update(note=c["note"] + " [2024 cut off by the till]"))),
        ("label sharing no word with its entry", mod_case(
            lambda c: c["label"].startswith("DOSE RICARD"), setk("beverage_id", "MNQ085"))),
        ("unknown connection", mod_case(lambda c: True, setk("connection", "bar"))),
        ("too few cases", lambda L, C: (L, C[:200])),
        ("a till without almost", lambda L, C: (L, [x for x in C if not (
            json.loads(x)["connection"] == "salle" and json.loads(x)["expect"] == "almost")])),
        ("yes turned almost", mod_case(lambda c: c["expect"] == "yes" and c["vintage"],
                                       setk("expect", "almost"))),
    ]
    errs, _ = check(lib, cases)
    ok = not errs
    print("clean files: %s" % ("pass" if ok else "FAIL %s" % errs[:3]))
    for name, fn in breaks:
        L, C = fn(copy.copy(lib), copy.copy(cases))
        e, _ = check(L, C)
        print("%-45s %s" % (name, ("reported: " + e[0][:70]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib, cases = read("manosque_library.jsonl"), read("manosque_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs, counts = check(lib, cases)
    for e in errs:
        print(e)
    tot = {a: sum(counts[t][a] for t in TILLS) for a in ("yes", "almost", "none")}
    n = sum(tot.values())
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
            t, counts[t]["yes"], counts[t]["almost"], counts[t]["none"], sum(counts[t].values())))
    print("total     yes %3d  almost %3d  none %3d  total %3d  (%.1f / %.1f / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], n, 100 * tot["yes"] / n,
        100 * tot["almost"] / n, 100 * tot["none"] / n))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
