"""Builds the fourth held-out matching set: "Le Comptoir de la Houle", an oyster bar and
seafood restaurant on the port of Cancale (Brittany), with three tills (see README.md).

Written blind: by hands that never read the matcher nor its failures. The drinks, what the
staff typed (a core per product, the drink it means or None, a vintage, a measure) and the
three tills' habits are below; the habits are applied with a fixed seed (SEED), and the
expected answers are computed from the rendered label by the bench README's rules (a
vintage that truncation cut off is no longer on the label). Run: python build.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261130

V, C, S, B, A, SO = "vin", "champagne", "spiritueux", "bière", "autre", "soft"
R, W, P, E, L = "rouge", "blanc", "rosé", "effervescent", "liquoreux"
KEG30, KEG20 = 3000, 2000

# alias: (name, producer, appellation, region, country, colour, category, [(vintage, format_cl)])
DRINKS = {
    # Muscadet and the Pays nantais
    "bregeon": (
        "Muscadet Sèvre et Maine sur Lie",
        "Domaine Michel Brégeon",
        "Muscadet Sèvre et Maine",
        "Loire",
        "France",
        W,
        V,
        [(2021, 75), (2022, 75), (2023, 75), (2022, 37.5)],
    ),
    "gorges": (
        "Muscadet Sèvre et Maine Gorges",
        "Domaine Michel Brégeon",
        "Muscadet Sèvre et Maine Gorges",
        "Loire",
        "France",
        W,
        V,
        [(2016, 75), (2018, 75)],
    ),
    "ragot": (
        "Muscadet Sèvre et Maine sur Lie",
        "Château de la Ragotière",
        "Muscadet Sèvre et Maine",
        "Loire",
        "France",
        W,
        V,
        [(2023, 75), (2023, 150)],
    ),
    "clisson": (
        "Muscadet Sèvre et Maine Clisson",
        "Domaine de la Chauvinière",
        "Muscadet Sèvre et Maine Clisson",
        "Loire",
        "France",
        W,
        V,
        [(2019, 75)],
    ),
    "grosplant": (
        "Gros Plant du Pays Nantais sur Lie",
        "Domaine de la Haute Févrie",
        "Gros Plant du Pays Nantais",
        "Loire",
        "France",
        W,
        V,
        [(2023, 75)],
    ),
    "excellence": (
        "Muscadet Sèvre et Maine sur Lie Excellence",
        "Domaine de la Haute Févrie",
        "Muscadet Sèvre et Maine",
        "Loire",
        "France",
        W,
        V,
        [(2022, 75)],
    ),
    # Centre-Loire
    "chavignol": (
        "Sancerre Chavignol",
        "Gérard Boulay",
        "Sancerre",
        "Loire",
        "France",
        W,
        V,
        [(2021, 75), (2022, 75), (2022, 150)],
    ),
    "montsd": (
        "Sancerre Monts Damnés",
        "Gérard Boulay",
        "Sancerre",
        "Loire",
        "France",
        W,
        V,
        [(2020, 75)],
    ),
    "fouassier": (
        "Sancerre Les Grands Champs",
        "Domaine Fouassier",
        "Sancerre",
        "Loire",
        "France",
        W,
        V,
        [(2022, 75), (2022, 37.5)],
    ),
    "pabiot": (
        "Pouilly-Fumé Florilège",
        "Domaine Jonathan Pabiot",
        "Pouilly-Fumé",
        "Loire",
        "France",
        W,
        V,
        [(2022, 75)],
    ),
    "menetou": (
        "Menetou-Salon",
        "Domaine Philippe Gilbert",
        "Menetou-Salon",
        "Loire",
        "France",
        W,
        V,
        [(2022, 75)],
    ),
    "quincy": ("Quincy", "Domaine Trotereau", "Quincy", "Loire", "France", W, V, [(2022, 75)]),
    # Touraine, Anjou
    "vvsec": (
        "Vouvray Sec",
        "Domaine du Clos Naudin",
        "Vouvray",
        "Loire",
        "France",
        W,
        V,
        [(2020, 75)],
    ),
    "vvmoel": (
        "Vouvray Moelleux",
        "Domaine du Clos Naudin",
        "Vouvray",
        "Loire",
        "France",
        L,
        V,
        [(2018, 75)],
    ),
    "moines": (
        "Savennières Roche aux Moines",
        "Domaine aux Moines",
        "Savennières Roche aux Moines",
        "Loire",
        "France",
        W,
        V,
        [(2019, 75)],
    ),
    "saumon": (
        "Montlouis Minéral+",
        "Domaine Frantz Saumon",
        "Montlouis-sur-Loire",
        "Loire",
        "France",
        W,
        V,
        [(2021, 75)],
    ),
    "layon": (
        "Coteaux du Layon Beaulieu",
        "Château Pierre-Bise",
        "Coteaux du Layon",
        "Loire",
        "France",
        L,
        V,
        [(2019, 50)],
    ),
    "saphir": (
        "Saphir Saumur Brut",
        "Bouvet-Ladubay",
        "Saumur",
        "Loire",
        "France",
        E,
        V,
        [(None, 75)],
    ),
    "noblaie": (
        "Chinon Les Chiens-Chiens",
        "Domaine de la Noblaie",
        "Chinon",
        "Loire",
        "France",
        R,
        V,
        [(2021, 75)],
    ),
    "petitecave": (
        "Bourgueil La Petite Cave",
        "Domaine Yannick Amirault",
        "Bourgueil",
        "Loire",
        "France",
        R,
        V,
        [(2019, 75)],
    ),
    "malgagnes": (
        "Saint-Nicolas-de-Bourgueil Les Malgagnes",
        "Domaine Yannick Amirault",
        "Saint-Nicolas-de-Bourgueil",
        "Loire",
        "France",
        R,
        V,
        [(2020, 75)],
    ),
    "yvonne": (
        "Saumur-Champigny",
        "Château Yvonne",
        "Saumur-Champigny",
        "Loire",
        "France",
        R,
        V,
        [(2020, 75)],
    ),
    # Chablis, Burgundy, Alsace
    "lmchablis": (
        "Chablis",
        "Domaine Louis Michel",
        "Chablis",
        "Bourgogne",
        "France",
        W,
        V,
        [(2022, 75), (2023, 75), (2022, 37.5)],
    ),
    "lmmdt": (
        "Chablis 1er Cru Montée de Tonnerre",
        "Domaine Louis Michel",
        "Chablis Premier Cru",
        "Bourgogne",
        "France",
        W,
        V,
        [(2020, 75), (2021, 75)],
    ),
    "servinv": (
        "Chablis 1er Cru Vaillons",
        "Domaine Servin",
        "Chablis Premier Cru",
        "Bourgogne",
        "France",
        W,
        V,
        [(2021, 75)],
    ),
    "servinp": (
        "Petit Chablis",
        "Domaine Servin",
        "Petit Chablis",
        "Bourgogne",
        "France",
        W,
        V,
        [(2023, 75)],
    ),
    "lamy": (
        "Saint-Aubin 1er Cru En Remilly",
        "Domaine Hubert Lamy",
        "Saint-Aubin Premier Cru",
        "Bourgogne",
        "France",
        W,
        V,
        [(2020, 75), (2021, 75)],
    ),
    "boxler": (
        "Riesling",
        "Domaine Albert Boxler",
        "Alsace",
        "Alsace",
        "France",
        W,
        V,
        [(2019, 75), (2020, 75)],
    ),
    # Bordeaux, Spain
    "stemarie": (
        "Entre-Deux-Mers Vieilles Vignes",
        "Château Sainte-Marie",
        "Entre-deux-Mers",
        "Bordeaux",
        "France",
        W,
        V,
        [(2023, 75)],
    ),
    "rieussec": (
        "Château Rieussec",
        "Château Rieussec",
        "Sauternes",
        "Bordeaux",
        "France",
        L,
        V,
        [(2016, 75), (2015, 37.5)],
    ),
    "gloria": (
        "Château Gloria",
        "Château Gloria",
        "Saint-Julien",
        "Bordeaux",
        "France",
        R,
        V,
        [(2015, 75), (2016, 75), (2016, 150)],
    ),
    "stpierre": (
        "Château Saint-Pierre",
        "Château Saint-Pierre",
        "Saint-Julien",
        "Bordeaux",
        "France",
        R,
        V,
        [(2016, 75)],
    ),
    "albarino": (
        "Albariño",
        "Pazo de Señorans",
        "Rías Baixas",
        "Galice",
        "Espagne",
        W,
        V,
        [(2023, 75)],
    ),
    # rosés
    "peyrassol": (
        "Cuvée des Commandeurs",
        "Château Peyrassol",
        "Côtes de Provence",
        "Provence",
        "France",
        P,
        V,
        [(2023, 75), (2023, 150)],
    ),
    "bastide": (
        "Bandol Rosé",
        "Domaine de la Bastide Blanche",
        "Bandol",
        "Provence",
        "France",
        P,
        V,
        [(2023, 75)],
    ),
    # champagnes
    "pcuvee": (
        "Première Cuvée Extra Brut",
        "Bruno Paillard",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75), (None, 37.5), (None, 150)],
    ),
    "prose": (
        "Rosé Première Cuvée",
        "Bruno Paillard",
        "Champagne",
        "Champagne",
        "France",
        P,
        C,
        [(None, 75)],
    ),
    "pbdb": (
        "Blanc de Blancs Extra Brut",
        "Bruno Paillard",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(2012, 75), (2013, 75)],
    ),
    "ayala": (
        "Brut Majeur",
        "Ayala",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75), (None, 37.5)],
    ),
    "ayalarose": ("Rosé Majeur", "Ayala", "Champagne", "Champagne", "France", P, C, [(None, 75)]),
    "tarlant": (
        "Zéro Brut Nature",
        "Tarlant",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75)],
    ),
    "delamotte": (
        "Brut",
        "Delamotte",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75), (None, 150)],
    ),
    "delabdb": (
        "Blanc de Blancs",
        "Delamotte",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75)],
    ),
    "piper": (
        "Cuvée Brut",
        "Piper-Heidsieck",
        "Champagne",
        "Champagne",
        "France",
        E,
        C,
        [(None, 75)],
    ),
    # ciders, pommeaux, juice
    "kinkiz": (
        "Cidre de Cornouaille",
        "Manoir du Kinkiz",
        "Cornouaille",
        "Bretagne",
        None,
        None,
        A,
        [(None, 75)],
    ),
    "kerne": (
        "Cidre Brut",
        "Cidrerie Kerné",
        None,
        "Bretagne",
        None,
        None,
        A,
        [(None, 33), (None, 75)],
    ),
    "valrance": (
        "Cidre Bouché Brut",
        "Val de Rance",
        None,
        "Bretagne",
        None,
        None,
        A,
        [(None, 75)],
    ),
    "pommeaub": (
        "Pommeau de Bretagne",
        "Distillerie des Menhirs",
        "Pommeau de Bretagne",
        "Bretagne",
        None,
        None,
        A,
        [(None, 70)],
    ),
    "pommeaun": (
        "Pommeau de Normandie",
        "Château du Breuil",
        "Pommeau de Normandie",
        "Normandie",
        None,
        None,
        A,
        [(None, 70)],
    ),
    # beers
    "coreffa": (
        "Coreff Ambrée",
        "Brasserie Coreff",
        None,
        "Bretagne",
        None,
        None,
        B,
        [(None, KEG30)],
    ),
    "coreffb": ("Coreff Blonde", "Brasserie Coreff", None, "Bretagne", None, None, B, [(None, 33)]),
    "britt": (
        "Britt Blanche",
        "Brasserie de Bretagne",
        None,
        "Bretagne",
        None,
        None,
        B,
        [(None, KEG20)],
    ),
    "lancelot": (
        "Cervoise Lancelot",
        "Brasserie Lancelot",
        None,
        "Bretagne",
        None,
        None,
        B,
        [(None, 33)],
    ),
    "telenn": ("Telenn Du", "Brasserie Lancelot", None, "Bretagne", None, None, B, [(None, 33)]),
    "hermine": (
        "Blanche Hermine",
        "Brasserie Lancelot",
        None,
        "Bretagne",
        None,
        None,
        B,
        [(None, 33)],
    ),
    "martolod": (
        "Tri Martolod Blonde",
        "Brasserie Tri Martolod",
        None,
        "Bretagne",
        None,
        None,
        B,
        [(None, 33)],
    ),
    # spirits
    "eddu": (
        "Eddu Silver",
        "Distillerie des Menhirs",
        None,
        "Bretagne",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "lambig": (
        "Lambig de Bretagne",
        "Distillerie des Menhirs",
        None,
        "Bretagne",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "breuilfine": (
        "Calvados Pays d'Auge Fine",
        "Château du Breuil",
        "Calvados Pays d'Auge",
        "Normandie",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "breuil15": (
        "Calvados Pays d'Auge 15 ans",
        "Château du Breuil",
        "Calvados Pays d'Auge",
        "Normandie",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "coquerel": (
        "Calvados VSOP",
        "Domaine du Coquerel",
        "Calvados",
        "Normandie",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "camus": ("Camus VSOP", "Camus", "Cognac", "Cognac", None, None, S, [(None, 70)]),
    # softs
    "breizh": ("Breizh Cola", "Phare Ouest", None, "Bretagne", None, None, SO, [(None, 33)]),
    "plancoet": (
        "Plancoët Eau Plate",
        "Plancoët",
        None,
        "Bretagne",
        None,
        None,
        SO,
        [(None, 100), (None, 50)],
    ),
    "jus": ("Pur Jus de Pomme", "Val de Rance", None, "Bretagne", None, None, SO, [(None, 25)]),
}

GLASS = 12.5
# measures: what one sale is. "btl" an explicit bottle word; ("cl", n) a volume printed for a
# bottle of n cl; "glass" a glass with no volume (12.5 cl); ("glass", n) a glass of n cl;
# ("carafe", 50), ("pichet", 25); "half" 37.5 cl; "mag" 150 cl; "dose" 4 cl; ("dose", n);
# "demi" 25 cl of beer; "pinte" 50 cl; "bolee" a 25 cl bowl of cider; "coupe" 12.5 cl.
SERVED = {"glass": GLASS, "dose": 4.0, "demi": 25.0, "pinte": 50.0, "bolee": 25.0, "coupe": GLASS}


@dataclass(frozen=True)
class Spec:
    family: str
    core: str  # what the staff typed, before the till's habits
    key: str | None  # the drink meant, or None
    vintage: int | None = None
    m: object = None  # the measure (see above), None for an unmarked bottle
    why: str = ""


def s(family, core, key, v=None, m=None, why=""):
    return Spec(family, core, key, v, m, why)


SPECS: list[Spec] = [
    # --- Muscadet ---
    s("vb", "Muscadet Brégeon", "bregeon", 2023),
    s("vb", "Muscadet sur Lie Brégeon", "bregeon", 2022),
    s("vb", "Muscadet Michel Brégeon", "bregeon", 2021),
    s("vb", "Muscadet Brégeon", "bregeon", 2020, why="vintage not held"),
    s("vb", "Muscadet sur Lie Brégeon", "bregeon", 2019, why="vintage not held"),
    s("vb", "Muscadet Brégeon", "bregeon"),
    s("vb", "Muscadet Brégeon", "bregeon", 2023, ("glass", 12)),
    s("vb", "Muscadet Brégeon", "bregeon", 2022, "half"),
    s("vb", "Muscadet Brégeon", "bregeon", 2023, "half", why="half held only in 2022"),
    s("vb", "Muscadet Gorges Brégeon", "gorges", 2016),
    s("vb", "Gorges Brégeon", "gorges", 2018),
    s("vb", "Muscadet Gorges", "gorges", 2017, why="tie: the more recent"),
    s("vb", "Muscadet Gorges Brégeon", "gorges"),
    s("vb", "Muscadet Ragotière", "ragot", 2023),
    s("vb", "Muscadet Ragotière", "ragot", None, ("glass", 14)),
    s("vb", "Muscadet Ragotière", "ragot", None, ("carafe", 50)),
    s("vb", "Ragotière sur Lie", "ragot", None, ("pichet", 25)),
    s("vb", "Muscadet Ragotière", "ragot", 2023, "mag"),
    s("vb", "Ragotière", "ragot", 2022, ("glass", 15), why="glass of a vintage not held"),
    s("vb", "Muscadet Clisson Chauvinière", "clisson", 2019),
    s("vb", "Muscadet Clisson", "clisson", 2018, why="vintage not held"),
    s("vb", "Gros Plant Haute Févrie", "grosplant", 2023),
    s("vb", "Gros Plant", "grosplant", None, ("glass", 12), why="one Gros Plant held"),
    s("vb", "Gros Plant Haute Févrie", "grosplant", 2022, why="vintage not held"),
    s("vb", "Muscadet Excellence Haute Févrie", "excellence", 2022),
    s("vb", "Haute Févrie Excellence", "excellence", None, "glass"),
    s("vb", "Muscadet", None, None, ("carafe", 50), why="five Muscadets held"),
    s("vb", "Muscadet", None, None, "glass", why="five Muscadets held"),
    s("vb", "Muscadet sur Lie", None, None, ("pichet", 25), why="several held"),
    s("vb", "Muscadet Gorges Brégeon", None, 2016, "mag", why="a magnum not held"),
    s("vb", "Muscadet Clisson Brégeon", None, 2019, why="Brégeon's Clisson not held"),
    s("vb", "Muscadet Gorges Chauvinière", None, why="Chauvinière's Gorges not held"),
    s("vb", "Gros Plant Brégeon", None, why="another producer's Gros Plant"),
    s("vb", "Muscadet Luneau-Papin Excelsior", None, 2017),
    s("vb", "Muscadet Le Pallet Brégeon", None, why="another cru of a held producer"),
    s("vb", "Ragotière Collection Privée", None, 2020, why="another cuvée"),
    s("vb", "Haute Févrie Monnières Saint-Fiacre", None, 2018, why="another cuvée"),
    # --- Centre-Loire ---
    s("vb", "Sancerre Chavignol Boulay", "chavignol", 2021),
    s("vb", "Sancerre Chavignol Boulay", "chavignol", 2022),
    s("vb", "Sancerre Chavignol Boulay", "chavignol", 2022, "mag"),
    s("vb", "Chavignol Boulay", "chavignol", 2021, "mag", why="magnum held only in 2022"),
    s("vb", "Sancerre Chavignol Boulay", "chavignol", 2023, why="vintage not held"),
    s("vb", "Sancerre Monts Damnés Boulay", "montsd", 2020),
    s("vb", "Monts Damnés Boulay", "montsd", 2019, why="vintage not held"),
    s("vb", "Sancerre Grands Champs Fouassier", "fouassier", 2022),
    s("vb", "Sancerre Fouassier", "fouassier", 2022, "half"),
    s("vb", "Sancerre Fouassier", "fouassier", None, ("glass", 15)),
    s("vb", "Sancerre Grands Champs", "fouassier", 2021, why="vintage not held"),
    s("vb", "Pouilly-Fumé Florilège Pabiot", "pabiot", 2022),
    s("vb", "Pouilly-Fumé Pabiot", "pabiot", None, "glass"),
    s("vb", "Menetou-Salon Gilbert", "menetou", 2022),
    s("vb", "Menetou Salon", "menetou", None, ("glass", 12), why="one Menetou held"),
    s("vb", "Quincy Trotereau", "quincy", 2022),
    s("vb", "Quincy", "quincy", None, ("glass", 14)),
    s("vb", "Sancerre", None, None, "glass", why="three Sancerres held"),
    s("vb", "Sancerre", None, 2022, why="three Sancerres held"),
    s("vr", "Sancerre Rouge Boulay", None, 2021, why="another colour"),
    s("vb", "Sancerre La Comtesse Boulay", None, 2020, why="another Boulay cuvée"),
    s("vb", "Sancerre Chavignol Cotat", None, 2021, why="another producer of Chavignol"),
    s("vb", "Sancerre Clos Paradis Fouassier", None, why="another Fouassier"),
    s("vb", "Monts Damnés Boulay", None, 2020, "mag", why="a magnum not held"),
    s("vb", "Sancerre Chavignol Boulay", None, 2022, "half", why="a half not held"),
    s("vb", "Pouilly-Fumé Préambule Pabiot", None, why="another Pabiot"),
    s("vb", "Pouilly-Fuissé", None, why="shares a word with Pouilly-Fumé"),
    s("vr", "Menetou-Salon Rouge Gilbert", None, why="another colour"),
    s("vb", "Quincy Mardon", None, 2022, why="another producer"),
    # --- Touraine, Anjou ---
    s("vb", "Vouvray Sec Clos Naudin", "vvsec", 2020),
    s("vb", "Vouvray Sec Foreau", "vvsec"),
    s("vb", "Vouvray Moelleux Clos Naudin", "vvmoel", 2018),
    s("vb", "Vouvray Moelleux Foreau", "vvmoel", 2015, why="vintage not held"),
    s("vb", "Vouvray Demi-Sec Clos Naudin", None, 2019, why="another cuvée, not a half"),
    s("vb", "Vouvray", None, None, "glass", why="two Vouvrays held"),
    s("vb", "Savennières Roche aux Moines", "moines", 2019),
    s("vb", "Roche aux Moines", "moines", 2017, why="vintage not held"),
    s("vb", "Savennières Clos du Papillon", None, 2019, why="another Savennières"),
    s("vb", "Montlouis Minéral+ Saumon", "saumon", 2021),
    s("vb", "Frantz Saumon Minéral", "saumon", 2022, why="vintage not held"),
    s("vb", "Montlouis Saumon Clos du Chêne", None, why="another Saumon cuvée"),
    s("vb", "Coteaux du Layon Pierre-Bise 50cl", "layon", 2019),
    s("vb", "Coteaux du Layon Pierre Bise", "layon", None, "glass"),
    s("vb", "Layon Beaulieu", "layon", None, ("glass", 8)),
    s("vb", "Coteaux du Layon Pierre-Bise 75cl", None, why="a format not held"),
    s("vb", "Quarts de Chaume Pierre-Bise", None, 2018, why="another Pierre-Bise"),
    s("ch", "Saphir Bouvet-Ladubay", "saphir"),
    s("ch", "Saphir Bouvet", "saphir", None, "glass"),
    s("ch", "Bouvet Trésor", None, why="another Bouvet"),
    s("vr", "Chinon Chiens-Chiens Noblaie", "noblaie", 2021),
    s("vr", "Chinon Noblaie", "noblaie", None, ("glass", 15)),
    s("vr", "Chinon Blanc Noblaie", None, why="another colour"),
    s("vr", "Bourgueil Petite Cave Amirault", "petitecave", 2019),
    s("vr", "Petite Cave Amirault", "petitecave", 2018, why="vintage not held"),
    s("vr", "Saint-Nicolas Malgagnes Amirault", "malgagnes", 2020),
    s("vr", "Saint-Nicolas-de-Bourgueil", "malgagnes", None, "glass", why="one held"),
    s("vr", "Bourgueil Les Quartiers Amirault", None, 2019, why="another Amirault"),
    s("vr", "Saumur-Champigny Yvonne", "yvonne", 2020),
    s("vr", "Château Yvonne", "yvonne", None, ("glass", 12)),
    s("vb", "Saumur Blanc Yvonne", None, why="another colour"),
    # --- Chablis, Burgundy, Alsace ---
    s("vb", "Chablis Louis Michel", "lmchablis", 2023),
    s("vb", "Chablis Louis Michel", "lmchablis", 2022),
    s("vb", "Chablis Louis Michel", "lmchablis"),
    s("vb", "Chablis Louis Michel", "lmchablis", 2022, "half"),
    s("vb", "Chablis Louis Michel", "lmchablis", None, ("glass", 14)),
    s("vb", "Chablis Louis Michel", "lmchablis", 2021, why="vintage not held"),
    s("vb", "Chablis Montée de Tonnerre Louis Michel", "lmmdt", 2020),
    s("vb", "Montée de Tonnerre Louis Michel", "lmmdt", 2021),
    s("vb", "Chablis 1er Montée de Tonnerre", "lmmdt", 2019, why="vintage not held"),
    s("vb", "Chablis 1er Vaillons Servin", "servinv", 2021),
    s("vb", "Petit Chablis Servin", "servinp", 2023),
    s("vb", "Petit Chablis", "servinp", None, "glass", why="one held"),
    s("vb", "Chablis Vaillons Louis Michel", None, 2021, why="Vaillons held from Servin"),
    s("vb", "Montée de Tonnerre Servin", None, why="Montée de Tonnerre held from L. Michel"),
    s("vb", "Chablis Servin", None, 2022, why="Servin's village Chablis not held"),
    s("vb", "Petit Chablis Louis Michel", None, why="another producer's Petit Chablis"),
    s("vb", "Chablis Grand Cru Les Clos Louis Michel", None, 2019, why="another L. Michel"),
    s("vb", "Chablis Louis Michel", None, 2023, "mag", why="a magnum not held"),
    s("vb", "Saint-Aubin En Remilly Lamy", "lamy", 2020),
    s("vb", "Saint-Aubin 1er En Remilly", "lamy", 2021),
    s("vb", "Saint-Aubin Remilly Lamy", "lamy", 2022, why="vintage not held"),
    s("vb", "Saint-Aubin Dents de Chien Lamy", None, 2020, why="another Lamy"),
    s("vb", "Riesling Boxler", "boxler", 2019),
    s("vb", "Riesling Albert Boxler", "boxler", 2020),
    s("vb", "Riesling Grand Cru Sommerberg Boxler", None, 2019, why="another Boxler"),
    # --- Bordeaux, Spain ---
    s("vb", "Entre-Deux-Mers Sainte-Marie", "stemarie", 2023),
    s("vb", "Entre Deux Mers", "stemarie", None, ("glass", 12), why="one held"),
    s("vb", "Château Sainte-Marie", "stemarie", None, ("pichet", 25)),
    s("vb", "Entre-Deux-Mers Château Bonnet", None, why="another estate"),
    s("vb", "Château Rieussec", "rieussec", 2016),
    s("vb", "Sauternes Rieussec", "rieussec", 2015, "half"),
    s("vb", "Rieussec", "rieussec", None, "glass", why="glass from the 75 cl"),
    s("vb", "Château Rieussec", "rieussec", 2016, "half", why="half held only in 2015"),
    s("vb", "Carmes de Rieussec", None, why="the second wine"),
    s("vr", "Château Gloria", "gloria", 2015),
    s("vr", "Château Gloria", "gloria", 2016),
    s("vr", "Château Gloria", "gloria"),
    s("vr", "Château Gloria", "gloria", 2014, why="vintage not held"),
    s("vr", "Château Gloria", "gloria", 2016, "mag"),
    s("vr", "Château Saint-Pierre", "stpierre", 2016),
    s("vr", "Château Saint-Pierre", "stpierre", 2015, why="vintage not held"),
    s("vr", "Château Gloria", None, 2016, "half", why="a half not held"),
    s("vr", "Saint-Julien", None, why="two Saint-Juliens held"),
    s("vr", "Château Beychevelle", None, 2016),
    s("vb", "Albariño Señorans", "albarino", 2023),
    s("vb", "Pazo de Señorans", "albarino"),
    s("vb", "Albariño", "albarino", None, ("glass", 15), why="one held"),
    s("vb", "Albariño Martín Códax", None, why="another producer"),
    s("vb", "Pazo Señorans Selección de Añada", None, 2014, why="another cuvée"),
    # --- rosés ---
    s("vs", "Peyrassol Commandeurs", "peyrassol", 2023),
    s("vs", "Château Peyrassol", "peyrassol", None, "mag"),
    s("vs", "Peyrassol Rosé", "peyrassol", None, ("glass", 12)),
    s("vs", "Peyrassol Commandeurs", "peyrassol", 2022, why="vintage not held"),
    s("vs", "La Croix Peyrassol", None, why="another Peyrassol"),
    s("vs", "Bandol Rosé Bastide Blanche", "bastide", 2023),
    s("vs", "Bastide Blanche Rosé", "bastide", 2022, why="vintage not held"),
    s("vr", "Bandol Rouge Bastide Blanche", None, why="another colour"),
    s("vs", "Rosé du moment", None, None, "glass"),
    # --- champagnes ---
    s("ch", "Bruno Paillard Première Cuvée", "pcuvee"),
    s("ch", "Paillard Première Cuvée", "pcuvee", None, "half"),
    s("ch", "Bruno Paillard", "pcuvee", None, "mag"),
    s("ch", "Paillard Première Cuvée", "pcuvee", None, "coupe"),
    s("ch", "Paillard Rosé", "prose"),
    s("ch", "Paillard Rosé", "prose", None, "coupe"),
    s("ch", "Paillard Blanc de Blancs", "pbdb", 2013),
    s("ch", "Paillard Blanc de Blancs", "pbdb", 2012),
    s("ch", "Bruno Paillard Blanc de Blancs", "pbdb", 2014, why="vintage not held"),
    s("ch", "Paillard Blanc de Blancs", "pbdb"),
    s("ch", "Ayala Brut Majeur", "ayala"),
    s("ch", "Ayala Brut Majeur", "ayala", None, "half"),
    s("ch", "Ayala Brut", "ayala", None, "coupe"),
    s("ch", "Ayala Rosé Majeur", "ayalarose"),
    s("ch", "Tarlant Zéro", "tarlant"),
    s("ch", "Tarlant Brut Nature", "tarlant", None, "coupe"),
    s("ch", "Delamotte Brut", "delamotte"),
    s("ch", "Delamotte Brut", "delamotte", None, "mag"),
    s("ch", "Delamotte", "delamotte", None, "coupe", why="the Brut is its ordinary wine"),
    s("ch", "Delamotte Blanc de Blancs", "delabdb"),
    s("ch", "Piper-Heidsieck Brut", "piper"),
    s("ch", "Piper Heidsieck", "piper", None, "coupe"),
    s("ch", "Paillard N.P.U.", None, 2008, why="another Paillard"),
    s("ch", "Paillard Rosé", None, None, "mag", why="a magnum not held"),
    s("ch", "Paillard Blanc de Blancs", None, 2013, "half", why="a half not held"),
    s("ch", "Ayala Blanc de Blancs", None, 2016, why="another Ayala"),
    s("ch", "Ayala Brut Majeur", None, None, "mag", why="a magnum not held"),
    s("ch", "Delamotte Rosé", None, why="another Delamotte"),
    s("ch", "Salon Le Mesnil", None, 2012),
    s("ch", "Piper-Heidsieck Rosé Sauvage", None, why="another Piper"),
    s("ch", "Champagne", None, None, "coupe", why="generic"),
    s("ch", "Kir Royal", None, why="a cocktail"),
    s("ch", "Crémant de Loire", None, None, "glass"),
    # --- ciders, pommeaux ---
    s("ci", "Cidre Kinkiz Cornouaille", "kinkiz"),
    s("ci", "Kinkiz", "kinkiz", None, "bolee"),
    s("ci", "Cidre Kerné Brut 33cl", "kerne", None, ("cl", 33)),
    s("ci", "Kerné Brut 75cl", "kerne", None, ("cl", 75)),
    s("ci", "Cidre Kerné", "kerne", None, "bolee", why="bowl from the 75 cl"),
    s("ci", "Val de Rance Bouché Brut", "valrance"),
    s("ci", "Cidre Val de Rance", "valrance", None, "bolee"),
    s("ci", "Cidre Kerné Doux 33cl", None, why="another Kerné"),
    s("ci", "Cidre Val de Rance Doux", None, why="another Val de Rance"),
    s("ci", "Poiré Kinkiz", None, why="another Kinkiz"),
    s("ci", "Cidre Brut", None, None, "bolee", why="two brut ciders held"),
    s("ci", "Cidre Maison", None, None, "bolee"),
    s("ci", "Chouchen", None, None, "glass"),
    s("ap", "Pommeau de Bretagne Menhirs", "pommeaub", None, "dose"),
    s("ap", "Pommeau Bretagne", "pommeaub", None, ("dose", 6)),
    s("ap", "Pommeau Breuil", "pommeaun", None, ("dose", 4)),
    s("ap", "Pommeau de Normandie", "pommeaun", None, "dose"),
    s("ap", "Pommeau", None, None, "dose", why="two pommeaux held"),
    s("ap", "Kir Breton", None, why="a cocktail"),
    s("ap", "Kir Muscadet", None),
    s("ap", "Ricard", None, None, ("dose", 2)),
    # --- beers ---
    s("bi", "Coreff Ambrée", "coreffa", None, "demi"),
    s("bi", "Coreff Ambrée", "coreffa", None, "pinte"),
    s("bi", "Pression Coreff", "coreffa", None, "demi", why="one Coreff on draught"),
    s("bi", "Coreff Blonde 33cl", "coreffb", None, ("cl", 33)),
    s("bi", "Coreff Blonde", "coreffb"),
    s("bi", "Britt Blanche", "britt", None, "demi"),
    s("bi", "Britt Blanche", "britt", None, "pinte"),
    s("bi", "Cervoise Lancelot", "lancelot"),
    s("bi", "Telenn Du 33cl", "telenn", None, ("cl", 33)),
    s("bi", "Blanche Hermine", "hermine"),
    s("bi", "Tri Martolod Blonde", "martolod"),
    s("bi", "Tri Martolod", "martolod", None, ("cl", 33)),
    s("bi", "Coreff Blonde", None, None, "pinte", why="held only in bottle"),
    s("bi", "Coreff Ambrée 33cl", None, why="held only on draught"),
    s("bi", "Coreff IPA", None, why="another Coreff"),
    s("bi", "Britt Blonde", None, None, "demi", why="another Britt"),
    s("bi", "Duchesse Anne", None, why="another Lancelot"),
    s("bi", "Telenn Du", None, None, "pinte", why="held only in bottle"),
    s("bi", "Tri Martolod Ambrée", None, why="another Tri Martolod"),
    s("bi", "Panaché", None, None, "demi"),
    s("bi", "Bière du moment", None, None, "pinte"),
    s("bi", "Blanche", None, None, "demi", why="generic"),
    # --- spirits ---
    s("sp", "Eddu Silver", "eddu", None, "dose"),
    s("sp", "Whisky Eddu Silver", "eddu"),
    s("sp", "Lambig Menhirs", "lambig", None, "dose"),
    s("sp", "Lambig de Bretagne", "lambig", None, ("dose", 2)),
    s("sp", "Calvados Breuil Fine", "breuilfine", None, "dose"),
    s("sp", "Breuil Pays d'Auge Fine", "breuilfine"),
    s("sp", "Breuil 15 ans", "breuil15", None, "dose"),
    s("sp", "Calvados Breuil 15 ans", "breuil15", None, ("dose", 2)),
    s("sp", "Coquerel VSOP", "coquerel", None, "dose"),
    s("sp", "Camus VSOP", "camus", None, ("dose", 4)),
    s("sp", "Cognac Camus VSOP", "camus", None, "dose"),
    s("sp", "Eddu Gold", None, None, "dose", why="another Eddu"),
    s("sp", "Eddu Grey Rock", None, why="another Eddu"),
    s("sp", "Armorik Classic", None, None, "dose"),
    s("sp", "Breuil 20 ans", None, None, "dose", why="another age"),
    s("sp", "Calvados Breuil 12 ans", None, why="another age"),
    s("sp", "Coquerel XO", None, None, "dose", why="another Coquerel"),
    s("sp", "Camus VS", None, why="another Camus"),
    s("sp", "Lambig 15 ans", None, None, "dose", why="another age"),
    s("sp", "Calvados", None, None, "dose", why="three calvados held"),
    s("sp", "Fine Bretagne", None, None, "dose"),
    s("sp", "Calva Maison", None, None, "dose"),
    # --- softs ---
    s("so", "Breizh Cola 33cl", "breizh", None, ("cl", 33)),
    s("so", "Plancoët 100cl", "plancoet", None, ("cl", 100)),
    s("so", "Plancoët Plate 50cl", "plancoet", None, ("cl", 50)),
    s("so", "Pur Jus Pomme Val de Rance", "jus"),
    s("so", "Jus de Pomme 25cl", "jus", None, ("cl", 25)),
    s("so", "Breizh Cola Zéro", None, why="another Breizh Cola"),
    s("so", "Plancoët Fines Bulles 100cl", None, why="another Plancoët"),
    s("so", "Plancoët 33cl", None, why="a format not held"),
    s("so", "Coca-Cola 33cl", None),
    s("so", "Jus de Pomme Kerné", None, why="juice of another producer"),
    s("so", "Carafe d'eau", None),
    # --- generic wines ---
    s("vb", "Vin de Pays Blanc", None, None, ("pichet", 25), why="generic"),
    s("vr", "Vin de Pays Rouge", None, None, "glass", why="generic"),
    s("vb", "Vin Blanc du moment", None, None, ("glass", 12), why="generic"),
    s("vb", "Suggestion du Sommelier", None, None, ("glass", 15), why="generic"),
    s("vr", "Vin Rouge", None, None, ("carafe", 50), why="generic"),
    # --- oysters, seafood, kitchen, coffee, services ---
    s("hu", "Huîtres Creuses Cancale n°3 x6", None),
    s("hu", "Huîtres Creuses n°2 x12", None),
    s("hu", "Plates de Cancale 000 x6", None),
    s("hu", "Plateau Fruits de Mer", None),
    s("hu", "Bulots Mayonnaise", None),
    s("hu", "Tourteau Mayonnaise", None),
    s("hu", "Langoustines x6", None),
    s("hu", "Bourriche 24 Huîtres", None),
    s("cu", "Moules Marinières", None),
    s("cu", "Moules Frites", None),
    s("cu", "Soupe de Poissons", None),
    s("cu", "Sole Meunière", None),
    s("cu", "Galette Complète", None),
    s("cu", "Crêpe Beurre Sucre", None),
    s("cu", "Kouign Amann", None),
    s("cu", "Far Breton", None),
    s("cu", "Pain Seigle Beurre Demi-Sel", None),
    s("ca", "Café", None),
    s("ca", "Double Expresso", None),
    s("ca", "Déca", None),
    s("ca", "Café Calva", None),
    s("sv", "Couvert", None),
    s("sv", "Ouverture Huîtres", None),
    s("sv", "Droit de Bouchon", None),
    s("sv", "Offert Maison", None),
    s("sv", "Consigne Bourriche", None),
]

# --- the tills ---------------------------------------------------------------------------

CODE_K = {
    "vb": "11",
    "vr": "12",
    "vs": "13",
    "ch": "14",
    "ci": "21",
    "ap": "23",
    "bi": "22",
    "sp": "31",
    "so": "41",
    "hu": "51",
    "cu": "52",
    "ca": "61",
    "sv": "91",
}
CODE_E = {
    "vb": "vb",
    "vr": "vr",
    "vs": "vs",
    "ch": "ch",
    "ci": "ci",
    "ap": "ap",
    "bi": "bi",
    "sp": "sp",
    "so": "so",
    "hu": "hu",
    "cu": "cu",
    "ca": "ca",
    "sv": "sv",
}
WIDTH_K, WIDTH_E = 26, 18
MEASURE_WORDS = {
    "VERRE",
    "CARAFE",
    "PICHET",
    "1/2",
    "MAG",
    "DOSE",
    "DEMI",
    "PINTE",
    "BOLEE",
    "COUPE",
    "GL",
    "VRE",
    "CAR",
    "PICH",
    "CP",
    "BTL",
}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_cl(core: str) -> str:
    """The core without a trailing bottle volume (the till prints the measure itself)."""
    words = core.split()
    if words and words[-1].lower().endswith("cl") and words[-1][:-2].isdigit():
        words = words[:-1]
    return " ".join(words)


def measure_k(m: object) -> tuple[str, str]:
    """(before, after) the core on till K."""
    if m is None or m == "btl":
        return "", ""
    if isinstance(m, tuple):
        kind, cl = m
        cl_txt = f"{cl:g}"
        return {
            "glass": (f"VERRE {cl_txt}CL", ""),
            "carafe": ("CARAFE 50CL", ""),
            "pichet": ("PICHET 25", ""),
            "dose": ("", f"{cl_txt}CL"),
            "cl": ("", f"{cl_txt}CL"),
        }[kind]
    return {
        "glass": ("VERRE", ""),
        "half": ("1/2", ""),
        "mag": ("MAG", ""),
        "dose": ("", "DOSE"),
        "demi": ("", "DEMI"),
        "pinte": ("", "PINTE"),
        "bolee": ("BOLEE", ""),
        "coupe": ("COUPE", ""),
    }[m]  # type: ignore[index]


WINE_FAMILIES = ("vb", "vr", "vs", "ch")


def measure_t(m: object, rng: random.Random, family: str) -> str:
    if m is None:
        return "btl" if family in WINE_FAMILIES and rng.random() < 0.2 else ""
    if m == "btl":
        return "btl"
    if isinstance(m, tuple):
        kind, cl = m
        return {
            "glass": f"gl {cl:g}cl",
            "carafe": "carafe 50cl",
            "pichet": "pichet 25cl",
            "dose": f"{cl:g}cl",
            "cl": f"{cl:g}cl",
        }[kind]
    return {
        "glass": "gl",
        "half": "1/2 btl",
        "mag": "mag",
        "dose": "dose",
        "demi": "demi",
        "pinte": "pinte",
        "bolee": "bolée",
        "coupe": "coupe",
    }[m]  # type: ignore[index]


def measure_e(m: object) -> str:
    if m is None or m == "btl":
        return ""
    if isinstance(m, tuple):
        kind, cl = m
        return {
            "glass": f"vre {cl:g}cl",
            "carafe": "car 50cl",
            "pichet": "pich 25cl",
            "dose": f"{cl:g}cl",
            "cl": f"{cl:g}cl",
        }[kind]
    return {
        "glass": "vre",
        "half": "demi",
        "mag": "mag",
        "dose": "dose",
        "demi": "demi",
        "pinte": "pinte",
        "bolee": "bolee",
        "coupe": "cp",
    }[m]  # type: ignore[index]


def cut(text: str, vintage: str, width: int, sep: str = " ") -> tuple[str, bool] | None:
    """The till's cut at `width`. The vintage goes first (it is at the end). None when the
    cut would lose a whole word, cut into a word holding a digit or a measure, or leave
    fewer than 3 letters of the last word: such a product is typed on the tablet instead."""
    if len(text + vintage) <= width:
        return text + vintage, bool(vintage)
    kept_text = text[:width]
    kept, words = kept_text.split(sep), text.split(sep)
    kept = [w for w in kept if w]
    if len(kept) < len(words):
        return None
    last, part = words[len(kept) - 1], kept[-1]
    if last != part and (
        any(ch.isdigit() for ch in last)
        or last.upper() in MEASURE_WORDS
        or len(part) < 3
        or "/" in last
    ):
        return None
    return kept_text.rstrip(sep), False


def render_k(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Counter register: upper case without accents or apostrophes, a two-digit family
    code and a colon, CH / DOM / ST abbreviations, measure words first (a bottle volume
    last), two-digit vintages, cut at 26 characters."""
    core = fold(
        strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    ).upper()
    core = core.replace("CHATEAU ", "CH ").replace("DOMAINE ", "DOM ").replace("'", " ")
    core = core.replace("N°", "N").replace("+", "")
    if rng.random() < 0.5:
        core = core.replace("SAINT-", "ST ").replace("SAINT ", "ST ")
    if rng.random() < 0.5:
        core = core.replace("-", " ")
    before, after = measure_k(spec.m)
    text = CODE_K[spec.family] + ":" + " ".join(x for x in (before, core, after) if x)
    text = " ".join(text.split())
    vintage = f" {spec.vintage % 100:02d}" if spec.vintage else ""
    return cut(text, vintage, WIDTH_K)


