"""How each till renders a product, and how the vintage is read back from its label."""
import hashlib
import re
import unicodedata

BAR_W = 19   # the bar's old register cuts its description at 19 columns
FERIA_W = 20  # the feria counter's rented touch till shows 20 characters

BAR_M = {"btl": "", "half": "1/2", "mag": "MAG", "glass": "VRE", "glass12": "VRE12",
         "glass15": "VRE15", "pich25": "PICH25", "pich50": "PICH50", "dose2": "2CL",
         "dose4": "4CL", "dose": "DOSE", "demi": "PRESS25", "pinte": "PRESS50",
         "girafe": "GIRAFE", "b25": "25CL", "b33": "33CL", "b355": "35CL5", "b50": "50CL",
         "b75": "75CL", "b100": "1L", "": ""}
SALLE_M = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "glass": "verre",
           "glass12": "verre 12 cl", "glass15": "verre 15 cl", "pich25": "pichet 25 cl",
           "pich50": "pichet 50 cl", "dose2": "dose 2 cl", "dose4": "dose 4 cl", "dose": "dose",
           "demi": "demi pression", "pinte": "pinte pression", "girafe": "girafe 2,5 l",
           "b25": "bouteille 25 cl", "b33": "bouteille 33 cl", "b355": "bouteille 35,5 cl",
           "b50": "bouteille 50 cl", "b75": "bouteille 75 cl", "b100": "bouteille 1 l"}
FERIA_M = {"btl": "Btl", "half": "1/2", "mag": "Mag", "glass": "Vre", "pich25": "Pich25",
           "pich50": "Pich50", "dose2": "2cl", "dose4": "4cl", "dose": "Dose", "demi": "Demi",
           "pinte": "Pinte", "girafe": "Girafe", "b25": "25cl", "b33": "33cl", "b355": "35cl",
           "b50": "50cl", "b100": "1L", "": ""}

FAMILY = {"rouge": "vins rouges", "blanc": "vins blancs", "rosé": "vins rosés",
          "effervescent": "bulles", "liquoreux": "vins doux", "spiritueux": "alcools",
          "autre": "apéritifs", "bière": "bières", "soft": "softs"}
ANISES = {"ricard", "p51", "janot", "bardouin", "casanis"}
WATERS = {"perrier", "sanpe", "evian", "vittel"}


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("'", " ").replace("’", " ")).upper().strip()


def h(s, lo, hi):
    return lo + int(hashlib.sha256(s.encode()).hexdigest(), 16) % (hi - lo + 1)


def family(key, drink):
    if key in ANISES:
        return "anisés"
    if key in WATERS:
        return "eaux"
    if drink["category"] == "champagne" or drink["colour"] == "effervescent":
        return "bulles"
    return FAMILY[drink["colour"] or drink["category"]]


def render(till, measure, text, vv, fam):
    """vv: the vintage as typed (int or None)."""
    if till == "BAR":
        parts = [BAR_M[measure], ascii_caps(text), "%02d" % (vv % 100) if vv else ""]
        return " ".join(p for p in parts if p)[:BAR_W].rstrip()
    if till == "SALLE":
        prod = text + (" %d" % vv if vv else "")
        fields = [fam, prod] + ([SALLE_M[measure]] if measure else [])
        return " / ".join(fields)
    if till == "FERIA":
        price = h(text + measure, 1, 3) if measure not in ("btl", "mag", "half") else h(text, 14, 32)
        if not measure:
            price = h(text, 1, 4)
        parts = ["%dJ" % price, FERIA_M[measure], text, "'%02d" % (vv % 100) if vv else ""]
        return " ".join(p for p in parts if p)[:FERIA_W].rstrip()
    raise ValueError(till)


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def read_vintage(till, label):
    if till == "BAR":
        m = re.search(r" (\d\d)$", label)
        return yy(int(m.group(1))) if m else None
    if till == "SALLE":
        f = label.split(" / ")
        m = re.search(r" ((?:19|20)\d\d)$", f[1]) if len(f) >= 2 else None
        return int(m.group(1)) if m else None
    if till == "FERIA":
        m = re.search(r" '(\d\d)$", label)
        return yy(int(m.group(1))) if m else None
    raise ValueError(till)
