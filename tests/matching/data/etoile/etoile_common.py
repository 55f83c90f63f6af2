"""The constants and helpers etoile_drinks.py and etoile_drinks_more.py write their drinks with."""

L, B, G, C = "Loire", "Bordeaux", "Bourgogne", "Champagne"
FR = "France"
NV = [None]
