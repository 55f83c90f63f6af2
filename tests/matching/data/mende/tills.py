"""The three tills' rendering habits, and how each label is read back (vintage, measure)."""
import hashlib
import re
import unicodedata

# serving code -> poured volume in cl (None: one whole bottle of the entry / no volume)
VOL = {"btl": None, "1/2": None, "mag": None, "": None, "vre": 12.5, "vre12": 12, "vre15": 15,
       "cp": 12.5, "p25": 25, "p50": 50, "dose": 4, "dose2": 2, "demi": 25, "pinte": 50}


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---- bar: the counter register's PLU report: NAME(16) MEAS(5) YY ----
BAR_MEAS = {"btl": "BTL", "1/2": "1/2", "mag": "MAG", "vre": "VRE", "vre12": "VRE12", "vre15": "VRE15",
            "cp": "CP", "p25": "P25", "p50": "P50", "dose": "DOSE", "dose2": "2CL", "demi": "DEMI",
            "pinte": "PINTE", "": "ART"}


def bar(serving, text, vintage):
    name = re.sub(r"[^A-Z0-9. /]", " ", ascii_(text).upper())
    name = re.sub(r" +", " ", name).strip()[:16].rstrip()
    meas = serving.upper() if serving.startswith("cl") is False else serving[2:] + "CL"
    meas = BAR_MEAS.get(serving, meas)
    yy = "%02d" % (vintage % 100) if vintage else ""
    return (name.ljust(16) + " " + meas.ljust(5) + " " + yy).rstrip()


def bar_read(label):
    p = label.ljust(25)
    return p[:16].rstrip(), p[17:22].strip(), (2000 + int(p[23:25]) if p[23:25].strip() else None)


# ---- seminaire: the hotel's seminar-billing module, shared with the bar ----
CLIENTS = ["FDC48", "ONF-LOZ", "SDIS48", "CRPF-OCC", "MSA-LR", "EDF-HYD", "CCI48", "ADT-LOZ", "GRAND-RANDO", "CHAMBRE-AGRI"]
MEALS = ["ACCUEIL", "PAUSE AM", "DEJ", "PAUSE PM", "DINER", "SOIREE"]
SEM_MEAS = {"btl": "bouteille", "1/2": "demi-bouteille", "mag": "magnum", "vre": "verre", "vre12": "verre 12 cl",
            "vre15": "verre 15 cl", "cp": "coupe", "p25": "pichet 25 cl", "p50": "pichet 50 cl", "dose": "dose",
            "dose2": "dose 2 cl", "demi": "demi pression", "pinte": "pinte pression"}


def seminaire(serving, text, vintage, unit=None):
    c = CLIENTS[h(text + serving, len(CLIENTS))]
    d = 1 + h(text + "j" + serving, 3)
    t = text.lower()
    if "pause" in t:
        m = "PAUSE AM" if "matin" in t else "PAUSE PM"
    elif "déjeuner" in t or "déjeunatoire" in t:
        m = "DEJ"
    elif "dîner" in t or "nuitée" in t or "taxe" in t:
        m = "DINER"
    elif serving == "":
        m = "ACCUEIL"
    elif serving in ("dose", "dose2", "pinte", "demi", "cp"):
        m = ["SOIREE", "DINER"][h(text + "m" + serving, 2)]
    else:
        m = ["DEJ", "DINER", "SOIREE"][h(text + "m" + serving, 3)]
    top = {"mag": 2, "btl": 8, "1/2": 4, "p50": 8, "p25": 8}.get(serving, 12 if serving else 24)
    q = 1 + h(text + "q" + serving, top)
    item = text + (" %d" % vintage if vintage else "")
    if serving.startswith("cl"):
        meas = "bouteille %s cl" % serving[2:]
    elif serving == "":
        meas = unit or "forfait"
    else:
        meas = SEM_MEAS[serving]
    return "%s J%d %s — %s — %s — qté %d" % (c, d, m, item, meas, q)


def seminaire_read(label):
    parts = label.split(" — ")
    item, meas = parts[1], parts[2]
    m = re.search(r" ((?:19|20)\d\d)$", item)
    return item, meas, (int(m.group(1)) if m else None)


# ---- veilleur: the night porter's keying of paper slips into the PMS 'divers' field ----
VEI_MEAS = {"btl": "btlle", "1/2": "1/2 btlle", "mag": "magnum", "vre": "verre", "vre12": "verre 12cl",
            "vre15": "verre 15cl", "cp": "coupe", "p25": "pichet 25", "p50": "pichet 50", "dose": "dose",
            "dose2": "dose 2cl", "demi": "demi", "pinte": "pinte", "": ""}
PLURAL = {"btlle": "btlles", "verre": "verres", "coupe": "coupes", "pichet": "pichets", "dose": "doses",
          "demi": "demis", "pinte": "pintes", "magnum": "magnums"}
VEI_WIDTH = 32


def veilleur(serving, text, vintage):
    room = 1 + h(text + "r" + serving, 24)
    q = 2 if h(text + "q" + serving, 5) == 0 else 1
    if serving == "cl100":
        meas = "1l"
    elif serving.startswith("cl"):
        meas = serving[2:] + "cl"
    else:
        meas = VEI_MEAS[serving]
    if q > 1 and meas:
        w = meas.split(" ")
        i = 1 if w[0] == "1/2" else 0
        w[i] = PLURAL.get(w[i], w[i])
        meas = " ".join(w)
    words = ["ch%d" % room, str(q)] + ([meas] if meas else []) + [text.lower()] + ([str(vintage)] if vintage else [])
    s = ascii_(" ".join(words))
    s = re.sub(r"[^a-z0-9 /.]", " ", s)
    s = re.sub(r" +", " ", s).strip()
    if len(s) > VEI_WIDTH:
        s = s[:VEI_WIDTH].rstrip()
        last = s.split(" ")[-1]
        # the porter erases a year the field had no room for
        if vintage and last.isdigit() and len(last) < 4 and str(vintage).startswith(last):
            s = s[: len(s) - len(last)].rstrip()
    return s


def veilleur_read(label):
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return label, None, (int(m.group(1)) if m else None)


RENDER = {"bar": bar, "seminaire": seminaire, "veilleur": veilleur}
READ = {"bar": bar_read, "seminaire": seminaire_read, "veilleur": veilleur_read}
