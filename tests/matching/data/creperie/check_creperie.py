"""Check creperie_library.jsonl and creperie_cases.jsonl alone, without the build.

python3 check_creperie.py [library.jsonl cases.jsonl]

Reads each label back by its till's habits (H handheld, C counter, W web shop) and checks
the answers against the bench README's rules. Prints the problems and exits 1 if any.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEG = 1000

# measures: (kind of measure, volume or bottle size)
H_PREFIXES = ["VIN RS ", "VIN B ", "VIN R ", "BULLES ", "BIERE ", "CID-", "APERO-", "ALC-",
              "SOFT-", "GAL-", "CREP-", "MER-", "CAFE-", "DIV-"]
H_MEASURES = {"PICH 50": ("pour", 50), "PICH 25": ("pour", 25), "BTL 33": ("bottle", 33),
              "BTL 75": ("bottle", 75), "BTL 50": ("bottle", 50), "BTL 25": ("bottle", 25),
              "BTL 1L": ("bottle", 100), "BTL": ("bottle", None), "1/2": ("bottle", 37.5),
              "MAG": ("bottle", 150), "VERRE": ("pour", 12.5), "COUPE": ("pour", 12.5),
              "BOLEE": ("pour", 25), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
              "DOSE": ("pour", 4)}
C_MEASURES = {"Btl": ("bottle", None), "33cl": ("bottle", 33), "75cl": ("bottle", 75),
              "50cl": ("bottle", 50), "25cl": ("bottle", 25), "70cl": ("bottle", 70),
              "1L": ("bottle", 100), "1/2btl": ("bottle", 37.5), "Mag": ("bottle", 150),
              "Vre": ("pour", 12.5), "Coupe": ("pour", 12.5), "Pich.50": ("pour", 50),
              "Pich.25": ("pour", 25), "Bolée": ("pour", 25), "Demi": ("draught", 25),
              "Pinte": ("draught", 50), "Dose": ("pour", 4), "6cl": ("pour", 6)}
W_SUFFIXES = {"-demi-bouteille": 37.5, "-magnum": 150, "-33cl": 33, "-75cl": 75,
              "-70cl": 70, "-50cl": 50, "-25cl": 25, "-1l": 100}
W_CATEGORIES = {"cidres", "bieres", "vins-blancs", "vins-rouges", "vins-roses", "bulles",
                "aperitifs", "spiritueux", "sans-alcool", "epicerie", "services"}


def kind(entry):
    if entry["category"] == "bière":
        return "beer"
    if entry["category"] in ("spiritueux", "soft"):
        return {"spiritueux": "spirit", "soft": "soft"}[entry["category"]]
    if entry["category"] == "champagne" or entry["colour"] == "effervescent":
        return "bubbles"
    if entry["category"] == "vin":
        return "wine"
    if re.search(r"Pommeau|Chouchen", entry["name"]):
        return "apero"
    return "cider"


def family_ok(entry, prefix):
    """The H prefix or W category against the entry."""
    k = kind(entry)
    if prefix in ("VIN B ", "vins-blancs"):
        return k == "wine" and entry["colour"] in ("blanc", "liquoreux")
    if prefix in ("VIN R ", "vins-rouges"):
        return k == "wine" and entry["colour"] == "rouge"
    if prefix in ("VIN RS ", "vins-roses"):
        return k == "wine" and entry["colour"] == "rosé"
    return {"BULLES ": "bubbles", "bulles": "bubbles", "BIERE ": "beer", "bieres": "beer",
            "CID-": "cider", "cidres": "cider", "APERO-": "apero", "aperitifs": "apero",
            "ALC-": "spirit", "spiritueux": "spirit", "SOFT-": "soft",
            "sans-alcool": "soft"}.get(prefix) == k


def read_h(label, problems):
    """(prefix, measure, vintage) of an H label, with its habits checked."""
    if len(label) > 22:
        problems.append("H longer than 22: %r" % label)
    if not re.fullmatch(r"[A-Z0-9 '/\-]+", label):
        problems.append("H not upper-case ASCII: %r" % label)
    prefix = next((p for p in H_PREFIXES if label.startswith(p)), None)
    if prefix is None:
        problems.append("H without family: %r" % label)
        return None, None, None
    rest = label[len(prefix):]
    measure = None
    for token in sorted(H_MEASURES, key=len, reverse=True):
        if rest == token or rest.startswith(token + " "):
            measure = H_MEASURES[token]
            break
    match = re.search(r" '?(\d\d)$", label)
    return prefix, measure, (2000 + int(match.group(1))) if match else None


def read_c(label, problems):
    tokens = label.split(" ")
    if not re.fullmatch(r"\d+,\d\d", tokens[-1]):
        problems.append("C without a price at the end: %r" % label)
        return None, None
    if not re.search(r"[a-zà-ÿ]", label) or "  " in label:
        problems.append("C not mixed case as typed: %r" % label)
    tokens = tokens[:-1]
    measure = C_MEASURES.get(tokens[-1])
    if measure:
        tokens = tokens[:-1]
    vintage = int(tokens[-1]) if re.fullmatch(r"(19|20)\d\d", tokens[-1]) else None
    if any(re.fullmatch(r"'?\d\d", t) for t in tokens):
        problems.append("C with a two-digit number: %r" % label)
    return measure, vintage


def read_w(label, problems):
    if not re.fullmatch(r"[a-z-]+/[a-z0-9-]+", label):
        problems.append("W not a category/slug: %r" % label)
        return None, None, None
    category, slug = label.split("/")
    if category not in W_CATEGORIES:
        problems.append("W unknown category: %r" % label)
    measure = ("bottle", None)
    for suffix, size in W_SUFFIXES.items():
        if slug.endswith(suffix):
            measure, slug = ("bottle", size), slug[:-len(suffix)]
            break
    match = re.search(r"-((?:19|20)\d\d)$", slug)
    return category, measure, int(match.group(1)) if match else None


def same_wine(a, b):
    return all(a[f] == b[f] for f in ("name", "producer", "appellation", "colour",
                                       "format_cl"))


def check_answer(case, entry, library, measure, problems):
    """Format, units, vintage, also_ok of a yes / almost case."""
    label = case["label"]
    siblings = [e for e in library if same_wine(e, entry)]
    drink = [e for e in library if e["name"] == entry["name"]
             and e["producer"] == entry["producer"] and e["colour"] == entry["colour"]]
    formats = sorted({e["format_cl"] for e in drink})
    k = kind(entry)
    mkind, size = measure
    units = case["units_per_sale"]
    if mkind == "bottle":
        if size is None:
            size = 75 if k in ("wine", "bubbles") else [f for f in formats if f < KEG]
            if isinstance(size, list):
                if len(size) != 1:
                    problems.append("bottle without size on a drink of several: %r" % label)
                    return
                size = size[0]
        if entry["format_cl"] != size:
            problems.append("format %s for a %s label: %r" % (entry["format_cl"], size, label))
        if units != 1:
            problems.append("bottle units %s: %r" % (units, label))
    else:
        fmt = entry["format_cl"]
        if mkind == "draught" and (k != "beer" or fmt < KEG):
            problems.append("draught measure not from a keg: %r" % label)
        if mkind == "pour":
            if k == "cider":
                want = min(f for f in formats if f >= KEG) if max(formats) >= KEG else 75
            elif k in ("spirit", "apero"):
                want = next(f for f in formats if f < KEG)
            else:
                want = 75 if 75 in formats else next(
                    f for f in formats if f not in (37.5, 150))
            if fmt != want:
                problems.append("pour from the %s cl entry, not %s: %r" % (fmt, want, label))
        if units != round(size / fmt, 4):
            problems.append("units %s, want %s: %r" % (units, round(size / fmt, 4), label))
    vintages = sorted(e["vintage"] for e in siblings if e["vintage"] is not None)
    others = sorted(e["id"] for e in siblings if e["id"] != entry["id"])
    v = case["vintage"]
    if case["expect"] == "yes":
        if v is not None:
            if entry["vintage"] != v or case["also_ok"]:
                problems.append("yes with vintage not on the entry: %r" % label)
        elif vintages and (entry["vintage"] != vintages[-1]
                           or sorted(case["also_ok"]) != others):
            problems.append("yes without vintage not the most recent: %r" % label)
        elif not vintages and case["also_ok"]:
            problems.append("also_ok on a non-vintage drink: %r" % label)
    else:
        if v is None or v in vintages or not vintages:
            problems.append("almost without a missing vintage: %r" % label)
            return
        best = min(vintages, key=lambda x: (abs(x - v), -x))
        if entry["vintage"] != best or sorted(case["also_ok"]) != others:
            problems.append("almost not the nearest (%s): %r" % (best, label))


def check(lib_path, case_path):
    problems = []
    library = [json.loads(line) for line in open(lib_path, encoding="utf-8")]
    cases = [json.loads(line) for line in open(case_path, encoding="utf-8")]
    by_id = {}
    seen = set()
    for n, entry in enumerate(library, 1):
        if list(entry) != LIB_FIELDS:
            problems.append("library fields: %s" % entry.get("id"))
        if entry["id"] != "e%03d" % n:
            problems.append("library id out of sequence: %s" % entry["id"])
        if entry["colour"] not in COLOURS or entry["category"] not in CATEGORIES:
            problems.append("colour or category: %s" % entry["id"])
        if not (entry["vintage"] is None or isinstance(entry["vintage"], int)):
            problems.append("vintage: %s" % entry["id"])
        key = tuple(entry[f] for f in LIB_FIELDS[1:])
        if key in seen:
            problems.append("duplicate entry: %s" % entry["id"])
        seen.add(key)
        by_id[entry["id"]] = entry
    labels = set()
    for case in cases:
        label = case["label"]
        if list(case) != CASE_FIELDS:
            problems.append("case fields: %r" % label)
            continue
        if label in labels:
            problems.append("duplicate label: %r" % label)
        labels.add(label)
        if not case["note"]:
            problems.append("empty note: %r" % label)
        till = case["connection"]
        prefix = None
        if till == "H":
            prefix, measure, vintage = read_h(label, problems)
        elif till == "C":
            measure, vintage = read_c(label, problems)
        elif till == "W":
            prefix, measure, vintage = read_w(label, problems)
        else:
            problems.append("unknown connection: %r" % label)
            continue
        if vintage != case["vintage"]:
            problems.append("vintage %s, label says %s: %r" % (case["vintage"], vintage, label))
        if case["expect"] == "none":
            if case["beverage_id"] or case["also_ok"] or case["units_per_sale"] is not None:
                problems.append("none with an answer: %r" % label)
            continue
        if case["expect"] not in ("yes", "almost"):
            problems.append("expect: %r" % label)
            continue
        entry = by_id.get(case["beverage_id"])
        if entry is None or any(i not in by_id for i in case["also_ok"]):
            problems.append("unknown id: %r" % label)
            continue
        if measure is None:
            problems.append("no measure read on a drink: %r" % label)
            continue
        if prefix is not None and not family_ok(entry, prefix):
            problems.append("family %r against %s: %r" % (prefix, entry["id"], label))
        if till == "W" and measure[0] != "bottle":
            problems.append("pour on the web shop: %r" % label)
        check_answer(case, entry, library, measure, problems)
    return library, cases, problems


def main():
    args = sys.argv[1:] or [os.path.join(HERE, "creperie_library.jsonl"),
                            os.path.join(HERE, "creperie_cases.jsonl")]
    library, cases, problems = check(*args)
    for problem in problems:
        print(problem)
    print("library %d, cases %d" % (len(library), len(cases)))
    for till in ("H", "C", "W"):
        rows = [c for c in cases if c["connection"] == till]
        print(till, {e: sum(1 for c in rows if c["expect"] == e)
                     for e in ("yes", "almost", "none")})
    print("%d problem(s)" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
