"""Build the blind held-out set of Brasserie Le Capitoul (Toulouse).

    python3 tests/matching/data/toulouse/build_toulouse.py

Writes toulouse_library.jsonl and toulouse_cases.jsonl beside this file, the same
bytes on every run (stdlib only, no randomness, no clock). The expected answers are
computed from the label as the till printed it (after its cut, its case, its
prefixes), with the bench README's rules (toulouse_rules.py).

A spec line (toulouse_specs_*.py) is either
    key|measure|vintage|text            a held drink, as the staff typed it
    -FAMILY|measure|vintage|text|reason  a product that is no drink of the library
"""

import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import toulouse_drinks as drinks
import toulouse_rules as rules
import toulouse_tills as tills
from toulouse_specs_b import SPECS as SPECS_B
from toulouse_specs_r import SPECS as SPECS_R
from toulouse_specs_t import SPECS as SPECS_T

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")
CODE_OF_FORMAT = {75: "b75", 70: "b70", 50: "b50", 37.5: "b37", 150: "b150", 33: "b33",
                  25: "b25", 100: "b100"}
NONE_CATEGORY = {"CUIS": "food", "DIV": "food", "CAFE": "coffee", "BIERE": "bière",
                 "SOFT": "soft", "ARMA": "spiritueux", "ALCOOL": "spiritueux"}
STOP = {"ch", "cht", "dom", "de", "du", "la", "le", "les", "d", "l", "des", "vre", "btl",
        "verre", "pichet", "cl", "et", "cp", "coupe", "dose", "demi", "pinte", "mag",
        "blanc", "rouge", "rose", "n", "v", "fut", "chateau", "domaine", "clos", "cuvee"}


def build_library():
    library = []
    for row in drinks.WINES:
        key, name, producer, app, region, country, colour, category, formats = row
        for fmt, vintages in formats.items():
            for vintage in sorted(vintages, key=lambda v: (v is not None, v)):
                entry = {"id": "f%03d" % (len(library) + 1), "name": name,
                         "producer": producer, "appellation": app, "region": region,
                         "country": country, "colour": colour, "category": category,
                         "vintage": vintage, "format_cl": fmt, "_key": key}
                library.append(entry)
    return library


