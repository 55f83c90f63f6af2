"""Check grasse_library.jsonl and grasse_cases.jsonl on their own (no build import).
python3 check_grasse.py [--selftest]"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("pms", "piscine", "banquets")
WINE_MEAS = ("btl", "half", "mag", "jero", "glass", "g15", "p50", "p25", "coupe")
# measure -> (kind, cl)
MEAS = {"btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150), "jero": ("bottle", 300),
        "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33), "b355": ("bottle", 35.5),
        "b50": ("bottle", 50), "b70": ("bottle", 70), "b100": ("bottle", 100), "case6": ("case", 75),
        "glass": ("pour", 12.5), "g15": ("pour", 15), "coupe": ("pour", 12.5), "p25": ("pour", 25),
        "p50": ("pour", 50), "dose": ("dose", 4), "d2": ("dose", 2), "demi": ("draught", 25),
        "pinte": ("draught", 50), "k20": ("keg", 2000), "k30": ("keg", 3000)}
PMS_WORDS = {"BTL": "btl", "1/2": "half", "MAG": "mag", "JERO": "jero", "VRE": "glass", "VRE15": "g15",
             "PICH50": "p50", "PICH25": "p25", "CP": "coupe", "4CL": "dose", "2CL": "d2", "DEMI": "demi",
             "PINTE": "pinte", "33CL": "b33", "25CL": "b25", "20CL": "b20", "50CL": "b50", "1L": "b100",
             "35.5CL": "b355", "70CL": "b70"}
PMS_RE = re.compile(r"^#[1-3]\d\d (RST|BAR|RSV|MNB) (4100|4200|5100|5200|5300|5400|6100|6200) ([ -~]{22}) 1x"
                    r"[ \d]{4}\d\.(00|50)$")
POOL_BTN = [(r"Verre 15cl (Rosé|Blanc|Rouge|Champagne|Apéritif)$", "g15"),
            (r"Verre (Rosé|Blanc|Rouge|Champagne|Apéritif)$", "glass"), (r"Coupe Champagne$", "coupe"),
            (r"Pichet 25cl (Rosé|Blanc|Rouge)$", "p25"), (r"Pichet 50cl (Rosé|Blanc|Rouge)$", "p50"),
            (r"Bouteille (Rosé|Blanc|Rouge|Champagne|Bière|Alcool|Apéritif|Soft)$", "btl"),
            (r"Demi-bouteille (Rosé|Blanc|Rouge|Champagne)$", "half"),
            (r"Magnum (Rosé|Blanc|Rouge|Champagne)$", "mag"), (r"Jéroboam (Rosé|Blanc|Rouge|Champagne)$", "jero"),
            (r"Pression 25cl$", "demi"), (r"Pression 50cl$", "pinte"), (r"(Alcool|Apéritif) 4cl$", "dose"),
            (r"(Alcool|Apéritif) 2cl$", "d2"), (r"(Bière|Soft) 33cl$", "b33"), (r"(Bière|Soft) 25cl$", "b25"),
            (r"Soft 20cl$", "b20"), (r"Bière 35,5cl$", "b355"), (r"Eau 50cl$", "b50"), (r"Eau 100cl$", "b100"),
            (r"(Snacking|Boissons chaudes|Cocktails|Services|Glaces)$", None)]
POOL_RE = re.compile(r"^[^›]+( › [^›=]+)+ = \d+,(00|50) €$")
EV_UNITS = {"per bottle": "btl", "per half-bottle": "half", "per magnum": "mag", "per jeroboam": "jero",
            "per glass": "glass", "per flute": "coupe", "per carafe 50cl": "p50", "per carafe 25cl": "p25",
            "per 4cl shot": "dose", "per 2cl shot": "d2", "per keg 20L": "k20", "per keg 30L": "k30",
            "per case of 6": "case6", "per bottle 33cl": "b33", "per bottle 25cl": "b25",
            "per bottle 20cl": "b20", "per bottle 50cl": "b50", "per bottle 1L": "b100", "per bottle 70cl": "b70",
            "per bottle 35.5cl": "b355", "per half-pint 25cl": "demi", "per pint 50cl": "pinte"}
EV_OTHER = {"per person", "per hour", "flat fee", "per bottle opened"}
EV_RE = re.compile(r"^EVT-0[1-9]\d\d (WEDDING|SEMINAR|GALA|COCKTAIL|BIRTHDAY|PRIVATE DINNER) · [^·]+ · [^·]+ · qty \d+$")
ABBR = {"rs": "rose", "bl": "blanc", "rg": "rouge", "ch": "chateau", "bdb": "blancs", "lp": "laurent",
        "vx": "vieux", "cdr": "cotes", "chneuf": "chateauneuf", "shl": "smith", "gde": "grande"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def read_label(till, label):
    """(ok_form, measure, vintage) by each till's habit."""
    if till == "pms":
        m = PMS_RE.match(label)
        if not m:
            return False, None, None
        item = m.group(3).rstrip()
        if item != item.upper() or "  " in item:
            return False, None, None
        toks = item.split()
        meas = PMS_WORDS.get(toks[0])
        vint = 2000 + int(toks[-1]) if meas in WINE_MEAS and len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]) \
            else None
        return True, meas, vint
    if till == "piscine":
        if not POOL_RE.match(label):
            return False, None, None
        f = label.rsplit(" = ", 1)[0].split(" › ")
        hit = [m for rx, m in POOL_BTN if re.match(rx, f[0])]
        if not hit:
            return False, None, None
        mv = re.search(r"\b(19[5-9]\d|20[0-4]\d)$", f[1])
        return True, hit[0], int(mv.group(1)) if mv else None
    if till == "banquets":
        if not EV_RE.match(label):
            return False, None, None
        f = label.split(" · ")
        if f[2] not in EV_UNITS and f[2] not in EV_OTHER:
            return False, None, None
        mv = re.search(r"\b(19[5-9]\d|20[0-4]\d)$", f[1])
        return True, EV_UNITS.get(f[2]), int(mv.group(1)) if mv else None
    return False, None, None


