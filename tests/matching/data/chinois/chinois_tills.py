"""The three tills' rendering habits. Each render returns (label, vintage_on_label)."""
import hashlib
import re
import unicodedata

CAISSE_WIDTH = 22  # the register cuts its Latin part at 22 columns, mid-word


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def size_token(fmt, style):
    f = float(fmt)
    txt = ("%g" % f)
    if style == "banquet":
        return txt.replace(".", ",") + "cl"
    return txt + "CL"


def fmt_of(meas):
    return meas[1:] if meas.startswith("b") and meas != "btl" else None


# ---------------------------------------------------------------- caisse
CAISSE_PRE = {"vre": "VRE", "vre15": "VRE15CL", "dose": "DOSE", "2cl": "2CL",
              "demi": "DEMI", "pinte": "PINTE", "half": "1/2", "mag": "MAG"}


def render_caisse(cn, latin, meas, vint):
    """`拉菲 LAFITE 2015`: Chinese name, blank, Latin part cut at 22 columns."""
    pre = CAISSE_PRE.get(meas, "")
    size = fmt_of(meas)
    suf = size_token(size, "caisse") if size else ""
    text = ascii_upper(latin)
    vt = str(vint) if vint else ""
    full = " ".join(t for t in (pre, text, suf, vt) if t)
    cut = full[:CAISSE_WIDTH].rstrip()
    # the register may cut words, never a measure or a number other than the vintage,
    # and a vintage only whole or down to one stray digit
    toks_full = full.split()
    toks_cut = cut.split()
    for i, t in enumerate(toks_full):
        if (re.search(r"\d|/", t) and t != vt) or (t in (pre, suf) and t):
            if i >= len(toks_cut) or toks_cut[i] != t:
                raise ValueError("cut takes a measure or number: %r -> %r" % (full, cut))
    on_label = bool(vt) and cut.endswith(" " + vt)
    if vt and not on_label:
        last = toks_cut[-1] if len(toks_cut) == len(toks_full) else ""
        if len(last) > 1:
            raise ValueError("cut leaves part of the vintage: %r" % cut)
    return cn + " " + cut, (vint if on_label else None)


# ---------------------------------------------------------------- pda
PDA_PRE = {"vre": "BEI", "vre15": "BEI 15CL", "dose": "BEI 4CL", "2cl": "BEI 2CL",
           "half": "BANPING", "demi": "SHENGPI 25CL", "pinte": "SHENGPI 50CL"}


def render_pda(text, meas, vint):
    """`BEI LAFEI 2016NIAN`: romanised only, upper case, vintage glued to NIAN (年)."""
    pre = PDA_PRE.get(meas, "")
    size = fmt_of(meas)
    suf = "1.5L" if meas == "mag" else size_token(size, "pda") if size else ""
    vt = "%dNIAN" % vint if vint else ""
    label = " ".join(t for t in (pre, ascii_upper(text), vt, suf) if t)
    assert label.isascii(), label
    return label, vint


# ---------------------------------------------------------------- banquet
MENUS = ["MARIAGE-A", "MARIAGE-B", "ANNIV-60", "ANNIV-80", "CE-DINER", "MENU-PHENIX",
         "MENU-DRAGON", "MENU-JADE", "NOUVEL-AN"]
BANQUET_SIZE = {"btl": "75cl", "half": "37,5cl", "mag": "150cl", "cp": "coupe",
                "vre": "verre", "2cl": "2cl", "dose": "4cl", "-": ""}


def render_banquet(desig, meas, vint):
    """`BQ261128;T07;MARIAGE-A;12;Carruades de Lafite;2015;75cl`."""
    h = hashlib.sha256(("%s|%s|%s" % (desig, meas, vint)).encode("utf-8")).digest()
    month = 1 + h[0] % 12
    day = 1 + h[1] % 28
    table = 1 + h[2] % 30
    menu = MENUS[h[3] % len(MENUS)]
    qty = 1 + h[4] % (24 if meas != "-" else 12)
    size = BANQUET_SIZE.get(meas)
    if size is None:
        size = size_token(fmt_of(meas), "banquet")
    fields = ["BQ26%02d%02d" % (month, day), "T%02d" % table, menu, str(qty), desig,
              str(vint) if vint else "", size]
    return ";".join(fields), vint
