#!/usr/bin/env python3
"""Check izakaya_library.jsonl and izakaya_cases.jsonl on their own (no build).

Usage: check_izakaya.py [library.jsonl cases.jsonl]
Prints every problem found and exits 1 if there is any.
"""

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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
ORDINARY = (72, 74, 75, 70)
CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
YEAR = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def load(path, fields):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith("\n"):
                err("%s:%d" % (os.path.basename(path), n), "no final newline")
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d" % (os.path.basename(path), n), "bad JSON: %s" % e)
                continue
            if list(obj) != fields:
                err("%s:%d" % (os.path.basename(path), n), "fields %s" % list(obj))
            rows.append(obj)
    return rows


# --- each till's grammar: label -> (name, measure (kind, cl) or None, vintage) ---
R_FIXED = {
    "GO": ("sake", 18),
    "MASU": ("sake", 18),
    "TOKK": ("sake", 30),
    "100ML": ("sake", 10),
    "120ML": ("wine", 12),
    "40ML": ("dose", 4),
    "60ML": ("dose", 6),
    "NAMA250": ("draught", 25),
    "NAMA500": ("draught", 50),
}
R_MODS = {"ATSUKAN", "ROCK"}
T_FIXED = {
    "gō": ("sake", 18),
    "masu": ("sake", 18),
    "tokkuri 30cl": ("sake", 30),
    "verre 10cl": ("sake", 10),
    "verre 12cl": ("wine", 12),
    "4cl": ("dose", 4),
    "6cl": ("dose", 6),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
    "bouteille": ("bottle", 75),
    "magnum": ("bottle", 150),
    "isshōbin 1,8L": ("bottle", 180),
}
T_OTHER = {"verre", "tasse", "théière"}  # cocktails and hot drinks, never a drink's measure
H_FIXED = {
    "go": ("sake", 18),
    "masu": ("sake", 18),
    "tokk": ("sake", 30),
    "10cl": ("sake", 10),
    "12cl": ("wine", 12),
    "4cl": ("dose", 4),
    "6cl": ("dose", 6),
    "jk25": ("draught", 25),
    "jk50": ("draught", 50),
}


def parse_r(label, where):
    if label != label.upper() or not label.isascii():
        err(where, "R labels are upper-case ASCII")
    toks = label.split(" ")
    while toks and toks[-1] in R_MODS:
        toks.pop()
    m = None
    if toks and toks[-1] in R_FIXED:
        m = R_FIXED[toks.pop()]
    elif toks and re.match(r"^(BIN|CAN)\d+$", toks[-1]):
        m = ("bottle", int(toks.pop()[3:]) / 10)
    name = " ".join(toks)
    if len(name) > 22:
        err(where, "R name over 22 characters: %r" % name)
    if re.search(r"[^A-Z0-9 &'-]", name):
        err(where, "R name with a character the register does not print")
    v = int(toks[-1]) if toks and YEAR.match(toks[-1]) else None
    return name, m, v


def parse_t(label, where):
    if " — " not in label:
        name, m = label, None
    else:
        name, meas = label.split(" — ", 1)
        meas = re.sub(r" \((chaud|rock)\)$", "", meas)
        if meas in T_FIXED:
            m = T_FIXED[meas]
        elif re.match(r"^(bouteille|canette) \d+(,\d)?cl$", meas):
            m = ("bottle", float(meas.split(" ")[1][:-2].replace(",", ".")))
        elif meas in T_OTHER:
            m = ("other", None)
        else:
            err(where, "T measure not in the tablet's words: %r" % meas)
            m = None
    toks = name.split(" ")
    v = int(toks[-1]) if YEAR.match(toks[-1]) else None
    return name, m, v


def parse_h(label, where):
    toks = label.split(" ")
    if not re.match(r"^x[12]$", toks[0]):
        err(where, "H label without its x1/x2 quantity")
    if not re.match(r"^\d+$", toks[-1]) or int(toks[-1]) % 50:
        err(where, "H label without a price in cents (multiple of 50) at the end")
    body = toks[1:-1]
    m = None
    if body and body[-1] in H_FIXED:
        m = H_FIXED[body.pop()]
    elif body and re.match(r"^(bt|cn)\d+$", body[-1]):
        m = ("bottle", int(body.pop()[2:]))
    name = " ".join(body)
    if len(name) > 20:
        err(where, "H name over 20 characters: %r" % name)
    if name != name.lower() or not name.isascii():
        err(where, "H names are lower-case ASCII")
    v = None
    if body and re.match(r"^'\d\d$", body[-1]):
        v = 2000 + int(body[-1][1:])
    return name, m, v


PARSE = {"R": parse_r, "T": parse_t, "H": parse_h}


def same_size(label_cl, fmt):
    """A label's bottle size against an entry's format (63 / 633 ml = 63.3 cl)."""
    return abs(label_cl - fmt) < 0.5


