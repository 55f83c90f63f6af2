#!/usr/bin/env python3
"""Check auxerre_library.jsonl and auxerre_cases.jsonl on their own (reads only those two
files). `--selftest` breaks copies on purpose and shows every break is reported."""

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
TILLS = ("comptoir", "salle", "cave")
POUR = {
    "VRE": 12.5,
    "VRE12": 12,
    "VRE15": 15,
    "POT": 46,
    "CAR25": 25,
    "CAR50": 50,
    "CP": 12.5,
    "DOSE": 4,
    "2CL": 2,
    "Verre": 12.5,
    "Verre 12cl": 12,
    "Verre 15cl": 15,
    "Pot 46cl": 46,
    "Carafe 25cl": 25,
    "Carafe 50cl": 50,
    "Coupe": 12.5,
    "Dose": 4,
    "Dose 2cl": 2,
}
DRAUGHT = {"DEMI": 25, "PINTE": 50, "Demi": 25, "Pinte": 50}
BOTTLE = {
    "BTL": None,
    "Bouteille": None,
    "1/2": 37.5,
    "Demi-bouteille": 37.5,
    "MAG": 150,
    "Magnum": 150,
    "25CL": 25,
    "33CL": 33,
    "50CL": 50,
    "70CL": 70,
    "1L": 100,
    "Bouteille 25cl": 25,
    "Bouteille 33cl": 33,
    "Bouteille 50cl": 50,
    "Bouteille 70cl": 70,
    "Bouteille 1L": 100,
    "0,250": 25,
    "0,330": 33,
    "0,375": 37.5,
    "0,500": 50,
    "0,700": 70,
    "0,750": 75,
    "1,000": 100,
    "1,500": 150,
    "3,000": 300,
}
COMPTOIR_M = (
    "BTL|1/2|MAG|VRE|VRE12|VRE15|POT|CAR25|CAR50|CP|DOSE|2CL|DEMI|PINTE|25CL|33CL|50CL|70CL|1L"
)
SALLE_M = {
    "Bouteille",
    "Demi-bouteille",
    "Magnum",
    "Verre",
    "Verre 12cl",
    "Verre 15cl",
    "Pot 46cl",
    "Carafe 25cl",
    "Carafe 50cl",
    "Coupe",
    "Dose",
    "Dose 2cl",
    "Demi",
    "Pinte",
    "Bouteille 25cl",
    "Bouteille 33cl",
    "Bouteille 50cl",
    "Bouteille 70cl",
    "Bouteille 1L",
}
ABBR = {
    "mdt": "montee",
    "1er": "premier",
    "gc": "grand",
    "cda": "auxerre",
    "bs": "billaud",
    "vv": "vieilles",
    "bgne": "bourgogne",
    "rge": "rouge",
    "blc": "blanc",
    "blde": "blonde",
    "vx": "vieux",
    "crem": "cremant",
    "pt": "petit",
    "st": "saint",
    "ste": "sainte",
    "res": "reserve",
    "press": "blonde",
    "mt": "mont",
    "v": "verte",
}
GENERIC = {
    "chablis",
    "premier",
    "grand",
    "cru",
    "bourgogne",
    "de",
    "la",
    "les",
    "le",
    "du",
    "des",
    "et",
    "aoc",
    "domaine",
    "rouge",
    "blanc",
    "saint",
    "petit",
}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def toks(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t]


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def read_label(till, label, errs, where):
    """Return (kind, volume, vintage, text) read from the label by its till's habit."""
    if till == "comptoir":
        m = re.fullmatch(rf"([A-Z0-9/ ]+?)(?: \+({COMPTOIR_M}))?", label)
        if not m:
            errs.append(f"{where}: comptoir form {label!r}")
            return None
        field, meas = m.group(1), m.group(2) or ""
        if len(field) > 20:
            errs.append(f"{where}: comptoir name field over 20 columns {label!r}")
        vm = re.search(r" (\d\d)$", field)
        vint = 2000 + int(vm.group(1)) if vm else None
        text = field
    elif till == "salle":
        meas, text = "", label
        if " : " in label:
            meas, text = label.split(" : ", 1)
            if meas not in SALLE_M:
                errs.append(f"{where}: salle measure {meas!r}")
                return None
        vm = re.search(r" ((?:19|20)\d\d)$", text)
        vint = int(vm.group(1)) if vm else None
        field = text
    else:
        cols = label.split("|")
        if (
            len(cols) != 5
            or not ean_ok(cols[0])
            or cols[1] != cols[1].upper()
            or not label.isascii()
            or not re.fullmatch(r"((?:19|20)\d\d)?", cols[3])
            or cols[4] not in set(BOTTLE) | {"", "6x0,750"}
        ):
            errs.append(f"{where}: cave form {label!r}")
            return None
        meas, vint, text, field = (
            cols[4],
            (int(cols[3]) if cols[3] else None),
            cols[1] + " " + cols[2],
            "",
        )
    if meas in POUR:
        return "pour", POUR[meas], vint, text, field
    if meas in DRAUGHT:
        return "draught", DRAUGHT[meas], vint, text, field
    if meas in BOTTLE:
        return "bottle", BOTTLE[meas], vint, text, field
    if meas == "6x0,750":
        return "case6", 75, vint, text, field
    return "", None, vint, text, field


