"""The three tills' rendering habits, and reading a rendered label back.

comptoir: the bar-tabac's keyboard register. ASCII capitals, the MEASURE KEY FIRST
          (VR, VR15, P25, P50, CP, DOSE, 2CL, DEMI, PINTE, BTL, 1/2, MAG, 20CL, 25CL,
          33CL, 50CL, 1L), then the barman's name, the vintage as two digits, the whole
          line cut at 20 columns (the register's display width).
salle:    the dining room's touch till. The owner's wording in mixed case with accents,
          vintage in four digits, then the size button in parentheses.
gestion:  the back office's weekly "ventes par article" export, one semicolon line:
          ref;LIBELLE;FAMILLE;qte;CA TTC (decimal comma). Libelle in ASCII capitals with a
          four-digit vintage and the volume in cl at the end; colour only in FAMILLE.
"""
import hashlib
import re
import unicodedata

WIDTH = 20
COMPTOIR = {"VR": ("pour", 12.5), "VR15": ("pour", 15), "CP": ("pour", 12.5),
            "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4),
            "2CL": ("pour", 2), "DEMI": ("demi", None), "PINTE": ("draught", 50),
            "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150),
            "20CL": ("btl", 20), "25CL": ("btl", 25), "33CL": ("btl", 33),
            "50CL": ("btl", 50), "1L": ("btl", 100)}
SALLE = {"Bouteille": ("btl", None), "1/2 Bouteille": ("btl", 37.5),
         "Magnum": ("btl", 150), "Verre": ("pour", 12.5), "Coupe": ("pour", 12.5),
         "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4),
         "Demi": ("demi", None), "Pinte": ("draught", 50),
         "Bouteille 50cl": ("btl", 50), "Bouteille 1L": ("btl", 100)}
FAMILLES = ["VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES", "ALCOOLS", "APERITIFS",
            "BIERES", "SOFTS", "CAFETERIE", "CUISINE", "DIVERS"]
VOL = re.compile(r"^(\d+(?:\.\d)?)(CL|L)$")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def famille(d):
    if d is None:
        return None
    if d["category"] == "champagne":
        return "CHAMPAGNES"
    if d["category"] == "vin":
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
                "effervescent": "CHAMPAGNES"}[d["colour"]]
    return {"spiritueux": "ALCOOLS", "autre": "APERITIFS", "bière": "BIERES",
            "soft": "SOFTS"}[d["category"]]


BASE = {"CUISINE": 1150, "CAFETERIE": 170, "DIVERS": 250, "SOFTS": 300, "BIERES": 380,
        "ALCOOLS": 550, "APERITIFS": 450}


def unit_price(d, meas, fam):
    """A plausible price in cents for one unit sold (roadside prices)."""
    m = VOL.match(meas or "")
    cl = float(m.group(1)) * (100 if m and m.group(2) == "L" else 1) if m else None
    if cl is None or (d is None and fam not in ("VINS ROUGES", "VINS BLANCS", "VINS ROSES",
                                              "CHAMPAGNES")):
        return BASE.get(fam, 500)
    cat = d["category"] if d else "vin"
    if cat in ("vin", "champagne"):
        per_cl = 60 if cat == "champagne" else (12 if d and 1000 in d["formats"] else 35)
        return int(cl * per_cl) if cl < 37.5 else int(cl * per_cl * 0.9)
    if cat == "bière":
        return int(cl * 16) if cl < 27.5 or (d and 3000 in d["formats"]) else 450
    if cat == "soft":
        return 320 if cl < 50 else 450
    return 180 + int(cl * 110)


def render(till, meas, text, vintage, d=None, fam=None):
    """-> (label, cut) ; cut is True when the vintage was cut off."""
    if till == "comptoir":
        full = " ".join(x for x in (meas, text, "%02d" % (vintage % 100) if vintage else None) if x)
        assert full == ascii_upper(full), full
        lab = full[:WIDTH].rstrip()
        return lab, bool(vintage) and not re.search(r" \d\d$", lab)
    if till == "salle":
        lab = text + (" %d" % vintage if vintage else "") + (" (%s)" % meas if meas else "")
        return lab, False
    if till == "gestion":
        lib = ascii_upper(text) + (" %d" % vintage if vintage else "") + (" " + meas if meas else "")
        fam = fam or famille(d)
        ref = 10000 + h("ref", lib, fam) % 90000
        qty = 1 + h("qty", lib, fam) % 6
        price = unit_price(d, meas, fam) + 10 * (h("prix", lib, fam) % 11)
        return "%05d;%s;%s;%d;%s" % (ref, lib, fam, qty, ("%.2f" % (qty * price / 100)).replace(".", ",")), False
    raise ValueError(till)


def read(till, label):
    """-> (measure (kind, v) or None, vintage or None) read back from the label alone."""
    if till == "comptoir":
        toks = label.split()
        meas = COMPTOIR.get(toks[0]) if len(toks) > 1 else None
        vin = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vin
    if till == "salle":
        m = re.search(r" \(([^()]*)\)$", label)
        meas = SALLE[m.group(1)] if m else None
        body = label[:m.start()] if m else label
        ys = re.findall(r"\b((?:19|20)\d\d)\b", body)
        return meas, int(ys[-1]) if ys else None
    if till == "gestion":
        lib = label.split(";")[1]
        toks = lib.split()
        m = VOL.match(toks[-1])
        meas = None
        if m:
            v = float(m.group(1)) * (100 if m.group(2) == "L" else 1)
            meas = ("vol", int(v) if v == int(v) else v)
        ys = [t for t in toks if re.fullmatch(r"(?:19|20)\d\d", t)]
        return meas, int(ys[-1]) if ys else None
    raise ValueError(till)
