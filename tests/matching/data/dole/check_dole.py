"""Check dole_library.jsonl and dole_cases.jsonl, reading only those two files.

    python3 tests/matching/data/dole/check_dole.py            # check the files
    python3 tests/matching/data/dole/check_dole.py --selftest # break copies, show each reported
"""
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("ecran", "stock", "suisse")

ECRAN = {"Bouteille": ("BTL", None), "Clavelin": ("BTL", 62), "Demi-bouteille": ("BTL", 37.5),
         "Magnum": ("BTL", 150), "33cl": ("BTL", 33), "25cl": ("BTL", 25), "50cl": ("BTL", 50),
         "70cl": ("BTL", 70), "1L": ("BTL", 100), "Verre": ("POUR", 12.5),
         "Verre 6cl": ("POUR", 6), "Verre 12cl": ("POUR", 12), "Verre 15cl": ("POUR", 15),
         "Pichet 25": ("POUR", 25), "Pichet 50": ("POUR", 50), "Dose": ("POUR", 4),
         "Dose 2cl": ("POUR", 2), "Demi": ("DRAFT", 25), "Pinte": ("DRAFT", 50)}
SUISSE = {"bout.": ("BTL", None), "clav.": ("BTL", 62), "demi-bout.": ("BTL", 37.5),
          "mag.": ("BTL", 150), "33 cl": ("BTL", 33), "25 cl": ("BTL", 25), "50 cl": ("BTL", 50),
          "70 cl": ("BTL", 70), "1 l": ("BTL", 100), "verre": ("POUR", 12.5),
          "6 cl": ("POUR", 6), "déci": ("POUR", 10), "2 décis": ("POUR", 20),
          "3 décis": ("POUR", 30), "5 décis": ("POUR", 50), "4 cl": ("POUR", 4),
          "2 cl": ("POUR", 2), "demi": ("DRAFT", 25), "pinte": ("DRAFT", 50)}
ABBR = {"cdj": "cotes", "vj": "jaune", "bgne": "bourgogne", "pn": "pinot", "vv": "vieilles",
        "ch": "chateau", "fruit": "fruitiere", "b-bondet": "berthet", "ambree": "ambree"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if len(t) >= 2]


def read_label(till, label):
    """-> ((kind, cl), vintage) or raises ValueError with the form error."""
    if till == "ecran":
        m = re.match(r"^P([1-8])\.([A-F][1-6]) (.+?)(?: > (.+))?$", label)
        if not m:
            raise ValueError("ecran form")
        lines = m.group(3).split(" | ")
        if len(lines) > 2 or any(len(x) > 12 or not x for x in lines):
            raise ValueError("ecran button wider than 2 x 12")
        if fold(m.group(3)).upper() != fold(m.group(3)).upper() or m.group(3) != m.group(3).upper():
            raise ValueError("ecran caption not in capitals")
        meas = ECRAN[m.group(4)] if m.group(4) else (None, None)
        v = re.search(r"(?:^| )'(\d\d)$", m.group(3))
        vint = None
        if v:
            n = int(v.group(1))
            vint = 2000 + n if n <= 40 else 1900 + n
        return meas, vint
    if till == "stock":
        m = re.match(r"^\[([A-Z]{3})\] (.{28}) M(\d{4}|----) Q=(?:(\d\.\d{3})L|1PCE)$", label)
        if not m or not label.isascii():
            raise ValueError("stock form")
        fam, vint = m.group(1), (None if m.group(3) == "----" else int(m.group(3)))
        if m.group(4) is None:
            return (None, None), vint
        cl = round(float(m.group(4)) * 100, 1)
        cl = int(cl) if cl == int(cl) else cl
        if fam == "PRE":
            return ("DRAFT", cl), vint
        if fam in ("RGE", "BLC", "ROS", "JAU", "DOU", "BUL"):
            return (("BTL", cl) if cl in (75, 62, 37.5, 150) else ("POUR", cl)), vint
        if fam in ("SPI", "APE", "MAC"):
            return (("BTL", cl) if cl in (70, 75, 100, 50) else ("POUR", cl)), vint
        if fam in ("BIE", "SOF"):
            return ("BTL", cl), vint
        raise ValueError("stock family %s with a volume" % fam)
    if till == "suisse":
        m = re.match(r"^t([0-9]{1,2}) (.+?)(?: – (.+))?$", label)
        if not m or label != label.lower() or not 1 <= int(m.group(1)) <= 24:
            raise ValueError("suisse form")
        if m.group(3) is not None and m.group(3) not in SUISSE:
            raise ValueError("suisse measure")
        meas = SUISSE[m.group(3)] if m.group(3) else (None, None)
        v = re.search(r"(?:^| )((?:19|20)\d\d)$", m.group(2))
        return meas, (int(v.group(1)) if v else None)
    raise ValueError("unknown connection %r" % till)