def load(path, fields, errs, tag):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except ValueError:
                errs.append("%s json: line %d invalid" % (tag, n))
                continue
            if list(obj) != fields:
                errs.append("%s fields: line %d order %s" % (tag, n, list(obj)))
            rows.append(obj)
    return rows


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def shares_word(label, e):
    lt = [t for t in re.split(r"[^a-z0-9]+", fold(label)) if t]
    lt = [ABBR.get(t, t) for t in lt]
    et = [t for t in re.split(r"[^a-z0-9]+", fold(" ".join(str(e[k] or "") for k in ("name", "producer",
                                                                                   "appellation")))) if t]
    for a in lt:
        for b in et:
            if a.isdigit() or b.isdigit():
                if a == b:
                    return True
            elif len(a) >= 3 and len(b) >= 3 and a not in ("de", "des", "rose", "blanc", "rouge", "chateau",
                                                             "domaine", "per", "bottle") \
                    and (b.startswith(a) or a.startswith(b)) and min(len(a), len(b)) >= 4:
                return True
    return False


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, LIB_FIELDS, errs, "library")
    cases = load(cases_path, CASE_FIELDS, errs, "cases")
    if not 110 <= len(lib) <= 130:
        errs.append("library count: %d" % len(lib))
    ids = {}
    seen = set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "gs%03d" % n:
            errs.append("library id: %r at %d" % (e.get("id"), n))
        ids[e.get("id")] = e
        if e.get("category") not in CATS:
            errs.append("library category: %s" % e.get("id"))
        wine = e.get("category") in ("vin", "champagne")
        if wine != (e.get("colour") in COLOURS) or (e.get("colour") is not None and e.get("colour") not in COLOURS):
            errs.append("library colour: %s" % e.get("id"))
        if (e.get("format_cl") or 0) >= 2000 and e.get("category") != "bière":
            errs.append("library keg: %s" % e.get("id"))
        if e.get("category") != "vin" and e.get("category") != "champagne" and e.get("vintage") is not None:
            errs.append("library vintage: %s" % e.get("id"))
        k = (*wine_key(e), e.get("vintage"))
        if k in seen:
            errs.append("library duplicate: %s" % e.get("id"))
        seen.add(k)
    groups = {}
    for e in lib:
        groups.setdefault(wine_key(e), []).append(e)
    by_drink = {}
    for e in lib:
        by_drink.setdefault((e["name"], e["producer"], e["appellation"], e["colour"]), []).append(e)
    if not 280 <= len(cases) <= 300:
        errs.append("cases count: %d" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, till = c.get("label"), c.get("connection")
        tag = "%r" % lab
        if lab in labels:
            errs.append("cases duplicate label: " + tag)
        labels.add(lab)
        if till not in TILLS:
            errs.append("cases connection: " + tag)
            continue
        if not c.get("note"):
            errs.append("cases note: " + tag)
        exp = c.get("expect")
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        ok, meas, vint = read_label(till, lab)
        if not ok:
            errs.append("till form: %s %s" % (till, tag))
            continue
        if c.get("vintage") != vint:
            errs.append("vintage read back: %s %r != %r" % (tag, vint, c.get("vintage")))
        if "cut off by the till" in (c.get("note") or ""):
            if till != "pms" or len(lab[14:36].rstrip()) < 18:
                errs.append("cut note on an uncut label: " + tag)
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append("none with an answer: " + tag)
            continue
        if exp not in ("yes", "almost"):
            errs.append("expect: " + tag)
            continue
        e = ids.get(c.get("beverage_id"))
        if e is None:
            errs.append("unknown id: " + tag)
            continue
        if meas is None:
            errs.append("no measure on a drink: " + tag)
            continue
        if not shares_word(lab, e):
            errs.append("label shares no word with its entry: " + tag)
        # format and units
        kind, vol = MEAS[meas]
        fmts = sorted({x["format_cl"] for x in by_drink[(e["name"], e["producer"], e["appellation"], e["colour"])]})
        wine = e["category"] in ("vin", "champagne")
        units = c.get("units_per_sale")
        want = None
        if kind == "bottle":
            size = vol if vol is not None else (75 if wine else (fmts[0] if len(fmts) == 1 else None))
            want = (size, 1)
        elif kind == "case":
            want = (75, 6) if wine else None
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else ([f for f in fmts if f not in (37.5, 150, 300)] or [None])[0]
            if e["category"] in ("bière", "soft", "spiritueux") or ordinary is None:
                want = None
            else:
                want = (ordinary, round(vol / ordinary, 4))
        elif kind == "dose":
            want = (fmts[0], round(vol / fmts[0], 4)) if e["category"] in ("spiritueux", "autre") and len(fmts) == 1 \
                else None
        elif kind == "draught":
            want = (e["format_cl"], round(vol / e["format_cl"], 4)) if e["format_cl"] >= 2000 else None
        elif kind == "keg":
            want = (vol, 1)
        if want is None or want[0] != e["format_cl"]:
            errs.append("format against measure: %s (%s -> %s cl)" % (tag, meas, e["format_cl"]))
        elif units != want[1] or (isinstance(units, float) and round(units, 4) != units):
            errs.append("units against measure: %s %r != %r" % (tag, units, want[1]))
        # vintages
        grp = groups[wine_key(e)]
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x["id"] != e["id"])
        lv = c.get("vintage")
        if exp == "yes" and lv is not None:
            others = []
        if sorted(c.get("also_ok") or []) != others:
            errs.append("also_ok not the other vintages: " + tag)
        lv = c.get("vintage")
        if exp == "yes":
            if lv is not None and e["vintage"] != lv:
                errs.append("yes on another vintage: " + tag)
            if lv is None and vints and e["vintage"] != vints[-1]:
                errs.append("yes without vintage not the most recent: " + tag)
        else:
            if lv is None or lv in vints:
                errs.append("almost with a held or no vintage: " + tag)
            elif e["vintage"] != min(vints, key=lambda v: (abs(v - lv), -v)):
                errs.append("almost not the nearest vintage: " + tag)
    total = len(cases) or 1
    share = {x: sum(counts.get((t, x), 0) for t in TILLS) / total * 100 for x in ("yes", "almost", "none")}
    if not (45 <= share["yes"] <= 52 and 12 <= share["almost"] <= 17 and 33 <= share["none"] <= 40):
        errs.append("split: %s" % {k: round(v, 1) for k, v in share.items()})
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append("till without %s: %s" % (x, t))
    return errs, counts, len(lib), len(cases)


