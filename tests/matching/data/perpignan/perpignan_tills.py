"""The three tills of Le Castillet and how each prints a product.

caisse : the restaurant's old register. ALL CAPITALS, no accents, a family prefix with a
         hyphen (VR-, VB-, VRS-, VDN-, BUL-, BIB-, PRS-, ALC-, APE-, SFT-, CUI-, DIV-),
         measure before the vintage, vintage as two digits, the whole key cut at 20 columns.
bar    : the bar's tablet. all lower case, accents kept, vintage as 'YY, measure words
         (verre, verre 12cl, pichet 50, dose, coupe, demi, pinte, 37,5, magnum, 50cl), and the
         price at the end with a decimal comma.
export : the back-office sales export. a 5-digit article number (first digit = family),
         the name in Title.Case.With.Dots (no accents), a 4-digit vintage, and the measure as
         a glued token: Bt75, Bt37,5, Bt150, Bt50, Vre, Vre12cl, Pich50cl, Dose4cl, Coupe,
         Demi25cl, Pinte50cl.
"""
import hashlib
import re
import unicodedata

WIDTH = 20
POUR_CL = {"vre": 12.5, "vre12": 12, "cp": 12.5, "pich50": 50, "pich25": 25, "dose": 4, "demi": 25, "pinte": 50}
FAM_DIGIT = {"VR": 1, "VB": 1, "VRS": 1, "VDN": 1, "BUL": 2, "PRS": 3, "BIB": 3, "ALC": 4, "APE": 4, "SFT": 5, "CUI": 8, "DIV": 9}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def h(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def fmt_token(fmt, style):
    f = ("%g" % fmt)
    if style == "caisse":
        return {"37.5": "1/2", "150": "MAG", "100": "1L"}.get(f, f + "CL")
    if style == "bar":
        return {"37.5": "37,5", "150": "magnum", "100": "1l"}.get(f, f + "cl")
    return "Bt" + f.replace(".", ",")


CAISSE_M = {"btl": "", "vre": "VRE", "vre12": "VRE12", "pich50": "PICH50", "pich25": "PICH25", "dose": "DOSE", "cp": "CP", "demi": "DEMI", "pinte": "PINTE"}
BAR_M = {"btl": "", "vre": "verre", "vre12": "verre 12cl", "pich50": "pichet 50", "pich25": "pichet 25", "dose": "dose", "cp": "coupe", "demi": "demi", "pinte": "pinte"}
EXPORT_M = {"vre": "Vre", "vre12": "Vre12cl", "pich50": "Pich50cl", "pich25": "Pich25cl", "dose": "Dose4cl", "cp": "Coupe", "demi": "Demi25cl", "pinte": "Pinte50cl"}


def measure_token(meas, style):
    if meas.startswith("b") and meas != "btl":
        return fmt_token(float(meas[1:]), style)
    table = {"caisse": CAISSE_M, "bar": BAR_M, "export": EXPORT_M}[style]
    if meas not in table:
        raise ValueError("measure %s not printable on %s" % (meas, style))
    return table[meas]


def price(product, meas, fam):
    x = h("prix", product, meas)
    if meas[0] == "b" and fam in ("BIB", "SFT", "DIV"):
        base = 2 + x % 4
    elif meas == "btl" and fam == "CUI":
        base = 6 + x % 13
    elif meas == "btl" and fam in ("APE", "ALC"):
        base = 5 + x % 5
    elif fam == "BUL" and not meas.startswith("cp"):
        base = 45 + x % 50
    elif meas in ("vre", "vre12", "cp"):
        base = 4 + x % 6
    elif meas.startswith("pich"):
        base = 9 + x % 7
    elif meas == "dose":
        base = 5 + x % 7
    elif meas == "demi":
        base = 3 + x % 2
    elif meas == "pinte":
        base = 6 + x % 3
    else:
        base = 18 + x % 45
    return "%d,%s" % (base, "50" if (x >> 8) % 2 else "00")


def article(fam, product, meas):
    return "%d%04d" % (FAM_DIGIT[fam], h("art", product, meas) % 10000)


def render(style, fam, product, meas, vintage, words):
    """product: a key of the library or the text of a non-drink; returns the label."""
    if style == "caisse":
        parts = [fam + "-" + words]
        m = measure_token(meas, style)
        if m:
            parts.append(m)
        if vintage:
            parts.append("%02d" % (vintage % 100))
        s = strip_accents(" ".join(parts)).upper()
        return s[:WIDTH].rstrip()
    if style == "bar":
        parts = [words]
        if vintage:
            parts.append("'%02d" % (vintage % 100))
        m = measure_token(meas, style)
        if m:
            parts.append(m)
        parts.append(price(product, meas, fam))
        return " ".join(parts).lower()
    if style == "export":
        name = ".".join(w[:1].upper() + w[1:].lower() for w in strip_accents(words).replace(".", " ").split())
        parts = [article(fam, product, meas), name]
        if vintage:
            parts.append(str(vintage))
        if meas != "btl":
            parts.append(measure_token(meas, style))
        return " ".join(parts)
    raise ValueError(style)


# ---- reading a rendered label back (the build computes the answer from this) ----
def read(style, label):
    """returns (vintage or None, measure code)"""
    if style == "caisse":
        toks = label.split(" ")
        fam = label.split("-", 1)[0]
        vint = None
        if fam in ("VR", "VB", "VRS", "VDN", "BUL") and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        meas = "btl"
        rev = {v: k for k, v in CAISSE_M.items() if v}
        for t in toks[1:]:
            if t in rev:
                meas = rev[t]
            elif t in ("1/2", "MAG", "1L") or re.fullmatch(r"\d+CL", t):
                meas = {"1/2": "b37.5", "MAG": "b150", "1L": "b100"}.get(t) or "b" + t[:-2]
        return vint, meas
    if style == "bar":
        m = re.search(r"'(\d\d)\b", label)
        vint = None
        if m:
            yy = int(m.group(1))
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        body = re.sub(r" \d+,\d\d$", "", label)
        meas = "btl"
        for k, v in sorted(BAR_M.items(), key=lambda kv: -len(kv[1])):
            if v and re.search(r"(^| )" + re.escape(v) + r"$", body):
                meas = k
                break
        else:
            m2 = re.search(r" (37,5|magnum|1l|\d+cl)$", body)
            if m2:
                t = m2.group(1)
                meas = {"37,5": "b37.5", "magnum": "b150", "1l": "b100"}.get(t) or "b" + t[:-2]
        return vint, meas
    if style == "export":
        toks = label.split(" ")
        vint = None
        meas = "btl"
        for t in toks[2:]:
            if re.fullmatch(r"(19|20)\d\d", t):
                vint = int(t)
            elif t.startswith("Bt"):
                meas = "b" + t[2:].replace(",", ".")
            else:
                rev = {v: k for k, v in EXPORT_M.items()}
                if t in rev:
                    meas = rev[t]
        return vint, meas
    raise ValueError(style)
