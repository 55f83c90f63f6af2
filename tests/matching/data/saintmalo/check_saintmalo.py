"""Check saintmalo_library.jsonl and saintmalo_cases.jsonl (reads only these two files).

python3 check_saintmalo.py            -> checks, exit 1 on any problem
python3 check_saintmalo.py --selftest -> breaks copies in many ways, shows each reported"""
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
TILLS = ("comptoir", "terrasse", "export")
PREFIX = "sm"

COMPTOIR_KEYS = {"BT": ("bottle", 75), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
                 "VRE": ("pour", 12.5), "CP": ("pour", 12.5), "V12": ("pour", 12),
                 "V15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
                 "BOLEE": ("pour", 25), "DOSE": ("pour", 4), "2CL": ("pour", 2),
                 "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
TERRASSE_MEAS = {"Bouteille/Bottle": ("bottle_any", None),
                 "Demi-bouteille/Half bottle": ("bottle", 37.5), "Magnum": ("bottle", 150),
                 "Verre/Glass": ("pour", 12.5), "Coupe": ("pour", 12.5),
                 "Bolée/Cider bowl 25cl": ("pour", 25),
                 "Demi/Half-pint 25cl": ("draught", 25), "Pinte/Pint 50cl": ("draught", 50)}
STOP = {"vre", "verre", "glass", "bouteille", "bottle", "demi", "half", "magnum", "coupe",
        "pichet", "jug", "dose", "shot", "pinte", "pint", "bolee", "bowl", "cider", "btl",
        "mag", "de", "du", "la", "le", "les", "des", "et", "sur", "lie"}


def norm_words(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r"[^a-z0-9]+", s) if w]


def two_digit(n):
    return 2000 + n if n <= 30 else 1900 + n


def parse_label(conn, label):
    """-> (vintage, measure (kind, vol) or None, name words) or raises ValueError."""
    if conn == "comptoir":
        if len(label) > 18 or label != label.rstrip() or not re.fullmatch(r"[A-Z0-9 /%]+", label):
            raise ValueError("comptoir label not ASCII capitals within 18 columns")
        toks = label.split()
        vint = two_digit(int(toks[-1])) if re.fullmatch(r"\d\d", toks[-1]) else None
        meas = None
        if toks[0] in COMPTOIR_KEYS and len(toks) > 1:
            meas = COMPTOIR_KEYS[toks[0]]
            toks = toks[1:]
        else:
            size = [t for t in toks if re.fullmatch(r"\d+CL", t)]
            meas = ("bottle", float(size[-1][:-2])) if size else ("bottle_any", None)
        return vint, meas, norm_words(" ".join(toks))
    if conn == "terrasse":
        if not re.search(r"[a-zé]", label):
            raise ValueError("terrasse label not in mixed case")
        if label.count(" — ") > 1:
            raise ValueError("terrasse label with two measures")
        name, _, m = label.partition(" — ")
        last = name.split()[-1]
        vint = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
        meas = None
        if m:
            if m in TERRASSE_MEAS:
                meas = TERRASSE_MEAS[m]
            else:
                mm = re.fullmatch(r"(Bouteille/Bottle|Verre/Glass|Pichet/Jug|Dose/Shot) (\d+)cl", m)
                if not mm:
                    raise ValueError(f"terrasse measure unknown: {m}")
                meas = ("bottle" if mm.group(1) == "Bouteille/Bottle" else "pour",
                        float(mm.group(2)))
        return vint, meas, norm_words(name)
    if conn == "export":
        mm = re.fullmatch(r"(\d{4});([A-Z ]+);([A-Z0-9 %]+);((?:19|20)\d\d)?;((\d+(?:,\d+)?)CL)?", label)
        if not mm:
            raise ValueError("export line not PLU;FAMILLE;LIBELLE;MILL;CONTENANCE")
        vint = int(mm.group(4)) if mm.group(4) else None
        meas = None
        if mm.group(6):
            vol = float(mm.group(6).replace(",", "."))
            meas = ("draught", vol) if mm.group(2) == "BIERES PRESSION" else ("cont", vol)
        return vint, meas, norm_words(mm.group(3))
    raise ValueError(f"unknown connection {conn}")


