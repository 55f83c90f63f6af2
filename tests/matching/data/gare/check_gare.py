"""Check gare_library.jsonl and gare_cases.jsonl on their own (the build is not imported).

    python3 check_gare.py             # check the two files, exit 1 on any error
    python3 check_gare.py --selftest  # break copies on purpose and show each is caught

Each label is read back with this script's own reading of its till (erp: fixed-width
code / designation / unit / VAT; kiosk: `Category › Name › Serving › €price`; trolley:
four-letter stems and a size), and the answer is checked against the bench README's rules.
"""
import copy
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
YEAR = re.compile(r"(19|20)\d\d")

# ---- what each till's measure words mean: ("btl", cl) | ("pour", cl) | ("dose", cl) |
# ("draught", cl) | None for a line that is no drink
ERP_UNITS = {"VR12CL": ("pour", 12), "VR15CL": ("pour", 15), "VR6CL": ("pour", 6),
             "CA25CL": ("pour", 25), "CA50CL": ("pour", 50), "FL12CL": ("pour", 12),
             "DS2CL": ("dose", 2), "DS4CL": ("dose", 4), "PR25CL": ("draught", 25),
             "PR50CL": ("draught", 50), "PCE": None, "FORF": None, "UN": None}
KIOSK_SERVINGS = {"Glass": ("pour", 12.5), "Large glass 150ml": ("pour", 15),
                  "Carafe 250ml": ("pour", 25), "Carafe 500ml": ("pour", 50),
                  "Flute": ("pour", 12.5), "Glass 60ml": ("pour", 6),
                  "Shot 20ml": ("dose", 2), "Shot 40ml": ("dose", 4),
                  "Double 80ml": ("dose", 8), "Half 250ml": ("draught", 25),
                  "Pint 500ml": ("draught", 50), "Bottle 750ml": ("btl", 75),
                  "Half bottle 375ml": ("btl", 37.5), "Magnum 1.5L": ("btl", 150),
                  "Mini bottle 250ml": ("btl", 25), "Mini bottle 187ml": ("btl", 18.7),
                  "Piccolo 200ml": ("btl", 20), "Bottle 1L": ("btl", 100),
                  "Bottle 1.5L": ("btl", 150)}
KIOSK_CATS = {"Red wine": ("vin", "rouge"), "White wine": ("vin", "blanc"),
              "Rosé wine": ("vin", "rosé"), "Sparkling wine": ("vin", "effervescent"),
              "Champagne": ("champagne", None), "Draught beer": ("bière", None),
              "Beers": ("bière", None), "Spirits": ("spiritueux", None),
              "Soft drinks": ("soft", None), "Water": ("soft", None),
              "Food": None, "Hot drinks": None, "Meal deals": None, "Cocktails": None,
              "Extras": None}
FAMILY = {"1": {"vin"}, "2": {"vin", "champagne"}, "3": {"bière"},
          "4": {"spiritueux", "autre"}, "5": {"soft"}, "6": set(), "7": set(), "8": set(),
          "9": set()}
STOP = {"de", "la", "le", "les", "du", "des", "l", "d", "s", "rouge", "blanc", "rose", "rs",
        "red", "white", "vin", "wine", "biere", "soda", "eau", "the", "jus", "gaz", "bdx",
        "oc", "cdr", "vdf", "bgne", "brut", "reserve", "rese", "roug", "blan", "champ",
        "champagne", "cham", "whisky", "vodka", "rhum", "gin", "cognac", "porto", "glace",
        "rum", "water", "juice", "sparkling", "still", "bottle", "glass", "ch", "dom",
        "chateau", "domaine", "cuvee", "premium", "grand", "cru", "saint", "st"}
