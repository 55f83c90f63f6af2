#!/usr/bin/env python3
"""Check the "bressuire" held-out set from its two jsonl files only (no build module is
imported: every rule is re-derived here).

  python3 check_bressuire.py             # check bressuire_library.jsonl and bressuire_cases.jsonl
  python3 check_bressuire.py --selftest  # break copies on purpose; each break must be reported
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
TILLS = ("comptoir", "tablette", "z")
PREFIX = "BRS"

POUR = {"glass": 12.5, "p25": 25, "p50": 50, "p100": 100, "dose": 4, "d2": 2, "demi": 25, "pinte": 50}
BOTTLE = {"half": 37.5, "mag": 150}

# comptoir: measure codes printed last
C_CODES = {"VR": "glass", "P25": "p25", "P50": "p50", "P1L": "p100", "DOSE": "dose",
           "2CL": "d2", "DEMI": "demi", "PINTE": "pinte", "1/2": "half", "MAG": "mag"}
# tablette: size buttons printed first
T_VARS = {"bouteille": "btl", "demi-bouteille": "half", "magnum": "mag", "verre": "glass",
          "pichet 25cl": "p25", "pichet 50cl": "p50", "pichet 1l": "p100", "dose": "dose",
          "dose 2cl": "d2", "demi": "demi", "pinte": "pinte"}
# z: families and contenants
Z_FAMILIES = ["CUBI", "RG", "BL", "RS", "BUL", "MOEL", "APE", "DIG", "BIE", "SOF", "CAF",
              "CUI", "DIV"]
Z_CONT = {"BT": "btl", "1/2BT": "half", "MAG": "mag", "VERRE": "glass", "PICH25": "p25",
          "PICH50": "p50", "PICH1L": "p100", "DOSE4": "dose", "DOSE2": "d2", "DEMI": "demi",
          "PINTE": "pinte", "UNITE": None}
Z_RE = re.compile(r"^(\d{4}) ([A-Z]+)/(.+) (\S+) (\d+,\d\d)$")
SIZE_RE = re.compile(r"^(\d+(?:,\d)?)(CL|cl)$|^(1|1,5)(L|l)$")

STOP = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "sur", "rouge", "blanc", "rose",
        "brut", "chateau", "domaine", "ch", "dom", "vin", "vins", "ans", "a", "en", "au"}
ABBR = {"cdr": {"cotes", "rhone"}, "bjl": {"beaujolais"}, "bx": {"bordeaux"},
        "pm": {"magloire"}, "hp": {"haut", "poitou"}}


def size_measure(word):
    m = SIZE_RE.match(word)
    if not m:
        return None
    if m.group(1):
        return "cl%g" % float(m.group(1).replace(",", "."))
    return "cl100" if m.group(3) == "1" else "cl150"


def two_digit_year(s):
    n = int(s)
    return 2000 + n if n <= 30 else 1900 + n


# ------------------------------------------------------------------ reading labels
def read_label(till, label, errors, where):
    """Return (measure, vintage, text words, extra) for a label, checking the till's form."""
    if till == "comptoir":
        if len(label) > 16:
            errors.append("[form] %s: comptoir label over 16 columns: %r" % (where, label))
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9 ,/'.&+-]*", label) or label != label.strip():
            errors.append("[form] %s: comptoir label not in ASCII capitals: %r" % (where, label))
        toks = label.split()
        measure = "btl"
        if len(toks) > 1 and toks[-1] in C_CODES:
            measure = C_CODES[toks.pop()]
        elif len(toks) > 1 and size_measure(toks[-1]):
            measure = size_measure(toks.pop())
        vintage = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vintage = two_digit_year(toks.pop())
        for t in toks:
            if re.fullmatch(r"\d|\d{3}", t):
                errors.append("[cut] %s: part of a number left by the cut: %r" % (where, label))
        return measure, vintage, " ".join(toks), None
    if till == "tablette":
        if label != label.lower() or label != label.strip():
            errors.append("[form] %s: tablette label not in lower case: %r" % (where, label))
        measure, body = None, label
        if " - " in label:
            var, body = label.split(" - ", 1)
            if var in T_VARS:
                measure = T_VARS[var]
            elif size_measure(var):
                measure = size_measure(var)
            else:
                errors.append("[form] %s: unknown size button %r" % (where, var))
                measure = "?"
        toks = body.split()
        vintage = None
        if toks and re.fullmatch(r"(19|20)\d\d", toks[-1]):
            vintage = int(toks.pop())
        return measure, vintage, " ".join(toks), None
    if till == "z":
        m = Z_RE.match(label)
        if not m:
            errors.append("[form] %s: not a Z line: %r" % (where, label))
            return "?", None, label, None
        code, fam, desig, cont, price = m.groups()
        if fam not in Z_FAMILIES:
            errors.append("[form] %s: unknown Z family %r" % (where, fam))
        elif int(code[:2]) != Z_FAMILIES.index(fam) + 10:
            errors.append("[form] %s: article code %s not in family %s" % (where, code, fam))
        if len(desig) > 24:
            errors.append("[form] %s: Z designation over 24 columns: %r" % (where, desig))
        if desig != desig.upper():
            errors.append("[form] %s: Z designation not in capitals: %r" % (where, desig))
        if cont in Z_CONT:
            measure = Z_CONT[cont]
        elif size_measure(cont) and cont.isupper():
            measure = size_measure(cont)
        else:
            errors.append("[form] %s: unknown contenant %r" % (where, cont))
            measure = "?"
        toks = desig.split()
        vintage = None
        if toks and re.fullmatch(r"(19|20)\d\d", toks[-1]):
            vintage = int(toks.pop())
        if len(desig) == 24 and toks and re.fullmatch(r"\d{1,3}", toks[-1]):
            errors.append("[cut] %s: part of a number left by the cut: %r" % (where, label))
        return measure, vintage, " ".join(toks), (code, fam)
    errors.append("[till] %s: unknown connection %r" % (where, till))
    return "?", None, label, None


