"""Check the Orléans held-out set from its two jsonl files only.

    python tests/matching/data/orleans/check_orleans.py            # check the files
    python tests/matching/data/orleans/check_orleans.py --selftest # break copies, show each is caught

Re-derives from each label, with this file's own reading of each till, the vintage, the
serving measure, the family and the format, and checks the bench README's yes / almost /
none rules, also_ok and units_per_sale against the library.
"""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "orleans_library.jsonl"
CASES = "orleans_cases.jsonl"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "salle", "hotel")

# serving word -> cl (None: a bottle-type sale; "half"/"mag" special)
BAR_MEAS = {"VRE": 12.5, "VRE12": 12, "PICH25": 25, "PICH50": 50, "1/4": 25, "DOSE": 4,
            "CP": 12.5, "DEMI": 25, "PINTE": 50, "1/2": "half", "MAG": "mag"}
SALLE_MEAS = [("verre 12cl ", 12), ("verre ", 12.5), ("pichet 25cl ", 25), ("pichet 50cl ", 50),
              ("1/4 ", 25), ("dose ", 4), ("coupe ", 12.5), ("demi ", 25), ("pinte ", 50),
              ("1/2 btl ", "half"), ("magnum ", "mag")]
HOTEL_MEAS = {"VERRE": 12.5, "VERRE-12CL": 12, "PICHET-25": 25, "PICHET-50": 50, "1/4": 25,
              "DOSE": 4, "COUPE": 12.5, "DEMI": 25, "PINTE": 50, "1/2": "half", "MAG": "mag"}
BAR_FAMS = {"VR": "rouge", "VB": "blanc", "VRS": "rosé", "CHP": "bulles", "APE": "autre",
            "ALC": "spiritueux", "BIE": "bière", "SFT": "soft", "CUI": None, "CAF": None, "SRV": None}
HOTEL_FAMS = {"1": "rouge", "2": "blanc", "3": "rosé", "4": "bulles", "5": "autre",
              "6": "spiritueux", "7": "bière", "8": "soft", "9": None}


def fam_of(e):
    if e["category"] == "champagne" or e["colour"] == "effervescent" or \
            (e["appellation"] or "").startswith("Crémant"):
        return "bulles"
    return e["colour"] if e["category"] == "vin" else e["category"]


def read_vintage(till, label):
    if till == "bar":
        m = re.search(r"'(\d\d)$", label)
    elif till == "salle":
        m = re.search(r"\s((?:19|20)\d\d)\s\d+,\d\d$", label)
    else:
        m = re.search(r"\s(\d\d)$", label) if label[:1] in "1234" else None
    if not m:
        return None
    v = int(m.group(1))
    return v if v >= 1900 else 2000 + v


def read_measure(till, label):
    """-> (word or '', cl / 'half' / 'mag' / None)."""
    if till == "bar":
        body = label.split(":", 1)[1] if ":" in label else label
        tok = body.split(".")[0]
        return (tok, BAR_MEAS[tok]) if tok in BAR_MEAS else ("", None)
    if till == "salle":
        for w, cl in SALLE_MEAS:
            if label.startswith(w):
                return (w.strip(), cl)
        return ("", None)
    parts = label.split(" ")
    if len(parts) > 1 and parts[1] in HOTEL_MEAS:
        return (parts[1], HOTEL_MEAS[parts[1]])
    return ("", None)


def read_family(till, label):
    if till == "bar":
        return label.split(":", 1)[0]
    if till == "hotel":
        return label[:1]
    return None


def till_form(till, label):
    if till == "bar":
        return (len(label) <= 20 and label.isascii() and label == label.upper()
                and re.match(r"^(VR|VB|VRS|CHP|APE|ALC|BIE|SFT|CUI|CAF|SRV):\S+$", label) is not None
                and " " not in label)
    if till == "salle":
        return (re.match(r"^.+ \d{1,3},\d\d$", label) is not None
                and re.search(r"[a-zà-ÿ]", label) is not None)
    if till == "hotel":
        return len(label) <= 24 and re.match(r"^[1-9]\d{4} \S+( \S+)*$", label) is not None
    return False


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])