ABBR = {"bdx": "bordeaux", "cdr": "rhone", "bgne": "bourgogne", "ch": "chateau"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def tokens(text):
    return [t for t in re.split(r"[^a-z0-9]+", fold(text)) if t]


def num(text):
    return float(text.replace(",", "."))


# ---------------------------------------------------------------- reading a label
def read_label(till, label):
    """dict(form=[errors], measure=(kind, cl) or None, vintage, words, cat, colour_word)."""
    r = {"form": [], "measure": None, "vintage": None, "words": [], "cat": None, "colour": None, "fam": None}
    if till == "erp":
        m = re.fullmatch(r"(\d)0\d{6} (.{30}) (.{9}) TVA (20|10|5,5|10/20)%", label)
        if not m or not label.isascii() or label != label.upper():
            r["form"].append("erp: not `code(8) designation(30) unit(9) TVA x%` in ASCII capitals")
            return r
        r["fam"], desig, unit = m.group(1), m.group(2).rstrip(), m.group(3).rstrip()
        words = desig.split()
        if words and YEAR.fullmatch(words[-1]):
            r["vintage"] = int(words[-1])
            words = words[:-1]
        r["words"] = words
        u = re.fullmatch(r"(BT|CN)(\d+(?:,\d)?)CL", unit)
        if u:
            r["measure"] = ("btl", num(u.group(2)))
        elif unit in ERP_UNITS:
            r["measure"] = ERP_UNITS[unit]
        else:
            r["form"].append(f"erp: unknown unit {unit!r}")
        vat = m.group(4)
        if r["measure"] and vat not in ("20", "10"):
            r["form"].append("erp: a drink with a food VAT rate")
        cw = {"ROUGE": "rouge", "BLANC": "blanc", "ROSE": "rosé", "RS": "rosé"}
        found = {cw[w] for w in words if w in cw}
        if len(found) == 1 and "BLANCS" not in words:
            r["colour"] = found.pop()
    elif till == "kiosk":
        parts = label.split(" › ")
        if len(parts) not in (3, 4) or not re.fullmatch(r"€\d+\.\d\d", parts[-1]):
            r["form"].append("kiosk: not `Category › Name [› Serving] › €price`")
            return r
        if parts[0] not in KIOSK_CATS:
            r["form"].append(f"kiosk: unknown category {parts[0]!r}")
            return r
        r["cat"] = KIOSK_CATS[parts[0]]
        years = [w for w in parts[1].split() if YEAR.fullmatch(w)]
        r["vintage"] = int(years[-1]) if years else None
        r["words"] = parts[1].split()
        if len(parts) == 4:
            s = parts[2]
            m = re.fullmatch(r"(Can|Bottle) (\d+)ml", s)
            if m:
                r["measure"] = ("btl", int(m.group(2)) / 10)
            elif s in KIOSK_SERVINGS:
                r["measure"] = KIOSK_SERVINGS[s]
            else:
                r["form"].append(f"kiosk: unknown serving {s!r}")
    else:
        if not re.fullmatch(r"[A-Z0-9 ]{1,20}", label):
            r["form"].append("trolley: not ASCII capitals within 20 columns")
            return r
        words = label.split()
        if any(w.isalpha() and len(w) > 4 for w in words):
            r["form"].append("trolley: a word longer than four letters")
        if words[-1].isdigit() and len(words) > 1:
            r["measure"] = ("btl", int(words[-1]))
            words = words[:-1]
        r["words"] = words
        cw = {"ROUG": "rouge", "BLAN": "blanc", "ROSE": "rosé"}
        found = {cw[w] for w in words if w in cw}
        if len(found) == 1:
            r["colour"] = found.pop()
    return r


# ---------------------------------------------------------------- the checks
def check(lib_lines, case_lines):
    errs = []
    lib, ids = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append(f"library line {i}: not JSON")
            continue
        if list(e) != LIB_FIELDS:
            errs.append(f"library line {i}: fields {list(e)}")
            continue
        if e["id"] != f"ga{i:03d}":
            errs.append(f"library line {i}: id {e['id']} out of sequence")
        if e["id"] in ids:
            errs.append(f"library: id {e['id']} repeated")
        ids[e["id"]] = e
        lib.append(e)
        wine = e["category"] in ("vin", "champagne")
        if e["category"] not in CATEGORIES:
            errs.append(f"{e['id']}: category {e['category']!r}")
        if wine != (e["colour"] in COLOURS) or (not wine and e["colour"] is not None):
            errs.append(f"{e['id']}: colour {e['colour']!r} for a {e['category']}")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int)
                                             and 1900 < e["vintage"] < 2030):
            errs.append(f"{e['id']}: vintage {e['vintage']!r}")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append(f"{e['id']}: format {e['format_cl']!r}")
    if not 110 <= len(lib) <= 130:
        errs.append(f"library: {len(lib)} entries, not 110-130")
    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
    seen, siblings, product = set(), {}, {}
    for e in lib:
        k = (*wine_key(e), e["vintage"])
        if k in seen:
            errs.append(f"{e['id']}: wine, vintage and format held twice")
        seen.add(k)
        siblings.setdefault(wine_key(e), []).append(e)
        product.setdefault((e["name"], e["producer"]), set()).add(e["format_cl"])

    _cases, labels, codes = [], set(), {}
    counts = {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append(f"case line {i}: not JSON")
            continue
        where = f"case {i} {c.get('label', '')!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields {list(c)}")
            continue
        till = c["connection"]
        if till not in ("erp", "kiosk", "trolley"):
            errs.append(f"{where}: connection {till!r}")
            continue
        if c["label"] in labels:
            errs.append(f"{where}: label repeated")
        labels.add(c["label"])
        counts.setdefault(till, {"yes": 0, "almost": 0, "none": 0})
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(f"{where}: expect {c['expect']!r}")
            continue
        counts[till][c["expect"]] += 1
        r = read_label(till, c["label"])
        errs += [f"{where}: {f}" for f in r["form"]]
        if r["form"]:
            continue
        if c["vintage"] != r["vintage"]:
            errs.append(f"{where}: vintage {c['vintage']} but the label reads {r['vintage']}")
        if till == "erp":
            m = re.fullmatch(r"(\d{8}) (.{30}) (.{9}) .*", c["label"])
            key = (" ".join(r["words"]), m.group(3).rstrip())
            if codes.setdefault(m.group(1), key) != key:
                errs.append(f"{where}: code {m.group(1)} shared by two articles")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an id, also_ok or units")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown id {c['beverage_id']}")
            continue
        meas = r["measure"]
        if meas is None:
            errs.append(f"{where}: a {c['expect']} on a line with no measure")
            continue
        errs += [f"{where}: {x}" for x in check_answer(c, e, meas, r, siblings, product, till)]
    total = sum(sum(n.values()) for n in counts.values())
    tot = {k: sum(n[k] for n in counts.values()) for k in ("yes", "almost", "none")}
    if not 280 <= total <= 300:
        errs.append(f"cases: {total}, not 280-300")
    elif not (45 <= 100 * tot["yes"] / total <= 51 and 12 <= 100 * tot["almost"] / total <= 16
              and 35 <= 100 * tot["none"] / total <= 41):
        errs.append(f"cases: yes/almost/none {tot} far from 48/14/38 %")
    if any(n["almost"] for t, n in counts.items() if t == "trolley"):
        errs.append("trolley: an almost, but the trolley prints no vintage")
    return errs, counts


