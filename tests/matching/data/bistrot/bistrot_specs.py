"""What the staff typed, one constructor per till.

A spec names the drink the button was made for (a product key of bistrot_drinks.py, or None
when nothing held is meant) and what was typed.  The build renders the label with the
till's habits and computes the answer from the printed label; the spec never carries the
answer itself.

- P(fam, meas, core, vintage, wine, keys="", lost="", why=""): pointex.  `keys` are the
  words (or word starts) that tell the drink apart from its held siblings; if the 20-column
  cut takes one of them off, the label is read as it stands and `lost` says what it then
  means: "none" (several held drinks fit what is left) or another product key (the only
  one left).  Without `lost`, losing a key is an error of the set.
- T(core, meas, vintage, price, wine, why=""): tablette.
- W(producer, cuvee, appellation, vintage, size, wine, why=""): web; vintage "NV" prints
  N.V., None prints nothing (spirits, beers, softs, non-drinks).
"""


def P(fam, meas, core, vintage, wine, keys="", lost="", why=""):
    return {"till": "pointex", "fam": fam, "meas": meas, "core": core, "vintage": vintage,
            "wine": wine, "keys": keys, "lost": lost, "why": why}


def T(core, meas, vintage, price, wine, why=""):
    return {"till": "tablette", "core": core, "meas": meas, "vintage": vintage,
            "price": price, "wine": wine, "why": why}


def W(producer, cuvee, appellation, vintage, size, wine, why=""):
    return {"till": "web", "producer": producer, "cuvee": cuvee, "appellation": appellation,
            "vintage": vintage, "size": size, "wine": wine, "why": why}
