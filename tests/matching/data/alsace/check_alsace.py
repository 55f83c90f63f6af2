"""Check alsace_library.jsonl and alsace_cases.jsonl alone (no import of the build).

python3 check_alsace.py [library.jsonl cases.jsonl]   -> prints problems, exit 1 if any.
"""

import json
import os
import re
import sys
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
PRICE = re.compile(r" \d{1,3},\d\d €$")

problems = []


def bad(msg):
    problems.append(msg)


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def parse(label, till):
    """(vintage, kind, volume_cl): kind is pour, draught, size or None (a plain bottle)."""
    vintage, kind, vol = None, None, None
    if till == "R":
        toks = label.split()
        if re.fullmatch(r"\d\d", toks[-1]):
            y = int(toks[-1])
            vintage = 2000 + y if y <= 30 else 1900 + y
        pre = {"1/8": 12.5, "10CL": 10, "1/4": 25, "PICH50": 50, "CP": 12.5}
        post = {"2CL": 2, "4CL": 4}
        draught = {"DEMI": 25, "40CL": 40, "PINTE": 50}
        sizes = {"25CL": 25, "33CL": 33, "50CL": 50, "65CL": 65, "75CL": 75, "1L": 100}
        if toks[0] in pre:
            kind, vol = "pour", pre[toks[0]]
        elif toks[0] == "1/2":
            kind, vol = "size", 37.5
        elif toks[0] == "MAG":
            kind, vol = "size", 150
        for t in toks[1:]:
            if t in post:
                kind, vol = "pour", post[t]
            elif t in draught:
                kind, vol = "draught", draught[t]
            elif t in sizes:
                kind, vol = "size", sizes[t]
    elif till == "S":
        toks = label.split("-")
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", toks[-1]):
            vintage = int(toks[-1])
        first = toks[0]
        pours = {
            "glas": 12.5,
            "10cl": 10,
            "pichet25": 25,
            "pichet50": 50,
            "flute": 12.5,
            "2cl": 2,
            "4cl": 4,
        }
        draught = {"demi": 25, "40cl": 40, "pinte": 50}
        sizes = {
            "demibtl": 37.5,
            "mag": 150,
            "25cl": 25,
            "33cl": 33,
            "50cl": 50,
            "65cl": 65,
            "75cl": 75,
            "1l": 100,
        }
        if first in pours:
            kind, vol = "pour", pours[first]
        elif first in draught:
            kind, vol = "draught", draught[first]
        elif first in sizes:
            kind, vol = "size", sizes[first]
    else:  # T
        body = PRICE.sub("", label)
        m = re.search(r"(?:^| )'(\d\d)(?: |$)", body) or re.search(
            r"(?<=\S )(19[5-9]\d|20[0-3]\d)(?= |$)", body
        )
        if m:
            y = m.group(1)
            vintage = int(y) if len(y) == 4 else 2000 + int(y)
        rules = [
            ("vom Fass 0,25l", "draught", 25),
            ("vom Fass 0,4l", "draught", 40),
            ("vom Fass 0,5l", "draught", 50),
            ("Glas 0,1l", "pour", 10),
            ("Glas", "pour", 12.5),
            ("Viertel", "pour", 25),
            ("Karaffe 0,5l", "pour", 50),
            ("halbe Fl.", "size", 37.5),
            ("Magnum", "size", 150),
            ("2cl", "pour", 2),
            ("4cl", "pour", 4),
            ("Fl. 0,25l", "size", 25),
            ("Fl. 0,33l", "size", 33),
            ("Fl. 0,5l", "size", 50),
            ("Fl. 0,65l", "size", 65),
            ("Fl. 0,75l", "size", 75),
            ("Fl. 1l", "size", 100),
        ]
        for word, k, v in rules:
            if body.endswith(" " + word):
                kind, vol = k, v
                break
    return vintage, kind, vol


