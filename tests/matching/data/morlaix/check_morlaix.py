"""Check the Morlaix blind set from its two jsonl files only (stdlib).

    python3 check_morlaix.py             # check the files beside this script
    python3 check_morlaix.py --selftest  # break copies on purpose, show each break is reported
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
TILLS = ("caisse", "pda", "export")
PREFIX = "mx"

# measure -> (kind, volume cl); kind bottle (None = ordinary format), pour, draught, unit
CAISSE_M = {"BTL": ("bottle", None), "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
            "70CL": ("bottle", 70), "75CL": ("bottle", 75), "1L": ("bottle", 100), "1/2 BTL": ("bottle", 37.5),
            "MAGNUM": ("bottle", 150), "VERRE": ("pour", 12.5), "VERRE 12CL": ("pour", 12),
            "VERRE 15CL": ("pour", 15), "PICHET 25CL": ("pour", 25), "PICHET 50CL": ("pour", 50),
            "BOLÉE 25CL": ("pour", 25), "DOSE": ("pour", 4), "DOSE 2CL": ("pour", 2),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
PDA_M = {"bt": ("bottle", None), "bt25": ("bottle", 25), "bt33": ("bottle", 33), "bt50": ("bottle", 50),
         "bt70": ("bottle", 70), "bt75": ("bottle", 75), "bt1l": ("bottle", 100), "1/2": ("bottle", 37.5),
         "mag": ("bottle", 150), "vr": ("pour", 12.5), "vr12": ("pour", 12), "vr15": ("pour", 15),
         "p25": ("pour", 25), "p50": ("pour", 50), "bol25": ("pour", 25), "dose": ("pour", 4),
         "dose2": ("pour", 2), "demi": ("draught", 25), "pinte": ("draught", 50)}
EXPORT_M = {"Demi-bouteille 37,5 cl": ("bottle", 37.5), "Magnum 150 cl": ("bottle", 150),
            "Verre": ("pour", 12.5), "Verre 12 cl": ("pour", 12), "Verre 15 cl": ("pour", 15),
            "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50), "Bolée 25 cl": ("pour", 25),
            "Dose 4 cl": ("pour", 4), "Dose 2 cl": ("pour", 2), "Demi pression 25 cl": ("draught", 25),
            "Pinte pression 50 cl": ("draught", 50), "Unité": ("unit", None)}
ABBREV = {"cdr": "cotes", "calva": "calvados", "kro": "kronenbourg", "bzh": "bretagne", "ch": "chateau",
          "st": "saint", "sem": "sevre", "musca": "muscadet", "sanc": "sancerre", "cab": "cabernet",
          "riesl": "riesling", "gewurz": "gewurztraminer", "tc": "terres"}
STOP = {"de", "du", "des", "la", "le", "les", "et", "sur", "lie", "ans", "cl", "bt", "btl", "vr", "verre",
        "dose", "demi", "pinte", "pichet", "bolee", "magnum", "mag", "bouteille", "pression", "unite", "cidre",
        "biere", "whisky", "rouge", "blanc", "rose", "brut", "dom", "domaine", "chateau", "ch", "vin", "s/lie",
        "champagne"}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return s.replace("œ", "oe")


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_label(till, label):
    """-> (form_ok, measure (kind, vol) or None, vintage, body) for a label of that till."""
    if till == "caisse":
        ok = label == label.upper() and ";" not in label and not re.search(r"[a-z]", label)
        meas, body = ("unit", None), label
        for w in sorted(CAISSE_M, key=len, reverse=True):
            if label.endswith(" " + w):
                meas, body = CAISSE_M[w], label[: -len(w) - 1]
                break
        m = re.search(r" ((?:19|20)\d\d)$", body)
        return ok, meas, (int(m.group(1)) if m else None), body
    if till == "pda":
        ok = len(label) <= 20 and re.fullmatch(r"[a-z0-9/. ]+", label) is not None and label == label.strip()
        first, _, rest = label.partition(" ")
        meas, body = (PDA_M[first], rest) if first in PDA_M and rest else (("unit", None), label)
        m = re.search(r" (\d\d)$", label)
        return ok, meas, (2000 + int(m.group(1)) if m else None), body
    cols = label.split(";")
    if len(cols) != 4 or not re.fullmatch(r"70(71|72|73|60)00", cols[0]) or not re.fullmatch(r"\d{5}", cols[1]):
        return False, None, None, label
    cond = cols[3]
    if cond in EXPORT_M:
        meas = EXPORT_M[cond]
    else:
        m = re.fullmatch(r"Bouteille (\d+(?:,\d)?) cl", cond)
        if not m:
            return False, None, None, label
        meas = ("bottle", float(m.group(1).replace(",", ".")))
    ok = cols[2] != cols[2].upper() and bool(cols[2].strip())
    m = re.search(r" ((?:19|20)\d\d)$", cols[2])
    return ok, meas, (int(m.group(1)) if m else None), cols[2]


def check(lib_lines, case_lines):
    err = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except Exception:
            err.append("library line %d: not JSON" % n)
            continue
        if list(e) != LIB_FIELDS:
            err.append("library line %d: field order %s" % (n, list(e)))
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        err.append("library: %d drinks, not 110-130" % len(lib))
    seen = set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "%s%03d" % (PREFIX, n):
            err.append("library: id %s at position %d" % (e.get("id"), n))
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            err.append("%s: category %s" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err.append("%s: wine colour %s" % (e.get("id"), col))
        elif col is not None:
            err.append("%s: colour %s on a %s" % (e.get("id"), col, cat))
        if e.get("format_cl") in KEGS and cat != "bière":
            err.append("%s: keg on a %s" % (e.get("id"), cat))
        if not isinstance(e.get("format_cl"), (int, float)):
            err.append("%s: format %s" % (e.get("id"), e.get("format_cl")))
        if e.get("vintage") is not None and not (isinstance(e.get("vintage"), int) and 1950 <= e["vintage"] <= 2025):
            err.append("%s: vintage %s" % (e.get("id"), e.get("vintage")))
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            err.append("%s: duplicate drink" % e.get("id"))
        seen.add(k)
    by_id = {e.get("id"): e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def group(e):
        return [x for x in lib if wine(x) == wine(e) and x["format_cl"] == e["format_cl"]]

    def ordinary(e):
        fs = sorted({x["format_cl"] for x in lib if wine(x) == wine(e) and x["format_cl"] not in KEGS})
        if 75 in fs:
            return 75
        return fs[0] if len(fs) == 1 else None

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except Exception:
            err.append("case line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            err.append("case line %d: field order %s" % (n, list(c)))
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        err.append("cases: %d, not 280-300" % len(cases))
    labels = Counter(c["label"] for c in cases)
    for lab, k in labels.items():
        if k > 1:
            err.append("duplicate label %r" % lab)
    for c in cases:
        lab, till, exp = c["label"], c["connection"], c["expect"]
        if till not in TILLS:
            err.append("%r: connection %s" % (lab, till))
            continue
        ok, meas, vint, body = read_label(till, lab)
        if not ok:
            err.append("%r: not in the %s till's form" % (lab, till))
        if meas is None:
            continue
        if vint != c["vintage"]:
            err.append("%r: vintage field %s, label says %s" % (lab, c["vintage"], vint))
        cut = "cut off by the till]" in c["note"]
        if cut and not (till == "pda" and len(lab) >= 19 and vint is None):
            err.append("%r: cut-off note on a label that was not cut" % lab)
        if exp not in ("yes", "almost", "none"):
            err.append("%r: expect %s" % (lab, exp))
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append("%r: none with an answer" % lab)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err.append("%r: unknown beverage_id %s" % (lab, c["beverage_id"]))
            continue
        kind, vol = meas
        fmt = e["format_cl"]
        if kind == "unit":
            err.append("%r: a unit label answered with a drink" % lab)
            continue
        if kind == "bottle":
            want = vol
            if want is None:
                want = 75 if e["category"] in ("vin", "champagne") else ordinary(e)
            if fmt != want:
                err.append("%r: bottle of %s cl answered with a %s cl entry" % (lab, want, fmt))
            units = 1
        elif kind == "pour":
            if e["category"] in ("bière", "soft") or fmt != ordinary(e):
                err.append("%r: pour not from the ordinary bottle (%s cl %s)" % (lab, fmt, e["category"]))
            units = round(vol / fmt, 4)
        else:
            if e["category"] != "bière" or fmt not in KEGS:
                err.append("%r: draught measure on a %s cl %s" % (lab, fmt, e["category"]))
            units = round(vol / fmt, 4)
        if c["units_per_sale"] != units:
            err.append("%r: units %s, measure gives %s" % (lab, c["units_per_sale"], units))
        g = group(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vints = [x["vintage"] for x in g]
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    err.append("%r: yes with vintage %s on entry %s / also_ok %s" % (lab, vint, e["vintage"], c["also_ok"]))
            else:
                if None not in vints and e["vintage"] != max(vints):
                    err.append("%r: yes without vintage not on the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    err.append("%r: also_ok %s, same wine %s" % (lab, c["also_ok"], others))
        else:
            if vint is None or vint in vints or None in vints:
                err.append("%r: almost without a missing vintage" % lab)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    err.append("%r: almost on %s, nearest is %s" % (lab, e["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    err.append("%r: also_ok %s, same wine %s" % (lab, c["also_ok"], others))
        lw = [w for w in words(body) if w not in STOP and not w.isdigit()]
        ew = set(words(" ".join(filter(None, [e["name"], e["producer"], e["appellation"] or ""]))))
        shared = False
        for w in lw:
            w2 = ABBREV.get(w, w)
            for x in ew:
                if x in STOP:
                    continue
                if w2 == x or (len(w2) >= 4 and len(x) >= 4 and (x.startswith(w2[:4]) or w2.startswith(x[:4]))):
                    shared = True
            if w in ("1664", "27", "0") and w in ew:
                shared = True
        if any(w.isdigit() and len(w) >= 2 and w in ew for w in words(body)):
            shared = True
        if not shared:
            err.append("%r: shares no word with %s" % (lab, e["name"]))
    cnt = Counter(c["expect"] for c in cases)
    tot = len(cases) or 1
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * cnt[k] / tot
        if not lo <= p <= hi:
            err.append("%s: %.1f %%, not %d-%d %%" % (k, p, lo, hi))
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if tc[(t, k)] == 0:
                err.append("till %s has no %s" % (t, k))
    return err, tc


def load():
    with open(os.path.join(HERE, "morlaix_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "morlaix_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, f):
        cc = [dict(c) for c in C]
        i = first(pred)
        f(cc[i])
        return lib, dump(cc)

    breaks = []
    breaks.append(("invalid JSON", lambda: (lib, [*cases[:5], "{not json", *cases[6:]])))
    breaks.append(("library field order", lambda: ([json.dumps(dict(reversed(list(L[0].items()))), ensure_ascii=False), *lib[1:]], cases)))
    breaks.append(("id out of sequence", lambda: ([*lib[:3], lib[3].replace('"mx004"', '"mx104"'), *lib[4:]], cases)))
    def beer_colour():
        ll = [dict(x) for x in L]
        i = next(i for i, x in enumerate(ll) if x["category"] == "bière")
        ll[i]["colour"] = "blanc"
        return dump(ll), cases
    breaks.append(("colour on a beer", beer_colour))
    breaks.append(("glass units", lambda: mod_case(lambda c: c["label"].endswith(" VERRE") and c["expect"] == "yes",
                                                   lambda c: c.__setitem__("units_per_sale", 0.16))))
    def far():
        cc = [dict(c) for c in C]
        for c in cc:
            if c["expect"] == "almost" and c["also_ok"]:
                a = c["also_ok"][0]
                c["also_ok"] = [c["beverage_id"]]
                c["beverage_id"] = a
                break
        return lib, dump(cc)
    breaks.append(("almost on the farther vintage", far))
    breaks.append(("none with an id", lambda: mod_case(lambda c: c["expect"] == "none",
                                                       lambda c: c.__setitem__("beverage_id", "mx001"))))
    breaks.append(("also_ok dropped", lambda: mod_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                                       lambda c: c.__setitem__("also_ok", []))))
    breaks.append(("duplicate label", lambda: (lib, [*cases[:-1], cases[0]])))
    breaks.append(("vintage not on the label", lambda: mod_case(lambda c: c["vintage"] is None and c["expect"] == "yes",
                                                               lambda c: c.__setitem__("vintage", 2021))))
    breaks.append(("pda label over 20 columns", lambda: mod_case(lambda c: c["connection"] == "pda",
                                                                lambda c: c.__setitem__("label", c["label"] + " extra long"))))
    breaks.append(("caisse label in lower case", lambda: mod_case(lambda c: c["connection"] == "caisse",
                                                                 lambda c: c.__setitem__("label", c["label"].lower()))))
    breaks.append(("export columns shifted", lambda: mod_case(lambda c: c["connection"] == "export",
                                                             lambda c: c.__setitem__("label", c["label"].split(";", 1)[1]))))
    def half_as_bottle():
        cc = [dict(c) for c in C]
        i = first(lambda c: "1/2 BTL" in c["label"] and c["expect"] == "yes")
        cc[i]["label"] = cc[i]["label"].replace("1/2 BTL", "BTL")
        return lib, dump(cc)
    breaks.append(("bottle label answered with the half-bottle entry", half_as_bottle))
    breaks.append(("draught on a bottled beer", lambda: mod_case(lambda c: c["label"] == "BRITT BLANCHE 33CL",
                                                                lambda c: c.__setitem__("label", "BRITT BLANCHE PINTE"))))
    breaks.append(("a till without almost", lambda: (lib, dump([c for c in C if not (c["connection"] == "export" and c["expect"] == "almost")]))))
    breaks.append(("too few cases", lambda: (lib, cases[:250])))
    breaks.append(("label sharing no word", lambda: mod_case(lambda c: c["label"] == "DUVEL 33CL",
                                                             lambda c: c.__setitem__("label", "TRAPPISTE 33CL"))))
    breaks.append(("cut-off note on an uncut label", lambda: mod_case(lambda c: c["connection"] == "pda" and c["expect"] == "yes" and len(c["label"]) < 18,
                                                                     lambda c: c.__setitem__("note", c["note"] + " [2021 cut off by the till]"))))
    breaks.append(("case field order", lambda: mod_case(lambda c: True, lambda c: c.update({"expect": c.pop("expect")}))))
    clean, _ = check(lib, cases)
    print("clean files: %d errors" % len(clean))
    bad = bool(clean)
    for name, make in breaks:
        l2, c2 = make()
        e, _ = check(l2, c2)
        print("%-50s %s (%d): %s" % (name, "REPORTED" if e else "MISSED", len(e), e[0] if e else ""))
        bad = bad or not e
    print("selftest %s: %d kinds of break" % ("FAILED" if bad else "passed", len(breaks)))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    err, tc = check(lib, cases)
    for e in err:
        print(e)
    for t in TILLS:
        print("%-7s yes %3d  almost %3d  none %3d" % (t, tc[(t, "yes")], tc[(t, "almost")], tc[(t, "none")]))
    print("%d errors" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