def digest(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def t_price(category, code, seed):
    """A plausible menu price, the same on every run."""
    h = digest(seed, code)
    kind, volume = tills.MEASURES.get(code, ("other", None))
    if category == "coffee":
        return 2.2 + (h % 5) * 0.3
    if code == "-" or category == "food":
        return 6.5 + (h % 30) * 0.5
    if kind == "glass":
        base = {12.5: 5.0, 15: 6.0, 8: 5.0, 50: 17.0, 25: 9.5}[volume]
        return base + (h % 9) * 0.5
    if kind == "dose":
        return (7.0 if volume == 4 else 4.5) + (h % 12) * 0.5
    if kind == "draught":
        return (3.8 if volume == 25 else 7.0) + (h % 4) * 0.4
    if category in ("bière",):
        return 5.5 + (h % 5) * 0.5
    if category == "soft":
        return 3.5 + (h % 4) * 0.5
    if category == "spiritueux":
        return 65.0 + (h % 40) * 2
    if code == "b37":
        return 15.0 + (h % 12)
    if code == "b150":
        return 70.0 + (h % 40) * 2
    if code == "b50":
        return 28.0 + (h % 16) * 2
    if category == "bordeaux":
        return 62.0 + (h % 30) * 2
    return 22.0 + (h % 24) * 2


def parse(spec):
    parts = spec.split("|")
    if parts[0].startswith("-"):
        fam, code, vintage, text, reason = parts
        return {"key": None, "fam": fam[1:], "code": code, "vintage": vintage,
                "text": text, "reason": reason}
    key, code, vintage, text = parts
    return {"key": key, "fam": None, "code": code, "vintage": vintage, "text": text,
            "reason": None}


def words(text):
    text = tills.strip_accents(text).lower()
    return [w for w in re.split(r"[^a-z0-9]+", text) if w]


def shares_a_word(name_text, entry):
    """A yes or almost label must share a word (or a cut word) with its entry."""
    mine = [w for w in words(name_text) if w not in STOP and len(w) >= 2]
    theirs = words(" ".join(str(entry[f]) for f in ("name", "producer", "appellation")))
    for w in mine:
        for t in theirs:
            if t in STOP:
                continue
            if w == t or (len(w) >= 3 and t.startswith(w)) or (len(t) >= 3 and
                                                              w.startswith(t)):
                return True
    return False


class Builder:
    def __init__(self, library):
        self.library = library
        self.cases = []
        self.labels = set()
        self.articles = set()
        self.errors = []

    def first(self, key):
        return next(e for e in self.library if e["_key"] == key)

    def vintage_of(self, spec):
        v = spec["vintage"]
        return int(v) if re.fullmatch(r"\d{4}", v) else None

    def render(self, till, spec):
        """Return (label, text kept on the label, vintage read back, vintage cut)."""
        vintage = self.vintage_of(spec)
        code, text = spec["code"], spec["text"]
        if till == "R":
            fam = drinks.family(spec["key"]) if spec["key"] else spec["fam"]
            assert fam in tills.R_FAMILIES, spec
            full, label, head_len = tills.render_r(fam, code, text, vintage)
            problem = tills.cut_problem_r(full, head_len, text)
            if problem:
                self.errors.append("R: " + problem)
            kept = label[len(fam) + 1:]
        elif till == "T":
            word = str(vintage) if vintage else ""
            if spec["vintage"] == "nv":
                word = "n.v."
            elif spec["key"] and not vintage:
                e = self.first(spec["key"])
                if e["vintage"] is None and e["category"] in rules.WINE_CATEGORIES:
                    word = "n.v."
            if spec["key"]:
                e = self.first(spec["key"])
                category = "bordeaux" if e["region"] == "Bordeaux" else e["category"]
            else:
                category = NONE_CATEGORY.get(spec["fam"], "vin")
            price = t_price(category, code, spec["key"] or spec["text"])
            label = tills.render_t(code, text, word, price)
            kept = label
        else:
            if spec["key"] and code == "":
                code = CODE_OF_FORMAT[rules.target(self.library, spec["key"], "")[0]]
            article = 30000 + digest("art", text, code, vintage) % 60000
            while article in self.articles:
                article += 7
            self.articles.add(article)
            label = tills.render_b(article, code, text, vintage)
            kept = label
        read = tills.READERS[till](label)
        cut = None
        if read != vintage:
            if till == "R" and read is None and vintage:
                cut = vintage  # the register's cut took the vintage off
            else:
                self.errors.append("%s: vintage read back %r, typed %r: %s"
                                   % (till, read, vintage, label))
        return label, kept, read, cut

    def add(self, till, spec_line):
        spec = parse(spec_line)
        label, kept, read, cut = self.render(till, spec)
        if label in self.labels:
            self.errors.append("duplicate label: " + label)
        self.labels.add(label)
        if spec["key"]:
            if spec["key"] in drinks.NEEDS_VINTAGE and read is None:
                self.errors.append("a vintage line lost its vintage: " + label)
            answer = rules.resolve(self.library, spec["key"], spec["code"], read, cut)
            if answer["expect"] != "none":
                entry = next(e for e in self.library if e["id"] == answer["beverage_id"])
                if not shares_a_word(spec["text"] if till != "R" else kept, entry):
                    self.errors.append("no word shared with the entry: " + label)
        else:
            note = spec["reason"]
            if cut:
                note += " [%d cut off by the till]" % cut
            answer = rules.none_answer(note)
        case = {"label": label, "expect": answer["expect"],
                "beverage_id": answer["beverage_id"], "also_ok": answer["also_ok"],
                "vintage": read, "units_per_sale": answer["units_per_sale"],
                "note": answer["note"], "connection": till}
        self.cases.append(case)


def dump(rows, fields, path):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps({f: row[f] for f in fields}, ensure_ascii=False) + "\n")


def main():
    library = build_library()
    builder = Builder(library)
    for till, specs in (("R", SPECS_R), ("T", SPECS_T), ("B", SPECS_B)):
        for line in specs.strip().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                builder.add(till, line)
    if builder.errors:
        for err in builder.errors:
            print("ERROR", err)
        sys.exit(1)
    dump(library, LIB_FIELDS, os.path.join(HERE, "toulouse_library.jsonl"))
    dump(builder.cases, CASE_FIELDS, os.path.join(HERE, "toulouse_cases.jsonl"))
    counts = {}
    for case in builder.cases:
        counts.setdefault(case["connection"], {"yes": 0, "almost": 0, "none": 0})
        counts[case["connection"]][case["expect"]] += 1
    total = len(builder.cases)
    print("library", len(library), "cases", total)
    for till in ("R", "T", "B"):
        print(till, counts[till], sum(counts[till].values()))
    for kind in ("yes", "almost", "none"):
        n = sum(c[kind] for c in counts.values())
        print(kind, n, "%.1f %%" % (100.0 * n / total))


if __name__ == "__main__":
    main()
