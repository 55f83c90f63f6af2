#!/usr/bin/env python3
"""Check the grenoble held-out set.  Reads only grenoble_library.jsonl and
grenoble_cases.jsonl.  python3 check_grenoble.py [--selftest]"""
import copy
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CAISSE_FAM = {"ROUG": "R", "BLAN": "B", "ROSE": "S", "BULL": "U", "BIER": "BI", "PRES": "PR",
              "DIGE": "DG", "APER": "AP", "SOFT": "SO", "CHAU": "CH", "CUIS": "CU", "DIVE": "DV"}
APRES_FAM = {"VR": "R", "VB": "B", "RS": "S", "BU": "U", "BI": "BI", "PR": "PR", "DG": "DG",
             "AP": "AP", "SO": "SO", "BC": "CH", "CU": "CU", "DV": "DV"}
APRES_PLU = {"VR": 1, "VB": 2, "RS": 3, "BU": 3, "BI": 4, "PR": 4, "DG": 5, "AP": 6, "SO": 7,
             "BC": 8, "CU": 9, "DV": 9}
# measure word -> (kind, volume): kind bottle / glass
MEAS = {
    "caisse": {"MAG": ("mag", None), "1/2": ("half", None), "VRE": ("glass", 12.5),
               "VRE15": ("glass", 15), "PICH25": ("glass", 25), "PICH50": ("glass", 50),
               "COUPE": ("glass", 12.5), "DOSE": ("glass", 4), "2CL": ("glass", 2),
               "DEMI": ("beer", 25), "PINTE": ("glass", 50)},
    "apres": {"MAG": ("mag", None), "DEMI": ("beer", 25), "VRE": ("glass", 12.5),
              "VRE15": ("glass", 15), "PICH25": ("glass", 25), "PICH50": ("glass", 50),
              "CP": ("glass", 12.5), "DOSE": ("glass", 4), "2CL": ("glass", 2),
              "PINTE": ("glass", 50), "BTL": ("btl", None)},
}
SALLE_MEAS = [("1/2 btl", ("half", None)), ("magnum", ("mag", None)),
              ("verre 15cl", ("glass", 15)), ("verre", ("glass", 12.5)),
              ("pichet 25cl", ("glass", 25)), ("pichet 50cl", ("glass", 50)),
              ("coupe", ("glass", 12.5)), ("dose", ("glass", 4)), ("2cl", ("glass", 2)),
              ("demi", ("beer", 25)), ("pinte", ("glass", 50))]
ABBR = {"cdr": "cotes", "cndp": "chateauneuf", "bgne": "bourgogne", "stjo": "joseph",
        "mtblanc": "mont", "mt": "mont", "kro": "kronenbourg", "pn": "pinot", "ftb": "barrel",
        "bdb": "blancs", "cte": "cote", "jpjf": "quenard", "rg": "rouge", "bl": "blanc",
        "chard": "chardonnay", "chardo": "chardonnay", "despe": "desperados", "cr": "cremant",
        "calva": "calvados", "gen": "genepi", "mart": "martini"}
MEASURE_WORDS = {"vre", "vre15", "pich25", "pich50", "coupe", "dose", "2cl", "demi", "pinte",
                 "btl", "mag", "magnum", "verre", "pichet", "cp", "15cl", "25cl", "50cl"}


