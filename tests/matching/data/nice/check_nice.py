"""Check nice_library.jsonl and nice_cases.jsonl alone (no build): python3 check_nice.py"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
A_MEAS = {
    "VRE": 12.5,
    "VRE12": 12,
    "VRE15": 15,
    "CAR25": 25,
    "CAR50": 50,
    "DOSE": 4,
    "2CL": 2,
    "6CL": 6,
    "DEMI": 25,
    "PINTE": 50,
}
W_MEAS = {
    "calice": 12.5,
    "quartino": 25,
    "caraffa 50": 50,
    "bicchierino": 4,
    "demi": 25,
    "pinta": 50,
    "piccola": 20,
    "media": 40,
}
errors = []


def err(i, msg):
    errors.append(f"case {i + 1}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def parse(c):
    """(vintage, bottle format or None, pour volume or None, draught?) read from the label."""
    lab, till = c["label"], c["connection"]
    fmt = pour = None
    vint = None
    if till == "A":
        m = re.match(r"^(\d{4}) (.+)$", lab)
        if not m:
            return "bad"
        toks = m.group(2).split(" ")
        last = toks[-1]
        if last in A_MEAS:
            pour = A_MEAS[last]
            toks = toks[:-1]
        elif last == "MAG":
            fmt = 150
            toks = toks[:-1]
        elif last == "1/2":
            fmt = 37.5
            toks = toks[:-1]
        elif re.fullmatch(r"\d+CL|1L", last):
            fmt = 100 if last == "1L" else int(last[:-2])
            toks = toks[:-1]
        desc = " ".join(toks)
        if len(desc) > 20:
            return "width"
        if re.fullmatch(r"[0-2]\d|30", toks[-1]):  # 51 in PASTIS 51 is a name
            vint = 2000 + int(toks[-1])
    elif till == "B":
        m = re.search(r" \((\d+(?:,5)?)cl\)$", lab)
        size = float(m.group(1).replace(",", ".")) if m else None
        size = int(size) if size and size == int(size) else size
        v = re.search(r" ((?:19|20)\d\d)(?: \(|$)", lab)
        vint = int(v.group(1)) if v else None
        if size is not None:
            if re.match(r"(Verre|Carafe|Pression) ", lab) or size in (2, 4, 6):
                pour = size
            else:
                fmt = size
    else:
        if not re.search(r" €\d+\.\d\d$", lab):
            return "price"
        body = lab.rsplit(" €", 1)[0]
        v = re.search(r" '(\d\d)$", body)
        vint = 2000 + int(v.group(1)) if v else None
        for w, vol in W_MEAS.items():
            if body.startswith(w + " "):
                pour = vol
        if body.startswith("magnum "):
            fmt = 150
        elif body.startswith("mezza "):
            fmt = 37.5
        m = re.search(r" (\d+)cl(?: |$)| 1l(?: |$)", body)
        if m:
            fmt = int(m.group(1)) if m.group(1) else 100
    return vint, fmt, pour


def main():
    lib = load("nice_library.jsonl")
    cases = load("nice_cases.jsonl")
    byid = {}
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errors.append(f"library {n}: fields {list(e)}")
        if e["id"] != f"i{n:03d}":
            errors.append(f"library {n}: id {e['id']}")
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errors.append(f"library {n}: colour/category")
        if (e["category"] == "vin") != (e["colour"] is not None):
            errors.append(f"library {n}: colour without wine")
        byid[e["id"]] = e
    if not 130 <= len(lib) <= 180:
        errors.append(f"library size {len(lib)}")
    seen = set()
    for i, c in enumerate(cases):
        if list(c) != CASE_FIELDS:
            err(i, f"fields {list(c)}")
            continue
        lab, till = c["label"], c["connection"]
        if lab in seen:
            err(i, "duplicate label")
        seen.add(lab)
        # till habits
        if till == "A":
            if lab != lab.upper() or re.search(r"[^\x00-\x7f]", lab) or "'" in lab:
                err(i, "A: not plain upper case")
        elif till == "B":
            if any(w[:1].islower() for w in lab.split(" ")):
                err(i, "B: not Title Case")
            if c["expect"] != "none" and not lab.endswith("cl)"):
                err(i, "B: drink without size in parentheses")
        elif till == "W":
            if lab != lab.lower() or re.search(r"[àâäéèêëîïôöùûüç]", lab):
                err(i, "W: not lower case without accents")
        else:
            err(i, f"unknown till {till}")
        p = parse(c)
        if isinstance(p, str):
            err(i, f"label habit: {p}")
            continue
        vint, fmt, pour = p
        if c["vintage"] != vint:
            err(i, f"vintage {c['vintage']} but label reads {vint}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err(i, "none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            err(i, f"expect {c['expect']}")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err(i, "unknown beverage_id")
            continue
        wine = [x for x in lib if same_wine(x, e)]
        others = sorted(x["id"] for x in wine if x is not e)
        if sorted(c["also_ok"]) != others and not (
            c["expect"] == "yes" and vint and not c["also_ok"]
        ):
            err(i, f"also_ok {c['also_ok']} should be {others}")
        vins = [x["vintage"] for x in wine if x["vintage"]]
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] != vint:
                err(i, "yes: entry vintage differs from label")
            if vint is not None and c["also_ok"]:
                err(i, "yes with a vintage must have empty also_ok")
            if vint is None and vins and e["vintage"] != max(vins):
                err(i, "yes without vintage: not the most recent")
        else:
            if vint is None or vint in vins:
                err(i, "almost: label vintage missing or held")
            elif e["vintage"] != min(vins, key=lambda v: (abs(v - vint), -v)):
                err(i, "almost: not the nearest vintage")
        # format and units
        f = e["format_cl"]
        if fmt is not None and fmt != f:
            err(i, f"label format {fmt} but entry {f}")
        if pour is not None:
            if (
                pour in (20, 25, 40, 50)
                and re.match(r"(demi|pinta|piccola|media|Pression) |.* (DEMI|PINTE)$", lab)
                and f < 1000
            ):
                err(i, "draught measure on a bottle entry")
            if f in (37.5, 150):
                err(i, "a pour from a half or a magnum")
            want = round(pour / f, 4)
        else:
            want = 1
            if fmt is None and f in (37.5, 150):
                err(i, "half or magnum without a format word")
        if c["units_per_sale"] != want:
            err(i, f"units {c['units_per_sale']} but label says {want}")
    n = len(cases)
    if not 230 <= n <= 280:
        errors.append(f"{n} cases")
    for e in errors:
        print(e)
    print(f"{len(lib)} drinks, {n} cases, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
