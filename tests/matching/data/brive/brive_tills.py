"""The three tills' rendering habits and how each reads a vintage back."""
import hashlib
import re
import unicodedata

POURS = {"VR": 12.5, "VR12": 12, "VR15": 15, "P25": 25, "P50": 50, "DOSE": 4, "FLUTE": 12.5, "DEMI": 25, "PINTE": 50}
BOTTLES = {"BTL": 75, "HALF": 37.5, "MAG": 150, "50CL": 50, "U": None, "FOOD": None}

def noacc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

ALIAS = {"-ROUGE": "rouge", "-BLANC": "blanc", "-ROSE": "rosé", "-BULLES": "effervescent", "-APERO": "autre",
         "-DIGESTIF": "spiritueux", "-BIERE": "bière", "-SOFT": "soft", "-LIQ": "liquoreux"}

# K: the market-hall counter register. 2-digit department, space, 18-char text field.
K_DEPT = {"rouge": 11, "blanc": 12, "rosé": 13, "effervescent": 14, "liquoreux": 15, "bière": 21,
          "soft": 22, "autre": 31, "spiritueux": 32, "-CUISINE": 41, "-CAFE": 42, "-SERVICE": 43}
K_MEAS = {"BTL": "", "HALF": "1/2", "MAG": "MAG", "VR": "VR", "VR12": "VR12", "VR15": "VR15", "P25": "P25",
          "P50": "P50", "DOSE": "DOSE", "FLUTE": "FLUTE", "DEMI": "DEMI", "PINTE": "PINTE", "U": "", "50CL": "50CL", "FOOD": ""}
K_WIDTH = 18

def render_k(family, meas, text, vintage):
    family = ALIAS.get(family, family)
    body = " ".join(p for p in (K_MEAS[meas], text, "%02d" % (vintage % 100) if vintage else "") if p)
    body = re.sub(r"[^A-Z0-9/ .'&-]", "", noacc(body).upper())
    return "%02d %s" % (K_DEPT[family], body[:K_WIDTH].rstrip())

def vintage_k(label):
    toks = label[3:].split()
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
        y = int(toks[-1]); return 1900 + y if y > 30 else 2000 + y
    return None

# T: the dining-room tablet. Category > item [year] · variant
T_CAT = {"rouge": "Vins rouges", "blanc": "Vins blancs", "rosé": "Vins rosés", "effervescent": "Champagnes",
         "liquoreux": "Vins doux", "bière": "Bières", "soft": "Sans alcool", "autre": "Apéritifs",
         "spiritueux": "Digestifs", "-CUISINE": "Cuisine", "-CAFE": "Boissons chaudes", "-SERVICE": "Divers"}
T_MEAS = {"BTL": "bouteille", "HALF": "demi-bouteille", "MAG": "magnum", "VR": "verre", "VR12": "verre 12cl",
          "VR15": "verre 15cl", "P25": "pichet 25cl", "P50": "pichet 50cl", "DOSE": "dose", "FLUTE": "flûte",
          "DEMI": "demi", "PINTE": "pinte", "U": "", "50CL": "50cl", "FOOD": ""}

def render_t(family, meas, text, vintage):
    family = ALIAS.get(family, family)
    item = text + (" %d" % vintage if vintage else "")
    v = T_MEAS[meas]
    return "{} > {}{}".format(T_CAT[family], item, " · " + v if v else "")

def vintage_t(label):
    item = label.split(" > ", 1)[1].split(" · ")[0]
    ys = [int(t) for t in re.findall(r"\b(\d{4})\b", item) if 1950 <= int(t) <= 2030]
    return ys[-1] if ys else None

# X: the match-day terrace kiosk, nightly CSV export: sku;name(22, lower);measure
X_MEAS = {"BTL": "btl", "HALF": "1/2", "MAG": "mag", "VR": "vr", "VR12": "vr12", "VR15": "vr15", "P25": "p25",
          "P50": "p50", "DOSE": "ds4", "FLUTE": "flute", "DEMI": "demi", "PINTE": "pinte", "U": "u", "50CL": "50cl", "FOOD": "u"}
X_WIDTH = 22

def render_x(family, meas, text, vintage):
    name = noacc(text + (" %d" % vintage if vintage else "")).lower()
    name = re.sub(r"[^a-z0-9/ .'&-]", "", name)[:X_WIDTH].rstrip()
    sku = int(hashlib.sha256(("x|" + text + "|" + meas).encode()).hexdigest(), 16) % 90000 + 10000
    return "%05d;%s;%s" % (sku, name, X_MEAS[meas])

def vintage_x(label):
    name = label.split(";")[1]
    ys = [int(t) for t in re.findall(r"\b(\d{4})\b", name) if 1950 <= int(t) <= 2030]
    return ys[-1] if ys else None

RENDER = {"K": render_k, "T": render_t, "X": render_x}
READ_VINTAGE = {"K": vintage_k, "T": vintage_t, "X": vintage_x}
