"""The three tills' rendering habits, and each till's reading of its own labels."""
import hashlib
import re
import unicodedata

from biarritz_rules import BYKEY


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", " ").replace("’", " ").upper()


def check_cut(full, cut, where):
    """A cut mid-word must leave at least four letters of the word."""
    if len(full) <= len(cut) or full[len(cut)] == " " or cut.endswith(" "):
        return
    frag = cut.split(" ")[-1]
    if len(frag) < 4 or not frag.isalpha():
        raise ValueError("bad cut %r of %r (%s)" % (cut, full, where))


# ---------- comptoir: the bar's old register, quick keys ----------
C_MOD = {"btl": "BTL", "half": "1/2", "mag": "MAG", "glass": "VRE", "g15": "VRE15",
         "coupe": "CP", "p25": "P25", "p50": "P50", "dose": "DOSE", "d2": "2CL",
         "demi": "DEMI", "pinte": "PINTE", "c25": "25CL", "c33": "33CL", "c355": "35.5CL",
         "c375": "37.5CL", "c50": "50CL", "c70": "70CL", "c100": "1L"}
C_WIDTH = 16
# department digit of the PLU
C_DEPT = {"rouge": 1, "blanc": 2, "rosé": 2, "liquoreux": 2, "champagne": 3, "bière": 4,
          "cidre": 4, "spiritueux": 5, "autre": 5, "soft": 6, "cuisine": 7, "cafe": 8, "divers": 9}


def dept_of(key, fam):
    if key is None:
        return C_DEPT[fam]
    d = BYKEY[key]
    col, cat = d[6], d[7]
    if cat == "champagne":
        return 3
    if cat == "vin":
        return C_DEPT[col]
    if cat == "autre" and d[3] and "idr" in d[3]:
        return 4
    return C_DEPT[cat]


def render_comptoir(key, meas, vintage, text, fam=None):
    name = ascii_upper(text)
    full = name + (" %02d" % (vintage % 100) if vintage else "")
    desc = full
    if len(full) > C_WIDTH:
        if vintage and len(name) <= C_WIDTH:
            desc = name  # a vintage that does not fit whole is left off
        else:
            desc = name[:C_WIDTH]
            check_cut(name, desc, "comptoir")
            desc = desc.rstrip()
    cutoff = bool(vintage) and not desc.endswith(" %02d" % (vintage % 100))
    plu = dept_of(key, fam) * 100 + h("plu|" + name, 100)
    label = "%03d %s" % (plu, desc)
    if meas:
        label += "*" + C_MOD[meas]
    return label, cutoff


def read_comptoir(label):
    m = re.fullmatch(r"(\d{3}) (.+?)(?:\*([0-9A-Z./]+))?", label)
    desc, mod = m.group(2), m.group(3)
    meas = {v: k for k, v in C_MOD.items()}.get(mod) if mod else None
    vm = re.search(r"(?<![\w.])(\d\d)$", desc)
    vint = None
    if vm:
        yy = int(vm.group(1))
        vint = 2000 + yy if yy <= 30 else 1900 + yy
    return meas, vint


# ---------- salle: the restaurant till's export, parent row + option row ----------
S_PARENT = {"btl": "BOUTEILLE", "half": "DEMI-BOUTEILLE", "mag": "MAGNUM", "glass": "VERRE",
            "g15": "VERRE 15CL", "coupe": "COUPE", "p25": "PICHET 25CL", "p50": "PICHET 50CL",
            "dose": "DOSE", "d2": "DOSE 2CL", "demi": "PRESSION DEMI", "pinte": "PRESSION PINTE",
            "c25": "BOUTEILLE 25CL", "c33": "BOUTEILLE 33CL", "c355": "BOUTEILLE 35,5CL",
            "c375": "BOUTEILLE 37,5CL", "c50": "BOUTEILLE 50CL", "c70": "BOUTEILLE 70CL",
            "c100": "BOUTEILLE 1L"}
S_SUPP = ["1,50", "2,00", "3,00", "4,50"]


def render_salle(key, meas, vintage, text, fam=None):
    if meas is None:
        return text, False
    child = text + (" %d" % vintage if vintage else "")
    label = "%s + %s" % (S_PARENT[meas], child)
    if meas in ("glass", "g15", "coupe", "btl") and key and BYKEY[key][7] in ("vin", "champagne") \
            and h("supp|" + label, 3) == 0:
        label += " (+%s)" % S_SUPP[h("amt|" + label, 4)]
    return label, False


def read_salle(label):
    m = re.fullmatch(r"([A-Z0-9 ,-]+?) \+ (.+?)(?: \(\+\d+,\d\d\))?", label)
    if not m:
        return None, None
    meas = {v: k for k, v in S_PARENT.items()}.get(m.group(1))
    vm = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group(2))
    return meas, int(vm.group(1)) if vm else None


# ---------- truck: the food truck's phone till, short buttons + variant ----------
T_VARIANT = {"btl": "Bottle", "half": "Half bottle", "mag": "Magnum", "glass": "Glass",
             "g15": "Glass 15cl", "coupe": "Coupe", "p25": "Jug 25cl", "p50": "Jug 50cl",
             "dose": "Shot", "d2": "Shot 2cl", "demi": "Tap 25cl", "pinte": "Tap 50cl",
             "c25": "25cl", "c33": "33cl", "c355": "35.5cl", "c375": "Stubby 375ml",
             "c50": "50cl", "c70": "70cl", "c100": "1L"}
T_WIDTH = 18


def render_truck(key, meas, vintage, text, fam=None):
    if meas is None:
        return text, False
    full = text + (" '%02d" % (vintage % 100) if vintage else "")
    name = full
    if len(full) > T_WIDTH:
        cut = full[:T_WIDTH - 1]
        if not (vintage and len(cut) > len(text)):
            check_cut(full, cut, "truck")
        name = cut.rstrip() + "…"
    cutoff = bool(vintage) and ("'%02d" % (vintage % 100)) not in name
    return "%s - %s" % (name, T_VARIANT[meas]), cutoff


def read_truck(label):
    m = re.fullmatch(r"(.+) - (.+)", label)
    if not m:
        return None, None
    meas = {v: k for k, v in T_VARIANT.items()}.get(m.group(2))
    vm = re.search(r"'(\d\d)(?!\d)", m.group(1))
    return meas, 2000 + int(vm.group(1)) if vm else None


RENDER = {"comptoir": render_comptoir, "salle": render_salle, "truck": render_truck}
READ = {"comptoir": read_comptoir, "salle": read_salle, "truck": read_truck}
