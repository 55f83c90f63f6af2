"""Check rhum_library.jsonl and rhum_cases.jsonl on their own, without the build.

    python3 tests/matching/data/rhum/check_rhum.py [folder]

Reads the two files (beside this script, or in `folder`) and checks: valid JSON, field
order, ids x001... in sequence, colours and categories, unique labels, also_ok = the other
vintages of the same wine (name, producer, appellation, colour, format), the vintage read
back from the label by its till's habit, the yes / almost rules (the label's vintage, else
the most recent; the nearest for almost, a tie going to the more recent), the format and
units_per_sale read from the label's measure, no age or degree on the label contradicting
the entry, and each till's habits. Prints the counts; exits 1 on any error.
"""

import json
import os
import re
import sys

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
PREFIX = "x"

T_FAMILIES = {
    "Rhum agricole",
    "Rhum",
    "Whisky",
    "Cognac",
    "Armagnac",
    "Vin rouge",
    "Vin blanc",
    "Vin rosé",
    "Vin doux",
    "Champagne",
    "Bière",
    "Soft",
    "Cuisine",
    "Cocktail",
    "Café",
    "Divers",
}
T_NO_MEASURE = {"Cuisine", "Cocktail", "Café", "Divers"}
# measure word -> (kind, volume): kind "bottle" (a bottle of that size; 75 for a wine's
# bottle), "pour" (a glass or a dose from the ordinary bottle), "draught" (from the keg)
T_MEASURES = {
    "bouteille": ("bottle", 75),
    "demi-bouteille": ("bottle", 37.5),
    "magnum": ("bottle", 150),
    "verre": ("pour", 12.5),
    "coupe": ("pour", 12.5),
    "2cl": ("pour", 2),
    "4cl": ("pour", 4),
    "6cl": ("pour", 6),
    "bouteille 70cl": ("bottle", 70),
    "bouteille 1L": ("bottle", 100),
    "bouteille 50cl": ("bottle", 50),
    "33cl": ("bottle", 33),
    "25cl": ("bottle", 25),
    "50cl": ("bottle", 50),
    "1L": ("bottle", 100),
    "pression 25cl": ("draught", 25),
    "pression 50cl": ("draught", 50),
}
C_CODES = {
    "BT": ("bottle", 75),
    "DB": ("bottle", 37.5),
    "MG": ("bottle", 150),
    "VR": ("pour", 12.5),
    "CP": ("pour", 12.5),
    "D2": ("pour", 2),
    "D4": ("pour", 4),
    "D6": ("pour", 6),
    "B70": ("bottle", 70),
    "B100": ("bottle", 100),
    "B50": ("bottle", 50),
    "B33": ("bottle", 33),
    "B25": ("bottle", 25),
    "P25": ("draught", 25),
    "P50": ("draught", 50),
}
S_MEASURES = {
    "+1/2 btl": ("bottle", 37.5),
    "+magnum": ("bottle", 150),
    "+verre": ("pour", 12.5),
    "+coupe": ("pour", 12.5),
    "+2cl": ("pour", 2),
    "+dose": ("pour", 4),
    "+6cl": ("pour", 6),
    "+btl 70cl": ("bottle", 70),
    "+btl 1l": ("bottle", 100),
    "+btl 50cl": ("bottle", 50),
    "+33cl": ("bottle", 33),
    "+25cl": ("bottle", 25),
    "+50cl": ("bottle", 50),
    "+1l": ("bottle", 100),
    "+demi": ("draught", 25),
    "+pinte": ("draught", 50),
}
S_SERVICE = {"+glacons", "+sec", "+eau", "+citron vert", "+sirop de canne"}
C_WIDTH = 18

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def load(path, fields, where):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except ValueError as exc:
                err("%s:%d" % (where, i), "invalid JSON (%s)" % exc)
                continue
            if list(row) != fields:
                err("%s:%d" % (where, i), "fields %s" % list(row))
            rows.append(row)
    return rows


def year(y2):
    return y2 + (2000 if y2 <= 30 else 1900)


# --- reading a label by its till's habit ---------------------------------------------------
def read_t(label, where):
    fields = label.split(" • ")
    if any(f != f.strip() or not f for f in fields):
        err(where, "T field with stray spaces or empty")
    if fields[0] not in T_FAMILIES:
        err(where, "T family %r" % fields[0])
    measure = None
    if fields[-1] in T_MEASURES:
        measure = T_MEASURES[fields[-1]]
        name_fields = fields[1:-1]
    else:
        name_fields = fields[1:]
    if fields[0] in T_NO_MEASURE and measure:
        err(where, "T measure on a non-drink family")
    years = [int(f) for f in name_fields if re.fullmatch(r"\d{4}", f) and 1950 <= int(f) <= 2030]
    for f in name_fields:
        if re.fullmatch(r"\d{4}", f) and f != name_fields[-1]:
            err(where, "T vintage field not last before the measure")
    text = " ".join(name_fields)
    if re.search(r"\d+ ?(yo|y)\b|\d+%|\bvol\b", text, re.I):
        err(where, "T age or degree not in the tablet's style (`12 ans`, `55°`)")
    ages = [int(a) for a in re.findall(r"\b(\d+) ans\b", text)]
    degrees = [d.replace(",", ".") for d in re.findall(r"(\d+(?:,\d)?)°", text)]
    return measure, years, ages, degrees


