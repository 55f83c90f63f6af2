#!/usr/bin/env python3
"""Check the "L'Écume du Hérel" (Granville) held-out set from its two jsonl files alone.

    python3 check_granville.py              # checks granville_library.jsonl and granville_cases.jsonl
    python3 check_granville.py --selftest   # breaks copies on purpose and shows each break is caught

Stdlib only; it imports nothing from the build, and re-derives from each label its till's form,
its measure and its vintage, then the answer rules of the bench README."""

import collections
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("CAISSE", "TABLETTE", "GESTION")
KEG = 2000

# ---- the tills' forms, measures and vintages (independent of the build)
C_FAMS = {"BL", "RG", "RS", "BU", "CI", "AL", "AP", "BI", "SF", "CU", "CA", "DV"}
C_MEAS = {"1/2": ("btl", 37.5), "MAG": ("btl", 150), "VR": ("pour", 12.5), "VR15": ("pour", 15),
          "PCH25": ("pour", 25), "PCH50": ("pour", 50), "CP": ("pour", 12.5), "BOL": ("pour", 25),
          "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("keg", 25), "PTE": ("keg", 50),
          "25CL": ("btl", 25), "33CL": ("btl", 33), "50CL": ("btl", 50), "1L": ("btl", 100)}
C_RE = re.compile(r"^(?P<des>[A-Z]{2}\.[A-Z0-9 ./]*?) *(?<=.{20}) (?P<price> *\d{1,3},\d\d)$")
T_OPTS = {"Bouteille": ("btl", None), "Bouteille 33cl": ("btl", 33), "Bouteille 50cl": ("btl", 50),
          "Bouteille 1L": ("btl", 100), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
          "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25),
          "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5), "Bolée": ("pour", 25),
          "Dose": ("pour", 4), "Demi": ("keg", 25), "Pinte": ("keg", 50)}
T_OTHER = {"Entrée", "Plat", "Dessert", "Boisson chaude", "Enfant", "Divers"}
G_FAMS = {"VBL", "VRG", "VRS", "CHP", "CID", "SPI", "APE", "BIE", "SOF", "EPI", "MAR", "CRE", "DIV"}
G_CONDS = {"25CL": 25, "33CL": 33, "37,5CL": 37.5, "50CL": 50, "70CL": 70, "75CL": 75, "100CL": 100,
           "150CL": 150, "FUT20L": 2000, "FUT30L": 3000}
G_OTHER = {"KG", "PCE", "DZ", "L", "BRQ", "PAQ", "UNITE"}
G_POURS = {"-2CL": 2, "-4CL": 4, "-12,5CL": 12.5, "-15CL": 15, "-25CL": 25, "-50CL": 50}
G_RE = re.compile(r"^(?P<fam>[A-Z]{3})\d{4};(?P<lib>[A-Z0-9][A-Z0-9 .&/-]{0,29});(?P<cond>[A-Z0-9,]+);(?P<qte>-[0-9,]+(CL)?)$")

# which families may hold which entries: (category set, colour set or None for any)
C_FAM_OK = {"BL": ({"vin"}, {"blanc"}), "RG": ({"vin"}, {"rouge"}), "RS": ({"vin"}, {"rosé"}),
            "BU": ({"champagne", "vin"}, {"effervescent", "rosé"}), "CI": ({"autre"}, {None}),
            "AL": ({"spiritueux"}, {None}), "AP": ({"spiritueux", "autre"}, {None}),
            "BI": ({"bière"}, {None}), "SF": ({"soft"}, {None})}
G_FAM_OK = {"VBL": C_FAM_OK["BL"], "VRG": C_FAM_OK["RG"], "VRS": C_FAM_OK["RS"], "CHP": C_FAM_OK["BU"],
            "CID": C_FAM_OK["CI"], "SPI": C_FAM_OK["AL"], "APE": C_FAM_OK["AP"], "BIE": C_FAM_OK["BI"],
            "SOF": C_FAM_OK["SF"]}

