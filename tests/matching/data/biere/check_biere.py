"""Check biere_library.jsonl and biere_cases.jsonl on their own (no build, no data module).

    python3 check_biere.py              # checks the two files beside this script
    python3 check_biere.py --selftest   # and breaks copies on purpose, to see each reported

It reads every label the way its till prints it (CAISSE: family, measure, 'YY at the end,
22 characters; TABLETTE: degree, year, measure word, price; BOUTIQUE: name [year] — maker —
packaging) and checks the answer against the library with the bench README's rules.
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = {"CAISSE", "TABLETTE", "BOUTIQUE"}
WIDTH = 22
GLASS = 12.5
NON_DRINK_FAMILIES = {"MIX", "CUIS", "CAFE", "DIV"}
FAMILY_OK = {
    "PRESS": lambda e: e["category"] in ("bière", "autre") and e["format_cl"] >= 2000,
    "BTL": lambda e: e["category"] == "bière" and e["format_cl"] < 2000
    and e["format_cl"] != 44,
    "CAN": lambda e: e["category"] == "bière" and e["format_cl"] == 44,
    "CID": lambda e: e["category"] == "autre" and e["format_cl"] < 2000,
    "SOFT": lambda e: e["category"] == "soft",
    "VIN": lambda e: e["category"] == "vin",
    "WSK": lambda e: e["category"] == "spiritueux",
    "GIN": lambda e: e["category"] == "spiritueux",
}
DRAUGHT_WORDS = {"galopin": 12.5, "demi": 25, "pinte": 50}
WINE_WORDS = {"bouteille": 75, "demi-bouteille": 37.5, "magnum": 150}
STOP = {"de", "du", "la", "le", "les", "des", "l", "d", "et", "sur", "a", "cl", "ans"}


def words(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("'", "").replace("’", "")
    return [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in STOP]


# ------------------------------------------------------------------ label readers
# Each returns (vintage, measure, habit errors).  measure is one of
# ("pour", cl) from a keg, ("glass",) a 12.5 cl glass, ("shot", cl), ("bottle", cl),
# ("keg", cl) a whole keg, ("family", FAM) extra constraint, or None (no measure).

def read_caisse(label):
    errs, _fam_ok = [], None
    if len(label) > WIDTH:
        errs.append(f"register label over {WIDTH} characters")
    if label != label.upper() or not label.isascii():
        errs.append("register label not in ASCII capitals")
    m = re.match(r"^([A-Z]+)/(.+)$", label)
    if not m:
        return None, None, None, [*errs, "register label without FAMILY/"]
    fam, rest = m.groups()
    if fam not in FAMILY_OK and fam not in NON_DRINK_FAMILIES:
        errs.append(f"unknown family {fam}")
    toks = rest.split(" ")
    vintage = None
    if re.fullmatch(r"'\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1][1:])
        toks = toks[:-1]
    last = toks[-1] if len(toks) > 1 else ""
    meas = None
    if fam == "PRESS" and last in ("25", "33", "50"):
        meas = ("pour", int(last))
    elif fam in ("BTL", "CAN", "CID", "SOFT") and last in (
            "20", "25", "33", "37", "44", "50", "65", "75", "100"):
        meas = ("bottle", 37.5 if last == "37" else int(last))
    elif fam == "VIN":
        meas = {"VRE": ("glass",), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
                "50CL": ("bottle", 50)}.get(last, ("bottle", 75))
    elif fam in ("WSK", "GIN") and last in ("2CL", "4CL"):
        meas = ("shot", int(last[0]))
    return vintage, meas, fam, errs


def read_tablette(label):
    errs = []
    if label != label.lower():
        errs.append("tablet label not in lower case")
    m = re.match(r"^(.*) (\d+,\d\d)$", label)
    if not m:
        return None, None, None, [*errs, "tablet label without a price with a comma"]
    toks = m.group(1).split(" ")
    years = [t for t in toks if re.fullmatch(r"(19|20)\d\d", t)]
    vintage = int(years[0]) if years else None
    if len(years) > 1:
        errs.append("two years on a tablet label")
    last = toks[-1]
    meas = None
    if last in DRAUGHT_WORDS:
        meas = ("pour", DRAUGHT_WORDS[last])
    elif last == "verre":
        meas = ("glass",)
    elif last in WINE_WORDS:
        meas = ("bottle", WINE_WORDS[last])
    elif last in ("2cl", "4cl"):
        meas = ("shot-or-bottle", int(last[0]))
    elif last == "1l":
        meas = ("bottle", 100)
    elif re.fullmatch(r"\d+(,5)?cl", last):
        meas = ("bottle", float(last[:-2].replace(",", ".")))
    degree = any(re.fullmatch(r"\d+(,\d+)?°", t) for t in toks)
    return vintage, meas, degree, errs


def read_boutique(label):
    errs = []
    parts = label.split(" — ")
    if len(parts) != 3:
        return None, None, None, ["shop label is not `name — maker — packaging`"]
    head, _maker, pack = parts
    if not head[:1].isupper() and not head[:1].isdigit():
        errs.append("shop name not capitalised")
    m = re.search(r" ((19|20)\d\d)$", head)
    vintage = int(m.group(1)) if m else None
    meas = None
    pm = re.fullmatch(r"(bouteille|canette|magnum) (\d+(,5)?) cl", pack)
    km = re.fullmatch(r"fût (\d+) L", pack)
    if pm:
        meas = ("bottle", float(pm.group(2).replace(",", ".")))
        if pm.group(1) == "canette" and meas[1] != 44:
            errs.append("a can that is not 44 cl")
        if pm.group(1) == "magnum" and meas[1] != 150:
            errs.append("a magnum that is not 150 cl")
    elif km:
        meas = ("keg", int(km.group(1)) * 100)
    elif pack not in ("coffret", "accessoire", "carte", "service"):
        errs.append(f"unknown shop packaging {pack!r}")
    return vintage, meas, pack, errs


# ------------------------------------------------------------------ the checks

def same_wine(lib, e):
    return [x for x in lib if all(x[k] == e[k] for k in
                                  ("name", "producer", "appellation", "colour", "format_cl"))]


def ordinary(lib, e):
    prod = [x for x in lib if all(x[k] == e[k] for k in
                                  ("name", "producer", "appellation", "colour"))]
    fmts = sorted({x["format_cl"] for x in prod})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    return rest[0] if len(rest) == 1 else None


def check_library(lib):
    errs = []
    seen = set()
    for i, e in enumerate(lib, 1):
        where = f"library line {i}"
        if list(e) != LIB_FIELDS:
            errs.append(f"{where}: fields {list(e)}")
            continue
        if e["id"] != f"u{i:03d}":
            errs.append(f"{where}: id {e['id']} out of sequence")
        if e["category"] not in CATEGORIES:
            errs.append(f"{where}: category {e['category']}")
        if (e["colour"] in COLOURS) != (e["category"] in ("vin", "champagne")):
            errs.append(f"{where}: colour {e['colour']} for {e['category']}")
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append(f"{where}: vintage {e['vintage']!r}")
        f = e["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append(f"{where}: format {f!r}")
        elif f >= 2000 and (f not in (2000, 3000) or e["category"] not in ("bière", "autre")):
            errs.append(f"{where}: a keg of {f} cl for {e['category']}")
        key = tuple(e[k] for k in LIB_FIELDS[1:])
        if key in seen:
            errs.append(f"{where}: duplicate entry")
        seen.add(key)
    return errs


def check_case(c, lib, by_id):
    errs = []
    till = c["connection"]
    if till == "CAISSE":
        vintage, meas, fam, errs = read_caisse(c["label"])
    elif till == "TABLETTE":
        vintage, meas, degree, errs = read_tablette(c["label"])
    else:
        vintage, meas, pack, errs = read_boutique(c["label"])
    if c["vintage"] != vintage:
        errs.append(f"vintage field {c['vintage']} but the label reads {vintage}")
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
            errs.append("a none case names a drink, an also_ok or units")
        return errs
    e = by_id.get(c["beverage_id"])
    if e is None:
        return [*errs, f"unknown beverage_id {c['beverage_id']}"]
    if till == "CAISSE" and fam and fam in FAMILY_OK and not FAMILY_OK[fam](e):
        errs.append(f"family {fam} does not fit {e['category']} {e['format_cl']} cl")
    if till == "CAISSE" and fam in NON_DRINK_FAMILIES:
        errs.append(f"a drink answer under family {fam}")
    if till == "TABLETTE" and not degree and e["category"] in ("bière", "autre", "spiritueux"):
        errs.append("tablet label without the degree")
    if till == "BOUTIQUE" and pack in ("coffret", "accessoire", "carte", "service"):
        errs.append("a drink answer for a non-drink packaging")

    # measure, format and units
    f, u = e["format_cl"], c["units_per_sale"]
    if meas is None:
        errs.append("a drink answer without a measure on the label")
    else:
        kind = meas[0]
        if kind == "shot-or-bottle":
            kind = "shot" if e["category"] == "spiritueux" else "bottle"
        if kind == "pour":
            if f < 2000:
                errs.append("a draught measure from a bottle entry")
            elif u != round(meas[1] / f, 4):
                errs.append(f"units {u} for {meas[1]} cl of a {f} cl keg")
        elif kind == "glass":
            if e["category"] != "vin" or f != ordinary(lib, e):
                errs.append("a glass not from the wine's ordinary bottle")
            elif u != round(GLASS / f, 4):
                errs.append(f"units {u} for a glass of {f} cl")
        elif kind == "shot":
            if e["category"] != "spiritueux" or u != round(meas[1] / f, 4):
                errs.append(f"units {u} for {meas[1]} cl of a {f} cl spirit")
        elif kind in ("bottle", "keg"):
            if f != meas[1]:
                errs.append(f"format {f} cl but the label says {meas[1]} cl")
            if u != 1:
                errs.append(f"units {u} for a whole bottle or keg")

    # vintages
    group = same_wine(lib, e)
    held = sorted(x["vintage"] for x in group if x["vintage"] is not None)
    others = sorted((x for x in group if x is not e), key=lambda x: x["vintage"] or 0)
    if c["expect"] == "yes":
        if vintage is not None:
            if e["vintage"] != vintage:
                errs.append(f"yes on vintage {e['vintage']} for label vintage {vintage}")
            if c["also_ok"]:
                errs.append("also_ok on a yes with a vintage")
        else:
            if held and e["vintage"] != max(held):
                errs.append("yes without vintage not on the most recent")
            if c["also_ok"] != [x["id"] for x in others]:
                errs.append("also_ok is not the other vintages")
    elif c["expect"] == "almost":
        if vintage is None or vintage in held or not held:
            errs.append("almost without a vintage missing from the library")
        else:
            best = min(sorted(held, reverse=True), key=lambda v: abs(v - vintage))
            if e["vintage"] != best:
                errs.append(f"almost on {e['vintage']}, nearest is {best}")
            if c["also_ok"] != [x["id"] for x in others]:
                errs.append("also_ok is not the other vintages")
    else:
        errs.append(f"expect {c['expect']!r}")

    # a word shared by the label and its entry
    lw = words(c["label"])
    ew = words(f"{e['name']} {e['producer']} {e['appellation'] or ''}")
    glued = "".join(ew)
    if not any(w in ew or (len(w) >= 3 and not w.isdigit()
                           and any(x.startswith(w) for x in ew))
               or (len(w) >= 6 and w in glued) for w in lw):
        errs.append("no word shared by the label and its entry")
    return errs


def check(lib, cases, shares=True):
    errs = check_library(lib)
    by_id = {e["id"]: e for e in lib}
    labels = {}
    for i, c in enumerate(cases, 1):
        where = f"case {i} {c.get('label')!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields {list(c)}")
            continue
        if c["connection"] not in TILLS:
            errs.append(f"{where}: connection {c['connection']}")
            continue
        if c["label"] in labels:
            errs.append(f"{where}: duplicate label")
        labels[c["label"]] = i
        errs += [f"{where}: {x}" for x in check_case(c, lib, by_id)]
    if shares and cases:
        n = len(cases)
        none = sum(c["expect"] == "none" for c in cases) / n
        almost = sum(c["expect"] == "almost" for c in cases) / n
        if not 0.35 <= none <= 0.40:
            errs.append(f"none share {none:.1%} outside 35-40 %")
        if not 0.13 <= almost <= 0.17:
            errs.append(f"almost share {almost:.1%} outside 13-17 %")
        if not 260 <= n <= 300 or not 110 <= len(lib) <= 150:
            errs.append(f"{n} cases, {len(lib)} drinks")
    return errs


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ------------------------------------------------------------------ selftest

def first(cases, pred):
    return next(i for i, c in enumerate(cases) if pred(c))


def breakages(lib, cases):
    """Copies of the files, each broken in one way."""
    by_id = {e["id"]: e for e in lib}

    def mutate(fn):
        lb, cs = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(lb, cs)
        return lb, cs

    def demi_units(lb, cs):
        i = first(cs, lambda c: c["label"].startswith("PRESS/") and c["label"].endswith(" 25")
                  and c["expect"] == "yes")
        cs[i]["units_per_sale"] = round(cs[i]["units_per_sale"] * 2, 4)

    def almost_farther(lb, cs):
        def far(c):
            if c["expect"] != "almost" or not c["also_ok"]:
                return False
            d = abs(by_id[c["beverage_id"]]["vintage"] - c["vintage"])
            return any(abs(by_id[a]["vintage"] - c["vintage"]) > d for a in c["also_ok"])
        i = first(cs, far)
        c = cs[i]
        a = max(c["also_ok"], key=lambda x: abs(by_id[x]["vintage"] - c["vintage"]))
        c["also_ok"] = sorted([x for x in c["also_ok"] if x != a] + [c["beverage_id"]])
        c["beverage_id"] = a

    def yes_other_vintage(lb, cs):
        i = first(cs, lambda c: c["expect"] == "yes" and c["vintage"]
                  and len(same_wine(lib, by_id[c["beverage_id"]])) > 1)
        e = by_id[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in same_wine(lib, e) if x is not e)

    def magnum_on_75(lb, cs):
        i = first(cs, lambda c: c["expect"] == "yes" and " MAG" in c["label"])
        e = by_id[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"]
                                    and x["format_cl"] == 75)

    def long_register(lb, cs):
        i = first(cs, lambda c: c["connection"] == "CAISSE" and c["expect"] == "none")
        cs[i]["label"] = (cs[i]["label"] + " MAISON XXL")[:30]

    def tablet_caps(lb, cs):
        i = first(cs, lambda c: c["connection"] == "TABLETTE")
        cs[i]["label"] = cs[i]["label"].upper()

    def none_names_drink(lb, cs):
        i = first(cs, lambda c: c["expect"] == "none")
        cs[i]["beverage_id"] = lib[0]["id"]

    def yes_on_older(lb, cs):
        i = first(cs, lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        c = cs[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def pour_from_bottle(lb, cs):
        i = first(cs, lambda c: c["connection"] == "TABLETTE" and " demi " in c["label"]
                  and c["expect"] == "yes")
        e = by_id[cs[i]["beverage_id"]]
        bottle = next((x for x in lib if x["name"] == e["name"] and x["format_cl"] < 2000),
                      None) or next(x for x in lib if x["category"] == "bière"
                                    and x["format_cl"] < 2000)
        cs[i]["beverage_id"] = bottle["id"]

    def shop_keg_size(lb, cs):
        i = first(cs, lambda c: c["connection"] == "BOUTIQUE" and "fût 20 L" in c["label"])
        cs[i]["label"] = cs[i]["label"].replace("fût 20 L", "fût 30 L")

    def lost_vintage_field(lb, cs):
        i = first(cs, lambda c: c["connection"] == "CAISSE" and c["vintage"])
        cs[i]["vintage"] = None

    def id_gap(lb, cs):
        lb[5]["id"] = "u999"

    def field_order(lb, cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in reversed(CASE_FIELDS)}

    return [(f.__name__, *mutate(f)) for f in (
        demi_units, almost_farther, yes_other_vintage, magnum_on_75, long_register,
        tablet_caps, none_names_drink, yes_on_older, pour_from_bottle, shop_keg_size,
        lost_vintage_field, id_gap, field_order)]


def main():
    lib, cases = load("biere_library.jsonl"), load("biere_cases.jsonl")
    errs = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases: {len(errs)} errors")
    ok = not errs
    if "--selftest" in sys.argv:
        base = set(check(lib, cases, shares=False))
        for name, lb, cs in breakages(lib, cases):
            found = [x for x in check(lb, cs, shares=False) if x not in base]
            print(f"selftest {name:20} {'reported' if found else 'MISSED'}: "
                  f"{found[0] if found else ''}")
            ok = ok and bool(found)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