def load(path, fields, errs, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError:
                errs.append("%s line %d: not JSON" % (what, i))
                continue
            if list(r) != fields:
                errs.append("%s line %d: fields %s" % (what, i, list(r)))
            rows.append(r)
    return rows


def check(folder):
    errs = []
    lib = load(os.path.join(folder, LIB), LIB_FIELDS, errs, "library")
    cases = load(os.path.join(folder, CASES), CASE_FIELDS, errs, "cases")
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    by_id = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "or%03d" % i:
            errs.append("library: id %s at position %d" % (e.get("id"), i))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errs.append("%s: colour/category %s/%s" % (e.get("id"), e.get("colour"), e.get("category")))
        if e.get("category") in ("spiritueux", "bière", "soft", "autre") and e.get("colour") is not None:
            errs.append("%s: a %s with a colour" % (e["id"], e["category"]))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errs.append("%s: a wine without colour" % e["id"])
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errs.append("%s: vintage %r" % (e["id"], e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e.get("format_cl")))
        if e.get("country") != "France":
            errs.append("%s: country" % e["id"])
    seen_e = {}
    for e in lib:
        k = (*wine_key(e), e.get("format_cl"), e.get("vintage"))
        if k in seen_e:
            errs.append("%s duplicates %s" % (e["id"], seen_e[k]))
        seen_e[k] = e["id"]
    if not any(e.get("category") == "bière" and e.get("format_cl") in (2000, 3000) for e in lib):
        errs.append("no draught keg in the library")

    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    labels = set()
    counts = {}
    for c in cases:
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if till not in TILLS:
            errs.append(where + ": connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not till_form(till, lab):
            errs.append(where + ": not in the %s till's form" % till)
        lv = read_vintage(till, lab)
        if c.get("vintage") != lv:
            errs.append(where + ": vintage %r, label reads %r" % (c.get("vintage"), lv))
        if not c.get("note"):
            errs.append(where + ": empty note")
        if not isinstance(c.get("also_ok"), list):
            errs.append(where + ": also_ok not a list")
            continue
        if exp == "none":
            if c.get("beverage_id") is not None or c["also_ok"] or c.get("units_per_sale") is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c.get("beverage_id"))
            continue
        fam = read_family(till, lab)
        want = BAR_FAMS.get(fam) if till == "bar" else HOTEL_FAMS.get(fam) if till == "hotel" else None
        if till != "salle" and want != fam_of(e):
            errs.append(where + ": family %s does not fit %s" % (fam, e["id"]))
        word, cl = read_measure(till, lab)
        sibs = [x for x in lib if wine_key(x) == wine_key(e)]
        fmts = sorted({x["format_cl"] for x in sibs})
        if cl == "half" and e["format_cl"] != 37.5:
            errs.append(where + ": half bottle label on a %s cl entry" % e["format_cl"])
        elif cl == "mag" and e["format_cl"] != 150:
            errs.append(where + ": magnum label on a %s cl entry" % e["format_cl"])
        elif cl is None and e["category"] in ("vin", "champagne") and e["format_cl"] != 75 and 75 in fmts:
            errs.append(where + ": bottle label without format word on a %s cl entry" % e["format_cl"])
        elif cl is None and len(fmts) > 1 and e["category"] not in ("vin", "champagne"):
            f = e["format_cl"]
            tok = {100: r"1L|100", 50: r"50", 33: r"33", 25: r"25"}.get(f, str(f))
            if not re.search(r"(^|[^0-9])(%s)" % tok, lab.split(" ", 1)[-1]):
                errs.append(where + ": several formats held, label does not say %s cl" % f)
        elif isinstance(cl, (int, float)):
            if word in ("DEMI", "PINTE", "demi", "pinte"):
                if e["category"] != "bière" or e["format_cl"] < 2000:
                    errs.append(where + ": draught measure on a non-keg entry")
            elif e["format_cl"] != (75 if 75 in fmts else fmts[0] if len(fmts) == 1 else None):
                errs.append(where + ": glass/pichet/dose not on the ordinary bottle")
        units = 1 if cl in (None, "half", "mag") else round(cl / e["format_cl"], 4)
        if c.get("units_per_sale") != units:
            errs.append(where + ": units %r, measure %r gives %r" % (c.get("units_per_sale"), word, units))
        group = [x for x in sibs if x["format_cl"] == e["format_cl"]]
        vints = sorted(x["vintage"] for x in group if x["vintage"] is not None)
        ids_by_v = {x["vintage"]: x["id"] for x in group}
        if exp == "yes":
            if lv is not None and vints:
                if e["vintage"] != lv or c["also_ok"]:
                    errs.append(where + ": yes with vintage %s must be that entry, also_ok empty" % lv)
            else:
                want_also = sorted(ids_by_v[v] for v in vints[:-1])
                if vints and (e["vintage"] != vints[-1] or sorted(c["also_ok"]) != want_also):
                    errs.append(where + ": yes without vintage must be the most recent, others in also_ok")
        else:
            if lv is None or lv in vints or not vints:
                errs.append(where + ": almost needs a label vintage not held")
            else:
                near = min(vints, key=lambda v: (abs(v - lv), -v))
                want_also = sorted(ids_by_v[v] for v in vints if v != near)
                if e["vintage"] != near or sorted(c["also_ok"]) != want_also:
                    errs.append(where + ": almost must be the nearest vintage, others in also_ok")
    if n:
        share = {x: sum(v for (t, a), v in counts.items() if a == x) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                errs.append("%s share %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
        for t in TILLS:
            for x in ("yes", "almost", "none"):
                if not counts.get((t, x)):
                    errs.append("till %s has no %s case" % (t, x))
    return errs, counts


# ---------------------------------------------------------------- selftest
def _rw(folder, fn, f):
    p = os.path.join(folder, fn)
    lines = open(p, encoding="utf-8").read().splitlines()
    lines = f(lines)
    with open(p, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def _edit_case(pred, change):
    def f(lines):
        for i, l in enumerate(lines):
            c = json.loads(l)
            if pred(c):
                change(c)
                lines[i] = json.dumps(c, ensure_ascii=False)
                return lines
        raise AssertionError("no case to break")
    return f


def _other_id(c):
    n = int(c["beverage_id"][2:])
    c["beverage_id"] = "or%03d" % (n + 1 if n < 111 else n - 1)


BREAKS = [
    ("not JSON", CASES, lambda ls: [*ls[:5], "{oops", *ls[5:]]),
    ("field order", CASES, lambda ls: [json.dumps(dict(reversed(list(json.loads(ls[0]).items()))), ensure_ascii=False), *ls[1:]]),
    ("library id sequence", LIB, lambda ls: [ls[0].replace('"or001"', '"or009"'), *ls[1:]]),
    ("bad colour", LIB, lambda ls: [ls[0].replace('"rouge"', '"red"'), *ls[1:]]),
    ("vintage not read back", CASES, _edit_case(lambda c: c["vintage"] is not None and c["expect"] == "yes",
                                                lambda c: c.update(vintage=c["vintage"] - 1))),
    ("yes on the wrong vintage", CASES, _edit_case(lambda c: c["expect"] == "yes" and c["vintage"] == 2021 and c["connection"] == "bar",
                                                   _other_id)),
    ("almost also_ok emptied", CASES, _edit_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                                                 lambda c: c.update(also_ok=[]))),
    ("units wrong", CASES, _edit_case(lambda c: c["units_per_sale"] == 0.1667,
                                      lambda c: c.update(units_per_sale=0.16))),
    ("none with an id", CASES, _edit_case(lambda c: c["expect"] == "none",
                                          lambda c: c.update(beverage_id="or001"))),
    ("duplicate label", CASES, lambda ls: [*ls, ls[0]]),
    ("bar label too wide / lower case", CASES, _edit_case(lambda c: c["connection"] == "bar",
                                                          lambda c: c.update(label=c["label"].lower() + "xxxxxxxxxxxxxxxxxxxxx"))),
    ("salle price dropped", CASES, _edit_case(lambda c: c["connection"] == "salle" and c["expect"] == "none",
                                              lambda c: c.update(label=c["label"].rsplit(" ", 1)[0]))),
    ("hotel family digit wrong", CASES, _edit_case(lambda c: c["connection"] == "hotel" and c["expect"] == "yes" and c["label"][0] == "1",
                                                   lambda c: c.update(label="6" + c["label"][1:]))),
    ("half label on the bottle", CASES, _edit_case(lambda c: " 1/2 btl " in " " + c["label"] and c["expect"] == "yes",
                                                   lambda c: c.update(label=c["label"].replace("1/2 btl ", "")))),
    ("unknown connection", CASES, _edit_case(lambda c: True, lambda c: c.update(connection="terrasse"))),
    ("shares off (nones dropped)", CASES, lambda ls: [l for l in ls if json.loads(l)["expect"] != "none"][:] + [l for l in ls if json.loads(l)["expect"] == "none"][:60]),
    ("draught measure on a bottle", CASES, _edit_case(lambda c: c["connection"] == "bar" and c["label"] == "BIE:LEFFE.33",
                                                      lambda c: c.update(label="BIE:PINTE.LEFFE.33", units_per_sale=0.0167))),
]


def selftest():
    errs, _ = check(HERE)
    ok = not errs
    print("clean files: %s" % ("pass" if ok else "FAIL %s" % errs[:3]))
    for name, fn, f in BREAKS:
        tmp = tempfile.mkdtemp()
        try:
            for x in (LIB, CASES):
                shutil.copy(os.path.join(HERE, x), tmp)
            _rw(tmp, fn, f)
            e, _ = check(tmp)
        finally:
            shutil.rmtree(tmp)
        caught = bool(e)
        ok = ok and caught
        print("%-34s %s  %s" % (name, "caught" if caught else "MISSED", e[0] if e else ""))
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(BREAKS)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(HERE)
    for e in errs:
        print("ERROR", e)
    print("| till | yes | almost | none | total |")
    for t in TILLS:
        r = [counts.get((t, x), 0) for x in ("yes", "almost", "none")]
        print("| %s | %d | %d | %d | %d |" % (t, r[0], r[1], r[2], sum(r)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
