"""Build the blind held-out set "rhum" (Lakou Rhum, Paris 10e).

    python3 tests/matching/data/rhum/build_rhum.py

writes rhum_library.jsonl and rhum_cases.jsonl beside this file, byte for byte the same on
every run (there is no randomness at all: SEED is kept for the record and never used).

The drinks are in rhum_drinks.py, what the staff typed on each till in rhum_specs.py, the
tills' habits in rhum_tills.py. Every expected answer is computed here from the RENDERED
label with the bench README's rules: a vintage the register's cut dropped is no longer on
the label, a format the library does not hold is none, a pour refers to the drink's
ordinary bottle.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from rhum_drinks import DRINKS
from rhum_specs import SPECS
from rhum_tills import render

SEED = 20261214  # unused: the build has no random choice
PREFIX = "x"

POUR_CL = {"glass": 12.5, "coupe": 12.5, "d2": 2, "d4": 4, "d6": 6, "p25": 25, "p50": 50}
BOTTLE_CL = {
    "bt": 75,
    "half": 37.5,
    "mag": 150,
    "b70": 70,
    "b100": 100,
    "b50": 50,
    "b33": 33,
    "b25": 25,
}
WINE_FAMILIES = ("vr", "vb", "vs", "vd", "ch")


def fmt_cl(value):
    return int(value) if float(value).is_integer() else value


def build_library():
    library, by_key = [], {}
    n = 0
    for row in DRINKS:
        (key, family, name, producer, appellation, region, country, colour, category, formats) = row
        assert key not in by_key, key
        entries = {}
        for format_cl, vintages in formats:
            for vintage in sorted(vintages, key=lambda v: (v is not None, v or 0)):
                n += 1
                entry = {
                    "id": "%s%03d" % (PREFIX, n),
                    "name": name,
                    "producer": producer,
                    "appellation": appellation,
                    "region": region,
                    "country": country,
                    "colour": colour,
                    "category": category,
                    "vintage": vintage,
                    "format_cl": fmt_cl(format_cl),
                }
                library.append(entry)
                entries.setdefault(format_cl, []).append(entry)
        by_key[key] = {"family": family, "name": name, "producer": producer, "entries": entries}
    return library, by_key


def read_vintage(till, label):
    """The vintage printed on a rendered label, by the till's habit."""
    if till == "T":
        years = [
            int(f)
            for f in label.split(" • ")[1:]
            if re.fullmatch(r"\d{4}", f) and 1950 <= int(f) <= 2030
        ]
    elif till == "C":
        years = [int(m) for m in re.findall(r"(?<= )M(\d\d)(?= |$)", label.rstrip())]
        years = [y + (2000 if y <= 30 else 1900) for y in years]
    else:
        name = label.split(" +")[0]
        years = [
            int(f)
            for f in name.split(" ")[1:]
            if re.fullmatch(r"\d{4}", f) and 1950 <= int(f) <= 2030
        ]
    assert len(years) <= 1, label
    return years[0] if years else None


def ordinary_format(drink):
    """The bottle a pour comes from."""
    formats = sorted(drink["entries"])
    if drink["family"] in WINE_FAMILIES:
        if 75 in formats:
            return 75
        plain = [f for f in formats if f not in (37.5, 150)]
        return plain[0] if len(plain) == 1 else None
    if drink["family"] in ("bi", "so"):
        return None
    if len(formats) == 1:
        return formats[0]
    if formats == [70, 100]:
        return 100  # a blanc held in 1 L and 70 cl pours from the litre on the speed rail
    raise ValueError(drink["name"])


def describe(drink, fmt=None):
    text = "%s (%s)" % (drink["name"], drink["producer"])
    if fmt is not None:
        text += ", %s cl" % fmt_cl(fmt)
    return text


def held_formats(drink):
    parts = []
    for fmt in sorted(drink["entries"]):
        vintages = [e["vintage"] for e in drink["entries"][fmt] if e["vintage"]]
        parts.append(
            "%s cl%s" % (fmt_cl(fmt), (" " + ", ".join(map(str, vintages))) if vintages else "")
        )
    return "; ".join(parts)


