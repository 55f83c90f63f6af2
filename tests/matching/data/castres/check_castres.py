#!/usr/bin/env python3
"""Check the castres held-out set. Reads ONLY castres_library.jsonl and castres_cases.jsonl
and re-derives everything it can. `--selftest` breaks copies on purpose and shows each
break reported, and the clean files passing. Stdlib only."""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "emporter")
SALLE_FAMILIES = ["Rouges", "Blancs", "Rosés", "Vins italiens", "Bulles", "Bières",
                  "Apéritifs", "Whiskies", "Rhums", "Digestifs", "Softs", "Eaux",
                  "Pizzas", "Grill", "Desserts", "Cafés", "Divers"]

# rendered measure -> (kind, cl); kind: btl (cl None = ordinary bottle), pour, draught,
# demi (wine: half bottle; beer: 25 cl draught)
READ_COMPTOIR = {
    "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150), "VRE": ("pour", 12.5),
    "VRE12": ("pour", 12), "VRE15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
    "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4), "6CL": ("pour", 6),
    "COUPE": ("pour", 12.5), "DEMI": ("demi", None), "PINTE": ("draught", 50),
    "20CL": ("btl", 20), "25CL": ("btl", 25), "33CL": ("btl", 33), "35.5CL": ("btl", 35.5),
    "50CL": ("btl", 50), "70CL": ("btl", 70), "75CL": ("btl", 75), "1L": ("btl", 100),
    "1.25L": ("btl", 125),
}
READ_SALLE = {
    "bouteille": ("btl", None), "demi-bouteille": ("btl", 37.5), "magnum": ("btl", 150),
    "verre": ("pour", 12.5), "verre 12cl": ("pour", 12), "verre 15cl": ("pour", 15),
    "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50), "dose": ("pour", 4),
    "2cl": ("pour", 2), "4cl": ("pour", 4), "6cl": ("pour", 6), "coupe": ("pour", 12.5),
    "pression 25cl": ("draught", 25), "pression 50cl": ("draught", 50), "20cl": ("btl", 20),
    "25cl": ("btl", 25), "33cl": ("btl", 33), "35,5cl": ("btl", 35.5), "50cl": ("btl", 50),
    "70cl": ("btl", 70), "75cl": ("btl", 75), "1L": ("btl", 100), "1,25L": ("btl", 125),
}
# abbreviations the staff use, as a sommelier reads them
ABBREV = {"cdr": "rhone", "cah": "cahors", "gail": "gaillac", "champ": "champagne",
          "kro": "kronenbourg", "despe": "desperados", "gb": "bertrand"}
