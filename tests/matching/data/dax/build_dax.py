"""Build the Dax blind set: dax_library.jsonl and dax_cases.jsonl (stdlib only, deterministic).

    python3 build_dax.py
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dax_cases_bons
import dax_cases_cure
import dax_cases_zinc
import dax_tills as T
from dax_drinks import FAMILIES
from dax_rules import POUR, answer, library

FAM = dict(FAMILIES)


def yy(s):
    n = int(s)
    return 1900 + n if n > 30 else 2000 + n


def read_vintage(conn, label):
    """The vintage as it survives on the rendered label."""
    if conn == "zinc":
        toks = label.split(" ")[1:]
        return yy(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
    if conn == "cure":
        m = re.search(r" ((?:19|20)\d\d) · ", label)
        return int(m.group(1)) if m else None
    m = re.search(r"'(\d\d) \.", label)
    return yy(m.group(1)) if m else None


def volume(meas, rows):
    if meas in POUR:
        return POUR[meas]
    if meas == "db":
        return 37.5
    if meas == "mg":
        return 150
    if meas == "bt":
        return 75 if (not rows or rows[0]["category"] in ("vin", "champagne")) else rows[0]["format_cl"]
    if meas == "pot":
        return 25
    if meas.startswith("b"):
        return float(meas[1:])
    return 0


def food_kcal(text):
    return 120 + int(hashlib.sha256(text.encode()).hexdigest(), 16) % 480


def main():
    lib, fam_rows = library()
    out = []
    seen = set()
    for conn, mod in (("zinc", dax_cases_zinc), ("cure", dax_cases_cure), ("bons", dax_cases_bons)):
        for case in mod.CASES:
            exp, fam, text, vint, meas = case[:5]
            kc = case[5] if len(case) > 5 else None
            rows = fam_rows.get(fam, []) if fam else []
            if fam and fam not in fam_rows:
                raise SystemExit("unknown family %s" % fam)
            if conn == "zinc":
                label = T.render_zinc(text, vint, meas)
            elif conn == "cure":
                if meas in ("x", "xs"):
                    k = food_kcal(text)
                else:
                    vol = volume(meas, rows)
                    if rows:
                        k = T.kcal(fam, None, vol, rows[0]["category"], rows[0]["colour"])
                    else:
                        if kc is None:
                            raise SystemExit("kcal class needed: %s" % text)
                        k = T.kcal("", kc, vol)
                label = T.render_cure(text, vint, meas, k)
            else:
                label = T.render_bons(text, vint, meas)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = read_vintage(conn, label)
            e, bid, also, units, why = answer(rows, meas, lv)
            if e != exp:
                raise SystemExit("%s %r: declared %s, rules say %s (%s)" % (conn, label, exp, e, why))
            if fam:
                name, prod = FAM[fam][0], FAM[fam][1]
                note = "%s (%s): %s" % (name, prod, why)
            else:
                note = "not in the library: %s" % ("food or service" if meas in ("x", "xs") else "drink, cuvée or generic not held")
            out.append({"label": label, "expect": e, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note, "connection": conn})
    with open(os.path.join(HERE, "dax_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dax_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(lib), len(out)))


if __name__ == "__main__":
    main()