def check_answer(c, e, meas, r, siblings, product, till):
    errs = []
    kind, cl = meas
    formats = product[(e["name"], e["producer"])]
    if kind == "btl":
        ok = (e["format_cl"] == cl if till != "trolley" else int(e["format_cl"]) == cl)
        if not ok:
            errs.append(f"bottle of {cl:g} cl answered with the {e['format_cl']} cl entry")
        if till == "trolley" and len({f for f in formats if int(f) == cl}) > 1:
            errs.append("trolley size matches two formats")
        if c["units_per_sale"] != 1:
            errs.append(f"bottle with units {c['units_per_sale']}")
    else:
        if kind == "draught":
            if e["category"] != "bière" or e["format_cl"] < 1000:
                errs.append("draught answered with something that is not a keg")
        elif kind == "pour" and e["category"] not in ("vin", "champagne", "autre"):
            errs.append("a wine pour answered with a non-wine")
        elif kind == "dose" and e["category"] not in ("spiritueux", "autre"):
            errs.append("a dose answered with a non-spirit")
        if kind != "draught":
            ordinary = 75 if 75 in formats else (min(formats) if len(formats) == 1 else None)
            if e["format_cl"] != ordinary:
                errs.append(f"pour answered with the {e['format_cl']} cl entry, not the "
                            f"ordinary bottle ({ordinary})")
        if c["units_per_sale"] != round(cl / e["format_cl"], 4):
            errs.append(f"units {c['units_per_sale']} != {cl:g} / {e['format_cl']}")
    sib = siblings[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
    vint = sorted((s["vintage"] for s in sib), key=lambda v: v or 0)
    others = sorted(s["id"] for s in sib if s["id"] != e["id"])
    if sorted(c["also_ok"]) != others and not (c["expect"] == "yes" and c["vintage"] is not None
                                               and not c["also_ok"]):
        errs.append(f"also_ok {c['also_ok']} != the other vintages {others}")
    v = c["vintage"]
    if v is None:
        if c["expect"] != "yes" or e["vintage"] != vint[-1]:
            errs.append("no vintage on the label: not a yes on the most recent vintage")
    elif c["expect"] == "yes":
        if e["vintage"] != v or c["also_ok"]:
            errs.append(f"yes with vintage {v} on entry {e['vintage']} or with also_ok")
    else:
        if v in vint:
            errs.append(f"almost, but {v} is held")
        elif e["vintage"] != min((x for x in vint if x is not None),
                                 key=lambda x: (abs(x - v), -x)):
            errs.append(f"almost on {e['vintage']}, not the nearest to {v}")
    # colour and kind of drink against the label
    if r["cat"] is not None:
        cat, colour = r["cat"]
        if e["category"] != cat and not (cat == "spiritueux" and e["category"] == "autre"):
            errs.append(f"kiosk category {cat} answered with a {e['category']}")
        if colour and e["colour"] != colour:
            errs.append(f"kiosk colour {colour} answered with {e['colour']}")
    if r["fam"] is not None and e["category"] not in FAMILY[r["fam"]]:
        errs.append(f"erp family {r['fam']} answered with a {e['category']}")
    if r["colour"] and e["colour"] not in (r["colour"], "effervescent"):
        errs.append(f"label colour {r['colour']} answered with {e['colour']}")
    # the label must name the drink: one word (or stem, or abbreviation) in common
    ent = set(tokens(" ".join(x for x in (e["name"], e["producer"], e["appellation"]) if x)))
    ent |= {"".join(tokens(e["name"]))}
    lab = [ABBR.get(t, t) for t in tokens(" ".join(r["words"]))]
    if not any(t not in STOP and len(t) >= 3 and any(
            x == t or (len(t) >= 4 and x.startswith(t)) or (len(x) >= 4 and t.startswith(x))
            for x in ent) for t in lab):
        errs.append("the label shares no word with its entry")
    return errs


# ---------------------------------------------------------------- self-test
def mutate(lib, cases, pick, change, lib_change=False):
    lib, cases = copy.deepcopy(lib), copy.deepcopy(cases)
    rows = lib if lib_change else cases
    for i, row in enumerate(rows):
        if pick(row):
            rows[i] = change(row)
            return lib, cases
    raise SystemExit("selftest: nothing to break")


def dumps(rows):
    return [json.dumps(r, ensure_ascii=False) for r in rows]


def selftest(lib_lines, case_lines):
    lib = [json.loads(x) for x in lib_lines]
    cases = [json.loads(x) for x in case_lines]
    errs, _ = check(dumps(lib), dumps(cases))
    print(f"unbroken files: {len(errs)} errors")
    ok = not errs

    def setf(**kw):
        def f(row):
            row.update(kw)
            return row
        return f

    def reorder(row):
        return {k: row[k] for k in reversed(list(row))}

    def lower(row):
        row["label"] = row["label"].lower() + " extra"
        return row

    def noprice(row):
        row["label"] = row["label"].rsplit(" › ", 1)[0]
        return row

    def farther(row):
        sib = [e for e in lib if e["id"] in row["also_ok"]]
        row["also_ok"] = sorted(row["also_ok"] + [row["beverage_id"]])
        row["beverage_id"] = sib[0]["id"]
        row["also_ok"].remove(sib[0]["id"])
        return row

    def longer(row):
        row["label"] = row["label"] + " 2022"
        return row

    {e["id"]: e for e in lib}
    half = next(e["id"] for e in lib if e["name"] == "Malesan Rouge" and e["format_cl"] == 75
                and e["vintage"] == 2022)
    bottle50 = next(e["id"] for e in lib if e["name"] == "Warsteiner Premium Verum"
                    and e["format_cl"] == 50)
    red = next(e["id"] for e in lib if e["colour"] == "rouge" and e["format_cl"] == 75)
    breaks = [
        ("a glass's units", lambda c: c["units_per_sale"] == 0.16, setf(units_per_sale=0.1667)),
        ("an almost on the farther vintage", lambda c: c["expect"] == "almost"
         and c["label"].startswith("10839175"), farther),
        ("a vintage the ERP dropped put back", lambda c: c["connection"] == "erp"
         and "dropped" in c["note"], setf(vintage=2021)),
        ("a none with an id", lambda c: c["expect"] == "none", setf(beverage_id="ga001")),
        ("an erp label in lower case", lambda c: c["connection"] == "erp", lower),
        ("a kiosk label without its price", lambda c: c["connection"] == "kiosk", noprice),
        ("fields out of order", lambda c: True, reorder),
        ("a half bottle answered with the 75 cl entry", lambda c: "BT37,5CL" in c["label"]
         and "MALESAN" in c["label"], setf(beverage_id=half)),
        ("also_ok dropped", lambda c: c["vintage"] is None and len(c["also_ok"]) == 2,
         setf(also_ok=[])),
        ("a draught pint answered with the can", lambda c: c["label"].startswith(
            "Draught beer › Warsteiner"), setf(beverage_id=bottle50)),
        ("a rosé answered with a red", lambda c: c["label"].startswith("Rosé wine › Fortant")
         and c["expect"] == "yes", setf(beverage_id=red)),
        ("a trolley label with a vintage past 20 columns", lambda c: c["connection"] == "trolley"
         and len(c["label"]) > 14, longer),
        ("a bag-in-box glass counted on a 75 cl bottle", lambda c: c["units_per_sale"] == 0.0125
         and c["connection"] == "kiosk", setf(units_per_sale=0.1667)),
    ]
    for name, pick, change in breaks:
        blib, bcases = mutate(lib, cases, pick, change)
        errs, _ = check(dumps(blib), dumps(bcases))
        print(f"{'caught' if errs else 'MISSED'}: {name}" + (f"  ({errs[0]})" if errs else ""))
        ok &= bool(errs)
    lib_breaks = [
        ("an entry's vintage changed", lambda e: e["id"] == "ga003", setf(vintage=2021)),
        ("a library id repeated", lambda e: e["id"] == "ga010", setf(id="ga009")),
        ("a colour on a beer", lambda e: e["category"] == "bière", setf(colour="blanc")),
    ]
    for name, pick, change in lib_breaks:
        blib, bcases = mutate(lib, cases, pick, change, lib_change=True)
        errs, _ = check(dumps(blib), dumps(bcases))
        print(f"{'caught' if errs else 'MISSED'}: {name}" + (f"  ({errs[0]})" if errs else ""))
        ok &= bool(errs)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    with open(os.path.join(HERE, "gare_library.jsonl"), encoding="utf-8") as f:
        lib_lines = f.read().splitlines()
    with open(os.path.join(HERE, "gare_cases.jsonl"), encoding="utf-8") as f:
        case_lines = f.read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, counts = check(lib_lines, case_lines)
    for e in errs:
        print(e)
    for till, n in counts.items():
        print(f"{till:8s} yes {n['yes']:3d}  almost {n['almost']:3d}  none {n['none']:3d}")
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
