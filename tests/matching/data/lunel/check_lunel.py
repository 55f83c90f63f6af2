#!/usr/bin/env python3
"""Checks lunel_library.jsonl and lunel_cases.jsonl on their own (imports neither the build
nor its modules). `--selftest` breaks copies on purpose and shows each break is reported."""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "pda", "export")
WINE_FAM = {"RG": {"rouge"}, "BL": {"blanc"}, "RS": {"rosé"}, "DX": {"liquoreux"},
            "BU": {"effervescent"}, "CH": {"effervescent", "rosé"}}
OTHER_FAM = ("AN", "AL", "AP", "BI", "SO", "CU", "DS", "CF", "SV")
# measure words -> ("bottle", cl) or ("pour", cl) or ("draught", cl) or ("unit", None)
CAISSE_M = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
            "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
            "1L": ("bottle", 100), "VRE": ("pour", 12.5), "VR15": ("pour", 15),
            "VR6": ("pour", 6), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50),
            "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("draught", 25),
            "PINTE": ("draught", 50)}
PDA_M = {"1/2 btl": ("bottle", 37.5), "mag": ("bottle", 150), "25cl": ("bottle", 25),
         "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
         "1l": ("bottle", 100), "verre": ("pour", 12.5), "verre 15": ("pour", 15),
         "verre 6cl": ("pour", 6), "coupe": ("pour", 12.5), "pichet 25": ("pour", 25),
         "pichet 50": ("pour", 50), "dose": ("pour", 4), "2cl": ("pour", 2),
         "demi": ("draught", 25), "pinte": ("draught", 50)}
EXPORT_M = {"75cl": ("bottle", 75), "37,5cl": ("bottle", 37.5), "150cl": ("bottle", 150),
            "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50),
            "70cl": ("bottle", 70), "100cl": ("bottle", 100), "Verre 12,5cl": ("pour", 12.5),
            "Verre 15cl": ("pour", 15), "Verre 6cl": ("pour", 6),
            "Coupe 12,5cl": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
            "Pichet 50cl": ("pour", 50), "Dose 4cl": ("pour", 4), "Dose 2cl": ("pour", 2),
            "Demi 25cl": ("draught", 25), "Pinte 50cl": ("draught", 50),
            "Portion": ("unit", None), "Tasse": ("unit", None), "Forfait": ("unit", None)}
STOP = {"a", "de", "la", "le", "les", "du", "des", "d", "l", "st", "ch", "dom", "mas", "clos",
        "rouge", "blanc", "rose", "cuvee", "chateau", "domaine", "biere", "pression", "eau",
        "pastis", "muscat", "ma", "mon", "et"}
ABBREV = {"cdr": "rhone", "cndp": "chateauneuf", "mdl": "lunel", "psl": "loup",
          "tdl": "larzac", "kro": "kronenbourg", "despe": "desperados", "taitt": "taittinger",
          "np": "nobles", "vx": "vieux", "ht": "haut"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s).lower()) if w]


def read_vintage(till, label):
    if till == "caisse":
        fam, _, rest = label.partition("-")
        toks = rest.split()
        if fam in WINE_FAM and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "pda":
        m = re.search(r" '(\d\d)(?: |$)", label)
        return 2000 + int(m.group(1)) if m else None
    body = label.rsplit(" - ", 1)[0]
    m = re.search(r" ((?:19|20)\d\d)$", body)
    return int(m.group(1)) if m else None


def measure(till, label):
    """(kind, cl) of the label, kind bottle/pour/draught/unit; a bare wine label is 75 cl."""
    if till == "caisse":
        rest = label.partition("-")[2]
        first = rest.split(" ")[0] if rest else ""
        return CAISSE_M.get(first, ("bare", None))
    if till == "pda":
        parts = label.split(" + ")
        for p in parts[1:]:
            if p in PDA_M:
                return PDA_M[p]
        return ("bare", None)
    return EXPORT_M.get(label.rsplit(" - ", 1)[-1], ("bad", None))


