"""The three tills of "Le Pont de Sablé": how each prints a product (render) and how
its measure and vintage are read back from the printed label (parse).

Canonical measures: btl (a wine's 75 cl, or the only bottle of another drink), b25, b33,
b50, b70, b75, b100 (bottle of that size), half (37.5), mag (150), vre (glass, 12.5 cl),
vre12 (12 cl glass), p50 / p25 (pichet), bol (bolée, 25 cl), demi (25 cl beer), pinte
(50 cl beer), dose (4 cl).
"""
import re
import unicodedata
import zlib

POUR_CL = {"vre": 12.5, "vre12": 12, "p50": 50, "p25": 25, "bol": 25,
           "demi": 25, "pinte": 50, "dose": 4}
SIZE_CL = {"b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100,
           "half": 37.5, "mag": 150}

# comptoir: old ECR, 16-character name field padded with spaces, then the measure code
C_WIDTH = 16
C_CODE = {"btl": "BTL", "b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL",
          "b75": "75CL", "b100": "1L", "half": "1/2", "mag": "MAG", "vre": "VRE",
          "vre12": "VR12", "p50": "P50", "p25": "P25", "bol": "BOL", "demi": "DEMI",
          "pinte": "PTE", "dose": "DOSE", "u": "U"}
# tablette: the waiters' tablet, product as typed, option in parentheses
T_CODE = {"btl": "bouteille", "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl",
          "b75": "75cl", "b100": "1L", "half": "1/2 btle", "mag": "magnum", "vre": "verre",
          "vre12": "verre 12cl", "p50": "pichet 50cl", "p25": "pichet 25cl",
          "bol": "bolée", "demi": "demi", "pinte": "pinte", "dose": "dose 4cl"}
# rapport Z: printed daily Z report, PLU, short article name (24 chars), unit price
Z_WIDTH = 24
Z_CODE = {"btl": "bt", "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl",
          "b75": "75cl", "b100": "1l", "half": "1/2bt", "mag": "mag", "vre": "vr",
          "vre12": "vr12", "p50": "pich50", "p25": "pich25", "bol": "bol", "demi": "dm",
          "pinte": "pte", "dose": "dose"}
Z_BASE = {"btl": 2400, "b25": 350, "b33": 450, "b50": 400, "b70": 6000, "b75": 1200,
          "b100": 550, "half": 1500, "mag": 5200, "vre": 450, "vre12": 450, "p50": 1300,
          "p25": 750, "bol": 300, "demi": 320, "pinte": 620, "dose": 550, "u": 220}

# food, hot drinks and services on the Z report: base price by the article's first word
Z_UNIT_BASE = {"galette": 950, "crepe": 450, "entrecote": 1890, "brochette": 1450,
               "formule": 1590, "couvert": 150, "cafe": 190, "the": 280, "cappuccino": 350}

# a few (kind, measure) prices that differ from the measure's base
Z_KIND_BASE = {("cidre", "btl"): 1200, ("cidre", "b75"): 1200, ("cidre", "p50"): 750,
               ("cidre", "p25"): 450, ("biere", "btl"): 450, ("biere", "b75"): 900,
               ("soft", "btl"): 350, ("bulles", "btl"): 3900, ("bulles", "half"): 2200}

INV = {t: {v: k for k, v in d.items()} for t, d in
       (("comptoir", C_CODE), ("tablette", T_CODE), ("rapport_z", Z_CODE))}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _cut(s, width):
    """Cut at width; refuse to cut into a number (a vintage is dropped whole or kept)."""
    if len(s) <= width:
        return s
    if s[width - 1].isdigit() and s[width].isdigit():
        raise ValueError("cut inside a number: %r" % s)
    return s[:width]


def render(till, meas, vintage, text, kind=None, used=None):
    """The label as the till prints it. On the Z report, `kind` sets the price and `used`
    (the PLUs already given) keeps each article's PLU unique, as the back office does."""
    if till == "comptoir":
        body = re.sub(r"[-']", " ", ascii_fold(text).upper())
        body = re.sub(r" +", " ", body)
        if vintage:
            body += " %02d" % (vintage % 100)
        body = _cut(body, C_WIDTH).rstrip()
        if re.search(r"(^| )\d$", body):
            raise ValueError("half a vintage left: %r" % body)
        return "%-*s %s" % (C_WIDTH, body, C_CODE[meas])
    if till == "tablette":
        body = text + (" %d" % vintage if vintage else "")
        if meas == "u":
            return body
        return "%s (%s)" % (body, T_CODE[meas])
    if till == "rapport_z":
        body = ascii_fold(text).lower().replace("'", "")
        if meas != "u":
            body = "%s %s" % (Z_CODE[meas], body)
        if vintage:
            body += " %d" % vintage
        body = _cut(body, Z_WIDTH).rstrip()
        if re.search(r" \d{1,3}$", body) and vintage and str(vintage) not in body:
            raise ValueError("half a vintage left: %r" % body)
        h = zlib.crc32(body.encode())
        plu = 101 + h % 889
        while used is not None and plu in used:
            plu = 101 + (plu - 100) % 889
        if used is not None:
            used.add(plu)
        base = Z_UNIT_BASE.get(body.split(" ")[0], Z_BASE[meas]) if meas == "u" else \
            Z_KIND_BASE.get((kind, meas), Z_BASE[meas])
        cents = base + (h >> 10) % 9 * (10 if base < 1000 else 50)
        return "%d %s %d,%02d" % (plu, body, cents // 100, cents % 100)
    raise KeyError(till)


def parse(till, label):
    """(measure, vintage) read back from a label as the till printed it."""
    if till == "comptoir":
        field, code = label[:C_WIDTH], label[C_WIDTH + 1:]
        m = re.search(r" (\d\d)$", field.rstrip())
        return INV[till][code], (2000 + int(m.group(1)) if m else None)
    if till == "tablette":
        m = re.match(r"^(.*) \(([^()]*)\)$", label)
        body, opt = (m.group(1), m.group(2)) if m else (label, None)
        if opt is None:
            v = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
            return "u", (int(v.group(1)) if v else None)
        v = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
        return INV[till][opt], (int(v.group(1)) if v else None)
    if till == "rapport_z":
        words = label.split(" ")
        assert re.fullmatch(r"\d{3}", words[0]) and re.fullmatch(r"\d+,\d\d", words[-1])
        meas = INV[till].get(words[1], "u")
        v = re.fullmatch(r"(?:19|20)\d\d", words[-2])
        return meas, (int(words[-2]) if v else None)
    raise KeyError(till)