def main(lib_path, cases_path):
    lib = load(lib_path, LIB_FIELDS)
    cases = load(cases_path, CASE_FIELDS)
    by_id = {}
    for n, e in enumerate(lib, 1):
        where = e.get("id", "library:%d" % n)
        if e.get("id") != "j%03d" % n:
            err(where, "id out of sequence (want j%03d)" % n)
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            err(where, "colour %r" % e.get("colour"))
        if e.get("category") not in CATEGORIES:
            err(where, "category %r" % e.get("category"))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            err(where, "colour only on wines")
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            err(where, "vintage %r" % e.get("vintage"))
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("format_cl") <= 0:
            err(where, "format_cl %r" % e.get("format_cl"))
    keys = [
        (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        for e in lib
    ]
    if len(set(keys)) != len(keys):
        err("library", "two entries for one wine, format and vintage")
    if not 120 <= len(lib) <= 160:
        err("library", "%d drinks (want 120-160)" % len(lib))

    def group(e):
        g = (e["name"], e["producer"], e["appellation"], e["colour"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == g]

    seen, counts = set(), {}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        label, exp, till = c.get("label"), c.get("expect"), c.get("connection")
        if label in seen:
            err(where, "duplicate label")
        seen.add(label)
        if till not in PARSE:
            err(where, "connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            err(where, "expect %r" % exp)
            continue
        counts.setdefault(till, {"yes": 0, "almost": 0, "none": 0})[exp] += 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            err(where, "no note")
        name, m, v = PARSE[till](label, where)
        if c.get("vintage") != v:
            err(where, "vintage %r, label reads %r" % (c.get("vintage"), v))
        if exp == "none":
            if (
                c["beverage_id"] is not None
                or c["also_ok"] != []
                or c["units_per_sale"] is not None
            ):
                err(where, "a none case has beverage_id null, also_ok [] and units null")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err(where, "beverage_id %r not in library" % c["beverage_id"])
            continue
        if till == "T" and (e["country"] == "Japon") != bool(CJK.search(name)):
            err(where, "T writes Japanese drinks, and only them, in kanji or kana")
        if m is None or m[0] == "other":
            err(where, "a drink's label without a measure")
            continue
        kind, vol = m
        g = group(e)
        fmts = sorted({x["format_cl"] for x in g})
        if kind == "bottle":
            if not same_size(vol, e["format_cl"]):
                err(where, "label's %g cl against an entry of %g cl" % (vol, e["format_cl"]))
            units = 1
        elif kind == "draught":
            if e["format_cl"] < 1000:
                err(where, "draught measure on a bottle entry")
            units = round(vol / e["format_cl"], 4)
        else:
            ordinary = [f for f in fmts if f in ORDINARY]
            want = ordinary[0] if ordinary else (fmts[0] if len(fmts) == 1 else None)
            if e["format_cl"] != want:
                err(
                    where,
                    "a pour comes from the ordinary bottle (%r cl), not %g cl"
                    % (want, e["format_cl"]),
                )
            if kind == "sake" and not (e["category"] == "autre" and e["appellation"]):
                err(where, "sake measure on a drink that is no sake")
            if kind == "wine" and e["category"] != "vin":
                err(where, "wine glass on a drink that is no wine")
            if kind == "dose" and e["category"] not in ("spiritueux", "autre"):
                err(where, "dose on a drink that is no spirit or liqueur")
            units = round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            err(where, "units_per_sale %r, measure gives %r" % (c["units_per_sale"], units))
        same = [x for x in g if x["format_cl"] == e["format_cl"]]
        others = [x["id"] for x in same if x is not e]
        if exp == "yes" and v is not None:
            others = []
        if c["also_ok"] != others:
            err(where, "also_ok %r, other vintages of the wine %r" % (c["also_ok"], others))
        vints = [x["vintage"] for x in same]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v:
                    err(where, "yes on another vintage than the label's")
            elif None not in vints and e["vintage"] != max(vints):
                err(where, "no vintage on the label: the most recent is expected")
        else:
            if v is None or None in vints or v in vints:
                err(where, "almost needs a label vintage the wine is not held in")
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    err(where, "almost: nearest vintage is %d" % best)
    total = len(cases)
    nones = sum(d["none"] for d in counts.values())
    if not 250 <= total <= 280:
        err("cases", "%d labels (want 250-280)" % total)
    if total and not 0.35 <= nones / total <= 0.40:
        err("cases", "none share %.1f %% (want 35-40 %%)" % (100.0 * nones / total))
    for till in sorted(counts):
        d = counts[till]
        print(
            "%s  yes %3d  almost %2d  none %3d  total %3d"
            % (till, d["yes"], d["almost"], d["none"], sum(d.values()))
        )
    print(
        "library %d, cases %d, none %d (%.1f %%)"
        % (len(lib), total, nones, 100.0 * nones / max(total, 1))
    )
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    args = sys.argv[1:] or [
        os.path.join(HERE, "izakaya_library.jsonl"),
        os.path.join(HERE, "izakaya_cases.jsonl"),
    ]
    sys.exit(main(*args))
