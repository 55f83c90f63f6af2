"""What the staff typed: one spec per case, for the build to render and answer.

y(key, measure, vintage, text, mod=None): a product typed for drink `key` of
cocktail_drinks.py, in the measure (a key of cocktail_tills.MEAS) and vintage given;
`text` is the name as typed on that till (`mod`: the app's service note).  The answer is
computed from the rendered label: a vintage cut off by the register, or a format the
library does not hold, changes it.

n(text, reason, kind="alc", qty=None, price=None): a product that is no drink of the
library; `text` is the whole product as the till holds it (measure included), `kind`
gives the register's VAT status (alc / svc = T1; soft / food / coffee = T2), and `qty`,
`price` the events export's quantity and unit price excluding VAT.
"""


def y(key, meas, vintage, text, mod=None):
    return {"kind": "y", "key": key, "meas": meas, "vintage": vintage, "text": text, "mod": mod}


def n(text, reason, kind="alc", qty=None, price=None):
    return {"kind": "n", "text": text, "reason": reason, "vat": kind, "qty": qty, "price": price}
