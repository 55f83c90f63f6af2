"""Normaliser for French wine and drink labels.

Folds accents and case, drops what the till printed around the item (`printed`), reads the
measure written in numbers (`volumes`), then the label's words: vintages, ages, serving
words, colours and classifications, with abbreviations expanded from the data tables. The
same folding and expansion is applied to library text so both sides speak the same
vocabulary.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache

from tastevin.matching.folding import fold
from tastevin.matching.measure_codes import DRAUGHT, MARKED_D, PRESS, coded_volume
from tastevin.matching.printed import columns_dropped, prices_dropped
from tastevin.matching.tables import Tables, tables
from tastevin.matching.types import ParsedLabel, Serving
from tastevin.matching.volumes import (
    EIGHTH,
    HALF,
    TAG_UNITS,
    VOLUME,
    WHOLE,
    decis_read,
    litres_read,
    read_volume,
    served_sizes,
    units_spaced,
)

# "Jg. 2021", "JG18": the vintage (Jahrgang), never a measure's code
_JAHRGANG = re.compile(r"(?<![\w])jg\.?(?:\s*(?=(?:19|20)\d\d\b|\d\d\b)|\s*\d?\s*$)")
# a year the till's cut left three digits of, at the end of the label or of its field
# ("BART LONGEROIES 201", "Rock Angel Esclans 202 | Verre"): it says nothing
# (before the sale's volume or a till's mark too: "CHALON BERTHETBONDET 201 62CL", a field
# cut at its width; "SANCERRE BLC 202*BTL", "chignin bergeron 202 = 8.50")
_CUT_YEAR = re.compile(
    r"(?<![\w.,'])(?:19|20)\d(?=\s*(?:$|[|;»·=*(\[/]|\d{1,3}(?:[.,]\d)?\s*cl\b))"
)
_QUARTER_CL = Decimal(25)  # "1/4": a quarter-litre carafe
_EIGHTH_CL = Decimal("12.5")  # "1/8": an eighth of a litre, a glass
_APOSTROPHE_YEAR = re.compile(r"['’`](\d{2})\b")  # "'18" is a vintage, never a volume
# a weight ("250G", "1KG", "150GR"): "904 GR" is Gran Reserva 904, not 904 grammes
_WEIGHT = re.compile(r"(?<![\w.,])\d+(?:\s?(?:g|kg)|gr)\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")  # "Hendrick's" and "HENDRICKS" are one word
_NUMERO = re.compile(
    r"\bn(?:\s*(?:°|o\b\.?)\s*|(?=\d))(\d{1,3})\b"
)  # also "N3"  # "N°3", "No. 3", "no 3": one name
# a number written as a word is that number ("Trois Rivières" is typed "3 RIVIERES",
# "N° Ten" "N°10"); "un"/"one" are articles as often as numbers, so they stay words (the
# French word first)
_NUMBERS = (
    (),
    (),
    ("deux", "two"),
    ("trois", "three"),
    ("quatre", "four"),
    ("cinq", "five"),
    ("six",),
    ("sept", "seven"),
    ("huit", "eight"),
    ("neuf", "nine"),
    ("dix", "ten"),
    ("onze", "eleven"),
    ("douze", "twelve"),
)
_NUMBER_WORDS = {word: str(value) for value, words in enumerate(_NUMBERS) for word in words}
_NUMBER_WORD = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\b")
MIN_REBUS_NUMBER = 4  # ("six", "dix" are too short to be read inside a word)
# the French numbers a rebus writes as their figure ("deux": "2", "Châteauneuf": "C9")
NUMBER_FIGURES = {
    words[0]: str(value)
    for value, words in enumerate(_NUMBERS)
    if words and len(words[0]) >= MIN_REBUS_NUMBER
}
# ...and the initial of its French word, as an initialism writes it ("EDM": Entre-deux-Mers)
NUMBER_INITIALS = {
    value: word[0] for word, value in reversed(list(_NUMBER_WORDS.items())) if word.isascii()
}
# "Mille et Une Pierres", "Une et Mille Nuits": the 1001 tills write ("1001 PIERRES")
_THOUSAND_AND_ONE = re.compile(r"\b(?:mille et une?|une? et mille)\b")
_NON_VINTAGE = re.compile(r"\bn\.\s?v\.?(?![a-z])")  # "N.V.": non-vintage, one word
# "V.E.P.", "V.S.O.P.", "A.O.C.": three letters or more, each followed by a dot, are one
# word ("G.H." Mumm stays two initials; "N.V." is read before, as non-vintage)
_DOTTED_LETTERS = re.compile(r"(?<![a-z0-9])(?:[a-z]\.){3,}(?![a-z])")
# a Spanish denomination's marks ("D.O.", "D.O.Ca.", "D.O.Q."): one word, naming nothing
_DENOMINACION = re.compile(r"(?<![a-z0-9])d\.o\.(?:(ca|q)\.)?(?![a-z])")
# an alcohol degree ("50°", "55%", "55 % vol", "5,5°") is never a volume or a vintage:
# "BLANC 55 VOL" is no 1955, "50%" no 50 cl bottle. A whole degree of two digits stays a
# token of the label ("55deg", matched by its number: scoring), plain in a library name;
# a decimal or one-digit one is a strength, dropped (_degree_token).
_DEGREE = re.compile(r"(?<![\w.,])(\d{1,2})(?:[.,](\d))?\s*(?:°|%\s*(?:vol\b\.?)?|vol\b\.?)")
DEGREE_SUFFIX = "deg"
# an age in English ("12Y", "15yo", "18 yrs old") is the "12 ans" the library spells
_AGE = re.compile(
    r"(?<![\w.,])(\d{1,2})(?:\s*(?:yo|y|yrs?|years?|nen|anos?|anni|jaar)|a)(?:\s*old)?\b"
)  # also "20A", "10 anos" (años), "16 anni", "8JAAR" (Dutch)
# "22er", "2019er": a German vintage ("ein 2019er Riesling")
_ER_YEAR = re.compile(r"(?<![\w.,'])((?:19|20)\d\d|\d\d)er\b")
# "10J", "15 Jahre": a German age, after the drink's name ("3J" first is a till's code)
_JAHRE = re.compile(r"(?<=[a-z] )(\d{1,2})\s?(?:j|jahre)\b")
# "M05", "M2019": a till's millésime before the year's digits, read as the vintage ("'05",
# "2019"); "M----", a stock tool's empty vintage field, says none
_MILLESIME = re.compile(r"(?<![\w.,'])m(?:(\d{2})|((?:19|20)\d\d)|-{2,4}(?!\w))(?![\w-])")
MIN_KEG_CL = 500  # a volume from this up is a container, never a glass ("fût 20 L")
MAX_PRESSED = Decimal(50)
MINDRAUGHT_HEAD = 4  # "PRESS/", "DRAFT-": a family named after the tap, not "PR/"
FRENCH_DRAUGHT_CODE = "pre"  # ...or a French till's three-letter code ("PRE ", not "SPI ")
MIN_SHORTENED = 3  # ...or its consonants ("PRS-"), not a word's start ("PRE": prestige?)
# "H&H" (Henriques & Henriques), "D&R": initials joined by an ampersand are one word
_AMPERSAND_INITIALS = re.compile(r"(?<![a-z0-9])([a-z])\s?&\s?([a-z])(?![a-z0-9])")
_WORD_DOT = re.compile(r"(?<=[a-z])\.(?=[a-z0-9])")  # "HENNESSY.VS.4CL": dots for spaces
_HALF_WORDS = frozenset({"demi", "dmi", "half"})  # a beer's demi is 25 cl, a wine's a half bottle
_SERVING_PRIORITY = {
    "magnum": 0,
    "half": 0,
    "jeroboam": 0,
    "rehoboam": 0,
    "mathusalem": 0,
    "clavelin": 0,
    "small": 0,
    "glass": 1,
    "carafe": 1,
    "dose": 1,
    "bottle": 2,
}
_LARGE_FORMATS = {"jeroboam", "rehoboam", "mathusalem", "clavelin"}
MIN_GLUED_PHRASE = 4  # a glued phrase this long at least ("stjo"; "sl" is no "s lie")
_TWO_DIGIT_PIVOT = 40  # "15" is 2015 and "89" is 1989: restaurant stock is rarely older.
_LATEST_VINTAGE = datetime.now(UTC).year + 1  # a two-digit number past it is no vintage


def expand(words: list[str], table: Tables | None = None) -> list[str]:
    """Apply the abbreviation tables: phrases first (longest first), then single words."""
    table = table or tables()
    out: list[str] = []
    index = 0
    while index < len(words):
        for key, value in table.phrases:
            if tuple(words[index : index + len(key)]) == key:
                out.extend(value)
                index += len(key)
                break
        else:
            word = words[index]
            # a phrase glued as a word ("STEM" for St-Em, "BXSUP"): the phrase
            glued = glued_phrases(table.phrases).get(word) if word not in table.tokens else None
            out.extend(glued or table.tokens.get(word, (word,)))
            index += 1
    return out


@lru_cache(maxsize=4)
def glued_phrases(
    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
) -> dict[str, tuple[str, ...]]:
    """The tables' phrases of short words, each as one glued word ("st em": "stem")."""
    return {
        "".join(key): value
        for key, value in phrases
        if len("".join(key)) >= MIN_GLUED_PHRASE and all(word.isalpha() for word in key)
    }


