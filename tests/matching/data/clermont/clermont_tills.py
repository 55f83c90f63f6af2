"""The three tills' rendering habits (see README.md).

Measures are typed as generic codes and each till prints them its own way:
btl half mag vre v15 p25 p50 cp dose 2cl 6cl demi pinte b25 b33 b50 b75 b100, u (a non-drink)
"""
import hashlib
import unicodedata

C_WIDTH = 20   # comptoir: old register, 20 columns
B_WIDTH = 25   # bar: touch till, 25 columns

C_MEAS = {"btl": "", "half": "1/2", "mag": "MAG", "vre": "VRE", "v15": "VRE15", "p25": "P25",
          "p50": "P50", "cp": "CP", "dose": "DOSE", "2cl": "2CL", "6cl": "6CL", "demi": "DEMI",
          "pinte": "PINTE", "b25": "25CL", "b33": "33CL", "b50": "50CL", "b75": "75CL", "b100": "1L", "u": ""}
T_MEAS = {"btl": "btl", "half": "1/2 btl", "mag": "magnum", "vre": "verre", "v15": "verre 15cl",
          "p25": "pichet 25cl", "p50": "pichet 50cl", "cp": "coupe", "dose": "dose", "2cl": "2cl",
          "6cl": "6cl", "demi": "demi", "pinte": "pinte", "b25": "25cl", "b33": "33cl",
          "b50": "50cl", "b75": "75cl", "b100": "1l", "u": ""}
B_MEAS = {"btl": "BTL", "half": "1/2BTL", "mag": "MAG", "vre": "VERRE", "v15": "VERRE15",
          "p25": "PICHET25", "p50": "PICHET50", "cp": "COUPE", "dose": "DOSE", "2cl": "2CL",
          "6cl": "6CL", "demi": "DEMI", "pinte": "PINTE", "b25": "BTL25", "b33": "BTL33",
          "b50": "BTL50", "b75": "BTL75", "b100": "BTL1L", "u": "PCE"}

# comptoir families (first word of the typed text)
C_FAMILIES = {"VR": "rouge", "VB": "blanc", "VRS": "rosé", "CHP": "bulles", "PRS": "pression",
              "BIE": "bière bouteille", "APE": "apéritif", "DIG": "digestif", "SFT": "eaux et softs",
              "CUI": "cuisine", "CAF": "café", "DIV": "divers"}

# tablet prices: a base by measure, varied by a hash of the product (decimal comma)
T_BASE = {"btl": 28.0, "half": 17.0, "mag": 58.0, "vre": 4.5, "v15": 5.5, "p25": 8.0, "p50": 14.0,
          "cp": 9.0, "dose": 4.0, "2cl": 3.0, "6cl": 4.5, "demi": 3.2, "pinte": 6.0, "b25": 3.8,
          "b33": 4.5, "b50": 3.5, "b75": 5.0, "b100": 5.5, "u": 3.5}


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def _cut(full, width, sep, keep_from):
    """Cut `full` at `width`; refuse a cut that reaches before `keep_from` or leaves a stub
    of fewer than 3 letters of a word (a cut may take the vintage, whole or in part)."""
    if len(full) <= width:
        return full, False
    out = full[:width].rstrip(sep)
    if len(out) < keep_from:
        raise ValueError("cut takes identifying words: %r -> %r" % (full, out))
    last = out.split(sep)[-1]
    whole = full.split(sep)
    if last not in whole and last.isalpha() and len(last) < 3:
        raise ValueError("cut leaves a stub: %r -> %r" % (full, out))
    return out, True


def render_c(text, meas, vintage):
    """comptoir: 'FAM.MEAS.WORDS.YY', ASCII capitals, dots for spaces, cut at 20."""
    t = ascii_upper(text).replace("'", " ").replace("-", " ")
    words = t.split()
    fam, rest = words[0], words[1:]
    assert fam in C_FAMILIES, text
    parts = [fam] + ([C_MEAS[meas]] if C_MEAS[meas] else []) + rest
    name = ".".join(parts)
    # the cut may go into the last name word (>= 3 letters kept) or take the vintage
    keep_from = len(name) - max(0, len(rest[-1]) - 3) if rest else len(name)
    full = name + ("." + "%02d" % (vintage % 100) if vintage else "")
    return _cut(full, C_WIDTH, ".", keep_from)


def render_t(text, meas, vintage):
    """tablette: as typed (mixed case, accents), 'yyyy', the measure word, price '12,50'."""
    parts = [text] + ([str(vintage)] if vintage else []) + ([T_MEAS[meas]] if T_MEAS[meas] else [])
    body = " ".join(parts)
    cents = int(T_BASE[meas] * 100) + (h("T", body) % 9) * 30
    if meas in ("btl", "mag", "half"):
        cents += (h("Tb", body) % 7) * 200
    price = "%d,%02d" % (cents // 100, cents % 100)
    return body + " " + price, False


def render_b(text, meas, vintage, key):
    """bar: 4-digit article number, the measure, glued capitals, 'YY', cut at 25."""
    art = 1000 + h("B", key or text, meas) % 9000
    name = "%d %s %s" % (art, B_MEAS[meas], ascii_upper(text))
    rest = name.split(" ")[2:]
    keep_from = len(name) - max(0, len(rest[-1]) - 3)
    full = name + (" %02d" % (vintage % 100) if vintage else "")
    return _cut(full, B_WIDTH, " ", keep_from)
