"""Build the BLIND held-out matching set `etoile` (L'Étoile de Loire, Touraine).

    python3 build_etoile.py [-v]

Writes etoile_library.jsonl and etoile_cases.jsonl beside this file, byte for byte the same
on every run (no randomness at all: SEED is kept for the record and unused; B's prices are
typed in its specs). Each case's answer is computed from the *rendered* label by the bench
README's rules: the vintage is read back from the label as the till printed it, so a vintage
that S's 36-character cut took off is no longer there.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from etoile_drinks import DRINKS
from etoile_specs_b import B_SPECS
from etoile_specs_s import S_SPECS
from etoile_specs_t import T_SPECS
from etoile_tills import (
    MEASURES,
    b_family,
    bin_row,
    render_b,
    render_s,
    render_t,
)

SEED = 20261215
PREFIX = "z"
LIB_FIELDS = (
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
)


def num(x):
    return int(x) if float(x).is_integer() else x


def cl(x):
    return f"{num(x)} cl"


class Library:
    def __init__(self):
        self.rows, self.by_key, self.drink = [], {}, {}
        for d in DRINKS:
            key, kind, name, prod, app, reg, country, colour, cat, formats = d
            assert key not in self.drink, key
            self.drink[key] = {
                "kind": kind,
                "name": name,
                "producer": prod,
                "appellation": app,
                "region": reg,
                "colour": colour,
                "formats": formats,
            }
            for fmt, vints in formats.items():
                for v in vints:
                    e = {
                        "id": f"{PREFIX}{len(self.rows) + 1:03d}",
                        "name": name,
                        "producer": prod,
                        "appellation": app,
                        "region": reg,
                        "country": country,
                        "colour": colour,
                        "category": cat,
                        "vintage": v,
                        "format_cl": num(fmt),
                    }
                    self.rows.append(e)
                    self.by_key.setdefault(key, []).append(e)
        # cellar bins: one per wine and format, all its vintages share it
        self.bins, self.next_held, self.next_free = {}, {}, {}
        for key, d in self.drink.items():
            if d["kind"] not in ("wine", "bubbles"):
                continue
            for fmt in d["formats"]:
                row = bin_row(d["kind"], d["region"], d["appellation"], d["colour"], fmt)
                self.next_held[row] = self.next_held.get(row, 0) + 1
                self.bins[(key, fmt)] = row * 100 + self.next_held[row]

    def free_bin(self, row):
        """A bin for a wine or format that the library does not hold (from nn60 on)."""
        self.next_free[row] = self.next_free.get(row, 59) + 1
        return row * 100 + self.next_free[row]

    def bin_for(self, key, fmt):
        if (key, fmt) not in self.bins:
            d = self.drink[key]
            self.bins[(key, fmt)] = self.free_bin(
                bin_row(d["kind"], d["region"], d["appellation"], d["colour"], fmt)
            )
        return self.bins[(key, fmt)]

    def ordinary(self, key):
        fmts = list(self.drink[key]["formats"])
        return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)


def parse_specs(till, block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        price = f.pop(4) if till == "B" else None
        if f[0].startswith("-"):
            assert len(f) == 5, line
            row, meas, vint, text, reason = f
            spec = {"key": None, "row": row[1:], "meas": meas, "text": text, "reason": reason}
        else:
            assert len(f) == 4, line
            key, meas, vint, text = f
            spec = {"key": key, "meas": meas, "text": text}
        spec["price"] = price
        assert meas in MEASURES, line
        spec["vint"] = None if vint == "" else ("NM" if vint == "NM" else int(vint))
        spec["till"] = till
        out.append(spec)
    return out


def read_vintage(till, label):
    """The vintage as printed on the label, read back by the till's habit."""
    if till == "S":
        toks = label.split()
        if toks and toks[0] in ("BIN", "CHARIOT") and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            return 2000 + yy if yy <= 30 else 1900 + yy
        return None
    if till == "T":
        m = re.match(r"(\d{4}) ", label)
        return int(m.group(1)) if m else None
    m = re.search(r" mill\. (\d{4});", label)
    return int(m.group(1)) if m else None


def measure_desc(meas, fmt):
    kind, vol = MEASURES[meas]
    if kind == "bottle":
        return f"bottle {cl(fmt)}"
    word = {
        "cv10": "Coravin ",
        "cv15": "Coravin ",
        "glass": "glass ",
        "coupe": "coupe ",
        "d2": "",
        "d4": "",
    }[meas]
    return f"{word}{cl(vol)} of the {cl(fmt)} bottle"


