"""How a case is written in the case modules.

c(key, measure, vintage, text, why=None, bin=None, outlet=None)
  key     the drink the staff meant (a key of paimpol_drinks) or None (no drink of the library)
  measure what was sold: B bottle, H half, M magnum, G glass, G12/G15, P25/P50 pichets,
          C coupe, D dose (4 cl), D2, D6, DEMI/PINTE (draught), S25/S33/S50/S70/S75/S100 sizes,
          None for food, coffee and services
  vintage the vintage the staff typed (the till may cut it off)
  text    the words the staff typed for it (the till applies its case, accents and width)
  why     for key None: why no drink of the library is meant
  bin     resto only: the wine-list number's seed (a held wine's key by default)
  outlet  hotel only: the PMS outlet
"""


def c(key, measure, vintage, text, why=None, bin=None, outlet=None):
    if key is None and not why:
        raise ValueError("a none case needs a reason: %r" % text)
    return {"key": key, "measure": measure, "vintage": vintage, "text": text, "why": why,
            "bin": bin, "outlet": outlet}
