"""Checks chinon_library.jsonl and chinon_cases.jsonl, reading only those two files.
python3 check_chinon.py [--selftest]"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "export")

# measure word of each till -> (kind, cl)
M_COMPTOIR = {"BTL": ("btl", 75), "1/2": ("btl", 37.5), "MAG": ("btl", 150), "50CL": ("btl", 50),
              "33CL": ("btl", 33), "25CL": ("btl", 25), "70CL": ("btl", 70), "1L": ("btl", 100),
              "VRE": ("pour", 12.5), "12CL": ("pour", 12), "15CL": ("pour", 15), "PICH25": ("pour", 25),
              "PICH50": ("pour", 50), "CP": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
              "6CL": ("pour", 6), "DEMI": ("tap", 25), "PINTE": ("tap", 50)}
M_SALLE = {"Bouteille": ("btl", 75), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
           "Bouteille 50cl": ("btl", 50), "33cl": ("btl", 33), "25cl": ("btl", 25),
           "Bouteille 70cl": ("btl", 70), "1 litre": ("btl", 100), "Verre": ("pour", 12.5),
           "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25),
           "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5), "Dose": ("pour", 4), "2cl": ("pour", 2),
           "6cl": ("pour", 6), "Demi": ("tap", 25), "Pinte": ("tap", 50)}
M_EXPORT = {"BT": ("btl", 75), "DB": ("btl", 37.5), "MG": ("btl", 150), "B50": ("btl", 50),
            "B33": ("btl", 33), "B25": ("btl", 25), "B70": ("btl", 70), "B1L": ("btl", 100),
            "VR": ("pour", 12.5), "V12": ("pour", 12), "V15": ("pour", 15), "P25": ("pour", 25),
            "P50": ("pour", 50), "CP": ("pour", 12.5), "DS": ("pour", 4), "D2": ("pour", 2),
            "D6": ("pour", 6), "DEM": ("tap", 25), "PIN": ("tap", 50)}
FAMS = "RG|BL|RS|BU|MO|PR|BI|AP|AL|SO|CF|CU|DV"
FAMILY_DIGIT = {"1": {"RG"}, "2": {"BL"}, "3": {"RS"}, "4": {"BU", "MO"}, "5": {"PR", "BI"},
                "6": {"AP", "AL"}, "7": {"SO"}, "8": {"CF", "CU"}, "9": {"DV"}}
W = 24

STOP = {"de", "la", "le", "les", "du", "des", "et", "l", "d", "rouge", "blanc", "blancs", "rose", "brut",
        "cuvee", "domaine", "dom", "chateau", "vin", "vins", "sec", "ans", "clos", "cl", "the"}
ABBR = {"stnic": "nicolas", "st": "saint", "ch": "chateau", "vv": "vieilles", "v": "vieilles", "bdx": "bordeaux",
        "cdr": "rhone", "rn": "roches", "hb": "bourgeois", "bb": "baudry", "ya": "amirault", "pte": "petite",
        "calva": "calvados", "gd": "grand", "1ere": "premiere", "or": "or"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_label(till, label):
    """-> (ok_form, kind, cl, vintage, extra) as the till prints it."""
    if till == "comptoir":
        m = re.fullmatch(r"(" + FAMS + r")\.([A-Z0-9/]+)?( ?)([A-Z0-9 .]*?)( '(\d\d))?", label)
        if not m or not re.fullmatch(r"[A-Z0-9 ./']+", label):
            return False, None, None, None, {}
        first = label[3:].split(" ", 1)[0]
        kind, cl = M_COMPTOIR.get(first, (None, None))
        v = 2000 + int(m.group(6)) if m.group(6) else None
        return True, kind, cl, v, {"family": m.group(1), "text": label[3:]}
    if till == "salle":
        if label != label.strip() or "  " in label or not re.search(r"[a-zé]", label):
            return False, None, None, None, {}
        kind = cl = None
        body = label
        if " / " in label:
            body, mw = label.rsplit(" / ", 1)
            if mw not in M_SALLE:
                return False, None, None, None, {}
            kind, cl = M_SALLE[mw]
        vs = re.findall(r" \((\d{4})\)$", body)
        return True, kind, cl, int(vs[0]) if vs else None, {"text": body}
    if till == "export":
        m = re.fullmatch(r"(\d{6}) (.{24}) (.{3}) ([ 0-9]{4},\d\d)", label)
        if not m or not re.fullmatch(r"[A-Z0-9 .]+", m.group(2).rstrip()) or m.group(2)[0] == " ":
            return False, None, None, None, {}
        price = m.group(4).strip()
        if not re.fullmatch(r"\d+,(00|50)", price):
            return False, None, None, None, {}
        mes = m.group(3).strip()
        if mes and mes not in M_EXPORT:
            return False, None, None, None, {}
        kind, cl = M_EXPORT.get(mes, (None, None))
        d = m.group(2).rstrip()
        v = re.search(r" (\d\d)$", d)
        return True, kind, cl, 2000 + int(v.group(1)) if v else None, {"digit": m.group(1)[0], "text": d,
                                                                        "full": len(d) >= W - 1}
    return False, None, None, None, {}


def load(path, errors, tag):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errors.append(f"{tag}:{i}: invalid JSON")
    return rows


def family_of(e):
    if e["category"] == "bière":
        return {"PR"} if e["format_cl"] >= 2000 else {"BI"}
    if e["category"] == "spiritueux":
        return {"AL", "AP"}
    if e["category"] == "autre":
        return {"AP"}
    if e["category"] == "soft":
        return {"SO"}
    return {{"rouge": "RG", "blanc": "BL", "rosé": "RS", "effervescent": "BU", "liquoreux": "MO"}[e["colour"]]}


def check(lib, cases):
    err = []
    # ---------- library ----------
    if not 110 <= len(lib) <= 130:
        err.append(f"library: {len(lib)} drinks, not 110-130")
    ids = {}
    seen = set()
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            err.append(f"library {e.get('id')}: field order")
            continue
        if e["id"] != f"cj{i:03d}":
            err.append(f"library line {i}: id {e['id']} out of sequence")
        ids[e["id"]] = e
        if e["category"] not in CATEGORIES:
            err.append(f"{e['id']}: category {e['category']}")
        wine = e["category"] in ("vin", "champagne")
        if wine and e["colour"] not in COLOURS:
            err.append(f"{e['id']}: wine without a valid colour")
        if not wine and e["colour"] is not None:
            err.append(f"{e['id']}: colour on a {e['category']}")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err.append(f"{e['id']}: format")
        elif e["format_cl"] >= 1000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            err.append(f"{e['id']}: keg format on a non-beer or odd keg")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2025):
            err.append(f"{e['id']}: vintage")
        if e["category"] == "champagne" and e["appellation"] != "Champagne":
            err.append(f"{e['id']}: champagne outside Champagne")
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            err.append(f"{e['id']}: drink twice")
        seen.add(k)
    groups = defaultdict(list)
    for e in lib:
        if list(e) == LIB_FIELDS:
            groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])].append(e)
    wines = defaultdict(set)
    for g in groups:
        wines[g[:4]].add(g[4])

    # ---------- cases ----------
    if not 280 <= len(cases) <= 300:
        err.append(f"cases: {len(cases)}, not 280-300")
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            err.append(f"duplicate label {lab!r}")
    cnt = Counter()
    for c in cases:
        if list(c) != CASE_FIELDS:
            err.append(f"{c.get('label')!r}: field order")
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = f"[{till}] {lab!r}"
        if till not in TILLS:
            err.append(f"{where}: unknown connection")
            continue
        if exp not in ("yes", "almost", "none"):
            err.append(f"{where}: expect {exp}")
            continue
        cnt[(till, exp)] += 1
        ok, kind, cl, v, extra = read_label(till, lab)
        if not ok:
            err.append(f"{where}: not in the till's form")
            continue
        if c["vintage"] != v:
            err.append(f"{where}: vintage {c['vintage']} but the label reads {v}")
        cut = "cut off by the till]" in c["note"]
        if cut and not (till == "export" and extra.get("full") and v is None):
            err.append(f"{where}: cut-off note on a label that was not cut")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append(f"{where}: none with an id, also_ok or units")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            err.append(f"{where}: unknown beverage_id {c['beverage_id']}")
            continue
        # family / code
        if till == "comptoir" and extra["family"] not in family_of(e):
            err.append(f"{where}: family {extra['family']} for a {e['category']} {e['colour']}")
        if till == "export" and not (FAMILY_DIGIT[extra["digit"]] & family_of(e)):
            err.append(f"{where}: article code family {extra['digit']} for a {e['category']}")
        # shared word
        ew = set(words(f"{e['name']} {e['producer']} {e['appellation'] or ''}")) - STOP
        lw = [w for w in words(extra["text"]) if (w not in STOP and not w.isdigit()) or (w.isdigit() and len(w) >= 3)]
        lw = [ABBR.get(w, w) for w in lw]
        if not any(w in ew or any(len(w) >= 3 and (x.startswith(w) or (len(x) >= 4 and w.startswith(x))) for x in ew) for w in lw):
            err.append(f"{where}: shares no word, stem or abbreviation with {e['id']}")
        # format and units
        gkey = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        fmts = wines[gkey[:4]]
        ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
        u = c["units_per_sale"]
        if kind == "btl" or kind is None:
            want_fmt = cl if kind == "btl" else ordinary
            if e["format_cl"] != want_fmt or e["format_cl"] >= 1000:
                err.append(f"{where}: bottle format {want_fmt} answered with {e['format_cl']} cl entry {e['id']}")
            if u != 1:
                err.append(f"{where}: units {u} for a bottle")
        elif kind == "pour":
            if e["category"] in ("bière", "soft"):
                err.append(f"{where}: a pour of a {e['category']}")
            if e["format_cl"] != ordinary:
                err.append(f"{where}: pour not from the ordinary bottle")
            if u != round(cl / e["format_cl"], 4):
                err.append(f"{where}: units {u}, expected {round(cl / e['format_cl'], 4)}")
        elif kind == "tap":
            if e["category"] != "bière" or e["format_cl"] not in (2000, 3000):
                err.append(f"{where}: draught from a drink not on a keg")
            elif u != round(cl / e["format_cl"], 4):
                err.append(f"{where}: units {u}, expected {round(cl / e['format_cl'], 4)}")
        # vintages
        g = groups[gkey]
        vints = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if exp == "yes":
            if not vints:
                if c["also_ok"]:
                    err.append(f"{where}: also_ok on a non-vintage drink")
            elif v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    err.append(f"{where}: yes with a vintage must be that entry, also_ok empty")
            else:
                if e["vintage"] != max(vints) or sorted(c["also_ok"]) != others:
                    err.append(f"{where}: yes without vintage must be the most recent, others in also_ok")
        else:
            if v is None or not vints or v in vints:
                err.append(f"{where}: almost needs a label vintage the wine lacks")
                continue
            best = min(vints, key=lambda x: (abs(x - v), -x))
            if e["vintage"] != best:
                err.append(f"{where}: almost should be the nearest vintage {best}, not {e['vintage']}")
            if sorted(c["also_ok"]) != others:
                err.append(f"{where}: almost also_ok must list the other vintages")
    # counts
    n = len(cases)
    tot = Counter(exp for (_, exp), k in cnt.items() for _ in range(k))
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100 * tot[exp] / n if n else 0
        if not lo <= p <= hi:
            err.append(f"counts: {exp} {p:.1f} % not in {lo}-{hi} %")
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if cnt[(t, exp)] == 0:
                err.append(f"counts: till {t} has no {exp}")
    return err, cnt


def run(libpath, casepath, quiet=False):
    err = []
    lib = load(libpath, err, "library")
    cases = load(casepath, err, "cases")
    e2, cnt = check(lib, cases)
    err += e2
    if not quiet:
        for t in TILLS:
            print(f"{t:9s} yes {cnt[(t, 'yes')]:3d}  almost {cnt[(t, 'almost')]:3d}  none {cnt[(t, 'none')]:3d}")
    return err


def selftest():
    import tempfile
    libp, casp = os.path.join(HERE, "chinon_library.jsonl"), os.path.join(HERE, "chinon_cases.jsonl")
    lib_lines = open(libp, encoding="utf-8").read().splitlines()
    case_lines = open(casp, encoding="utf-8").read().splitlines()
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def b_json(l, c):
        return ["{not json", *l[1:]], c

    def b_order(l, c):
        c = copy.deepcopy(c)
        x = c[0]
        c[0] = {k: x[k] for k in reversed(CASE_FIELDS)}
        return l, c

    def b_ids(l, c):
        l = copy.deepcopy(l)
        l[4]["id"] = "cj099"
        return l, c

    def b_beer_colour(l, c):
        l = copy.deepcopy(l)
        next(e for e in l if e["category"] == "bière")["colour"] = "blanc"
        return l, c

    def b_glass_units(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["expect"] == "yes" and x["units_per_sale"] not in (1, None))]["units_per_sale"] = 0.125
        return l, c

    def b_almost_far(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
        return l, c

    def b_none_id(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["expect"] == "none")]["beverage_id"] = "cj001"
        return l, c

    def b_also_dropped(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["expect"] == "yes" and x["also_ok"])]["also_ok"] = []
        return l, c

    def b_dup(l, c):
        c = copy.deepcopy(c)
        c[1]["label"] = c[0]["label"]
        return l, c

    def b_vintage(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["vintage"] is not None)]["vintage"] = 1999
        return l, c

    def b_noword(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["expect"] == "yes" and x["connection"] == "comptoir" and x["label"].startswith("RG.VRE "))
        c[i]["label"] = "RG.VRE ZORGLUB"
        c[i]["vintage"] = None
        return l, c

    def b_width(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["connection"] == "export")
        c[i]["label"] = c[i]["label"][:10] + c[i]["label"][11:]
        return l, c

    def b_no_almost(l, c):
        return l, [x for x in c if not (x["connection"] == "salle" and x["expect"] == "almost")]

    def b_few(l, c):
        return l, c[:200]

    def b_keg_wine(l, c):
        l = copy.deepcopy(l)
        l[0]["format_cl"] = 3000
        return l, c

    def b_cut_note(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["connection"] == "salle" and x["expect"] == "yes")]["note"] += " [2020 cut off by the till]"
        return l, c

    def b_half_as_75(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["expect"] == "yes" and x["label"].endswith("/ Demi-bouteille"))
        e = next(e for e in l if e["id"] == c[i]["beverage_id"])
        e75 = next(x for x in l if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)
        c[i]["beverage_id"] = e75["id"]
        return l, c

    def b_draught_bottle(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["expect"] == "yes" and x["label"].startswith("PR.DEMI"))
        c[i]["beverage_id"] = next(e["id"] for e in l if e["name"] == "Duvel")
        return l, c

    def b_yes_to_almost(l, c):
        c = copy.deepcopy(c)
        c[first(lambda x: x["expect"] == "yes" and x["vintage"] is not None)]["expect"] = "almost"
        return l, c

    def b_family(l, c):
        c = copy.deepcopy(c)
        i = first(lambda x: x["expect"] == "yes" and x["label"].startswith("RG.VRE "))
        c[i]["label"] = "BL." + c[i]["label"][3:]
        return l, c

    breaks = [("invalid JSON", b_json, "invalid JSON"), ("field order", b_order, "field order"),
              ("id sequence", b_ids, "out of sequence"), ("colour on a beer", b_beer_colour, "colour on a bière"),
              ("glass units", b_glass_units, "units"), ("almost on the farther vintage", b_almost_far, "nearest vintage"),
              ("none with an id", b_none_id, "none with an id"), ("also_ok dropped", b_also_dropped, "most recent"),
              ("duplicate label", b_dup, "duplicate label"), ("vintage not on the label", b_vintage, "the label reads"),
              ("label sharing no word", b_noword, "shares no word"), ("export width", b_width, "till's form"),
              ("till without almost", b_no_almost, "has no almost"), ("too few cases", b_few, "not 280-300"),
              ("keg format on a wine", b_keg_wine, "keg format"), ("cut-off note on an uncut label", b_cut_note, "not cut"),
              ("half answered with the 75 cl entry", b_half_as_75, "bottle format"),
              ("draught on a bottled beer", b_draught_bottle, "draught from a drink not on a keg"),
              ("yes turned almost", b_yes_to_almost, "almost needs"), ("wrong counter family", b_family, "family")]
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")

        def write(l, c):
            with open(lp, "w", encoding="utf-8") as f:
                f.write("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in l) + "\n")
            with open(cp, "w", encoding="utf-8") as f:
                f.write("\n".join(json.dumps(x, ensure_ascii=False) for x in c) + "\n")
        write(lib_lines, C)
        clean = run(lp, cp, quiet=True)
        print(f"clean copy: {'passes' if not clean else 'FAILS: ' + clean[0]}")
        failed += bool(clean)
        for name, fn, expect in breaks:
            l0 = lib_lines if fn is b_json else L
            l, c = fn(l0, C)
            write(l, c)
            errs = run(lp, cp, quiet=True)
            hit = [e for e in errs if expect in e]
            print(f"{'ok  ' if hit else 'MISS'} {name}: {hit[0] if hit else errs[:2]}")
            failed += not hit
    print("selftest:", "passed" if not failed else f"{failed} FAILED")
    return failed


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(1 if selftest() else 0)
    errs = run(os.path.join(HERE, "chinon_library.jsonl"), os.path.join(HERE, "chinon_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)
