"""Case constructors shared by the three case lists.

``D(key, meas, vint)`` is a sale of a product of ``chaine_drinks`` (the answer is computed by
the build from the printed label: it may come out yes, almost or none, e.g. a bottle size not
held). ``N(text, why)`` is a line that names no drink of the library.

``text`` overrides the product's usual description for that till (a button written another
way). ``cut`` says how a label reads when the catalogue's cut took off a word the product
needs (its ``sig``): ``None`` (nothing credible is left, or several drinks fit) or another
product key, with ``why``. Without a cut, ``cut`` must stay unset; the build checks both.
"""

KEEP = object()


def D(key, meas="btl", vint=None, text=None, cut=KEEP, why=None):
    return {"kind": "drink", "key": key, "meas": meas, "vint": vint, "text": text, "cut": cut, "why": why}


def N(text, why, fam="V"):
    return {"kind": "none", "key": None, "meas": None, "vint": None, "text": text, "cut": KEEP, "why": why,
                "fam": fam}