def shares_stem(words, entry):
    ew = [w for f in ("name", "producer", "appellation") for w in norm_words(entry[f])
          if len(w) >= 3]
    for w in words:
        if w in STOP or len(w) < 3 or w.isdigit():
            continue
        for e in ew:
            k = min(4, len(w), len(e))
            if w[:k] == e[:k] and (w.startswith(e) or e.startswith(w) or k == 4):
                return True
    return False


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            lib.append(json.loads(line))
        except ValueError:
            errs.append(f"library line {n}: not JSON")
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            cases.append(json.loads(line))
        except ValueError:
            errs.append(f"cases line {n}: not JSON")
    if errs:
        return errs
    # ---- library
    if not 110 <= len(lib) <= 130:
        errs.append(f"library holds {len(lib)} drinks, not 110-130")
    seen = set()
    for n, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            errs.append(f"{d.get('id')}: library fields out of order")
            continue
        if d["id"] != f"{PREFIX}{n:03d}":
            errs.append(f"{d['id']}: id out of sequence (expected {PREFIX}{n:03d})")
        if d["colour"] not in COLOURS or d["category"] not in CATEGORIES:
            errs.append(f"{d['id']}: bad colour or category")
        if (d["category"] in ("vin", "champagne")) != (d["colour"] is not None):
            errs.append(f"{d['id']}: colour must be set exactly for wines and champagnes")
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append(f"{d['id']}: bad vintage")
        f = d["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append(f"{d['id']}: bad format")
        elif f >= 2000 and (d["category"] != "bière" or f not in (2000, 3000)):
            errs.append(f"{d['id']}: a keg must be a beer of 2,000 or 3,000 cl")
        k = (d["name"], d["producer"], d["appellation"], d["colour"], f, d["vintage"])
        if k in seen:
            errs.append(f"{d['id']}: duplicate entry")
        seen.add(k)
    byid = {d["id"]: d for d in lib if "id" in d}

    def group(d):
        k = (d["name"], d["producer"], d["appellation"], d["colour"])
        return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"]) == k]

    # ---- cases
    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        where = f"case {lab!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: case fields out of order")
            continue
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        conn, exp = c["connection"], c["expect"]
        if conn not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append(f"{where}: bad connection or expect")
            continue
        counts[conn][exp] += 1
        if not c["note"]:
            errs.append(f"{where}: empty note")
        try:
            vint, meas, words = parse_label(conn, lab)
        except ValueError as e:
            errs.append(f"{where}: {e}")
            continue
        if vint != c["vintage"]:
            errs.append(f"{where}: vintage field {c['vintage']} but the label reads {vint}")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none case with an answer")
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(f"{where}: unknown beverage_id")
            continue
        if meas is None:
            errs.append(f"{where}: a drink answer on a label without measure")
            continue
        same = [e for e in group(d) if e["format_cl"] == d["format_cl"]]
        others = sorted(e["id"] for e in same if e["id"] != d["id"])
        vints = [e["vintage"] for e in same]
        if any(a not in byid for a in c["also_ok"]):
            errs.append(f"{where}: unknown id in also_ok")
            continue
        if exp == "yes" and vint is not None:
            if d["vintage"] != vint or c["also_ok"]:
                errs.append(f"{where}: yes with a vintage must be that vintage, also_ok empty")
        elif exp == "yes":
            if d["vintage"] != max(vints, key=lambda v: v or 0) or sorted(c["also_ok"]) != others:
                errs.append(f"{where}: yes without vintage must be the most recent, others in also_ok")
        else:
            if vint is None or vint in vints:
                errs.append(f"{where}: almost needs a label vintage the wine lacks")
            else:
                best = min((v for v in vints if v is not None), key=lambda v: (abs(v - vint), -v))
                if d["vintage"] != best:
                    errs.append(f"{where}: almost must be the nearest vintage ({best})")
            if sorted(c["also_ok"]) != others:
                errs.append(f"{where}: almost must list the other vintages in also_ok")
        # format and units
        kind, vol = meas
        fmt = d["format_cl"]
        u = c["units_per_sale"]
        if kind == "cont":
            kind = "bottle" if vol == fmt else "pour"
        if kind == "draught" and d["category"] != "bière" and conn == "comptoir":
            kind, vol = "bottle", 37.5  # DEMI on a wine is a half bottle
        gfmts = {e["format_cl"] for e in group(d)}
        if kind == "bottle":
            ok_fmt, want = fmt == vol, 1
        elif kind == "bottle_any":
            ok_fmt = fmt == 75 if d["category"] in ("vin", "champagne") else (fmt < 2000 and fmt not in (37.5, 150))
            want = 1
        elif kind == "pour":
            ok_fmt = fmt == 75 if 75 in gfmts else (fmt < 2000 and fmt not in (37.5, 150))
            want = round(vol / fmt, 4)
        else:  # draught
            ok_fmt = d["category"] == "bière" and fmt >= 2000
            want = round(vol / fmt, 4)
        if not ok_fmt:
            errs.append(f"{where}: entry format {fmt} does not fit the label's measure")
        if u != want:
            errs.append(f"{where}: units_per_sale {u}, the printed measure gives {want}")
        if not shares_stem(words, d):
            errs.append(f"{where}: shares no word stem with its entry")
    # ---- counts
    tot = len(cases)
    if not 280 <= tot <= 300:
        errs.append(f"{tot} cases, not 280-300")
    if tot:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100 * sum(counts[t][exp] for t in TILLS) / tot
            if not lo <= p <= hi:
                errs.append(f"{exp}: {p:.1f} % not within {lo}-{hi} %")
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if counts[t][exp] == 0:
                errs.append(f"till {t} has no {exp} case")
    return errs