def resolve(lib, spec, label):
    till, key, meas = spec["till"], spec["key"], spec["meas"]
    v_label = read_vintage(till, label)
    spec_v = spec["vint"] if isinstance(spec["vint"], int) else None
    cut = spec_v is not None and v_label is None
    assert v_label == spec_v or cut, (label, spec)
    base = {"label": label, "connection": till}
    if key is None:
        return dict(
            base,
            expect="none",
            beverage_id=None,
            also_ok=[],
            vintage=v_label,
            units_per_sale=None,
            note=spec["reason"],
        )
    d = lib.drink[key]
    kind, vol = MEASURES[meas]
    fmt = vol if kind == "bottle" else lib.ordinary(key)
    desc = f"{d['name']} ({d['producer']})"
    suffix = f" [{spec_v} cut off by the till]" if cut else ""
    held = [e for e in lib.by_key[key] if e["format_cl"] == (num(fmt) if fmt else None)]
    if not held:
        fmts = ", ".join(str(num(f)) for f in d["formats"])
        return dict(
            base,
            expect="none",
            beverage_id=None,
            also_ok=[],
            vintage=v_label,
            units_per_sale=None,
            note=f"{desc}: {cl(vol) if kind == 'bottle' else 'a pour'} asked, "
            f"no such entry (held in {fmts} cl)",
        )
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    desc += f", {measure_desc(meas, fmt)}"
    vints = [e["vintage"] for e in held]
    if v_label is None or None in vints:
        assert v_label is None, (label, "vintage on a non-vintage drink")
        best = max(held, key=lambda e: e["vintage"] or 0)
        others = [e["id"] for e in held if e is not best]
        note = (
            desc
            if len(held) == 1
            else f"{desc}: no vintage on the label, the most recent ({best['vintage']})"
        )
        return dict(
            base,
            expect="yes",
            beverage_id=best["id"],
            also_ok=others,
            vintage=None,
            units_per_sale=units,
            note=note + suffix,
        )
    if v_label in vints:
        e = held[vints.index(v_label)]
        return dict(
            base,
            expect="yes",
            beverage_id=e["id"],
            also_ok=[],
            vintage=v_label,
            units_per_sale=units,
            note=f"{desc} {v_label}",
        )
    best = min(held, key=lambda e: (abs(e["vintage"] - v_label), -e["vintage"]))
    return dict(
        base,
        expect="almost",
        beverage_id=best["id"],
        also_ok=[e["id"] for e in held if e is not best],
        vintage=v_label,
        units_per_sale=units,
        note=f"{desc}: label vintage {v_label} not held, has "
        f"{sorted(vints)}, nearest {best['vintage']}",
    )


def render(lib, spec):
    till, key, meas, vint, text = (spec[k] for k in ("till", "key", "meas", "vint", "text"))
    if till == "S":
        assert vint != "NM"
        if key is None:
            row = spec["row"]
            if row == "C":
                prefix = "CHARIOT"
            elif row:
                prefix = f"BIN {lib.free_bin(int(row))}"
            else:
                prefix = ""
        else:
            d = lib.drink[key]
            if d["kind"] == "spirit":
                prefix = "CHARIOT"
            else:
                assert d["kind"] in ("wine", "bubbles"), key
                kind, vol = MEASURES[meas]
                fmt = vol if kind == "bottle" else lib.ordinary(key)
                prefix = f"BIN {lib.bin_for(key, fmt)}"
        label, _ = render_s(prefix, meas, vint, text)
        return label
    if till == "T":
        return render_t(meas, vint, text)
    fam = spec["row"] if key is None else b_family(lib.drink[key]["kind"], lib.drink[key]["colour"])
    return render_b(fam, meas, vint, text, spec["price"])


CASE_FIELDS = (
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
)


def build():
    lib = Library()
    specs = parse_specs("S", S_SPECS) + parse_specs("T", T_SPECS) + parse_specs("B", B_SPECS)
    cases, seen = [], set()
    for spec in specs:
        label = render(lib, spec)
        assert label not in seen, f"duplicate label {label!r}"
        seen.add(label)
        c = resolve(lib, spec, label)
        cases.append({k: c[k] for k in CASE_FIELDS})
    return lib, cases


def dump(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(os.path.join(HERE, "etoile_library.jsonl"), lib.rows, LIB_FIELDS)
    dump(os.path.join(HERE, "etoile_cases.jsonl"), cases, CASE_FIELDS)
    if "-v" in sys.argv:
        tab = {}
        for c in cases:
            t = tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
            t[c["expect"]] += 1
        for till in "STB":
            t = tab.get(till, {})
            print(till, t, sum(t.values()))
        n = len(cases)
        nn = sum(c["expect"] == "none" for c in cases)
        pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
        cuts = sum(1 for c in cases if "cut off by the till" in c["note"])
        print(
            f"library {len(lib.rows)}  cases {n}  none {nn} ({100 * nn / n:.1f} %)  "
            f"pours {pours}  vintages cut {cuts}"
        )


if __name__ == "__main__":
    main()
