#!/usr/bin/env python3
"""Check the niort held-out set.  Reads only niort_library.jsonl and
niort_cases.jsonl (stdlib only).  `--selftest` breaks copies on purpose and
shows that each break is reported and that the clean files pass."""
import copy
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
TILLS = ("caisse", "salle", "compta")
WINE = ("vin", "champagne")

CAISSE_KEYS = {"VRE": ("pour", 12.5), "V15": ("pour", 15), "CP": ("pour", 12.5),
               "CAR25": ("pour", 25), "CAR50": ("pour", 50), "DOSE": ("pour", 4),
               "2CL": ("pour", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
               "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "20CL": ("bottle", 20),
               "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
               "70CL": ("bottle", 70), "75CL": ("bottle", 75), "1L": ("bottle", 100)}
SALLE_VARIANTS = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
                  "Magnum": ("bottle", 150), "Jéroboam": ("bottle", 300),
                  "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5),
                  "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
                  "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Demi": ("draught", 25),
                  "Pinte": ("draught", 50), "20cl": ("bottle", 20), "25cl": ("bottle", 25),
                  "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
                  "75cl": ("bottle", 75), "1L": ("bottle", 100)}
FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "APERITIFS", "DIGESTIFS",
            "BIERES PRESSION", "BIERES BOUTEILLE", "CIDRES", "SOFTS", "BOISSONS CHAUDES",
            "CUISINE", "DIVERS"}
SALLE_RE = re.compile(r"^(?P<name>.+?)(?: \((?P<var>[^()]+)\))? (?P<price>\d{1,3},\d\d)€$")
# staff short forms the check accepts as a shared stem
SHORT = {"BX": "BORDEAUX", "HP": "HAUT", "E2M": "ENTRE", "RGE": "ROUGE", "BLC": "BLANC",
         "TDM": "TETE", "VDR": "RANCE", "CHP": "CHAMPIGNY", "CALVA": "CALVADOS",
         "SCHWEP": "SCHWEPPES", "REYN": "REYNAC", "BEAUL": "BEAULON"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def tokens(s):
    out = set()
    for t in re.findall(r"[A-Z]+|\d+", fold(s)):
        out.add(SHORT.get(t, t))
    return out


def read_jsonl(path, errors, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=list))
            except ValueError as e:
                errors.append("%s line %d: not JSON (%s)" % (what, n, e))
    return rows


def two_digit(n):
    return 2000 + n if n <= 30 else 1900 + n


def read_vintage(conn, label):
    if conn == "caisse":
        last = label.split()[-1]
        return two_digit(int(last)) if re.fullmatch(r"\d\d", last) else None
    if conn == "salle":
        m = SALLE_RE.match(label)
        if not m:
            return None
        found = re.findall(r"\b(?:19|20)\d\d\b", m.group("name"))
        return int(found[-1]) if found else None
    f = label.split(";")
    return int(f[3]) if len(f) == 5 and re.fullmatch(r"\d{4}", f[3]) else None


def check_form(conn, label, errors):
    where = "%s label %r" % (conn, label)
    if conn == "caisse":
        if not label.isascii() or label != label.upper():
            errors.append(where + ": not ASCII capitals")
        if len(label) > 20 or label != label.strip() or "  " in label:
            errors.append(where + ": not a 20-column key")
    elif conn == "salle":
        m = SALLE_RE.match(label)
        if not m:
            errors.append(where + ": no price / variant form")
        elif m.group("var") and m.group("var") not in SALLE_VARIANTS:
            errors.append(where + ": unknown variant")
        if not re.search(r"[a-zé]", label):
            errors.append(where + ": not mixed case")
    else:
        f = label.split(";")
        if len(f) != 5:
            errors.append(where + ": not 5 fields")
            return
        plu, fam, lib, mill, cont = f
        if not re.fullmatch(r"\d{4}", plu):
            errors.append(where + ": bad PLU")
        if fam not in FAMILIES:
            errors.append(where + ": unknown family")
        if lib != lib.upper() or len(lib) > 30 or lib != lib.strip() or not lib:
            errors.append(where + ": libellé not capitals cut at 30")
        if mill and not re.fullmatch(r"(19|20)\d\d", mill):
            errors.append(where + ": bad MILL field")
        if not (cont in ("COUPE", "UNITE") or re.fullmatch(r"\d+(,5)?CL", cont)):
            errors.append(where + ": bad contenant")


