"""Helpers the case modules use to say what the staff typed.

y(key, meas, vintage, text): a drink of the library (key of chatellerault_drinks), sold in
  measure `meas`, typed with `vintage` (a full year or None) and the name `text` as the
  staff typed it on that till. The answer is computed later from the RENDERED label.
n(meas, vintage, text, why, fam=None): a product that is no drink of the library (food,
  services, generic labels, cuvées, colours or formats not held). `fam` is the counter
  till's family prefix, needed only on that till; `price` the unit price in euros of a dish
  or service on the Z report (drinks get one from a hash).

Measures: "btl" (a wine's 75 cl bottle, or a drink's ordinary bottle), "half" (37.5 cl),
"mag" (150 cl), "glass", "pot" (46 cl), "coupe", "demi" (25 cl draught), "pinte" (50 cl
draught), "dose" (4 cl), "dose2" (2 cl), ("cl", x) for a bottle size of a beer, soft or
spirit, None for a drink's only format or for food and services.
"""


def y(key, meas, vintage, text, note=""):
    return {"key": key, "meas": meas, "vintage": vintage, "text": text, "why": note, "fam": None}


def n(meas, vintage, text, why, fam=None, price=None):
    return {"key": None, "meas": meas, "vintage": vintage, "text": text, "why": why, "fam": fam,
            "price": price}