def validate(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("library line %d: not JSON" % (i + 1))
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i + 1, list(d)))
        lib.append(d)
    for i, l in enumerate(case_lines):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("cases line %d: not JSON" % (i + 1))
            continue
        if list(d) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (i + 1, list(d)))
        cases.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks" % len(lib))
    seen = set()
    for i, e in enumerate(lib):
        if e.get("id") != "dl%03d" % (i + 1):
            errs.append("library id %r out of sequence" % e.get("id"))
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append("%s: colour/category" % e.get("id"))
        wine = e.get("category") in ("vin", "champagne")
        if wine and e.get("colour") is None:
            errs.append("%s: wine without colour" % e["id"])
        if e.get("category") in ("spiritueux", "bière", "soft") and e.get("colour") is not None:
            errs.append("%s: colour on a %s" % (e["id"], e["category"]))
        if e.get("format_cl", 0) >= 2000 and (e.get("category") != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("%s: keg that is not a beer keg" % e["id"])
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: duplicate drink" % e.get("id"))
        seen.add(k)
    by_id = {e["id"]: e for e in lib if "id" in e}

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = {}
    for e in lib:
        groups.setdefault(wine_key(e), []).append(e)

    def ordinary(e):
        fmts = sorted({x["format_cl"] for x in groups[wine_key(e)] if x["format_cl"] < 2000})
        if 75 in fmts and e["category"] in ("vin", "champagne", "autre"):
            return 75
        return fmts[0] if len(fmts) == 1 else None

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not c.get("note"):
            errs.append(where + ": no note")
        try:
            (kind, cl), vint = read_label(till, lab)
        except (ValueError, KeyError) as x:
            errs.append(where + ": " + str(x))
            continue
        if c.get("vintage") != vint:
            errs.append(where + ": vintage %r, label says %r" % (c.get("vintage"), vint))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            errs.append(where + ": expect %r" % exp)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown id")
            continue
        if kind is None:
            errs.append(where + ": a drink answer on a label without a measure")
            continue
        fmt = e["format_cl"]
        if kind == "BTL":
            want = cl if cl is not None else ordinary(e)
            units = 1
        elif kind == "POUR":
            want = ordinary(e)
            if e["category"] in ("bière", "soft"):
                errs.append(where + ": pour of a beer or soft")
            units = round(cl / fmt, 4) if fmt else None
        else:
            want = fmt if fmt >= 2000 else -1
            units = round(cl / fmt, 4)
        if fmt != want:
            errs.append(where + ": entry format %s, label asks %s" % (fmt, want))
        if c["units_per_sale"] != units:
            errs.append(where + ": units %r, expected %r" % (c["units_per_sale"], units))
        same = [x for x in groups[wine_key(e)] if x["format_cl"] == fmt]
        others = sorted(x["id"] for x in same if x["id"] != e["id"])
        vints = [x["vintage"] for x in same]
        if exp == "yes" and vint is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append(where + ": also_ok %s, expected %s" % (c["also_ok"], others))
        if exp == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append(where + ": yes on vintage %s, label %s" % (e["vintage"], vint))
            if vint is None and e["vintage"] is not None and e["vintage"] != max(v for v in vints if v is not None):
                errs.append(where + ": yes without vintage not on the most recent")
        else:
            real = [v for v in vints if v is not None]
            if vint is None or vint in vints or not real:
                errs.append(where + ": almost without a missing vintage")
            else:
                best = min(real, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %s, nearest is %s" % (e["vintage"], best))
        lt = set(tokens(lab))
        et = tokens(" ".join(str(e[f] or "") for f in ("name", "producer", "appellation")))
        lt |= {ABBR[t] for t in lt if t in ABBR}
        if not any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]) for a in lt for b in et):
            errs.append(where + ": shares no word with %s" % e["id"])
    n = len(cases) or 1
    tot = {x: sum(v for (t, e), v in counts.items() if e == x) for x in ("yes", "almost", "none")}
    if not (0.45 <= tot["yes"] / n <= 0.52 and 0.12 <= tot["almost"] / n <= 0.17 and 0.33 <= tot["none"] / n <= 0.40):
        errs.append("answer split %s" % tot)
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append("till %s has no %s" % (t, x))
    return errs, counts


