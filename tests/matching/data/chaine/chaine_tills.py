"""The three connections of the restaurant: how each one prints a label, and how a printed
label is read back (measure, bottle size, vintage).

- ``catalogue``: the chain's central catalogue export. ``<family letter><4 digits> `` SKU,
  then the measure code, then the description, then the vintage as two digits (bottle SKUs of
  wines only); ALL CAPITALS, no accents; cut at 24 characters (trailing blanks dropped).
- ``pda``: the restaurant's handheld order pads. Mixed case, the serving first (``Btl``,
  ``1/2 Btl``, ``Btl 50cl``, ``Mag``, ``Verre 12cl``, ``Verre 14cl``, ``Pichet 25``,
  ``Pichet 50``, ``Coupe``, ``Demi``, ``Pinte``, ``Dose``, ``2cl``, ``6cl``); bottled beers
  and softs are the name and the size (``Pepsi 33``, ``Volvic 1L``); never a vintage.
- ``livraison``: the delivery platform. ``Name [vintage] - Colour or type - Size - Price €``
  with a decimal comma; lines that are not drinks have no size.
"""
import hashlib
import unicodedata

CUT = 24

# measure code -> (kind, cl). kind: "bottle" (cl None = 75 for a wine / only bottle),
# "pour" (from the ordinary bottle), "draught" (from the keg).
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "b50": ("bottle", 50),
    "mag": ("bottle", 150),
    "v12": ("pour", 12), "v14": ("pour", 14), "p25": ("pour", 25), "p50": ("pour", 50),
    "cp": ("pour", 12.5), "c2": ("pour", 2), "c4": ("pour", 4), "c6": ("pour", 6),
    "dose": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "s25": ("bottle", 25), "s27": ("bottle", 27.5), "s33": ("bottle", 33),
    "s50": ("bottle", 50), "s70": ("bottle", 70), "s75": ("bottle", 75),
    "s100": ("bottle", 100),
}

CAT_MEAS = {"half": "1/2", "b50": "50CL", "mag": "MAG", "v12": "VRE12", "v14": "VRE14",
            "p25": "PICH25", "p50": "PICH50", "cp": "CP", "c2": "2CL", "c4": "4CL",
            "c6": "6CL", "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE", "s25": "25CL",
            "s27": "27.5CL", "s33": "33CL", "s50": "50CL", "s70": "70CL", "s75": "75CL",
            "s100": "1L"}
PDA_FIRST = {"btl": "Btl", "half": "1/2 Btl", "b50": "Btl 50cl", "mag": "Mag",
             "v12": "Verre 12cl", "v14": "Verre 14cl", "p25": "Pichet 25",
             "p50": "Pichet 50", "cp": "Coupe", "c2": "2cl", "c4": "4cl", "c6": "6cl",
             "dose": "Dose", "demi": "Demi", "pinte": "Pinte"}
PDA_SIZE = {"s25": "25", "s27": "27", "s33": "33", "s50": "50", "s100": "1L"}
WEB_SIZE = {37.5: "37,5cl", 27.5: "27,5cl", 100: "1L"}


def ascii_upper(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("°", "").replace("ø", "o").replace("Ø", "O").upper()


def sku(fam, rest):
    digest = hashlib.md5((fam + "|" + rest).encode("utf-8")).hexdigest()
    return "%s%04d" % (fam, int(digest, 16) % 9000 + 1000)


def web_size(cl):
    return WEB_SIZE.get(cl, "%gcl" % cl)


def price_for(text, lo, hi):
    """An invented price between lo and hi euros, ending in ,50 or ,90, fixed by the text."""
    digest = int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)
    euros = lo + digest % (hi - lo + 1)
    return "%d,%s" % (euros, "90" if digest % 3 else "50")


# --- rendering ------------------------------------------------------------------------

def render_catalogue(fam, meas_token, core, yy):
    """Return (label, full text before the cut)."""
    body = " ".join(t for t in (meas_token, ascii_upper(core), yy) if t)
    full = sku(fam, body) + " " + body
    return full[:CUT].rstrip(), full


def cat_meas_token(prod, meas):
    if meas == "btl":
        if prod is None or prod["fam"] == "V":
            return ""
        return "BTL"
    return CAT_MEAS[meas]


def render_pda(prod, meas, core):
    if meas in PDA_SIZE:
        return core + " " + PDA_SIZE[meas]
    if meas == "btl" and prod is not None and prod["fam"] in ("B", "E"):
        return core
    return PDA_FIRST[meas] + " " + core


def render_web(name, slot, size, price):
    parts = [name, slot] + ([size] if size else []) + [price + " €"]
    return " - ".join(parts)


# --- reading back -------------------------------------------------------------------------

CAT_READ = {v: k for k, v in CAT_MEAS.items() if k not in ("b50", "dose")}
CAT_READ["50CL"] = "s50"
CAT_READ["DOSE"] = "dose"


def read_catalogue(label):
    """-> (measure code, vintage or None). The SKU's letter tells a wine (V) from the rest."""
    words = label.split(" ")
    fam = words[0][0]
    meas = "btl"
    if len(words) > 1 and words[1] in CAT_READ:
        meas = CAT_READ[words[1]]
    elif len(words) > 1 and words[1] == "BTL":
        meas = "btl"
    vintage = None
    if fam == "V" and len(words) > 2 and len(words[-1]) == 2 and words[-1].isdigit():
        vintage = 2000 + int(words[-1])
    return meas, vintage


PDA_READ = [("1/2 Btl ", "half"), ("Btl 50cl ", "b50"), ("Btl ", "btl"), ("Mag ", "mag"),
            ("Verre 12cl ", "v12"), ("Verre 14cl ", "v14"), ("Pichet 25 ", "p25"),
            ("Pichet 50 ", "p50"), ("Coupe ", "cp"), ("2cl ", "c2"), ("4cl ", "c4"),
            ("6cl ", "c6"), ("Dose ", "dose"), ("Demi ", "demi"), ("Pinte ", "pinte")]
PDA_SIZE_READ = {v: k for k, v in PDA_SIZE.items()}


def read_pda(label):
    for prefix, meas in PDA_READ:
        if label.startswith(prefix):
            return meas, None
    last = label.rsplit(" ", 1)[-1]
    if last in PDA_SIZE_READ:
        return PDA_SIZE_READ[last], None
    return "btl", None


def parse_size(size):
    """'75cl' -> 75.0, '37,5cl' -> 37.5, '1L' -> 100.0."""
    if size.endswith("cl"):
        return float(size[:-2].replace(",", "."))
    return float(size[:-1].replace(",", ".")) * 100


def read_web(label):
    """-> (measure code or None for a line without size, vintage or None)."""
    parts = label.split(" - ")
    if len(parts) < 4:
        return None, None
    cl = parse_size(parts[2])
    meas = {37.5: "half", 150: "mag"}.get(cl)
    if meas is None:
        meas = "s%d" % int(cl)
    vintage = None
    for word in parts[0].split(" "):
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
            vintage = int(word)
    return meas, vintage