# register and catalogue short forms a sommelier reads without help
ABBR = {"MUSC": "MUSCADET", "CHAB": "CHABLIS", "SANC": "SANCERRE", "VACH": "VACHERON", "PF": "POUILLY FUME",
        "E2M": "ENTRE DEUX MERS", "SAUM": "SAUMUR", "CHP": "CHAMPIGNY", "CDR": "COTES DU RHONE",
        "TAITT": "TAITTINGER", "LP": "LAURENT PERRIER", "BDB": "BLANC DE BLANCS", "BOLLY": "BOLLINGER",
        "CREM": "CREMANT", "BGNE": "BOURGOGNE", "CALVA": "CALVADOS", "HDA": "HORS D AGE",
        "GRIMB": "GRIMBERGEN", "BLDE": "BLONDE", "BLCHE": "BLANCHE", "RIESL": "RIESLING",
        "PT": "PETIT", "P45": "PARALLELE 45", "GD": "GRANDE", "GDE": "GRANDE", "VV": "VIEILLES VIGNES"}
GENERIC = {"DE", "LA", "LE", "LES", "DU", "DES", "ET", "D", "L", "SUR", "LIE", "DOM", "DOMAINE", "CH",
           "CHATEAU", "BLANC", "ROUGE", "ROSE", "BRUT", "CUVEE", "VIN", "VINS", "ANS", "CL", "VIEILLES",
           "VIGNES", "CHAMPAGNE", "MAISON"}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper()
    return re.sub(r"[^A-Z0-9]+", " ", s).strip()


def words(s, expand=False):
    out = set()
    for t in ascii_up(s).split():
        if expand and t in ABBR:
            out |= set(ABBR[t].split())
        out.add(t)
        m = re.fullmatch(r"([A-Z]+)(\d+)(ANS|A)?", t)  # glued ages and numbers: LAGAVULIN16, PASTIS51
        if m:
            out |= {m.group(1), m.group(2)}
    return {w for w in out if w not in GENERIC and (len(w) >= 3 or w.isdigit())}


def shares(label, entry):
    lw = words(label, expand=True)
    ew = words(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    if lw & ew:
        return True
    return any(len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4] for a in lw for b in ew if a.isalpha())


def read_label(conn, label):
    """-> (family or option, measure or None, vintage, problems)"""
    probs = []
    if conn == "CAISSE":
        m = C_RE.match(label)
        if not m or len(label) != 28:
            return None, None, None, ["CAISSE form: 20-column ASCII-capital designation, space, price"]
        des = m.group("des").rstrip()
        fam, rest = des.split(".", 1)
        if fam not in C_FAMS:
            probs.append("CAISSE: unknown family %r" % fam)
        toks = rest.split()
        meas = C_MEAS.get(toks[0], ("btl", None)) if toks else None
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vint = 2000 + yy if yy <= 40 else 1900 + yy
        if fam in {"CU", "CA", "DV"}:
            meas = None
        return fam, meas, vint, probs
    if conn == "TABLETTE":
        if " - " not in label:
            return None, None, None, ["TABLETTE form: 'name - option'"]
        name, opt = label.rsplit(" - ", 1)
        if opt not in T_OPTS and opt not in T_OTHER:
            probs.append("TABLETTE: unknown option %r" % opt)
        if not re.search(r"[a-zé]", name):
            probs.append("TABLETTE: name not in mixed case")
        years = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", name)
        if len(years) > 1:
            probs.append("TABLETTE: two vintages")
        return opt, T_OPTS.get(opt), (int(years[0]) if years else None), probs
    if conn == "GESTION":
        m = G_RE.match(label)
        if not m:
            return None, None, None, ["GESTION form: 'FAMnnnn;LIBELLE;COND;QTE'"]
        fam, lib, cond, qte = m.group("fam", "lib", "cond", "qte")
        if fam not in G_FAMS:
            probs.append("GESTION: unknown family %r" % fam)
        if cond not in G_CONDS and cond not in G_OTHER:
            probs.append("GESTION: unknown container %r" % cond)
        toks = lib.split()
        vint = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
        meas = None
        if cond in G_CONDS:
            if qte == "-1":
                meas = ("btl", G_CONDS[cond])
            elif qte in G_POURS:
                meas = ("keg" if G_CONDS[cond] >= KEG else "pour", G_POURS[qte])
            else:
                probs.append("GESTION: unknown quantity %r" % qte)
        return fam, meas, vint, probs
    return None, None, None, ["unknown till %r" % conn]


