"""Build the hazebrouck held-out set: python3 build_hazebrouck.py (stdlib, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hazebrouck_cases_comptoir
import hazebrouck_cases_salle
import hazebrouck_cases_semaine
from hazebrouck_drinks import DRINKS
from hazebrouck_rules import answer, ordinary
from hazebrouck_tills import (
    POUR_CL,
    SIZE_CL,
    comptoir_family,
    read_vintage,
    render_comptoir,
    render_salle,
    render_semaine,
)

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
EXP = {"y": "yes", "a": "almost", "n": "none"}


def num(x):
    return int(x) if float(x) == int(x) else x


def library():
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, kind, ents in DRINKS:
        for v, f in ents:
            n += 1
            i = "hz%03d" % n
            rows.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, ctry, col, cat, v, num(f)], strict=False)))
            by_key.setdefault(key, {"name": name, "producer": prod, "kind": kind, "ents": []})
            by_key[key]["ents"].append((i, v, f))
    return rows, by_key


def volume_cl(drink, measure, fam):
    if measure == "":
        return None
    if measure in POUR_CL:
        return POUR_CL[measure]
    if measure in SIZE_CL:
        return SIZE_CL[measure]
    if drink is None:                       # "B" on a drink the library does not hold
        return {"VIN": 75, "CHP": 75, "ALC": 70, "GEN": 70}[fam]
    return ordinary([(v, f) for _, v, f in drink["ents"]])


def cases(by_key):
    out, seen = [], set()
    for conn, mod in (("comptoir", hazebrouck_cases_comptoir), ("salle", hazebrouck_cases_salle),
                      ("semaine", hazebrouck_cases_semaine)):
        for ln in mod.CASES.strip().splitlines():
            ln = ln.strip()
            if not ln or ln.startswith("#"):
                continue
            parts = ln.split("|")
            exp, key, measure, vt, text = parts[:5]
            why = parts[5] if len(parts) > 5 else ""
            typed_v = int(vt) if vt else None
            if typed_v is not None and typed_v < 100:
                typed_v += 2000
            drink = None if key.startswith("-") else by_key[key]
            fam = key[1:] if drink is None else comptoir_family(drink["kind"], measure)
            if conn == "comptoir":
                label = render_comptoir(fam, text, measure, typed_v)
            elif conn == "salle":
                label = render_salle(text, measure, typed_v)
            else:
                label = render_semaine(text, measure, typed_v, volume_cl(drink, measure, fam))
            v = read_vintage(conn, label)
            if drink is None:
                res = ("none", None, [], None, why)
            else:
                res = answer(drink["ents"], drink["kind"], measure, v)
            e, bid, also, units, rwhy = res
            if e != EXP[exp]:
                raise SystemExit("%s: %r declared %s, rules give %s (%s)" % (conn, label, exp, e, rwhy))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if drink is None:
                note = why
            else:
                note = "%s (%s)" % (drink["name"], drink["producer"])
                if rwhy:
                    note += ": " + rwhy
                elif why:
                    note += ": " + why
            if typed_v and v is None:
                note += " [%d cut off by the till]" % typed_v
            out.append({"label": label, "expect": e, "beverage_id": bid, "also_ok": also,
                        "vintage": v, "units_per_sale": units, "note": note, "connection": conn})
    return out


def main():
    lib, by_key = library()
    cs = cases(by_key)
    with open(os.path.join(HERE, "hazebrouck_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "hazebrouck_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cs:
        tab[(c["connection"], c["expect"])] = tab.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cs), "cases")
    for conn in ("comptoir", "salle", "semaine"):
        print(conn, [tab.get((conn, e), 0) for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
