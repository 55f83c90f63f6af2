"""Build sedan_library.jsonl and sedan_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sedan_cases_brasseur
import sedan_cases_compta
import sedan_cases_tablette
from sedan_drinks import DRINKS
from sedan_rules import answer
from sedan_tills import ACCOUNTS, parse, render_brasseur, render_compta, render_tablette

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]


def library():
    lib = []
    for i, row in enumerate(DRINKS, 1):
        wk = row[0]
        e = dict(zip(LIB_FIELDS[1:], row[1:], strict=False))
        e = {"id": "sd%03d" % i, **e}
        if e["format_cl"] == int(e["format_cl"]):
            e["format_cl"] = int(e["format_cl"])
        e["wk"] = wk
        lib.append(e)
    return lib


def specs(module):
    for line in module.CASES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        exp, key, meas, vin, text = f[0], f[1], f[2], f[3], f[4]
        extra = f[5] if len(f) > 5 else ""
        yield exp, key, meas, int(vin) if vin else None, text, extra


def render(conn, lib, key, exp, meas, vin, text):
    cat = key if exp == "N" else next(e for e in lib if e["wk"] == key)["category"]
    if conn == "brasseur":
        tva = "B" if cat in ("soft", "F") else "A"
        return render_brasseur(text, meas, vin, tva)
    if conn == "tablette":
        return render_tablette(text, meas, vin)
    acct = ACCOUNTS.get(cat) or ACCOUNTS[{"V": "vin", "B": "bière", "SP": "spiritueux",
                                          "SO": "soft"}[cat]]
    return render_compta(text, meas, vin, acct)


def cases(lib):
    out, seen = [], set()
    for conn, mod in (("brasseur", sedan_cases_brasseur), ("tablette", sedan_cases_tablette),
                      ("compta", sedan_cases_compta)):
        for exp, key, meas, vin, text, extra in specs(mod):
            label = render(conn, lib, key, exp, meas, vin, text)
            assert label not in seen, label
            seen.add(label)
            _, rmeas, rvin = parse(conn, label)
            assert rmeas == meas or (rmeas, meas) in (("btl", "b75"), ("half", "b37")), (label, meas, rmeas)
            cut = vin is not None and rvin is None
            if exp == "N":
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                     "vintage": rvin, "units_per_sale": None, "note": extra,
                     "connection": conn}
            else:
                ex, bid, also, units, why = answer(lib, key, meas, rvin)
                want = {"Y": "yes", "A": "almost", "F": "none"}[exp]
                assert ex == want, (label, ex, want)
                e = next(x for x in lib if x["wk"] == key)
                note = f"{e['name']} ({e['producer']}): {why}"
                if cut:
                    note += f" [{vin} cut off by the till]"
                if extra:
                    note += f"; {extra}"
                c = {"label": label, "expect": ex, "beverage_id": bid, "also_ok": also,
                     "vintage": rvin, "units_per_sale": units, "note": note,
                     "connection": conn}
            out.append(c)
    return out


def main():
    lib = library()
    cs = cases(lib)
    with open(os.path.join(HERE, "sedan_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sedan_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cs)
    tot = Counter(c["expect"] for c in cs)
    print(len(lib), "drinks,", len(cs), "cases")
    for conn in ("brasseur", "tablette", "compta"):
        print(conn, [cnt[(conn, x)] for x in ("yes", "almost", "none")])
    print({k: "%d (%.1f%%)" % (v, 100 * v / len(cs)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