# ---- checks
def load(lines, what, problems):
    rows = []
    for i, ln in enumerate(lines, 1):
        try:
            rows.append(json.loads(ln, object_pairs_hook=collections.OrderedDict))
        except ValueError:
            problems.append("%s line %d: not JSON" % (what, i))
    return rows


def check_library(lib, problems):
    if not 110 <= len(lib) <= 130:
        problems.append("library: %d drinks, want 110-130" % len(lib))
    seen = set()
    for i, r in enumerate(lib, 1):
        if list(r.keys()) != LIB_FIELDS:
            problems.append("library line %d: fields not in bench order" % i)
            continue
        if r["id"] != "GRV%03d" % i:
            problems.append("library line %d: id %r out of sequence" % (i, r["id"]))
        if r["category"] not in CATEGORIES:
            problems.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if wine and r["colour"] not in COLOURS:
            problems.append("%s: a wine needs a colour" % r["id"])
        if not wine and r["colour"] is not None:
            problems.append("%s: colour on a %s" % (r["id"], r["category"]))
        if r["category"] == "champagne" and r["colour"] not in ("effervescent", "rosé"):
            problems.append("%s: champagne colour %r" % (r["id"], r["colour"]))
        f = r["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            problems.append("%s: format %r" % (r["id"], f))
        elif f >= KEG and (r["category"] != "bière" or f not in (2000, 3000)):
            problems.append("%s: keg format %r on a %s" % (r["id"], f, r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            problems.append("%s: vintage %r" % (r["id"], r["vintage"]))
        k = (r["name"], r["producer"], r["appellation"], r["colour"], f, r["vintage"])
        if k in seen:
            problems.append("%s: same drink, format and vintage twice" % r["id"])
        seen.add(k)


def wine_key(r):
    return (r["name"], r["producer"], r["appellation"], r["colour"])


def ordinary(formats):
    if 75 in formats:
        return 75
    small = [f for f in formats if f < KEG]
    return small[0] if len(small) == 1 else None


def check_cases(lib, cases, problems):
    by_id = {r["id"]: r for r in lib}
    groups = collections.defaultdict(list)
    for r in lib:
        groups[wine_key(r)].append(r)
    if not 280 <= len(cases) <= 300:
        problems.append("cases: %d, want 280-300" % len(cases))
    labels = collections.Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            problems.append("duplicate label %r" % lab)
    for c in cases:
        lab = c.get("label")
        if list(c.keys()) != CASE_FIELDS:
            problems.append("%r: fields not in order" % lab)
            continue
        exp, bid, also, conn = c["expect"], c["beverage_id"], c["also_ok"], c["connection"]
        if conn not in TILLS:
            problems.append("%r: unknown till %r" % (lab, conn))
            continue
        if not c["note"]:
            problems.append("%r: empty note" % lab)
        fam, meas, vint, probs = read_label(conn, lab)
        problems.extend("%r: %s" % (lab, p) for p in probs)
        if c["vintage"] != vint:
            problems.append("%r: vintage field %r but the label reads %r" % (lab, c["vintage"], vint))
        if exp == "none":
            if bid is not None or also != [] or c["units_per_sale"] is not None:
                problems.append("%r: none with an id, also_ok or units" % lab)
            continue
        if exp not in ("yes", "almost"):
            problems.append("%r: expect %r" % (lab, exp))
            continue
        e = by_id.get(bid)
        if e is None:
            problems.append("%r: unknown beverage_id %r" % (lab, bid))
            continue
        if any(a not in by_id for a in also):
            problems.append("%r: unknown id in also_ok" % lab)
        if not shares(lab, e):
            problems.append("%r: shares no word, stem or listed abbreviation with %s" % (lab, bid))
        okfam = (C_FAM_OK if conn == "CAISSE" else G_FAM_OK).get(fam) if conn != "TABLETTE" else None
        if conn != "TABLETTE" and (okfam is None or e["category"] not in okfam[0] or e["colour"] not in okfam[1]):
            problems.append("%r: family %r does not fit %s (%s, %s)" % (lab, fam, bid, e["category"], e["colour"]))
        # format and units from the printed measure
        same = groups[wine_key(e)]
        formats = sorted({r["format_cl"] for r in same})
        u = c["units_per_sale"]
        if meas is None:
            problems.append("%r: answered but no measure on the label" % lab)
            continue
        kind, cl = meas
        if kind == "btl":
            want = cl if cl is not None else ordinary(formats)
            if e["format_cl"] != want:
                problems.append("%r: bottle of %s cl answered with the %s cl entry" % (lab, want, e["format_cl"]))
            if u != 1:
                problems.append("%r: a bottle sale is 1 unit, not %r" % (lab, u))
        else:
            want = ordinary(formats) if kind == "pour" else ([f for f in formats if f >= KEG] or [None])[0]
            if e["format_cl"] != want:
                problems.append("%r: %s pour answered with the %s cl entry (want %s)" % (lab, kind, e["format_cl"], want))
            if conn == "GESTION":
                cond = lab.split(";")[2]
                if G_CONDS.get(cond) != e["format_cl"]:
                    problems.append("%r: pour container is not the entry's format" % lab)
            if not isinstance(u, (int, float)) or abs(u - round(cl / e["format_cl"], 4)) > 1e-9:
                problems.append("%r: units %r, want %s" % (lab, u, round(cl / e["format_cl"], 4)))
        if isinstance(u, float) and round(u, 4) != u:
            problems.append("%r: units not to 4 decimals" % lab)
        # vintage rules
        sib = {r["vintage"]: r["id"] for r in same if r["format_cl"] == e["format_cl"]}
        held = sorted(v for v in sib if v is not None)
        others = lambda keep: sorted(sib[v] for v in held if v != keep)  # noqa: E731, B023
        if not held:
            if exp != "yes" or also:
                problems.append("%r: a non-vintage drink is a plain yes" % lab)
        elif exp == "yes":
            if vint is None:
                if e["vintage"] != held[-1] or sorted(also) != others(held[-1]):
                    problems.append("%r: no vintage: want the most recent with the others in also_ok" % lab)
            elif e["vintage"] != vint or also:
                problems.append("%r: yes on vintage %r but the label says %r" % (lab, e["vintage"], vint))
        else:
            if vint is None or vint in sib:
                problems.append("%r: almost but the label's vintage is held or absent" % lab)
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best or sorted(also) != others(best):
                    problems.append("%r: almost must be the nearest vintage %r with the others in also_ok" % (lab, best))
    # counts
    n = len(cases) or 1
    tot = collections.Counter(c.get("expect") for c in cases)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * tot[exp] / n
        if not lo <= p <= hi:
            problems.append("%s: %.1f %% of the cases, want %d-%d %%" % (exp, p, lo, hi))
    per = collections.Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not per[t, exp]:
                problems.append("till %s has no %s case" % (t, exp))


def check(lib_lines, case_lines):
    problems = []
    lib = load(lib_lines, "library", problems)
    cases = load(case_lines, "cases", problems)
    check_library(lib, problems)
    check_cases(lib, cases, problems)
    return problems


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [ln for ln in f.read().split("\n") if ln]


# ---- selftest
def _mod(lines, pred, fn):
    out, done = [], False
    for ln in lines:
        d = json.loads(ln, object_pairs_hook=collections.OrderedDict)
        if not done and pred(d):
            d = fn(d)
            done = True
            if d is None:
                continue
        out.append(json.dumps(d, ensure_ascii=False))
    assert done
    return out


def _reorder(d):
    items = list(d.items())
    items[1], items[2] = items[2], items[1]
    return collections.OrderedDict(items)


def _set(**kv):
    def fn(d):
        d = copy.deepcopy(d)
        d.update(kv)
        return d
    return fn


def selftest():
    lib, cases = read("granville_library.jsonl"), read("granville_cases.jsonl")
    clean = check(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:5]))
    L = lambda pred, fn: (_mod(lib, pred, fn), cases)  # noqa: E731
    C = lambda pred, fn: (lib, _mod(cases, pred, fn))  # noqa: E731
    first_c = lambda conn, exp: (lambda d: d["connection"] == conn and d["expect"] == exp)  # noqa: E731
    breaks = [
        ("non-JSON line", (lib, [*cases[:5], "{not json", *cases[5:]]), "not JSON"),
        ("library fields out of order", L(lambda d: True, _reorder), "fields not in bench order"),
        ("id out of sequence", L(lambda d: d["id"] == "GRV010", _set(id="GRV099")), "out of sequence"),
        ("colour on a beer", L(lambda d: d["category"] == "bière", _set(colour="blanc")), "colour on a bière"),
        ("keg format on a soft", L(lambda d: d["category"] == "soft", _set(format_cl=2000)), "keg format"),
        ("duplicate label", (lib, [*cases, cases[0]]), "duplicate label"),
        ("none with an id", C(first_c("GESTION", "none"), _set(beverage_id="GRV001")), "none with an id"),
        ("almost on the farther vintage", C(lambda d: "BRIORDS 21" in d["label"], _set(beverage_id="GRV002", also_ok=["GRV001"])), "nearest vintage"),
        ("yes on another vintage", C(lambda d: d["label"].startswith("BL.VR BRIORDS 23"), _set(beverage_id="GRV001", also_ok=[])), "label says"),
        ("also_ok dropped", C(lambda d: d["expect"] == "yes" and d["also_ok"], _set(also_ok=[])), "most recent"),
        ("glass units wrong", C(lambda d: d["units_per_sale"] == 0.1667, _set(units_per_sale=0.16)), "units"),
        ("half answered with the 75 cl entry", C(lambda d: d["label"].startswith("BL.1/2 CHAB FEVRE 22"), _set(beverage_id="GRV011")), "bottle of 37.5 cl"),
        ("draught pint answered with another format", C(lambda d: d["label"].startswith("BI.PTE GRIMB BLDE"), _set(beverage_id="GRV099", units_per_sale=1)), "pour answered"),
        ("CAISSE label in lower case", C(first_c("CAISSE", "yes"), lambda d: _set(label=d["label"].lower())(d)), "CAISSE form"),
        ("GESTION label without article code", C(first_c("GESTION", "yes"), lambda d: _set(label=d["label"].split(";", 1)[1])(d)), "GESTION form"),
        ("TABLETTE label without option", C(first_c("TABLETTE", "yes"), lambda d: _set(label=d["label"].rsplit(" - ", 1)[0])(d)), "TABLETTE form"),
        ("vintage field not the label's", C(first_c("TABLETTE", "yes"), _set(vintage=1999)), "vintage field"),
        ("unknown till", C(first_c("CAISSE", "none"), _set(connection="PDA")), "unknown till"),
        ("too few cases", (lib, cases[:260]), "want 280-300"),
        ("a till without almost", (lib, [json.dumps(dict(json.loads(x), expect="none", beverage_id=None, also_ok=[], units_per_sale=None), ensure_ascii=False)
                                          if json.loads(x)["connection"] == "TABLETTE" and json.loads(x)["expect"] == "almost" else x for x in cases]),
         "has no almost"),
        ("answer sharing no word", C(lambda d: d["label"].startswith("SF.COCA "), _set(beverage_id="GRV112")), "shares no word"),
        ("family not fitting the entry", C(lambda d: d["label"].startswith("RG.VR FLEURIE"), lambda d: _set(label=d["label"].replace("RG.", "BL.", 1))(d)), "does not fit"),
    ]
    ok = True
    for name, (bl, bc), expect in breaks:
        probs = check(bl, bc)
        hit = [p for p in probs if expect in p]
        print("%-45s %s%s" % (name, "caught" if hit else "MISSED", (": " + hit[0][:90]) if hit else ""))
        ok = ok and bool(hit)
    print("%d kinds of break, %s" % (len(breaks), "all caught" if ok else "SOME MISSED"))
    return 0 if ok and not clean else 1


def main(argv):
    if "--selftest" in argv:
        return selftest()
    probs = check(read("granville_library.jsonl"), read("granville_cases.jsonl"))
    for p in probs:
        print(p)
    if probs:
        print("%d problems" % len(probs))
        return 1
    cases = [json.loads(x) for x in read("granville_cases.jsonl")]
    cnt = collections.Counter((c["connection"], c["expect"]) for c in cases)
    print("OK: %d drinks, %d cases; " % (len(read("granville_library.jsonl")), len(cases)) +
          "; ".join("%s %d/%d/%d" % (t, cnt[t, "yes"], cnt[t, "almost"], cnt[t, "none"]) for t in TILLS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
