"""Check arles_library.jsonl and arles_cases.jsonl on their own (no build code imported).
python3 check_arles.py [--selftest]"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_F = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
ZINC = {"BT": ("btl",), "DB": ("half",), "MG": ("mag",), "V": ("pour", 12.5), "V15": ("pour", 15),
        "P25": ("pour", 25), "P50": ("pour", 50), "P1L": ("pour", 100), "D2": ("pour", 2),
        "D4": ("pour", 4), "D6": ("pour", 6), "DM": ("draught", 25), "PT": ("draught", 50),
        "33": ("cl", 33), "25": ("cl", 25), "50": ("cl", 50), "35,5": ("cl", 35.5), "70": ("cl", 70),
        "1L": ("cl", 100), "1,5L": ("cl", 150), "U": None}
FERIA = {"BTL": ("btl",), "MAG": ("mag",), "V12": ("pour", 12), "G25": "25", "G50": "50",
         "P50": ("pour", 50), "P100": ("pour", 100), "S2": ("pour", 2), "S4": ("pour", 4),
         "BTL33": ("cl", 33), "BTL25": ("cl", 25), "BTL50": ("cl", 50), "BTL35": ("cl", 35.5),
         "BTL100": ("cl", 100), "SEAU5": ("seau", 5), "SEAU6": ("seau", 6), "ART": None}
RESTO = {"bouteille": ("btl",), "demi-bouteille": ("half",), "magnum": ("mag",), "verre": ("pour", 12.5),
         "verre 15 cl": ("pour", 15), "pichet 25 cl": ("pour", 25), "pichet 50 cl": ("pour", 50),
         "copita 8 cl": ("pour", 8), "dose 4 cl": ("pour", 4), "dose 2 cl": ("pour", 2),
         "demi pression": ("draught", 25), "pinte pression": ("draught", 50), "33 cl": ("cl", 33),
         "25 cl": ("cl", 25), "50 cl": ("cl", 50), "1 l": ("cl", 100), "70 cl": ("cl", 70),
         "35,5 cl": ("cl", 35.5)}
ABBR = {"cdr": "rhone", "manz": "manzanilla", "xr": "jerez", "pt": "petit", "ste": "sainte",
        "ch": "chateau", "schw": "schweppes", "res": "reserve", "p51": "51", "blde": "blonde"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    out = []
    for w in re.findall(r"[a-z]+|\d+", fold(s)):
        out.append(w)
    return out


def read(label, conn):
    """-> (measure or 'G25'/'G50' string, vintage) read from the label, or raise."""
    if conn == "zinc":
        m = re.fullmatch(r"([A-Z]{2}) ([A-Z0-9 ]+)/([A-Z0-9,]+)", label)
        if not m or len(label.rsplit("/", 1)[0]) > 18 or m.group(3) not in ZINC:
            raise ValueError("zinc form")
        toks = (m.group(1) + " " + m.group(2)).split()
        v = None
        if re.fullmatch(r"\d\d", toks[-1]):
            y = int(toks[-1])
            v = 2000 + y if y < 50 else 1900 + y
        return ZINC[m.group(3)], v, m.group(2)
    if conn == "feria":
        m = re.fullmatch(r"x([1-9]\d*) ([A-Z0-9]+)-([a-z0-9 ]+) \[(\d+)J\]", label)
        if not m or m.group(2) not in FERIA:
            raise ValueError("feria form")
        v = [int(w) for w in m.group(3).split() if re.fullmatch(r"(19|20)\d\d", w)]
        return FERIA[m.group(2)], (v[-1] if v else None), m.group(3)
    if conn == "resto":
        m = re.fullmatch(r"(\d+),(\d\d) € (.+?)(?: \(([^()]+)\))?", label)
        if not m or (m.group(4) and m.group(4) not in RESTO) or m.group(3) == fold(m.group(3)).upper():
            raise ValueError("resto form")
        v = [int(w) for w in m.group(3).split() if re.fullmatch(r"(19|20)\d\d", w)]
        return (RESTO[m.group(4)] if m.group(4) else None), (v[-1] if v else None), m.group(3)
    raise ValueError("unknown connection")


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            lib.append(json.loads(l))
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
    for i, l in enumerate(case_lines):
        try:
            cases.append(json.loads(l))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % (i + 1))
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib):
        if list(e) != LIB_F:
            errs.append("%s: library field order" % e.get("id"))
        if e["id"] != "ae%03d" % (i + 1):
            errs.append("id out of sequence: %s" % e["id"])
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("%s: colour/category" % e["id"])
        if (e["colour"] is None) == (e["category"] in ("vin", "champagne")):
            errs.append("%s: colour vs category" % e["id"])
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            errs.append("%s: keg on a non-beer" % e["id"])
        k = (*wine_key(e), e["vintage"])
        if k in seen:
            errs.append("%s: duplicate drink" % e["id"])
        seen.add(k)
        byid[e["id"]] = e
    if not 280 <= len(cases) <= 300:
        errs.append("case count %d" % len(cases))
    labels = set()
    tally = {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_F:
            errs.append("%s: case field order" % lab)
            continue
        if lab in labels:
            errs.append("%s: duplicate label" % lab)
        labels.add(lab)
        if not c["note"]:
            errs.append("%s: empty note" % lab)
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
        try:
            meas, v, text = read(lab, c["connection"])
        except (ValueError, AttributeError) as ex:
            errs.append("%s: %s" % (lab, ex))
            continue
        if v != c["vintage"]:
            errs.append("%s: vintage %r, label says %r" % (lab, c["vintage"], v))
        if ("cut off by the till" in c["note"]) and not (c["connection"] == "zinc" and len(lab.rsplit("/", 1)[0]) >= 17):
            errs.append("%s: cut-off note on an uncut label" % lab)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("%s: none with id/also_ok/units" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%s: expect %r" % (lab, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown id" % lab)
            continue
        if meas in ("25", "50"):
            meas = ("draught", int(meas)) if e["category"] == "bière" else ("pour", int(meas))
        if meas is None:
            errs.append("%s: drink answer on a label without measure" % lab)
            continue
        same = sorted([x for x in lib if wine_key(x) == wine_key(e)], key=lambda x: x["vintage"] or 0)
        others = sorted(x["id"] for x in same if x is not e)
        if (v is None or c["expect"] == "almost") and sorted(c["also_ok"]) != others:
            errs.append("%s: also_ok should be the other vintages %s" % (lab, others))
        vints = [x["vintage"] for x in same]
        if c["expect"] == "yes":
            if v is not None and e["vintage"] != v:
                errs.append("%s: yes on another vintage" % lab)
            if v is None and e is not same[-1]:
                errs.append("%s: yes without vintage must be the most recent" % lab)
            if v is not None and c["also_ok"]:
                errs.append("%s: yes with vintage has also_ok" % lab)
        else:
            if v is None or v in vints or None in vints:
                errs.append("%s: almost without a missing vintage" % lab)
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best is not e:
                    errs.append("%s: almost not on the nearest vintage" % lab)
        fmts = {x["format_cl"] for x in lib if (x["name"], x["producer"]) == (e["name"], e["producer"])}
        kind, f, u = meas[0], e["format_cl"], c["units_per_sale"]
        wine = e["category"] in ("vin", "champagne")
        if kind == "btl":
            ok = (f == 75) if wine else (f < 2000 and len([x for x in fmts if x < 2000]) == 1)
            ok = ok and u == 1
        elif kind in ("half", "mag"):
            ok = f == {"half": 37.5, "mag": 150}[kind] and u == 1
        elif kind == "cl":
            ok = f == meas[1] and u == 1
        elif kind == "seau":
            ok = e["category"] == "bière" and f < 2000 and u == meas[1]
        elif kind == "draught":
            ok = f >= 2000 and u == round(meas[1] / f, 4)
        else:
            ordinary = 75 if 75 in fmts else ([x for x in fmts if x not in (37.5, 150)] + [None])[0]
            ok = (e["category"] not in ("bière", "soft") and f == ordinary and f not in (37.5, 150)
                  and u == round(meas[1] / f, 4))
        if not ok:
            errs.append("%s: format/units %r for %s cl, units %r" % (lab, meas, f, u))
        lw = set(words(text)) | {ABBR[w] for w in words(text) if w in ABBR}
        ew = set(words(" ".join(x or "" for x in (e["name"], e["producer"], e["appellation"]))))
        shared = any(a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b))
                     for a in lw for b in ew if (a.isdigit() and a == b) or (not a.isdigit() and len(a) >= 3 and len(b) >= 3))
        if not shared:
            errs.append("%s: shares no word with %s" % (lab, e["name"]))
    n = len(cases) or 1
    share = {a: sum(1 for c in cases if c.get("expect") == a) / n for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[a] <= hi:
            errs.append("share of %s %.3f outside %.2f-%.2f" % (a, share[a], lo, hi))
    for t in ("zinc", "feria", "resto"):
        for a in ("yes", "almost", "none"):
            if not tally.get((t, a)):
                errs.append("till %s has no %s" % (t, a))
    return errs


def load():
    with open(os.path.join(HERE, "arles_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "arles_cases.jsonl"), encoding="utf-8") as f:
        cs = f.read().splitlines()
    return lib, cs


def selftest():
    lib, cs = load()
    assert not check(lib, cs), "clean files must pass"
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cs]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod(fn):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2, c2)
        return dump(l2), dump(c2)

    breaks = {}
    breaks["invalid JSON"] = (lib, [*cs[:3], "{oops", *cs[4:]])
    breaks["field order"] = mod(lambda l, c: c.__setitem__(0, dict(reversed(list(c[0].items())))))
    breaks["id sequence"] = mod(lambda l, c: l[5].__setitem__("id", "ae999"))
    breaks["colour on a beer"] = mod(lambda l, c: [e.__setitem__("colour", "blanc") for e in l if e["category"] == "bière"][:1])
    i_g = first(lambda c: c["label"].endswith("/V") and c["expect"] == "yes")
    breaks["glass units"] = mod(lambda l, c: c[i_g].__setitem__("units_per_sale", 0.16))
    i_a = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks["almost on the farther vintage"] = mod(lambda l, c: c[i_a].update(beverage_id=c[i_a]["also_ok"][0], also_ok=[C[i_a]["beverage_id"]]))
    i_n = first(lambda c: c["expect"] == "none")
    breaks["none with an id"] = mod(lambda l, c: c[i_n].__setitem__("beverage_id", "ae001"))
    i_o = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks["also_ok dropped"] = mod(lambda l, c: c[i_o].__setitem__("also_ok", []))
    breaks["duplicate label"] = mod(lambda l, c: c[1].__setitem__("label", c[0]["label"]))
    i_h = first(lambda c: "(demi-bouteille)" in c["label"] and c["expect"] == "yes" and c["vintage"])
    half_id = C[i_h]["beverage_id"]
    bottle = next(e["id"] for e in L if e["format_cl"] == 75 and (e["name"], e["producer"]) == next((x["name"], x["producer"]) for x in L if x["id"] == half_id))
    breaks["half answered with the 75 cl entry"] = mod(lambda l, c: c[i_h].__setitem__("beverage_id", bottle))
    i_d = first(lambda c: c["label"].startswith("BI ESTRELLA/33"))
    breaks["bottle answered with the keg"] = mod(lambda l, c: c[i_d].__setitem__("label", "PR ESTRELLA/DM"))
    i_v = first(lambda c: c["vintage"] and c["expect"] == "yes")
    breaks["vintage not on the label"] = mod(lambda l, c: c[i_v].__setitem__("vintage", c[i_v]["vintage"] - 1))
    i_w = first(lambda c: c["connection"] == "resto" and c["expect"] == "yes" and c["label"].endswith("(bouteille)"))
    breaks["label sharing no word"] = mod(lambda l, c: c[i_w].__setitem__("label", re.sub(r"€ .* (\d{4}) ", r"€ Vin de la maison \1 ", c[i_w]["label"])))
    i_z = first(lambda c: c["connection"] == "zinc")
    breaks["zinc field over 18 columns"] = mod(lambda l, c: c[i_z].__setitem__("label", "RG CIMELS OR ET GUEULES 22/V"))
    i_f = first(lambda c: c["connection"] == "feria")
    breaks["feria without tokens"] = mod(lambda l, c: c[i_f].__setitem__("label", c[i_f]["label"].rsplit(" [", 1)[0]))
    breaks["resto without price"] = mod(lambda l, c: c[i_w].__setitem__("label", c[i_w]["label"].split(" € ", 1)[1]))
    breaks["till without almost"] = mod(lambda l, c: [x.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None) for x in c if x["connection"] == "feria" and x["expect"] == "almost"])
    breaks["too few cases"] = (lib, cs[:200])
    breaks["keg on a spirit"] = mod(lambda l, c: [e.__setitem__("format_cl", 3000) for e in l if e["category"] == "spiritueux"][:1])
    i_c = first(lambda c: c["connection"] == "resto" and c["expect"] == "yes")
    breaks["cut-off note on an uncut label"] = mod(lambda l, c: c[i_c].__setitem__("note", c[i_c]["note"] + " [2020 cut off by the till]"))
    bad = 0
    for name, (l2, c2) in breaks.items():
        errs = check(l2, c2)
        print("%-38s %s" % (name, ("reported: " + errs[0][:70]) if errs else "NOT REPORTED"))
        bad += not errs
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs = check(*load())
    for e in errs:
        print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