def read():
    with open(os.path.join(HERE, "saintmalo_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "saintmalo_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest():
    lib_t, cases_t = read()
    lib0 = [json.loads(x) for x in lib_t.splitlines()]
    cs0 = [json.loads(x) for x in cases_t.splitlines()]

    def first(pred):
        return next(i for i, c in enumerate(cs0) if pred(c))

    def b_vintage(lib, cs):
        i = first(lambda c: c["connection"] == "comptoir" and c["vintage"] is None and "cut off" in c["note"])
        cs[i]["vintage"] = 2023

    def b_json(lib, cs):
        return lib_t, cases_t.replace("}\n", "\n", 1)

    def b_order(lib, cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def b_idgap(lib, cs):
        lib[5]["id"] = f"{PREFIX}999"

    def b_colour(lib, cs):
        lib[0]["colour"] = "blanche"

    def b_alsook(lib, cs):
        cs[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []

    def b_nearest(lib, cs):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cs[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def b_units(lib, cs):
        cs[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16

    def b_width(lib, cs):
        cs[first(lambda c: c["connection"] == "comptoir")]["label"] += " BTL75"

    def b_lower(lib, cs):
        i = first(lambda c: c["connection"] == "comptoir")
        cs[i]["label"] = cs[i]["label"].lower()

    def b_export(lib, cs):
        i = first(lambda c: c["connection"] == "export" and c["expect"] == "yes")
        cs[i]["label"] = cs[i]["label"].rsplit(";", 1)[0]

    def b_terrasse(lib, cs):
        i = first(lambda c: c["connection"] == "terrasse" and c["expect"] == "yes")
        cs[i]["label"] = cs[i]["label"].replace(" — ", " — Carafe ", 1)

    def b_noneid(lib, cs):
        cs[first(lambda c: c["expect"] == "none")]["beverage_id"] = lib[0]["id"]

    def b_dup(lib, cs):
        cs[1]["label"] = cs[0]["label"]

    def b_half(lib, cs):
        half = next(d for d in lib if d["format_cl"] == 37.5)
        same = [d for d in lib if d["name"] == half["name"] and d["producer"] == half["producer"]
                and d["colour"] == half["colour"] and d["format_cl"] == 75
                and d["vintage"] == half["vintage"]]
        i = first(lambda c: c["beverage_id"] == same[0]["id"] and c["units_per_sale"] == 1)
        cs[i]["beverage_id"] = half["id"]

    def b_draught(lib, cs):
        i = first(lambda c: c["label"].startswith("DEMI ") and c["expect"] == "yes")
        bottle = next(d for d in lib if d["category"] == "bière" and d["format_cl"] == 33)
        cs[i]["beverage_id"] = bottle["id"]

    def b_counts(lib, cs):
        del cs[:40]

    def b_keg(lib, cs):
        lib[0]["format_cl"] = 3000

    breaks = [b_vintage, b_json, b_order, b_idgap, b_colour, b_alsook, b_nearest, b_units,
              b_width, b_lower, b_export, b_terrasse, b_noneid, b_dup, b_half, b_draught,
              b_counts, b_keg]
    clean = check(lib_t, cases_t)
    print(f"clean files: {'PASS' if not clean else 'FAIL ' + str(clean[:3])}")
    ok = not clean
    for b in breaks:
        lib, cs = copy.deepcopy(lib0), copy.deepcopy(cs0)
        r = b(lib, cs)
        texts = r if r else (dump(lib), dump(cs))
        errs = check(*texts)
        print(f"{b.__name__[2:]:10} {'reported' if errs else 'MISSED'}: {errs[0] if errs else ''}")
        ok = ok and bool(errs)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs = check(*read())
    for e in errs:
        print(e)
    lib_t, cases_t = read()
    cs = [json.loads(x) for x in cases_t.splitlines()]
    print(f"{len(lib_t.splitlines())} drinks, {len(cs)} cases: "
          + ("OK" if not errs else f"{len(errs)} problem(s)"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
