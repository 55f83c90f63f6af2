#!/usr/bin/env python3
"""Check the "Le Quai des Bulles" (Lannion) set from its two jsonl files alone.

    python3 check_lannion.py [library.jsonl cases.jsonl]
    python3 check_lannion.py --selftest

Stdlib only; it imports nothing of the build. Exit 1 and one line per problem
when something is wrong.
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "pub")

# measure -> (kind, cl); bottle with None = the ordinary bottle
MEAS = {
    "btl": ("bottle", None), "b33": ("bottle", 33), "b75": ("bottle", 75), "b50": ("bottle", 50),
    "b100": ("bottle", 100), "b25": ("bottle", 25), "b70": ("bottle", 70),
    "half": ("bottle", 37.5), "mag": ("bottle", 150), "vre": ("pour", 12.5),
    "v12": ("pour", 12), "v15": ("pour", 15), "p25": ("pour", 25), "p50": ("pour", 50),
    "coupe": ("pour", 12.5), "dose": ("pour", 4), "d2": ("pour", 2), "bol": ("pour", 25),
    "demi": ("pour", 25), "pinte": ("pour", 50),
}
CAISSE = {"BTL": "btl", "BTL33": "b33", "BTL75": "b75", "BTL50": "b50", "BTL1L": "b100",
          "BTL25": "b25", "BTL70": "b70", "1/2BTL": "half", "MAG": "mag", "VRE": "vre",
          "VRE12": "v12", "VRE15": "v15", "PICH25": "p25", "PICH50": "p50", "COUPE": "coupe",
          "DOSE": "dose", "BOLEE": "bol", "DEMI": "demi", "PINTE": "pinte"}
SALLE = {"Bouteille": "btl", "33cl": "b33", "75cl": "b75", "50cl": "b50", "1L": "b100",
         "25cl": "b25", "70cl": "b70", "Demi-bouteille": "half", "Magnum": "mag",
         "Verre": "vre", "Verre 12cl": "v12", "Verre 15cl": "v15", "Pichet 25cl": "p25",
         "Pichet 50cl": "p50", "Coupe": "coupe", "Dose": "dose", "Bolée": "bol",
         "Demi": "demi", "Pinte": "pinte"}
PUB = {"btl": "btl", "33cl": "b33", "75cl": "b75", "50cl": "b50", "1l": "b100", "25cl": "b25",
       "70cl": "b70", "37.5": "half", "mag": "mag", "vre": "vre", "12cl": "v12",
       "15cl": "v15", "pich25": "p25", "pich50": "p50", "coupe": "coupe", "4cl": "dose",
       "2cl": "d2", "bolee": "bol", "demi": "demi", "pinte": "pinte"}
# short forms of the trade or of this house, for the shared-word check
SHORT = {"cdr": "cotes", "vdr": "rance", "sanc": "sancerre", "vclicquot": "clicquot",
         "bzh": "bretagne", "champigny": "champigny", "blc": None, "rge": None}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def read_back(till, label):
    """(measure or '-', vintage or None), or raises ValueError on a malformed label."""
    if till == "caisse":
        if len(label) > 20 or label != label.upper() or not re.fullmatch(r"[A-Z0-9 /']+", label):
            raise ValueError("caisse label not upper-case ASCII within 20 columns")
        w = label.split(" ")
        m = CAISSE.get(w[0], "-")
        v = None
        if len(w) > (2 if m != "-" else 1) and re.fullmatch(r"\d\d", w[-1]):
            v = 2000 + int(w[-1])
        return m, v
    if till == "salle":
        if not re.search(r"[a-zé]", label) or label != label.strip():
            raise ValueError("salle label not in mixed case")
        mm = re.fullmatch(r"(.*) \(([^()]*)\)", label)
        if mm and mm.group(2) not in SALLE:
            raise ValueError(f"salle: unknown serving {mm.group(2)!r}")
        m, name = (SALLE[mm.group(2)], mm.group(1)) if mm else ("-", label)
        ys = re.findall(r"(?<!\S)((?:19|20)\d\d)(?!\S)", name)
        return m, (int(ys[-1]) if ys else None)
    if till == "pub":
        if not re.fullmatch(r"[1-9]\d\d [a-z0-9 '.]+", label):
            raise ValueError("pub label without its article number or not lower-case ASCII")
        w = label.split(" ")
        m = PUB.get(w[-1], "-")
        name = w[1:-1] if m != "-" else w[1:]
        v = int(name[-1]) if name and re.fullmatch(r"(19|20)\d\d", name[-1]) else None
        return m, v
    raise ValueError(f"unknown connection {till!r}")


def load(path, errs, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append(f"{what} line {n}: invalid JSON")
    return rows


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, errs, "library")
    cases = load(cases_path, errs, "cases")
    by_id = {}
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append(f"library {n}: fields out of order or missing")
            continue
        if e["id"] != f"ln{n:03d}":
            errs.append(f"library {n}: id {e['id']} out of sequence")
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append(f"{e['id']}: unknown colour or category")
        if (e["colour"] is None) != (e["category"] in ("spiritueux", "bière", "soft", "autre")):
            errs.append(f"{e['id']}: colour against category")
        if not (isinstance(e["format_cl"], (int, float)) and e["format_cl"] > 0):
            errs.append(f"{e['id']}: bad format")
        elif e["format_cl"] >= 2000 and e["category"] not in ("bière", "autre"):
            errs.append(f"{e['id']}: a keg that is no beer or cider")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2025):
            errs.append(f"{e['id']}: bad vintage")
        by_id[e["id"]] = e
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks, not 110-130")

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    groups = {}
    for e in by_id.values():
        groups.setdefault(wine_key(e), []).append(e)
    for k, g in groups.items():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append(f"{g[0]['id']}: the same wine twice in one vintage / format")

    def formats_of(e):
        return {x["format_cl"] for x in by_id.values()
                if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                (e["name"], e["producer"], e["appellation"], e["colour"])}

    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    articles = {}
    for n, c in enumerate(cases, 1):
        where = f"case {n}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields out of order or missing")
            continue
        lab, till = c["label"], c["connection"]
        where = f"case {n} {lab!r}"
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        if not c["note"]:
            errs.append(f"{where}: empty note")
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(f"{where}: bad expect")
            continue
        if till in counts:
            counts[till][c["expect"]] += 1
        try:
            meas, v = read_back(till, lab)
        except ValueError as ex:
            errs.append(f"{where}: {ex}")
            continue
        if till == "pub":
            art = lab.split(" ")[0]
            if art in articles:
                errs.append(f"{where}: article {art} already used by {articles[art]!r}")
            articles[art] = lab
        if c["vintage"] != v:
            errs.append(f"{where}: vintage field {c['vintage']} but the label reads {v}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an answer")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown beverage_id")
            continue
        if any(a not in by_id for a in c["also_ok"]):
            errs.append(f"{where}: unknown id in also_ok")
        if meas == "-":
            errs.append(f"{where}: answered without a measure on the label")
            continue
        kind, vol = MEAS[meas]
        f = e["format_cl"]
        wine = e["category"] in ("vin", "champagne")
        fmts = formats_of(e)
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine and 75 in fmts else None)
            if want is None:
                bottles = [x for x in fmts if x < 2000 and not (wine and x in (37.5, 150))]
                want = bottles[0] if len(bottles) == 1 else -1
            if f != want:
                errs.append(f"{where}: bottle measure on a {f} cl entry")
            if c["units_per_sale"] != 1:
                errs.append(f"{where}: a bottle is 1 unit")
        else:
            if meas in ("demi", "pinte") and not (e["category"] == "bière" and f >= 2000):
                errs.append(f"{where}: draught measure not on a beer keg")
            if meas not in ("demi", "pinte") and e["category"] == "bière":
                errs.append(f"{where}: beer poured other than by demi/pinte")
            if wine:
                ordinary = 75 if 75 in fmts else min(fmts)
                if f != ordinary:
                    errs.append(f"{where}: a pour on a half, a magnum or not the ordinary bottle")
            if f >= 2000 and e["category"] == "autre" and meas not in ("bol", "p25", "p50"):
                errs.append(f"{where}: a keg cider poured other than by bolée / pichet")
            if e["category"] == "autre" and meas in ("bol", "p25", "p50") and any(x >= 2000 for x in fmts) and f < 2000:
                errs.append(f"{where}: cider pour not from its keg")
            want = round(vol / f, 4)
            if c["units_per_sale"] != want:
                errs.append(f"{where}: units {c['units_per_sale']} but {vol} / {f} = {want}")
        g = sorted(groups[wine_key(e)], key=lambda x: x["vintage"] or 0)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        gv = [x["vintage"] for x in g]
        if c["expect"] == "yes":
            if v is not None and e["vintage"] is not None:
                if e["vintage"] != v or c["also_ok"]:
                    errs.append(f"{where}: yes with vintage {v} must be that entry, also_ok empty")
            elif v is not None and e["vintage"] is None:
                errs.append(f"{where}: a vintage on a non-vintage drink")
            else:
                if e["id"] != g[-1]["id"] or sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: yes without vintage must be the most recent, others in also_ok")
        else:
            if v is None or None in gv or v in gv:
                errs.append(f"{where}: almost needs a label vintage the wine lacks")
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if e["id"] != best["id"] or sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: almost must be the nearest vintage (tie: more recent), others in also_ok")
        # fairness: the label shares a word, a 4-letter stem or a short form with the entry
        ew = set(words(f"{e['name']} {e['producer']} {e['appellation'] or ''}"))
        measure_words = {fold(x) for x in list(CAISSE) + list(SALLE) + list(PUB)}
        ok = False
        for w in words(lab):
            if w in measure_words or w.isdigit() or len(w) < 3:
                continue
            if (len(w) >= 6 and w in "".join(words(f"{e['name']} {e['producer']}"))) or SHORT.get(w) in ew or any(x[:4] == w[:4] for x in ew if len(x) >= 4 and len(w) >= 4) or w in ew:
                ok = True
        if not ok:
            errs.append(f"{where}: shares no word with {e['id']}")
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append(f"{total} cases, not 280-300")
    if total:
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100 * sum(counts[t][ex] for t in TILLS) / total
            if not lo <= p <= hi:
                errs.append(f"{ex} is {p:.1f} %, not {lo}-{hi} %")
    for t in TILLS:
        for ex in ("yes", "almost", "none"):
            if counts[t][ex] == 0:
                errs.append(f"till {t} has no {ex}")
    return errs, counts


def selftest():
    lib0 = os.path.join(HERE, "lannion_library.jsonl")
    cas0 = os.path.join(HERE, "lannion_cases.jsonl")
    errs, _ = check(lib0, cas0)
    print(f"clean files: {len(errs)} problem(s)")
    ok = not errs
    L = open(lib0, encoding="utf-8").read().splitlines()
    C = [json.loads(x) for x in open(cas0, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(i, **kw):
        def f(lib, cases):
            cases[i] = dict(cases[i], **kw)
            return lib, cases
        return f

    ids = {json.loads(x)["id"]: json.loads(x) for x in L}
    iy = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "salle")
    other = next(k for k, e in ids.items() if e["name"] == ids[C[iy]["beverage_id"]]["name"]
                 and k != C[iy]["beverage_id"])
    inov = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    ialm = first(lambda c: c["expect"] == "almost")
    inone = first(lambda c: c["expect"] == "none")
    ivre = first(lambda c: c["expect"] == "yes" and c["label"].startswith("VRE "))
    ica = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes")
    ipub = first(lambda c: c["connection"] == "pub")
    isal = first(lambda c: c["connection"] == "salle" and c["label"].endswith(")"))
    imag = first(lambda c: c["expect"] == "yes" and c["label"].startswith("MAG "))
    e_mag = ids[C[imag]["beverage_id"]]
    bottle75 = next(k for k, e in ids.items() if e["name"] == e_mag["name"] and e["format_cl"] == 75)
    ib33 = first(lambda c: c["expect"] == "yes" and c["label"].endswith(" 33cl")
                 and ids[c["beverage_id"]]["category"] == "bière")
    breaks = {
        "invalid JSON|invalid JSON": lambda l, c: (l, [*c, "{not json"]),
        "fields out of order|fields out of order": lambda l, c: ([json.dumps(dict(reversed(list(json.loads(l[0]).items()))), ensure_ascii=False), *l[1:]], c),
        "id out of sequence|out of sequence": lambda l, c: ([l[0].replace('"ln001"', '"ln000"'), *l[1:]], c),
        "unknown colour|unknown colour": lambda l, c: ([x.replace('"rouge"', '"red"') for x in l], c),
        "yes on the wrong vintage|must be that entry": edit(iy, beverage_id=other),
        "missing also_ok|most recent": edit(inov, also_ok=[]),
        "almost turned into yes|must be that entry": edit(ialm, expect="yes"),
        "none with an id|none with an answer": edit(inone, beverage_id="ln001"),
        "wrong glass units|units": edit(ivre, units_per_sale=0.16),
        "caisse label in lower case|caisse label": edit(ica, label=C[ica]["label"].lower()),
        "caisse label too long|caisse label": edit(ica, label=C[ica]["label"] + " XXXXXXXXXXXXXXXXX"),
        "pub label without article|article number": edit(ipub, label=C[ipub]["label"].split(" ", 1)[1]),
        "salle unknown serving|unknown serving": edit(isal, label=C[isal]["label"].rsplit(" (", 1)[0] + " (Chope)"),
        "duplicate label|duplicate label": lambda l, c: (l, [*c[:-1], dict(c[-1], label=c[0]["label"], connection=c[0]["connection"])]),
        "magnum pointed at the bottle|bottle measure": edit(imag, beverage_id=bottle75),
        "vintage field not on the label|vintage field": edit(iy, vintage=1999),
        "demi of a bottled beer|draught measure": edit(ib33, label=C[ib33]["label"][:-5] + " demi", units_per_sale=0.0758),
        "label sharing no word|shares no word": edit(iy, label=f"Zzzz Qqqq {C[iy]['vintage']} (" + C[iy]["label"].rsplit(" (", 1)[1]),
        "too few cases|not 280-300": lambda l, c: (l, c[:250]),
        "a till without almost|till pub has no almost": lambda l, c: (l, [x for x in c if not (x["connection"] == "pub" and x["expect"] == "almost")]),
    }
    tmp = tempfile.mkdtemp(prefix="check_lannion_")
    try:
        for key, brk in breaks.items():
            name, want = key.split("|")
            lib, cases = brk(list(L), [dict(x) for x in C])
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lib) + "\n")
            with open(cp, "w", encoding="utf-8") as fh:
                for x in cases:
                    fh.write((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n")
            errs, _ = check(lp, cp)
            hit = [e for e in errs if want in e]
            print(f"{'reported' if hit else 'MISSED  '}  {name}: {hit[0] if hit else errs}")
            ok = ok and bool(hit)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "passed" if ok else "FAILED", f"({len(breaks)} kinds of break)")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    lp, cp = args if len(args) == 2 else (os.path.join(HERE, "lannion_library.jsonl"),
                                         os.path.join(HERE, "lannion_cases.jsonl"))
    errs, counts = check(lp, cp)
    for e in errs:
        print(e)
    for t in TILLS:
        print(t, counts[t])
    print("OK" if not errs else f"{len(errs)} problem(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