def main(lib_path, cases_path):
    lib = []
    with open(lib_path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            e = json.loads(line)
            if list(e) != LIB_FIELDS:
                bad(f"library line {i}: fields {list(e)}")
            if e["id"] != f"a{i:03d}":
                bad(f"library line {i}: id {e['id']}")
            if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
                bad(f"{e['id']}: colour/category {e['colour']} {e['category']}")
            if e["category"] in ("vin", "champagne") and e["colour"] is None:
                bad(f"{e['id']}: wine without colour")
            if not (e["vintage"] is None or isinstance(e["vintage"], int)):
                bad(f"{e['id']}: vintage {e['vintage']}")
            if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
                bad(f"{e['id']}: format {e['format_cl']}")
            lib.append(e)
    by_id = {e["id"]: e for e in lib}
    wines = {}
    for e in lib:
        wines.setdefault(wine_key(e), []).append(e)
    for k, es in wines.items():
        vs = [e["vintage"] for e in es]
        if len(set(vs)) != len(vs):
            bad(f"{k}: a vintage twice")

    cases, labels = [], set()
    with open(cases_path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            c = json.loads(line)
            cases.append(c)
            where = f"case {i} {c.get('label')!r}"
            if list(c) != CASE_FIELDS:
                bad(f"{where}: fields {list(c)}")
                continue
            lab, till = c["label"], c["connection"]
            if lab in labels:
                bad(f"{where}: duplicate label")
            labels.add(lab)
            # till habits
            if till == "R":
                if lab != lab.upper() or not lab.isascii() or len(lab) > 22 or "'" in lab:
                    bad(f"{where}: not an R label (upper ascii, <= 22)")
            elif till == "S":
                if lab != lab.lower() or not lab.isascii() or " " in lab or len(lab) > 30:
                    bad(f"{where}: not an S label (lower ascii slug, <= 30)")
            elif till == "T":
                if not PRICE.search(lab):
                    bad(f"{where}: T label without its price")
            else:
                bad(f"{where}: connection {till}")
            vintage, kind, vol = parse(lab, till)
            if c["vintage"] != vintage:
                bad(f"{where}: vintage {c['vintage']} but the label reads {vintage}")
            if c["expect"] == "none":
                if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                    bad(f"{where}: none with an answer")
                continue
            if c["expect"] not in ("yes", "almost"):
                bad(f"{where}: expect {c['expect']}")
                continue
            e = by_id.get(c["beverage_id"])
            if e is None:
                bad(f"{where}: unknown id {c['beverage_id']}")
                continue
            same = wines[wine_key(e)]
            others = sorted(x["id"] for x in same if x["id"] != e["id"])
            if c["expect"] == "yes" and vintage is not None:
                if c["also_ok"]:
                    bad(f"{where}: yes with a vintage must have an empty also_ok")
            elif sorted(c["also_ok"]) != others:
                bad(f"{where}: also_ok {c['also_ok']} but the wine's others are {others}")
            held = sorted(x["vintage"] for x in same if x["vintage"] is not None)
            if c["expect"] == "yes":
                if vintage is not None and e["vintage"] != vintage:
                    bad(f"{where}: yes {vintage} on an entry of {e['vintage']}")
                if vintage is None and held and e["vintage"] != held[-1]:
                    bad(f"{where}: no vintage on the label but not the most recent entry")
            else:
                if vintage is None or vintage in held:
                    bad(f"{where}: almost but the label's vintage {vintage} is held {held}")
                else:
                    near = min(held, key=lambda v: (abs(v - vintage), -v))
                    if e["vintage"] != near:
                        bad(f"{where}: almost should point at {near}, not {e['vintage']}")
            # format and units
            fmt, u = e["format_cl"], c["units_per_sale"]
            if kind == "pour":
                if fmt in (37.5, 150) or fmt >= 1000:
                    bad(f"{where}: a pour from a {fmt} cl entry")
                if (
                    len(same)
                    and fmt != 75
                    and any(
                        x["format_cl"] == 75
                        for x in lib
                        if (x["name"], x["producer"]) == (e["name"], e["producer"])
                    )
                ):
                    bad(f"{where}: a pour must come from the 75 cl bottle")
                want = round(vol / fmt, 4)
            elif kind == "draught":
                if fmt < 1000:
                    bad(f"{where}: a draught measure on a {fmt} cl entry")
                want = round(vol / fmt, 4)
            elif kind == "size":
                if fmt != vol:
                    bad(f"{where}: the label says {vol} cl, the entry is {fmt} cl")
                want = 1
            else:
                if fmt in (37.5, 150) or fmt >= 1000:
                    bad(f"{where}: a plain label on a {fmt} cl entry")
                if (
                    e["category"] == "vin"
                    and fmt != 75
                    and any(
                        x["format_cl"] == 75
                        for x in lib
                        if (x["name"], x["producer"]) == (e["name"], e["producer"])
                    )
                ):
                    bad(f"{where}: a plain wine label means the 75 cl bottle")
                want = 1
            if u != want:
                bad(f"{where}: units {u}, the label says {want}")
    n = len(cases)
    ex = Counter(c["expect"] for c in cases)
    print(
        f"{len(lib)} drinks, {n} cases:",
        ", ".join(f"{k} {v} ({100 * v / n:.1f} %)" for k, v in sorted(ex.items())),
    )
    for t in "RTS":
        cc = Counter(c["expect"] for c in cases if c.get("connection") == t)
        print(
            f"  {t}: yes {cc['yes']}, almost {cc['almost']}, none {cc['none']},"
            f" total {sum(cc.values())}"
        )
    if not (130 <= len(lib) <= 180 and 230 <= n <= 280):
        bad("size out of the brief's range")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:] or [
        os.path.join(HERE, "alsace_library.jsonl"),
        os.path.join(HERE, "alsace_cases.jsonl"),
    ]
    sys.exit(main(*args))
