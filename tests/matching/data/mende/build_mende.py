"""Build the mende held-out set: python3 build_mende.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_bar
import cases_seminaire
import cases_veilleur
import tills
from drinks import DRINKS
from rules import answer, library

EXP = {"y": "yes", "a": "almost", "n": "none"}
ORDER = [("bar", cases_bar.CASES), ("seminaire", cases_seminaire.CASES), ("veilleur", cases_veilleur.CASES)]


def build():
    lib, by_key = library(DRINKS)
    byid = {e["id"]: e for e in lib}
    out, seen = [], set()
    for conn, cases in ORDER:
        for c in cases:
            exp, key, serving, text, vint = c[:5]
            note = c[5] if len(c) > 5 else None
            if conn == "seminaire":
                label = tills.seminaire(serving, text, vint, c[6] if len(c) > 6 else None)
            else:
                label = tills.RENDER[conn](serving, text, vint)
            read_v = tills.READ[conn](label)[2]
            if read_v != vint and not (conn == "veilleur" and read_v is None):
                raise SystemExit("%s: vintage read %s != %s" % (label, read_v, vint))
            e, bid, also, u = answer(by_key, key, serving, read_v)
            if e != EXP[exp]:
                raise SystemExit("%s [%s]: computed %s, intended %s" % (label, conn, e, EXP[exp]))
            if label in seen:
                raise SystemExit("duplicate label " + label)
            seen.add(label)
            if note is None:
                d = byid[bid]
                note = "%s (%s)" % (d["name"], d["producer"])
                if e == "almost":
                    note += ": label vintage %d not in library, has %s" % (
                        read_v, sorted(x["vintage"] for x in by_key[key]))
                elif read_v is None and vint is not None:
                    note += ": vintage cut off by the 32-column field"
            out.append({"label": label, "expect": e, "beverage_id": bid, "also_ok": also, "vintage": read_v,
                        "units_per_sale": u, "note": note, "connection": conn})
    return lib, out


def main():
    lib, cases = build()
    with open(os.path.join(HERE, "mende_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "mende_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = {}
    for c in cases:
        cnt[(c["connection"], c["expect"])] = cnt.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    print("library", len(lib), "cases", n)
    for conn, _ in ORDER:
        print(conn, [cnt.get((conn, x), 0) for x in ("yes", "almost", "none")])
    for x in ("yes", "almost", "none"):
        k = sum(v for (a, b), v in cnt.items() if b == x)
        print(x, k, "%.1f%%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
