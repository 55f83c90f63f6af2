"""Build the blind held-out set of "Les Fûts de l'Erdre" (Nantes), a cave à bières.

    python3 build_biere.py        # writes biere_library.jsonl and biere_cases.jsonl
    python3 build_biere.py -v     # and prints the counts

Stdlib only, deterministic.  Every label is rendered by its till's habits
(biere_tills.py) from what the staff typed (biere_specs_*.py), then its expected answer is
computed from the rendered label with the bench README's rules (biere_rules.py): a vintage
that the register's cut took off is no longer on the label.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import biere_specs_boutique
import biere_specs_caisse
import biere_specs_tablette
from biere_drinks import GROUPS, PRODUCTS
from biere_rules import fit, measure_words, pick, resolve
from biere_tills import Refused, render_boutique, render_caisse, render_tablette

KINDS = {"bière": "beer", "autre": "cider", "vin": "wine", "soft": "soft"}


def build_library():
    library, by_key, n = [], {}, 0
    for (key, name, producer, appellation, region, country, colour, category, abv,
         entries) in PRODUCTS:
        assert key not in by_key, key
        prod = {"key": key, "name": name, "producer": producer, "category": category,
                "abv": abv, "entries": []}
        for vintage, fmt in entries:
            n += 1
            entry = {"id": f"u{n:03d}", "name": name, "producer": producer,
                     "appellation": appellation, "region": region, "country": country,
                     "colour": colour, "category": category, "vintage": vintage,
                     "format_cl": fmt}
            library.append(entry)
            prod["entries"].append(entry)
        if category == "spiritueux":
            prod["kind"] = "gin" if "gin" in name.lower() or key == "gvine" else "whisky"
        else:
            prod["kind"] = KINDS[category]
        by_key[key] = prod
    for group, members in GROUPS.items():
        for k in members:
            assert k in by_key, (group, k)
    return library, by_key


def parse(till, line):
    f = line.split("|")
    if till == "BOUTIQUE":
        key, m, v, name, maker, extra = ([*f, ""])[:6]
        text = (name, maker)
    else:
        key, m, v, text, extra = ([*f, ""])[:5]
    return key, m, (int(v) if v else None), text, extra


def case_for(till, line, by_key):
    key, m, vintage, text, extra = parse(till, line)
    prod, members, kind = None, None, None
    if key.startswith("-"):
        kind = key[1:]
    elif key.startswith("@"):
        members = GROUPS[key[1:]]
        kind = by_key[members[0]]["kind"]
    else:
        prod = by_key[key]
        kind = prod["kind"]
    if till == "CAISSE":
        label, kept = render_caisse(kind, m, vintage, text)
    elif till == "TABLETTE":
        label, kept = render_tablette(kind, m, vintage, text,
                                      prod["abv"] if prod else None)
    else:
        label, kept = render_boutique(kind, m, vintage, *text)
    label_vintage = vintage if kept else None
    cut_note = f" [{vintage} cut off by the till]" if vintage and not kept else ""
    case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
            "vintage": label_vintage, "units_per_sale": None, "note": "",
            "connection": till}

    if members is not None:
        k, why = resolve(members, m, by_key)
        assert (k or "none") == extra, (line, k, why)
        if k is None:
            case["note"] = f"'{key[1:]}' alone: {why}{cut_note}"
            return case
        prod = by_key[k]
    if prod is None:
        assert extra, line
        case["note"] = extra + cut_note
        return case

    who = f"{prod['name']} ({prod['producer']})"
    got = fit(prod["entries"], prod["category"], m)
    if got is None:
        case["note"] = f"{who} is not held in {measure_words(m)}{cut_note}"
        return case
    fmt, units = got
    same = [e for e in prod["entries"] if e["format_cl"] == fmt]
    expect, entry, also = pick(same, label_vintage)
    held = sorted(e["vintage"] for e in same)
    note = f"{who}, {measure_words(m)}"
    if members is not None:
        note = f"'{key[1:]}' alone: the one held in {measure_words(m)}, " + note
    if expect == "almost":
        note += f": label vintage {label_vintage} not in library, has {held}"
    case.update({"expect": expect, "beverage_id": entry["id"], "also_ok": also,
                 "units_per_sale": units, "note": note + cut_note})
    return case


def build():
    library, by_key = build_library()
    cases, refused = [], []
    for till, module in (("CAISSE", biere_specs_caisse), ("TABLETTE", biere_specs_tablette),
                         ("BOUTIQUE", biere_specs_boutique)):
        for line in module.SPECS.strip().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                try:
                    cases.append(case_for(till, line, by_key))
                except Refused as err:
                    refused.append(f"{till}: {line}: {err}")
    if refused:
        sys.exit("buttons to retype shorter:\n" + "\n".join(refused))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    return library, cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    library, cases = build()
    dump(library, os.path.join(HERE, "biere_library.jsonl"))
    dump(cases, os.path.join(HERE, "biere_cases.jsonl"))
    if "-v" in sys.argv:
        print(f"library {len(library)}, cases {len(cases)}")
        for till in ("CAISSE", "TABLETTE", "BOUTIQUE", None):
            sub = [c for c in cases if till is None or c["connection"] == till]
            counts = {e: sum(c["expect"] == e for c in sub) for e in ("yes", "almost", "none")}
            pours = sum(c["expect"] != "none" and c["units_per_sale"] != 1 for c in sub)
            cut = sum("cut off by the till" in c["note"] for c in sub)
            print(f"{till or 'all':9} {len(sub):4} {counts} pours={pours} cut={cut} "
                  f"none={counts['none'] / len(sub):.1%} almost={counts['almost'] / len(sub):.1%}")


if __name__ == "__main__":
    main()
