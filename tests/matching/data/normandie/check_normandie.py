#!/usr/bin/env python3
"""Check normandie_library.jsonl and normandie_cases.jsonl on their own.

Does not import the build or its modules: every till's reading of a label is
written again here.  `python3 check_normandie.py [library cases]` prints the
problems (exit 1) or a summary (exit 0).  `--selftest` breaks copies of the two
files on purpose, checks that each break is reported, and that the unbroken
files check clean.
"""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "bons", "boutique")

# measure code -> (sort, cl); sort: bottle / pour / draught
CAISSE = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
          "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
          "75CL": ("bottle", 75), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
          "VRE15": ("pour", 15), "CP": ("pour", 12.5), "PICH25": ("pour", 25),
          "PICH50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
          "6CL": ("pour", 6), "BOLEE": ("pour", 25), "DEMI": ("draught", 25),
          "PINTE": ("draught", 50)}
BONS = {"btl": ("bottle", 75), "demi-btl": ("bottle", 37.5), "magnum": ("bottle", 150),
        "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50),
        "70cl": ("bottle", 70), "75cl": ("bottle", 75), "1l": ("bottle", 100),
        "verre": ("pour", 12.5), "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5),
        "pichet 25": ("pour", 25), "pichet 50": ("pour", 50), "dose": ("pour", 4),
        "2cl": ("pour", 2), "6cl": ("pour", 6), "bolée": ("pour", 25),
        "demi": ("draught", 25), "pinte": ("draught", 50)}
SHOP = {"75 cl": 75, "37,5 cl": 37.5, "150 cl": 150, "25 cl": 25, "33 cl": 33,
        "50 cl": 50, "70 cl": 70, "100 cl": 100}
STOP = {"de", "la", "le", "les", "du", "des", "et", "d", "l", "au", "a", "ch", "dom",
        "chateau", "domaine", "vre", "verre", "btl", "dose", "cp", "coupe", "mag",
        "magnum", "demi", "pinte", "bolee", "pichet", "cl", "st", "saint", "cidre",
        "calvados", "calva", "champagne", "rouge", "blanc", "rose", "rs", "rg", "bl",
        "maison", "manoir", "brut", "pays", "auge", "ans", "passage", "carte", "pts", "pt"}
ABBR = {"calva": "calvados", "cid": "cidre", "pf": "pouilly fume", "hda": "hors age",
        "vv": "vieilles vignes", "gde": "grande", "res": "reserve", "bdb": "blanc blancs",
        "mill": "millesime", "millesime": "millesime", "l": "long"}


def fold(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).split()


def year2(two):
    n = int(two)
    return 1900 + n if n >= 50 else 2000 + n


