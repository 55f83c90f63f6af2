"""The three tills' habits: render what was keyed into a label, and read a label back.

comptoir  the counter's electronic register: ASCII capitals, the measure word first,
          the staff's short name, a two-digit vintage, the line cut at 18 columns.
tablette  the waiters' handheld: the manager's mixed case with accents, a four-digit
          vintage, the item name shortened to 28 characters with an ellipsis, then
          ' · ' and the option chosen (the measure, in lower case words).
z         the printed Z report by article of the dining-room till: a fixed-width line
          PLU (4) | description (20, cut) | unit (6) | quantity (3) | amount (9).
"""
import hashlib
import re
import unicodedata

COMPTOIR_WIDTH = 18
TABLETTE_WIDTH = 28
Z_DESC = 20

COMPTOIR_MEASURE = {
    "B": "", "H": "1/2", "M": "MAG", "C25": "25CL", "C33": "33CL", "C50": "50CL", "C70": "70CL",
    "C75": "75CL", "C100": "1L", "G": "VRE", "G15": "VRE15", "K25": "CAR25", "K50": "CAR50",
    "F": "FLUTE", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINTE", "X": "",
}
TABLETTE_MEASURE = {
    "B": "bouteille", "H": "demi-bouteille", "M": "magnum", "C25": "bouteille 25 cl",
    "C33": "bouteille 33 cl", "C50": "bouteille 50 cl", "C70": "bouteille 70 cl",
    "C75": "bouteille 75 cl", "C100": "bouteille 1 l", "G": "verre", "G12": "verre 12 cl",
    "G15": "verre 15 cl", "K25": "carafe 25 cl", "K50": "carafe 50 cl", "F": "flûte",
    "D": "dose", "D2": "dose 2 cl", "DE": "demi", "PI": "pinte",
}
Z_UNIT = {
    "B": "BT75", "H": "BT37", "M": "BT150", "C25": "BT25", "C33": "BT33", "C50": "BT50",
    "C70": "BT70", "C75": "BT75", "C100": "BT100", "G": "VERRE", "G12": "VR12", "G15": "VR15",
    "K25": "CAR25", "K50": "CAR50", "F": "FLUTE", "D": "DOSE", "D2": "DOSE2", "DE": "DEMI",
    "PI": "PINTE", "X": "U",
}
# unit prices in cents by measure (Z report), a hash adds a little
Z_PRICE = {
    "B": 2900, "H": 1700, "M": 6200, "C25": 380, "C33": 450, "C50": 350, "C70": 6500,
    "C75": 1200, "C100": 550, "G": 480, "G12": 450, "G15": 600, "K25": 900, "K50": 1650,
    "F": 950, "D": 650, "D2": 400, "DE": 330, "PI": 620, "X": 900,
}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def _h(text, salt):
    return int(hashlib.sha256((salt + "|" + text).encode("utf-8")).hexdigest(), 16)


def _check_cut(full, cut, till):
    """Refuse a cut that leaves fewer than three letters of a cut word: the staff typed
    those products shorter."""
    if len(full) <= len(cut):
        return
    nxt = full[len(cut)] if len(cut) < len(full) else " "
    last = cut.split(" ")[-1] if cut else ""
    if nxt != " " and last.isalpha() and len(last) < 3:
        raise ValueError(f"{till}: cut leaves '{last}' of a word in {full!r}")


def render(till, measure, vintage, text):
    if till == "comptoir":
        assert text == ascii_upper(text) and re.fullmatch(r"[A-Z0-9 ./'-]+", text), text
        parts = [COMPTOIR_MEASURE[measure]] if COMPTOIR_MEASURE[measure] else []
        parts.append(text)
        if vintage is not None:
            parts.append(f"{vintage % 100:02d}")
        full = " ".join(parts)
        cut = full[:COMPTOIR_WIDTH].rstrip()
        _check_cut(full, full[:COMPTOIR_WIDTH], till)
        return cut
    if till == "tablette":
        name = text if vintage is None else f"{text} {vintage}"
        if len(name) > TABLETTE_WIDTH:
            keep = name[:TABLETTE_WIDTH - 1]
            _check_cut(name, keep, till)
            name = keep.rstrip() + "…"
        if measure == "X":
            return name
        return f"{name} · {TABLETTE_MEASURE[measure]}"
    if till == "z":
        assert text == ascii_upper(text), text
        desc = text if vintage is None else f"{text} {vintage}"
        _check_cut(desc, desc[:Z_DESC], till)
        desc = desc[:Z_DESC].rstrip()
        key = f"{text}|{vintage}|{measure}"
        plu = 1000 + _h(key, "plu") % 9000
        qty = 1 + _h(key, "qty") % 9
        price = Z_PRICE[measure] + 10 * (_h(key, "price") % 30)
        amount = qty * price
        amt = f"{amount // 100},{amount % 100:02d}"
        if measure == "X" and text.startswith("REMISE"):
            amt = "-" + amt  # a discount is printed negative
        return f"{plu:04d} {desc:<{Z_DESC}} {Z_UNIT[measure]:<6}{qty:>3}{amt:>9}"
    raise KeyError(till)


# ---- reading a label back (the same code paths are re-implemented in check_luneville.py)

def read_back(till, label):
    """(measure code, vintage) as the label shows them."""
    if till == "comptoir":
        toks = label.split(" ")
        inv = {v: k for k, v in COMPTOIR_MEASURE.items() if v}
        m = inv.get(toks[0])
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            v = 2000 + int(toks[-1]) if int(toks[-1]) <= 30 else 1900 + int(toks[-1])
        return m, v
    if till == "tablette":
        name, _, opt = label.partition(" · ")
        inv = {v: k for k, v in TABLETTE_MEASURE.items()}
        m = inv[opt] if opt else "X"
        mt = re.search(r" ((?:19|20)\d\d)$", name)
        return m, (int(mt.group(1)) if mt else None)
    if till == "z":
        desc = label[5:5 + Z_DESC].rstrip()
        unit = label[5 + Z_DESC + 1:5 + Z_DESC + 7].rstrip()
        inv = {}
        for k, u in Z_UNIT.items():
            inv.setdefault(u, k)
        mt = re.search(r" ((?:19|20)\d\d)$", desc)
        return inv[unit], (int(mt.group(1)) if mt else None)
    raise KeyError(till)
