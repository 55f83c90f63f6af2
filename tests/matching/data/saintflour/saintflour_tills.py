"""The three tills of the Auberge de la Planèze and how each prints a label.

Internal measure codes used by the case modules:
  B bottle (a wine's 75 cl, or a drink's only bottle), H half bottle (37.5 cl),
  M magnum (150 cl), S<cl> a bottle of that size (S33, S25, S20, S50, S100, S75),
  G glass (12.5 cl), G15 glass of 15 cl, P25 / P50 pichet, CP coupe, D dose (4 cl),
  D2 dose of 2 cl, DE demi (25 cl of draught), PI pinte (50 cl of draught),
  None: no drink measure (food, coffee, services).
"""
import hashlib
import re
import unicodedata

CONNECTIONS = ("comptoir", "serveur", "z")

# ---------------------------------------------------------------- helpers
def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()

def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)

def size_word(cl):
    return "1L" if cl == 100 else "%dCL" % cl

def parse_size(word):
    w = word.upper()
    if w == "1L":
        return 100
    m = re.fullmatch(r"(\d+)CL", w)
    return int(m.group(1)) if m else None

# ---------------------------------------------------------------- comptoir
# The counter's keyboard register.  Department prefix of two letters and a dot,
# then the PLU text the owner keyed: measure key first, his short name, the
# vintage in two digits.  The whole line is cut at 20 columns.
COMPTOIR_WIDTH = 20
COMPTOIR_DEPT = {"vin": "VI", "champagne": "VI", "autre": "AP", "spiritueux": "AL",
                 "bière": "BI", "soft": "SO"}
COMPTOIR_DEPT_OVERRIDE = {"ricard": "AP", "p51": "AP"}
COMPTOIR_DEPTS = ("VI", "AP", "AL", "BI", "SO", "CH", "CU", "DI")
COMPTOIR_CODE = {"H": "1/2", "M": "MAG", "G": "BAL", "G15": "BAL15", "P25": "P25",
                 "P50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI",
                 "PI": "PINTE"}
COMPTOIR_CODE_BACK = {v: k for k, v in COMPTOIR_CODE.items()}

def render_comptoir(dept, meas, vintage, text):
    code = ""
    if meas in COMPTOIR_CODE:
        code = COMPTOIR_CODE[meas]
    elif meas and meas.startswith("S"):
        code = size_word(int(meas[1:]))
    body = " ".join(x for x in (code, ascii_upper(text), "%02d" % (vintage % 100) if vintage else "") if x)
    return (dept + "." + body)[:COMPTOIR_WIDTH].rstrip()

def read_comptoir(label):
    """-> (measure code or 'B' or None-unknown, vintage or None)."""
    body = label[3:]
    toks = body.split()
    meas = "B"
    if toks and toks[0] in COMPTOIR_CODE_BACK:
        meas = COMPTOIR_CODE_BACK[toks[0]]
    elif toks and parse_size(toks[0]):
        meas = "S%d" % parse_size(toks[0])
    vintage = None
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
        v = int(toks[-1])
        vintage = 2000 + v if v <= 40 else 1900 + v
    return meas, vintage

# ---------------------------------------------------------------- serveur
# The waiters' handheld: the order line as the app shows it, lower case with
# accents as the waiters typed the buttons, measure in words first followed by
# "de" / "d'", a four-digit vintage, then " · " and the price in euros.
SERVEUR_PHRASE = {"B": "bouteille", "H": "demi-bouteille", "M": "magnum", "G": "verre",
                  "G15": "verre 15cl", "P25": "pichet 25cl", "P50": "pichet 50cl",
                  "CP": "coupe", "D": "dose", "D2": "2cl", "DE": "demi", "PI": "pinte"}
SERVEUR_PHRASE_BACK = sorted(((v, k) for k, v in SERVEUR_PHRASE.items()), key=lambda x: -len(x[0]))
# price ranges in euros by department and measure ("S": a bottle of that size)
PRICE_RANGE = {
    "VI": {"B": (22, 78), "H": (14, 34), "M": (58, 140), "G": (4, 8), "G15": (5, 9),
           "P25": (7, 12), "P50": (12, 22), "CP": (7, 12)},
    "AP": {"D": (3.5, 6), "G": (4, 7), "CP": (6, 9), None: (4, 8)},
    "AL": {"D": (5, 12), "D2": (3, 6), None: (5, 10)},
    "BI": {"DE": (3, 4), "PI": (6, 8), "S": (4, 7), "B": (4, 6), None: (4, 6)},
    "SO": {"S": (2.8, 5), "B": (4, 7), None: (0, 3)},
    "CH": {None: (1.6, 4.5)},
    "CU": {None: (6, 28)},
    "DI": {None: (5, 30)},
}

