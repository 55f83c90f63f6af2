"""Check loire_library.jsonl and loire_cases.jsonl on their own.

    python3 check_loire.py [library.jsonl cases.jsonl]
    python3 check_loire.py --selftest

It does not import the build: it reads each label back with its own reading of
the three tills (caisse, tablette, boutique) and checks the bench README's
rules against the library. --selftest breaks copies of the files on purpose
and shows that every break is reported and that the real files check clean.
"""

import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage",
               "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "boutique")
WIDTH = 26

# --- caisse: SKU codes -------------------------------------------------------
APP_CODE = {"MUS": ("Muscadet Sèvre et Maine",
                    "Muscadet Sèvre et Maine Monnières-Saint-Fiacre"),
            "ANJ": ("Anjou",), "SAV": ("Savennières",),
            "RDL": ("Rosé de Loire",), "LAY": ("Coteaux du Layon",),
            "CHA": ("Coteaux du Layon Premier Cru Chaume",),
            "AVB": ("Anjou Villages Brissac",),
            "AUB": ("Coteaux de l'Aubance",), "CAB": ("Cabernet d'Anjou",),
            "CRL": ("Crémant de Loire",), "QDC": ("Quarts de Chaume",),
            "SCH": ("Saumur-Champigny",), "SAU": ("Saumur",),
            "CHI": ("Chinon",), "BGL": ("Bourgueil",),
            "SNB": ("Saint-Nicolas-de-Bourgueil",), "VOU": ("Vouvray",),
            "MTL": ("Montlouis-sur-Loire",), "SAN": ("Sancerre",),
            "PFU": ("Pouilly-Fumé",), "CHP": ("Champagne",),
            "PES": ("Pessac-Léognan",), "CRO": ("Côte-Rôtie",)}
COL_CODE = {"RG": "rouge", "BL": "blanc", "RS": "rosé", "LQ": "liquoreux",
            "EF": "effervescent"}
FAMILY_CAT = {"SPI": "spiritueux", "BIE": "bière", "SFT": "soft"}
NONDRINK_FAMILIES = {"CUI", "CAF", "CKT", "SRV", "VIN"}
PRE = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
       "50CL": ("bottle", 50), "75CL": ("bottle", 75), "VRE": ("pour", 12.5),
       "VRE15": ("pour", 15), "CAR25": ("pour", 25), "CAR50": ("pour", 50),
       "CP": ("pour", 12.5)}
POST = {"2CL": ("dose", 2), "4CL": ("dose", 4), "DEMI": ("draught", 25),
        "PINTE": ("draught", 50), "33CL": ("bottle", 33),
        "25CL": ("bottle", 25), "50CL": ("bottle", 50),
        "70CL": ("bottle", 70), "1L": ("bottle", 100)}
# --- tablette -----------------------------------------------------------------
TAB = {"bouteille": ("bottle", 75), "bouteille 50cl": ("bottle", 50),
       "bouteille 75cl": ("bottle", 75), "fillette": ("bottle", 37.5),
       "magnum": ("bottle", 150), "verre": ("pour", 12.5),
       "verre 15cl": ("pour", 15), "pichet 25cl": ("pour", 25),
       "pichet 50cl": ("pour", 50), "coupe": ("pour", 12.5),
       "2cl": ("dose", 2), "4cl": ("dose", 4), "demi": ("draught", 25),
       "pinte": ("draught", 50), "33cl": ("bottle", 33),
       "25cl": ("bottle", 25), "70cl": ("bottle", 70), "1l": ("bottle", 100)}
# --- boutique -----------------------------------------------------------------
RAYONS = {"Vins blancs de Loire", "Vins rouges de Loire", "Rosés de Loire",
          "Moelleux & liquoreux", "Fines bulles", "Vins d'ailleurs",
          "Liqueurs & spiritueux", "Bières d'Anjou", "Sans alcool",
          "Épicerie fine", "Coffrets", "Services"}
CONT = {"75 cl": 75, "37,5 cl": 37.5, "150 cl": 150, "50 cl": 50,
        "33 cl": 33, "25 cl": 25, "70 cl": 70, "100 cl": 100,
        "fût 30 L": 3000, "fût 20 L": 2000}
# register and tablet short forms that stand for a word of the entry
SHORT = {"ang": "angevine", "ldb": "boucard", "napo": "napoleon",
         "trad": "tradition", "vv": "vignes", "blche": "blanche"}


def norm_words(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r"[^a-z0-9]+", text) if w]


