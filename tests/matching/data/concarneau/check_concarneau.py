#!/usr/bin/env python3
"""Check the "Le Thonier Bleu" (Concarneau) held-out set.

Reads ONLY concarneau_library.jsonl and concarneau_cases.jsonl (no import of the build's
modules) and re-derives what it can from the labels themselves.

    python3 check_concarneau.py              # check the two files beside this script
    python3 check_concarneau.py --selftest   # break copies on purpose, show each is caught
"""
import copy
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "export")
POURS = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}

CAISSE_WIDTH = 14
CAISSE_WORDS = {"1/2": "H", "MAG": "M", "VRE": "G", "V15": "G15", "P25": "P25", "P50": "P50",
                "CP": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINT": "PI"}
SALLE_FAMILIES = {"BLANCS", "ROUGES", "ROSÉS", "MOELLEUX", "BULLES", "PRESSION", "BIÈRES",
                  "CIDRES", "APÉRITIFS", "WHISKIES", "RHUMS", "DIGESTIFS", "SOFTS", "EAUX",
                  "COCKTAILS", "CUISINE", "DESSERTS", "CAFÉS", "DIVERS"}
SALLE_WORDS = {"Btl": "B", "1/2 Btl": "H", "Mag": "M", "Verre": "G", "Verre 15cl": "G15",
               "Pichet 25cl": "P25", "Pichet 50cl": "P50", "Coupe": "CP", "Dose": "D",
               "Dose 2cl": "D2", "Demi": "DE", "Pinte": "PI"}
EXPORT_FAMILIES = {"VB", "VR", "VRS", "VL", "CHP", "BP", "BB", "CID", "APE", "WHI", "RHU", "ALC",
                   "SOF", "EAU", "COC", "CUI", "DES", "CAF", "DIV"}
EXPORT_WORDS = {"37,5CL": "H", "150CL": "M", "VERRE": "G", "VERRE 15CL": "G15",
                "PICHET 25CL": "P25", "PICHET 50CL": "P50", "COUPE": "CP", "DOSE 4CL": "D",
                "DOSE 2CL": "D2", "DEMI 25CL": "DE", "PINTE 50CL": "PI", "UNITE": ""}
# the family a drink's article must carry, by category / colour (export and salle)
EXPORT_FAMILY_OK = {"vin": {"VB", "VR", "VRS", "VL", "CHP"}, "champagne": {"CHP"},
                    "bière": {"BP", "BB"}, "autre": {"CID", "APE"},
                    "spiritueux": {"WHI", "RHU", "ALC"}, "soft": {"SOF", "EAU"}}


def size_code(word):
    m = re.fullmatch(r"(\d+)(?:CL|cl)", word)
    if m:
        return "C" + m.group(1)
    return "C100" if word == "1L" else None


def parse_label(till, label, errors, where):
    """(measure code, vintage) read from the label; checks the till's form."""
    if till == "caisse":
        desc, price = label[:CAISSE_WIDTH], label[CAISSE_WIDTH:]
        if len(label) != CAISSE_WIDTH + 7 or not re.fullmatch(r" *\d{1,3},\d\d", price) \
                or not price.startswith("  "):
            errors.append(f"{where}: caisse line is not a 14-column key + 7-column price")
        d = desc.rstrip()
        if not re.fullmatch(r"[A-Z0-9/][A-Z0-9/ ]*", d) or "  " in d:
            errors.append(f"{where}: caisse key not ASCII capitals")
        toks = d.split() or [""]
        code = CAISSE_WORDS.get(toks[0]) or size_code(toks[0]) or "B"
        vin = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vin = 2000 + yy if yy <= 30 else 1900 + yy
        return code, vin, None
    if till == "salle":
        parts = label.split(" / ")
        if len(parts) not in (2, 3) or parts[0] not in SALLE_FAMILIES:
            errors.append(f"{where}: salle label is not FAMILY / product [/ measure]")
            return None, None, None
        code = ""
        if len(parts) == 3:
            code = SALLE_WORDS.get(parts[2]) or size_code(parts[2])
            if code is None:
                errors.append(f"{where}: unknown salle measure {parts[2]!r}")
        if parts[1] != parts[1].strip() or not re.search(r"[a-zé]", parts[1]):
            errors.append(f"{where}: salle product not as typed (mixed case)")
        m = re.search(r" ((?:19|20)\d\d)$", parts[1])
        return code, int(m.group(1)) if m else None, parts[0]
    if till == "export":
        m = re.fullmatch(r"(\d{4});([A-Z]+)/([A-Z0-9 ,]+);(\d+);(\d+,\d\d)", label)
        if not m or m.group(2) not in EXPORT_FAMILIES:
            errors.append(f"{where}: export line is not PLU;FAM/LIBELLE;QTY;TURNOVER")
            return None, None, None
        lib = m.group(3)
        code = None
        for word in sorted(EXPORT_WORDS, key=len, reverse=True):
            if lib.endswith(" " + word):
                code, rest = EXPORT_WORDS[word], lib[: -len(word) - 1]
                break
        else:
            mm = re.search(r" (\d+)CL$", lib)
            if mm:
                code, rest = "C" + mm.group(1), lib[: mm.start()]
        if code is None:
            errors.append(f"{where}: export libellé without a measure")
            return None, None, m.group(2)
        mv = re.search(r" ((?:19|20)\d\d)$", rest)
        return code, int(mv.group(1)) if mv else None, m.group(2)
    errors.append(f"{where}: unknown connection {till!r}")
    return None, None, None


def check(lib_lines, case_lines):
    errors = []
    library, cases = [], []
    for name, lines, out, fields in (("library", lib_lines, library, LIB_FIELDS),
                                     ("cases", case_lines, cases, CASE_FIELDS)):
        for i, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name} line {i}: bad JSON ({e})")
                continue
            if list(row) != fields:
                errors.append(f"{name} line {i}: fields {list(row)} not in the bench order")
            out.append(row)
    if errors:
        return errors

    # ---------------------------------------------------------------- library
    if not 110 <= len(library) <= 130:
        errors.append(f"library: {len(library)} drinks, want 110-130")
    by_id, groups = {}, defaultdict(dict)
    for i, d in enumerate(library, 1):
        where = f"library {d['id']}"
        if d["id"] != f"CCN{i:03d}":
            errors.append(f"{where}: id out of sequence (want CCN{i:03d})")
        by_id[d["id"]] = d
        if d["category"] not in CATEGORIES:
            errors.append(f"{where}: bad category {d['category']!r}")
        wine = d["category"] in ("vin", "champagne")
        if wine and d["colour"] not in COLOURS:
            errors.append(f"{where}: wine without a valid colour")
        if not wine and d["colour"] is not None:
            errors.append(f"{where}: colour on a {d['category']}")
        if not (d["vintage"] is None or isinstance(d["vintage"], int)):
            errors.append(f"{where}: vintage not an integer or null")
        f = d["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errors.append(f"{where}: bad format")
        elif f >= 2000 and (d["category"] not in ("bière", "autre") or f not in (2000, 3000)):
            errors.append(f"{where}: keg format on a {d['category']}")
        g = (d["name"], d["producer"], d["appellation"], d["colour"], f)
        if d["vintage"] in groups[g]:
            errors.append(f"{where}: same wine, format and vintage twice")
        groups[g][d["vintage"]] = d["id"]
    formats_of = defaultdict(set)
    for (n, p, a, c, f) in groups:
        formats_of[(n, p, a, c)].add(f)

    def group_of(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])

    def ordinary(d):
        fs = formats_of[group_of(d)[:4]]
        bottles = [f for f in fs if f < 2000]
        if 75 in bottles:
            return 75
        plain = [f for f in bottles if f not in (37.5, 150)]
        return plain[0] if len(plain) == 1 else None

    # ---------------------------------------------------------------- cases
    if not 280 <= len(cases) <= 300:
        errors.append(f"cases: {len(cases)}, want 280-300")
    labels = Counter(c["label"] for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errors.append(f"duplicate label {lab!r}")
    keys, plus = Counter(), {}
    for c in cases:
        where = f"case {c['label']!r}"
        till = c["connection"]
        code, vin, fam = parse_label(till, c["label"], errors, where)
        if till == "caisse":
            keys[c["label"][:CAISSE_WIDTH].rstrip()] += 1
        if till == "export" and code is not None:
            plu, lib = c["label"].split(";")[:2]
            if plus.setdefault(plu, lib) != lib:
                errors.append(f"{where}: PLU {plu} on two articles")
        if vin != c["vintage"]:
            errors.append(f"{where}: vintage {c['vintage']} but the label reads {vin}")
        if c["expect"] not in ("yes", "almost", "none"):
            errors.append(f"{where}: unknown expect {c['expect']!r}")
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errors.append(f"{where}: no note")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errors.append(f"{where}: none with an answer")
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            errors.append(f"{where}: unknown beverage_id {c['beverage_id']!r}")
            continue
        if code in (None, ""):
            errors.append(f"{where}: a drink answer on a label without a measure")
            continue
        if fam and till == "export" and fam not in EXPORT_FAMILY_OK[d["category"]]:
            errors.append(f"{where}: export family {fam} for a {d['category']}")
        # the format the label refers to
        f = d["format_cl"]
        if code == "H":
            want = 37.5
        elif code == "M":
            want = 150
        elif code in DRAUGHT:
            want = f if f >= 2000 else "keg"
        elif code.startswith("C") and code[1:].isdigit():
            want = int(code[1:])
        else:  # B or a pour: the ordinary bottle
            want = ordinary(d)
        if f != want:
            errors.append(f"{where}: label means {want} cl, entry is {f} cl")
        # units
        vol = POURS.get(code) or DRAUGHT.get(code)
        u = round(vol / f, 4) if vol else 1
        if c["units_per_sale"] != u:
            errors.append(f"{where}: units {c['units_per_sale']} want {u}")
        # vintages
        same = groups[group_of(d)]
        others = sorted(i for v, i in same.items() if i != d["id"])
        if sorted(c["also_ok"]) != others and not (c["expect"] == "yes" and vin is not None):
            errors.append(f"{where}: also_ok {c['also_ok']} want {others}")
        vints = sorted(v for v in same if v is not None)
        if c["expect"] == "yes":
            if vin is not None:
                if d["vintage"] != vin:
                    errors.append(f"{where}: yes for {d['vintage']} but the label says {vin}")
                if c["also_ok"]:
                    errors.append(f"{where}: yes with a vintage but also_ok not empty")
            elif vints and d["vintage"] != vints[-1]:
                errors.append(f"{where}: yes without vintage not the most recent")
        else:
            if vin is None or vin in same or not vints:
                errors.append(f"{where}: almost but the label's vintage is held or absent")
            else:
                best = min(vints, key=lambda v: (abs(v - vin), -v))
                if d["vintage"] != best:
                    errors.append(f"{where}: almost {d['vintage']} not the nearest ({best})")
    for k, n in keys.items():
        if n > 1:
            errors.append(f"caisse key {k!r} on {n} lines")
    # ---------------------------------------------------------------- counts
    n = len(cases) or 1
    share = Counter(c["expect"] for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100 * share[e] / n
        if not lo <= p <= hi:
            errors.append(f"counts: {e} {p:.1f} %, want {lo}-{hi} %")
    cell = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not cell[(t, e)]:
                errors.append(f"counts: till {t} has no {e}")
    return errors


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


# ------------------------------------------------------------------------ self-test
def _rows(lines):
    return [json.loads(x) for x in lines]


def _dump(rows):
    return [json.dumps(r, ensure_ascii=False) for r in rows]


def breaks(lib, cases):
    """(name, library lines, case lines) for each kind of break."""
    L, C = _rows(lib), _rows(cases)
    out = []

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    out.append(("broken JSON", lib, [*cases[:5], cases[5][:-3], *cases[6:]]))
    x = copy.deepcopy(L)
    x[3] = {k: x[3][k] for k in reversed(LIB_FIELDS)}
    out.append(("library field order", _dump(x), cases))
    x = copy.deepcopy(L)
    x[10]["id"] = "CCN999"
    out.append(("id out of sequence", _dump(x), cases))
    x = copy.deepcopy(L)
    x[0]["colour"] = "jaune"
    out.append(("bad colour", _dump(x), cases))
    x = copy.deepcopy(L)
    i = next(i for i, d in enumerate(x) if d["category"] == "spiritueux")
    x[i]["colour"] = "blanc"
    out.append(("colour on a spirit", _dump(x), cases))
    y = copy.deepcopy(C)
    i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    y[i]["vintage"] += 1
    out.append(("vintage not the label's", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["also_ok"])
    y[i]["also_ok"] = []
    out.append(("also_ok dropped", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    y[i]["beverage_id"], y[i]["also_ok"] = y[i]["also_ok"][0], [y[i]["beverage_id"]]
    out.append(("almost not the nearest", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    y[i]["beverage_id"], y[i]["also_ok"] = y[i]["also_ok"][0], [y[i]["beverage_id"]]
    out.append(("yes without vintage not the most recent", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["units_per_sale"] not in (None, 1))
    y[i]["units_per_sale"] = 0.2
    out.append(("wrong units", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["connection"] == "caisse")
    y[i]["label"] = "VRE TRES LONG NOM DE VIN   5,00"
    out.append(("caisse key over 14 columns", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["connection"] == "salle")
    y[i]["label"] = "VINS / " + y[i]["label"].split(" / ", 1)[1]
    out.append(("salle unknown family", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["connection"] == "export" and c["expect"] == "yes")
    p = y[i]["label"].split(";")
    p[1] = p[1].rsplit(" ", 1)[0] if not p[1].endswith("CL") else p[1][:-5].rstrip()
    y[i]["label"] = ";".join(p)
    out.append(("export without measure", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["expect"] == "none")
    y[i]["beverage_id"] = "CCN001"
    out.append(("none with an id", lib, _dump(y)))
    y = copy.deepcopy(C)
    y[1]["label"] = y[0]["label"]
    out.append(("duplicate label", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["connection"] == "salle" and c["label"].endswith("/ 1/2 Btl")
              and c["expect"] == "yes")
    lab = {d["id"]: d for d in L}
    d = lab[y[i]["beverage_id"]]
    y[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == d["name"]
                               and e["format_cl"] == 75)
    out.append(("half bottle put on the 75 cl", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["label"].startswith("DEMI 1664"))
    y[i]["beverage_id"] = next(e["id"] for e in L if e["format_cl"] == 33
                               and e["category"] == "bière")
    out.append(("draught on a bottle entry", lib, _dump(y)))
    y = [c for j, c in enumerate(C) if c["expect"] != "yes" or j % 3]  # a third of the yes
    out.append(("counts out of range", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["connection"] == "caisse")
    y[i]["label"] = y[i]["label"].lower()
    out.append(("caisse in lower case", lib, _dump(y)))
    y = copy.deepcopy(C)
    i = first(lambda c: c["expect"] == "yes" and c["connection"] == "export"
              and "/" in c["label"] and c["label"].split(";")[1].startswith("WHI/"))
    y[i]["label"] = y[i]["label"].replace(";WHI/", ";SOF/")
    out.append(("export family against the drink", lib, _dump(y)))
    return out


def selftest(lib, cases):
    ok = True
    clean = check(lib, cases)
    print(f"clean files: {'pass' if not clean else 'FAIL'}")
    for e in clean[:10]:
        print("   ", e)
    ok &= not clean
    kinds = breaks(lib, cases)
    for name, l2, c2 in kinds:
        errs = check(l2, c2)
        print(f"{'caught' if errs else 'MISSED'}: {name}" + (f"  ({errs[0]})" if errs else ""))
        ok &= bool(errs)
    print(f"{len(kinds)} kinds of break; selftest {'passed' if ok else 'FAILED'}")
    return ok


def main():
    lib = read(os.path.join(HERE, "concarneau_library.jsonl"))
    cases = read(os.path.join(HERE, "concarneau_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errors = check(lib, cases)
    for e in errors:
        print(e)
    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    c = Counter((json.loads(x)["connection"], json.loads(x)["expect"]) for x in cases)
    print(f"OK: {len(lib)} drinks, {len(cases)} cases; " +
          "; ".join(f"{t} " + "/".join(str(c[(t, e)]) for e in ("yes", "almost", "none"))
                    for t in TILLS))


if __name__ == "__main__":
    main()
