"""The three tills of the Hôtel des Remparts: how each prints a label, and how it is read back."""
import hashlib
import re
import unicodedata


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.replace("'", " ").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip().upper()


def cut(s, width):
    """Fixed-width cut: a cut word is kept only if it keeps three letters and no digit."""
    if len(s) <= width:
        return s, False
    head = s[:width]
    if s[width] != " " and not head.endswith(" "):
        words = head.split(" ")
        frag = words[-1]
        if len(frag) < 3 or not frag.isalpha():
            head = " ".join(words[:-1])
    return head.rstrip(), True


# ---------------------------------------------------------------- bar
BAR_WIDTH = 20
BAR_CODES = {
    "btl": "B", "half": "1/2", "mag": "MAG", "glass": "V", "g15": "V15", "coupe": "CP",
    "p25": "P25", "p50": "P50", "dose": "DOSE", "cl2": "2CL", "demi": "DEMI", "pinte": "PINTE",
    "s20": "20CL", "s25": "25CL", "s33": "33CL", "s50": "50CL", "s70": "70CL", "s100": "1L",
}
BAR_BACK = {v: k for k, v in BAR_CODES.items()}


def render_bar(measure, text, vintage):
    body = ascii_up(text)
    if vintage is not None:
        body += f" {vintage % 100:02d}"
    line = f"{BAR_CODES[measure]}:{body}" if measure else body
    return cut(line, BAR_WIDTH)


def read_bar(label):
    measure = ""
    body = label
    m = re.match(r"^([0-9A-Z/]+):(.*)$", label)
    if m:
        measure = BAR_BACK[m.group(1)]
        body = m.group(2)
    toks = body.split(" ")
    vintage = 2000 + int(toks[-1]) if re.fullmatch(r"\d{2}", toks[-1]) else None
    return measure, vintage


# ---------------------------------------------------------------- salle (restaurant)
SALLE_WORDS = {
    "btl": "", "half": "demi-bouteille", "mag": "magnum", "glass": "verre", "g15": "verre 15 cl",
    "coupe": "coupe", "p25": "pichet 25 cl", "p50": "pichet 50 cl", "dose": "4 cl", "cl2": "2 cl",
    "demi": "demi", "pinte": "pinte", "s20": "20 cl", "s25": "25 cl", "s33": "33 cl",
    "s50": "50 cl", "s70": "70 cl", "s100": "1 l",
}
SALLE_BACK = {v: k for k, v in SALLE_WORDS.items() if v}
# wine-list sections: first digit of the bin number
SECTION = {"C": 1, "B": 2, "R": 3, "S": 4, "L": 4, "K": 5, "X": 6, "A": 7}


_BINS = {}


def bin_number(fam, key, measure):
    """A bin per product of the list (wine and measure), unique, first digit the section."""
    if (key, measure) not in _BINS:
        n = h("bin", key, measure) % 90
        taken = set(_BINS.values())
        while SECTION[fam] * 100 + 10 + n in taken:
            n = (n + 1) % 90
        _BINS[(key, measure)] = SECTION[fam] * 100 + 10 + n
    return _BINS[(key, measure)]


def render_salle(measure, text, vintage, fam, key):
    s = text
    if vintage is not None:
        s += f" {vintage}"
    if fam in SECTION:
        s = f"N°{bin_number(fam, key or text, measure)} {s}"
    w = SALLE_WORDS[measure] if measure else ""
    if w:
        s += f", {w}"
    return s, False


def read_salle(label):
    measure = ""
    body = label
    if ", " in label:
        body, w = label.rsplit(", ", 1)
        measure = SALLE_BACK[w]
    m = re.search(r"(?:^| )((?:19|20)\d{2})$", body)
    return measure, int(m.group(1)) if m else None


# ---------------------------------------------------------------- pms (hotel export)
PMS_WIDTH = 26
PMS_WORDS = {
    "btl": "BTL", "half": "1/2 BTL", "mag": "MAGNUM", "glass": "VERRE", "g15": "VERRE 15CL",
    "coupe": "COUPE", "p25": "PICHET 25CL", "p50": "PICHET 50CL", "dose": "DOSE", "cl2": "2CL",
    "demi": "DEMI", "pinte": "PINTE", "s20": "20CL", "s25": "25CL", "s33": "33CL", "s50": "50CL",
    "s70": "70CL", "s100": "1L",
}
PMS_BACK = sorted(((v, k) for k, v in PMS_WORDS.items()), key=lambda x: -len(x[0]))
GROUPS = {
    "C": "CHAMPAGNES", "B": "VINS BLANCS", "R": "VINS ROUGES", "S": "VINS ROSES",
    "L": "VINS MOELLEUX", "K": "CREMANTS", "X": "ALCOOLS", "A": "APERITIFS", "E": "BIERES",
    "W": "EAUX ET SOFTS", "F": "RESTAURATION", "H": "BOISSONS CHAUDES", "V": "DIVERS",
}
ROOMS = [f"{fl}{n:02d}" for fl, top in ((1, 14), (2, 14), (3, 8)) for n in range(1, top + 1)]


def render_pms(measure, text, vintage, fam, key, outlet):
    desc = ascii_up(text)
    if measure:
        desc = f"{PMS_WORDS[measure]} {desc}"
    if vintage is not None:
        desc += f" {vintage}"
    desc, was_cut = cut(desc, PMS_WIDTH)
    if outlet == "BAR" and h("pass", key, text, measure) % 3 == 0:
        room = "PASS"
    else:
        room = ROOMS[h("room", key, text, measure) % len(ROOMS)]
    return f"{room};{outlet};{GROUPS[fam]};{desc}", was_cut


def read_pms(label):
    room, outlet, group, desc = label.split(";")
    measure = ""
    for w, k in PMS_BACK:
        if desc.startswith(w + " "):
            measure = k
            break
    m = re.search(r" ((?:19|20)\d{2})$", desc)
    return measure, int(m.group(1)) if m else None
