"""Check the "La Crêperie du Port" (Pornic) set from its two jsonl files alone.

python3 check_pornic.py            check pornic_library.jsonl and pornic_cases.jsonl
python3 check_pornic.py --selftest break copies on purpose and show each break is reported
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("CREP", "KIOSQUE", "TABLETTE")

# measure -> (kind, volume cl); kind bottle / pour / draught / cup
M = {"btl": ("bottle", None), "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
     "b70": ("bottle", 70), "b75": ("bottle", 75), "b100": ("bottle", 100),
     "half": ("bottle", 37.5), "mag": ("bottle", 150), "vre": ("pour", 12.5),
     "vre12": ("pour", 12), "vre15": ("pour", 15), "cp": ("pour", 12.5), "bol": ("pour", 25),
     "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "d2": ("pour", 2),
     "d4": ("pour", 4), "demi": ("draught", 25), "pinte": ("draught", 50),
     "gb25": ("cup", 25), "gb50": ("cup", 50)}
CREP = {"BTL": "btl", "BT25": "b25", "BT33": "b33", "BT50": "b50", "BT70": "b70", "BT75": "b75",
        "BT1L": "b100", "1/2": "half", "MAG": "mag", "VRE": "vre", "VRE12": "vre12",
        "VRE15": "vre15", "COUPE": "cp", "BOLEE": "bol", "PCH25": "p25", "PCH50": "p50",
        "DOSE": "dose", "2CL": "d2", "4CL": "d4", "DEMI": "demi", "PINTE": "pinte"}
KIOSK = {"BT": "btl", "BT25": "b25", "BT33": "b33", "BT50": "b50", "BT70": "b70", "BT75": "b75",
         "BT1L": "b100", "BT37": "half", "BT150": "mag", "VR": "vre", "VR12": "vre12",
         "VR15": "vre15", "FL": "cp", "BOL": "bol", "PCH25": "p25", "PCH50": "p50",
         "SHOT": "dose", "SHOT2": "d2", "SHOT4": "d4", "GB25": "gb25", "GB50": "gb50", "U": None}
TAB = {"Bouteille": "btl", "Bouteille 25 cl": "b25", "Bouteille 33 cl": "b33",
       "Bouteille 50 cl": "b50", "Bouteille 70 cl": "b70", "Bouteille 75 cl": "b75",
       "Bouteille 1 l": "b100", "Demi-bouteille": "half", "Magnum": "mag", "Verre": "vre",
       "Verre 12 cl": "vre12", "Verre 15 cl": "vre15", "Coupe": "cp", "Bolée": "bol",
       "Pichet 25 cl": "p25", "Pichet 50 cl": "p50", "Dose": "dose", "Dose 2 cl": "d2",
       "Dose 4 cl": "d4", "Demi": "demi", "Pinte": "pinte"}
SEP = " — "
# standard and house abbreviations: label token -> word of the entry
ABBR = {"mdt": "muscadet", "sl": "lie", "gpl": "gros", "bzh": "bretagne", "blde": "blonde",
        "blche": "blanche", "amb": "ambree", "wsk": "whisky", "calva": "calvados",
        "kro": "kronenbourg", "champ": "champagne", "taitt": "taittinger", "chouch": "chouchen",
        "cid": "cidre", "51": "51", "dsec": "demi", "vouv": "vouvray", "rge": "rouge",
        "blc": "blanc", "bl": "blanc", "dom": "domaine", "ch": "chateau", "st": "saint"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9.]+", fold(s).replace("+", " ")) if t]


def read_label(till, label, err):
    """-> (measure key or None, vintage or None); reports a malformed label."""
    if till == "CREP":
        if not re.fullmatch(r"[A-Z0-9 ./'-]+", label):
            err("CREP label not ASCII capitals: %r" % label)
        if len(label) > 18:
            code = label[19:]
            if label[18] != " " or code not in CREP or (label[17] == " " and label[:18].strip() == ""):
                err("CREP label not 18 columns + measure: %r" % label)
                return None, None
            field, meas = label[:18].rstrip(), CREP[code]
        else:
            field, meas = label, None
        if re.search(r"-\d$", field):
            err("CREP cut left half a vintage: %r" % label)
        m = re.search(r"-(\d\d)$", field)
        return meas, (2000 + int(m.group(1)) if m else None)
    if till == "KIOSQUE":
        m = re.fullmatch(r"PLG\d{4} ([a-z0-9+.]+)(?:\((\d\d)\))? (\S+) =(\d+)", label)
        if not m or m.group(3) not in KIOSK or int(m.group(4)) % 10:
            err("KIOSQUE label malformed: %r" % label)
            return None, None
        return KIOSK[m.group(3)], (2000 + int(m.group(2)) if m.group(2) else None)
    parts = label.split(SEP)
    if len(parts) not in (2, 3) or not re.fullmatch(r"\d+,\d\d €", parts[-1]):
        err("TABLETTE label without ' — ' fields and a price: %r" % label)
        return None, None
    if label == fold(label) or label.upper() == label:
        err("TABLETTE label not mixed case: %r" % label)
    meas = None
    if len(parts) == 3:
        mod = parts[1].split(" + ")[0]
        if mod not in TAB:
            err("TABLETTE modifier unknown: %r" % label)
        meas = TAB.get(mod)
    m = re.search(r" ((?:19|20)\d\d)$", parts[0])
    return meas, (int(m.group(1)) if m else None)


def check(lib_lines, case_lines):
    errors = []
    err = errors.append
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            e = json.loads(line)
        except ValueError:
            err("library line %d is not JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            err("library line %d: fields %s" % (i + 1, list(e)))
            continue
        lib.append(e)
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            err("case line %d is not JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            err("case line %d: fields %s" % (i + 1, list(c)))
            continue
        cases.append(c)
    # library
    if not 110 <= len(lib) <= 130:
        err("library has %d drinks" % len(lib))
    seen = set()
    for i, e in enumerate(lib):
        if e["id"] != "pc%03d" % (i + 1):
            err("id %s out of sequence (expected pc%03d)" % (e["id"], i + 1))
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            err("%s: colour/category %r %r" % (e["id"], e["colour"], e["category"]))
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            err("%s: colour only on wines" % e["id"])
        if e["format_cl"] >= 2000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            err("%s: keg of %s cl" % (e["id"], e["format_cl"]))
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            err("%s: vintage %r" % (e["id"], e["vintage"]))
        k = tuple(e[f] for f in LIB_FIELDS[1:])
        if k in seen:
            err("%s: duplicate drink" % e["id"])
        seen.add(k)
    by_id = {e["id"]: e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def fmts(e):
        return sorted({x["format_cl"] for x in lib if wine(x) == wine(e)})

    # cases
    if not 280 <= len(cases) <= 300:
        err("%d cases" % len(cases))
    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab, t = c["label"], c["connection"]
        if lab in labels:
            err("duplicate label %r" % lab)
        labels.add(lab)
        if t not in TILLS or c["expect"] not in ("yes", "almost", "none"):
            err("%r: connection/expect %r %r" % (lab, t, c["expect"]))
            continue
        counts[t][c["expect"]] += 1
        if not c["note"]:
            err("%r: empty note" % lab)
        meas, vint = read_label(t, lab, err)
        if vint != c["vintage"]:
            err("%r: vintage %r, label reads %r" % (lab, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err("%r: none with id/also_ok/units" % lab)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        group = [x for x in lib if wine(x) == wine(e) and x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in group if x is not e)
        if sorted(c["also_ok"]) != (others if (c["expect"] == "almost" or vint is None) else []):
            err("%r: also_ok %s, expected %s" % (lab, c["also_ok"],
                others if (c["expect"] == "almost" or vint is None) else []))
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] != vint:
                err("%r: yes on vintage %r, label says %r" % (lab, e["vintage"], vint))
            if vint is None and e["vintage"] != max(vints, key=lambda v: v or 0):
                err("%r: yes without vintage not on the most recent" % lab)
        else:
            if vint is None or vint in vints or None in vints:
                err("%r: almost without a missing vintage" % lab)
            else:
                best = sorted(vints, key=lambda v: (abs(v - vint), -v))[0]
                if e["vintage"] != best:
                    err("%r: almost on %r, nearest is %r" % (lab, e["vintage"], best))
        # format and units against the printed measure
        if meas is None:
            err("%r: a drink answer on a label without measure" % lab)
            continue
        kind, vol = M[meas]
        if kind == "cup":
            kind = "draught" if e["category"] == "bière" else "pour"
        f = fmts(e)
        if kind == "bottle":
            want = vol
            if vol is None:
                small = [x for x in f if x < 2000]
                want = 75 if e["category"] in ("vin", "champagne") else (small[0] if len(small) == 1 else None)
            if e["format_cl"] != want or c["units_per_sale"] != 1:
                err("%r: bottle of %r cl, entry %s cl, units %r" % (lab, want, e["format_cl"], c["units_per_sale"]))
        elif kind == "pour":
            small = [x for x in f if x < 2000]
            ordinary = 75 if 75 in f else (small[0] if len(small) == 1 else None)
            if e["category"] in ("bière", "soft") or e["format_cl"] != ordinary:
                err("%r: pour from %s cl entry (ordinary %r)" % (lab, e["format_cl"], ordinary))
            elif c["units_per_sale"] != round(vol / ordinary, 4):
                err("%r: units %r, expected %r" % (lab, c["units_per_sale"], round(vol / ordinary, 4)))
        else:
            if e["category"] != "bière" or e["format_cl"] < 2000:
                err("%r: draught from a %s cl entry" % (lab, e["format_cl"]))
            elif c["units_per_sale"] != round(vol / e["format_cl"], 4):
                err("%r: draught units %r" % (lab, c["units_per_sale"]))
        # a shared word, stem or standard abbreviation
        et = set(tokens(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        ok = False
        for lt in tokens(lab):
            lt2 = ABBR.get(lt, lt)
            for w in et:
                if (len(lt2) >= 3 and (w.startswith(lt2) or (len(w) >= 3 and lt2.startswith(w)))) or lt2 == w:
                    ok = True
        if not ok:
            err("%r: shares no word with %s" % (lab, e["name"]))
    n = len(cases) or 1
    tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
    if not (0.45 <= tot["yes"] / n <= 0.52 and 0.12 <= tot["almost"] / n <= 0.17
            and 0.33 <= tot["none"] / n <= 0.40):
        err("answer split off: %s" % tot)
    for t in TILLS:
        if min(counts[t].values()) == 0:
            err("till %s lacks an answer kind: %s" % (t, counts[t]))
    return errors, counts, tot


def load():
    with open(os.path.join(HERE, "pornic_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "pornic_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dumps = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2, c2)
        breaks.append((name, dumps(l2), dumps(c2)))

    i_glass = first(lambda c: c["connection"] == "CREP" and c["label"].endswith(" VRE") and c["expect"] == "yes")
    i_alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    i_none = first(lambda c: c["expect"] == "none")
    i_cut = first(lambda c: "cut off" in c["note"])
    i_crep = first(lambda c: c["connection"] == "CREP")
    i_tab = first(lambda c: c["connection"] == "TABLETTE" and c["expect"] == "yes")
    i_kio = first(lambda c: c["connection"] == "KIOSQUE")
    i_half = first(lambda c: "1/2" in c["label"] and c["expect"] == "yes")
    i_draught = first(lambda c: c["label"].endswith(" DEMI") and c["expect"] == "yes")
    i_yesv = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "TABLETTE")

    def s(i, **kw):
        def f(l2, c2):
            c2[i].update(kw)
        return f

    brk("glass units 1", s(i_glass, units_per_sale=1))
    brk("almost on a far vintage", s(i_alm, beverage_id=C[i_alm]["also_ok"][-1],
                                     also_ok=[C[i_alm]["beverage_id"], *C[i_alm]["also_ok"][:-1]]))
    brk("none with an id", s(i_none, beverage_id="pc001"))
    brk("cut vintage kept", s(i_cut, vintage=2021))
    brk("CREP label in lower case", s(i_crep, label=C[i_crep]["label"].lower()))
    brk("TABLETTE label without price", s(i_tab, label=C[i_tab]["label"].rsplit(SEP, 1)[0]))
    brk("KIOSQUE label without article number", s(i_kio, label=C[i_kio]["label"].split(" ", 1)[1]))
    brk("half answered with the 75 cl entry", s(i_half, beverage_id=next(
        e["id"] for e in L if e["name"] == L[int(C[i_half]["beverage_id"][2:]) - 1]["name"]
        and e["format_cl"] == 75)))
    brk("also_ok dropped", s(i_alm, also_ok=[]))
    brk("draught on a bottled beer", s(i_draught, beverage_id=next(
        e["id"] for e in L if e["category"] == "bière" and e["format_cl"] == 33)))
    brk("yes on another vintage", s(i_yesv, beverage_id=next(
        e["id"] for e in L if e["name"] == L[int(C[i_yesv]["beverage_id"][2:]) - 1]["name"]
        and e["vintage"] != C[i_yesv]["vintage"])))
    brk("duplicate label", lambda l2, c2: c2.append(copy.deepcopy(c2[0])))
    brk("fields out of order", lambda l2, c2: c2.__setitem__(0, {k: c2[0][k] for k in reversed(CASE_FIELDS)}))
    brk("library ids out of order", lambda l2, c2: l2.__setitem__(3, dict(l2[3], id="pc099")))
    brk("wine without colour", lambda l2, c2: l2.__setitem__(20, dict(l2[20], colour=None)))
    brk("too few cases", lambda l2, c2: c2.__delitem__(slice(0, 40)))
    brk("keg on a soft", lambda l2, c2: l2.__setitem__(len(l2) - 1, dict(l2[-1], format_cl=3000)))
    breaks.append(("non-JSON line", lib, [*cases[:5], "{oops", *cases[5:]]))
    bad = 0
    for name, l2, c2 in breaks:
        errs, _, _ = check(l2, c2)
        print("%-40s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        bad += not errs
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs, counts, tot = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(tot.values())
    for t in TILLS:
        print("%-9s %s %d" % (t, counts[t], sum(counts[t].values())))
    print("all", tot, n, {k: round(100 * v / n, 1) for k, v in tot.items()})
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