def load():
    with open(os.path.join(HERE, "dole_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "dole_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = validate(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    C = [json.loads(l) for l in cases]
    L = [json.loads(l) for l in lib]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dumpc(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def edit(pred, fn):
        rows = [dict(c) for c in C]
        i = first(pred)
        fn(rows[i])
        return lib, dumpc(rows)

    breaks = {}
    breaks["glass units"] = edit(lambda c: c["label"].endswith("> Verre") and c["expect"] == "yes",
                                 lambda c: c.update(units_per_sale=0.2))
    breaks["almost on the farther vintage"] = edit(
        lambda c: c["expect"] == "almost" and c["also_ok"],
        lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))
    breaks["none with an id"] = edit(lambda c: c["expect"] == "none",
                                     lambda c: c.update(beverage_id="dl001"))
    breaks["also_ok dropped"] = edit(lambda c: c["expect"] == "yes" and c["also_ok"],
                                     lambda c: c.update(also_ok=[]))
    breaks["ecran line over 12"] = edit(lambda c: c["connection"] == "ecran",
                                        lambda c: c.update(label=c["label"].replace(" | ", " ", 1) + "X"))
    breaks["stock in lower case"] = edit(lambda c: c["connection"] == "stock",
                                         lambda c: c.update(label=c["label"].lower()))
    breaks["suisse in capitals"] = edit(lambda c: c["connection"] == "suisse",
                                        lambda c: c.update(label=c["label"].upper()))
    breaks["cut vintage kept"] = edit(lambda c: "cut off by the till" in c["note"],
                                      lambda c: c.update(vintage=int(re.search(r"\[(\d{4}) cut", c["note"]).group(1))))
    rows = [dict(c) for c in C]
    i = first(lambda c: c["expect"] == "yes")
    rows[i] = {k: rows[i][k] for k in reversed(CASE_FIELDS)}
    breaks["fields out of order"] = (lib, dumpc(rows))
    rows = [dict(c) for c in C]
    rows[5]["label"] = rows[4]["label"]
    breaks["duplicate label"] = (lib, dumpc(rows))
    i = first(lambda c: "Demi-bouteille" in c["label"] and c["expect"] == "yes")
    rows = [dict(c) for c in C]
    half = L[int(rows[i]["beverage_id"][2:]) - 1]
    full = next(e for e in L if e["name"] == half["name"] and e["producer"] == half["producer"] and e["format_cl"] == 75)
    rows[i]["beverage_id"] = full["id"]
    breaks["half answered with the 75 cl"] = (lib, dumpc(rows))
    l2 = [dict(e) for e in L]
    l2[3]["id"], l2[4]["id"] = l2[4]["id"], l2[3]["id"]
    breaks["library ids out of order"] = ([json.dumps(e, ensure_ascii=False) for e in l2], cases)
    l2 = [dict(e) for e in L]
    soft = next(e for e in l2 if e["category"] == "soft")
    soft["format_cl"] = 3000
    breaks["keg on a soft"] = ([json.dumps(e, ensure_ascii=False) for e in l2], cases)
    breaks["non-JSON line"] = (lib, [*cases[:10], "{oops", *cases[10:]])
    breaks["too few cases"] = (lib, cases[:200])
    breaks["draught on a bottled beer"] = edit(lambda c: c["label"].endswith("> 33cl") and c["expect"] == "yes",
                                               lambda c: c.update(label=c["label"][:-4] + "Pinte"))
    breaks["yes on another vintage"] = edit(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "suisse",
                                            lambda c: c.update(vintage=c["vintage"] - 1))
    breaks["wine without colour"] = ([json.dumps(dict(e, colour=None) if e["id"] == "dl001" else e, ensure_ascii=False) for e in L], cases)
    ok = True
    for name, (l, c) in breaks.items():
        e, _ = validate(l, c)
        print("%-32s %s" % (name, ("reported: " + e[0][:90]) if e else "NOT REPORTED"))
        ok &= bool(e)
    print("%d breaks, all reported" % len(breaks) if ok else "SELFTEST FAILED")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts = validate(*load())
    for e in errs:
        print("ERROR", e)
    print("till      yes almost none")
    for t in TILLS:
        print("%-8s %4d %6d %4d" % (t, counts.get((t, "yes"), 0), counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
