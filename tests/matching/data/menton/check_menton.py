#!/usr/bin/env python3
"""Check the Il Limone (Menton) blind set from its two jsonl files alone.

    python3 check_menton.py            # check menton_library.jsonl and menton_cases.jsonl
    python3 check_menton.py --selftest # break copies on purpose, show each break is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("banco", "tablette", "livraison")
WIDTH = 25
FAM_COLOUR = {"RGE": {"rouge"}, "ROS": {"rouge"}, "BLC": {"blanc"}, "BIA": {"blanc"},
              "RSE": {"rosé"}, "RSA": {"rosé"}, "SPU": {"effervescent"},
              "CHP": {"effervescent", "rosé"}, "DOL": {"liquoreux"}}
FAM_CAT = {"AMA": "spiritueux", "GRP": "spiritueux", "APE": "spiritueux", "ALC": "spiritueux",
           "BIR": "bière", "BIE": "bière", "SFT": "soft", "BIB": "soft"}
ITALIAN = {"ROS", "BIA", "RSA", "SPU", "DOL", "AMA", "GRP", "BIR", "BIB", "CUC", "VAR"}
FRENCH = {"RGE", "BLC", "RSE", "CHP", "APE", "ALC", "BIE", "SFT", "CUI", "DIV"}
BANCO_M = {"CAL": ("pour", 12.5), "VRE": ("pour", 12.5), "FLUTE": ("pour", 12.5),
           "CAL15": ("pour", 15), "VRE15": ("pour", 15), "1/4L": ("pour", 25),
           "PICH25": ("pour", 25), "1/2L": ("pour", 50), "PICH50": ("pour", 50),
           "BTL": ("bottle", 75), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
           "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4),
           "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
IT_ONLY = {"CAL", "CAL15", "1/4L", "1/2L"}
FR_ONLY = {"VRE", "VRE15", "PICH25", "PICH50"}
TAB_M = {"Bouteille": ("bottle", 75), "Demi-bouteille": ("bottle", 37.5),
         "Magnum": ("bottle", 150), "Verre": ("pour", 12.5), "Coupe": ("pour", 12.5),
         "Verre 15cl": ("pour", 15), "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
         "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Dose 4cl": ("pour", 4),
         "Demi pression": ("draught", 25), "Pinte pression": ("draught", 50)}
LIV_CAT = {"Red wine": ("vin", {"rouge"}), "White wine": ("vin", {"blanc"}),
           "Rosé wine": ("vin", {"rosé"}), "Sparkling": (None, {"effervescent", "rosé"}),
           "Dessert wine": ("vin", {"liquoreux"}), "Spirits & Aperitivi": ("spiritueux", None),
           "Beer": ("bière", None), "Soft drinks": ("soft", None)}
ABBR = {"ch": "chateau", "st": "saint", "ste": "sainte", "tb": "terre", "pdb": "produttori",
        "mt": "mont", "nf": "non", "s": "san", "limonc": "limoncello", "coca": "coca",
        "n": "nino", "verment": "vermentino", "barb": "barbera", "dom": "domaine"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


class Report:
    def __init__(self):
        self.errors = []

    def __call__(self, kind, msg):
        self.errors.append((kind, msg))


def read_label(case):
    """-> (measure (kind, vol) or None, vintage, tag) from the label alone."""
    lab, till = case["label"], case["connection"]
    if till == "banco":
        fam, body = lab.split(".", 1)
        toks = body.split()
        v = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        m = None
        if toks and toks[0] in BANCO_M:
            m = BANCO_M[toks[0]]
        elif toks and re.fullmatch(r"\d+(,\d+)?CL|1L", toks[0]):
            m = ("bottle", 100.0 if toks[0] == "1L" else float(toks[0][:-2].replace(",", ".")))
        return m, v, fam
    if till == "tablette":
        core = re.sub(r" \d+,\d\d€$", "", lab)
        mv = re.search(r" \[(\d{4})\]$", core)
        v = int(mv.group(1)) if mv else None
        for w in sorted(TAB_M, key=len, reverse=True):
            if core.startswith(w + " "):
                return TAB_M[w], v, None
        mb = re.match(r"Btl (1L|(\d+(?:,\d+)?)cl) ", core)
        if mb:
            return ("bottle", 100.0 if mb.group(1) == "1L" else float(mb.group(2).replace(",", "."))), v, None
        return None, v, None
    parts = lab.split("|")
    mv = re.search(r" \((\d{4})\)$", parts[2])
    v = int(mv.group(1)) if mv else None
    m = ("bottle", float(parts[3][:-2]) / 10) if parts[3] else None
    return m, v, parts[1]


def check(lib, cases, rep):
    # ---- library
    if not 110 <= len(lib) <= 130:
        rep("lib-size", "%d drinks" % len(lib))
    ids = {}
    seen = set()
    for i, d in enumerate(lib):
        if list(d) != LIB_FIELDS:
            rep("lib-fields", "%s fields %s" % (d.get("id"), list(d)))
            continue
        if d["id"] != "mt%03d" % (i + 1):
            rep("lib-id", "%s at row %d" % (d["id"], i + 1))
        ids[d["id"]] = d
        if d["category"] not in CATEGORIES:
            rep("lib-category", d["id"])
        if d["category"] in ("vin", "champagne"):
            if d["colour"] not in COLOURS:
                rep("lib-colour", d["id"])
        elif d["colour"] is not None:
            rep("lib-colour", "%s: %s has colour %s" % (d["id"], d["category"], d["colour"]))
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            rep("lib-format", d["id"])
        elif d["format_cl"] >= 2000 and d["category"] != "bière":
            rep("lib-keg", "%s keg on a %s" % (d["id"], d["category"]))
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1950 <= d["vintage"] <= 2025):
            rep("lib-vintage", d["id"])
        sig = tuple(d[k] for k in LIB_FIELDS[1:])
        if sig in seen:
            rep("lib-duplicate", d["id"])
        seen.add(sig)

    def group(d):
        return [e for e in lib if list(e) == LIB_FIELDS and all(
            e[k] == d[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))]

    def formats(d):
        return sorted({e["format_cl"] for e in lib if list(e) == LIB_FIELDS and all(
            e[k] == d[k] for k in ("name", "producer", "appellation", "colour"))})

    # ---- cases
    if not 280 <= len(cases) <= 300:
        rep("case-count", "%d cases" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            rep("case-duplicate", lab)
    for c in cases:
        if list(c) != CASE_FIELDS:
            rep("case-fields", "%r fields %s" % (c.get("label"), list(c)))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        if till not in TILLS:
            rep("case-till", lab)
            continue
        if exp not in ("yes", "almost", "none"):
            rep("case-expect", lab)
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            rep("case-note", lab)
        # till form
        if till == "banco":
            if not re.fullmatch(r"[A-Z]{3}\.[A-Z0-9 /,]+", lab) or len(lab) > WIDTH or lab != lab.rstrip():
                rep("form-banco", lab)
                continue
            fam = lab[:3]
            if fam not in ITALIAN | FRENCH:
                rep("form-banco", "unknown family " + lab)
            tok0 = lab[4:].split()[0]
            if (tok0 in IT_ONLY and fam not in ITALIAN) or (tok0 in FR_ONLY and fam not in FRENCH):
                rep("form-banco", "measure word of the other language: " + lab)
            if tok0 == "FLUTE" and fam != "CHP":
                rep("form-banco", "FLUTE outside CHP: " + lab)
        elif till == "tablette":
            if not re.fullmatch(r".+ \d+,\d\d€", lab) or (re.search(r"\d{4}(?!\])", re.sub(r" \d+,\d\d€$", "", lab).replace("[", "")) and not re.search(r"\[\d{4}\]", lab)):
                rep("form-tablette", lab)
                continue
        else:
            if not re.fullmatch(r"ILM\d{4}\|[^|]+\|[^|]+\|(\d+(\.\d+)?ml)?\|x1", lab):
                rep("form-livraison", lab)
                continue
            if lab.split("|")[1] not in LIV_CAT and lab.split("|")[1] not in ("Food", "Fees", "Bundles"):
                rep("form-livraison", "unknown category " + lab)
        m, v, tag = read_label(c)
        if v != c["vintage"]:
            rep("case-vintage", "%r: label says %s, field %s" % (lab, v, c["vintage"]))
        cutnote = "cut off by the till" in c["note"]
        if cutnote and not (till == "banco" and len(lab) >= WIDTH - 1 and v is None):
            rep("case-cutnote", lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                rep("none-fields", lab)
            continue
        d = ids.get(c["beverage_id"])
        if d is None:
            rep("case-id", "%r: unknown id %s" % (lab, c["beverage_id"]))
            continue
        if m is None:
            rep("case-measure", "%r: no measure on a %s" % (lab, exp))
            continue
        # family / category against the entry
        if till == "banco":
            if tag in FAM_COLOUR and (d["category"] not in ("vin", "champagne") or d["colour"] not in FAM_COLOUR[tag]):
                rep("case-family", lab)
            if tag in FAM_CAT and d["category"] != FAM_CAT[tag]:
                rep("case-family", lab)
            if (tag in ITALIAN) != (d["country"] == "Italia"):
                rep("case-family", "language of %r vs %s" % (lab, d["country"]))
        if till == "livraison":
            cat, cols = LIV_CAT.get(tag, ("?", None))
            if (cat and cat != d["category"] and not (False)) and tag != "Sparkling":
                rep("case-category", lab)
            if cols and d["colour"] not in cols:
                rep("case-category", lab)
        # measure, format, units
        kind, vol = m
        fmt = d["format_cl"]
        if kind == "bottle":
            fm = formats(d)
            want = vol
            if d["category"] in ("vin", "champagne") and vol == 75 and 75 not in fm and len(fm) == 1:
                want = fm[0]
            if fmt != want:
                rep("case-format", "%r: bottle %s on entry %s cl" % (lab, vol, fmt))
            if c["units_per_sale"] != 1:
                rep("case-units", "%r: %s" % (lab, c["units_per_sale"]))
        elif kind == "pour":
            if d["category"] in ("bière", "soft"):
                rep("case-pour", "%r poured from a %s" % (lab, d["category"]))
            fm = [f for f in formats(d) if f < 2000]
            ordinary = 75 if 75 in fm else (fm[0] if len(fm) == 1 else None)
            if fmt != ordinary:
                rep("case-format", "%r: pour from %s cl, ordinary %s" % (lab, fmt, ordinary))
            if c["units_per_sale"] != round(vol / fmt, 4):
                rep("case-units", "%r: %s, want %s" % (lab, c["units_per_sale"], round(vol / fmt, 4)))
        else:
            if d["category"] != "bière" or fmt < 2000:
                rep("case-draught", "%r on %s" % (lab, d["id"]))
            if c["units_per_sale"] != round(vol / fmt, 4):
                rep("case-units", "%r: %s" % (lab, c["units_per_sale"]))
        # vintage rules
        g = group(d)
        others = sorted(e["id"] for e in g if e["id"] != d["id"])
        vints = [e["vintage"] for e in g]
        if sorted(c["also_ok"]) != sorted(set(c["also_ok"])) or any(a not in ids for a in c["also_ok"]):
            rep("case-also_ok", lab)
        if exp == "yes":
            if v is not None:
                if d["vintage"] != v or c["also_ok"]:
                    rep("yes-vintage", lab)
            else:
                if d["vintage"] != max(vints, key=lambda x: x or 0) or sorted(c["also_ok"]) != others:
                    rep("yes-latest", lab)
        else:
            if v is None or v in vints or None in vints:
                rep("almost-vintage", lab)
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    rep("almost-nearest", lab)
                if sorted(c["also_ok"]) != others:
                    rep("case-also_ok", lab)
        # a shared word, stem or standard abbreviation
        lw = set()
        for w in words(lab):
            lw.add(w)
            if w in ABBR:
                lw.add(ABBR[w])
        ew = set(words(" ".join(x for x in (d["name"], d["producer"], d["appellation"] or "") if x)))
        ok = any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])
                 for a in lw if len(a) >= 3 and not a.isdigit() for b in ew)
        if not ok:
            rep("case-words", lab)
    # ---- counts
    cnt = Counter(c.get("expect") for c in cases)
    n = len(cases) or 1
    if not (0.45 <= cnt["yes"] / n <= 0.52 and 0.12 <= cnt["almost"] / n <= 0.17
            and 0.33 <= cnt["none"] / n <= 0.40):
        rep("split", str(dict(cnt)))
    for t in TILLS:
        have = {c.get("expect") for c in cases if c.get("connection") == t}
        if have != {"yes", "almost", "none"}:
            rep("till-answers", "%s has %s" % (t, sorted(x for x in have if x)))


def load(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run(lib_text, case_text):
    rep = Report()
    try:
        lib, cases = load(lib_text), load(case_text)
    except json.JSONDecodeError as e:
        rep("json", str(e))
        return rep.errors
    check(lib, cases, rep)
    return rep.errors


def counts(cases):
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    print("| till | yes | almost | none | total |")
    for t in TILLS:
        row = [cnt[(t, e)] for e in ("yes", "almost", "none")]
        print("| %s | %d | %d | %d | %d |" % (t, *row, sum(row)))


def selftest(lib_text, case_text):
    lib, cases = load(lib_text), load(case_text)
    def dump(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    assert run(lib_text, case_text) == [], "clean files must pass"
    print("clean files: pass")

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, kind, f_lib=None, f_cases=None, raw=None):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        if f_lib:
            f_lib(L)
        if f_cases:
            f_cases(C)
        lt, ct = dump(L), dump(C)
        if raw:
            ct = raw(ct)
        errs = run(lt, ct)
        kinds = {k for k, _ in errs}
        ok = kind in kinds
        breaks.append(ok)
        print("%-44s %-16s %s" % (name, kind, "reported" if ok else "MISSED %s" % sorted(kinds)))

    i_gl = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None) and "VRE " in c["label"])
    i_alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    i_no = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    i_half = first(lambda c: c["label"].startswith("Demi-bouteille Deutz"))
    i_dr = first(lambda c: c["label"] == "BIR.DEMI PERONI")
    i_ban = first(lambda c: c["connection"] == "banco" and c["expect"] == "none")
    i_liv = first(lambda c: c["connection"] == "livraison")
    i_cut = first(lambda c: "cut off" in c["note"])
    brk("invalid JSON", "json", raw=lambda t: t.replace("}", "", 1))
    brk("field order in the library", "lib-fields", f_lib=lambda L: L.__setitem__(0, dict(reversed(list(L[0].items())))))
    brk("id out of sequence", "lib-id", f_lib=lambda L: L[5].__setitem__("id", "mt099"))
    brk("colour on a beer", "lib-colour", f_lib=lambda L: [d.__setitem__("colour", "blanc") for d in L if d["category"] == "bière"][:1])
    brk("keg on a soft", "lib-keg", f_lib=lambda L: [d.__setitem__("format_cl", 2000) for d in L if d["category"] == "soft"][:1])
    brk("glass units as a bottle", "case-units", f_cases=lambda C: C[i_gl].__setitem__("units_per_sale", 1))
    brk("almost on the farther vintage", "almost-nearest",
        f_cases=lambda C: C[i_alm].update(beverage_id=C[i_alm]["also_ok"][0], also_ok=[C[i_alm]["beverage_id"]]))
    brk("none with an id", "none-fields", f_cases=lambda C: C[i_ban].__setitem__("beverage_id", "mt001"))
    brk("also_ok dropped", "yes-latest", f_cases=lambda C: C[i_no].__setitem__("also_ok", []))
    brk("duplicate label", "case-duplicate", f_cases=lambda C: C[1].__setitem__("label", C[0]["label"]))
    brk("half answered with the 75 cl entry", "case-format",
        f_cases=lambda C: C[i_half].__setitem__("beverage_id", "mt064"))
    brk("draught on the bottled beer", "case-draught", f_cases=lambda C: C[i_dr].__setitem__("beverage_id", "mt096"))
    brk("vintage field not on the label", "case-vintage", f_cases=lambda C: C[i_no].__setitem__("vintage", 2020))
    brk("label sharing no word", "case-words",
        f_cases=lambda C: C[i_gl].__setitem__("label", "RSE.VRE XYZ QQQ " + C[i_gl]["label"][-2:]))
    brk("banco line over 25 columns", "form-banco",
        f_cases=lambda C: C[i_ban].__setitem__("label", C[i_ban]["label"] + " EXTRA LONG WORDS"))
    brk("livraison field missing", "form-livraison",
        f_cases=lambda C: C[i_liv].__setitem__("label", C[i_liv]["label"].rsplit("|", 1)[0]))
    brk("till without almost", "till-answers",
        f_cases=lambda C: [c.__setitem__("connection", "x") or c.__setitem__("connection", "banco") for c in C if False] or
        [C.remove(c) for c in [c for c in C if c["connection"] == "tablette" and c["expect"] == "almost"]])
    brk("too few cases", "case-count", f_cases=lambda C: C.__delitem__(slice(0, 40)))
    brk("cut-off note on an uncut label", "case-cutnote",
        f_cases=lambda C: C[0].__setitem__("note", C[0]["note"] + " [2023 cut off by the till]"))
    brk("banco family colour wrong", "case-family",
        f_cases=lambda C: C[0].__setitem__("label", "BLC" + C[0]["label"][3:]))
    brk("cut note kept but vintage restored", "case-vintage",
        f_cases=lambda C: C[i_cut].__setitem__("vintage", 2021))
    print("%d / %d breaks reported" % (sum(breaks), len(breaks)))
    return all(breaks)


def main():
    lt = open(os.path.join(HERE, "menton_library.jsonl"), encoding="utf-8").read()
    ct = open(os.path.join(HERE, "menton_cases.jsonl"), encoding="utf-8").read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lt, ct) else 1)
    errs = run(lt, ct)
    for k, m in errs:
        print("%s: %s" % (k, m))
    cases = load(ct)
    counts(cases)
    print("%d drinks, %d cases: %s" % (len(load(lt)), len(cases), "OK" if not errs else "%d problems" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
