"""What a till, a journal or an export prints around the item and which names no drink:
prices, dates, clock times, VAT rates, the quantity sold, a case's count and packaging,
article numbers and barcodes. `columns_dropped` runs on the folded label before its words
are read, `prices_dropped` once a label's vintages are marked (an apostrophe before a
number makes it a vintage: "'15 136,80€")."""

from __future__ import annotations

import re

from tastevin.matching.volumes import UNIT_AHEAD

# "12,50", "64,25 € HT", "1 500,00 € HT" (thousands spaced, before a currency only; after
# an apostrophe a number is a vintage: "'15 136,80€")
_PRICE = re.compile(
    # (no drink costs 0,33 without its sign: "CELESTINS 0,33" is a volume in litres)
    r"(?<![\w.,'’])(?!0[.,]\d{2}(?!\d)(?!\s*(?:€|eur\b)))"
    r"(?:\d{1,4}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=[.,]\d{2}\s*(?:€|eur\b)))"
    r"[.,]\d{2}(?!\d)" + UNIT_AHEAD + r"\s*(?:€|eur\b|euros?\b|e\b)?(?:\s*(?:ht|ttc)\b)?"
)
# "8€50": the euro sign as the decimal mark; "4E50" too, where the register's display has
# no € or comma to print
_EURO_DECIMAL = re.compile(r"(?<![\w.,])\d{1,4}(?:€|e(?=\d{2}\b))\d{2}(?![\d.,])")
# a VAT rate a till prints with the sale ("TVA 20%", "TVA 5,5%", "TVA 10/20%"): no degree
_VAT = re.compile(r"\b(?:tva|vat|mwst|iva)\s*\d{1,2}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,2})?\s*%")
# a date an export prints with the sale ("2024-10", "2024-10-31", "31/10/2024"): never a
# name, a vintage or a size
_DATE = re.compile(
    r"(?<![\w.,/-])(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
    r"|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d)(?![\w.,/-])"
)
# a clock time the till prints with the order ("T03 14:06 …"): never a vintage or a size
_CLOCK = re.compile(r"(?<![\w:.,])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\w:.,])")
# a register journal's columns after the item: quantity, unit price, line total
# ("… 23  1 x   8,00    8,00", "2 x 7,50 15,00")
_QUANTITY_PRICES = re.compile(
    r"\s\d{1,3}\s*[x×]\s+-?\d{1,5}[.,]\d{2}(?:\s+-?\d{1,6}[.,]\d{2})?\s*(?:€|eur\b)?\s*$"
)
# ...or a Z report's columns, padded after the item: the quantity, then the amount
# ("8045 BUSARDIERES 17        5   435.00")
_REPORT_COLUMNS = re.compile(r"\s{2,}\d{1,4}\s+-?\d{1,6}[.,]\d{2}\s*(?:€|eur\b)?\s*$")
# a case sold whole: its bottles' count, said with "of" or before the bottles' size ("Caisse
# 6 × 75 cl", "per case of 6", "carton de 12 bouteilles")
_CASE = re.compile(
    r"(?<![\w,.])(?:caisses?|cartons?|case|cases|pack|lot|coffret|box)\s?"
    r"(?:(?:de|of)\s(\d{1,2})|(\d{1,2})\s?[x×](?=\s?\d)|(\d{1,2})\s(?=bouteilles?|btl|bottles?))"
)
MAX_CASE = 24
# a wholesaler's packaging, as a catalogue imported into the till writes it: the case and
# its count ("carton 6", "CT12", "VC x12", "pack x6"), never a size or a name's number
_PACKAGING = re.compile(
    r"(?<![\w,.])(?:cartons?|ct|crt|caisse|colis|pack|fardeau|vc|vp|pet)\s?(?:de\s|x\s?)?\d{1,2}"
    r"(?![\w.,%°])"
)
# a wholesaler's container before the size it holds ("VP 25CL": verre perdu, "PET 50CL",
# "VC 75CL"): how the drink is packed, no word of its name (the size is read)
_CONTAINER = re.compile(
    r"(?<![\w,.])(?:vp|vc|vcons|pet)\s?(?=\d{1,3}(?:[.,]\d{1,3})?\s?(?:cl|l|ml)\b)"
)
# the packing of a distributor's price list, the count glued to the bottle's size ("6X75CL",
# "12X37,5CL", "1X150CL", "24X33CL"): the bottle's size is read, the count is the case's
_PACKING = re.compile(
    r"(?<![\w.,])(?:1|2|3|4|6|8|12|15|20|24)[x×](?=\d{1,3}(?:[.,]\d{1,2})?(?:cl|l)\b)"
)
# a report's quantity sold ("qté 16", "Qty: 3"), or marked by its sign alone ("Verre x6
# 7,50", "(x2)", "× 3"): a till's count of the sale, never a word of a name
_QUANTITY = re.compile(
    r"(?<![\w])(?:(?:qte|qty|quantite|quantity)\.?\s*:?\s*|x|× ?)\d{1,4}(?![\w.,])"
)
# a stock tool's field name before the quantity it took out ("Q=0.750L", "Q=1PCE"): the
# volume after it is read, the name says nothing
_FIELD_NAME = re.compile(r"(?<![\w])q\s?=\s?(?=\d)")
# a stock movement's bottles taken out ("· -1 btl"): the count, never a name's number; a
# pour taken out keeps its volume ("-125 ml")
_MOVEMENT = re.compile(r"(?<![\w.,])-\s?\d{1,3}\s?(?=(?:btl|bt|bouteilles?|bottles?|pce)\b)")
_MINUS_VOLUME = re.compile(r"(?<![\w.,])-\s?(?=\d{1,4}(?:[.,]\d+)?\s?(?:ml|cl|l)\b)")
# a printed list's dot leaders and the price after them ("… Beaurenard ......... 106"), or
# an equals sign and the price, last, in cents too ("kerne+brut BOL =450")
_LEADERS = re.compile(r"(?:\.{3,}|(?<!\S)=)\s*\d{1,6}(?:[.,]\d{1,2})?\s*(?:€|eur\b)?\s*$")
# a price after its sign or an at ("@ 9.5", "@825", "€56.00"), read before the numbers
# around it ("'16 €56.00" is a vintage, then a price); a sign after a number marks that
# number ("5€ 1litre" is a price, then a volume)
_MARKED_PRICE = re.compile(r"(?:@|(?<!\d)€)\s*\d{1,5}(?:[.,]\d{1,2})?(?![\d%])" + UNIT_AHEAD)
_CURRENCY = re.compile(r"(?<![\w.,])\d{1,4}\s*(?:€|eur\b|euros?\b|e\b)")
# ...or after its currency's code or sign, as a register showing two currencies prints it
# ("EUR  8.00 GBP  7.00", "EUR104.00", "£7")
_CURRENCY_FIRST = re.compile(r"(?<![\w.,])(?:eur|gbp|usd|£|\$)\s*\d{1,5}(?:[.,]\d{1,2})?(?![\d.,])")
# a chalkboard's price to the half euro, before its sign ("45,5€", "6.5 eur")
_HALF_EURO = re.compile(r"(?<![\w.,])\d{1,4}[.,]\d\s*(?:€|eur\b|euros?\b|e\b)")
# a Swiss price: "Fr. 8.50", "CHF 1'250.–" (an apostrophe between thousands, ".–" for
# round francs)
_FRANCS = re.compile(
    r"(?<![\w])(?:chf|sfr\.?|fr\.)\s*\d{1,3}(?:['’]\d{3})*(?:[.,](?:\d{1,2}|[–-]{1,2}))?"
)
# an export's article number ("Art.-Nr. 14797"; also "Nr. 14797" alone, when a family
# prefix took the "Art.-")
_ARTICLE = re.compile(r"(?<![\w])(?:art\.?\s*-?\s*nr\.?\s*\d+|nr\.?\s*\d{3,})")
# a code of seven digits or more (an EAN-13 barcode, a SKU): never a name, a vintage or a
# volume
_LONG_CODE = re.compile(r"(?<![\w.,])\d{7,}(?![\w.,])")
# "c/ gelo", "c/ limão": a service's "with …" (Portuguese, Spanish, French "c/")
_WITH = re.compile(r"(?<![\w])c/\s*[a-z]+")


