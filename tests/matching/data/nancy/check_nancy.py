"""Check nancy_library.jsonl and nancy_cases.jsonl alone (stdlib only).
python3 check_nancy.py             check the two files
python3 check_nancy.py --selftest  break copies on purpose and show each break is reported"""
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
CONNS = ("comptoir", "tablette", "export")
WINE_FAMS = ("RGE", "BLC", "RSE", "BUL")
FAMS = (*WINE_FAMS, "PRS", "BRE", "EDV", "APE", "SFT", "CUI", "CAF", "DIV")
# measure -> (kind, volume)
MEAS = {"B": ("bottle", None), "H": ("bottle", 37.5), "M": ("bottle", 150),
        "S25": ("bottle", 25), "S33": ("bottle", 33), "S50": ("bottle", 50),
        "S75": ("bottle", 75), "S100": ("bottle", 100), "G": ("pour", 12.5),
        "CP": ("pour", 12.5), "P50": ("pour", 50), "P25": ("pour", 25), "D": ("pour", 4),
        "D2": ("pour", 2), "DM": ("keg", 25), "PT": ("keg", 50), "U": ("unit", None)}
COMPTOIR = {"1/2": "H", "MAG": "M", "VRE": "G", "CP": "CP", "PCH50": "P50", "PCH25": "P25",
            "DOSE": "D", "2CL": "D2", "DEMI": "DM", "PINTE": "PT", "25CL": "S25",
            "33CL": "S33", "50CL": "S50", "75CL": "S75", "1L": "S100"}
TABLETTE = [("Pichet 50cl ", "P50"), ("Pichet 25cl ", "P25"), ("Demi-btl ", "H"),
            ("Magnum ", "M"), ("Verre ", "G"), ("Coupe ", "CP"), ("Dose ", "D"),
            ("2cl ", "D2"), ("Demi ", "DM"), ("Pinte ", "PT"), ("25cl ", "S25"),
            ("33cl ", "S33"), ("50cl ", "S50"), ("75cl ", "S75"), ("1L ", "S100"),
            ("Btl ", "B")]
EXPORT = {"BTL": "B", "37,5CL": "H", "150CL": "M", "VERRE": "G", "COUPE": "CP",
          "PICHET50": "P50", "PICHET25": "P25", "DOSE4": "D", "DOSE2": "D2", "DEMI25": "DM",
          "PINTE50": "PT", "25CL": "S25", "33CL": "S33", "50CL": "S50", "75CL": "S75",
          "100CL": "S100", "UNITE": "U"}
FAM_FITS = {
    "RGE": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "BLC": lambda e: e["category"] == "vin" and e["colour"] in ("blanc", "liquoreux"),
    "RSE": lambda e: e["category"] == "vin" and e["colour"] == "rosé" and "Crémant" not in e["name"],
    "BUL": lambda e: e["category"] == "champagne" or e["colour"] == "effervescent"
    or "Crémant" in e["name"],
    "PRS": lambda e: e["category"] == "bière" and e["format_cl"] >= 1000,
    "BRE": lambda e: e["category"] == "bière" and e["format_cl"] < 1000,
    "EDV": lambda e: e["category"] == "spiritueux",
    "APE": lambda e: e["category"] in ("autre", "spiritueux"),
    "SFT": lambda e: e["category"] == "soft",
}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def tokens(s):
    return [t for t in re.split(r"[^A-Z0-9]+", ascii_up(s)) if t]


def shares_word(label_text, entry):
    lt = [t for t in tokens(label_text) if len(t) >= 2]
    et = [t for t in tokens(" ".join(str(entry[k] or "") for k in
                                     ("name", "producer", "appellation"))) if len(t) >= 2]
    for t in lt:
        for e in et:
            if t == e and (len(t) >= 3 or t.isdigit()):
                return True
            if len(t) >= 3 and len(e) >= 3 and (e.startswith(t) or t.startswith(e)):
                return True
            if len(e) >= 4 and e in t:
                return True
    return False


