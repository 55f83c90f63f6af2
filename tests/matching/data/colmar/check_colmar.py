#!/usr/bin/env python3
"""Check colmar_library.jsonl and colmar_cases.jsonl on their own (no build module imported).
Usage: python3 check_colmar.py [--selftest]"""

import copy
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
TILLS = ("altkasse", "service", "sommer")
# the staff's abbreviations and the winstub's old names, as a sommelier reads them
ABBR = {
    "tokay": "gris",
    "klevner": "blanc",
    "musk": "muscat",
    "pn": "noir",
    "rot": "noir",
    "gc": "grand",
    "vt": "vendanges",
    "crem": "cremant",
    "williams": "williams",
    "gewurz": "gewurztraminer",
    "edelzw": "edelzwicker",
    "mirab": "mirabelle",
    "kronenb": "kronenbourg",
    "sorcier": "sorcieres",
    "muraill": "murailles",
    "j": "ans",
}
STOP = {
    "de",
    "du",
    "la",
    "le",
    "les",
    "btl",
    "verre",
    "pichet",
    "ml",
    "draft",
    "cl",
    "er",
    "mag",
    "magnum",
    "demi",
    "pinte",
    "et",
    "cave",
    "domaine",
    "grand",
    "cru",
}

ALT_TOKS = {"1/1", "1/2", "MAG", "1L", "0,1", "0,12", "0,25", "0,4", "0,5"}
SRV_RE = re.compile(
    r"^(?:(?P<m>\[[^\]]+\]) )?(?P<name>.+?)(?: (?P<v>(?:19|20)\d\d))? \((?P<e>\d+)€(?P<c>\d\d)\)$"
)
SOM_RE = re.compile(
    r"^(?P<code>[WCLAEBSFX]\d\d) (?P<name>[a-z0-9 .&'/-]+?)(?: \((?P<ml>\d+)ml(?P<d> draft)?\))?$"
)


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


