"""The three tills of the Brasserie des Halles and how each renders what the staff typed.

A case is (fam, meas, text, vintage, key, note):
  fam   family code: R rouge, B blanc, O rosé, E bulles, A apéritif, D digestif,
        P pression, K bière bouteille, S soft/eau, C cuisine/café, X divers
  meas  None (a bottle), or 'half', 'mag', 'vre', 'vre14', 'cp', 'pich50', 'dose',
        'demi' (beer, 25 cl), 'pinte' (beer, 50 cl), or ('cl', N) a stated bottle size
  text  what the staff typed for the product (abbreviations, glued words are theirs)
  vintage  the year typed, or None
"""
import hashlib
import unicodedata

SALLE_FAM = {"R": "RGE-", "B": "BLC-", "O": "ROSE-", "E": "BULL-", "A": "APE-", "D": "DIG-",
             "P": "PRES-", "K": "BIER-", "S": "SOFT-", "C": "CUIS-", "X": "DIV-"}
BAR_FAM = {"R": "VINS ROUGES > ", "B": "VINS BLANCS > ", "O": "VINS ROSÉS > ",
           "E": "BULLES > ", "A": "APÉRITIFS > ", "D": "DIGESTIFS > ", "P": "PRESSION > ",
           "K": "BIÈRES BOUTEILLE > ", "S": "SOFTS & EAUX > ", "C": "CUISINE > ",
           "X": "DIVERS > "}

SALLE_MEAS = {"half": "1/2", "mag": "MAG", "vre": "VRE", "vre14": "VRE14", "cp": "CP",
              "pich50": "PICH50", "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE"}
BAR_MEAS = {"half": "37,5cl", "mag": "Magnum", "vre": "Verre", "vre14": "Verre 14cl",
            "cp": "Coupe", "pich50": "Pichet 50", "dose": "Dose", "demi": "Demi",
            "pinte": "Pinte"}
TERR_MEAS = {"half": "DEMI", "mag": "MAG", "vre": "VRE", "vre14": "VERRE 14CL",
             "cp": "COUPE", "pich50": "PICHET 50", "dose": "DOSE", "demi": "DEMI",
             "pinte": "PINTE", "btl": "BTL"}

SALLE_WIDTH = 20
TERR_WIDTH = 24


def plain_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("'", "")


def cl_token(n, style):
    if n == 100:
        return "1L"
    n = int(n) if n == int(n) else n
    return f"{n}CL" if style == "upper" else f"{n}cl"


def cut(s, width, sep):
    """Cut at width; a number is never split (it is dropped whole); trailing separators go."""
    if len(s) <= width:
        return s, False
    head = s[:width]
    if head[-1].isdigit() and s[width].isdigit():
        i = width
        while i > 0 and head[i - 1].isdigit():
            i -= 1
        head = head[:i]
    return head.rstrip(sep + " ."), True


def render_salle(fam, meas, text, vintage):
    toks = []
    if meas is not None:
        toks.append(cl_token(meas[1], "upper") if isinstance(meas, tuple) else SALLE_MEAS[meas])
    toks += plain_upper(text).split()
    if vintage is not None:
        toks.append(f"{vintage % 100:02d}")
    full = SALLE_FAM[fam] + ".".join(toks)
    return cut(full, SALLE_WIDTH, ".")


def render_bar(fam, meas, text, vintage):
    s = BAR_FAM[fam] + text
    if vintage is not None:
        s += f" '{vintage % 100:02d}"
    if meas is not None:
        s += " " + (cl_token(meas[1], "lower") if isinstance(meas, tuple) else BAR_MEAS[meas])
    return s, False


def price(body, fam, meas):
    """A price with a decimal comma, from a hash of the product (no randomness)."""
    h = int(hashlib.sha256(body.encode()).hexdigest()[:8], 16)
    if isinstance(meas, str) and meas in ("vre", "vre14", "cp", "dose", "demi", "pinte",
                                          "pich50", "half", "mag"):
        lo, hi = {"vre": (4, 8), "vre14": (5, 9), "cp": (6, 10), "dose": (4, 9),
                  "demi": (3, 5), "pinte": (6, 9), "pich50": (14, 22), "half": (18, 32),
                  "mag": (70, 110)}[meas]
    else:
        lo, hi = {"A": (6, 12), "K": (5, 8), "S": (3, 6), "C": (3, 24),
                  "X": (1, 3)}.get(fam, (26, 68))
    halves = (hi - lo) * 2 + 1
    v = lo * 2 + h % halves
    return f"{v // 2},{'50' if v % 2 else '00'}"


def render_terrasse(fam, meas, text, vintage):
    toks = []
    if meas is not None:
        toks.append(cl_token(meas[1], "upper") if isinstance(meas, tuple) else TERR_MEAS[meas])
    toks += plain_upper(text).split()
    if vintage is not None:
        toks.append(str(vintage))
    body, was_cut = cut(" ".join(toks), TERR_WIDTH, " ")
    return body + "  " + price(" ".join(toks), fam, meas), was_cut


RENDER = {"SALLE": render_salle, "BAR": render_bar, "TERRASSE": render_terrasse}


def read_vintage(conn, label):
    """The vintage a reader finds on the rendered label (the bench README's reading)."""
    import re
    if conn == "SALLE":
        fam = label.split("-", 1)[0]
        last = label.split("-", 1)[1].split(".")[-1]
        if fam in ("RGE", "BLC", "ROSE", "BULL") and re.fullmatch(r"\d\d", last):
            return 2000 + int(last)
        return None
    if conn == "BAR":
        m = re.search(r" '(\d\d)(?: |$)", label)
        return 2000 + int(m.group(1)) if m else None
    body = label.rsplit("  ", 1)[0]
    for t in body.split():
        if re.fullmatch(r"(19|20)\d\d", t):
            return int(t)
    return None
