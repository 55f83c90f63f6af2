#!/usr/bin/env python3
"""Check montpellier_library.jsonl and montpellier_cases.jsonl on their own.

Reads only the two files (it does not import the build or its modules) and re-derives
every answer from the label with its own reading of each till. `--selftest` breaks
copies of the files on purpose and shows that each break is reported, and that the
unbroken files check clean.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "montpellier_library.jsonl")
CASES = os.path.join(HERE, "montpellier_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("taulier", "ardoise", "compta")
SPANS = {"taulier": (100, 120), "ardoise": (95, 115), "compta": (65, 85)}

# ---- taulier: measure word first -> (kind, cl); nothing = a wine's 75 cl bottle
T_WORDS = {
    "MIEJA": ("bottle", 37.5), "MAG": ("bottle", 150), "BOT50": ("bottle", 50),
    "BOT33": ("bottle", 33), "BOT70": ("bottle", 70), "BOT75": ("bottle", 75),
    "BOT100": ("bottle", 100), "GOT": ("pour", 12.5), "GOT15": ("pour", 15),
    "GOTET": ("pour", 6), "PIC25": ("pour", 25), "PIC50": ("pour", 50),
    "DOSA": ("pour", 4), "DOSA2": ("pour", 2), "MIEG": ("draught", 25),
    "PINTA": ("draught", 50),
}
T_NOT_WINE = {"DOSA", "DOSA2", "MIEG", "PINTA", "BOT33", "BOT70", "BOT75", "BOT100"}
# ---- ardoise: the first hashtag of a drink
A_TAGS = {
    "#bouteille": ("bottle", 75), "#demibouteille": ("bottle", 37.5),
    "#magnum": ("bottle", 150), "#50cl": ("bottle", 50), "#33cl": ("bottle", 33),
    "#70cl": ("bottle", 70), "#75cl": ("bottle", 75), "#1litre": ("bottle", 100),
    "#verre": ("pour", 12.5), "#verre15cl": ("pour", 15), "#verre6cl": ("pour", 6),
    "#pichet25": ("pour", 25), "#pichet50": ("pour", 50), "#dose": ("pour", 4),
    "#dose2cl": ("pour", 2), "#demi": ("draught", 25), "#pinte": ("draught", 50),
}
A_EMOJI = {"🔴": "rouge", "🟡": "blanc", "🌸": "rosé", "🫧": "effervescent",
           "🍯": "liquoreux", "🍺": "bière", "🥃": "spiritueux", "🍸": "autre",
           "🥤": "soft", "💧": "soft", "🍴": None, "☕": None, "🧾": None, "🍹": None}
# ---- compta
C_COND = {
    "BT75": ("bottle", 75), "BT37,5": ("bottle", 37.5), "BT150": ("bottle", 150),
    "BT50": ("bottle", 50), "BT33": ("bottle", 33), "BT70": ("bottle", 70),
    "BT100": ("bottle", 100), "VR12,5": ("pour", 12.5), "VR15": ("pour", 15),
    "VR6": ("pour", 6), "PI25": ("pour", 25), "PI50": ("pour", 50), "DO4": ("pour", 4),
    "DO2": ("pour", 2), "PR25": ("draught", 25), "PR50": ("draught", 50), "U": (None, None),
}
C_ACCOUNT = {"707110": ("V", "vin"), "707120": ("B", "bière"), "707130": ("S", "spiritueux"),
             "707140": ("N", "soft"), "707150": ("K", None), "706100": ("C", None),
             "708300": ("P", None)}
C_ANALYTIC = {"SALLE", "BAR", "TERRASSE", "EMPORTER", "EVENEMENT"}
STOP = {"la", "le", "les", "de", "du", "des", "d", "l", "et", "en", "au", "del", "a"}


def norm_tokens(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in STOP]


def shares_word(label, entry):
    lt = [t for t in norm_tokens(label) if not re.fullmatch(r"(19|20)\d\d", t)]
    et = norm_tokens(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    for a in lt:
        for b in et:
            if a == b:
                return True
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            if n >= 4:
                return True
    return False


def read_label(case):
    """-> (errors, measure kind, cl, label vintage, extra) from the label alone."""
    lab, till, errs = case["label"], case["connection"], []
    kind = cl = vint = None
    extra = {}
    if till == "taulier":
        if not re.fullmatch(r"[A-Z0-9 ]+", lab):
            errs.append("taulier: not ASCII capitals: %r" % lab)
        if len(lab) > 24 or lab != lab.strip() or "  " in lab:
            errs.append("taulier: longer than 24 columns or badly spaced: %r" % lab)
        toks = lab.split()
        if toks and toks[0] in T_WORDS:
            kind, cl = T_WORDS[toks[0]]
        elif case["expect"] != "none":
            kind, cl = "bottle", 75
        if len(toks) >= 2 and toks[0] not in T_NOT_WINE and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
    elif till == "ardoise":
        m = re.fullmatch(r"(\S+) (.+?) — (\d+(?:,5)?)€((?: #\S+)*)", lab)
        if not m:
            errs.append("ardoise: not 'emoji name — price€ #tags': %r" % lab)
            return errs, None, None, None, extra
        emoji, head, _, tags = m.groups()
        if emoji not in A_EMOJI:
            errs.append("ardoise: unknown emoji %r" % emoji)
        extra["emoji"] = emoji
        tags = tags.split()
        if tags and tags[0] in A_TAGS:
            kind, cl = A_TAGS[tags[0]]
        if any(t in A_TAGS for t in tags[1:]):
            errs.append("ardoise: measure hashtag not first: %r" % lab)
        years = [int(t) for t in head.split() if re.fullmatch(r"(19|20)\d\d", t)]
        vint = years[-1] if years else None
    else:
        f = lab.split(";")
        if len(f) != 5:
            errs.append("compta: not five fields: %r" % lab)
            return errs, None, None, None, extra
        acc, ana, code, lib, cond = f
        if acc not in C_ACCOUNT:
            errs.append("compta: unknown account %r" % acc)
        if ana not in C_ANALYTIC:
            errs.append("compta: unknown analytic account %r" % ana)
        if not re.fullmatch(r"[VBSNCKP][5-8]\d\d\d", code):
            errs.append("compta: bad article code %r" % code)
        elif acc in C_ACCOUNT and code[0] != C_ACCOUNT[acc][0]:
            errs.append("compta: code %s does not fit account %s" % (code, acc))
        if not re.fullmatch(r"[A-Z0-9 ]+", lib) or lib != lib.strip():
            errs.append("compta: designation not in ASCII capitals: %r" % lib)
        if cond not in C_COND:
            errs.append("compta: unknown packaging %r" % cond)
        else:
            kind, cl = C_COND[cond]
        if ana == "EMPORTER" and kind != "bottle":
            errs.append("compta: a pour sold to take away: %r" % lab)
        last = lib.split()[-1] if lib.split() else ""
        vint = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
        extra.update(account=acc, code=code, product=(re.sub(r" (19|20)\d\d$", "", lib), cond))
    return errs, kind, cl, vint, extra


def check(lib_lines, case_lines):
    errs = []
    lib, by_id = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(e)))
            continue
        if e["id"] != "mp%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                errs.append("%s: wine without a colour" % e["id"])
        elif e["colour"] is not None:
            errs.append("%s: colour on a non-wine" % e["id"])
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        lib.append(e)
        by_id[e["id"]] = e
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d entries, not 110-130" % len(lib))

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])

    seen = set()
    for e in lib:
        k = (*wine(e), e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: a second entry for %s" % (e["id"], k))
        seen.add(k)

    def siblings(e):
        return [x for x in lib if wine(x) == wine(e) and x["format_cl"] == e["format_cl"]]

    def ordinary(e):
        fmts = sorted({x["format_cl"] for x in lib if wine(x) == wine(e) and x["format_cl"] < 1000})
        return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)

    labels, counts, codes, products = set(), {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}, {}, {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (i, list(c)))
            continue
        where = "case %d %r" % (i, c["label"])
        if c["label"] in labels:
            errs.append(where + ": label twice")
        labels.add(c["label"])
        if c["connection"] not in TILLS or c["expect"] not in ("yes", "almost", "none"):
            errs.append(where + ": connection or expect %r %r" % (c["connection"], c["expect"]))
            continue
        counts[c["connection"]][c["expect"]] += 1
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(where + ": no note")
        e2, kind, cl, vint, extra = read_label(c)
        errs.extend(where + ": " + x for x in e2)
        if c["vintage"] != vint:
            errs.append(where + ": vintage %r, the label reads %r" % (c["vintage"], vint))
        if "product" in extra:
            p, code = extra["product"], extra["code"]
            if codes.setdefault(code, p) != p:
                errs.append(where + ": code %s shared by two products" % code)
            if products.setdefault(p, code) != code:
                errs.append(where + ": product %s under two codes" % (p,))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": a none with an id, also_ok or units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c["beverage_id"])
            continue
        if not shares_word(c["label"], e):
            errs.append(where + ": shares no word with %s" % e["id"])
        if kind is None:
            errs.append(where + ": no measure on a drink")
            continue
        if kind == "bottle":
            if e["format_cl"] != cl:
                errs.append(where + ": a %g cl bottle answered with %s (%g cl)" % (cl, e["id"], e["format_cl"]))
            units = 1
        elif kind == "pour":
            if e["format_cl"] != ordinary(e):
                errs.append(where + ": a pour not from the ordinary bottle (%s)" % e["id"])
            units = round(cl / e["format_cl"], 4)
        else:
            if e["format_cl"] < 1000:
                errs.append(where + ": draught answered with a bottle (%s)" % e["id"])
            units = round(cl / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errs.append(where + ": units %r, expected %r" % (c["units_per_sale"], units))
        sib = siblings(e)
        vints = [x["vintage"] for x in sib]
        others = [x["id"] for x in sorted((x for x in sib if x is not e), key=lambda x: -(x["vintage"] or 0))]
        if vint is None:
            best = max(sib, key=lambda x: x["vintage"] or 0)
            if c["expect"] != "yes" or e is not best or c["also_ok"] != others:
                errs.append(where + ": without vintage: yes on the most recent, others in also_ok")
        elif vint in vints:
            if c["expect"] != "yes" or e["vintage"] != vint or c["also_ok"] != []:
                errs.append(where + ": the label's vintage is held: yes on it, also_ok empty")
        else:
            best = min((x for x in sib if x["vintage"] is not None),
                       key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]), default=None)
            if c["expect"] != "almost" or e is not best or c["also_ok"] != others:
                errs.append(where + ": vintage not held: almost on the nearest, others in also_ok")
        if c["connection"] == "ardoise":
            want = A_EMOJI.get(extra.get("emoji"))
            got = e["colour"] or e["category"]
            if want != got:
                errs.append(where + ": emoji says %s, entry is %s" % (want, got))
        if c["connection"] == "compta" and extra.get("account") in C_ACCOUNT:
            want = C_ACCOUNT[extra["account"]][1]
            got = {"autre": "spiritueux", "champagne": "vin"}.get(e["category"], e["category"])
            if want != got:
                errs.append(where + ": account %s for a %s" % (extra["account"], got))
    n = sum(sum(v.values()) for v in counts.values())
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    for t, (lo, hi) in SPANS.items():
        if not lo <= sum(counts[t].values()) <= hi:
            errs.append("till %s: %d cases" % (t, sum(counts[t].values())))
    for k, (lo, hi) in {"yes": (45, 51), "almost": (12, 16), "none": (35, 41)}.items():
        share = 100.0 * sum(v[k] for v in counts.values()) / max(n, 1)
        if not lo <= share <= hi:
            errs.append("share of %s: %.1f %%, not %d-%d" % (k, share, lo, hi))
    return errs, counts


# ------------------------------------------------------------------ self-test
def _cases(lines):
    return [json.loads(x) for x in lines]


def _dump(cs):
    return [json.dumps(c, ensure_ascii=False) for c in cs]


def _first(cs, pred):
    for i, c in enumerate(cs):
        if pred(c):
            return i
    raise SystemExit("selftest: no case to break")


def breaks(lib_lines, case_lines):
    """(name, library lines, case lines) broken copies."""
    lib = [json.loads(x) for x in lib_lines]
    by_id = {e["id"]: e for e in lib}
    out = []

    def case_break(name, pred, change):
        cs = _cases(case_lines)
        i = _first(cs, pred)
        change(cs, i)
        out.append((name, lib_lines, _dump(cs)))

    case_break("a glass's units", lambda c: c["label"].startswith("GOT ") and c["expect"] == "yes",
               lambda cs, i: cs[i].update(units_per_sale=0.2))

    def far(cs, i):
        cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][0], [cs[i]["beverage_id"]]
    case_break("an almost on the farther vintage",
               lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1
               and abs(by_id[c["also_ok"][0]]["vintage"] - c["vintage"])
               > abs(by_id[c["beverage_id"]]["vintage"] - c["vintage"]), far)
    case_break("a vintage cut by the register kept", lambda c: "cut off by the till" in c["note"]
               and c["expect"] == "yes", lambda cs, i: cs[i].update(vintage=2020))
    case_break("a none with an id", lambda c: c["expect"] == "none",
               lambda cs, i: cs[i].update(beverage_id="mp001"))
    case_break("a register label in lower case and too long",
               lambda c: c["connection"] == "taulier" and c["expect"] == "yes",
               lambda cs, i: cs[i].update(label=cs[i]["label"].lower() + " bouteille"))
    case_break("a chalkboard label without its price", lambda c: c["connection"] == "ardoise",
               lambda cs, i: cs[i].update(label=re.sub(r" — \S+€", "", cs[i]["label"])))

    def reorder(cs, i):
        c = cs[i]
        cs[i] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    case_break("fields out of order", lambda c: True, reorder)

    def half(cs, i):
        e = by_id[cs[i]["beverage_id"]]
        big = [x for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]
               and x["format_cl"] == 75]
        cs[i]["beverage_id"] = big[0]["id"]
    case_break("a half bottle answered with the 75 cl entry",
               lambda c: c["label"].startswith("MIEJA ") and c["expect"] == "yes"
               and by_id[c["beverage_id"]]["category"] == "vin"
               and any(x["name"] == by_id[c["beverage_id"]]["name"] and x["format_cl"] == 75
                       for x in lib), half)
    case_break("also_ok dropped", lambda c: c["expect"] == "yes" and c["also_ok"],
               lambda cs, i: cs[i].update(also_ok=[]))

    def pint(cs, i):
        e = by_id[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["format_cl"] == 33)
    case_break("a draught pint answered with the 33 cl bottle",
               lambda c: c["label"].startswith("PINTA ") and c["expect"] == "yes"
               and any(x["name"] == by_id[c["beverage_id"]]["name"] and x["format_cl"] == 33
                       for x in lib), pint)
    case_break("a beer under the wine account",
               lambda c: c["connection"] == "compta" and c["label"].startswith("707120;"),
               lambda cs, i: cs[i].update(label="707110" + cs[i]["label"][6:]))
    case_break("a white under the red emoji",
               lambda c: c["connection"] == "ardoise" and c["label"].startswith("🟡")
               and c["expect"] == "yes", lambda cs, i: cs[i].update(label="🔴" + cs[i]["label"][1:]))
    case_break("a label twice", lambda c: True,
               lambda cs, i: cs.__setitem__(i + 1, dict(cs[i + 1], label=cs[i]["label"])))
    case_break("a vintage on the chalkboard read from a hashtag",
               lambda c: c["connection"] == "ardoise" and c["vintage"] is None and c["expect"] == "yes"
               and "#34" in c["label"], lambda cs, i: cs[i].update(vintage=2034))
    # library breaks
    lb = [dict(e) for e in lib]
    j = _first(lb, lambda e: e["vintage"] is not None and sum(
        1 for x in lb if x["name"] == e["name"] and x["format_cl"] == e["format_cl"]) > 1)
    sib = next(x for x in lb if x["name"] == lb[j]["name"] and x["format_cl"] == lb[j]["format_cl"]
           and x is not lb[j])
    lb[j]["vintage"] = sib["vintage"]
    out.append(("an entry's vintage changed into its sibling's", [json.dumps(e, ensure_ascii=False) for e in lb], case_lines))
    lb = [dict(e) for e in lib]
    lb[5]["id"] = "mp099"
    out.append(("a library id out of sequence", [json.dumps(e, ensure_ascii=False) for e in lb], case_lines))
    lb = [dict(e) for e in lib]
    j = _first(lb, lambda e: e["category"] == "bière")
    lb[j]["colour"] = "blanc"
    out.append(("a colour on a beer", [json.dumps(e, ensure_ascii=False) for e in lb], case_lines))
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return [x for x in f.read().split("\n") if x]


def main():
    lib_lines, case_lines = read(LIB), read(CASES)
    if "--selftest" in sys.argv[1:]:
        ok = True
        errs, _ = check(lib_lines, case_lines)
        print("unbroken files: %d problem(s)" % len(errs))
        ok &= not errs
        for name, ll, cl in breaks(lib_lines, case_lines):
            e, _ = check(ll, cl)
            print("%-50s %s" % (name, ("reported: " + e[0][:90]) if e else "NOT REPORTED"))
            ok &= bool(e)
        print("selftest", "passed" if ok else "FAILED")
        return 0 if ok else 1
    errs, counts = check(lib_lines, case_lines)
    for e in errs:
        print(e)
    for t in TILLS:
        v = counts[t]
        print("%-8s yes %3d almost %3d none %3d" % (t, v["yes"], v["almost"], v["none"]))
    print("%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
