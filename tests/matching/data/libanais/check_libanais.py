"""Check libanais_library.jsonl and libanais_cases.jsonl alone (does not import the build).

`python3 check_libanais.py` checks the two files; `--selftest` breaks copies of them on
purpose, shows that each break is reported, and that the unbroken files check clean.
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
TILLS = ("caisse", "salle", "livraison")
SECTIONS = {  # livraison section -> test on the entry (None: no drink)
    "Lebanese Reds": lambda e: e["category"] == "vin" and e["colour"] == "rouge" and e["country"] == "Liban",
    "Lebanese Whites": lambda e: e["category"] == "vin" and e["colour"] == "blanc" and e["country"] == "Liban",
    "Lebanese Rosés": lambda e: e["category"] == "vin" and e["colour"] == "rosé" and e["country"] == "Liban",
    "French Wines": lambda e: e["category"] == "vin" and e["country"] == "France",
    "Champagne": lambda e: e["category"] == "champagne",
    "Arak & Spirits": lambda e: e["category"] == "spiritueux",
    "Beers": lambda e: e["category"] == "bière",
    "Soft Drinks": lambda e: e["category"] == "soft",
    "Mezze": None, "Grills": None, "Desserts": None, "Extras": None, "Fees": None,
}
ALIASES = {"kfraya": "kefraya", "iksir": "ixsir", "wardi": "wardy", "araq": "arak",
           "arack": "arak", "obeideh": "obeidi", "p45": "parallele", "baalbek": "baalbeck",
           "ayrane": "ayran", "lemonade": "citronnade", "mint": "menthe",
           "pomegranate": "grenade", "juice": "jus", "bqa": "marsyas"}


# ------------------------------------------------------------------ reading labels
def read_caisse(label):
    """(vintage, kind, amount): kind bottle (amount = size in cl or None), pour, draught."""
    latin = label.split(" | ", 1)[1]
    toks = latin.split()
    vintage = None
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]) and toks[-2] != "PARALLELE":
        vintage = 2000 + int(toks[-1])
    first = toks[0]
    pours = {"VRE": 12.5, "CP": 12.5, "CAR25": 25, "CAR50": 50, "DOSE": 4}
    if first in pours:
        return vintage, "pour", pours[first]
    if first in ("DEMI", "PINTE"):
        return vintage, "draught", 25 if first == "DEMI" else 50
    if first == "1/2":
        return vintage, "bottle", 37.5
    if first == "MAG":
        return vintage, "bottle", 150
    for tok in toks:
        m = re.fullmatch(r"(\d+)CL", tok)
        if m:
            return vintage, "bottle", int(m.group(1))
        if tok in ("1,5L", "1L"):
            return vintage, "bottle", 150 if tok == "1,5L" else 100
    return vintage, "bottle", None


def vintage_4(label):
    found = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", label)
    if len(found) > 1:
        raise ValueError("two years")
    return int(found[0]) if found else None


def read_salle(label):
    vintage = vintage_4(label)
    m = re.search(r"\(([^()]*)\)(?: / [^()]*)?$", label)
    if not m:
        return vintage, "bottle", None
    word = m.group(1)
    fixed = {"btl": ("bottle", 75), "½ btl": ("bottle", 37.5), "magnum": ("bottle", 150),
             "verre": ("pour", 12.5), "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5),
             "carafe 25cl": ("pour", 25), "carafe 50cl": ("pour", 50),
             "demi": ("draught", 25), "pinte": ("draught", 50),
             "1,5l": ("bottle", 150), "1l": ("bottle", 100)}
    if word in fixed:
        return (vintage,) + fixed[word]
    s = re.fullmatch(r"(\d+)cl", word)
    if not s:
        raise ValueError(f"unknown measure ({word})")
    cl = int(s.group(1))
    return vintage, ("pour" if cl < 10 else "bottle"), cl


def read_livraison(label):
    vintage = vintage_4(label)
    m = re.search(r"\((\d+(?:\.\d+)?) (ml|L)\)", label)
    if not m:
        return vintage, "bottle", None
    amount = float(m.group(1))
    cl = amount / 10 if m.group(2) == "ml" else amount * 100
    return vintage, "bottle", int(cl) if cl == int(cl) else cl


READERS = {"caisse": read_caisse, "salle": read_salle, "livraison": read_livraison}


# ------------------------------------------------------------------ helpers
def norm_tokens(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    toks = set()
    for tok in re.split(r"[^a-z0-9]+", text):
        tok = ALIASES.get(tok, tok)
        if len(tok) >= 3:
            toks.add(tok)
    return toks


def shares_word(label, entry):
    mine = norm_tokens(label.split(" | ")[-1])
    theirs = norm_tokens(" ".join(x for x in (entry["name"], entry["producer"],
                                               entry["appellation"] or "") if x))
    for a in mine:
        for b in theirs:
            if a == b or (len(a) >= 4 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b)):
                return True
    return False


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])


def parse(lines, what, errors):
    out = []
    for n, line in enumerate(lines, 1):
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError as exc:
            errors.append(f"{what} line {n}: invalid JSON ({exc})")
            continue
        out.append((n, [k for k, _ in pairs], dict(pairs)))
    return out


# ------------------------------------------------------------------ the check
def check_library(lines, errors):
    lib, seen = {}, set()
    for n, keys, e in parse(lines, "library", errors):
        where = f"library line {n}"
        if keys != LIB_FIELDS:
            errors.append(f"{where}: fields {keys}")
            continue
        if e["id"] != f"lb{n:03d}":
            errors.append(f"{where}: id {e['id']} out of sequence")
        if e["category"] not in CATEGORIES:
            errors.append(f"{where}: category {e['category']}")
        wine = e["category"] in ("vin", "champagne")
        if (wine and e["colour"] not in COLOURS) or (not wine and e["colour"] is not None):
            errors.append(f"{where}: colour {e['colour']} on {e['category']}")
        if e["vintage"] is not None and not isinstance(e["vintage"], int):
            errors.append(f"{where}: vintage {e['vintage']!r}")
        if e["vintage"] is None and e["category"] == "vin":
            errors.append(f"{where}: still wine without vintage")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errors.append(f"{where}: format {e['format_cl']!r}")
        ident = (*wine_key(e), e["vintage"], e["format_cl"])
        if ident in seen:
            errors.append(f"{where}: second entry for {ident}")
        seen.add(ident)
        lib[e["id"]] = e
    return lib


def expected_format(group, kind, amount, wine):
    plain = sorted({e["format_cl"] for e in group if e["format_cl"] < 1000})
    if kind == "draught":
        kegs = [e["format_cl"] for e in group if e["format_cl"] >= 1000]
        return kegs[0] if kegs else None
    if kind == "pour":
        for usual in (75, 70):
            if usual in plain:
                return usual
        return plain[0] if len(plain) == 1 else None
    if amount is not None:
        return amount
    if wine:
        return 75
    return plain[0] if len(plain) == 1 else None


def check_case(n, c, lib, errors):
    where = f"case line {n} ({c['label']!r})"
    till = c["connection"]
    label = c["label"]
    # each till's form
    if till == "caisse":
        if label.count(" | ") != 1:
            errors.append(f"{where}: caisse label without one ' | '")
            return
        ar, latin = label.split(" | ")
        if not re.search(r"[\u0600-\u06ff]", ar) or re.search(r"[A-Za-z]", ar):
            errors.append(f"{where}: caisse Arabic part")
        if len(latin) > 24 or latin != latin.strip() or not re.fullmatch(r"[A-Z0-9 /,&.'-]+", latin):
            errors.append(f"{where}: caisse Latin part not 24-column ASCII capitals")
    elif till == "salle":
        if label != label.lower() or " | " in label or "›" in label:
            errors.append(f"{where}: salle label not lower case")
    elif till == "livraison":
        section = label.split(" › ", 1)[0]
        if " › " not in label or section not in SECTIONS:
            errors.append(f"{where}: livraison label without a known section")
            return
    else:
        errors.append(f"{where}: connection {till!r}")
        return
    try:
        vintage, kind, amount = READERS[till](label)
    except (ValueError, IndexError) as exc:
        errors.append(f"{where}: unreadable ({exc})")
        return
    if c["vintage"] != vintage:
        errors.append(f"{where}: vintage {c['vintage']} but the label reads {vintage}")
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
            errors.append(f"{where}: none with an answer")
        return
    if c["expect"] not in ("yes", "almost"):
        errors.append(f"{where}: expect {c['expect']!r}")
        return
    e = lib.get(c["beverage_id"])
    if e is None or any(a not in lib for a in c["also_ok"]):
        errors.append(f"{where}: unknown id")
        return
    if len(set(c["also_ok"])) != len(c["also_ok"]) or e["id"] in c["also_ok"]:
        errors.append(f"{where}: also_ok repeats an id")
    if not shares_word(label, e):
        errors.append(f"{where}: shares no word with {e['name']}")
    if till == "livraison":
        test = SECTIONS[label.split(" › ", 1)[0]]
        if test is None or not test(e):
            errors.append(f"{where}: section does not fit {e['name']} ({e['colour']})")
    elif till == "salle" and "(" not in label:
        if e["category"] != "soft" or len({x["format_cl"] for x in lib.values()
                                           if wine_key(x) == wine_key(e)}) != 1:
            errors.append(f"{where}: no measure on a drink held in several formats")
    group = [x for x in lib.values() if wine_key(x) == wine_key(e)]
    wine = e["category"] in ("vin", "champagne")
    fmt = expected_format(group, kind, amount, wine)
    if fmt is None or e["format_cl"] != fmt:
        errors.append(f"{where}: format {e['format_cl']} but the label means {fmt}")
        return
    same = [x for x in group if x["format_cl"] == fmt]
    others = sorted(x["id"] for x in same if x is not e)
    held = [x["vintage"] for x in same if x["vintage"] is not None]
    if c["expect"] == "yes":
        if vintage is not None:
            if e["vintage"] != vintage or c["also_ok"]:
                errors.append(f"{where}: yes on vintage {e['vintage']} for label {vintage}")
        else:
            if (held and e["vintage"] != max(held)) or sorted(c["also_ok"]) != others:
                errors.append(f"{where}: no vintage: not the most recent with the others")
    else:
        if vintage is None or vintage in held or not held:
            errors.append(f"{where}: almost without a missing vintage")
        else:
            best = min(held, key=lambda v: (abs(v - vintage), -v))
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                errors.append(f"{where}: almost not on the nearest vintage {best}")
    units = 1 if kind == "bottle" else round(amount / fmt, 4)
    if c["units_per_sale"] != units:
        errors.append(f"{where}: units {c['units_per_sale']} but {units}")


def check(lib_lines, case_lines, quiet=False):
    errors = []
    lib = check_library(lib_lines, errors)
    if not 110 <= len(lib) <= 130:
        errors.append(f"library: {len(lib)} drinks, not 110-130")
    labels, counts = set(), {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, keys, c in parse(case_lines, "cases", errors):
        if keys != CASE_FIELDS:
            errors.append(f"case line {n}: fields {keys}")
            continue
        if c["label"] in labels:
            errors.append(f"case line {n}: duplicate label {c['label']!r}")
        labels.add(c["label"])
        check_case(n, c, lib, errors)
        if c["connection"] in counts and c["expect"] in counts[c["connection"]]:
            counts[c["connection"]][c["expect"]] += 1
    total = sum(sum(r.values()) for r in counts.values())
    share = {k: sum(r[k] for r in counts.values()) / max(total, 1) for k in ("yes", "almost", "none")}
    if not 280 <= total <= 300:
        errors.append(f"cases: {total}, not 280-300")
    for k, lo, hi in (("yes", 0.45, 0.51), ("almost", 0.12, 0.16), ("none", 0.35, 0.41)):
        if not lo <= share[k] <= hi:
            errors.append(f"cases: {k} is {100 * share[k]:.1f} %")
    if not quiet:
        for till, row in counts.items():
            print(f"{till:10s} yes {row['yes']:3d}  almost {row['almost']:3d}  none {row['none']:3d}")
    return errors


# ------------------------------------------------------------------ self-test
def mutate(lines, pick, change):
    """Copy `lines`, apply `change` to the first JSON line for which `pick` is true."""
    out = list(lines)
    for i, line in enumerate(out):
        obj = json.loads(line)
        if pick(obj):
            new = change(obj)
            out[i] = new if isinstance(new, str) else json.dumps(new, ensure_ascii=False)
            return out
    raise AssertionError("nothing to break")


def set_(obj, **kw):
    obj.update(kw)
    return obj


def selftest(lib_lines, case_lines):
    def cut_vintage(c):
        return c["connection"] == "caisse" and "cut off by the till" in c["note"] and c["vintage"] is None
    breaks = [
        ("a glass's units", lib_lines, mutate(case_lines, lambda c: c["units_per_sale"] == 0.1667,
                                             lambda c: set_(c, units_per_sale=0.2))),
        ("an almost on the farther vintage", lib_lines, mutate(
            case_lines, lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1,
            lambda c: set_(c, beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("a cut vintage kept", lib_lines, mutate(case_lines, cut_vintage,
                                                 lambda c: set_(c, vintage=2021))),
        ("a none with an id", lib_lines, mutate(case_lines, lambda c: c["expect"] == "none",
                                                lambda c: set_(c, beverage_id="lb001"))),
        ("a register label in lower case and too long", lib_lines, mutate(
            case_lines, lambda c: c["connection"] == "caisse" and c["expect"] == "yes",
            lambda c: set_(c, label=c["label"].lower() + " bouteille de 75 cl"))),
        ("a red filed under Lebanese Whites", lib_lines, mutate(
            case_lines, lambda c: c["label"].startswith("Lebanese Reds") and c["expect"] == "yes",
            lambda c: set_(c, label=c["label"].replace("Lebanese Reds", "Lebanese Whites")))),
        ("fields out of order", lib_lines, mutate(
            case_lines, lambda c: True,
            lambda c: json.dumps({"expect": c["expect"], **c}, ensure_ascii=False))),
        ("a half bottle answered with the 75 cl entry", lib_lines, mutate(
            case_lines, lambda c: "37,5 cl bottle" in c["note"] and c["expect"] == "yes"
            and c["connection"] == "livraison",
            lambda c: set_(c, beverage_id="lb009"))),
        ("also_ok dropped", lib_lines, mutate(
            case_lines, lambda c: c["expect"] == "yes" and c["also_ok"],
            lambda c: set_(c, also_ok=[]))),
        ("an entry's vintage changed", mutate(lib_lines, lambda e: e["id"] == "lb002",
                                              lambda e: set_(e, vintage=2016)), case_lines),
        ("a draught pint answered with the 33 cl bottle", lib_lines, mutate(
            case_lines, lambda c: c["label"].endswith("PINTE ALMAZA"),
            lambda c: set_(c, beverage_id="lb095", units_per_sale=1))),
        ("a handheld label in capitals", lib_lines, mutate(
            case_lines, lambda c: c["connection"] == "salle", lambda c: set_(c, label=c["label"].upper()))),
        ("a duplicate label", lib_lines, case_lines + case_lines[:1]),
        ("a broken JSON line", lib_lines, [*case_lines[:-1], case_lines[-1][:-5]]),
        ("an id out of sequence", mutate(lib_lines, lambda e: e["id"] == "lb050",
                                         lambda e: set_(e, id="lb500")), case_lines),
    ]
    failed = 0
    clean = check(lib_lines, case_lines, quiet=True)
    print(f"unbroken files: {clean if clean else 'clean'}")
    failed += bool(clean)
    for name, lib2, cases2 in breaks:
        errs = check(lib2, cases2, quiet=True)
        print(f"{'reported' if errs else 'MISSED  '}: {name}" + (f"  -> {errs[0]}" if errs else ""))
        failed += not errs
    print(f"{len(breaks)} breaks, {failed} failures")
    return failed


def main():
    with open(os.path.join(HERE, "libanais_library.jsonl"), encoding="utf-8") as f:
        lib_lines = f.read().splitlines()
    with open(os.path.join(HERE, "libanais_cases.jsonl"), encoding="utf-8") as f:
        case_lines = f.read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(1 if selftest(lib_lines, case_lines) else 0)
    errors = check(lib_lines, case_lines)
    for err in errors:
        print(err)
    print(f"{len(errors)} problems" if errors else "libanais: both files check clean")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
