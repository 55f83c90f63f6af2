"""How each of the three tills of the Relais renders a sale (see README.md)."""
import hashlib
import re

# volume in cl of a serving measure (None: a whole bottle / BIB / pack of the entry)
VOLUME = {"VRE": 12.5, "CP": 12.5, "Q25": 25, "P50": 50, "L100": 100, "DOSE": 4, "D2": 2,
          "DEMI": 25, "PINTE": 50}
BOTTLE = {"BTL", "HALF", "MAG", "BOT", "BIB"}

# alcohol by volume printed by the shop till (from the central-purchasing catalogue)
ABV = {"belleruche": "14%", "guigal": "14%", "dauphins": "13,5%", "tutiac": "12,5%",
       "saumurbib": "12%", "bellybib": "12,5%", "cadet": "13,5%", "peyl": "14%", "peyr": "14%",
       "bonnet": "12%", "lacheteau": "10,5%", "tariquet": "10,5%", "gris": "12,5%",
       "roses": "13%", "feuillatte": "12%", "cremant": "12,5%", "monbazillac": "13%",
       "ricard": "45%", "p51": "45%", "suze": "15%", "martini": "14,4%", "label5": "40%",
       "jackd": "40%", "hennessy": "40%", "havana": "40%", "kro25": "4,2%", "1664": "5,5%",
       "86": "7,9%", "heineken00": "0%", "desperados": "5,9%", "fischer": "6%",
       "chaize": "13%", "guigalhalf": "14%", "cissac": "13,5%", "hauteserre": "13,5%",
       "baronnes": "13%", "bjv": "13%", "granges": "13%", "fleurie": "13%"}


def h(s, mod):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16) % mod


def fmt_token(cl):
    """Shop-till volume column."""
    if cl >= 100:
        litres = cl / 100
        return ("%g" % litres).replace(".", ",") + "L"
    return ("%g" % cl).replace(".", ",") + "CL"


def money(x):
    return ("%.2f" % x).replace(".", ",")


# ---------------------------------------------------------------- formules (dining room)
F_WORD = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "VRE": "Verre",
          "CP": "Coupe", "Q25": "Quart", "P50": "Demi-litre", "L100": "Litre", "DOSE": "Dose",
          "D2": "Dose 2 cl", "DEMI": "Demi", "PINTE": "Pinte", "BOT": "", "": ""}
MENUS = {"R": "Menu Routier", "J": "Menu du Jour", "E": "Menu Enfant"}


def render_formules(key, measure, text, vintage, opt, entry):
    s = " ".join(p for p in (F_WORD[measure], text, str(vintage) if vintage else "") if p)
    if opt in MENUS:
        return "%s / %s [inclus]" % (MENUS[opt], s)
    if opt == "S":
        return "Menu Routier / Suppl. %s +%s" % (s, money(1.5 + h(s, 3)))
    return s


def vintage_formules(label):
    m = re.findall(r"(?<![\d,])(20[0-2]\d)(?![\d,])", label)
    return int(m[-1]) if m else None


# ---------------------------------------------------------------- station (shop till)
STATION_CUT = 30


def abv_for(key):
    if key is None:
        return None
    for k in sorted(ABV, key=len, reverse=True):
        if key.startswith(k):
            return ABV[k]
    return None


def render_station(key, measure, text, vintage, opt, entry):
    desc = text.upper()[:STATION_CUT].rstrip()
    if key is None:
        tail = opt  # the none case gives its own volume / degree columns
    else:
        if measure == "PACK6":
            tail = "PACK 6X" + fmt_token(entry["format_cl"])
        else:
            tail = fmt_token(entry["format_cl"])
        a = abv_for(key)
        if a:
            tail += " " + a
    parts = [desc]
    if vintage:
        parts.append(str(vintage))
    if tail:
        parts.append(tail)
    return " ".join(parts)


def vintage_station(label):
    m = re.search(r" (20[0-2]\d) (?:PACK |\d)", label)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- hebdo (counter weekly Z)
H_WORD = {"VRE": "BALLON", "CP": "COUPE", "Q25": "PICH25", "P50": "PICH50", "L100": "PICH1L",
          "DOSE": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE", "BTL": "BTL",
          "HALF": "1/2", "MAG": "MAG", "BOT": "", "": ""}
H_PRICE = {"VRE": 2.2, "CP": 6.0, "Q25": 3.5, "P50": 6.5, "L100": 11.0, "DOSE": 4.0,
           "D2": 2.4, "DEMI": 2.9, "PINTE": 5.4, "BTL": 19.0, "HALF": 11.0, "MAG": 42.0,
           "BOT": 2.8, "": 1.5}
H_CUT = 18


def render_hebdo(key, measure, text, vintage, opt, entry):
    full = " ".join(p for p in (H_WORD[measure], text, "%02d" % (vintage % 100) if vintage else "") if p)
    name = full[:H_CUT].rstrip()
    week = 1 + h(full, 52)
    price = H_PRICE[measure] + 0.1 * h(full + "p", 5)
    qty = 1 + h(full + "q", 9 if measure in ("BTL", "HALF", "MAG", "CP") else 160)
    return "S%02d %s %4d x %6s = %8s" % (week, name.ljust(20, "."), qty, money(price),
                                          money(round(qty * price, 2)))


def vintage_hebdo(label):
    name = label[4:24].rstrip(".")
    w = name.split(" ")[-1]
    if re.fullmatch(r"\d\d", w) and len(name.split(" ")) > 1:
        return 2000 + int(w)
    return None


RENDER = {"formules": render_formules, "station": render_station, "hebdo": render_hebdo}
VINTAGE = {"formules": vintage_formules, "station": vintage_station, "hebdo": vintage_hebdo}
