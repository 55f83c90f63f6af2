#!/usr/bin/env python3
"""Check brest_library.jsonl and brest_cases.jsonl using only the two files.

python3 check_brest.py [library cases]   -> lists the problems, exit 1 if any
python3 check_brest.py --selftest        -> breaks copies on purpose, shows each is caught
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "bar")
FAMILIES = {"BLC", "RGE", "RSE", "BUL", "LIQ", "CID", "PRE", "BIE", "WHI", "DIG", "APE", "SOF",
            "CUI", "CAF", "DIV"}
NON_DRINK = {"CUI", "CAF", "DIV"}
# the standard short forms of the list, each with the word it stands for
ABBR = {"cdr": "rhone", "cdp": "chateauneuf", "bdb": "blancs", "sc": "special", "rn": "roches",
        "bolly": "bollinger", "e2m": "entre", "vv": "vieilles", "calva": "calvados"}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- reading a label
def read_vintage(till, label):
    if till == "caisse":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        m = re.search(r"(?:^|_)((?:19|20)\d\d)(?:_|$)", label.split(" ")[0])
        return int(m.group(1)) if m else None
    if till == "bar":
        parts = label.split(" ")
        if len(parts) < 2:
            return None
        m = re.search(r"(?:^|\.)((?:19|20)\d\d)$", parts[1])
        return int(m.group(1)) if m else None
    return None


POUR_WORDS = {
    "caisse": {"VRE": 12.5, "VRE12": 12, "VRE15": 15, "PICH25": 25, "PICH50": 50, "COUPE": 12.5,
               "DOSE": 4, "PINTE": 50},
    "tablette": {"verre": 12.5, "verre 12cl": 12, "verre 15cl": 15, "pichet 25cl": 25,
                 "pichet 50cl": 50, "coupe": 12.5, "dose": 4, "pinte": 50},
    "bar": {"VERRE": 12.5, "VERRE 12CL": 12, "VERRE 15CL": 15, "PICHET 25": 25, "PICHET 50": 50,
            "COUPE": 12.5, "DOSE": 4, "PINTE": 50},
}


def measure(till, label):
    """('pour', cl) | ('bottle', cl or None) | ('half',) | ('mag',) | ('demi',)"""
    if till == "caisse":
        body = label.split(".", 1)[1] if "." in label else label
        w = body.split(" ")[0]
        if w in POUR_WORDS["caisse"]:
            return ("pour", POUR_WORDS["caisse"][w])
        if w == "DEMI":
            return ("demi",)
        if w == "1/2":
            return ("half",)
        if w == "MAG":
            return ("mag",)
        m = re.search(r"(\d+)CL\b", body)
        return ("bottle", float(m.group(1)) if m else None)
    if till == "tablette":
        rest = label.split(" ", 1)[1] if " " in label else ""
        rest = re.sub(r" ?\d+,\d\d€$", "", rest)
        if rest in POUR_WORDS["tablette"]:
            return ("pour", POUR_WORDS["tablette"][rest])
        if rest == "demi":
            return ("demi",)
        if rest == "37,5cl":
            return ("half",)
        if rest == "magnum":
            return ("mag",)
        if rest == "btl":
            return ("bottle", 75.0)
        m = re.fullmatch(r"(\d+)cl", rest)
        return ("bottle", float(m.group(1)) if m else None)
    if till == "bar":
        rest = label.split(" ", 2)[2] if label.count(" ") >= 2 else ""
        if rest in POUR_WORDS["bar"]:
            return ("pour", POUR_WORDS["bar"][rest])
        if rest == "DEMI":
            return ("demi",)
        if rest == "1/2":
            return ("half",)
        if rest == "MAG":
            return ("mag",)
        if rest == "BTL":
            return ("bottle", 75.0)
        m = re.fullmatch(r"BTL (\d+)CL", rest)
        return ("bottle", float(m.group(1)) if m else None)
    return ("bottle", None)


def till_form(c):
    """Problems with the label's form for its till."""
    lab, till = c["label"], c["connection"]
    out = []
    if till == "caisse":
        if len(lab) > 21:
            out.append("caisse label longer than 21 columns")
        if not re.fullmatch(r"[A-Z]{3}\.[A-Z0-9 /]+", lab):
            out.append("caisse label not FAMILY.CAPITALS")
        elif lab[:3] not in FAMILIES:
            out.append("unknown caisse family " + lab[:3])
    elif till == "tablette":
        if not re.fullmatch(r"[^ A-Z]+( [a-z0-9 ,]+?)? \d+,\d\d€", lab):
            out.append("tablette label not 'name_with_underscores [measure] price€' in lower case")
    elif till == "bar":
        m = re.fullmatch(r"(\d{5}) ([A-Za-z0-9.'/]+)( [A-Z0-9 /]+)?", lab)
        if not m:
            out.append("bar label not 'ARTNO Name.Dots MODIFIER'")
        elif len(m.group(2)) > 18:
            out.append("bar short name longer than 18")
    else:
        out.append("unknown connection %r" % till)
    return out


