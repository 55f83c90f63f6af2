#!/usr/bin/env python3
"""Check reims_library.jsonl and reims_cases.jsonl on their own, without the build.

It reads each label back by its till's habits (measure, format, vintage) and checks the
answer against the library by the bench README's rules, and each till's habits.

    python3 tests/matching/data/reims/check_reims.py [library.jsonl cases.jsonl]
Exit status 1 and one line per problem when something is wrong.
"""

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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = {"vin", "champagne"}

# measure tables: token -> (kind, volume in cl); kind is bottle, pour or draught
R_MEASURES = {
    "0,375L": ("bottle", 37.5),
    "0,75L": ("bottle", 75),
    "1,5L": ("bottle", 150),
    "3L": ("bottle", 300),
    "0,2L": ("bottle", 20),
    "0,33L": ("bottle", 33),
    "0,5L": ("bottle", 50),
    "0,7L": ("bottle", 70),
    "1L": ("bottle", 100),
    "CP": ("pour", 12.5),
    "FLUTE": ("pour", 12.5),
    "VRE": ("pour", 12.5),
    "DOSE": ("pour", 4),
    "2CL": ("pour", 2),
    "6CL": ("pour", 6),
    "DEMI": ("draught", 25),
    "PINTE": ("draught", 50),
}
I_MEASURES = {
    "btl": ("bottle", 75),
    "½": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "jéro": ("bottle", 300),
    "20cl": ("bottle", 20),
    "33cl": ("bottle", 33),
    "50cl": ("bottle", 50),
    "70cl": ("bottle", 70),
    "75cl": ("bottle", 75),
    "1l": ("bottle", 100),
    "coupe": ("pour", 12.5),
    "flûte": ("pour", 12.5),
    "verre": ("pour", 12.5),
    "verre 8cl": ("pour", 8),
    "carafe 50cl": ("pour", 50),
    "dose": ("pour", 4),
    "2cl": ("pour", 2),
    "6cl": ("pour", 6),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
}
C_MEASURES = {
    "0,375L": ("bottle", 37.5),
    "0,75L": ("bottle", 75),
    "1,5L": ("bottle", 150),
    "3L": ("bottle", 300),
    "0,2L": ("bottle", 20),
    "0,33L": ("bottle", 33),
    "0,5L": ("bottle", 50),
    "0,7L": ("bottle", 70),
    "1L": ("bottle", 100),
    "Coupe": ("pour", 12.5),
    "Flûte": ("pour", 12.5),
    "Verre": ("pour", 12.5),
    "Verre 10cl": ("pour", 10),
    "Carafe 50cl": ("pour", 50),
    "Dose 4cl": ("pour", 4),
    "Dose 2cl": ("pour", 2),
    "Verre 6cl": ("pour", 6),
    "Pression 25cl": ("draught", 25),
    "Pression 50cl": ("draught", 50),
}
EMOJI = {
    "🍾": "CH",
    "🍷": "VI",
    "🥃": "DI",
    "🍺": "BI",
    "💧": "SO",
    "🍸": "CK",
    "🍽": "CU",
    "☕": "CA",
    "🛎": "SV",
}
FAMILY = {
    "champagne": "CH",
    "vin": "VI",
    "spiritueux": "DI",
    "autre": "DI",
    "bière": "BI",
    "soft": "SO",
}
C_RE = re.compile(r"^(CH|VI|DI|BI|SO|CK|CU|CA|SV)-([A-Z]{3})-(\d{3}) \| ([^|]+) \| ([^|]+)$")

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def ascii_fold(text):
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c))


def read_label(till, label, where):
    """(family or None, measure (kind, volume) or None, vintage or None) as printed."""
    if till == "R":
        if not label.isascii() or label != label.upper():
            bad(where, "R labels are upper-case ASCII")
        if len(label) > 27:
            bad(where, "R label longer than 27 characters")
        toks = label.split(" ")
        measure = R_MEASURES.get(toks[0])
        vint = 2000 + int(toks[-1]) if re.fullmatch(r"\d{2}", toks[-1]) else None
        if vint is not None and measure is None:
            bad(where, "R vintage on a label without a measure")
        return None, measure, vint
    if till == "I":
        emoji, _, body = label.partition(" ")
        fam = EMOJI.get(emoji)
        if fam is None:
            bad(where, "I label without its family emoji")
        if "'" in body:
            bad(where, "I writes the typographic apostrophe, not '")
        fields = body.split(" • ")
        measure = I_MEASURES.get(fields[-1]) if len(fields) > 1 else None
        names = fields[:-1] if measure else fields
        for i, f in enumerate(names):
            if f != f.lower() and not (i == 0 and f == f.upper()):
                bad(where, "I: producer in capitals first, cuvée in lower case: %r" % f)
        vints = re.findall(r"(?:^| )’(\d{2})$", names[-1]) if names else []
        if len(re.findall(r"’\d", body)) != len(vints):
            bad(where, "I vintage not at the end of the cuvée field")
        return fam, measure, 2000 + int(vints[0]) if vints else None
    m = C_RE.match(label)
    if not m:
        bad(where, "C label is not 'SKU | Name | Variant'")
        return None, None, None
    fam, stem, _, name, variant = m.groups()
    if stem != ("".join(c for c in ascii_fold(name).upper() if c.isalpha()) + "XXX")[:3]:
        bad(where, "C SKU stem is not the first three letters of the name")
    if variant != "Unique" and variant not in C_MEASURES:
        bad(where, "C variant %r unknown" % variant)
    if variant == "Unique" and fam in ("CH", "VI", "DI", "BI", "SO"):
        bad(where, "C drink without a variant")
    vm = re.search(r" ((?:19|20)\d{2})$", name)
    return fam, C_MEASURES.get(variant), int(vm.group(1)) if vm else None


