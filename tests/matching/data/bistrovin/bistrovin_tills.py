"""The three tills' rendering habits, and their reading of a printed label (measure,
bottle size, vintage)."""
import hashlib
import re
import unicodedata

# measure code -> (poured volume in cl or None for a bottle, caisse word, tablette word)
MEASURES = {
    "btl": (None, "", "btl"),
    "verre": (12.5, "VRE", "verre"),
    "v12": (12, "VRE12", "verre 12cl"),
    "coupe": (12.5, "CP", "coupe"),
    "pot46": (46, "POT46", "pot 46"),
    "pich50": (50, "PICH 50", "pichet 50"),
    "pich25": (25, "PICH 25", "pichet 25"),
    "dose": (4, "DOSE", "dose"),
    "demi": (25, "DEMI", "demi"),
    "pinte": (50, "PINTE", "pinte"),
    "1/2": (None, "1/2", "1/2"),
    "mag": (None, "MAG", "mag"),
    "": (None, "", ""),
}
# bottle sizes written after the name: "cl33" -> 33CL / 33cl / 33 cl
COMPTA_POUR = {"verre": "verre", "v12": "verre 12 cl", "coupe": "coupe", "pot46": "pot 46 cl",
               "pich50": "pichet 50 cl", "pich25": "pichet 25 cl", "dose": "dose 4 cl",
               "demi": "demi 25 cl", "pinte": "pinte 50 cl"}

CAISSE_WIDTH = 22
CAISSE_PREFIX = {"R": "VR/", "B": "VB-", "P": "ROSE-", "C": "CHAMP ", "A": "APERO ", "S": "ALC ",
                 "K": "BIERE-", "D": "SOFT ", "F": "CUIS/", "X": "CAFE ", "V": "DIV/"}
COMPTA_LETTER = {"R": "R", "B": "B", "P": "P", "C": "C", "A": "A", "S": "S", "K": "K", "D": "D",
                 "F": "F", "X": "X", "V": "V"}
WINE_FAMS = "RBPC"


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.upper().replace("'", " ").replace("’", " ").replace("  ", " ")


def caisse_vintage_styles(v):
    return [f"{v % 100:02d}", f"'{v % 100:02d}", f"{v}"]


def price(text, m, fam="R"):
    x = h(text + "|" + m)
    if fam in "DKX" and m not in ("pinte", "demi"):
        base = 2 + x % 5
    elif fam in "KX":
        base = 3 + x % 6
    elif fam in "FV":
        base = 4 + x % 24
    elif m in ("verre", "v12", "coupe", "dose", "demi"):
        base = 4 + x % 9
    elif m in ("pot46", "pich50", "pinte", "pich25"):
        base = 9 + x % 18
    elif m == "":
        base = 2 + x % 20
    else:
        base = 24 + x % 120
    return f"{base},{'50' if x % 3 == 0 else '00'}"


def render_caisse(fam, text, v, m, size):
    """Returns (label, full) where full is the name part before the cut."""
    word = MEASURES[m][1]
    head = CAISSE_PREFIX[fam] + (word + " " if word else "") + ascii_upper(text)
    if size:
        head += f" {size:g}CL"
    full = head
    styles = caisse_vintage_styles(v) if v else [None]
    start = h(text) % len(styles)
    for k in range(len(styles)):
        st = styles[(start + k) % len(styles)]
        full = head + (" " + st if st else "")
        cut = full[:CAISSE_WIDTH].rstrip()
        full[len(cut):].strip()
        # never leave two digits of a four-digit year (they would read as another vintage)
        if st and len(st) == 4 and cut.endswith(st[:2]) and not cut.endswith(st):
            continue
        break
    return cut + " " + price(text, m, fam), full


def render_tablette(text, v, m, size):
    parts = [text.lower()]
    if v:
        parts.append(str(v))
    word = MEASURES[m][2]
    if size:
        word = f"{size:g}cl"
    if word:
        parts.append(word)
    return " ".join(parts)


def compta_code(fam, text):
    return f"{COMPTA_LETTER[fam]}{1000 + h('compta' + text) % 9000:04d}"


def render_compta(fam, text, v, m, fmt, is_wine):
    """fmt: the bottle size in cl printed for bottle sales (75, 37.5, 150, 70...)."""
    segs = [text]
    if is_wine:
        segs.append(str(v) if v else "NM")
    if m in COMPTA_POUR:
        segs.append(COMPTA_POUR[m])
    elif fmt:
        segs.append(f"{fmt:g} cl".replace(".", ","))
    return compta_code(fam, text) + " " + " - ".join(segs)


# ---- reading a printed label back ----
PRICE_RE = re.compile(r" \d+,\d\d$")


def read_caisse(label):
    body = PRICE_RE.sub("", label)
    fam = None
    for f, p in CAISSE_PREFIX.items():
        if body.startswith(p):
            fam = f
            rest = body[len(p):]
            break
    m = "btl"
    for code, (_, w, _) in MEASURES.items():
        if w and (rest == w or rest.startswith(w + " ")):
            if m == "btl" or len(w) > len(MEASURES[m][1]):
                m = code
    toks = rest.split()
    size = None
    vint = None
    if toks:
        last = toks[-1]
        ms = re.fullmatch(r"(\d+(?:\.\d+)?)CL", last)
        if ms:
            size = float(ms.group(1))
        elif fam in WINE_FAMS:
            mv = re.fullmatch(r"'?(\d\d)|((?:19|20)\d\d)", last)
            if mv and (mv.group(1) or mv.group(2)):
                vint = int(mv.group(2)) if mv.group(2) else 2000 + int(mv.group(1))
    return fam, m, size, vint


def read_tablette(label):
    toks = label.split()
    m = "btl" if toks and toks[-1] == "btl" else ""
    for code, (_, _, w) in MEASURES.items():
        if w and label.endswith(" " + w) and len(w) > len(MEASURES[m][2] if m else ""):
            m = code
    size = None
    ms = re.search(r" (\d+(?:\.\d+)?)cl$", label)
    if ms and m != "v12":
        size = float(ms.group(1))
        m = "btl"
    vint = None
    for t in toks:
        if re.fullmatch(r"(19|20)\d\d", t):
            vint = int(t)
    return m, size, vint


def read_compta(label):
    code, rest = label.split(" ", 1)
    segs = rest.split(" - ")
    vint = None
    m = "btl"
    size = None
    for s in segs[1:]:
        if re.fullmatch(r"(19|20)\d\d", s):
            vint = int(s)
        elif s in COMPTA_POUR.values():
            m = next(k for k, w in COMPTA_POUR.items() if w == s)
        elif re.fullmatch(r"\d+(,\d)? cl", s):
            size = float(s[:-3].replace(",", "."))
    return code[0], m, size, vint
