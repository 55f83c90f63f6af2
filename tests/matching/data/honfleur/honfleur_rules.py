"""The bench README's answer rules, applied to what a RENDERED label says.

measure codes (what the till printed, read back from the label):
  B        the drink's ordinary bottle (75 cl for a wine, else its only bottle)
  H / M    half bottle 37.5 cl / magnum 150 cl
  C<n>     a bottle of n cl (C33, C50, C100...)
  G        glass, no volume (12.5 cl);  G12, G15 glass of 12 / 15 cl
  CP       coupe / flute (12.5 cl)
  P50, P25 carafe (pichet) of 50 / 25 cl
  BO25     bolée of cider, 25 cl
  D        dose, 4 cl;  D2 a 2 cl dose
  DE, PI   demi 25 cl / pinte 50 cl of draught beer (from the keg)
  ''       no measure (only for a non-drink, or a drink with one format)
"""

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P50": 50, "P25": 25,
           "BO25": 25, "D": 4, "D2": 2, "DE": 25, "PI": 50}
KEG_MIN = 2000


def is_vol(measure):
    return len(measure) > 1 and measure[0] == "C" and measure[1].isdigit()


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


class Library:
    def __init__(self, drinks, prefix):
        self.rows = []
        self.by_key = {}
        n = 0
        for (key, name, producer, app, region, country, colour, cat, formats) in drinks:
            if key in self.by_key:
                raise SystemExit("duplicate key " + key)
            self.by_key[key] = {"name": name, "producer": producer, "category": cat,
                                "formats": {}}
            for fmt in sorted(formats):
                for vint in sorted(formats[fmt], key=lambda v: (v is None, v)):
                    n += 1
                    bid = "%s%03d" % (prefix, n)
                    self.rows.append({"id": bid, "name": name, "producer": producer,
                                      "appellation": app, "region": region,
                                      "country": country, "colour": colour,
                                      "category": cat, "vintage": vint,
                                      "format_cl": fmt_num(fmt)})
                    self.by_key[key]["formats"].setdefault(fmt, []).append((vint, bid))

    def ordinary(self, key):
        """The drink's ordinary bottle: its 75 cl, else its only non-keg format."""
        fm = self.by_key[key]["formats"]
        if 75 in fm:
            return 75
        small = [f for f in fm if f < KEG_MIN and f not in (37.5, 150)]
        if len(small) == 1:
            return small[0]
        return None


def answer(lib, key, measure, vintage):
    """(expect, beverage_id, also_ok, units, why) for a drink key and what the label says."""
    d = lib.by_key[key]
    fm = d["formats"]
    if measure in ("DE", "PI"):
        kegs = [f for f in fm if f >= KEG_MIN]
        fmt = kegs[0] if kegs else None
        if fmt is None:
            return ("none", None, [], None, "not on draught (only in bottle)")
    elif measure in POUR_CL:
        fmt = lib.ordinary(key)
        if fmt is None:
            raise SystemExit("no ordinary bottle for a pour of " + key)
    elif measure == "B":
        fmt = lib.ordinary(key)
        if fmt is None:
            raise SystemExit("bottle of %s is ambiguous" % key)
    elif measure == "H":
        fmt = 37.5
    elif measure == "M":
        fmt = 150
    elif is_vol(measure):
        fmt = float(measure[1:])
        fmt = int(fmt) if fmt.is_integer() else fmt
    elif measure == "":
        kinds = list(fm)
        if len(kinds) != 1:
            raise SystemExit("no measure and several formats for " + key)
        fmt = kinds[0]
    else:
        raise SystemExit("unknown measure " + measure)
    if fmt not in fm:
        return ("none", None, [], None, "format %s cl not held" % fmt_num(fmt))
    entries = fm[fmt]
    vints = [v for v, _ in entries]
    if measure in POUR_CL:
        units = round(POUR_CL[measure] / float(fmt), 4)
    else:
        units = 1
    if vints == [None]:
        if vintage is not None:
            raise SystemExit("vintage on a non-vintage drink " + key)
        return ("yes", entries[0][1], [], units, "")
    if vintage is not None:
        for v, bid in entries:
            if v == vintage:
                return ("yes", bid, [], units, "")
        best = min(entries, key=lambda e: (abs(e[0] - vintage), -e[0]))
        others = [bid for v, bid in entries if bid != best[1]]
        return ("almost", best[1], others, units,
                "label vintage %d not held in %s cl, has %s" % (vintage, fmt_num(fmt), sorted(vints)))
    best = max(entries, key=lambda e: e[0])
    others = [bid for v, bid in entries if bid != best[1]]
    return ("yes", best[1], others, units, "")