def canonical(folded: str) -> str:
    """Spellings of one thing made one: possessives, numbers written as words and
    numbered names ("N°3")."""
    folded = _THOUSAND_AND_ONE.sub("mille 1001", folded)
    folded = _NUMBER_WORD.sub(lambda match: _NUMBER_WORDS[match.group(1)], folded)
    text = _NON_VINTAGE.sub(" nv ", _NUMERO.sub(r" no\1 ", _POSSESSIVE.sub("s", folded)))
    text = _DEGREE_D.sub(r"\1°", _ZERO_DEGREE.sub(" 0.0 ", text))
    text = _DEGREE.sub(_degree_token, text)
    text = _AMPERSAND_INITIALS.sub(r" \1\2 ", text)
    text = _DENOMINACION.sub(lambda match: f" do{match.group(1) or ''} ", text)
    text = _DOTTED_LETTERS.sub(lambda match: match.group(0).replace(".", "") + " ", text)
    text = _WORD_DOT.sub(" ", text)  # (before the ages: "GLENFIDDICH.12A")
    return _JAHRE.sub(r" \1 ans ", _AGE.sub(r" \1 ans ", text))


def _year_read(match: re.Match[str]) -> str:
    year = match.group(1)
    return f" {year} " if len(year) == 4 else f" '{year} "


