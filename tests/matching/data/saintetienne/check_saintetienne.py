"""Check the saintetienne set from its two jsonl files alone (imports nothing of the build).

python3 check_saintetienne.py [library.jsonl cases.jsonl]
python3 check_saintetienne.py --selftest   (breaks copies on purpose; each break must be reported)
"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("COMPTOIR", "SALLE", "TABLETTE")
POUR = {"vr": 12.5, "v15": 15, "pot": 46, "cp": 12.5, "dose": 4, "demi": 25, "pinte": 50}
BAR_CODES = {"VR": "vr", "V15": "v15", "POT": "pot", "CP": "cp", "DS": "dose", "DM": "demi",
             "PI": "pinte", "1/2": "half", "MAG": "mag", "1L": "b100"}
SALLE_SERV = [("1/2 bouteille", "half"), ("Bouteille", "btl"), ("Magnum", "mag"),
              ("Verre 15cl", "v15"), ("Verre", "vr"), ("Pot 46cl", "pot"), ("Coupe", "cp"),
              ("Dose 4cl", "dose"), ("Demi 25cl", "demi"), ("Pinte 50cl", "pinte"), ("1L", "b100")]
TAB_WORDS = {"mag": "mag", "magnum": "mag", "1/2": "half", "vr": "vr", "verre": "vr",
             "glass": "vr", "pot": "pot", "coupe": "cp", "flute": "cp", "shot": "dose",
             "dose": "dose", "demi": "demi", "pinte": "pinte", "pint": "pinte", "btl": "btl"}
FAMILY_OK = {
    "10": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "11": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
    "12": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
    "13": lambda e: e["category"] == "champagne",
    "20": lambda e: e["category"] == "bière" and e["format_cl"] >= 2000,
    "21": lambda e: e["category"] == "bière" and e["format_cl"] < 2000,
    "30": lambda e: e["category"] in ("autre", "spiritueux"),
    "31": lambda e: e["category"] == "spiritueux",
    "40": lambda e: e["category"] == "soft",
}
NONE_FAMILIES = {"50", "60", "70"}


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s)


def read_jsonl(path, errs):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append(f"{os.path.basename(path)}:{n}: not JSON")
    return rows


def read_vintage(conn, label):
    if conn == "COMPTOIR":
        t = label.split()
        if t[0] in ("10", "11", "12", "13") and len(t) > 2 and re.fullmatch(r"\d\d", t[-1]):
            return 2000 + int(t[-1])
        return None
    if conn == "SALLE":
        m = re.search(r"\b((?:19|20)\d\d)\b", label)
        return int(m.group(1)) if m else None
    m = re.search(r"'(\d\d)\b", label)
    if m:
        return 2000 + int(m.group(1))
    m = re.search(r"\b(20\d\d)\b", label)
    return int(m.group(1)) if m else None


def read_measure(conn, label):
    """-> measure code or None (no measure word: a bottle for wine, a dose or the only bottle else)."""
    if conn == "COMPTOIR":
        t = label.split()
        if len(t) > 1:
            if t[1] in BAR_CODES:
                return BAR_CODES[t[1]]
            m = re.fullmatch(r"(\d+)CL", t[1])
            if m:
                return "b" + m.group(1)
        return None
    if conn == "SALLE":
        core = re.sub(r" x\d+ \d+,\d\d$", "", label)
        for word, meas in SALLE_SERV:
            if core.endswith(" " + word):
                return meas
        m = re.search(r" (\d+)cl$", core)
        return "b" + m.group(1) if m else None
    toks = label.split()
    for i, t in enumerate(toks):
        if t == "demi" and i + 1 < len(toks) and toks[i + 1] == "btl":
            return "half"
        m = re.fullmatch(r"(\d+)cl", t)
        if m:
            return "b" + m.group(1)
    for t in toks:
        if t in TAB_WORDS:
            return TAB_WORDS[t]
    return None


def check_form(conn, label, errs, where):
    if conn == "COMPTOIR":
        if len(label) > 20 or label != label.upper() or not label.isascii() or label != label.strip():
            errs.append(f"{where}: COMPTOIR label not ASCII capitals within 20 columns")
        if not re.match(r"^\d\d( |$)", label) or label[:2] not in set(FAMILY_OK) | NONE_FAMILIES:
            errs.append(f"{where}: COMPTOIR label without a family number")
    elif conn == "SALLE":
        if not re.fullmatch(r".+ x[1-6] \d+,\d\d", label):
            errs.append(f"{where}: SALLE line without ' xQ price'")
    elif conn == "TABLETTE":
        if label != label.lower() or not label.isascii():
            errs.append(f"{where}: TABLETTE label not lower-case ASCII")
        if not re.match(r"^(t\d+|terr\d+|bar) ", label):
            errs.append(f"{where}: TABLETTE label without table prefix")


def shares_stem(label, e):
    lt = [w for w in norm(label).split() if len(w) >= 3 and not w.isdigit()]
    text = norm(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    words = text.split()
    glued = text.replace(" ", "")
    for w in lt:
        stem = w[:4]
        if any(x.startswith(stem) for x in words) or stem in glued:
            return True
    return any(w.isdigit() and w in words for w in norm(label).split())


def check(lib_path, cases_path):
    errs = []
    lib = read_jsonl(lib_path, errs)
    cases = read_jsonl(cases_path, errs)
    byid = {}
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks, not 110-130")
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append(f"library line {n}: fields out of order")
            continue
        if e["id"] != f"se{n:03d}":
            errs.append(f"library line {n}: id {e['id']} out of sequence")
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append(f"{e['id']}: bad category")
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] in COLOURS) or (not wine and e["colour"] is not None):
            errs.append(f"{e['id']}: colour {e['colour']} for a {e['category']}")
        if e["format_cl"] >= 2000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append(f"{e['id']}: keg format on a non-beer or odd keg")
        if e["vintage"] is not None and not wine:
            errs.append(f"{e['id']}: vintage on a non-wine")
    groups = {}
    for e in lib:
        if list(e) == LIB_FIELDS:
            k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
            groups.setdefault(k, []).append(e)
    for k, g in groups.items():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs):
            errs.append(f"duplicate wine/format/vintage {k}")

    def group_of(e):
        return groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]

    if not 280 <= len(cases) <= 300:
        errs.append(f"{len(cases)} cases, not 280-300")
    seen = set()
    counts = {}
    for n, c in enumerate(cases, 1):
        w = f"case {n}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{w}: fields out of order")
            continue
        lab, conn, exp = c["label"], c["connection"], c["expect"]
        w = f"case {n} {lab!r}"
        if lab in seen:
            errs.append(f"{w}: duplicate label")
        seen.add(lab)
        if conn not in CONNS or exp not in ("yes", "almost", "none"):
            errs.append(f"{w}: bad connection or expect")
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if not c["note"]:
            errs.append(f"{w}: empty note")
        check_form(conn, lab, errs, w)
        v = read_vintage(conn, lab)
        if v != c["vintage"]:
            errs.append(f"{w}: vintage {c['vintage']} but label reads {v}")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{w}: none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{w}: unknown beverage_id")
            continue
        if any(a not in byid for a in c["also_ok"]):
            errs.append(f"{w}: unknown id in also_ok")
            continue
        g = group_of(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vints = [x["vintage"] for x in g]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    errs.append(f"{w}: yes not on the label's vintage, or also_ok not empty")
            else:
                if e["vintage"] != max(vints, key=lambda x: x or 0) or sorted(c["also_ok"]) != others:
                    errs.append(f"{w}: yes without vintage not on the most recent with the others in also_ok")
        else:
            if v is None or v in vints or None in vints:
                errs.append(f"{w}: almost without a missing label vintage")
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best or sorted(c["also_ok"]) != others:
                    errs.append(f"{w}: almost not on the nearest vintage with the others in also_ok")
        if conn == "COMPTOIR" and lab[:2] in FAMILY_OK and not FAMILY_OK[lab[:2]](e):
            errs.append(f"{w}: COMPTOIR family {lab[:2]} does not fit {e['id']}")
        if not shares_stem(lab, e):
            errs.append(f"{w}: shares no word stem with {e['id']}")
        # format and units
        m = read_measure(conn, lab)
        wine = e["category"] in ("vin", "champagne")
        fmt, units = e["format_cl"], c["units_per_sale"]
        same_wine = [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                     (e["name"], e["producer"], e["appellation"], e["colour"])]
        if m is None:
            m = "btl" if wine else ("dose" if e["category"] in ("spiritueux", "autre") else "only")
        if m in ("btl", "half", "mag"):
            want = {"btl": 75, "half": 37.5, "mag": 150}[m]
            if not wine or fmt != want or units != 1:
                errs.append(f"{w}: {m} answered with {fmt} cl / units {units}")
        elif m.startswith("b"):
            if fmt != float(m[1:]) or units != 1:
                errs.append(f"{w}: {m} answered with {fmt} cl / units {units}")
        elif m == "only":
            if len({x['format_cl'] for x in same_wine}) != 1 or units != 1:
                errs.append(f"{w}: bottle without size on a drink with several formats")
        elif m in ("demi", "pinte") and not wine:
            if fmt < 2000 or units != round(POUR[m] / fmt, 4):
                errs.append(f"{w}: {m} not on a keg or units {units} wrong")
        elif m in POUR:
            ordinary = 75 if any(x["format_cl"] == 75 for x in same_wine) else (
                same_wine[0]["format_cl"] if len({x['format_cl'] for x in same_wine}) == 1 else None)
            if fmt >= 2000 or fmt != ordinary or units != round(POUR[m] / fmt, 4):
                errs.append(f"{w}: pour {m} on {fmt} cl with units {units}")
        else:
            errs.append(f"{w}: measure {m} unreadable")
    total = sum(counts.values())
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100 * sum(v for (cn, x), v in counts.items() if x == exp) / total
            if not lo <= p <= hi:
                errs.append(f"{exp} is {p:.1f} %, not {lo}-{hi} %")
        for conn in CONNS:
            for exp in ("yes", "almost", "none"):
                if not counts.get((conn, exp)):
                    errs.append(f"{conn} has no {exp} case")
    return errs, counts


def selftest():
    lib_p = os.path.join(HERE, "saintetienne_library.jsonl")
    cas_p = os.path.join(HERE, "saintetienne_cases.jsonl")
    errs, _ = check(lib_p, cas_p)
    assert not errs, errs
    print("clean files: pass")
    lib = open(lib_p, encoding="utf-8").read().splitlines()
    cas = open(cas_p, encoding="utf-8").read().splitlines()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cas]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(i, **kw):
        c = dict(C[i])
        c.update(kw)
        out = list(cas)
        out[i] = json.dumps(c, ensure_ascii=False)
        return out

    breaks = []
    i = first(lambda c: c["units_per_sale"] == 0.1667)
    breaks.append(("glass units", None, edit(i, units_per_sale=0.16)))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on another vintage", None,
                   edit(i, beverage_id=C[i]["also_ok"][0], also_ok=sorted([C[i]["beverage_id"]]))))
    i = first(lambda c: "cut off" in c["note"])
    breaks.append(("cut vintage kept", None, edit(i, vintage=2021)))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", None, edit(i, beverage_id="se001")))
    i = first(lambda c: c["connection"] == "COMPTOIR")
    breaks.append(("COMPTOIR lower case and long", None, edit(i, label=C[i]["label"].lower() + " extra words")))
    i = first(lambda c: c["connection"] == "SALLE")
    breaks.append(("SALLE without price", None, edit(i, label=re.sub(r" x\d+ [\d,]+$", "", C[i]["label"]))))
    i = first(lambda c: c["connection"] == "TABLETTE")
    breaks.append(("TABLETTE in capitals", None, edit(i, label=C[i]["label"].upper() + " ")))
    c = dict(C[0]); out = list(cas)
    out[0] = json.dumps({k: c[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)
    breaks.append(("case fields out of order", None, out))
    i = first(lambda c: c["connection"] == "SALLE" and "1/2 bouteille" in c["label"] and c["expect"] == "yes")
    e75 = next(x for x in L if x["name"] == L[int(C[i]["beverage_id"][2:]) - 1]["name"] and x["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl", None, edit(i, beverage_id=e75["id"])))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", None, edit(i, also_ok=[])))
    ll = list(lib); ll[4], ll[5] = ll[5], ll[4]
    breaks.append(("library id out of sequence", ll, None))
    out = list(cas); out[1] = cas[0]
    breaks.append(("duplicate label", None, out))
    i = first(lambda c: c["label"] == "20 DM 1664")
    bottle = next(x for x in L if x["category"] == "bière" and x["format_cl"] == 33)
    breaks.append(("draught demi on a bottled beer", None, edit(i, beverage_id=bottle["id"])))
    ll = list(lib); e = dict(L[0]); e["colour"] = None; ll[0] = json.dumps(e, ensure_ascii=False)
    breaks.append(("wine without colour", ll, None))
    breaks.append(("too few cases", None, cas[:250]))
    out = list(cas); out[3] = out[3][:-2]
    breaks.append(("line not JSON", None, out))
    i = first(lambda c: c["label"].startswith("11 ") and c["expect"] == "yes")
    red = next(x for x in L if x["colour"] == "rouge")
    breaks.append(("white family on a red", None, edit(i, beverage_id=red["id"], also_ok=[])))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    breaks.append(("yes with units of a pour on a bottle", None, edit(i, units_per_sale=0.5)))
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        for name, blib, bcas in breaks:
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(blib or lib) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(bcas or cas) + "\n")
            errs, _ = check(lp, cp)
            print(f"break {name!r}: {'reported' if errs else 'NOT REPORTED'}" + (f" ({errs[0]})" if errs else ""))
            failed += not errs
    print(f"{len(breaks)} breaks, {len(breaks) - failed} reported")
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    lib_p = args[0] if args else os.path.join(HERE, "saintetienne_library.jsonl")
    cas_p = args[1] if len(args) > 1 else os.path.join(HERE, "saintetienne_cases.jsonl")
    errs, counts = check(lib_p, cas_p)
    for e in errs:
        print(e)
    for conn in CONNS:
        print(conn, {x: counts.get((conn, x), 0) for x in ("yes", "almost", "none")})
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
