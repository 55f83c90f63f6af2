"""The constants and helpers porto_drinks.py and porto_drinks_more.py write their drinks with."""

PORT, MAD, MOS = "Porto", "Madeira", "Moscatel de Setúbal"
LIQ, VIN, SPI, BIE, SOFT = "liquoreux", "vin", "spiritueux", "bière", "soft"


def D(key, fam, name, producer, appellation, region, colour, category, entries, country="Portugal"):
    return {
        "key": key,
        "fam": fam,
        "name": name,
        "producer": producer,
        "appellation": appellation,
        "region": region,
        "colour": colour,
        "category": category,
        "entries": list(entries),
        "country": country,
    }


def P(key, name, producer, entries):
    """A port: appellation Porto, region Douro, a fortified (liquoreux) wine."""
    return D(key, "PT", name, producer, PORT, "Douro", LIQ, VIN, entries)


def M(key, name, producer, entries):
    return D(key, "MA", name, producer, MAD, "Madeira", LIQ, VIN, entries)


NV75 = [(None, 75)]
