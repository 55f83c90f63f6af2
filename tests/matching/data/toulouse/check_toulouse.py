"""Check toulouse_library.jsonl and toulouse_cases.jsonl on their own.

    python3 tests/matching/data/toulouse/check_toulouse.py             # check the files
    python3 tests/matching/data/toulouse/check_toulouse.py --selftest  # and break copies

It reads nothing but the two files (not the build, not its data): JSON, field
order, ids, colours and categories, the answer rules of the bench README (also_ok,
most recent, nearest vintage with ties to the more recent, none cases empty), the
vintage read back from each label, formats and units against the label's measure,
and each till's habits. Exit status 1 on any error.
"""

import copy
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
NO_COLOUR = {"spiritueux", "bière", "soft"}
WINE = {"vin", "champagne", "autre"}

R_WIDTH = 24
R_FAMILY_COLOUR = {"ROUGE": "rouge", "BLANC": "blanc", "ROSE": "rosé", "MOEL": "liquoreux",
                   "BULLE": "effervescent"}
R_FAMILIES = set(R_FAMILY_COLOUR) | {"ARMA", "APERO", "ALCOOL", "BIERE", "SOFT", "CAFE",
                                     "CUIS", "DIV"}
R_VINTAGE_FAMILIES = set(R_FAMILY_COLOUR) | {"ARMA", "APERO"}
# measure word: (kind, volume in cl)
R_WORDS = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "JERO": ("bottle", 300),
           "75CL": ("bottle", 75), "70CL": ("bottle", 70), "50CL": ("bottle", 50),
           "33CL": ("bottle", 33), "25CL": ("bottle", 25), "1L": ("bottle", 100),
           "VRE": ("glass", 12.5), "VRE15": ("glass", 15), "VRE8": ("glass", 8),
           "CP": ("glass", 12.5), "PICH50": ("glass", 50), "PICH25": ("glass", 25),
           "DOSE": ("dose", 4), "2CL": ("dose", 2), "DEMI": ("draught", 25),
           "PINTE": ("draught", 50)}
T_WORDS = [("verre 15cl", ("glass", 15)), ("verre 8cl", ("glass", 8)),
           ("pichet 50cl", ("glass", 50)), ("pichet 25cl", ("glass", 25)),
           ("dose 2cl", ("dose", 2)), ("1/2 btl", ("bottle", 37.5)),
           ("verre", ("glass", 12.5)), ("coupe", ("glass", 12.5)), ("dose", ("dose", 4)),
           ("demi", ("draught", 25)), ("pinte", ("draught", 50)), ("mag", ("bottle", 150)),
           ("jero", ("bottle", 300)), ("btl", ("bottle", None)), ("75cl", ("bottle", 75)),
           ("70cl", ("bottle", 70)), ("50cl", ("bottle", 50)), ("33cl", ("bottle", 33)),
           ("25cl", ("bottle", 25)), ("1l", ("bottle", 100))]
B_WORDS = [("fût 30L", ("keg", 3000)), ("fût 20L", ("keg", 2000)),
           ("pichet 50cl", ("glass", 50)), ("dose 4cl", ("dose", 4)),
           ("verre", ("glass", 12.5)), ("coupe", ("glass", 12.5))]


def year_of_two(yy):
    value = int(yy)
    return 2000 + value if value <= 30 else 1900 + value


def read_vintage(conn, label):
    if conn == "R":
        if label.split("-", 1)[0] not in R_VINTAGE_FAMILIES:
            return None
        last = label.split(" ")[-1]
        return year_of_two(last) if re.fullmatch(r"\d\d", last) else None
    words = label.split(" ")
    words = words[:-1] if conn == "T" else words[1:]
    for word in words:
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", word):
            return int(word)
    return None