def render_e(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Oyster-counter handheld: lower case without accents, a two-letter family code and
    `>`, underscores for spaces, measure first, four-digit vintages, cut at 18."""
    core = fold(
        strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    ).lower()
    core = core.replace("chateau ", "ch ").replace("domaine ", "dom ").replace("'", " ")
    core = core.replace("-", " ")
    m = measure_e(spec.m)
    if m and isinstance(spec.m, tuple) and spec.m[0] == "cl":
        words = core.split() + m.split()
    else:
        words = m.split() + core.split()
    text = CODE_E[spec.family] + ">" + "_".join(words)
    vintage = f"_{spec.vintage}" if spec.vintage else ""
    return cut(text, vintage, WIDTH_E, sep="_")


def price_range(spec: Spec) -> tuple[int, int]:
    """A plausible price range (euros) for the tablet's price suffix."""
    m = spec.m
    kind = m[0] if isinstance(m, tuple) else m
    if kind in ("glass", "coupe"):
        return 6, 15
    if kind == "dose":
        return 5, 13
    if kind in ("demi", "bolee"):
        return 4, 7
    if kind == "pinte":
        return 7, 10
    if kind == "pichet":
        return 9, 15
    if kind == "carafe":
        return 18, 29
    if kind == "half":
        return 19, 49
    if kind == "mag":
        return 69, 229
    if spec.core.startswith("Kir"):
        return 7, 14
    if spec.family in WINE_FAMILIES:
        return 29, 139
    if kind == "cl" and m[1] <= 50:  # type: ignore[index]
        return 2, 8
    if spec.family in ("bi", "so", "ca"):
        return 2, 8
    if spec.family == "ci":
        return 12, 30
    if spec.family in ("ap", "sp"):
        return 45, 95
    if spec.family in ("hu", "cu"):
        return 5, 96
    return 0, 30


def render_t(spec: Spec, rng: random.Random) -> tuple[str, bool]:
    """Waiters' tablet: as typed (mixed case, accents mostly kept), Ch. / Dom. / vdp
    abbreviations, two words sometimes glued, the measure after the name, vintage as '19,
    19 or 2019, and the price at the end written 8€50."""
    core = strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    core = core.replace("Château ", "Ch. ").replace("Domaine ", "Dom. ")
    core = core.replace("Vin de Pays", "vdp")
    if rng.random() < 0.2:
        core = fold(core)
    words = core.split()
    if len(words) >= 2 and rng.random() < 0.25:
        at = rng.randrange(len(words) - 1)
        pair = words[at : at + 2]
        if all(w.isalpha() and len(w) >= 3 for w in pair):
            words[at : at + 2] = [words[at] + words[at + 1]]
    m = measure_t(spec.m, rng, spec.family)
    if m:
        words.append(m)
    vintage = ""
    if spec.vintage:
        vintage = " " + rng.choice(
            [f"'{spec.vintage % 100:02d}", f"{spec.vintage % 100:02d}", f"{spec.vintage}"]
        )
    low, high = price_range(spec)
    price = f" {rng.randrange(low, high)}€{rng.choice(['00', '50', '90', '20'])}"
    return " ".join(words) + vintage + price, bool(vintage)


# --- library and expected answers ---------------------------------------------------------


def units(volume: float, format_cl: float) -> Decimal:
    return (Decimal(str(volume)) / Decimal(str(format_cl))).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_UP
    )


