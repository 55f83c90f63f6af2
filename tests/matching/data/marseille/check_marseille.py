"""Check marseille_library.jsonl and marseille_cases.jsonl on their own.

Does not import the build: it re-reads every label with its own reading of the three
tills' habits (README.md) and checks the answers against the bench README's rules.

    python3 check_marseille.py             # check the two files
    python3 check_marseille.py --selftest  # break copies on purpose, expect each reported
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = ("vin", "champagne")
KEGS = (2000, 3000)
TILLS = ("caisse", "tablette", "resa")

# measure words -> ("fmt", size or None) | ("pour", cl) | ("keg", cl)
CAISSE_MEAS = {"1/2": ("fmt", 37.5), "MAG": ("fmt", 150), "33CL": ("fmt", 33),
               "50CL": ("fmt", 50), "70CL": ("fmt", 70), "1L": ("fmt", 100),
               "VRE": ("pour", 12.5), "CP": ("pour", 12.5), "PICH25": ("pour", 25),
               "PICH50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
               "DEMI": ("keg", 25), "PINTE": ("keg", 50)}
CAISSE_NOT_WINE = {"33CL", "50CL", "70CL", "1L", "DOSE", "2CL", "DEMI", "PINTE"}
TAB_MEAS = [("verre 15cl", ("pour", 15)), ("pichet 25cl", ("pour", 25)),
            ("pichet 50cl", ("pour", 50)), ("demi-btl", ("fmt", 37.5)),
            ("magnum", ("fmt", 150)), ("verre", ("pour", 12.5)), ("coupe", ("pour", 12.5)),
            ("dose", ("pour", 4)), ("2cl", ("pour", 2)), ("demi", ("keg", 25)),
            ("pinte", ("keg", 50)), ("33cl", ("fmt", 33)), ("50cl", ("fmt", 50)),
            ("70cl", ("fmt", 70)), ("1l", ("fmt", 100))]
RESA_MEAS = {"75 cl": ("fmt", 75), "37,5 cl": ("fmt", 37.5), "150 cl": ("fmt", 150),
             "33 cl": ("fmt", 33), "50 cl": ("fmt", 50), "70 cl": ("fmt", 70),
             "100 cl": ("fmt", 100), "Verre 12 cl": ("pour", 12), "Verre 15 cl": ("pour", 15),
             "Coupe 12 cl": ("pour", 12), "Pichet 25 cl": ("pour", 25),
             "Pichet 50 cl": ("pour", 50), "4 cl": ("pour", 4), "2 cl": ("pour", 2),
             "Pression 25 cl": ("keg", 25), "Pression 50 cl": ("keg", 50)}
RESA_SECTIONS = {"Vins rouges": ("vin", "rouge"), "Vins blancs": ("vin", "blanc"),
                 "Vins rosés": ("vin", "rosé"), "Champagnes": ("champagne", None),
                 "Apéritifs & anisés": ("spiritueux", None), "Digestifs": ("spiritueux", None),
                 "Bières": ("bière", None), "Eaux & sodas": ("soft", None),
                 "Menus": (None, None), "Suppléments": (None, None)}
ABBREV = {"bdl": "bandol", "cdp": "provence", "cndp": "chateauneuf", "vx": "vieux",
          "jp": "jean", "st": "saint", "ste": "sainte", "ch": "chateau", "dom": "domaine",
          "gde": "grande", "res": "reserve", "bdb": "blancs", "gc": "grand",
          "calva": "calvados", "maltf": "maltfaiteurs", "rs": "rose", "rg": "rouge",
          "bl": "blanc", "chateauneuf": "chateauneuf"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append((n, json.loads(line, object_pairs_hook=list)))
    return rows


def tablet_measure(label):
    body = re.sub(r" \d+,\d\d$", "", label)
    for w, m in TAB_MEAS:
        if body.endswith(" " + w):
            return m
    return ("fmt", None)


def read_label(c):
    """(vintage, measure) as printed, and a list of habit errors."""
    label, till, errs = c["label"], c["connection"], []
    if till == "caisse":
        m = re.match(r"^(\d{4}) (.+)$", label)
        if not m or not 101 <= int(m.group(1)) <= 998:
            return None, ("fmt", None), ["caisse label without PLU 0101-0998"]
        desc = m.group(2)
        if len(desc) > 18 or desc != desc.upper() or not desc.isascii() or desc != desc.strip():
            errs.append("caisse description not 18-column ASCII capitals")
        toks = desc.split(" ")
        meas = CAISSE_MEAS.get(toks[0], ("fmt", None))
        vint = None
        if toks[0] not in CAISSE_NOT_WINE and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        return vint, meas, errs
    if till == "tablette":
        if label != label.lower():
            errs.append("tablette label not lower case")
        if not re.search(r" \d+,\d\d$", label):
            errs.append("tablette label without a price with a decimal comma")
        if re.search(r"\b(19|20)\d\d\b", label):
            errs.append("tablette label with a four-digit year")
        ys = re.findall(r" '(\d\d)(?= )", label)
        return (2000 + int(ys[0]) if ys else None), tablet_measure(label), errs
    fields = label.split(" · ")
    if fields[0] not in RESA_SECTIONS or len(fields) < 2:
        return None, ("fmt", None), ["resa label without a known section"]
    name = fields[1]
    if len(name.rstrip("…")) > 30 or "…" in name[:-1]:
        errs.append("resa name field over 30 characters")
    if any("…" in f for f in fields[2:]):
        errs.append("resa cut outside the name field")
    vint = None
    for f in fields[2:]:
        if re.fullmatch(r"\d{4}", f):
            vint = int(f)
    meas = RESA_MEAS.get(fields[-1])
    if RESA_SECTIONS[fields[0]][0] is None:
        if meas:
            errs.append("resa food or service with a format")
        meas = ("fmt", None)
    elif meas is None:
        errs.append("resa drink without a format")
        meas = ("fmt", None)
    if fields[0] in ("Vins rouges", "Vins blancs", "Vins rosés", "Champagnes"):
        if not (vint or "NM" in fields[2:] or len(fields) == 4):
            errs.append("resa wine without vintage or NM")
    return vint, meas, errs


def shares_word(label, e):
    lw = set(words(label))
    lw |= {ABBREV[w] for w in lw if w in ABBREV}
    ew = [w for w in words(" ".join([e["name"], e["producer"], e["appellation"] or ""]))
          if len(w) >= 3 and w not in ("chateau", "domaine", "de", "la", "du", "les",
                                       "rouge", "blanc", "rose")]
    for w in ew:
        for t in lw:
            if t == w or (len(t) >= 4 and (w.startswith(t) or t in w or w in t)):
                return True
    return False


def check(lib_rows, case_rows):
    errs = []
    lib, order = {}, []
    for n, pairs in lib_rows:
        keys = [k for k, _ in pairs]
        if keys != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, keys))
        e = dict(pairs)
        if e.get("id") != "s%03d" % n:
            errs.append("library line %d: id %s out of sequence" % (n, e.get("id")))
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errs.append("library %s: colour or category" % e.get("id"))
        if (e.get("category") in WINE) != (e.get("colour") is not None):
            errs.append("library %s: colour only on wines" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: format_cl" % e.get("id"))
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int)
                                                 and 1950 <= e["vintage"] <= 2030):
            errs.append("library %s: vintage" % e.get("id"))
        lib[e.get("id")] = e
        order.append(e)
    wine_of = {}
    for e in order:
        wine_of.setdefault((e["name"], e["producer"], e["appellation"], e["colour"],
                            e["format_cl"]), []).append(e)
    for k, es in wine_of.items():
        vs = [e["vintage"] for e in es]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("library: %s held twice in one vintage" % (k,))

    def siblings(e):
        return wine_of[(e["name"], e["producer"], e["appellation"], e["colour"],
                        e["format_cl"])]

    def ordinary(e):
        fm = {x["format_cl"] for x in order if x["name"] == e["name"]
              and x["producer"] == e["producer"] and x["colour"] == e["colour"]
              and x["format_cl"] not in KEGS}
        if 75 in fm and e["category"] in WINE:
            return 75
        return fm.pop() if len(fm) == 1 else None

    seen, plu = set(), {}
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, pairs in case_rows:
        keys = [k for k, _ in pairs]
        c = dict(pairs)
        where = "case %d %r" % (n, c.get("label"))
        if keys != CASE_FIELDS:
            errs.append("%s: fields %s" % (where, keys))
            continue
        if c["label"] in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(c["label"])
        if c["connection"] not in TILLS or c["expect"] not in ("yes", "almost", "none"):
            errs.append("%s: connection or expect" % where)
            continue
        counts[c["connection"]][c["expect"]] += 1
        vint, (kind, vol), herrs = read_label(c)
        errs += ["%s: %s" % (where, h) for h in herrs]
        if c["connection"] == "caisse":
            p, d = c["label"][:4], c["label"][5:]
            if plu.setdefault(p, d) != d:
                errs.append("%s: PLU %s used for two buttons" % (where, p))
        e = lib.get(c["beverage_id"])
        if e is not None and e["category"] not in WINE:
            vint = None
        if c["vintage"] != vint:
            errs.append("%s: vintage %s, label reads %s" % (where, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: a none carries an answer" % where)
            continue
        if e is None:
            errs.append("%s: unknown beverage_id" % where)
            continue
        if not shares_word(c["label"], e):
            errs.append("%s: shares no word with %s" % (where, e["name"]))
        sib = siblings(e)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        lv = c["vintage"]
        vs = [x["vintage"] for x in sib if x["vintage"] is not None]
        if c["expect"] == "yes":
            if lv is not None and e["vintage"] is not None:
                if e["vintage"] != lv:
                    errs.append("%s: yes on vintage %s, label %s" % (where, e["vintage"], lv))
                if c["also_ok"]:
                    errs.append("%s: also_ok on a yes with the vintage" % where)
            else:
                if vs and e["vintage"] != max(vs):
                    errs.append("%s: not the most recent vintage" % where)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok is not the other vintages" % where)
        else:
            if lv is None or lv in vs or not vs:
                errs.append("%s: almost without a missing vintage" % where)
            else:
                best = min(vs, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost not on the nearest vintage %s" % (where, best))
            if sorted(c["also_ok"]) != others:
                errs.append("%s: also_ok is not the other vintages" % where)
        u = c["units_per_sale"]
        if c["connection"] == "resa":
            sect = c["label"].split(" · ")[0]
            cat, col = RESA_SECTIONS[sect]
            if cat != e["category"] or (col and col != e["colour"]):
                errs.append("%s: section %s for a %s %s" % (where, sect, e["category"],
                                                           e["colour"]))
        if kind == "fmt":
            size = vol if vol is not None else ordinary(e)
            if e["format_cl"] != size or e["format_cl"] in KEGS:
                errs.append("%s: bottle %s cl answered with %s cl" % (where, size,
                                                                    e["format_cl"]))
            if u != 1:
                errs.append("%s: a bottle is 1 unit, not %s" % (where, u))
        elif kind == "pour":
            if e["format_cl"] != ordinary(e):
                errs.append("%s: pour not from the ordinary bottle" % where)
            if u != round(vol / e["format_cl"], 4):
                errs.append("%s: units %s for %s cl of %s cl" % (where, u, vol, e["format_cl"]))
        else:
            if e["format_cl"] not in KEGS or e["category"] != "bière":
                errs.append("%s: draught not from a keg" % where)
            elif u != round(vol / e["format_cl"], 4):
                errs.append("%s: units %s for %s cl of a keg" % (where, u, vol))
    n = sum(sum(v.values()) for v in counts.values())
    tot = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    if not 110 <= len(order) <= 150:
        errs.append("library has %d drinks (110-150)" % len(order))
    if not 260 <= n <= 300:
        errs.append("%d cases (260-300)" % n)
    elif not (0.35 <= tot["none"] / n <= 0.40 and 0.12 <= tot["almost"] / n <= 0.18):
        errs.append("share of none %.3f / almost %.3f" % (tot["none"] / n, tot["almost"] / n))
    return errs, counts


def load():
    return (read_jsonl(os.path.join(HERE, "marseille_library.jsonl")),
            read_jsonl(os.path.join(HERE, "marseille_cases.jsonl")))


def set_field(pairs, key, value):
    return [(k, value if k == key else v) for k, v in pairs]


def find(cases, pred):
    for i, (n, pairs) in enumerate(cases):
        if pred(dict(pairs)):
            return i
    raise LookupError("no case for a selftest")


def selftest():
    lib, cases = load()
    base, _ = check(lib, cases)
    if base:
        print("the unbroken files do not check clean:", *base, sep="\n  ")
        return 1
    breaks = []

    def brk(name, mutate):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        mutate(L, C)
        errs, _ = check(L, C)
        breaks.append((name, errs))

    def glass_units(L, C):
        i = find(C, lambda c: c["label"].startswith(tuple("0123456789")) and " VRE " in c["label"]
                 and c["expect"] == "yes")
        C[i] = (C[i][0], set_field(C[i][1], "units_per_sale", 0.16))

    def almost_far(L, C):
        i = find(C, lambda c: c["expect"] == "almost" and c["also_ok"])
        d = dict(C[i][1])
        C[i] = (C[i][0], set_field(set_field(C[i][1], "beverage_id", d["also_ok"][0]),
                                   "also_ok", [d["beverage_id"]]))

    def cut_vintage_kept(L, C):
        i = find(C, lambda c: "cut off by the till]" in c["note"] and c["expect"] == "yes"
                 and c["connection"] == "caisse" and c["also_ok"])
        C[i] = (C[i][0], set_field(C[i][1], "vintage", 2019))

    def none_with_id(L, C):
        i = find(C, lambda c: c["expect"] == "none")
        C[i] = (C[i][0], set_field(C[i][1], "beverage_id", "s001"))

    def caisse_lower(L, C):
        i = find(C, lambda c: c["connection"] == "caisse")
        d = dict(C[i][1])
        C[i] = (C[i][0], set_field(C[i][1], "label", d["label"].lower() + " extra"))

    def tablet_no_price(L, C):
        i = find(C, lambda c: c["connection"] == "tablette" and c["expect"] == "yes")
        d = dict(C[i][1])
        C[i] = (C[i][0], set_field(C[i][1], "label", d["label"].rsplit(" ", 1)[0]))

    def field_order(L, C):
        p = C[0][1]
        C[0] = (C[0][0], [p[1], p[0], *p[2:]])

    def half_as_bottle(L, C):
        i = find(C, lambda c: c["label"].split(" ")[1:2] == ["1/2"] and c["expect"] == "yes")
        d = dict(C[i][1])
        e = next(dict(p) for _, p in L if dict(p)["id"] == d["beverage_id"])
        alt = next(dict(p)["id"] for _, p in L if dict(p)["name"] == e["name"]
                   and dict(p)["format_cl"] == 75)
        C[i] = (C[i][0], set_field(C[i][1], "beverage_id", alt))

    def also_dropped(L, C):
        i = find(C, lambda c: c["expect"] == "yes" and c["also_ok"])
        C[i] = (C[i][0], set_field(C[i][1], "also_ok", []))

    def entry_vintage(L, C):
        d = dict(C[find(C, lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"]
                        and c["connection"] == "tablette")][1])
        i = next(i for i, (_, p) in enumerate(L) if dict(p)["id"] == d["beverage_id"])
        L[i] = (L[i][0], set_field(L[i][1], "vintage", d["vintage"] - 3))

    def draught_bottle(L, C):
        i = find(C, lambda c: c["label"].endswith(" · Pression 50 cl") and c["expect"] == "yes")
        d = dict(C[i][1])
        e = next(dict(p) for _, p in L if dict(p)["id"] == d["beverage_id"])
        alt = next(dict(p)["id"] for _, p in L if dict(p)["name"] == e["name"]
                   and dict(p)["format_cl"] == 33)
        C[i] = (C[i][0], set_field(C[i][1], "beverage_id", alt))

    def resa_section(L, C):
        i = find(C, lambda c: c["label"].startswith("Vins rosés") and c["expect"] == "yes")
        d = dict(C[i][1])
        C[i] = (C[i][0], set_field(C[i][1], "label", d["label"].replace("Vins rosés",
                                                                         "Vins blancs", 1)))

    for name, f in [("a glass's units", glass_units), ("an almost on the farther vintage",
                    almost_far), ("a cut vintage kept", cut_vintage_kept),
                    ("a none with an id", none_with_id), ("a caisse label in lower case",
                    caisse_lower), ("a tablet label without price", tablet_no_price),
                    ("fields out of order", field_order), ("a half answered with the bottle",
                    half_as_bottle), ("also_ok dropped", also_dropped),
                    ("an entry's vintage", entry_vintage), ("a draught answered with a bottle",
                    draught_bottle), ("a resa rosé filed as white", resa_section)]:
        brk(name, f)
    bad = 0
    for name, errs in breaks:
        print("%-36s %s" % (name, ("caught: " + errs[0]) if errs else "NOT CAUGHT"))
        bad += not errs
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print(e)
    for t in TILLS:
        v = counts[t]
        print("%-9s yes %3d  almost %3d  none %3d" % (t, v["yes"], v["almost"], v["none"]))
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
