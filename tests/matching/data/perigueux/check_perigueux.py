"""Check perigueux_library.jsonl and perigueux_cases.jsonl on their own (stdlib only).
`--selftest` breaks copies on purpose and shows each break is reported."""

import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"V": 12.5, "V12": 12, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DS": 4, "D2": 2}
DRAUGHT = {"DM": 25, "PT": 50}
SIZED = {"B25": 25, "B33": 33, "B50": 50, "B70": 70, "B100": 100}
SALLE_CODE = {
    "BT": "BT",
    "DB": "DB",
    "MG": "MG",
    "25": "B25",
    "33": "B33",
    "50": "B50",
    "70": "B70",
    "1L": "B100",
    "VR": "V",
    "V12": "V12",
    "V15": "V15",
    "P25": "P25",
    "P50": "P50",
    "CP": "CP",
    "DS": "DS",
    "2CL": "D2",
    "DM": "DM",
    "PT": "PT",
}
TERR_RE = [
    (r"\bpichet 25cl\b", "P25"),
    (r"\bpichet 50cl\b", "P50"),
    (r"\bverre 12cl\b", "V12"),
    (r"\bverre 15cl\b", "V15"),
    (r"\bdemi-btl\b", "DB"),
    (r"\bverre\b", "V"),
    (r"\bmagnum\b", "MG"),
    (r"\bbtl\b", "BT"),
    (r"\bcoupe\b", "CP"),
    (r"\bdose\b", "DS"),
    (r"(?<![\w-])demi(?![\w-])", "DM"),
    (r"\bpinte\b", "PT"),
    (r"\b2cl\b", "D2"),
    (r"\b25cl\b", "B25"),
    (r"\b33cl\b", "B33"),
    (r"\b50cl\b", "B50"),
    (r"\b70cl\b", "B70"),
    (r"\b1l\b", "B100"),
]
TRAIT_UNIT = {
    "BTE": "BT",
    "1/2BTE": "DB",
    "MAG": "MG",
    "BTE25": "B25",
    "BTE33": "B33",
    "BTE50": "B50",
    "BTE70": "B70",
    "BTE1L": "B100",
    "VERRE": "V",
    "COUPE": "CP",
    "CAR25": "P25",
    "CAR50": "P50",
    "DOSE": "DS",
    "FUT": "FUT",
}
TRAIT_OTHER = {"PERS", "FORF", "U"}
FAMILY = {
    "RGE": ("vin", "rouge"),
    "BLC": ("vin", "blanc"),
    "ROS": ("vin", "rosé"),
    "LIQ": ("vin", "liquoreux"),
    "CHP": ("champagne", None),
    "APE": ("autre", None),
    "DIG": ("spiritueux", None),
    "BIE": ("bière", None),
    "SOF": ("soft", None),
}
ABBR = {
    "bgc": "bergerac",
    "pech": "pecharmant",
    "cdd": "duras",
    "tdg": "gendres",
    "em": "emilion",
    "pom": "pomerol",
    "ht": "haut",
    "dne": "domaine",
    "sauss": "saussignac",
    "beling": "belingard",
    "anc": "ancienne",
    "cuv": "cuvee",
    "grav": "graviere",
}
MEASURE_WORDS = {
    "verre",
    "btl",
    "demi",
    "pinte",
    "dose",
    "coupe",
    "magnum",
    "pichet",
    "bte",
    "mag",
    "fut",
    "car25",
    "car50",
    "cl",
}


