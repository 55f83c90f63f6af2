"""Check the langres set from its two jsonl files only (stdlib).

    python3 check_langres.py            # check the files beside this script
    python3 check_langres.py --selftest # break copies on purpose, show each is caught
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "salle", "pms")

# measure: (kind, volume)
KIND = {
    "btl": ("bottle", None), "half": ("size", 37.5), "mag": ("size", 150),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "coupe": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "cl2": ("pour", 2),
    "demi": ("keg", 25), "pinte": ("keg", 50), "s20": ("size", 20), "s25": ("size", 25),
    "s33": ("size", 33), "s50": ("size", 50), "s70": ("size", 70), "s100": ("size", 100),
    "": (None, None),
}
BAR = {"B": "btl", "1/2": "half", "MAG": "mag", "V": "glass", "V15": "g15", "CP": "coupe",
       "P25": "p25", "P50": "p50", "DOSE": "dose", "2CL": "cl2", "DEMI": "demi",
       "PINTE": "pinte", "20CL": "s20", "25CL": "s25", "33CL": "s33", "50CL": "s50",
       "70CL": "s70", "1L": "s100"}
SALLE = {"demi-bouteille": "half", "magnum": "mag", "verre": "glass", "verre 15 cl": "g15",
         "coupe": "coupe", "pichet 25 cl": "p25", "pichet 50 cl": "p50", "4 cl": "dose",
         "2 cl": "cl2", "demi": "demi", "pinte": "pinte", "20 cl": "s20", "25 cl": "s25",
         "33 cl": "s33", "50 cl": "s50", "70 cl": "s70", "1 l": "s100"}
PMS = {"BTL": "btl", "1/2 BTL": "half", "MAGNUM": "mag", "VERRE": "glass",
       "VERRE 15CL": "g15", "COUPE": "coupe", "PICHET 25CL": "p25", "PICHET 50CL": "p50",
       "DOSE": "dose", "2CL": "cl2", "DEMI": "demi", "PINTE": "pinte", "20CL": "s20",
       "25CL": "s25", "33CL": "s33", "50CL": "s50", "70CL": "s70", "1L": "s100"}
GROUPS = {"CHAMPAGNES": "C", "VINS BLANCS": "B", "VINS ROUGES": "R", "VINS ROSES": "S",
          "VINS MOELLEUX": "L", "CREMANTS": "K", "ALCOOLS": "X", "APERITIFS": "A",
          "BIERES": "E", "EAUX ET SOFTS": "W", "RESTAURATION": "F", "BOISSONS CHAUDES": "H",
          "DIVERS": "V"}
OUTLETS = {"REST", "BAR", "ROOM", "MINI", "RECP"}
SECTION = {"C": 1, "B": 2, "R": 3, "S": 4, "L": 4, "K": 5, "X": 6, "A": 7}
ABBREV = {"bgne", "pn", "pg", "hc", "cdo", "vv", "rs", "crem", "gde", "calva", "kro", "despe",
          "grimb", "vt", "vint", "framb", "chard", "res", "p&f", "htes", "ste", "st", "1er",
          "gewurz", "glenfid", "51", "1664", "0.0", "12a", "15a", "12", "10", "xo", "vsop"}


def fam_of(e):
    if e["category"] == "champagne":
        return "C"
    if e["category"] == "vin":
        if "Crémant" in e["name"]:
            return "K"
        return {"blanc": "B", "rouge": "R", "rosé": "S", "liquoreux": "L"}[e["colour"]]
    return {"spiritueux": "X", "autre": "A", "bière": "E", "soft": "W"}[e["category"]]


def read_label(till, label):
    """(measure, vintage, form error or None)."""
    if till == "bar":
        if len(label) > 20 or label != label.upper() or not label.isascii():
            return "", None, "bar label not upper ASCII within 20 columns"
        m = re.match(r"^([0-9A-Z/]+):(.*)$", label)
        measure, body = "", label
        if m:
            if m.group(1) not in BAR:
                return "", None, "unknown bar code"
            measure, body = BAR[m.group(1)], m.group(2)
        t = body.split(" ")[-1]
        v = 2000 + int(t) if re.fullmatch(r"\d{2}", t) else None
        return measure, v, None
    if till == "salle":
        m = re.match(r"^(?:N°([1-7])\d\d )?(.+?)(?:, ([a-z0-9 .-]+))?$", label)
        if not m or (m.group(3) and m.group(3) not in SALLE):
            return "", None, "salle label form"
        measure = SALLE[m.group(3)] if m.group(3) else ""
        mv = re.search(r"(?:^| )((?:19|20)\d{2})$", m.group(2))
        return measure, int(mv.group(1)) if mv else None, None
    parts = label.split(";")
    if len(parts) != 4:
        return "", None, "pms line must have 4 fields"
    room, outlet, group, desc = parts
    if not re.fullmatch(r"[1-3](0[1-9]|1[0-4])|PASS", room):
        return "", None, "pms room"
    if outlet not in OUTLETS or group not in GROUPS:
        return "", None, "pms outlet or group"
    if room == "PASS" and outlet != "BAR":
        return "", None, "PASS only at the bar"
    if len(desc) > 26 or desc != desc.upper() or not desc.isascii():
        return "", None, "pms description not upper ASCII within 26"
    measure = ""
    for w in sorted(PMS, key=len, reverse=True):
        if desc.startswith(w + " "):
            measure = PMS[w]
            break
    mv = re.search(r" ((?:19|20)\d{2})$", desc)
    return measure, int(mv.group(1)) if mv else None, None


def toks(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[\s,;:'()\-/]+", s) if t]


def shares(label, e):
    lt = set(toks(label))
    et = toks(" ".join([e["name"], e["producer"], e["appellation"]]))
    glued = "".join(toks(e["name"]))
    for a in lt:
        if a in ABBREV or a == glued:
            return True
        for b in et:
            if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]:
                return True
            if len(a) >= 3 and a == b:
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for n, l in enumerate(lib_lines, 1):
        try:
            lib.append(json.loads(l, object_pairs_hook=lambda p: p))
        except ValueError:
            errs.append(f"library line {n}: invalid JSON")
    for n, l in enumerate(case_lines, 1):
        try:
            cases.append(json.loads(l, object_pairs_hook=lambda p: p))
        except ValueError:
            errs.append(f"cases line {n}: invalid JSON")
    if errs:
        return errs
    for n, p in enumerate(lib, 1):
        if [k for k, _ in p] != LIB_FIELDS:
            errs.append(f"library line {n}: field order")
    for n, p in enumerate(cases, 1):
        if [k for k, _ in p] != CASE_FIELDS:
            errs.append(f"cases line {n}: field order")
    lib = [dict(p) for p in lib]
    cases = [dict(p) for p in cases]
    if not 110 <= len(lib) <= 130:
        errs.append(f"library holds {len(lib)} drinks, not 110-130")
    byid = {}
    seen = set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != f"lg{n:03d}":
            errs.append(f"library line {n}: id {e.get('id')} out of sequence")
        byid[e.get("id")] = e
        if e["category"] not in CATS:
            errs.append(f"{e['id']}: category")
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                errs.append(f"{e['id']}: wine without a valid colour")
            if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] not in (37.5, 50, 75, 150):
                errs.append(f"{e['id']}: wine format")
        elif e["colour"] is not None:
            errs.append(f"{e['id']}: colour on a {e['category']}")
        if e["format_cl"] >= 2000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append(f"{e['id']}: keg format only for beers, 2000 or 3000")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1990 <= e["vintage"] <= 2025):
            errs.append(f"{e['id']}: vintage")
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append(f"{e['id']}: duplicate entry")
        seen.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    groups = {}
    for e in lib:
        groups.setdefault(wine(e), []).append(e)
    formats = {}
    for e in lib:
        formats.setdefault((e["name"], e["producer"], e["appellation"], e["colour"]), set()).add(e["format_cl"])

    if not 280 <= len(cases) <= 300:
        errs.append(f"{len(cases)} cases, not 280-300")
    labels = set()
    bins = {}
    counts = {}
    for c in cases:
        lab = c["label"]
        where = f"case {lab!r}"
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        till = c["connection"]
        if till not in TILLS:
            errs.append(f"{where}: unknown connection")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(f"{where}: expect")
            continue
        counts[(till, c["expect"])] = counts.get((till, c["expect"]), 0) + 1
        if not c["note"]:
            errs.append(f"{where}: empty note")
        measure, v, form = read_label(till, lab)
        if form:
            errs.append(f"{where}: {form}")
            continue
        if v != c["vintage"]:
            errs.append(f"{where}: vintage field {c['vintage']} is not the label's {v}")
        if "cut off by the till" in c["note"] and till == "salle":
            errs.append(f"{where}: the tablet never cuts")
        u = c["units_per_sale"]
        if u is not None and round(u, 4) != u:
            errs.append(f"{where}: units not to 4 decimals")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                errs.append(f"{where}: none must have no id, no also_ok, no units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown beverage_id")
            continue
        if not shares(lab, e):
            errs.append(f"{where}: shares no word or abbreviation with {e['id']}")
        fam = fam_of(e)
        if till == "salle":
            m = re.match(r"^N°(\d)(\d\d) ", lab)
            if fam in SECTION:
                if not m or int(m.group(1)) != SECTION[fam]:
                    errs.append(f"{where}: wine-list item without its bin number in section {SECTION[fam]}")
                else:
                    body = re.sub(r" (19|20)\d{2}(?=,|$)", "", lab[m.end():])
                    b = m.group(1) + m.group(2)
                    if bins.setdefault(b, body) != body:
                        errs.append(f"{where}: bin N°{b} used for two products")
        if till == "pms" and GROUPS[lab.split(";")[2]] != fam:
            errs.append(f"{where}: pms group does not fit {e['id']}")
        # format and units
        kind, vol = KIND[measure or ("btl" if till == "salle" else "")]
        fmts = formats[(e["name"], e["producer"], e["appellation"], e["colour"])]
        ordinary = 75 if 75 in fmts else (next(f for f in fmts if f < 2000) if len([f for f in fmts if f < 2000]) == 1 else None)
        if kind in ("bottle", "pour") and e["format_cl"] != ordinary:
            errs.append(f"{where}: {measure or 'bottle'} answered with the {e['format_cl']} cl entry")
        if kind == "size" and e["format_cl"] != vol:
            errs.append(f"{where}: {vol} cl answered with the {e['format_cl']} cl entry")
        if kind == "keg" and e["format_cl"] < 2000:
            errs.append(f"{where}: draught answered with a bottle entry")
        if kind is None and till != "salle":
            errs.append(f"{where}: a drink answer needs a measure on this till")
        want = 1 if kind in ("bottle", "size", None) else round(vol / e["format_cl"], 4)
        if u != want:
            errs.append(f"{where}: units {u}, the printed measure gives {want}")
        # vintages
        grp = groups[wine(e)]
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted((x for x in grp if x is not e), key=lambda x: x["vintage"] or 0)
        ids_others = [x["id"] for x in others]
        if not vints:
            if c["expect"] != "yes" or c["also_ok"] != [] or v is not None:
                errs.append(f"{where}: non-vintage drink must be yes with empty also_ok")
        elif c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"] != []:
                    errs.append(f"{where}: yes must be the label's vintage with empty also_ok")
            elif e["vintage"] != max(vints) or c["also_ok"] != ids_others:
                errs.append(f"{where}: yes without vintage must be the most recent, others in also_ok")
        else:
            if v is None or v in vints:
                errs.append(f"{where}: almost needs a label vintage that is not held")
            else:
                best = sorted(vints, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append(f"{where}: almost must be the nearest vintage {best}")
                if c["also_ok"] != ids_others:
                    errs.append(f"{where}: also_ok must list the other vintages")
    n = len(cases) or 1
    tot = {x: sum(counts.get((t, x), 0) for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[x] / n <= hi:
            errs.append(f"share of {x} {100 * tot[x] / n:.1f} % not in {lo}-{hi} %")
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append(f"till {t} has no {x}")
    return errs


def load():
    with open(os.path.join(HERE, "langres_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "langres_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files must pass"
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib2=None, cases2=None):
        breaks.append((name, lib2 if lib2 is not None else lib, cases2 if cases2 is not None else cases))

    x = list(cases); x[3] = x[3][:-2]
    brk("invalid JSON", cases2=x)
    c = copy.deepcopy(C); i = 5
    c[i] = {k: c[i][k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("case fields out of order", cases2=dumps(c))
    l2 = copy.deepcopy(L); l2[10]["id"] = "lg999"
    brk("library id out of sequence", lib2=dumps(l2))
    l2 = copy.deepcopy(L); j = next(k for k, e in enumerate(l2) if e["category"] == "bière"); l2[j]["colour"] = "blanc"
    brk("colour on a beer", lib2=dumps(l2))
    c = copy.deepcopy(C); c[7]["label"] = c[8]["label"]
    brk("duplicate label", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("almost on the farther vintage", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("yes without vintage not the most recent", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["label"].startswith("V:") and c["expect"] == "yes")
    c[i]["units_per_sale"] = 0.16
    brk("glass units", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: "demi-bouteille" in c["label"] and c["expect"] == "yes")
    tgt = next(e for e in L if e["id"] == c[i]["beverage_id"])
    full = next(e for e in L if e["name"] == tgt["name"] and e["producer"] == tgt["producer"] and e["format_cl"] == 75)
    c[i]["beverage_id"] = full["id"]
    brk("half bottle answered with the 75 cl entry", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["expect"] == "none"); c[i]["beverage_id"] = "lg001"
    brk("none with an id", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["connection"] == "bar" and c["expect"] == "yes")
    c[i]["label"] = c[i]["label"].lower() + " extra words here"
    brk("bar label lower case and too long", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["connection"] == "salle" and c["label"].startswith("N°2") and c["expect"] == "yes")
    c[i]["label"] = c[i]["label"].split(" ", 1)[1]
    brk("salle wine without its bin number", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["connection"] == "pms" and c["expect"] == "yes")
    c[i]["label"] = c[i]["label"].split(";", 1)[1]
    brk("pms line without its room", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["units_per_sale"] and c["units_per_sale"] < 1)
    c[i]["units_per_sale"] = c[i]["units_per_sale"] + 0.00001
    brk("units to 5 decimals", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    c[i]["vintage"] = c[i]["vintage"] - 1
    brk("vintage field not on the label", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["label"] == "25CL:KRONENBOURG")
    c[i]["label"] = "DEMI:KRONENBOURG B"
    brk("draught demi answered with the 25 cl bottle", cases2=dumps(c))
    c = copy.deepcopy(C)
    brk("too few cases", cases2=dumps(c[:270]))
    c = copy.deepcopy(C); i = find(lambda c: c["expect"] == "almost" and c["also_ok"]); c[i]["also_ok"] = []
    brk("also_ok dropped", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["label"] == "V:LILLET"); c[i]["label"] = "V:ZZZ QQQ"
    brk("label sharing no word with its entry", cases2=dumps(c))
    c = copy.deepcopy(C); i = find(lambda c: c["connection"] == "pms" and ";VINS ROUGES;" in c["label"] and c["expect"] == "yes")
    c[i]["label"] = c[i]["label"].replace(";VINS ROUGES;", ";VINS BLANCS;")
    brk("pms group against the wine's colour", cases2=dumps(c))
    c = [r for r in copy.deepcopy(C) if not (r["connection"] == "pms" and r["expect"] == "almost")]
    brk("a till without almost", cases2=dumps(c))

    ok = True
    for name, l2, c2 in breaks:
        e = check(l2, c2)
        print(f"{'caught' if e else 'MISSED'}: {name}" + (f"  -> {e[0]}" if e else ""))
        ok &= bool(e)
    print(f"{len(breaks)} breaks, {'all caught' if ok else 'SOME MISSED'}")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(*load())
    for e in errs:
        print(e)
    lib, cases = load()
    print(f"{len(lib)} drinks, {len(cases)} cases: {'OK' if not errs else f'{len(errs)} problems'}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
