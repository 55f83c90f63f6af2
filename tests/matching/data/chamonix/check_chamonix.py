#!/usr/bin/env python3
"""Check chamonix_library.jsonl and chamonix_cases.jsonl alone (stdlib only).

python3 check_chamonix.py [--selftest]
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_F = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"g": 12.5, "cp": 12.5, "g15": 15, "g175": 17.5, "c25": 25, "c50": 50, "dose": 4,
        "2cl": 2, "4cl": 4, "demi": 25, "pinte": 50}

# ---- each till's reading of its own label (written again here, independent of the build)
BAR_RE = re.compile(r"^K(0[1-9]|[1-5]\d|60) ([A-Z0-9 ./]+) @(\d+\.\d\d)$")
BAR_M = [("HALF BTL", "half"), ("GLS175", "g175"), ("GLS", "g"), ("CAR25", "c25"), ("CAR50", "c50"),
         ("BTL", "btl"), ("MAG", "mag"), ("CLAV", "clav"), ("SGL", "2cl"), ("DBL", "4cl"),
         ("HALF", "demi"), ("PINT", "pinte")]
REF_RE = re.compile(r"^([0-9A-F]{4})-(\d{3}) ; ([ -~]+) ; ([ -~]*) ; (\d+,\d\d)$")
REF_M = {"bouteille": "btl", "1/2 bouteille": "half", "magnum": "mag", "clavelin": "clav",
         "verre": "g", "coupe": "cp", "verre 15cl": "g15", "pichet 25cl": "c25",
         "pichet 50cl": "c50", "dose": "dose", "2cl": "2cl", "4cl": "4cl", "demi": "demi", "pinte": "pinte"}
CH_RE = re.compile(r"^#(\d{5}) ([1-9])x (.+)$")
CH_M = [("Halvflaska", "half"), ("Magnum", "mag"), ("Clavelin", "clav"), ("Karaff 25cl", "c25"),
        ("Karaff 50cl", "c50"), ("Shot 2cl", "2cl"), ("Shot 4cl", "4cl"), ("Shot", "dose"),
        ("Fatöl 25cl", "demi"), ("Fatöl 50cl", "pinte"), ("Glas", "g")]


def read(conn, label):
    """-> (measure, vintage, text, full) or raises ValueError with the form error."""
    if conn == "bar":
        m = BAR_RE.match(label)
        if not m:
            raise ValueError("bar label form")
        body = m.group(2)
        if len(body) > 22 or body != body.strip() or "  " in body:
            raise ValueError("bar body over 22 columns or untrimmed")
        meas = None
        for w, c in BAR_M:
            if body.startswith(w + " "):
                meas = c
                break
        else:
            mm = re.match(r"^(\d+)CL ", body)
            if mm:
                meas = "cl" + mm.group(1)
        toks = body.split()
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            v = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
        return meas, v, body, len(body) >= 21
    if conn == "refuge":
        m = REF_RE.match(label)
        if not m:
            raise ValueError("refuge label form (ASCII only, accents as ?)")
        w = m.group(4)
        if w == "":
            meas = None
        elif w in REF_M:
            meas = REF_M[w]
        elif re.fullmatch(r"\d+cl", w):
            meas = "cl" + w[:-2]
        else:
            raise ValueError("refuge measure word")
        ys = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group(3))
        return meas, (int(ys[-1]) if ys else None), m.group(3), False
    if conn == "chalet":
        m = CH_RE.match(label)
        if not m:
            raise ValueError("chalet label form")
        rest = m.group(3)
        v = None
        mv = re.search(r", årg\. ((?:19|20)\d\d)$", rest)
        if mv:
            v = int(mv.group(1))
        elif re.search(r" (?:19|20)\d\d$", rest):
            raise ValueError("chalet vintage without årg.")
        mm = re.match(r"^Flaska (\d+)cl ", rest)
        if mm:
            return "cl" + mm.group(1), v, rest, False
        if rest.startswith("Flaska "):
            return "btl", v, rest, False
        for w, c in CH_M:
            if rest.startswith(w + " "):
                return c, v, rest, False
        return None, v, rest, False
    raise ValueError("unknown connection")


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return [t for t in re.split(r"[^a-z0-9]+", s.lower()) if t]


def shares(label_text, e):
    lt = fold(label_text)
    et = fold(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    glued = "".join(et)
    for t in lt:
        if len(t) >= 3 and (t in et or any(x.startswith(t[:4]) for x in et if len(t) >= 4)):
            return True
        if len(t) >= 6 and t in glued:
            return True
        if t.isdigit() and t in et:
            return True
    return False


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            o = json.loads(l)
        except ValueError:
            E("library line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != LIB_F:
            E("library line %d: fields out of order" % (i + 1))
        lib.append(o)
    for i, l in enumerate(case_lines):
        try:
            o = json.loads(l)
        except ValueError:
            E("case line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != CASE_F:
            E("case line %d: fields out of order" % (i + 1))
        cases.append(o)
    if not 110 <= len(lib) <= 130:
        E("library size %d" % len(lib))
    by_id = {}
    for n, e in enumerate(lib):
        if e.get("id") != "cx%03d" % (n + 1):
            E("library id out of sequence at %d: %s" % (n + 1, e.get("id")))
        by_id[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            E("{}: category {!r}".format(e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("{}: wine without a colour".format(e["id"]))
        elif col is not None:
            E("{}: colour on a {}".format(e["id"], cat))
        f = e.get("format_cl")
        if f is not None and f >= 1000 and cat != "bière":
            E("{}: keg on a non-beer".format(e["id"]))
        if f is not None and f >= 1000 and f not in (2000, 3000):
            E("{}: keg of {} cl".format(e["id"], f))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2025):
            E("{}: vintage {!r}".format(e["id"], v))
    wine = {}   # (name, producer, appellation, colour, format) -> {vintage: id}
    drink = {}  # (name, producer, appellation, colour) -> set(formats)
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        if e["vintage"] in wine.setdefault(k, {}):
            E("{}: same wine, format and vintage twice".format(e["id"]))
        wine[k][e["vintage"]] = e["id"]
        drink.setdefault(k[:4], set()).add(e["format_cl"])

    if not 280 <= len(cases) <= 300:
        E("case count %d not in 280-300" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab = c.get("label", "")
        if lab in labels:
            E(f"duplicate label {lab!r}")
        labels.add(lab)
        x, conn = c.get("expect"), c.get("connection")
        counts[(conn, x)] = counts.get((conn, x), 0) + 1
        if not c.get("note"):
            E(f"{lab!r}: empty note")
        try:
            meas, v, text, full = read(conn, lab)
        except ValueError as ex:
            E(f"{lab!r}: {ex}")
            continue
        if c.get("vintage") != v:
            E("{!r}: vintage field {!r} but label reads {!r}".format(lab, c.get("vintage"), v))
        if "cut off by the till" in c["note"] and not (conn == "bar" and full):
            E(f"{lab!r}: cut-off note on a label not cut")
        if x == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E(f"{lab!r}: none with an id, also_ok or units")
            continue
        if x not in ("yes", "almost"):
            E(f"{lab!r}: expect {x!r}")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            E(f"{lab!r}: unknown beverage_id")
            continue
        if meas is None:
            E(f"{lab!r}: a drink answer without a measure")
            continue
        if not shares(text, e):
            E("{!r}: shares no word with {}".format(lab, e["id"]))
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        fmts = drink[k[:4]]
        f, cat = e["format_cl"], e["category"]
        wineish = cat in ("vin", "champagne")
        # format / measure
        if meas == "btl":
            ok = f == 75 if wineish else (f < 1000 and len([g for g in fmts if g < 1000]) == 1)
            want = 1
        elif meas in ("half", "mag", "clav"):
            ok, want = f == {"half": 37.5, "mag": 150, "clav": 62}[meas], 1
        elif meas.startswith("cl"):
            ok, want = f == float(meas[2:]), 1
        elif meas in ("demi", "pinte"):
            ok, want = f >= 1000, round(POUR[meas] / f, 4)
        elif meas in ("dose", "2cl", "4cl"):
            ok = cat in ("spiritueux", "autre") and len(fmts) == 1
            want = round(POUR[meas] / f, 4)
        else:
            ordinary = 75 if 75 in fmts else ([g for g in fmts if g not in (37.5, 150)] or [None])[0]
            ok = cat in ("vin", "champagne", "autre") and f == ordinary and f not in (37.5, 150)
            want = round(POUR[meas] / f, 4)
        if not ok:
            E("{!r}: entry {} ({} cl) does not fit the measure {}".format(lab, e["id"], f, meas))
        if c["units_per_sale"] != want:
            E("{!r}: units {!r}, measure says {!r}".format(lab, c["units_per_sale"], want))
        # yes / almost / also_ok
        vids = wine[k]
        others = sorted(i for vv, i in vids.items() if i != e["id"])
        if sorted(c["also_ok"]) != sorted(others if (x == "almost" or v is None) else []):
            E("{!r}: also_ok {!r}, expected {!r}".format(lab, c["also_ok"], others if (x == "almost" or v is None) else []))
        if x == "yes":
            if v is not None and e["vintage"] != v:
                E("{!r}: yes but entry vintage {!r} != label {!r}".format(lab, e["vintage"], v))
            if v is None and e["vintage"] is not None and e["vintage"] != max(vv for vv in vids if vv):
                E(f"{lab!r}: yes without vintage not on the most recent")
        else:
            if v is None or v in vids or None in vids:
                E(f"{lab!r}: almost but label vintage {v!r} is held or absent")
            else:
                best = sorted((vv for vv in vids), key=lambda y: (abs(y - v), -y))[0]
                if e["vintage"] != best:
                    E(f"{lab!r}: almost not on the nearest vintage {best!r}")
    tot = len(cases) or 1
    share = {x: sum(n for (t, y), n in counts.items() if y == x) / tot for x in ("yes", "almost", "none")}
    if not 0.45 <= share["yes"] <= 0.52:
        E("yes share {:.3f}".format(share["yes"]))
    if not 0.12 <= share["almost"] <= 0.17:
        E("almost share {:.3f}".format(share["almost"]))
    if not 0.33 <= share["none"] <= 0.40:
        E("none share {:.3f}".format(share["none"]))
    for t in ("bar", "refuge", "chalet"):
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                E(f"till {t} has no {x}")
    return errs, counts


def load():
    with open(os.path.join(HERE, "chamonix_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "chamonix_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    J = lambda l: json.loads(l)  # noqa: E731
    D = lambda o: json.dumps(o, ensure_ascii=False)  # noqa: E731

    def find(pred):
        for i, l in enumerate(cases):
            if pred(J(l)):
                return i
        raise AssertionError("no case for a break")

    def edit_case(pred, fn):
        c = copy.copy(cases)
        i = find(pred)
        o = J(c[i])
        fn(o)
        c[i] = D(o)
        return lib, c

    def edit_lib(i, fn):
        l = copy.copy(lib)
        o = J(l[i])
        fn(o)
        l[i] = D(o) if isinstance(o, dict) else o
        return l, cases

    def swap_fields(o):
        items = list(o.items())
        items[0], items[1] = items[1], items[0]
        o.clear()
        o.update(items)

    beer = next(i for i, l in enumerate(lib) if J(l)["category"] == "bière")
    breaks = [
        ("invalid JSON", (lib, [*cases[:5], "{broken", *cases[6:]]), "invalid JSON"),
        ("fields out of order", edit_case(lambda o: True, swap_fields), "fields out of order"),
        ("library id out of sequence", edit_lib(3, lambda o: o.update(id="cx099")), "out of sequence"),
        ("colour on a beer", edit_lib(beer, lambda o: o.update(colour="blanc")), "colour on a"),
        ("glass units", edit_case(lambda o: o["label"].startswith("K") and " GLS " in o["label"] and o["expect"] == "yes",
                                  lambda o: o.update(units_per_sale=0.2)), "units"),
        ("almost on the farther vintage", edit_case(lambda o: o["expect"] == "almost" and o["also_ok"],
                                                    lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[o["beverage_id"]])), "nearest"),
        ("also_ok dropped", edit_case(lambda o: o["expect"] == "yes" and o["also_ok"],
                                      lambda o: o.update(also_ok=[])), "also_ok"),
        ("none with an id", edit_case(lambda o: o["expect"] == "none",
                                      lambda o: o.update(beverage_id="cx001")), "none with"),
        ("duplicate label", (lib, [*cases, cases[0]]), "duplicate label"),
        ("half bottle on the 75 cl entry", edit_case(lambda o: "1/2 bouteille" in o["label"] and o["expect"] == "yes",
                                                     lambda o: o.update(beverage_id="cx002")), "does not fit"),
        ("draught on a bottled beer", edit_case(lambda o: "Fatöl 50cl Mont Blanc Blonde" in o["label"],
                                                lambda o: o.update(beverage_id="cx102")), "does not fit"),
        ("vintage field not on the label", edit_case(lambda o: o["vintage"] is not None and o["expect"] == "yes",
                                                     lambda o: o.update(vintage=o["vintage"] - 1)), "vintage field"),
        ("bar label without price", edit_case(lambda o: o["connection"] == "bar",
                                              lambda o: o.update(label=o["label"].rsplit(" @", 1)[0])), "bar label form"),
        ("refuge label with an accent", edit_case(lambda o: o["connection"] == "refuge" and "?" in o["label"],
                                                  lambda o: o.update(label=o["label"].replace("?", "é", 1))), "refuge label form"),
        ("chalet bare vintage", edit_case(lambda o: o["connection"] == "chalet" and "årg." in o["label"],
                                          lambda o: o.update(label=o["label"].replace(", årg. ", " "))), "without årg"),
        ("label sharing no word", edit_case(lambda o: o["label"] == "K51 GLS APREMONT GIACHINO @5.00" or (o["connection"] == "bar" and o["expect"] == "yes" and "DBL" in o["label"]),
                                            lambda o: o.update(beverage_id="cx121")), "shares no word"),
        ("too few cases", (lib, cases[:250]), "case count"),
        ("till without almost", (lib, [l for l in cases if not (J(l)["connection"] == "chalet" and J(l)["expect"] == "almost")]), "chalet has no almost"),
        ("yes on the sibling vintage", edit_case(lambda o: o["label"].endswith("Flaska Apremont Perrier, årg. 2022"),
                                                 lambda o: o.update(beverage_id="cx002")), "entry vintage"),
        ("cut-off note on an uncut label", edit_case(lambda o: o["connection"] == "chalet" and o["expect"] == "yes",
                                                     lambda o: o.update(note=o["note"] + " [2020 cut off by the till]")), "cut-off note"),
    ]
    bad = 0
    for name, (l, c), needle in breaks:
        errs, _ = check(l, c)
        hit = [e for e in errs if needle in e]
        print("%-34s %s (%d errors; e.g. %s)" % (name, "reported" if hit else "NOT REPORTED", len(errs), (hit or errs or [""])[0][:90]))
        bad += not hit
    print("clean files pass; %d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    tot = sum(counts.values())
    print("library %d drinks, %d cases" % (len(lib), tot))
    for t in ("bar", "refuge", "chalet"):
        print("%-7s yes %3d  almost %3d  none %3d" % ((t, *tuple(counts.get((t, x), 0) for x in ("yes", "almost", "none")))))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