def read_label(label, till):
    """-> (vintage, measure) where measure is (kind, cl-or-None, raw) or None; raises on a bad form"""
    if till == "altkasse":
        if not re.fullmatch(r"[A-Z0-9 .,&/'-]+", label) or len(label) > 24:
            raise ValueError("altkasse form")
        if (
            len(label) == 24
            and label[18] == " "
            and label[19:].strip()
            and (label[19:].strip() in ALT_TOKS or re.fullmatch(r"\d+CL", label[19:].strip()))
        ):
            field, tok = label[:18], label[19:].strip()
        elif len(label) <= 18:
            field, tok = label, None
        else:
            raise ValueError("altkasse fixed width")
        mv = re.search(r"(?:^| )(\d\d)ER$", field.rstrip())
        v = (
            (2000 + int(mv.group(1)) if int(mv.group(1)) < 40 else 1900 + int(mv.group(1)))
            if mv
            else None
        )
        if tok is None:
            return v, None
        if tok in ("1/1",):
            return v, ("bottle", None, tok)
        if tok == "1/2":
            return v, ("bottle", 37.5, tok)
        if tok == "MAG":
            return v, ("bottle", 150, tok)
        if tok == "1L":
            return v, ("bottle", 100, tok)
        if tok.endswith("CL"):
            x = float(tok[:-2])
            return v, (("pour" if x <= 6 else "bottle"), x, tok)
        return v, ("vol", round(float(tok.replace(",", ".")) * 100, 1), tok)
    if till == "service":
        mo = SRV_RE.match(label)
        if not mo:
            raise ValueError("service form")
        v = int(mo.group("v")) if mo.group("v") else None
        t = mo.group("m")
        if t is None:
            return v, None
        t = t[1:-1]
        fixed = {
            "btl": ("bottle", None),
            "1/2 btl": ("bottle", 37.5),
            "magnum": ("bottle", 150),
            "btl 1l": ("bottle", 100),
            "verre": ("pour", 12.5),
            "demi": ("draught", 25),
            "pinte": ("draught", 50),
            "40cl pression": ("draught", 40),
        }
        if t in fixed:
            return v, fixed[t] + (t,)
        mo2 = re.fullmatch(r"(btl|verre|pichet) (\d+)cl", t) or re.fullmatch(r"()(\d)cl", t)
        if not mo2:
            raise ValueError("service measure")
        return v, ("bottle" if mo2.group(1) == "btl" else "pour", float(mo2.group(2)), t)
    if till == "sommer":
        mo = SOM_RE.match(label)
        if not mo or len(mo.group("name")) > 30:
            raise ValueError("sommer form")
        mv = re.search(r" ((?:19|20)\d\d)$", mo.group("name"))
        v = int(mv.group(1)) if mv else None
        if not mo.group("ml"):
            return v, None
        cl = int(mo.group("ml")) / 10
        return v, (("draught" if mo.group("d") else "ml"), cl, mo.group("ml"))
    raise ValueError("unknown till")


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            d = json.loads(line)
        except ValueError:
            E("library line %d: bad JSON" % (i + 1))
            continue
        if list(d) != LIB_FIELDS:
            E("library line %d: field order" % (i + 1))
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks, want 110-130" % len(lib))
    byid = {}
    seen = set()
    for i, d in enumerate(lib):
        if d.get("id") != "cm%03d" % (i + 1):
            E("library: id {!r} out of sequence".format(d.get("id")))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATS:
            E("{}: category {!r}".format(d["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("{}: colour {!r}".format(d["id"], col))
        elif col is not None:
            E("{}: colour on a {}".format(d["id"], cat))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            E("{}: format".format(d["id"]))
        elif f >= 2000 and cat != "bière":
            E("{}: keg format on a {}".format(d["id"], cat))
        if d.get("vintage") is not None and not (1900 < d["vintage"] < 2030):
            E("{}: vintage".format(d["id"]))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, f, d.get("vintage"))
        if k in seen:
            E("{}: duplicate drink".format(d["id"]))
        seen.add(k)

    def wine_key(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    groups = {}
    for d in lib:
        groups.setdefault(wine_key(d), []).append(d)

    cases = []
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            E("case line %d: bad JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            E("case line %d: field order" % (i + 1))
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        E("cases: %d, want 280-300" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            E(f"duplicate label {lab!r}")
    for c in cases:
        lab, till, ex = c.get("label"), c.get("connection"), c.get("expect")
        if till not in TILLS:
            E(f"{lab!r}: connection {till!r}")
            continue
        if ex not in ("yes", "almost", "none"):
            E(f"{lab!r}: expect {ex!r}")
            continue
        if not isinstance(c.get("note"), str) or not c["note"]:
            E(f"{lab!r}: note")
        try:
            v, meas = read_label(lab, till)
        except ValueError as e:
            E(f"{lab!r}: {e}")
            continue
        if c.get("vintage") != v:
            E("{!r}: vintage {!r}, label reads {!r}".format(lab, c.get("vintage"), v))
        if ex == "none":
            if (
                c.get("beverage_id") is not None
                or c.get("also_ok") != []
                or c.get("units_per_sale") is not None
            ):
                E(f"{lab!r}: none with an answer")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            E(f"{lab!r}: unknown beverage_id")
            continue
        if meas is None:
            E(f"{lab!r}: a drink without measure")
            continue
        grp = groups[wine_key(e)]
        fmts = sorted({g["format_cl"] for g in grp})
        same = [g for g in grp if g["format_cl"] == e["format_cl"]]
        others = sorted(
            (g for g in same if g is not e), key=lambda g: g["vintage"] or 0, reverse=True
        )
        also = c.get("also_ok")
        for a in also or []:
            if a not in byid:
                E(f"{lab!r}: unknown also_ok {a!r}")
        if sorted(also or []) != sorted(g["id"] for g in others) and not (
            ex == "yes" and v is not None and also == []
        ):
            E(f"{lab!r}: also_ok is not the other vintages")
        vints = [g["vintage"] for g in same]
        if ex == "yes":
            if v is not None and e["vintage"] != v:
                E(f"{lab!r}: yes on another vintage")
            if v is not None and also:
                E(f"{lab!r}: also_ok on a label with its vintage")
            if v is None and e["vintage"] is not None and e["vintage"] != max(vints):
                E(f"{lab!r}: not the most recent vintage")
        else:
            if v is None or v in vints or e["vintage"] is None:
                E(f"{lab!r}: almost without a missing vintage")
            else:
                best = min(same, key=lambda g: (abs(g["vintage"] - v), -g["vintage"]))
                if best is not e:
                    E(f"{lab!r}: almost is not the nearest vintage")
        # measure and format
        kind, cl, _raw = meas
        cat = e["category"]
        bottles = [f for f in fmts if f < 2000]
        ordinary = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
        if kind == "vol":
            kind = "draught" if cat == "bière" else "pour"
        if kind == "ml":
            if cat in ("bière", "soft"):
                kind = "bottle"
            elif cat == "vin":
                kind = "bottle" if (cl in (37.5, 75, 150) or cl in fmts) else "pour"
            else:
                kind = "bottle" if (cl in fmts or cl >= 50) else "pour"
        if kind == "bottle":
            want = (
                cl
                if cl is not None
                else (75 if cat == "vin" else (bottles[0] if len(bottles) == 1 else None))
            )
            if e["format_cl"] != want:
                E("{!r}: format {}, label says {}".format(lab, e["format_cl"], want))
            if c.get("units_per_sale") != 1:
                E("{!r}: units {!r} for a bottle".format(lab, c.get("units_per_sale")))
        elif kind == "pour":
            if cat in ("bière", "soft"):
                E(f"{lab!r}: a pour of a beer or soft")
            if e["format_cl"] != ordinary:
                E(f"{lab!r}: pour not from the ordinary bottle")
            elif c.get("units_per_sale") != round(cl / e["format_cl"], 4):
                E(
                    "{!r}: units {!r}, want {!r}".format(
                        lab, c.get("units_per_sale"), round(cl / e["format_cl"], 4)
                    )
                )
        elif kind == "draught":
            if e["format_cl"] < 2000:
                E(f"{lab!r}: draught not from a keg")
            elif c.get("units_per_sale") != round(cl / e["format_cl"], 4):
                E("{!r}: units {!r} for draught".format(lab, c.get("units_per_sale")))
        # a shared word, stem or standard abbreviation
        lt = [
            t
            for t in norm(lab)
            if t not in STOP
            and not t.isdigit()
            and not re.fullmatch(r"[wcaelbsfx]\d\d|\d+er|\d+ml|\d+j", t)
        ]
        et = set(norm(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        if not any(
            (len(t) >= 3 and any(x.startswith(t) or (len(x) >= 4 and t.startswith(x)) for x in et))
            or ABBR.get(t) in et
            for t in lt
        ):
            E("{!r}: shares no word with {}".format(lab, e["id"]))
    cnt = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for ex in ("yes", "almost", "none"):
            if not cnt[t, ex]:
                E(f"till {t} has no {ex}")
    tot = Counter(c.get("expect") for c in cases)
    n = max(len(cases), 1)
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[ex] / n <= hi:
            E("%s at %.1f %%, want %d-%d" % (ex, 100 * tot[ex] / n, lo, hi))
    return errs, cnt


def load():
    with open(os.path.join(HERE, "colmar_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "colmar_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit_case(pred, fn):
        cc = copy.deepcopy(C)
        fn(cc[first(pred)])
        return dump(L), dump(cc)

    def edit_lib(i, fn):
        ll = copy.deepcopy(L)
        fn(ll[i])
        return dump(ll), dump(C)

    byid = {d["id"]: d for d in L}
    breaks = []
    breaks.append(("bad JSON", (lib, [*cases[:5], "{oops", *cases[6:]])))
    breaks.append(
        ("field order", edit_case(lambda c: True, lambda c: c.update({"expect": c.pop("expect")})))
    )
    ll = copy.deepcopy(L)
    ll[3]["id"] = "cm099"
    breaks.append(("id out of sequence", (dump(ll), cases)))
    breaks.append(("bad colour", edit_lib(0, lambda d: d.update(colour="jaune"))))
    breaks.append(("keg on a wine", edit_lib(0, lambda d: d.update(format_cl=3000))))
    cc = copy.deepcopy(C)
    cc[1]["label"] = cc[0]["label"]
    breaks.append(("duplicate label", (dump(L), dump(cc))))

    # almost pointed at the farther vintage
    def farther(c):
        c["beverage_id"], c["also_ok"][-1] = c["also_ok"][-1], c["beverage_id"]

    breaks.append(
        (
            "almost to the farther vintage",
            edit_case(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2, farther),
        )
    )
    breaks.append(
        (
            "pour units",
            edit_case(
                lambda c: c["units_per_sale"] not in (None, 1),
                lambda c: c.update(units_per_sale=0.1667 if c["units_per_sale"] != 0.1667 else 0.2),
            ),
        )
    )
    breaks.append(
        (
            "vintage field",
            edit_case(lambda c: c["vintage"], lambda c: c.update(vintage=c["vintage"] - 1)),
        )
    )
    breaks.append(
        (
            "none with an answer",
            edit_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="cm001")),
        )
    )
    breaks.append(
        (
            "also_ok missing",
            edit_case(
                lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[])
            ),
        )
    )

    def mag_to_75(c):
        c["beverage_id"] = next(
            d["id"]
            for d in L
            if d["name"] == byid[c["beverage_id"]]["name"]
            and d["producer"] == byid[c["beverage_id"]]["producer"]
            and d["format_cl"] == 75
        )
        c["also_ok"] = []

    breaks.append(
        (
            "magnum on the 75 cl entry",
            edit_case(
                lambda c: (
                    c["expect"] == "yes"
                    and c["connection"] == "altkasse"
                    and c["label"].endswith("MAG")
                ),
                mag_to_75,
            ),
        )
    )
    breaks.append(
        (
            "altkasse in lower case",
            edit_case(
                lambda c: c["connection"] == "altkasse",
                lambda c: c.update(label=c["label"].lower()),
            ),
        )
    )
    breaks.append(
        (
            "service without price",
            edit_case(
                lambda c: c["connection"] == "service",
                lambda c: c.update(label=re.sub(r" \(\d+€\d\d\)$", "", c["label"])),
            ),
        )
    )
    breaks.append(("unknown till", edit_case(lambda c: True, lambda c: c.update(connection="bar"))))
    breaks.append(
        (
            "no shared word",
            edit_case(
                lambda c: c["expect"] == "yes" and "coca-cola (330ml)" in c["label"],
                lambda c: c.update(beverage_id="cm103"),
            ),
        )
    )
    breaks.append(
        (
            "draught not from a keg",
            edit_case(
                lambda c: c["label"].endswith("draft)") and c["expect"] == "yes",
                lambda c: c.update(beverage_id="cm101"),
            ),
        )
    )
    breaks.append(("too few cases", (lib, cases[:200])))
    ok = True
    for name, (l2, c2) in breaks:
        errs, _ = check(l2, c2)
        print("%-28s %s  (%s)" % (name, "reported" if errs else "MISSED", errs[0] if errs else ""))
        ok &= bool(errs)
    print(
        "selftest: %d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED")
    )
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, cnt = check(*load())
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(
            "%-9s yes %3d  almost %3d  none %3d"
            % (t, cnt[t, "yes"], cnt[t, "almost"], cnt[t, "none"])
        )
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
