"""The three tills' habits: how a typed product becomes the printed label, and how the
vintage is read back from what was printed."""

import hashlib
import re
import unicodedata

FAMILY_C = {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSE", "liquoreux": "MOEL",
            "effervescent": "BULLE", "champagne": "BULLE", "autre": "APERO",
            "spiritueux": "DIGEST", "bière": "BIERE", "soft": "SOFT",
            "cuis": "CUIS", "cafe": "CAFE", "div": "DIV"}
FAMILY_S = {"ROUGE": "RGE", "BLANC": "BLC", "ROSE": "RSE", "MOEL": "LIQ", "BULLE": "BUL",
            "APERO": "APE", "DIGEST": "DIG", "BIERE": "BIE", "SOFT": "SFT", "CUIS": "CUI",
            "CAFE": "CAF", "DIV": "SRV"}
WINE_FAMILIES_C = ("ROUGE", "BLANC", "ROSE", "MOEL", "BULLE")

# measure words: counter register and dining-room till before the name, tablet after the vintage
MEAS_C = {"btl": "", "half": "1/2", "mag": "MAG", "b50": "50CL", "b33": "33CL", "b25": "25CL",
          "b20": "20CL", "b100": "1L", "b70": "70CL", "b75": "75CL", "verre": "VRE", "cp": "CP",
          "pich50": "P50", "pich25": "P25", "dose": "DOSE", "d2": "2CL", "d6": "6CL",
          "d4": "4CL", "demi": "DEMI", "pinte": "PINTE"}
MEAS_S = {"btl": "", "half": "1/2 BTL", "mag": "MAGNUM", "b50": "50CL", "b33": "33CL",
          "b25": "25CL", "b20": "20CL", "b100": "1L", "b70": "70CL", "b75": "75CL",
          "verre": "VERRE", "cp": "COUPE", "pich50": "PICHET 50", "pich25": "PICHET 25",
          "dose": "DOSE", "d2": "2CL", "d6": "6CL", "d4": "4CL", "demi": "DEMI", "pinte": "PINTE"}
MEAS_T = {"btl": "", "half": "1/2 btl", "mag": "mag", "b50": "50cl", "b33": "33cl",
          "b25": "25cl", "b20": "20cl", "b100": "1l", "b70": "70cl", "b75": "75cl",
          "verre": "verre", "cp": "coupe", "pich50": "pichet 50cl", "pich25": "pichet 25cl",
          "dose": "dose", "d2": "2cl", "d6": "6cl", "d4": "4cl", "demi": "demi", "pinte": "pinte"}

WIDTH = {"C": 20, "S": 24}


class Refused(ValueError):
    """The staff would have shortened this product: the cut loses too much."""


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.upper().replace("'", " ")


def price(label, measure, family):
    h = int(hashlib.md5(label.encode("utf-8")).hexdigest()[:8], 16)
    if family in ("BIERE", "SOFT"):
        base, span = 300, 8
    elif family in ("CUIS",):
        base, span = 600, 40
    elif family in ("APERO", "DIGEST"):
        base, span = 400, 16
    elif family in ("CAFE", "DIV"):
        base, span = 150, 8
    elif measure in ("verre", "cp", "d2", "d6", "dose", "demi", "pinte"):
        base, span = 450, 14
    elif measure in ("pich25", "pich50"):
        base, span = 900, 20
    elif measure == "mag":
        base, span = 7000, 120
    else:
        base, span = 2400, 120
    cents = base + (h % span) * 50
    if (h >> 12) % 3 == 0 and cents > 1000:
        cents += 40  # the ,90 endings
    return "%d,%02d" % (cents // 100, cents % 100)


def cut(head, name, vint, width):
    """Cut head+name+vint at width; refuse a cut that loses a word or part of a number."""
    full = head + name + ((" " + vint) if vint else "")
    if len(full) <= width:
        return full, False
    name_end = len(head) + len(name)
    if width <= len(head):
        raise Refused("cut into the family or measure: %r" % full)
    if width >= name_end:
        out = full[:width].rstrip(" ")
        if len(out) != name_end:
            raise Refused("cut into the vintage: %r" % full)
        return out, bool(vint)
    last = len(head) + max(name.rfind(" "), name.rfind("-")) + 1
    if width - last < 4:
        raise Refused("cut loses a word: %r -> %r" % (full, full[:width]))
    out = full[:width]
    if full[width - 1].isdigit() and full[width].isdigit():
        raise Refused("cut into a number: %r" % full)
    if not out[-1].isalnum():
        raise Refused("cut ends on a separator: %r" % full)
    return out, bool(vint)


def render(till, family, measure, vintage, text):
    """-> (label, vintage_cut). family is the register's family word (ROUGE, BLANC...)."""
    if till == "C":
        head = family + "/"
        m = MEAS_C[measure]
        if m:
            head += m + " "
        vs = ""
        if vintage:
            v = int(str(vintage).lstrip("'"))
            vs = str(v) if family == "DIGEST" else "%02d" % (v % 100)
        return cut(head, ascii_upper(text), vs, WIDTH["C"])
    if till == "S":
        head = FAMILY_S[family] + "-"
        m = MEAS_S[measure]
        if m:
            head += m + " "
        vs = str(int(str(vintage).lstrip("'"))) if vintage else ""
        desc, was_cut = cut(head, text.upper(), vs, WIDTH["S"])
        return desc + " " + price(desc, measure, family), was_cut
    if till == "T":
        parts = [text]
        if vintage:
            parts.append(vintage)
        if MEAS_T[measure]:
            parts.append(MEAS_T[measure])
        body = " ".join(parts)
        return body + " " + price(body, measure, family), False
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage the printed label shows, or None."""
    if till == "C":
        fam = label.split("/", 1)[0]
        if fam in WINE_FAMILIES_C:
            m = re.search(r" (\d\d)$", label)
            if m:
                yy = int(m.group(1))
                return 2000 + yy if yy <= 30 else 1900 + yy
            return None
        if fam == "DIGEST":
            m = re.search(r" (19[5-9]\d|20[0-2]\d|2030)$", label)
            return int(m.group(1)) if m else None
        return None
    if till == "S":
        desc = label.rsplit(" ", 1)[0]
        m = re.search(r" (19[5-9]\d|20[0-2]\d|2030)$", desc)
        return int(m.group(1)) if m else None
    if till == "T":
        body = label.rsplit(" ", 1)[0]
        m = re.search(r"(?:^| )'(\d\d)(?= |$)", body)
        if m:
            yy = int(m.group(1))
            return 2000 + yy if yy <= 30 else 1900 + yy
        m = re.search(r" (19[5-9]\d|20[0-2]\d|2030)(?= |$)", body)
        return int(m.group(1)) if m else None
    raise ValueError(till)
