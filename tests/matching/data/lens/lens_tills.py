"""The three tills' rendering habits, and each till's reading of its own labels.

KOP       match-day bar register: quick key `K07 `, ASCII capitals, the measure
          code first, two-digit vintage last; the body is cut at 22 columns; then
          ` @` and the price with a decimal point.
SALLE     dining-room till, articles imported from the wholesaler's catalogue:
          6-digit article number, the catalogue name (accents, long), four-digit
          vintage, the format (`75cl`, `37,5cl`, `150cl`, `fût 30L`, `1L`) and a
          packaging word (`CT6`, `VC x24`...), then ` // ` and the sale key.
CASHLESS  wristband export: `event;point;product;price in cents`; the product
          is the measure word then the name in ASCII title case and a four-digit
          vintage, cut at 28 columns.
"""
import hashlib
import re
import unicodedata

KOP_W, CASH_W = 22, 28


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# measure code -> (kind, volume or format). kind: bottle / pour / draught / None
MEASURES = {
    "btl": ("bottle", None), "b25": ("bottle", 25), "b33": ("bottle", 33),
    "b37": ("bottle", 37.5), "b50": ("bottle", 50), "b70": ("bottle", 70),
    "b75": ("bottle", 75), "b100": ("bottle", 100), "b150": ("bottle", 150),
    "vre": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "cp": ("pour", 12.5),
    "dose": ("pour", 4), "2cl": ("pour", 2), "4cl": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50), "": (None, None),
}

KOP_M = {"demi": "GOB25", "pinte": "GOB50", "b25": "BT25", "b33": "BT33", "b75": "BT75",
         "b50": "BT50", "b100": "BT1L", "b70": "BT70", "btl": "BTL", "vre": "VRE",
         "cp": "CP", "dose": "DOSE", "2cl": "2CL", "4cl": "4CL", "b37": "1/2",
         "b150": "MAG", "p25": "PICH25", "p50": "PICH50"}
CASH_M = {"demi": "Demi", "pinte": "Pinte", "b25": "Btl25", "b33": "Btl33", "b75": "Btl75",
          "b50": "Btl50", "b100": "Btl1L", "btl": "Btl", "b37": "DemiBtl", "b150": "Magnum",
          "vre": "Verre", "cp": "Coupe", "2cl": "Shot2", "4cl": "Shot4", "dose": "Dose",
          "p25": "Pichet25", "p50": "Pichet50"}
SALLE_SALE = {"btl": "Bouteille", "vre": "Verre", "v12": "Verre 12cl", "v15": "Verre 15cl",
              "p25": "Pichet 25cl", "p50": "Pichet 50cl", "cp": "Coupe", "dose": "Dose",
              "2cl": "Dose 2cl", "4cl": "Dose 4cl", "demi": "Demi 25cl", "pinte": "Pinte 50cl"}
PACKS = {75: ["CT6", "carton 6", "CT12"], 37.5: ["CT12", "carton 12"], 150: ["caisse bois", "étui"],
         33: ["VC x24", "VP x24", "pack x6"], 25: ["VC x24", "VP x24", "pack x6"],
         50: ["PET x6", "pack x6"], 100: ["PET x6", "VC x12"], 70: ["CT6", "étui"],
         2000: ["inox", ""], 3000: ["inox", ""]}
PRICE = {"demi": (350, 450), "pinte": (600, 800), "bottle": (450, 700), "btl": (2400, 6500),
         "vre": (450, 750), "cp": (900, 1400), "dose": (300, 550), "2cl": (250, 400),
         "4cl": (600, 1000), "": (100, 700)}
EVENTS = ["L1-J03", "L1-J07", "L1-J11", "L1-J16", "L1-J22", "CDF-16E", "L1-J29"]


