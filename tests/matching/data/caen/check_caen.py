#!/usr/bin/env python3
"""Check caen_library.jsonl and caen_cases.jsonl on their own (stdlib only).

python3 check_caen.py             # check the two files beside this script
python3 check_caen.py --selftest  # break copies on purpose; each break must be reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}

# measures: kind, volume (None = the wine's 75 cl or the drink's only bottle)
BAR = {"BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150), "20CL": ("btl", 20), "25CL": ("btl", 25),
       "33CL": ("btl", 33), "50CL": ("btl", 50), "70CL": ("btl", 70), "1L": ("btl", 100), "VRE": ("pour", 12.5),
       "VRE12": ("pour", 12), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("dose", 4),
       "2CL": ("dose", 2), "DEMI": ("keg", 25), "PINTE": ("keg", 50)}
SALLE = {"bt": ("btl", None), "1/2 bt": ("btl", 37.5), "mag": ("btl", 150), "20cl": ("btl", 20), "25cl": ("btl", 25),
         "33cl": ("btl", 33), "35,5cl": ("btl", 35.5), "50cl": ("btl", 50), "70cl": ("btl", 70), "1l": ("btl", 100),
         "1,5l": ("btl", 150), "vre": ("pour", 12.5), "vre 12": ("pour", 12), "cp": ("pour", 12.5),
         "pich 25": ("pour", 25), "pich 50": ("pour", 50), "dose": ("dose", 4), "2cl": ("dose", 2),
         "demi": ("keg", 25), "pinte": ("keg", 50)}
SALLE_FAM = {"Rge": "R", "Blc": "B", "Rsé": "S", "Bul": "C", "Cidre": "CI", "Apé": "AP", "Digest": "SP",
             "Bière": "BI", "Soft": "SO"}
SALLE_OTHER = {"Pizza", "Grill", "Dessert", "Café", "Menu", "Divers"}
DRIVE_FAM = {"vin-rouge": "R", "vin-blanc": "B", "vin-rose": "S", "bulles": "C", "cidre": "CI", "aperitif": "AP",
             "spiritueux": "SP", "biere": "BI", "soft": "SO"}
DRIVE_OTHER = {"pizza", "grill", "dessert", "menu", "service"}


def kind_ok(fam_kind, e):
    cat, col = e["category"], e["colour"]
    if fam_kind in ("R", "B", "S"):
        return cat == "vin" and col == {"R": "rouge", "B": "blanc", "S": "rosé"}[fam_kind]
    if fam_kind == "C":
        return cat == "champagne" or (cat == "vin" and col == "effervescent")
    if fam_kind == "CI":
        return cat == "autre" and "Cidre" in e["name"]
    if fam_kind == "AP":
        return cat == "autre" and "Cidre" not in e["name"]
    return cat == {"SP": "spiritueux", "BI": "bière", "SO": "soft"}[fam_kind]


def read_label(conn, label, errs):
    """-> (family kind or None, measure (kind, vol) or None, vintage)"""
    if conn == "bar":
        if not re.fullmatch(r"[A-Z0-9 '&./+-]+", label):
            errs.append("bar label not ASCII capitals: %r" % label)
        parts = label.rsplit(" ", 1)
        meas, name = None, label
        if len(parts) == 2 and parts[1] in BAR:
            meas, name = BAR[parts[1]], parts[0]
        if len(name) > 13:
            errs.append("bar name field longer than 13 columns: %r" % label)
        m = re.search(r"'(\d\d)$", name)
        return None, meas, (2000 + int(m.group(1)) if m else None)
    if conn == "salle":
        fam = label.split(".", 1)[0] if "." in label else None
        if fam not in SALLE_FAM and fam not in SALLE_OTHER:
            errs.append("salle label without a known Family. prefix: %r" % label)
        m = re.search(r" \(([^()]+)\)$", label)
        meas = SALLE.get(m.group(1)) if m else None
        if m and meas is None:
            errs.append("salle label with an unknown measure: %r" % label)
        vin = None
        if fam in ("Rge", "Blc", "Rsé", "Bul") and m:
            v = re.search(r" (\d\d) \([^()]+\)$", label)
            vin = 2000 + int(v.group(1)) if v else None
        return SALLE_FAM.get(fam), meas, vin
    if conn == "drive":
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", label):
            errs.append("drive label not a lower-case slug: %r" % label)
        fam = None
        for f in sorted(list(DRIVE_FAM) + list(DRIVE_OTHER), key=len, reverse=True):
            if label.startswith(f + "-"):
                fam = f
                break
        if fam is None:
            errs.append("drive label without a known family: %r" % label)
        vol = None
        for k, v in {"demi-bouteille": 37.5, "magnum": 150, "1l": 100, "1-5l": 150}.items():
            if label.endswith("-" + k):
                vol = v
        if vol is None:
            m = re.search(r"-(\d+)(?:-(\d))?cl$", label)
            if m:
                vol = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
        v = re.search(r"-((?:19|20)\d\d)-", label)
        return DRIVE_FAM.get(fam), (("btl", vol) if vol else None), (int(v.group(1)) if v else None)
    errs.append("unknown connection %r" % conn)
    return None, None, None


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_text.splitlines()):
        try:
            lib.append(json.loads(l))
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
    for i, l in enumerate(cases_text.splitlines()):
        try:
            cases.append(json.loads(l))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % (i + 1))
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks, not 110-130" % len(lib))
    byid = {}
    for i, e in enumerate(lib):
        if list(e) != LIB_FIELDS:
            errs.append("library %s: fields out of order" % e.get("id"))
        if e.get("id") != "ca%03d" % (i + 1):
            errs.append("library line %d: id %r out of sequence" % (i + 1, e.get("id")))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            errs.append("library %s: bad category %r" % (e["id"], cat))
        wine = cat in ("vin", "champagne")
        if (wine and col not in COLOURS) or (not wine and col is not None):
            errs.append("library %s: bad colour %r for %s" % (e["id"], col, cat))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: bad format" % e["id"])
        elif e["format_cl"] >= 2000 and cat != "bière":
            errs.append("library %s: keg format on a non-beer" % e["id"])
        if e.get("vintage") is not None and not wine:
            errs.append("library %s: vintage on a non-wine" % e["id"])
    groups = {}
    for e in lib:
        g = (e["name"], e["producer"], e["appellation"], e["colour"])
        groups.setdefault(g, []).append(e)
    for g, es in groups.items():
        seen = [(x["format_cl"], x["vintage"]) for x in es]
        if len(seen) != len(set(seen)):
            errs.append("library: repeated vintage of one wine in one format: %s" % (g,))

    def siblings(e):
        return [x for x in groups[(e["name"], e["producer"], e["appellation"], e["colour"])]
                if x["format_cl"] == e["format_cl"]]

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    labels = [c.get("label") for c in cases]
    for x in sorted({x for x in labels if labels.count(x) > 1}):
        errs.append("duplicate label %r" % x)
    counts = {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            errs.append("case %r: fields out of order" % lab)
            continue
        exp, conn = c["expect"], c["connection"]
        counts.setdefault(conn, {"yes": 0, "almost": 0, "none": 0})
        if exp not in ("yes", "almost", "none"):
            errs.append("case %r: bad expect" % lab)
            continue
        counts[conn][exp] += 1
        fam, meas, vin = read_label(conn, lab, errs)
        if c["vintage"] != vin:
            errs.append("case %r: vintage %r, label reads %r" % (lab, c["vintage"], vin))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("case %r: none with an id, also_ok or units" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("case %r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if meas is None:
            errs.append("case %r: a drink answer with no measure on the label" % lab)
            continue
        if conn in ("salle", "drive") and (fam is None or not kind_ok(fam, e)):
            errs.append("case %r: family does not fit %s (%s %s)" % (lab, e["id"], e["category"], e["colour"]))
        mk, vol = meas
        group = groups[(e["name"], e["producer"], e["appellation"], e["colour"])]
        fmts = sorted({x["format_cl"] for x in group})
        bottles = [f for f in fmts if f < 2000]
        wine = e["category"] in ("vin", "champagne")
        if mk == "btl":
            want = vol if vol is not None else (75 if wine else (bottles[0] if len(bottles) == 1 else None))
            units = 1
        elif mk == "keg":
            want = [f for f in fmts if f >= 2000][:1]
            want = want[0] if want else None
            units = round(vol / want, 4) if want else None
        elif mk == "dose":
            want = bottles[0] if len(bottles) == 1 else None
            units = round(vol / want, 4) if want else None
        else:
            want = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 and bottles[0] not in (37.5, 150) else None)
            units = round(vol / want, 4) if want else None
        if want is None or e["format_cl"] != want:
            errs.append("case %r: entry %s is %s cl, the label's measure wants %s" % (lab, e["id"], e["format_cl"], want))
            continue
        if c["units_per_sale"] != units:
            errs.append("case %r: units %r, measure gives %r" % (lab, c["units_per_sale"], units))
        sib = siblings(e)
        vins = sorted(x["vintage"] for x in sib if x["vintage"] is not None)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        if exp == "yes":
            if vin is not None:
                if e["vintage"] != vin or c["also_ok"]:
                    errs.append("case %r: yes must be the label's vintage with empty also_ok" % lab)
            elif (vins and e["vintage"] != max(vins)) or sorted(c["also_ok"]) != others:
                errs.append("case %r: yes without vintage must be the most recent, others in also_ok" % lab)
        else:
            if vin is None or not vins or vin in vins:
                errs.append("case %r: almost needs a label vintage the wine lacks" % lab)
                continue
            best = sorted(vins, key=lambda v: (abs(v - vin), -v))[0]
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                errs.append("case %r: almost must be the nearest vintage %s, others in also_ok" % (lab, best))
    for conn in ("bar", "salle", "drive"):
        cc = counts.get(conn)
        if not cc or min(cc.values()) == 0:
            errs.append("till %s lacks one of the three answers" % conn)
    if set(counts) - {"bar", "salle", "drive"}:
        errs.append("unknown connections %s" % sorted(set(counts) - {"bar", "salle", "drive"}))
    n = len(cases) or 1
    tot = {k: sum(cc[k] for cc in counts.values()) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * tot[k] / n
        if not lo <= p <= hi:
            errs.append("%s is %.1f %%, not %d-%d %%" % (k, p, lo, hi))
    return errs


def load():
    with open(os.path.join(HERE, "caen_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "caen_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def selftest():
    lib_t, cases_t = load()
    base = check(lib_t, cases_t)
    assert not base, base
    lib = [json.loads(l) for l in lib_t.splitlines()]
    cases = [json.loads(l) for l in cases_t.splitlines()]

    def dumps(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        out = fn(L, C)
        if out is not None:
            lt, ct = out
        else:
            lt, ct = dumps(L), dumps(C)
        breaks.append((name, check(lt, ct)))

    def b1(L, C):  # almost on the farther vintage
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("almost on the farther vintage", b1)
    def b2(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1)
        C[i]["units_per_sale"] = round(C[i]["units_per_sale"] * 2, 4)
    brk("wrong units of a pour", b2)
    def b3(L, C):
        i = first(lambda c: c["vintage"] is not None)
        C[i]["vintage"] += 1
    brk("vintage not the label's", b3)
    def b4(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["label"].endswith("(mag)") and c["vintage"])
        e = next(x for x in L if x["id"] == C[i]["beverage_id"])
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and x["producer"] == e["producer"]
                                   and x["colour"] == e["colour"] and x["format_cl"] == 75 and x["vintage"] == e["vintage"])
    brk("magnum pointed at the 75 cl entry", b4)
    def b5(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
        C[i]["also_ok"] = ["ca001"]
    brk("also_ok on an exact yes", b5)
    def b6(L, C):
        i = first(lambda c: c["expect"] == "none")
        C[i]["beverage_id"] = "ca001"
    brk("none with an id", b6)
    def b7(L, C):
        c = C[0]
        C[0] = {k: c[k] for k in reversed(CASE_FIELDS)}
    brk("case fields out of order", b7)
    def b8(L, C):
        C[1]["label"] = C[0]["label"]
    brk("duplicate label", b8)
    def b9(L, C):
        L[5]["id"] = "ca099"
    brk("library id out of sequence", b9)
    def b10(L, C):
        L[0]["colour"] = "red"
    brk("bad colour", b10)
    def b11(L, C):
        i = first(lambda c: c["connection"] == "bar" and c["label"] == "CAFE")
        C[i]["label"] = "CAFE NOISETTE ALLONGE"
    brk("bar name field of 21 columns", b11)
    def b12(L, C):
        i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].split(".", 1)[1]
    brk("salle label without its family", b12)
    def b13(L, C):
        i = first(lambda c: c["connection"] == "drive" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].upper()
    brk("drive slug in capitals", b13)
    def b14(L, C):
        i = first(lambda c: c["label"] == "1664 DEMI")
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == "Kronenbourg 1664" and x["format_cl"] == 25)
    brk("draught demi pointed at the bottle", b14)
    def b15(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("yes without vintage not on the most recent", b15)
    def b16(L, C):
        del C[200:]
    brk("too few cases", b16)
    def b17(L, C):
        return dumps(L), dumps(C).replace("}", "", 1)
    brk("invalid JSON", b17)
    def b18(L, C):
        i = first(lambda c: c["connection"] == "drive" and c["label"].startswith("vin-rouge-") and c["expect"] == "yes")
        C[i]["label"] = "vin-blanc-" + C[i]["label"][len("vin-rouge-"):]
    brk("red wine under the white family", b18)
    def b19(L, C):
        i = first(lambda c: c["expect"] == "almost" and not c["also_ok"])
        C[i]["expect"] = "yes"
    brk("almost turned into yes on a vintage not held", b19)
    def b20(L, C):
        L[0]["category"] = "bière"
    brk("a wine filed as beer", b20)

    ok = True
    for name, errs in breaks:
        status = "reported" if errs else "MISSED"
        ok &= bool(errs)
        print("%-45s %s%s" % (name, status, (": " + errs[0]) if errs else ""))
    print("clean files pass" if not base else "clean files FAIL")
    print("selftest %s (%d breaks)" % ("OK" if ok else "FAILED", len(breaks)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(*load())
    for e in errs:
        print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