def read_c(label, where):
    if len(label) != C_WIDTH:
        err(where, "C label is %d characters, not %d" % (len(label), C_WIDTH))
    if label != label.upper() or not label.isascii():
        err(where, "C label not in ASCII capitals")
    text = label.rstrip()
    tokens = text.split(" ")
    measure = C_CODES.get(tokens[0])
    body = " ".join(tokens[1:]) if measure else text
    if re.search(r"\bANS\b|°|\bVOL\b|\d+ ?YO\b", body):
        err(where, "C age or degree not in the register's style (`12Y`, `55%`)")
    years = [year(int(m)) for m in re.findall(r"(?<= )M(\d\d)(?= |$)", text)]
    if years and not re.search(r" M\d\d$", text):
        err(where, "C vintage not last")
    ages = [int(a) for a in re.findall(r"\b(\d+)Y\b", body)]
    degrees = re.findall(r"\b(\d+(?:\.\d)?)%", body)
    return measure, years, ages, degrees


def read_s(label, where):
    if label != label.lower() or not label.isascii():
        err(where, "S label not in ASCII lower case")
    name, *mods = label.split(" +")
    mods = ["+" + m for m in mods]
    measure = None
    if mods and mods[0] in S_MEASURES:
        measure = S_MEASURES[mods[0]]
        mods = mods[1:]
    for m in mods:
        if m not in S_SERVICE:
            err(where, "S unknown modifier %r" % m)
    if re.search(r"\bans\b|°|%|\d+y\b", name):
        err(where, "S age or degree not in the handheld's style (`12yo`, `55 vol`)")
    years = [
        int(f) for f in name.split(" ")[1:] if re.fullmatch(r"\d{4}", f) and 1950 <= int(f) <= 2030
    ]
    if years and not name.endswith(" %d" % years[0]):
        err(where, "S vintage not last in the name")
    ages = [int(a) for a in re.findall(r"\b(\d+)yo\b", name)]
    degrees = re.findall(r"\b(\d+(?:\.\d)?) vol\b", name)
    return measure, years, ages, degrees, name


