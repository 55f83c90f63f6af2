#!/usr/bin/env python3
"""Check gueret_library.jsonl and gueret_cases.jsonl; reads only those two files.

python3 check_gueret.py            # check the files beside this script
python3 check_gueret.py --selftest # break copies on purpose and show each break is caught
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("formules", "station", "hebdo")
SAME = ("name", "producer", "appellation", "colour", "format_cl")

# measure words -> (serving volume in cl or None for a bottle, bottle format required or None)
F_MEASURES = [("Demi-bouteille ", None, 37.5), ("Demi-litre ", 50, None), ("Dose 2 cl ", 2, None),
              ("Bouteille ", None, 75), ("Magnum ", None, 150), ("Verre ", 12.5, None),
              ("Coupe ", 12.5, None), ("Quart ", 25, None), ("Litre ", 100, None),
              ("Dose ", 4, None), ("Demi ", 25, None), ("Pinte ", 50, None)]
H_MEASURES = {"BALLON": (12.5, None), "COUPE": (12.5, None), "PICH25": (25, None),
              "PICH50": (50, None), "PICH1L": (100, None), "DOSE": (4, None), "2CL": (2, None),
              "DEMI": (25, None), "PINTE": (50, None), "BTL": (None, 75), "1/2": (None, 37.5),
              "MAG": (None, 150)}
MENU_RE = re.compile(r"^Menu (Routier|du Jour|Enfant) / (.+) \[inclus\]$")
SUPPL_RE = re.compile(r"^Menu Routier / Suppl\. (.+) \+\d+,\d\d$")
MENU_ITSELF_RE = re.compile(r"^Menu (Routier|du Jour|Enfant) \d+,\d\d €$")
STATION_RE = re.compile(r"^([A-Z0-9 .,]+?)(?: (20[0-2]\d))? ((?:PACK 6X)?\d+(?:,\d+)?(?:CL|L|KG)|PCE)(?: (\d+(?:,\d+)?)%)?$")
HEBDO_RE = re.compile(r"^S(0[1-9]|[1-4]\d|5[0-2]) ([A-Z0-9/ .]{20}) +(\d{1,3}) x +(\d+,\d\d) = +(\d+,\d\d)$")


def vol_cl(tok):
    m = re.fullmatch(r"(\d+(?:,\d+)?)(CL|L|KG)", tok)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    return v * 100 if m.group(2) == "L" else (v if m.group(2) == "CL" else None)


def parse(label, till):
    """-> (form_error or None, vintage, serving_cl or None, bottle_cl or None, pack)."""
    if till == "formules":
        if label.upper() == label and any(c.isalpha() for c in label):
            return "formules labels are mixed case", None, None, None, 1
        body = label
        m = MENU_RE.match(label) or SUPPL_RE.match(label)
        if m:
            body = m.group(m.lastindex)
        elif "/" in label or "[" in label:
            return "formules: bad menu line", None, None, None, 1
        vs = re.findall(r"(?<![\d,])(20[0-2]\d)(?![\d,])", body)
        v = int(vs[-1]) if vs else None
        for word, serving, bottle in F_MEASURES:
            if body.startswith(word):
                return None, v, serving, bottle, 1
        m2 = re.search(r"\b(\d+(?:,\d+)?) ?(cl|L)\b", body)
        b = None
        if m2:
            b = float(m2.group(1).replace(",", ".")) * (100 if m2.group(2) == "L" else 1)
        return None, v, None, b, 1
    if till == "station":
        m = STATION_RE.match(label)
        if not m:
            return "station: line is not DESC [YEAR] VOLUME [DEGREE%] in ASCII capitals", None, None, None, 1
        if len(m.group(1)) > 30:
            return "station: description longer than 30 columns", None, None, None, 1
        tok = m.group(3)
        pack = 6 if tok.startswith("PACK 6X") else 1
        return None, int(m.group(2)) if m.group(2) else None, None, vol_cl(tok.replace("PACK 6X", "")), pack
    m = HEBDO_RE.match(label)
    if not m:
        return "hebdo: line is not Sww NAME.... qty x price = total", None, None, None, 1
    field = m.group(2)
    name = field.rstrip(".")
    if len(name) > 18 or not field.endswith("..") or name != name.strip():
        return "hebdo: key name field", None, None, None, 1
    qty, price, total = int(m.group(3)), float(m.group(4).replace(",", ".")), float(m.group(5).replace(",", "."))
    if abs(qty * price - total) > 0.005:
        return "hebdo: quantity x price != total", None, None, None, 1
    words = name.split(" ")
    v = 2000 + int(words[-1]) if len(words) > 1 and re.fullmatch(r"\d\d", words[-1]) else None
    if words[0] in H_MEASURES:
        s, b = H_MEASURES[words[0]]
        return None, v, s, b, 1
    b = None
    for w in words:
        if re.fullmatch(r"\d+(CL|L)", w):
            b = vol_cl(w)
    return None, v, None, b, 1


def load(path, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errors.append("%s line %d: not JSON" % (os.path.basename(path), i))
    return rows


def check(lib_path, cases_path):
    errors = []
    lib = load(lib_path, errors)
    cases = load(cases_path, errors)
    if not 110 <= len(lib) <= 130:
        errors.append("library has %d drinks (110-130)" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errors.append("library %s: field order" % e.get("id"))
        if e.get("id") != "gu%03d" % i:
            errors.append("library row %d: id %s out of sequence" % (i, e.get("id")))
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errors.append("library %s: colour/category" % e.get("id"))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errors.append("library %s: wine without colour" % e.get("id"))
        if e.get("category") not in ("vin", "champagne") and e.get("colour") is not None:
            errors.append("library %s: colour on a non-wine" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errors.append("library %s: format/vintage type" % e.get("id"))
        byid[e.get("id")] = e
    keys = [tuple(e.get(k) for k in (*SAME, "vintage")) for e in lib]
    if len(set(keys)) != len(keys):
        errors.append("library: the same wine and vintage twice")

    def group(e):
        return [x for x in lib if all(x.get(k) == e.get(k) for k in SAME)]

    seen = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        where = "case %r" % lab
        if list(c) != CASE_FIELDS:
            errors.append(where + ": field order")
            continue
        if lab in seen:
            errors.append(where + ": duplicate label")
        seen.add(lab)
        till = c["connection"]
        if till not in TILLS:
            errors.append(where + ": unknown connection")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errors.append(where + ": expect")
            continue
        counts[till][c["expect"]] += 1
        ferr, v, serving, bottle, pack = parse(lab, till)
        if ferr:
            errors.append(where + ": " + ferr)
            continue
        if c["vintage"] != v:
            errors.append(where + ": vintage %r but the label reads %r" % (c["vintage"], v))
        if not isinstance(c["note"], str) or not c["note"]:
            errors.append(where + ": note")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errors.append(where + ": none must have null id, [] also_ok, null units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errors.append(where + ": unknown beverage_id")
            continue
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        if any(a not in byid for a in c["also_ok"]):
            errors.append(where + ": unknown also_ok id")
            continue
        vints = [x["vintage"] for x in g if x["vintage"] is not None]
        if c["expect"] == "yes":
            if v is not None and vints:
                if e["vintage"] != v or c["also_ok"]:
                    errors.append(where + ": yes with a vintage must be that vintage, also_ok empty")
            else:
                if vints and e["vintage"] != max(vints):
                    errors.append(where + ": yes without vintage must be the most recent")
                if sorted(c["also_ok"]) != others:
                    errors.append(where + ": also_ok must list the other vintages")
        else:
            if v is None or v in vints or not vints:
                errors.append(where + ": almost needs a label vintage the wine lacks")
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best is not e:
                    errors.append(where + ": almost must point to the nearest vintage")
                if sorted(c["also_ok"]) != others:
                    errors.append(where + ": almost also_ok must list the other vintages")
        u = c["units_per_sale"]
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errors.append(where + ": units not a number to 4 decimals")
            continue
        f = e["format_cl"]
        if serving is not None:
            exp = round(serving / f, 4)
            if serving in (12.5, 25, 50, 100) and e["category"] in ("vin", "champagne"):
                sib = [x for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))]
                if f != 75 and any(x["format_cl"] == 75 for x in sib):
                    errors.append(where + ": a glass or pichet pours from the 75 cl entry")
                if f in (37.5, 150):
                    errors.append(where + ": a glass never refers to a half bottle or magnum")
            if e["category"] == "bière" and serving in (25, 50) and f < 2000:
                errors.append(where + ": DEMI/PINTE pours from a keg")
        else:
            exp = pack
            if bottle is not None and bottle != f:
                errors.append(where + ": label format %g cl but entry is %g cl" % (bottle, f))
            if bottle is None and e["category"] in ("vin", "champagne") and f != 75:
                sib = [x for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))]
                if any(x["format_cl"] == 75 for x in sib):
                    errors.append(where + ": a wine bottle without format word is the 75 cl")
        if abs(u - exp) > 1e-9:
            errors.append(where + ": units %r, the printed measure gives %r" % (u, exp))
    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases (280-300)" % n)
    tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
    if n:
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= tot[k] / n <= hi:
                errors.append("%s share %.3f outside %.2f-%.2f" % (k, tot[k] / n, lo, hi))
    for t in TILLS:
        if min(counts[t].values()) == 0:
            errors.append("till %s lacks an answer kind" % t)
    return errors, counts, n


def selftest():
    import shutil
    import tempfile
    lib_p = os.path.join(HERE, "gueret_library.jsonl")
    cas_p = os.path.join(HERE, "gueret_cases.jsonl")
    errs, _, _ = check(lib_p, cas_p)
    assert not errs, errs
    print("clean files: pass")
    L = open(lib_p, encoding="utf-8").read().splitlines()
    C = open(cas_p, encoding="utf-8").read().splitlines()

    def first(pred):
        for i, line in enumerate(C):
            r = json.loads(line)
            if pred(r):
                return i, r
        raise AssertionError("no row for break")

    def setc(pred, fn):
        i, r = first(pred)
        fn(r)
        out = list(C)
        out[i] = json.dumps(r, ensure_ascii=False)
        return L, out

    def setl(i, fn):
        r = json.loads(L[i])
        fn(r)
        out = list(L)
        out[i] = json.dumps(r, ensure_ascii=False)
        return out, C

    def swap_order(r):
        v = r.pop("id")
        r["id"] = v

    breaks = {
        "library field order": lambda: setl(0, swap_order),
        "id out of sequence": lambda: setl(4, lambda r: r.update(id="gu099")),
        "bad colour": lambda: setl(2, lambda r: r.update(colour="jaune")),
        "duplicate label": lambda: (L, [*C, C[0]]),
        "not JSON": lambda: (L, [*C[:-1], "{broken"]),
        "vintage field wrong": lambda: setc(lambda r: r["vintage"], lambda r: r.update(vintage=r["vintage"] - 1)),
        "yes without also_ok": lambda: setc(lambda r: r["expect"] == "yes" and r["also_ok"], lambda r: r.update(also_ok=[])),
        "almost turned yes": lambda: setc(lambda r: r["expect"] == "almost", lambda r: r.update(expect="yes")),
        "none with an id": lambda: setc(lambda r: r["expect"] == "none", lambda r: r.update(beverage_id="gu001")),
        "units wrong": lambda: setc(lambda r: r["units_per_sale"] == 0.1667, lambda r: r.update(units_per_sale=0.2)),
        "units 5 decimals": lambda: setc(lambda r: r["units_per_sale"] == 0.0571, lambda r: r.update(units_per_sale=0.05714)),
        "format mismatch": lambda: setc(lambda r: r["connection"] == "station" and r["expect"] == "yes" and " 75CL" in r["label"],
                                        lambda r: r.update(label=r["label"].replace(" 75CL", " 37,5CL"))),
        "hebdo total wrong": lambda: setc(lambda r: r["connection"] == "hebdo", lambda r: r.update(label=r["label"][:-4] + "9,99")),
        "station lower case": lambda: setc(lambda r: r["connection"] == "station", lambda r: r.update(label=r["label"].lower())),
        "formules all capitals": lambda: setc(lambda r: r["connection"] == "formules", lambda r: r.update(label=r["label"].upper())),
        "unknown beverage_id": lambda: setc(lambda r: r["expect"] == "yes", lambda r: r.update(beverage_id="gu999")),
        "counts: a till without none": lambda: (L, [c for c in C if not (json.loads(c)["connection"] == "hebdo" and json.loads(c)["expect"] == "none")]),
        "glass from a half bottle": lambda: setc(lambda r: r["label"].startswith("Verre Sancerre blanc"), lambda r: r.update(beverage_id="gu045")),
    }
    tmp = tempfile.mkdtemp()
    ok = True
    try:
        for name, make in breaks.items():
            lrows, crows = make()
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as f:
                f.write("\n".join(lrows) + "\n")
            with open(cp, "w", encoding="utf-8") as f:
                f.write("\n".join(crows) + "\n")
            errs, _, _ = check(lp, cp)
            print("%-30s %s  %s" % (name, "caught" if errs else "MISSED", errs[0] if errs else ""))
            ok = ok and bool(errs)
    finally:
        shutil.rmtree(tmp)
    print("selftest:", "pass (%d breaks)" % len(breaks) if ok else "FAIL")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts, n = check(os.path.join(HERE, "gueret_library.jsonl"), os.path.join(HERE, "gueret_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(t, counts[t], sum(counts[t].values()))
    print(n, "cases:", "OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