def expected_rayon(e):
    if e["category"] == "champagne" or e["colour"] == "effervescent" or (
            e["colour"] == "rosé" and e["appellation"].startswith("Crémant")):
        return "Fines bulles"
    if e["category"] == "vin" and e["region"] != "Loire":
        return "Vins d'ailleurs"
    if e["category"] == "vin":
        return {"blanc": "Vins blancs de Loire", "rouge": "Vins rouges de Loire",
                "rosé": "Rosés de Loire",
                "liquoreux": "Moelleux & liquoreux"}[e["colour"]]
    return {"spiritueux": "Liqueurs & spiritueux", "bière": "Bières d'Anjou",
            "soft": "Sans alcool"}.get(e["category"])


def read_label(c, err):
    """(vintage, measure, extra) as this checker reads the label, where
    measure is (kind, volume) or None, and extra holds till details."""
    lab, conn = c["label"], c["connection"]
    if conn == "caisse":
        if len(lab) > WIDTH or lab != lab.rstrip() or not re.fullmatch(
                r"[A-Z]{3}-[A-Z]{2}( [A-Z0-9./]+)*", lab):
            err("caisse label not a %d-column capital register line" % WIDTH)
            return None, None, {}
        toks = lab.split(" ")
        fam = toks[0][:3]
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        meas = None
        if fam in FAMILY_CAT:
            meas = POST.get(toks[-1])
        elif fam not in NONDRINK_FAMILIES:
            meas = PRE.get(toks[1]) if len(toks) > 1 else None
            if meas is None:
                meas = ("bottle", 75)
        return vint, meas, {"sku": toks[0]}
    if conn == "tablette":
        m = re.fullmatch(r"(.+) (\d+,\d\d)€", lab)
        if not m or lab != lab.lower():
            err("tablette label without its price or not in lower case")
            return None, None, {}
        body = m.group(1)
        years = re.findall(r"'(\d\d)\b", body)
        vint = 2000 + int(years[0]) if years else None
        if len(years) > 1:
            err("two vintages on a tablet label")
        meas = None
        for word, val in sorted(TAB.items(), key=lambda kv: -len(kv[0])):
            if body.endswith(" " + word):
                meas = val
                break
        return vint, meas, {}
    parts = lab.split(" > ")
    if len(parts) != 3 or parts[0] not in RAYONS:
        err("boutique label is not 'Rayon > Produit > Variation'")
        return None, None, {}
    var = parts[2]
    m = re.fullmatch(r"(?:Millésime : (\d{4}), )?Contenance : (.+)", var)
    if not m:
        if parts[0] not in ("Épicerie fine", "Coffrets", "Services") and \
                c["expect"] != "none":
            err("boutique variation not read")
        return None, None, {"rayon": parts[0]}
    vint = int(m.group(1)) if m.group(1) else None
    cont = CONT.get(m.group(2))
    return vint, (("bottle", cont) if cont else None), {"rayon": parts[0]}


