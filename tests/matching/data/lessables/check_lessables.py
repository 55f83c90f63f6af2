"""Check the held-out set "lessables" from its two jsonl files alone.

    python3 check_lessables.py             # check the files beside this script
    python3 check_lessables.py --selftest  # break copies on purpose, show each break is caught

Reads only lessables_library.jsonl and lessables_cases.jsonl (no build module).
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 25, 33, 35.5, 37.5, 50, 70, 75, 100, 150, 2000, 3000}
TILLS = ("caisse", "salle", "kiosque")
POUR_CL = {"GLASS": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DOSE": 4, "D2": 2,
           "DEMI": 25, "PINTE": 50}
WINE_POURS = ("GLASS", "G12", "G15", "P25", "P50", "CP")
SIZES = {"20": 20, "25": 25, "33": 33, "35.5": 35.5, "50": 50, "70": 70}

# --- how each till writes its measures (read back, independent of the build) ---
CAISSE_CODES = {"1/2": "HALF", "MAG": "MAG", "VRE": "GLASS", "VRE12": "G12", "VRE15": "G15", "P25": "P25",
                "P50": "P50", "CP": "CP", "DOSE": "DOSE", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE",
                "1L": "S100"}
CAISSE_CODES.update({k + "CL": "S" + k for k in SIZES})
CAISSE_FAMS = "RS|BL|RG|BUL|APE|DIG|PRS|BIB|SFT|GLA|CUI|CAF|DIV"
SALLE_VARIANTS = {"Bouteille": "BTL", "Demi-bouteille": "HALF", "Magnum": "MAG", "Verre": "GLASS",
                  "Verre 12 cl": "G12", "Verre 15 cl": "G15", "Pichet 25 cl": "P25", "Pichet 50 cl": "P50",
                  "Coupe": "CP", "Dose": "DOSE", "Dose 2 cl": "D2", "Demi": "DEMI", "Pinte": "PINTE",
                  "1 l": "S100"}
SALLE_VARIANTS.update({k.replace(".", ",") + " cl": "S" + k for k in SIZES})
KIOSQUE_VARIANTS = {"btl": "BTL", "1/2 btl": "HALF", "magnum": "MAG", "verre": "GLASS", "verre 12": "G12",
                    "gd verre": "G15", "pichet 25": "P25", "pichet 50": "P50", "coupe": "CP", "shot": "DOSE",
                    "shot 2cl": "D2", "demi": "DEMI", "pinte": "PINTE", "1l": "S100"}
KIOSQUE_VARIANTS.update({k + "cl": "S" + k for k in SIZES})


def yy(s):
    n = int(s)
    return 2000 + n if n <= 30 else 1900 + n


def read_label(label, till):
    """(name part, measure, vintage) as the till prints them; raises ValueError on a bad form."""
    if till == "caisse":
        if not label.isascii() or label != label.upper():
            raise ValueError("caisse label not in ASCII capitals")
        toks = label.split(" ")
        measure = "BTL"
        if len(toks) > 1 and toks[-1] in CAISSE_CODES:
            measure = CAISSE_CODES[toks.pop()]
        core = " ".join(toks)
        if not re.fullmatch(r"(%s)\.[A-Z0-9][A-Z0-9 ./&-]*" % CAISSE_FAMS, core):
            raise ValueError("caisse text without family prefix or with odd characters")
        if len(core) > 20 or core != core.rstrip():
            raise ValueError("caisse text longer than 20 columns")
        v = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return core.split(".", 1)[1], measure, v
    if till == "salle":
        m = re.fullmatch(r"1 x (.+?)(?: \[([^\]]+)\])? (\d{1,3},\d\d)", label)
        if not m:
            raise ValueError("salle line not '1 x Name [Variant] price'")
        name, var = m.group(1), m.group(2)
        if var is not None and var not in SALLE_VARIANTS:
            raise ValueError("unknown salle variant %r" % var)
        years = [int(t) for t in name.split() if re.fullmatch(r"(19|20)\d\d", t)]
        return name, SALLE_VARIANTS[var] if var else "", years[-1] if years else None
    if till == "kiosque":
        if not label.isascii() or label != label.lower():
            raise ValueError("kiosque label not in lower-case ASCII")
        name, measure = label, ""
        if " - " in label:
            name, code = label.rsplit(" - ", 1)
            if code not in KIOSQUE_VARIANTS:
                raise ValueError("unknown kiosque variant %r" % code)
            measure = KIOSQUE_VARIANTS[code]
        m = re.search(r"'(\d\d)\b", name)
        return name, measure, yy(m.group(1)) if m else None
    raise ValueError("unknown connection %r" % till)


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t]


def shares_word(label, entry):
    ent = tokens(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    for t in tokens(label):
        for e in ent:
            if t.isdigit() and t == e:
                return True
            if len(t) >= 3 and len(e) >= 3 and (e.startswith(t) or t.startswith(e)):
                return True
    return False


def load(lines, what, fields, errors):
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errors.append("%s line %d: not JSON" % (what, n))
            continue
        if list(r) != fields:
            errors.append("%s line %d: fields %s, want %s" % (what, n, list(r), fields))
        rows.append(r)
    return rows


def check(lib_lines, case_lines):
    errors = []
    lib = load(lib_lines, "library", LIB_FIELDS, errors)
    cases = load(case_lines, "cases", CASE_FIELDS, errors)
    # ---- library
    if not 110 <= len(lib) <= 130:
        errors.append("library: %d drinks, want 110-130" % len(lib))
    byid, seen = {}, set()
    for n, d in enumerate(lib, 1):
        if d.get("id") != "LSB%03d" % n:
            errors.append("library line %d: id %r, want LSB%03d" % (n, d.get("id"), n))
        byid[d.get("id")] = d
        cat, col, f = d.get("category"), d.get("colour"), d.get("format_cl")
        if cat not in CATEGORIES:
            errors.append("%s: category %r" % (d.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errors.append("%s: wine without a valid colour (%r)" % (d.get("id"), col))
        elif col is not None:
            errors.append("%s: colour %r on a %s" % (d.get("id"), col, cat))
        if f not in FORMATS:
            errors.append("%s: format %r" % (d.get("id"), f))
        if f in (2000, 3000) and cat != "bière":
            errors.append("%s: keg format on a %s" % (d.get("id"), cat))
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2030):
            errors.append("%s: vintage %r" % (d.get("id"), v))
        if not d.get("name") or not d.get("producer"):
            errors.append("%s: no name or producer" % d.get("id"))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, f, v)
        if k in seen:
            errors.append("%s: duplicate drink" % d.get("id"))
        seen.add(k)

    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    def group(d):
        return [x for x in lib if wine(x) == wine(d) and x["format_cl"] == d["format_cl"]]

    # ---- cases
    if not 280 <= len(cases) <= 300:
        errors.append("cases: %d labels, want 280-300" % len(cases))
    labels, counts = set(), {}
    for c in cases:
        lab, exp, bid, also = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("also_ok")
        till, units, vint = c.get("connection"), c.get("units_per_sale"), c.get("vintage")
        where = "case %r" % lab
        if lab in labels:
            errors.append(where + ": duplicate label")
        labels.add(lab)
        if exp not in ("yes", "almost", "none"):
            errors.append(where + ": expect %r" % exp)
            continue
        if till not in TILLS:
            errors.append(where + ": connection %r" % till)
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            errors.append(where + ": empty note")
        if not isinstance(also, list):
            errors.append(where + ": also_ok not a list")
            continue
        try:
            _, measure, lv = read_label(lab, till)
        except ValueError as e:
            errors.append(where + ": " + str(e))
            continue
        if lv != vint:
            errors.append(where + ": vintage field %r, label says %r" % (vint, lv))
        if "cut off by the till" in (c.get("note") or "") and (till != "caisse" or vint is not None):
            errors.append(where + ": cut vintage kept or cut outside caisse")
        if exp == "none":
            if bid is not None or also or units is not None:
                errors.append(where + ": none with an id, also_ok or units")
            continue
        d = byid.get(bid)
        if d is None:
            errors.append(where + ": beverage_id %r not in library" % bid)
            continue
        g = group(d)
        gv = [x["vintage"] for x in g]
        others = sorted(x["id"] for x in g if x["id"] != bid)
        if any(a not in byid or byid[a] not in g for a in also):
            errors.append(where + ": also_ok outside the wine's vintages in that format")
        if exp == "yes":
            if lv is not None:
                if d["vintage"] != lv:
                    errors.append(where + ": yes on vintage %r, label says %r" % (d["vintage"], lv))
                if also:
                    errors.append(where + ": also_ok on a yes with the vintage on the label")
            else:
                if None not in gv and d["vintage"] != max(gv):
                    errors.append(where + ": yes without vintage not on the most recent")
                if sorted(also) != others:
                    errors.append(where + ": also_ok %s, want %s" % (sorted(also), others))
        else:
            if lv is None or lv in gv or None in gv:
                errors.append(where + ": almost but the vintage is held or absent")
            else:
                best = min(gv, key=lambda v: (abs(v - lv), -v))
                if d["vintage"] != best:
                    errors.append(where + ": almost on %r, nearest is %r" % (d["vintage"], best))
                if sorted(also) != others:
                    errors.append(where + ": also_ok %s, want %s" % (sorted(also), others))
        # format and units against the printed measure
        f, cat = d["format_cl"], d["category"]
        has75 = any(wine(x) == wine(d) and x["format_cl"] == 75 for x in lib)
        want_units = 1
        if measure == "" and till == "kiosque":
            errors.append(where + ": kiosque drink without a variant")
        if measure in ("BTL", ""):
            if f in (37.5, 150, 2000, 3000) or (has75 and f != 75):
                errors.append(where + ": bottle label on a %s cl entry" % f)
            if cat in ("bière", "soft") and till != "kiosque" and measure == "BTL":
                errors.append(where + ": beer or soft without its size")
        elif measure == "HALF":
            if f != 37.5:
                errors.append(where + ": half bottle on a %s cl entry" % f)
        elif measure == "MAG":
            if f != 150:
                errors.append(where + ": magnum on a %s cl entry" % f)
        elif measure.startswith("S"):
            if f != float(measure[1:]):
                errors.append(where + ": %s cl bottle on a %s cl entry" % (measure[1:], f))
        elif measure in WINE_POURS:
            if cat not in ("vin", "champagne", "autre") or f in (37.5, 150) or (has75 and f != 75):
                errors.append(where + ": pour from a %s cl %s entry" % (f, cat))
            want_units = round(POUR_CL[measure] / f, 4)
        elif measure in ("DOSE", "D2"):
            if cat not in ("spiritueux", "autre"):
                errors.append(where + ": dose of a %s" % cat)
            want_units = round(POUR_CL[measure] / f, 4)
        elif measure in ("DEMI", "PINTE"):
            if cat != "bière" or f not in (2000, 3000):
                errors.append(where + ": draught measure not on a keg")
            want_units = round(POUR_CL[measure] / f, 4)
        if units != want_units:
            errors.append(where + ": units %r, want %r" % (units, want_units))
        if not shares_word(lab, d):
            errors.append(where + ": shares no word or stem with %s" % bid)
    # ---- split
    total = sum(counts.values()) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        n = sum(v for (t, e), v in counts.items() if e == exp)
        if not lo <= 100.0 * n / total <= hi:
            errors.append("split: %s %.1f %%, want %d-%d %%" % (exp, 100.0 * n / total, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errors.append("till %s has no %s case" % (t, e))
    return errors, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def report(counts):
    print("%-8s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for t in TILLS:
        row = [counts.get((t, e), 0) for e in ("yes", "almost", "none")]
        print("%-8s %5d %7d %5d %6d" % (t, row[0], row[1], row[2], sum(row)))
    row = [sum(counts.get((t, e), 0) for t in TILLS) for e in ("yes", "almost", "none")]
    print("%-8s %5d %7d %5d %6d" % ("all", row[0], row[1], row[2], sum(row)))


# ---------------------------------------------------------------- self-test
def _dump(rows):
    return [json.dumps(r, ensure_ascii=False) for r in rows]


def _first(cases, pred):
    for i, c in enumerate(cases):
        if pred(c):
            return i
    raise LookupError("no case to break")


def breaks(lib, cases):
    byid = {d["id"]: d for d in lib}
    out = []

    def case_break(name, fn):
        cs = copy.deepcopy(cases)
        fn(cs)
        out.append((name, _dump(lib), _dump(cs)))

    def lib_break(name, fn):
        ls = copy.deepcopy(lib)
        fn(ls)
        out.append((name, _dump(ls), _dump(cases)))

    def glass_units(cs):
        i = _first(cs, lambda c: c["label"].endswith(" VRE") and c["expect"] == "yes")
        cs[i]["units_per_sale"] = 0.16

    def far_almost(cs):
        i = _first(cs, lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cs[i]
        far = max(c["also_ok"], key=lambda a: abs(byid[a]["vintage"] - c["vintage"]))
        c["also_ok"] = [a for a in c["also_ok"] if a != far] + [c["beverage_id"]]
        c["beverage_id"] = far

    def none_with_id(cs):
        cs[_first(cs, lambda c: c["expect"] == "none")]["beverage_id"] = "LSB001"

    def yes_other_vintage(cs):
        i = _first(cs, lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "salle")
        cs[i]["vintage"] += 1

    def yes_sibling(cs):
        i = _first(cs, lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "kiosque")
        d = byid[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == d["name"] and x["id"] != d["id"]
                                    and x["format_cl"] == d["format_cl"])

    def caisse_lower(cs):
        i = _first(cs, lambda c: c["connection"] == "caisse")
        cs[i]["label"] = cs[i]["label"].lower()

    def salle_no_price(cs):
        i = _first(cs, lambda c: c["connection"] == "salle")
        cs[i]["label"] = cs[i]["label"].rsplit(" ", 1)[0]

    def dup_label(cs):
        cs[5]["label"] = cs[4]["label"]

    def field_order(cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def drop_also(cs):
        i = _first(cs, lambda c: c["expect"] == "yes" and c["also_ok"])
        cs[i]["also_ok"] = []

    def mag_on_75(cs):
        i = _first(cs, lambda c: c["expect"] == "yes" and "[Magnum]" in c["label"])
        d = byid[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == d["name"] and x["format_cl"] == 75)

    def demi_bottle(cs):
        i = _first(cs, lambda c: c["expect"] == "yes" and c["label"] == "PRS.KRO DEMI")
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == "Kronenbourg" and x["format_cl"] == 25)

    def cut_vintage_kept(cs):
        i = _first(cs, lambda c: "cut off by the till" in c["note"])
        cs[i]["vintage"] = int(c_year(cs[i]["note"]))

    def c_year(note):
        return re.search(r"\[(\d{4}) cut off", note).group(1)

    def too_few(cs):
        del cs[200:]

    def bad_json(cs):
        pass

    case_break("glass units", glass_units)
    case_break("almost on the farther vintage", far_almost)
    case_break("none with an id", none_with_id)
    case_break("vintage field changed", yes_other_vintage)
    case_break("yes answered with another vintage", yes_sibling)
    case_break("caisse label in lower case", caisse_lower)
    case_break("salle line without price", salle_no_price)
    case_break("duplicate label", dup_label)
    case_break("case fields out of order", field_order)
    case_break("also_ok dropped", drop_also)
    case_break("magnum answered with the 75 cl entry", mag_on_75)
    case_break("demi answered with a bottle", demi_bottle)
    case_break("cut vintage kept", cut_vintage_kept)
    case_break("too few cases", too_few)

    def swap_ids(ls):
        ls[3]["id"], ls[4]["id"] = ls[4]["id"], ls[3]["id"]

    def no_colour(ls):
        next(d for d in ls if d["category"] == "vin")["colour"] = None

    def keg_soft(ls):
        next(d for d in ls if d["category"] == "soft")["format_cl"] = 2000

    lib_break("library ids out of order", swap_ids)
    lib_break("wine without colour", no_colour)
    lib_break("keg on a soft", keg_soft)
    out.append(("non-JSON line", _dump(lib), [*_dump(cases)[:-1], '{"label": "X"']))
    return out


def selftest():
    lib_lines, case_lines = read("lessables_library.jsonl"), read("lessables_cases.jsonl")
    errs, _ = check(lib_lines, case_lines)
    ok = not errs
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    lib = [json.loads(x) for x in lib_lines]
    cases = [json.loads(x) for x in case_lines]
    for name, ll, cl in breaks(lib, cases):
        e, _ = check(ll, cl)
        print("%-40s %s" % (name, ("caught: " + e[0])[:110] if e else "NOT CAUGHT"))
        ok = ok and bool(e)
    print("selftest %s" % ("passed" if ok else "FAILED"))
    return ok


def main():
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(read("lessables_library.jsonl"), read("lessables_cases.jsonl"))
    report(counts)
    for e in errs:
        print("ERROR", e)
    print("%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
