"""Check the amiens blind set from its two jsonl files alone (no build, no matcher).

python3 check_amiens.py            check amiens_library.jsonl and amiens_cases.jsonl
python3 check_amiens.py --selftest break copies on purpose and show each break is caught
"""
import copy
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("ZINC", "SALLE", "BUREAU")

# measures: ("bottle", cl or None for the wine's 75 cl) / ("pour", cl) / ("draught", cl) / ("dose", cl)
ZINC_FAMS = ("VIN.R ", "VIN.B ", "VIN.RS ", "BULLE ", "PRESS ", "BIB ", "CIDRE ", "APE ",
             "DIG ", "SOFT ", "CUIS ", "CAFE ", "DIV ")
ZINC_MODS = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "VRE": ("pour", 12.5),
             "VRE15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50), "CP": ("pour", 12.5),
             "DOSE": ("dose", 4), "2CL": ("dose", 2), "4CL": ("dose", 4), "DEMI": ("draught", 25),
             "PINTE": ("draught", 50), "25CL": ("bottle", 25), "33CL": ("bottle", 33),
             "50CL": ("bottle", 50), "70CL": ("bottle", 70), "75CL": ("bottle", 75),
             "1L": ("bottle", 100)}
SALLE_MEAS = {"1/2 btl": ("bottle", 37.5), "btl": ("bottle", 75), "magnum": ("bottle", 150),
              "verre 15cl": ("pour", 15), "verre": ("pour", 12.5), "pichet 25cl": ("pour", 25),
              "pichet 50cl": ("pour", 50), "coupe": ("pour", 12.5), "dose": ("dose", 4),
              "2cl": ("dose", 2), "4cl": ("dose", 4), "demi": ("draught", 25),
              "pinte": ("draught", 50), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
              "50cl": ("bottle", 50), "70cl": ("bottle", 70), "75cl": ("bottle", 75),
              "1l": ("bottle", 100)}