def _millesime_read(match: re.Match[str]) -> str:
    short, year = match.group(1), match.group(2)
    return f" '{short} " if short else f" {year} " if year else " "


# a wholesaler's degree written with a D ("CALVADOS … 40D DOSE", "PORTO … 20D", "5.5D")
_DEGREE_D = re.compile(r"(?<![\w.,])((?:[1-6]\d|\d[.,]\d|[1-6]\d[.,]\d))d(?![\w°%])")
# a drink without alcohol, its strength written ("1664 Blonde 0,0 %", "PELFORTH 0%"): the
# variant "0.0", as "Heineken 0.0" writes it, not a strength dropped
_ZERO_DEGREE = re.compile(r"(?<![\w.,])0(?:[.,]0)?\s*(?:%|°)(?:\s*vol\b\.?)?(?![\w%°])")


def _degree_token(match: re.Match[str]) -> str:
    """A whole degree of two digits is a number of a spirit's name ("Blanc 50°"); a
    decimal or one-digit one is a beer's or a wine's strength ("5,5°", "46,3°"), no name."""
    whole, decimal = match.group(1), match.group(2)
    if decimal or len(whole) < 2:
        return " "
    return f" {whole}{DEGREE_SUFFIX} "


def draught_family(prefix: str) -> bool:
    """A till's family named after the tap ("PRESS/", "Draught > "): its labels' volumes
    are glasses drawn from the keg."""
    head = re.sub(r"[^a-z]", "", fold(prefix))
    return head == FRENCH_DRAUGHT_CODE or any(
        (len(head) >= MINDRAUGHT_HEAD and word.startswith(head))
        or (len(head) >= MIN_SHORTENED and not word.startswith(head) and _shortened(head, word))
        for word in DRAUGHT
    )


def _shortened(head: str, word: str) -> bool:
    """A word shortened to its consonants, the first kept ("PRS" for pression; "PIN" is
    no such shortening)."""
    if not head or head[0] != word[0] or set(head) & set("aeiouy"):
        return False
    letters = iter(word)
    return all(letter in letters for letter in head)


def text_tokens(text: str | None) -> list[str]:
    """Tokens of a library field (name, producer, appellation...)."""
    if not text:
        return []
    return [
        _degree_read(word) for word in expand(_NON_WORD.sub(" ", canonical(fold(text))).split())
    ]


