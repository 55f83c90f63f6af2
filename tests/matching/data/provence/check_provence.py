#!/usr/bin/env python3
"""Check the blind set "provence" from its two jsonl files alone (no build module).

python3 check_provence.py            check provence_library.jsonl and provence_cases.jsonl
python3 check_provence.py --selftest break copies on purpose and show each break is reported
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
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEG = 2000

# family -> (kind, allowed colours or categories)
C_FAM = {"ROSE": "rs", "BLANC": "bl", "ROUGE": "rg", "CHAMP": "ch", "APERO": "ap",
         "ALCOOL": "al", "BIERE": "bi", "SOFT": "so", "CUISINE": "cu", "DIVERS": "dv"}
T_FAM = {"vrs": "rs", "vb": "bl", "vr": "rg", "chp": "ch", "ape": "ap", "dig": "al",
         "bib": "bi", "pre": "bi", "sft": "so", "cui": "cu", "div": "dv"}
S_FAM = {"VINS RSE": "rs", "VINS BLC": "bl", "VINS RGE": "rg", "CHAMPAGNES": "ch",
         "APERITIFS": "ap", "ALCOOLS": "al", "BIERES": "bi", "SOFTS": "so", "PLATS": "cu",
         "DIVERS": "dv"}
WINE_FAMS = ("rs", "bl", "rg", "ch")
FAM_OK = {"rs": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
          "bl": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
          "rg": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
          "ch": lambda e: e["category"] == "champagne",
          "ap": lambda e: e["category"] in ("spiritueux", "autre"),
          "al": lambda e: e["category"] == "spiritueux",
          "bi": lambda e: e["category"] == "bière",
          "so": lambda e: e["category"] == "soft",
          "cu": lambda e: False, "dv": lambda e: False}
VOL = {"verre": 12.5, "cp": 12.5, "p25": 25, "p50": 50, "dose": 4, "demi": 25, "pinte": 50}
PRICE = r"\d{1,3},\d\d"


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def size_cl(tok):
    """'33CL', '35.5cl', '37,5cl', '1L', '1l', '100cl' -> cl, or None."""
    t = tok.lower()
    if t == "1l":
        return 100.0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)cl", t)
    return float(m.group(1).replace(",", ".")) if m else None


def parse(till, label):
    """-> dict(fam, meas, size, vintage, name) or raises ValueError on a malformed label."""
    if till == "C":
        if len(label) != 31:
            raise ValueError("C label is not 24 + 7 columns")
        body, price = label[:24].rstrip(), label[24:]
        if not re.fullmatch(r" *" + PRICE, price) or not price.startswith(" "):
            raise ValueError("C price column")
        if label[:24] != body.ljust(24):
            raise ValueError("C body padding")
        if body != body.upper() or not body.isascii():
            raise ValueError("C body not ASCII capitals")
        m = re.fullmatch(r"([A-Z]+)/(.+)", body)
        if not m or m.group(1) not in C_FAM:
            raise ValueError("C family")
        fam, rest = C_FAM[m.group(1)], m.group(2)
        meas, size = "btl", None
        for word, code in (("PICHET 25 ", "p25"), ("PICHET 50 ", "p50"), ("VERRE ", "verre"),
                           ("1/2 ", "half"), ("MAG ", "mag"), ("CP ", "cp"), ("DOSE ", "dose"),
                           ("DEMI ", "demi"), ("PINTE ", "pinte")):
            if rest.startswith(word):
                meas, rest = code, rest[len(word):]
                break
        else:
            first = rest.split()[0]
            if size_cl(first) is not None:
                meas, size, rest = "size", size_cl(first), rest[len(first) + 1:]
        toks = rest.split()
        if fam in ("cu", "dv"):
            meas = None
        vint = None
        if fam in WINE_FAMS and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
            toks = toks[:-1]
        return {"fam": fam, "meas": meas, "size": size, "vintage": vint, "name": " ".join(toks)}
    if till == "T":
        if label != label.lower():
            raise ValueError("T label not lower case")
        m = re.fullmatch(r"([a-z]+)-(.+) (" + PRICE + ")", label)
        if not m or m.group(1) not in T_FAM:
            raise ValueError("T family or price")
        fam, rest = T_FAM[m.group(1)], m.group(2)
        meas, size = "btl", None
        for word, code in ((" pichet 25cl", "p25"), (" pichet 50cl", "p50"),
                           (" verre", "verre"), (" 1/2 btl", "half"), (" magnum", "mag"),
                           (" coupe", "cp"), (" dose", "dose"), (" demi", "demi"),
                           (" pinte", "pinte")):
            if rest.endswith(word):
                meas, rest = code, rest[:-len(word)]
                break
        else:
            last = rest.split()[-1]
            if size_cl(last) is not None and len(rest.split()) > 1:
                meas, size, rest = "size", size_cl(last), rest[:-len(last) - 1]
        if fam in ("cu", "dv"):
            meas = None
        if (m.group(1) == "pre") != (meas in ("demi", "pinte")):
            raise ValueError("T: pre- family and draught measure disagree")
        vint = None
        vm = re.search(r" '(\d\d)$", rest)
        if vm:
            if fam not in WINE_FAMS:
                raise ValueError("T vintage on a non-wine")
            vint, rest = 2000 + int(vm.group(1)), rest[:vm.start()]
        return {"fam": fam, "meas": meas, "size": size, "vintage": vint, "name": rest}
    if till == "S":
        for word, fam in S_FAM.items():
            if label.startswith(word + " "):
                rest = label[len(word) + 1:]
                break
        else:
            raise ValueError("S family")
        m = re.fullmatch(r"(.+) (" + PRICE + ")", rest)
        if not m:
            raise ValueError("S price")
        rest = m.group(1)
        meas, size = None, None
        for word, code in ((" Pichet 25cl", "p25"), (" Pichet 50cl", "p50"),
                           (" Verre", "verre"), (" Coupe", "cp"), (" Dose", "dose"),
                           (" Demi", "demi"), (" Pinte", "pinte")):
            if rest.endswith(word):
                meas, rest = code, rest[:-len(word)]
                break
        else:
            last = rest.split()[-1]
            if size_cl(last) is not None:
                meas, size, rest = "size", size_cl(last), rest[:-len(last) - 1]
        if fam in ("cu", "dv"):
            if meas is not None:
                raise ValueError("S: a measure on food or service")
            return {"fam": fam, "meas": None, "size": None, "vintage": None, "name": rest}
        if meas is None:
            raise ValueError("S: no measure on a drink")
        vint = None
        if fam in WINE_FAMS:
            vm = re.search(r" (\d{4}|N\.V\.)$", rest)
            if not vm:
                raise ValueError("S: wine without its year field")
            vint = None if vm.group(1) == "N.V." else int(vm.group(1))
            rest = rest[:vm.start()]
            if meas == "size":
                meas = {75.0: "btl", 37.5: "half", 150.0: "mag"}.get(size, "size")
        return {"fam": fam, "meas": meas, "size": size, "vintage": vint, "name": rest}
    raise ValueError("unknown connection %r" % till)


GLUED = ("chtles", "chtste", "chtla", "chtst", "cht", "domla", "dom")  # C: initials glued


def tokens(s):
    out = []
    for t in re.split(r"[^0-9a-z]+", fold(s)):
        if not t:
            continue
        out.append(t)
        for g in GLUED:
            if t.startswith(g) and len(t) - len(g) >= 3:
                out.append(t[len(g):])
                break
    return out


def fair(name, entry):
    """The label's name shares a word, a stem or a number with the entry."""
    ent = tokens(entry["name"] + " " + entry["producer"])
    for lt in tokens(name):
        if lt.isdigit():
            if lt in ent:
                return True
            continue
        if len(lt) < 3:
            continue
        for et in ent:
            if len(et) >= 3 and (et.startswith(lt[:4]) or lt.startswith(et[:4])):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            o = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if list(o) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(o)))
            continue
        lib.append(o)
    if not 110 <= len(lib_lines) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib_lines))
    by_id = {}
    for n, e in enumerate(lib, 1):
        if e["id"] != "pv%03d" % n:
            errs.append("library: id %s at position %d" % (e["id"], n))
        by_id[e["id"]] = e
        if e["colour"] not in COLOURS:
            errs.append("%s: colour %r" % (e["id"], e["colour"]))
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if wine == (e["colour"] is None):
            errs.append("%s: colour %r for a %s" % (e["id"], e["colour"], e["category"]))
        if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour %r" % (e["id"], e["colour"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int)
                                         and 1950 <= e["vintage"] <= 2025)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        elif e["category"] != "bière" and e["format_cl"] >= KEG:
            errs.append("%s: a keg size on a non-beer" % e["id"])
        if not e["name"] or not e["producer"] or e["country"] is None:
            errs.append("%s: empty name, producer or country" % e["id"])
    ident = {}
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"],
             e["vintage"])
        if k in ident:
            errs.append("%s: duplicate of %s" % (e["id"], ident[k]))
        ident[k] = e["id"]

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                    x["format_cl"]) == (e["name"], e["producer"],
                                                        e["appellation"], e["colour"],
                                                        e["format_cl"])]

    def same_drink(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"])
                == (e["name"], e["producer"], e["appellation"], e["colour"])]

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)
    counts = {}
    for c in cases:
        lab, till = c["label"], c["connection"]
        where = "%s %r" % (till, lab)
        if lab in labels:
            errs.append("%s: duplicate label" % where)
        labels.add(lab)
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, c["expect"]))
            continue
        counts.setdefault(till, {}).setdefault(c["expect"], 0)
        counts[till][c["expect"]] += 1
        if not c["note"]:
            errs.append("%s: empty note" % where)
        try:
            p = parse(till, lab)
        except ValueError as ex:
            errs.append("%s: %s" % (where, ex))
            continue
        if p["vintage"] != c["vintage"]:
            errs.append("%s: vintage %r, label says %r" % (where, c["vintage"], p["vintage"]))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or \
                    c["units_per_sale"] is not None:
                errs.append("%s: none with an id, also_ok or units" % where)
            if p["fam"] in ("cu", "dv") and p["meas"] is not None:
                errs.append("%s: measure on food" % where)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if not FAM_OK[p["fam"]](e):
            errs.append("%s: family %s does not fit %s (%s, %s)" % (
                where, p["fam"], e["id"], e["colour"], e["category"]))
        if not fair(p["name"], e):
            errs.append("%s: shares no word with %s %s" % (where, e["id"], e["name"]))
        # format and units from the printed measure
        wine = e["category"] in ("vin", "champagne")
        fmts = sorted({x["format_cl"] for x in same_drink(e)})
        meas, f = p["meas"], e["format_cl"]
        if meas == "btl":
            want, units = (75 if wine else None), 1
            if not wine:
                errs.append("%s: non-wine bottle without its size" % where)
        elif meas == "size":
            want, units = p["size"], 1
        elif meas == "half":
            want, units = 37.5, 1
        elif meas == "mag":
            want, units = 150, 1
        elif meas in ("demi", "pinte"):
            want = [x for x in fmts if x >= KEG]
            want = want[0] if want else "a keg"
            units = round(VOL[meas] / f, 4)
        else:
            small = [x for x in fmts if x < KEG]
            want = 75 if 75 in fmts else (small[0] if len(small) == 1 else "?")
            units = round(VOL[meas] / f, 4)
        if want != f:
            errs.append("%s: label means format %s, %s is %s cl" % (where, want, e["id"], f))
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, measure gives %r" % (where, c["units_per_sale"], units))
        # vintages
        g = group(e)
        vints = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = [x["id"] for x in sorted(g, key=lambda x: x["vintage"] or 0) if x is not e]
        lv = c["vintage"]
        if c["expect"] == "yes":
            if lv is not None and e["vintage"] is not None:
                if e["vintage"] != lv:
                    errs.append("%s: yes on vintage %s, label %s" % (where, e["vintage"], lv))
                if c["also_ok"]:
                    errs.append("%s: also_ok on a yes with a vintage" % where)
            else:
                if vints and e["vintage"] != vints[-1]:
                    errs.append("%s: yes without vintage not on the most recent" % where)
                if c["also_ok"] != others:
                    errs.append("%s: also_ok %s, other vintages %s" % (
                        where, c["also_ok"], others))
        else:
            if lv is None or not vints:
                errs.append("%s: almost without a label vintage or vintages" % where)
                continue
            if lv in vints:
                errs.append("%s: almost but %s is held" % (where, lv))
            best = min(vints, key=lambda v: (abs(v - lv), -v))
            if e["vintage"] != best:
                errs.append("%s: almost on %s, nearest is %s" % (where, e["vintage"], best))
            if c["also_ok"] != others:
                errs.append("%s: also_ok %s, other vintages %s" % (where, c["also_ok"], others))
    n = len(cases)
    if not 280 <= len(case_lines) <= 300:
        errs.append("cases: %d, not 280-300" % len(case_lines))
    tot = {k: sum(counts.get(t, {}).get(k, 0) for t in counts) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100.0 * tot[k] / n <= hi:
            errs.append("cases: %s %.1f %% outside %d-%d %%" % (k, 100.0 * tot[k] / n, lo, hi))
    if sorted(counts) != ["C", "S", "T"]:
        errs.append("connections %s" % sorted(counts))
    for t in counts:
        for k in ("yes", "almost", "none"):
            if not counts[t].get(k):
                errs.append("till %s has no %s" % (t, k))
    return errs, counts


def read():
    with open(os.path.join(HERE, "provence_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "provence_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = read()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files FAIL:", errs[:5])
        return 1
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    K = [json.loads(x) for x in cases]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        for i, c in enumerate(K):
            if pred(c):
                return i
        raise LookupError

    breaks = []

    def brk(name, fn, which="cases"):
        L2, K2 = copy.deepcopy(L), copy.deepcopy(K)
        fn(L2, K2)
        lib2 = dumps(L2)
        cases2 = dumps(K2)
        if which == "rawcase":
            cases2[0] = cases2[0][:-1]
        if which == "order":
            c = K2[0]
            cases2[0] = json.dumps({k: c[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)
        e, _ = check(lib2, cases2)
        breaks.append((name, e))

    def b_almost(L2, K2):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        K2[i]["beverage_id"], K2[i]["also_ok"] = K2[i]["also_ok"][0], [K2[i]["beverage_id"]]

    def b_recent(L2, K2):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        K2[i]["beverage_id"], K2[i]["also_ok"] = K2[i]["also_ok"][0], [K2[i]["beverage_id"]]

    def b_units(L2, K2):
        i = first(lambda c: " verre " in c["label"] and c["expect"] == "yes")
        K2[i]["units_per_sale"] = 0.16

    def b_vintage(L2, K2):
        i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
        K2[i]["vintage"] += 1

    def b_mag(L2, K2):
        i = first(lambda c: "/MAG " in c["label"] and c["expect"] == "yes")
        e = next(x for x in L2 if x["id"] == K2[i]["beverage_id"])
        e75 = next(x for x in L2 if x["name"] == e["name"] and x["format_cl"] == 75)
        K2[i]["beverage_id"], K2[i]["also_ok"] = e75["id"], []

    def b_none(L2, K2):
        i = first(lambda c: c["expect"] == "none")
        K2[i]["beverage_id"] = "pv001"

    def b_also(L2, K2):
        i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
        K2[i]["also_ok"] = []

    def b_dup(L2, K2):
        K2[5]["label"] = K2[4]["label"]

    def b_id(L2, K2):
        L2[10]["id"] = "pv099"

    def b_colour(L2, K2):
        L2[0]["colour"] = "rose"

    def b_family(L2, K2):
        i = first(lambda c: c["label"].startswith("BLANC/") and c["expect"] == "yes")
        j = first(lambda c: c["label"].startswith("ROSE/") and c["expect"] == "yes"
                  and c["vintage"] == K2[i]["vintage"])
        K2[i]["beverage_id"] = K2[j]["beverage_id"]

    def b_width(L2, K2):
        i = first(lambda c: c["connection"] == "C")
        K2[i]["label"] = K2[i]["label"].replace(",", ".")

    def b_case(L2, K2):
        i = first(lambda c: c["connection"] == "T" and c["expect"] == "yes")
        K2[i]["label"] = K2[i]["label"].upper()

    def b_draught(L2, K2):
        i = first(lambda c: "/DEMI " in c["label"] and c["expect"] == "yes")
        e = next(x for x in L2 if x["id"] == K2[i]["beverage_id"])
        b = next(x for x in L2 if x["name"] == e["name"] and x["format_cl"] < KEG)
        K2[i]["beverage_id"] = b["id"]

    def b_expect(L2, K2):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
        K2[i]["expect"] = "almost"

    def b_count(L2, K2):
        K2[:] = [c for c in K2 if not (c["connection"] == "S" and c["expect"] == "almost")]

    def b_unfair(L2, K2):
        i = first(lambda c: c["label"].startswith("SOFT/") and c["expect"] == "yes")
        j = first(lambda c: c["label"].startswith("SOFT/") and c["expect"] == "yes"
                  and c["beverage_id"] != K2[i]["beverage_id"]
                  and c["units_per_sale"] == K2[i]["units_per_sale"])
        K2[i]["beverage_id"] = K2[j]["beverage_id"]

    def nothing(L2, K2):
        pass

    brk("almost pointed at the farther vintage", b_almost)
    brk("no-vintage yes pointed at an older vintage", b_recent)
    brk("units of a glass", b_units)
    brk("vintage field not what the label says", b_vintage)
    brk("magnum pointed at the 75 cl entry", b_mag)
    brk("none with a beverage_id", b_none)
    brk("also_ok emptied", b_also)
    brk("duplicate label", b_dup)
    brk("library id out of sequence", b_id)
    brk("colour not in the bench list", b_colour)
    brk("BLANC/ label pointed at a rosé", b_family)
    brk("C price without decimal comma", b_width)
    brk("T label in capitals", b_case)
    brk("demi pointed at the bottle", b_draught)
    brk("yes turned into almost", b_expect)
    brk("S loses all its almost cases", b_count)
    brk("soft pointed at another soft", b_unfair)
    brk("invalid JSON line", nothing, which="rawcase")
    brk("fields out of order", nothing, which="order")
    bad = 0
    for name, e in breaks:
        ok = bool(e)
        bad += not ok
        print("%-45s %s  %s" % (name, "reported" if ok else "MISSED", e[0] if e else ""))
    print("%d breaks, %d missed" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv[1:]:
        return selftest()
    lib, cases = read()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(sum(v.values()) for v in counts.values())
    print("library %d, cases %d" % (len(lib), n))
    print("till   yes almost none total")
    for t in ("C", "T", "S"):
        d = counts.get(t, {})
        print("%-5s %4d %6d %4d %5d" % (t, d.get("yes", 0), d.get("almost", 0), d.get("none", 0),
                                        sum(d.values())))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
