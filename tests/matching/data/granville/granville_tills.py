"""The three tills of "L'Écume du Hérel": how each renders what was keyed, and how the build reads
the measure and the vintage back from the rendered label."""

import hashlib
import re


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:12], 16)


class TillError(ValueError):
    pass


# ---------------------------------------------------------------- CAISSE (bar register)
CAISSE_WIDTH = 20
CAISSE_FAMS = {
    "BL": "vins blancs", "RG": "vins rouges", "RS": "vins rosés", "BU": "champagnes et crémants",
    "CI": "cidres, poiré, pommeau", "AL": "alcools et calvados", "AP": "apéritifs",
    "BI": "bières", "SF": "softs et eaux", "CU": "cuisine", "CA": "cafés", "DV": "divers",
}
CAISSE_MEAS = {
    "": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150), "VR": ("pour", 12.5),
    "VR15": ("pour", 15), "PCH25": ("pour", 25), "PCH50": ("pour", 50), "CP": ("pour", 12.5),
    "BOL": ("pour", 25), "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("keg", 25),
    "PTE": ("keg", 50), "25CL": ("btl", 25), "33CL": ("btl", 33), "50CL": ("btl", 50),
    "1L": ("btl", 100),
}
# price range in euros (low, high) by measure word, then by family for bottles
_PRICE_MEAS = {"VR": (4.5, 8), "VR15": (5.5, 9.5), "PCH25": (8, 12), "PCH50": (14, 22),
               "CP": (9, 14), "BOL": (4, 6), "DOSE": (6, 12), "2CL": (3, 4), "DEMI": (3.5, 4.5),
               "PTE": (6.5, 8), "1/2": (16, 32), "MAG": (58, 120), "25CL": (3.5, 4.5),
               "33CL": (4, 6.5), "50CL": (3.5, 4.5), "1L": (5, 6.5)}
_PRICE_FAM = {"BL": (24, 58), "RG": (24, 58), "RS": (26, 49), "BU": (42, 115), "CI": (14, 32),
              "AL": (6, 12), "AP": (4, 7), "BI": (5, 7), "SF": (3.5, 5), "CU": (7, 42),
              "CA": (1.8, 4.5), "DV": (1, 15)}


def _price(lo, hi, seed):
    steps = round((hi - lo) * 2) + 1
    cents = round((lo + (seed % steps) * 0.5) * 100)
    return "%d,%02d" % (cents // 100, cents % 100)


def caisse_render(fam, meas, vintage, text):
    if fam not in CAISSE_FAMS or meas not in CAISSE_MEAS:
        raise TillError("bad family/measure %r %r" % (fam, meas))
    if not re.fullmatch(r"[A-Z0-9 ./']+", text) or "'" in text:
        raise TillError("CAISSE text must be ASCII capitals: %r" % text)
    full = fam + "." + (meas + " " if meas else "") + text
    if vintage is not None:
        full += " %02d" % (vintage % 100)
    cut = full[:CAISSE_WIDTH].rstrip()
    if vintage is not None and len(full) > CAISSE_WIDTH:
        last = cut.split()[-1]
        if last.isdigit() and len(last) < 2:
            raise TillError("register cut leaves half a vintage: %r" % cut)
    lo, hi = _PRICE_MEAS.get(meas) or _PRICE_FAM[fam]
    price = _price(lo, hi, _h("caisse", fam, meas, text))
    return cut.ljust(CAISSE_WIDTH) + " " + price.rjust(7)


def caisse_read(label):
    des = label[:CAISSE_WIDTH].rstrip()
    fam, rest = des.split(".", 1)
    toks = rest.split()
    meas = toks[0] if toks and toks[0] in CAISSE_MEAS and toks[0] != "" else ""
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vintage = 2000 + yy if yy <= 40 else 1900 + yy
    return fam, CAISSE_MEAS[meas], vintage


# ---------------------------------------------------------------- TABLETTE (dining-room tablet)
TABLETTE_OPTIONS = {
    "Bouteille": ("btl", None), "Bouteille 33cl": ("btl", 33), "Bouteille 50cl": ("btl", 50),
    "Bouteille 1L": ("btl", 100), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
    "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25),
    "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5), "Bolée": ("pour", 25),
    "Dose": ("pour", 4), "Demi": ("keg", 25), "Pinte": ("keg", 50),
}
TABLETTE_OTHER = ("Entrée", "Plat", "Dessert", "Boisson chaude", "Enfant", "Divers")


def tablette_render(option, vintage, text):
    if option not in TABLETTE_OPTIONS and option not in TABLETTE_OTHER:
        raise TillError("bad option %r" % option)
    if " - " in text:
        raise TillError("separator inside the name: %r" % text)
    return text + (" %d" % vintage if vintage is not None else "") + " - " + option


def tablette_read(label):
    name, option = label.rsplit(" - ", 1)
    years = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", name)
    if len(years) > 1:
        raise TillError("two vintages in %r" % label)
    return option, TABLETTE_OPTIONS.get(option), (int(years[0]) if years else None)


# ---------------------------------------------------------------- GESTION (stock software export)
GESTION_WIDTH = 30
GESTION_FAMS = {
    "VBL": "vins blancs", "VRG": "vins rouges", "VRS": "vins rosés", "CHP": "champagnes et crémants",
    "CID": "cidres, poiré, pommeau", "SPI": "spiritueux", "APE": "apéritifs", "BIE": "bières",
    "SOF": "softs et eaux", "EPI": "épicerie", "MAR": "marée", "CRE": "crèmerie", "DIV": "divers",
}
GESTION_CONDS = {"25CL": 25, "33CL": 33, "37,5CL": 37.5, "50CL": 50, "70CL": 70, "75CL": 75,
                 "100CL": 100, "150CL": 150, "FUT20L": 2000, "FUT30L": 3000}
GESTION_OTHER_CONDS = ("KG", "PCE", "DZ", "L", "BRQ", "PAQ", "UNITE")
GESTION_POURS = {"-2CL": 2, "-4CL": 4, "-12,5CL": 12.5, "-15CL": 15, "-25CL": 25, "-50CL": 50}


def gestion_code(fam, libelle, cond):
    """The article code: the family and four digits the software gave the article (one article
    per libellé and container)."""
    return fam + "%04d" % (_h("gestion", fam, libelle, cond) % 10000)


def gestion_render(fam, cond, qte, vintage, text):
    if fam not in GESTION_FAMS:
        raise TillError("bad family %r" % fam)
    if cond not in GESTION_CONDS and cond not in GESTION_OTHER_CONDS:
        raise TillError("bad container %r" % cond)
    if not re.fullmatch(r"[A-Z0-9 .&/-]+", text):
        raise TillError("GESTION text must be ASCII capitals: %r" % text)
    full = text + (" %d" % vintage if vintage is not None else "")
    cut = full[:GESTION_WIDTH].rstrip()
    if vintage is not None and len(full) > GESTION_WIDTH:
        last = cut.split()[-1]
        if last.isdigit() and len(last) < 4 and str(vintage).startswith(last):
            raise TillError("export cut leaves half a vintage: %r" % cut)
    return ";".join([gestion_code(fam, cut, cond), cut, cond, qte])


def gestion_read(label):
    code, lib, cond, qte = label.split(";")
    toks = lib.split()
    vintage = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    measure = None
    if cond in GESTION_CONDS:
        if qte == "-1":
            measure = ("btl", GESTION_CONDS[cond])
        elif qte in GESTION_POURS:
            measure = ("keg" if GESTION_CONDS[cond] >= 2000 else "pour", GESTION_POURS[qte])
    return code[:3], cond, measure, vintage
