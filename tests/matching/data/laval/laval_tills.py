"""The three tills' rendering habits."""
import hashlib
import unicodedata


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", " ").replace("’", " ").upper()


# ---- comptoir: the takeaway counter's register -------------------------------
COMPTOIR_WIDTH = 20
COMPTOIR_CODES = {
    "BT": "BTL", "HALF": "DEMI", "MAG": "MAG", "VR": "VRE", "VR15": "VRE15", "COUPE": "CP",
    "P25": "P25", "P50": "P50", "DOSE": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
    "S20": "20CL", "S25": "25CL", "S33": "33CL", "S50": "50CL", "S66": "66CL", "S70": "70CL",
    "S100": "1L", "S125": "1L25", "S150": "1L5",
}


def render_comptoir(measure, vintage, text):
    name = ascii_upper(text)
    field = name + (f" {vintage}" if vintage else "")
    cut = field[:COMPTOIR_WIDTH].rstrip()
    if vintage and len(cut) > len(name) + 1 and len(cut) - len(name) - 1 == 2:
        raise ValueError(f"cut leaves a two-digit year: {cut!r}")
    return cut + (f"/{COMPTOIR_CODES[measure]}" if measure else "")


# ---- salle: the waiters' tablet -----------------------------------------------
SALLE_PHRASES = {
    "BT": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "VR": "Verre",
    "VR15": "Verre 15 cl", "COUPE": "Coupe", "P25": "Pichet 25 cl", "P50": "Pichet 50 cl",
    "DOSE": "Dose", "D2": "2 cl", "DEMI": "Demi", "PINTE": "Pinte",
    "S20": "Bouteille 20 cl", "S25": "Bouteille 25 cl", "S33": "Bouteille 33 cl",
    "S50": "Bouteille 50 cl", "S66": "Bouteille 66 cl", "S70": "Bouteille 70 cl",
    "S100": "Bouteille 1 L", "S125": "Bouteille 1,25 L", "S150": "Bouteille 1,5 L",
}
VOWELS = "AEIOUYHÉÈÊaeiouyhéèê"


def render_salle(measure, vintage, text):
    if measure:
        de = "d'" if text[0] in VOWELS else "de "
        text = f"{SALLE_PHRASES[measure]} {de}{text}"
    return text + (f" ({vintage})" if vintage else "")


# ---- livraison: the delivery platform's order export -------------------------
LIVRAISON_SIZES = {
    "BT": "75 cl", "HALF": "37,5 cl", "MAG": "1,5 L", "S20": "20 cl", "S25": "25 cl",
    "S33": "33 cl", "S50": "50 cl", "S66": "66 cl", "S70": "70 cl", "S100": "1 L",
    "S125": "1,25 L", "S150": "1,5 L",
}
SECTIONS = ["Vins rouges", "Vins blancs", "Vins rosés", "Bulles & Champagne", "Bières",
            "Apéritifs & Alcools", "Softs & Eaux", "Pizzas", "Grillades", "Desserts",
            "Menus", "Frais"]


def section_of(colour, category):
    if category == "champagne" or colour == "effervescent":
        return "Bulles & Champagne"
    if category == "vin":
        return {"rouge": "Vins rouges", "blanc": "Vins blancs", "rosé": "Vins rosés"}[colour]
    return {"bière": "Bières", "spiritueux": "Apéritifs & Alcools", "autre": "Apéritifs & Alcools",
            "soft": "Softs & Eaux"}[category]


def price(section, text, measure, vintage):
    h = int(hashlib.sha256(f"{section}|{text}|{measure}|{vintage}".encode()).hexdigest(), 16)
    base = {"Vins rouges": 19, "Vins blancs": 19, "Vins rosés": 18, "Bulles & Champagne": 22,
            "Bières": 3, "Apéritifs & Alcools": 24, "Softs & Eaux": 2, "Pizzas": 10,
            "Grillades": 16, "Desserts": 5, "Menus": 14, "Frais": 2}[section]
    span = {"Bières": 3, "Softs & Eaux": 3, "Frais": 3, "Desserts": 4}.get(section, 14)
    if measure == "MAG":
        base *= 2
    if measure in ("HALF", "S20"):
        base = max(4, base // 2)
    euros = base + h % span
    cents = ("90", "50", "00")[(h >> 8) % 3]
    return f"{euros},{cents}"


def render_livraison(section, measure, vintage, text):
    if measure and measure not in LIVRAISON_SIZES:
        raise ValueError(f"delivery sells bottles only: {text} {measure}")
    size = LIVRAISON_SIZES[measure] if measure else ""
    return ";".join([section, text, str(vintage) if vintage else "", size,
                     price(section, text, measure, vintage)])
