"""Builds bistrovin_library.jsonl and bistrovin_cases.jsonl (stdlib only, deterministic).
python3 build_bistrovin.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bistrovin_cases_caisse
import bistrovin_cases_cave
import bistrovin_cases_tablette
import bistrovin_tills as T
from bistrovin_drinks import PRODUCTS
from bistrovin_rules import WINE_CATS, answer

PROD = {p[0]: p for p in PRODUCTS}


def library():
    rows, ids = [], {}
    for p in PRODUCTS:
        key, name, producer, app, region, colour, cat, _fam, formats = p
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda x: x or 0):
                i = f"bv{len(rows) + 1:03d}"
                ids[(key, f, v)] = i
                rows.append({"id": i, "name": name, "producer": producer, "appellation": app,
                             "region": region, "country": "France", "colour": colour,
                             "category": cat, "vintage": v, "format_cl": f})
    return rows, ids


def split_m(m):
    if m.startswith("cl"):
        return "btl", float(m[2:])
    return m, None


def norm_words(s):
    return {w for w in re.split(r"[^a-z0-9]+", T.ascii_upper(s).lower()) if len(w) >= 3}


def build_case(conn, s, ids):
    prod = PROD.get(s.key) if s.key else None
    fam = prod[7] if prod else s.fam
    m, size = split_m(s.m)
    wine = bool(prod and prod[6] in WINE_CATS) or (not prod and fam in T.WINE_FAMS)
    cutnote = ""
    if conn == "caisse":
        label, full = T.render_caisse(fam, s.text, s.v, m, size)
        body = T.PRICE_RE.sub("", label)
        rfam, rm, rsize, rv = T.read_caisse(label)
        assert rfam == fam, (label, rfam, fam)
        name_full = full if not s.v else full.rsplit(" ", 1)[0]
        if not body.startswith(name_full) or (size and not body.endswith("CL")):
            # the cut took words of the name (or the bottle size)
            if s.cut == "same":
                pass
            else:
                prod = PROD.get(s.cut) if s.cut else None
            cutnote = f" [cut: '{full}']"
        elif s.cut != "same":
            raise SystemExit(f"cut given but no word cut: {label}")
        if s.v and rv is None:
            cutnote = f" [{s.v} cut off by the till]" + (cutnote if prod is None else "")
    elif conn == "tablette":
        label = T.render_tablette(s.text, s.v, m, size)
        rm, rsize, rv = T.read_tablette(label)
    else:
        if prod:
            f = size or (37.5 if m == "1/2" else 150 if m == "mag" else (75 if wine else next(iter(prod[8]))))
        else:
            f = size or (37.5 if m == "1/2" else 150 if m == "mag" else (75 if wine and m == "btl" else None))
        label = T.render_compta(fam, s.text, s.v, m, f if m in ("btl", "1/2", "mag") else None, wine)
        _, rm, rsize, rv = T.read_compta(label)
        if rsize in (37.5, 150) and rm == "btl":
            rm, rsize = ("1/2" if rsize == 37.5 else "mag"), None
        elif rsize == 75 and wine:
            rsize = None
    assert rv == (s.v if conn != "caisse" else rv), (label, rv, s.v)
    if conn != "caisse":
        assert rm == m or (m in ("1/2", "mag", "")), (label, rm, m)
    exp, f, v, others, units = answer(prod, rm, rsize, rv)
    if exp == "none":
        why = s.why or (f"{prod[1]} ({prod[2]}) not held in this format" if prod else
                        f"{PROD[s.key][1]} ({PROD[s.key][2]}): the cut leaves no held wine"
                        if s.key else "")
        assert why, label
        rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": rv,
               "units_per_sale": None, "note": why + cutnote, "connection": conn}
        return rec
    bid = ids[(prod[0], f, v)]
    also = [ids[(prod[0], f, o)] for o in others]
    note = f"{prod[1]} ({prod[2]})"
    if exp == "almost":
        note += f": label vintage {rv} not in library, has {sorted(prod[8][f])}"
    note += cutnote
    # fairness: a yes/almost label shares a word (or a cut word's start) with its entry
    lw = norm_words(label)
    ew = norm_words(" ".join(str(x) for x in (prod[1], prod[2], prod[3]) if x))
    ok = lw & ew or any(len(w) >= 3 and any(e.startswith(w) for e in ew) for w in lw)
    assert ok, ("no shared word", label)
    return {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": rv,
            "units_per_sale": units, "note": note, "connection": conn}


def main():
    lib, ids = library()
    cases = []
    for conn, mod in (("caisse", bistrovin_cases_caisse), ("tablette", bistrovin_cases_tablette),
                      ("cave", bistrovin_cases_cave)):
        for s in mod.CASES:
            cases.append(build_case(conn, s, ids))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    with open(os.path.join(HERE, "bistrovin_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in lib:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bistrovin_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in cases:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = {}
    for c in cases:
        tot[(c["connection"], c["expect"])] = tot.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cases), "cases")
    for conn in ("caisse", "tablette", "cave"):
        print(conn, {e: tot.get((conn, e), 0) for e in ("yes", "almost", "none")})
    n = len(cases)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(e, k, f"{100 * k / n:.1f} %")


if __name__ == "__main__":
    main()
