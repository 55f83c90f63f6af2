#!/usr/bin/env python3
"""Check toulon_library.jsonl and toulon_cases.jsonl on their own (stdlib only).

python3 check_toulon.py            check the two files
python3 check_toulon.py --selftest break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "terrasse")

# measure word -> (kind, cl)
CM = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
      "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70), "1L": ("bottle", 100),
      "VRE": ("pour", 12.5), "CP": ("pour", 12.5), "PICH50": ("pour", 50), "DOSE": ("pour", 4),
      "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
SM = {"1/2 Btl": ("bottle", 37.5), "Magnum": ("bottle", 150), "25cl": ("bottle", 25),
      "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70), "1L": ("bottle", 100),
      "Verre": ("pour", 12.5), "Coupe": ("pour", 12.5), "Pichet 50": ("pour", 50),
      "Dose": ("pour", 4), "Demi": ("draught", 25), "Pinte": ("draught", 50)}
TM = {"1/2": ("bottle", 37.5), "mag": ("bottle", 150), "25cl": ("bottle", 25),
      "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70), "1l": ("bottle", 100),
      "verre": ("pour", 12.5), "coupe": ("pour", 12.5), "pichet50": ("pour", 50),
      "dose": ("pour", 4), "demi": ("draught", 25), "pinte": ("draught", 50)}
FAMILIES = {"RSE", "RGE", "BLC", "BUL", "APE", "ALC", "PRS", "BIB", "SFT", "CAF", "CUI", "DIV"}
NOT_WINE_MEASURES = {"draught"}
ABBREV = {"bdb": "blancs", "cdr": "rhone", "cdp": "pape", "kro": "kronenbourg",
          "calva": "calvados", "mc": "marie", "gde": "grande", "res": "reserve",
          "rge": "rouge", "mln": "moulin", "vclicquot": "clicquot", "lperrier": "perrier"}


def parse(till, label):
    """-> (measure (kind, cl) or None, vintage or None, list of problems with the till's form)."""
    bad = []
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z]{3})\*([A-Z0-9 /.'&-]+)", label)
        if not m or len(label) > 22:
            return None, None, [f"comptoir form: {label!r}"]
        if m.group(1) not in FAMILIES:
            bad.append(f"unknown family {m.group(1)}")
        toks = m.group(2).split()
        meas = CM.get(toks[0])
        vm = re.search(r" ((?:19|20)\d\d)$", label)
        return meas, int(vm.group(1)) if vm else None, bad
    if till == "salle":
        m = re.fullmatch(r"(.+) (\d{1,3},\d\d)", label)
        if not m or not re.search(r"[a-zé]", label) or label.upper() == label:
            return None, None, [f"salle form: {label!r}"]
        core = m.group(1)
        meas = None
        for w, v in SM.items():
            if core.endswith(" " + w):
                meas, core = v, core[: -len(w) - 1]
                break
        vint = None
        if not (meas and (meas[0] == "draught" or meas[1] == 4 or
                          (meas[0] == "bottle" and meas[1] not in (37.5, 150)))):
            vm = re.search(r" (\d\d)$", core)
            vint = 2000 + int(vm.group(1)) if vm else None
        return meas, vint, bad
    if till == "terrasse":
        if label != label.lower() or label.count(" ") > 1:
            return None, None, [f"terrasse form: {label!r}"]
        meas = None
        if " " in label:
            w = label.split(" ")[0]
            if w not in TM:
                return None, None, [f"terrasse measure: {label!r}"]
            meas = TM[w]
        vm = re.search(r"'(\d\d)$", label)
        return meas, 2000 + int(vm.group(1)) if vm else None, bad
    return None, None, [f"unknown connection {till!r}"]


def norm_tokens(s):
    s = re.sub(r"([a-zà-ÿ])([A-Z])", r"\1 \2", s)  # split glued CamelCase
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


def shares_word(label, entry):
    lt = norm_tokens(label)
    et = norm_tokens(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    squashed = "".join(lt)
    for a in lt:
        a2 = ABBREV.get(a, a)
        for b in et:
            if len(b) < 2:
                continue
            if a2 == b and (len(b) >= 3 or b.isdigit()):
                return True
            if min(len(a2), len(b)) >= 4 and (a2.startswith(b) or b.startswith(a2)):
                return True
    return any(len(b) >= 5 and b in squashed for b in et)


def load(path):
    rows, errs = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append(f"{os.path.basename(path)}:{n}: bad JSON ({e})")
    return rows, errs


def check(lib, cases):
    errs = []
    # library
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks")
    byid, seen = {}, set()
    for n, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            errs.append(f"library {n}: fields {list(d)}")
            continue
        if d["id"] != f"tl{n:03d}":
            errs.append(f"library {n}: id {d['id']} out of sequence")
        byid[d["id"]] = d
        wine = d["category"] in ("vin", "champagne")
        if d["category"] not in CATEGORIES:
            errs.append(f"{d['id']}: category {d['category']}")
        if (wine and d["colour"] not in COLOURS) or (not wine and d["colour"] is not None):
            errs.append(f"{d['id']}: colour {d['colour']} for {d['category']}")
        if d["vintage"] is not None and (not isinstance(d["vintage"], int) or not wine):
            errs.append(f"{d['id']}: vintage {d['vintage']}")
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errs.append(f"{d['id']}: format {d['format_cl']}")
        if d["category"] == "bière" and d["format_cl"] >= 2000 and d["format_cl"] not in (2000, 3000):
            errs.append(f"{d['id']}: keg of {d['format_cl']}")
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["vintage"], d["format_cl"])
        if k in seen:
            errs.append(f"{d['id']}: duplicate entry")
        seen.add(k)

    def group(d):
        return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"],
                                   e["format_cl"]) == (d["name"], d["producer"], d["appellation"],
                                                        d["colour"], d["format_cl"])]

    def ordinary(d):
        fm = {e["format_cl"] for e in lib if (e["name"], e["producer"], e["appellation"],
                                              e["colour"]) == (d["name"], d["producer"],
                                                               d["appellation"], d["colour"])
              and e["format_cl"] < 2000}
        return 75 if 75 in fm else (fm.pop() if len(fm) == 1 else None)

    # cases
    labels = Counter(c.get("label") for c in cases)
    for l, k in labels.items():
        if k > 1:
            errs.append(f"label {l!r} appears {k} times")
    cnt = Counter()
    for n, c in enumerate(cases, 1):
        where = f"case {n} {c.get('label')!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields {list(c)}")
            continue
        till, exp = c["connection"], c["expect"]
        cnt[(till, exp)] += 1
        meas, vint, bad = parse(till, c["label"])
        errs += [f"{where}: {b}" for b in bad]
        if vint != c["vintage"]:
            errs.append(f"{where}: vintage {c['vintage']} but the label reads {vint}")
        if exp not in ("yes", "almost", "none"):
            errs.append(f"{where}: expect {exp}")
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(f"{where}: no note")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{where}: a none carries an id, also_ok or units")
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(f"{where}: unknown id {c['beverage_id']}")
            continue
        if not shares_word(c["label"], d):
            errs.append(f"{where}: shares no word with {d['name']}")
        if till == "comptoir":
            fam = c["label"][:3]
            want = {"rosé": "RSE", "rouge": "RGE", "blanc": "BLC"}.get(d["colour"]) if d["category"] == "vin" else \
                {"champagne": "BUL", "autre": "APE", "soft": "SFT"}.get(d["category"])
            if d["category"] == "spiritueux":
                want = fam if fam in ("APE", "ALC") else "ALC"
            if d["category"] == "bière":
                want = "PRS" if d["format_cl"] >= 2000 else "BIB"
            if fam != want:
                errs.append(f"{where}: family {fam} for {d['category']} {d['colour']}")
        # format and units
        u = c["units_per_sale"]
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append(f"{where}: units {u!r}")
            continue
        wine = d["category"] in ("vin", "champagne")
        kind, vol = meas if meas else ("bottle", 75 if wine else None)
        if kind == "bottle":
            if vol is None or d["format_cl"] != vol or u != 1:
                errs.append(f"{where}: a bottle of {vol} cl answered with {d['format_cl']} cl, units {u}")
        elif kind == "pour":
            if d["format_cl"] != ordinary(d) or u != round(vol / d["format_cl"], 4):
                errs.append(f"{where}: {vol} cl pour of {d['format_cl']} cl, units {u}")
        else:
            if d["category"] != "bière" or d["format_cl"] < 2000 or u != round(vol / d["format_cl"], 4):
                errs.append(f"{where}: draught {vol} cl from {d['format_cl']} cl, units {u}")
        g = group(d)
        others = sorted(e["id"] for e in g if e["id"] != d["id"])
        vints = [e["vintage"] for e in g]
        if sorted(c["also_ok"]) != c["also_ok"] or any(i not in byid for i in c["also_ok"]):
            errs.append(f"{where}: also_ok {c['also_ok']}")
        lv = c["vintage"] if wine and any(v is not None for v in vints) else None
        if exp == "yes":
            if lv is not None:
                if d["vintage"] != lv or c["also_ok"]:
                    errs.append(f"{where}: yes on {d['vintage']} for a {lv} label (also_ok {c['also_ok']})")
            else:
                if d["vintage"] != max(vints, key=lambda v: v or 0) or c["also_ok"] != others:
                    errs.append(f"{where}: yes without vintage must be the most recent, others in also_ok")
        else:
            if lv is None or lv in vints:
                errs.append(f"{where}: almost but the label's vintage {lv} is held or absent")
            else:
                best = min(vints, key=lambda v: (abs(v - lv), -v))
                if d["vintage"] != best or c["also_ok"] != others:
                    errs.append(f"{where}: almost must be {best} with the others in also_ok")
    # counts
    tot = len(cases)
    if not 280 <= tot <= 300:
        errs.append(f"{tot} cases")
    by = Counter(c.get("expect") for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if tot and not lo <= 100 * by[e] / tot <= hi:
            errs.append(f"{e}: {100 * by[e] / tot:.1f} % of cases")
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if cnt[(t, e)] == 0:
                errs.append(f"till {t} has no {e}")
    return errs, cnt


def report(cnt):
    print(f"{'till':10} {'yes':>4} {'almost':>6} {'none':>4} {'total':>5}")
    for t in (*TILLS, "all"):
        r = [sum(v for (tt, e), v in cnt.items() if e == x and (t == "all" or tt == t))
             for x in ("yes", "almost", "none")]
        print(f"{t:10} {r[0]:>4} {r[1]:>6} {r[2]:>4} {sum(r):>5}")


def selftest(lib, cases):
    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk_units(L, C):
        C[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16

    def brk_far(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"][0] = C[i]["also_ok"][0], C[i]["beverage_id"]
        C[i]["also_ok"].sort()

    def brk_cut(L, C):
        i = first(lambda c: "cut off by the till" in c["note"])
        C[i]["vintage"] = int(re.search(r"\[(\d{4})", C[i]["note"]).group(1))

    def brk_none_id(L, C):
        C[first(lambda c: c["expect"] == "none")]["beverage_id"] = "tl001"

    def brk_lower(L, C):
        i = first(lambda c: c["connection"] == "comptoir")
        C[i]["label"] = C[i]["label"].lower() + " extra long text"

    def brk_price(L, C):
        i = first(lambda c: c["connection"] == "salle")
        C[i]["label"] = C[i]["label"].rsplit(" ", 1)[0]

    def brk_order(L, C):
        C[0] = dict(reversed(list(C[0].items())))

    def brk_half(L, C):
        i = first(lambda c: c["label"].startswith("RSE*1/2 "))
        d = next(e for e in L if e["id"] == C[i]["beverage_id"])
        C[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == d["name"] and e["format_cl"] == 75
                                   and e["vintage"] == d["vintage"])

    def brk_also(L, C):
        C[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []

    def brk_libvint(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"])
        next(e for e in L if e["id"] == C[i]["beverage_id"])["vintage"] -= 3

    def brk_pinte(L, C):
        i = first(lambda c: c["label"] == "pinte heineken")
        C[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Heineken" and e["format_cl"] == 25)

    def brk_colour(L, C):
        next(e for e in L if e["category"] == "bière")["colour"] = "blanc"

    def brk_dup(L, C):
        C[1]["label"] = C[0]["label"]

    def brk_family(L, C):
        i = first(lambda c: c["label"].startswith("RGE*") and c["expect"] == "yes")
        C[i]["label"] = "RSE*" + C[i]["label"][4:]

    def brk_ids(L, C):
        L[5]["id"] = "tl999"

    def brk_counts(L, C):
        del C[:40]

    def brk_word(L, C):
        i = first(lambda c: c["connection"] == "terrasse" and c["expect"] == "yes" and c["vintage"])
        C[i]["label"] = "verre cuvee.du.patron'" + C[i]["label"][-2:]

    breaks = [("glass units", brk_units), ("almost on the farther vintage", brk_far),
              ("cut vintage kept", brk_cut), ("none with an id", brk_none_id),
              ("comptoir label lower case and too long", brk_lower),
              ("salle label without price", brk_price), ("fields out of order", brk_order),
              ("half bottle answered with 75 cl", brk_half), ("also_ok dropped", brk_also),
              ("library vintage changed", brk_libvint), ("pinte answered with the bottle", brk_pinte),
              ("colour on a beer", brk_colour), ("duplicate label", brk_dup),
              ("wrong family prefix", brk_family), ("id out of sequence", brk_ids),
              ("counts out of range", brk_counts), ("label shares no word", brk_word)]
    ok = True
    e0, _ = check(lib, cases)
    print(f"clean files: {'pass' if not e0 else 'FAIL ' + str(e0[:3])}")
    ok &= not e0
    for name, f in breaks:
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        f(L, C)
        e, _ = check(L, C)
        print(f"{'reported' if e else 'MISSED  '}  {name}: {e[0] if e else ''}")
        ok &= bool(e)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    lib, e1 = load(os.path.join(HERE, "toulon_library.jsonl"))
    cases, e2 = load(os.path.join(HERE, "toulon_cases.jsonl"))
    if e1 or e2:
        print("\n".join(e1 + e2))
        return 1
    if "--selftest" in sys.argv:
        return 0 if selftest(lib, cases) else 1
    errs, cnt = check(lib, cases)
    report(cnt)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases:", "OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
