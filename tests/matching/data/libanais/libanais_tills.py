"""The three tills of Dar Zahlé and how each one prints a product.

Measures (what the staff sold), shared by the three spec files:
  btl, half, mag            a wine's 75 cl bottle, half bottle, magnum
  glass, glass15, coupe     a 12.5 cl glass, a 15 cl glass, a 12.5 cl coupe
  car25, car50              a 25 or 50 cl carafe of the ordinary bottle
  dose, pour6               a 4 or 6 cl pour of a spirit's 70 cl bottle
  demi, pinte               25 or 50 cl of a draught beer, from its keg
  only                      a house drink's only serving (no size printed)
  a number (33, 70, 150)    a bottle, can or serving of that many cl
  -                         no drink (food, coffee, services, fees)

- caisse: the bar's register, set up by the owner in two scripts: the Arabic name, ` | `,
  then the Latin description in ASCII capitals, cut at 24 columns.
- salle: the waiters' handhelds, French, lower case with accents; the vintage in four
  digits, the measure in parentheses, the kitchen/bar note after ` / `.
- livraison: the delivery platform's order export, in English: `Section › Item`, the
  vintage in four digits, the size in ml or L in parentheses, options after ` + `.
"""
import re

POURS = {"glass": 12.5, "glass15": 15, "coupe": 12.5, "car25": 25, "car50": 50,
         "dose": 4, "pour6": 6}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLES = {"btl": 75, "half": 37.5, "mag": 150}

CUT = 24  # the register's Latin field

# ---------------------------------------------------------------- caisse
LAT_MEASURE = {"glass": "VRE", "coupe": "CP", "car25": "CAR25", "car50": "CAR50",
               "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE", "half": "1/2",
               "mag": "MAG"}
AR_BEFORE = {"glass": "كاس", "coupe": "كاس", "car25": "كرافة صغيرة", "car50": "كرافة",
             "dose": "شوت", "half": "نص قنينة", "mag": "ماغنوم"}
AR_AFTER = {"demi": "صغير", "pinte": "كبير"}

# The Arabic name the owner typed on each button (no digits but the brands' own).
ARABIC = {
    "kef_ch": "شاتو كفريا", "kef_comte": "كونت دو م", "kef_bret": "كفريا لي بريتيش",
    "kef_myst": "ميست كفريا روزيه", "kef_comtesse": "كونتيس دو م أبيض",
    "kef_vissi": "كفريا فيسي دارتي", "mas_colo": "مسايا لو كولومبييه",
    "mas_terr": "مسايا تيراس بعلبك", "mas_gold": "مسايا غولد ريزيرف",
    "mas_blanc": "مسايا أبيض", "mas_rose": "مسايا روزيه",
    "ix_alt_r": "إكسير ألتيتود أحمر", "ix_alt_b": "إكسير ألتيتود أبيض",
    "ix_alt_rs": "إكسير ألتيتود روزيه", "ix_gr": "إكسير غراند ريزيرف",
    "ix_el": "إل إكسير", "st_ch": "شاتو مار توما", "st_emirs": "مار توما لي زمير",
    "st_obeidy": "مار توما عبيدي", "st_gourm": "مار توما غورميه روزيه",
    "wa_cedres": "وردي شاتو الأرز", "wa_obeidi": "وردي عبيدي",
    "wa_priv": "وردي برايفت سيليكشن", "mar_ch_r": "شاتو مرسياس أحمر",
    "mar_ch_b": "شاتو مرسياس أبيض", "mar_bqa": "بقاع دو مرسياس",
    "tou_r": "توريل أحمر", "tou_b": "توريل أبيض", "tou_rs": "توريل روزيه",
    "tou_beys": "ماركيز دي بي", "tou_cins": "توريل سنسو", "baal_r": "دومين بعل أحمر",
    "baal_b": "دومين بعل أبيض", "bv_ren": "بيل فو رونيسانس", "bv_ch": "شاتو بيل فو",
    "p45_r": "باراليل ٤٥ أحمر", "p45_rs": "باراليل ٤٥ روزيه", "p45_b": "باراليل ٤٥ أبيض",
    "ld_chablis": "شابلي", "margui": "شاتو مارغي روزيه", "perle": "بيرل دو مارغي",
    "abele_brut": "شمبانيا أبيليه", "abele_rose": "شمبانيا أبيليه روزيه",
    "arak_brun": "عرق برون", "arak_mas": "عرق مسايا", "arak_ix": "عرق إكسير",
    "arak_ga": "عرق غنطوس وأبو رعد", "oranj": "أورانجالين", "almaza": "بيرة ألمازة",
    "almaza_malt": "ألمازة بيور مالت", "l961_lager": "بيرة ٩٦١ لاغر",
    "l961_red": "بيرة ٩٦١ حمراء", "l961_wit": "بيرة ٩٦١ بيضاء",
    "parisis_bl": "بيرة باريزيس", "parisis_ipa": "باريزيس آي بي آي",
    "citron": "ليموناضة بالنعناع", "jallab": "جلاب", "ayran": "عيران",
    "grenade": "عصير رمان", "orange": "عصير برتقال", "laziza": "لذيذة",
    "sohat": "مي صحة", "perrier": "بيرييه", "pepsi": "بيبسي", "sevenup": "سفن أب",
    "mirinda": "ميريندا",
}