def entry_marks(entry):
    ages = [int(a) for a in re.findall(r"\b(\d+) ans\b", entry["name"])]
    degrees = [d.replace(",", ".") for d in re.findall(r"(\d+(?:,\d)?)°", entry["name"])]
    return ages, degrees


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    library = load(os.path.join(folder, "rhum_library.jsonl"), LIB_FIELDS, "library")
    cases = load(os.path.join(folder, "rhum_cases.jsonl"), CASE_FIELDS, "cases")

    by_id, groups, seen = {}, {}, set()
    for i, e in enumerate(library, 1):
        where = "library %s" % e.get("id")
        if e.get("id") != "%s%03d" % (PREFIX, i):
            err(where, "id out of sequence (expected %s%03d)" % (PREFIX, i))
        if e["colour"] not in COLOURS:
            err(where, "colour %r" % e["colour"])
        if e["category"] not in CATEGORIES:
            err(where, "category %r" % e["category"])
        if e["category"] in ("spiritueux", "bière", "soft") and e["colour"] is not None:
            err(where, "a %s has a colour" % e["category"])
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            err(where, "a wine without colour")
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            err(where, "vintage %r" % e["vintage"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err(where, "format_cl %r" % e["format_cl"])
        wine = (e["name"], e["producer"], e["appellation"], e["colour"])
        key = (*wine, e["format_cl"], e["vintage"])
        if key in seen:
            err(where, "duplicate entry")
        seen.add(key)
        by_id[e["id"]] = e
        groups.setdefault(wine, {}).setdefault(e["format_cl"], []).append(e)
    for wine, formats in groups.items():
        for fmt, entries in formats.items():
            vintages = [e["vintage"] for e in entries]
            if None in vintages and len(vintages) > 1:
                err("library %s" % entries[0]["id"], "vintage and non-vintage mixed")

    labels = set()
    counts = {}
    for i, c in enumerate(cases, 1):
        label = c["label"]
        where = "case %d %r" % (i, label)
        till = c["connection"]
        if till not in ("T", "C", "S"):
            err(where, "connection %r" % till)
            continue
        counts.setdefault(till, {}).setdefault(c["expect"], 0)
        counts[till][c["expect"]] += 1
        if label in labels:
            err(where, "duplicate label")
        labels.add(label)
        if not isinstance(c["note"], str) or not c["note"]:
            err(where, "no note")
        if till == "T":
            measure, years, ages, degrees = read_t(label, where)
        elif till == "C":
            measure, years, ages, degrees = read_c(label, where)
        else:
            measure, years, ages, degrees, _ = read_s(label, where)
        if len(years) > 1:
            err(where, "several vintages on the label")
        vintage = years[0] if years else None
        if c["vintage"] != vintage:
            err(where, "vintage %r, the label says %r" % (c["vintage"], vintage))
        if c["expect"] == "none":
            if (
                c["beverage_id"] is not None
                or c["also_ok"] != []
                or c["units_per_sale"] is not None
            ):
                err(where, "none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            err(where, "expect %r" % c["expect"])
            continue
        entry = by_id.get(c["beverage_id"])
        if entry is None:
            err(where, "unknown beverage_id %r" % c["beverage_id"])
            continue
        wine = (entry["name"], entry["producer"], entry["appellation"], entry["colour"])
        formats = groups[wine]
        same = formats[entry["format_cl"]]
        others = [e["id"] for e in same if e["id"] != entry["id"]]
        if entry["vintage"] is None:
            if c["expect"] != "yes" or c["also_ok"] or vintage is not None:
                err(
                    where,
                    "a drink without vintage answered %s %s, vintage %r"
                    % (c["expect"], c["also_ok"], vintage),
                )
        elif vintage is not None:
            held = sorted(e["vintage"] for e in same)
            if c["expect"] == "yes":
                if entry["vintage"] != vintage or c["also_ok"]:
                    err(
                        where, "yes with vintage %d on %s %s" % (vintage, entry["id"], c["also_ok"])
                    )
            else:
                best = min(held, key=lambda y: (abs(y - vintage), -y))
                if vintage in held or entry["vintage"] != best:
                    err(where, "almost %d should be the %s" % (vintage, best))
                if sorted(c["also_ok"]) != sorted(others):
                    err(where, "also_ok %s, other vintages %s" % (c["also_ok"], others))
        else:
            if c["expect"] != "yes":
                err(where, "almost without a vintage on the label")
            if entry["vintage"] != max(e["vintage"] for e in same):
                err(where, "no vintage on the label: not the most recent")
            if sorted(c["also_ok"]) != sorted(others):
                err(where, "also_ok %s, other vintages %s" % (c["also_ok"], others))
        # the format and the units, from the label's measure
        if measure is None:
            if till == "S" and entry["category"] in ("vin", "champagne"):
                measure = ("bottle", 75)
            else:
                err(where, "a drink without a measure on the label")
                continue
        kind, volume = measure
        fmt = entry["format_cl"]
        if kind == "bottle":
            if fmt != volume:
                err(where, "a %s cl bottle answered with the %s cl entry" % (volume, fmt))
            if c["units_per_sale"] != 1:
                err(where, "a bottle's units %r" % c["units_per_sale"])
        else:
            if kind == "draught":
                if entry["category"] != "bière" or fmt < 1000:
                    err(where, "a draught measure not from a keg")
            else:
                plain = sorted(f for f in formats if f not in (37.5, 150) and f < 1000)
                if entry["category"] in ("vin", "champagne"):
                    ordinary = 75 if 75 in formats else (plain[0] if len(plain) == 1 else None)
                elif plain == [70, 100]:
                    ordinary = 100
                else:
                    ordinary = plain[0] if len(plain) == 1 else None
                if fmt != ordinary:
                    err(where, "a pour from the %s cl entry, not the ordinary %s" % (fmt, ordinary))
            units = round(volume / fmt, 4)
            if c["units_per_sale"] != units:
                err(where, "units %r, %s / %s = %s" % (c["units_per_sale"], volume, fmt, units))
        # no age or degree on the label may contradict the entry
        e_ages, e_degrees = entry_marks(entry)
        for a in ages:
            if a not in e_ages:
                err(where, "label age %d, entry %s" % (a, entry["name"]))
        for d in degrees:
            if d not in e_degrees:
                err(where, "label degree %s, entry %s" % (d, entry["name"]))

    for msg in errors:
        print("ERROR", msg)
    total = sum(sum(v.values()) for v in counts.values())
    print("library: %d drinks; cases: %d" % (len(library), total))
    for till in sorted(counts):
        v = counts[till]
        print(
            "  %s: yes %d, almost %d, none %d, total %d"
            % (till, v.get("yes", 0), v.get("almost", 0), v.get("none", 0), sum(v.values()))
        )
    if total:
        nones = sum(v.get("none", 0) for v in counts.values())
        print("  none: %.1f %%" % (100.0 * nones / total))
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