def parse(conn, label):
    """-> (family or None, measure, vintage, text part) or raises ValueError."""
    if conn == "comptoir":
        if len(label) > 20 or not re.fullmatch(r"[A-Z]{3}:[A-Z0-9 /\-.]+", label):
            raise ValueError("comptoir form (ASCII capitals, FAM:, at most 20)")
        fam, rest = label.split(":", 1)
        if fam not in FAMS:
            raise ValueError(f"unknown family {fam}")
        first = rest.split(" ")[0]
        meas = COMPTOIR.get(first, "B")
        if fam in ("CUI", "CAF", "DIV"):
            meas = "U"
        m = re.search(r" (\d{2})$", label)
        vint = 2000 + int(m.group(1)) if fam in WINE_FAMS and m else None
        return fam, meas, vint, rest
    if conn == "tablette":
        m = re.fullmatch(r"(.+) - (\d+,\d{2})€", label)
        if not m or not re.search(r"[a-zà-ÿ]", m.group(1)):
            raise ValueError("tablette form (mixed case, ' - price€' with a decimal comma)")
        core = m.group(1)
        meas = "B"
        for w, code in TABLETTE:
            if core.startswith(w):
                meas = code
                break
        vm = re.search(r" ((?:19|20)\d{2})$", core)
        return None, meas, int(vm.group(1)) if vm else None, core
    if conn == "export":
        m = re.fullmatch(r"A(\d{4})\|([A-Z0-9 \-]{1,16})\|([A-Z0-9,]+)\|((?:19|20)\d{2})?\|(\d+,\d{2})",
                         label)
        if not m or m.group(3) not in EXPORT:
            raise ValueError("export form (A9999|DESC<=16|UNIT|yyyy|price)")
        return None, EXPORT[m.group(3)], int(m.group(4)) if m.group(4) else None, m.group(2)
    raise ValueError(f"unknown connection {conn!r}")


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines()):
        try:
            lib.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"library line {i + 1}: invalid JSON ({e})")
    for i, line in enumerate(cases_text.splitlines()):
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"cases line {i + 1}: invalid JSON ({e})")
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks (110-130)")
    byid = {}
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append(f"library {e.get('id')}: field order {list(e)}")
            continue
        if e["id"] != f"nc{n:03d}":
            errs.append(f"library line {n}: id {e['id']} out of sequence")
        byid[e["id"]] = e
        if e["colour"] not in COLOURS:
            errs.append(f"{e['id']}: colour {e['colour']!r}")
        if e["category"] not in CATS:
            errs.append(f"{e['id']}: category {e['category']!r}")
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            errs.append(f"{e['id']}: colour {e['colour']!r} on a {e['category']}")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append(f"{e['id']}: vintage {e['vintage']!r}")
        if e["vintage"] is not None and e["category"] not in ("vin", "champagne"):
            errs.append(f"{e['id']}: vintage on a {e['category']}")
        f = e["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 1000 and e["category"] != "bière"):
            errs.append(f"{e['id']}: format {f!r}")
    def keyf(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
    same = {}
    for e in byid.values():
        same.setdefault(keyf(e), []).append(e)
    drinks = {}
    for e in byid.values():
        drinks.setdefault((e["name"], e["producer"], e["appellation"], e["colour"]), []).append(e)

    seen = set()
    tab = {c: {"yes": 0, "almost": 0, "none": 0} for c in CONNS}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            errs.append(f"{lab!r}: field order {list(c)}")
            continue
        if lab in seen:
            errs.append(f"{lab!r}: duplicate label")
        seen.add(lab)
        conn, exp = c["connection"], c["expect"]
        if conn not in CONNS:
            errs.append(f"{lab!r}: unknown connection {conn!r}")
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append(f"{lab!r}: expect {exp!r}")
            continue
        tab[conn][exp] += 1
        try:
            fam, meas, vint, text = parse(conn, lab)
        except ValueError as e:
            errs.append(f"{lab!r}: {e}")
            continue
        if c["vintage"] != vint:
            errs.append(f"{lab!r}: vintage {c['vintage']!r}, label reads {vint!r}")
        u = c["units_per_sale"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                errs.append(f"{lab!r}: none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{lab!r}: unknown beverage_id {c['beverage_id']!r}")
            continue
        if not shares_word(text, e):
            errs.append(f"{lab!r}: shares no word with {e['id']} {e['name']}")
        if fam is not None and not FAM_FITS[fam](e):
            errs.append(f"{lab!r}: family {fam} does not fit {e['id']} ({e['colour']}, {e['category']})")
        kind, vol = MEAS[meas]
        dk = (e["name"], e["producer"], e["appellation"], e["colour"])
        allf = sorted({x["format_cl"] for x in drinks[dk]})
        if kind == "bottle":
            want_f = vol if vol is not None else (75 if e["category"] in ("vin", "champagne")
                                                  else [f for f in allf if f < 1000])
            if isinstance(want_f, list):
                want_f = want_f[0] if len(want_f) == 1 else None
            if e["format_cl"] != want_f:
                errs.append(f"{lab!r}: format {e['format_cl']} for a {meas} label")
            want_u = 1
        elif kind == "pour":
            bottles = [f for f in allf if f < 1000]
            ordinary = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
            if e["format_cl"] != ordinary:
                errs.append(f"{lab!r}: a pour from {e['format_cl']} cl, not the ordinary bottle")
            want_u = round(vol / e["format_cl"], 4)
        elif kind == "keg":
            if e["format_cl"] < 1000 or e["category"] != "bière":
                errs.append(f"{lab!r}: DEMI/PINTE not from a keg")
            want_u = round(vol / e["format_cl"], 4)
        else:
            errs.append(f"{lab!r}: a unit label answered {exp}")
            continue
        if u != want_u or (isinstance(u, float) and round(u, 4) != u):
            errs.append(f"{lab!r}: units {u!r}, want {want_u!r}")
        sib = same[keyf(e)]
        vints = sorted(x["vintage"] for x in sib if x["vintage"] is not None)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        if sorted(c["also_ok"]) != others and not (exp == "yes" and vint is not None and c["also_ok"] == []):
            errs.append(f"{lab!r}: also_ok {c['also_ok']} should be {others}")
        if exp == "yes" and vint is not None and vints:
            if e["vintage"] != vint or c["also_ok"]:
                errs.append(f"{lab!r}: yes on {e['vintage']} for a label of {vint}")
        elif exp == "yes" and vints:
            if e["vintage"] != max(vints):
                errs.append(f"{lab!r}: yes without vintage not on the most recent")
        elif exp == "almost":
            if vint is None or vint in vints or not vints:
                errs.append(f"{lab!r}: almost without a missing vintage")
            else:
                best = sorted(vints, key=lambda v: (abs(v - vint), -v))[0]
                if e["vintage"] != best:
                    errs.append(f"{lab!r}: almost on {e['vintage']}, nearest is {best}")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append(f"{n} cases (280-300)")
    tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
    if n:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100 * tot[k] / n <= hi:
                errs.append(f"{k}: {100 * tot[k] / n:.1f}% outside {lo}-{hi}%")
    for conn, t in tab.items():
        if min(t.values()) == 0:
            errs.append(f"{conn}: not all three answers ({t})")
    return errs


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest(lib_text, cases_text):
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cs = [json.loads(x) for x in cases_text.splitlines()]

    def first(pred):
        return next(i for i, c in enumerate(cs) if pred(c))

    def mod_case(pred, fn):
        def f():
            c2 = copy.deepcopy(cs)
            fn(c2[first(pred)])
            return dumps(lib), dumps(c2)
        return f

    def mod_lib(fn):
        def f():
            l2 = copy.deepcopy(lib)
            fn(l2)
            return dumps(l2), dumps(cs)
        return f

    def set_(k, v):
        return lambda c: c.__setitem__(k, v)

    breaks = {
        "invalid JSON": lambda: (lib_text, cases_text.replace("}", "", 1)),
        "library field order": mod_lib(lambda l: l.__setitem__(0, dict(reversed(list(l[0].items()))))),
        "id out of sequence": mod_lib(lambda l: l[5].__setitem__("id", "nc099")),
        "colour on a spirit": mod_lib(lambda l: [e.__setitem__("colour", "blanc") for e in l if e["category"] == "spiritueux"][:1]),
        "unknown category": mod_lib(lambda l: l[0].__setitem__("category", "wine")),
        "duplicate label": lambda: (lib_text, cases_text + cases_text.splitlines()[0] + "\n"),
        "yes on another vintage": mod_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["beverage_id"] == "nc055", set_("beverage_id", "nc056")),
        "almost on the farther vintage": mod_case(lambda c: c["label"] == "RGE:PHELAN 17", set_("beverage_id", "nc055")),
        "emptied also_ok": mod_case(lambda c: c["expect"] == "yes" and len(c["also_ok"]) == 1, set_("also_ok", [])),
        "glass units": mod_case(lambda c: (c["label"].startswith("RSE:VRE") and c["expect"] != "none") or c["label"].startswith("BLC:VRE CHABLIS"), set_("units_per_sale", 0.16)),
        "none with an id": mod_case(lambda c: c["expect"] == "none", set_("beverage_id", "nc001")),
        "vintage field": mod_case(lambda c: c["vintage"] is not None, set_("vintage", 1999)),
        "lower case on comptoir": mod_case(lambda c: c["connection"] == "comptoir", lambda c: c.__setitem__("label", c["label"].lower())),
        "comptoir over 20": mod_case(lambda c: c["connection"] == "comptoir", lambda c: c.__setitem__("label", c["label"] + " EXTRA XX")),
        "tablette without price": mod_case(lambda c: c["connection"] == "tablette", lambda c: c.__setitem__("label", c["label"].rsplit(" - ", 1)[0])),
        "export without article": mod_case(lambda c: c["connection"] == "export", lambda c: c.__setitem__("label", c["label"].split("|", 1)[1])),
        "magnum on the 75 cl entry": mod_case(lambda c: c["label"] == "RGE:MAG PHELAN SEGUR", set_("beverage_id", "nc055")),
        "half on the 75 cl entry": mod_case(lambda c: c["label"].startswith("BLC:1/2 SANCERRE 21"), set_("beverage_id", "nc049")),
        "demi units": mod_case(lambda c: c["label"] == "PRS:DEMI METEOR", set_("units_per_sale", 0.0125)),
        "units not to 4 decimals": mod_case(lambda c: c["label"] == "PRS:DEMI METEOR", set_("units_per_sale", 25 / 3000)),
        "unknown connection": mod_case(lambda c: True, set_("connection", "web")),
        "family against colour": mod_case(lambda c: c["label"] == "RGE:PHELAN SEGUR 16", lambda c: c.__setitem__("label", "BLC:PHELAN SEGUR 16")),
        "shares no word": mod_case(lambda c: c["label"] == "RGE:BEAUCASTEL 19", lambda c: c.__setitem__("label", "RGE:XQZ WVK 19")),
        "counts out of range": lambda: (lib_text, dumps([c for c in cs if c["expect"] != "none"])),
        "pour from a half": mod_case(lambda c: c["label"] == "BLC:VRE CHABLIS", set_("beverage_id", "nc029")),
    }
    ok = True
    for name, make in breaks.items():
        l2, c2 = make()
        errs = check(l2, c2)
        print(f"  {'reported' if errs else 'MISSED  '}  {name}: {errs[0] if errs else ''}"[:150])
        ok &= bool(errs)
    clean = check(lib_text, cases_text)
    print(f"  clean files: {clean if clean else 'pass'}")
    return ok and not clean


def main():
    lib_text = open(os.path.join(HERE, "nancy_library.jsonl"), encoding="utf-8").read()
    cases_text = open(os.path.join(HERE, "nancy_cases.jsonl"), encoding="utf-8").read()
    if "--selftest" in sys.argv:
        ok = selftest(lib_text, cases_text)
        print("selftest", "OK" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    errs = check(lib_text, cases_text)
    for e in errs:
        print(e)
    print(f"{len(errs)} problem(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
