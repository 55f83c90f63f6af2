"""The three tills' rendering habits. Canonical measures -> printed words, widths, prices."""
import hashlib
import unicodedata

# canonical measure: (kind, volume_cl)  kind: bottle / pour / draught
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "s25": ("bottle", 25), "s33": ("bottle", 33), "s50": ("bottle", 50), "s70": ("bottle", 70), "s100": ("bottle", 100),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "coupe": ("pour", 12.5), "flute": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "d2": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}
BAR_WORD = {"btl": "", "half": "1/2", "mag": "MAG", "s25": "25CL", "s33": "33CL", "s50": "50CL", "s70": "70CL",
            "s100": "1L", "glass": "VRE", "g15": "VRE15", "coupe": "CP", "flute": "FLUTE", "p25": "PICH25",
            "p50": "PICH50", "dose": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
SALLE_WORD = {"btl": "", "half": "demi-btl", "mag": "magnum", "s25": "25cl", "s33": "33cl", "s50": "50cl",
              "s70": "70cl", "s100": "1L", "glass": "verre", "g15": "verre 15cl", "coupe": "coupe", "flute": "flûte",
              "p25": "pichet 25cl", "p50": "pichet 50cl", "dose": "dose", "d2": "2cl", "demi": "demi", "pinte": "pinte"}
HOTEL_WORD = {"btl": "", "half": "1/2", "mag": "Magnum", "s25": "25cl", "s33": "33cl", "s50": "50cl", "s70": "70cl",
              "s100": "1L", "glass": "Verre", "g15": "Verre 15cl", "coupe": "Coupe", "flute": "Flute",
              "p25": "Pichet 25cl", "p50": "Pichet 50cl", "dose": "Dose", "d2": "2cl", "demi": "Demi", "pinte": "Pinte"}
BAR_WIDTH, HOTEL_WIDTH = 17, 24
FAMILIES = ["CH", "BL", "RG", "RS", "LI", "AP", "BI", "SO", "CU", "SV"]
HOTEL_DIGIT = {"CH": "1", "BL": "2", "RG": "2", "RS": "2", "LI": "3", "AP": "3", "BI": "4", "SO": "5", "CU": "8", "SV": "9"}


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace("'", " ").replace("’", " ").upper()


def ascii_only(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace("'", " ").replace("’", " ")


def cut(s, width):
    """Cut at width; refuse a cut that leaves part of a number or fewer than 3 letters of a word."""
    if len(s) <= width:
        return s, False
    c = s[:width]
    if s[width] != " " and c[-1] != " ":
        last = c.split(" ")[-1]
        whole = s.split(" ")[len(c.split(" ")) - 1]
        tail = last.split(".")[-1]
        if any(ch.isdigit() for ch in whole) or len(tail) < 3 or not tail.isalpha():
            raise ValueError(f"bad cut: {s!r} -> {c!r}")
    return c.rstrip(), True


def price(key, meas, kind, fam=None):
    """Deterministic price in cents."""
    base = {"bottle": 3800, "pour": 700, "draught": 450}[kind]
    if fam in ("CU", "SV", "SO") and meas == "btl":
        return 250 + (h(key, meas) % 29) * 50
    if meas == "half":
        base = 2400
    if meas == "mag":
        base = 8900
    if meas in ("dose", "d2"):
        base = 500
    if meas in ("p25", "p50"):
        base = 900 if meas == "p25" else 1600
    if meas in ("s25", "s33", "s50", "s100") or key in ("coca", "coca_zero", "orangina", "tonic", "perrier", "milliat", "leffe", "chouffe", "hein0", "k1664b"):
        base = 450
    return base + (h(key, meas) % 13) * 50


def euros(cents):
    return f"{cents // 100},{cents % 100:02d}"


def render_bar(fam, meas, vint, text):
    w = BAR_WORD[meas]
    s = f"{fam}=" + (w + " " if w else "") + ascii_up(text) + (f" {vint % 100:02d}" if vint else "")
    return cut(s, BAR_WIDTH)


def render_salle(key, meas, vint, text, fam=None):
    w = SALLE_WORD[meas]
    kind = MEASURES[meas][0]
    parts = [text] + ([f"'{vint % 100:02d}"] if vint else []) + ([w] if w else [])
    return " ".join(parts) + " " + euros(price(key or text, meas, kind, fam)) + " €", False


def render_hotel(fam, key, meas, vint, text):
    w = HOTEL_WORD[meas]
    kind = MEASURES[meas][0]
    desc = (w + " " if w else "") + ascii_only(text) + (f" {vint}" if vint else "")
    desc, was_cut = cut(desc, HOTEL_WIDTH)
    art = HOTEL_DIGIT[fam] + f"{h('art', key or text, meas) % 10000:04d}"
    return f"{art} {desc:<{HOTEL_WIDTH}} {euros(price(key or text, meas, kind, fam)):>7}", was_cut
