#!/usr/bin/env python3
"""Validate pezenas_library.jsonl and pezenas_cases.jsonl (reads only these two files).

    python3 check_pezenas.py              # check the files beside this script
    python3 check_pezenas.py --selftest   # break copies on purpose, show each is reported
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {25, 33, 37.5, 50, 70, 75, 100, 150, 2000, 3000}
TILLS = ("comptoir", "salle", "cave")

# measure words of each till -> (kind, volume)
COMPTOIR = {"BTL": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
            "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
            "70CL": ("bottle", 70), "1L": ("bottle", 100),
            "VRE": ("pour", 12.5), "V15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
            "CP": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
            "DEMI": ("draught", 25), "PINT": ("draught", 50)}
SALLE = {"Bouteille": ("bottle", None), "1/2 bouteille": ("bottle", 37.5), "Magnum": ("bottle", 150),
         "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
         "1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15),
         "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50), "Coupe": ("pour", 12.5),
         "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Demi": ("draught", 25), "Pinte": ("draught", 50)}
SALLE_FAMILIES = {"ROUGES", "BLANCS", "ROSÉS", "BULLES", "VINS DOUX", "APÉRITIFS", "ALCOOLS",
                  "BIÈRES", "SOFTS", "EAUX", "CUISINE", "DESSERTS", "CAFÉS", "DIVERS"}
CAVE_FAMILIES = {"RGE", "BLC", "RSE", "EFF", "LIQ", "APE", "SPI", "BIE", "SFT", "EPI", "DIV"}
SHARES = {"yes": (45, 52), "almost": (12, 17), "none": (33, 40)}


def yy(tok):
    n = int(tok)
    return 2000 + n if n <= 30 else 1900 + n


def parse(conn, label, err):
    """What the label says: measure (kind, volume) or None, vintage, family. None if malformed."""
    if conn == "comptoir":
        m = re.fullmatch(r"(\S(?:.*\S)?) (\d{1,3},\d0)", label)
        if not m:
            return err(f"comptoir form (text + price): {label!r}")
        desc = m.group(1)
        if len(desc) > 16:
            return err(f"comptoir text over 16 columns: {label!r}")
        if not re.fullmatch(r"[A-Z0-9 /]+", desc) or "  " in desc:
            return err(f"comptoir text not ASCII capitals: {label!r}")
        toks = desc.split()
        meas = COMPTOIR.get(toks[0]) if len(toks) > 1 else None
        vint = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return {"measure": meas, "vintage": vint, "family": None}
    if conn == "salle":
        m = re.fullmatch(r"([A-ZÉÈ ]+): (.+)", label)
        if not m or m.group(1) not in SALLE_FAMILIES:
            return err(f"salle form (FAMILY: product): {label!r}")
        rest, meas = m.group(2), None
        vm = re.fullmatch(r"(.+) \(([^()]+)\)", rest)
        if vm and vm.group(2) in SALLE:
            rest, meas = vm.group(1), SALLE[vm.group(2)]
        elif rest.endswith(")") and " (" in rest:
            return err(f"salle unknown variant: {label!r}")
        toks = rest.split()
        vint = int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
        if re.search(r"(?<![\d.])\d\d(?![\d.])$", rest) and vint is None:
            return err(f"salle vintage not in four digits: {label!r}")
        return {"measure": meas, "vintage": vint, "family": m.group(1)}
    if conn == "cave":
        toks = label.split(" ")
        if len(toks) < 3 or not re.fullmatch(r"\d{1,3},90€", toks[-1]):
            return err(f"cave form (price ,90€ last): {label!r}")
        toks.pop()
        meas = None
        if re.fullmatch(r"\d+(,\d+)?L", toks[-1]):
            meas = ("bottle", round(float(toks.pop()[:-1].replace(",", ".")) * 100, 1))
        vint = None
        if re.fullmatch(r"(19|20)\d\d", toks[-1]):
            vint = int(toks.pop())
        des = " ".join(toks)
        if len(des) > 28 or not re.fullmatch(r"[A-Z0-9 ]+", des) or toks[0] not in CAVE_FAMILIES:
            return err(f"cave designation (family, ASCII capitals, 28 columns): {label!r}")
        return {"measure": meas, "vintage": vint, "family": toks[0]}
    return err(f"unknown connection {conn!r}")


def salle_family_ok(fam, e):
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return fam == "BULLES"
    if e["category"] == "vin":
        return fam == {"rouge": "ROUGES", "blanc": "BLANCS", "rosé": "ROSÉS", "liquoreux": "VINS DOUX"}.get(e["colour"])
    if e["category"] == "autre":
        return fam == "APÉRITIFS"
    if e["category"] == "spiritueux":
        return fam in ("ALCOOLS", "APÉRITIFS")
    if e["category"] == "bière":
        return fam == "BIÈRES"
    return fam in ("SOFTS", "EAUX")


def cave_family_ok(fam, e):
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return fam == "EFF"
    if e["category"] == "vin":
        return fam == {"rouge": "RGE", "blanc": "BLC", "rosé": "RSE", "liquoreux": "LIQ"}.get(e["colour"])
    return fam == {"autre": "APE", "spiritueux": "SPI", "bière": "BIE", "soft": "SFT"}.get(e["category"]) \
        or (e["category"] == "spiritueux" and fam == "APE")


def check(lib_lines, case_lines):
    errors = []
    err = lambda m: errors.append(m)  # noqa: E731
    # ---------------- library
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            err(f"library line {i}: invalid JSON")
            continue
        if list(obj) != LIB_FIELDS:
            err(f"library line {i}: fields/order {list(obj)}")
            continue
        lib.append(obj)
    if not 110 <= len(lib) <= 130:
        err(f"library size {len(lib)} not in 110-130")
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e["id"] != f"PZN{n:03d}":
            err(f"id {e['id']} out of sequence (expected PZN{n:03d})")
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            err(f"{e['id']}: category {e['category']!r}")
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                err(f"{e['id']}: wine colour {e['colour']!r}")
            if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
                err(f"{e['id']}: champagne colour {e['colour']!r}")
        elif e["colour"] is not None:
            err(f"{e['id']}: colour {e['colour']!r} on a {e['category']}")
        if e["format_cl"] not in FORMATS:
            err(f"{e['id']}: format {e['format_cl']}")
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            err(f"{e['id']}: keg format on a {e['category']}")
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            err(f"{e['id']}: vintage {e['vintage']!r}")
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            err(f"{e['id']}: duplicate entry")
        seen.add(k)
    wine = lambda e: (e["name"], e["producer"], e["appellation"], e["colour"])  # noqa: E731
    groups = {}
    for e in lib:
        groups.setdefault(wine(e), []).append(e)

    def ordinary(e):
        fmts = sorted({x["format_cl"] for x in groups[wine(e)] if x["format_cl"] < 2000})
        if 75 in fmts:
            return 75
        rest = [f for f in fmts if f not in (37.5, 150)]
        return rest[0] if len(rest) == 1 else None

    # ---------------- cases
    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            err(f"cases line {i}: invalid JSON")
            continue
        if list(obj) != CASE_FIELDS:
            err(f"cases line {i}: fields/order {list(obj)}")
            continue
        cases.append(obj)
    if not 280 <= len(cases) <= 300:
        err(f"{len(cases)} cases, not 280-300")
    for c in cases:
        lab = c["label"]
        if lab in labels:
            err(f"duplicate label {lab!r}")
        labels.add(lab)
        if c["connection"] not in TILLS:
            err(f"{lab!r}: connection {c['connection']!r}")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            err(f"{lab!r}: expect {c['expect']!r}")
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            err(f"{lab!r}: empty note")
        p = parse(c["connection"], lab, err)
        if not p:
            continue
        if c["vintage"] != p["vintage"]:
            err(f"{lab!r}: vintage {c['vintage']} but the label says {p['vintage']}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err(f"{lab!r}: none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err(f"{lab!r}: unknown beverage_id {c['beverage_id']!r}")
            continue
        if p["family"] and c["connection"] == "salle" and not salle_family_ok(p["family"], e):
            err(f"{lab!r}: family {p['family']} does not fit {e['id']} ({e['colour']}, {e['category']})")
        if p["family"] and c["connection"] == "cave" and not cave_family_ok(p["family"], e):
            err(f"{lab!r}: family {p['family']} does not fit {e['id']} ({e['colour']}, {e['category']})")
        # format and units from the printed measure
        meas = p["measure"]
        if meas is None:
            if c["connection"] != "comptoir":
                err(f"{lab!r}: no measure on a drink")
                continue
            fmts = [x["format_cl"] for x in groups[wine(e)] if x["format_cl"] < 2000]
            want_fmt, units = (fmts[0] if len(set(fmts)) == 1 else None), 1
        else:
            kind, vol = meas
            if kind == "bottle":
                want_fmt, units = (ordinary(e) if vol is None else vol), 1
            elif kind == "pour":
                want_fmt = ordinary(e)
                units = round(vol / e["format_cl"], 4)
            else:
                want_fmt = e["format_cl"] if e["format_cl"] >= 2000 and e["category"] == "bière" else "keg"
                units = round(vol / e["format_cl"], 4)
        if e["format_cl"] != want_fmt:
            err(f"{lab!r}: entry format {e['format_cl']} but the label means {want_fmt}")
        if c["units_per_sale"] != units:
            err(f"{lab!r}: units {c['units_per_sale']} but the measure gives {units}")
        # vintages and also_ok
        sibs = [x for x in groups[wine(e)] if x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in sibs if x is not e)
        held = [x["vintage"] for x in sibs]
        v = p["vintage"]
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    err(f"{lab!r}: yes with vintage {v} must be that entry, also_ok empty")
            else:
                if None not in held and e["vintage"] != max(held):
                    err(f"{lab!r}: yes without vintage must be the most recent")
                if sorted(c["also_ok"]) != others:
                    err(f"{lab!r}: also_ok {c['also_ok']} should be {others}")
        else:
            if v is None or None in held or v in held:
                err(f"{lab!r}: almost needs a label vintage the wine does not hold")
            else:
                best = min(held, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    err(f"{lab!r}: almost must be the nearest vintage {best}")
                if sorted(c["also_ok"]) != others:
                    err(f"{lab!r}: also_ok {c['also_ok']} should be {others}")
    # ---------------- proportions
    if cases:
        for exp, (lo, hi) in SHARES.items():
            share = 100 * sum(c["expect"] == exp for c in cases) / len(cases)
            if not lo <= share <= hi:
                err(f"share of {exp} {share:.1f} % not in {lo}-{hi} %")
        for t in TILLS:
            for exp in SHARES:
                if not any(c["connection"] == t and c["expect"] == exp for c in cases):
                    err(f"till {t} has no {exp} case")
    return errors, lib, cases


def counts(cases):
    rows = []
    for t in (*TILLS, None):
        sel = [c for c in cases if t is None or c["connection"] == t]
        rows.append((t or "total", *(sum(c["expect"] == e for c in sel) for e in SHARES), len(sel)))
    return rows


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib0, cases0 = read("pezenas_library.jsonl"), read("pezenas_cases.jsonl")
    errs, lib, cases = check(lib0, cases0)
    assert not errs, errs
    print("clean files: pass")

    def find(pred):
        for i, line in enumerate(cases0):
            c = json.loads(line)
            if pred(c):
                return i, c
        raise SystemExit("selftest: no case to break")

    def put(lines, i, obj):
        lines = list(lines)
        lines[i] = json.dumps(obj, ensure_ascii=False)
        return lines

    breaks = []
    # 1 invalid JSON
    breaks.append(("invalid JSON", lib0, [*cases0[:5], "{oops", *cases0[6:]]))
    # 2 field order
    i, c = find(lambda c: True)
    breaks.append(("field order", lib0, [*cases0[:i], json.dumps(dict(reversed(list(c.items()))), ensure_ascii=False), *cases0[i + 1:]]))
    # 3 id gap
    l2 = list(lib0); o = json.loads(l2[10]); o["id"] = "PZN999"; l2[10] = json.dumps(o, ensure_ascii=False)
    breaks.append(("id out of sequence", l2, cases0))
    # 4 bad wine colour
    l2 = list(lib0); o = json.loads(l2[0]); o["colour"] = "red"; l2[0] = json.dumps(o, ensure_ascii=False)
    breaks.append(("bad wine colour", l2, cases0))
    # 5 colour on a spirit
    j = next(k for k, x in enumerate(lib0) if json.loads(x)["category"] == "spiritueux")
    l2 = list(lib0); o = json.loads(l2[j]); o["colour"] = "blanc"; l2[j] = json.dumps(o, ensure_ascii=False)
    breaks.append(("colour on a spirit", l2, cases0))
    # 6 vintage not on the label
    i, c = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    breaks.append(("vintage not on the label", lib0, put(cases0, i, {**c, "vintage": 2019})))
    # 7 also_ok dropped
    breaks.append(("also_ok dropped", lib0, put(cases0, i, {**c, "also_ok": []})))
    # 8 almost not the nearest
    i, c = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost not the nearest", lib0, put(cases0, i, {**c, "beverage_id": c["also_ok"][0], "also_ok": [c["beverage_id"]]})))
    # 9 wrong units
    i, c = find(lambda c: c["connection"] == "comptoir" and c["label"].startswith("VRE "))
    breaks.append(("wrong units", lib0, put(cases0, i, {**c, "units_per_sale": 0.2})))
    # 10 none with an answer
    i, c = find(lambda c: c["expect"] == "none")
    breaks.append(("none with an answer", lib0, put(cases0, i, {**c, "beverage_id": "PZN001"})))
    # 11 duplicate label
    breaks.append(("duplicate label", lib0, [*cases0, cases0[0]]))
    # 12 comptoir over 16 columns
    i, c = find(lambda c: c["connection"] == "comptoir" and c["expect"] == "none")
    breaks.append(("comptoir over 16 columns", lib0, put(cases0, i, {**c, "label": "CROQUE MADAME JAMBON 9,50"})))
    # 13 salle family against the colour
    i, c = find(lambda c: c["connection"] == "salle" and c["label"].startswith("BLANCS: ") and c["expect"] == "yes")
    breaks.append(("salle family against the colour", lib0, put(cases0, i, {**c, "label": "ROUGES: " + c["label"][8:]})))
    # 14 cave without price
    i, c = find(lambda c: c["connection"] == "cave" and c["expect"] == "yes")
    breaks.append(("cave without price", lib0, put(cases0, i, {**c, "label": c["label"].rsplit(" ", 1)[0]})))
    # 15 half bottle on the 75 cl entry
    i, c = find(lambda c: c["connection"] == "salle" and "(1/2 bouteille)" in c["label"] and c["expect"] == "yes" and c["vintage"])
    e75 = next(json.loads(x)["id"] for x in lib0 if (lambda o: o["format_cl"] == 75 and o["vintage"] == c["vintage"] and o["name"] == json.loads(lib0[int(c["beverage_id"][3:]) - 1])["name"])(json.loads(x)))
    breaks.append(("half bottle on the 75 cl", lib0, put(cases0, i, {**c, "beverage_id": e75})))
    # 16 draught on a bottle entry
    i, c = find(lambda c: c["label"].startswith("DEMI LEFFE"))
    b33 = next(json.loads(x)["id"] for x in lib0 if json.loads(x)["name"] == "Leffe Blonde" and json.loads(x)["format_cl"] == 33)
    breaks.append(("draught on a bottle entry", lib0, put(cases0, i, {**c, "beverage_id": b33})))
    # 17 counts out of range
    breaks.append(("counts out of range", lib0, [x for x in cases0 if json.loads(x)["expect"] != "none"]))
    # 18 unknown connection
    i, c = find(lambda c: True)
    breaks.append(("unknown connection", lib0, put(cases0, i, {**c, "connection": "terrasse"})))
    # 19 salle vintage in two digits
    i, c = find(lambda c: c["connection"] == "salle" and c["vintage"])
    breaks.append(("salle two-digit vintage", lib0, put(cases0, i, {**c, "label": c["label"].replace(str(c["vintage"]), str(c["vintage"])[2:])})))
    ok = True
    for name, l, cs in breaks:
        errs, _, _ = check(l, cs)
        print(f"  {'reported' if errs else 'MISSED  '}  {name}: {errs[0] if errs else ''}")
        ok &= bool(errs)
    print(f"{len(breaks)} kinds of break, {'all reported' if ok else 'SOME MISSED'}")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, lib, cases = check(read("pezenas_library.jsonl"), read("pezenas_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases")
    for t, y, a, n, tot in counts(cases):
        print(f"  {t:9s} yes {y:3d}  almost {a:3d}  none {n:3d}  = {tot}")
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
