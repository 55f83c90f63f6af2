"""Check bourges_library.jsonl and bourges_cases.jsonl on their own (no build import).

    python3 check_bourges.py             # check the two files
    python3 check_bourges.py --selftest  # break copies on purpose, show each break is caught
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "compta")
KEG = 2000
# comptoir
CODES = {"BTL": ("bottle", None), "25CL": ("bottle", 25), "33CL": ("bottle", 33),
         "50CL": ("bottle", 50), "1L": ("bottle", 100), "1/2": ("bottle", 37.5),
         "MAG": ("bottle", 150), "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
         "PICH25": ("pour", 25), "PICH50": ("pour", 50), "DOSE": ("pour", 4), "DOSE2": ("pour", 2),
         "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
FAMILY = {"BL": lambda e: e["colour"] == "blanc" or e["colour"] == "liquoreux",
          "RG": lambda e: e["colour"] == "rouge", "RS": lambda e: e["colour"] == "rosé",
          "BU": lambda e: e["colour"] == "effervescent" or e["category"] == "champagne",
          "PR": lambda e: e["category"] == "bière" and e["format_cl"] >= KEG,
          "BI": lambda e: e["category"] == "bière" and e["format_cl"] < KEG,
          "AL": lambda e: e["category"] == "spiritueux",
          "AP": lambda e: e["category"] in ("autre", "spiritueux"),
          "SO": lambda e: e["category"] == "soft", "EA": lambda e: e["category"] == "soft",
          "CU": lambda e: False, "CF": lambda e: False, "DV": lambda e: False}
# tablette
WORDS = {"bouteille": ("bottle", None), "bouteille 25cl": ("bottle", 25),
         "bouteille 33cl": ("bottle", 33), "bouteille 50cl": ("bottle", 50),
         "bouteille 1l": ("bottle", 100), "demi-bouteille": ("bottle", 37.5),
         "magnum": ("bottle", 150), "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
         "coupe": ("pour", 12.5), "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
         "dose": ("pour", 4), "dose 2cl": ("pour", 2), "demi": ("draught", 25),
         "pinte": ("draught", 50)}
ABBR = {"pf": "pouilly", "chtmeillant": "chateaumeillant", "tvv": "vieilles", "blc": "blanc",
        "rge": "rouge", "rs": "rose", "spec": "special", "st": "saint", "ch": "chateau",
        "alph": "alphonse", "champ": "champagne", "kro": "kronenbourg"}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


def read_label(c):
    """-> (measure kind, volume, vintage, error)"""
    lab, till = c["label"], c["connection"]
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z]{2})/([A-Z0-9 ./']+?)(?: (%s))?" % "|".join(re.escape(k) for k in CODES), lab)
        if not m or m.group(1) not in FAMILY:
            return None, None, None, "comptoir form"
        if len(m.group(2)) > 16 or m.group(2) != m.group(2).strip():
            return None, None, None, "comptoir name field over 16 columns"
        kind, vol = CODES[m.group(3)] if m.group(3) else (None, None)
        t = m.group(2).split(" ")
        v = None
        if len(t) > 1 and re.fullmatch(r"\d\d", t[-1]):
            v = 2000 + int(t[-1]) if int(t[-1]) < 40 else 1900 + int(t[-1])
        return kind, vol, v, None
    if till == "tablette":
        m = re.fullmatch(r"(\S.*?)(?:, ([a-z0-9 -]+))? (\d+),(\d\d) €", lab)
        if not m or lab.isupper() or lab.islower():
            return None, None, None, "tablette form"
        if m.group(2) and m.group(2) not in WORDS:
            return None, None, None, "tablette measure"
        kind, vol = WORDS[m.group(2)] if m.group(2) else (None, None)
        ys = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group(1))
        return kind, vol, (int(ys[-1]) if ys else None), None
    if till == "compta":
        cols = lab.split("\t")
        if len(cols) != 7:
            return None, None, None, "compta columns"
        code, des, coul, vint, vol, qty, amt = cols
        ok = (re.fullmatch(r"\d{6}", code) and re.fullmatch(r"[A-Z0-9 .]+", des)
              and coul in ("", "RGE", "BLC", "RSE", "EFF", "LIQ")
              and re.fullmatch(r"((19|20)\d\d)?", vint) and re.fullmatch(r"(\d\.\d{3})?", vol)
              and re.fullmatch(r"[1-9]", qty) and re.fullmatch(r"\d+\.\d\d", amt))
        if not ok or int(amt.replace(".", "")) % int(qty):
            return None, None, None, "compta columns"
        return ("volume" if vol else None), (round(float(vol) * 100, 1) if vol else None), \
            (int(vint) if vint else None), None
    return None, None, None, "unknown connection"


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            e = json.loads(l)
        except ValueError:
            E("library line %d: invalid JSON" % (i + 1)); continue
        if list(e) != LIB_FIELDS:
            E("library line %d: fields/order" % (i + 1))
        lib.append(e)
    for i, l in enumerate(case_lines):
        try:
            c = json.loads(l)
        except ValueError:
            E("cases line %d: invalid JSON" % (i + 1)); continue
        if list(c) != CASE_FIELDS:
            E("cases line %d: fields/order" % (i + 1))
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        E("library size %d" % len(lib))
    for i, e in enumerate(lib):
        if e.get("id") != "bg%03d" % (i + 1):
            E("id out of sequence at %s" % e.get("id"))
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            E("%s: colour/category" % e.get("id"))
        if e.get("category") in ("spiritueux", "bière", "soft", "autre") and e.get("colour"):
            E("%s: colour on a non-wine" % e.get("id"))
        if e.get("category") in ("vin", "champagne") and not e.get("colour"):
            E("%s: wine without colour" % e.get("id"))
        if (e.get("format_cl") or 0) >= KEG and e.get("category") != "bière":
            E("%s: keg on a non-beer" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)):
            E("%s: format" % e.get("id"))
    def wk(e):
        return (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"))
    seen = Counter((*wk(e), e.get("vintage"), e.get("format_cl")) for e in lib)
    for k, n in seen.items():
        if n > 1:
            E("drink twice: %s" % (k,))
    by_id = {e.get("id"): e for e in lib}
    if not 280 <= len(cases) <= 300:
        E("case count %d" % len(cases))
    labs = Counter(c.get("label") for c in cases)
    for k, n in labs.items():
        if n > 1:
            E("duplicate label %r" % k)
    for c in cases:
        if not isinstance(c, dict) or "label" not in c:
            continue
        L = "%r: " % c["label"]
        if c.get("connection") not in TILLS:
            E(L + "connection"); continue
        kind, vol, v, err = read_label(c)
        if err:
            E(L + err); continue
        if v != c.get("vintage"):
            E(L + "vintage %r, label says %r" % (c.get("vintage"), v))
        note = c.get("note") or ""
        if not note:
            E(L + "no note")
        if note.endswith("cut off by the till]"):
            field = c["label"].split("/", 1)[1].rsplit(" ", 1)[0] if c["connection"] == "comptoir" else ""
            if c["connection"] != "comptoir" or len(field) < 15 or c.get("vintage") is not None:
                E(L + "cut-off note on an uncut label")
        if c.get("expect") == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                E(L + "none with an id, also_ok or units")
            continue
        if c.get("expect") not in ("yes", "almost"):
            E(L + "expect"); continue
        e = by_id.get(c.get("beverage_id"))
        if not e:
            E(L + "unknown beverage_id"); continue
        same = [x for x in lib if wk(x) == wk(e) and x["format_cl"] == e["format_cl"]]
        allfmt = sorted({x["format_cl"] for x in lib if wk(x) == wk(e)})
        vints = [x["vintage"] for x in same]
        others = sorted(x["id"] for x in same if x is not e)
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v:
                    E(L + "yes on another vintage")
                if c.get("also_ok"):
                    E(L + "also_ok with a vintage on the label")
            else:
                if e["vintage"] != max(vints, key=lambda x: x or 0):
                    E(L + "yes without vintage is not the most recent")
                if sorted(c.get("also_ok") or []) != others:
                    E(L + "also_ok is not the other vintages")
        else:
            if v is None or v in vints or None in vints:
                E(L + "almost but the vintage is held or absent")
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best is not e:
                    E(L + "almost is not the nearest vintage")
            if sorted(c.get("also_ok") or []) != others:
                E(L + "also_ok is not the other vintages")
        # measure and units
        u, cat, fmt = c.get("units_per_sale"), e["category"], e["format_cl"]
        ordinary = 75 if 75 in allfmt else ([f for f in allfmt if f not in (37.5, 150)] or [None])[0]
        if kind == "volume":
            if vol == fmt:
                kind = "bottle"
            elif cat == "bière":
                kind = "draught"
            else:
                kind = "pour"
        if kind == "bottle":
            want = vol if vol is not None else (75 if cat in ("vin", "champagne") else (allfmt[0] if len(allfmt) == 1 else None))
            if fmt != want or u != 1:
                E(L + "bottle: entry %g cl / units %r for the label's %r cl" % (fmt, u, want))
        elif kind == "pour":
            if cat in ("bière", "soft") or fmt != ordinary or u != round(vol / fmt, 4):
                E(L + "pour: units %r or not from the ordinary bottle" % u)
        elif kind == "draught":
            if cat != "bière" or fmt < KEG or u != round(vol / fmt, 4):
                E(L + "draught not from a keg or wrong units")
        else:
            E(L + "yes/almost without a measure")
        if c["connection"] == "comptoir" and not FAMILY[c["label"][:2]](e):
            E(L + "comptoir family does not fit the drink")
        lt = set(norm(c["label"].split("\t")[1] if c["connection"] == "compta" else c["label"]))
        lt |= {ABBR[t] for t in lt if t in ABBR}
        et = set(norm(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        if not any(a == b or (len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)))
                   for a in lt if not a.isdigit() for b in et):
            E(L + "shares no word with its entry")
    cnt = Counter(c.get("expect") for c in cases)
    n = max(len(cases), 1)
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * cnt[a] / n <= hi:
            E("%s share %.1f %% outside %d-%d" % (a, 100 * cnt[a] / n, lo, hi))
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not tc[(t, a)]:
                E("till %s has no %s" % (t, a))
    return errs


def load():
    with open(os.path.join(HERE, "bourges_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "bourges_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def dump(xs):
        return [json.dumps(x, ensure_ascii=False) for x in xs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        cs = copy.deepcopy(C); i = first(pred); fn(cs[i]); return lib, dump(cs)

    def mod_lib(fn):
        ls = copy.deepcopy(L); fn(ls); return dump(ls), cases

    def reorder(c):
        items = list(c.items()); items[1], items[2] = items[2], items[1]
        c.clear(); c.update(items)

    def farther(c):
        ids = c["also_ok"]; c["also_ok"] = sorted([*ids[1:], c["beverage_id"]]); c["beverage_id"] = ids[0]

    def shift(c):
        cols = c["label"].split("\t"); c["label"] = "\t".join(cols[:2] + cols[3:4] + cols[2:3] + cols[4:])

    half = {e["id"]: e for e in L}
    breaks = [
        ("invalid JSON", lambda: (lib, [*cases[:5], "{oops", *cases[6:]])),
        ("field order", lambda: mod_case(lambda c: True, reorder)),
        ("id out of sequence", lambda: mod_lib(lambda ls: ls[3].update(id="bg999"))),
        ("colour on a beer", lambda: mod_lib(lambda ls: next(e for e in ls if e["category"] == "bière").update(colour="blanc"))),
        ("glass units", lambda: mod_case(lambda c: c["label"].endswith(" VRE") and c["expect"] == "yes", lambda c: c.update(units_per_sale=0.16))),
        ("almost on the farther vintage", lambda: mod_case(lambda c: c["expect"] == "almost" and c["also_ok"], farther)),
        ("none with an id", lambda: mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="bg001"))),
        ("also_ok dropped", lambda: mod_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("duplicate label", lambda: (lib, [*cases[:-1], cases[0]])),
        ("half answered with the 75 cl entry", lambda: mod_case(
            lambda c: c["label"].endswith(" 1/2") and c["expect"] == "yes",
            lambda c: c.update(beverage_id=next(e["id"] for e in L if e["name"] == half[c["beverage_id"]]["name"] and e["producer"] == half[c["beverage_id"]]["producer"] and e["format_cl"] == 75 and e["vintage"] == half[c["beverage_id"]]["vintage"])))),
        ("draught on a bottled beer", lambda: mod_case(lambda c: c["label"] == "PR/LEFFE PINTE", lambda c: c.update(expect="yes", beverage_id=next(e["id"] for e in L if e["name"] == "Leffe Blonde"), units_per_sale=1.5152))),
        ("vintage not on the label", lambda: mod_case(lambda c: c["connection"] == "tablette" and c["vintage"], lambda c: c.update(vintage=c["vintage"] - 1))),
        ("label sharing no word", lambda: mod_case(lambda c: c["label"] == "BL/MOUSSIERE 22 VRE", lambda c: c.update(label="BL/VIN PATRON 22 VRE"))),
        ("comptoir field over 16", lambda: mod_case(lambda c: c["label"] == "BL/MOUSSIERE 22 VRE", lambda c: c.update(label="BL/SANCERRE MOUSSIERE 22 VRE"))),
        ("compta columns shifted", lambda: mod_case(lambda c: c["connection"] == "compta" and c["vintage"], shift)),
        ("till without almost", lambda: (lib, dump([c for c in C if not (c["connection"] == "compta" and c["expect"] == "almost")]))),
        ("too few cases", lambda: (lib, cases[:250])),
        ("cut-off note on an uncut label", lambda: mod_case(lambda c: c["connection"] == "tablette" and c["vintage"] is None and c["expect"] == "yes", lambda c: c.update(note=c["note"] + " [2022 cut off by the till]"))),
        ("tablette price missing", lambda: mod_case(lambda c: c["connection"] == "tablette", lambda c: c.update(label=c["label"].rsplit(" ", 2)[0]))),
        ("comptoir family wrong", lambda: mod_case(lambda c: c["label"] == "RG/SANC VACH 21 VRE", lambda c: c.update(label="BL/SANC VACH 21 VRE"))),
    ]
    ok = not check(lib, cases)
    print("clean files: %s" % ("pass" if ok else "FAIL"))
    for name, make in breaks:
        errs = check(*make())
        print("%-38s %s  %s" % (name, "caught" if errs else "MISSED", errs[0][:90] if errs else ""))
        ok = ok and bool(errs)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs = check(*load())
    for e in errs:
        print(e)
    print("%d problem(s)" % len(errs) if errs else "OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
