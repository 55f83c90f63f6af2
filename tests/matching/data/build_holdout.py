"""Builds the held-out matching set (holdout_library.jsonl, holdout_cases.jsonl).

Written for this project from general knowledge of French wine and POS habits; see
README.md beside it. The spec below is the source: each case names the wine it means
(an alias) and what the label says (vintage, format, serving volume); this script applies
the bench README's rules to fill in beverage_id, also_ok and units_per_sale, and checks
that every case is consistent with the library. Run: python build_holdout.py
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

# alias: (name, producer, appellation, region, colour, category, [(vintage, format_cl)])
V, C, S, B, A, SO = "vin", "champagne", "spiritueux", "bière", "autre", "soft"
FR = "France"
WINES: dict[str, tuple[str, str, str, str, str | None, str, list[tuple[int | None, float]]]] = {
    # Savoie
    "apremont": (
        "Apremont",
        "Domaine Giachino",
        "Vin de Savoie Apremont",
        "Savoie",
        "blanc",
        V,
        [(2022, 75), (2023, 75)],
    ),
    "chignin": (
        "Chignin-Bergeron",
        "Domaine Louis Magnin",
        "Vin de Savoie Chignin-Bergeron",
        "Savoie",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "arbin": (
        "Mondeuse Arbin Tout un Monde",
        "Domaine Louis Magnin",
        "Vin de Savoie Arbin",
        "Savoie",
        "rouge",
        V,
        [(2019, 75), (2020, 75)],
    ),
    "marestel": (
        "Roussette de Savoie Marestel",
        "Domaine Dupasquier",
        "Roussette de Savoie Marestel",
        "Savoie",
        "blanc",
        V,
        [(2018, 75)],
    ),
    "alpes": (
        "Les Alpes",
        "Domaine Belluard",
        "Vin de Savoie Ayse",
        "Savoie",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "montblanc": (
        "Mont Blanc Brut Zéro",
        "Domaine Belluard",
        "Vin de Savoie Ayse",
        "Savoie",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "argile": (
        "Argile Blanc",
        "Domaine des Ardoisières",
        "Vin des Allobroges",
        "Savoie",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "abymes": (
        "Abymes",
        "Domaine Labbé",
        "Vin de Savoie Abymes",
        "Savoie",
        "blanc",
        V,
        [(2023, 75)],
    ),
    "jacquere": (
        "Jacquère",
        "Cave de Chautagne",
        "Vin de Savoie",
        "Savoie",
        "blanc",
        V,
        [(2023, 75)],
    ),
    "chautagne": (
        "Gamay de Chautagne",
        "Cave de Chautagne",
        "Vin de Savoie Chautagne",
        "Savoie",
        "rouge",
        V,
        [(2022, 75)],
    ),
    # Jura
    "vinjaune": (
        "Vin Jaune",
        "Domaine Berthet-Bondet",
        "Château-Chalon",
        "Jura",
        "blanc",
        V,
        [(2015, 62), (2016, 62)],
    ),
    "macle": (
        "Château-Chalon",
        "Domaine Jean Macle",
        "Château-Chalon",
        "Jura",
        "blanc",
        V,
        [(2014, 62)],
    ),
    "tissotcremant": (
        "Crémant du Jura Indigène",
        "Domaine André et Mireille Tissot",
        "Crémant du Jura",
        "Jura",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "bruyeres": (
        "Arbois Chardonnay Les Bruyères",
        "Domaine André et Mireille Tissot",
        "Arbois",
        "Jura",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "trousseau": ("Arbois Trousseau", "Domaine Rolet", "Arbois", "Jura", "rouge", V, [(2019, 75)]),
    "paille": (
        "Vin de Paille",
        "Domaine Rolet",
        "Côtes du Jura",
        "Jura",
        "liquoreux",
        V,
        [(2015, 37.5)],
    ),
    "etoile": ("L'Étoile", "Domaine de Montbourgeau", "L'Étoile", "Jura", "blanc", V, [(2019, 75)]),
    "poulsard": ("Poulsard", "Domaine de la Tournelle", "Arbois", "Jura", "rouge", V, [(2021, 75)]),
    # Alsace
    "altenberg": (
        "Altenberg de Bergheim Grand Cru",
        "Domaine Marcel Deiss",
        "Alsace Grand Cru",
        "Alsace",
        "blanc",
        V,
        [(2015, 75)],
    ),
    "engelgarten": (
        "Engelgarten",
        "Domaine Marcel Deiss",
        "Alsace",
        "Alsace",
        "blanc",
        V,
        [(2017, 75)],
    ),
    "sylvaner": (
        "Sylvaner Vieilles Vignes",
        "Domaine Ostertag",
        "Alsace",
        "Alsace",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "schlossberg": (
        "Riesling Grand Cru Schlossberg",
        "Domaine Albert Mann",
        "Alsace Grand Cru Schlossberg",
        "Alsace",
        "blanc",
        V,
        [(2018, 75), (2019, 75)],
    ),
    "pgalbert": (
        "Pinot Gris Cuvée Albert",
        "Domaine Albert Mann",
        "Alsace",
        "Alsace",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "gewurzvt": (
        "Gewurztraminer Vendanges Tardives",
        "Domaine Schoffit",
        "Alsace",
        "Alsace",
        "liquoreux",
        V,
        [(2017, 50)],
    ),
    "gewurz": ("Gewurztraminer", "Domaine Schoffit", "Alsace", "Alsace", "blanc", V, [(2021, 75)]),
    "blanckpn": ("Pinot Noir", "Domaine Paul Blanck", "Alsace", "Alsace", "rouge", V, [(2020, 75)]),
    "kottabe": ("Riesling Le Kottabe", "Josmeyer", "Alsace", "Alsace", "blanc", V, [(2019, 75)]),
    "albrecht": (
        "Crémant d'Alsace Brut",
        "Lucien Albrecht",
        "Crémant d'Alsace",
        "Alsace",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "albrechtrose": (
        "Crémant d'Alsace Brut Rosé",
        "Lucien Albrecht",
        "Crémant d'Alsace",
        "Alsace",
        "rosé",
        V,
        [(None, 75)],
    ),
    # Loire
    "jolivetb": (
        "Sancerre Blanc",
        "Pascal Jolivet",
        "Sancerre",
        "Loire",
        "blanc",
        V,
        [(2022, 75), (2023, 75), (2022, 37.5)],
    ),
    "jolivetr": ("Sancerre Rouge", "Pascal Jolivet", "Sancerre", "Loire", "rouge", V, [(2021, 75)]),
    "crochet": (
        "Sancerre Croix du Roy",
        "Lucien Crochet",
        "Sancerre",
        "Loire",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "pinard": (
        "Sancerre Florès",
        "Domaine Vincent Pinard",
        "Sancerre",
        "Loire",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "baronl": ("Baron de L", "De Ladoucette", "Pouilly-Fumé", "Loire", "blanc", V, [(2018, 75)]),
    "ladoucette": (
        "Pouilly-Fumé",
        "De Ladoucette",
        "Pouilly-Fumé",
        "Loire",
        "blanc",
        V,
        [(2021, 75), (2021, 150)],
    ),
    "chatenoy": (
        "Menetou-Salon Blanc",
        "Domaine de Chatenoy",
        "Menetou-Salon",
        "Loire",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "quincy": ("Quincy", "Domaine Mardon", "Quincy", "Loire", "blanc", V, [(2022, 75)]),
    "bournais": (
        "Montlouis Les Bournais",
        "Domaine François Chidaine",
        "Montlouis-sur-Loire",
        "Loire",
        "blanc",
        V,
        [(2019, 75)],
    ),
    "vouvraysec": (
        "Vouvray Sec",
        "Domaine Champalou",
        "Vouvray",
        "Loire",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "vouvraybrut": (
        "Vouvray Brut",
        "Domaine Champalou",
        "Vouvray",
        "Loire",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "granges": (
        "Chinon Les Granges",
        "Domaine Bernard Baudry",
        "Chinon",
        "Loire",
        "rouge",
        V,
        [(2021, 75), (2022, 75)],
    ),
    "chinonblanc": (
        "Chinon Blanc",
        "Domaine Bernard Baudry",
        "Chinon",
        "Loire",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "alliet": (
        "Chinon Vieilles Vignes",
        "Philippe Alliet",
        "Chinon",
        "Loire",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "echo": ("Clos de l'Écho", "Couly-Dutheil", "Chinon", "Loire", "rouge", V, [(2018, 75)]),
    "trinch": (
        "Bourgueil Trinch!",
        "Catherine et Pierre Breton",
        "Bourgueil",
        "Loire",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "terreschaudes": (
        "Saumur-Champigny Terres Chaudes",
        "Domaine des Roches Neuves",
        "Saumur-Champigny",
        "Loire",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "cormiers": (
        "Saumur Blanc Les Cormiers",
        "Château de Villeneuve",
        "Saumur",
        "Loire",
        "blanc",
        V,
        [(2019, 75)],
    ),
    "jalousie": (
        "La Jalousie",
        "Domaine du Closel",
        "Savennières",
        "Loire",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "quarts": (
        "Quarts de Chaume Grand Cru",
        "Domaine des Baumard",
        "Quarts de Chaume",
        "Loire",
        "liquoreux",
        V,
        [(2016, 75), (2016, 37.5)],
    ),
    "allees": (
        "Muscadet Sèvre et Maine sur Lie Clos des Allées",
        "Domaine Luneau-Papin",
        "Muscadet Sèvre et Maine",
        "Loire",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "amphibolite": (
        "Amphibolite",
        "Domaine Landron",
        "Muscadet Sèvre et Maine",
        "Loire",
        "blanc",
        V,
        [(2023, 75)],
    ),
    "langlois": (
        "Crémant de Loire Brut Réserve",
        "Langlois-Château",
        "Crémant de Loire",
        "Loire",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "langloisrose": (
        "Crémant de Loire Rosé",
        "Langlois-Château",
        "Crémant de Loire",
        "Loire",
        "rosé",
        V,
        [(None, 75)],
    ),
    "touraine": (
        "Touraine Sauvignon",
        "Henry Marionnet",
        "Touraine",
        "Loire",
        "blanc",
        V,
        [(2023, 75)],
    ),
    # Bourgogne
    "chpommard": (
        "Clos Marey-Monge",
        "Château de Pommard",
        "Pommard",
        "Bourgogne",
        "rouge",
        V,
        [(2017, 75), (2018, 75)],
    ),
    "parent": ("Pommard", "Domaine Parent", "Pommard", "Bourgogne", "rouge", V, [(2019, 75)]),
    "rapet": (
        "Pernand-Vergelesses 1er Cru Île des Vergelesses",
        "Domaine Rapet Père et Fils",
        "Pernand-Vergelesses Premier Cru",
        "Bourgogne",
        "rouge",
        V,
        [(2018, 75)],
    ),
    "tillets": (
        "Meursault Les Tillets",
        "Domaine Patrick Javillier",
        "Meursault",
        "Bourgogne",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "remilly": (
        "Saint-Aubin 1er Cru En Remilly",
        "Domaine Marc Colin et Fils",
        "Saint-Aubin Premier Cru",
        "Bourgogne",
        "blanc",
        V,
        [(2020, 75), (2021, 75)],
    ),
    "fussiere": (
        "Maranges 1er Cru La Fussière",
        "Domaine Bachelet-Monnot",
        "Maranges Premier Cru",
        "Bourgogne",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "chsantenay": (
        "Santenay Rouge",
        "Château de Santenay",
        "Santenay",
        "Bourgogne",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "belland": (
        "Santenay Vieilles Vignes",
        "Domaine Roger Belland",
        "Santenay",
        "Bourgogne",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "tonnerre": (
        "Chablis 1er Cru Montée de Tonnerre",
        "Domaine Billaud-Simon",
        "Chablis Premier Cru",
        "Bourgogne",
        "blanc",
        V,
        [(2020, 75), (2021, 75)],
    ),
    "droin": (
        "Chablis Grand Cru Les Clos",
        "Jean-Paul et Benoît Droin",
        "Chablis Grand Cru",
        "Bourgogne",
        "blanc",
        V,
        [(2019, 75)],
    ),
    "laroche": (
        "Chablis Saint Martin",
        "Domaine Laroche",
        "Chablis",
        "Bourgogne",
        "blanc",
        V,
        [(2022, 75), (2022, 37.5)],
    ),
    "aligote": (
        "Bourgogne Aligoté",
        "Domaine Sylvain Pataille",
        "Bourgogne Aligoté",
        "Bourgogne",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "ampelopsis": (
        "Pouilly-Fuissé Ampelopsis",
        "Domaine Saumaize-Michelin",
        "Pouilly-Fuissé",
        "Bourgogne",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "ferret": (
        "Pouilly-Fuissé Vieilles Vignes",
        "Domaine Ferret",
        "Pouilly-Fuissé",
        "Bourgogne",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "verget": (
        "Mâcon-Villages",
        "Maison Verget",
        "Mâcon-Villages",
        "Bourgogne",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "ivoire": (
        "Crémant de Bourgogne Perle d'Ivoire",
        "Louis Bouillot",
        "Crémant de Bourgogne",
        "Bourgogne",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "aurore": (
        "Perle d'Aurore",
        "Louis Bouillot",
        "Crémant de Bourgogne",
        "Bourgogne",
        "rosé",
        V,
        [(None, 75)],
    ),
    # Beaujolais
    "thevenet": (
        "Morgon Vieilles Vignes",
        "Jean-Paul Thévenet",
        "Morgon",
        "Beaujolais",
        "rouge",
        V,
        [(2021, 75), (2022, 75)],
    ),
    "corcelette": (
        "Morgon Corcelette",
        "Daniel Bouland",
        "Morgon",
        "Beaujolais",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "burgaud": (
        "Morgon Côte du Py",
        "Jean-Marc Burgaud",
        "Morgon",
        "Beaujolais",
        "rouge",
        V,
        [(2020, 75), (2020, 150)],
    ),
    "roilette": (
        "Fleurie",
        "Clos de la Roilette",
        "Fleurie",
        "Beaujolais",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "moriers": (
        "Fleurie Les Moriers",
        "Domaine Chignard",
        "Fleurie",
        "Beaujolais",
        "rouge",
        V,
        [(2021, 75)],
    ),
    "thivin": (
        "Côte de Brouilly Les 7 Vignes",
        "Château Thivin",
        "Côte de Brouilly",
        "Beaujolais",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "regnie": ("Régnié", "Guy Breton", "Régnié", "Beaujolais", "rouge", V, [(2022, 75)]),
    "chiroubles": (
        "Chiroubles Claude",
        "Domaine de la Grosse Pierre",
        "Chiroubles",
        "Beaujolais",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "boccards": (
        "Chénas Les Boccards",
        "Paul-Henri Thillardon",
        "Chénas",
        "Beaujolais",
        "rouge",
        V,
        [(2021, 75)],
    ),
    "julienas": (
        "Juliénas",
        "Domaine des Marrans",
        "Juliénas",
        "Beaujolais",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "dupeuble": (
        "Beaujolais",
        "Domaine Dupeuble",
        "Beaujolais",
        "Beaujolais",
        "rouge",
        V,
        [(2023, 75)],
    ),
    "dupeubleb": (
        "Beaujolais Blanc",
        "Domaine Dupeuble",
        "Beaujolais",
        "Beaujolais",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "stamour": (
        "Saint-Amour",
        "Domaine de la Cave Lamartine",
        "Saint-Amour",
        "Beaujolais",
        "rouge",
        V,
        [(2021, 75)],
    ),
    # Rhône nord
    "graillot": (
        "Crozes-Hermitage",
        "Domaine Alain Graillot",
        "Crozes-Hermitage",
        "Rhône",
        "rouge",
        V,
        [(2020, 75), (2021, 75)],
    ),
    "graillotb": (
        "Crozes-Hermitage Blanc",
        "Domaine Alain Graillot",
        "Crozes-Hermitage",
        "Rhône",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "rouvre": (
        "Crozes-Hermitage Le Rouvre",
        "Domaine Yann Chave",
        "Crozes-Hermitage",
        "Rhône",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "gonon": (
        "Saint-Joseph",
        "Domaine Pierre Gonon",
        "Saint-Joseph",
        "Rhône",
        "rouge",
        V,
        [(2019, 75), (2020, 75)],
    ),
    "faury": (
        "Saint-Joseph Blanc",
        "Domaine Faury",
        "Saint-Joseph",
        "Rhône",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "jamet": (
        "Côte-Rôtie",
        "Domaine Jamet",
        "Côte-Rôtie",
        "Rhône",
        "rouge",
        V,
        [(2017, 75), (2017, 150)],
    ),
    "ogier": (
        "Côte-Rôtie Réserve",
        "Domaine Michel et Stéphane Ogier",
        "Côte-Rôtie",
        "Rhône",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "voge": (
        "Cornas Vieilles Fontaines",
        "Domaine Alain Voge",
        "Cornas",
        "Rhône",
        "rouge",
        V,
        [(2016, 75)],
    ),
    "coulet": (
        "Cornas Brise Cailloux",
        "Domaine du Coulet",
        "Cornas",
        "Rhône",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "condrieu": (
        "Condrieu La Petite Côte",
        "Domaine Yves Cuilleron",
        "Condrieu",
        "Rhône",
        "blanc",
        V,
        [(2021, 75)],
    ),
    "tourette": (
        "Hermitage Marquise de la Tourette",
        "Delas Frères",
        "Hermitage",
        "Rhône",
        "rouge",
        V,
        [(2016, 75)],
    ),
    "stesprit": (
        "Côtes du Rhône Saint-Esprit",
        "Delas Frères",
        "Côtes du Rhône",
        "Rhône",
        "rouge",
        V,
        [(2022, 75)],
    ),
    # Rhône sud
    "janassevv": (
        "Châteauneuf-du-Pape Vieilles Vignes",
        "Domaine de la Janasse",
        "Châteauneuf-du-Pape",
        "Rhône",
        "rouge",
        V,
        [(2018, 75), (2019, 75)],
    ),
    "janassetrad": (
        "Châteauneuf-du-Pape Tradition",
        "Domaine de la Janasse",
        "Châteauneuf-du-Pape",
        "Rhône",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "gardiner": (
        "Château de la Gardine Rouge",
        "Château de la Gardine",
        "Châteauneuf-du-Pape",
        "Rhône",
        "rouge",
        V,
        [(2017, 75)],
    ),
    "gardineb": (
        "Château de la Gardine Blanc",
        "Château de la Gardine",
        "Châteauneuf-du-Pape",
        "Rhône",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "santaduc": (
        "Gigondas Les Hautes Garrigues",
        "Domaine Santa Duc",
        "Gigondas",
        "Rhône",
        "rouge",
        V,
        [(2017, 75)],
    ),
    "pallieres": (
        "Gigondas Terrasse du Diable",
        "Domaine Les Pallières",
        "Gigondas",
        "Rhône",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "doucinello": (
        "Vacqueyras Doucinello",
        "Domaine Le Sang des Cailloux",
        "Vacqueyras",
        "Rhône",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "rasteau": (
        "Rasteau",
        "Domaine Gourt de Mautens",
        "Rasteau",
        "Rhône",
        "rouge",
        V,
        [(2015, 75)],
    ),
    "poignee": (
        "Côtes du Rhône Poignée de Raisins",
        "Domaine Gramenon",
        "Côtes du Rhône",
        "Rhône",
        "rouge",
        V,
        [(2022, 75)],
    ),
    "tavel": ("Tavel Rosé", "Château de Trinquevedel", "Tavel", "Rhône", "rosé", V, [(2023, 75)]),
    # Languedoc-Roussillon
    "gaubyb": (
        "Vieilles Vignes Blanc",
        "Domaine Gauby",
        "Côtes Catalanes",
        "Roussillon",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "gaubyr": (
        "Vieilles Vignes Rouge",
        "Domaine Gauby",
        "Côtes Catalanes",
        "Roussillon",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "jullien": (
        "Mas Jullien Rouge",
        "Mas Jullien",
        "Terrasses du Larzac",
        "Languedoc",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "aupilhac": (
        "Montpeyroux",
        "Domaine d'Aupilhac",
        "Languedoc Montpeyroux",
        "Languedoc",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "olivette": (
        "L'Olivette",
        "Clos Marie",
        "Pic Saint-Loup",
        "Languedoc",
        "rouge",
        V,
        [(2021, 75)],
    ),
    "falaise": (
        "La Falaise",
        "Château de la Negly",
        "La Clape",
        "Languedoc",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "maghani": (
        "Maghani",
        "Domaine Canet Valette",
        "Saint-Chinian",
        "Languedoc",
        "rouge",
        V,
        [(2018, 75)],
    ),
    "barral": (
        "Faugères",
        "Domaine Léon Barral",
        "Faugères",
        "Languedoc",
        "rouge",
        V,
        [(2018, 75)],
    ),
    "picpoul": (
        "Picpoul de Pinet",
        "Domaine Félines Jourdan",
        "Picpoul de Pinet",
        "Languedoc",
        "blanc",
        V,
        [(2023, 75)],
    ),
    "maury": ("Maury Grenat", "Mas Amiel", "Maury", "Roussillon", "rouge", V, [(2020, 50)]),
    "blanquette": (
        "Blanquette de Limoux Brut",
        "Maison Antech",
        "Blanquette de Limoux",
        "Languedoc",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "emotion": (
        "Crémant de Limoux Émotion Rosé",
        "Maison Antech",
        "Crémant de Limoux",
        "Languedoc",
        "rosé",
        V,
        [(None, 75)],
    ),
    "equinoxe": (
        "Équinoxe Rosé",
        "Domaine de l'Arjolle",
        "Côtes de Thongue",
        "Languedoc",
        "rosé",
        V,
        [(2023, 75)],
    ),
    # Sud-Ouest
    "noblesse": (
        "Noblesse du Temps",
        "Domaine Cauhapé",
        "Jurançon",
        "Sud-Ouest",
        "liquoreux",
        V,
        [(2018, 50)],
    ),
    "chantvignes": (
        "Chant des Vignes",
        "Domaine Cauhapé",
        "Jurançon Sec",
        "Sud-Ouest",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "triguedina": (
        "Clos Triguedina",
        "Clos Triguedina",
        "Cahors",
        "Sud-Ouest",
        "rouge",
        V,
        [(2017, 75), (2018, 75)],
    ),
    "lafage": (
        "Cahors La Fage",
        "Domaine Cosse Maisonneuve",
        "Cahors",
        "Sud-Ouest",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "haitza": (
        "Irouléguy Haitza",
        "Domaine Arretxea",
        "Irouléguy",
        "Sud-Ouest",
        "rouge",
        V,
        [(2018, 75)],
    ),
    "mauzac": (
        "Mauzac Nature",
        "Domaine Plageoles",
        "Gaillac",
        "Sud-Ouest",
        "effervescent",
        V,
        [(None, 75)],
    ),
    "braucol": (
        "Gaillac Braucol",
        "Domaine Plageoles",
        "Gaillac",
        "Sud-Ouest",
        "rouge",
        V,
        [(2021, 75)],
    ),
    "tirecul": (
        "Monbazillac Les Pins",
        "Château Tirecul La Gravière",
        "Monbazillac",
        "Sud-Ouest",
        "liquoreux",
        V,
        [(2016, 50)],
    ),
    "batz": (
        "Madiran Charles de Batz",
        "Domaine Berthoumieu",
        "Madiran",
        "Sud-Ouest",
        "rouge",
        V,
        [(2017, 75)],
    ),
    "marcillac": (
        "Marcillac Lo Sang del Païs",
        "Domaine du Cros",
        "Marcillac",
        "Sud-Ouest",
        "rouge",
        V,
        [(2022, 75)],
    ),
    # Corse
    "faustiner": (
        "Faustine Rouge",
        "Domaine Comte Abbatucci",
        "Ajaccio",
        "Corse",
        "rouge",
        V,
        [(2020, 75)],
    ),
    "faustineb": (
        "Faustine Blanc",
        "Domaine Comte Abbatucci",
        "Ajaccio",
        "Corse",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "faustiners": (
        "Faustine Rosé",
        "Domaine Comte Abbatucci",
        "Ajaccio",
        "Corse",
        "rosé",
        V,
        [(2023, 75)],
    ),
    "carco": (
        "Carco Rouge",
        "Domaine Antoine Arena",
        "Patrimonio",
        "Corse",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "ecroce": ("E Croce", "Yves Leccia", "Patrimonio", "Corse", "rouge", V, [(2020, 75)]),
    "canarelli": (
        "Clos Canarelli Rouge",
        "Clos Canarelli",
        "Figari",
        "Corse",
        "rouge",
        V,
        [(2019, 75)],
    ),
    "gaffory": (
        "Patrimonio Rosé",
        "Domaine Orenga de Gaffory",
        "Patrimonio",
        "Corse",
        "rosé",
        V,
        [(2023, 75)],
    ),
    # Provence
    "bellet": (
        "Château de Bellet Blanc",
        "Château de Bellet",
        "Bellet",
        "Provence",
        "blanc",
        V,
        [(2020, 75)],
    ),
    "stvincent": ("Le Clos", "Clos Saint-Vincent", "Bellet", "Provence", "rouge", V, [(2019, 75)]),
    "cassis": (
        "Cassis Blanc",
        "Clos Sainte Magdeleine",
        "Cassis",
        "Provence",
        "blanc",
        V,
        [(2022, 75)],
    ),
    "irreductible": (
        "L'Irréductible",
        "Domaine de la Bégude",
        "Bandol",
        "Provence",
        "rouge",
        V,
        [(2017, 75)],
    ),
    "cornaline": (
        "Cornaline",
        "Domaine Hauvette",
        "Les Baux-de-Provence",
        "Provence",
        "rouge",
        V,
        [(2016, 75)],
    ),
    "leoube": (
        "Rosé de Léoube",
        "Château Léoube",
        "Côtes de Provence",
        "Provence",
        "rosé",
        V,
        [(2023, 75), (2023, 150)],
    ),
    "meduse": (
        "Lampe de Méduse Rosé",
        "Château Sainte-Roseline",
        "Côtes de Provence Cru Classé",
        "Provence",
        "rosé",
        V,
        [(2023, 75)],
    ),
    # Champagne
    "latitude": (
        "Latitude Extra Brut",
        "Larmandier-Bernier",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "cuis": (
        "Cuis 1er Cru Blanc de Blancs",
        "Pierre Gimonnet et Fils",
        "Champagne Premier Cru",
        "Champagne",
        "effervescent",
        C,
        [(None, 75), (None, 37.5)],
    ),
    "cellier": (
        "Grand Cellier",
        "Vilmart et Cie",
        "Champagne Premier Cru",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "steanne": (
        "Sainte Anne",
        "Chartogne-Taillet",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "septcrus": ("7 Crus", "Agrapart", "Champagne", "Champagne", "effervescent", C, [(None, 75)]),
    "jacquesson": (
        "Cuvée 746",
        "Jacquesson",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "fleury": (
        "Blanc de Noirs Brut",
        "Champagne Fleury",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "charles": (
        "Brut Réserve",
        "Charles Heidsieck",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75), (None, 150), (None, 37.5)],
    ),
    "charlesrose": (
        "Rosé Réserve",
        "Charles Heidsieck",
        "Champagne",
        "Champagne",
        "rosé",
        C,
        [(None, 75)],
    ),
    "royal": ("Brut Royal", "Pommery", "Champagne", "Champagne", "effervescent", C, [(None, 75)]),
    "louise": (
        "Cuvée Louise",
        "Pommery",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(2004, 75), (2005, 75)],
    ),
    "mumm": (
        "Cordon Rouge",
        "G.H. Mumm",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75), (None, 150)],
    ),
    "mummrose": ("Mumm Brut Rosé", "G.H. Mumm", "Champagne", "Champagne", "rosé", C, [(None, 75)]),
    "feuillatte": (
        "Réserve Exclusive Brut",
        "Nicolas Feuillatte",
        "Champagne",
        "Champagne",
        "effervescent",
        C,
        [(None, 75)],
    ),
    "feuillatterose": (
        "Réserve Exclusive Rosé",
        "Nicolas Feuillatte",
        "Champagne",
        "Champagne",
        "rosé",
        C,
        [(None, 75)],
    ),
    # Spirits and aperitifs
    "boingneres": (
        "Bas-Armagnac Folle Blanche",
        "Domaine Boingnères",
        "Bas-Armagnac",
        "Gascogne",
        None,
        S,
        [(1990, 70)],
    ),
    "laubade": (
        "Château de Laubade VSOP",
        "Château de Laubade",
        "Bas-Armagnac",
        "Gascogne",
        None,
        S,
        [(None, 70)],
    ),
    "frapin": ("Frapin VSOP", "Frapin", "Cognac Grande Champagne", "Cognac", None, S, [(None, 70)]),
    "delamain": (
        "Delamain Pale & Dry XO",
        "Delamain",
        "Cognac Grande Champagne",
        "Cognac",
        None,
        S,
        [(None, 70)],
    ),
    "martell": ("Martell Cordon Bleu", "Martell", "Cognac", "Cognac", None, S, [(None, 70)]),
    "dupontcalva": (
        "Calvados Hors d'Âge",
        "Domaine Dupont",
        "Calvados Pays d'Auge",
        "Normandie",
        None,
        S,
        [(None, 70)],
    ),
    "groult": (
        "Calvados Pays d'Auge 8 ans",
        "Roger Groult",
        "Calvados Pays d'Auge",
        "Normandie",
        None,
        S,
        [(None, 70)],
    ),
    "colette": (
        "Cidre Cuvée Colette",
        "Domaine Dupont",
        "Cidre",
        "Normandie",
        None,
        A,
        [(None, 75)],
    ),
    "genepi": ("Génépi", "Dolin", "Liqueur", "Savoie", None, S, [(None, 70)]),
    "dolinb": ("Vermouth de Chambéry Blanc", "Dolin", "Vermouth", "Savoie", None, A, [(None, 75)]),
    "dolinr": ("Vermouth de Chambéry Rouge", "Dolin", "Vermouth", "Savoie", None, A, [(None, 75)]),
    "mirabelle": (
        "Mirabelle de Lorraine",
        "Distillerie Paul Devoille",
        "Eau-de-vie de mirabelle",
        "Lorraine",
        None,
        S,
        [(None, 70)],
    ),
    "cassiscreme": (
        "Crème de Cassis de Dijon",
        "Lejay-Lagoute",
        "Liqueur",
        "Bourgogne",
        None,
        S,
        [(None, 70)],
    ),
    "suze": ("Suze", "Suze", "Apéritif à la gentiane", None, None, S, [(None, 100)]),
    "pastis": ("Pastis 51", "Pernod", "Pastis", None, None, S, [(None, 100)]),
    "armorik": (
        "Armorik Classic",
        "Distillerie Warenghem",
        "Whisky breton",
        "Bretagne",
        None,
        S,
        [(None, 70)],
    ),
    "glenfiddich": (
        "Glenfiddich 12 ans",
        "Glenfiddich",
        "Single Malt Scotch Whisky",
        None,
        None,
        S,
        [(None, 70)],
    ),
    "jm": ("Rhum J.M Blanc", "Rhum J.M", "Rhum agricole", "Martinique", None, S, [(None, 100)]),
    "clement": (
        "Clément VSOP",
        "Rhum Clément",
        "Rhum agricole",
        "Martinique",
        None,
        S,
        [(None, 70)],
    ),
    "monkey": ("Monkey 47", "Black Forest Distillers", "Gin", None, None, S, [(None, 50)]),
    "belvedere": ("Belvedere Vodka", "Belvedere", "Vodka", None, None, S, [(None, 70)]),
    # Beers
    "jenlain": (
        "Jenlain Ambrée",
        "Brasserie Duyck",
        "Bière de garde",
        "Nord",
        None,
        B,
        [(None, 75), (None, 25)],
    ),
    "chateaurouge": (
        "Château Rouge",
        "Brasserie de la Goutte d'Or",
        "Bière ambrée",
        "Paris",
        None,
        B,
        [(None, 33)],
    ),
    "esquelbecq": (
        "Blonde d'Esquelbecq",
        "Brasserie Thiriez",
        "Bière blonde",
        "Nord",
        None,
        B,
        [(None, 75)],
    ),
    "pietra": (
        "Pietra",
        "Brasserie Pietra",
        "Bière ambrée à la châtaigne",
        "Corse",
        None,
        B,
        [(None, 33)],
    ),
    "taras": ("Taras Boulba", "Brasserie de la Senne", "Bière blonde", None, None, B, [(None, 33)]),
    "cimes": (
        "Blanche des Cimes",
        "Brasserie des Cimes",
        "Bière blanche",
        "Savoie",
        None,
        B,
        [(None, 33)],
    ),
    "punk": ("Punk IPA", "BrewDog", "IPA", None, None, B, [(None, 33)]),
    # Softs
    "vittel": (
        "Vittel",
        "Vittel",
        "Eau minérale naturelle",
        None,
        None,
        SO,
        [(None, 50), (None, 100)],
    ),
    "chateldon": ("Châteldon", "Châteldon", "Eau minérale gazeuse", None, None, SO, [(None, 75)]),
    "styorre": (
        "Saint-Yorre",
        "Saint-Yorre",
        "Eau minérale gazeuse",
        None,
        None,
        SO,
        [(None, 100)],
    ),
    "pepsi": ("Pepsi Max", "Pepsi", "Soda", None, None, SO, [(None, 33)]),
    "fentimans": ("Fentimans Ginger Beer", "Fentimans", "Soda", None, None, SO, [(None, 27.5)]),
    "elixia": ("Limonade Elixia", "Elixia", "Soda", "Jura", None, SO, [(None, 100)]),
    "abricot": ("Jus d'abricot", "Patrick Font", "Jus de fruits", None, None, SO, [(None, 25)]),
    "poire": ("Jus de poire", "Patrick Font", "Jus de fruits", None, None, SO, [(None, 25)]),
}

# The card's second page, written after the rules were tuned on the first (blind check)
WINES.update(
    {
        "charmes": (
            "Château Les Charmes-Godard Blanc",
            "Château Les Charmes-Godard",
            "Francs Côtes de Bordeaux",
            "Bordeaux",
            "blanc",
            V,
            [(2020, 75)],
        ),
        "diem": ("Diem", "Château Tire Pé", "Bordeaux", "Bordeaux", "rouge", V, [(2021, 75)]),
        "marbuzet": (
            "Château Haut-Marbuzet",
            "Château Haut-Marbuzet",
            "Saint-Estèphe",
            "Bordeaux",
            "rouge",
            V,
            [(2015, 75), (2015, 150), (2016, 75)],
        ),
        "bourgneuf": (
            "Château Bourgneuf",
            "Château Bourgneuf",
            "Pomerol",
            "Bordeaux",
            "rouge",
            V,
            [(2017, 75)],
        ),
        "puyarnaud": (
            "Clos Puy Arnaud",
            "Clos Puy Arnaud",
            "Castillon Côtes de Bordeaux",
            "Bordeaux",
            "rouge",
            V,
            [(2018, 75)],
        ),
        "fargues": (
            "Château de Fargues",
            "Château de Fargues",
            "Sauternes",
            "Bordeaux",
            "liquoreux",
            V,
            [(2011, 75), (2011, 37.5)],
        ),
        "chevalierb": (
            "Domaine de Chevalier Blanc",
            "Domaine de Chevalier",
            "Pessac-Léognan",
            "Bordeaux",
            "blanc",
            V,
            [(2017, 75)],
        ),
        "chevalierr": (
            "Domaine de Chevalier Rouge",
            "Domaine de Chevalier",
            "Pessac-Léognan",
            "Bordeaux",
            "rouge",
            V,
            [(2016, 75)],
        ),
        "rosiers": (
            "Jasnières Les Rosiers",
            "Domaine de Bellivière",
            "Jasnières",
            "Loire",
            "blanc",
            V,
            [(2020, 75)],
        ),
        "guiberteau": (
            "Saumur Blanc",
            "Domaine Guiberteau",
            "Saumur",
            "Loire",
            "blanc",
            V,
            [(2021, 75)],
        ),
        "picasses": (
            "Chinon Les Picasses",
            "Domaine Olga Raffault",
            "Chinon",
            "Loire",
            "rouge",
            V,
            [(2015, 75)],
        ),
        "mosny": (
            "Montlouis Clos de Mosny",
            "Domaine de la Taille aux Loups",
            "Montlouis-sur-Loire",
            "Loire",
            "blanc",
            V,
            [(2020, 75)],
        ),
        "charrons": (
            "Meursault Les Grands Charrons",
            "Domaine Michel Bouzereau",
            "Meursault",
            "Bourgogne",
            "blanc",
            V,
            [(2019, 75)],
        ),
        "feves": (
            "Beaune 1er Cru Clos des Fèves",
            "Domaine Chanson",
            "Beaune Premier Cru",
            "Bourgogne",
            "rouge",
            V,
            [(2017, 75)],
        ),
        "arnoux": (
            "Vosne-Romanée",
            "Domaine Arnoux-Lachaux",
            "Vosne-Romanée",
            "Bourgogne",
            "rouge",
            V,
            [(2018, 75)],
        ),
        "lignier": (
            "Morey-Saint-Denis Vieilles Vignes",
            "Domaine Lignier-Michelot",
            "Morey-Saint-Denis",
            "Bourgogne",
            "rouge",
            V,
            [(2019, 75)],
        ),
        "ostrea": (
            "Gevrey-Chambertin Ostrea",
            "Domaine Trapet",
            "Gevrey-Chambertin",
            "Bourgogne",
            "rouge",
            V,
            [(2018, 75)],
        ),
        "mikulski": (
            "Bourgogne Aligoté",
            "Domaine Mikulski",
            "Bourgogne Aligoté",
            "Bourgogne",
            "blanc",
            V,
            [(2021, 75)],
        ),
        "grives": (
            "Crozes-Hermitage Clos des Grives",
            "Domaine Combier",
            "Crozes-Hermitage",
            "Rhône",
            "rouge",
            V,
            [(2019, 75)],
        ),
        "ampodium": (
            "Côte-Rôtie Ampodium",
            "Domaine Rostaing",
            "Côte-Rôtie",
            "Rhône",
            "rouge",
            V,
            [(2018, 75)],
        ),
        "donjon": (
            "Châteauneuf-du-Pape",
            "Domaine du Vieux Donjon",
            "Châteauneuf-du-Pape",
            "Rhône",
            "rouge",
            V,
            [(2017, 75), (2017, 150)],
        ),
        "coustias": (
            "Cairanne Haut-Coustias",
            "Domaine de l'Oratoire Saint-Martin",
            "Cairanne",
            "Rhône",
            "rouge",
            V,
            [(2018, 75)],
        ),
        "peyrouzelles": (
            "Peyrouzelles",
            "Domaine de Causse Marines",
            "Gaillac",
            "Sud-Ouest",
            "rouge",
            V,
            [(2020, 75)],
        ),
        "ilarria": (
            "Irouléguy Rosé",
            "Domaine Ilarria",
            "Irouléguy",
            "Sud-Ouest",
            "rosé",
            V,
            [(2023, 75)],
        ),
        "llum": (
            "Llum",
            "Le Roc des Anges",
            "Côtes Catalanes",
            "Roussillon",
            "blanc",
            V,
            [(2020, 75)],
        ),
        "geisberg": (
            "Riesling Grand Cru Geisberg",
            "Domaine Kientzler",
            "Alsace Grand Cru Geisberg",
            "Alsace",
            "blanc",
            V,
            [(2017, 75)],
        ),
        "elements": (
            "Pinot Gris Les Éléments",
            "Domaine Bott-Geyl",
            "Alsace",
            "Alsace",
            "blanc",
            V,
            [(2019, 75)],
        ),
        "teppes": (
            "Côtes du Jura Chardonnay Les Grandes Teppes",
            "Domaine Ganevat",
            "Côtes du Jura",
            "Jura",
            "blanc",
            V,
            [(2018, 75)],
        ),
        "egly": (
            "Brut Tradition Grand Cru",
            "Egly-Ouriet",
            "Champagne Grand Cru",
            "Champagne",
            "effervescent",
            C,
            [(None, 75), (None, 150)],
        ),
        "mosaique": (
            "Mosaïque Brut",
            "Jacquart",
            "Champagne",
            "Champagne",
            "effervescent",
            C,
            [(None, 75)],
        ),
        "mosaiquerose": (
            "Mosaïque Rosé",
            "Jacquart",
            "Champagne",
            "Champagne",
            "rosé",
            C,
            [(None, 75)],
        ),
        "souverain": (
            "Brut Souverain",
            "Henriot",
            "Champagne",
            "Champagne",
            "effervescent",
            C,
            [(None, 75), (None, 37.5)],
        ),
        "blacklabel": (
            "Le Black Label Brut",
            "Lanson",
            "Champagne",
            "Champagne",
            "effervescent",
            C,
            [(None, 75)],
        ),
        "royale": (
            "Royale Réserve Brut",
            "Philipponnat",
            "Champagne",
            "Champagne",
            "effervescent",
            C,
            [(None, 75)],
        ),
        "goisses": (
            "Clos des Goisses",
            "Philipponnat",
            "Champagne",
            "Champagne",
            "effervescent",
            C,
            [(2012, 75)],
        ),
        "hine": (
            "Hine Rare VSOP",
            "Hine",
            "Cognac Fine Champagne",
            "Cognac",
            None,
            S,
            [(None, 70)],
        ),
        "magloire": (
            "Père Magloire VSOP",
            "Père Magloire",
            "Calvados Pays d'Auge",
            "Normandie",
            None,
            S,
            [(None, 70)],
        ),
        "benedictine": ("Bénédictine", "Bénédictine", "Liqueur", None, None, S, [(None, 70)]),
        "byrrh": (
            "Byrrh Grand Quinquina",
            "Byrrh",
            "Apéritif à base de vin",
            None,
            None,
            A,
            [(None, 75)],
        ),
        "noilly": ("Noilly Prat Extra Dry", "Noilly Prat", "Vermouth", None, None, A, [(None, 75)]),
        "aberlour": (
            "Aberlour 12 ans",
            "Aberlour",
            "Single Malt Scotch Whisky",
            None,
            None,
            S,
            [(None, 70)],
        ),
        "troisrivieres": (
            "Trois Rivières VSOP",
            "Trois Rivières",
            "Rhum agricole",
            "Martinique",
            None,
            S,
            [(None, 70)],
        ),
        "ginmare": ("Gin Mare", "Gin Mare", "Gin", None, None, S, [(None, 70)]),
        "tanqueray": ("Tanqueray London Dry Gin", "Tanqueray", "Gin", None, None, S, [(None, 70)]),
        "saleve": (
            "Mont Salève Blanche",
            "Brasserie du Mont Salève",
            "Bière blanche",
            "Savoie",
            None,
            B,
            [(None, 33)],
        ),
        "duvel": ("Duvel", "Duvel Moortgat", "Bière blonde forte", None, None, B, [(None, 33)]),
        "orval": ("Orval", "Brasserie d'Orval", "Bière trappiste", None, None, B, [(None, 33)]),
        "gallia": ("East Side IPA", "Gallia", "IPA", "Paris", None, B, [(None, 33)]),
        "celestins": (
            "Vichy Célestins",
            "Vichy Célestins",
            "Eau minérale gazeuse",
            None,
            None,
            SO,
            [(None, 100)],
        ),
        "redbull": ("Red Bull", "Red Bull", "Boisson énergisante", None, None, SO, [(None, 25)]),
    }
)


# (label, expect, alias, vintage on label, bottle format (None: ordinary), served volume)
Y, AL, N = "yes", "almost", "none"
CASES: list[tuple[str, str, str | None, int | None, float | None, float | None]] = []


def y(
    label: str,
    alias: str,
    vintage: int | None = None,
    fmt: float | None = None,
    cl: float | None = None,
) -> None:
    CASES.append((label, Y, alias, vintage, fmt, cl))


def al(
    label: str, alias: str, vintage: int, fmt: float | None = None, cl: float | None = None
) -> None:
    CASES.append((label, AL, alias, vintage, fmt, cl))


def n(label: str, vintage: int | None = None) -> None:
    CASES.append((label, N, None, vintage, None, None))


GLASS = 12.5
# Savoie
y("apremont giachino 2023", "apremont", 2023)
y("APREMONT GIACHINO", "apremont")
al("Apremont Giachino '21", "apremont", 2021)
y("VRE APREMONT", "apremont", cl=GLASS)
y("CHIGNIN BERGERON MAGNIN", "chignin")
y("chignin berg. magnin 21", "chignin", 2021)
y("MONDEUSE ARBIN MAGNIN 19", "arbin", 2019)
al("MONDEUSE MAGNIN MILL 2017", "arbin", 2017)
y("GLS MONDEUSE ARBIN", "arbin", cl=GLASS)
y("MARESTEL DUPASQUIER 18", "marestel", 2018)
y("Roussette de Savoie Dupasquier", "marestel")
y("BELLUARD LES ALPES 2020", "alpes", 2020)
y("BELLUARD MONT BLANC BRUT ZERO", "montblanc")
y("COUPE BELLUARD MONT BLANC", "montblanc", cl=GLASS)
y("ARGILE BLANC ARDOISIERES", "argile")
y("DOM. DES ARDOISIERES ARGILE", "argile")
n("ARGILE ROUGE ARDOISIERES")
y("ABYMES LABBE 23", "abymes", 2023)
y("VRE JACQUERE", "jacquere", cl=GLASS)
y("PICHET 50 JACQUERE", "jacquere", cl=50)
y("1/4 JACQUERE SAVOIE", "jacquere", cl=25)
y("GAMAY CHAUTAGNE 22", "chautagne", 2022)
y("QUART GAMAY CHAUTAGNE", "chautagne", cl=25)
n("VIN DE SAVOIE ROUGE")
n("VERRE VIN DE SAVOIE BLANC")
# Jura
y("VIN JAUNE BERTHET BONDET 2015", "vinjaune", 2015)
y("VIN JAUNE BERTHET-BONDET CLAVELIN", "vinjaune")
al("VIN JAUNE BERTHET BONDET 2012", "vinjaune", 2012)
y("VRE VIN JAUNE BERTHET 8CL", "vinjaune", cl=8)
y("CHATEAU CHALON MACLE 14", "macle", 2014)
y("CH. CHALON J. MACLE", "macle")
n("CHATEAU CHALON")
y("CREMANT DU JURA TISSOT", "tissotcremant")
y("Coupe Crémant Jura Tissot", "tissotcremant", cl=GLASS)
y("ARBOIS BRUYERES TISSOT 20", "bruyeres", 2020)
al("TISSOT CHARDONNAY BRUYERES 2021", "bruyeres", 2021)
y("ARBOIS TROUSSEAU ROLET", "trousseau")
y("ROLET TROUSSEAU 2019", "trousseau", 2019)
n("ARBOIS ROUGE")
y("VIN DE PAILLE ROLET 37,5CL", "paille", fmt=37.5)
n("VIN DE PAILLE ROLET 75CL")
y("ETOILE MONTBOURGEAU 19", "etoile", 2019)
y("POULSARD TOURNELLE", "poulsard")
n("MACVIN DU JURA")
# Alsace
y("ALTENBERG DEISS 2015", "altenberg", 2015)
y("DEISS ALTENBERG DE BERGHEIM GC", "altenberg")
y("ENGELGARTEN DEISS", "engelgarten")
y("SYLVANER VV OSTERTAG", "sylvaner")
al("OSTERTAG SYLVANER 22", "sylvaner", 2022)
y("RIESLING SCHLOSSBERG MANN 18", "schlossberg", 2018)
y("ALBERT MANN RIESL. GC SCHLOSSBERG", "schlossberg")
al("RIESLING GC SCHLOSSBERG 2016", "schlossberg", 2016)
y("PINOT GRIS CUVEE ALBERT MANN", "pgalbert")
y("GEWURZ SCHOFFIT 21", "gewurz", 2021)
y("GEWURZTRAMINER VT SCHOFFIT 50CL", "gewurzvt", fmt=50)
y("VRE GEWURZ VT SCHOFFIT", "gewurzvt", cl=GLASS)
y("PINOT NOIR BLANCK", "blanckpn")
al("PAUL BLANCK PN 2019", "blanckpn", 2019)
y("RIESLING KOTTABE JOSMEYER", "kottabe")
y("CREMANT D'ALSACE ALBRECHT", "albrecht")
y("CREM ALSACE ROSE ALBRECHT", "albrechtrose")
y("FLUTE CREMANT ALSACE", "albrecht", cl=GLASS)
n("RIESLING")
n("PINOT GRIS HENGST MANN")
# Loire
y("SANCERRE JOLIVET BLC 23", "jolivetb", 2023)
al("SANCERRE BL JOLIVET 2020", "jolivetb", 2020)
y("1/2 SANCERRE JOLIVET BL", "jolivetb", fmt=37.5)
y("DEMI-BTLE SANCERRE JOLIVET BLANC 22", "jolivetb", 2022, fmt=37.5)
n("MAGNUM SANCERRE JOLIVET BL")
y("SANCERRE RGE JOLIVET 21", "jolivetr", 2021)
n("SANCERRE ROSE JOLIVET")
y("SANCERRE CROIX DU ROY CROCHET", "crochet")
al("CROCHET SANCERRE 2022", "crochet", 2022)
y("SANCERRE FLORES PINARD", "pinard")
n("VRE SANCERRE")
n("SANCERRE BLANC")
y("BARON DE L LADOUCETTE", "baronl")
y("BARON DE L 2018", "baronl", 2018)
y("POUILLY FUME LADOUCETTE 21", "ladoucette", 2021)
y("MAG POUILLY FUME LADOUCETTE", "ladoucette", fmt=150)
y("P. FUME LADOUCETTE", "ladoucette")
y("MENETOU SALON CHATENOY", "chatenoy")
y("QUINCY MARDON 22", "quincy", 2022)
y("MONTLOUIS CHIDAINE BOURNAIS", "bournais")
al("CHIDAINE LES BOURNAIS 2017", "bournais", 2017)
y("VOUVRAY SEC CHAMPALOU", "vouvraysec")
y("VOUVRAY BRUT CHAMPALOU", "vouvraybrut")
n("VOUVRAY DEMI SEC CHAMPALOU")
y("CHINON BAUDRY GRANGES 22", "granges", 2022)
al("CHINON LES GRANGES BAUDRY 2020", "granges", 2020)
y("CHINON BLANC BAUDRY", "chinonblanc")
n("CHINON ROUGE")
y("CHINON ALLIET VV", "alliet")
y("BOUT CHINON ALLIET", "alliet")
y("CLOS DE L ECHO COULY 18", "echo", 2018)
y("COULY DUTHEIL CLOS ECHO", "echo")
y("BOURGUEIL TRINCH BRETON", "trinch")
y("TRINCH 22", "trinch", 2022)
y("SAUMUR CHAMPIGNY ROCHES NEUVES", "terreschaudes")
al("TERRES CHAUDES 2019", "terreschaudes", 2019)
y("SAUMUR BLC CORMIERS VILLENEUVE", "cormiers")
y("CH DE VILLENEUVE CORMIERS 19", "cormiers", 2019)
y("LA JALOUSIE CLOSEL", "jalousie")
y("SAVENNIERES CLOSEL 2020", "jalousie", 2020)
y("QUARTS DE CHAUME BAUMARD", "quarts")
y("1/2 QUARTS CHAUME BAUMARD", "quarts", fmt=37.5)
y("VRE QUARTS DE CHAUME 8CL", "quarts", cl=8)
y("MUSCADET CLOS DES ALLEES", "allees")
al("LUNEAU PAPIN CLOS ALLEES 23", "allees", 2023)
y("AMPHIBOLITE LANDRON", "amphibolite")
n("MUSCADET")
y("CREMANT LOIRE LANGLOIS", "langlois")
y("CREMANT DE LOIRE ROSE LANGLOIS", "langloisrose")
y("COUPE CREMANT DE LOIRE", "langlois", cl=GLASS)
y("TOURAINE SAUVIGNON MARIONNET", "touraine")
y("VERRE 14CL TOURAINE SAUV", "touraine", cl=14)
y("PICHET 25 TOURAINE", "touraine", cl=25)
y("BTL 75CL SANCERRE FLORES", "pinard")
# Bourgogne
y("POMMARD CH DE POMMARD 2018", "chpommard", 2018)
y("CHATEAU DE POMMARD CLOS MAREY MONGE 17", "chpommard", 2017)
al("CHT DE POMMARD 2016", "chpommard", 2016)
y("POMMARD PARENT 19", "parent", 2019)
y("POMMARD DOM PARENT", "parent")
n("POMMARD")
n("VRE POMMARD")
y("PERNAND 1ER ILE DES VERGELESSES RAPET", "rapet")
y("RAPET PERNAND VERGELESSES 18", "rapet", 2018)
y("MEURSAULT TILLETS JAVILLIER", "tillets")
al("MEURSAULT JAVILLIER 2022", "tillets", 2022)
n("MEURSAULT 1ER CRU JAVILLIER")
y("ST AUBIN 1ER EN REMILLY COLIN 21", "remilly", 2021)
y("SAINT-AUBIN MARC COLIN", "remilly")
y("MARANGES 1ER FUSSIERE BACHELET", "fussiere")
y("SANTENAY CH DE SANTENAY 19", "chsantenay", 2019)
y("CHATEAU DE SANTENAY", "chsantenay")
y("SANTENAY VV BELLAND", "belland")
n("SANTENAY ROUGE")
y("CHABLIS 1ER MONTEE DE TONNERRE BILLAUD", "tonnerre")
y("CHABLIS MONTEE TONNERRE BILLAUD SIMON 20", "tonnerre", 2020)
y("CHABLIS 1ER CRU MONTEE DE TO", "tonnerre")
y("CHABLIS GC LES CLOS DROIN 19", "droin", 2019)
al("DROIN LES CLOS 2017", "droin", 2017)
y("CHABLIS ST MARTIN LAROCHE", "laroche")
y("1/2 CHABLIS LAROCHE", "laroche", fmt=37.5)
y("ALIGOTE PATAILLE 21", "aligote", 2021)
n("KIR")
n("KIR ROYAL")
y("POUILLY FUISSE AMPELOPSIS SAUMAIZE", "ampelopsis")
y("POUILLY FUISSE FERRET VV 21", "ferret", 2021)
n("POUILLY-FUISSE")
y("MACON VILLAGES VERGET", "verget")
y("VRE MACON VILLAGES", "verget", cl=GLASS)
y("CREMANT DE BOURGOGNE PERLE D'IVOIRE", "ivoire")
y("PERLE D'AURORE BOUILLOT", "aurore")
y("COUPE PERLE D IVOIRE", "ivoire", cl=GLASS)
# Beaujolais
y("MORGON THEVENET VV 22", "thevenet", 2022)
y("MORGON J.P. THEVENET", "thevenet")
y("MORGON CORCELETTE BOULAND", "corcelette")
al("BOULAND CORCELETTE 2021", "corcelette", 2021)
y("MORGON COTE DU PY BURGAUD", "burgaud")
y("MAG MORGON PY BURGAUD", "burgaud", fmt=150)
n("JEROBOAM MORGON BURGAUD")
n("MORGON")
n("VRE MORGON")
y("FLEURIE ROILETTE 22", "roilette", 2022)
y("CLOS DE LA ROILETTE", "roilette")
y("FLEURIE MORIERS CHIGNARD", "moriers")
n("FLEURIE")
n("FLEURIE ROILETTE BLANC")
y("COTE DE BROUILLY THIVIN", "thivin")
y("CH THIVIN 7 VIGNES 22", "thivin", 2022)
y("REGNIE GUY BRETON", "regnie")
y("CHIROUBLES GROSSE PIERRE", "chiroubles")
y("CHENAS THILLARDON BOCCARDS", "boccards")
y("JULIENAS MARRANS 2022", "julienas", 2022)
al("JULIENAS MARRANS 2020", "julienas", 2020)
y("BEAUJOLAIS DUPEUBLE", "dupeuble")
y("BEAUJOLAIS BLANC DUPEUBLE", "dupeubleb")
y("POT BEAUJOLAIS RGE", "dupeuble", cl=46)
y("PICHET 50 BEAUJOLAIS ROUGE", "dupeuble", cl=50)
y("SAINT AMOUR LAMARTINE", "stamour")
y("ST AMOUR 21", "stamour", 2021)
n("MORGON ROSE")
# Rhône nord
y("CROZES GRAILLOT 2021", "graillot", 2021)
y("CROZES HERMITAGE BLC GRAILLOT", "graillotb")
al("CROZES GRAILLOT ROUGE 2019", "graillot", 2019)
y("CROZES ROUVRE YANN CHAVE", "rouvre")
y("Y. CHAVE LE ROUVRE 20", "rouvre", 2020)
n("CROZES HERMITAGE ROUGE")
n("MAG CROZES GRAILLOT")
y("ST JOSEPH GONON 19", "gonon", 2019)
y("SAINT JOSEPH GONON", "gonon")
y("ST JO GONON", "gonon")
y("ST JOSEPH BLC FAURY", "faury")
n("ST JOSEPH")
y("COTE ROTIE JAMET 17", "jamet", 2017)
y("MAGNUM COTE ROTIE JAMET", "jamet", fmt=150)
y("COTE-ROTIE RESERVE OGIER", "ogier")
n("COTE ROTIE")
y("CORNAS VOGE VIEILLES FONTAINES", "voge")
y("CORNAS BRISE CAILLOUX", "coulet")
al("CORNAS COULET 2018", "coulet", 2018)
y("CONDRIEU CUILLERON PETITE COTE", "condrieu")
y("VRE CONDRIEU", "condrieu", cl=GLASS)
y("HERMITAGE MARQUISE DE LA TO", "tourette")
al("DELAS HERMITAGE 2015", "tourette", 2015)
y("CDR ST ESPRIT DELAS", "stesprit")
n("VRE COTES DU RHONE")
# Rhône sud
y("CNDP JANASSE VV 2019", "janassevv", 2019)
y("CHATEAUNEUF JANASSE VIEILLES VIGNES", "janassevv")
y("CHATEAUNEUF DU PAPE JANASSE TRADITION", "janassetrad")
n("1/2 BTL CNDP JANASSE VV")
y("CH DE LA GARDINE ROUGE 17", "gardiner", 2017)
y("CHATEAU LA GARDINE BLC", "gardineb")
y("GIGONDAS SANTA DUC HAUTES GARRIGUES", "santaduc")
y("GIGONDAS PALLIERES TERRASSE DIABLE", "pallieres")
n("GIGONDAS")
y("VACQUEYRAS SANG DES CAILLOUX", "doucinello")
y("DOUCINELLO 2019", "doucinello", 2019)
y("RASTEAU GOURT DE MAUTENS", "rasteau")
y("CDR GRAMENON POIGNEE RAISINS", "poignee")
y("TAVEL TRINQUEVEDEL", "tavel")
n("TAVEL ROUGE")
y("VRE TAVEL", "tavel", cl=GLASS)
# Languedoc-Roussillon
y("GAUBY VV BLANC 2020", "gaubyb", 2020)
y("GAUBY VIEILLES VIGNES ROUGE", "gaubyr")
y("MAS JULLIEN ROUGE 19", "jullien", 2019)
n("MAS JULLIEN BLANC")
y("MONTPEYROUX AUPILHAC", "aupilhac")
al("DOM D'AUPILHAC 2021", "aupilhac", 2021)
y("CLOS MARIE OLIVETTE 21", "olivette", 2021)
y("PIC ST LOUP CLOS MARIE", "olivette")
y("LA FALAISE NEGLY", "falaise")
y("CH DE LA NEGLY FALAISE 2020", "falaise", 2020)
y("MAGHANI CANET VALETTE", "maghani")
y("FAUGERES BARRAL 18", "barral", 2018)
y("PICPOUL DE PINET", "picpoul")
y("VRE PICPOUL", "picpoul", cl=GLASS)
y("PICHET 50 PICPOUL", "picpoul", cl=50)
y("MAURY GRENAT MAS AMIEL 50CL", "maury", fmt=50)
y("VRE MAURY 6CL", "maury", cl=6)
y("BLANQUETTE LIMOUX ANTECH", "blanquette")
y("CREMANT LIMOUX EMOTION", "emotion")
y("EQUINOXE ROSE ARJOLLE", "equinoxe")
y("VRE ROSE ARJOLLE", "equinoxe", cl=GLASS)
# Sud-Ouest
y("JURANCON NOBLESSE DU TEMPS 50CL", "noblesse", fmt=50)
y("VRE NOBLESSE DU TEMPS CAUHAPE", "noblesse", cl=GLASS)
y("CAUHAPE CHANT DES VIGNES", "chantvignes")
al("JURANCON SEC CAUHAPE 2021", "chantvignes", 2021)
y("CLOS TRIGUEDINA 2018", "triguedina", 2018)
y("CLOS TRIGUEDINA CAHORS", "triguedina")
y("CAHORS LA FAGE COSSE", "lafage")
n("CAHORS")
y("IROULEGUY ARRETXEA HAITZA", "haitza")
y("MAUZAC NATURE PLAGEOLES", "mauzac")
y("GAILLAC BRAUCOL PLAGEOLES 21", "braucol", 2021)
y("MONBAZILLAC TIRECUL LES PINS", "tirecul")
y("MADIRAN BERTHOUMIEU CHARLES DE BATZ", "batz")
y("MARCILLAC DU CROS", "marcillac")
# Corse
y("FAUSTINE ROUGE ABBATUCCI", "faustiner")
y("ABBATUCCI FAUSTINE BLC 22", "faustineb", 2022)
y("FAUSTINE ROSE", "faustiners")
n("FAUSTINE")
y("VRE FAUSTINE BLANC", "faustineb", cl=GLASS)
n("MAGNUM FAUSTINE ROSE")
y("PATRIMONIO ARENA CARCO", "carco")
y("LECCIA E CROCE 2020", "ecroce", 2020)
y("CLOS CANARELLI ROUGE 19", "canarelli", 2019)
n("CANARELLI BLANC")
y("PATRIMONIO ROSE GAFFORY", "gaffory")
n("PATRIMONIO")
# Provence
y("CH DE BELLET BLANC 2020", "bellet", 2020)
y("CHATEAU DE BELLET", "bellet")
y("BELLET LE CLOS ST VINCENT", "stvincent")
n("BELLET")
n("CHATEAU DE BELLET ROUGE")
y("CASSIS BLANC STE MAGDELEINE", "cassis")
al("CLOS STE MAGDELEINE 21", "cassis", 2021)
y("CREME DE CASSIS 4CL", "cassiscreme", cl=4)
y("BANDOL BEGUDE IRREDUCTIBLE", "irreductible")
y("HAUVETTE CORNALINE 16", "cornaline", 2016)
y("ROSE DE LEOUBE 23", "leoube", 2023)
y("MAGNUM LEOUBE ROSE", "leoube", fmt=150)
y("0.75L LEOUBE ROSE", "leoube")
y("LAMPE DE MEDUSE STE ROSELINE", "meduse")
n("COTES DE PROVENCE ROSE")
n("VRE ROSE")
# Champagne
y("LARMANDIER LATITUDE", "latitude")
y("CHAMP. LARMANDIER BERNIER", "latitude")
y("GIMONNET CUIS 1ER CRU", "cuis")
y("1/2 GIMONNET CUIS", "cuis", fmt=37.5)
y("COUPE GIMONNET", "cuis", cl=GLASS)
y("VILMART GRAND CELLIER", "cellier")
n("VILMART COEUR DE CUVEE")
y("CHARTOGNE TAILLET STE ANNE", "steanne")
y("AGRAPART 7 CRUS", "septcrus")
y("JACQUESSON 746", "jacquesson")
n("JACQUESSON 745")
y("FLEURY BLANC DE NOIRS", "fleury")
y("CHARLES HEIDSIECK BRUT RESERVE", "charles")
y("MAG CHARLES HEIDSIECK", "charles", fmt=150)
y("1/2 BTLE CHARLES HEIDSIECK", "charles", fmt=37.5)
y("COUPE CHARLES HEIDSIECK", "charles", cl=GLASS)
y("CHARLES HEIDSIECK ROSE", "charlesrose")
n("JEROBOAM CHARLES HEIDSIECK")
y("POMMERY BRUT ROYAL", "royal")
y("CUVEE LOUISE POMMERY 2005", "louise", 2005)
al("CUVEE LOUISE 2002", "louise", 2002)
y("MUMM CORDON ROUGE", "mumm")
y("COUPE MUMM", "mumm", cl=GLASS)
y("MAGNUM MUMM CORDON ROUGE", "mumm", fmt=150)
y("MUMM ROSE", "mummrose")
y("FEUILLATTE RESERVE EXCLUSIVE", "feuillatte")
y("FLUTE FEUILLATTE", "feuillatte", cl=GLASS)
y("COUPE FEUILLATTE ROSE", "feuillatterose", cl=GLASS)
n("COUPE CHAMPAGNE")
n("VRE CHAMPAGNE BRUT")
n("MOET IMPERIAL")
n("VEUVE CLICQUOT")
# Spirits
y("ARMAGNAC BOINGNERES 1990", "boingneres", 1990)
y("BOINGNERES 1990 4CL", "boingneres", 1990, cl=4)
al("BAS ARMAGNAC BOINGNERES 1985 4CL", "boingneres", 1985, cl=4)
y("LAUBADE VSOP 4CL", "laubade", cl=4)
n("ARMAGNAC")
y("FRAPIN VSOP", "frapin")
y("COGNAC FRAPIN VSOP 4CL", "frapin", cl=4)
y("DELAMAIN PALE DRY XO 3CL", "delamain", cl=3)
y("MARTELL CORDON BLEU 4CL", "martell", cl=4)
n("COGNAC")
y("CALVA DUPONT HORS D AGE", "dupontcalva")
y("CALVADOS GROULT 8 ANS 4CL", "groult", cl=4)
y("CIDRE DUPONT COLETTE", "colette")
y("GENEPI DOLIN 4CL", "genepi", cl=4)
y("DOLIN BLANC 6CL", "dolinb", cl=6)
y("DOLIN ROUGE 5CL", "dolinr", cl=5)
y("MIRABELLE DEVOILLE 4CL", "mirabelle", cl=4)
y("SUZE 4CL", "suze", cl=4)
y("PASTIS 51 2CL", "pastis", cl=2)
y("ARMORIK 4CL", "armorik", cl=4)
y("GLENFIDDICH 12 ANS 4CL", "glenfiddich", cl=4)
n("GLENFIDDICH 15 ANS")
n("WHISKY")
y("RHUM JM BLANC 4CL", "jm", cl=4)
y("CLEMENT VSOP 4CL", "clement", cl=4)
y("MONKEY 47 GIN 4CL", "monkey", cl=4)
n("GIN TONIC")
y("BELVEDERE 4CL", "belvedere", cl=4)
n("GRAND MARNIER")
# Beers
y("JENLAIN AMBREE 75CL", "jenlain", fmt=75)
y("JENLAIN 25CL", "jenlain", fmt=25)
y("CHATEAU ROUGE GOUTTE D'OR", "chateaurouge")
y("CHATEAU ROUGE 33CL", "chateaurouge", fmt=33)
y("BLONDE ESQUELBECQ THIRIEZ", "esquelbecq")
y("PIETRA 33", "pietra", fmt=33)
y("PIETRA", "pietra")
y("TARAS BOULBA", "taras")
y("BLANCHE DES CIMES", "cimes")
y("PUNK IPA", "punk")
n("BIERE PRESSION 25CL")
n("DEMI PRESSION")
n("PINTE BLONDE")
n("HEINEKEN")
# Softs
y("VITTEL 50CL", "vittel", fmt=50)
y("VITTEL 1L", "vittel", fmt=100)
y("CHATELDON 75", "chateldon", fmt=75)
y("ST YORRE 1L", "styorre", fmt=100)
y("PEPSI MAX", "pepsi")
n("COCA COLA")
y("FENTIMANS GINGER BEER", "fentimans")
y("LIMONADE ELIXIA", "elixia")
y("JUS ABRICOT FONT", "abricot")
y("JUS DE POIRE", "poire")
n("JUS D'ORANGE PRESSE")
n("SIROP A L'EAU")
n("DIABOLO MENTHE")
# Non-drinks and generic labels
for label in [
    "CAFE ALLONGE",
    "DECA",
    "THE VERT",
    "CHOCOLAT CHAUD",
    "TARTIFLETTE",
    "FONDUE SAVOYARDE X2",
    "PLANCHE MIXTE",
    "CROZIFLETTE",
    "RACLETTE 1 PERS",
    "SUPPL FROMAGE",
    "DESSERT DU JOUR",
    "TARTE MYRTILLES",
    "MENU ENFANT 12,50",
    "COUVERT",
    "DROIT DE BOUCHON",
    "VIN DU MOMENT",
    "Vin du moment rouge",
    "VRE VIN BLANC",
    "PICHET ROSE 50CL",
    "1/4 ROUGE",
    "VIN CHAUD",
    "CHAMPAGNE DU MOMENT",
    "BTL VIN ROUGE",
    "EAU PLATE",
    "EAU GAZEUSE",
    "CARAFE D'EAU",
    "SUPPLEMENT GLACE",
    "BEIGNETS",
    "FROMAGE BLANC",
    "CREME BRULEE",
    "SAUMON FUME",
    "COTE DE BOEUF 2P",
    "ST MARCELLIN",
    "REBLOCHON",
    "BEAUFORT",
    "POUILLY FUME ROUGE",
]:
    n(label)
# More label habits: lower case, producer first, truncations, vintage styles
y("dne du coulet cornas 2020", "coulet", 2020)
y("Ogier Cote Rotie Reserve '19", "ogier", 2019)
y("jamet côte-rôtie", "jamet")
y("MILL 2019 JANASSE VV CNDP", "janassevv", 2019)
y("GRAILLOT CROZES BLANC 2022", "graillotb", 2022)
y("BILLAUD SIMON CHABLIS 1ER MONTEE", "tonnerre")
y("THEVENET MORGON 2021", "thevenet", 2021)
al("THEVENET MORGON 2019", "thevenet", 2019)
y("ABBATUCCI FAUSTINE ROUGE 2020", "faustiner", 2020)
y("ladoucette baron de l", "baronl")
y("MUSCADET SEVRE ET MAINE CLOS DES A", "allees")
y("PERNAND VERGELESSES 1ER ILE DE", "rapet")
y("GEWURZTRAMINER VENDANGES TAR", "gewurzvt")
y("BTE MONDEUSE MAGNIN 2020", "arbin", 2020)
y("VERRE 15CL CREMANT JURA TISSOT", "tissotcremant", cl=15)
y("VRE 15 JACQUERE", "jacquere", cl=15)
y("GLS 14CL PICPOUL", "picpoul", cl=14)
n("37,5CL CHABLIS 1ER BILLAUD")
n("DEMI-BTLE MEURSAULT TILLETS")
y("BOUTEILLE CLOS CANARELLI 19", "canarelli", 2019)
y("CHT THIVIN COTE DE BROUILLY", "thivin")
y("DOMAINE GAUBY BLANC VV", "gaubyb")
y("CHATEAU DE LA NEGLY LA FALAISE", "falaise")
y("Sancerre Blanc Jolivet 2022", "jolivetb", 2022)
y("ROILETTE FLEURIE 0.75L", "roilette")

# Second page (blind: written before running the matcher on it)
y("CHX LES CHARMES GODARD BLC 2020", "charmes", 2020)
y("CHARMES GODARD BLANC", "charmes")
y("DIEM TIRE PE 21", "diem", 2021)
al("Tire Pé Diem 2019", "diem", 2019)
y("HT MARBUZET 2015", "marbuzet", 2015)
y("CH HAUT MARBUZET 16", "marbuzet", 2016)
y("CHATEAU HAUT-MARBUZET", "marbuzet")
y("MAG HT MARBUZET 2015", "marbuzet", 2015, fmt=150)
al("MAG HT MARBUZET 2016", "marbuzet", 2016, fmt=150)
al("HAUT MARBUZET ST ESTEPHE 2012", "marbuzet", 2012)
y("POMEROL CH BOURGNEUF 17", "bourgneuf", 2017)
y("BOURGNEUF POMEROL", "bourgneuf")
n("POMEROL")
y("CLOS PUY ARNAUD CASTILLON", "puyarnaud")
al("PUY ARNAUD 2019", "puyarnaud", 2019)
y("CH DE FARGUES 2011", "fargues", 2011)
y("1/2 CH DE FARGUES", "fargues", fmt=37.5)
y("VRE SAUTERNES FARGUES 8CL", "fargues", cl=8)
n("SAUTERNES")
y("DOM DE CHEVALIER BLC 17", "chevalierb", 2017)
y("DOMAINE DE CHEVALIER ROUGE", "chevalierr")
al("DOM. DE CHEVALIER ROUGE 2015", "chevalierr", 2015)
n("DOMAINE DE CHEVALIER")
y("JASNIERES BELLIVIERE ROSIERS", "rosiers")
y("SAUMUR BLC GUIBERTEAU", "guiberteau")
n("SAUMUR BLANC")
y("CHINON PICASSES RAFFAULT 45€", "picasses")
y("OLGA RAFFAULT LES PICASSES 2015", "picasses", 2015)
n("CHINON")
y("MONTLOUIS CLOS DE MOSNY", "mosny")
n("MONTLOUIS")
y("MEURSAULT GRANDS CHARRONS BOUZEREAU", "charrons")
n("MEURSAULT")
n("MEURSAULT 2019", 2019)
y("BEAUNE 1ER CLOS DES FEVES CHANSON", "feves")
al("CHANSON CLOS DES FEVES 2015", "feves", 2015)
y("VOSNE ROMANEE ARNOUX LACHAUX 18", "arnoux", 2018)
y("VOSNE ROMANEE", "arnoux")
y("MOREY ST DENIS VV LIGNIER", "lignier")
y("GEVREY CHAMBERTIN OSTREA TRAPET", "ostrea")
y("TRAPET GEVREY 2018", "ostrea", 2018)
y("ALIGOTE MIKULSKI", "mikulski")
n("ALIGOTE")
n("BOURGOGNE ALIGOTE")
y("CROZES CLOS DES GRIVES COMBIER", "grives")
y("COMBIER CROZES 19", "grives", 2019)
n("CROZES HERMITAGE")
y("COTE ROTIE AMPODIUM ROSTAING", "ampodium")
y("ROSTAING AMPODIUM 18", "ampodium", 2018)
y("CNDP VIEUX DONJON 2017", "donjon", 2017)
y("MAGNUM VIEUX DONJON", "donjon", fmt=150)
y("VIEUX DONJON CHATEAUNEUF", "donjon")
n("CHATEAUNEUF DU PAPE ROUGE")
n("VRE CHATEAUNEUF")
y("CAIRANNE ORATOIRE ST MARTIN", "coustias")
y("HAUT COUSTIAS 2018", "coustias", 2018)
y("GAILLAC PEYROUZELLES", "peyrouzelles")
y("CAUSSE MARINES PEYROUZELLES 20", "peyrouzelles", 2020)
y("IROULEGUY ROSE ILARRIA", "ilarria")
y("IROULEGUY ROUGE ARRETXEA", "haitza")
n("IROULEGUY")
y("LLUM ROC DES ANGES", "llum")
y("RIESLING GEISBERG KIENTZLER", "geisberg")
y("KIENTZLER RIESLING GC 17", "geisberg", 2017)
y("PG ELEMENTS BOTT GEYL", "elements")
y("BOTT-GEYL PINOT GRIS 2019", "elements", 2019)
y("GANEVAT GRANDES TEPPES", "teppes")
y("COTES DU JURA GANEVAT 18", "teppes", 2018)
y("EGLY OURIET BRUT TRADITION", "egly")
y("MAG EGLY OURIET", "egly", fmt=150)
n("1/2 EGLY OURIET")
y("JACQUART MOSAIQUE", "mosaique")
y("COUPE JACQUART", "mosaique", cl=GLASS)
y("COUPE JACQUART ROSE", "mosaiquerose", cl=GLASS)
y("HENRIOT BRUT SOUVERAIN", "souverain")
y("COUPE HENRIOT 9,50", "souverain", cl=GLASS)
y("1/2 HENRIOT", "souverain", fmt=37.5)
n("HENRIOT ROSE")
y("LANSON BLACK LABEL", "blacklabel")
y("FLUTE LANSON 14CL", "blacklabel", cl=14)
y("PHILIPPONNAT ROYALE RESERVE", "royale")
y("CLOS DES GOISSES 2012", "goisses", 2012)
al("CLOS DES GOISSES 2010", "goisses", 2010)
y("HINE VSOP 4CL", "hine", cl=4)
y("CALVADOS PERE MAGLOIRE", "magloire")
y("PERE MAGLOIRE VSOP 4CL", "magloire", cl=4)
n("CALVADOS")
y("BENEDICTINE 4CL", "benedictine", cl=4)
y("BYRRH 6CL", "byrrh", cl=6)
y("NOILLY PRAT 6CL", "noilly", cl=6)
y("ABERLOUR 12 ANS 4CL", "aberlour", cl=4)
n("ABERLOUR 18 ANS")
y("TROIS RIVIERES VSOP 4CL", "troisrivieres", cl=4)
y("GIN MARE 4CL", "ginmare", cl=4)
y("TANQUERAY 4CL", "tanqueray", cl=4)
n("GIN")
n("GIN 4CL")
y("MONT SALEVE BLANCHE", "saleve")
y("DUVEL 33", "duvel", fmt=33)
y("ORVAL", "orval")
y("GALLIA EAST SIDE IPA", "gallia")
n("IPA")
y("VICHY CELESTINS 1L", "celestins", fmt=100)
y("RED BULL", "redbull")
n("MONSTER")
n("VERRE DE BLANC")
n("VIN BLANC SEC")
n("BLANC LIMONADE")
n("PANACHE")
n("MONACO")
n("PICON BIERE")
n("DEMI PECHE")
n("CHATEAU D'EAU")
n("BOUTEILLE D'EAU 1L")
n("ASSIETTE DE CHARCUTERIE")
n("CROQUE MONSIEUR")
n("SALADE SAVOYARDE")
n("POLENTA")
n("TOMME DE SAVOIE")
n("ROSE PAMPLEMOUSSE")
n("BLANC CASSIS")
n("MARGAUX")
n("PAUILLAC 2015", 2015)
y("chinon les picasses", "picasses")
y("Henriot Souverain Brut", "souverain")
y("haut marbuzet st estephe", "marbuzet")


def units(volume: float, fmt: float) -> float:
    value = (Decimal(str(volume)) / Decimal(str(fmt))).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return float(value)


def ordinary(formats: set[float]) -> float:
    if 75 in formats:
        return 75
    regular = [size for size in formats if size != 37.5 and size < 150]
    return max(regular)


def build() -> None:
    library = []
    rows_of: dict[str, list[tuple[int | None, float, str]]] = {}
    number = 0
    for alias, (name, producer, appellation, region, colour, category, rows) in WINES.items():
        for vintage, fmt in rows:
            number += 1
            entry_id = f"h{number:03d}"
            library.append(
                {
                    "id": entry_id,
                    "name": name,
                    "producer": producer,
                    "appellation": appellation,
                    "region": region,
                    "country": FR,
                    "colour": colour,
                    "category": category,
                    "vintage": vintage,
                    "format_cl": int(fmt) if fmt == int(fmt) else fmt,
                }
            )
            rows_of.setdefault(alias, []).append((vintage, fmt, entry_id))
    labels = set()
    cases = []
    for label, expect, alias, vintage, fmt, cl in CASES:
        assert label not in labels, label
        labels.add(label)
        if expect == N:
            cases.append(
                {
                    "label": label,
                    "expect": N,
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": vintage,
                    "units_per_sale": None,
                    "note": "not in library",
                }
            )
            continue
        assert alias is not None
        rows = rows_of[alias]
        size = fmt if fmt is not None else ordinary({f for _, f, _ in rows})
        same = [(v, e) for v, f, e in rows if f == size]
        assert same, (label, size)
        dated = [(v, e) for v, e in same if v is not None]
        name = WINES[alias][0]
        if expect == Y and vintage is not None:
            hit = [e for v, e in same if v == vintage]
            assert hit, (label, vintage)
            first, also = hit[0], []
            note = f"{name} ({WINES[alias][1]}) {vintage}"
        elif expect == Y:
            if dated:
                first = max(dated)[1]
            else:
                assert len(same) == 1, label
                first = same[0][1]
            also = [e for _, e in same if e != first]
            note = f"{name} ({WINES[alias][1]}), no vintage on label"
        else:
            assert vintage is not None and dated and all(v != vintage for v, _ in dated), label
            first = min(dated, key=lambda item: (abs(item[0] - vintage), -item[0]))[1]
            also = [e for _, e in same if e != first]
            held = sorted(v for v, _ in dated)
            note = f"{name} ({WINES[alias][1]}): label vintage {vintage} not held, has {held}"
        share = units(cl, size) if cl is not None else 1
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": first,
                "also_ok": also,
                "vintage": vintage,
                "units_per_sale": share,
                "note": note,
            }
        )
    for name, rows in (("holdout_library.jsonl", library), ("holdout_cases.jsonl", cases)):
        with (HERE / name).open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {k: sum(c["expect"] == k for c in cases) for k in (Y, AL, N)}
    served = sum(c["expect"] != N and c["units_per_sale"] != 1 for c in cases)
    print(f"library={len(library)} cases={len(cases)} {counts} served={served}")


if __name__ == "__main__":
    build()
