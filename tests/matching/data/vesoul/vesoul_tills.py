"""The three tills of the Brasserie du Durgeon: how each one prints a label, and how to
read the measure and the vintage back from a printed label.

Measure codes used by the case modules:
  bt   a bottle in the wine's 75 cl (no format word)   half  37.5 cl     mag  150 cl
  clav a 62 cl clavelin     cNN  a bottle / can of NN cl (beers, softs, spirits)
  v    a glass, no volume (12.5 cl)   v15  a 15 cl glass   p25 / p50  a pichet
  dose a 4 cl pour          dN   an N cl pour               demi / pinte  draught
  ''   no measure at all (food, services, generic lines; a spirit or soft by its only size)
"""
import hashlib
import re
import unicodedata


def h(text, mod):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % mod

def ascii_up(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = t.upper().replace("'", " ").replace("-", " ")
    return re.sub(r" +", " ", t).strip()

# ---------------------------------------------------------------- reprise
# The counter till, a cloud POS since March 2025, whose articles were imported from the
# old electronic register: the old 4-digit PLU, then the old 18-character designation in
# ASCII capitals (measure key prefix, name, 2-digit vintage), cut at 18 characters, then
# the new POS's family in brackets.
REPRISE_FAM = {"R": "vins rouges", "B": "vins blancs", "S": "vins roses", "M": "bulles",
               "L": "vins doux", "A": "aperitifs", "D": "digestifs", "P": "pression",
               "K": "bieres btl", "F": "softs", "C": "cuisine", "X": "divers",
               "H": "boissons chaudes"}
REPRISE_FIRST = {"R": 1, "B": 2, "S": 3, "M": 4, "L": 2, "A": 5, "D": 6, "P": 7, "K": 7,
                 "F": 8, "C": 9, "X": 9, "H": 8}
REPRISE_PRE = {"bt": "", "half": "1/2 ", "mag": "MAG ", "clav": "CLAV ", "v": "V/",
               "v15": "V15/", "p25": "C25/", "p50": "C50/", "dose": "D/", "demi": "DEMI ",
               "pinte": "PINTE ", "": ""}
REPRISE_WIDTH = 18

def render_reprise(text, measure, vintage, fam):
    pre = REPRISE_PRE.get(measure)
    post = ""
    if pre is None and measure.startswith("c"):
        pre, post = "", " " + measure[1:] + "CL"
    elif pre is None and measure.startswith("d"):
        pre = "D" + measure[1:] + "/"
    body = pre + ascii_up(text) + post
    if vintage:
        body += " %02d" % (vintage % 100)
    cut = body[:REPRISE_WIDTH].rstrip()
    if vintage and not cut.endswith(" %02d" % (vintage % 100)):
        tail = cut.split(" ")[-1]
        assert len(body) - len(cut) >= 3 or not tail.isdigit(), ("partial vintage", body)
        assert not re.search(r" \d$", cut), ("partial vintage", body)
    plu = REPRISE_FIRST[fam] * 1000 + h("reprise" + body, 1000)
    return "%04d %s (%s)" % (plu, cut, REPRISE_FAM[fam])

def parse_reprise(label):
    m = re.fullmatch(r"(\d{4}) (.{1,18}) \(([a-z ]+)\)", label)
    assert m, label
    body = m.group(2)
    measure = ""
    for code, pre in REPRISE_PRE.items():
        if pre and body.startswith(pre):
            measure = code
    m2 = re.match(r"D(\d)/", body)
    if m2:
        measure = "d" + m2.group(1)
    m3 = re.search(r" (\d+(?:\.\d)?)CL\b", body)
    if m3:
        measure = "c" + m3.group(1)
    vm = re.search(r" (\d\d)$", body)
    vintage = 2000 + int(vm.group(1)) if vm and not m3 else None
    if vintage and vintage > 2030:
        vintage -= 100
    return measure, vintage

# ---------------------------------------------------------------- kds
# The bar screen of the kitchen display system: each drink sent from the waiters'
# handhelds appears on the bar's screen, and the screen's bump log is the export.
# "#ticket COURSE | short name yyyy + modifier + modifier".
KDS_MEAS = {"bt": "", "half": "1/2 btl", "mag": "magnum", "clav": "clavelin", "v": "verre",
            "v15": "verre 15cl", "p25": "pichet 25", "p50": "pichet 50", "dose": "dose",
            "demi": "demi", "pinte": "pinte", "": ""}
KDS_SERVICE = {"R": ["", "", "carafer", "chambre", "avec le plat"],
               "B": ["", "", "seau", "frais", "en premier"],
               "S": ["", "seau", "frais"], "M": ["", "", "seau", "en premier"],
               "L": ["", "frais", "au dessert"], "A": ["", "glacons", "citron"],
               "D": ["", "", "glacons", "sans glace"], "P": ["", ""], "K": ["", "frais"],
               "F": ["", "citron", "glacons"], "C": ["", ""], "X": [""], "H": ["", ""]}
KDS_COURSE = {"R": ["PLAT", "ENTREE", "PLAT"], "B": ["ENTREE", "PLAT", "APERO"],
              "S": ["PLAT", "APERO"], "M": ["APERO"], "L": ["DESSERT"], "A": ["APERO"],
              "D": ["DIGEST"], "P": ["BAR"], "K": ["BAR"], "F": ["BAR", "PLAT"],
              "C": ["ENTREE", "PLAT", "DESSERT"], "X": ["BAR"], "H": ["DESSERT", "DIGEST"]}
KDS_NAME = 22

def render_kds(text, measure, vintage, fam):
    name = text
    assert len(name) <= KDS_NAME, ("kds short name too long", name)
    if vintage:
        name += " %d" % vintage
    meas = KDS_MEAS.get(measure)
    if meas is None and measure[0] in "cd":
        meas = measure[1:] + "cl"
    mods = [meas] if meas else []
    svcs = KDS_SERVICE[fam]
    svc = svcs[h("svc" + text + measure, len(svcs))]
    if svc:
        mods.append(svc)
    courses = KDS_COURSE[fam]
    course = courses[h("course" + text, len(courses))]
    tkt = 100 + h("tkt" + text + measure + str(vintage), 900)
    return "#%d %s | %s" % (tkt, course, " + ".join([name, *mods]))

def parse_kds(label):
    m = re.fullmatch(r"#(\d{3}) ([A-Z]+) \| (.+)", label)
    assert m, label
    parts = m.group(3).split(" + ")
    name, mods = parts[0], parts[1:]
    measure = ""
    inv = {v: k for k, v in KDS_MEAS.items() if v}
    for mod in mods:
        if mod in inv:
            measure = inv[mod]
        elif re.fullmatch(r"\d+(\.\d)?cl", mod):
            measure = ("c" if "." in mod or int(mod[:-2]) >= 20 else "d") + mod[:-2]
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return measure, int(vm.group(1)) if vm else None

# ---------------------------------------------------------------- fidelite
# The loyalty-card app ("Carte Durgeon"): each purchase line as the app's history shows it,
# "Catalogue name yyyy · size · +N pts", 1 point per euro; rewards "Offert fidélité : ...".
FID_MEAS = {"bt": "bouteille 75 cl", "half": "demi-bouteille 37,5 cl", "mag": "magnum 150 cl",
            "clav": "clavelin 62 cl", "v": "verre", "v15": "verre 15 cl",
            "p25": "pichet 25 cl", "p50": "pichet 50 cl", "dose": "dose", "demi": "demi 25 cl",
            "pinte": "pinte 50 cl", "": "unité"}
FID_PRICE = {"bt": (24, 68), "half": (15, 32), "mag": (55, 120), "clav": (45, 80),
             "v": (4, 9), "v15": (5, 10), "p25": (8, 13), "p50": (14, 24), "dose": (4, 11),
             "demi": (3, 4), "pinte": (6, 8), "": (2, 18)}

def render_fidelite(text, measure, vintage, fam, reward=False):
    name = text + (" %d" % vintage if vintage else "")
    meas = FID_MEAS.get(measure)
    if meas is None:
        meas = measure[1:].replace(".", ",") + " cl"
        lo, hi = (2, 6) if measure[0] == "c" else (3, 9)
    else:
        lo, hi = FID_PRICE[measure]
    pts = lo + h("pts" + name + meas, hi - lo + 1)
    if reward:
        return "Offert fidélité : %s · %s · 0 pt" % (name, meas)
    return "%s · %s · +%d pts" % (name, meas, pts)

def parse_fidelite(label):
    m = re.fullmatch(r"(Offert fidélité : )?(.+) · (.+) · (\+\d+ pts|0 pt)", label)
    assert m, label
    name, meas = m.group(2), m.group(3)
    inv = {v: k for k, v in FID_MEAS.items()}
    if meas in inv:
        measure = inv[meas]
    else:
        mm = re.fullmatch(r"(\d+(?:,\d)?) cl", meas)
        assert mm, label
        v = mm.group(1).replace(",", ".")
        measure = ("c" if float(v) >= 20 else "d") + v
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return measure, int(vm.group(1)) if vm else None

RENDER = {"reprise": render_reprise, "kds": render_kds, "fidelite": render_fidelite}
PARSE = {"reprise": parse_reprise, "kds": parse_kds, "fidelite": parse_fidelite}
