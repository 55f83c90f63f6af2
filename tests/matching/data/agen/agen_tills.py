"""The three tills' rendering habits. Each returns (label, vintage_left_on_label)."""
import hashlib
import unicodedata

POUR = {"VRE": 12.5, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DOSE": 4, "D2": 2,
        "DEMI": 25, "PINTE": 50, "GIRAFE": 250, "P150": 150}
BOTTLE = {"BTL", "HALF", "MAG", "U"}  # plus "SZ<cl>"; "NONE" for non-drinks


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def size_cl(cl):
    if cl == 100:
        return "1L"
    return ("%g" % cl).replace(".", ",") + "CL"


# ---- zinc: match-day counter register, every word kept to its first 4 letters, cut at 20
ZINC_CODE = {"VRE": "VRE", "V15": "V15", "P25": "P25", "P50": "P50", "CP": "CP", "DOSE": "DOSE",
             "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINT", "GIRAFE": "GIRA", "P150": "P150",
             "HALF": "1/2", "MAG": "MAG", "BTL": "", "U": "", "NONE": ""}
ZINC_WIDTH = 20


def zinc(text, measure, vintage, fmt):
    words = []
    for w in ascii_(text).upper().replace("'", " ").replace("-", " ").split():
        words.append(w if any(c.isdigit() for c in w) else w[:4])
    if measure.startswith("SZ"):
        code = size_cl(float(measure[2:]))
    elif measure == "BTL" and fmt == 50:
        code = "50CL"
    else:
        code = ZINC_CODE[measure]
    parts = ([code] if code else []) + words
    yy = "%02d" % (vintage % 100) if vintage else None
    if yy:
        parts.append(yy)
    line = " ".join(parts)[:ZINC_WIDTH].rstrip()
    kept = vintage if (yy and line.endswith(" " + yy)) else None
    return line, kept


# ---- appli: waiters' phone app, SMS consonant skeletons, lower case, measure after " - "
ARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d"}
APPLI_CODE = {"BTL": "btl", "HALF": "1/2 btl", "MAG": "mgnm", "U": "btl", "VRE": "vr",
              "V15": "vr 15", "P25": "pcht 25", "P50": "pcht 50", "CP": "cp", "DOSE": "ds",
              "D2": "ds 2", "DEMI": "dm", "PINTE": "pnt", "GIRAFE": "grf", "P150": "pcht 150"}


def skeleton(w):
    if len(w) <= 3 or any(c.isdigit() for c in w):
        return w
    dedup = w[0]
    for c in w[1:]:
        if c != dedup[-1]:
            dedup += c
    return dedup[0] + "".join(c for c in dedup[1:] if c not in "aeiou")


def appli(text, measure, vintage, fmt):
    t = ascii_(text).lower().replace("'", " ").replace("-", " ")
    words = [skeleton(w) for w in t.split() if w not in ARTICLES]
    if vintage:
        words.append(str(vintage))
    line = " ".join(words)
    if measure == "NONE":
        return line, vintage
    if measure.startswith("SZ"):
        m = size_cl(float(measure[2:])).lower()
    else:
        m = APPLI_CODE[measure]
        if measure == "BTL" and fmt == 50:
            m = "btl 50cl"
    return line + " - " + m, vintage


# ---- tarif: dining-room till, articles bulk-imported from the distributor's price list
TARIF_SALE = {"BTL": "BOUTEILLE", "HALF": "BOUTEILLE", "MAG": "BOUTEILLE", "VRE": "VERRE",
              "V15": "VERRE 15CL", "P25": "PICHET 25CL", "P50": "PICHET 50CL", "CP": "COUPE",
              "DOSE": "DOSE", "D2": "DOSE 2CL", "DEMI": "DEMI", "PINTE": "PINTE",
              "GIRAFE": "GIRAFE 2,5L", "P150": "PICHET 1,5L", "NONE": "UNITE"}


def pack(fmt, category):
    """The distributor's packing: count X volume, or the keg."""
    if fmt >= 1000:
        return "FUT %dL" % (fmt // 100)
    if category in ("vin", "champagne", "autre", "spiritueux"):
        n = {37.5: 12, 150: 1, 300: 1}.get(fmt, 6)
        vol = "1L" if fmt == 100 else size_cl(fmt)
    else:
        n = 6 if fmt >= 100 else 12 if fmt > 50 else 24
        vol = ("%gL" % (fmt / 100)).replace(".", ",") if fmt >= 100 else size_cl(fmt)
    return "%dX%s" % (n, vol)


def tarif(text, measure, vintage, fmt, category):
    key = "%s|%s|%s" % (text, vintage, fmt)
    ref = "A%05d" % (int(hashlib.sha256(key.encode()).hexdigest(), 16) % 100000)
    parts = [ref, text]
    if vintage:
        parts.append(str(vintage))
    if fmt:
        parts.append(pack(fmt, category))
    sale = TARIF_SALE.get(measure)
    if sale is None:  # U / SZ: a unit of a beer or soft
        sale = "UNITE"
    return " ".join(parts) + " | " + sale, vintage
