"""Check sedan_library.jsonl and sedan_cases.jsonl on their own (no build import).
Usage: python3 check_sedan.py [--selftest]"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNECTIONS = ("brasseur", "tablette", "compta")

# printed measure -> (volume cl, kind)
BR = {"75CL": (75, "bottle"), "37,5CL": (37.5, "bottle"), "1,5L": (150, "bottle"),
      "20CL": (20, "bottle"), "25CL": (25, "bottle"), "33CL": (33, "bottle"),
      "50CL": (50, "bottle"), "70CL": (70, "bottle"), "1L": (100, "bottle"),
      "VERRE": (12.5, "glass"), "VERRE 12CL": (12, "glass"), "VERRE 15CL": (15, "glass"),
      "CARAFE 25CL": (25, "glass"), "CARAFE 50CL": (50, "glass"), "FLUTE": (12.5, "glass"),
      "FUT 25CL": (25, "draught"), "FUT 50CL": (50, "draught"), "FUT 33CL": (33, "draught"),
      "4CL": (4, "dose"), "2CL": (2, "dose")}
TB = {"bouteille": (75, "bottle"), "demi-bouteille": (37.5, "bottle"), "magnum": (150, "bottle"),
      "20cl": (20, "bottle"), "25cl": (25, "bottle"), "33cl": (33, "bottle"),
      "37,5cl": (37.5, "bottle"), "50cl": (50, "bottle"), "70cl": (70, "bottle"),
      "75cl": (75, "bottle"), "1L": (100, "bottle"), "verre": (12.5, "glass"),
      "verre 12cl": (12, "glass"), "grand verre 15cl": (15, "glass"),
      "pichet 25cl": (25, "glass"), "pichet 50cl": (50, "glass"), "flûte": (12.5, "glass"),
      "demi": (25, "draught"), "pinte": (50, "draught"), "chope 33cl": (33, "draught"),
      "dose": (4, "dose"), "dose 2cl": (2, "dose")}
CP = {"BTL": (75, "bottle"), "1/2": (37.5, "bottle"), "MAG": (150, "bottle"),
      "20CL": (20, "bottle"), "25CL": (25, "bottle"), "33CL": (33, "bottle"),
      "37,5CL": (37.5, "bottle"), "50CL": (50, "bottle"), "70CL": (70, "bottle"),
      "75CL": (75, "bottle"), "1L": (100, "bottle"), "VRE": (12.5, "glass"),
      "VRE12": (12, "glass"), "VRE15": (15, "glass"), "PICH25": (25, "glass"),
      "PICH50": (50, "glass"), "FLUTE": (12.5, "glass"), "DEMI": (25, "draught"),
      "PINTE": (50, "draught"), "FUT33": (33, "draught"), "DOSE": (4, "dose"),
      "2CL": (2, "dose")}
ACCOUNTS = {"70711000": {"vin", "champagne"}, "70712000": {"bière"},
            "70713000": {"spiritueux", "autre"}, "70714000": {"soft"},
            "70610000": set(), "70800000": set()}
BR_RE = re.compile(r"^(\d{5}) (.+?)(?: (" + "|".join(
    re.escape(k) for k in sorted(BR, key=len, reverse=True)) + r"))? ([AB])$")
CP_RE = re.compile(r"^S(\d\d);(\d{8});([^;]+);(\d+);(\d+,\d\d)$")


def read_back(conn, label):
    """-> (measure (vol, kind) or None, vintage or None, problems)"""
    probs = []
    if conn == "brasseur":
        m = BR_RE.match(label)
        if not m:
            return None, None, ["brasseur: not 'ART BODY [SIZE] TVA'"]
        body = m.group(2)
        if len(body) > 20:
            probs.append("brasseur: body longer than 20 columns")
        if not re.fullmatch(r"[A-Z0-9 ,']+", body):
            probs.append("brasseur: body not ASCII capitals")
        meas = BR[m.group(3)] if m.group(3) else None
        t = body.split()[-1]
        return meas, (2000 + int(t) if re.fullmatch(r"\d\d", t) else None), probs
    if conn == "tablette":
        name, meas = label, None
        if ", " in label:
            a, b = label.rsplit(", ", 1)
            if b in TB:
                name, meas = a, TB[b]
        if name[:1] != name[:1].upper() or name[:1].isdigit():
            probs.append("tablette: name does not start with a capital")
        if re.search(r"[A-Z]{4,}", name) and name.upper() == name:
            probs.append("tablette: name in capitals")
        m = re.search(r" ((?:19|20)\d\d)$", name)
        return meas, (int(m.group(1)) if m else None), probs
    if conn == "compta":
        m = CP_RE.match(label)
        if not m:
            return None, None, ["compta: not 'Sww;account;LIBELLE;qty;amount'"]
        lib = m.group(3)
        if len(lib) > 24 or lib != lib.rstrip():
            probs.append("compta: libellé longer than 24 columns or padded")
        if not re.fullmatch(r"[A-Z0-9 ,'./]+", lib):
            probs.append("compta: libellé not ASCII capitals")
        if not 1 <= int(m.group(1)) <= 53:
            probs.append("compta: bad week")
        if m.group(2) not in ACCOUNTS:
            probs.append("compta: unknown account")
        toks = lib.split()
        meas = None
        if toks[0] in CP:
            meas = CP[toks[0]]
            toks = toks[1:]
        vin = 2000 + int(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vin, probs
    return None, None, [f"unknown connection {conn!r}"]


def load(path):
    rows, errs = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append(f"{os.path.basename(path)}:{n}: invalid JSON")
    return rows, errs


def check(lib_path, cases_path):
    errs = []
    lib, e = load(lib_path); errs += e
    cases, e = load(cases_path); errs += e
    if not 110 <= len(lib) <= 130:
        errs.append(f"library: {len(lib)} drinks, want 110-130")
    byid = {}
    for i, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            errs.append(f"library {d.get('id')}: field order")
        if d.get("id") != "sd%03d" % i:
            errs.append(f"library line {i}: id {d.get('id')} out of sequence")
        if d.get("colour") not in COLOURS:
            errs.append(f"library {d.get('id')}: colour {d.get('colour')!r}")
        if d.get("category") not in CATEGORIES:
            errs.append(f"library {d.get('id')}: category {d.get('category')!r}")
        if d.get("category") in ("vin", "champagne") and d.get("colour") is None:
            errs.append(f"library {d.get('id')}: wine without colour")
        if d.get("category") not in ("vin", "champagne") and d.get("colour") is not None:
            errs.append(f"library {d.get('id')}: colour on a non-wine")
        if not isinstance(d.get("format_cl"), (int, float)) or d.get("format_cl") <= 0:
            errs.append(f"library {d.get('id')}: format")
        if d.get("category") == "bière" and d.get("format_cl", 0) > 100 and d["format_cl"] not in (2000, 3000):
            errs.append(f"library {d.get('id')}: keg not 2,000 or 3,000 cl")
        byid[d.get("id")] = d

    def same(d):
        def k(x):
            return (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"])
        return [x for x in lib if k(x) == k(d)]

    def ordinary(d):
        sib = [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
               (d["name"], d["producer"], d["appellation"], d["colour"])]
        fmts = {x["format_cl"] for x in sib}
        if 75 in fmts:
            return 75
        plain = [f for f in fmts if f not in (37.5, 150) and f < 2000]
        return plain[0] if len(plain) == 1 else None

    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append(f"duplicate label {lab!r}")
    for c in cases:
        lab = c.get("label")
        where = f"case {lab!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: field order"); continue
        meas, vin, probs = read_back(c["connection"], lab)
        errs += [f"{where}: {p}" for p in probs]
        if c["vintage"] != vin:
            errs.append(f"{where}: vintage {c['vintage']} but the label reads {vin}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an answer")
            if c["connection"] == "compta":
                acct = lab.split(";")[1]
                if meas and acct in ("70610000", "70800000"):
                    errs.append(f"{where}: a measure on a food/service account")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(f"{where}: expect {c['expect']!r}"); continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(f"{where}: unknown beverage_id"); continue
        if meas is None:
            errs.append(f"{where}: a drink without a measure"); continue
        grp = same(d)
        others = sorted(x["id"] for x in grp if x is not d)
        if sorted(c["also_ok"]) != c["also_ok"] or c["also_ok"] != (others if (c["expect"] == "almost" or c["vintage"] is None) else []):
            errs.append(f"{where}: also_ok {c['also_ok']} want {others if c['expect']=='almost' or c['vintage'] is None else []}")
        vints = [x["vintage"] for x in grp]
        if c["expect"] == "yes":
            if c["vintage"] is not None and d["vintage"] != c["vintage"]:
                errs.append(f"{where}: yes on vintage {d['vintage']}, label {c['vintage']}")
            if c["vintage"] is None and d["vintage"] is not None and d["vintage"] != max(v for v in vints if v):
                errs.append(f"{where}: no vintage on label but not the most recent")
        else:
            if c["vintage"] is None or c["vintage"] in vints:
                errs.append(f"{where}: almost but the label vintage is held or absent")
            else:
                best = sorted(grp, key=lambda x: (abs(x["vintage"] - c["vintage"]), -x["vintage"]))[0]
                if best is not d:
                    errs.append(f"{where}: almost not on the nearest vintage")
        vol, kind = meas
        fmt = d["format_cl"]
        if kind == "bottle":
            if fmt != vol:
                errs.append(f"{where}: bottle {vol} cl on a {fmt} cl entry")
            want = 1
        else:
            if kind == "draught" and fmt not in (2000, 3000):
                errs.append(f"{where}: draught measure not on a keg")
            if kind in ("glass", "dose") and (fmt >= 2000 or fmt != ordinary(d)):
                errs.append(f"{where}: pour not from the ordinary bottle")
            if kind == "dose" and d["category"] not in ("spiritueux", "autre"):
                errs.append(f"{where}: dose of a {d['category']}")
            want = round(vol / fmt, 4)
        if c["units_per_sale"] != want:
            errs.append(f"{where}: units {c['units_per_sale']} want {want}")
        if c["connection"] == "brasseur":
            tva = lab[-1]
            if (tva == "B") != (d["category"] == "soft"):
                errs.append(f"{where}: TVA letter {tva} on a {d['category']}")
        if c["connection"] == "compta":
            acct = lab.split(";")[1]
            if d["category"] not in ACCOUNTS.get(acct, set()):
                errs.append(f"{where}: account {acct} on a {d['category']}")
    n = len(cases)
    cnt = Counter(c.get("expect") for c in cases)
    if not 280 <= n <= 300:
        errs.append(f"{n} cases, want 280-300")
    if n:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100 * cnt[k] / n
            if not lo <= p <= hi:
                errs.append(f"{k}: {p:.1f} % outside {lo}-{hi} %")
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for conn in CONNECTIONS:
        for k in ("yes", "almost", "none"):
            if not tc[(conn, k)]:
                errs.append(f"till {conn}: no {k} case")
    return errs, cases, tc


def selftest():
    import shutil
    import tempfile
    lp, cp = os.path.join(HERE, "sedan_library.jsonl"), os.path.join(HERE, "sedan_cases.jsonl")
    errs, _, _ = check(lp, cp)
    assert not errs, errs
    print("clean files: pass")
    lib = open(lp, encoding="utf-8").read().splitlines()
    cases = [json.loads(l) for l in open(cp, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def breaks():
        L, C = list(lib), [dict(c) for c in cases]
        C[0] = "{not json"; yield "invalid JSON", L, C
        L, C = list(lib), [dict(c) for c in cases]
        d = json.loads(L[3]); L[3] = json.dumps({"name": d["name"], **d}, ensure_ascii=False)
        yield "library field order", L, C
        L, C = list(lib), [dict(c) for c in cases]
        del L[10]; yield "id out of sequence", L, C
        L, C = list(lib), [dict(c) for c in cases]
        d = json.loads(L[50]); d["colour"] = "jaune"; L[50] = json.dumps(d, ensure_ascii=False)
        yield "bad colour", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], sorted([C[i]["beverage_id"], *C[i]["also_ok"][1:]])
        yield "almost on the farther vintage", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["units_per_sale"] not in (None, 1)); C[i]["units_per_sale"] = 0.25
        yield "units changed", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["expect"] == "yes" and c["vintage"]); C[i]["vintage"] -= 1
        yield "vintage field not the label's", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["expect"] == "yes" and c["also_ok"]); C[i]["also_ok"] = []
        yield "also_ok missing", L, C
        L, C = list(lib), [dict(c) for c in cases]
        C[5]["label"] = C[4]["label"]; yield "duplicate label", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["connection"] == "tablette" and c["label"].endswith(", magnum") and c["expect"] == "yes")
        d = byname[C[i]["beverage_id"]]
        C[i]["beverage_id"] = next(json.loads(l)["id"] for l in lib if json.loads(l)["name"] == d["name"] and json.loads(l)["format_cl"] == 75)
        yield "magnum on the 75 cl entry", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["connection"] == "brasseur"); C[i]["label"] = C[i]["label"].lower()
        yield "brasseur label in lower case", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["connection"] == "compta" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].replace(";7071", ";7061", 1)
        yield "compta account", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["expect"] == "none"); C[i]["beverage_id"] = "sd001"
        yield "none with a beverage", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: "VERRE" in c["label"] and c["expect"] == "yes" and c["vintage"] is None
                  and any(json.loads(l)["format_cl"] == 37.5 and json.loads(l)["name"] == byname[c["beverage_id"]]["name"] for l in lib))
        d = byname[C[i]["beverage_id"]]
        C[i]["beverage_id"] = next(json.loads(l)["id"] for l in lib if json.loads(l)["name"] == d["name"] and json.loads(l)["format_cl"] == 37.5)
        yield "glass on a half bottle", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["connection"] == "brasseur" and c["label"].endswith(" A") and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"][:-1] + "B"; yield "brasseur TVA letter", L, C
        L, C = list(lib), [dict(c) for c in cases]
        i = first(lambda c: c["connection"] == "compta")
        f = C[i]["label"].split(";"); f[2] = f[2] + " EXTRA LONG LIBELLE"; C[i]["label"] = ";".join(f)
        yield "compta libellé too long", L, C
        L, C = list(lib), [dict(c) for c in cases]
        C = C[:250]; yield "too few cases", L, C

    byname = {json.loads(l)["id"]: json.loads(l) for l in lib}
    tmp = tempfile.mkdtemp()
    ok = True
    try:
        for n, (what, L, C) in enumerate(breaks(), 1):
            a, b = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(a, "w", encoding="utf-8").write("\n".join(L) + "\n")
            open(b, "w", encoding="utf-8").write("".join(
                (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in C))
            errs, _, _ = check(a, b)
            print(f"break {n:2d} {what}: {'reported' if errs else 'NOT REPORTED'}"
                  + (f" ({errs[0][:90]})" if errs else ""))
            ok &= bool(errs)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, cases, tc = check(os.path.join(HERE, "sedan_library.jsonl"),
                            os.path.join(HERE, "sedan_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for conn in CONNECTIONS:
        print(conn, {k: tc[(conn, k)] for k in ("yes", "almost", "none")})
    print(len(cases), "cases,", "OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
