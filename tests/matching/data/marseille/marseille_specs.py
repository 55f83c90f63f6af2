"""Reading the case specs of the three ``marseille_cases_*.py`` modules.

One case a line, fields separated by ``|``:

- a drink of the library, as typed for it:
  ``key|measure|vintage|text`` and optionally ``|alt`` -- ``alt`` is what the label reads as
  when the till's cut takes off a ``!``-marked word (``-`` for none, or another key); without
  it, losing a marked word is a build error.
- a product that is no drink of the library:
  ``-|measure|vintage|text|reason`` and optionally ``|category`` (for the tablet's price).

``measure`` is a code of ``marseille_tills.MEASURES``; ``vintage`` is empty, ``NV`` or a
year; ``text`` is in the till's spelling (on ``resa`` the fields after the name are
separated by ``^``: ``Vins rosés^Château Romanin^Les Baux-de-Provence``).
Blank lines and lines starting with ``#`` are ignored.
"""

from collections import namedtuple

Spec = namedtuple("Spec", "till key measure vintage text alt reason category line")


def parse(till, block):
    specs = []
    for n, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        key, measure, vint, text = f[0], f[1], f[2], f[3]
        if till == "resa":
            text = text.replace("^", "|")
        if vint == "":
            vintage = None
        elif vint == "NV":
            vintage = "NV"
        else:
            vintage = int(vint)
        if key == "-":
            if len(f) < 5:
                raise ValueError("%s line %d: a none needs a reason: %r" % (till, n, raw))
            specs.append(Spec(till, None, measure, vintage, text, None, f[4],
                              f[5] if len(f) > 5 else None, raw))
        else:
            alt = f[4] if len(f) > 4 else None
            specs.append(Spec(till, key, measure, vintage, text, alt, None, None, raw))
    return specs