def form_errors(till, label):
    e = []
    if till == "caisse":
        if len(label) > 24 or label != label.rstrip() or "  " in label:
            e.append("caisse label too long or badly spaced")
        if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9 /]+", label):
            e.append("caisse label not FAM-ASCII CAPITALS")
        elif label[:2] not in WINE_FAM and label[:2] not in OTHER_FAM:
            e.append("caisse unknown family %s" % label[:2])
    elif till == "pda":
        if not re.fullmatch(r"[a-z0-9 .'/+]+", label):
            e.append("pda label not lower-case ASCII")
        if re.search(r"\b(?:19|20)\d\d\b", label):
            e.append("pda label with a four-digit year")
    else:
        if not re.fullmatch(r"A-\d{5} \S.* - \S.*", label):
            e.append("export label not 'A-NNNNN designation - packaging'")
        if label.rsplit(" - ", 1)[-1] not in EXPORT_M:
            e.append("export packaging unknown")
    return e


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append(json.loads(line))
    return rows


def check(lib, cases):
    err = []
    ids = {}
    if not 110 <= len(lib) <= 130:
        err.append("library size %d" % len(lib))
    seen_wine = set()
    for n, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            err.append("library field order %s" % r.get("id"))
        if r.get("id") != "lq%03d" % n:
            err.append("library id out of sequence at %d" % n)
        ids[r.get("id")] = r
        if r["category"] not in CATEGORIES:
            err.append("bad category %s" % r["id"])
        wine = r["category"] in ("vin", "champagne")
        if wine and r["colour"] not in COLOURS:
            err.append("wine without colour %s" % r["id"])
        if not wine and r["colour"] is not None:
            err.append("colour on a non-wine %s" % r["id"])
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            err.append("bad format %s" % r["id"])
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            err.append("bad vintage %s" % r["id"])
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen_wine:
            err.append("entry twice %s" % r["id"])
        seen_wine.add(k)
    def wine_of(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])
    by_wine = defaultdict(list)
    for r in lib:
        by_wine[(wine_of(r), r["format_cl"])].append(r)
    fmts_of = defaultdict(set)
    for r in lib:
        fmts_of[wine_of(r)].add(r["format_cl"])

    if not 280 <= len(cases) <= 300:
        err.append("case count %d" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for l, k in labels.items():
        if k > 1:
            err.append("label twice %r" % l)
    codes = defaultdict(set)
    prods = defaultdict(set)
    for c in cases:
        L = c.get("label")
        if list(c) != CASE_FIELDS:
            err.append("case field order %r" % L)
            continue
        till = c["connection"]
        if till not in TILLS:
            err.append("unknown connection %r" % L)
            continue
        err += ["%s: %r" % (e, L) for e in form_errors(till, L)]
        lv = read_vintage(till, L)
        if lv != c["vintage"]:
            err.append("vintage field %r, label reads %r: %r" % (c["vintage"], lv, L))
        kind, cl = measure(till, L)
        if till == "export":
            code, _, rest = L.partition(" ")
            desig = re.sub(r" (?:19|20)\d\d - ", " - ", rest)
            codes[code].add(desig)
            prods[desig].add(code)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append("none with an answer %r" % L)
            continue
        if c["expect"] not in ("yes", "almost"):
            err.append("bad expect %r" % L)
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            err.append("unknown beverage_id %r" % L)
            continue
        if any(a not in ids for a in c["also_ok"]):
            err.append("unknown also_ok %r" % L)
            continue
        w = wine_of(e)
        # format and units
        if kind == "bare":
            if e["category"] in ("vin", "champagne"):
                if e["format_cl"] != 75:
                    err.append("bare wine label not on a 75 cl entry %r" % L)
            elif len(fmts_of[w]) != 1:
                err.append("bare label on a drink of several formats %r" % L)
            if c["units_per_sale"] != 1:
                err.append("bottle units not 1 %r" % L)
        elif kind == "bottle":
            if e["format_cl"] != cl:
                err.append("bottle size %s but entry %s cl %r" % (cl, e["format_cl"], L))
            if c["units_per_sale"] != 1:
                err.append("bottle units not 1 %r" % L)
        elif kind == "pour":
            fm = fmts_of[w]
            ordinary = 75 if 75 in fm else (next(iter(fm)) if len(fm) == 1 else None)
            if e["format_cl"] != ordinary:
                err.append("pour not on the ordinary bottle %r" % L)
            if c["units_per_sale"] != round(cl / e["format_cl"], 4):
                err.append("pour units %s != %s %r" % (c["units_per_sale"], round(cl / e["format_cl"], 4), L))
        elif kind == "draught":
            if e["category"] != "bière" or e["format_cl"] < 2000:
                err.append("draught measure not on a keg %r" % L)
            elif c["units_per_sale"] != round(cl / e["format_cl"], 4):
                err.append("draught units wrong %r" % L)
        else:
            err.append("drink answer on a non-drink measure %r" % L)
        # caisse family against the entry
        if till == "caisse":
            fam = L[:2]
            if fam in WINE_FAM:
                if e["colour"] not in WINE_FAM[fam] or (fam == "CH") != (e["category"] == "champagne"):
                    err.append("caisse family %s against %s %r" % (fam, e["colour"], L))
            else:
                want = {"AN": "spiritueux", "AL": "spiritueux", "AP": "autre", "BI": "bière",
                        "SO": "soft"}.get(fam)
                if e["category"] != want or (fam == "AN") != (e["appellation"] == "Pastis"):
                    err.append("caisse family %s against %s %r" % (fam, e["category"], L))
        # vintages
        sib = sorted(by_wine[(w, e["format_cl"])], key=lambda r: -(r["vintage"] or 0))
        sib_ids = [r["id"] for r in sib]
        held = [r["vintage"] for r in sib]
        if c["expect"] == "yes":
            if lv is not None and held != [None]:
                if e["vintage"] != lv or c["also_ok"]:
                    err.append("yes with a vintage not on its entry or with also_ok %r" % L)
            else:
                if c["beverage_id"] != sib_ids[0] or c["also_ok"] != sib_ids[1:]:
                    err.append("yes without vintage: not most recent + others %r" % L)
        else:
            if lv is None or lv in held or None in held:
                err.append("almost without a missing vintage %r" % L)
            else:
                best = min(sib, key=lambda r: (abs(r["vintage"] - lv), -r["vintage"]))
                if c["beverage_id"] != best["id"]:
                    err.append("almost not on the nearest vintage %r" % L)
                if c["also_ok"] != [i for i in sib_ids if i != best["id"]]:
                    err.append("almost also_ok not the other vintages %r" % L)
        # a shared word, stem or standard abbreviation with the entry
        ew = set(words(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x)))
        ok = False
        for t in words(L):
            if t in STOP or (till == "export" and re.fullmatch(r"\d{5}", t)):
                continue
            if (t in ew and len(t) >= 2) or ABBREV.get(t) in ew or (len(t) >= 3 and any(x.startswith(t) or (len(t) >= 4 and len(x) >= 4 and x[:4] == t[:4]) for x in ew)):
                ok = True
        if not ok:
            err.append("label shares no word with its entry %r" % L)
    for code, ds in codes.items():
        if len(ds) > 1:
            err.append("export code %s used for %d products" % (code, len(ds)))
    for d, cs in prods.items():
        if len(cs) > 1:
            err.append("export product %r under %d codes" % (d, len(cs)))
    # counts
    n = len(cases)
    cnt = Counter(c.get("expect") for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * cnt[k] / max(n, 1)
        if not lo <= p <= hi:
            err.append("share of %s %.1f %% outside %d-%d" % (k, p, lo, hi))
    by = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if by[(t, k)] == 0:
                err.append("till %s has no %s" % (t, k))
    return err, by


def selftest(lib, cases):
    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, fn):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(L, C)
        breaks.append((name, L, C))

    glass = first(lambda c: c["connection"] == "pda" and c["label"].endswith("+ verre") and c["expect"] == "yes")
    brk("glass units", lambda L, C: C[glass].__setitem__("units_per_sale", 1))
    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    def far(L, C):
        c = C[alm]; c["beverage_id"], c["also_ok"][0] = c["also_ok"][0], c["beverage_id"]
    brk("almost on the farther vintage", far)
    ca = first(lambda c: c["connection"] == "caisse" and len(c["label"]) == 24)
    brk("caisse label too long", lambda L, C: C[ca].__setitem__("label", C[ca]["label"] + "X"))
    no = first(lambda c: c["expect"] == "none")
    brk("none with an id", lambda L, C: C[no].__setitem__("beverage_id", "lq001"))
    def order(L, C):
        c = C[0]; C[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("fields out of order", order)
    half = first(lambda c: c["connection"] == "export" and c["label"].endswith("37,5cl") and c["expect"] == "yes")
    def half75(L, C):
        e = next(r for r in L if r["id"] == C[half]["beverage_id"])
        e75 = next(r for r in L if r["name"] == e["name"] and r["producer"] == e["producer"] and r["format_cl"] == 75)
        C[half]["beverage_id"] = e75["id"]
    brk("half bottle answered with the 75 cl", half75)
    dropa = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda L, C: C[dropa].__setitem__("also_ok", []))
    brk("label twice", lambda L, C: C[1].__setitem__("label", C[0]["label"]))
    def idseq(L, C):
        L[5]["id"] = "lq099"
    brk("library id out of sequence", idseq)
    beer = next(i for i, r in enumerate(lib) if r["category"] == "bière")
    brk("colour on a beer", lambda L, C: L[beer].__setitem__("colour", "blanc"))
    vin = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    brk("vintage field wrong", lambda L, C: C[vin].__setitem__("vintage", C[vin]["vintage"] - 1))
    pda = first(lambda c: c["connection"] == "pda")
    brk("pda label in capitals", lambda L, C: C[pda].__setitem__("label", C[pda]["label"].upper()))
    def code(L, C):
        i = first(lambda c: c["connection"] == "export" and c["expect"] == "none")
        j = first(lambda c: c["connection"] == "export" and c["expect"] == "yes")
        C[i]["label"] = C[j]["label"].split(" ")[0] + " " + C[i]["label"].split(" ", 1)[1]
    brk("export code reused", code)
    rg = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("RG-") and c["expect"] == "yes")
    brk("caisse family against colour", lambda L, C: C[rg].__setitem__("label", "BL" + C[rg]["label"][2:]))
    pinte = first(lambda c: c["label"].endswith("+ pinte") and c["expect"] == "yes")
    def pint33(L, C):
        next(r for r in L if r["id"] == C[pinte]["beverage_id"])
        b = next(r for r in L if r["category"] == "bière" and r["format_cl"] == 33)
        C[pinte]["beverage_id"] = b["id"]
    brk("draught pint answered with a bottle", pint33)
    cut = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    brk("cut vintage kept", lambda L, C: C[cut].__setitem__("vintage", 2021))
    def nomatch(L, C):
        i = first(lambda c: c["connection"] == "pda" and c["expect"] == "yes" and "coca" in c["label"])
        C[i]["beverage_id"] = next(r["id"] for r in L if r["name"] == "Perrier" and r["format_cl"] == 33)
    brk("label sharing no word with its entry", nomatch)

    bad = 0
    clean, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    for name, L, C in breaks:
        e, _ = check(L, C)
        print("%-40s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        bad += not e
    return bad == 0 and not clean


def main():
    lib = load(os.path.join(HERE, "lunel_library.jsonl"))
    cases = load(os.path.join(HERE, "lunel_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    err, by = check(lib, cases)
    for e in err:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for t in TILLS:
        print("  %-7s yes %3d  almost %3d  none %3d" % (t, by[(t, "yes")], by[(t, "almost")], by[(t, "none")]))
    print("OK" if not err else "%d errors" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
