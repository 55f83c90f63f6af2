"""Le Balto (Tours): the three tills' rendering habits.

zinc   : the counter register (an old Casio-type ECR). ASCII capitals, 16 columns,
         cut hard (mid-word, the vintage too). Measure first (VRE, CP, PICH25, PICH50,
         1/2, MAG, DOSE), draught beers as `PRESS DEMI ...` / `PRESS PINTE ...`,
         bottled beers as `BTL ...`, vintage as two digits at the end.
salle  : the waiters' handhelds. Lower case ASCII, a family code and a hyphen
         (`rge-`, `blc-`, `rse-`, `bul-`, `pres-`, `bib-`, `ape-`, `alc-`, `sft-`,
         `chd-`, `cuis-`, `div-`), words often glued, vintage `'22`, the measure
         spelt short, and the price with a decimal comma (no euro sign). Never cut.
web    : the back-office export of the terrace's cloud till (tablet app). A 4-digit
         PLU, the product in Title Case with accents, vintage in four digits, then
         ` - ` and the variant (`Verre 12cl`, `Pichet 50cl`, `Demi 25cl`...). Never cut.
"""
import hashlib
import unicodedata

ZINC_WIDTH = 16


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


# family of a drink, for the salle codes
def family(entry, measure):
    if entry is None:
        return None
    cat, col = entry["category"], entry["colour"]
    if cat in ("vin", "champagne"):
        return {"rouge": "rge", "blanc": "blc", "rosé": "rse", "effervescent": "bul", "liquoreux": "blc"}[col]
    if cat == "bière":
        return "pres" if measure in ("demi", "pinte") or entry["format_cl"] >= 2000 else "bib"
    if cat == "soft":
        return "sft"
    if cat == "autre" or entry["appellation"] == "Pastis de Marseille":
        return "ape"
    return "alc"


ZINC_PREFIX = {"btl": "", "half": "1/2 ", "mag": "MAG ", "vre": "VRE ", "p25": "PICH25 ",
               "p50": "PICH50 ", "cp": "CP ", "dose": "DOSE ", "demi": "PRESS DEMI ",
               "pinte": "PRESS PINTE ", "bib": "BTL ", "": ""}


def zinc(text, measure, year):
    """Return (label, ident) ; ident = the part that must survive the cut."""
    ident_txt, _, rest = text.partition("~")
    pre = ZINC_PREFIX[measure if not measure.startswith("cl") else "bib"]
    if measure.startswith("cl"):
        rest = rest + " " + measure[2:] + "CL"
    full = pre + ident_txt + rest
    if year:
        full += " " + year[-2:]
    full = ascii_(" ".join(full.split())).upper()
    ident = ascii_(" ".join((pre + ident_txt).split())).upper()
    label = full[:ZINC_WIDTH].rstrip()
    # the cut may take the end of the last identifying word, never more than
    # all but its first four letters, nor any earlier word, nor a measure
    if len(label) < len(ident):
        head = ident[:len(label)]
        if head != label:
            raise ValueError("cut mismatch " + full)
        words_full = ident.split(" ")
        words_cut = label.split(" ")
        if len(words_cut) != len(words_full) or len(words_cut[-1]) < min(4, len(words_full[-1])):
            raise ValueError("zinc cut takes an identifying word: %r -> %r" % (full, label))
    return label


SALLE_MEASURE = {"btl": "btl", "half": "1/2btl", "mag": "mag", "vre": "verre", "p25": "pichet 25",
                 "p50": "pichet 50", "cp": "coupe", "dose": "dose", "d2": "2cl", "demi": "demi",
                 "pinte": "pinte", "": ""}

PRICE_RANGE = {"btl": (19, 45), "half": (12, 22), "mag": (45, 80), "vre": (4, 7), "p25": (6, 9),
               "p50": (11, 16), "cp": (7, 10), "dose": (5, 9), "d2": (2, 3), "demi": (3, 4),
               "pinte": (6, 8)}


FAMILY_PRICE = {"sft": (3, 5), "chd": (2, 5), "cuis": (6, 16), "ape": (3, 6), "div": (1, 3),
                "bib": (4, 8), "alc": (6, 10), "pres": (3, 8)}


def price(label, measure, fam):
    if measure in ("", "bib") or measure.startswith("cl"):
        lo, hi = FAMILY_PRICE.get(fam, PRICE_RANGE["btl"])
    else:
        lo, hi = PRICE_RANGE[measure]
    tenths = lo * 10 + _h(label) % ((hi - lo) * 10 + 1)
    return "%d,%d0" % (tenths // 10, tenths % 10)


def salle(text, measure, year, fam):
    words = [fam + "-" + text.replace("~", "")]
    if year:
        words.append("'" + year[-2:])
    m = measure[2:] + "cl" if measure.startswith("cl") else SALLE_MEASURE.get(measure)
    if m:
        words.append(m)
    body = ascii_(" ".join(" ".join(words).split())).lower()
    return body + " " + price(body, measure, fam)


WEB_MEASURE = {"btl": "Bouteille 75cl", "half": "Demi-bouteille 37,5cl", "mag": "Magnum 150cl",
               "vre": "Verre", "vre12": "Verre 12cl", "p25": "Pichet 25cl", "p50": "Pichet 50cl",
               "cp": "Coupe", "dose": "Dose 4cl", "d2": "Dose 2cl", "demi": "Demi 25cl",
               "pinte": "Pinte 50cl", "": ""}


def web(text, measure, year, plu_key):
    plu = 3000 + _h("plu:" + plu_key) % 6000
    s = "%04d %s" % (plu, text.replace("~", ""))
    if year:
        s += " " + (year if len(year) == 4 else "20" + year)
    if measure.startswith("cl"):
        m = "Bouteille " + measure[2:].replace(".", ",") + "cl"
    else:
        m = WEB_MEASURE[measure]
    if m:
        s += " - " + m
    return " ".join(s.split())
