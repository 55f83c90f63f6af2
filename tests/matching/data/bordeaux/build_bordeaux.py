"""Build the bordeaux held-out set: bordeaux_library.jsonl and bordeaux_cases.jsonl.

python3 build_bordeaux.py   (deterministic: same bytes on every run)

Each case is what the staff typed on one till (bordeaux_specs.py); the till's habits
(bordeaux_tills.py) render the label, and the expected answer is computed from the
RENDERED label by the bench README's rules: a vintage cut off by the register is no longer
on the label.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bordeaux_drinks as D
import bordeaux_specs as S
import bordeaux_tills as T

SEED = 20261129
POURS = {
    "vre": 12.5,
    "v15": 15,
    "c50": 50,
    "c25": 25,
    "cp": 12.5,
    "dose": 4,
    "4cl": 4,
    "2cl": 2,
    "6cl": 6,
}
DRAUGHT = {"demi": 25, "pinte": 50}
SPIRIT_FAM = {"cognac": "CO", "armagnac": "AR", "rum": "RH", "whisky": "WH"}
KIND = {}
for k in ("otard_vsop", "otard_xo", "meukow_vs", "meukow_vsop", "meukow_xo", "hine"):
    KIND[k] = "cognac"
for k in ("dartig_xo", "dartig", "sigognac10", "sigognac20"):
    KIND[k] = "armagnac"
for k in (
    "diplo",
    "zacapa",
    "appleton8",
    "appleton12",
    "mg_eclipse",
    "mg_xo",
    "damoiseau",
    "neisson",
):
    KIND[k] = "rum"
for k in (
    "glenlivet12",
    "glenlivet15",
    "balvenie12",
    "balvenie14",
    "macallan12",
    "ardbeg10",
    "caolila12",
    "yamazaki12",
):
    KIND[k] = "whisky"
C_SHELF = {"cognac": "Cognac", "armagnac": "Armagnac", "rum": "Rhum", "whisky": "Whisky"}


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, index = [], {}
    n = 0
    for key, name, prod, app, region, country, colour, cat, formats in D.ALL:
        for fcl, vintages in formats.items():
            for v in sorted(vintages, key=lambda x: (x is None, x)):
                n += 1
                bid = "b%03d" % n
                rows.append(
                    {
                        "id": bid,
                        "name": name,
                        "producer": prod,
                        "appellation": app,
                        "region": region,
                        "country": country,
                        "colour": colour,
                        "category": cat,
                        "vintage": v,
                        "format_cl": fmt_num(fcl),
                    }
                )
                index.setdefault(key, {}).setdefault(float(fcl), []).append((v, bid))
    return rows, index


DRINK = {d[0]: d for d in D.ALL}


def r_family(key, measure):
    d = DRINK[key]
    colour, cat = d[6], d[7]
    if cat in ("vin", "champagne"):
        if key in ("celene_r",) or cat == "champagne" or colour == "effervescent":
            return "BU"
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "liquoreux": "LQ"}[colour]
    if cat == "autre":
        return "AP"
    if cat == "spiritueux":
        return SPIRIT_FAM[KIND[key]]
    if cat == "bière":
        return "PR" if measure in DRAUGHT else "BB"
    return "SF"


def c_shelf(key):
    d = DRINK[key]
    if d[7] in ("vin", "champagne"):
        return d[3]
    if d[7] == "autre":
        return "Apéritif"
    if d[7] == "spiritueux":
        return C_SHELF[KIND[key]]
    return {"bière": "Bière", "soft": "Sans alcool"}[d[7]]


def is_spirit(key):
    return key is not None and DRINK[key][7] == "spiritueux"


def ordinary(formats):
    if 75.0 in formats:
        return 75.0
    bottles = [f for f in formats if f < 1000]
    if len(bottles) == 1:
        return bottles[0]
    raise ValueError(f"no ordinary bottle among {formats!r}")


def label_vintage(till, fam_or_shelf, label):
    if till == "R":
        toks = label.split(" ")
        if fam_or_shelf == "AR":
            ys = [t for t in toks if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", t)]
            return int(ys[-1]) if ys else None
        if fam_or_shelf in T.WINE_FAMS and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "T":
        m = re.search(r"'(\d\d)\b", label)
        if m:
            return 2000 + int(m.group(1))
        body = label.rsplit(" ", 1)[0]
        ys = re.findall(r"\b(19[5-9]\d|20[0-3]\d)\b", body)
        return int(ys[-1]) if ys else None
    m = re.search(r"\b(19[5-9]\d|20[0-3]\d) [\d,]+cl$", label)
    return int(m.group(1)) if m else None


def resolve(index, key, measure, lv):
    """(expect, beverage_id, also_ok, units, why) for a label meaning drink `key`."""
    formats = index[key]
    if measure in DRAUGHT:
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, "a draught measure of a drink held only in bottle"
        fcl, units = kegs[0], round(DRAUGHT[measure] / kegs[0], 4)
    elif measure in POURS:
        fcl = ordinary(formats)
        units = round(POURS[measure] / fcl, 4)
    else:
        if measure in ("", "btl"):
            fcl = ordinary(formats)
        elif measure == "half":
            fcl = 37.5
        elif measure == "mag":
            fcl = 150.0
        else:
            fcl = float(measure)
        units = 1
        if fcl not in formats:
            return None, f"format {fmt_num(fcl)} cl not held"
    entries = formats[fcl]
    vints = [v for v, _ in entries]
    by_v = dict(entries)
    if vints == [None]:
        if lv is not None:
            raise ValueError(f"vintage on a non-vintage drink {key}")
        return ("yes", entries[0][1], [], units, ""), None
    if lv is not None and lv in by_v:
        return ("yes", by_v[lv], [], units, ""), None
    if lv is None:
        best = max(vints)
        why = ""
    else:
        best = min(vints, key=lambda v: (abs(v - lv), -v))
        why = "label vintage %d not held, has %s" % (lv, sorted(vints))
    others = [by_v[v] for v in sorted(vints, reverse=True) if v != best]
    return ("yes" if lv is None else "almost", by_v[best], others, units, why), None


def build():
    rows, index = library()
    rng = T.make_rng(SEED)
    cases, errors = [], []
    for till, spec in S.all_specs():
        parts = spec.split("|")
        key_or_fam, measure, vint, text = parts[:4]
        reason = parts[4] if len(parts) > 4 else ""
        vint = int(vint) if vint else None
        key = None if key_or_fam.startswith("-") else key_or_fam
        if till == "R":
            fam = key_or_fam[1:] if key is None else r_family(key, measure)
            if fam not in T.R_FAMILIES:
                raise ValueError(spec)
            full, post = T.render_r(fam, measure, vint, text)
            try:
                label = T.cut_r(full, vint, fam, post)
            except ValueError as exc:
                errors.append(f"{spec}: {exc}")
                continue
            lv = label_vintage("R", fam, label)
        elif till == "T":
            if key is None:
                pclass = T.FAM_CLASS[key_or_fam[1:]]
            else:
                pclass = {
                    "vin": "wine",
                    "champagne": "wine",
                    "autre": "aperitif",
                    "spiritueux": "spirit",
                    "bière": "beer",
                    "soft": "soft",
                }[DRINK[key][7]]
            label = T.render_t(measure, vint, text, is_spirit(key), rng, pclass)
            lv = label_vintage("T", None, label)
        else:
            shelf = key_or_fam[1:] if key is None else c_shelf(key)
            label = T.render_c(shelf, measure, vint, text)
            lv = label_vintage("C", shelf, label)
        if lv != vint and lv is not None:
            raise ValueError(f"vintage misread {label!r}: {lv!r} vs {vint!r}")
        cutnote = " [%d cut off by the till]" % vint if (vint is not None and lv is None) else ""
        if key is None:
            case = {
                "label": label,
                "expect": "none",
                "beverage_id": None,
                "also_ok": [],
                "vintage": lv,
                "units_per_sale": None,
                "note": reason + cutnote,
            }
        else:
            d = DRINK[key]
            desc = f"{d[1]} ({d[2]})"
            res, why_none = resolve(index, key, measure, lv)
            if res is None:
                case = {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": lv,
                    "units_per_sale": None,
                    "note": f"{desc}: {why_none}{cutnote}",
                }
            else:
                expect, bid, also, units, why = res
                note = desc + (": " + why if why else "") + cutnote
                case = {
                    "label": label,
                    "expect": expect,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": lv,
                    "units_per_sale": units,
                    "note": note,
                }
        case["connection"] = till
        cases.append(case)
    if errors:
        raise SystemExit("\n".join(errors))
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise ValueError(f"duplicate labels {sorted(dup)!r}")
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "bordeaux_library.jsonl"), rows)
    dump(os.path.join(HERE, "bordeaux_cases.jsonl"), cases)
    from collections import Counter

    print(len(rows), "drinks,", len(cases), "cases")
    print(Counter((c["connection"], c["expect"]) for c in cases))
    print(Counter(c["expect"] for c in cases))


if __name__ == "__main__":
    main()
