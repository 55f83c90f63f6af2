"""Check mulhouse_library.jsonl and mulhouse_cases.jsonl alone (no build, no matcher).

python3 check_mulhouse.py            check the two files
python3 check_mulhouse.py --selftest break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}

# measure words of each till -> (kind, cl): bottle (format, None = a bottle), pour, draught
K_MEAS = {"FL": ("bottle", None), "1/2FL": ("bottle", 37.5), "MAGNUM": ("bottle", 150),
          "FL 0,2": ("bottle", 20), "FL 0,25": ("bottle", 25), "FL 0,33": ("bottle", 33),
          "FL 0,5": ("bottle", 50), "FL 0,65": ("bottle", 65), "FL 0,7": ("bottle", 70), "FL 1L": ("bottle", 100),
          "GLAS": ("pour", 12.5), "COUPE": ("pour", 12.5), "0,1L": ("pour", 10), "0,2L": ("pour", 20),
          "KRUG 0,25": ("pour", 25), "KRUG 0,5": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
          "4CL": ("pour", 4), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
          "FASS 0,3": ("draught", 30), "FASS 0,4": ("draught", 40)}
Z_CODES = {"FL": "bottle", "VR": "pour", "KR": "pour", "SH": "pour"}
Z_NONDRINK = {"KU", "DIV", "MIX", "H7"}
J_MOD = {"": ("bottle", None), "1/2 btl": ("bottle", 37.5), "magnum": ("bottle", 150), "20cl": ("bottle", 20),
         "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50), "65cl": ("bottle", 65),
         "1l": ("bottle", 100), "verre": ("pour", 12.5), "verre 10cl": ("pour", 10), "verre 12cl": ("pour", 12),
         "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5), "pichet 25cl": ("pour", 25),
         "pichet 50cl": ("pour", 50), "dose": ("pour", 4), "2cl": ("pour", 2), "4cl": ("pour", 4),
         "demi": ("draught", 25), "pinte": ("draught", 50)}


def read_label(till, label, errs):
    """-> (kind, cl, vintage, cut_possible) or None when the form is wrong."""
    if till == "kasse":
        m = re.fullmatch(r"\d{4} (.+)", label)
        if not m or len(label) > 36 or label != label.upper() or re.search(r"[ÀÂÇÉÈÊËÎÏÔÛÙ']", label):
            errs.append(f"kasse form: {label!r}")
            return None
        body = m.group(1)
        meas = None
        for w in sorted(K_MEAS, key=len, reverse=True):
            if body.startswith(w + " "):
                meas = K_MEAS[w]
                break
        v = re.search(r"\bJG(\d\d)$", body)
        return meas, (2000 + int(v.group(1)) if v else None), len(label) >= 35
    if till == "zapf":
        m = re.fullmatch(r"([A-Z]+\d*)/([0-9,A-Z]+) ([A-Za-z0-9']+)", label)
        if not m or len(m.group(3)) > 18:
            errs.append(f"zapf form: {label!r}")
            return None
        code, size, name = m.groups()
        v = re.search(r"'(\d\d)$", name)
        vint = 2000 + int(v.group(1)) if v else None
        if re.fullmatch(r"H[1-6]", code):
            meas = ("draught", float(size)) if size.isdigit() else None
        elif code in Z_CODES:
            if size in ("GL", "CP"):
                meas = ("pour", 12.5)
            elif re.fullmatch(r"\d+(,5)?", size):
                meas = (Z_CODES[code], float(size.replace(",", ".")))
            else:
                meas = None
        elif code in Z_NONDRINK:
            meas = ("nondrink", None)
        else:
            errs.append(f"zapf code: {label!r}")
            return None
        return meas, vint, len(name) >= 17
    m = re.fullmatch(r"(\d\d):(\d\d) T(\d\d) ([+-]\d) (.+?)(?: > ([a-z0-9/ ]+))?( \[ANNUL\])?", label)
    if not m or not (0 <= int(m.group(1)) < 24 and int(m.group(2)) < 60):
        errs.append(f"journal form: {label!r}")
        return None
    prod, mod = m.group(5), m.group(6) or ""
    if len(prod) > 32 or mod not in J_MOD:
        errs.append(f"journal product/modifier: {label!r}")
        return None
    if (m.group(4) == "-1") != bool(m.group(7)):
        errs.append(f"journal void without -1: {label!r}")
    if re.search(r" \d{2,3}$", prod) and not re.search(r"\d\d \d\d$|Zacapa 23$", prod):
        pass
    v = re.search(r" ((?:19|20)\d\d)$", prod)
    return J_MOD[mod], (int(v.group(1)) if v else None), len(prod) >= 31


def norm_tokens(s):
    out = set()
    for variant in (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                     .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), s):
        t = "".join(c for c in unicodedata.normalize("NFD", variant) if unicodedata.category(c) != "Mn")
        t = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ", t)
        out.update(w for w in re.findall(r"[a-z0-9]+", t.lower()) if len(w) >= 2 or w.isdigit())
    return out


def shares(label, e):
    lt = norm_tokens(label)
    et = norm_tokens(" ".join(str(e[k]) for k in ("name", "producer", "appellation") if e[k]))
    for a in lt:
        for b in et:
            if a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append(f"library line {i + 1}: invalid JSON")
            continue
        if list(r) != LIB_FIELDS:
            errs.append(f"library line {i + 1}: fields out of order")
        lib.append(r)
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append(f"cases line {i + 1}: invalid JSON")
            continue
        if list(c) != CASE_FIELDS:
            errs.append(f"cases line {i + 1}: fields out of order")
        cases.append(c)
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append(f"library size {len(lib)}")
    byid = {}
    seen = set()
    for n, r in enumerate(lib):
        if r["id"] != f"mu{n + 1:03d}":
            errs.append(f"library id out of sequence: {r['id']}")
        byid[r["id"]] = r
        if r["category"] not in CATS:
            errs.append(f"{r['id']}: category {r['category']}")
        wine = r["category"] in ("vin", "champagne")
        if wine != (r["colour"] in COLOURS) or (not wine and r["colour"] is not None):
            errs.append(f"{r['id']}: colour {r['colour']} on {r['category']}")
        if r["format_cl"] >= 2000 and r["category"] != "bière":
            errs.append(f"{r['id']}: keg on a non-beer")
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen:
            errs.append(f"{r['id']}: duplicate entry")
        seen.add(k)

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])

    if not 280 <= len(cases) <= 300:
        errs.append(f"case count {len(cases)}")
    labels = Counter(c["label"] for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append(f"duplicate label {lab!r}")
    taps = {}
    for c in cases:
        lab, till = c["label"], c["connection"]
        if till not in ("kasse", "zapf", "journal"):
            errs.append(f"connection {till!r}")
            continue
        if not c["note"]:
            errs.append(f"empty note: {lab!r}")
        rd = read_label(till, lab, errs)
        if rd is None:
            continue
        meas, lv, full = rd
        if c["vintage"] != lv:
            errs.append(f"vintage {c['vintage']} not read from label {lab!r} ({lv})")
        if "cut off by the till" in c["note"] and not full:
            errs.append(f"'cut off' note on a short label {lab!r}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"none with an answer: {lab!r}")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(f"expect {c['expect']!r}")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"unknown beverage_id {c['beverage_id']} for {lab!r}")
            continue
        if meas is None or meas[0] == "nondrink":
            errs.append(f"no measure read from {lab!r}")
            continue
        if not shares(lab, e):
            errs.append(f"label shares no word with its entry: {lab!r}")
        kind, cl = meas
        fmt = e["format_cl"]
        wine = e["category"] in ("vin", "champagne")
        same = [r for r in lib if wine_key(r)[:4] == wine_key(e)[:4]]
        fmts = sorted({r["format_cl"] for r in same})
        if kind == "bottle":
            want = (75 if wine else ([f for f in fmts if f < 2000] + [None])[0]) if cl is None else cl
            if fmt != want or c["units_per_sale"] != 1:
                errs.append(f"bottle measure vs entry {fmt} / units {c['units_per_sale']}: {lab!r}")
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else [f for f in fmts if f not in (37.5, 150) and f < 2000]
            if fmt in (37.5, 150) or e["category"] == "bière" or (ordinary != 75 and ordinary != [fmt]):
                errs.append(f"pour not from the ordinary bottle: {lab!r}")
            if c["units_per_sale"] != round(cl / fmt, 4):
                errs.append(f"units {c['units_per_sale']} != {cl}/{fmt}: {lab!r}")
        else:
            if fmt < 2000:
                errs.append(f"draught measure on a bottle entry: {lab!r}")
            if c["units_per_sale"] != round(cl / fmt, 4):
                errs.append(f"units {c['units_per_sale']} != {cl}/{fmt}: {lab!r}")
            if till == "zapf":
                tap = lab.split("/")[0]
                if taps.setdefault(tap, e["id"]) != e["id"]:
                    errs.append(f"tap {tap} on two kegs")
        sib = [r for r in lib if wine_key(r) == wine_key(e)]
        others = sorted(r["id"] for r in sib if r["id"] != e["id"])
        vints = [r["vintage"] for r in sib if r["vintage"]]
        if c["expect"] == "yes":
            if lv is not None and vints:
                if e["vintage"] != lv or c["also_ok"]:
                    errs.append(f"yes but label vintage {lv} != entry {e['vintage']} or also_ok: {lab!r}")
            else:
                if vints and e["vintage"] != max(vints):
                    errs.append(f"yes without vintage not on the most recent: {lab!r}")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"also_ok should list the other vintages: {lab!r}")
        else:
            if lv is None or lv in vints or not vints:
                errs.append(f"almost but the vintage is held or absent: {lab!r}")
            else:
                best = min(vints, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append(f"almost not on the nearest vintage: {lab!r}")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"almost also_ok should list the other vintages: {lab!r}")
    tot = Counter(c["expect"] for c in cases)
    n = len(cases) or 1
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[ex] / n <= hi:
            errs.append(f"{ex} share {100 * tot[ex] / n:.1f} % outside {lo}-{hi}")
    per = Counter((c["connection"], c["expect"]) for c in cases)
    for till in ("kasse", "zapf", "journal"):
        for ex in ("yes", "almost", "none"):
            if not per[(till, ex)]:
                errs.append(f"till {till} has no {ex}")
    return errs


def load():
    with open(os.path.join(HERE, "mulhouse_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "mulhouse_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files must pass"
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def d(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, expect):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        r = fn(l2, c2)
        if r is not None:
            l2, c2 = r
        breaks.append((name, d(l2) if isinstance(l2[0], dict) else l2, d(c2) if isinstance(c2[0], dict) else c2, expect))

    brk("invalid JSON", lambda l, c: (l, [*d(c)[:-1], "{oops"]), "invalid JSON")
    brk("fields out of order", lambda l, c: c.__setitem__(0, dict(reversed(list(c[0].items())))), "fields out of order")
    brk("id out of sequence", lambda l, c: l[4].__setitem__("id", "mu099"), "out of sequence")
    brk("colour on a beer", lambda l, c: next(r for r in l if r["category"] == "bière").__setitem__("colour", "blanc"), "colour")
    i_gl = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None) and c["connection"] == "kasse")
    brk("glass units", lambda l, c: c[i_gl].__setitem__("units_per_sale", 0.2), "units")
    i_al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", lambda l, c: c[i_al].update(beverage_id=c[i_al]["also_ok"][0], also_ok=[c[i_al]["beverage_id"]]), "nearest")
    i_yv = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["label"].endswith("JG17"))
    brk("yes on the sibling vintage", lambda l, c: c[i_yv].__setitem__("beverage_id", f"mu{int(c[i_yv]['beverage_id'][2:]) + 1:03d}"), "label vintage")
    i_no = first(lambda c: c["expect"] == "none")
    brk("none with an id", lambda l, c: c[i_no].__setitem__("beverage_id", "mu001"), "none with an answer")
    i_ao = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda l, c: c[i_ao].__setitem__("also_ok", []), "also_ok")
    brk("duplicate label", lambda l, c: c.__setitem__(1, dict(c[1], label=c[0]["label"], connection=c[0]["connection"])), "duplicate label")
    i_half = first(lambda c: c["expect"] == "yes" and "1/2FL" in c["label"])
    brk("half bottle on the 75 cl entry", lambda l, c: c[i_half].__setitem__("beverage_id", next(r["id"] for r in l if r["name"] == "Pol Roger Brut Réserve" and r["format_cl"] == 75)), "bottle measure")
    i_dr = first(lambda c: c["expect"] == "yes" and c["label"].startswith("FL/50 PaulanerHefe"))
    brk("bottle on the keg", lambda l, c: c[i_dr].__setitem__("beverage_id", next(r["id"] for r in l if r["name"].startswith("Paulaner") and r["format_cl"] == 3000)), "bottle measure")
    i_v = first(lambda c: c["vintage"])
    brk("vintage not on the label", lambda l, c: c[i_v].__setitem__("vintage", c[i_v]["vintage"] - 1), "not read from label")
    i_z = first(lambda c: c["connection"] == "zapf")
    brk("zapf name too long", lambda l, c: c[i_z].__setitem__("label", c[i_z]["label"] + "Extralang"), "zapf form")
    i_k = first(lambda c: c["connection"] == "kasse")
    brk("kasse label in lower case", lambda l, c: c[i_k].__setitem__("label", c[i_k]["label"].lower()), "kasse form")
    i_sh = first(lambda c: c["expect"] == "yes" and c["label"].startswith("SH/2 Williamine"))
    brk("label sharing no word", lambda l, c: c[i_sh].__setitem__("beverage_id", next(r["id"] for r in l if r["name"] == "Ricard")), "shares no word")
    brk("too few cases", lambda l, c: (l, c[:200]), "case count")
    brk("till without almost", lambda l, c: [x.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None) for x in c if x["connection"] == "zapf" and x["expect"] == "almost"] and None, "has no almost")
    i_j = first(lambda c: c["connection"] == "journal" and "[ANNUL]" in c["label"])
    brk("void without -1", lambda l, c: c[i_j].__setitem__("label", c[i_j]["label"].replace(" -1 ", " +1 ")), "void without")
    brk("keg on a spirit", lambda l, c: next(r for r in l if r["name"] == "Ricard").__setitem__("format_cl", 3000), "keg on a non-beer")
    ok = True
    for name, l2, c2, expect in breaks:
        errs = check(l2, c2)
        hit = any(expect in e for e in errs)
        ok &= hit
        print(f"{'reported' if hit else 'MISSED  '}  {name}: {next((e for e in errs if expect in e), errs[:1])}")
    print(f"clean files: {'pass' if not check(lib, cases) else 'FAIL'}; {len(breaks)} kinds of break")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    C = [json.loads(x) for x in cases]
    per = Counter((c["connection"], c["expect"]) for c in C)
    for till in ("kasse", "zapf", "journal"):
        print(till, [per[(till, e)] for e in ("yes", "almost", "none")])
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