STOP = {"vre", "vre12", "vre15", "btl", "mag", "dose", "demi", "pinte", "coupe", "p25", "p50",
        "rge", "blc", "rouge", "rouges", "blanc", "blancs", "rose", "roses", "de", "du",
        "la", "le", "les", "des", "d", "et", "verre", "bouteille", "pichet", "magnum",
        "pression", "cl", "l", "vins", "italiens", "bulles", "bieres", "aperitifs",
        "whiskies", "rhums", "digestifs", "eaux", "softs", "ans", "cuv", "canette",
        "maison", "r", "brut", "mini", "doux", "reserve"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def tokens(text):
    return [t for t in re.split(r"[^a-z0-9&]+", fold(text)) if t]


def read_back(till, label):
    """(measure, vintage, problem) from the label, by the till's form."""
    if till == "comptoir":
        if len(label) > 20:
            return None, None, "comptoir label over 20 columns"
        if not re.fullmatch(r"[A-Z0-9 &./'-]+", label):
            return None, None, "comptoir label not ASCII capitals"
        toks = label.split(" ")
        meas = READ_COMPTOIR.get(toks[0])
        last, vint = toks[-1], None
        if len(toks) > 1 and re.fullmatch(r"\d\d", last):
            vint = 2000 + int(last) if int(last) < 40 else 1900 + int(last)
        elif len(toks) > 1 and re.fullmatch(r"\d|\d{3}", last):
            return meas, None, "cut inside a number"
        return meas, vint, None
    if till == "salle":
        fam = label.split(" > ")[0]
        if " > " not in label or fam not in SALLE_FAMILIES:
            return None, None, "salle label without its family prefix"
        meas = None
        m = re.search(r" \(([^)]*)\)$", label)
        if m:
            if m.group(1) not in READ_SALLE:
                return None, None, "unknown salle measure"
            meas = READ_SALLE[m.group(1)]
        years = re.findall(r"\b((?:19|20)\d\d)\b", label)
        if len(years) > 1:
            return meas, None, "two vintages"
        return meas, int(years[0]) if years else None, None
    if till == "emporter":
        m = re.fullmatch(r"(.*) \| (\d+),(\d\d) €", label)
        if not m:
            return None, None, "emporter label without its price"
        body, meas = m.group(1), None
        f = re.search(r" (\d+(?:,\d+)?) (cl|L)$", body)
        if f:
            v = float(f.group(1).replace(",", "."))
            meas = ("btl", v * 100 if f.group(2) == "L" else v)
        years = re.findall(r"\b((?:19|20)\d\d)\b", body)
        if len(years) > 1:
            return meas, None, "two vintages"
        return meas, int(years[0]) if years else None, None
    return None, None, f"unknown connection {till!r}"


def num(x):
    return int(x) if float(x).is_integer() else x


def expected(family, meas, vintage):
    """(expect, beverage_id, also_ok set, units) by the bench README, or a problem string."""
    cat = family[0]["category"]
    formats = sorted({e["format_cl"] for e in family})
    kind, cl = meas if meas else ("btl", None)
    if kind == "demi":
        kind, cl = ("draught", 25) if cat == "bière" else ("btl", 37.5)
    if kind == "btl":
        if cl is None:
            if cat in ("vin", "champagne"):
                cl = 75
            elif len(formats) == 1:
                cl = formats[0]
            else:
                return "bottle without a size for a drink held in several formats"
        fmt, units = cl, 1
    elif kind == "draught":
        if cat != "bière":
            return "draught measure on a non-beer"
        kegs = [f for f in formats if f >= 2000]
        if not kegs:
            return ("none", None, set(), None)
        fmt, units = kegs[0], cl / kegs[0]
    else:
        if cat in ("bière", "soft"):
            return "a pour of a beer or a soft"
        if 75 in formats:
            fmt = 75
        else:
            ordinary = [f for f in formats if f not in (37.5, 150)]
            if len(ordinary) != 1:
                return "no ordinary bottle for a pour"
            fmt = ordinary[0]
        units = cl / fmt
    entries = [e for e in family if e["format_cl"] == fmt]
    if not entries:
        return ("none", None, set(), None)
    units = num(round(units, 4))
    vints = [e["vintage"] for e in entries]
    if vints == [None]:
        if vintage is not None:
            return "a vintage on a non-vintage drink"
        return ("yes", entries[0]["id"], set(), units)
    if vintage is None:
        best = max(entries, key=lambda e: e["vintage"])
        return ("yes", best["id"], {e["id"] for e in entries} - {best["id"]}, units)
    same = [e for e in entries if e["vintage"] == vintage]
    if same:
        return ("yes", same[0]["id"], set(), units)
    best = min(entries, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], {e["id"] for e in entries} - {best["id"]}, units)


