"""Folding a label to lower-case ASCII, the one spelling every other step reads: accents
and ligatures, Greek and Cyrillic transliterated as they sound, an export's mojibake
mended, a web tool's HTML entities read as the letters they stand for."""

from __future__ import annotations

import html
import re
import unicodedata

from anyascii import anyascii
from ftfy import fix_encoding

# Greek as it sounds, before letter-by-letter transliteration: the digraphs ("μπ" is a b
# first, "ου" one vowel) and χ as an h ("Χατζηδάκης" is Hatzidakis)
_GREEK_DIGRAPHS = (
    (re.compile(r"(?<![^\W\d_])μπ"), "b"),
    (re.compile(r"(?<![^\W\d_])ντ"), "d"),
    (re.compile(r"(?<![^\W\d_])γκ"), "g"),
    (re.compile(r"γ[γκ]"), "ng"),
    (re.compile(r"ο[υύ]"), "ou"),
    (re.compile(r"α[υύ](?=[αεηιοωάέήίόώβγδζλμνρ])"), "av"),
    (re.compile(r"ε[υύ](?=[αεηιοωάέήίόώβγδζλμνρ])"), "ev"),
    (re.compile(r"α[υύ]"), "af"),
    (re.compile(r"ε[υύ]"), "ef"),
    (re.compile(r"χ"), "h"),
)
# UTF-8 read as Windows-1252: "Ã" or "Â" before a character that byte pair makes, or
# "â" before one of a three-byte character's continuation (the euro sign: "12â‚¬50")
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"[ÃÂ][{_CONTINUATION}]|â€|â[{_CONTINUATION}][{_CONTINUATION}]")
# an HTML entity a web tool's export left escaped ("C&ocirc;tes", "d&#39;Olt", "&laquo;")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|[a-z][a-z0-9]{1,7});", re.IGNORECASE)
# a spreadsheet's escape of a character XML cannot hold ("CHABLIS_x000D_STE CLAIRE": the
# line break typed in a cell), and the line breaks themselves: a space between words
_OOXML_ESCAPE = re.compile(r"_x([0-9a-f]{4})_", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"[\r\n]+")
# a DOS till's journal (code page 850) read as Windows-1252: its accented letters became
# signs between letters ("Cr‚mant", "Chƒteau", "CorbiŠres", "Vi¤a", "Nø3")
_DOS_MOJIBAKE = re.compile(
    "(?<=[A-Za-z])[\u201a\u0192\u0160\u02c6\u2030\u2039\u0152\u201e\u2026\u2020\u2021"
    "\u00a4\u00a2\u00a3\u00f8\u0161\u203a](?=[A-Za-z0-9])"
)
_ACCENTED = re.compile("[\u00c0-\u00f6\u00f9-\u00ff]")  # a letter written right: no DOS text
_SPELT_OUT = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+")  # Greek, Cyrillic
WORD = re.compile(r"[a-z]+")  # a word of a folded text


def _spelt_out(match: re.Match[str]) -> str:
    word = match.group(0).lower()
    for pattern, latin in _GREEK_DIGRAPHS:
        word = pattern.sub(latin, word)
    return anyascii(word)


def mended(text: str) -> str:
    """The text an export's mojibake stood for (ftfy): UTF-8 read as Windows-1252,
    "GonzÃ¡lez", "12,00â‚¬ â†’ chambre 15"; and the letters a web tool's HTML entities
    stand for ("C&ocirc;tes de Millau", "d&#39;Olt": no semicolon of theirs a field's); a
    spreadsheet's escaped line breaks ("CHABLIS_x000D_BROCARD") and line breaks, spaces; a
    DOS journal's letters read in the wrong code page ("Cr‚mant": Crémant)."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "_x" in text or "_X" in text:
        text = _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if "\r" in text or "\n" in text:
        text = _LINE_BREAKS.sub(" ", text)
    if text.isascii():
        return text  # (the signs of either mojibake are not)
    if _DOS_MOJIBAKE.search(text) and not _ACCENTED.search(text):
        text = _dos_mended(text)
    return fix_encoding(text) if _MOJIBAKE.search(text) else text


def _dos_mended(text: str) -> str:
    """The text a DOS journal's code page 850 wrote, where Windows-1252 read it; kept as
    it was where it is no such text (a sign Windows-1252 cannot write back)."""
    try:
        return text.encode("cp1252").decode("cp850")
    except UnicodeError:
        return text


def fold(text: str) -> str:
    """Lower-case ASCII: accents removed, ligatures spelled out, Greek and Cyrillic
    transliterated (a Greek-speaking waiter's "Ασύρτικο Σιγαλά" is Assyrtiko Sigalas), an
    export's mojibake mended (ftfy), HTML entities unescaped ("Ros&eacute;" is Rosé)."""
    text = mended(text)
    if not text.isascii():
        text = _SPELT_OUT.sub(_spelt_out, text)
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = text.replace("ß", "ss").replace("ẞ", "SS")  # "Weißbier" is the Weissbier
    # "½" decomposes to "1⁄2" (a fraction slash): the half bottle's "1/2"
    decomposed = unicodedata.normalize("NFKD", text).replace("⁄", "/")
    # "CHATEAU_MARGAUX_75CL": an underscore is a space (same length, so offsets hold)
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return folded.lower().replace("_", " ")


def folded_length(text: str, folded: str) -> int:
    """How many characters of `text` fold to its first `len(folded)` folded characters:
    "Weißwein: " folds to "weisswein: ", one letter longer ("ß" is "ss")."""
    if len(fold(text)) == len(text):
        return len(folded)
    for end in range(len(text) + 1):
        if len(fold(text[:end])) >= len(folded):
            return end
    return len(text)