def measure_of(conn, label, drink_rows, entry):
    """(kind, volume) the label asks for, or None."""
    cat = entry["category"]
    bottles = sorted({e["format_cl"] for e in drink_rows if e["format_cl"] < 2000})
    if conn == "caisse":
        first = label.split()[0]
        if first in CAISSE_KEYS:
            return CAISSE_KEYS[first]
        return ("bottle", 75 if cat in WINE else (bottles[0] if len(bottles) == 1 else None))
    if conn == "salle":
        m = SALLE_RE.match(label)
        if not m or not m.group("var"):
            return None
        kind, vol = SALLE_VARIANTS[m.group("var")]
        if vol is None:
            vol = 75 if cat in WINE else (bottles[0] if len(bottles) == 1 else None)
        return kind, vol
    f = label.split(";")
    fam, cont = f[1], f[4]
    if cont == "COUPE":
        return ("pour", 12.5)
    if cont == "UNITE":
        return None
    vol = float(cont[:-2].replace(",", "."))
    vol = int(vol) if vol.is_integer() else vol
    if fam == "BIERES PRESSION":
        return ("draught", vol)
    if vol in bottles:
        return ("bottle", vol)
    return ("pour", vol)


def check(lib_path, cases_path):
    errors = []
    lib_raw = read_jsonl(lib_path, errors, "library")
    cases_raw = read_jsonl(cases_path, errors, "cases")
    lib = []
    for n, pairs in enumerate(lib_raw, 1):
        if [k for k, _ in pairs] != LIB_FIELDS:
            errors.append("library line %d: fields %s" % (n, [k for k, _ in pairs]))
        lib.append(dict(pairs))
    if not 110 <= len(lib) <= 130:
        errors.append("library: %d drinks, not 110-130" % len(lib))
    byid = {}
    seen = set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "nt%03d" % n:
            errors.append("library line %d: id %r out of sequence" % (n, e.get("id")))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errors.append("%s: bad colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errors.append("%s: bad category %r" % (e.get("id"), e.get("category")))
        if e.get("category") in WINE and e.get("colour") is None:
            errors.append("%s: wine without colour" % e.get("id"))
        if e.get("category") in ("spiritueux", "bière", "soft") and e.get("colour") is not None:
            errors.append("%s: colour on a %s" % (e.get("id"), e.get("category")))
        v, fmt = e.get("vintage"), e.get("format_cl")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errors.append("%s: bad vintage" % e.get("id"))
        if not isinstance(fmt, (int, float)) or fmt <= 0:
            errors.append("%s: bad format" % e.get("id"))
        elif fmt >= 2000 and (e.get("category") != "bière" or fmt not in (2000, 3000)):
            errors.append("%s: keg format on a non-beer or odd keg" % e.get("id"))
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            errors.append("%s: duplicate entry" % e.get("id"))
        seen.add(k)

    def drink_of(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                (e["name"], e["producer"], e["appellation"], e["colour"])]

    def same_wine(e):
        return [x for x in drink_of(e) if x["format_cl"] == e["format_cl"]]

    cases, labels = [], set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, pairs in enumerate(cases_raw, 1):
        if [k for k, _ in pairs] != CASE_FIELDS:
            errors.append("cases line %d: fields %s" % (n, [k for k, _ in pairs]))
        c = dict(pairs)
        cases.append(c)
        label, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "case %d %r" % (n, label)
        if not isinstance(label, str) or not label:
            errors.append(where + ": no label")
            continue
        if label in labels:
            errors.append(where + ": duplicate label")
        labels.add(label)
        if conn not in TILLS:
            errors.append(where + ": unknown connection")
            continue
        if exp not in ("yes", "almost", "none"):
            errors.append(where + ": bad expect")
            continue
        counts[conn][exp] += 1
        check_form(conn, label, errors)
        if not c.get("note"):
            errors.append(where + ": no note")
        lv = read_vintage(conn, label)
        if c.get("vintage") != lv:
            errors.append(where + ": vintage %r but the label reads %r" % (c.get("vintage"), lv))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errors.append(where + ": none with an answer")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errors.append(where + ": unknown beverage_id")
            continue
        if any(a not in byid for a in c.get("also_ok") or []):
            errors.append(where + ": unknown id in also_ok")
            continue
        group = same_wine(e)
        gids = {x["id"] for x in group}
        meas = measure_of(conn, label, drink_of(e), e)
        if meas is None or meas[1] is None:
            errors.append(where + ": no measure on a drink label")
            continue
        kind, vol = meas
        fmt = e["format_cl"]
        if kind == "draught" and fmt < 2000:
            errors.append(where + ": draught measure on a bottle entry")
        if kind == "bottle" and fmt != vol:
            errors.append(where + ": bottle of %s cl answered with a %s cl entry" % (vol, fmt))
        if kind == "pour":
            b = sorted({x["format_cl"] for x in drink_of(e) if x["format_cl"] < 2000})
            ordinary = 75 if 75 in b else (b[0] if len(b) == 1 else None)
            if fmt != ordinary:
                errors.append(where + ": pour answered with a %s cl entry, not the ordinary bottle" % fmt)
        want = 1 if vol == fmt else round(vol / fmt, 4)
        if c.get("units_per_sale") != want:
            errors.append(where + ": units %r, the measure gives %r" % (c.get("units_per_sale"), want))
        also = c.get("also_ok") or []
        vints = [x["vintage"] for x in group]
        if exp == "yes":
            if lv is not None and any(v is not None for v in vints):
                if e["vintage"] != lv or also:
                    errors.append(where + ": yes with a vintage must be that vintage, also_ok empty")
            else:
                if set(also) != gids - {e["id"]}:
                    errors.append(where + ": also_ok is not the other vintages")
                if any((x["vintage"] or 0) > (e["vintage"] or 0) for x in group):
                    errors.append(where + ": not the most recent vintage")
        else:
            if lv is None or lv in vints or None in vints:
                errors.append(where + ": almost without a missing vintage")
            else:
                best = min(group, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
                if best["id"] != e["id"]:
                    errors.append(where + ": almost is not the nearest vintage")
                if set(also) != gids - {e["id"]}:
                    errors.append(where + ": also_ok is not the other vintages")
        lt = tokens(label.split(";")[2] if conn == "compta" else label)
        et = tokens(" ".join(str(e[f] or "") for f in ("name", "producer", "appellation")))
        if not any(a == b or (len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)))
                   for a in lt if not a.isdigit() or len(a) > 2 for b in et):
            errors.append(where + ": shares no word or stem with its entry")
    total = len(cases)
    if not 280 <= total <= 300:
        errors.append("cases: %d, not 280-300" % total)
    elif total:
        share = {x: sum(counts[t][x] for t in TILLS) / total for x in ("yes", "almost", "none")}
        for x, (lo, hi) in {"yes": (.45, .52), "almost": (.12, .17), "none": (.33, .40)}.items():
            if not lo <= share[x] <= hi:
                errors.append("cases: %s at %.1f %%" % (x, 100 * share[x]))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if counts[t][x] == 0:
                errors.append("till %s has no %s" % (t, x))
    return errors, counts


