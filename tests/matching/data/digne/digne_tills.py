"""The three tills' rendering habits and how a vintage is read back from each label.

G  "grille": the back office's sales report, printed as a bordered text table.
B  "borne":  the self-ordering kiosk at the terrace gate, with size buttons S / M / L.
T  "terrace": the handheld of the English-speaking seasonal waiter (open items typed by him).
"""
import hashlib
import re
import unicodedata

FAM_CODE = {"rg": "01", "rs": "02", "bl": "03", "bu": "04", "an": "05", "al": "06", "ap": "07",
            "bi": "08", "so": "09", "ch": "10", "cu": "11", "dv": "12"}
PASTIS = {"bardouin", "janot", "creissauds", "ricard", "p51"}


def family(drink):
    if drink["category"] == "champagne":
        return "bu"
    if drink["category"] == "vin":
        return {"rouge": "rg", "rosé": "rs", "blanc": "bl"}[drink["colour"]]
    if drink["key"] in PASTIS:
        return "an"
    return {"spiritueux": "al", "autre": "ap", "bière": "bi", "soft": "so"}[drink["category"]]


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


PRICE_RANGE = {"btl": (22, 80), "half": (14, 40), "mag": (45, 140), "gl": (4, 10), "g12": (4, 10),
               "g15": (5, 12), "p25": (7, 14), "p50": (12, 24), "d2": (2.5, 5), "d4": (4, 9),
               "demi": (3, 4.5), "k33": (4, 6), "pinte": (6, 8.5), "u": (2.5, 22)}


def price(meas, *parts):
    lo, hi = PRICE_RANGE.get(meas, (3, 6))
    h = int(hashlib.sha256("|".join(map(str, (meas, *parts))).encode()).hexdigest(), 16)
    return lo + (h % (int((hi - lo) * 2) + 1)) * 0.5


# ---------------------------------------------------------------- G, bordered table
G_WIDTH = 24
G_MEAS = {"btl": "BTL", "half": "1/2", "mag": "MAG", "gl": "VRE", "g12": "VR12", "g15": "VR15",
          "p25": "P25", "p50": "P50", "d2": "2CL", "d4": "4CL", "demi": "DEMI", "k33": "33PR",
          "pinte": "PINTE", "u": "U"}


def g_meas(m):
    if m in G_MEAS:
        return G_MEAS[m]
    n = m[1:]
    return "1L" if n == "100" else n + "CL"


def render_g(fam, meas, vint, text):
    desig = ascii_(text).upper() + ("" if vint is None else " %d" % vint)
    desig = desig[:G_WIDTH].ljust(G_WIDTH)
    p = price(meas, "G", text, vint)
    ps = ("%.2f" % p).replace(".", ",")
    return "| %s | %s | %-5s | %6s |" % (FAM_CODE[fam], desig, g_meas(meas), ps)


def vintage_g(label):
    desig = label.split("|")[2].strip()
    last = desig.split()[-1] if desig.split() else ""
    return int(last) if re.fullmatch(r"(19|20)\d\d", last) else None


# ---------------------------------------------------------------- B, kiosk with S/M/L
B_SIZE = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "g12": "S · 12 cl",
          "p25": "M · 25 cl", "p50": "L · 50 cl", "d2": "S · 2 cl", "d4": "M · 4 cl",
          "demi": "S · 25 cl", "k33": "M · 33 cl", "pinte": "L · 50 cl", "u": "Unique"}


def b_size(m):
    if m in B_SIZE:
        return B_SIZE[m]
    n = m[1:]
    return "1 L" if n == "100" else n + " cl"


def render_b(fam, meas, vint, text):
    name = text + ("" if vint is None else " %d" % vint)
    return "%s (%s)" % (name, b_size(meas))


def vintage_b(label):
    name = label.rsplit(" (", 1)[0]
    ys = [t for t in name.split() if re.fullmatch(r"(19|20)\d\d", t)]
    return int(ys[-1]) if ys else None


# ---------------------------------------------------------------- T, English handheld
T_SERV = {"half": "half bottle", "mag": "magnum", "gl": "glass", "g12": "glass 12cl",
          "g15": "glass 15cl", "p25": "carafe 25cl", "p50": "carafe 50cl", "d2": "2cl",
          "d4": "shot", "demi": "half", "k33": "33cl", "pinte": "pint", "u": ""}


def render_t(fam, meas, vint, text, wine):
    if meas == "btl":
        serv = "bottle" if wine else ""
    elif meas in T_SERV:
        serv = T_SERV[meas]
    else:
        n = meas[1:]
        serv = "1l" if n == "100" else n + "cl"
    words = [serv, ascii_(text).lower()]
    if vint is not None:
        words.append("'%02d" % (vint % 100))
    return " ".join(w for w in words if w)


def vintage_t(label):
    ys = [t for t in label.split() if re.fullmatch(r"'\d\d", t)]
    return 2000 + int(ys[-1][1:]) if ys else None


def render(till, fam, meas, vint, text, wine):
    if till == "G":
        return render_g(fam, meas, vint, text)
    if till == "B":
        return render_b(fam, meas, vint, text)
    return render_t(fam, meas, vint, text, wine)


def read_vintage(till, label):
    return {"G": vintage_g, "B": vintage_b, "T": vintage_t}[till](label)
