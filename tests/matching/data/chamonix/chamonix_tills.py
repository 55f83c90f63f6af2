"""The three tills' rendering habits and each till's reading of measure and vintage."""
import hashlib
import re
import unicodedata

# canonical measures -> volume in cl (None = a whole bottle of the format the rules pick)
POURS = {"g": 12.5, "cp": 12.5, "g15": 15, "g175": 17.5, "c25": 25, "c50": 50,
         "dose": 4, "2cl": 2, "4cl": 4, "demi": 25, "pinte": 50}
BOTTLES = {"btl", "half", "mag", "clav"}  # plus "clNN" bottle sizes

BAR_WORDS = {"btl": "BTL", "half": "HALF BTL", "mag": "MAG", "clav": "CLAV", "g": "GLS",
             "g175": "GLS175", "c25": "CAR25", "c50": "CAR50", "2cl": "SGL", "4cl": "DBL",
             "demi": "HALF", "pinte": "PINT"}
REFUGE_WORDS = {"btl": "bouteille", "half": "1/2 bouteille", "mag": "magnum", "clav": "clavelin",
                "g": "verre", "cp": "coupe", "g15": "verre 15cl", "c25": "pichet 25cl",
                "c50": "pichet 50cl", "dose": "dose", "2cl": "2cl", "4cl": "4cl",
                "demi": "demi", "pinte": "pinte"}
CHALET_WORDS = {"btl": "Flaska", "half": "Halvflaska", "mag": "Magnum", "clav": "Clavelin",
                "g": "Glas", "c25": "Karaff 25cl", "c50": "Karaff 50cl", "dose": "Shot",
                "2cl": "Shot 2cl", "4cl": "Shot 4cl", "demi": "Fatöl 25cl", "pinte": "Fatöl 50cl"}
BAR_WIDTH = 22


def h(s, n=8):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:n], 16)


def fmt_cl(x):
    return str(int(x)) if float(x).is_integer() else str(x)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def price(measure, text):
    k = h(str(measure) + "|" + text)
    if measure in ("2cl", "dose", "4cl"):
        v = 4 + k % 9 + (k // 9 % 2) * 0.5
    elif measure in POURS:
        v = 5 + k % 11 + (k // 11 % 2) * 0.5
    elif measure is None:
        v = 3 + k % 25 + (k // 25 % 2) * 0.5
    elif re.match(r"cl\d", measure):
        v = 4 + k % 8 + (k // 8 % 2) * 0.5
    else:
        v = 32 + k % 140
    return v


# ---------------------------------------------------------------- bar
def render_bar(measure, vintage, text):
    word = BAR_WORDS.get(measure) or (measure[2:] + "CL" if measure else "")
    t = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    t = re.sub(r"\s+", " ", t).strip()
    body = " ".join(x for x in (word, t, "%02d" % (vintage % 100) if vintage else "") if x)
    body = body[:BAR_WIDTH].rstrip()
    key = "K%02d" % (1 + h("bar-key|" + body) % 60)
    return f"{key} {body} @{price(measure, body):.2f}"


BAR_RE = re.compile(r"^K(\d\d) (.+) @(\d+\.\d\d)$")
BAR_MEAS = [("HALF BTL", "half"), ("GLS175", "g175"), ("GLS", "g"), ("CAR25", "c25"),
            ("CAR50", "c50"), ("BTL", "btl"), ("MAG", "mag"), ("CLAV", "clav"), ("SGL", "2cl"),
            ("DBL", "4cl"), ("HALF", "demi"), ("PINT", "pinte")]


def read_bar(label):
    m = BAR_RE.match(label)
    if not m:
        raise ValueError("bar form: " + label)
    body = m.group(2)
    meas = None
    for w, c in BAR_MEAS:
        if body.startswith(w + " "):
            meas = c
            break
    else:
        mm = re.match(r"^(\d+(?:\.\d)?)CL ", body)
        if mm:
            meas = "cl" + mm.group(1)
    toks = body.split()
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
    return meas, vint, len(body) >= BAR_WIDTH - 1


# ---------------------------------------------------------------- refuge (offline tablet)
def mojibake(s):
    return "".join(c if ord(c) < 128 else "?" for c in s)


def render_refuge(i, measure, vintage, text):
    batch = "%04X" % (h("refuge-sync|%d" % (i // 9)) % 65536)
    name = text + (" %d" % vintage if vintage else "")
    word = REFUGE_WORDS.get(measure) or (measure[2:].replace(".", ",") + "cl" if measure else "")
    p = (f"{price(measure, text):.2f}").replace(".", ",")
    return mojibake("%s-%03d ; %s ; %s ; %s" % (batch, i + 1, name, word, p))


REFUGE_RE = re.compile(r"^([0-9A-F]{4})-(\d{3}) ; ([ -~]+) ; ([ -~]*) ; (\d+,\d\d)$")
REFUGE_REV = {v: k for k, v in REFUGE_WORDS.items()}


def read_refuge(label):
    m = REFUGE_RE.match(label)
    if not m:
        raise ValueError("refuge form: " + label)
    name, word = m.group(3), m.group(4)
    if word == "":
        meas = None
    elif word in REFUGE_REV:
        meas = REFUGE_REV[word]
    else:
        mm = re.fullmatch(r"(\d+(?:,\d)?)cl", word)
        if not mm:
            raise ValueError("refuge measure: " + word)
        meas = "cl" + mm.group(1).replace(",", ".")
    years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)
    return meas, (int(years[-1]) if years else None), False


# ---------------------------------------------------------------- chalet (tour operator app)
def render_chalet(i, measure, vintage, text):
    order = 40000 + h("chalet-order|%d" % (i // 4)) % 60000
    q = 1 + h("chalet-qty|" + text + str(measure)) % 6
    word = CHALET_WORDS.get(measure) or ("Flaska " + measure[2:].replace(".", ",") + "cl" if measure else "")
    s = "#%05d %dx %s" % (order, q, (word + " " if word else "") + text)
    if vintage:
        s += ", årg. %d" % vintage
    return s


CHALET_RE = re.compile(r"^#(\d{5}) (\d)x (.+)$")
CHALET_MEAS = [("Halvflaska", "half"), ("Magnum", "mag"), ("Clavelin", "clav"),
               ("Karaff 25cl", "c25"), ("Karaff 50cl", "c50"), ("Shot 2cl", "2cl"),
               ("Shot 4cl", "4cl"), ("Shot", "dose"), ("Fatöl 25cl", "demi"),
               ("Fatöl 50cl", "pinte"), ("Glas", "g")]


def read_chalet(label):
    m = CHALET_RE.match(label)
    if not m:
        raise ValueError("chalet form: " + label)
    rest = m.group(3)
    vint = None
    mv = re.search(r", årg\. ((?:19|20)\d\d)$", rest)
    if mv:
        vint = int(mv.group(1))
    mm = re.match(r"^Flaska (\d+(?:,\d)?)cl ", rest)
    if mm:
        return "cl" + mm.group(1).replace(",", "."), vint, False
    if rest.startswith("Flaska "):
        return "btl", vint, False
    for w, c in CHALET_MEAS:
        if rest.startswith(w + " "):
            return c, vint, False
    return None, vint, False


READERS = {"bar": read_bar, "refuge": read_refuge, "chalet": read_chalet}
