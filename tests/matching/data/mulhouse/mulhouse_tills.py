"""The three tills' habits: how a product keyed on each is printed, and how it reads back."""
import hashlib
import re
import unicodedata


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def strip_accents(s, keep_umlauts):
    out = []
    for ch in s:
        if keep_umlauts and ch in "ÄÖÜäöü":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


# ---------------------------------------------------------------- K: Kasse (German register)
K_WIDTH = 36
K_MEAS = {
    "btl": "FL", "half": "1/2FL", "mag": "MAGNUM", "b20": "FL 0,2", "b25": "FL 0,25",
    "b33": "FL 0,33", "b50": "FL 0,5", "b65": "FL 0,65", "b70": "FL 0,7", "b100": "FL 1L",
    "gl": "GLAS", "cp": "COUPE", "gl10": "0,1L", "gl20": "0,2L", "car25": "KRUG 0,25",
    "car50": "KRUG 0,5", "dose": "DOSE", "d2": "2CL", "d4": "4CL", "demi": "DEMI",
    "pinte": "PINTE", "f30": "FASS 0,3", "f40": "FASS 0,4",
}


def render_k(key, measure, vintage, text):
    plu = 1000 + h(f"K|{key or text}|{measure}", 9000)
    t = strip_accents(text, True).upper().replace("ß", "SS").replace("'", " ")
    parts = [K_MEAS[measure]] if measure else []
    parts.append(t)
    if vintage:
        parts.append(f"JG{vintage % 100:02d}")
    label = f"{plu:04d} " + " ".join(parts)
    return label[:K_WIDTH].rstrip()


def read_k(label):
    m = re.fullmatch(r"(\d{4}) (.+)", label)
    if not m:
        return None
    body = m.group(2)
    meas = None
    for code, word in sorted(K_MEAS.items(), key=lambda kv: -len(kv[1])):
        if body.startswith(word + " "):
            meas = code
            break
    v = re.search(r"\bJG(\d\d)$", body)
    return {"measure": meas, "vintage": 2000 + int(v.group(1)) if v else None}


# ---------------------------------------------------------------- Z: Zapf (beer-hall counter)
Z_NAME = 18
TAPS = {"mpils": 1, "lblo": 2, "paul": 3, "feld": 4, "guin": 5, "k1664b": 6}
Z_MEAS = {
    "b20": "FL/20", "b25": "FL/25", "b33": "FL/33", "b50": "FL/50", "b65": "FL/65", "b75": "FL/75",
    "b100": "FL/100", "half": "FL/37,5", "mag": "FL/150", "gl": "VR/GL", "cp": "VR/CP",
    "gl10": "VR/10", "gl12": "VR/12", "gl15": "VR/15", "car25": "KR/25", "car50": "KR/50",
    "d2": "SH/2", "d4": "SH/4",
}
Z_DRAUGHT = {"f25": 25, "f30": 30, "f40": 40, "f50": 50, "f100": 100}


def camel(text):
    t = strip_accents(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                      .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss"), False)
    return t  # the staff typed the buttons glued already


def render_z(key, measure, vintage, text):
    name = camel(text)
    if vintage:
        name += f"'{vintage % 100:02d}"
    name = name[:Z_NAME]
    if measure in Z_DRAUGHT:
        code = f"H{TAPS[key]}/{Z_DRAUGHT[measure]}"
    elif measure in Z_MEAS:
        code = Z_MEAS[measure]
    else:
        code = measure  # raw code of a non-drink (KU/1, DIV/1, MIX/50, H7/50)
    return f"{code} {name}"


def read_z(label):
    m = re.fullmatch(r"([A-Z]+\d*)/([0-9,A-Z]+) (\S+)", label)
    if not m:
        return None
    code, size, name = m.groups()
    meas = None
    pre = f"{code}/{size}"
    for c, w in Z_MEAS.items():
        if w == pre:
            meas = c
    if re.fullmatch(r"H\d", code):
        meas = {v: k for k, v in Z_DRAUGHT.items()}.get(int(size))
    v = re.search(r"'(\d\d)$", name)
    return {"measure": meas, "vintage": 2000 + int(v.group(1)) if v else None, "tap": code}


# ---------------------------------------------------------------- J: Journal (dining room)
J_WIDTH = 32
J_MOD = {
    "btl": "", "half": "1/2 btl", "mag": "magnum", "b20": "20cl", "b25": "25cl", "b33": "33cl",
    "b50": "50cl", "b65": "65cl", "b100": "1l", "gl": "verre", "gl10": "verre 10cl",
    "gl12": "verre 12cl", "gl15": "verre 15cl", "cp": "coupe", "car25": "pichet 25cl",
    "car50": "pichet 50cl", "dose": "dose", "d2": "2cl", "d4": "4cl", "demi": "demi", "pinte": "pinte",
}


def render_j(key, measure, vintage, text):
    void = text.startswith("!")
    text = text.lstrip("!")
    seed = f"J|{key}|{measure}|{vintage}|{text}"
    hour = [11, 12, 13, 14, 19, 20, 21, 22][h(seed, 8)]
    minute = h(seed + "m", 60)
    table = 1 + h(seed + "t", 28)
    qty = -1 if void else (0 if text.startswith(">>") else 1)
    prod = text + (f" {vintage}" if vintage else "")
    cut = prod[:J_WIDTH].rstrip()
    if vintage and re.search(r" \d{2,3}$", cut) and not re.search(r" \d{4}$", cut):
        raise ValueError(f"journal cut leaves part of a year: {cut!r}")
    label = f"{hour:02d}:{minute:02d} T{table:02d} {qty:+d} {cut}"
    mod = J_MOD.get(measure, "") if measure else ""
    if mod:
        label += f" > {mod}"
    if void:
        label += " [ANNUL]"
    return label


def read_j(label):
    m = re.fullmatch(r"(\d\d):(\d\d) T(\d\d) ([+-]\d) (.+?)(?: > ([a-z0-9/ ]+))?( \[ANNUL\])?", label)
    if not m:
        return None
    prod, mod = m.group(5), m.group(6) or ""
    meas = {v: k for k, v in J_MOD.items()}.get(mod)
    v = re.search(r" ((?:19|20)\d\d)$", prod)
    return {"measure": meas, "vintage": int(v.group(1)) if v else None, "qty": int(m.group(4)),
            "void": bool(m.group(7))}


RENDER = {"kasse": render_k, "zapf": render_z, "journal": render_j}
READ = {"kasse": read_k, "zapf": read_z, "journal": read_j}