def price(dept, meas, key):
    table = PRICE_RANGE[dept]
    k = "S" if meas and meas.startswith("S") else meas
    lo, hi = table.get(k) or table.get(None) or (3, 9)
    steps = round((hi - lo) * 10)
    return lo + (h("prix", meas, key) % (steps + 1)) / 10.0

def euro(x):
    return ("%.2f" % x).replace(".", ",")

def render_serveur(dept, meas, vintage, text, key):
    name = text + (" %d" % vintage if vintage else "")
    if meas is None:
        line = name
    elif meas.startswith("S"):
        line = name + " " + size_word(int(meas[1:])).lower()
    else:
        ph = SERVEUR_PHRASE[meas]
        elide = text[:1].lower() in "aeiouyéèêâîô"
        line = ph + (" d'" if elide else " de ") + name
    return line + " · " + euro(price(dept, meas, key or text)) + " €"

def read_serveur(label):
    head, _, pr = label.rpartition(" · ")
    meas = None
    for ph, code in SERVEUR_PHRASE_BACK:
        if head.startswith((ph + " de ", ph + " d'")):
            meas = code
            head = head[len(ph) + 3:] if head.startswith(ph + " de ") else head[len(ph) + 2:]
            break
    else:
        m = re.search(r" (\d+cl|1l)$", head)
        if m:
            meas = "S%d" % parse_size(m.group(1))
            head = head[:m.start()]
    vintage = None
    m = re.search(r" ((?:19|20)\d\d)$", head)
    if m:
        vintage = int(m.group(1))
    return meas, vintage

# ---------------------------------------------------------------- z
# The printed Z report of the dining-room till, "ventes par article": quantity
# right-aligned in 3 columns, the back-office designation cut at 24 columns and
# padded, the unit code in 6 columns, the amount (quantity x price) right-aligned
# in 8 columns with a decimal comma.
Z_WIDTH = 24
Z_UNIT = {"B": "BT", "H": "1/2BT", "M": "MAG", "G": "VER", "G15": "VER15", "P25": "PIC25",
          "P50": "PIC50", "CP": "CPE", "D": "DOSE", "D2": "DOS2", "DE": "DEMI", "PI": "PINTE",
          None: "UN"}
Z_UNIT_BACK = {v: k for k, v in Z_UNIT.items()}
Z_RE = re.compile(r"^([ \d]{3}) (.{24}) (\S{1,6}) *( {0,7}\d+,\d\d)$")

def render_z(dept, meas, vintage, text, key):
    desig = text + (" %d" % vintage if vintage else "")
    cut = desig[:Z_WIDTH]
    unit = Z_UNIT[meas] if not (meas and meas.startswith("S")) else size_word(int(meas[1:]))
    qty = 1 + h("qte", key or "", text, meas) % 9
    amount = qty * price(dept, meas, key or text)
    return "%3d %-24s %-6s%8s" % (qty, cut, unit, euro(amount))

def read_z(label):
    m = Z_RE.match(label)
    if not m:
        return None
    desig, unit = m.group(2).rstrip(), m.group(3)
    meas = Z_UNIT_BACK.get(unit)
    if meas is None and unit != "UN":
        meas = "S%d" % parse_size(unit) if parse_size(unit) else "?"
    vintage = None
    mm = re.search(r"(?:^| )((?:19|20)\d\d)$", desig)
    if mm:
        vintage = int(mm.group(1))
    return meas, vintage

def z_stub(label):
    """digits left at the end of the designation by the cut (not a whole vintage)"""
    m = Z_RE.match(label)
    desig = m.group(2)
    mm = re.search(r" (\d{1,3})$", desig.rstrip()) if len(desig.rstrip()) == Z_WIDTH else None
    return mm.group(1) if mm else None

def render(conn, dept, meas, vintage, text, key):
    if conn == "comptoir":
        return render_comptoir(dept, meas, vintage, text)
    if conn == "serveur":
        return render_serveur(dept, meas, vintage, text, key)
    return render_z(dept, meas, vintage, text, key)

def read_back(conn, label):
    if conn == "comptoir":
        return read_comptoir(label)
    if conn == "serveur":
        return read_serveur(label)
    return read_z(label)
