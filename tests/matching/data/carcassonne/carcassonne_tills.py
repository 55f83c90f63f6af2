"""The three tills of La Table du Sénéchal: how each renders a product, how it is read back.

SALLE     the dining room's handheld, programmed by the Spanish-speaking manager: the product
          as she typed it (French names, Spanish colour words and connectives), the vintage
          in four digits between brackets, then ' · ' and the serving in Spanish (or the
          French bar words demi / pinte for beer).
BAR       the bar's old register: a short measure code, a space, the staff's abbreviations
          in 7-bit capitals, a two-digit vintage at the end; the key field is fixed at 18
          columns: anything past column 18 is cut (mid-word, vintage included) and shorter
          keys are padded with spaces to 18.
BOUTIQUE  the wine-shop corner's barcode till, exported as 'EAN13;Désignation;Millésime;
          Contenance': the supplier's long designation, the vintage in its own field, the
          bottle size as '75 cl', '37,5 cl'...
"""
import hashlib
import unicodedata

SALLE_SERVING = {
    "B": "botella", "H": "media botella", "M": "mágnum", "G": "copa", "G15": "copa 15cl",
    "CP": "flauta", "P25": "jarra 25cl", "P50": "jarra 50cl", "S4": "chupito 4cl",
    "D": "demi", "PT": "pinte",
}
BAR_CODE = {
    "B": "BT", "H": "1/2", "HD": "DEMI", "M": "MG", "G": "VR", "G15": "V15", "CP": "CP",
    "P25": "P25", "P50": "P50", "S4": "DS", "D": "DEMI", "PT": "PT",
}
BAR_WIDTH = 18


def fmt_cl(x):
    s = ("%g" % x)
    return s.replace(".", ",")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


# ---------------------------------------------------------------- SALLE
def render_salle(measure, vintage, text):
    serving = SALLE_SERVING.get("B" if measure == "B75" else measure)
    if serving is None:  # B<cl>: a bottle with its size
        cl = fmt_cl(float(measure[1:]))
        serving = "botella %scl" % cl
    v = " (%d)" % vintage if vintage else ""
    return "%s%s · %s" % (text, v, serving)


def read_salle(label):
    import re
    m = re.search(r"\((\d{4})\)", label)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- BAR
def render_bar(measure, vintage, text):
    code = BAR_CODE.get(measure)
    if code is None:
        code = "BT" + fmt_cl(float(measure[1:])).replace(",", "")
    full = "%s %s" % (code, ascii_upper(text))
    if vintage:
        full += " %02d" % (vintage % 100)
    cut = full[:BAR_WIDTH].rstrip()
    toks = cut.split(" ")
    if len(toks) > 1 and toks[-1].isdigit() and len(toks[-1]) == 1:
        raise ValueError("stray digit after the cut: %r (type it shorter)" % cut)
    assert cut == cut.upper() and all(ord(c) < 128 for c in cut), cut
    return cut.ljust(BAR_WIDTH), cut != full


def read_bar(label):
    toks = label.split()
    if len(toks) > 1 and len(toks[-1]) == 2 and toks[-1].isdigit():
        return 2000 + int(toks[-1])
    return None


# ---------------------------------------------------------------- BOUTIQUE
def ean13(seed):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    body = "376" + "".join(str(int(c, 16) % 10) for c in h[:9])
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def boutique_size(measure, fmt):
    return "%s cl" % fmt_cl(fmt)


def render_boutique(product_seed, fmt, vintage, text):
    return "%s;%s;%s;%s cl" % (ean13(product_seed), text, vintage or "", fmt_cl(fmt))


def read_boutique(label):
    f = label.split(";")
    return int(f[2]) if f[2] else None
