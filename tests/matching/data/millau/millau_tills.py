"""The three tills of L'Auberge du Viaduc: how a keyed product becomes a label, and how the
vintage and the measure are read back from a label."""
import hashlib
import re
import unicodedata

BAR_WIDTH = 23
SHOP_DESC = 24

# measure codes used in the case modules -> (kind, volume_cl)
#   kind: btl (bottle in a format), pour (glass/pichet/dose of the ordinary bottle),
#         draught (from the keg), food (no measure)
MEASURES = {
    "btl": ("btl", None), "half": ("btl", 37.5), "mag": ("btl", 150),
    "g": ("pour", 12.5), "g15": ("pour", 15), "p25": ("pour", 25), "p50": ("pour", 50),
    "d": ("pour", 4), "d2": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "-": ("food", None),
}
for _s in (5, 20, 25, 33, 35, 50, 70, 75, 100, 150):
    MEASURES["s%g" % _s] = ("btl", _s)

BAR_TOKENS = {"half": "1/2", "mag": "MAG", "g": "VRE", "g15": "VRE15", "p25": "PCH25",
              "p50": "PCH50", "d": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
BAR_READ = {v: k for k, v in BAR_TOKENS.items()}

TAB_WORDS = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "g": "verre",
             "g15": "verre 15 cl", "p25": "pichet 25 cl", "p50": "pichet 50 cl", "d": "dose",
             "d2": "dose 2 cl", "demi": "demi", "pinte": "pinte"}
TAB_READ = {v: k for k, v in TAB_WORDS.items()}


def cl_text(v, sep=""):
    if v >= 100 and v % 100 == 0:
        return "%d%sL" % (v // 100, sep)
    return ("%g" % v).replace(".", ",") + sep + "CL"


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ean13(seed):
    body = "3" + "%011d" % (h("ean", seed) % 10 ** 11)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


def price(label_seed, kind, vol, cat=None):
    """A tablet price in cents, from a SHA-256 of the item (no randomness)."""
    n = h("prix", label_seed)
    if kind == "food":
        base, span = 250, 30
    elif kind == "draught":
        base, span = 350 if vol <= 25 else 650, 6
    elif kind == "pour":
        base, span = {2: (300, 6), 4: (450, 12), 12.5: (450, 10), 15: (550, 10),
                      25: (900, 8), 50: (1500, 10)}[vol]
    elif cat in ("soft", "bière"):
        base, span = 300 if vol is None or vol < 75 else 550, 8
    elif vol == 150:
        base, span = 5200, 40
    elif vol == 37.5:
        base, span = 1500, 16
    else:
        base, span = 2200, 50
    cents = base + (n % span) * 50
    return "%d,%02d" % (cents // 100, cents % 100)


# ---------------------------------------------------------------- BAR (old register)
def render_bar(fam, meas, text, vintage, size=None):
    tok = BAR_TOKENS.get(meas)
    line = "%02d/" % fam + (tok + " " if tok else "") + text
    if size is not None:
        line += " " + cl_text(size)
    if vintage:
        line += " %02d" % (vintage % 100)
    return line[:BAR_WIDTH].rstrip()


def read_bar(label):
    """-> (family, measure code, vintage or None, size or None)"""
    fam = int(label[:2])
    words = label[3:].split()
    meas = "btl"
    if words and words[0] in BAR_READ:
        meas, words = BAR_READ[words[0]], words[1:]
    vint = None
    if len(words) > 1 and re.fullmatch(r"\d\d", words[-1]):
        v = int(words[-1])
        vint = 2000 + v if v < 50 else 1900 + v
    size = None
    for t in words[1:]:
        mm = re.fullmatch(r"(\d+(?:,\d)?)CL|(\d)L", t)
        if mm:
            size = float(mm.group(1).replace(",", ".")) if mm.group(1) else 100.0 * int(mm.group(2))
    return fam, meas, vint, size


# ---------------------------------------------------------------- TABLETTE (restaurant)
def render_tab(meas, text, vintage, size=None, cat=None):
    kind, vol = MEASURES[meas]
    word = None
    if size is not None:
        word = ("%g cl" % size).replace(".", ",") if size < 100 else "%g l" % (size / 100)
    elif meas != "-":
        word = TAB_WORDS[meas]
    s = text
    if vintage:
        s += ", %d" % vintage
    if word:
        s += " (%s)" % word
    return s + " %s €" % price(text + str(vintage) + meas, kind, vol, cat)


def read_tab(label):
    m = re.search(r"(?:, (\d{4}))? \(([^)]*)\) \d+,\d\d €$", label)
    if not m:
        return "-", None, None
    w = m.group(2)
    size = None
    mm = re.fullmatch(r"(\d+(?:,\d)?) cl|(\d+(?:\.\d)?) l", w)
    if mm:
        size = float(mm.group(1).replace(",", ".")) if mm.group(1) else float(mm.group(2)) * 100
        meas = "size"
    else:
        meas = TAB_READ[w]
    return meas, (int(m.group(1)) if m.group(1) else None), size


# ---------------------------------------------------------------- BOUTIQUE (motorway shop)
def render_shop(seed, text, vintage, size):
    vol = "PCE" if size is None else cl_text(size)
    return "%s %-*.*s %s %6s" % (ean13(seed), SHOP_DESC, SHOP_DESC, text,
                                   "%d" % vintage if vintage else "----", vol)


def read_shop(label):
    m = re.fullmatch(r"(\d{13}) (.{24}) (\d{4}|----) +(\S+)", label)
    if not m:
        return None
    v = None if m.group(3) == "----" else int(m.group(3))
    vol = m.group(4)
    if vol == "PCE":
        size = None
    elif vol.endswith("CL"):
        size = float(vol[:-2].replace(",", "."))
    else:
        size = 100.0 * float(vol[:-1])
    return m.group(1), m.group(2), v, size
