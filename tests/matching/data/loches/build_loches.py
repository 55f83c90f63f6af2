"""Build the `loches` held-out matching set (stdlib only, deterministic).

    python3 build_loches.py [-v]

Writes loches_library.jsonl and loches_cases.jsonl beside this file.  Every label is
rendered with its till's habits (loches_tills.py) and the answer is computed from what
the RENDERED label says (loches_rules.py): a vintage the comptoir's cut took away is no
longer on the label.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import loches_cases_bo
import loches_cases_comptoir
import loches_cases_salle
from loches_drinks import DRINKS
from loches_rules import answer
from loches_tills import READ, render_bo, render_comptoir, render_salle

PREFIX = "LCH"
APERITIFS = {"ricard", "suze", "lillet_blanc", "lillet_rose", "martini_bianco", "campari",
             "aperol", "graham_six"}
FORMAT_WORD = {37.5: "half bottle", 150: "magnum"}


def fmt_cl(f):
    return f if f != int(f) else int(f)


def build_library():
    lib, by_key = [], {}
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        ids = {}
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda v: (v is None, v)):
                bid = "%s%03d" % (PREFIX, len(lib) + 1)
                ids[(f, v)] = bid
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": region, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fmt_cl(f)})
        by_key[key] = {"name": name, "producer": prod, "colour": colour, "category": cat,
                       "formats": formats, "ids": ids}
    return lib, by_key


def family(key, d):
    if key in APERITIFS:
        return "AP"
    if d["category"] == "spiritueux":
        return "DG"
    if d["category"] == "bière":
        return "BI"
    if d["category"] == "soft":
        return "SO"
    if d["category"] == "champagne" or d["colour"] == "effervescent" or key == "monmousseau_rose":
        return "VE"
    return {"rouge": "VR", "blanc": "VB", "rosé": "VS", "liquoreux": "VL"}[d["colour"]]


def parse(module):
    for line in module.CASES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        key, measure, vin, text = f[0], f[1], f[2], f[3]
        reason = f[4] if len(f) > 4 else ""
        yield key, measure, int(vin) if vin else None, text, reason


def build_cases(by_key):
    cases, labels = [], set()
    used_codes = set()
    for conn, module in (("comptoir", loches_cases_comptoir), ("salle", loches_cases_salle),
                         ("bo", loches_cases_bo)):
        for key, measure, vin, text, reason in parse(module):
            d = None if key.startswith("-") else by_key[key]
            if conn == "comptoir":
                label = render_comptoir(text, measure, vin)
            elif conn == "salle":
                label = render_salle(text, measure, vin)
            else:
                fam = key[1:] if d is None else family(key, d)
                label = render_bo(text, measure, vin, fam, used_codes)
            assert label not in labels, "duplicate label %r" % label
            labels.add(label)
            m_read, v_read = READ[conn](label)
            if conn == "bo" and measure == "B":
                measure = "C75" if m_read == "C75" else measure
            assert m_read == measure, (label, m_read, measure)
            assert v_read == vin or (v_read is None and conn == "comptoir"), (label, v_read, vin)
            cut = vin is not None and v_read is None
            if d is None:
                assert reason, label
                case = ("none", None, [], None, reason)
            else:
                exp, bid, also, units, detail = answer(d["ids"], d["formats"], measure, v_read)
                who = "%s (%s)" % (d["name"], d["producer"])
                if exp == "none":
                    assert not reason, label
                    case = ("none", None, [], None,
                            "%s: not held in the format this label asks for" % who)
                else:
                    note = who
                    if exp == "almost":
                        note += ": label vintage %d not in library, has %s" % (v_read, detail)
                    if cut:
                        note += " [%d cut off by the till]" % vin
                    if reason:
                        note += ": " + reason
                    case = (exp, bid, also, units, note)
            exp, bid, also, units, note = case
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": v_read, "units_per_sale": units, "note": note,
                          "connection": conn})
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(lib, os.path.join(HERE, "loches_library.jsonl"))
    dump(cases, os.path.join(HERE, "loches_cases.jsonl"))
    if "-v" in sys.argv:
        c = Counter((x["connection"], x["expect"]) for x in cases)
        n = len(cases)
        print("library", len(lib), "cases", n)
        for conn in ("comptoir", "salle", "bo"):
            print(conn, [c[(conn, e)] for e in ("yes", "almost", "none")])
        for e in ("yes", "almost", "none"):
            k = sum(v for (cc, ee), v in c.items() if ee == e)
            print(e, k, "%.1f%%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