def degree_number(word: str) -> str | None:
    """The number of a label's alcohol degree token ("55deg" → "55"), or None."""
    number = word.removesuffix(DEGREE_SUFFIX)
    return number if number != word and number.isdigit() else None


def _degree_read(word: str) -> str:
    number = word.removesuffix(DEGREE_SUFFIX)
    return number if number != word and number.isdigit() else word


def _two_digit_year(number: int) -> int:
    return 2000 + number if number < _TWO_DIGIT_PIVOT else 1900 + number


class _Reader:
    """Walks the raw words of one label once, sorting them into fields."""

    def __init__(
        self, words: list[str], table: Tables, names: frozenset[str] = frozenset()
    ) -> None:
        self.words = words
        self.table = table
        self.names = names  # measure words that name the drink here ("Domaine de la Pinte")
        self.content: list[str] = []
        self.vintage: int | None = None
        self.vintage_token: str | None = None
        self.vintage_at = 0  # where a bare two-digit vintage stood among the content words
        self.volume: Decimal | None = None
        self.serving: str | None = None
        self.measure: str | None = None
        self.marked = False  # a vintage marked as one ("'19", "mill 2019", "2019")

    def set_serving(self, kind: str) -> None:
        if self.serving is None or _SERVING_PRIORITY[kind] < _SERVING_PRIORITY[self.serving]:
            self.serving = kind

    def read_number(self, index: int, word: str) -> None:
        previous = self.words[index - 1] if index else ""
        following = self.words[index + 1] if index + 1 < len(self.words) else ""
        number = int(word)
        dated = previous in self.table.vintage_words
        measured = self.volume is None or previous in self.table.pot_volumes
        if previous in self.table.volume_words and 10 <= number <= 100 and measured:
            self.volume = Decimal(number)  # "pot 46", "pichet 50": the number is its size
        elif following in self.table.age_words:
            self.content.append(word)
        elif len(word) == 4 and 1900 <= number <= 2099:
            self.vintage, self.vintage_token = number, word
        elif len(word) == 2 and number in self.table.bare_volumes and not dated:
            # "PIETRA 33", "CHATELDON 75": a bottle size, not a 2033 or 1975 vintage
            if self.volume is None:
                self.volume = Decimal(number)
        elif len(word) == 2 and not dated and self.volume == number:
            pass  # "Schweppes Tonic 25 … BT 25": the size the label says again
        elif len(word) == 2 and self.marked and not dated:
            # the label marks its vintage elsewhere ("'19", "2019"): this number is a name
            # ("CORNAS GRANIT 30 '19")
            self.content.append(word)
        elif len(word) == 2 and not dated and _two_digit_year(number) > _LATEST_VINTAGE:
            self.content.append(word)  # "BIN28": no vintage of the future, a number
        elif len(word) == 2:
            if self.vintage_token is not None and len(self.vintage_token) == 2:
                # "GRANIT60 PARIS 20": of two bare numbers, the last is the vintage and
                # the first a number of the name
                self.content.insert(self.vintage_at, self.vintage_token)
            self.vintage, self.vintage_token = _two_digit_year(number), word
            self.vintage_at = len(self.content)
        else:
            # "ROCHEFORT 8", "1664": a number that is no vintage or volume names the drink
            self.content.append(word)

    def read(self) -> None:
        self.marked = any(
            word.isdigit()
            and (
                (len(word) == 4 and 1900 <= int(word) <= 2099)
                or (index and self.words[index - 1] in self.table.vintage_words)
            )
            for index, word in enumerate(self.words)
        )
        for index, word in enumerate(self.words):
            if word.isdigit():
                self.read_number(index, word)
            elif _degree_read(word) != word:
                self.content.append(word)  # "55deg": matched by its number (scoring)
            elif word == MARKED_D:
                self.set_serving("dose")  # a till's "D" after its mark: a dose, or a demi
                self.measure = MARKED_D
            elif word in self.table.serving and word not in self.names:
                self.set_serving(self.table.serving[word])
                if word in _HALF_WORDS:
                    self.measure = "demi"
                if word in self.table.pot_volumes and self.volume is None:
                    self.volume = self.table.pot_volumes[word]
            elif word not in self.table.noise:
                self.content.append(word)


_WINE_WORDS = frozenset({"vin", "vins"})


