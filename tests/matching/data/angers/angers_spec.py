"""How a case is written in the till modules.

D(key, meas, vintage, text): the staff typed `text` for the drink group `key` of
angers_drinks.py, with the measure code `meas` and the vintage (or None). The answer is
computed by build_angers.py from the RENDERED label (a vintage cut off by the till is gone;
a format the library does not hold gives none).
N(fam, meas, vintage, text, reason): a product that is no drink of the library; `fam` is
the till family it is filed under (RG BL RS BU CH MX SP AP BI SF CU SV).

Measure codes: '' the bottle (75 cl for a wine, the only format for other drinks),
'btl' the same, 'half' 37.5 cl, 'mag' 150 cl, 'b50' / 'b100' a 50 cl / 1 l bottle,
'vre' a 12.5 cl glass, 'coupe' 12.5 cl, 'p25' / 'p50' a 25 / 50 cl pichet, 'dose' 4 cl,
'd2' 2 cl, 'demi' 25 cl and 'pinte' 50 cl of draught beer.
"""


def D(key, meas, vintage, text):
    return ("d", key, meas, vintage, text, None)


def N(fam, meas, vintage, text, reason):
    return ("n", fam, meas, vintage, text, reason)