def read_measure(conn, label):
    """(kind, volume) the label says, or (None, None) when it says no measure."""
    if conn == "R":
        rest = label.split("-", 1)[1] if "-" in label else label
        first = rest.split(" ")[0]
        return R_WORDS.get(first, (None, None))
    if conn == "T":
        body = label.rsplit(" ", 1)[0]
        for word, measure in T_WORDS:
            if body.endswith(" " + word):
                return measure
        return (None, None)
    for word, measure in B_WORDS:
        if label.endswith(" " + word):
            return measure
    m = re.search(r" (\d+(?:,5)?)cl$", label)
    if m:
        return ("bottle", float(m.group(1).replace(",", ".")))
    return (None, None)


def same_wine(a, b):
    return all(a[f] == b[f] for f in ("name", "producer", "appellation", "colour",
                                      "format_cl"))


class Checker:
    def __init__(self, library, cases):
        self.library = library
        self.cases = cases
        self.errors = []
        self.by_id = {e["id"]: e for e in library}

    def err(self, where, text):
        self.errors.append("%s: %s" % (where, text))

    def run(self):
        self.check_library()
        seen = set()
        for n, case in enumerate(self.cases, 1):
            where = "case %d %r" % (n, case.get("label"))
            if list(case) != CASE_FIELDS:
                self.err(where, "fields %s" % list(case))
                continue
            if case["label"] in seen:
                self.err(where, "duplicate label")
            seen.add(case["label"])
            self.check_case(where, case)
        return self.errors

    def check_library(self):
        keys = set()
        for n, e in enumerate(self.library, 1):
            where = "library line %d" % n
            if list(e) != LIB_FIELDS:
                self.err(where, "fields %s" % list(e))
                continue
            if e["id"] != "f%03d" % n:
                self.err(where, "id %s, expected f%03d" % (e["id"], n))
            if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
                self.err(where, "colour or category")
            if (e["colour"] is None) != (e["category"] in NO_COLOUR):
                self.err(where, "colour %r for a %s" % (e["colour"], e["category"]))
            if e["vintage"] is not None and not (isinstance(e["vintage"], int) and
                                                 1950 <= e["vintage"] <= 2030):
                self.err(where, "vintage %r" % e["vintage"])
            if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
                self.err(where, "format %r" % e["format_cl"])
            key = tuple(e[f] for f in LIB_FIELDS[1:])
            if key in keys:
                self.err(where, "duplicate drink")
            keys.add(key)
        if not 110 <= len(self.library) <= 150:
            self.err("library", "%d drinks, expected 110-150" % len(self.library))

    def check_habits(self, where, case):
        label, conn = case["label"], case["connection"]
        if conn == "R":
            if len(label) > R_WIDTH:
                self.err(where, "R label longer than %d" % R_WIDTH)
            if not re.fullmatch(r"[A-Z]+-[A-Z0-9 ./-]+", label):
                self.err(where, "R label not capitals without accents")
            if label.split("-", 1)[0] not in R_FAMILIES:
                self.err(where, "R family prefix")
        elif conn == "T":
            if not re.fullmatch(r"[a-z0-9 .'/-]+ \d+,\d\d", label):
                self.err(where, "T label not lower case without accents, price last")
        elif conn == "B":
            if not re.fullmatch(r"\d{5} \S.*", label) or not re.search(r"[A-Z]", label):
                self.err(where, "B label without article number or mixed case")
        else:
            self.err(where, "connection %r" % conn)

    def check_case(self, where, case):
        self.check_habits(where, case)
        conn = case["connection"]
        read = read_vintage(conn, case["label"])
        if read != case["vintage"]:
            self.err(where, "vintage %r, the label says %r" % (case["vintage"], read))
        if case["expect"] == "none":
            if case["beverage_id"] is not None or case["also_ok"] != [] or \
                    case["units_per_sale"] is not None:
                self.err(where, "none case with an id, also_ok or units")
            return
        if case["expect"] not in ("yes", "almost"):
            self.err(where, "expect %r" % case["expect"])
            return
        entry = self.by_id.get(case["beverage_id"])
        if entry is None:
            self.err(where, "unknown id %r" % case["beverage_id"])
            return
        wine = [e for e in self.library if same_wine(e, entry)]
        others = sorted(e["id"] for e in wine if e is not entry)
        vintages = [e["vintage"] for e in wine if e["vintage"] is not None]
        label_v = case["vintage"]
        also = case["also_ok"]
        if len(set(also)) != len(also) or any(a not in self.by_id for a in also):
            self.err(where, "also_ok %r" % also)
        if case["expect"] == "yes":
            if label_v is not None:
                if entry["vintage"] != label_v:
                    self.err(where, "yes for %s %r, label vintage %r"
                             % (entry["id"], entry["vintage"], label_v))
                if also:
                    self.err(where, "also_ok must be empty when the label gives a vintage")
            else:
                if vintages and entry["vintage"] != max(vintages):
                    self.err(where, "no vintage on the label: not the most recent")
                if sorted(also) != others:
                    self.err(where, "also_ok %r, expected %r" % (also, others))
        else:
            if label_v is None or label_v in vintages or not vintages:
                self.err(where, "almost without a vintage missing from the library")
            else:
                best = min(vintages, key=lambda v: (abs(v - label_v), -v))
                if entry["vintage"] != best:
                    self.err(where, "almost for %r, the nearest is %r"
                             % (entry["vintage"], best))
            if sorted(also) != others:
                self.err(where, "also_ok %r, expected %r" % (also, others))
        self.check_units(where, case, entry, wine)
        self.check_family(where, case, entry)

    def check_units(self, where, case, entry, wine):
        kind, volume = read_measure(case["connection"], case["label"])
        fmt = entry["format_cl"]
        units = case["units_per_sale"]
        formats = sorted({e["format_cl"] for e in self.library
                          if e["name"] == entry["name"] and e["producer"] == entry["producer"]
                          and e["colour"] == entry["colour"]})
        if kind in (None, "bottle"):
            if volume is None:
                expected_fmt = 75 if entry["category"] in WINE else (
                    formats[0] if len(formats) == 1 else None)
            else:
                expected_fmt = volume
            if fmt != expected_fmt:
                self.err(where, "a bottle of %r cl on the label, entry in %r cl"
                         % (expected_fmt, fmt))
            if units != 1:
                self.err(where, "a bottle is 1 unit, not %r" % units)
            return
        if kind == "keg":
            if fmt != volume or units != 1:
                self.err(where, "a whole keg of %r cl: entry %r cl, units %r"
                         % (volume, fmt, units))
            return
        if kind == "glass":
            ordinary = 75 if 75 in formats else [f for f in formats if f not in (37.5, 150)]
            if entry["category"] not in WINE or (ordinary != 75 and ordinary != [fmt]) or \
                    (ordinary == 75 and fmt != 75):
                self.err(where, "a glass must pour from the wine's ordinary bottle")
        if kind == "dose" and entry["category"] != "spiritueux":
            self.err(where, "a dose of a %s" % entry["category"])
        if kind == "draught" and fmt < 1000:
            self.err(where, "a draught measure of a bottled beer")
        if units != round(volume / fmt, 4):
            self.err(where, "units %r, expected %r" % (units, round(volume / fmt, 4)))

    def check_family(self, where, case, entry):
        if case["connection"] != "R":
            if case["connection"] == "T" and entry["vintage"] is None and \
                    entry["category"] in WINE and " n.v. " not in case["label"] and \
                    read_measure("T", case["label"])[0] == "bottle":
                self.err(where, "a non-vintage wine's bottle without n.v.")
            return
        fam = case["label"].split("-", 1)[0]
        if fam in R_FAMILY_COLOUR:
            ok = entry["colour"] == R_FAMILY_COLOUR[fam] and entry["category"] == "vin"
        elif fam == "ARMA":
            ok = "Armagnac" in (entry["appellation"] or "") and \
                entry["category"] == "spiritueux"
        elif fam == "APERO":
            ok = entry["category"] in ("autre", "spiritueux")
        elif fam == "BIERE":
            ok = entry["category"] == "bière"
        elif fam == "SOFT":
            ok = entry["category"] == "soft"
        else:
            ok = False
        if not ok:
            self.err(where, "family %s for %s" % (fam, entry["name"]))