def shares_word(label, entry):
    ent = set()
    for f in ("name", "producer", "appellation"):
        if entry[f]:
            ent.update(tokens(entry[f]))
    for t in tokens(label):
        if t in STOP or (t.isdigit() and (len(t) < 3 or t not in ent)):
            continue
        t = ABBREV.get(t, t)
        for e in ent:
            if e in STOP:
                continue
            if t == e or (len(t) >= 3 and len(e) >= 3 and (e.startswith(t) or t.startswith(e))):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append(f"library line {i}: not JSON")
            continue
        if list(e) != LIB_FIELDS:
            errs.append(f"library line {i}: field order {list(e)}")
            continue
        lib.append(e)
    if not 110 <= len(lib_lines) <= 130:
        errs.append(f"{len(lib_lines)} drinks, not 110-130")
    seen = set()
    for i, e in enumerate(lib, 1):
        if e["id"] != f"cs{i:03d}":
            errs.append(f"id {e['id']} out of sequence (expected cs{i:03d})")
        if e["colour"] not in COLOURS:
            errs.append(f"{e['id']}: colour {e['colour']!r}")
        if e["category"] not in CATEGORIES:
            errs.append(f"{e['id']}: category {e['category']!r}")
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] is not None):
            errs.append(f"{e['id']}: colour {e['colour']!r} for category {e['category']}")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append(f"{e['id']}: format {e['format_cl']!r}")
        elif e["format_cl"] >= 2000 and e["category"] != "bière":
            errs.append(f"{e['id']}: a keg format for a {e['category']}")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append(f"{e['id']}: vintage {e['vintage']!r}")
        key = (e["name"], e["producer"], e["appellation"], e["colour"], e["vintage"], e["format_cl"])
        if key in seen:
            errs.append(f"{e['id']}: duplicate drink")
        seen.add(key)
    by_id = {e["id"]: e for e in lib}

    def family(e):
        k = (e["name"], e["producer"], e["appellation"], e["colour"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == k]

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append(f"case line {i}: not JSON")
            continue
        if list(c) != CASE_FIELDS:
            errs.append(f"case line {i}: field order {list(c)}")
            continue
        cases.append(c)
    if not 280 <= len(case_lines) <= 300:
        errs.append(f"{len(case_lines)} cases, not 280-300")
    for c in cases:
        lab = c["label"]
        if lab in labels:
            errs.append(f"duplicate label {lab!r}")
        labels.add(lab)
        if c["connection"] not in TILLS:
            errs.append(f"{lab!r}: connection {c['connection']!r}")
            continue
        meas, vint, problem = read_back(c["connection"], lab)
        if problem:
            errs.append(f"{lab!r}: {problem}")
            continue
        if c["vintage"] != vint:
            errs.append(f"{lab!r}: vintage {c['vintage']} but the label reads {vint}")
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(f"{lab!r}: expect {c['expect']!r}")
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(f"{lab!r}: empty note")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{lab!r}: a none with an id, also_ok or units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(f"{lab!r}: unknown beverage_id {c['beverage_id']!r}")
            continue
        fam = family(e)
        for a in c["also_ok"]:
            if a not in by_id or by_id[a] not in fam or by_id[a]["format_cl"] != e["format_cl"]:
                errs.append(f"{lab!r}: also_ok {a} is not the same wine in the same format")
        exp = expected(fam, meas, vint)
        if isinstance(exp, str):
            errs.append(f"{lab!r}: {exp}")
            continue
        x, bid, also, units = exp
        if x != c["expect"]:
            errs.append(f"{lab!r}: expect {c['expect']} but the rules give {x}")
        elif bid != c["beverage_id"]:
            errs.append(f"{lab!r}: beverage_id {c['beverage_id']} but the rules give {bid}")
        elif set(c["also_ok"]) != also or len(c["also_ok"]) != len(also):
            errs.append(f"{lab!r}: also_ok {c['also_ok']} but the rules give {sorted(also)}")
        if x != "none" and c["units_per_sale"] != units:
            errs.append(f"{lab!r}: units {c['units_per_sale']} but the measure gives {units}")
        if not shares_word(lab, e):
            errs.append(f"{lab!r}: shares no word, stem or abbreviation with {e['id']}")
    n = len(cases) or 1
    cnt = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        if c.get("connection") in cnt and c.get("expect") in cnt[TILLS[0]]:
            cnt[c["connection"]][c["expect"]] += 1
    tot = {k: sum(cnt[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
    for k, (lo, hi) in {"yes": (45, 52), "almost": (12, 17), "none": (33, 40)}.items():
        if not lo <= 100 * tot[k] / n <= hi:
            errs.append(f"{k}: {100 * tot[k] / n:.1f} % not in {lo}-{hi} %")
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if cnt[t][k] == 0:
                errs.append(f"till {t} has no {k} case")
    return errs, cnt


def load():
    with open(os.path.join(HERE, "castres_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "castres_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        rows = [dict(c) for c in C]
        i = first(pred)
        fn(rows[i])
        return lib, dump(rows)

    def mod_lib(i, fn):
        rows = [dict(e) for e in L]
        fn(rows[i])
        return dump(rows), cases

    multi = lambda c: c["expect"] == "yes" and len(c["also_ok"]) >= 1  # noqa: E731
    breaks = {
        "library line not JSON": ([*lib[:5], "{oops", *lib[6:]], cases),
        "library field order": mod_lib(3, lambda e: e.update({"id": e.pop("id")})),
        "id out of sequence": mod_lib(7, lambda e: e.update({"id": "cs099"})),
        "unknown colour": mod_lib(0, lambda e: e.update({"colour": "red"})),
        "unknown category": mod_lib(0, lambda e: e.update({"category": "wine"})),
        "keg format on a wine": mod_lib(0, lambda e: e.update({"format_cl": 3000})),
        "too few drinks": (lib[:100], cases),
        "case field order": mod_case(lambda c: True, lambda c: c.update({"label": c.pop("label")})),
        "duplicate label": (lib, [*cases, cases[0]]),
        "vintage not the label's": mod_case(lambda c: c["vintage"] is not None,
                                            lambda c: c.update({"vintage": c["vintage"] - 1})),
        "almost on the wrong vintage": mod_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                                                lambda c: c.update({"beverage_id": c["also_ok"][0]})),
        "also_ok emptied": mod_case(multi, lambda c: c.update({"also_ok": []})),
        "yes turned almost": mod_case(lambda c: c["expect"] == "yes",
                                      lambda c: c.update({"expect": "almost"})),
        "units wrong": mod_case(lambda c: c["units_per_sale"] not in (None, 1),
                                lambda c: c.update({"units_per_sale": 1})),
        "none with units": mod_case(lambda c: c["expect"] == "none",
                                    lambda c: c.update({"units_per_sale": 1})),
        "yes on a format not held": mod_case(lambda c: c["label"] == "MAG CDR GUIGAL",
                                             lambda c: c.update({"expect": "yes", "beverage_id": "cs045",
                                                                 "units_per_sale": 1})),
        "comptoir over 20 columns": mod_case(lambda c: c["connection"] == "comptoir",
                                             lambda c: c.update({"label": c["label"] + " XXXXXXXXXXXXXXXXXX"})),
        "salle without family": mod_case(lambda c: c["connection"] == "salle",
                                         lambda c: c.update({"label": c["label"].split(" > ", 1)[1]})),
        "emporter without price": mod_case(lambda c: c["connection"] == "emporter",
                                           lambda c: c.update({"label": c["label"].split(" | ")[0]})),
        "yes label sharing no word": mod_case(lambda c: c["label"] == "4CL SUZE" or c["label"] == "2CL RICARD",
                                              lambda c: c.update({"label": "2CL ZZZZ"})),
        "answer split off": (lib, [x for x in cases if json.loads(x)["expect"] != "almost"]
                             + [x for x in cases if json.loads(x)["expect"] == "almost"][:5]),
    }
    bad = 0
    for name, (l2, c2) in breaks.items():
        errs, _ = check(l2, c2)
        ok = bool(errs)
        bad += not ok
        print(f"{'reported' if ok else 'MISSED  '}: {name}: {errs[0] if errs else ''}")
    print(f"{len(breaks)} kinds of break, {len(breaks) - bad} reported")
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, cnt = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases")
    for t in TILLS:
        print(t, cnt[t], sum(cnt[t].values()))
    print("OK" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
