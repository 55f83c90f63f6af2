"""Case constructors. A case says what the staff typed for one till button.

c(key, text, v, m, cut, note): a button made for product `key` (bistrovin_drinks), typed as
  `text`, vintage `v` (or None), measure `m` (see bistrovin_tills.MEASURES). `cut` says
  what the label reads as if the register's width cut into the typed words: "same" (the
  words left still name that product), another key, or None (nothing is recognisable).
n(fam, text, v, m, why): a button for something the library does not hold (food, a
  generic label, another cuvée...), with the register family `fam` and a short reason.
"""
from collections import namedtuple

Spec = namedtuple("Spec", "key text v m cut fam why")


def c(key, text, v=None, m="btl", cut="same", note=None):
    return Spec(key, text, v, m, cut, None, note)


def n(fam, text, v=None, m="", why=""):
    return Spec(None, text, v, m, "same", fam, why)
