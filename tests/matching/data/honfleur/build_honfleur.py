"""Build the held-out set "Brasserie de la Lieutenance" (Honfleur): library and cases.

Stdlib only, deterministic.  Renders every sale with its till's habits, reads the
rendered label back, and computes the answer from what the rendered label says.
Usage: python3 build_honfleur.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import honfleur_cases_comptoir as c_comptoir
import honfleur_cases_salle as c_salle
import honfleur_cases_terrasse as c_terrasse
import honfleur_drinks as drinks
import honfleur_rules as rules
import honfleur_tills as tills

PREFIX = "HNF"
CASE_MODULES = (("comptoir", c_comptoir), ("terrasse", c_terrasse), ("salle", c_salle))
CIDRE = {"drouin_cidre", "drouin_poire", "sassy", "sassy_rose", "dupont_cidre", "pommeau"}
APERO = {"ricard", "cassis", "aperol", "campari", "lillet", "martini_b", "martini_r",
         "suze", "taylors"}


def department(key, cat):
    """The comptoir register's department key for a drink of the library."""
    if key in CIDRE:
        return "CIDRE"
    if key in APERO:
        return "APERO"
    return {"vin": "VIN", "champagne": "CHAMP", "bière": "BIERE", "soft": "SOFT",
            "spiritueux": "ALCOOL", "autre": "APERO"}[cat]


def parse(block):
    out = []
    for line in block.strip().splitlines():
        f = line.split("|")
        if f[0].startswith("-"):
            if len(f) != 5:
                raise SystemExit("bad none line: " + line)
            out.append({"key": None, "fam": f[0][1:], "measure": f[1],
                        "vintage": int(f[2]) if f[2] else None, "text": f[3], "reason": f[4]})
        else:
            if len(f) != 4:
                raise SystemExit("bad line: " + line)
            out.append({"key": f[0], "fam": None, "measure": f[1],
                        "vintage": int(f[2]) if f[2] else None, "text": f[3], "reason": ""})
    return out


def build():
    lib = rules.Library(drinks.DRINKS, PREFIX)
    by_id = {r["id"]: r for r in lib.rows}
    cases = []
    seen = set()
    for till, mod in CASE_MODULES:
        for c in parse(mod.CASES):
            key = c["key"]
            fam = c["fam"]
            bottle_cl = 75 if c["measure"] == "B" else None  # a wine not held: 75 cl
            if key is not None:
                d = lib.by_key[key]
                fam = department(key, d["category"])
                if c["measure"] == "B":
                    bottle_cl = lib.ordinary(key)
            if till == "comptoir":
                label = tills.render_comptoir(fam, c["measure"], c["vintage"], c["text"])
            elif till == "terrasse":
                label = tills.render_terrasse(fam, c["measure"], c["vintage"], c["text"])
            else:
                label = tills.render_salle(fam, c["measure"], c["vintage"], c["text"], bottle_cl)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            vint, meas = tills.read_back(till, label)
            want = c["measure"]
            if till == "salle" and want == "B":
                want = "C%g" % bottle_cl
            if meas != want:
                raise SystemExit("%s: measure read back %r, meant %r: %s" % (till, meas, want, label))
            cut = ""
            if vint != c["vintage"]:
                if vint is None and till == "comptoir":
                    cut = " [%d cut off by the till]" % c["vintage"]
                else:
                    raise SystemExit("%s: vintage read back %r, meant %r: %s"
                                     % (till, vint, c["vintage"], label))
            if key is None:
                exp, bid, also, units, why = "none", None, [], None, c["reason"]
                note = "none: " + why
            else:
                exp, bid, also, units, why = rules.answer(lib, key, meas, vint)
                d = lib.by_key[key]
                who = "%s (%s)" % (d["name"], d["producer"])
                note = who if not why else "%s: %s" % (who, why)
                if exp == "none":
                    note = "none: " + note
            note += cut
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": vint, "units_per_sale": units, "note": note,
                          "connection": till})
    return lib.rows, cases, by_id


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows, cases, _ = build()
    dump(rows, os.path.join(HERE, "honfleur_library.jsonl"))
    dump(cases, os.path.join(HERE, "honfleur_cases.jsonl"))
    if "-v" in sys.argv:
        print("library: %d drinks, cases: %d" % (len(rows), len(cases)))
        for till in tills.TILLS:
            sub = [c for c in cases if c["connection"] == till]
            cnt = {e: sum(1 for c in sub if c["expect"] == e) for e in ("yes", "almost", "none")}
            print("%-9s yes %3d  almost %3d  none %3d  total %3d"
                  % (till, cnt["yes"], cnt["almost"], cnt["none"], len(sub)))
        tot = {e: sum(1 for c in cases if c["expect"] == e) for e in ("yes", "almost", "none")}
        print("total     yes %3d (%.1f %%)  almost %3d (%.1f %%)  none %3d (%.1f %%)"
              % (tot["yes"], 100.0 * tot["yes"] / len(cases), tot["almost"],
                 100.0 * tot["almost"] / len(cases), tot["none"], 100.0 * tot["none"] / len(cases)))


if __name__ == "__main__":
    main()
