"""The three tills of the Hôtel des Gaves and how each renders a sale.

BAR   : the bar's cash register. '#' + 3-digit PLU, then the description typed in capitals:
        measure key, staff short name, two-digit vintage; the description is cut at 18 columns.
SALLE : the restaurant's touch till. Product as the owner typed it (mixed case, accents),
        four-digit vintage, ' - ' and the variant (Bouteille, Verre...). Food has no variant.
HOTEL : the hotel desk's PMS. 'CH' + room, department code, then what the receptionist typed
        in lower case without accents: measure word first, name, four-digit vintage.
"""
import hashlib
import re
import unicodedata

BAR_CUT = 18
BAR_MEAS = {"BT": "BTL", "HALF": "1/2", "MAG": "MAG", "S25": "25CL", "S33": "33CL",
            "S50": "50CL", "S100": "1L", "VR": "VR", "VR15": "VR15", "CP": "CP",
            "P25": "P25", "P50": "P50", "DOSE": "DOSE", "D2": "2CL", "DEMI": "DEMI",
            "PINTE": "PINTE"}
SALLE_MEAS = {"BT": "Bouteille", "HALF": "1/2 Bouteille", "MAG": "Magnum", "S25": "25cl",
              "S33": "33cl", "S50": "50cl", "S100": "1L", "VR": "Verre", "VR15": "Verre 15cl",
              "CP": "Coupe", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "DOSE": "Dose",
              "D2": "Dose 2cl", "DEMI": "Demi", "PINTE": "Pinte"}
HOTEL_MEAS = {"BT": "btle", "HALF": "1/2 btle", "MAG": "mag", "S25": "25cl", "S33": "33cl",
              "S50": "50cl", "S100": "1l", "VR": "verre", "VR15": "verre 15cl", "CP": "coupe",
              "P25": "pichet 25cl", "P50": "pichet 50cl", "DOSE": "dose", "D2": "2cl",
              "DEMI": "demi", "PINTE": "pinte"}
ROOMS = [100 + i for i in range(1, 15)] + [200 + i for i in range(1, 15)] + [300 + i for i in range(1, 9)]


def _h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def render_bar(measure, text, vintage):
    parts = []
    if measure:
        parts.append(BAR_MEAS[measure])
    parts.append(text)
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    desc = " ".join(parts)
    if desc != ascii_fold(desc).upper():
        raise ValueError("BAR text must be ASCII capitals: %r" % desc)
    desc = desc[:BAR_CUT].rstrip()
    plu = 100 + _h("plu:" + text) % 900
    return "#%03d %s" % (plu, desc)


def render_salle(measure, text, vintage):
    s = text
    if vintage is not None:
        s += " %d" % vintage
    if measure:
        s += " - " + SALLE_MEAS[measure]
    return s


def hotel_dept(measure, dept):
    if dept:
        return dept
    if measure in ("S25", "S33", "S50", "S100"):
        return "MINIB"
    if measure in ("BT", "HALF", "MAG"):
        return "RS"
    return "BAR"


def render_hotel(measure, text, vintage, dept=None):
    if text != ascii_fold(text).lower():
        raise ValueError("HOTEL text must be lower-case ASCII: %r" % text)
    parts = []
    if measure:
        parts.append(HOTEL_MEAS[measure])
    parts.append(text)
    if vintage is not None:
        parts.append("%d" % vintage)
    room = ROOMS[_h("room:" + text + str(vintage) + str(measure)) % len(ROOMS)]
    return "CH%d %s %s" % (room, hotel_dept(measure, dept), " ".join(parts))


def read_vintage(connection, label):
    """The vintage printed on a rendered label, or None."""
    if connection == "BAR":
        desc = label[5:]
        toks = desc.split()
        if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            return 2000 + n if n <= 30 else 1900 + n
        return None
    if connection == "SALLE":
        head = label.split(" - ")[0]
        m = re.search(r" ((?:19|20)\d\d)$", head)
        return int(m.group(1)) if m else None
    if connection == "HOTEL":
        m = re.search(r" ((?:19|20)\d\d)$", label)
        return int(m.group(1)) if m else None
    raise ValueError(connection)


def read_measure(connection, label):
    """The measure code the label prints (None: no measure, a bottle for BAR wines)."""
    if connection == "BAR":
        first = label[5:].split()[0] if label[5:].split() else ""
        inv = {v: k for k, v in BAR_MEAS.items()}
        return inv.get(first)
    if connection == "SALLE":
        if " - " not in label:
            return None
        inv = {v: k for k, v in SALLE_MEAS.items()}
        return inv.get(label.rsplit(" - ", 1)[1])
    if connection == "HOTEL":
        rest = label.split(" ", 2)[2]
        for code, word in sorted(HOTEL_MEAS.items(), key=lambda kv: -len(kv[1])):
            if rest == word or rest.startswith(word + " "):
                return code
        return None
    raise ValueError(connection)
