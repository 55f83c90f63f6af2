"""Check the Pontarlier blind set from its two jsonl files alone (stdlib only).

    python3 check_pontarlier.py             # check pontarlier_library.jsonl / pontarlier_cases.jsonl
    python3 check_pontarlier.py --selftest  # break copies on purpose; each break must be reported
"""
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("COMPTOIR", "SALLE", "GESTION")
KEGS = (2000, 3000)
# measure word -> (kind, volume): kind "fmt" a bottle of that format (None = ordinary), "pour"
C_WORDS = {"BTL": ("fmt", None), "MAG": ("fmt", 150), "1/2": ("fmt", 37.5), "CLAV": ("fmt", 62),
           "25CL": ("fmt", 25), "33CL": ("fmt", 33), "70CL": ("fmt", 70), "1L": ("fmt", 100),
           "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CAR25": ("pour", 25),
           "CAR50": ("pour", 50), "DOSE": ("pour", 4), "DEMI": ("pour", 25), "PINTE": ("pour", 50)}
S_WORDS = {"Bouteille": ("fmt", None), "Magnum": ("fmt", 150), "Demi-Bouteille": ("fmt", 37.5),
           "Clavelin": ("fmt", 62), "Bouteille 25cl": ("fmt", 25), "Bouteille 33cl": ("fmt", 33),
           "Bouteille 70cl": ("fmt", 70), "Bouteille 1L": ("fmt", 100), "Verre": ("pour", 12.5),
           "Verre 15cl": ("pour", 15), "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
           "Dose": ("pour", 4), "Demi": ("pour", 25), "Pinte": ("pour", 50)}
FAMILIES = {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
            "effervescent": "BULLES", "liquoreux": "VINS DOUX", "spiritueux": "SPIRITUEUX",
            "autre": "APERITIFS", "bière": "BIERES", "soft": "SANS ALCOOL"}
OTHER_FAMILIES = {"CUISINE", "CAFETERIE", "DIVERS"}
# standard or house abbreviations a sommelier reads at once
ABBREV = {"cdj": "cotes du jura", "vj": "vin jaune", "fva": "fruitiere vinicole d arbois",
          "bb": "berthet bondet", "bgne": "bourgogne", "pn": "pinot noir", "cdr": "cotes du rhone",
          "ch": "chateau", "ste": "sainte", "st": "saint", "faiv": "faiveley", "bld": "blonde",
          "rge": "rouge", "bdb": "blanc de blancs", "m": "m de minuty"}
