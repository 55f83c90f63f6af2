"""The constants and helpers geneve_drinks.py and geneve_drinks_more.py write their drinks with."""

CH, FR = "Suisse", "France"
V, SP, BI, SO = "vin", "spiritueux", "bière", "soft"

# key, name, producer, appellation, region, country, colour, category, formats, price
