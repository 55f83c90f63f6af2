"""The three tills of Le Relais de la Gare: how each renders what the staff keyed, and how
each label is read back (measure, vintage)."""
import hashlib
import re

ZINC_W = 20      # the register's button: 3-letter family + '-' then 20 characters of name
EXPORT_W = 14    # each text field of the accounting export is cut at 14 characters

ZINC_MEAS = {"btl": "BTL", "half": "1/2", "mag": "MAG", "vr": "VR", "vr15": "VR15", "vr10": "VR10",
             "cp": "CP", "p25": "P25", "p50": "P50", "pot": "POT", "d2": "2CL", "d4": "4CL",
             "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE", "c25": "25CL", "c33": "33CL",
             "c50": "50CL", "c70": "70CL", "c100": "1L"}
SALON_MEAS = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "vr": "verre",
              "vr10": "verre 10 cl", "vr15": "verre 15 cl", "cp": "coupe", "p25": "carafe 25 cl",
              "p50": "carafe 50 cl", "pot": "pot 46 cl", "d2": "2 cl", "d4": "4 cl", "dose": "dose",
              "demi": "demi pression", "pinte": "pinte", "c25": "25 cl", "c33": "33 cl",
              "c50": "50 cl", "c70": "70 cl", "c100": "1 l"}
EXPORT_MEAS = {"btl": "BT75", "half": "BT37", "mag": "MG150", "vr": "VR", "vr10": "VR10",
               "vr15": "VR15", "cp": "CP", "p25": "CA25", "p50": "CA50", "pot": "PT46",
               "d2": "DO2", "d4": "DO4", "dose": "DOSE", "demi": "PR25", "pinte": "PR50",
               "c25": "BT25", "c33": "BT33", "c50": "BT50", "c70": "BT70", "c100": "BT100",
               "": "UN"}
# plausible price range in euros by the export's size code
PRICE_RANGE = {"BT75": (22, 140), "MG150": (60, 260), "BT37": (14, 70), "BT50": (30, 70),
               "BT70": (35, 120), "BT100": (25, 45), "VR": (4, 16), "VR10": (6, 24),
               "VR15": (6, 20), "CP": (9, 22), "CA25": (8, 18), "CA50": (14, 32),
               "PT46": (13, 28), "DO2": (4, 10), "DO4": (6, 16), "DOSE": (6, 16),
               "PR25": (3, 5), "PR50": (6, 9), "BT25": (3, 6), "BT33": (4, 8),
               "UN": (3, 38)}
REV = {t: {v: k for k, v in m.items()} for t, m in
       (("zinc", ZINC_MEAS), ("salon", SALON_MEAS), ("export", EXPORT_MEAS))}

VINTAGE_RE = re.compile(r"(?<![\d°])(19[5-9]\d|20[0-2]\d)(?![\d°])")


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


def zinc_family(drink, meas):
    from roanne_rules import DIGESTIFS
    key, cat, colour = drink[0], drink[7], drink[6]
    if cat in ("vin", "champagne"):
        if cat == "champagne" or colour == "effervescent" or key == "serol_turbullent":
            return "BUL"
        return {"rouge": "RGE", "blanc": "BLC", "rosé": "ROS", "liquoreux": "LIQ"}[colour]
    if cat == "spiritueux":
        return "DIG" if key in DIGESTIFS else "ALC"
    if cat == "bière":
        return "PRE" if meas in ("demi", "pinte") else "BIE"
    return {"soft": "SFT", "autre": "APE"}[cat]


def render(till, fam, text, meas, vint, product):
    """-> (label, vintage cut off by the till?)"""
    if till == "zinc":
        assert text == text.upper() and text.isascii() and "*" not in text, text
        s = text + (" %02d" % (vint % 100) if vint else "")
        cut = False
        if len(s) > ZINC_W:
            c = s[:ZINC_W].rstrip()
            if vint and len(text) <= ZINC_W - 2:
                raise ValueError(f"zinc cut leaves part of the vintage: {c!r}")
            cut = bool(vint)
            s = c
        lab = fam + "-" + s + ("*" + ZINC_MEAS[meas] if meas else "")
        return lab, cut
    if till == "salon":
        s = text + (" %d" % vint if vint else "")
        return s + (f" ({SALON_MEAS[meas]})" if meas else ""), False
    if till == "export":
        f1, f2 = text.split("/", 1)
        assert text == text.upper() and text.isascii(), text
        h = _h("export", product, meas)
        code = "A%05d" % (h % 100000)
        lo, hi = PRICE_RANGE[EXPORT_MEAS[meas]]
        cents = 10 * (lo * 10 + (h >> 20) % ((hi - lo) * 10))
        price = "%d,%02d" % (cents // 100, cents % 100)
        return "|".join([code, f1[:EXPORT_W].rstrip(), f2[:EXPORT_W].rstrip(),
                         str(vint) if vint else "", EXPORT_MEAS[meas], price]), False
    raise ValueError(till)


def read_back(till, label):
    """-> (measure key, vintage or None) as read from the rendered label."""
    if till == "zinc":
        m = re.match(r"^([A-Z]{3})-(.+?)(?:\*([A-Z0-9/]+))?$", label)
        name, ms = m.group(2), m.group(3)
        meas = REV["zinc"][ms] if ms else ""
        v = re.search(r" (\d\d)$", name)
        vint = None if not v else (2000 + int(v.group(1)) if int(v.group(1)) <= 30 else 1900 + int(v.group(1)))
        return meas, vint
    if till == "salon":
        m = re.search(r" \(([^)]*)\)$", label)
        meas = REV["salon"][m.group(1)] if m else ""
        v = VINTAGE_RE.findall(label)
        assert len(v) <= 1, label
        return meas, int(v[0]) if v else None
    if till == "export":
        f = label.split("|")
        return REV["export"][f[4]], int(f[3]) if f[3] else None
    raise ValueError(till)
