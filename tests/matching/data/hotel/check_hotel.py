"""Check hotel_library.jsonl and hotel_cases.jsonl alone (no build): shape, ids, answers, till habits."""

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
errors = []


def err(i, msg):
    errors.append("case %d: %s" % (i, msg))


lib = [json.loads(l) for l in open(os.path.join(HERE, "hotel_library.jsonl"), encoding="utf-8")]
cases = [json.loads(l) for l in open(os.path.join(HERE, "hotel_cases.jsonl"), encoding="utf-8")]
byid = {}
for n, e in enumerate(lib, 1):
    if list(e) != LIB_FIELDS:
        errors.append("entry {}: fields".format(e.get("id")))
    if e["id"] != "h%03d" % n:
        errors.append("entry {}: id out of sequence".format(e["id"]))
    if e["colour"] not in ("rouge", "blanc", "rosé", "effervescent", "liquoreux", None):
        errors.append("entry {}: colour".format(e["id"]))
    if e["category"] not in ("vin", "champagne", "spiritueux", "bière", "soft", "autre"):
        errors.append("entry {}: category".format(e["id"]))
    byid[e["id"]] = e
if not 130 <= len(lib) <= 180:
    errors.append("library size %d" % len(lib))


def wine(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def label_vintage(c):
    lab = c["label"]
    if c["connection"] == "E":
        m = re.search(r" (\d{4}|'\d{2}) - ", lab)
        if not m:
            return None
        v = m.group(1)
        v = 2000 + int(v[1:]) if v.startswith("'") else int(v)
        return v if 1950 <= v <= 2030 else None
    m = re.search(r"\((\d{4})\)$", lab)
    return int(m.group(1)) if m else None


E_POUR = {
    "Glass": 12.5,
    "Glass 175ml": 17.5,
    "Carafe 50cl": 50,
    "Shot": 4,
    "Double": 8,
    "2cl": 2,
    "Pint": 50,
    "Half pint": 25,
}
E_FMT = {"Half bottle": 37.5, "Magnum": 150}
R_POUR = {"VRE": 12.5, "CAR50": 50, "4CL": 4, "8CL": 8, "2CL": 2}
R_FMT = {"1/2": 37.5, "MAG": 150}

labels = set()
for i, c in enumerate(cases, 1):
    if list(c) != CASE_FIELDS:
        err(i, "fields")
    if c["label"] in labels:
        err(i, "duplicate label")
    labels.add(c["label"])
    t = c["connection"]
    lab = c["label"]
    if t == "E":
        if not re.search(r" - €?\d+\.\d\d$", lab):
            err(i, "E label without a dot-decimal price at the end")
        parts = lab.split(" - ")
        meas = parts[1] if len(parts) == 3 else None
    elif t == "R":
        if len(lab) > 32 or lab != lab.upper() or not re.match(r"IRD-[1-9]\d{3} ", lab):
            err(i, "R habit (IRD-code, capitals, 32 wide)")
        if re.search(r"[À-ÿ']", lab):
            err(i, "R label with accent or apostrophe")
        words = lab.split(" ")[1:]
        meas = None
        for w in words:
            if w in R_POUR or w in R_FMT or re.fullmatch(r"[\d.]+CL", w):
                meas = w
    else:
        err(i, "unknown connection")
        continue
    lv = label_vintage(c)
    if lv != c["vintage"]:
        err(i, "vintage {}, label shows {}".format(c["vintage"], lv))
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
            err(i, "none with an answer")
        continue
    if c["expect"] not in ("yes", "almost"):
        err(i, "expect")
        continue
    e = byid.get(c["beverage_id"])
    if e is None:
        err(i, "unknown beverage_id")
        continue
    same = sorted((x for x in lib if wine(x) == wine(e)), key=lambda x: x["vintage"] or 0)
    others = sorted(x["id"] for x in same if x["id"] != e["id"])
    vints = [x["vintage"] for x in same]
    if c["expect"] == "yes":
        if lv is not None:
            if e["vintage"] != lv or c["also_ok"]:
                err(i, "yes with a vintage: entry must carry it, also_ok empty")
        else:
            if e["vintage"] != vints[-1] or sorted(c["also_ok"]) != others:
                err(i, "yes without a vintage: most recent, others in also_ok")
    else:
        if lv is None or lv in vints:
            err(i, "almost needs a label vintage not held")
        else:
            best = min(vints, key=lambda v: (abs(v - lv), -v))
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                err(i, "almost: nearest vintage (tie to the more recent), others in also_ok")
    # units and formats
    u = c["units_per_sale"]
    pour = (E_POUR if t == "E" else R_POUR).get(meas)
    fmt = (E_FMT if t == "E" else R_FMT).get(meas)
    if pour:
        if fmt is None and e["format_cl"] in (37.5, 150) and e["category"] in ("vin", "champagne"):
            err(i, "a pour from a half or a magnum")
        if meas in ("Pint", "Half pint") and e["format_cl"] < 2000:
            err(i, "a draught measure from a bottle")
        if u != round(pour / e["format_cl"], 4):
            err(i, "units {}, expected {}".format(u, round(pour / e["format_cl"], 4)))
    else:
        if u != 1:
            err(i, "a bottle sale is 1 unit")
        if fmt and e["format_cl"] != fmt:
            err(i, "format word {} but entry is {} cl".format(meas, e["format_cl"]))
        m = re.search(r"(\d+(?:\.\d+)?)cl", meas or "", re.I)
        if m and float(m.group(1)) != e["format_cl"]:
            err(i, "volume on the label {} but entry is {} cl".format(m.group(1), e["format_cl"]))
        if not fmt and not m and e["category"] in ("vin", "champagne") and e["format_cl"] != 75:
            err(i, "a wine without a format word is the 75 cl bottle")

from collections import Counter

print(len(lib), "drinks,", len(cases), "cases")
for t in ("E", "R"):
    print(t, dict(Counter(c["expect"] for c in cases if c["connection"] == t)))
print(dict(Counter(c["expect"] for c in cases)))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
