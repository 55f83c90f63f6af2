"""The three tills' habits: render(spec) -> label, and parse(label) -> what it says.
Measure codes in the specs: '' / 'btl' ordinary bottle, 'mag' 150 cl, 'half' 37.5 cl,
'jero' 300 cl, 'g' glass without volume, 'cp' coupe, 'gNN' glass / cup of NN cl,
'carNN' carafe, 'dose' 4 cl, 'doseNN' NN cl dose, 'demi', 'pinte' (beer), 'bNN' a bottle
or can of NN cl (soft, beer, water), 'x' no measure (food, services)."""
import hashlib
import re
import unicodedata


def ascii_fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def vol_txt(v):
    """37.5 -> '37,5'; 25 -> '25'."""
    return ("%g" % v).replace(".", ",")


# ---------------------------------------------------------------- K: beach kiosk
# Card-terminal catalogue shared by the restaurant ("[LV]", La Vigie) and its neighbour, the
# paddle and kite school ("[CG]", Capte Glisse). Mixed case with accents as typed on a phone,
# the measure after the name (cups are reusable "ecocup"), the vintage in four digits if
# any, then " – " and the price with a decimal comma and "€".
K_MEAS = {"btl": "bouteille", "": "", "mag": "magnum", "half": "demi-bouteille",
          "jero": "jéroboam"}


def k_measure(code):
    if code in K_MEAS:
        return K_MEAS[code]
    m = re.fullmatch(r"g(\d+(?:\.\d+)?)", code)
    if m:
        return "ecocup %scl" % vol_txt(float(m.group(1)))
    m = re.fullmatch(r"dose(\d+)", code)
    if m:
        return "dose %scl" % m.group(1)
    m = re.fullmatch(r"b(\d+(?:\.\d+)?)", code)
    if m:
        v = float(m.group(1))
        if v >= 100:
            return "bouteille %sL" % vol_txt(v / 100)
        if v == 33:
            return "canette 33cl"
        return "bouteille %scl" % vol_txt(v)
    if code == "x":
        return ""
    raise ValueError("K measure " + code)


def k_price(owner, text, code):
    h = _h("K|" + owner + text + code)
    if code.startswith(("g", "dose")):
        cents = 350 + (h % 10) * 50
    elif code in ("btl", "mag", "half", "jero"):
        cents = {"btl": 3200, "mag": 6900, "half": 1900, "jero": 16000}[code] + (h % 12) * 200
    elif code.startswith("b"):
        cents = 300 + (h % 6) * 50
    else:
        cents = 500 + (h % 20) * 50
    return "%d,%02d €" % (cents // 100, cents % 100)


def render_k(owner, code, vintage, text):
    parts = [owner, text]
    mw = k_measure(code)
    if mw:
        parts.append(mw)
    if vintage:
        parts.append(str(vintage))
    return " ".join(parts) + " – " + k_price(owner, text, code)


K_RE = re.compile(r"\[(LV|CG)\] (.+) – (\d+),(\d\d) €")


def parse_k(label):
    m = K_RE.fullmatch(label)
    if not m:
        raise ValueError("not a K label: " + label)
    body = m.group(2)
    vint = None
    mv = re.search(r" ((?:19|20)\d\d)$", body)
    if mv:
        vint = int(mv.group(1))
        body = body[:mv.start()]
    meas = None
    for pat, f in ((r" ecocup (\d+(?:,\d)?)cl$", lambda v: ("pour", v)),
                   (r" dose (\d+)cl$", lambda v: ("pour", v)),
                   (r" canette (\d+)cl$", lambda v: ("bottle", v)),
                   (r" bouteille (\d+(?:,\d)?)cl$", lambda v: ("bottle", v)),
                   (r" bouteille (\d+(?:,\d)?)L$", lambda v: ("bottle", v * 100))):
        mm = re.search(pat, body)
        if mm:
            meas = f(float(mm.group(1).replace(",", ".")))
            break
    if meas is None:
        if body.endswith(" demi-bouteille"):
            meas = ("bottle", 37.5)
        elif body.endswith(" magnum"):
            meas = ("bottle", 150.0)
        elif body.endswith(" jéroboam"):
            meas = ("bottle", 300.0)
        else:
            meas = ("bottle", None)   # "bouteille" or nothing: the ordinary bottle
    return {"owner": m.group(1), "vintage": vint, "measure": meas}


# ---------------------------------------------------------------- P: waiters' handheld
# Old handheld whose on-screen keyboard has no accents, no apostrophe and a tiny space bar:
# the waiters created the buttons in lower case with dots between words, the measure first
# (nothing for a 75 cl bottle), the vintage as two digits last. The button text holds 24
# characters: a vintage that does not fit whole is dropped, a word may be cut if at least
# three letters of it remain, otherwise it is dropped.
P_WIDTH = 24


def p_measure(code):
    fixed = {"": "", "btl": "", "mag": "mag", "half": "1/2", "jero": "jero", "g": "vr",
             "cp": "cp", "dose": "dose", "demi": "demi", "pinte": "pinte", "x": ""}
    if code in fixed:
        return fixed[code], ""
    m = re.fullmatch(r"g(\d+)", code)
    if m:
        return "vr" + m.group(1), ""
    m = re.fullmatch(r"car(\d+)", code)
    if m:
        return "car" + m.group(1), ""
    m = re.fullmatch(r"dose(\d+)", code)
    if m:
        return "dose%scl" % m.group(1), ""
    m = re.fullmatch(r"b(\d+(?:\.\d+)?)", code)
    if m:
        v = float(m.group(1))
        return "", ("%gl" % (v / 100)) if v >= 100 else ("%gcl" % v)
    raise ValueError("P measure " + code)


def p_tokens(text):
    t = ascii_fold(text).lower().replace("'", "").replace("-", " ").replace("&", " ")
    return [w for w in re.split(r"[ .]+", t) if w]


def render_p(code, vintage, text):
    head, tail = p_measure(code)
    toks = ([head] if head else []) + p_tokens(text) + ([tail] if tail else [])
    base = ".".join(toks)
    if vintage:
        full = base + "." + "%02d" % (vintage % 100)
        if len(full) <= P_WIDTH:
            return full
    if len(base) <= P_WIDTH:
        return base
    cut = base[:P_WIDTH].rstrip(".")
    if base[len(cut)] != ".":        # the last word was cut
        last = cut.split(".")[-1]
        if len(last) < 3:
            cut = cut[: len(cut) - len(last)].rstrip(".")
    return cut


P_HEAD = re.compile(r"(vr|vr\d+|cp|car\d+|mag|1/2|jero|dose|dose\d+cl|demi|pinte)")


def parse_p(label):
    if label != label.lower() or not re.fullmatch(r"[a-z0-9./]+", label) or len(label) > P_WIDTH:
        raise ValueError("not a P label: " + label)
    toks = label.split(".")
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1])
        toks = toks[:-1]
    head = toks[0] if P_HEAD.fullmatch(toks[0]) and len(toks) > 1 else None
    meas = ("bottle", None)
    if head:
        if head == "vr" or head == "cp":
            meas = ("pour", 12.5)
        elif head.startswith(("vr", "car")):
            meas = ("pour", float(re.sub(r"\D", "", head)))
        elif head == "mag":
            meas = ("bottle", 150.0)
        elif head == "1/2":
            meas = ("bottle", 37.5)
        elif head == "jero":
            meas = ("bottle", 300.0)
        elif head == "dose":
            meas = ("pour", 4.0)
        elif head.startswith("dose"):
            meas = ("pour", float(re.sub(r"\D", "", head)))
        elif head == "demi":
            meas = ("pour", 25.0)
        elif head == "pinte":
            meas = ("pour", 50.0)
    else:
        for t in toks[1:]:
            mm = re.fullmatch(r"(\d+(?:\.\d+)?)(cl|l)", t)
            if mm:
                v = float(mm.group(1)) * (100 if mm.group(2) == "l" else 1)
                meas = ("bottle", v)
    return {"vintage": vint, "measure": meas}


