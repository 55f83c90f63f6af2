"""Grows a library with generated, plausible French drinks, for latency measurements."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from tastevin.matching.types import LibraryEntry

_SURNAMES = [
    "Arnoux",
    "Bachelet",
    "Barraud",
    "Berthaut",
    "Besson",
    "Billaud",
    "Boillot",
    "Bonnefond",
    "Bouchet",
    "Boudin",
    "Brechet",
    "Chanson",
    "Chapuis",
    "Charvin",
    "Chauvet",
    "Chevrot",
    "Clerget",
    "Colinot",
    "Coste",
    "Courbis",
    "Daviau",
    "Delorme",
    "Desvignes",
    "Dubreuil",
    "Dufouleur",
    "Fichet",
    "Fournier",
    "Gaillard",
    "Garnier",
    "Gauthier",
    "Germain",
    "Girardin",
    "Gonon",
    "Guillot",
    "Janin",
    "Jobard",
    "Lafarge",
    "Lamy",
    "Laurent",
    "Legrand",
    "Léger",
    "Lignier",
    "Mallard",
    "Marchand",
    "Martin",
    "Mercier",
    "Michelot",
    "Moreau",
    "Morey",
    "Mortet",
    "Naudin",
    "Pernot",
    "Perrot",
    "Picard",
    "Pillot",
    "Ponsot",
    "Prieur",
    "Remoissenet",
    "Renard",
    "Richaud",
    "Rion",
    "Roblet",
    "Rollin",
    "Roux",
    "Sauzet",
    "Seguin",
    "Tessier",
    "Thévenet",
    "Tollot",
    "Vaudoisey",
    "Verget",
    "Vincent",
    "Voarick",
]
_PLACES = [
    "Belair",
    "Bellevue",
    "Beauregard",
    "Bel-Air",
    "Fontaine",
    "Grand-Pré",
    "Haut-Bois",
    "La",
    "Croix",
    "La",
    "Garde",
    "La",
    "Tour",
    "Les",
    "Ormes",
    "Lamothe",
    "Larose",
    "Les",
    "Combes",
    "Malherbe",
    "Mont-Redon",
    "Peyrat",
    "Pierrefeu",
    "Roquefort",
    "Saint-Roch",
    "Terrefort",
    "Tour-Blanche",
    "Val-Joanis",
    "Vieux-Moulin",
]
_CUVEE_WORDS = (
    "Tradition",
    "Prestige",
    "Vieilles Vignes",
    "Les Terrasses",
    "Cuvée Alice",
    "Les Galets",
    "Réserve",
    "Les Cailloux",
    "Élégance",
    "L'Authentique",
)
_COLOURS = ("rouge", "rouge", "blanc", "rosé")


def grow(entries: Sequence[LibraryEntry], size: int, seed: int = 7) -> list[LibraryEntry]:
    """Return entries plus generated drinks until the library holds `size` entries."""
    rng = random.Random(seed)
    appellations = sorted(
        {(e.appellation, e.region) for e in entries if e.category == "vin" and e.appellation}
    )
    grown = list(entries)
    number = 0
    while len(grown) < size:
        number += 1
        appellation, region = rng.choice(appellations)
        colour = rng.choice(_COLOURS)
        if rng.random() < 0.5:
            producer = f"Château {rng.choice(_PLACES)} {rng.choice(_SURNAMES)}"
            name = producer
        else:
            producer = f"Domaine {rng.choice(_SURNAMES)}"
            name = f"{appellation} {rng.choice(_CUVEE_WORDS)}"
        template = LibraryEntry(
            id=f"g{number:05d}",
            name=name,
            producer=producer,
            appellation=appellation,
            region=region,
            country="France",
            colour=colour,
            category="vin",
            vintage=None,
            format_cl=Decimal(75),
        )
        for year in rng.sample(range(2012, 2023), rng.randint(1, 3)):
            if len(grown) < size:
                grown.append(replace(template, id=f"{template.id}-{year}", vintage=year))
    return grown