def library():
    rows, entries = [], {}
    for key, (name, producer, app, region, country, colour, cat, held) in DRINKS.items():
        for vintage, size in held:
            entry_id = f"h{len(rows) + 1:03d}"
            rows.append(
                {
                    "id": entry_id,
                    "name": name,
                    "producer": producer,
                    "appellation": app,
                    "region": region,
                    "country": country,
                    "colour": colour,
                    "category": cat,
                    "vintage": vintage,
                    "format_cl": size,
                }
            )
            entries.setdefault(key, []).append((vintage, size, entry_id))
    return rows, entries


def expected(spec: Spec, shown: bool, entries) -> dict:
    none = {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None}
    if spec.key is None:
        return none
    held = entries[spec.key]
    sizes = {x for _, x, _ in held}
    ordinary = 75.0 if 75 in sizes else max(x for x in sizes if x not in (37.5, 150))
    m = spec.m
    if isinstance(m, tuple) and m[0] in ("glass", "carafe", "pichet", "dose"):
        size, share = ordinary, units(m[1], ordinary)
    elif isinstance(m, str) and m in SERVED:
        size, share = ordinary, units(SERVED[m], ordinary)
    else:
        share = Decimal(1)
        if m == "half":
            size = 37.5
        elif m == "mag":
            size = 150.0
        elif isinstance(m, tuple) and m[0] == "cl":
            size = float(m[1])
        else:
            size = ordinary
            assert len([x for x in sizes if x not in (37.5, 150)]) == 1 or spec.family in (
                "vb",
                "vr",
                "vs",
                "ch",
            ), f"{spec.core}: bottle without a volume, several sizes"
    rows = [(v, e) for v, x, e in held if x == size]
    assert rows, f"{spec.core}: format {size} not held"
    vintage = spec.vintage if shown else None
    dated = [(v, e) for v, e in rows if v is not None]
    if not dated:
        assert vintage is None, spec
        return {"expect": "yes", "beverage_id": rows[0][1], "also_ok": [], "units_per_sale": share}
    if vintage is None:
        best = max(dated)
        return {
            "expect": "yes",
            "beverage_id": best[1],
            "also_ok": [e for v, e in dated if e != best[1]],
            "units_per_sale": share,
        }
    exact = [e for v, e in dated if v == vintage]
    if exact:
        return {"expect": "yes", "beverage_id": exact[0], "also_ok": [], "units_per_sale": share}
    near = min(dated, key=lambda item: (abs(item[0] - vintage), -item[0]))
    return {
        "expect": "almost",
        "beverage_id": near[1],
        "also_ok": [e for v, e in dated if e != near[1]],
        "units_per_sale": share,
    }