def price_cents(measure, text):
    k = measure if measure in PRICE else ("btl" if measure in ("b150", "b37") else
                                         "vre" if measure in ("v12", "v15", "p25", "p50") else
                                         "bottle" if measure.startswith("b") else "dose")
    lo, hi = PRICE[k]
    if measure == "b150":
        lo, hi = lo * 2, hi * 2
    return lo + (h("price", measure, text) % ((hi - lo) // 10 + 1)) * 10


def cut(s, width):
    """Fixed-width cut. Returns (label, dropped_vintage). Refuses a cut that
    takes a word other than the vintage, leaves < 4 letters of a word, or cuts
    into a number."""
    if len(s) <= width:
        return s, False
    kept = s[:width]
    inside = s[width] != " " and kept[-1] != " "
    kept = kept.rstrip()
    rest = s[len(kept):].split()
    last = kept.split(" ")[-1]
    if inside:
        if not (last.isalpha() and len(last) >= 4):
            raise ValueError(f"bad cut {s!r} -> {kept!r}")
        rest = rest[1:]
    if rest and (len(rest) > 1 or not re.fullmatch(r"\d{2}|\d{4}", rest[0])):
        raise ValueError(f"cut loses words {rest} in {s!r}")
    return kept, bool(rest)


def fmt_text(fmt):
    if fmt >= 2000:
        return f"fût {int(fmt // 100)}L"
    if fmt == 100:
        return "1L"
    if fmt == 37.5:
        return "37,5cl"
    return f"{int(fmt)}cl"


# ---------------------------------------------------------------- rendering
def render_kop(measure, vintage, text):
    body = " ".join(x for x in (KOP_M.get(measure, ""), text,
                                f"{vintage % 100:02d}" if vintage else "") if x)
    body, dropped = cut(body, KOP_W)
    key = h("key", measure, text) % 60 + 1
    p = price_cents(measure, text)
    return f"K{key:02d} {body} @{p // 100}.{p % 100:02d}", dropped


def render_salle(fmt, measure, vintage, text):
    ref = h("ref", fmt, text, vintage) % 900000 + 100000
    if fmt is None:
        return f"{ref} {text}", False
    packs = PACKS[fmt]
    pack = packs[h("pack", text, fmt) % len(packs)]
    parts = [str(ref), text] + ([str(vintage)] if vintage else []) + [fmt_text(fmt)] + ([pack] if pack else [])
    return " ".join(parts) + " // " + SALLE_SALE[measure], False


def render_cashless(measure, vintage, text):
    prod = " ".join(x for x in (CASH_M.get(measure, ""), text, str(vintage) if vintage else "") if x)
    prod, dropped = cut(prod, CASH_W)
    ev = EVENTS[h("ev", measure, text, vintage) % len(EVENTS)]
    if measure in ("btl", "b150", "b37"):
        pos = "LOGE"
    elif measure == "":
        pos = ["FRIT1", "FRIT2", "CAISSE"][h("pos", text) % 3]
    else:
        pos = ["BAR1", "BAR2", "TENTE"][h("pos", text) % 3]
    return f"{ev};{pos};{prod};{price_cents(measure, text)}", dropped


# ---------------------------------------------------------------- reading back
def _yy(s):
    n = int(s)
    return 2000 + n if n <= 40 else 1900 + n


def read_kop(label):
    m = re.fullmatch(r"K\d\d (.+) @\d+\.\d\d", label)
    toks = m.group(1).split(" ")
    inv = {v: k for k, v in KOP_M.items()}
    meas = inv.get(toks[0], "")
    vint = _yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
    kind, val = MEASURES[meas]
    return {"kind": kind, "val": val, "fmt": None, "vintage": vint, "measure": meas}


def read_salle(label):
    if " // " not in label:
        return {"kind": None, "val": None, "fmt": None, "vintage": None, "measure": ""}
    art, sale = label.split(" // ")
    inv = {v: k for k, v in SALLE_SALE.items()}
    meas = inv[sale]
    body = art.split(" ", 1)[1]
    m = re.search(r"fût (\d+)L", body)
    if m:
        fmt = int(m.group(1)) * 100
    elif re.search(r"(^| )1L( |$)", body):
        fmt = 100
    else:
        f = re.findall(r"(?:^| )(\d+(?:,\d)?)cl(?= |$)", body)[-1]
        fmt = float(f.replace(",", ".")) if "," in f else int(f)
    ys = re.findall(r"(?:^| )((?:19|20)\d\d)(?= |$)", body)
    kind, val = MEASURES[meas]
    if kind == "bottle":
        val = fmt
    return {"kind": kind, "val": val, "fmt": fmt, "vintage": int(ys[-1]) if ys else None, "measure": meas}


def read_cashless(label):
    ev, pos, prod, cents = label.split(";")
    toks = prod.split(" ")
    inv = {v: k for k, v in CASH_M.items()}
    meas = inv.get(toks[0], "")
    vint = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    kind, val = MEASURES[meas]
    return {"kind": kind, "val": val, "fmt": None, "vintage": vint, "measure": meas}


READERS = {"kop": read_kop, "salle": read_salle, "cashless": read_cashless}
