"""The three tills' rendering habits (see README).

comptoir: bar register, ASCII capitals, name + 4-digit vintage cut at 16 columns, then '*'
          and the register's measure key (BTL VRE VRE12 PICH25 PICH50 CP DOSE DEMI PINTE 1/2 MAG; U for a unit of food or service).
salle:    waiters' tablet, lower case with accents, measure word first, vintage as two digits,
          ' · ' and the price with a decimal comma and '€'. No cut.
banquet:  events software export 'CODE;NAME;MEASURE', 4-digit code whose first digit is the
          family, name in capitals WITH accents, vintage as 'MILL.2019', name cut at 28.
"""
import hashlib
import re
import unicodedata

COMPTOIR_W = 16
BANQUET_W = 28

# measure key (spec) -> volume in cl for pours, or None for a bottle-type sale
POURS = {"VRE": 12.5, "VRE12": 12, "PICH25": 25, "PICH50": 50, "CP": 12.5, "DOSE": 4,
         "DEMI": 25, "PINTE": 50}
BOTTLES = {"BTL": None, "1/2": 37.5, "MAG": 150}

SALLE_WORD = {"BTL": "btl", "VRE": "verre", "VRE12": "verre 12cl", "PICH25": "pichet 25cl",
              "PICH50": "pichet 50cl", "CP": "coupe", "DOSE": "dose", "DEMI": "demi",
              "PINTE": "pinte", "1/2": "1/2 btl", "MAG": "magnum", "U": ""}
BANQUET_WORD = {"BTL": "BOUTEILLE", "VRE": "VERRE", "VRE12": "VERRE 12CL", "PICH25": "PICHET 25CL",
                "PICH50": "PICHET 50CL", "CP": "COUPE", "DOSE": "DOSE", "DEMI": "DEMI",
                "PINTE": "PINTE", "1/2": "DEMI-BOUTEILLE", "MAG": "MAGNUM", "U": "UNITE"}
COMPTOIR_KEYS = {"BTL", "VRE", "VRE12", "PICH25", "PICH50", "CP", "DOSE", "DEMI", "PINTE", "1/2", "MAG"}


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def price(text, measure, fam):
    if fam >= 7 and measure == "BTL":
        c = 350 + 10 * h(text, 30)
        return "%d,%02d€" % (c // 100, c % 100)
    if fam == 9:
        c = 250 + 50 * h(text, 40)
        return "%d,%02d€" % (c // 100, c % 100)
    base = {"BTL": 2200, "1/2": 1400, "MAG": 5800, "VRE": 550, "VRE12": 550, "CP": 900,
            "PICH25": 900, "PICH50": 1600, "DOSE": 700, "DEMI": 380, "PINTE": 720}.get(measure, 450)
    c = base + 10 * h(text + measure, 60 if measure in ("BTL", "MAG") else 25)
    return "%d,%02d€" % (c // 100, c % 100)


def render(till, measure, vintage, text, fam):
    if till == "comptoir":
        name = ascii_up(text) + (" %d" % vintage if vintage else "")
        return name[:COMPTOIR_W].rstrip() + "*" + measure
    if till == "salle":
        body = (SALLE_WORD[measure] + " " + text.lower()).strip()
        if vintage:
            body += " %02d" % (vintage % 100)
        return body + " · " + price(text, measure, fam)
    if till == "banquet":
        name = text.upper() + (" MILL.%d" % vintage if vintage else "")
        code = "%d%03d" % (fam, h(text + (measure if measure in ("MAG", "1/2") else ""), 1000))
        return "%s;%s;%s" % (code, name[:BANQUET_W].rstrip(), BANQUET_WORD[measure])
    raise ValueError(till)


_CWORD = {v: k for k, v in SALLE_WORD.items() if v}
_BWORD = {v: k for k, v in BANQUET_WORD.items()}


def read_back(till, label):
    """(measure key, vintage or None) as printed on the label."""
    if till == "comptoir":
        name, meas = label.rsplit("*", 1)
        m = re.search(r"(?:^| )((?:19|20)\d\d)$", name)
        return meas, (int(m.group(1)) if m else None)
    if till == "salle":
        body = label.rsplit(" · ", 1)[0]
        meas = "U"
        for w in sorted(_CWORD, key=len, reverse=True):
            if body.startswith(w + " "):
                meas = _CWORD[w]
                break
        m = re.search(r" (\d\d)$", body)
        return meas, (2000 + int(m.group(1)) if m else None)
    if till == "banquet":
        code, name, word = label.split(";")
        m = re.search(r"MILL\.(\d{4})$", name)
        return _BWORD.get(word), (int(m.group(1)) if m else None)
    raise ValueError(till)
