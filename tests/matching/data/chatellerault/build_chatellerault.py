"""Build the blind held-out set "chatellerault": writes chatellerault_library.jsonl and
chatellerault_cases.jsonl beside this file, byte-identical on every run (stdlib only).

Each case says what the staff typed on one till; the till's habits render the label, the
vintage and measure are read back FROM THE RENDERED LABEL, and only then the bench README's
rules give the answer.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chatellerault_cases_comptoir
import chatellerault_cases_tablette
import chatellerault_cases_z
from chatellerault_rules import INFO, ROWS, answer, category, fmt_txt
from chatellerault_tills import POUR_CL, TILLS, read, render

CASES = {"comptoir": chatellerault_cases_comptoir.CASES,
         "tablette": chatellerault_cases_tablette.CASES,
         "z": chatellerault_cases_z.CASES}

GLASS = {"comptoir": 12, "tablette": 12.5, "z": 12.5}


def intended(till, c):
    """What the staff meant: (kind, vol) as the label should read back."""
    meas, key = c["meas"], c["key"]
    if meas in ("glass", "coupe"):
        return "pour", GLASS[till]
    if meas in POUR_CL:
        return "pour", POUR_CL[meas]
    if meas == "half":
        return "bottle", 37.5
    if meas == "mag":
        return "bottle", 150
    if meas == "btl":
        return "bottle", 75
    if isinstance(meas, tuple):
        vol = meas[1]
        if till == "comptoir" and category(key) not in ("vin", "champagne", "bière", "soft") and vol < 20:
            return "pour", vol
        return "bottle", vol
    return ("only", None)


def measure_words(kind, vol, fmt):
    if kind == "only":
        return ""
    if kind == "bottle":
        return {37.5: " half bottle", 150: " magnum", 75: ""}.get(vol, " %s cl bottle" % fmt_txt(vol))
    return ", %s cl pour" % fmt_txt(vol)


def build_cases():
    out, seen = [], set()
    for till in TILLS:
        for c in CASES[till]:
            label, was_cut = render(till, c)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            key = c["key"]
            cat = category(key) if key else None
            kind, vol, vint = read(till, label, cat)
            if was_cut:
                assert vint is None or vint == c["vintage"], label
            else:
                assert vint == c["vintage"], ("vintage not read back", label, vint, c["vintage"])
            if key is None:
                rec = ("none", None, [], None)
                note = c["why"]
            else:
                want = intended(till, c)
                if kind == "only" and want[0] == "bottle" and c["meas"] == "btl":
                    pass
                else:
                    assert (kind, vol) == want, ("measure not read back", label, (kind, vol), want)
                exp, bid, also, units, why = answer(key, kind, vol, vint)
                rec = (exp, bid, also, units)
                d = INFO[key]
                note = "%s (%s)" % (d[1], d[2]) + measure_words(kind, vol, None)
                for extra in (why, c["why"]):
                    if extra:
                        note += ": " + extra
            if was_cut and c["vintage"] and vint is None:
                note += " [%d cut off by the till]" % c["vintage"]
            exp, bid, also, units = rec
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": units, "note": note, "connection": till})
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    cases = build_cases()
    dump(ROWS, os.path.join(HERE, "chatellerault_library.jsonl"))
    dump(cases, os.path.join(HERE, "chatellerault_cases.jsonl"))
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    total = len(cases)
    print("library %d, cases %d" % (len(ROWS), total))
    for till in TILLS:
        print("%-9s yes %3d almost %3d none %3d" % (till, counts.get((till, "yes"), 0),
                                                     counts.get((till, "almost"), 0), counts.get((till, "none"), 0)))
    for e in ("yes", "almost", "none"):
        k = sum(v for (t, x), v in counts.items() if x == e)
        print("%-6s %3d %.1f %%" % (e, k, 100.0 * k / total))


if __name__ == "__main__":
    main()