def family_fits(fam, e):
    col, cat = e["colour"], e["category"]
    if fam == "BLC":
        return cat == "vin" and col == "blanc"
    if fam == "RGE":
        return cat == "vin" and col == "rouge"
    if fam == "RSE":
        return cat == "vin" and col == "rosé"
    if fam == "BUL":
        return cat == "champagne" or col == "effervescent"
    if fam == "LIQ":
        return col == "liquoreux"
    if fam == "CID":
        return cat == "autre" and "cidre" in e["name"].lower()
    if fam == "PRE":
        return cat == "bière" and e["format_cl"] >= 2000
    if fam == "BIE":
        return cat == "bière" and e["format_cl"] < 2000
    if fam in ("WHI", "DIG", "APE"):
        return cat in ("spiritueux", "autre") and col is None
    if fam == "SOF":
        return cat == "soft"
    return False


def stems(s):
    s = re.sub(r"([a-z])([A-Z])", r"\1 \2", ascii_(s)).lower()
    return [w for w in re.split(r"[^a-z0-9]+", s) if w]


def shares_word(label, e):
    words = set(stems(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
    for t in stems(label):
        if t in ABBR and any(w.startswith(ABBR[t]) for w in words):
            return True
        if len(t) >= 4 and not t.isdigit() and any(w.startswith(t[:4]) for w in words):
            return True
        if len(t) == 3 and t.isalpha() and t in words:
            return True
    # initials and short words typed apart ("L D OR" for "L d'Or"): consecutive label words
    # whose letters, glued, are part of the entry's name
    toks = [t for t in stems(label) if t.isalpha()]
    glued = "".join(stems(e["name"]))
    for i in range(len(toks)):
        for j in range(i + 2, len(toks) + 1):
            g = "".join(toks[i:j])
            if len(g) >= 4 and g in glued:
                return True
    return False


# ---------------------------------------------------------------- the check
def check_text(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % n)
            continue
        if list(obj) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(obj)))
        lib.append(obj)
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % n)
            continue
        if list(obj) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (n, list(obj)))
        cases.append(obj)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "br%03d" % i:
            errs.append("library id %r out of sequence (expected br%03d)" % (e.get("id"), i))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("%s: colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("%s: category %r" % (e.get("id"), e.get("category")))
        if e.get("category") in ("spiritueux", "bière", "soft") and e.get("colour") is not None:
            errs.append("%s: a colour on a spirit, beer or soft" % e.get("id"))
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030):
            errs.append("%s: vintage %r" % (e.get("id"), e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e.get("id"), e.get("format_cl")))
        if e.get("format_cl", 0) >= 2000 and e.get("format_cl") not in (2000, 3000):
            errs.append("%s: keg of %s cl" % (e.get("id"), e.get("format_cl")))
        if e.get("format_cl", 0) >= 2000 and e.get("category") not in ("bière", "autre"):
            errs.append("%s: keg of a %s" % (e.get("id"), e.get("category")))
    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    groups = {}
    for e in lib:
        groups.setdefault((*wine(e), e["format_cl"]), []).append(e)
    for g in groups.values():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs):
            errs.append("%s: the same vintage twice in one format" % g[0]["id"])
    formats = {}
    for e in lib:
        formats.setdefault(wine(e), set()).add(e["format_cl"])

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases (280-300)" % len(cases))
    seen = set()
    counts = {}
    for c in cases:
        lab = c.get("label", "")
        tag = "case %r" % lab
        if lab in seen:
            errs.append(tag + ": duplicate label")
        seen.add(lab)
        if not c.get("note"):
            errs.append(tag + ": empty note")
        till = c.get("connection")
        counts[(till, c.get("expect"))] = counts.get((till, c.get("expect")), 0) + 1
        errs += [tag + ": " + x for x in till_form(c)]
        if c.get("vintage") != read_vintage(till, lab):
            errs.append(tag + ": vintage %r but the label reads %r" % (c.get("vintage"), read_vintage(till, lab)))
        ex = c.get("expect")
        if ex == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append(tag + ": none with an id, also_ok or units")
            continue
        if ex not in ("yes", "almost"):
            errs.append(tag + ": expect %r" % ex)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(tag + ": unknown beverage_id %r" % c.get("beverage_id"))
            continue
        if till == "caisse" and re.match(r"[A-Z]{3}\.", lab):
            if lab[:3] in NON_DRINK:
                errs.append(tag + ": a kitchen/coffee/service family answered " + ex)
            elif not family_fits(lab[:3], e):
                errs.append(tag + ": family %s does not fit %s (%s, %s)" % (lab[:3], e["id"], e["colour"], e["category"]))
        if not shares_word(lab, e):
            errs.append(tag + ": shares no word, stem or standard short form with " + e["id"])
        # format and units against the printed measure
        fmts = formats[wine(e)]
        ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
        m = measure(till, lab)
        u = c.get("units_per_sale")
        if m[0] == "demi" and e["category"] == "bière":
            m = ("pour", 25)
        elif m[0] == "demi":
            m = ("half",)
        if m[0] == "pour":
            if e["format_cl"] != ordinary and e["format_cl"] < 2000:
                errs.append(tag + ": a pour on %s cl, not the ordinary bottle or keg" % e["format_cl"])
            if e["category"] == "bière" and e["format_cl"] < 2000:
                errs.append(tag + ": a draught measure on a bottled beer")
            if m[1] in (25, 50) and e["category"] == "bière" and "PICH" in lab.upper():
                errs.append(tag + ": a pichet of beer")
            want = round(m[1] / e["format_cl"], 4)
            if u != want:
                errs.append(tag + ": units %r, measure gives %r" % (u, want))
        else:
            want_fmt = {"half": 37.5, "mag": 150}.get(m[0])
            if m[0] == "bottle":
                want_fmt = m[1] if m[1] is not None else ordinary
                if e["category"] in ("vin", "champagne") and m[1] is None:
                    want_fmt = 75
            if e["format_cl"] != want_fmt:
                errs.append(tag + ": label's format %s cl, entry %s cl" % (want_fmt, e["format_cl"]))
            if e["format_cl"] >= 2000:
                errs.append(tag + ": a bottle sale on a keg")
            if u != 1:
                errs.append(tag + ": units %r for a bottle" % u)
        # vintage rules
        g = groups[(*wine(e), e["format_cl"])]
        others = sorted(x["id"] for x in g if x is not e)
        v = c.get("vintage")
        also = sorted(c.get("also_ok") or [])
        if ex == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append(tag + ": yes on %s (%s) for label vintage %s" % (e["id"], e["vintage"], v))
                if also:
                    errs.append(tag + ": yes with a vintage but also_ok %s" % also)
            else:
                if e["vintage"] != max((x["vintage"] or 0) for x in g) and e["vintage"] is not None:
                    errs.append(tag + ": yes without vintage not on the most recent")
                if also != others:
                    errs.append(tag + ": also_ok %s, expected %s" % (also, others))
        else:
            if v is None:
                errs.append(tag + ": almost without a vintage on the label")
                continue
            if any(x["vintage"] == v for x in g):
                errs.append(tag + ": almost although vintage %s is held" % v)
            vs = [x for x in g if x["vintage"] is not None]
            if not vs:
                errs.append(tag + ": almost on a non-vintage drink")
                continue
            best = sorted(vs, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))[0]
            if best is not e:
                errs.append(tag + ": almost on %s, nearest is %s" % (e["id"], best["id"]))
            if also != others:
                errs.append(tag + ": also_ok %s, expected %s" % (also, others))
    n = len(cases) or 1
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in counts.items() if x == ex)
        if not lo <= 100 * k / n <= hi:
            errs.append("%s: %.1f %% (%d-%d %%)" % (ex, 100 * k / n, lo, hi))
    for t in TILLS:
        for ex in ("yes", "almost", "none"):
            if not counts.get((t, ex)):
                errs.append("till %s has no %s case" % (t, ex))
    return errs, counts