def report(counts):
    tot = {x: sum(counts[t][x] for t in TILLS) for x in ("yes", "almost", "none")}
    n = sum(tot.values())
    print("| till | yes | almost | none | total |")
    for t in TILLS:
        print("| %s | %d | %d | %d | %d |" % (t, counts[t]["yes"], counts[t]["almost"],
                                              counts[t]["none"], sum(counts[t].values())))
    print("| total | %d | %d | %d | %d |" % (tot["yes"], tot["almost"], tot["none"], n))


def selftest():
    import tempfile
    lib_lines = open(os.path.join(HERE, "niort_library.jsonl"), encoding="utf-8").read().splitlines()
    case_lines = open(os.path.join(HERE, "niort_cases.jsonl"), encoding="utf-8").read().splitlines()
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    breaks = {}

    def brk(name, lib=None, cases=None):
        breaks[name] = (lib if lib is not None else lib_lines, cases if cases is not None else case_lines)

    cl = list(case_lines); cl[5] = cl[5][:-3]; brk("non-JSON line", cases=cl)
    c = copy.deepcopy(C); i = 7; c[i] = dict(reversed(list(c[i].items()))); brk("fields out of order", cases=dump(c))
    l = copy.deepcopy(L); l[10]["id"] = "nt999"; brk("library id out of sequence", lib=dump(l))
    l = copy.deepcopy(L); l[0]["colour"] = "jaune"; brk("bad colour", lib=dump(l))
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["also_ok"]); c[i]["also_ok"] = []
    brk("also_ok dropped", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"], *c[i]["also_ok"][1:]]
    brk("almost on the far vintage", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["label"].startswith("VRE ") and x["expect"] == "yes")
    c[i]["units_per_sale"] = 0.2; brk("glass units wrong", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse" and x["expect"] == "yes")
    c[i]["label"] = c[i]["label"] + " BOUTEILLE XX"; brk("caisse label over 20 columns", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "salle")
    c[i]["label"] = c[i]["label"].rsplit(" ", 1)[0]; brk("salle label without price", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "none")
    c[i]["beverage_id"] = "nt001"; brk("none with an id", cases=dump(c))
    c = copy.deepcopy(C); c[3]["label"] = c[2]["label"]; brk("duplicate label", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: "cut off" in x["note"]); c[i]["vintage"] = int(x_cut(c[i]["note"]))
    brk("cut vintage kept", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["label"].startswith("DEMI ") and x["expect"] == "yes")
    c[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Kronenbourg 1664" and e["format_cl"] == 25)
    brk("draught on a bottle entry", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "compta")
    f = c[i]["label"].split(";"); f[1] = "BOISSONS"; c[i]["label"] = ";".join(f)
    brk("compta unknown family", cases=dump(c))
    c = copy.deepcopy(C); i = first(lambda x: "(Demi-bouteille)" in x["label"] and x["expect"] == "yes")
    e = next(e for e in L if e["id"] == c[i]["beverage_id"])
    c[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and x["format_cl"] == 75)
    brk("half answered with the 75 cl entry", cases=dump(c))
    brk("too few cases", cases=case_lines[:250])
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "caisse")
    c[i]["label"] = c[i]["label"].lower(); brk("caisse label in lower case", cases=dump(c))
    l = copy.deepcopy(L); i = next(k for k, e in enumerate(L) if e["category"] == "vin")
    l[i]["colour"] = None; brk("wine without colour", lib=dump(l))
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"] and x["also_ok"] == []
                                    and any(e["name"] == next(b for b in L if b["id"] == x["beverage_id"])["name"]
                                            and e["id"] != x["beverage_id"] and e["format_cl"] ==
                                            next(b for b in L if b["id"] == x["beverage_id"])["format_cl"] for e in L))
    e = next(b for b in L if b["id"] == c[i]["beverage_id"])
    c[i]["beverage_id"] = next(b["id"] for b in L if b["name"] == e["name"] and b["format_cl"] == e["format_cl"]
                               and b["id"] != e["id"])
    brk("yes on another vintage", cases=dump(c))

    ok = True
    with tempfile.TemporaryDirectory() as d:
        def run(lib, cases):
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(lib) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cases) + "\n")
            return check(lp, cp)[0]
        errs = run(lib_lines, case_lines)
        print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
        ok &= not errs
        for name, (lib, cases) in breaks.items():
            errs = run(lib, cases)
            print("%-36s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
            ok &= bool(errs)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "FAILED"))
    return ok


def x_cut(note):
    return re.search(r"\[(\d{4}) cut off", note).group(1)


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errors, counts = check(os.path.join(HERE, "niort_library.jsonl"), os.path.join(HERE, "niort_cases.jsonl"))
    for e in errors:
        print("ERROR", e)
    report(counts)
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
