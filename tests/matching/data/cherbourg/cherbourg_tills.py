"""The three tills' rendering habits and their reading back of measure and vintage.

Internal measure codes used by the case modules:
  BT (a bottle in the drink's ordinary format), BT<n> (a bottle of n cl), HALF (37.5 cl),
  MAG (150 cl), G (glass, 12.5 cl), G<n> (glass of n cl), CAR<n> (carafe of n cl),
  DOSE (4 cl), D<n> (pour of n cl), DEMI / PINTE (25 / 50 cl from a keg), '' (no measure).
"""
import hashlib
import unicodedata

CAISSE_W = 24          # the register's designation width
STOCK_SEP = " · "


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(s.replace("'", "").upper().split())


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


# ---------------------------------------------------------------- CAISSE
# Counter register "Sharp" programmed in 2009, dual-currency display for the
# ferry passengers: designation padded to 24 columns, then EUR and GBP prices.
CAISSE_TOK = {"BT": "BTE", "HALF": "1/2", "MAG": "MAG", "G": "VRE", "G15": "VRE15",
              "G25": "VRE25", "CAR25": "CAR25", "CAR50": "CAR50", "DEMI": "DEMI",
              "PINTE": "PTE", "DOSE": "DOSE", "D2": "2CL", "D8": "DBLE", "BT33": "BTE33",
              "BT25": "BTE25", "BT44": "BTE44", "BT50": "BTE50", "BT100": "BTE1L",
              "BT70": "BTE70", "BT20": "BTE20"}
CAISSE_BACK = {v: k for k, v in CAISSE_TOK.items()}


# price bands (EUR) of the register's keys: (low, high)
BANDS = {"": (2, 16), "G": (4, 9), "G15": (5, 10), "G25": (7, 13), "CAR25": (7, 12),
         "CAR50": (13, 22), "DEMI": (3, 5), "PINTE": (6, 9), "DOSE": (4, 12), "D2": (2, 4),
         "D8": (9, 20), "HALF": (16, 40), "MAG": (60, 140)}


def price_band(meas, wine):
    if meas in BANDS:
        return BANDS[meas]
    if meas == "BT" and wine:
        return (22, 75)
    return (3, 8)


def render_caisse(meas, text, vintage, wine=True):
    words = []
    if meas:
        words.append(CAISSE_TOK[meas])
    words.append(ascii_up(text))
    if vintage:
        words.append("%02d" % (vintage % 100))
    full = " ".join(words)
    body = full[:CAISSE_W].rstrip()
    cut = body != full
    lo, hi = price_band(meas, wine)
    eur = lo + (h(full) % (2 * (hi - lo) + 1)) / 2.0
    gbp = round(eur * 0.86 * 2) / 2.0
    return "%-24s EUR%6.2f GBP%6.2f" % (body, eur, gbp), cut


def parse_caisse(label):
    body = label[:CAISSE_W].rstrip()
    w = body.split()
    meas = CAISSE_BACK.get(w[0], "")
    vint = None
    if len(w) > 2 and len(w[-1]) == 2 and w[-1].isdigit() and int(w[-1]) <= 30:
        vint = 2000 + int(w[-1])
    return meas, vint, body


# ---------------------------------------------------------------- STOCK
# The owner's inventory app (every bottle opened and every pour is logged as a stock
# movement on the bar's tablet); its sales connector exports "item · container · movement".
def size_txt(fmt):
    if fmt >= 2000:
        return "fût %d L" % (fmt // 100)
    if fmt >= 100:
        v = fmt / 100
        return ("%g L" % v).replace(".", ",")
    return ("%g ml" % (fmt * 10)).replace(".", ",")


def render_stock(fmt, vol, text, vintage):
    """fmt: the container in cl, vol: the poured cl, or None for a whole bottle."""
    name = text + (" %d" % vintage if vintage else "")
    move = "-1 btl" if vol is None else ("-%g ml" % (vol * 10)).replace(".", ",")
    return STOCK_SEP.join([name, size_txt(fmt), move])


def parse_size(s):
    s = s.strip()
    if s.startswith("fût "):
        return float(s.split()[1]) * 100
    v, u = s.split()
    v = float(v.replace(",", "."))
    return v * 100 if u == "L" else v / 10


def parse_stock(label):
    parts = label.split(STOCK_SEP)
    if len(parts) != 3:
        return None
    name, size, move = parts
    vint = None
    for w in name.split():
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            vint = int(w)
    fmt = parse_size(size) if size[0].isdigit() or size.startswith("fût") else None
    vol = None
    if move != "-1 btl":
        vol = float(move[1:].split()[0].replace(",", ".")) / 10 if move.endswith(" ml") else "other"
    return fmt, vol, vint, name


# ---------------------------------------------------------------- VOUCHER
# The ferry line's voucher terminal (delayed-sailing and group-meal vouchers): the
# brasserie's items typed in English on the ferry company's partner portal.
VOUCHER_TOK = {"BT": "BOTTLE", "HALF": "HALF BOTTLE", "MAG": "MAGNUM", "G": "GLASS",
               "G25": "LARGE GLASS 25CL", "G15": "GLASS 15CL", "CAR50": "CARAFE 50CL",
               "CAR25": "CARAFE 25CL", "PINTE": "PINT", "DEMI": "HALF PINT", "DOSE": "SHOT 4CL",
               "D8": "DOUBLE 8CL", "BT33": "BOTTLE 33CL", "BT50": "BOTTLE 50CL",
               "BT100": "BOTTLE 1L", "CAN": "CAN", "SOFT": "SOFT DRINK"}
VOUCHER_BACK = {v: k for k, v in VOUCHER_TOK.items()}
VOUCHER_OTHER = ("MEAL", "HOT DRINK", "SNACK", "KIDS MENU", "SERVICE")


def render_voucher(meas, text, vintage, other=None):
    code = "FV-%05X" % (h(text + meas + str(vintage) + str(other)) % 0xFFFFF)
    typ = VOUCHER_TOK[meas] if meas else other
    name = text + (" %d" % vintage if vintage else "")
    return "%s %s: %s" % (code, typ, name)


def parse_voucher(label):
    code, rest = label.split(" ", 1)
    typ, name = rest.split(": ", 1)
    meas = VOUCHER_BACK.get(typ, "")
    if meas in ("CAN", "SOFT"):
        meas = "BT"
    w = name.split()
    vint = int(w[-1]) if len(w[-1]) == 4 and w[-1].isdigit() and w[-1][:2] in ("19", "20") else None
    return meas, vint, typ, name
