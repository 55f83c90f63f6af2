#!/usr/bin/env python3
"""Check roanne_library.jsonl and roanne_cases.jsonl on their own (no build module is read).

python3 check_roanne.py            checks the two files
python3 check_roanne.py --selftest breaks copies on purpose and shows each break is reported
"""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("zinc", "salon", "export")

# measure words of each till -> (kind, cl); kind bottle / pour / draught; cl None = 75 cl bottle of a wine
ZINC = {"BTL": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
        "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
        "70CL": ("bottle", 70), "1L": ("bottle", 100), "VR": ("pour", 12.5), "CP": ("pour", 12.5),
        "VR10": ("pour", 10), "VR15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
        "POT": ("pour", 46), "2CL": ("pour", 2), "4CL": ("pour", 4), "DOSE": ("pour", 4),
        "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
SALON = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
         "magnum": ("bottle", 150), "25 cl": ("bottle", 25), "33 cl": ("bottle", 33),
         "50 cl": ("bottle", 50), "70 cl": ("bottle", 70), "1 l": ("bottle", 100),
         "verre": ("pour", 12.5), "coupe": ("pour", 12.5), "verre 10 cl": ("pour", 10),
         "verre 15 cl": ("pour", 15), "carafe 25 cl": ("pour", 25), "carafe 50 cl": ("pour", 50),
         "pot 46 cl": ("pour", 46), "2 cl": ("pour", 2), "4 cl": ("pour", 4), "dose": ("pour", 4),
         "demi pression": ("draught", 25), "pinte": ("draught", 50)}
EXPORT = {"BT75": ("bottle", None), "BT37": ("bottle", 37.5), "MG150": ("bottle", 150),
          "BT25": ("bottle", 25), "BT33": ("bottle", 33), "BT50": ("bottle", 50),
          "BT70": ("bottle", 70), "BT100": ("bottle", 100), "VR": ("pour", 12.5),
          "CP": ("pour", 12.5), "VR10": ("pour", 10), "VR15": ("pour", 15),
          "CA25": ("pour", 25), "CA50": ("pour", 50), "PT46": ("pour", 46), "DO2": ("pour", 2),
          "DO4": ("pour", 4), "DOSE": ("pour", 4), "PR25": ("draught", 25),
          "PR50": ("draught", 50), "UN": (None, None)}
ZINC_FAMILIES = {"RGE", "BLC", "ROS", "BUL", "LIQ", "DIG", "ALC", "APE", "BIE", "PRE", "SFT",
                 "CUI", "DES", "CAF", "DIV"}
