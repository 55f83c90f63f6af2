"""Build the montmartre held-out set: python3 build_montmartre.py [-v]. Stdlib only, deterministic."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import montmartre_rules as R
import montmartre_tills as T
from montmartre_cases_ipad import CASES as C_IPAD
from montmartre_cases_shop import CASES as C_SHOP
from montmartre_cases_tpe import CASES as C_TPE

HERE = os.path.dirname(os.path.abspath(__file__))
TPE_M = {"bt": "btl", "mg": "mag", "1/2": "half", "sh": "dose", "sh2": "dose2", "dm": "demi", "pt": "pinte",
         "33cl": "c33"}


def fam_of(key):
    d = R.BY_KEY[key]
    if d[6] in ("champagne",) or d[5] == "effervescent":
        return "b"
    return {"vin": "r" if d[5] == "rouge" else "w", "bière": "e", "spiritueux": "s", "autre": "s",
            "soft": "o"}[d[6]]


def units_out(u):
    if u is None:
        return None
    return int(u) if float(u).is_integer() else round(u, 4)


def specs():
    for line in C_IPAD.strip().splitlines():
        p = line.split("|")
        v = int(p[3]) if p[3] else None
        if p[1] == "-":
            yield "ipad", None, p[2], v, p[5], p[6], {"creator": p[0], "fam": p[4]}
        else:
            yield "ipad", p[1], p[2], v, p[4], "", {"creator": p[0], "fam": fam_of(p[1])}
    for line in C_TPE.strip().splitlines():
        p = line.split("|")
        v = int(p[2]) if p[2] else None
        m = TPE_M.get(p[1], p[1])
        if p[0] == "-":
            yield "tpe", None, m, v, p[3], p[4], {}
        else:
            yield "tpe", p[0], m, v, p[3], "", {}
    for line in C_SHOP.strip().splitlines():
        p = line.split("|")
        v = int(p[2]) if p[2] else None
        if p[0] == "-":
            yield "shop", None, p[1], v, p[4], p[5], {"fam": p[3], "t": False}
        else:
            yield "shop", p[0], p[1], v, p[4], "", {"fam": T.SKU_FAM[R.BY_KEY[p[0]][6]], "t": p[3] == "t"}


def build():
    cases, seen = [], set()
    for till, key, measure, v, text, reason, x in specs():
        cut = False
        if till == "ipad":
            label = T.render_ipad(x["creator"], text, measure, v, x["fam"])
            _, rm, rv, _ = T.read_ipad(label)
        elif till == "tpe":
            label, cut = T.render_tpe(text, measure, v)
            rm, rv, _field = T.read_tpe(label)
            if rv is not None and rv != v:
                raise SystemExit(f"false vintage left by the cut: {label!r}")
        else:
            label = T.render_shop(text, measure, v, x["fam"], x["t"])
            _, rm, rv, _, _ = T.read_shop(label)
        if rm != measure:
            raise SystemExit(f"measure misread {label!r}: {rm} vs {measure}")
        if rv != v and not (till == "tpe" and cut and rv is None):
            raise SystemExit(f"vintage misread {label!r}")
        if label in seen:
            raise SystemExit(f"duplicate label {label!r}")
        seen.add(label)
        if key is None:
            exp, bid, also, units, why = "none", None, [], None, reason
            note = reason
        else:
            exp, bid, also, units, why = R.resolve(key, measure, rv)
            d = R.BY_KEY[key]
            note = f"{d[1]} ({d[2]})"
            if why:
                note += ": " + why
            if v is not None and rv is None:
                note += " [%d cut off by the till]" % v
        cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": rv,
                      "units_per_sale": units_out(units), "note": note, "connection": till})
    return cases


def main():
    cases = build()
    with open(os.path.join(HERE, "montmartre_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in R.ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "montmartre_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    n = len(cases)
    print("library", len(R.ROWS), "cases", n)
    for t in ("ipad", "tpe", "shop"):
        print(t, tab[t], sum(tab[t].values()))
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(e, k, "%.1f%%" % (100.0 * k / n))
    print("cut", sum(1 for c in cases if "cut off" in c["note"]))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["beverage_id"], c["units_per_sale"], "|", c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
