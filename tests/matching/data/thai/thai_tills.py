"""The three tills of Maison Lotus and how each renders what the staff typed.

A product is (kind, measure, vintage, text, mod): kind is the drink family (from the
library entry, or given for what is no drink of the library), measure an internal code
(B bottle of wine 75 cl, H half bottle, M magnum, G glass 12.5 cl, G15, C25 / C50
carafe, S2 / S4 dose, D25 / D50 draught, Z<cl> a bottle of that size, N<cl> a can of that
size, '' nothing), vintage an int or None, text the button as typed on that till."""
import hashlib
import re
import unicodedata

VOL = {"G": 12.5, "G15": 15, "C25": 25, "C50": 50, "S2": 2, "S4": 4, "D25": 25, "D50": 50}


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def ascii_(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def size_txt(cl):
    return ("%g" % cl)


# ---------------------------------------------------------------- caisse
# Counter register at the bar, programmed by the Thai owner; Thai serving words.
FAM = {"w": "1", "r": "2", "sp": "3", "beer": "4", "spirit": "5", "soft": "6",
       "tea": "6", "food": "7", "hot": "8", "svc": "9"}
CAISSE_MEAS = {"B": "", "H": "KRUENG", "M": "MAG", "G": "KAEW", "G15": "KAEW15",
               "C25": "YUEK25", "C50": "YUEK50", "S2": "CHOT2", "S4": "CHOT",
               "D25": "SOD25", "D50": "SOD50", "": ""}
CAISSE_WIDTH = 26


def caisse_meas(m):
    if m[:1] == "Z":
        return size_txt(float(m[1:])).replace(".", ",") + "CL"
    if m[:1] == "N":
        return "KP" + size_txt(float(m[1:]))
    return CAISSE_MEAS[m]


def render_caisse(kind, m, vint, text, mod):
    t = ascii_(text).upper().replace("'", " ").replace("-", " ")
    assert re.fullmatch(r"[A-Z0-9 ,./&]+", t), t
    tok = caisse_meas(m)
    full = FAM[kind] + "-" + (tok + " " if tok else "") + t
    if vint:
        full += " %02d" % (vint % 100)
    if len(full) <= CAISSE_WIDTH:
        return full, False
    cut = full[:CAISSE_WIDTH].rstrip()
    fw, cw = full.split(" "), cut.split(" ")
    i = len(cw) - 1
    last_full, removed = fw[i], fw[i + 1:]
    vtok = ("%02d" % (vint % 100)) if vint else None
    if cw[i] == last_full:
        ok = vint is not None and removed == [vtok]
    elif vint is not None and i == len(fw) - 1:
        ok = True                       # one digit of the vintage left
    else:
        ok = len(cw[i]) >= 4 and not cw[i].isdigit() and removed in ([], [vtok])
    if not ok:
        raise ValueError("refused cut: %r -> %r" % (full, cut))
    return cut, True


# ---------------------------------------------------------------- qr
# QR-code ordering at the tables, English menu; CSV export "name","option",qty,price.
QR_OPT = {"B": "Bottle", "H": "Half bottle", "M": "Magnum", "G": "Glass",
          "G15": "Large glass 15cl", "C25": "Carafe 25cl", "C50": "Carafe 50cl",
          "S2": "Shot 2cl", "S4": "Shot 4cl", "D25": "Draught 25cl", "D50": "Draught 50cl"}


def render_qr(kind, m, vint, text, mod):
    assert '"' not in text
    name = text + (" (%d)" % vint if vint else "")
    if m[:1] == "Z":
        opt = "Bottle " + size_txt(float(m[1:])) + "cl"
    elif m[:1] == "N":
        opt = "Can " + size_txt(float(m[1:])) + "cl"
    elif m == "":
        opt = mod or "Regular"
    else:
        opt = QR_OPT[m]
    k = h("qr|" + name + "|" + opt)
    qty = 1 + (k % 5 == 0) + (k % 11 == 0)
    if m in ("B", "M", "H") or (m[:1] == "Z" and kind in ("w", "r", "sp")):
        price = 29 + (k >> 8) % 60 + (40 if m == "M" else 0) - (12 if m == "H" else 0)
    elif m[:1] == "Z" and kind == "spirit":
        price = 24 + (k >> 8) % 30
    elif m in ("G", "G15"):
        price = 6 + (k >> 8) % 8
    elif m in ("C25", "C50"):
        price = 11 + (k >> 8) % 14
    elif kind == "food":
        price = 9 + (k >> 8) % 11
    elif m in ("S2", "S4"):
        price = 5 + (k >> 8) % 5
    else:
        price = 3 + (k >> 8) % 5
    cents = (k >> 16) % 2 * 50
    return '"%s","%s",%d,%d.%02d' % (name, opt, qty, price, cents), False


# ---------------------------------------------------------------- ticket
# Bar / tea-station / kitchen printer: the Vietnamese waiters' handhelds.
T_MEAS = {"B": "chai", "H": "nua chai", "M": "mag", "G": "ly", "G15": "ly 15cl",
          "C25": "binh 25", "C50": "binh 50", "S2": "chen 2cl", "S4": "chen 4cl",
          "D25": "tuoi 25", "D50": "tuoi 50", "": ""}
T_MODS = {"w": ["", "", "xo da", "lanh"], "r": ["", "", "", "de ngoai"],
          "sp": ["", "xo da", "lanh"], "beer": ["", "", "lanh", "da", "ly lanh"],
          "spirit": ["", "da", "khong da", "ly nho"], "soft": ["", "da", "khong da", "ong hut"],
          "tea": ["", "it duong", "da", "khong da"], "food": ["", "", "khong hanh", "cay", "it cay"],
          "hot": ["", "nong"], "svc": [""]}


def station(kind, text):
    if text.startswith(("tra ", "nuoc dua")):
        return "TRA"
    return {"tea": "TRA", "hot": "TRA", "food": "BEP", "svc": "BEP"}.get(kind, "BAR")


def render_ticket(kind, m, vint, text, mod):
    t = ascii_(text).lower()
    assert re.fullmatch(r"[a-z0-9 .'/-]+", t), t
    if m[:1] == "Z":
        tok = "chai " + size_txt(float(m[1:])) + "cl"
    elif m[:1] == "N":
        tok = "lon " + size_txt(float(m[1:])) + "cl"
    else:
        tok = T_MEAS[m]
    s = station(kind, t) + "> " + (tok + " " if tok else "") + t
    if vint:
        s += " %d" % vint
    if mod is None:
        opts = T_MODS[kind]
        mod = opts[h("t|" + s) % len(opts)]
    if mod:
        s += " (" + mod + ")"
    return s, False


RENDER = {"caisse": render_caisse, "qr": render_qr, "ticket": render_ticket}


# ---------------------------------------------------------------- read-back
def read_vintage(conn, label):
    if conn == "caisse":
        last = label.split(" ")[-1]
        return 2000 + int(last) if re.fullmatch(r"\d\d", last) and " " in label else None
    if conn == "qr":
        m = re.match(r'^"(.*)","', label)
        mm = re.search(r" \((\d{4})\)$", m.group(1))
        return int(mm.group(1)) if mm else None
    body = re.sub(r" \([a-z ]+\)$", "", label)
    mm = re.search(r" ((?:19|20)\d\d)$", body)
    return int(mm.group(1)) if mm else None
