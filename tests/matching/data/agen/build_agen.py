"""Builds agen_library.jsonl and agen_cases.jsonl (stdlib only, deterministic)."""
import json
import os

import agen_cases_appli
import agen_cases_tarif
import agen_cases_zinc
import agen_tills as T
from agen_drinks import P
from agen_rules import answer, bottle_format, pour_format

HERE = os.path.dirname(os.path.abspath(__file__))


def num(x):
    return int(x) if x == int(x) else x


def library():
    rows, ids, prods = [], {}, {}
    n = 0
    for prod in P:
        key, name, producer, app, region, colour, cat, entries = prod
        prods[key] = prod
        ids[key] = []
        for v, f in entries:
            n += 1
            i = "ge%03d" % n
            ids[key].append((i, v, f))
            rows.append({"id": i, "name": name, "producer": producer, "appellation": app,
                         "region": region, "country": "France" if region else None,
                         "colour": colour, "category": cat, "vintage": v, "format_cl": num(f)})
    return rows, ids, prods


COUNTRY = {"jack": "États-Unis", "jameson": "Irlande", "chivas12": "Écosse", "glenfiddich12": "Écosse",
           "lagavulin16": "Écosse", "clan": "Écosse", "havana3": "Cuba", "havana7": "Cuba",
           "diplomatico": "Venezuela", "gordons": "Royaume-Uni", "hendricks": "Écosse",
           "absolut": "Suède", "greygoose": "France", "hennessy": "France", "get27": "France",
           "manzana": "Allemagne", "jager": "Allemagne", "cointreau": "France", "magloire": "France",
           "ricard": "France", "p51": "France", "suze": "France", "martini": "Italie",
           "guinness_pr": "Irlande", "heineken": "Pays-Bas", "heineken00": "Pays-Bas",
           "desperados": "Pays-Bas", "corona": "Mexique", "chouffe": "Belgique", "duvel": "Belgique",
           "grimb_pr": "Belgique", "grimb_amb": "Belgique"}


def render(till, case, prods):
    text, key, measure, vintage = case[:4]
    if key:
        prod = prods[key]
        fmt = bottle_format(prod, measure) or pour_format(prod, measure)
        cat = prod[6]
    elif till == "tarif":
        fmt, cat = case[5], case[6]
    else:
        fmt, cat = None, None
    if till == "zinc":
        return T.zinc(text, measure, vintage, fmt)
    if till == "appli":
        return T.appli(text, measure, vintage, fmt)
    return T.tarif(text, measure, vintage, fmt, cat)


def cases(ids, prods):
    out = []
    for till, mod in (("zinc", agen_cases_zinc), ("appli", agen_cases_appli), ("tarif", agen_cases_tarif)):
        for case in mod.CASES:
            label, vint = render(till, case, prods)
            key, measure, vintage = case[1], case[2], case[3]
            if key is None:
                out.append({"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": vint, "units_per_sale": None, "note": case[4], "connection": till})
                continue
            prod = prods[key]
            bid, also, expect, units = answer(prod, ids[key], measure, vint)
            note = "%s (%s)" % (prod[1], prod[2])
            if vintage and vint is None:
                note += " [%d cut off by the till]" % vintage
            if expect == "almost":
                note += ": label vintage %d not held" % vint
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": num(units), "note": note, "connection": till})
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    assert not dup, dup
    return out


def main():
    rows, ids, prods = library()
    for r in rows:
        key = next(k for k, v in ids.items() if any(x[0] == r["id"] for x in v))
        if r["country"] is None:
            r["country"] = COUNTRY.get(key, "France")
    cs = cases(ids, prods)
    with open(os.path.join(HERE, "agen_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "agen_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cs:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {e: sum(t[e] for t in tab.values()) for e in ("yes", "almost", "none")}
    print(len(rows), "drinks,", len(cs), "cases", tab, {e: "%.1f%%" % (100 * v / len(cs)) for e, v in tot.items()})


if __name__ == "__main__":
    main()
