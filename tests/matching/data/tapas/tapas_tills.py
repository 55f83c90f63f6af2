"""The three tills' rendering habits. Each render returns (label, vintage left on the label)."""
import hashlib
import unicodedata

# --- barra: the counter register (7-bit export, ISO 646-ES: Ñ is stored at the code of "\")
BARRA_WIDTH = 19
BARRA_CODE = {"bot": "", "media": "MEDIA", "mag": "MAG", "copa": "COPA", "chato": "CHATO",
              "catavino": "CATAV", "chupito": "CHUP", "vaso": "VASO", "cana": "CAÑA",
              "jarra": "JARRA", "tercio": "TERC", "quinto": "QTO", "lata": "LATA",
              "b20": "20CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b75": "75CL",
              "b100": "1L", None: ""}


def iso646es(s):
    out = []
    for ch in s.upper():
        if ch == "Ñ":
            out.append("\\")
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        out.append(base)
    return "".join(out)


def render_barra(case):
    parts = [BARRA_CODE[case["measure"]], case["text"]]
    if case["vintage"] is not None:
        parts.append("%02d" % (case["vintage"] % 100))
    full = iso646es(" ".join(p for p in parts if p))
    cut = full[:BARRA_WIDTH].rstrip()
    if cut == full:
        return full, case["vintage"]
    ft, ct = full.split(), cut.split()
    n = len(ct)
    rest = ft[n:]
    if case["vintage"] is not None and rest and rest[-1] == "%02d" % (case["vintage"] % 100):
        rest = rest[:-1]
    last_full = ft[n - 1]
    if rest or n < 2:
        raise ValueError("barra cut loses a word: %r -> %r" % (full, cut))
    if ct[-1] != last_full and (len(ct[-1]) < 4 or not ct[-1].isalpha()):
        raise ValueError("barra cut too short: %r -> %r" % (full, cut))
    return cut, None


# --- comandero: the waiters' handhelds, Spanish phrase "<Medida> de <producto>"
COM_WORD = {"bot": "Botella", "media": "Media botella", "mag": "Mágnum", "copa": "Copa",
            "chato": "Chato", "catavino": "Catavino", "chupito": "Chupito", "vaso": "Vaso",
            "cana": "Caña", "jarra": "Jarra", "tercio": "Tercio", "quinto": "Quinto",
            "lata": "Lata", "b20": "Botellín", "b33": "Botella", "b50": "Botella",
            "b70": "Botella", "b75": "Botella", "b100": "Botella"}
COM_SIZE = {"b33": "33 cl", "b50": "50 cl", "b70": "70 cl", "b75": "75 cl", "b100": "1 l"}


def render_comandero(case):
    m = case["measure"]
    label = case["text"] if m is None else "%s de %s" % (COM_WORD[m], case["text"])
    if case["vintage"] is not None:
        label += " %d" % case["vintage"]
    if m in COM_SIZE:
        label += " " + COM_SIZE[m]
    if case.get("extra"):
        label += " // " + case["extra"]
    return label, case["vintage"]


# --- gestion: the back office's sales export (tab-separated, UTF-8 read as Windows-1252)
GES_FMT = {"bot": "75 cl", "b75": "75 cl", "media": "37,5 cl", "mag": "150 cl", "b33": "33 cl",
           "tercio": "33 cl", "b20": "20 cl", "quinto": "20 cl", "b50": "50 cl", "b70": "70 cl",
           "b100": "100 cl", "keg20": "barril 20 l", "keg30": "barril 30 l"}


def mojibake(s):
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


def ges_ref(case):
    h = int(hashlib.sha256(("%s|%s|%s" % (case["text"], case["measure"], case["vintage"])).encode()).hexdigest(), 16)
    return "ART%05d" % (h % 90000 + 10000)


def render_gestion(case):
    desc = case["text"]
    if case["vintage"] is not None:
        desc += " %d" % case["vintage"]
    unit = GES_FMT[case["measure"]] if case["measure"] else case["extra"]
    return "%s\t%s\t%s" % (ges_ref(case), mojibake(desc), unit), case["vintage"]


RENDER = {"barra": render_barra, "comandero": render_comandero, "gestion": render_gestion}