def read_label(till, label):
    """(measure sort, cl, vintage, problems) as the till's own habits print them."""
    errs = []
    if till == "caisse":
        if len(label) > 21 or label != label.rstrip():
            errs.append("caisse label longer than 21 columns or padded")
        if not re.fullmatch(r"[A-Z0-9 /]+", label):
            errs.append("caisse label not ASCII capitals")
        toks = label.split()
        sort, cl = CAISSE.get(toks[0], ("bottle", 75)) if toks else ("bottle", 75)
        if toks and toks[0] not in CAISSE:
            sort, cl = "bare", 75
        vint = year2(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return sort, cl, vint, errs
    if till == "bons":
        m = re.fullmatch(r"T(\d\d) (\d\d):(\d\d) (.+?)(?: >> ([^>]+))?", label)
        if not m:
            return None, None, None, ["bons label without table, time and text"]
        table, hh, mm, body, mod = m.groups()
        if not (1 <= int(table) <= 24 and (12 <= int(hh) <= 14 or 19 <= int(hh) <= 22)
                and int(mm) < 60):
            errs.append("bons table or time out of service")
        if body != body.lower():
            errs.append("bons text not in lower case")
        if mod is not None and mod != mod.upper():
            errs.append("bons modifier not in capitals")
        sort, cl = None, None
        for word in sorted(BONS, key=len, reverse=True):
            if body == word or body.endswith(" " + word):
                sort, cl = BONS[word]
                break
        ys = re.findall(r"(?:^| )'(\d\d)(?= |$)", body)
        return sort, cl, (year2(ys[-1]) if ys else None), errs
    f = label.split(" ; ")
    if len(f) != 5:
        return None, None, None, ["boutique label without its five fields"]
    card, name, size, ean, pts = f
    if not re.fullmatch(r"carte \d{6}|passage", card):
        errs.append("boutique card field malformed")
    if not re.fullmatch(r"\+(\d+) pts?", pts):
        errs.append("boutique points malformed")
    else:
        n = int(pts[1:].split()[0])
        if card == "passage" and n:
            errs.append("boutique points earned without a card")
        if (n > 1) != pts.endswith("pts"):
            errs.append("boutique points plural")
    if not re.fullmatch(r"\d{13}", ean) or not ean_ok(ean):
        errs.append("boutique EAN-13 invalid")
    elif size in SHOP and ean[0] not in "345":
        errs.append("boutique bottle without a GS1 product code")
    elif size not in SHOP and ean[0] != "2":
        errs.append("boutique in-store item without a 2... code")
    ys = re.findall(r"(?:^| )((?:19|20)\d\d)(?= |$)", name)
    vint = int(ys[-1]) if ys else None
    if size in SHOP:
        return "bottle", SHOP[size], vint, errs
    return "item", None, vint, errs


def ean_ok(code):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def kind_of(e):
    cat = e["category"]
    if cat in ("vin", "champagne"):
        return "wine"
    if cat == "autre":
        return "pommeau" if "Pommeau" in e["name"] else "cider"
    return {"spiritueux": "spirit", "bière": "beer", "soft": "soft"}[cat]


def load(path, fields, what, errs):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line, object_pairs_hook=lambda p: p)
            except ValueError:
                errs.append("%s line %d: invalid JSON" % (what, n))
                continue
            keys = [k for k, _ in obj]
            if keys != fields:
                errs.append("%s line %d: fields %s" % (what, n, keys))
            rows.append(dict(obj))
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, LIB_FIELDS, "library", errs)
    cases = load(cases_path, CASE_FIELDS, "cases", errs)
    if errs:
        return errs, {}
    by_id, seen, groups = {}, set(), {}
    for n, e in enumerate(lib, 1):
        if e["id"] != "no%03d" % n:
            errs.append("library id %s out of sequence" % e["id"])
        by_id[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %s" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] in COLOURS) or (e["colour"] is not None and not wine):
            errs.append("%s: colour %s on a %s" % (e["id"], e["colour"], e["category"]))
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        wkey = (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])
        k = (*wkey, e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: a second entry for the same wine, format and vintage" % e["id"])
        seen.add(k)
        groups.setdefault(wkey, {}).setdefault(e["format_cl"], []).append(e)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks (110-130)" % len(lib))

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])

    labels, counts = set(), {}
    for c in cases:
        lab, till = c["label"], c["connection"]
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if till not in TILLS:
            errs.append(where + ": connection %r" % till)
            continue
        counts.setdefault(till, {"yes": 0, "almost": 0, "none": 0})
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % c["expect"])
            continue
        counts[till][c["expect"]] += 1
        if not c["note"]:
            errs.append(where + ": empty note")
        sort, cl, vint, problems = read_label(till, lab)
        errs.extend(where + ": " + p for p in problems)
        if c["vintage"] != vint:
            errs.append(where + ": vintage %r, the label reads %r" % (c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or \
                    c["units_per_sale"] is not None:
                errs.append(where + ": a none with an answer")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown id %r" % c["beverage_id"])
            continue
        if any(a not in by_id for a in c["also_ok"]):
            errs.append(where + ": unknown also_ok id")
            continue
        fmts = groups[wine_key(e)]
        same = fmts[e["format_cl"]]
        held = [x["vintage"] for x in same]
        others = sorted(x["id"] for x in same if x is not e)
        kind = kind_of(e)
        # format and units against the measure printed
        if sort in ("bottle", "bare"):
            if sort == "bare" and kind != "wine":
                errs.append(where + ": a register bottle without its size on a non-wine")
            if e["format_cl"] != cl:
                errs.append(where + ": bottle of %s cl answered with the %s cl entry"
                            % (cl, e["format_cl"]))
            if c["units_per_sale"] != 1:
                errs.append(where + ": units %r for a bottle" % c["units_per_sale"])
        elif sort in ("pour", "draught"):
            if till == "boutique":
                errs.append(where + ": a pour in the shop export")
            kegs = [f for f in fmts if f >= 1000]
            if sort == "draught":
                want = kegs[0] if kegs and kind == "beer" else None
            elif kind == "cider":
                want = kegs[0] if kegs else (75 if 75 in fmts else None)
            elif kind == "wine":
                want = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
            else:
                want = next(iter(fmts)) if len(fmts) == 1 else None
            if e["format_cl"] != want:
                errs.append(where + ": %s poured from the %s cl entry, not the %s cl one"
                            % (sort, e["format_cl"], want))
            elif c["units_per_sale"] != round(cl / e["format_cl"], 4):
                errs.append(where + ": units %r, %s cl of %s cl is %r" % (
                    c["units_per_sale"], cl, e["format_cl"], round(cl / e["format_cl"], 4)))
        else:
            errs.append(where + ": an answer for a line without a measure")
        # vintages
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append(where + ": yes on %r (also_ok %s) for label vintage %r"
                                % (e["vintage"], c["also_ok"], vint))
            else:
                if None not in held and e["vintage"] != max(held):
                    errs.append(where + ": yes without vintage not on the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok %s, other vintages %s"
                                % (c["also_ok"], others))
        else:
            if vint is None or vint in held or None in held:
                errs.append(where + ": almost without a missing label vintage")
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(where + ": almost on %s, nearest is %s" % (e["vintage"], best))
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok %s, other vintages %s"
                                % (c["also_ok"], others))
        # the label names the drink: a shared word, an abbreviation or a cut word
        words = set()
        for w in fold(lab if till != "boutique" else lab.split(" ; ")[1]):
            words.update(fold(ABBR.get(w, w)))
        ref = set(fold(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        sig = {w for w in words if w not in STOP and not w.isdigit() and len(w) > 1}
        ok = sig & ref or any(len(w) >= 4 and any(r.startswith(w) for r in ref) for w in sig)
        ages = set(re.findall(r"\b(\d+)a(?:ns)?\b", " ".join(fold(lab))))
        ok = ok or any(a in ref for a in ages)
        if not ok:
            errs.append(where + ": shares no word with %s" % e["id"])
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("%d cases (280-300)" % total)
    if set(counts) != set(TILLS):
        errs.append("tills present: %s" % sorted(counts))
    allc = {k: sum(t[k] for t in counts.values()) for k in ("yes", "almost", "none")}
    if total:
        share = {k: 100.0 * v / total for k, v in allc.items()}
        if not (45 <= share["yes"] <= 51 and 12 <= share["almost"] <= 16
                and 35 <= share["none"] <= 41):
            errs.append("shares %s off the 48/14/38 mix" % share)
    return errs, counts


def selftest():
    lib_p = os.path.join(HERE, "normandie_library.jsonl")
    cas_p = os.path.join(HERE, "normandie_cases.jsonl")
    errs, _ = check(lib_p, cas_p)
    if errs:
        print("unbroken files do not check clean:", errs[:5])
        return 1
    lib = open(lib_p, encoding="utf-8").read().splitlines()
    cas = open(cas_p, encoding="utf-8").read().splitlines()
    C = [json.loads(x) for x in cas]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def put(lines, i, **kw):
        c = json.loads(lines[i])
        c.update(kw)
        lines = list(lines)
        lines[i] = json.dumps(c, ensure_ascii=False)
        return lines

    breaks = []
    i = first(lambda c: c["units_per_sale"] == 0.1667)
    breaks.append(("a glass's units", lib, put(cas, i, units_per_sale=0.2)))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on the farther vintage", lib,
                   put(cas, i, beverage_id=C[i]["also_ok"][0],
                       also_ok=[C[i]["beverage_id"], *C[i]["also_ok"][1:]])))
    i = first(lambda c: "cut off by the till" in c["note"] and c["expect"] == "yes")
    yr = int(re.search(r"\[(\d{4}) cut", C[i]["note"]).group(1))
    breaks.append(("a cut vintage kept", lib, put(cas, i, vintage=yr)))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("a none with an id", lib, put(cas, i, beverage_id="no001")))
    i = first(lambda c: c["connection"] == "caisse")
    breaks.append(("a register label in lower case and too long", lib,
                   put(cas, i, label=C[i]["label"].lower() + " extra words")))
    i = first(lambda c: c["connection"] == "bons")
    breaks.append(("a printer line without table and time", lib,
                   put(cas, i, label=C[i]["label"][10:])))
    i = first(lambda c: c["connection"] == "boutique")
    lab = C[i]["label"].split(" ; ")
    lab[3] = lab[3][:12] + str((int(lab[3][12]) + 1) % 10)
    breaks.append(("an EAN-13 with a wrong check digit", lib, put(cas, i, label=" ; ".join(lab))))
    j = first(lambda c: True)
    c = json.loads(cas[j])
    swapped = {k: c[k] for k in ["label", "expect", "beverage_id", "also_ok", "units_per_sale",
                                  "vintage", "note", "connection"]}
    breaks.append(("fields out of order", lib,
                   [*cas[:j], json.dumps(swapped, ensure_ascii=False), *cas[j + 1:]]))
    L = [json.loads(x) for x in lib]
    i = first(lambda c: c["expect"] == "yes" and
              next(e for e in L if e["id"] == c["beverage_id"])["format_cl"] == 37.5)
    e = next(e for e in L if e["id"] == C[i]["beverage_id"])
    e75 = next(x for x in L if x["name"] == e["name"] and x["producer"] == e["producer"]
               and x["format_cl"] == 75)
    breaks.append(("a half bottle answered with the 75 cl entry", lib,
                   put(cas, i, beverage_id=e75["id"])))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", lib, put(cas, i, also_ok=[])))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    k = next(n for n, e in enumerate(L) if e["id"] == C[i]["beverage_id"])
    ent = dict(L[k])
    ent["vintage"] = ent["vintage"] - 7
    breaks.append(("an entry's vintage changed", [*lib[:k], json.dumps(ent, ensure_ascii=False), *lib[k + 1:]], cas))
    i = first(lambda c: c["label"].startswith("PINTE") and c["expect"] == "yes")
    e = next(e for e in L if e["id"] == C[i]["beverage_id"])
    e33 = next(x for x in L if x["name"] == e["name"] and x["format_cl"] == 33)
    breaks.append(("a draught pint answered with the 33 cl bottle", lib,
                   put(cas, i, beverage_id=e33["id"])))
    breaks.append(("a duplicate label", lib, [*cas, cas[0]]))
    i = first(lambda c: c["connection"] == "boutique" and c["label"].startswith("passage"))
    breaks.append(("points without a card", lib,
                   put(cas, i, label=C[i]["label"].replace("+0 pt", "+12 pts"))))
    i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("VRE ")
              and c["expect"] == "yes")
    breaks.append(("a glass labelled as a bottle", lib,
                   put(cas, i, label=C[i]["label"][4:])))
    i = first(lambda c: c["label"] == "VRE SAUTERNES")
    other = next(e for e in L if e["name"] == "La Moutonne")
    breaks.append(("a glass answered with an unrelated wine", lib,
                   put(cas, i, beverage_id=other["id"])))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, (what, l_lines, c_lines) in enumerate(breaks, 1):
            lp, cp = os.path.join(tmp, "l%d.jsonl" % n), os.path.join(tmp, "c%d.jsonl" % n)
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(l_lines) + "\n")
            with open(cp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(c_lines) + "\n")
            found, _ = check(lp, cp)
            print("%2d %-46s %s" % (n, what, ("reported: " + found[0][:70]) if found
                                     else "NOT REPORTED"))
            failed += not found
    print("unbroken files: clean")
    print("selftest %s (%d breaks)" % ("passed" if not failed else "FAILED", len(breaks)))
    return 1 if failed else 0


def main(argv):
    if "--selftest" in argv:
        return selftest()
    args = [a for a in argv if not a.startswith("-")]
    lib_p = args[0] if args else os.path.join(HERE, "normandie_library.jsonl")
    cas_p = args[1] if len(args) > 1 else os.path.join(HERE, "normandie_cases.jsonl")
    errs, counts = check(lib_p, cas_p)
    for e in errs:
        print(e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    for t in TILLS:
        print("%-9s %s" % (t, counts[t]))
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