def words(text):
    t = unicodedata.normalize("NFKD", text or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"([a-z])(\d)", r"\1 \2", t)
    return [w for w in re.split(r"[^a-z0-9]+", t) if w]


def shares_word(text, entry):
    ew = {w for f in ("name", "producer", "appellation") for w in words(entry[f])} - STOP
    for t in words(text):
        if t in STOP:
            continue
        if t in ABBR and ABBR[t] & ew:
            return True
        for w in ew:
            if t == w and (len(t) >= 3 or t.isdigit()):
                return True
            if len(t) >= 3 and w.startswith(t):
                return True
    return False


# ------------------------------------------------------------------ the check
def check(lib_lines, case_lines):
    errors = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errors.append("[json] library line %d is not JSON" % n)
            continue
        if list(d) != LIB_FIELDS:
            errors.append("[order] library line %d: fields %r" % (n, list(d)))
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        errors.append("[count] %d drinks (110-130 wanted)" % len(lib))
    by_id, seen = {}, set()
    for n, d in enumerate(lib, 1):
        if d.get("id") != "%s%03d" % (PREFIX, n):
            errors.append("[id] library line %d: id %r out of sequence" % (n, d.get("id")))
        by_id[d.get("id")] = d
        cat, col, fmt, v = d.get("category"), d.get("colour"), d.get("format_cl"), d.get("vintage")
        if cat not in CATEGORIES:
            errors.append("[category] %s: %r" % (d.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errors.append("[colour] %s: wine without a valid colour %r" % (d.get("id"), col))
        elif col is not None:
            errors.append("[colour] %s: colour %r on a %s" % (d.get("id"), col, cat))
        if not isinstance(fmt, (int, float)) or fmt <= 0:
            errors.append("[format] %s: format %r" % (d.get("id"), fmt))
        elif fmt >= 2000 and (cat != "bière" or fmt not in (2000, 3000)):
            errors.append("[format] %s: keg format %r on a %s" % (d.get("id"), fmt, cat))
        if v is not None and not (isinstance(v, int) and 1900 <= v <= 2100):
            errors.append("[vintage] %s: vintage %r" % (d.get("id"), v))
        key = (d.get("name"), d.get("producer"), d.get("appellation"), col, v, fmt)
        if key in seen:
            errors.append("[dup] %s: the same entry twice" % d.get("id"))
        seen.add(key)

    def group(d):
        ident = (d["name"], d["producer"], d["appellation"], d["colour"])
        return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"]) == ident]

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errors.append("[json] case line %d is not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errors.append("[order] case line %d: fields %r" % (n, list(c)))
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errors.append("[count] %d cases (280-300 wanted)" % len(cases))
    labels = set()
    codes = {}
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, c in enumerate(cases, 1):
        label, exp, bid, also = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("also_ok")
        till = c.get("connection")
        where = "case %d %r" % (n, label)
        if label in labels:
            errors.append("[dup] %s: duplicate label" % where)
        labels.add(label)
        if not isinstance(c.get("note"), str) or not c.get("note"):
            errors.append("[note] %s: no note" % where)
        if exp not in ("yes", "almost", "none"):
            errors.append("[expect] %s: %r" % (where, exp))
            continue
        if till not in TILLS:
            errors.append("[till] %s: unknown connection %r" % (where, till))
            continue
        counts[till][exp] += 1
        measure, vintage, text, extra = read_label(till, label, errors, where)
        if extra:
            key = label.split(" ", 1)[1].rsplit(" ", 1)[0]
            if extra[0] in codes and codes[extra[0]] != key:
                errors.append("[form] %s: article code %s used for two articles" % (where, extra[0]))
            codes[extra[0]] = key
        if c.get("vintage") != vintage:
            errors.append("[vintage] %s: vintage field %r, label says %r" % (where, c.get("vintage"), vintage))
        if exp == "none":
            if bid is not None or also != [] or c.get("units_per_sale") is not None:
                errors.append("[none] %s: none with an answer" % where)
            continue
        if bid not in by_id or not isinstance(also, list) or any(a not in by_id for a in also):
            errors.append("[id] %s: unknown beverage_id / also_ok" % where)
            continue
        e = by_id[bid]
        if measure in (None, "?"):
            errors.append("[measure] %s: a %s answer on a label without a drink measure" % (where, exp))
            continue
        if extra:
            fam, col, cat = extra[1], e["colour"], e["category"]
            want = {"RG": col == "rouge", "BL": col == "blanc", "RS": col == "rosé",
                    "BUL": col == "effervescent" or (col == "rosé" and ("Crémant" in (e["appellation"] or "") or cat == "champagne")),
                    "MOEL": col == "liquoreux",
                    "CUBI": cat == "vin" and e["format_cl"] >= 300,
                    "APE": cat == "autre", "DIG": cat == "spiritueux", "BIE": cat == "bière",
                    "SOF": cat == "soft"}.get(fam, False)
            if not want:
                errors.append("[family] %s: family %s against the entry (%s, %s)" % (where, fam, cat, col))
        if not shares_word(text, e):
            errors.append("[word] %s: shares no word with %s" % (where, e["name"]))
        g = group(e)
        fmts = sorted({x["format_cl"] for x in g})
        non_keg = [f for f in fmts if f < 2000]
        # the format the label asks for
        if measure in ("demi", "pinte"):
            want_f = [f for f in fmts if f >= 2000]
            want_f = want_f[0] if want_f else None
        elif measure in BOTTLE:
            want_f = BOTTLE[measure]
        elif measure.startswith("cl"):
            want_f = float(measure[2:])
        elif e["category"] in ("vin", "champagne", "autre"):
            ordinary = [f for f in non_keg if f not in (37.5, 150)]
            want_f = 75 if 75 in fmts else (ordinary[0] if len(ordinary) == 1 else None)
        else:
            want_f = non_keg[0] if len(non_keg) == 1 else None
        if want_f is None or e["format_cl"] != want_f:
            errors.append("[format] %s: entry format %r, the label asks for %r" % (where, e["format_cl"], want_f))
            continue
        u = round(POUR[measure] / want_f, 4) if measure in POUR else 1
        if c.get("units_per_sale") != u:
            errors.append("[units] %s: units %r, the printed measure gives %r" % (where, c.get("units_per_sale"), u))
        same = [x for x in g if x["format_cl"] == want_f]
        vints = [x["vintage"] for x in same]
        others = sorted(x["id"] for x in same if x["id"] != bid)
        if vintage is not None and vintage in vints:
            others = []  # the label gives a vintage the library holds: also_ok is empty
        if sorted(also) != others:
            errors.append("[also_ok] %s: also_ok %r, wanted %r" % (where, also, others))
        if vintage is None:
            if exp != "yes" or (None not in vints and e["vintage"] != max(vints)):
                errors.append("[vintage] %s: no vintage on the label: yes on the most recent wanted" % where)
        elif vintage in vints:
            if exp != "yes" or e["vintage"] != vintage:
                errors.append("[vintage] %s: vintage %d is held: yes on it wanted" % (where, vintage))
        else:
            real = [v for v in vints if v is not None]
            best = min(real, key=lambda v: (abs(v - vintage), -v)) if real else None
            if exp != "almost" or e["vintage"] != best:
                errors.append("[almost] %s: vintage %d not held: almost on %r wanted" % (where, vintage, best))
    total = sum(sum(v.values()) for v in counts.values())
    if total:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * sum(v[k] for v in counts.values()) / total
            if not lo <= p <= hi:
                errors.append("[split] %s %.1f %% (%d-%d %% wanted)" % (k, p, lo, hi))
    for t, v in counts.items():
        for k, x in v.items():
            if x == 0:
                errors.append("[till] %s has no %s case" % (t, k))
    return errors, counts


# ------------------------------------------------------------------ self-test
def selftest(lib_lines, case_lines):
    cases = [json.loads(x) for x in case_lines]
    lib = [json.loads(x) for x in lib_lines]
    dumps = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def edit_case(pred, fn):
        rows = json.loads(json.dumps(cases))
        i = first(pred)
        fn(rows[i])
        return lib_lines, dumps(rows)

    def edit_lib(fn):
        rows = json.loads(json.dumps(lib))
        fn(rows)
        return dumps(rows), case_lines

    def reorder(c):
        items = list(c.items())
        items[0], items[1] = items[1], items[0]
        c.clear()
        c.update(items)

    def set_(k, v):
        return lambda c: c.__setitem__(k, v)

    def beer_colour(rows):
        next(r for r in rows if r["category"] == "bière")["colour"] = "blanc"

    def proportions():
        rows = json.loads(json.dumps(cases))
        k = 0
        for c in rows:
            if c["expect"] == "yes" and c["connection"] == "comptoir" and k < 30:
                c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None)
                k += 1
        return lib_lines, dumps(rows)

    def no_almost():
        rows = [c for c in json.loads(json.dumps(cases)) if not (c["connection"] == "tablette" and c["expect"] == "almost")]
        return lib_lines, dumps(rows)

    def dup_label():
        rows = json.loads(json.dumps(cases))
        rows[1]["label"] = rows[0]["label"]
        return lib_lines, dumps(rows)

    def almost_far(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def half_removed(c):
        c["label"] = c["label"].replace(" 1/2", "")

    def demi_bottle(c):
        c["label"] = c["label"].replace(" DEMI", " 25CL")

    breaks = [
        ("invalid JSON", lambda: (lib_lines, [*case_lines[:5], "{not json", *case_lines[5:]]), "[json]"),
        ("fields out of order", lambda: edit_case(lambda c: True, reorder), "[order]"),
        ("library id out of sequence", lambda: edit_lib(lambda r: r[3].__setitem__("id", "BRS099")), "[id]"),
        ("colour on a beer", lambda: edit_lib(beer_colour), "[colour]"),
        ("also_ok dropped", lambda: edit_case(lambda c: c["expect"] == "yes" and c["also_ok"], set_("also_ok", [])), "[also_ok]"),
        ("almost on the farther vintage", lambda: edit_case(lambda c: c["expect"] == "almost" and c["also_ok"] and c["label"] == "ANJOU BRIZE 21", almost_far), "[almost]"),
        ("glass units", lambda: edit_case(lambda c: c["label"].endswith(" VR") and c["expect"] == "yes", set_("units_per_sale", 0.16)), "[units]"),
        ("comptoir label in lower case", lambda: edit_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "yes", lambda c: c.__setitem__("label", c["label"].lower())), "[form]"),
        ("comptoir label over 16", lambda: edit_case(lambda c: c["label"] == "LAROSE TRINTAUDO", set_("label", "LAROSE TRINTAUDON")), "[form]"),
        ("unknown Z family", lambda: edit_case(lambda c: c["connection"] == "z" and "/MENU" in c["label"], lambda c: c.__setitem__("label", c["label"].replace("CUI/", "RESTO/"))), "[form]"),
        ("Z family against the colour", lambda: edit_case(lambda c: c["connection"] == "z" and " BL/MALESAN BLANC" in c["label"], lambda c: c.__setitem__("label", c["label"].replace(" BL/", " RG/").replace("12", "11", 1))), "[family]"),
        ("Z designation over 24", lambda: edit_case(lambda c: "DOMAINE DES VENELLES CHE " in c["label"], lambda c: c.__setitem__("label", c["label"].replace("VENELLES CHE ", "VENELLES CHENIN "))), "[form]"),
        ("tablette unknown size button", lambda: edit_case(lambda c: c["label"].startswith("verre - "), lambda c: c.__setitem__("label", "ballon" + c["label"][5:])), "[form]"),
        ("none with an id", lambda: edit_case(lambda c: c["expect"] == "none", set_("beverage_id", "BRS001")), "[none]"),
        ("duplicate label", dup_label, "[dup]"),
        ("vintage field not on the label", lambda: edit_case(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["connection"] == "comptoir", set_("vintage", 2021)), "[vintage]"),
        ("half bottle word removed", lambda: edit_case(lambda c: c["label"] == "FEUILLATTE 1/2", half_removed), "[format]"),
        ("draught demi turned into a bottle", lambda: edit_case(lambda c: c["label"] == "AFFLIGEM DEMI", demi_bottle), "[format]"),
        ("cut leaves part of a vintage", lambda: edit_case(lambda c: c["label"] == "LAROSE TRINTAUDO", set_("label", "LAROSE TRINTAU 1")), "[cut]"),
        ("proportions off", proportions, "[split]"),
        ("a till without almost", no_almost, "[till]"),
        ("label sharing no word", lambda: edit_case(lambda c: c["label"] == "PRUNE DOSE", set_("label", "MIRABELLE DOSE")), "[word]"),
        ("unknown connection", lambda: edit_case(lambda c: True, set_("connection", "drive")), "[till]"),
    ]
    ok = True
    errs, _ = check(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not errs else "FAIL %r" % errs[:3]))
    ok &= not errs
    for name, make, tag in breaks:
        l2, c2 = make()
        errs, _ = check(l2, c2)
        hit = [e for e in errs if e.startswith(tag)]
        print("%-34s %s  %s" % (name, "reported" if hit else "MISSED ", (hit or errs or [""])[0][:110]))
        ok &= bool(hit)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "FAILED"))
    return ok


def main():
    with open(os.path.join(HERE, "bressuire_library.jsonl"), encoding="utf-8") as f:
        lib_lines = f.read().splitlines()
    with open(os.path.join(HERE, "bressuire_cases.jsonl"), encoding="utf-8") as f:
        case_lines = f.read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, counts = check(lib_lines, case_lines)
    for e in errs:
        print(e)
    n = sum(sum(v.values()) for v in counts.values())
    for t, v in counts.items():
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (t, v["yes"], v["almost"], v["none"], sum(v.values())))
    print("%d drinks, %d cases: %s" % (len(lib_lines), n, "OK" if not errs else "%d ERRORS" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
