"""The three tills of Le Petit Bayonne and how each one prints a product.

B  bar counter register (rugby nights): ASCII capitals, the size key first, the staff's
   short name, a two-digit vintage, the whole line cut at 18 columns.
S  dining-room touch screen (the owner's catalogue): mixed case, accents kept on most
   buttons, four-digit vintage after the name, the size after " - " (nothing for a bottle).
E  terrace handhelds (waiters' phones, read from the cloud export): four-digit article
   code whose first digit is the family, the waiter's name in lower case, a two-digit
   vintage, the size word, the price with a decimal point.
"""
import hashlib
import unicodedata

# measure code -> (kind, volume_cl); kind: "bottle" (units 1), "pour" (of the ordinary
# bottle), "beer" (of the keg)
MEASURES = {
    "btl": ("bottle", None), "only": ("bottle", None), "half": ("bottle", 37.5),
    "mag": ("bottle", 150), "b50": ("bottle", 50), "c20": ("bottle", 20),
    "c25": ("bottle", 25), "c33": ("bottle", 33), "c50": ("bottle", 50), "c100": ("bottle", 100),
    "vre": ("pour", 12.5), "cp": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "2cl": ("pour", 2),
    "6cl": ("pour", 6), "demi": ("beer", 25), "pinte": ("beer", 50),
}

B_KEYS = {"btl": "BTL", "only": "", "half": "1/2", "mag": "MAG", "b50": "50CL", "c20": "20CL",
          "c25": "25CL", "c33": "33CL", "c50": "50CL", "c100": "1L", "vre": "VRE", "cp": "CP",
          "v12": "VRE12", "v15": "VRE15", "p25": "PICH25", "p50": "PICH50", "dose": "DOSE",
          "2cl": "2CL", "6cl": "6CL", "demi": "DEMI", "pinte": "PINTE"}
S_SUFFIX = {"btl": "", "only": "", "half": "Demi-bouteille", "mag": "Magnum", "b50": "50cl",
            "c20": "20cl", "c25": "25cl", "c33": "33cl", "c50": "50cl", "c100": "1L",
            "vre": "Verre", "cp": "Coupe", "v12": "Verre 12cl", "v15": "Verre 15cl",
            "p25": "Pichet 25cl", "p50": "Pichet 50cl", "dose": "Dose", "2cl": "2cl", "6cl": "6cl",
            "demi": "Demi", "pinte": "Pinte"}
E_WORDS = {"btl": "bout", "only": "", "half": "demi-bout", "mag": "magnum", "b50": "50cl",
           "c20": "20cl", "c25": "25cl", "c33": "33cl", "c50": "50cl", "c100": "1l",
           "vre": "verre", "cp": "coupe", "v12": "verre 12", "v15": "verre 15",
           "p25": "carafe 25", "p50": "carafe 50", "dose": "dose", "2cl": "2cl", "6cl": "6cl",
           "demi": "demi", "pinte": "pinte"}

B_WIDTH = 18

# family digit of E's article codes
FAMILY_DIGIT = {"r": 1, "w": 2, "p": 3, "c": 4, "b": 5, "s": 6, "f": 7, "k": 8, "d": 9}


def h(text, mod):
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % mod


def ascii_fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def cut(text, width):
    """The register keeps `width` columns. A word cut to fewer than three characters, or a
    number cut at all, is dropped whole (the staff retyped the key so)."""
    if len(text) <= width:
        return text
    kept = text[:width]
    if text[width] != " " and not kept.endswith(" "):
        head, _, frag = kept.rpartition(" ")
        whole = text[len(head) + 1 if head else 0:].split(" ")[0]
        if len(frag) < 3 or any(ch.isdigit() for ch in whole):
            kept = head
    return kept.rstrip()


def render_b(measure, vintage, text):
    words = []
    if B_KEYS[measure]:
        words.append(B_KEYS[measure])
    name = ascii_fold(text).upper().replace("'", "").replace("-", " ")
    words.append(name)
    if vintage:
        words.append("%02d" % (vintage % 100))
    return cut(" ".join(words), B_WIDTH)


def render_s(measure, vintage, text):
    name = text
    if h("accents:" + text, 3) == 0:  # about a third of the owner's buttons lost their accents
        name = ascii_fold(text)
    out = name + (" %d" % vintage if vintage else "")
    if S_SUFFIX[measure]:
        out += " - " + S_SUFFIX[measure]
    return out


def price_e(measure, fam, text):
    k = h("price:" + measure + text, 5)
    if fam == "k":
        return 6.0 + 1.5 * k
    if fam == "d":
        return 1.5 + 0.5 * k
    if measure in ("btl", "mag", "half", "b50") and fam in "rwpc":
        base = {"btl": 26.0, "half": 16.0, "mag": 58.0, "b50": 32.0}[measure]
        if fam == "c":
            base += 40
        return base + 3 * k
    base = {"vre": 4.5, "cp": 9.0, "v12": 4.5, "v15": 5.5, "p25": 8.0, "p50": 14.0, "dose": 6.0,
            "2cl": 3.0, "6cl": 5.0, "demi": 3.0, "pinte": 6.5}.get(measure, 3.5)
    return base + 0.5 * k


def render_e(measure, vintage, text, fam):
    code = "%d%03d" % (FAMILY_DIGIT[fam], h("plu:" + measure + text, 1000))
    name = ascii_fold(text).lower().replace("'", "")
    words = [code, name]
    if vintage:
        words.append("%02d" % (vintage % 100))
    if E_WORDS[measure]:
        words.append(E_WORDS[measure])
    words.append("%.2f" % price_e(measure, fam, text))
    return " ".join(words)


def render(till, measure, vintage, text, fam):
    if till == "B":
        return render_b(measure, vintage, text)
    if till == "S":
        return render_s(measure, vintage, text)
    return render_e(measure, vintage, text, fam)
