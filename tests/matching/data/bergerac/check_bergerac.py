#!/usr/bin/env python3
"""Check the Bergerac blind set from its two jsonl files only (stdlib).

    python3 check_bergerac.py             check the files beside this script
    python3 check_bergerac.py --selftest  break copies on purpose, show each break reported
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
TILLS = ("resto", "bar", "export")

# measure -> (kind, volume): kind "bottle" (volume None = the ordinary bottle) or "pour"
RESTO_TOK = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "50CL": ("bottle", 50),
             "33CL": ("bottle", 33), "25CL": ("bottle", 25), "1L": ("bottle", 100),
             "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15),
             "VR8": ("pour", 8), "P25": ("pour", 25), "P50": ("pour", 50),
             "CP": ("pour", 12.5), "DS": ("pour", 4), "2CL": ("pour", 2),
             "6CL": ("pour", 6), "DM": ("beer", 25), "PT": ("beer", 50)}
BAR_TOK = {"Btl": ("bottle", None), "1/2 Btl": ("bottle", 37.5), "Mag": ("bottle", 150),
           "50cl": ("bottle", 50), "33cl": ("bottle", 33), "25cl": ("bottle", 25),
           "1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12),
           "Verre 15cl": ("pour", 15), "Verre 8cl": ("pour", 8),
           "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50),
           "Coupe": ("pour", 12.5), "Dose": ("pour", 4), "2cl": ("pour", 2),
           "6cl": ("pour", 6), "Demi": ("beer", 25), "Pinte": ("beer", 50),
           "Unite": ("unit", None)}
EXPORT_TOK = {"BT37,5": ("bottle", 37.5), "MAG150": ("bottle", 150), "BT50": ("bottle", 50),
              "BT33": ("bottle", 33), "BT25": ("bottle", 25), "BT100": ("bottle", 100),
              "BT75": ("bottle", 75), "BT70": ("bottle", 70),
              "VERRE": ("pour", 12.5), "VERRE12": ("pour", 12), "VERRE15": ("pour", 15),
              "VERRE8": ("pour", 8), "PICH25": ("pour", 25), "PICH50": ("pour", 50),
              "COUPE": ("pour", 12.5), "DOSE": ("pour", 4), "DOSE2": ("pour", 2),
              "DOSE6": ("pour", 6), "DEMI": ("beer", 25), "PINTE": ("beer", 50),
              "U": ("unit", None)}
FAMILY_OK = {
    "RG": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "BL": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
    "RS": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
    "MO": lambda e: e["category"] == "vin" and e["colour"] == "liquoreux",
    "BU": lambda e: e["category"] == "champagne" or e["colour"] == "effervescent",
    "AP": lambda e: e["category"] in ("autre", "spiritueux"),
    "DI": lambda e: e["category"] == "spiritueux",
    "BI": lambda e: e["category"] == "bière",
    "SF": lambda e: e["category"] == "soft",
}
DIGIT_FAMILY = {"1": "RG", "2": "BL", "3": "RS", "4": "MO", "5": "BU", "6": "AP", "7": "DI",
                "8": "BI", "9": "SF"}
FOOD_FAMILIES = {"CU", "CF", "DV"}
# the staff's abbreviations: label word -> a word of the entry
ABBREV = {"pech": "pecharmant", "mbz": "monbazillac", "bgc": "bergerac", "bx": "bordeaux",
          "saut": "sauternes", "hte": "haute", "ht": "haut", "res": "reserve",
          "cuv": "cuvee", "taitt": "taittinger", "kro": "kronenbourg", "despe": "desperados",
          "calva": "calvados", "grim": "grimbergen", "capfaugeres": "faugeres",
          "t.mirambeau": "mirambeau", "51": "51"}


def norm_words(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"[^a-z0-9.]+", s) if w]


def yy(s):
    y = int(s)
    return 2000 + y if y < 40 else 1900 + y


def read_label(till, label, errs, where):
    """-> (family or None, (kind, volume), vintage)"""
    if till == "resto":
        m = re.fullmatch(r"(RG|BL|RS|MO|BU|AP|DI|BI|SF|CU|CF|DV)-([A-Z0-9 ./'\-]+)", label)
        if not m:
            errs.append("%s: resto label not in form FAM-BODY (ASCII capitals)" % where)
            return None, ("bottle", None), None
        body = m.group(2)
        if len(body) > 20 or body != body.strip() or "  " in body:
            errs.append("%s: resto body over 20 columns or badly spaced" % where)
        toks = body.split(" ")
        meas = RESTO_TOK.get(toks[0], ("bottle", None))
        vint = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        if m.group(1) in FOOD_FAMILIES:
            meas = ("unit", None)
        return m.group(1), meas, vint
    if till == "bar":
        m = re.fullmatch(r"([ -~]+?)( '(\d\d))? \(([^()]+)\)", label)
        if not m or m.group(4) not in BAR_TOK or not label.isascii():
            errs.append("%s: bar label not in form Words ['yy] (Size)" % where)
            return None, ("bottle", None), None
        return None, BAR_TOK[m.group(4)], yy(m.group(3)) if m.group(3) else None
    if till == "export":
        m = re.fullmatch(r"(\d{5});([^;]+);(\d{4})?;([A-Z0-9,]+);(\d+,\d\d)", label)
        if not m or m.group(4) not in EXPORT_TOK:
            errs.append("%s: export line not in form ART;Designation;yyyy;PACK;price" % where)
            return None, ("bottle", None), None
        fam = DIGIT_FAMILY.get(m.group(1)[0], "CU")
        return fam, EXPORT_TOK[m.group(4)], int(m.group(3)) if m.group(3) else None
    errs.append("%s: unknown connection %r" % (where, till))
    return None, ("bottle", None), None


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields or order wrong" % i)
            continue
        lib.append(e)
        if e["id"] != "bk%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                errs.append("%s: a wine without a valid colour" % e["id"])
        elif e["colour"] is not None:
            errs.append("%s: colour on a drink that is no wine" % e["id"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: bad format_cl" % e["id"])
        elif e["format_cl"] >= 2000 and e["category"] != "bière":
            errs.append("%s: a keg format on a drink that is no beer" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("%s: bad vintage" % e["id"])
        if e["country"] != "France" or not e["name"] or not e["producer"]:
            errs.append("%s: name / producer / country missing" % e["id"])
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid = {e["id"]: e for e in lib}
    seen = set()
    groups = {}
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: same drink twice" % e["id"])
        seen.add(k)
        g = (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])
        groups.setdefault(g, {}).setdefault(e["format_cl"], []).append(e)

    def gkey(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])

    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields or order wrong" % i)
            continue
        cases.append((i, c))
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    labels = [c["label"] for _, c in cases]
    for lab in sorted({x for x in labels if labels.count(x) > 1}):
        errs.append("label twice: %r" % lab)
    tab = {}
    for i, c in cases:
        where = "case %d %r" % (i, c["label"])
        till = c["connection"]
        if till not in TILLS:
            errs.append("%s: connection %r" % (where, till))
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, c["expect"]))
            continue
        tab.setdefault(till, {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
        if not isinstance(c["note"], str) or not c["note"].strip():
            errs.append("%s: empty note" % where)
        fam, (kind, vol), vint = read_label(till, c["label"], errs, where)
        if c["vintage"] != vint:
            errs.append("%s: vintage %r but the label reads %r" % (where, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an id, also_ok or units" % where)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: beverage_id %r not in the library" % (where, c["beverage_id"]))
            continue
        if kind == "unit":
            errs.append("%s: a unit sale answered with a drink" % where)
            continue
        if fam is not None and fam in FAMILY_OK and not FAMILY_OK[fam](e):
            errs.append("%s: family %s does not fit %s" % (where, fam, e["id"]))
        if fam is not None and fam not in FAMILY_OK:
            errs.append("%s: family %s is no drink family" % (where, fam))
        fmts = groups[gkey(e)]
        if 75 in fmts:
            ordinary = 75
        else:
            rest = [f for f in fmts if f not in (37.5, 150)]
            ordinary = rest[0] if len(rest) == 1 else None
        if kind == "bottle":
            want_fmt = vol if vol is not None else ordinary
            units = 1
        elif kind == "beer":
            want_fmt = max(fmts)
            if e["category"] != "bière" or want_fmt < 2000:
                errs.append("%s: a demi / pinte answered with a drink not on draught" % where)
            units = round(vol / want_fmt, 4)
        else:
            want_fmt = ordinary
            units = round(vol / want_fmt, 4) if want_fmt else None
        if e["format_cl"] != want_fmt:
            errs.append("%s: entry format %s, the label means %s" % (where, e["format_cl"], want_fmt))
            continue
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, expected %r" % (where, c["units_per_sale"], units))
        same = sorted(fmts[want_fmt], key=lambda x: x["id"])
        vints = [x["vintage"] for x in same]
        others = sorted(x["id"] for x in same if x["id"] != e["id"])
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("%s: yes but the entry is not the label's vintage" % where)
            else:
                if None not in vints and e["vintage"] != max(vints):
                    errs.append("%s: yes without vintage but not the most recent" % where)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok should list the other vintages %s" % (where, others))
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("%s: almost but the label's vintage is held or missing" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost should point to the nearest vintage %s" % (where, best))
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok should list the other vintages %s" % (where, others))
        text = {"export": lambda x: x.split(";")[1], "resto": lambda x: x[3:]}.get(till, lambda x: x)(c["label"])
        lw = set(norm_words(text))
        ew = set(norm_words(" ".join(x or "" for x in (e["name"], e["producer"], e["appellation"]))))
        ok = any((len(w) >= 3 and (w in ew or any(x.startswith(w[:4]) for x in ew if len(w) >= 4)))
                 or ABBREV.get(w) in ew for w in lw)
        if not ok:
            errs.append("%s: shares no word, stem or abbreviation with %s" % (where, e["id"]))
    n = len(cases)
    if n:
        tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * tot[k] / n
            if not lo <= p <= hi:
                errs.append("split: %s %.1f %% outside %d-%d %%" % (k, p, lo, hi))
        for t in TILLS:
            if any(tab.get(t, {}).get(k, 0) == 0 for k in ("yes", "almost", "none")):
                errs.append("till %s lacks one of the three answers" % t)
    return errs, tab


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib, cases = read("bergerac_library.jsonl"), read("bergerac_cases.jsonl")
    clean, _ = check(lib, cases)
    assert not clean, clean
    print("clean files: pass")

    def first(pred):
        for i, l in enumerate(cases):
            if pred(json.loads(l)):
                return i
        raise AssertionError

    def edit_case(pred, fn):
        cs = list(cases)
        i = first(pred)
        c = json.loads(cs[i])
        fn(c)
        cs[i] = json.dumps(c, ensure_ascii=False)
        return lib, cs

    def edit_lib(i, fn):
        ls = list(lib)
        e = json.loads(ls[i])
        fn(e)
        ls[i] = json.dumps(e, ensure_ascii=False)
        return ls, cases

    def yes_v(c):
        return c["expect"] == "yes" and c["vintage"] is not None
    def yes_nov(c):
        return c["expect"] == "yes" and c["also_ok"]
    def almost(c):
        return c["expect"] == "almost"
    def pour(c):
        return c["expect"] == "yes" and c["units_per_sale"] not in (1, None)
    breaks = [
        ("case not JSON", lambda: (lib, [*cases[:5], "{oops", *cases[6:]])),
        ("case fields reordered", lambda: edit_case(lambda c: True, lambda c: c.update(
            {"expect": c.pop("expect")}))),
        ("library id out of sequence", lambda: edit_lib(3, lambda e: e.update(id="bk099"))),
        ("colour on a spirit", lambda: edit_lib(next(i for i, l in enumerate(lib) if '"spiritueux"' in l),
                                                lambda e: e.update(colour="rouge"))),
        ("keg format on a wine", lambda: edit_lib(0, lambda e: e.update(format_cl=3000))),
        ("duplicate label", lambda: (lib, [*cases[:-1], cases[0]])),
        ("vintage field not the label's", lambda: edit_case(yes_v, lambda c: c.update(
            vintage=c["vintage"] - 7))),
        ("yes on another vintage", lambda: edit_case(
            lambda c: c["label"] == "RG-PECH CH DE BIRAN 18", lambda c: c.update(beverage_id="bk024"))),
        ("yes without vintage, also_ok emptied", lambda: edit_case(yes_nov, lambda c: c.update(also_ok=[]))),
        ("almost pointing elsewhere", lambda: edit_case(almost, lambda c: c.update(
            beverage_id=(c["also_ok"] or ["bk001"])[0]))),
        ("units wrong", lambda: edit_case(pour, lambda c: c.update(units_per_sale=0.5))),
        ("resto body over 20 columns", lambda: edit_case(
            lambda c: c["connection"] == "resto" and c["expect"] == "none",
            lambda c: c.update(label=c["label"] + " EXTRA LONG WORDS"))),
        ("export price without decimal comma", lambda: edit_case(
            lambda c: c["connection"] == "export", lambda c: c.update(
                label=c["label"].rsplit(";", 1)[0] + ";12.50"))),
        ("none with units", lambda: edit_case(lambda c: c["expect"] == "none",
                                              lambda c: c.update(units_per_sale=1))),
        ("family prefix wrong", lambda: edit_case(
            lambda c: c["connection"] == "resto" and c["label"].startswith("RG-") and c["expect"] == "yes",
            lambda c: c.update(label="BL-" + c["label"][3:]))),
        ("split broken", lambda: (lib, [l for l in cases if '"none"' not in l] + cases[:0])),
        ("bar form broken", lambda: edit_case(lambda c: c["connection"] == "bar",
                                              lambda c: c.update(label=c["label"].replace("(", "[")))),
        ("label shares no word with its entry", lambda: edit_case(
            lambda c: c["connection"] == "bar" and c["label"].startswith("Hennessy"),
            lambda c: c.update(label="Rhum Vieux (Dose)"))),
        ("glass answered with a half bottle", lambda: edit_case(
            lambda c: c["label"] == "RG-VR PECH BIRAN", lambda c: c.update(beverage_id="bk025"))),
        ("empty note", lambda: edit_case(lambda c: True, lambda c: c.update(note=""))),
        ("too few drinks", lambda: (lib[:100], cases)),
    ]
    bad = 0
    for name, make in breaks:
        errs, _ = check(*make())
        status = "reported" if errs else "NOT REPORTED"
        bad += not errs
        print("%-40s %s: %s" % (name, status, errs[0] if errs else ""))
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, tab = check(read("bergerac_library.jsonl"), read("bergerac_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print("%-7s %s" % (t, tab.get(t)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
