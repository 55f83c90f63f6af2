#!/usr/bin/env python3
"""Check the Le Pilier (Tarbes) set, reading only tarbes_library.jsonl and tarbes_cases.jsonl.

    python3 check_tarbes.py              # check the two files beside this script
    python3 check_tarbes.py --selftest   # break copies on purpose, show each break reported

Stdlib only; independent of the build modules (its own reading of the three tills).
"""

import copy
import json
import os
import re
import sys
import unicodedata

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
TILLS = ("zinc", "salle", "kiosque")
POUR = {
    "VRE": 12.5,
    "VRE15": 15,
    "PICH25": 25,
    "PICH50": 50,
    "CP": 12.5,
    "DOSE": 4,
    "2CL": 2,
    "PINTE": 50,
}
ZBOTTLE = {"MAG": 150, "25CL": 25, "33CL": 33, "50CL": 50, "1L": 100}
WINE_FAM = {"RG", "BC", "RS", "DX", "BU"}
FAMS = WINE_FAM | {"AR", "AL", "AP", "PR", "BO", "SF", "CU", "CF", "DV"}
SWORD = {
    "bouteille": ("bottle", None),
    "demi-bouteille": ("bottle", 37.5),
    "magnum": ("bottle", 150),
    "25 cl": ("bottle", 25),
    "33 cl": ("bottle", 33),
    "50 cl": ("bottle", 50),
    "1 l": ("bottle", 100),
    "verre": ("pour", 12.5),
    "verre 15 cl": ("pour", 15),
    "pichet 25 cl": ("pour", 25),
    "pichet 50 cl": ("pour", 50),
    "coupe": ("pour", 12.5),
    "dose": ("pour", 4),
    "dose 2 cl": ("pour", 2),
    "demi": ("pour", 25),
    "pinte": ("pour", 50),
}
ZINC_RE = re.compile(
    r"^({})\.([A-Z0-9 ]{{1,16}})(\*(VRE|VRE15|PICH25|PICH50|CP|DOSE|2CL|DEMI|PINTE|MAG|25CL|33CL|50CL|1L))?$".format(
        "|".join(sorted(FAMS))
    )
)
SALLE_PRICE = re.compile(r"^\d{1,3},\d\d €$")
KIOSK_RE = re.compile(r"^(KN|KS|KE|VIP)-\d{4} ([A-Z0-9_]{1,24})( (\d+)ML)?$")


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def family(d):
    cat, col = d["category"], d["colour"]
    if cat == "champagne" or col == "effervescent":
        return "BU"
    if cat == "vin":
        return {"rouge": "RG", "blanc": "BC", "rosé": "RS", "liquoreux": "DX"}[col]
    if cat == "spiritueux":
        return "AR" if "Armagnac" in (d["appellation"] or "") else "AL"
    if cat == "autre":
        return "AP"
    if cat == "bière":
        return "PR" if d["format_cl"] >= 2000 else "BO"
    return "SF"


def read(till, label):
    """-> (kind, cl, vintage, err)."""
    if till == "zinc":
        m = ZINC_RE.match(label)
        if not m:
            return None, None, None, "zinc form"
        fam, body, suf = m.group(1), m.group(2), m.group(4)
        v = re.search(r" (\d\d)$", body)
        vint = None
        if v:
            yy = int(v.group(1))
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        if fam in ("CU", "CF", "DV"):
            return (
                (None, None, vint, "zinc: measure on a non-drink")
                if suf
                else (None, None, vint, None)
            )
        if not suf:
            return "bottle", None, vint, None
        if suf == "DEMI":
            return ("bottle", 37.5, vint, None) if fam in WINE_FAM else ("pour", 25, vint, None)
        if suf in POUR:
            return "pour", POUR[suf], vint, None
        return "bottle", ZBOTTLE[suf], vint, None
    if till == "salle":
        parts = label.split(" – ")
        if len(parts) not in (2, 3) or not SALLE_PRICE.match(parts[-1]):
            return None, None, None, "salle form (name – measure – price €)"
        if not re.search(r"[a-zà-ÿ]", parts[0]) or not re.search(r"[A-ZÀ-Ý]", parts[0]):
            return None, None, None, "salle: not mixed case"
        v = re.search(r" ((?:19|20)\d\d)$", parts[0])
        vint = int(v.group(1)) if v else None
        if len(parts) == 2:
            return None, None, vint, None
        if parts[1] not in SWORD:
            return None, None, None, "salle: unknown measure word"
        k, cl = SWORD[parts[1]]
        return k, cl, vint, None
    m = KIOSK_RE.match(label)
    if not m:
        return None, None, None, "kiosque form"
    v = re.search(r"_((?:19|20)\d\d)$", m.group(2))
    vint = int(v.group(1)) if v else None
    if not m.group(3):
        return None, None, vint, None
    return "vol", int(m.group(4)) / 10, vint, None


