"""The three tills' rendering habits.  Each till renders (family, measure, vintage, text)
into the label it prints; the answer is computed afterwards from the rendered label."""
import hashlib

# canonical measures: None (the bottle: 75 cl for a wine, the drink's only format otherwise),
# "half", "mag", "jero", "glass", "glass15", "coupe", "pich50", "dose", "dose2",
# "demi" (25 cl of a draught beer), "pinte" (50 cl draught), "cl25", "cl33", "cl50", "cl70",
# "cl100" (a bottle of that size of a non-wine drink), "cocktail" (a mixed drink: no drink of
# the library; nothing printed on caisse and pda, "Verre" on plage)
POUR_CL = {"glass": 12.5, "glass15": 15, "coupe": 12.5, "pich50": 50, "dose": 4, "dose2": 2,
           "demi": 25, "pinte": 50}
WINE_FMT = {None: 75, "half": 37.5, "mag": 150, "jero": 300}
SIZE_CL = {"cl25": 25, "cl33": 33, "cl50": 50, "cl70": 70, "cl100": 100}

# --- caisse: the old register of the dining room (Antibes) ---------------------------------
# "FF:" family, measure first, UPPER ASCII text, two-digit vintage last, the whole
# description cut hard at 20 columns, then a space and the price with a decimal comma.
CAISSE_FAM = {"rosé": "RO", "blanc": "BL", "rouge": "RG", "champagne": "BU", "aperitif": "AP",
              "spirit": "SP", "beer": "BI", "soft": "SO", "food": "CU", "misc": "DV"}
CAISSE_MEAS = {None: "", "half": "1/2", "mag": "MAG", "jero": "JERO", "glass": "VRE",
               "glass15": "VRE15", "coupe": "CP", "pich50": "PICH50", "dose": "DOSE",
               "dose2": "2CL", "demi": "DEMI", "pinte": "PINTE", "cl25": "25CL", "cl33": "33CL",
               "cl50": "50CL", "cl70": "70CL", "cl100": "1L", "cocktail": ""}
CAISSE_WIDTH = 20

# --- pda: the waiters' handheld ------------------------------------------------------------
# lower case ASCII, measure first, words glued as the staff typed them, vintage as 'yy, cut
# at 24 columns, no price.  Non-vintage champagnes carry "nv".
PDA_MEAS = {None: "", "half": "37.5", "mag": "mag", "jero": "jero", "glass": "vr",
            "glass15": "vr15", "coupe": "cp", "pich50": "pich50", "dose": "dose", "dose2": "2cl",
            "demi": "demi", "pinte": "pinte", "cl25": "25cl", "cl33": "33cl", "cl50": "50cl",
            "cl70": "70cl", "cl100": "1l", "cocktail": ""}
PDA_WIDTH = 24

# --- plage: the beach-bar tablet ------------------------------------------------------------
# "FAMILLE | name vintage | serving | price €": the family word, the button name as typed
# (mixed case, accents) with the four-digit year, cut at 22 characters (the button's limit),
# the serving spelt out (always, bottles included), the price with a decimal comma and €.
PLAGE_FAM = {"rosé": "ROSÉS", "blanc": "BLANCS", "rouge": "ROUGES", "champagne": "CHAMPAGNES",
             "aperitif": "APÉROS", "spirit": "ALCOOLS", "beer": "BIÈRES", "soft": "SOFTS",
             "food": "SNACKING", "misc": "DIVERS"}
PLAGE_MEAS = {None: "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "jero": "Jéroboam",
              "glass": "Verre", "glass15": "Verre 15cl", "coupe": "Coupe", "pich50": "Pichet 50cl",
              "dose": "Dose", "dose2": "Dose 2cl", "demi": "Demi", "pinte": "Pinte",
              "cl25": "Bouteille 25cl", "cl33": "Bouteille 33cl", "cl50": "Bouteille 50cl",
              "cl70": "Bouteille 70cl", "cl100": "Bouteille 1L", "cocktail": "Verre"}
PLAGE_WIDTH = 22

PRICE_RANGE = {None: (34, 140), "half": (22, 48), "mag": (80, 260), "jero": (190, 480),
               "glass": (6, 14), "glass15": (8, 16), "coupe": (12, 24), "pich50": (22, 34),
               "dose": (7, 16), "dose2": (3, 5), "demi": (4, 6), "pinte": (7, 10),
               "cl25": (4, 7), "cl33": (4, 8), "cl50": (4, 6), "cl70": (90, 190),
               "cl100": (5, 9), "cocktail": (8, 16), "food": (6, 38), "misc": (1, 12)}


def price(till, fam, meas, text):
    key = "food" if fam == "food" else "misc" if fam == "misc" else meas
    lo, hi = PRICE_RANGE[key]
    h = int(hashlib.sha256(f"{till}|{fam}|{meas}|{text}".encode()).hexdigest(), 16)
    halves = lo * 2 + h % ((hi - lo) * 2 + 1)
    return f"{halves // 2},{50 if halves % 2 else 0:02d}"


def cut(s, width):
    return s[:width].rstrip()


def render(till, fam, meas, vintage, text):
    """vintage: an int year, "NV" for a non-vintage champagne, or None."""
    if till == "caisse":
        parts = [CAISSE_MEAS[meas]] if fam not in ("food", "misc") else []
        parts.append(text)
        if isinstance(vintage, int):
            parts.append(f"{vintage % 100:02d}")
        elif vintage == "NV":
            parts.append("NV")
        body = f"{CAISSE_FAM[fam]}:" + " ".join(p for p in parts if p)
        return f"{cut(body, CAISSE_WIDTH)} {price(till, fam, meas, text)}"
    if till == "pda":
        parts = [PDA_MEAS[meas]] if fam not in ("food", "misc") else []
        parts.append(text)
        if isinstance(vintage, int):
            parts.append(f"'{vintage % 100:02d}")
        elif vintage == "NV":
            parts.append("nv")
        return cut(" ".join(p for p in parts if p), PDA_WIDTH)
    if till == "plage":
        name = text + (f" {vintage}" if isinstance(vintage, int) else " N.V." if vintage == "NV" else "")
        fields = [PLAGE_FAM[fam], cut(name, PLAGE_WIDTH)]
        if fam not in ("food", "misc"):
            fields.append(PLAGE_MEAS[meas])
        fields.append(price(till, fam, meas, text) + " €")
        return " | ".join(fields)
    raise ValueError(till)