BUREAU_COND = {"BT 75": ("bottle", 75), "BT 37,5": ("bottle", 37.5), "BT 150": ("bottle", 150),
               "VR 12,5": ("pour", 12.5), "VR 15": ("pour", 15), "PI 25": ("pour", 25),
               "PI 50": ("pour", 50), "CP 12,5": ("pour", 12.5), "DO 4": ("dose", 4),
               "DO 2": ("dose", 2), "FUT 25": ("draught", 25), "FUT 50": ("draught", 50),
               "BT 25": ("bottle", 25), "BT 33": ("bottle", 33), "BT 50": ("bottle", 50),
               "BT 70": ("bottle", 70), "BT 100": ("bottle", 100), "UN": None}


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def parse(till, label):
    """(name part, vintage, measure) read from a label, or raise ValueError on a bad form."""
    if till == "ZINC":
        if label != label.upper() or not label.isascii():
            raise ValueError("ZINC label not ASCII capitals")
        if not label.startswith(ZINC_FAMS):
            raise ValueError("ZINC label without a family")
        if len(label) > 20:
            if label[20] != " " or label[21:] not in ZINC_MODS:
                raise ValueError("ZINC modifier not after column 20")
            desc, meas = label[:20].rstrip(), ZINC_MODS[label[21:]]
            if label[:20] != desc.ljust(20):
                raise ValueError("ZINC descriptor not padded")
        else:
            desc, meas = label, None
            if label.endswith(" "):
                raise ValueError("trailing blank")
            if label.startswith(("VIN.", "BULLE ")):
                meas = ("bottle", 75)
        last = desc.split(" ")[-1]
        vin = 2000 + int(last) if len(last) == 2 and last.isdigit() else None
        return desc, vin, meas
    if till == "SALLE":
        m = re.fullmatch(r"(.+) (\d{1,3},\d\d)€", label)
        if not m:
            raise ValueError("SALLE form")
        body = m.group(1)
        if body != body.lower():
            raise ValueError("SALLE label not lower case")
        meas = None
        for w in sorted(SALLE_MEAS, key=len, reverse=True):
            if body.endswith(" " + w):
                meas, body = SALLE_MEAS[w], body[:-len(w) - 1]
                break
        vin = None
        toks = body.split(" ")
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", toks[-1]):
            vin = int(toks[-1])
        if any(re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", t) for t in toks[:-1]):
            raise ValueError("SALLE vintage not last")
        return body, vin, meas
    f = label.split(";")
    if len(f) != 5 or not re.fullmatch(r"\d{6}", f[0]) or not re.fullmatch(r"\d{1,3},\d\d", f[4]):
        raise ValueError("BUREAU form")
    if len(f[1]) > 24 or f[1] != f[1].strip() or not f[1].isascii():
        raise ValueError("BUREAU libellé")
    if f[2] and not re.fullmatch(r"(19|20)\d\d", f[2]):
        raise ValueError("BUREAU vintage field")
    if f[3] not in BUREAU_COND:
        raise ValueError("BUREAU conditionnement")
    return f[1], (int(f[2]) if f[2] else None), BUREAU_COND[f[3]]


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            r = json.loads(l)
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1))
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i + 1, list(r)))
        lib.append(r)
    for i, r in enumerate(lib):
        if r.get("id") != "am%03d" % (i + 1):
            errs.append("library: id %r out of sequence at %d" % (r.get("id"), i + 1))
        if r.get("colour") not in COLOURS or r.get("category") not in CATEGORIES:
            errs.append("library %s: colour/category %r/%r" % (r.get("id"), r.get("colour"), r.get("category")))
        if (r.get("colour") is None) != (r.get("category") not in ("vin", "champagne")):
            errs.append("library %s: colour must be set exactly for wines" % r.get("id"))
        if not (r.get("vintage") is None or isinstance(r.get("vintage"), int)):
            errs.append("library %s: vintage" % r.get("id"))
        fmt = r.get("format_cl")
        if not isinstance(fmt, (int, float)) or fmt <= 0 or (fmt >= 2000 and r.get("category") != "bière"):
            errs.append("library %s: format %r" % (r.get("id"), fmt))
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks" % len(lib))
    byid = {r.get("id"): r for r in lib}
    def same(a, b):
        return all(a.get(k) == b.get(k) for k in ("name", "producer", "appellation", "colour", "format_cl"))
    for i, l in enumerate(case_lines):
        try:
            cases.append(json.loads(l))
        except ValueError:
            errs.append("case line %d: bad JSON" % (i + 1))
    seen = set()
    counts = {}
    for c in cases:
        lab = c.get("label")
        tag = "case %r" % lab
        if list(c) != CASE_FIELDS:
            errs.append(tag + ": fields")
            continue
        if lab in seen:
            errs.append(tag + ": duplicate label")
        seen.add(lab)
        till, exp = c["connection"], c["expect"]
        if till not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append(tag + ": connection/expect")
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        try:
            name, vin, meas = parse(till, lab)
        except ValueError as e:
            errs.append(tag + ": " + str(e))
            continue
        if vin != c["vintage"]:
            errs.append(tag + ": vintage %r, label says %r" % (c["vintage"], vin))
        if not c["note"]:
            errs.append(tag + ": no note")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + ": none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None or meas is None:
            errs.append(tag + ": unknown beverage or no measure")
            continue
        group = [r for r in lib if same(r, e)]
        want_also = set() if (exp == "yes" and vin is not None) else {r["id"] for r in group if r is not e}
        if sorted(c["also_ok"]) != c["also_ok"] or set(c["also_ok"]) != want_also:
            errs.append(tag + ": also_ok %r" % c["also_ok"])
        vins = [r["vintage"] for r in group]
        if vin is None:
            if e["vintage"] != max((v or 0) for v in vins) and any(vins):
                errs.append(tag + ": not the most recent vintage")
            if exp != "yes":
                errs.append(tag + ": almost without a vintage")
        elif exp == "yes" and e["vintage"] != vin:
            errs.append(tag + ": yes on another vintage")
        elif exp == "almost":
            if vin in vins:
                errs.append(tag + ": almost but the vintage is held")
            best = min(group, key=lambda r: (abs(r["vintage"] - vin), -r["vintage"]))
            if best is not e:
                errs.append(tag + ": almost not on the nearest vintage")
        kind, vol = meas
        fmt = e["format_cl"]
        allf = {r["format_cl"] for r in lib if r["name"] == e["name"] and r["producer"] == e["producer"]
                and r["colour"] == e["colour"]}
        if kind == "bottle":
            want = vol if vol is not None else 75
            if fmt != want:
                errs.append(tag + ": format %s, label says %s" % (fmt, want))
            units = 1
        else:
            if kind == "draught":
                ok = fmt >= 2000 and e["category"] == "bière"
            elif kind == "dose":
                ok = fmt < 2000 and len({f for f in allf if f < 2000}) == 1
            else:
                plain = {f for f in allf if f not in (37.5, 150) and f < 2000}
                ok = fmt == 75 or (75 not in allf and plain == {fmt})
            if not ok:
                errs.append(tag + ": pour not on the ordinary bottle / keg (%s cl)" % fmt)
            units = round(vol / fmt, 4)
        if c["units_per_sale"] != units:
            errs.append(tag + ": units %r, expected %r" % (c["units_per_sale"], units))
        ew = set(words(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        lw = [w for w in words(name) if len(w) >= 3]
        if not any(any(x.startswith(w[:4]) or w.startswith(x[:4]) or (len(x) >= 4 and x in w)
                       for x in ew if len(x) >= 3) for w in lw):
            errs.append(tag + ": shares no word with %s" % e["id"])
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d" % n)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in counts.items() if x == exp)
        if n and not lo <= 100.0 * k / n <= hi:
            errs.append("cases: %s %.1f %% out of %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((t, exp)):
                errs.append("till %s has no %s" % (t, exp))
    return errs, counts, n


def load():
    with open(os.path.join(HERE, "amiens_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "amiens_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(l) for l in lib]
    C = [json.loads(l) for l in cases]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]
    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def b_json(L, C):
        c = dump(C); c[5] = c[5][:-1]; return dump(L), c

    def b_order(L, C):
        L = copy.deepcopy(L); r = L[3]; L[3] = {k: r[k] for k in reversed(list(r))}; return dump(L), dump(C)

    def b_ids(L, C):
        L = copy.deepcopy(L); L[10]["id"] = "am999"; return dump(L), dump(C)

    def b_colour(L, C):
        L = copy.deepcopy(L); L[0]["colour"] = "red"; return dump(L), dump(C)

    def b_dup(L, C):
        C = copy.deepcopy(C); C[7]["label"] = C[6]["label"]; return dump(L), dump(C)

    def b_vintage(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["vintage"]); C[i]["vintage"] += 1; return dump(L), dump(C)

    def b_far(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
        return dump(L), dump(C)

    def b_also(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
        C[i]["also_ok"] = []; return dump(L), dump(C)

    def b_also_vin(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["beverage_id"] == "am030")
        C[i]["also_ok"] = ["am029"]; return dump(L), dump(C)

    def b_units(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["units_per_sale"] not in (None, 1))
        C[i]["units_per_sale"] = 0.2 if C[i]["units_per_sale"] != 0.2 else 0.1667; return dump(L), dump(C)

    def b_mag(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["label"].endswith(" MAG") and c["expect"] == "yes")
        e = next(r for r in L if r["id"] == C[i]["beverage_id"])
        other = next(r for r in L if r["name"] == e["name"] and r["producer"] == e["producer"] and r["format_cl"] == 75)
        C[i]["beverage_id"] = other["id"]; return dump(L), dump(C)

    def b_none(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["expect"] == "none"); C[i]["beverage_id"] = "am001"
        return dump(L), dump(C)

    def b_conn(L, C):
        C = copy.deepcopy(C); C[0]["connection"] = "TPE"; return dump(L), dump(C)

    def b_zinc_case(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["connection"] == "ZINC"); C[i]["label"] = C[i]["label"].lower()
        return dump(L), dump(C)

    def b_price(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["connection"] == "SALLE")
        C[i]["label"] = C[i]["label"].rsplit(" ", 1)[0]; return dump(L), dump(C)

    def b_counts(L, C):
        C = [c for c in C if c["expect"] != "none"][:] + [c for c in C if c["expect"] == "none"][:60]
        return dump(L), dump(C)

    def b_yesvin(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["also_ok"] == []
                                        and any(r["name"] == "Côtes du Rhône Rouge" for r in L if r["id"] == c["beverage_id"]))
        e = next(r for r in L if r["id"] == C[i]["beverage_id"])
        other = next(r for r in L if r["name"] == e["name"] and r["format_cl"] == e["format_cl"] and r["id"] != e["id"])
        C[i]["beverage_id"] = other["id"]; return dump(L), dump(C)

    def b_draught(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["label"].endswith("PINTE") and c["expect"] == "yes")
        C[i]["beverage_id"] = next(r["id"] for r in L if r["name"] == "Chimay Bleue"); return dump(L), dump(C)

    def b_bureau(L, C):
        C = copy.deepcopy(C); i = first(lambda c: c["connection"] == "BUREAU")
        C[i]["label"] = C[i]["label"].replace(";", ",", 1); return dump(L), dump(C)

    breaks = [b_json, b_order, b_ids, b_colour, b_dup, b_vintage, b_far, b_also, b_units, b_mag,
              b_also_vin, b_none, b_conn, b_zinc_case, b_price, b_counts, b_yesvin, b_draught, b_bureau]
    ok = True
    for b in breaks:
        e, _, _ = check(*b(L, C))
        print("%-12s %s  %s" % (b.__name__, "caught" if e else "MISSED", e[0] if e else ""))
        ok = ok and bool(e)
    print("selftest:", "pass" if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts, n = check(*load())
    for e in errs:
        print("ERROR", e)
    print("%d cases" % n)
    for t in TILLS:
        print("%-7s yes %3d  almost %3d  none %3d" % ((t, *tuple(counts.get((t, x), 0) for x in ("yes", "almost", "none")))))
    print("check:", "FAIL" if errs else "pass")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