def ascii_low(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def read_vintage(conn, label):
    if conn == "salle":
        ys = [t for t in re.findall(r"[0-9]+(?:,[0-9]+)?", label)
              if re.fullmatch(r"(19|20)[0-9]{2}", t)]
        return int(ys[0]) if ys else None
    body = label.split(" ", 1)[1] if conn == "apres" else label
    last = re.split(r"[ .]", body)[-1]
    if re.fullmatch(r"[0-9]{2}", last):
        v = int(last)
        return 2000 + v if v <= 40 else 1900 + v
    return None


def measure(conn, label):
    """(family or None, kind, volume) read from the label."""
    if conn == "caisse":
        toks = label.split(" ")
        fam = CAISSE_FAM.get(toks[0])
        m = MEAS["caisse"].get(toks[1]) if len(toks) > 1 else None
        return fam, m or ("btl", None)
    if conn == "apres":
        desc = label.split(" ", 1)[1]
        code, rest = desc.split("-", 1)
        first = rest.split(".")[0]
        return APRES_FAM.get(code), MEAS["apres"].get(first, ("btl", None))
    body = re.sub(r" [0-9]+,[0-9]{2}$", "", label)
    for w, m in SALLE_MEAS:
        if body.endswith(" " + w):
            return None, m
    return None, ("btl", None)


def shares_word(label, e):
    words = set()
    for f in ("name", "producer", "appellation"):
        words |= {w for w in re.split(r"[^a-z0-9]+", ascii_low(e[f])) if len(w) >= 2}
    for t in re.split(r"[^a-z0-9]+", ascii_low(label)):
        if len(t) < 2 or t in MEASURE_WORDS or (re.fullmatch(r"[0-9]+", t) and len(t) < 4):
            continue
        if t in ABBR and ABBR[t] in words:
            return True
        for w in words:
            if len(w) >= 3 and (w in t or (len(t) >= 3 and w.startswith(t))
                                or (len(t) >= 4 and len(w) >= 4 and t[:4] == w[:4])):
                return True
            if t == w:
                return True
    return False


def family_ok(fam, e):
    c, k, f = e["colour"], e["category"], e["format_cl"]
    return {"R": c == "rouge" and k == "vin", "B": c == "blanc" and k == "vin",
            "S": c == "rosé" and k == "vin",
            "U": k == "champagne" or (k == "vin" and c == "effervescent"),
            "BI": k == "bière" and f < 1000, "PR": k == "bière" and f >= 1000,
            "DG": k == "spiritueux", "AP": k in ("autre", "spiritueux"),
            "SO": k == "soft"}.get(fam, False)


def load(path, fields, errs):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except ValueError:
                errs.append("%s:%d invalid JSON" % (os.path.basename(path), n))
                continue
            if list(r) != fields:
                errs.append("%s:%d fields %s" % (os.path.basename(path), n, list(r)))
            rows.append(r)
    return rows


def check(libp, casep):
    errs = []
    lib = load(libp, LIB_FIELDS, errs)
    cases = load(casep, CASE_FIELDS, errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "gb%03d" % i:
            errs.append("id out of sequence at %d: %s" % (i, e.get("id")))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append("%s bad colour/category" % e.get("id"))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            errs.append("%s colour against category" % e.get("id"))
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errs.append("%s vintage" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)):
            errs.append("%s format" % e.get("id"))
    wines = {}
    for e in lib:
        wines.setdefault((e["name"], e["producer"], e["appellation"], e["colour"]), []).append(e)

    def wkey(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    labels = [c.get("label") for c in cases]
    for l in set(labels):
        if labels.count(l) > 1:
            errs.append("duplicate label %r" % l)
    for c in cases:
        L, conn, x = c.get("label", ""), c.get("connection"), c.get("expect")
        tag = "%r" % L
        if conn not in ("caisse", "salle", "apres"):
            errs.append(tag + " unknown connection")
            continue
        # the till's form
        if conn == "caisse":
            if len(L) > 18 or not re.fullmatch(r"[A-Z0-9 /]+", L) or L.split(" ")[0] not in CAISSE_FAM:
                errs.append(tag + " caisse form")
        elif conn == "apres":
            m = re.fullmatch(r"([0-9]{3}) ([A-Z]{2})-([A-Z0-9./]+)", L)
            if not m or m.group(2) not in APRES_FAM or len(L) - 4 > 22:
                errs.append(tag + " apres form")
            elif int(m.group(1)) // 100 != APRES_PLU[m.group(2)]:
                errs.append(tag + " apres PLU against family")
        else:
            if not re.search(r"[a-zé]", L) or not re.search(r" [0-9]+,[0-9]{2}$", L) \
                    or L.split(" ")[0] in CAISSE_FAM:
                errs.append(tag + " salle form")
        try:
            v = read_vintage(conn, L)
        except Exception:
            v = "?"
        if v != c.get("vintage"):
            errs.append(tag + " vintage %r, label says %r" % (c.get("vintage"), v))
        if x == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append(tag + " none with a drink")
            continue
        if x not in ("yes", "almost"):
            errs.append(tag + " expect %r" % x)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(tag + " unknown id")
            continue
        fam, (kind, vol) = measure(conn, L)
        if fam is not None and not family_ok(fam, e):
            errs.append(tag + " family against %s" % e["id"])
        allf = wines[wkey(e)]
        fmts = sorted({a["format_cl"] for a in allf})
        ordin = 75 if 75 in fmts else fmts[0]
        if e["category"] == "bière" and kind in ("beer", "glass") and fmts[-1] >= 1000:
            ordin = fmts[-1]   # a pour of a beer held on draught comes from the keg
        is_wine = e["category"] in ("vin", "champagne")
        if kind == "beer" and is_wine:
            kind = "half"
        if kind == "mag":
            want_f, units = 150, 1
        elif kind == "half":
            want_f, units = 37.5, 1
        elif kind == "btl":
            want_f, units = ordin, 1
        else:
            if kind == "beer" and e["category"] != "bière":
                errs.append(tag + " demi on a non-beer")
            want_f, units = ordin, round(vol / ordin, 4)
        if e["format_cl"] != want_f:
            errs.append(tag + " format %s, label means %s" % (e["format_cl"], want_f))
        if c.get("units_per_sale") != units:
            errs.append(tag + " units %r, measure gives %r" % (c.get("units_per_sale"), units))
        if kind == "glass" and vol >= 20 and e["category"] == "bière" and e["format_cl"] < 1000:
            errs.append(tag + " pint of a bottled beer")
        if kind == "btl" and not is_wine:
            for n, u in re.findall(r"([0-9]+(?:[.,][0-9]+)?)(CL|L|cl|l)\b", L):
                vcl = float(n.replace(",", ".")) * (100 if u.lower() == "l" else 1)
                if vcl != e["format_cl"]:
                    errs.append(tag + " volume %s against %s" % (vcl, e["format_cl"]))
        group = [a for a in allf if a["format_cl"] == e["format_cl"]]
        others = sorted(a["id"] for a in group if a is not e)
        lv = c.get("vintage")
        held = [a["vintage"] for a in group]
        if x == "yes":
            if lv is not None and e["vintage"] is not None:
                if e["vintage"] != lv or c.get("also_ok") != []:
                    errs.append(tag + " yes with vintage not on that vintage / also_ok")
            else:
                if e["vintage"] != max(h or 0 for h in held) and e["vintage"] is not None:
                    errs.append(tag + " yes without vintage not on the most recent")
                if sorted(c.get("also_ok")) != others:
                    errs.append(tag + " also_ok should list %s" % others)
        else:
            if lv is None or lv in held or e["vintage"] is None:
                errs.append(tag + " almost but the vintage is held or absent")
            else:
                best = sorted(group, key=lambda a: (abs(a["vintage"] - lv), -a["vintage"]))[0]
                if best is not e:
                    errs.append(tag + " almost not on the nearest vintage")
                if sorted(c.get("also_ok")) != others:
                    errs.append(tag + " almost also_ok should list %s" % others)
        if not shares_word(L, e):
            errs.append(tag + " shares no word with %s" % e["id"])
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases" % n)
    if n:
        share = {k: sum(c.get("expect") == k for c in cases) / n for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[k] <= hi:
                errs.append("%s share %.3f" % (k, share[k]))
        for conn in ("caisse", "salle", "apres"):
            for k in ("yes", "almost", "none"):
                if not any(c.get("connection") == conn and c.get("expect") == k for c in cases):
                    errs.append("%s has no %s" % (conn, k))
    return errs, lib, cases


def selftest():
    libp = os.path.join(HERE, "grenoble_library.jsonl")
    casep = os.path.join(HERE, "grenoble_cases.jsonl")
    errs, lib, cases = check(libp, casep)
    assert not errs, errs
    print("clean files: pass")

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk_case(fn):
        cs = copy.deepcopy(cases)
        fn(cs)
        return lib, cs

    def brk_lib(fn):
        lb = copy.deepcopy(lib)
        fn(lb)
        return lb, cases

    ia = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    ig = first(lambda c: c["units_per_sale"] not in (None, 1))
    iv = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    im = first(lambda c: " MAG " in c["label"] and c["expect"] == "yes")
    iy = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    ik = first(lambda c: c["connection"] == "caisse")
    isl = first(lambda c: c["connection"] == "salle")
    ip = first(lambda c: c["connection"] == "apres")
    idem = first(lambda c: " DEMI " in c["label"] and c["connection"] == "caisse" and c["expect"] == "yes")
    inone = first(lambda c: c["expect"] == "none")
    ifam = first(lambda c: c["label"].startswith("ROUG ") and c["expect"] == "yes")

    def swap_almost(cs):
        c = cs[ia]
        c["beverage_id"], c["also_ok"][0] = c["also_ok"][0], c["beverage_id"]

    byid = {e["id"]: e for e in lib}
    breaks = {
        "almost on the farther vintage": brk_case(swap_almost),
        "glass units changed": brk_case(lambda cs: cs[ig].update(units_per_sale=0.2)),
        "vintage field changed": brk_case(lambda cs: cs[iv].update(vintage=cs[iv]["vintage"] - 1)),
        "magnum pointed at the 75 cl": brk_case(lambda cs: cs[im].update(
            beverage_id=next(e["id"] for e in lib if e["name"] == byid[cs[im]["beverage_id"]]["name"]
                         and e["format_cl"] == 75))),
        "yes without vintage on older": brk_case(lambda cs: cs[iy].update(
            beverage_id=cs[iy]["also_ok"][0], also_ok=[cs[iy]["beverage_id"], *cs[iy]["also_ok"][1:]])),
        "caisse label too long / lower": brk_case(lambda cs: cs[ik].update(label=cs[ik]["label"].lower() + " extra")),
        "salle label without price": brk_case(lambda cs: cs[isl].update(label=re.sub(r" [0-9]+,[0-9]{2}$", "", cs[isl]["label"]))),
        "apres PLU against family": brk_case(lambda cs: cs[ip].update(label="9" + cs[ip]["label"][1:])),
        "demi units from a 30 L keg changed": brk_case(lambda cs: cs[idem].update(units_per_sale=0.0125)),
        "none with a drink": brk_case(lambda cs: cs[inone].update(beverage_id="gb001")),
        "duplicate label": brk_case(lambda cs: cs[1].update(label=cs[0]["label"])),
        "field order": brk_case(lambda cs: cs.__setitem__(0, dict(reversed(list(cs[0].items()))))),
        "id out of sequence": brk_lib(lambda lb: lb[5].update(id="gb099")),
        "bad colour": brk_lib(lambda lb: lb[0].update(colour="red")),
        "family against colour": brk_case(lambda cs: cs[ifam].update(label="BLAN" + cs[ifam]["label"][4:])),
        "too few cases": brk_case(lambda cs: cs.__delitem__(slice(0, 40))),
        "unknown connection": brk_case(lambda cs: cs[3].update(connection="web")),
    }
    ok = True
    with tempfile.TemporaryDirectory() as d:
        for name, (lb, cs) in breaks.items():
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in lb)
            with open(cp, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in cs)
            if name == "bad JSON":
                pass
            e, _, _ = check(lp, cp)
            print("%-36s %s (%s)" % (name, "reported" if e else "MISSED", e[0] if e else ""))
            ok &= bool(e)
        # invalid JSON line
        cp = os.path.join(d, "c.jsonl")
        with open(casep, encoding="utf-8") as fh:
            txt = fh.read()
        with open(cp, "w", encoding="utf-8") as fh:
            fh.write(txt.replace("}\n", "\n", 1))
        e, _, _ = check(libp, cp)
        print("%-36s %s" % ("invalid JSON", "reported" if e else "MISSED"))
        ok &= bool(e)
    print("selftest:", "PASS" if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, lib, cases = check(os.path.join(HERE, "grenoble_library.jsonl"),
                             os.path.join(HERE, "grenoble_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    n = len(cases)
    for conn in ("caisse", "salle", "apres", None):
        sel = [c for c in cases if conn is None or c["connection"] == conn]
        print("%-7s %3d  " % (conn or "total", len(sel)) + "  ".join(
            "%s %d" % (k, sum(c["expect"] == k for c in sel)) for k in ("yes", "almost", "none")))
    print("%d drinks, %d cases: %s" % (len(lib), n, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
