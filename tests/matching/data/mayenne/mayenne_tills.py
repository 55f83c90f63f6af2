"""The three tills' habits: render a typed button into the label the till sends, and read
the vintage and measure back from a rendered label."""
import hashlib
import re
import unicodedata

CUT_COMPTOIR = 20
CUT_Z = 24


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("'", " ").replace("’", " ")


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def euros(cents):
    return "%d,%02d" % (cents // 100, cents % 100)


# price ranges (cents) by measure, for the terminal's unit price and the Z amount
PRICE = {"B": (1800, 4800), "H": (1200, 2600), "M": (5500, 11000), "G": (350, 750), "G15": (450, 850),
         "P25": (700, 1200), "P50": (1200, 2000), "CP": (700, 1300), "D": (350, 900), "D2": (250, 450),
         "DE": (280, 420), "PI": (550, 800), "O": (280, 650), "N": (250, 1900)}


HOT = ("café", "cafe", "déca", "deca", "thé", "tisane", "chocolat", "crème")


def price(till, text, measure, wine=False):
    if re.match(r"C\d", measure):
        cl = float(measure[1:])
        if wine:
            lo, hi = (1800, 4500)
        else:
            lo, hi = (250, 600) if cl <= 50 else ((450, 900) if cl <= 100 else (1800, 4500))
    elif measure == "N":
        lo, hi = (150, 450) if any(w in text.lower() for w in HOT) else (450, 1900)
    else:
        lo, hi = PRICE[measure]
    return lo + (h(till, text, measure) % ((hi - lo) // 10 + 1)) * 10


# --- comptoir: the counter register -------------------------------------------------
C_MEAS = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15", "P25": "P25", "P50": "P50",
          "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINT", "O": "", "N": ""}
C_MEAS_BACK = {v: k for k, v in C_MEAS.items() if v}


def c_size(measure):
    cl = float(measure[1:])
    return "1L" if cl == 100 else ("%gCL" % cl).replace(".", ",")


def render_comptoir(fam, measure, vintage, text):
    code = c_size(measure) if re.match(r"C\d", measure) else C_MEAS[measure]
    line = fam + "." + (code + " " if code else "") + ascii_upper(text)
    if vintage is not None:
        line += " %02d" % (vintage % 100)
    return line[:CUT_COMPTOIR].rstrip()


def read_comptoir(label):
    fam, rest = label.split(".", 1)
    first = rest.split(" ", 1)[0]
    measure = None
    if first in C_MEAS_BACK:
        measure = C_MEAS_BACK[first]
    elif re.fullmatch(r"\d+(,\d)?CL|1L", first):
        measure = "C100" if first == "1L" else "C" + ("%g" % float(first[:-2].replace(",", ".")))
    vintage = None
    m = re.search(r" (\d{2})$", label)
    if fam in ("VIN", "BUL") and m:
        vintage = 2000 + int(m.group(1))
    return fam, measure, vintage


# --- terminal: the waiters' handheld --------------------------------------------------
T_MEAS = {"B": "btl", "H": "1/2 btl", "M": "magnum", "G": "verre", "G15": "verre 15cl",
          "P25": "pichet 25cl", "P50": "pichet 50cl", "CP": "coupe", "D": "dose", "D2": "dose 2cl",
          "DE": "demi", "PI": "pinte"}
T_MEAS_BACK = {v: k for k, v in T_MEAS.items()}


def t_size(measure):
    cl = float(measure[1:])
    return "1l" if cl == 100 else ("%gcl" % cl).replace(".", ",")


def render_terminal(measure, vintage, text, wine=False):
    parts = [text.lower() + (" %d" % vintage if vintage is not None else "")]
    if re.match(r"C\d", measure):
        parts.append(t_size(measure))
    elif measure != "N":
        parts.append(T_MEAS[measure])
    parts.append(euros(price("terminal", text, measure, wine)) + "€")
    return " / ".join(parts)


def read_terminal(label):
    parts = label.split(" / ")
    measure = "N"
    if len(parts) == 3:
        m = parts[1]
        if m in T_MEAS_BACK:
            measure = T_MEAS_BACK[m]
        else:
            measure = "C100" if m == "1l" else "C" + ("%g" % float(m[:-2].replace(",", ".")))
    ys = re.findall(r"\b((?:19|20)\d{2})\b", parts[0])
    return measure, (int(ys[-1]) if ys else None)


# --- rapport_z: the back office's printed Z report, sales by article ------------------
Z_MEAS = {"B": "75CL", "H": "37,5CL", "M": "150CL", "G": "VRE", "G15": "VRE15", "P25": "PCH25",
          "P50": "PCH50", "CP": "CP", "D": "DOSE", "D2": "DOSE2", "DE": "DEMI", "PI": "PINTE", "N": "UNITE"}
Z_MEAS_BACK = {v: k for k, v in Z_MEAS.items()}
Z_RE = re.compile(r"^(\d{4}) (.+?)(?: ((?:19|20)\d{2}))? (\S+) x(\d+) (\d+,\d{2})$")


def render_z(measure, vintage, text, wine=False):
    lib = text.upper()[:CUT_Z].rstrip()
    plu = 1 + h("plu", text, measure, vintage) % 899
    qty = 1 + h("qty", text, measure, vintage) % 8
    if re.match(r"C\d", measure):
        code = ("%gCL" % float(measure[1:])).replace(".", ",")
    else:
        code = Z_MEAS[measure]
    amount = qty * price("z", text, "B" if code == "75CL" else measure, wine)
    return "%04d %s%s %s x%d %s" % (plu, lib, (" %d" % vintage) if vintage is not None else "",
                                    code, qty, euros(amount))


def read_z(label):
    m = Z_RE.match(label)
    code = m.group(4)
    if code == "75CL":
        measure = "C75"  # the Z report's 75CL is the 75 cl bottle, whatever the wine
    elif code in Z_MEAS_BACK:
        measure = Z_MEAS_BACK[code]
    else:
        measure = "C" + ("%g" % float(code[:-2].replace(",", ".")))
    return measure, (int(m.group(3)) if m.group(3) else None)
