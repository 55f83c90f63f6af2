"""The three tills of the gare set and how each one prints a sale.

- erp: the chain's central ERP article export, one fixed-width line per sale:
  8-digit item code, the designation in a 30-column field (cut, padded), the sales unit in
  a 9-column field (padded), the VAT rate.
- kiosk: the self-service ordering kiosk, English version: `Category › Name year ›
  Serving › €price`.
- trolley: the platform trolley's handheld: every word cut to its first four letters,
  then the bottle size in whole cl; never a vintage, never a pour.

Measures (internal codes): `b<cl>` a bottle or can of that size; pours `g` (glass without
volume, 12.5 cl), `g12`, `g15`, `c25`, `c50` (carafes), `fl` (flute without volume),
`fl12`, `p6` (6 cl glass of port), `d2`, `d4`, `d8` (spirit doses), `pr25`, `pr50`
(draught).
"""
import hashlib

POUR_CL = {"g": 12.5, "g12": 12, "g15": 15, "c25": 25, "c50": 50, "fl": 12.5, "fl12": 12,
           "p6": 6, "d2": 2, "d4": 4, "d8": 8, "pr25": 25, "pr50": 50}
DRAUGHT = {"pr25", "pr50"}
DOSES = {"d2", "d4", "d8"}

DESIG_W, UNIT_W, TROLLEY_W = 30, 9, 20


