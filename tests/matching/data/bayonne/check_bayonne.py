#!/usr/bin/env python3
"""Check the Le Petit Bayonne held-out set from its two jsonl files alone.

python3 check_bayonne.py            check bayonne_library.jsonl and bayonne_cases.jsonl
python3 check_bayonne.py --selftest break copies on purpose and show each break is reported

Stdlib only; imports nothing from the build.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}

# (kind, volume): bottle = one entry in that format (None: the ordinary format),
# pour = of the ordinary bottle, beer = of the keg
B_KEYS = {"BTL": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
          "20CL": ("bottle", 20), "25CL": ("bottle", 25), "33CL": ("bottle", 33),
          "50CL": ("bottle", 50), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
          "CP": ("pour", 12.5), "VRE12": ("pour", 12), "VRE15": ("pour", 15),
          "PICH25": ("pour", 25), "PICH50": ("pour", 50), "DOSE": ("pour", 4),
          "2CL": ("pour", 2), "6CL": ("pour", 6), "DEMI": ("beer", 25), "PINTE": ("beer", 50)}
S_SUFFIX = {"Demi-bouteille": ("bottle", 37.5), "Magnum": ("bottle", 150),
            "20cl": ("bottle", 20), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
            "50cl": ("bottle", 50), "1L": ("bottle", 100), "Verre": ("pour", 12.5),
            "Coupe": ("pour", 12.5), "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15),
            "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4),
            "2cl": ("pour", 2), "6cl": ("pour", 6), "Demi": ("beer", 25), "Pinte": ("beer", 50)}
E_WORDS = {"bout": ("bottle", None), "demi-bout": ("bottle", 37.5), "magnum": ("bottle", 150),
           "20cl": ("bottle", 20), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
           "50cl": ("bottle", 50), "1l": ("bottle", 100), "verre": ("pour", 12.5),
           "coupe": ("pour", 12.5), "verre 12": ("pour", 12), "verre 15": ("pour", 15),
           "carafe 25": ("pour", 25), "carafe 50": ("pour", 50), "dose": ("pour", 4),
           "2cl": ("pour", 2), "6cl": ("pour", 6), "demi": ("beer", 25), "pinte": ("beer", 50)}
NONE_MEASURE = ("bottle", None)
B_WIDTH = 18


def parse_label(till, label):
    """-> (measure, vintage, problems) read from the label alone."""
    probs = []
    if till == "B":
        if len(label) > B_WIDTH:
            probs.append("B label longer than %d" % B_WIDTH)
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9 ./]*", label) or "  " in label:
            probs.append("B label not in ASCII capitals")
        first = label.split(" ")[0]
        measure = B_KEYS.get(first, NONE_MEASURE)
        m = re.search(r" (\d{2})$", label)
        vintage = 2000 + int(m.group(1)) if m else None
        return measure, vintage, probs
    if till == "S":
        if not re.search(r"[a-zà-ÿ]", label) or label != label.strip():
            probs.append("S label not in mixed case")
        parts = label.split(" - ")
        if len(parts) > 2 or (len(parts) == 2 and parts[1] not in S_SUFFIX):
            probs.append("S label with an unknown size suffix")
        measure = S_SUFFIX.get(parts[1], NONE_MEASURE) if len(parts) == 2 else NONE_MEASURE
        m = re.search(r" ((?:19|20)\d{2})$", parts[0])
        vintage = int(m.group(1)) if m else None
        if re.search(r"(?<![\d.])\d{2}$", parts[0]) and not m:
            probs.append("S label with a two-digit vintage")
        return measure, vintage, probs
    if till == "E":
        m = re.fullmatch(r"([1-9])\d{3} ([a-z0-9 .\-]+?) (\d+\.\d{2})", label)
        if not m:
            return NONE_MEASURE, None, ["E label not code, lower-case text, price"]
        text = m.group(2)
        measure = NONE_MEASURE
        for w in sorted(E_WORDS, key=len, reverse=True):
            if text.endswith(" " + w):
                measure = E_WORDS[w]
                text = text[: -len(w) - 1]
                break
        v = re.search(r" (\d{2})$", text)
        return measure, (2000 + int(v.group(1)) if v else None), probs
    return NONE_MEASURE, None, ["unknown connection %r" % till]


def e_digit(entry):
    if entry["category"] == "champagne" or entry["colour"] in ("effervescent", "liquoreux"):
        return 4
    if entry["colour"]:
        return {"rouge": 1, "blanc": 2, "rosé": 3}[entry["colour"]]
    if entry["category"] == "bière" or re.search(r"Cidre|Sagardo", entry["name"]):
        return 5
    if entry["category"] == "soft":
        return 7
    return 6


def ordinary(formats):
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return next(iter(formats))
    return None


def validate(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            row = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(row) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(row)))
            continue
        if row["id"] != "by%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, row["id"]))
        if row["colour"] not in COLOURS:
            errs.append("%s: colour %r" % (row["id"], row["colour"]))
        if row["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (row["id"], row["category"]))
        if row["category"] in ("vin", "champagne") and row["colour"] is None:
            errs.append("%s: wine without colour" % row["id"])
        if row["category"] not in ("vin", "champagne") and row["colour"] is not None:
            errs.append("%s: colour on a %s" % (row["id"], row["category"]))
        if row["vintage"] is not None and not (isinstance(row["vintage"], int) and 1900 < row["vintage"] < 2030):
            errs.append("%s: vintage %r" % (row["id"], row["vintage"]))
        if not isinstance(row["format_cl"], (int, float)) or row["format_cl"] <= 0:
            errs.append("%s: format %r" % (row["id"], row["format_cl"]))
        if row["category"] == "bière" and row["format_cl"] >= 1000 and row["format_cl"] not in (2000, 3000):
            errs.append("%s: keg of %s cl" % (row["id"], row["format_cl"]))
        lib.append(row)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    by_id = {r["id"]: r for r in lib}
    wine = {}
    fams = {}
    for r in lib:
        wine.setdefault((r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"]), []).append(r)
        fams.setdefault((r["name"], r["producer"], r["appellation"], r["colour"]), set()).add(r["format_cl"])
    for k, rows in wine.items():
        vs = [r["vintage"] for r in rows]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("%s: duplicate or mixed vintages %s" % (k[0], vs))

    labels = set()
    counts = {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (i, list(c)))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = "case %d %r" % (i, lab)
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(where + ": no note")
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        (kind, vol), vintage, probs = parse_label(till, lab)
        errs.extend(where + ": " + p for p in probs)
        if c["vintage"] != vintage:
            errs.append(where + ": vintage %r, label reads %r" % (c["vintage"], vintage))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c["beverage_id"])
            continue
        if till == "E" and int(lab[0]) != e_digit(e):
            errs.append(where + ": article code family %s for a %s" % (lab[0], e["category"]))
        fmts = fams[(e["name"], e["producer"], e["appellation"], e["colour"])]
        fmt = e["format_cl"]
        # format against the printed measure
        if kind == "bottle":
            want = vol if vol is not None else ordinary(fmts)
            units = 1
        elif kind == "pour":
            want = ordinary(fmts)
            units = round(vol / fmt, 4)
        else:
            want = fmt if (e["category"] == "bière" and fmt >= 2000) else "a keg"
            units = round(vol / fmt, 4)
        if fmt != want:
            errs.append(where + ": entry of %s cl, label means %s" % (fmt, want))
        if c["units_per_sale"] != units or (isinstance(c["units_per_sale"], float) and c["units_per_sale"] != round(c["units_per_sale"], 4)):
            errs.append(where + ": units %r, measure gives %r" % (c["units_per_sale"], units))
        # vintages
        group = wine[(e["name"], e["producer"], e["appellation"], e["colour"], fmt)]
        vints = sorted(r["vintage"] for r in group if r["vintage"] is not None)
        others = sorted((r for r in group if r["id"] != e["id"]), key=lambda r: r["vintage"] or 0)
        other_ids = [r["id"] for r in others]
        if exp == "yes":
            if vintage is not None:
                if e["vintage"] != vintage:
                    errs.append(where + ": yes on %s but label says %s" % (e["vintage"], vintage))
                if c["also_ok"]:
                    errs.append(where + ": also_ok on a label with its vintage")
            else:
                if vints and e["vintage"] != vints[-1]:
                    errs.append(where + ": no vintage on label, entry not the most recent")
                if c["also_ok"] != other_ids:
                    errs.append(where + ": also_ok %s, expected %s" % (c["also_ok"], other_ids))
        else:
            if vintage is None or not vints:
                errs.append(where + ": almost without a label vintage or on a non-vintage drink")
                continue
            if vintage in vints:
                errs.append(where + ": almost but %d is held" % vintage)
            best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
            if e["vintage"] != best:
                errs.append(where + ": almost on %s, nearest is %s" % (e["vintage"], best))
            if c["also_ok"] != other_ids:
                errs.append(where + ": also_ok %s, expected %s" % (c["also_ok"], other_ids))
    n = sum(counts.values())
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    tot = {x: sum(v for (t, e2), v in counts.items() if e2 == x) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        pct = 100.0 * tot[x] / max(n, 1)
        if not lo <= pct <= hi:
            errs.append("%s is %.1f %% (%d-%d)" % (x, pct, lo, hi))
    for t in "BSE":
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append("till %s has no %s case" % (t, x))
    if {t for t, _ in counts} - set("BSE"):
        errs.append("unknown connections %s" % ({t for t, _ in counts} - set("BSE")))
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest():
    lib, cases = read("bayonne_library.jsonl"), read("bayonne_cases.jsonl")
    errs, _ = validate(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = not errs

    def edit(lines, pred, fn):
        out, done = [], False
        for l in lines:
            if not done and pred(json.loads(l)):
                d = json.loads(l)
                fn(d)
                out.append(json.dumps(d, ensure_ascii=False))
                done = True
            else:
                out.append(l)
        assert done
        return out

    def reorder(d):
        v = d.pop("expect")
        d["expect"] = v

    def C(**kw):
        return (lambda d: all(d.get(k) == v for k, v in kw.items()))
    breaks = [
        ("bad JSON", lib, [*cases[:5], "{not json", *cases[6:]]),
        ("field order", lib, edit(cases, C(expect="yes"), reorder)),
        ("id out of sequence", edit(lib, C(id="by010"), lambda d: d.update(id="by110")), cases),
        ("unknown colour", edit(lib, C(id="by005"), lambda d: d.update(colour="red")), cases),
        ("colour on a beer", edit(lib, C(category="bière"), lambda d: d.update(colour="blanc")), cases),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("vintage not the label's", lib, edit(cases, lambda d: d["vintage"] is not None and d["expect"] == "yes",
                                              lambda d: d.update(vintage=d["vintage"] - 1))),
        ("almost on the farther vintage", lib, edit(cases, lambda d: d["expect"] == "almost" and d["also_ok"],
                                                    lambda d: d.update(beverage_id=d["also_ok"][0], also_ok=[d["beverage_id"]]))),
        ("also_ok emptied", lib, edit(cases, lambda d: d["expect"] == "yes" and d["also_ok"],
                                      lambda d: d.update(also_ok=[]))),
        ("glass units", lib, edit(cases, lambda d: d["units_per_sale"] == 0.1667,
                                  lambda d: d.update(units_per_sale=0.16))),
        ("demi units", lib, edit(cases, lambda d: d["label"].startswith("DEMI "),
                                 lambda d: d.update(units_per_sale=0.0125 if d["units_per_sale"] != 0.0125 else 0.0083))),
        ("magnum pointed at a 75 cl", lib, edit(cases, lambda d: d["label"].endswith("- Magnum") and d["expect"] == "yes",
                                                lambda d: d.update(beverage_id="by001"))),
        ("half pointed at a 75 cl", lib, edit(cases, C(label="Gorri d'Ansa - Demi-bouteille"),
                                              lambda d: d.update(beverage_id="by010"))),
        ("none with an id", lib, edit(cases, C(expect="none"), lambda d: d.update(beverage_id="by001"))),
        ("yes on the wrong vintage", lib, edit(cases, C(label="BTL MOURGUY 19"), lambda d: d.update(beverage_id="by002"))),
        ("B label lower case", lib, edit(cases, C(connection="B"), lambda d: d.update(label=d["label"].lower()))),
        ("B label too long", lib, edit(cases, C(label="VRE TXAKOLI GAINTZ"), lambda d: d.update(label="VRE TXAKOLI GAINTZA"))),
        ("E code family", lib, edit(cases, lambda d: d["connection"] == "E" and d["label"].startswith("1"),
                                    lambda d: d.update(label="2" + d["label"][1:]))),
        ("E price missing", lib, edit(cases, C(connection="E"), lambda d: d.update(label=d["label"].rsplit(" ", 1)[0]))),
        ("unknown connection", lib, edit(cases, C(connection="S"), lambda d: d.update(connection="X"))),
        ("counts out of range", lib, [l for l in cases if json.loads(l)["expect"] != "almost"]),
        ("library too small", lib[:100], [l for l in cases if not json.loads(l)["beverage_id"] or int(json.loads(l)["beverage_id"][2:]) <= 100]),
    ]
    for what, l2, c2 in breaks:
        e2, _ = validate(l2, c2)
        new = [e for e in e2 if e not in errs]
        print("%-30s %s  %s" % (what, "reported" if new else "MISSED", new[0][:90] if new else ""))
        ok = ok and bool(new)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = validate(read("bayonne_library.jsonl"), read("bayonne_cases.jsonl"))
    for e in errs:
        print(e)
    print("| till | yes | almost | none | total |")
    for t in "BSE":
        row = [counts.get((t, x), 0) for x in ("yes", "almost", "none")]
        print("| %s | %d | %d | %d | %d |" % (t, row[0], row[1], row[2], sum(row)))
    print("%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
