"""Check troyes_library.jsonl and troyes_cases.jsonl alone (stdlib only). --selftest breaks copies on purpose."""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FAMS = {"CH", "BL", "RG", "RS", "LI", "AP", "BI", "SO", "CU", "SV"}
# printed measure -> (kind, volume)
BAR = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25), "33CL": ("bottle", 33),
       "50CL": ("bottle", 50), "70CL": ("bottle", 70), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
       "VRE15": ("pour", 15), "CP": ("pour", 12.5), "FLUTE": ("pour", 12.5), "PICH25": ("pour", 25),
       "PICH50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
SALLE = {"demi-btl": ("bottle", 37.5), "magnum": ("bottle", 150), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
         "50cl": ("bottle", 50), "70cl": ("bottle", 70), "1L": ("bottle", 100), "verre": ("pour", 12.5),
         "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5), "flûte": ("pour", 12.5), "pichet 25cl": ("pour", 25),
         "pichet 50cl": ("pour", 50), "dose": ("pour", 4), "2cl": ("pour", 2), "demi": ("draught", 25), "pinte": ("draught", 50)}
HOTEL = {"1/2": ("bottle", 37.5), "Magnum": ("bottle", 150), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
         "50cl": ("bottle", 50), "70cl": ("bottle", 70), "1L": ("bottle", 100), "Verre": ("pour", 12.5),
         "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5), "Flute": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
         "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4), "2cl": ("pour", 2), "Demi": ("draught", 25), "Pinte": ("draught", 50)}


def parse(conn, label):
    """-> (errors, vintage, measure (kind, vol) or ('bottle', None))"""
    errs, meas = [], ("bottle", None)
    if conn == "bar":
        if len(label) > 17 or label != label.upper() or not label.isascii() or label.endswith(" "):
            errs.append("bar: not upper ASCII within 17 columns")
        m = re.match(r"^([A-Z]{2})=(\S+)", label)
        if not m or m.group(1) not in FAMS:
            errs.append("bar: no family prefix")
        elif m.group(2) in BAR:
            meas = BAR[m.group(2)]
        v = re.search(r" (\d\d)$", label)
        return errs, (2000 + int(v.group(1)) if v else None), meas
    if conn == "salle":
        m = re.match(r"^(.*) \d{1,3},\d\d €$", label)
        if not m:
            return ["salle: no price with a decimal comma and €"], None, meas
        body = m.group(1)
        for w in sorted(SALLE, key=len, reverse=True):
            if body.endswith(" " + w):
                meas = SALLE[w]
                break
        v = re.search(r" '(\d\d)( |$)", body)
        if re.search(r"\b(19|20)\d\d\b", body):
            errs.append("salle: four-digit year")
        return errs, (2000 + int(v.group(1)) if v else None), meas
    if conn == "hotel":
        m = re.match(r"^(\d{5}) (.{24}) ([ \d]{3}\d,\d\d)$", label)
        if not m or not label.isascii():
            return ["hotel: not 'NNNNN <24-col description> price'"], None, meas
        desc = m.group(2).rstrip()
        for w in sorted(HOTEL, key=len, reverse=True):
            if desc.startswith(w + " "):
                meas = HOTEL[w]
                break
        v = re.search(r" ((?:19|20)\d\d)$", desc)
        return errs, (int(v.group(1)) if v else None), meas
    return [f"unknown connection {conn}"], None, meas


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            r = json.loads(l)
        except ValueError:
            errs.append(f"library line {i+1}: bad JSON"); continue
        if list(r) != LIB_FIELDS:
            errs.append(f"library line {i+1}: field order")
        if r.get("id") != f"ty{i+1:03d}":
            errs.append(f"library line {i+1}: id {r.get('id')} out of sequence")
        if r.get("colour") not in COLOURS or r.get("category") not in CATS:
            errs.append(f"{r.get('id')}: colour/category")
        if r.get("category") in ("vin", "champagne") and r.get("colour") is None:
            errs.append(f"{r.get('id')}: wine without colour")
        if not isinstance(r.get("format_cl"), (int, float)):
            errs.append(f"{r.get('id')}: format")
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append(f"library size {len(lib)}")
    ids = {r["id"]: r for r in lib if "id" in r}
    def same(a, b):
        return all(a.get(k) == b.get(k) for k in ("name", "producer", "appellation", "colour", "format_cl"))
    seen = set()
    for i, l in enumerate(case_lines):
        try:
            c = json.loads(l)
        except ValueError:
            errs.append(f"case line {i+1}: bad JSON"); continue
        cases.append(c)
        lab = c.get("label")
        where = f"case {i+1} {lab!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: field order"); continue
        if lab in seen:
            errs.append(f"{where}: duplicate label")
        seen.add(lab)
        perr, lv, (kind, vol) = parse(c["connection"], lab)
        errs += [f"{where}: {e}" for e in perr]
        if c["vintage"] != lv:
            errs.append(f"{where}: vintage {c['vintage']} but label reads {lv}")
        exp, bid, also, u = c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"]
        if exp not in ("yes", "almost", "none"):
            errs.append(f"{where}: expect {exp}"); continue
        if exp == "none":
            if bid is not None or also != [] or u is not None:
                errs.append(f"{where}: none with an id, also_ok or units")
            continue
        e = ids.get(bid)
        if e is None:
            errs.append(f"{where}: unknown id {bid}"); continue
        if any(a not in ids for a in also):
            errs.append(f"{where}: unknown also_ok"); continue
        sibs = [r for r in lib if same(r, e)]
        if sorted(a for a in also) != sorted(r["id"] for r in sibs if r["id"] != bid):
            if not (exp == "yes" and lv is not None and also == []):
                errs.append(f"{where}: also_ok is not the wine's other vintages")
        vints = [r["vintage"] for r in sibs if r["vintage"] is not None]
        if exp == "yes":
            if lv is not None and vints and (e["vintage"] != lv or also):
                errs.append(f"{where}: yes with a label vintage not on the entry")
            if lv is None and vints and e["vintage"] != max(vints):
                errs.append(f"{where}: yes without vintage is not the most recent")
        else:
            if lv is None or lv in vints or not vints:
                errs.append(f"{where}: almost but the label's vintage is held or absent")
            else:
                best = min(vints, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append(f"{where}: almost not on the nearest vintage")
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append(f"{where}: units not to 4 decimals"); continue
        fmt = e["format_cl"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if e["category"] in ("vin", "champagne") else fmt)
            if fmt != want:
                errs.append(f"{where}: format {fmt} cl but the label says {want}")
            if u != 1:
                errs.append(f"{where}: a bottle is 1 unit")
        elif kind == "draught":
            if fmt < 2000 or e["category"] != "bière":
                errs.append(f"{where}: draught measure not from a keg")
            if abs(u - round(vol / fmt, 4)) > 1e-9:
                errs.append(f"{where}: units {u} != {vol}/{fmt}")
        else:
            if fmt in (37.5, 150) or fmt >= 2000:
                errs.append(f"{where}: pour from a half, magnum or keg")
            others = {r["format_cl"] for r in lib if r["name"] == e["name"] and r["producer"] == e["producer"] and r["colour"] == e["colour"]}
            if fmt != 75 and 75 in others:
                errs.append(f"{where}: pour not from the 75 cl bottle")
            if abs(u - round(vol / fmt, 4)) > 1e-9:
                errs.append(f"{where}: units {u} != {vol}/{fmt}")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append(f"{n} cases, not 280-300")
    if n:
        share = {x: sum(c.get("expect") == x for c in cases) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                errs.append(f"share of {x} {share[x]:.3f} outside {lo}-{hi}")
        for conn in ("bar", "salle", "hotel"):
            for x in ("yes", "almost", "none"):
                if not any(c.get("connection") == conn and c.get("expect") == x for c in cases):
                    errs.append(f"till {conn} has no {x}")
    return errs


def load():
    with open(os.path.join(HERE, "troyes_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "troyes_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert check(lib, cases) == [], "clean files must pass"
    C = [json.loads(l) for l in cases]
    L = [json.loads(l) for l in lib]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]
    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def brk(rows, i, **kw):
        rows = copy.deepcopy(rows); rows[i].update(kw); return rows

    ialm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    iyesv = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["units_per_sale"] == 1)
    iyesnov = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    ipour = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1)
    imag = first(lambda c: c["label"].startswith("CH=MAG DRAPP"))
    idraught = first(lambda c: "DEMI 1664" in c["label"])
    inone = first(lambda c: c["expect"] == "none")
    ibar = first(lambda c: c["connection"] == "bar")
    isal = first(lambda c: c["connection"] == "salle")
    ihot = first(lambda c: c["connection"] == "hotel")
    swapped = {k: C[0][k] for k in reversed(CASE_FIELDS)}
    breaks = {
        "bad JSON": (lib, [*cases[:5], "{not json", *cases[6:]]),
        "field order": (lib, [json.dumps(swapped, ensure_ascii=False), *cases[1:]]),
        "id gap": (dump(brk(L, 3, id="ty099")), cases),
        "bad colour": (dump(brk(L, 0, colour="blanc de blancs")), cases),
        "duplicate label": (lib, [*cases, cases[0]]),
        "almost on the farther vintage": (lib, dump(brk(C, ialm, beverage_id=C[ialm]["also_ok"][0], also_ok=[C[ialm]["beverage_id"], *C[ialm]["also_ok"][1:]]))),
        "vintage not the label's": (lib, dump(brk(C, iyesv, vintage=C[iyesv]["vintage"] - 1))),
        "yes without vintage not the most recent": (lib, dump(brk(C, iyesnov, beverage_id=C[iyesnov]["also_ok"][0], also_ok=[C[iyesnov]["beverage_id"]]))),
        "units of a pour": (lib, dump(brk(C, ipour, units_per_sale=0.2))),
        "magnum on the 75 cl entry": (lib, dump(brk(C, imag, beverage_id="ty002"))),
        "draught units": (lib, dump(brk(C, idraught, units_per_sale=0.0125))),
        "none with an id": (lib, dump(brk(C, inone, beverage_id="ty001"))),
        "bar label too wide": (lib, dump(brk(C, ibar, label=C[ibar]["label"] + " XXXXXXXXXXXX"))),
        "salle without price": (lib, dump(brk(C, isal, label=re.sub(r" \d+,\d\d €$", "", C[isal]["label"])))),
        "hotel without article number": (lib, dump(brk(C, ihot, label="X" + C[ihot]["label"][1:]))),
        "units to 5 decimals": (lib, dump(brk(C, ipour, units_per_sale=C[ipour]["units_per_sale"] + 0.00001))),
        "shares off": (lib, [l for l in cases if '"none"' not in l]),
    }
    ok = True
    for name, (l2, c2) in breaks.items():
        e = check(l2, c2)
        print(f"{'reported' if e else 'MISSED  '}: {name}" + (f"  ({e[0]})" if e else ""))
        ok &= bool(e)
    print("clean files pass;", "all breaks reported" if ok else "SOME BREAKS MISSED")
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    e = check(*load())
    for x in e:
        print(x)
    print("OK" if not e else f"{len(e)} problems")
    sys.exit(1 if e else 0)