# ---------------------------------------------------------------- N: nightly export
# The bar's cloud POS sends a nightly CSV of the day's sales; the line kept as the label is
# its product variant, with the fields in the order of the back office's variant screen:
# CONTENANCE;MILLESIME;COULEUR;CUVEE;DOMAINE (accents and case as the manager typed them).
def n_measure(code):
    fixed = {"": "75 cl", "btl": "75 cl", "mag": "150 cl", "half": "37,5 cl",
             "jero": "300 cl", "g": "Verre", "cp": "Coupe", "dose": "Dose", "demi": "Demi 25 cl",
             "pinte": "Pinte 50 cl", "x": "Unité"}
    if code in fixed:
        return fixed[code]
    for pre, word in (("car", "Pichet"), ("dose", "Dose"), ("g", "Verre")):
        m = re.fullmatch(pre + r"(\d+(?:\.\d+)?)", code)
        if m:
            return "%s %s cl" % (word, vol_txt(float(m.group(1))))
    m = re.fullmatch(r"b(\d+(?:\.\d+)?)", code)
    if m:
        return "%s cl" % vol_txt(float(m.group(1)))
    if code in ("portion", "forfait"):
        return code.capitalize()
    raise ValueError("N measure " + code)


def render_n(code, vintage, text):
    colour, cuvee, domaine = text.split("^")
    return ";".join([n_measure(code), str(vintage) if vintage else "", colour, cuvee, domaine])


N_COLOURS = ("", "Rosé", "Blanc", "Rouge", "Effervescent")


def parse_n(label):
    f = label.split(";")
    if len(f) != 5 or f[2] not in N_COLOURS or not f[3]:
        raise ValueError("not an N label: " + label)
    if f[1] and not re.fullmatch(r"(19|20)\d\d", f[1]):
        raise ValueError("bad N vintage: " + label)
    vint = int(f[1]) if f[1] else None
    c = f[0]
    if c in ("Verre", "Coupe"):
        meas = ("pour", 12.5)
    elif c == "Dose":
        meas = ("pour", 4.0)
    elif re.fullmatch(r"(Verre|Pichet|Dose|Demi|Pinte) \d+(,\d)? cl", c):
        meas = ("pour", float(c.split(" ")[1].replace(",", ".")))
    elif re.fullmatch(r"\d+(,\d)? cl", c):
        meas = ("bottle", float(c.split(" ")[0].replace(",", ".")))
    elif c in ("Unité", "Portion", "Forfait"):
        meas = ("bottle", None)
    else:
        raise ValueError("bad N contenance: " + label)
    return {"vintage": vint, "measure": meas, "colour": f[2]}


def render(till, spec):
    if till == "K":
        return render_k(spec["owner"], spec["code"], spec["vintage"], spec["text"])
    if till == "P":
        return render_p(spec["code"], spec["vintage"], spec["text"])
    return render_n(spec["code"], spec["vintage"], spec["text"])


def parse(till, label):
    return {"K": parse_k, "P": parse_p, "N": parse_n}[till](label)