def check(lib_lines, case_lines):
    errors = []
    lib, cases = [], []
    for n, line in enumerate(lib_lines, 1):
        try:
            o = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError:
            errors.append("library line %d: invalid JSON" % n)
            continue
        if [k for k, _ in o] != LIB_FIELDS:
            errors.append("library line %d: fields or their order" % n)
        lib.append(dict(o))
    for n, line in enumerate(case_lines, 1):
        try:
            o = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError:
            errors.append("case line %d: invalid JSON" % n)
            continue
        if [k for k, _ in o] != CASE_FIELDS:
            errors.append("case line %d: fields or their order" % n)
        cases.append(dict(o))
    # --- library
    byid, seen = {}, set()
    if not 110 <= len(lib) <= 130:
        errors.append("library holds %d drinks, not 110-130" % len(lib))
    for i, e in enumerate(lib, 1):
        where = "library %s" % e.get("id")
        if e.get("id") != "v%03d" % i:
            errors.append("%s: id out of sequence (v%03d expected)" % (where, i))
        byid[e.get("id")] = e
        if e.get("category") not in CATEGORIES:
            errors.append(where + ": category")
        wine = e.get("category") in ("vin", "champagne")
        if wine != (e.get("colour") in COLOURS) or (
                not wine and e.get("colour") is not None):
            errors.append(where + ": colour only (and always) on wines")
        if not (e.get("vintage") is None or isinstance(e["vintage"], int)):
            errors.append(where + ": vintage")
        if not isinstance(e.get("format_cl"), (int, float)):
            errors.append(where + ": format_cl")
        k = (e.get("name"), e.get("producer"), e.get("appellation"),
             e.get("colour"), e.get("format_cl"), e.get("vintage"))
        if k in seen:
            errors.append(where + ": two entries for one wine, vintage and "
                          "format")
        seen.add(k)

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"],
                                   x["colour"], x["format_cl"]) ==
                (e["name"], e["producer"], e["appellation"], e["colour"],
                 e["format_cl"])]

    def formats(e):
        return {x["format_cl"] for x in lib if (
            x["name"], x["producer"], x["appellation"], x["colour"]) == (
            e["name"], e["producer"], e["appellation"], e["colour"])}
    # --- cases
    labels = set()
    count = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))

        def err(msg, where=where):
            errors.append("%s: %s" % (where, msg))
        if c.get("label") in labels:
            err("label not unique")
        labels.add(c.get("label"))
        conn, exp = c.get("connection"), c.get("expect")
        if conn not in TILLS or exp not in ("yes", "almost", "none"):
            err("connection or expect")
            continue
        count[conn][exp] += 1
        if not c.get("note"):
            err("empty note")
        vint, meas, extra = read_label(c, err)
        if c.get("vintage") != vint:
            err("vintage %r, the label reads %r" % (c.get("vintage"), vint))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] \
                    or c.get("units_per_sale") is not None:
                err("a none has no id, no also_ok, no units")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            err("unknown beverage_id")
            continue
        grp = group(e)
        others = sorted(x["id"] for x in grp if x is not e)
        if sorted(c.get("also_ok") or []) != (c.get("also_ok") or []) or \
                any(a not in byid for a in c.get("also_ok") or []):
            err("also_ok not sorted ids of the library")
        if exp == "yes" and vint is not None:
            if e["vintage"] != vint or c["also_ok"] != []:
                err("yes with a vintage: the entry of that vintage, no also_ok")
        elif exp == "yes":
            if e["vintage"] is not None and e["vintage"] != max(
                    x["vintage"] for x in grp):
                err("yes without vintage: not the most recent")
            if c["also_ok"] != others:
                err("yes without vintage: also_ok is not the other vintages")
        else:
            if vint is None or any(x["vintage"] == vint for x in grp):
                err("almost needs a label vintage the wine is not held in")
            elif e["vintage"] != min(
                    (x["vintage"] for x in grp),
                    key=lambda v: (abs(v - vint), -v)):
                err("almost: not the nearest vintage (ties to the recent)")
            if c["also_ok"] != others:
                err("almost: also_ok is not the other vintages")
        # format and units from the label's measure
        if meas is None:
            err("no measure read on a drink's label")
            continue
        kind, vol = meas
        units = c.get("units_per_sale")
        if kind == "bottle":
            if e["format_cl"] != vol:
                err("the label is a %g cl bottle, the entry %g cl"
                    % (vol, e["format_cl"]))
            if units != 1:
                err("a bottle sale is 1 unit")
        else:
            fmts = formats(e)
            if kind == "pour":
                ordinary = 75 if 75 in fmts else None
                if ordinary is None:
                    rest = fmts - {37.5, 150}
                    ordinary = rest.pop() if len(rest) == 1 else None
                if e["category"] not in ("vin", "champagne") or \
                        e["format_cl"] != ordinary:
                    err("a glass or carafe comes from the ordinary bottle")
            elif kind == "dose" and e["category"] != "spiritueux":
                err("a dose of a non-spirit")
            elif kind == "draught" and (e["category"] != "bière" or
                                        e["format_cl"] < 1000):
                err("draught comes from a keg")
            if units != round(vol / e["format_cl"], 4):
                err("units %r, expected %r" % (
                    units, round(vol / e["format_cl"], 4)))
        # the till's own habits against the entry
        if conn == "caisse":
            fam, kindc = extra["sku"].split("-")
            if e["category"] in ("vin", "champagne"):
                if e["appellation"] not in APP_CODE.get(fam, ()) or \
                        COL_CODE.get(kindc) != e["colour"]:
                    err("SKU %s does not fit the entry" % extra["sku"])
            elif FAMILY_CAT.get(fam) != e["category"]:
                err("SKU family %s does not fit the entry" % fam)
        if conn == "boutique" and extra.get("rayon") != expected_rayon(e):
            err("filed under %r" % extra.get("rayon"))
        # the label shares a word with its entry (glued, cut or short forms)
        ewords = set(norm_words(" ".join(str(e[k] or "") for k in (
            "name", "producer", "appellation"))))
        ok = False
        for w in norm_words(c["label"]):
            w = SHORT.get(w, w)
            if w in ewords or (len(w) >= 4 and any(
                    x.startswith(w) or (len(x) >= 4 and x in w)
                    for x in ewords)):
                ok = True
                break
        if not ok:
            err("shares no word with its entry")
    total = len(cases)
    if not 280 <= total <= 300:
        errors.append("%d cases, not 280-300" % total)
    if total:
        share = {k: sum(count[t][k] for t in TILLS) / total
                 for k in ("yes", "almost", "none")}
        if not (0.45 <= share["yes"] <= 0.51 and 0.12 <= share["almost"] <=
                0.16 and 0.35 <= share["none"] <= 0.41):
            errors.append("proportions %s" % share)
    return errors, count


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [line for line in fh.read().split("\n") if line]


BREAKS = []


def breaker(fn):
    BREAKS.append(fn)
    return fn


def first(cases, pred):
    for c in cases:
        if pred(c):
            return c
    raise LookupError("no case to break")