def columns_dropped(text: str) -> tuple[str, int]:
    """The folded label without what was printed around the item, and the count of bottles
    of a case sold whole (1 when none is said, or past a case's size)."""
    text = _LEADERS.sub(" ", _CLOCK.sub(" ", _VAT.sub(" ", _DATE.sub(" ", text))))
    case = _CASE.search(text)
    count = int(next(group for group in case.groups() if group)) if case else 1
    text = _CASE.sub(" ", text)
    text = _QUANTITY_PRICES.sub(" ", _REPORT_COLUMNS.sub(" ", _PACKAGING.sub(" ", text)))
    text = _CONTAINER.sub(" ", _PACKING.sub(" ", text))
    text = _WITH.sub(" ", _LONG_CODE.sub(" ", _QUANTITY.sub(" ", text)))
    text = _FIELD_NAME.sub(" ", _ARTICLE.sub(" ", _FRANCS.sub(" ", text)))
    text = _MINUS_VOLUME.sub(" ", _MOVEMENT.sub(" ", text))
    return text, count if 1 < count <= MAX_CASE else 1


# ...or the journal's price alone after the item ("VR BOUDES 22     5,60"), not a total
# after its sum ("27 x 4,00 = 108,00") nor the last of two prices
_PRICE_COLUMN = re.compile(
    r"(?<![=×*+/\s])(?<!\d[.,]\d\d)(?<!\d\sx)\s+(?!0[.,]\d\d\s*$)\d{1,4}[.,]\d{2}\s*(?:€|eur\b)?\s*$"
)
_COLUMNS_AS_SENT = (
    re.compile(_QUANTITY_PRICES.pattern, re.IGNORECASE),
    re.compile(_REPORT_COLUMNS.pattern, re.IGNORECASE),
    re.compile(_PRICE_COLUMN.pattern, re.IGNORECASE),
)


def item_column(label: str) -> str:
    """The label as sent without a journal's columns after the item (quantity, unit price,
    total: "VR.BRIORDS.2 1X   4,10"), its characters untouched: the item's own column is
    what a till cuts at its width."""
    for columns in _COLUMNS_AS_SENT:
        label = columns.sub("", label)
    return label


def prices_dropped(text: str) -> str:
    """The label without its prices, marked ("@ 9.5", "8€50", "6 euros") or not ("12,50")."""
    text = _MARKED_PRICE.sub(" ", _EURO_DECIMAL.sub(" ", _CURRENCY_FIRST.sub(" ", text)))
    return _CURRENCY.sub(" ", _HALF_EURO.sub(" ", _PRICE.sub(" ", text)))
