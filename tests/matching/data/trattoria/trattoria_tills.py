"""The three tills of Trattoria Lucciola and how each prints what the staff typed.

- cassa: the bar's counter register. ASCII capitals; the serving word first (CAL, CAL15,
  CAL8, QUART, CARAF, MEZZA, MAG, BICCH, SPINA25, SPINA50); a bottle of anything but wine
  carries its size after the name, unit first and glued (CL33, CL66, LT1, CL35,5); the
  vintage as two digits last; the whole line cut at 23 columns.
- tablet: the waiters' tablet, an ordering app set up in Italian. The name as typed (mixed
  case, accents), the vintage as a four-digit year, the serving in Italian in parentheses
  (bottiglia, mezza bottiglia, calice, caraffa ¼ lt...), the kitchen modifiers after `+ `,
  and the price `€ 8,50` (euro sign first, decimal comma).
- consegna: the delivery platform's order export, bottles only: `Sezione » Denominazione
  – Produttore – 2019 – cl. 75`, `s.a.` for a non-vintage wine, sizes unit first.
"""
import hashlib

CUT = 23  # the register's description width

# code: (kind, volume or format in cl, cassa prefix, cassa suffix, tablet variant)
MEASURES = {
    "b": ("bottle", None, "", "", "bottiglia"),
    "h": ("bottle", 37.5, "MEZZA", "", "mezza bottiglia"),
    "m": ("bottle", 150, "MAG", "", "magnum"),
    "g": ("pour", 12.5, "CAL", "", "calice"),
    "g15": ("pour", 15, "CAL15", "", "calice 15cl"),
    "g8": ("pour", 8, "CAL8", "", "calice 8cl"),
    "q": ("pour", 25, "QUART", "", "caraffa ¼ lt"),
    "c": ("pour", 50, "CARAF", "", "caraffa ½ lt"),
    "d": ("pour", 4, "BICCH", "", "bicchierino"),
    "p25": ("draught", 25, "SPINA25", "", "spina piccola"),
    "p50": ("draught", 50, "SPINA50", "", "spina media"),
    "s10": ("bottle", 10, "", "CL10", "bottiglietta 10cl"),
    "s33": ("bottle", 33, "", "CL33", "bottiglia 33cl"),
    "l33": ("bottle", 33, "", "CL33", "lattina 33cl"),
    "s35.5": ("bottle", 35.5, "", "CL35,5", "bottiglia 35,5cl"),
    "s50": ("bottle", 50, "", "CL50", "bottiglia 50cl"),
    "s66": ("bottle", 66, "", "CL66", "bottiglia 66cl"),
    "s70": ("bottle", 70, "", "CL70", "bottiglia 70cl"),
    "s75": ("bottle", 75, "", "CL75", "bottiglia 75cl"),
    "s100": ("bottle", 100, "", "LT1", "bottiglia 1 lt"),
    "-": (None, None, "", "", ""),
}

# the delivery platform writes every size unit first, decimal comma
CONSEGNA_SIZE = {10: "cl. 10", 33: "cl. 33", 35.5: "cl. 35,5", 37.5: "cl. 37,5", 50: "cl. 50",
                 66: "cl. 66", 70: "cl. 70", 75: "cl. 75", 100: "lt. 1", 150: "lt. 1,5"}


class CutError(Exception):
    pass


def md5int(*parts):
    return int(hashlib.md5("|".join(parts).encode("utf-8")).hexdigest(), 16)


def render_cassa(meas, vintage, text):
    """Returns (label, vintage left on the label, what the cut took, cut_ok).

    cut_ok is False when the cut took more than the vintage and the end of the last word
    (four letters of it kept): the spec must then declare how the label reads."""
    _, _, prefix, suffix, _ = MEASURES[meas]
    head = (prefix + " " if prefix else "") + text
    yy = "%02d" % (vintage % 100) if isinstance(vintage, int) else ""
    full = head + (" " + yy if yy else "") + (" " + suffix if suffix else "")
    if len(full) <= CUT:
        return full, vintage if yy else None, "", True
    if suffix:
        raise CutError("the cut would take the size off: %r" % full)
    label = full[:CUT].rstrip()
    if len(label) >= len(head):
        return label, None, full[len(label):].strip(), True
    lost = head[len(label):]
    last = label.split(" ")[-1]
    ok = " " not in lost and len(last) >= 4
    return label, None, full[len(label):].strip(), ok


def tablet_price(label, meas, hint=""):
    """A plausible price from an MD5 of the label; `hint` (a none case's reason) tells a
    coffee, a dessert, a cocktail or a dish apart."""
    n = md5int("tablet", label)
    cents = ",50" if (n >> 16) % 2 else ",00"
    if meas == "-":
        if "coffee" in hint:
            return "%d,50" % (2 + n % 2)
        if "cover" in hint:
            return "3,00"
        if "dessert" in hint:
            return "%d%s" % (7 + n % 4, cents)
        if "cocktail" in hint or "mixed" in hint:
            return "%d%s" % (9 + n % 6, cents)
        return "%d%s" % (12 + n % 14, cents)
    if meas == "b":
        return "%d,00" % (34 + n % 96)
    if meas == "h":
        return "%d,00" % (22 + n % 30)
    if meas == "m":
        return "%d,00" % (95 + n % 160)
    if meas in ("g", "g15", "g8"):
        return "%d%s" % (7 + n % 9, cents)
    if meas == "q":
        return "%d,00" % (11 + n % 8)
    if meas == "c":
        return "%d,00" % (19 + n % 14)
    if meas == "d":
        return "%d%s" % (5 + n % 8, cents)
    if meas == "p25":
        return "%d,50" % (4 + n % 3)
    if meas == "p50":
        return "%d,50" % (7 + n % 4)
    return "%d%s" % (3 + n % 5, cents)


def render_tablet(meas, vintage, text, hint=""):
    name, _, mods = text.partition(" + ")
    out = name
    if isinstance(vintage, int):
        out += " %d" % vintage
    variant = MEASURES[meas][4]
    if variant:
        out += " (%s)" % variant
    if mods:
        out += " + " + mods
    return out + " € " + tablet_price(out, meas, hint)


def render_consegna(meas, vintage, text, fmt):
    """text is `Sezione » Name – Producer`; fmt the bottle size printed (None: no drink)."""
    out = text
    if vintage == "sa":
        out += " – s.a."
    elif isinstance(vintage, int):
        out += " – %d" % vintage
    if fmt is not None:
        out += " – " + CONSEGNA_SIZE[fmt]
    return out