def load(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise SystemExit("%s line %d: not JSON (%s)" % (path, n, exc)) from exc
    return rows


def summary(cases):
    counts = {}
    for case in cases:
        row = counts.setdefault(case["connection"], {"yes": 0, "almost": 0, "none": 0})
        row[case["expect"]] += 1
    return counts


def selftest(library, cases):
    """Break copies on purpose; each break must be reported."""
    def find(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def almost_farther(cs):
        i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cs[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]
    breaks.append(("an almost pointed at a farther vintage", almost_farther))

    def pichet_units(cs):
        cs[find(lambda c: "PICH50" in c["label"] and c["expect"] == "yes")][
            "units_per_sale"] = 0.5
    breaks.append(("a pichet's units", pichet_units))

    def vintage_field(cs):
        cs[find(lambda c: c["expect"] == "yes" and c["vintage"])]["vintage"] += 1
    breaks.append(("a vintage field", vintage_field))

    def magnum_to_bottle(cs):
        i = find(lambda c: "MAG " in c["label"] and c["expect"] == "yes")
        lab = next(e for e in library if e["id"] == cs[i]["beverage_id"])
        other = [e for e in library if e["name"] == lab["name"] and e["format_cl"] == 75
                 and e["colour"] == lab["colour"]]
        same = [e for e in other if e["vintage"] == lab["vintage"]] or other
        cs[i]["beverage_id"] = same[-1]["id"]
    breaks.append(("a magnum pointed at a 75 cl entry", magnum_to_bottle))

    def r_too_long(cs):
        cs[find(lambda c: c["connection"] == "R" and len(c["label"]) == 24)]["label"] += "X"
    breaks.append(("an R label over 24 characters", r_too_long))

    def also_ok_dropped(cs):
        cs[find(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []
    breaks.append(("also_ok dropped", also_ok_dropped))

    def none_with_units(cs):
        cs[find(lambda c: c["expect"] == "none")]["units_per_sale"] = 1
    breaks.append(("a none case with units", none_with_units))

    def demi_units(cs):
        cs[find(lambda c: "DEMI" in c["label"] and c["expect"] == "yes")][
            "units_per_sale"] = 0.3333
    breaks.append(("a demi's units", demi_units))

    def t_accent(cs):
        i = find(lambda c: c["connection"] == "T")
        cs[i]["label"] = cs[i]["label"].replace("e", "é", 1)
    breaks.append(("an accent on the tablet", t_accent))

    failed = 0
    for what, breaker in breaks:
        broken = copy.deepcopy(cases)
        breaker(broken)
        errors = Checker(library, broken).run()
        print("selftest: %-38s -> %s" % (what, ("reported: " + " / ".join(errors[:2]))
                                          if errors else "NOT REPORTED"))
        failed += not errors
    return failed


def main():
    library = load(os.path.join(HERE, "toulouse_library.jsonl"))
    cases = load(os.path.join(HERE, "toulouse_cases.jsonl"))
    errors = Checker(library, cases).run()
    for error in errors:
        print("ERROR", error)
    counts = summary(cases)
    total = len(cases)
    for conn in sorted(counts):
        print(conn, counts[conn], sum(counts[conn].values()))
    print("library %d drinks, %d cases" % (len(library), total))
    if not 260 <= total <= 300:
        errors.append("cases")
        print("ERROR %d cases, expected 260-300" % total)
    failed = selftest(library, cases) if "--selftest" in sys.argv else 0
    print("OK" if not errors and not failed else "FAILED")
    sys.exit(1 if errors or failed else 0)


if __name__ == "__main__":
    main()