# ---------------------------------------------------------------- self-test
def selftest(lib_text, cases_text):
    errs, _ = check_text(lib_text, cases_text)
    print("clean files:", "PASS" if not errs else "FAIL %s" % errs[:5])
    ok = not errs
    L = [json.loads(x) for x in lib_text.splitlines()]
    C = [json.loads(x) for x in cases_text.splitlines()]
    def dump(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def brk_cases(fn):
        cc = copy.deepcopy(C)
        fn(cc)
        return lib_text, dump(cc)

    def brk_lib(fn):
        ll = copy.deepcopy(L)
        fn(ll)
        return dump(ll), cases_text

    byid = {e["id"]: e for e in L}
    i_yes_v = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["units_per_sale"] == 1)
    i_yes_nv = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    i_alm = first(lambda c: c["expect"] == "almost")
    i_none = first(lambda c: c["expect"] == "none")
    i_glass = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] == 0.1667)
    i_cai = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes")
    i_cai_red = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("RGE.") and c["expect"] == "yes")
    i_tab = first(lambda c: c["connection"] == "tablette")
    i_bar = first(lambda c: c["connection"] == "bar")
    i_mag = first(lambda c: c["expect"] == "yes" and byid[c["beverage_id"]]["format_cl"] == 150)
    i_demi = first(lambda c: c["expect"] == "yes" and c["label"].endswith(" DEMI"))
    bottle_beer = next(e["id"] for e in L if e["category"] == "bière" and e["format_cl"] == 33)
    def other_vint(c):
        return next(e["id"] for e in L if e["name"] == byid[c["beverage_id"]]["name"]
                                    and e["producer"] == byid[c["beverage_id"]]["producer"]
                                    and e["id"] != c["beverage_id"])

    def s(i, **kw):
        return lambda cc: cc[i].update(kw)

    breaks = [
        ("invalid JSON", (lib_text, cases_text.replace("}\n", "\n", 1))),
        ("fields out of order", brk_cases(lambda cc: cc.__setitem__(0, dict(reversed(list(cc[0].items())))))),
        ("library id out of sequence", brk_lib(lambda ll: ll[5].update(id="br099"))),
        ("unknown colour", brk_lib(lambda ll: ll[0].update(colour="jaune"))),
        ("yes on the wrong vintage", brk_cases(lambda cc: cc[i_yes_v].update(beverage_id=other_vint(cc[i_yes_v])))),
        ("yes without vintage missing also_ok", brk_cases(s(i_yes_nv, also_ok=[]))),
        ("almost turned into yes", brk_cases(s(i_alm, expect="yes", also_ok=[]))),
        ("none with an id", brk_cases(s(i_none, beverage_id="br001"))),
        ("glass units wrong", brk_cases(s(i_glass, units_per_sale=0.16))),
        ("caisse label in lower case", brk_cases(lambda cc: cc[i_cai].update(label=cc[i_cai]["label"].lower()))),
        ("caisse label too long", brk_cases(lambda cc: cc[i_cai].update(label=cc[i_cai]["label"] + " XXXXXXXXXX"))),
        ("tablette label without its price", brk_cases(lambda cc: cc[i_tab].update(label=re.sub(r" \S+€$", "", cc[i_tab]["label"])))),
        ("bar label without article number", brk_cases(lambda cc: cc[i_bar].update(label=cc[i_bar]["label"][6:]))),
        ("duplicate label", brk_cases(lambda cc: cc[1].update(label=cc[0]["label"]))),
        ("magnum pointed at the bottle", brk_cases(lambda cc: cc[i_mag].update(beverage_id=other_vint(cc[i_mag]) if byid[other_vint(cc[i_mag])]["format_cl"] == 75 else next(e["id"] for e in L if e["name"] == byid[cc[i_mag]["beverage_id"]]["name"] and e["format_cl"] == 75)))),
        ("vintage field not on the label", brk_cases(lambda cc: cc[i_yes_v].update(vintage=cc[i_yes_v]["vintage"] - 1))),
        ("family against the colour", brk_cases(lambda cc: cc[i_cai_red].update(label="BLC." + cc[i_cai_red]["label"][4:]))),
        ("demi of a bottled beer", brk_cases(s(i_demi, beverage_id=bottle_beer))),
        ("too few cases", brk_cases(lambda cc: cc.__delitem__(slice(0, 30)))),
        ("a till without almost", brk_cases(lambda cc: [c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None) for c in cc if c["connection"] == "bar" and c["expect"] == "almost"])),
        ("label sharing no word", brk_cases(lambda cc: cc[i_yes_v].update(label={"caisse": "BLC.XYZQ 22", "tablette": "xyzq_2022 btl 30,00€", "bar": "12345 Xyzq.2022 BTL"}[cc[i_yes_v]["connection"]]))),
    ]
    for name, (lt, ct) in breaks:
        e2, _ = check_text(lt, ct)
        status = "reported" if e2 else "MISSED"
        ok = ok and bool(e2)
        print("%-38s %s%s" % (name, status, (": " + e2[0]) if e2 else ""))
    print("selftest", "OK" if ok else "FAILED", "(%d breaks)" % len(breaks))
    return ok


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    libp = args[0] if args else os.path.join(HERE, "brest_library.jsonl")
    casep = args[1] if len(args) > 1 else os.path.join(HERE, "brest_cases.jsonl")
    lt = open(libp, encoding="utf-8").read()
    ct = open(casep, encoding="utf-8").read()
    if "--selftest" in argv:
        return 0 if selftest(lt, ct) else 1
    errs, counts = check_text(lt, ct)
    for e in errs:
        print("ERROR", e)
    n = sum(counts.values())
    print("%d drinks, %d cases" % (len(lt.splitlines()), n))
    for t in TILLS:
        print("  %-9s" % t, "  ".join("%s %d" % (x, counts.get((t, x), 0)) for x in ("yes", "almost", "none")))
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