SHARE_SKIP = {"verre", "bouteille", "demi", "pinte", "dose", "carafe", "magnum", "clavelin",
              "vins", "rouges", "blancs", "roses", "bulles", "doux", "spiritueux", "aperitifs",
              "bieres", "sans", "alcool", "rouge", "blanc", "rose", "domaine", "dom"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return re.findall(r"[a-z0-9]+", fold(s or ""))


def two_digit_year(n):
    return 2000 + n if n <= 30 else 1900 + n


def read_label(till, label):
    """(form errors, measure (kind, vol) or None, vintage, gestion fields)"""
    errs, meas, vint, g = [], None, None, None
    if till == "COMPTOIR":
        if len(label) > 16:
            field, word = label[:16], label[16:]
            if not word.startswith(" ") or word[1:] not in C_WORDS:
                errs.append("COMPTOIR size key after column 16 unknown: %r" % label)
            else:
                meas = C_WORDS[word[1:]]
        else:
            field = label
        if not re.fullmatch(r"[A-Z0-9 ]+", field) or field.strip() != field.rstrip() or not field.strip():
            errs.append("COMPTOIR name field not ASCII capitals in 16 columns: %r" % label)
        toks = field.split()
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            vint = two_digit_year(int(toks[-1]))
    elif till == "SALLE":
        for w in sorted(S_WORDS, key=len, reverse=True):
            if label.startswith(w + " "):
                meas = S_WORDS[w]
                break
        first = label.split()
        if not first or not first[0][0].isupper() or label.upper() == label:
            errs.append("SALLE label not in Title Case: %r" % label)
        if any(len(w) > 4 and w.isupper() and w.isalpha() for w in label.split()):
            errs.append("SALLE label has a word in capitals: %r" % label)
        m = re.search(r" ((?:19|20)\d\d)$", label)
        if m:
            vint = int(m.group(1))
        if re.search(r"(?:19|20)\d\d(?!$)", label.replace("1664", "")) and not m:
            errs.append("SALLE vintage not at the end: %r" % label)
    elif till == "GESTION":
        parts = label.split(";")
        if len(parts) != 5:
            return ["GESTION label without 5 fields: %r" % label], None, None, None
        code, fam, des, v, vol = parts
        g = (fam, des)
        if not re.fullmatch(r"\d{6}", code):
            errs.append("GESTION article code not 6 digits: %r" % label)
        else:
            h = hashlib.sha256((fam + "|" + des).encode()).hexdigest()
            if code != "%06d" % (100000 + int(h[:8], 16) % 900000):
                errs.append("GESTION article code not the one of its designation: %r" % label)
        if fam not in set(FAMILIES.values()) | OTHER_FAMILIES:
            errs.append("GESTION family unknown: %r" % label)
        if not re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", des):
            errs.append("GESTION designation not lower-case ASCII: %r" % label)
        if v and not re.fullmatch(r"(?:19|20)\d\d", v):
            errs.append("GESTION vintage column not 4 digits: %r" % label)
        vint = int(v) if re.fullmatch(r"\d{4}", v) else None
        if vol:
            m = re.fullmatch(r"(\d+)(?:,(\d))?cl", vol)
            if not m:
                errs.append("GESTION volume not NN[,N]cl: %r" % label)
            else:
                x = float(m.group(1) + "." + (m.group(2) or "0"))
                meas = ("vol", int(x) if x == int(x) else x)
    else:
        errs.append("unknown connection %r" % till)
    return errs, meas, vint, g


def load(path, what, errs):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append("%s line %d: not JSON" % (what, i))
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, "library", errs)
    cases = load(cases_path, "cases", errs)
    # ---- library ----
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks, not 110-130" % len(lib))
    byid, groups, seen = {}, {}, set()
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append("library %s: fields %s" % (e.get("id"), list(e)))
            continue
        if e["id"] != "pq%03d" % i:
            errs.append("library id %s out of sequence (expected pq%03d)" % (e["id"], i))
        byid[e["id"]] = e
        wine = e["category"] in ("vin", "champagne")
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        if wine and e["colour"] not in COLOURS:
            errs.append("%s: wine without a valid colour" % e["id"])
        if not wine and e["colour"] is not None:
            errs.append("%s: colour on a non-wine" % e["id"])
        if e["format_cl"] in KEGS and e["category"] != "bière":
            errs.append("%s: keg format on a non-beer" % e["id"])
        if e["category"] == "bière" and e["format_cl"] > 100 and e["format_cl"] not in KEGS:
            errs.append("%s: beer keg not 2000/3000 cl" % e["id"])
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        if (*k, e["vintage"]) in seen:
            errs.append("%s: duplicate drink" % e["id"])
        seen.add((*k, e["vintage"]))
        groups.setdefault(k, []).append(e)
    wines = {}
    for k, g in groups.items():
        wines.setdefault(k[:4], {})[k[4]] = g

    def ordinary(e):
        fm = [f for f in wines[(e["name"], e["producer"], e["appellation"], e["colour"])] if f not in KEGS]
        return 75 if 75 in fm else (fm[0] if len(fm) == 1 else None)

    # ---- cases ----
    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    labels, tally = set(), {}
    for c in cases:
        if list(c) != CASE_FIELDS:
            errs.append("case %r: fields %s" % (c.get("label"), list(c)))
            continue
        lab, exp, bid, also, v, units, till = (c["label"], c["expect"], c["beverage_id"],
                                               c["also_ok"], c["vintage"], c["units_per_sale"],
                                               c["connection"])
        where = "%s %r" % (till, lab)
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if not c["note"]:
            errs.append("%s: empty note" % where)
        tally[(till, exp)] = tally.get((till, exp), 0) + 1
        ferrs, meas, rv, g = read_label(till, lab)
        errs.extend(ferrs)
        if rv != v:
            errs.append("%s: vintage %r but the label reads %r" % (where, v, rv))
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                errs.append("%s: none with an id, also_ok or units" % where)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        e = byid.get(bid)
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, bid))
            continue
        wkey = (e["name"], e["producer"], e["appellation"], e["colour"])
        grp = groups[(*wkey, e["format_cl"])]
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x["id"] != bid)
        if exp == "yes" and v is not None:
            others = []
        if sorted(also) != others:
            errs.append("%s: also_ok %s, expected the other vintages %s" % (where, also, others))
        if exp == "yes":
            if v is not None and e["vintage"] != v:
                errs.append("%s: yes on vintage %s, label says %s" % (where, e["vintage"], v))
            if v is None and vints and e["vintage"] != vints[-1]:
                errs.append("%s: no vintage on the label but not the most recent" % where)
        else:
            if v is None or not vints or v in vints:
                errs.append("%s: almost without a missing vintage" % where)
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    errs.append("%s: almost on %s, nearest is %s" % (where, e["vintage"], best))
        # format and units against the printed measure
        if not isinstance(units, (int, float)) or round(units, 4) != units:
            errs.append("%s: units %r not to 4 decimals" % (where, units))
            continue
        fmt, beer = e["format_cl"], e["category"] == "bière"
        if meas is None:
            errs.append("%s: no measure on a drink" % where)
            continue
        kind, vol = meas
        if kind == "vol":
            kind = "fmt" if vol == fmt and fmt not in KEGS else "pour"
        if kind == "fmt":
            want = ordinary(e) if vol is None else vol
            if fmt != want or units != 1:
                errs.append("%s: bottle of %s cl answered with %s cl x %s" % (where, want, fmt, units))
        else:
            want_fmt = (fmt if fmt in KEGS else None) if beer else ordinary(e)
            if fmt != want_fmt:
                errs.append("%s: pour not from the ordinary bottle / keg (%s cl)" % (where, fmt))
            elif units != round(vol / fmt, 4):
                errs.append("%s: units %s, expected %s" % (where, units, round(vol / fmt, 4)))
        if till == "GESTION" and g:
            famw = FAMILIES["effervescent"] if e["category"] == "champagne" else FAMILIES[e["colour"] or e["category"]]
            if g[0] != famw:
                errs.append("%s: family %s, the entry is %s" % (where, g[0], famw))
        # a word, a 4-letter stem or a standard abbreviation shared with the entry
        ent = " ".join(words(" ".join(str(x) for x in (e["name"], e["producer"], e["appellation"]) if x)))
        stems = {w[:4] for w in ent.split() if len(w) >= 4}
        toks = [t for t in words(lab if till != "GESTION" else g[1]) if t not in SHARE_SKIP]
        ok = any(len(t) >= 4 and t[:4] in stems for t in toks) or \
            any(t in ent.split() for t in toks if not t.isdigit()) or \
            any(t in ABBREV and ABBREV[t] in ent for t in toks) or \
            any(t.isdigit() and len(t) == 4 and t in ent.split() for t in toks)
        if not ok:
            errs.append("%s: shares no word, stem or abbreviation with %s" % (where, bid))
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in tally.items() if x == exp)
        if not lo <= 100.0 * k / n <= hi:
            errs.append("%s: %.1f %% not in %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not tally.get((t, exp)):
                errs.append("till %s has no %s case" % (t, exp))
    return errs, tally, len(lib), len(cases)


def selftest():
    lib = os.path.join(HERE, "pontarlier_library.jsonl")
    cas = os.path.join(HERE, "pontarlier_cases.jsonl")
    errs = check(lib, cas)[0]
    print("clean files:", "PASS" if not errs else "FAIL %s" % errs[:3])
    ok = not errs
    L = open(lib, encoding="utf-8").read().splitlines()
    C = open(cas, encoding="utf-8").read().splitlines()

    def first(pred):
        for i, l in enumerate(C):
            if pred(json.loads(l)):
                return i
        raise LookupError

    def edit_case(pred, fn):
        def go(lines_l, lines_c):
            i = first(pred)
            c = json.loads(lines_c[i])
            fn(c)
            lines_c[i] = json.dumps(c, ensure_ascii=False)
        return go

    def set_(k, v):
        return lambda c: c.__setitem__(k, v)

    def edit_lib(i, fn):
        def go(lines_l, lines_c):
            e = json.loads(lines_l[i])
            fn(e)
            lines_l[i] = json.dumps(e, ensure_ascii=False)
        return go

    def reorder(c):
        items = list(c.items())
        c.clear()
        c.update([items[1], items[0], *items[2:]])

    def almost_far(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def swap_lib(lines_l, lines_c):
        lines_l[3], lines_l[4] = lines_l[4], lines_l[3]

    def dup(lines_l, lines_c):
        lines_c.append(lines_c[0])

    def nonjson(lines_l, lines_c):
        lines_c[5] = lines_c[5][:-3]

    def fewer(lines_l, lines_c):
        del lines_c[150:170]

    def half_as_75(lines_l, lines_c):
        i = first(lambda c: c["label"] == "CHABLIS BROCARD  1/2")
        c = json.loads(lines_c[i])
        c["beverage_id"] = "pq040"
        lines_c[i] = json.dumps(c, ensure_ascii=False)

    def gl(c):
        return c["expect"] == "yes" and c["units_per_sale"] == 0.1667
    breaks = [
        ("glass units wrong", edit_case(gl, set_("units_per_sale", 0.16))),
        ("almost on the farther vintage", edit_case(lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1, almost_far)),
        ("none with an id", edit_case(lambda c: c["expect"] == "none", set_("beverage_id", "pq001"))),
        ("also_ok dropped", edit_case(lambda c: c["expect"] == "yes" and c["also_ok"], set_("also_ok", []))),
        ("COMPTOIR label in lower case", edit_case(lambda c: c["connection"] == "COMPTOIR" and c["expect"] == "yes", lambda c: c.__setitem__("label", c["label"].lower()))),
        ("SALLE label in capitals", edit_case(lambda c: c["connection"] == "SALLE", lambda c: c.__setitem__("label", c["label"].upper()))),
        ("GESTION article code changed", edit_case(lambda c: c["connection"] == "GESTION", lambda c: c.__setitem__("label", "999999" + c["label"][6:]))),
        ("fields out of order", edit_case(lambda c: True, reorder)),
        ("duplicate label", dup),
        ("library ids out of order", swap_lib),
        ("keg on a soft", edit_lib(len(L) - 1, lambda e: e.__setitem__("format_cl", 2000))),
        ("wine without colour", edit_lib(0, lambda e: e.__setitem__("colour", None))),
        ("non-JSON line", nonjson),
        ("too few cases", fewer),
        ("yes on another vintage", edit_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "SALLE", lambda c: c.__setitem__("vintage", c["vintage"] - 1))),
        ("cut vintage kept", edit_case(lambda c: "cut off" in c["note"], set_("vintage", 2022))),
        ("half answered with the 75 cl", half_as_75),
        ("unknown connection", edit_case(lambda c: True, set_("connection", "TERRASSE"))),
        ("GESTION volume in litres", edit_case(lambda c: c["connection"] == "GESTION" and c["label"].endswith(";75cl"), lambda c: c.__setitem__("label", c["label"][:-4] + "0,75L"))),
        ("draught on a bottled-only beer", edit_case(lambda c: c["label"] == "BONNE BOUILLE BL PINTE", set_("beverage_id", "pq092"))),
    ]
    tmp = tempfile.mkdtemp()
    try:
        for name, fn in breaks:
            l2, c2 = list(L), list(C)
            fn(l2, c2)
            pl, pc = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(pl, "w", encoding="utf-8").write("\n".join(l2) + "\n")
            open(pc, "w", encoding="utf-8").write("\n".join(c2) + "\n")
            e = check(pl, pc)[0]
            print("%-32s %s" % (name, ("reported: " + e[0][:90]) if e else "NOT REPORTED"))
            ok = ok and bool(e)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "PASS (%d breaks)" % len(breaks) if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, tally, nl, nc = check(os.path.join(HERE, "pontarlier_library.jsonl"),
                                os.path.join(HERE, "pontarlier_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (nl, nc))
    for t in TILLS:
        print("  %-9s" % t, " ".join("%s %d" % (x, tally.get((t, x), 0)) for x in ("yes", "almost", "none")))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