ABBREV = {"mgn": "morgon", "nsg": "nuits", "bgne": "bourgogne", "pf": "pouilly", "mav": "moulin",
          "cte": "cote", "sanc": "sancerre", "chab": "chablis", "meurs": "meursault",
          "chambo": "chambolle", "kro": "kronenbourg", "jo": "joseph", "vv": "vieilles",
          "beauj": "beaujolais", "bolli": "bollinger", "chardo": "chardonnay"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_zinc(label):
    m = re.match(r"^([A-Z]{3})-([A-Z0-9 ./']+?)(?:\*([A-Z0-9/]+))?$", label)
    if not m:
        return None
    fam, name, ms = m.groups()
    if fam not in ZINC_FAMILIES or len(name) > 20 or (ms and ms not in ZINC):
        return None
    v = re.search(r" (\d\d)$", name)
    vint = None if not v else (2000 + int(v.group(1)) if int(v.group(1)) <= 30 else 1900 + int(v.group(1)))
    return {"family": fam, "name": name, "measure": ZINC[ms] if ms else (None, None), "vintage": vint}


def read_salon(label):
    if label != label.strip() or "*" in label or "|" in label or label.isupper():
        return None
    m = re.search(r" \(([^)]*)\)$", label)
    if m and m.group(1) not in SALON:
        return None
    v = re.findall(r"(?<![\d°])(19[5-9]\d|20[0-2]\d)(?![\d°])", label)
    if len(v) > 1:
        return None
    return {"name": label[:m.start()] if m else label, "measure": SALON[m.group(1)] if m else (None, None),
            "vintage": int(v[0]) if v else None}


def read_export(label):
    f = label.split("|")
    if len(f) != 6 or not re.fullmatch(r"A\d{5}", f[0]) or f[4] not in EXPORT:
        return None
    for t in f[1:3]:
        if not t or len(t) > 14 or t != t.upper() or not t.isascii() or t != t.strip():
            return None
    if f[3] and not re.fullmatch(r"(19|20)\d\d", f[3]):
        return None
    if not re.fullmatch(r"\d{1,3},\d\d", f[5]):
        return None
    return {"name": f[1] + " " + f[2], "measure": EXPORT[f[4]], "vintage": int(f[3]) if f[3] else None}


READERS = {"zinc": read_zinc, "salon": read_salon, "export": read_export}


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_text.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(r)))
            continue
        lib.append(r)
    for n, line in enumerate(cases_text.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % n)
            continue
        if list(r) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (n, list(r)))
            continue
        cases.append(r)
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    byid, seen = {}, set()
    for i, r in enumerate(lib, 1):
        if r["id"] != "rx%03d" % i:
            errs.append("library: id %s out of sequence (want rx%03d)" % (r["id"], i))
        byid[r["id"]] = r
        if r["category"] not in CATEGORIES:
            errs.append("{}: category {!r}".format(r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if wine != (r["colour"] is not None) or (r["colour"] is not None and r["colour"] not in COLOURS):
            errs.append("{}: colour {!r} for a {}".format(r["id"], r["colour"], r["category"]))
        if r["format_cl"] >= 2000 and r["category"] != "bière":
            errs.append("{}: keg format on a {}".format(r["id"], r["category"]))
        if not (r["vintage"] is None or isinstance(r["vintage"], int)):
            errs.append("{}: vintage {!r}".format(r["id"], r["vintage"]))
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen:
            errs.append("{}: same wine, format and vintage twice".format(r["id"]))
        seen.add(k)

    def group(r):
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"]) == k]

    def formats(r):
        k = (r["name"], r["producer"], r["appellation"], r["colour"])
        return {x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == k}

    # cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, want 280-300" % len(cases))
    labels = set()
    count = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        L = c["label"]
        tag = f"case {L!r}"
        if L in labels:
            errs.append(f"{tag}: duplicate label")
        labels.add(L)
        if not c["note"]:
            errs.append(f"{tag}: empty note")
        t = c["connection"]
        if t not in TILLS:
            errs.append(f"{tag}: connection {t!r}")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("{}: expect {!r}".format(tag, c["expect"]))
            continue
        count[t][c["expect"]] += 1
        rd = READERS[t](L)
        if rd is None:
            errs.append(f"{tag}: not in the {t} till's form")
            continue
        if rd["vintage"] != c["vintage"]:
            errs.append("{}: vintage {!r}, label reads {!r}".format(tag, c["vintage"], rd["vintage"]))
        if "cut off by the till" in c["note"]:
            if t != "zinc" or len(rd["name"]) < 19 or rd["vintage"] is not None:
                errs.append(f"{tag}: 'cut off' note on a label the till did not cut")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{tag}: none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("{}: unknown beverage_id {!r}".format(tag, c["beverage_id"]))
            continue
        if any(a not in byid for a in c["also_ok"]):
            errs.append(f"{tag}: unknown id in also_ok")
            continue
        # family of the zinc register
        if t == "zinc":
            fam = rd["family"]
            want = {"rouge": "RGE", "blanc": "BLC", "rosé": "ROS", "liquoreux": "LIQ",
                    "effervescent": "BUL"}.get(e["colour"])
            if e["category"] == "champagne":
                want = "BUL"
            ok = {"vin": {want, "BUL"}, "champagne": {"BUL"}, "spiritueux": {"DIG", "ALC"},
                  "bière": {"PRE"} if rd["measure"][0] == "draught" else {"BIE"},
                  "soft": {"SFT"}, "autre": {"APE"}}[e["category"]]
            if fam not in ok:
                errs.append("{}: family {} for a {} {}".format(tag, fam, e["category"], e["colour"]))
        # measure, format, units
        kind, cl = rd["measure"]
        fm = formats(e)
        u = c["units_per_sale"]
        if kind == "bottle":
            want = cl if cl is not None else (75 if e["category"] in ("vin", "champagne") else None)
            if want is None:
                nk = [f for f in fm if f < 2000]
                want = nk[0] if len(nk) == 1 else -1
            if e["format_cl"] != want:
                errs.append("{}: bottle of {} cl answered with the {} cl entry".format(tag, want, e["format_cl"]))
            if u != 1:
                errs.append(f"{tag}: units {u!r} for a bottle")
        elif kind == "pour":
            ordinary = 75 if 75 in fm else None
            if ordinary is None:
                rest = [f for f in fm if f not in (37.5, 150) and f < 2000]
                ordinary = rest[0] if len(rest) == 1 else None
            if e["format_cl"] != ordinary:
                errs.append("{}: a pour answered with the {} cl entry (ordinary {})".format(tag, e["format_cl"], ordinary))
            elif u != round(cl / e["format_cl"], 4):
                errs.append("{}: units {!r}, want {!r}".format(tag, u, round(cl / e["format_cl"], 4)))
        elif kind == "draught":
            if e["format_cl"] < 2000:
                errs.append(f"{tag}: draught measure answered with a bottle")
            elif u != round(cl / e["format_cl"], 4):
                errs.append("{}: units {!r}, want {!r}".format(tag, u, round(cl / e["format_cl"], 4)))
        else:
            errs.append(f"{tag}: a drink answer without a measure")
        # yes / almost / also_ok
        g = group(e)
        vs = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if not (c["expect"] == "yes" and c["vintage"] is not None) and sorted(c["also_ok"]) != others:
            errs.append("{}: also_ok {}, want {}".format(tag, c["also_ok"], others))
        v = c["vintage"]
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append("{}: yes on vintage {!r} for label vintage {!r}".format(tag, e["vintage"], v))
                if c["also_ok"]:
                    errs.append(f"{tag}: yes with a vintage must have empty also_ok")
            elif vs and e["vintage"] != vs[-1]:
                errs.append(f"{tag}: yes without vintage not on the most recent")
        else:
            if v is None or v in vs or not vs:
                errs.append(f"{tag}: almost without a missing vintage")
            else:
                best = sorted(vs, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append("{}: almost on {!r}, nearest is {!r}".format(tag, e["vintage"], best))
        # the label shares a word, a 4-letter stem or a known abbreviation with the entry
        lw = set()
        for w in words(rd["name"]):
            lw.add(ABBREV.get(w, w))
        ew = set(words(" ".join(str(x) for x in (e["name"], e["producer"], e["appellation"]) if x)))
        if not any((a == b and len(a) >= 3) or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])
                   for a in lw for b in ew):
            errs.append("{}: shares no word with {}".format(tag, e["id"]))
    n = len(cases) or 1
    tot = {x: sum(count[t][x] for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[x] / n <= hi:
            errs.append("split: %s %.1f %% outside %d-%d %%" % (x, 100.0 * tot[x] / n, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if count[t][x] == 0:
                errs.append(f"till {t} has no {x}")
    return errs, count


def load():
    with open(os.path.join(HERE, "roanne_library.jsonl"), encoding="utf-8") as a, \
            open(os.path.join(HERE, "roanne_cases.jsonl"), encoding="utf-8") as b:
        return a.read(), b.read()


def mod(text, pred, fn):
    lines, done = text.splitlines(), False
    for i, line in enumerate(lines):
        c = json.loads(line)
        if pred(c):
            lines[i] = fn(c) if isinstance(fn(c), str) else json.dumps(fn(c), ensure_ascii=False)
            done = True
            break
    assert done, "selftest: nothing to break"
    return "\n".join(lines) + "\n"


def selftest():
    lib, cs = load()
    errs, _ = check(lib, cs)
    assert not errs, errs
    print("clean files: pass")

    def setk(c, **kw):
        c = dict(c)
        c.update(kw)
        return c

    def reorder(c):
        return {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    breaks = [
        ("invalid JSON", "lib", lambda r: True, lambda r: json.dumps(r, ensure_ascii=False)[:-1], "invalid JSON"),
        ("fields out of order", "cases", lambda c: True, reorder, "fields"),
        ("id out of sequence", "lib", lambda r: r["id"] == "rx005", lambda r: setk(r, id="rx105"), "out of sequence"),
        ("colour on a beer", "lib", lambda r: r["category"] == "bière", lambda r: setk(r, colour="blanc"), "colour"),
        ("glass units", "cases", lambda c: c["label"].endswith("*VR") and c["expect"] == "yes", lambda c: setk(c, units_per_sale=0.16), "units"),
        ("almost on the farther vintage", "cases", lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: setk(c, beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]), "nearest"),
        ("also_ok dropped", "cases", lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: setk(c, also_ok=[]), "also_ok"),
        ("none with an id", "cases", lambda c: c["expect"] == "none", lambda c: setk(c, beverage_id="rx001"), "none with"),
        ("duplicate label", "cases", lambda c: c["connection"] == "salon" and c["expect"] == "yes", lambda c: setk(c, label="Bollinger Rosé (bouteille)"), "duplicate"),
        ("half answered with the 75 cl entry", "cases", lambda c: c["label"] == "RGE-FONTENAY VV 22*1/2", lambda c: setk(c, beverage_id="rx011"), "bottle of 37.5"),
        ("draught demi on a bottled beer", "cases", lambda c: c["label"] == "PRE-KRO 1664*DEMI", lambda c: setk(c, beverage_id="rx109", units_per_sale=1), "draught"),
        ("vintage field not on the label", "cases", lambda c: c["label"] == "RGE-NSG 1ER VAUCRAINS 17*BTL", lambda c: setk(c, vintage=2018), "label reads"),
        ("label sharing no word", "cases", lambda c: c["label"] == "SFT-COCA*33CL", lambda c: setk(c, label="SFT-SODA*33CL"), "shares no word"),
        ("zinc label over the width", "cases", lambda c: c["label"] == "DIG-REMY VSOP*4CL", lambda c: setk(c, label="DIG-REMY MARTIN VSOP FINE CHAMP*4CL"), "form"),
        ("export size code unknown", "cases", lambda c: c["connection"] == "export" and "|BT75|" in c["label"], lambda c: setk(c, label=c["label"].replace("|BT75|", "|BTL|")), "form"),
        ("zinc family against the colour", "cases", lambda c: c["label"] == "BLC-SANC VACHERON*VR", lambda c: setk(c, label="RGE-SANC VACHERON*VR"), "family"),
        ("yes on the sibling vintage", "cases", lambda c: c["label"] == "RGE-ECLAT SEROL 22*VR", lambda c: setk(c, beverage_id="rx001"), "yes on vintage"),
        ("cut-off note on an uncut label", "cases", lambda c: c["label"] == "RGE-MGN LAPIERRE*VR", lambda c: setk(c, note=c["note"] + " [2022 cut off by the till]"), "cut off"),
    ]
    ok = True
    for name, which, pred, fn, expect in breaks:
        l2, c2 = (mod(lib, pred, fn), cs) if which == "lib" else (lib, mod(cs, pred, fn))
        e, _ = check(l2, c2)
        hit = [x for x in e if expect in x]
        print("%-38s %s  (%s)" % (name, "reported" if hit else "MISSED", (hit or e or ["-"])[0][:90]))
        ok &= bool(hit)
    # structural breaks: too few cases, a till without almost
    few = "\n".join(cs.splitlines()[:250]) + "\n"
    e, _ = check(lib, few)
    hit = [x for x in e if "want 280-300" in x]
    print("%-38s %s  (%s)" % ("too few cases", "reported" if hit else "MISSED", (hit or ["-"])[0]))
    ok &= bool(hit)
    noalm = "\n".join(l for l in cs.splitlines()
                      if not (json.loads(l)["connection"] == "export" and json.loads(l)["expect"] == "almost")) + "\n"
    e, _ = check(lib, noalm)
    hit = [x for x in e if "has no almost" in x]
    print("%-38s %s  (%s)" % ("a till without almost", "reported" if hit else "MISSED", (hit or ["-"])[0]))
    ok &= bool(hit)
    print("selftest: %s (%d kinds of break)" % ("PASS" if ok else "FAIL", len(breaks) + 2))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, count = check(*load())
    for e in errs:
        print("ERROR", e)
    print("| till | yes | almost | none | total |")
    for t in TILLS:
        c = count[t]
        print("| %s | %d | %d | %d | %d |" % (t, c["yes"], c["almost"], c["none"], sum(c.values())))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
