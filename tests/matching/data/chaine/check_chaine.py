"""Check chaine_library.jsonl and chaine_cases.jsonl on their own (stdlib only).

It does not import the build: it reads each label again with its own reading of the three
connections' habits and checks the files against the bench README's rules.

    python3 check_chaine.py             # check the two files, exit 1 on any problem
    python3 check_chaine.py --selftest  # break copies on purpose, check each is caught
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("catalogue", "pda", "livraison")
KEG = 1000
FAMILY = {"V": {"vin", "champagne"}, "B": {"bière"}, "S": {"spiritueux", "autre"},
          "E": {"soft"}, "C": set(), "D": set(), "K": set(), "M": set(), "X": set()}
ABBREV = {"KRO": "KRONENBOURG", "CDR": "COTES", "BDX": "BORDEAUX", "BJL": "BEAUJOLAIS",
          "BJLS": "BEAUJOLAIS", "PN": "PINOT", "VX": "VIEILLE", "EM": "EMILION",
          "LANG": "LANGUEDOC", "OC": "OC", "CTE": "COTE", "CAB": "CABERNET",
          "CALVA": "CALVADOS", "TROPI": "TROPICANA", "WSK": "WHISKY", "CHAMP": "CHAMPAGNE",
          "CH": "CHATEAU", "VIL": "VILLAGES", "NOUV": "NOUVEAU", "F": "FUME"}


# --- reading the labels -----------------------------------------------------------------

def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("°", "").replace("ø", "o").upper()


def words(text):
    return [w for w in re.split(r"[^0-9A-Z]+", norm(text)) if w]


CAT_MEAS = {"1/2": ("bottle", 37.5), "50CL": ("bottle", 50), "MAG": ("bottle", 150),
            "VRE12": ("pour", 12), "VRE14": ("pour", 14), "PICH25": ("pour", 25),
            "PICH50": ("pour", 50), "CP": ("pour", 12.5), "2CL": ("pour", 2),
            "4CL": ("pour", 4), "6CL": ("pour", 6), "DOSE": ("pour", 4),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50), "25CL": ("bottle", 25),
            "27.5CL": ("bottle", 27.5), "33CL": ("bottle", 33), "70CL": ("bottle", 70),
            "75CL": ("bottle", 75), "1L": ("bottle", 100), "BTL": ("bottle", None)}
PDA_MEAS = [("1/2 Btl ", ("bottle", 37.5)), ("Btl 50cl ", ("bottle", 50)),
            ("Btl ", ("bottle", None)), ("Mag ", ("bottle", 150)),
            ("Verre 12cl ", ("pour", 12)), ("Verre 14cl ", ("pour", 14)),
            ("Pichet 25 ", ("pour", 25)), ("Pichet 50 ", ("pour", 50)),
            ("Coupe ", ("pour", 12.5)), ("2cl ", ("pour", 2)), ("4cl ", ("pour", 4)),
            ("6cl ", ("pour", 6)), ("Dose ", ("pour", 4)), ("Demi ", ("draught", 25)),
            ("Pinte ", ("draught", 50))]
PDA_SIZES = {"25": 25, "27": 27.5, "33": 33, "50": 50, "1L": 100}
PRICE = re.compile(r"^\d{1,3},\d{2} €$")
WEB_SIZE = re.compile(r"^(\d+(,5)?cl|\d+L)$")


def read_label(till, label):
    """-> (measure (kind, cl or None), vintage or None)."""
    if till == "catalogue":
        ws = label.split(" ")
        meas = CAT_MEAS.get(ws[1], ("bottle", None)) if len(ws) > 1 else ("bottle", None)
        vint = None
        if ws[0].startswith("V") and len(ws) > 2 and re.fullmatch(r"\d\d", ws[-1]):
            vint = 2000 + int(ws[-1])
        return meas, vint
    if till == "pda":
        for prefix, meas in PDA_MEAS:
            if label.startswith(prefix):
                return meas, None
        last = label.split(" ")[-1]
        if last in PDA_SIZES:
            return ("bottle", PDA_SIZES[last]), None
        return ("bottle", None), None
    parts = label.split(" - ")
    if len(parts) != 4:
        return None, None
    size = parts[2]
    cl = float(size[:-2].replace(",", ".")) if size.endswith("cl") else float(size[:-1]) * 100
    vint = None
    for w in parts[0].split(" "):
        if re.fullmatch(r"(19|20)\d\d", w):
            vint = int(w)
    return ("bottle", cl), vint


def label_colour(till, label):
    """The colour a label states, or None."""
    if till == "catalogue":
        found = {"RGE": "rouge", "BLC": "blanc", "RSE": "rosé"}
        hits = {found[w] for w in label.split(" ")[1:] if w in found}
    elif till == "pda":
        found = {"rge": "rouge", "blc": "blanc", "rosé": "rosé"}
        hits = {found[w] for w in label.split(" ") if w in found}
    else:
        parts = label.split(" - ")
        slot = {"Rouge": "rouge", "Blanc": "blanc", "Rosé": "rosé",
                "Pétillant": "effervescent", "Champagne": "effervescent"}
        hits = {slot[parts[1]]} if len(parts) > 1 and parts[1] in slot else set()
    return hits.pop() if len(hits) == 1 else (None if not hits else "several")


# --- the checks -----------------------------------------------------------------------------

def load(lines, fields, what, errors):
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except ValueError as exc:
            errors.append("%s line %d: not JSON (%s)" % (what, n, exc))
            continue
        if list(row) != fields:
            errors.append("%s line %d: fields %s" % (what, n, list(row)))
        rows.append(row)
    return rows


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour",
                                      "format_cl"))


def check_library(lib, errors):
    seen = set()
    for n, row in enumerate(lib, 1):
        if row.get("id") != "r%03d" % n:
            errors.append("library line %d: id %r, expected r%03d" % (n, row.get("id"), n))
        if row.get("colour") not in COLOURS:
            errors.append("%s: colour %r" % (row.get("id"), row.get("colour")))
        if row.get("category") not in CATEGORIES:
            errors.append("%s: category %r" % (row.get("id"), row.get("category")))
        if row.get("vintage") is not None and not isinstance(row.get("vintage"), int):
            errors.append("%s: vintage %r" % (row.get("id"), row.get("vintage")))
        if not isinstance(row.get("format_cl"), (int, float)) or row.get("format_cl", 0) <= 0:
            errors.append("%s: format_cl %r" % (row.get("id"), row.get("format_cl")))
        if row.get("category") in ("vin", "champagne") and row.get("colour") is None:
            errors.append("%s: a wine without colour" % row.get("id"))
        key = tuple(row.get(k) for k in LIB_FIELDS[1:])
        if key in seen:
            errors.append("%s: the same wine, vintage and format twice" % row.get("id"))
        seen.add(key)
    if not 110 <= len(lib) <= 150:
        errors.append("library: %d drinks, expected 110-150" % len(lib))


def shares_word(label, entry):
    lw = set(words(label))
    lw |= {ABBREV[w] for w in lw if w in ABBREV}
    ew = set()
    for k in ("name", "producer", "appellation"):
        ew |= set(words(entry[k] or ""))
    for a in lw:
        for b in ew:
            if a == b and (len(a) >= 3 or a.isdigit()):
                return True
            if len(a) >= 4 and b.startswith(a):
                return True
    return False


def ordinary(entry, lib):
    """The bottle a pour of this drink comes from: 75 cl, else its only bottle size."""
    sizes = {r["format_cl"] for r in lib if same_wine_any_format(r, entry)
             and r["format_cl"] < KEG}
    if entry["category"] in ("vin", "champagne") and 75 in sizes:
        return 75
    return sizes.pop() if len(sizes) == 1 else None


def same_wine_any_format(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour"))


def check_form(c, errors):
    label, till = c["label"], c["connection"]
    tag = "%r" % label
    if till == "catalogue":
        if not re.fullmatch(r"[VBSECDKMX]\d{4} [A-Z0-9 ./]+", label):
            errors.append("%s: not a catalogue label (SKU, upper-case ASCII)" % tag)
        if len(label) > 24 or label != label.rstrip():
            errors.append("%s: longer than 24 columns or trailing blank" % tag)
    elif till == "pda":
        if label.upper() == label or len(label) > 32:
            errors.append("%s: a pad label is short and in mixed case" % tag)
        if c["vintage"] is not None:
            errors.append("%s: the pads never print a vintage" % tag)
    elif till == "livraison":
        parts = label.split(" - ")
        if len(parts) not in (3, 4) or not PRICE.match(parts[-1]):
            errors.append("%s: not 'Name - Colour - Size - Price €'" % tag)
        elif len(parts) == 4 and not WEB_SIZE.match(parts[2]):
            errors.append("%s: size %r" % (tag, parts[2]))
    else:
        errors.append("%s: connection %r" % (tag, till))


def check_case(c, lib, by_id, errors):
    tag = "%r (%s)" % (c["label"], c["connection"])
    check_form(c, errors)
    meas, vint = read_label(c["connection"], c["label"])
    if c["vintage"] != vint:
        errors.append("%s: vintage %r, the label reads %r" % (tag, c["vintage"], vint))
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
            errors.append("%s: a none case with an id, also_ok or units" % tag)
        return
    if c["expect"] not in ("yes", "almost"):
        errors.append("%s: expect %r" % (tag, c["expect"]))
        return
    entry = by_id.get(c["beverage_id"])
    if entry is None:
        errors.append("%s: unknown beverage_id %r" % (tag, c["beverage_id"]))
        return
    siblings = [r for r in lib if same_wine(r, entry) and r["id"] != entry["id"]]
    vintages = sorted(r["vintage"] for r in [*siblings, entry] if r["vintage"] is not None)
    want = [] if c["expect"] == "yes" and vint is not None else [r["id"] for r in siblings]
    if sorted(c["also_ok"]) != sorted(want):
        errors.append("%s: also_ok %s, expected %s" % (tag, c["also_ok"], want))
    if c["expect"] == "yes":
        if vint is not None and (entry["vintage"] != vint or c["also_ok"]):
            errors.append("%s: yes with vintage %s but entry %s" % (tag, vint, entry["id"]))
        if vint is None and vintages and entry["vintage"] != vintages[-1]:
            errors.append("%s: no vintage on the label but not the most recent" % tag)
    else:
        if vint is None or vint in vintages or not vintages:
            errors.append("%s: almost needs a label vintage the wine lacks" % tag)
        else:
            best = min(vintages, key=lambda v: (abs(v - vint), -v))
            if entry["vintage"] != best:
                errors.append("%s: almost on %s, the nearest is %s"
                              % (tag, entry["vintage"], best))
    fam = c["label"][0] if c["connection"] == "catalogue" else None
    if fam and entry["category"] not in FAMILY.get(fam, set()):
        errors.append("%s: family %s for a %s" % (tag, fam, entry["category"]))
    colour = label_colour(c["connection"], c["label"])
    if colour and entry["colour"] and colour != entry["colour"]:
        errors.append("%s: the label says %s, the entry is %s"
                      % (tag, colour, entry["colour"]))
    if not shares_word(c["label"], entry):
        errors.append("%s: shares no word with %s" % (tag, entry["name"]))
    check_units(c, tag, meas, entry, lib, errors)


def check_units(c, tag, meas, entry, lib, errors):
    if meas is None:
        errors.append("%s: no size on a drink's label" % tag)
        return
    kind, cl = meas
    units = c["units_per_sale"]
    fmt = entry["format_cl"]
    if kind == "bottle":
        if cl is None:
            cl = 75 if entry["category"] in ("vin", "champagne") else ordinary(entry, lib)
        if fmt != cl:
            errors.append("%s: a %s cl bottle answered with a %s cl entry" % (tag, cl, fmt))
        if units != 1:
            errors.append("%s: units %r for a bottle" % (tag, units))
        return
    if kind == "draught":
        if fmt < KEG:
            errors.append("%s: a draught measure answered with a bottle" % tag)
    elif fmt != ordinary(entry, lib):
        errors.append("%s: a pour must refer to the ordinary bottle, not %s cl" % (tag, fmt))
    if not isinstance(units, (int, float)) or abs(units - round(cl / fmt, 4)) > 1e-9:
        errors.append("%s: units %r, expected %s" % (tag, units, round(cl / fmt, 4)))


def check(lib_lines, case_lines):
    errors = []
    lib = load(lib_lines, LIB_FIELDS, "library", errors)
    cases = load(case_lines, CASE_FIELDS, "cases", errors)
    if errors:
        return errors
    check_library(lib, errors)
    by_id = {r["id"]: r for r in lib}
    for c in cases:
        check_case(c, lib, by_id, errors)
    labels = [c["label"] for c in cases]
    if len(set(labels)) != len(labels):
        errors.append("cases: duplicate labels")
    n = len(cases)
    count = {e: sum(c["expect"] == e for c in cases) for e in ("yes", "almost", "none")}
    if not 260 <= n <= 300:
        errors.append("cases: %d, expected 260-300" % n)
    if n and not 0.35 <= count["none"] / n <= 0.40:
        errors.append("cases: %.1f %% none, expected 35-40 %%" % (100.0 * count["none"] / n))
    if n and not 0.13 <= count["almost"] / n <= 0.17:
        errors.append("cases: %.1f %% almost, expected about 15 %%"
                      % (100.0 * count["almost"] / n))
    for till in TILLS:
        if sum(c["connection"] == till for c in cases) < 60:
            errors.append("cases: fewer than 60 labels from %s" % till)
    return errors


# --- self-test: break copies on purpose -------------------------------------------------------

def first(cases, pred):
    for i, c in enumerate(cases):
        if pred(c):
            return i
    raise LookupError("no case for a self-test breakage")


def breakages(lib, cases):
    """Yield (what, library lines, case lines) with one thing broken."""
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731
    by_id = {r["id"]: r for r in lib}

    def broken(what, index, change):
        copy = json.loads(json.dumps(cases))
        change(copy[index])
        return what, dump(lib), dump(copy)

    i = first(cases, lambda c: isinstance(c["units_per_sale"], float))
    yield broken("a glass's units", i, lambda c: c.update(units_per_sale=0.2))
    i = first(cases, lambda c: c["expect"] == "almost" and c["also_ok"])
    other = cases[i]["also_ok"][0]
    yield broken("almost on another vintage", i, lambda c: c.update(
        beverage_id=other, also_ok=[x for x in c["also_ok"] if x != other] + [c["beverage_id"]]))
    i = first(cases, lambda c: c["connection"] == "catalogue" and "cut off" in c["note"])
    yield broken("a cut vintage kept", i, lambda c: c.update(vintage=2022))
    i = first(cases, lambda c: c["expect"] == "none")
    yield broken("a none with an id", i, lambda c: c.update(beverage_id="r001"))
    i = first(cases, lambda c: c["connection"] == "catalogue")
    yield broken("a lower-case, too long catalogue label", i,
                 lambda c: c.update(label=c["label"].lower() + " xx"))
    i = first(cases, lambda c: c["connection"] == "livraison")
    yield broken("a delivery label without price", i,
                 lambda c: c.update(label=c["label"].rsplit(" - ", 1)[0]))
    i = first(cases, lambda c: c["connection"] == "pda" and c["expect"] == "yes")
    yield broken("fields out of order", i, lambda c: c.update(
        {k: c.pop(k) for k in ["expect", "label"]}))
    i = first(cases, lambda c: "37.5 cl bottle" in c["note"] and c["expect"] == "yes")
    full = [r["id"] for r in lib if same_wine_any_format(r, by_id[cases[i]["beverage_id"]])
            and r["format_cl"] == 75][-1]
    yield broken("a half bottle answered with the bottle", i,
                 lambda c: c.update(beverage_id=full, also_ok=[]))
    i = first(cases, lambda c: c["also_ok"] and c["vintage"] is None)
    yield broken("also_ok dropped", i, lambda c: c.update(also_ok=[]))
    i = first(cases, lambda c: c["connection"] == "pda" and " rge" in c["label"]
              and c["expect"] == "yes")
    white = next(r["id"] for r in lib if r["colour"] == "blanc" and r["format_cl"] == 75)
    yield broken("a red label answered with a white", i,
                 lambda c: c.update(beverage_id=white, also_ok=[]))
    i = first(cases, lambda c: c["label"].startswith("Demi "))
    bottle = next(r["id"] for r in lib if r["category"] == "bière" and r["format_cl"] < KEG)
    yield broken("a draught answered with a bottle", i,
                 lambda c: c.update(beverage_id=bottle))
    copy = json.loads(json.dumps(lib))
    copy[5]["id"] = copy[4]["id"]
    yield "a library id repeated", dump(copy), dump(cases)


def selftest(lib_lines, case_lines):
    clean = check(lib_lines, case_lines)
    print("unbroken files: %s" % ("clean" if not clean else "%d problems" % len(clean)))
    ok = not clean
    lib = [json.loads(x) for x in lib_lines]
    cases = [json.loads(x) for x in case_lines]
    for what, lines_l, lines_c in breakages(lib, cases):
        found = [e for e in check(lines_l, lines_c) if e not in clean]
        print("  %-45s %s" % (what, "caught (%s)" % found[0] if found else "MISSED"))
        ok = ok and bool(found)
    return ok


def main():
    with open(os.path.join(HERE, "chaine_library.jsonl"), encoding="utf-8") as fh:
        lib_lines = fh.read().splitlines()
    with open(os.path.join(HERE, "chaine_cases.jsonl"), encoding="utf-8") as fh:
        case_lines = fh.read().splitlines()
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errors = check(lib_lines, case_lines)
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    cases = [json.loads(x) for x in case_lines]
    print("clean: %d drinks, %d cases" % (len(lib_lines), len(cases)))
    for till in TILLS:
        sub = [c for c in cases if c["connection"] == till]
        print("  %-10s %3d  %s" % (till, len(sub), {e: sum(c["expect"] == e for c in sub)
                                                    for e in ("yes", "almost", "none")}))


if __name__ == "__main__":
    main()
