"""The constants and helpers rhum_drinks.py and rhum_drinks_more.py write their drinks with."""

NV = (None,)

MQ = ("Rhum agricole AOC Martinique", "Martinique", "France")
GP = ("Rhum agricole de la Guadeloupe", "Guadeloupe", "France")
MG = ("Rhum agricole de Marie-Galante", "Marie-Galante", "France")
RE_AG = ("Rhum agricole de la Réunion", "La Réunion", "France")
RE_TR = ("Rhum traditionnel de la Réunion", "La Réunion", "France")


def _sp(key, family, name, producer, origin, formats):
    appellation, region, country = origin
    return (key, family, name, producer, appellation, region, country, None, "spiritueux", formats)


def _rum(key, name, producer, origin, formats=((70, NV),), family="ra"):
    return _sp(key, family, name, producer, origin, formats)


def _wine(
    key, family, name, producer, appellation, region, country, colour, formats, category="vin"
):
    return (key, family, name, producer, appellation, region, country, colour, category, formats)


def _other(key, family, name, producer, region, country, category, formats):
    return (key, family, name, producer, None, region, country, None, category, formats)


B100 = ((100, NV),)
B100_70 = ((100, NV), (70, NV))
