"""The three tills of Taverna Anemos and how each prints a product.

caisse   : the old counter register. ASCII capitals, measure word first, bottle size
           after the name, vintage as two digits, the whole line cut hard at 22 columns.
tablette : the waiters' tablet, programmed in Greek by the Greek-speaking floor staff.
           Greek measure word, ' · ', the product in Greek letters (French wines and
           champagne kept in Latin as on the supplier's list), vintage in four digits.
compta   : the accountant's sales export. '<account>.<article> <Designation> <yyyy> <cond>'
           with a French transliteration of the Greek names and a conditioning code.
"""
import hashlib
import unicodedata

CUT = 22  # caisse column width

CAISSE_MEAS = {"G": "VR", "G15": "VR15", "C25": "CAR25", "C50": "CAR50", "K20": "CAR20",
               "D4": "DOSE", "P25": "DEMI", "P50": "PINTE", "H": "1/2", "M": "MAG"}
TAB_MEAS = {"G": "ποτήρι", "G15": "ποτήρι 150ml", "C25": "καράφα 250ml", "C50": "καράφα 500ml",
            "K20": "καραφάκι 200ml", "D4": "δόση 40ml", "P25": "βαρέλι 250ml",
            "P50": "βαρέλι 500ml", "H": "μισό 375ml", "M": "μάγκνουμ 1,5L"}
COMPTA_COND = {"G": "Vr12,5", "G15": "Vr15", "C25": "Ct25", "C50": "Ct50", "K20": "Ct20",
               "D4": "Ds4", "P25": "Pr25", "P50": "Pr50", "H": "Bt37,5", "M": "Bt150", "U": "Un"}
POUR_CL = {"G": 12.5, "G15": 15, "C25": 25, "C50": 50, "K20": 20, "D4": 4}
DRAUGHT_CL = {"P25": 25, "P50": 50}

ACCOUNTS = {"vin_btl": "707110", "vin_pour": "707120", "champagne": "707130",
            "spiritueux": "707200", "bière": "707300", "soft": "707400",
            "cui": "706100", "caf": "706150", "ser": "706300"}


def ascii_upper(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def fmt_cl(f):
    return ("%g" % f)


def size_word(till, f):
    if till == "caisse":
        return "1L" if f == 100 else fmt_cl(f) + "CL"
    if till == "tablette":
        return "1L" if f == 100 else "%gml" % (f * 10)
    return "Bt" + fmt_cl(f).replace(".", ",")


def article(seed):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return "%04d" % (int(h[:8], 16) % 9000 + 1000)


def render(till, measure, text, vintage, size, family, seed):
    """size: a bottle size to print (cl) or None; family: account family for compta."""
    if till == "caisse":
        parts = []
        if measure in CAISSE_MEAS:
            parts.append(CAISSE_MEAS[measure])
        parts.append(text)
        if size is not None:
            parts.append(size_word(till, size))
        if vintage:
            parts.append("%02d" % (vintage % 100))
        line = ascii_upper(" ".join(parts))
        return line[:CUT].rstrip()
    if till == "tablette":
        meas = TAB_MEAS.get(measure)
        if meas is None and size is not None:
            meas = size_word(till, size)
        line = (meas + " · " if meas else "") + text
        if vintage:
            line += " %d" % vintage
        return line
    if till == "compta":
        if (measure in COMPTA_COND and measure not in ("H", "M")) or measure in ("H", "M"):
            cond = COMPTA_COND[measure]
        else:
            cond = size_word(till, size if size is not None else 75)
        line = "%s.%s %s" % (ACCOUNTS[family], article(seed), text)
        if vintage:
            line += " %d" % vintage
        return line + " " + cond
    raise ValueError(till)


def read_vintage(till, label):
    toks = label.split()
    if till == "caisse":
        if len(toks) >= 2 and len(toks[-1]) == 2 and toks[-1].isdigit() \
                and int(toks[-1]) <= 29 and toks[-2] not in ("OUZO", "METAXA"):
            return 2000 + int(toks[-1])
        return None
    if till == "compta":
        toks = toks[1:]
    for t in toks:
        if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
            return int(t)
    return None