def selftest():
    lib_p, cas_p = os.path.join(HERE, "grasse_library.jsonl"), os.path.join(HERE, "grasse_cases.jsonl")
    errs, _, _, _ = check(lib_p, cas_p)
    assert not errs, errs
    lib = open(lib_p, encoding="utf-8").read().splitlines()
    cas = [json.loads(x) for x in open(cas_p, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(cas) if pred(c))

    def dump(cs):
        return [json.dumps(c, ensure_ascii=False) for c in cs]

    def mod(i, **kw):
        cs = [dict(c) for c in cas]
        cs[i].update(kw)
        return dump(cs)

    breaks = []
    breaks.append(("invalid JSON", None, [*dump(cas)[:5], "{oops", *dump(cas)[5:]], "cases json"))
    cs = dump(cas)
    c0 = dict(cas[0])
    cs[0] = json.dumps({k: c0[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)
    breaks.append(("fields out of order", None, cs, "cases fields"))
    lb = list(lib)
    lb[3], lb[4] = lb[4], lb[3]
    breaks.append(("library id out of sequence", lb, None, "library id"))
    j = next(i for i, x in enumerate(lib) if '"bière"' in x)
    lb = list(lib)
    lb[j] = lb[j].replace('"colour": null', '"colour": "blanc"')
    breaks.append(("colour on a beer", lb, None, "library colour"))
    i = first(lambda c: c["units_per_sale"] == 0.1667)
    breaks.append(("glass units", None, mod(i, units_per_sale=0.2), "units against measure"))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on the farther vintage", None,
                   mod(i, beverage_id=cas[i]["also_ok"][0], also_ok=[cas[i]["beverage_id"]]), "almost not the nearest"))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["also_ok"] == [] and c["connection"] == "pms"
              and any(c["beverage_id"] in d["also_ok"] for d in cas))
    sib = next(d["also_ok"] for d in cas if cas[i]["beverage_id"] in d["also_ok"])
    other = next((x for x in sib if x != cas[i]["beverage_id"]), None) or \
        next(d["beverage_id"] for d in cas if cas[i]["beverage_id"] in d["also_ok"])
    breaks.append(("yes on the sibling vintage", None, mod(i, beverage_id=other), "yes on another vintage"))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", None, mod(i, beverage_id="gs001"), "none with an answer"))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", None, mod(i, also_ok=[]), "also_ok not the other"))
    i = first(lambda c: c["connection"] == "pms")
    breaks.append(("pms label without its amount", None, mod(i, label=cas[i]["label"].rsplit(" 1x", 1)[0]),
                   "till form"))
    i = first(lambda c: c["connection"] == "piscine")
    breaks.append(("pool label without its price", None, mod(i, label=cas[i]["label"].rsplit(" = ", 1)[0]),
                   "till form"))
    breaks.append(("duplicate label", None, mod(1, label=cas[0]["label"]), "duplicate label"))
    i = first(lambda c: c["expect"] == "yes" and "1/2 " in c["label"])
    full = next(x for x in lib if json.loads(x)["name"] == json.loads(lib[int(cas[i]["beverage_id"][2:]) - 1])["name"]
                and json.loads(x)["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl entry", None, mod(i, beverage_id=json.loads(full)["id"]),
                   "format against measure"))
    i = first(lambda c: c["expect"] == "yes" and "DEMI " in c["label"])
    bottled = next(json.loads(x)["id"] for x in lib if json.loads(x)["name"] == "Leffe Blonde")
    breaks.append(("draught demi on a bottled beer", None, mod(i, beverage_id=bottled), "format against measure"))
    i = first(lambda c: c["vintage"] is not None)
    breaks.append(("vintage field not on the label", None, mod(i, vintage=cas[i]["vintage"] - 1), "vintage read back"))
    i = first(lambda c: c["connection"] == "banquets" and c["expect"] == "yes" and c["units_per_sale"] == 1
              and "per bottle ·" in c["label"])
    breaks.append(("label sharing no word", None,
                   mod(i, label=re.sub(r"· [^·]+ ·", "· Zzzz Qqqq ·", cas[i]["label"], count=1)), "shares no word"))
    breaks.append(("too few cases", None, dump(cas[:250]), "cases count"))
    cs = [dict(c) for c in cas if not (c["connection"] == "banquets" and c["expect"] == "almost")]
    breaks.append(("a till without almost", None, dump(cs), "till without almost"))
    i = first(lambda c: c["units_per_sale"] == 6)
    breaks.append(("case of 6 counted as one bottle", None, mod(i, units_per_sale=1), "units against measure"))
    i = first(lambda c: c["expect"] == "yes" and "cut off" in c["note"])
    j = first(lambda c: c["connection"] == "pms" and c["expect"] == "yes" and "cut off" not in c["note"]
              and len(c["label"][14:36].rstrip()) < 15)
    breaks.append(("cut note on a short label", None, mod(j, note=cas[j]["note"] + " [2020 cut off by the till]"),
                   "cut note on an uncut"))
    failed = 0
    tmp = tempfile.mkdtemp()
    try:
        for name, lb, cs, expect in breaks:
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(lb if lb is not None else lib) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cs if cs is not None else dump(cas)) + "\n")
            errs, _, _, _ = check(lp, cp)
            hit = any(expect in e for e in errs)
            failed += not hit
            print("%-4s %-40s %s" % ("ok" if hit else "MISS", name, next((e for e in errs if expect in e), errs[:2])))
    finally:
        shutil.rmtree(tmp)
    print("clean files pass; %d breaks, %d missed" % (len(breaks), failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts, nl, nc = check(os.path.join(HERE, "grasse_library.jsonl"), os.path.join(HERE, "grasse_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("library %d, cases %d" % (nl, nc))
    for t in TILLS:
        print("%-9s" % t, " ".join("%s %d" % (x, counts.get((t, x), 0)) for x in ("yes", "almost", "none")))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