def _colour(content: list[str], table: Tables) -> tuple[list[str], str | None]:
    colour: str | None = None
    out: list[str] = []
    for word in content:
        if word in table.colour_words:
            colour = table.colour_words[word]
            out.append(colour)
        elif word in table.end_colours and out and out[-1] in _WINE_WORDS:
            colour = table.end_colours[word]  # "VIN R VERRE SANCERRE": a red wine
            out.append(colour)
        else:
            out.append(word)
    if colour is None and len(out) > 1 and out[-1] in table.end_colours:
        colour = table.end_colours[out[-1]]
        out[-1] = colour
    return out, colour


def _classification(content: list[str], table: Tables) -> str | None:
    joined = f" {' '.join(content)} "
    for name, words in table.classifications:
        if f" {' '.join(words)} " in joined:
            return name
    return None


_BOTTLE_SIZES = frozenset({Decimal(70), Decimal(75), Decimal(150)})  # never one pour


def _serving_and_volume(
    serving: str | None, volume: Decimal | None, half: bool, table: Tables
) -> tuple[Serving | None, Decimal | None]:
    if half:
        return "half", Decimal("37.5")
    if serving in _LARGE_FORMATS:
        return "bottle", volume or table.serving_volumes[serving]
    if serving in ("magnum", "half"):
        return ("magnum" if serving == "magnum" else "half"), table.serving_volumes[serving]
    if serving in ("glass", "dose") and volume in _BOTTLE_SIZES:
        # "75cl CT6 // Verre" (a catalogue's name, then the sale): the bottle it is poured
        # from, not the pour
        volume = None
    if serving == "glass":
        return "glass", volume or table.serving_volumes["glass"]
    if serving == "dose":
        return "dose", volume or table.serving_volumes["dose"]  # a bar's dose: 4 cl
    if serving in ("carafe", "bottle", "small"):
        kind: Serving = "carafe" if serving == "carafe" else "bottle"
        return kind, volume
    if volume == Decimal(150):
        return "magnum", volume
    if volume == Decimal("37.5"):
        return "half", volume
    return None, volume


_HYPHENATED = re.compile(r"(?<![a-z0-9])([a-z]+)-([a-z]{3,})")


def _bound(folded: str, table: Tables) -> frozenset[str]:
    """Generic words joined by a hyphen to a word that is not ("grands-echezeaux",
    "chateau-grillet"): the label's name of another wine, not a generic word."""
    bound = set()
    for first, second in _HYPHENATED.findall(folded):
        words, following = expand([first], table), expand([second], table)
        if all(_generic(word, table) for word in words) and not all(
            _generic(word, table) for word in following
        ):
            bound.update(words)
    return frozenset(bound)


def _generic(word: str, table: Tables) -> bool:
    return word in table.generic or word.removesuffix("s") in table.generic  # "grands"


_TAG = re.compile(r"(?<![\w#])#(\w+)")
_TAG_MEASURE = re.compile(r"([a-z]*)(\d+(?:[.,]\d+)?)?([a-z]*)")
_TAG_YEAR = re.compile(r"(?:19|20)\d\d")
MIN_TAGS = 2  # hashtags make a tagging style from two on ("#verre #picsaintloup")


def tags_read(text: str, table: Tables | None = None) -> str:
    """A menu's hashtags ("— 45,5€ #bouteille #picsaintloup #34 #bio"): two or more make a
    tagging style. A tag that says a measure is read as its words ("#verre6cl": a 6 cl
    glass), a year tag as the vintage; any other tag (a place, a mood, a département's
    number) is the menu's hint, which no drink must explain."""
    if len(_TAG.findall(text)) < MIN_TAGS:
        return text
    table = table or tables()

    def read(match: re.Match[str]) -> str:
        tag = fold(match.group(1))
        if _TAG_YEAR.fullmatch(tag):
            return f" {tag} "
        parts = _TAG_MEASURE.fullmatch(tag)
        if parts is None:
            return " "
        letters, number, unit = parts.groups()
        says = letters in table.serving or letters in DRAUGHT or letters in _HALF_WORDS
        says = says or (not letters and number is not None and unit in TAG_UNITS)
        return f" {letters} {number or ''}{unit} " if says else " "

    return _TAG.sub(read, text)


def _extras_dropped(text: str, table: Tables) -> str:
    """A handheld's modifiers after a plus ("don papa +dose +glacons"): the first that says
    a measure is the serving; those after it (ice, lime, "sec") are the service's extras,
    not words of the drink. A plus before any measure joins drinks ("GIN + TONIC")."""
    parts = text.split("+")
    kept, measured = [parts[0]], False
    for part in parts[1:]:
        words = _NON_WORD.sub(" ", part).split()
        says = bool(VOLUME.search(part) or HALF.search(part)) or any(
            word in table.serving for word in words
        )
        if measured and not says:
            continue
        measured = measured or says
        kept.append(part)
    return " ".join(kept)