def ascii_low(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def read_label(conn, label):
    """-> (measure, vintage, text) or raises ValueError on a malformed label."""
    if conn == "salle":
        mo = re.fullmatch(r"([A-Z]{3})>([A-Z0-9 '.\-]{1,20})(?:/([A-Z0-9]+))?", label)
        if not mo or mo.group(2) != mo.group(2).strip():
            raise ValueError("salle form")
        fam, body, code = mo.groups()
        if code is not None and code not in SALLE_CODE:
            raise ValueError("salle size code")
        toks = body.split()
        v = None
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            v = 2000 + yy if yy < 40 else 1900 + yy
        return SALLE_CODE.get(code), v, body, fam
    if conn == "terrasse":
        mo = re.fullmatch(r"(.+) @(\d+\.\d\d)", label)
        if not mo or label != label.lower():
            raise ValueError("terrasse form")
        t = mo.group(1)
        m = None
        for rx, code in TERR_RE:
            if re.search(rx, t):
                m = code
                break
        vs = re.findall(r"\b(19\d\d|20\d\d)\b", t)
        return m, (int(vs[0]) if vs else None), t, None
    if conn == "traiteur":
        mo = re.fullmatch(r"([ \d]{3},00) (.{6}) (.{44}) ([ \d]{4},\d\d)", label)
        if not mo:
            raise ValueError("traiteur columns")
        unit = mo.group(2).strip()
        if unit not in TRAIT_UNIT and unit not in TRAIT_OTHER:
            raise ValueError("traiteur unit")
        d = mo.group(3).rstrip()
        vs = re.findall(r"\b(19\d\d|20\d\d)\b", d)
        return TRAIT_UNIT.get(unit), (int(vs[-1]) if vs else None), d, None
    raise ValueError("unknown connection")


def ordinary(formats):
    if 75 in formats:
        return 75
    plain = [f for f in formats if f not in (37.5, 150) and f < 2000]
    return plain[0] if len(plain) == 1 else None


def expected_format_units(entry, allf, m):
    cat = entry["category"]
    if m == "BT":
        if cat in ("vin", "champagne"):
            return 75, 1
        b = [f for f in allf if f < 2000]
        return (b[0], 1) if len(b) == 1 else (None, None)
    if m == "DB":
        return 37.5, 1
    if m == "MG":
        return 150, 1
    if m in SIZED:
        return SIZED[m], 1
    if m == "FUT":
        k = [f for f in allf if f >= 2000]
        return (k[0], 1) if k and cat == "bière" else (None, None)
    if m in DRAUGHT:
        k = [f for f in allf if f >= 2000]
        return (k[0], round(DRAUGHT[m] / k[0], 4)) if k and cat == "bière" else (None, None)
    if m in POUR:
        if cat in ("bière", "soft"):
            return None, None
        o = ordinary(allf)
        return (o, round(POUR[m] / o, 4)) if o else (None, None)
    return None, None


def shares_word(label, e):
    def toks(s):
        return [t for t in re.split(r"[^a-z0-9]+", ascii_low(s)) if len(t) >= 2]

    lt = [
        ABBR.get(t, t)
        for t in toks(label)
        if (t not in MEASURE_WORDS and not t.isdigit())
        or (t.isdigit() and len(t) == 4 and not t.startswith(("19", "20")))
    ]
    et = toks(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x))
    et = [t for t in et if len(t) >= 3 or t.isdigit()]
    for a in lt:
        for b in et:
            if a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, ln in enumerate(lib_lines):
        try:
            r = json.loads(ln)
        except ValueError:
            errs.append(f"library line {i + 1}: invalid JSON")
            continue
        if list(r) != LIB_FIELDS:
            errs.append(f"library {i + 1}: field order")
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append(f"library: {len(lib)} drinks, want 110-130")
    for i, r in enumerate(lib):
        if r.get("id") != f"pg{i + 1:03d}":
            errs.append(f"library {i + 1}: id {r.get('id')} out of sequence")
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATS:
            errs.append(f"{r.get('id')}: category {cat}")
        if cat in ("vin", "champagne") and col not in COLOURS:
            errs.append(f"{r.get('id')}: wine without valid colour")
        if cat not in ("vin", "champagne") and col is not None:
            errs.append(f"{r.get('id')}: colour on a {cat}")
        if cat == "champagne" and col not in ("effervescent", "rosé"):
            errs.append(f"{r.get('id')}: champagne colour")
        f = r.get("format_cl")
        if f in (2000, 3000) and cat != "bière":
            errs.append(f"{r.get('id')}: keg on a non-beer")
        if f is not None and f >= 1000 and f not in (2000, 3000):
            errs.append(f"{r.get('id')}: odd format {f}")
    keyf = lambda r: (r["name"], r["producer"], r["appellation"], r["colour"])  # noqa: E731
    seen = Counter((keyf(r), r["format_cl"], r["vintage"]) for r in lib)
    for k, n in seen.items():
        if n > 1:
            errs.append(f"library: duplicate drink {k}")
    byid = {r["id"]: r for r in lib}
    groups = {}
    for r in lib:
        groups.setdefault(keyf(r), []).append(r)

    cases = []
    for i, ln in enumerate(case_lines):
        try:
            c = json.loads(ln)
        except ValueError:
            errs.append(f"case line {i + 1}: invalid JSON")
            continue
        if list(c) != CASE_FIELDS:
            errs.append(f"case {i + 1}: field order")
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append(f"cases: {len(cases)}, want 280-300")
    for lab, n in Counter(c.get("label") for c in cases).items():
        if n > 1:
            errs.append(f"duplicate label {lab!r}")
    for c in cases:
        lab, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        tag = f"{conn}: {lab!r}"
        if not c.get("note"):
            errs.append(f"{tag}: empty note")
        try:
            m, v, text, fam = read_label(conn, lab)
        except ValueError as e:
            errs.append(f"{tag}: {e}")
            continue
        if c.get("vintage") != v:
            errs.append(f"{tag}: vintage field {c.get('vintage')} but label reads {v}")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{tag}: none with an id, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            errs.append(f"{tag}: expect {exp}")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{tag}: unknown id {c['beverage_id']}")
            continue
        if fam is not None:
            fc = FAMILY.get(fam)
            if fc is None or fc[0] != e["category"] or (fc[1] and fc[1] != e["colour"]):
                errs.append(f"{tag}: family {fam} against the drink")
        g = groups[keyf(e)]
        allf = sorted({x["format_cl"] for x in g})
        same = [x for x in g if x["format_cl"] == e["format_cl"]]
        vints = sorted(x["vintage"] for x in same if x["vintage"] is not None)
        others = sorted(x["id"] for x in same if x["id"] != e["id"])
        if exp == "yes" and v is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append(f"{tag}: also_ok should be the other vintages {others}")
        if exp == "yes":
            if v is not None and e["vintage"] != v:
                errs.append(f"{tag}: yes on vintage {e['vintage']} but label says {v}")
            if v is None and vints and e["vintage"] != vints[-1]:
                errs.append(f"{tag}: yes without vintage must be the most recent")
            if v is not None and c["also_ok"]:
                errs.append(f"{tag}: yes with a vintage has also_ok")
        else:
            if v is None or v in vints or not vints:
                errs.append(f"{tag}: almost needs a label vintage the wine lacks")
            else:
                best = min(vints, key=lambda y: (abs(y - v), -y))
                if e["vintage"] != best:
                    errs.append(f"{tag}: almost must be the nearest vintage {best}")
        if m is None:
            errs.append(f"{tag}: yes/almost without a measure")
            continue
        fmt, units = expected_format_units(e, allf, m)
        if fmt != e["format_cl"]:
            errs.append(f"{tag}: measure {m} wants format {fmt}, entry is {e['format_cl']}")
        elif c["units_per_sale"] != units:
            errs.append(f"{tag}: units {c['units_per_sale']} want {units}")
        if not shares_word(text, e):
            errs.append(f"{tag}: shares no word with {e['name']}")
    total = len(cases) or 1
    cnt = Counter(c.get("expect") for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        pct = 100 * cnt[k] / total
        if not lo <= pct <= hi:
            errs.append(f"split: {k} {pct:.1f} % outside {lo}-{hi} %")
    tills = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for conn in ("salle", "terrasse", "traiteur"):
        for k in ("yes", "almost", "none"):
            if not tills[(conn, k)]:
                errs.append(f"till {conn} has no {k}")
    return errs


def load():
    with open(os.path.join(HERE, "perigueux_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "perigueux_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files fail"
    print("clean files: pass")

    def mod_case(pred, fn):
        out = list(cases)
        for i, ln in enumerate(out):
            c = json.loads(ln)
            if pred(c):
                fn(c)
                out[i] = json.dumps(c, ensure_ascii=False)
                return out
        raise AssertionError("no case to break")

    def mod_lib(idx, fn):
        out = list(lib)
        r = json.loads(out[idx])
        fn(r)
        out[idx] = json.dumps(r, ensure_ascii=False)
        return out

    def reorder(c):
        items = list(c.items())
        c.clear()
        c.update([items[1], items[0], *items[2:]])

    def nearest_wrong(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]

    lib_ids = {json.loads(x)["id"]: json.loads(x) for x in lib}
    beer = next(i for i, x in enumerate(lib) if json.loads(x)["category"] == "bière")
    breaks = {
        "invalid JSON": (lib, [*cases[:5], "{not json", *cases[6:]]),
        "field order": (lib, mod_case(lambda c: True, reorder)),
        "id out of sequence": (mod_lib(3, lambda r: r.update(id="pg099")), cases),
        "colour on a beer": (mod_lib(beer, lambda r: r.update(colour="blanc")), cases),
        "keg on a wine": (mod_lib(0, lambda r: r.update(format_cl=3000)), cases),
        "duplicate label": (lib, [*cases, cases[0]]),
        "none with an id": (
            lib,
            mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="pg001")),
        ),
        "almost on the farther vintage": (
            lib,
            mod_case(lambda c: c["expect"] == "almost" and c["also_ok"], nearest_wrong),
        ),
        "yes on a sibling vintage": (
            lib,
            mod_case(
                lambda c: (
                    c["expect"] == "yes"
                    and c["vintage"]
                    and lib_ids[c["beverage_id"]]["format_cl"] == 75
                    and any(
                        lib_ids[x]["vintage"] != c["vintage"]
                        for x in lib_ids
                        if lib_ids[x]["name"] == lib_ids[c["beverage_id"]]["name"]
                        and lib_ids[x]["format_cl"] == 75
                    )
                ),
                lambda c: c.update(
                    beverage_id=next(
                        x
                        for x in lib_ids
                        if lib_ids[x]["name"] == lib_ids[c["beverage_id"]]["name"]
                        and lib_ids[x]["format_cl"] == 75
                        and lib_ids[x]["vintage"] != c["vintage"]
                    )
                ),
            ),
        ),
        "also_ok dropped": (lib, mod_case(lambda c: c["also_ok"], lambda c: c.update(also_ok=[]))),
        "glass units": (
            lib,
            mod_case(
                lambda c: c["label"].endswith("/VR") and c["expect"] == "yes",
                lambda c: c.update(units_per_sale=0.16),
            ),
        ),
        "half answered with the 75 cl": (
            lib,
            mod_case(
                lambda c: (
                    c["label"].endswith("/DB")
                    and c["expect"] == "yes"
                    and c["beverage_id"] == "pg023"
                ),
                lambda c: c.update(beverage_id="pg026"),
            ),
        ),
        "vintage field not on label": (
            lib,
            mod_case(
                lambda c: c["vintage"] is None and c["expect"] == "yes",
                lambda c: c.update(vintage=2019),
            ),
        ),
        "salle line over its width": (
            lib,
            mod_case(
                lambda c: c["connection"] == "salle",
                lambda c: c.update(label=c["label"].replace(">", ">XXXXXXXXXXXXXXXXXXXXXXXX ")),
            ),
        ),
        "terrasse in capitals": (
            lib,
            mod_case(
                lambda c: c["connection"] == "terrasse",
                lambda c: c.update(label=c["label"].upper()),
            ),
        ),
        "traiteur columns broken": (
            lib,
            mod_case(
                lambda c: c["connection"] == "traiteur",
                lambda c: c.update(label=c["label"].replace("  ", " ", 1)),
            ),
        ),
        "label sharing no word": (
            lib,
            mod_case(
                lambda c: c["expect"] == "yes" and c["connection"] == "terrasse",
                lambda c: c.update(label="verre zzzz qqqq @5.00", vintage=None),
            ),
        ),
        "family against colour": (
            lib,
            mod_case(
                lambda c: c["label"].startswith("RGE>") and c["expect"] == "yes",
                lambda c: c.update(label="BLC>" + c["label"][4:]),
            ),
        ),
        "too few cases": (lib, cases[:250]),
        "till without almost": (
            lib,
            [x for x in cases if not ('"almost"' in x and '"terrasse"' in x)],
        ),
        "draught on a bottled beer": (
            lib,
            mod_case(
                lambda c: (
                    c["label"] == "33cl tatou @4.00"
                    or (c["connection"] == "terrasse" and c["label"].startswith("demi tatou"))
                ),
                lambda c: c.update(beverage_id="pg094"),
            ),
        ),
    }
    bad = 0
    for name, (l2, c2) in breaks.items():
        errs = check(l2, c2)
        print(f"{'caught' if errs else 'MISSED'}: {name}: {errs[0] if errs else ''}")
        bad += not errs
    print(f"{len(breaks)} kinds of break, {bad} missed")
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs = check(*load())
    for e in errs:
        print(e)
    lib, cases = load()
    cs = [json.loads(x) for x in cases]
    cnt = Counter((c["connection"], c["expect"]) for c in cs)
    for conn in ("salle", "terrasse", "traiteur"):
        print(conn, {k: cnt[(conn, k)] for k in ("yes", "almost", "none")})
    print(f"{len(lib)} drinks, {len(cs)} cases: " + ("OK" if not errs else f"{len(errs)} errors"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