@breaker
def glass_units(lib, cases):
    """a glass's units changed"""
    c = first(cases, lambda c: c["units_per_sale"] == 0.1667)
    c["units_per_sale"] = 0.2


@breaker
def almost_far(lib, cases):
    """an almost pointed at the farther vintage"""
    c = first(cases, lambda c: c["expect"] == "almost" and c["also_ok"])
    c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]


@breaker
def cut_vintage_kept(lib, cases):
    """a vintage the register cut off kept in the case"""
    c = first(cases, lambda c: "cut off by the till" in c["note"] and
              c["expect"] == "yes")
    c["vintage"] = 2021


@breaker
def none_with_id(lib, cases):
    """a none given an id"""
    c = first(cases, lambda c: c["expect"] == "none")
    c["beverage_id"] = "v001"


@breaker
def caisse_lower_long(lib, cases):
    """a register label in lower case and too long"""
    c = first(cases, lambda c: c["connection"] == "caisse")
    c["label"] = c["label"].lower() + " extra"


@breaker
def tablet_no_price(lib, cases):
    """a tablet label without its price"""
    c = first(cases, lambda c: c["connection"] == "tablette")
    c["label"] = c["label"].rsplit(" ", 1)[0]


@breaker
def fields_order(lib, cases):
    """a case's fields out of order"""
    c = first(cases, lambda c: True)
    items = list(c.items())
    c.clear()
    c.update([items[1], items[0], *items[2:]])


@breaker
def half_as_bottle(lib, cases):
    """a half bottle answered with the 75 cl entry"""
    byid = {e["id"]: e for e in lib}
    c = first(cases, lambda c: c["beverage_id"] and
              byid[c["beverage_id"]]["format_cl"] == 37.5)
    e = byid[c["beverage_id"]]
    big = first(lib, lambda x: x["name"] == e["name"] and
                x["format_cl"] == 75)
    c["beverage_id"] = big["id"]


@breaker
def also_ok_dropped(lib, cases):
    """also_ok dropped on a yes without vintage"""
    c = first(cases, lambda c: c["expect"] == "yes" and c["also_ok"])
    c["also_ok"] = []


@breaker
def library_duplicate(lib, cases):
    """a library entry's vintage changed into its sibling's"""
    e = first(lib, lambda e: e["id"] == "v002")
    e["vintage"] = 2022


@breaker
def pint_as_bottle(lib, cases):
    """a draught pint answered with the 33 cl bottle"""
    c = first(cases, lambda c: c["label"].startswith("BIE-PR ANG BLONDE"))
    c["beverage_id"] = first(lib, lambda e: e["name"].endswith(
        "Angevine Blonde") and e["format_cl"] == 33)["id"]


@breaker
def rose_as_white(lib, cases):
    """a rosé filed under the white wines of the shop"""
    c = first(cases, lambda c: c["label"].startswith("Rosés de Loire") and
              c["expect"] == "yes")
    c["label"] = c["label"].replace("Rosés de Loire", "Vins blancs de Loire")


@breaker
def id_sequence(lib, cases):
    """a library id out of sequence"""
    lib[5]["id"] = "v099"


@breaker
def duplicate_label(lib, cases):
    """two cases with one label"""
    cases[1]["label"] = cases[0]["label"]


def dumps(objs):
    return [json.dumps(o, ensure_ascii=False) for o in objs]


def selftest(lib_path, case_path):
    lib_lines, case_lines = load(lib_path), load(case_path)
    errors, _ = check(lib_lines, case_lines)
    if errors:
        print("the real files do not check clean:")
        print("\n".join(errors[:20]))
        return 1
    lib = [json.loads(x) for x in lib_lines]
    cases = [json.loads(x) for x in case_lines]
    failed = 0
    for fn in BREAKS:
        blib, bcases = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(blib, bcases)
        errs, _ = check(dumps(blib), dumps(bcases))
        status = "reported" if errs else "NOT REPORTED"
        failed += not errs
        print("%-18s %-50s %s%s" % (fn.__name__, fn.__doc__, status,
                                    (": " + errs[0]) if errs else ""))
    print("%d breaks, %d reported; the unbroken files check clean"
          % (len(BREAKS), len(BREAKS) - failed))
    return 1 if failed else 0


def main(argv):
    lib_path = os.path.join(HERE, "loire_library.jsonl")
    case_path = os.path.join(HERE, "loire_cases.jsonl")
    args = [a for a in argv if not a.startswith("--")]
    if len(args) == 2:
        lib_path, case_path = args
    if "--selftest" in argv:
        return selftest(lib_path, case_path)
    errors, count = check(load(lib_path), load(case_path))
    for e in errors:
        print(e)
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (
            t, count[t]["yes"], count[t]["almost"], count[t]["none"]))
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
