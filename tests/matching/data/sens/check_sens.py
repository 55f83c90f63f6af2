#!/usr/bin/env python3
"""Check the "sens" held-out set from its two jsonl files alone.

python3 check_sens.py [library.jsonl cases.jsonl]   check (exit 1 on any problem)
python3 check_sens.py --selftest                     break copies on purpose, show each is caught
Stdlib only; reads nothing but the two files.
"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "appli", "mensuel")
POUR = {"G": 12.5, "CP": 12.5, "FL": 12.5, "G12": 12, "G15": 15, "V6": 6, "P25": 25,
        "P50": 50, "D": 4, "D2": 2, "DM": 25, "PT": 50}
BOTTLE = {"B": 75, "H": 37.5, "M": 150, "J": 300}
CR = "_x000D_"
CAISSE_MEAS = {"BTL": "B", "1/2 BTL": "H", "MAGNUM": "M", "VERRE": "G", "VERRE 12": "G12",
               "VERRE 15": "G15", "PICHET 25": "P25", "PICHET 50": "P50", "DOSE": "D",
               "DOSE 2CL": "D2", "DEMI": "DM", "PINTE": "PT", "COUPE": "CP", "FLUTE": "FL",
               "20CL": "C20", "25CL": "C25", "33CL": "C33", "50CL": "C50", "1L": "C100"}
APPLI_MEAS = {"en bouteille": "B", "en demi-bouteille": "H", "en magnum": "M",
              "en jéroboam": "J", "au verre": "G", "au verre 12cl": "G12",
              "au verre 15cl": "G15", "en pichet 25cl": "P25", "en pichet 50cl": "P50",
              "en dose": "D", "en dose 2cl": "D2", "au verre 6cl": "V6", "en demi": "DM",
              "en pinte": "PT", "en flûte": "FL", "en 20cl": "C20", "en 25cl": "C25",
              "en 33cl": "C33", "en 50cl": "C50", "en 1L": "C100"}
FAMILLES = {"Vins blancs", "Vins rouges", "Vins rosés", "Vins au verre", "Pichets",
            "Effervescents", "Champagne", "Apéritifs", "Digestifs", "Liqueurs", "Alcools",
            "Bières pression", "Bières bouteille", "Softs", "Eaux", "Cuisine", "Desserts",
            "Cafés", "Divers"}
BOTTLE_FAM = {"Vins blancs", "Vins rouges", "Vins rosés", "Effervescents", "Champagne",
              "Bières bouteille", "Softs", "Eaux"}
DOSE_FAM = {"Apéritifs", "Digestifs", "Liqueurs", "Alcools"}
VINT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
STOP = {"EN", "AU", "DE", "DU", "LA", "LE", "LES", "ET", "VERRE", "BTL", "DOSE", "PICHET",
        "BOUTEILLE", "MAGNUM", "DEMI", "PINTE", "COUPE", "FLUTE", "CL", "1ER", "CRU", "VV"}


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def words(s):
    return [w for w in re.split(r"[^A-Z0-9]+", fold(s)) if len(w) >= 3 and w not in STOP]


def parse(case):
    """(item text, measure code or None, vintage) read from the label by its till's form."""
    lab, till = case["label"], case["connection"]
    if till == "caisse":
        lines = lab.split(CR)
        if lines[-1] == "":
            lines = lines[:-1]
        if not 1 <= len(lines) <= 4 or any(not l or len(l) > 14 for l in lines):
            raise ValueError("caisse: 1-4 lines of at most 14 characters")
        if any(not re.fullmatch(r"[A-Z0-9 /'.-]+", l) for l in lines):
            raise ValueError("caisse: capitals without accents only")
        meas = CAISSE_MEAS.get(lines[-1]) if len(lines) > 1 else None
        item = lines[:-1] if meas else lines
        v = None
        for l in item:
            for t in l.split():
                if re.fullmatch(r"(19|20)\d\d", t) and v is None:
                    v = int(t)
        return " ".join(item), meas, v
    if till == "appli":
        m = re.fullmatch(r"\[([1-9])\] ([^,]+?)(?:, ([^,]+))?", lab)
        if not m:
            raise ValueError("appli: not '[qty] item[, modifiers]'")
        item, meas = m.group(2), None
        for phrase in sorted(APPLI_MEAS, key=len, reverse=True):
            if item.endswith(" " + phrase):
                item, meas = item[: -len(phrase) - 1], APPLI_MEAS[phrase]
                break
        vs = VINT.findall(item)
        return item, meas, int(vs[-1]) if vs else None
    if till == "mensuel":
        f = lab.split(";")
        if len(f) != 6:
            raise ValueError("mensuel: six fields")
        art, cont, fam, mil, mois, prod = f
        if fam not in FAMILLES or not re.fullmatch(r"2024-(0[1-9]|1[0-2])", mois):
            raise ValueError("mensuel: famille or mois")
        if mil and not re.fullmatch(r"(19|20)\d\d", mil):
            raise ValueError("mensuel: millesime")
        if cont and not re.fullmatch(r"\d+(,5)? cl", cont):
            raise ValueError("mensuel: contenance")
        meas = None
        if cont:
            cl = float(cont[:-3].replace(",", "."))
            if fam in ("Vins au verre",) or (fam in ("Effervescents", "Champagne") and cl <= 15):
                meas = {12: "G12", 15: "G15", 6: "V6"}.get(cl)
            elif fam == "Pichets":
                meas = {25: "P25", 50: "P50"}.get(cl)
            elif fam == "Bières pression":
                meas = {25: "DM", 50: "PT"}.get(cl)
            elif fam in DOSE_FAM and cl <= 6:
                meas = {4: "D", 2: "D2", 6: "V6"}.get(cl)
            elif fam in BOTTLE_FAM or fam in DOSE_FAM:
                meas = {75: "B", 37.5: "H", 150: "M", 300: "J"}.get(cl, "C%d" % cl)
            if meas is None:
                raise ValueError("mensuel: contenance %s not a measure of %s" % (cont, fam))
        return art + " " + prod, meas, int(mil) if mil else None
    raise ValueError("unknown connection")