# the staff's note after a lone asterisk, to the end ("Dose Jameson * sans glace")
_NOTE = re.compile(r"\s\*\s+(?=[^\s*])(.*)$")


def _note_dropped(text: str, table: Tables) -> str:
    """A waiter's note after a lone asterisk ("* carafer", "* seau à glace") is no word of
    the drink; a measure written there is read ("* dose")."""
    note = _NOTE.search(text)
    if note is None:
        return text
    words = _NON_WORD.sub(" ", note.group(1)).split()
    says = bool(VOLUME.search(note.group(1)) or HALF.search(note.group(1))) or any(
        word in table.serving for word in words
    )
    return text if says else text[: note.start()]


def parse_label(label: str, names: frozenset[str] = frozenset()) -> ParsedLabel:
    """Read a POS label into normalised tokens and structured fields; `names`: measure
    words read as words of the drink's name ("Domaine de la Pinte", "Cuvée du Pichet")."""
    table = tables()
    text, count = columns_dropped(fold(label))
    text = _JAHRGANG.sub(" ", units_spaced(text))
    text = _note_dropped(_extras_dropped(canonical(tags_read(text, table)), table), table)
    text = _ER_YEAR.sub(_year_read, WHOLE.sub(" bouteille ", text))
    text = prices_dropped(_MILLESIME.sub(_millesime_read, text))
    text = _WEIGHT.sub(" grammes ", text)
    text = _APOSTROPHE_YEAR.sub(r" mill \1", _CUT_YEAR.sub(" ", text))
    eighth = EIGHTH.search(text) is not None
    text = served_sizes(litres_read(decis_read(EIGHTH.sub(" ", text))), table)
    text, volume, half, quarter = read_volume(coded_volume(text, table))
    words = expand(_NON_WORD.sub(" ", text).split(), table)
    reader = _Reader(words, table, names)
    reader.volume = volume
    if quarter:
        reader.set_serving("carafe")
        reader.volume = reader.volume or _QUARTER_CL
    elif eighth:
        reader.set_serving("glass")  # the Achtel of German-speaking wine bars
        reader.volume = reader.volume or _EIGHTH_CL
    reader.read()
    # "PRESSION 25CL": a glass drawn from the keg; "FÛT 30L" is the keg itself
    drawn = reader.volume is not None and reader.volume < MIN_KEG_CL
    # pression cut short, with a pour's volume: a glass drawn from the keg
    pressed = PRESS in words and reader.volume is not None and reader.volume <= MAX_PRESSED
    if reader.serving is None and drawn and (DRAUGHT & set(words) or pressed):
        reader.set_serving("glass")  # ("PRESS LEFFE 0,25"; a "Basket Press" 75cl is none)
        # ...and the draught word said the measure, no drink ("spina 50cl Grimbergen")
        reader.content = [word for word in reader.content if word not in DRAUGHT]
    content, colour = _colour(reader.content, table)
    serving, volume = _serving_and_volume(reader.serving, reader.volume, half, table)
    return ParsedLabel(
        label=label,
        text=" ".join(content),
        tokens=tuple(content),
        vintage=reader.vintage,
        vintage_token=reader.vintage_token,
        volume_cl=volume,
        serving=serving,
        colour=colour,
        classification=_classification(content, table),
        measure="small"
        if reader.serving == "small"
        else (reader.measure if serving == "half" and not half else None)
        or (MARKED_D if reader.measure == MARKED_D else None),
        bound=_bound(fold(label), table) & frozenset(content),
        count=count,
    )


def label_key(label: str) -> str:
    """Key for confirmed pairs: near-identical labels (case, accents, punctuation,
    abbreviations, prices, word order of a 75 cl bottle) give the same key."""
    parsed = parse_label(label)
    table = tables()
    words = sorted(word for word in parsed.tokens if word not in table.stopwords)
    volume = parsed.volume_cl
    if parsed.serving in (None, "bottle") and volume == Decimal(75):
        volume = None
    parts = [" ".join(words), f"v={parsed.vintage or ''}", f"s={parsed.serving or ''}"]
    parts.append(f"cl={volume.normalize() if volume is not None else ''}")
    return "|".join(parts)