def md5int(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def bottle_cl(meas):
    """`b37.5` -> 37.5, `b75` -> 75; None for a pour."""
    if not meas.startswith("b"):
        return None
    v = float(meas[1:])
    return int(v) if v == int(v) else v


def cl_text(v, sep):
    """75 -> '75', 37.5 -> '37<sep>5'."""
    return str(v) if v == int(v) else str(v).replace(".", sep)


# ---------------------------------------------------------------- erp
ERP_POUR = {"g12": "VR12CL", "g15": "VR15CL", "c25": "CA25CL", "c50": "CA50CL",
            "fl12": "FL12CL", "p6": "VR6CL", "d2": "DS2CL", "d4": "DS4CL",
            "pr25": "PR25CL", "pr50": "PR50CL"}


def family(p):
    if p["category"] == "champagne" or p["colour"] == "effervescent":
        return 2
    return {"vin": 1, "bière": 3, "spiritueux": 4, "autre": 4, "soft": 5}[p["category"]]


def erp_unit(p, meas):
    v = bottle_cl(meas)
    if v is None:
        return ERP_POUR[meas]
    pack = "CN" if p["pack"].get(v) == "can" else "BT"
    return f"{pack}{cl_text(v, ',')}CL"


def erp_designation(base, year):
    """Cut the long designation at 30 columns (the last word may keep four letters or
    more; nothing else may be lost), then append the vintage only if it fits whole."""
    cut = base[:DESIG_W].rstrip()
    if cut != base:
        words, full = cut.split(), base.split()
        last = words[-1]
        whole = full[:len(words)]
        if words[:-1] != whole[:-1] or not (last == whole[-1] or (
                last.isalpha() and len(last) >= 4 and whole[-1].startswith(last))):
            raise ValueError(f"erp cut loses more than a word's end: {base!r}")
        if len(words) < len(full):
            raise ValueError(f"erp cut loses a whole word: {base!r}")
    if year is not None and len(cut) + 5 <= DESIG_W:
        cut = f"{cut} {year}"
    return cut


def erp_line(fam, key_text, desig, unit, vat):
    code = f"{fam}0{md5int(key_text + '|' + unit) % 10 ** 6:06d}"
    return f"{code} {desig:<{DESIG_W}} {unit:<{UNIT_W}} TVA {vat}%"


def erp_render(p, meas, year):
    unit = erp_unit(p, meas)
    vat = "20" if p["category"] != "soft" else "10"
    desig = erp_designation(p["erp"], year)
    return erp_line(family(p), p["key"], desig, unit, vat)


def erp_render_none(fam, desig, unit, vat):
    if len(desig) > DESIG_W:
        raise ValueError(f"none designation too long: {desig!r}")
    return erp_line(fam, desig, desig, unit, vat)


# ---------------------------------------------------------------- kiosk
KIOSK_POUR = {"g": "Glass", "g15": "Large glass 150ml", "c25": "Carafe 250ml",
              "c50": "Carafe 500ml", "fl": "Flute", "p6": "Glass 60ml", "d2": "Shot 20ml",
              "d4": "Shot 40ml", "d8": "Double 80ml", "pr25": "Half 250ml",
              "pr50": "Pint 500ml"}
KIOSK_WINE_BTL = {75: "Bottle 750ml", 37.5: "Half bottle 375ml", 150: "Magnum 1.5L",
                  25: "Mini bottle 250ml", 18.7: "Mini bottle 187ml", 20: "Piccolo 200ml"}
PRICE_RANGE = {  # (low, high) in euros, per serving
    "Bottle 750ml": (22, 48), "Half bottle 375ml": (13, 26), "Magnum 1.5L": (48, 95),
    "Mini bottle 250ml": (6, 9), "Mini bottle 187ml": (5, 8), "Piccolo 200ml": (11, 17),
    "Glass": (4.5, 9), "Large glass 150ml": (5.5, 10), "Carafe 250ml": (9, 14),
    "Carafe 500ml": (16, 26), "Flute": (8, 13), "Glass 60ml": (5, 7), "Shot 20ml": (4, 6),
    "Shot 40ml": (7, 11), "Double 80ml": (12, 18), "Half 250ml": (3.9, 5.5),
    "Pint 500ml": (7, 9.5)}


def kiosk_serving(p, meas):
    v = bottle_cl(meas)
    if v is None:
        return KIOSK_POUR[meas]
    if p is not None and p["category"] in ("vin", "champagne"):
        return KIOSK_WINE_BTL[v]
    if v >= 100:
        return "Bottle " + ("1L" if v == 100 else f"{v / 100:g}L")
    pack = "Can" if p is not None and p["pack"].get(v) == "can" else "Bottle"
    return f"{pack} {round(v * 10)}ml"


NO_SERVING_RANGE = {"Food": (4.5, 14), "Hot drinks": (2.2, 5.2), "Meal deals": (8.9, 18.9),
                    "Cocktails": (9, 14), "Extras": (1, 5)}


def kiosk_price(text, serving, champagne=False):
    cat = text.split(" › ")[0]
    lo, hi = PRICE_RANGE.get(serving, (3, 6) if serving else NO_SERVING_RANGE[cat])
    if serving == "Bottle 750ml" and champagne:
        lo, hi = 52, 79
    if serving and serving.startswith("Bottle 700ml"):
        lo, hi = 65, 95
    steps = int((hi - lo) * 10)
    price = lo + (md5int(text) % (steps + 1)) / 10
    return f"€{price:.2f}"


def kiosk_line(cat, name, serving, champagne=False):
    parts = [cat, name] + ([serving] if serving else [])
    text = " › ".join(parts)
    return f"{text} › {kiosk_price(text, serving, champagne)}"


def kiosk_render(p, meas, year, name=None):
    cat, menu = p["kiosk"]
    if p["category"] == "bière":
        cat = "Draught beer" if meas in DRAUGHT else "Beers"
    menu = name or menu
    if year is not None:
        menu = f"{menu} {year}"
    return kiosk_line(cat, menu, kiosk_serving(p, meas), p["category"] == "champagne")


# ---------------------------------------------------------------- trolley
def stem(word):
    return word[:4] if word.isalpha() and len(word) > 4 else word


def trolley_line(words, size):
    text = " ".join(stem(w) for w in words.split())
    if size is not None:
        text = f"{text} {size}"
    if len(text) > TROLLEY_W or text != text.upper():
        raise ValueError(f"trolley label too long or not capitals: {text!r}")
    return text


def trolley_render(p, meas):
    v = bottle_cl(meas)
    if v is None:
        raise ValueError("the trolley sells no pours")
    return trolley_line(p["trolley"], str(int(v)))