def load(path, errs):
    rows = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        errs.append("%s: no final newline" % os.path.basename(path))
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError:
            errs.append("%s line %d: invalid JSON" % (os.path.basename(path), n))
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, errs)
    cases = load(cases_path, errs)
    byid = {}
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d entries, not 110-130" % len(lib))
    seen = set()
    for n, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            errs.append("library %s: field order" % r.get("id"))
            continue
        if r["id"] != "sn%03d" % n:
            errs.append("library line %d: id %s out of sequence" % (n, r["id"]))
        byid[r["id"]] = r
        wine = r["category"] in ("vin", "champagne")
        if r["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (r["id"], r["category"]))
        if wine != (r["colour"] in COLOURS) or (not wine and r["colour"] is not None):
            errs.append("%s: colour %r on a %s" % (r["id"], r["colour"], r["category"]))
        if r["vintage"] is not None and (not isinstance(r["vintage"], int) or not wine):
            errs.append("%s: vintage %r" % (r["id"], r["vintage"]))
        if r["format_cl"] >= 2000 and r["category"] != "bière":
            errs.append("%s: keg format on a %s" % (r["id"], r["category"]))
        if r["category"] == "bière" and r["format_cl"] >= 100 and r["format_cl"] not in (2000, 3000):
            errs.append("%s: keg of %s cl" % (r["id"], r["format_cl"]))
        k = tuple(r[f] for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: repeated entry" % r["id"])
        seen.add(k)

    def grp(r):
        return [x for x in lib if all(x.get(f) == r.get(f) for f in
                                      ("name", "producer", "appellation", "colour", "format_cl"))]

    def ordinary(r):
        fm = {x["format_cl"] for x in lib if all(x.get(f) == r.get(f) for f in
                                                 ("name", "producer", "appellation", "colour"))}
        if 75 in fm:
            return 75
        o = [f for f in fm if f not in (37.5, 150, 300) and f < 2000]
        return o[0] if len(o) == 1 else None

    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    labels = [c.get("label") for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}, key=str):
        errs.append("label repeated: %r" % l)
    counts = {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            errs.append("%r: field order" % lab)
            continue
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        try:
            item, meas, v = parse(c)
        except ValueError as e:
            errs.append("%r: %s" % (lab, e))
            continue
        if c["vintage"] != v:
            errs.append("%r: vintage %r, label reads %r" % (lab, c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with an id, also_ok or units" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%r: expect %r" % (lab, c["expect"]))
            continue
        r = byid.get(c["beverage_id"])
        if r is None:
            errs.append("%r: unknown id %r" % (lab, c["beverage_id"]))
            continue
        if meas is None:
            errs.append("%r: a drink answer without a measure" % lab)
            continue
        if not set(words(item)) & set(words(r["name"] + " " + r["producer"] + " " + (r["appellation"] or ""))) and \
                not any(a.startswith(b) or b.startswith(a) for a in words(item)
                        for b in words(r["name"] + " " + r["producer"] + " " + (r["appellation"] or ""))):
            errs.append("%r: shares no word with %s" % (lab, r["id"]))
        if meas in POUR:
            if meas in ("DM", "PT"):
                ok = r["category"] == "bière" and r["format_cl"] >= 2000
            else:
                ok = r["format_cl"] < 2000 and r["format_cl"] == ordinary(r)
            units = round(POUR[meas] / r["format_cl"], 4)
        else:
            size = BOTTLE.get(meas) or int(meas[1:])
            ok = r["format_cl"] == size
            units = 1
        if not ok:
            errs.append("%r: %s (%s cl) does not fit the measure %s" % (lab, r["id"], r["format_cl"], meas))
        if c["units_per_sale"] != units:
            errs.append("%r: units %r, expected %r" % (lab, c["units_per_sale"], units))
        g = grp(r)
        others = sorted(x["id"] for x in g if x is not r)
        vints = [x["vintage"] for x in g]
        if c["expect"] == "yes":
            if v is not None:
                if r["vintage"] != v or c["also_ok"]:
                    errs.append("%r: yes must be the label's vintage with empty also_ok" % lab)
            else:
                if None not in vints and r["vintage"] != max(vints):
                    errs.append("%r: no vintage, not the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok should list %s" % (lab, others))
        else:
            if v is None or v in vints or None in vints:
                errs.append("%r: almost needs a label vintage the wine lacks" % lab)
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best is not r:
                    errs.append("%r: almost should be the nearest vintage %s" % (lab, best["id"]))
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok should list %s" % (lab, others))
    n = len(cases) or 1
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * sum(v for (t, x), v in counts.items() if x == e) / n
        if not lo <= p <= hi:
            errs.append("%s: %.1f %% not in %d-%d %%" % (e, p, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errs.append("till %s has no %s" % (t, e))
    for c in cases:
        if c.get("connection") not in TILLS:
            errs.append("%r: connection %r" % (c.get("label"), c.get("connection")))
    return errs, counts


def selftest():
    lib_p = os.path.join(HERE, "sens_library.jsonl")
    cas_p = os.path.join(HERE, "sens_cases.jsonl")
    errs, _ = check(lib_p, cas_p)
    print("clean files: %s" % ("pass" if not errs else "FAIL %r" % errs[:5]))
    ok = not errs
    L = open(lib_p, encoding="utf-8").read().splitlines()
    C = open(cas_p, encoding="utf-8").read().splitlines()

    def jl(lines, i, f):
        o = json.loads(lines[i])
        f(o)
        lines = list(lines)
        lines[i] = json.dumps(o, ensure_ascii=False)
        return lines

    def first(pred):
        return next(i for i, l in enumerate(C) if pred(json.loads(l)))

    def setk(k, v):
        return lambda o: o.__setitem__(k, v)

    yv = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "mensuel")
    yn = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    no = first(lambda c: c["expect"] == "none")
    gl = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1,))
    ca = first(lambda c: c["connection"] == "caisse")
    ap = first(lambda c: c["connection"] == "appli")
    me = first(lambda c: c["connection"] == "mensuel" and c["expect"] == "none")
    beer = next(i for i, l in enumerate(L) if json.loads(l)["category"] == "bière")
    wine = 0
    breaks = [
        ("invalid JSON", L, [*C[:5], "{not json", *C[5:]]),
        ("no final newline", L, None),
        ("library field order", jl(L, 3, lambda o: o.update({"name": o.pop("name")})), C),
        ("id out of sequence", jl(L, 7, setk("id", "sn099")), C),
        ("colour on a beer", jl(L, beer, setk("colour", "blanc")), C),
        ("keg format on a wine", jl(L, wine, setk("format_cl", 3000)), C),
        ("label repeated", L, [*C, C[0]]),
        ("none with an id", L, jl(C, no, setk("beverage_id", "sn001"))),
        ("yes on another vintage", L, jl(C, yv, lambda o: o.__setitem__("vintage", o["vintage"] - 1))),
        ("also_ok dropped", L, jl(C, yn, setk("also_ok", []))),
        ("almost not nearest", L, jl(C, al, lambda o: o.update({"beverage_id": o["also_ok"][0],
                                                                 "also_ok": [o["beverage_id"], *o["also_ok"][1:]]}))),
        ("units wrong", L, jl(C, gl, setk("units_per_sale", 0.125))),
        ("caisse line too long", L, jl(C, ca, lambda o: o.__setitem__("label", o["label"].replace(CR, " ", 1) + "XXXXXXXXXXXXXXX"))),
        ("appli quantity lost", L, jl(C, ap, lambda o: o.__setitem__("label", o["label"][4:]))),
        ("mensuel unknown famille", L, jl(C, me, lambda o: o.__setitem__("label", o["label"].replace(";Cuisine;", ";Plats;").replace(";Cafés;", ";Plats;").replace(";Vins blancs;", ";Plats;")))),
        ("case field order", L, jl(C, 2, lambda o: o.update({"label": o.pop("label")}))),
        ("yes sharing no word", L, jl(C, yv, lambda o: o.__setitem__("label", "Zzz;75 cl;Vins blancs;%d;2024-05;Qqq" % o["vintage"]))),
    ]
    tmp = tempfile.mkdtemp()
    for name, lib, cas in breaks:
        lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
        with open(lp, "w", encoding="utf-8") as f:
            f.write("\n".join(lib) + "\n")
        with open(cp, "w", encoding="utf-8") as f:
            f.write("\n".join(cas if cas is not None else C) + ("\n" if cas is not None else ""))
        errs, _ = check(lp, cp)
        print("%-26s %s" % (name, ("caught: " + errs[0]) if errs else "NOT CAUGHT"))
        ok = ok and bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    args = sys.argv[1:] or [os.path.join(HERE, "sens_library.jsonl"), os.path.join(HERE, "sens_cases.jsonl")]
    errs, counts = check(*args)
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print("%-8s" % t, "  ".join("%s %d" % (e, counts.get((t, e), 0)) for e in ("yes", "almost", "none")))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