def resolve(group, kind, cl):
    e0 = next(iter(group.values()))[0]
    cat, fmts = e0["category"], list(group)
    keg = [f for f in fmts if f >= 2000]
    winey = cat in ("vin", "champagne")
    ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
    if kind == "vol":
        if cl in fmts:
            kind = "bottle"
        elif keg:
            kind = "pour"
        elif winey:
            kind = "bottle" if cl in (37.5, 75, 150, 300) else "pour"
        elif cat in ("spiritueux", "autre"):
            kind = "pour" if cl <= 15 else "bottle"
        else:
            kind = "bottle"
    if kind == "bottle":
        fmt = cl if cl is not None else (75 if winey else ordinary)
        return (fmt, 1) if fmt in fmts else (None, None)
    if cat == "bière":
        return (keg[0], round(cl / keg[0], 4)) if keg else (None, None)
    if cat == "soft" or ordinary is None:
        return None, None
    return ordinary, round(cl / ordinary, 4)


def shares_word(label, e):
    lw = {w for w in re.split(r"[^a-z0-9]+", fold(label)) if len(w) >= 3}
    ref = " ".join(fold(e[k]) for k in ("name", "producer", "appellation") if e[k])
    rw = {w for w in re.split(r"[^a-z0-9]+", ref) if len(w) >= 3}
    if lw & rw:
        return True
    glued = re.sub(r"[^a-z0-9]", "", ref)
    return any(
        (len(w) >= 4 and (w[:4] in {r[:4] for r in rw} or w in glued))
        or any(r.startswith(w) for r in rw)
        for w in lw
    )


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: fields out of order" % i)
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    seen, byid, groups = set(), {}, {}
    for i, d in enumerate(lib, 1):
        if d.get("id") != "tr%03d" % i:
            errs.append("library: id %r out of sequence (want tr%03d)" % (d.get("id"), i))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATS:
            errs.append("{}: category {!r}".format(d["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("{}: wine without a colour".format(d["id"]))
        elif col is not None:
            errs.append("{}: colour on a {}".format(d["id"], cat))
        if d.get("format_cl", 0) >= 2000 and (cat != "bière" or d["format_cl"] not in (2000, 3000)):
            errs.append("{}: keg format on a non-beer or odd keg".format(d["id"]))
        k = (d["name"], d["producer"], d["appellation"], col, d["format_cl"], d["vintage"])
        if k in seen:
            errs.append("{}: duplicate drink".format(d["id"]))
        seen.add(k)
        groups.setdefault((d["name"], d["producer"], d["appellation"], col), {}).setdefault(
            d["format_cl"], []
        ).append(d)
    cases = []
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields out of order" % i)
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d labels, not 280-300" % len(cases))
    labels = [c.get("label") for c in cases]
    for l in sorted({x for x in labels if labels.count(x) > 1}):
        errs.append(f"duplicate label {l!r}")
    tab = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab, t, ex = c.get("label"), c.get("connection"), c.get("expect")
        tag = f"{lab!r}"
        if t not in TILLS or ex not in ("yes", "almost", "none"):
            errs.append(f"{tag}: connection/expect {t!r}/{ex!r}")
            continue
        tab[t][ex] += 1
        if not c.get("note"):
            errs.append(f"{tag}: empty note")
        kind, cl, vint, err = read(t, lab)
        if err:
            errs.append(f"{tag}: {err}")
            continue
        if vint != c["vintage"]:
            errs.append("{}: vintage field {!r}, label reads {!r}".format(tag, c["vintage"], vint))
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{tag}: none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{tag}: unknown beverage_id")
            continue
        if kind is None:
            errs.append(f"{tag}: a drink answer on a label without measure")
            continue
        if t == "zinc" and lab.split(".", 1)[0] != family(e):
            errs.append("{}: zinc family {} does not fit {}".format(tag, lab[:2], e["id"]))
        if not shares_word(lab, e):
            errs.append("{}: shares no word or stem with {}".format(tag, e["id"]))
        g = groups[(e["name"], e["producer"], e["appellation"], e["colour"])]
        fmt, units = resolve(g, kind, cl)
        if fmt is None:
            errs.append(f"{tag}: measure / format not held, should be none")
            continue
        if e["format_cl"] != fmt:
            errs.append("{}: entry format {}, label means {}".format(tag, e["format_cl"], fmt))
            continue
        if c["units_per_sale"] != units:
            errs.append("{}: units {!r}, want {!r}".format(tag, c["units_per_sale"], units))
        ents = g[fmt]
        vins = [x["vintage"] for x in ents]
        others = sorted(x["id"] for x in ents if x is not e)
        if sorted(c["also_ok"]) != others and not (
            ex == "yes" and vint in vins and vint is not None and c["also_ok"] == []
        ):
            errs.append("{}: also_ok {!r}, want {!r}".format(tag, c["also_ok"], others))
        if ex == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append(
                    "{}: yes on vintage {!r}, label says {!r}".format(tag, e["vintage"], vint)
                )
            if vint is None and e["vintage"] is not None and e["vintage"] != max(vins):
                errs.append(f"{tag}: yes without vintage is not the most recent")
            if vint is not None and c["also_ok"]:
                errs.append(f"{tag}: yes with a vintage has also_ok")
        else:
            if vint is None or vint in vins or None in vins:
                errs.append(f"{tag}: almost without a missing vintage")
            else:
                best = min(ents, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best is not e:
                    errs.append(
                        "{}: almost not on the nearest vintage ({})".format(tag, best["id"])
                    )
    n = len(cases) or 1
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * sum(tab[t][a] for t in TILLS) / n
        if not lo <= p <= hi:
            errs.append("split: %s %.1f %% outside %d-%d %%" % (a, p, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if tab[t][a] == 0:
                errs.append(f"till {t} has no {a}")
    return errs, tab


def load():
    with open(os.path.join(HERE, "tarbes_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "tarbes_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else f"FAIL {errs[:3]!r}"))
    ok = not errs
    C = [json.loads(l) for l in cases]
    L = [json.loads(l) for l in lib]

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred, rows=C):
        return next(i for i, r in enumerate(rows) if pred(r))

    breaks = []

    def brk(name, fn, target="cases"):
        cc, ll = copy.deepcopy(C), copy.deepcopy(L)
        r = fn(cc, ll)
        if r is not None:
            cl_, ll_ = r
        else:
            cl_, ll_ = dump(cc), dump(ll)
        breaks.append((name, ll_, cl_))

    brk("invalid JSON", lambda c, l: ([*dump(c)[:5], "{oops", *dump(c)[6:]], dump(l)))
    brk("fields out of order", lambda c, l: c.__setitem__(0, dict(reversed(list(c[0].items())))))
    brk("id out of sequence", lambda c, l: l[3].__setitem__("id", "tr099"))
    brk(
        "colour on a beer",
        lambda c, l: l[first(lambda d: d["category"] == "bière", l)].__setitem__("colour", "blanc"),
    )
    brk(
        "keg on a soft",
        lambda c, l: l[first(lambda d: d["category"] == "soft", l)].__setitem__("format_cl", 3000),
    )
    brk(
        "glass units",
        lambda c, l: c[
            first(lambda r: r["label"].endswith("*VRE") and r["expect"] == "yes")
        ].__setitem__("units_per_sale", 0.2),
    )

    def far(c, l):
        i = first(lambda r: r["expect"] == "almost" and r["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"] = (
            c[i]["also_ok"][0],
            [c[i]["beverage_id"], *c[i]["also_ok"][1:]],
        )

    brk("almost on the farther vintage", far)

    def sib(c, l):
        i = first(
            lambda r: (
                r["expect"] == "yes"
                and r["vintage"]
                and r["connection"] == "salle"
                and r["label"].startswith("Montus (Château) Madiran 2015")
            )
        )
        c[i]["beverage_id"] = "tr002"

    brk("yes on the sibling vintage", sib)
    brk(
        "none with an id",
        lambda c, l: c[first(lambda r: r["expect"] == "none")].__setitem__("beverage_id", "tr001"),
    )
    brk(
        "also_ok dropped",
        lambda c, l: c[first(lambda r: r["expect"] == "yes" and r["also_ok"])].__setitem__(
            "also_ok", []
        ),
    )
    brk(
        "half answered with the 75 cl entry",
        lambda c, l: c[first(lambda r: r["label"] == "RG.MONTUS 16*DEMI")].__setitem__(
            "beverage_id", "tr002"
        ),
    )

    def beer(c, l):
        i = first(lambda r: r["label"] == "BO.LEFFE")
        c[i]["label"], c[i]["units_per_sale"] = "BO.LEFFE*DEMI", 0.7576

    brk("draught demi on a bottled beer", beer)
    brk(
        "vintage field not on the label",
        lambda c, l: c[
            first(
                lambda r: (
                    r["expect"] == "yes" and r["vintage"] is None and r["connection"] == "salle"
                )
            )
        ].__setitem__("vintage", 2019),
    )
    brk(
        "label sharing no word",
        lambda c, l: c[first(lambda r: r["label"] == "SF.PERRIER")].__setitem__(
            "label", "SF.BULLES"
        ),
    )
    brk("duplicate label", lambda c, l: c[1].__setitem__("label", c[0]["label"]))
    brk(
        "zinc line over its width",
        lambda c, l: c[first(lambda r: r["label"] == "RG.SABAZAN 15")].__setitem__(
            "label", "RG.CHATEAU DE SABAZAN 15"
        ),
    )
    brk(
        "zinc family against the drink",
        lambda c, l: c[first(lambda r: r["label"] == "SF.COCA")].__setitem__("label", "BO.COCA"),
    )
    brk(
        "salle line without price",
        lambda c, l: c[first(lambda r: r["connection"] == "salle")].__setitem__(
            "label", c[first(lambda r: r["connection"] == "salle")]["label"].rsplit(" – ", 1)[0]
        ),
    )
    brk(
        "kiosque label in lower case",
        lambda c, l: c[first(lambda r: r["connection"] == "kiosque")].__setitem__(
            "label", c[first(lambda r: r["connection"] == "kiosque")]["label"].lower()
        ),
    )
    brk("too few cases", lambda c, l: (dump(c)[:200], dump(l)))
    brk(
        "a till without almost",
        lambda c, l: (
            dump([r for r in c if not (r["connection"] == "kiosque" and r["expect"] == "almost")]),
            dump(l),
        ),
    )
    brk(
        "magnum answered although not held",
        lambda c, l: c[first(lambda r: r["label"] == "RG.AYDIE 16*MAG")].update(
            expect="yes", beverage_id="tr010", units_per_sale=1
        ),
    )
    for name, ll_, cl_ in breaks:
        e, _ = check(ll_, cl_)
        print("%-36s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, tab = check(*load())
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print("%-8s %s" % (t, tab[t]))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
