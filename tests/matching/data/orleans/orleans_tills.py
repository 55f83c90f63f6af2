"""The three tills of Le Relais de la Loire and how each renders a sale.

bar   : the counter's old cash register. ASCII capitals, a family prefix and a colon
        (VR: VB: VRS: CHP: APE: ALC: BIE: SFT:, CUI: CAF: SRV: for the rest), the serving
        word glued on with a dot, dots for spaces, vintage as '21 glued at the end, and the
        whole line cut hard at 20 columns (a vintage or a word may be cut).
salle : the waiters' tablet in the restaurant. Mixed case as the buttons were typed, words
        glued (SancerreBaronnesBlc), the serving word first in lower case, the vintage as
        four digits, and the price with a decimal comma at the end.
hotel : the hotel's reception / room-service PMS export. A 5-digit article number whose first
        digit is the family (1 red, 2 white, 3 rosé, 4 bubbles, 5 aperitif, 6 spirit, 7 beer,
        8 soft, 9 other), Title-case words joined by hyphens, serving word in capitals after
        the article, vintage as two bare digits at the end, the line cut at 24 columns.
"""
import hashlib
import unicodedata

BAR_WIDTH = 20
HOTEL_WIDTH = 24

# measure code -> (cl or None for a bottle-type sale, bar word, salle word, hotel word)
MEASURES = {
    "": (None, "", "", ""),
    "half": (None, "1/2", "1/2 btl", "1/2"),
    "mag": (None, "MAG", "magnum", "MAG"),
    "gl": (12.5, "VRE", "verre", "VERRE"),
    "gl12": (12, "VRE12", "verre 12cl", "VERRE-12CL"),
    "p25": (25, "PICH25", "pichet 25cl", "PICHET-25"),
    "p50": (50, "PICH50", "pichet 50cl", "PICHET-50"),
    "q": (25, "1/4", "1/4", "1/4"),
    "dose": (4, "DOSE", "dose", "DOSE"),
    "cp": (12.5, "CP", "coupe", "COUPE"),
    "demi": (25, "DEMI", "demi", "DEMI"),
    "pinte": (50, "PINTE", "pinte", "PINTE"),
}

BAR_FAM = {"rouge": "VR", "blanc": "VB", "rosé": "VRS", "bulles": "CHP", "autre": "APE",
           "spiritueux": "ALC", "bière": "BIE", "soft": "SFT"}
HOTEL_FAM = {"rouge": "1", "blanc": "2", "rosé": "3", "bulles": "4", "autre": "5",
             "spiritueux": "6", "bière": "7", "soft": "8"}
OTHER_BAR = {"cuisine": "CUI", "cafe": "CAF", "service": "SRV"}


def family(colour, category, appellation):
    if category == "champagne" or colour == "effervescent" or (appellation or "").startswith("Crémant"):
        return "bulles"
    if category == "vin":
        return colour
    return category


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)


def render_bar(fam, meas, vintage, text):
    pre = BAR_FAM[fam] if fam in BAR_FAM else OTHER_BAR[fam]
    word = MEASURES[meas][1]
    body = ascii_upper(text).replace(" ", ".")
    s = pre + ":" + (word + "." if word else "") + body
    if vintage:
        s += "'%02d" % (vintage % 100)
    return s[:BAR_WIDTH].rstrip(". ")


def _price(key, meas, fam):
    h = _h(key + "|" + meas)
    if meas in ("gl", "gl12", "cp"):
        base, step = 450, 50
    elif meas in ("p25", "q"):
        base, step = 700, 50
    elif meas == "p50":
        base, step = 1200, 100
    elif meas == "dose":
        base, step = 550, 50
    elif meas == "demi":
        base, step = 350, 20
    elif meas == "pinte":
        base, step = 650, 50
    elif fam in ("soft", "bière"):
        base, step = 300, 50
    elif fam == "cuisine":
        base, step = 850, 150
    elif fam in ("cafe", "service"):
        base, step = 180, 30
    elif fam in ("autre", "spiritueux"):
        base, step = 550, 50
    elif meas == "half":
        base, step = (2600 if fam == "bulles" else 1600), 100
    elif fam == "bulles" and meas == "":
        base, step = 4500, 300
    elif meas == "mag":
        base, step = 6500, 500
    else:
        base, step = 2400, 100
    cents = base + (h % 8) * step
    return "%d,%02d" % (cents // 100, cents % 100)


def render_salle(fam, meas, vintage, text, key):
    parts = []
    if MEASURES[meas][2]:
        parts.append(MEASURES[meas][2])
    parts.append(text)
    if vintage:
        parts.append(str(vintage))
    parts.append(_price(key, meas, fam))
    return " ".join(parts)


def article(fam, key):
    digit = HOTEL_FAM.get(fam, "9")
    return digit + "%04d" % (_h(key) % 10000)


def render_hotel(fam, meas, vintage, text, key):
    s = article(fam, key) + " "
    word = MEASURES[meas][3]
    if word:
        s += word + " "
    s += text.replace(" ", "-")
    if vintage:
        s += " %02d" % (vintage % 100)
    return s[:HOTEL_WIDTH].rstrip(" -")


def render(till, fam, meas, vintage, text, key):
    if till == "bar":
        return render_bar(fam, meas, vintage, text)
    if till == "salle":
        return render_salle(fam, meas, vintage, text, key)
    return render_hotel(fam, meas, vintage, text, key)