def check(lib_text, case_text):
    errs = []
    lib, cases = [], []
    for name, text, out, fields in (
        ("library", lib_text, lib, LIB_FIELDS),
        ("cases", case_text, cases, CASE_FIELDS),
    ):
        for i, line in enumerate(text.splitlines(), 1):
            try:
                obj = json.loads(line)
            except ValueError:
                errs.append("%s line %d: invalid JSON" % (name, i))
                continue
            if list(obj) != fields:
                errs.append("%s line %d: fields %s" % (name, i, list(obj)))
            out.append(obj)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "ax%03d" % i:
            errs.append("id %r out of sequence at %d" % (e.get("id"), i))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATS:
            errs.append("{}: category {!r}".format(e["id"], cat))
        if cat in ("vin", "champagne") and col not in COLOURS:
            errs.append("{}: wine without colour".format(e["id"]))
        if cat not in ("vin", "champagne") and col is not None:
            errs.append("{}: colour on a {}".format(e["id"], cat))
        if e.get("format_cl", 0) >= 2000 and cat != "bière":
            errs.append("{}: keg on a non-beer".format(e["id"]))
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("{}: drink twice".format(e["id"]))
        seen.add(k)

    def group(e):
        g = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        return [
            x
            for x in lib
            if (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"]) == g
        ]

    if not 280 <= len(cases) <= 300:
        errs.append("case count %d" % len(cases))
    labels = set()
    stats = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for i, c in enumerate(cases, 1):
        w = "case %d" % i
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        if lab in labels:
            errs.append(f"{w}: duplicate label {lab!r}")
        labels.add(lab)
        if till not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append(f"{w}: connection/expect {till!r} {exp!r}")
            continue
        stats[till][exp] += 1
        r = read_label(till, lab, errs, w)
        if r is None:
            continue
        kind, vol, vint, text, field = r
        if c["vintage"] != vint:
            errs.append("{}: vintage {!r}, label says {!r}".format(w, c["vintage"], vint))
        if "cut off by the till" in c["note"] and (
            till != "comptoir" or vint is not None or len(field) < 17
        ):
            errs.append(f"{w}: cut-off note on an uncut label")
        if exp == "none":
            if (
                c["beverage_id"] is not None
                or c["also_ok"] != []
                or c["units_per_sale"] is not None
            ):
                errs.append(f"{w}: none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{w}: unknown beverage_id")
            continue
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        if exp == "yes" and vint is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append("{}: also_ok {}, other vintages {}".format(w, c["also_ok"], others))
        vints = [x["vintage"] for x in g]
        if exp == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append("{}: yes on vintage {}, label {}".format(w, e["vintage"], vint))
            if vint is None and e["vintage"] != max(vints, key=lambda v: v or 0):
                errs.append(f"{w}: yes without vintage not on the most recent")
        else:
            if vint is None or vint in vints:
                errs.append(f"{w}: almost but vintage {vint} held or absent")
            else:
                best = sorted(vints, key=lambda v: (abs(v - vint), -v))[0]
                if e["vintage"] != best:
                    errs.append(f"{w}: almost not on the nearest vintage")
        wine = e["category"] in ("vin", "champagne")
        fmt, units = e["format_cl"], c["units_per_sale"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine else None)
            if want is None:
                fmts = [
                    x["format_cl"]
                    for x in lib
                    if x["name"] == e["name"]
                    and x["producer"] == e["producer"]
                    and x["format_cl"] < 2000
                ]
                want = fmts[0] if len(set(fmts)) == 1 else -1
            if fmt != want or units != 1:
                errs.append(f"{w}: bottle {want} but entry {fmt} cl, units {units}")
        elif kind == "pour":
            sib = {
                x["format_cl"]
                for x in lib
                if x["name"] == e["name"] and x["producer"] == e["producer"]
            }
            ok = fmt == 75 or (75 not in sib and fmt not in (37.5, 150))
            if not ok or e["category"] in ("bière", "soft") or units != round(vol / fmt, 4):
                errs.append(f"{w}: pour of {vol} cl from {fmt} cl, units {units}")
        elif kind == "draught":
            if fmt < 2000 or units != round(vol / fmt, 4):
                errs.append(f"{w}: draught from {fmt} cl, units {units}")
        else:
            errs.append("{}: {} answered {}".format(w, kind or "no measure", exp))
        lt = [t for t in toks(text) if not re.fullmatch(r"\d\d", t)]
        et = toks(" ".join(str(e[f] or "") for f in ("name", "producer", "appellation")))
        hit = False
        for t in lt:
            t2 = ABBR.get(t, t)
            for u in et:
                if u in GENERIC or t2 in GENERIC:
                    continue
                if (
                    (len(t2) >= 2 and u.startswith(t2))
                    or (len(u) >= 3 and t2.startswith(u))
                    or t2 == u
                ):
                    hit = True
        if not hit:
            errs.append(f"{w}: label shares no word with its entry {lab!r}")
    n = len(cases) or 1
    tot = {k: sum(s[k] for s in stats.values()) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[k] / n <= hi:
            errs.append(f"share of {k} {100 * tot[k] / n:.1f} %")
    for t, s in stats.items():
        for k, v in s.items():
            if v == 0:
                errs.append(f"till {t} has no {k}")
    return errs, stats


def load():
    return (
        open(os.path.join(HERE, "auxerre_library.jsonl"), encoding="utf-8").read(),
        open(os.path.join(HERE, "auxerre_cases.jsonl"), encoding="utf-8").read(),
    )


def selftest():
    lib, cs = load()
    L, C = lib.splitlines(), cs.splitlines()
    cj = [json.loads(x) for x in C]
    lj = [json.loads(x) for x in L]

    def dump(objs):
        return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(cj) if pred(c))

    def mod(i, **kw):
        objs = [dict(o) for o in cj]
        objs[i].update(kw)
        return dump(objs)

    breaks = []
    breaks.append(("invalid JSON", lib, cs.replace("}", "", 1)))
    o = dict(cj[0])
    o = {k: o[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    breaks.append(("field order", lib, dump([o, *cj[1:]])))
    l2 = [dict(x) for x in lj]
    l2[5]["id"] = "ax999"
    breaks.append(("id sequence", dump(l2), cs))
    l2 = [dict(x) for x in lj]
    b = next(x for x in l2 if x["category"] == "bière")
    b["colour"] = "blanc"
    breaks.append(("colour on a beer", dump(l2), cs))
    i = first(lambda c: c["label"].endswith("+VRE") and c["expect"] == "yes")
    breaks.append(("glass units", lib, mod(i, units_per_sale=0.2)))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(
        (
            "almost on the farther vintage",
            lib,
            mod(i, beverage_id=cj[i]["also_ok"][0], also_ok=[cj[i]["beverage_id"]]),
        )
    )
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", lib, mod(i, beverage_id="ax001")))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", lib, mod(i, also_ok=[])))
    breaks.append(("duplicate label", lib, mod(1, label=cj[0]["label"])))
    i = first(lambda c: c["label"].endswith("+1/2") and c["expect"] == "yes")
    e75 = next(
        x["id"]
        for x in lj
        if x["name"] == "Petit Chablis" and x["format_cl"] == 75 and x["vintage"] == 2023
    )
    breaks.append(("half answered with the 75 cl entry", lib, mod(i, beverage_id=e75)))
    i = first(lambda c: c["label"] == "CHIMAY BLEUE +PINTE")
    chim = next(x["id"] for x in lj if x["name"] == "Chimay Bleue")
    breaks.append(
        (
            "draught on a bottled beer",
            lib,
            mod(i, expect="yes", beverage_id=chim, units_per_sale=1.5152),
        )
    )
    i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    breaks.append(("vintage not on the label", lib, mod(i, vintage=cj[i]["vintage"] - 1)))
    i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes")
    breaks.append(
        (
            "label sharing no word",
            lib,
            mod(i, label="Bouteille : Maison Dupont %d" % cj[i]["vintage"]),
        )
    )
    i = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "none")
    breaks.append(("comptoir field over 20", lib, mod(i, label="ANDOUILLETTE AU CHABLIS")))
    i = first(lambda c: c["connection"] == "cave")
    code = cj[i]["label"][:13]
    bad = code[:12] + str((int(code[12]) + 1) % 10)
    breaks.append(("cave EAN check digit", lib, mod(i, label=bad + cj[i]["label"][13:])))
    objs = [c for c in cj if not (c["connection"] == "cave" and c["expect"] == "almost")]
    breaks.append(("a till without almost", lib, dump(objs), "cave has no almost"))
    breaks.append(("too few cases", lib, dump(cj[:250])))
    i = first(
        lambda c: c["connection"] == "salle" and c["vintage"] is None and c["expect"] == "yes"
    )
    breaks.append(
        (
            "cut-off note on an uncut label",
            lib,
            mod(i, note=cj[i]["note"] + " [2021 cut off by the till]"),
        )
    )
    ok = True
    for br in breaks:
        name, l, c = br[:3]
        errs, _ = check(l, c)
        if len(br) > 3:
            errs = [e for e in errs if br[3] in e]
        print("%-36s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    errs, _ = check(lib, cs)
    print("clean files:", errs if errs else "pass")
    ok &= not errs
    print("selftest", "OK (%d breaks)" % len(breaks) if ok else "FAILED")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, stats = check(*load())
    for e in errs:
        print("ERROR", e)
    for t, s in stats.items():
        print(t, s)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