def build():
    rng = random.Random(SEED)
    rows, entries = library()
    cases = []
    for spec in SPECS:
        till = rng.choices("KTE", weights=[0.42, 0.36, 0.22])[0]
        rendered = None
        if till == "K":
            rendered = render_k(spec, rng)
        elif till == "E":
            rendered = render_e(spec, rng)
        if rendered is None:
            till = "T"
            rendered = render_t(spec, rng)
        label, shown = rendered
        case = {"label": label, **expected(spec, shown, entries)}
        case["vintage"] = spec.vintage if shown else None
        case["connection"] = till
        case["note"] = f"{spec.core} ({spec.key or 'not held'}) {spec.why}".strip()
        if spec.vintage and not shown:
            case["note"] += f" [{spec.vintage} cut off by the till]"
        if case["units_per_sale"] is not None:
            case["units_per_sale"] = float(case["units_per_sale"])
        cases.append(case)
    rng.shuffle(cases)
    return rows, cases


def main() -> None:
    rows, cases = build()
    for name, items in (("oyster_library.jsonl", rows), ("oyster_cases.jsonl", cases)):
        with (HERE / name).open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    kinds = {k: sum(c["expect"] == k for c in cases) for k in ("yes", "almost", "none")}
    tills = {t: sum(c["connection"] == t for c in cases) for t in "KTE"}
    print(f"library={len(rows)} cases={len(cases)} {kinds} {tills}")


if __name__ == "__main__":
    main()