def size_caisse(cl):
    return {150: "1,5L", 100: "1L"}.get(cl, f"{cl}CL")


def render_caisse(measure, vintage, latin, arabic):
    """Return (label, latin_before_cut). `latin` has no `*` marks left."""
    words = []
    if measure in LAT_MEASURE:
        words.append(LAT_MEASURE[measure])
    words.append(latin)
    if measure.isdigit():
        words.append(size_caisse(int(measure)))
    if vintage is not None:
        words.append(f"{vintage % 100:02d}")
    full = " ".join(words)
    cut = full[:CUT].rstrip()
    ar = arabic
    if measure in AR_BEFORE:
        ar = AR_BEFORE[measure] + " " + ar
    if measure in AR_AFTER:
        ar = ar + " " + AR_AFTER[measure]
    return f"{ar} | {cut}", full


def vintage_caisse(label):
    latin = label.split(" | ", 1)[1]
    toks = latin.split()
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]) and toks[-2] != "PARALLELE":
        return 2000 + int(toks[-1])
    return None


# ---------------------------------------------------------------- salle
SALLE_MEASURE = {"btl": "btl", "half": "½ btl", "mag": "magnum", "glass": "verre",
                 "glass15": "verre 15cl", "coupe": "coupe", "car25": "carafe 25cl",
                 "car50": "carafe 50cl", "dose": "4cl", "pour6": "6cl",
                 "demi": "demi", "pinte": "pinte"}


def size_salle(cl):
    return {150: "1,5l", 100: "1l"}.get(cl, f"{cl}cl")


def render_salle(measure, vintage, text, note):
    out = text
    if vintage is not None:
        out += f" {vintage}"
    if measure in SALLE_MEASURE:
        out += f" ({SALLE_MEASURE[measure]})"
    elif measure.isdigit():
        out += f" ({size_salle(int(measure))})"
    if note:
        out += f" / {note}"
    return out


def vintage_4(label):
    found = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", label)
    assert len(found) <= 1, label
    return int(found[0]) if found else None


# ---------------------------------------------------------------- livraison
SECTIONS = ["Lebanese Reds", "Lebanese Whites", "Lebanese Rosés", "French Wines",
            "Champagne", "Arak & Spirits", "Beers", "Soft Drinks", "Mezze", "Grills",
            "Desserts", "Extras", "Fees"]
LIV_SIZE = {"btl": "750 ml", "half": "375 ml", "mag": "1.5 L"}


def size_livraison(cl):
    return {150: "1.5 L", 100: "1 L"}.get(cl, f"{cl * 10} ml")


def render_livraison(measure, vintage, section, text, options):
    assert section in SECTIONS, section
    out = f"{section} › {text}"
    if vintage is not None:
        out += f" {vintage}"
    if measure in LIV_SIZE:
        out += f" ({LIV_SIZE[measure]})"
    elif measure.isdigit():
        out += f" ({size_livraison(int(measure))})"
    else:
        assert measure == "-", measure
    for option in options:
        out += f" + {option}"
    return out