def resolve(spec, label, by_key):
    till = spec["till"]
    vintage = read_vintage(till, label)
    typed = spec["vintage"]
    cut_note = ""
    if typed is not None and vintage is None:
        cut_note = " [%d cut off by the till]" % typed
    else:
        assert vintage == typed, (label, typed, vintage)
    none = {
        "expect": "none",
        "beverage_id": None,
        "also_ok": [],
        "vintage": vintage,
        "units_per_sale": None,
    }
    key, measure = spec["key"], spec["measure"]
    if key is None:
        return dict(none, note=spec["reason"] + cut_note)
    drink = by_key[key]
    family = drink["family"]
    if measure in ("p25", "p50"):
        kegs = [f for f in drink["entries"] if f >= 1000]
        if not kegs:
            return dict(
                none,
                note="%s is not held on draught (%s)" % (describe(drink), held_formats(drink))
                + cut_note,
            )
        fmt = kegs[0]
    elif measure in POUR_CL:
        fmt = ordinary_format(drink)
        assert fmt is not None, spec
    else:
        assert measure in BOTTLE_CL, spec
        if measure in ("bt", "half", "mag"):
            assert family in WINE_FAMILIES, spec
        fmt = BOTTLE_CL[measure]
    if fmt not in drink["entries"]:
        return dict(
            none,
            note="%s is not held in %s cl (%s)"
            % (describe(drink), fmt_cl(fmt), held_formats(drink))
            + cut_note,
        )
    entries = drink["entries"][fmt]
    what = describe(drink, fmt)
    units = 1 if measure in BOTTLE_CL else round(POUR_CL[measure] / fmt, 4)
    base = {"vintage": vintage, "units_per_sale": units}
    if entries[0]["vintage"] is None:
        assert len(entries) == 1 and vintage is None, spec
        return dict(
            base, expect="yes", beverage_id=entries[0]["id"], also_ok=[], note=what + cut_note
        )
    by_year = {e["vintage"]: e for e in entries}
    years = sorted(by_year)
    if vintage in by_year:
        return dict(base, expect="yes", beverage_id=by_year[vintage]["id"], also_ok=[], note=what)
    if vintage is None:
        best = years[-1]
        return dict(
            base,
            expect="yes",
            beverage_id=by_year[best]["id"],
            also_ok=[by_year[y]["id"] for y in years if y != best],
            note=what + cut_note,
        )
    best = min(years, key=lambda y: (abs(y - vintage), -y))
    return dict(
        base,
        expect="almost",
        beverage_id=by_year[best]["id"],
        also_ok=[by_year[y]["id"] for y in years if y != best],
        note="%s: label vintage %d not in library, has %s" % (what, vintage, years),
    )


CASE_FIELDS = (
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
)


def build_cases(by_key):
    cases, seen = [], set()
    for spec in SPECS:
        family = by_key[spec["key"]]["family"] if spec["key"] else spec["family"]
        label = render(spec["till"], family, spec["measure"], spec["vintage"], spec["text"])
        assert label not in seen, label
        seen.add(label)
        answer = resolve(spec, label, by_key)
        answer["label"] = label
        answer["connection"] = spec["till"]
        cases.append({k: answer[k] for k in CASE_FIELDS})
    return cases


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    library, by_key = build_library()
    cases = build_cases(by_key)
    write_jsonl(os.path.join(HERE, "rhum_library.jsonl"), library)
    write_jsonl(os.path.join(HERE, "rhum_cases.jsonl"), cases)
    counts = {}
    for case in cases:
        counts.setdefault(case["connection"], {}).setdefault(case["expect"], 0)
        counts[case["connection"]][case["expect"]] += 1
    print("library: %d drinks, cases: %d" % (len(library), len(cases)))
    for till in sorted(counts):
        c = counts[till]
        print(
            "  %s: yes %d, almost %d, none %d, total %d"
            % (till, c.get("yes", 0), c.get("almost", 0), c.get("none", 0), sum(c.values()))
        )
    nones = sum(1 for c in cases if c["expect"] == "none")
    print("  none: %.1f %%" % (100.0 * nones / len(cases)))


if __name__ == "__main__":
    main()