def load(path, where):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError as exc:
                bad("%s:%d" % (where, n), "invalid JSON (%s)" % exc)
    return rows


def check_library(rows):
    lib = {}
    for n, pairs in enumerate(rows, 1):
        where = "library:%d" % n
        keys = [k for k, _ in pairs]
        e = dict(pairs)
        if keys != LIB_FIELDS:
            bad(where, "fields %s" % keys)
        if e.get("id") != "q%03d" % n:
            bad(where, "id %r out of sequence" % e.get("id"))
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            bad(where, "colour or category")
        if e.get("category") in WINE and e.get("colour") is None:
            bad(where, "a wine without colour")
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2030):
            bad(where, "vintage %r" % v)
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("country") != "France":
            bad(where, "format or country")
        lib[e.get("id")] = e
    seen = {}
    for e in lib.values():
        k = (*wine_key(e), e["format_cl"], e["vintage"])
        if k in seen:
            bad("library " + e["id"], "same wine, format and vintage as " + seen[k])
        seen[k] = e["id"]
    return lib


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])


def ordinary_bottle(lib, e):
    """The bottle a pour refers to: the wine's 75 cl, else its only bottle (never a keg)."""
    fmts = {
        x["format_cl"] for x in lib.values() if wine_key(x) == wine_key(e) and x["format_cl"] < 2000
    }
    if e["category"] in WINE:
        return 75 if 75 in fmts else None
    return fmts.pop() if len(fmts) == 1 else None


def check_case(lib, n, pairs, labels):
    where = "cases:%d" % n
    keys = [k for k, _ in pairs]
    c = dict(pairs)
    if keys != CASE_FIELDS:
        bad(where, "fields %s" % keys)
        return
    till, label = c["connection"], c["label"]
    where += " %r" % label
    if till not in ("R", "I", "C"):
        bad(where, "connection %r" % till)
        return
    if label in labels:
        bad(where, "duplicate label")
    labels.add(label)
    if not c["note"]:
        bad(where, "empty note")
    fam, measure, vint = read_label(till, label, where)
    if c["vintage"] != vint:
        bad(where, "vintage %r, label says %r" % (c["vintage"], vint))
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
            bad(where, "a none case carries an answer")
        return
    if c["expect"] not in ("yes", "almost"):
        bad(where, "expect %r" % c["expect"])
        return
    e = lib.get(c["beverage_id"])
    if e is None or measure is None:
        bad(where, "unknown beverage_id or no measure on the label")
        return
    if fam is not None and fam != FAMILY[e["category"]]:
        bad(where, "family %s does not fit a %s" % (fam, e["category"]))
    kind, vol = measure
    if kind == "bottle":
        if e["format_cl"] != vol:
            bad(where, "a %g cl bottle answered with the %g cl entry" % (vol, e["format_cl"]))
        units = 1
    elif kind == "draught":
        if e["category"] != "bière" or e["format_cl"] < 2000:
            bad(where, "a draught measure answered with a bottle")
        units = round(vol / e["format_cl"], 4)
    else:
        if e["format_cl"] != ordinary_bottle(lib, e):
            bad(where, "a pour answered with the %g cl entry" % e["format_cl"])
        units = round(vol / e["format_cl"], 4)
    if c["units_per_sale"] != units:
        bad(where, "units_per_sale %r, the measure gives %r" % (c["units_per_sale"], units))
    group = [
        x for x in lib.values() if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]
    ]
    others = sorted(x["id"] for x in group if x is not e)
    vints = [x["vintage"] for x in group if x["vintage"] is not None]
    for a in c["also_ok"]:
        if a not in lib or a == e["id"]:
            bad(where, "also_ok %r" % a)
    if c["expect"] == "yes":
        if vint is not None:
            if e["vintage"] != vint or c["also_ok"]:
                bad(
                    where,
                    "yes with the label's vintage: entry %r, also_ok %r"
                    % (e["vintage"], c["also_ok"]),
                )
        else:
            if vints and e["vintage"] != max(vints):
                bad(where, "yes without vintage must be the most recent")
            if sorted(c["also_ok"]) != others:
                bad(where, "also_ok must be the other vintages %s" % others)
    else:
        if vint is None or vint in vints or not vints:
            bad(where, "almost needs a label vintage the wine lacks")
            return
        best = min(group, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
        if best is not e:
            bad(where, "almost must point at the nearest vintage %s" % best["vintage"])
        if sorted(c["also_ok"]) != others:
            bad(where, "also_ok must be the other vintages %s" % others)


def main(argv):
    lib_path = argv[1] if len(argv) > 2 else os.path.join(HERE, "reims_library.jsonl")
    cases_path = argv[2] if len(argv) > 2 else os.path.join(HERE, "reims_cases.jsonl")
    lib = check_library(load(lib_path, "library"))
    labels = set()
    cases = load(cases_path, "cases")
    for n, pairs in enumerate(cases, 1):
        check_case(lib, n, pairs, labels)
    counts = {}
    for pairs in cases:
        c = dict(pairs)
        counts[c.get("expect")] = counts.get(c.get("expect"), 0) + 1
    share = 100.0 * counts.get("none", 0) / max(1, len(cases))
    if not (120 <= len(lib) <= 160 and 250 <= len(cases) <= 280 and 35 <= share <= 40):
        bad("sizes", "%d drinks, %d cases, %.1f %% none" % (len(lib), len(cases), share))
    if problems:
        print("\n".join(problems))
        return 1
    print(
        "ok: %d drinks, %d cases (%s), %.1f %% none"
        % (len(lib), len(cases), ", ".join("%s %d" % kv for kv in sorted(counts.items())), share)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
