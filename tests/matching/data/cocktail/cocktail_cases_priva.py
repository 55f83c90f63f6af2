"""The events / privatisation export (`priva`): lines of the quotes and invoices."""
from cocktail_specs import n, y

CVF = "Champagne Veuve Fourny & Fils « Grande Réserve » Brut 1er Cru"
CPP = "Champagne Pierre Paillard « Les Parcelles » Extra Brut Grand Cru"
CPM = "Champagne Pierre Paillard « Les Maillerettes » Blanc de Noirs"
HM = "Château Haut-Marbuzet, Saint-Estèphe"
QZ = "Le Clos du Caillou « Les Quartz », Côtes du Rhône"
BG = "Le Clos du Caillou « Bouquet des Garrigues », Côtes du Rhône"
MC = "Château La Mascaronne « Quat'Saisons » rosé, Côtes de Provence"
MD = "Sancerre « Les Monts Damnés », Domaine Thomas-Labaille"
PC = "Fleurie « Poncié », Pierre-Marie Chermette"
GH = "Mâcon-Pierreclos, Guffens-Heynen"
INF = "Mas Cal Demoura « L'Infidèle », Terrasses du Larzac"

CASES = [
    # ---- champagnes and wines
    y("vf", "b75", None, CVF),
    y("vf", "b150", None, CVF),
    y("vf", "cp", None, CVF),
    y("vfr", "b75", None, "Champagne Veuve Fourny & Fils Rosé Brut 1er Cru"),
    y("pp", "b75", None, CPP),
    y("ppr", "b75", None, "Champagne Pierre Paillard « Les Terres Roses » Extra Brut"),
    y("pm", "b75", 2017, CPM),
    y("mt", "cp", None, "Champagne Moutard « Grande Cuvée » Brut"),
    y("hm", "b75", 2018, HM),
    y("hm", "b150", 2015, HM),
    y("qz", "b150", 2019, QZ),
    y("bg", "b75", 2023, BG),
    y("bg", "gl", 2022, BG),
    y("mc", "b150", 2023, MC),
    y("mc", "b75", 2024, MC),
    y("md", "b75", 2022, MD),
    y("pc", "b75", 2021, PC),
    y("gh", "b75", 2021, GH),
    # ---- spirits: bottle service and doses
    y("g12", "b70", None, "Glengoyne 12 ans, Highland Single Malt"),
    y("g18", "b70", None, "Glengoyne 18 ans, Highland Single Malt"),
    y("sc20", "b70", None, "Ron Santiago de Cuba 20 años"),
    y("mt23", "b70", None, "Ron Matusalem Gran Reserva 23"),
    y("fb", "b70", None, "Tequila Fortaleza Blanco"),
    y("sla", "b70", None, "Tequila Siete Leguas Añejo"),
    y("ocr", "d4", None, "Tequila Ocho Reposado"),
    y("dmv", "d4", None, "Mezcal Del Maguey « Vida »"),
    y("mle", "b70", None, "Mezcal Montelobos Espadín"),
    y("lrvsop", "b70", None, "Cognac Louis Royer VSOP"),
    y("lrxo", "d2", None, "Cognac Louis Royer XO"),
    y("ogn", "b70", 2000, "Bas-Armagnac Domaine d'Ognoas"),
    y("bar", "b70", 1993, "Bas-Armagnac Domaine de Baraillon"),
    y("hld", "b70", None, "Hayman's London Dry Gin"),
    y("cg44", "b70", None, "Gin Comte de Grasse 44°N"),
    y("k1", "b70", None, "Vodka Ketel One"),
    y("hk", "b70", None, "Hakushu Distiller's Reserve"),
    # ---- beers, softs
    y("pblk", "keg30", None, "La Parisienne Blonde"),
    y("cg", "keg20", None, "Brasserie du Grand Paris IPA « Citra Galactique »"),
    y("pbl", "pinte", None, "Parisis Blanche"),
    y("let", "b20", None, "London Essence Indian Tonic"),
    y("tcg", "b20", None, "Three Cents Ginger Beer"),
    y("cht", "b75", None, "Eau gazeuse Châteldon"),
    # ---- vintages not held (almost)
    y("hm", "b75", 2020, HM),
    y("hm", "b150", 2018, HM),
    y("qz", "b75", 2018, QZ),
    y("mc", "b75", 2021, MC),
    y("md", "b37", 2021, MD),
    y("pc", "b75", 2019, PC),
    y("pm", "b75", 2015, CPM),
    y("lab", "b70", 1978, "Bas-Armagnac Laberdolive"),
    y("bar", "b70", 1989, "Bas-Armagnac Domaine de Baraillon"),
    y("bg", "b150", 2021, BG),
    y("inf", "b75", 2022, INF),
    y("gh", "b75", 2019, GH),
    # ---- formats not held (computed none)
    y("vf", "b300", None, CVF),
    y("cg", "keg30", None, "Brasserie du Grand Paris IPA « Citra Galactique »"),
    y("qz", "b37", 2020, QZ),
    # ---- no drink of the library
    n("Forfait privatisation salle du haut (soirée)", "room hire", "svc", 1, 1500),
    n("Open bar 2 h (40 pers.)", "open-bar package", "svc", 1, 1200),
    n("Forfait cocktails signature (3 par pers.)", "cocktail package", "alc", 35, 27),
    n("Planche mixte charcuterie & fromages", "food", "food", 8, 19),
    n("Pièces cocktail salées", "food", "food", 120, 2.2),
    n("Vestiaire", "cloakroom", "svc", 60, 2),
    n("DJ et sonorisation", "service", "svc", 1, 450),
    n("Coupe de champagne de bienvenue", "generic champagne", "alc", 40, 11),
    n("Bouteille Champagne brut (75 cl)", "generic champagne", "alc", 6, 62),
    n("Verre de vin rouge", "generic red", "alc", 25, 7.5),
    n("Cocktail Margarita Fortaleza", "cocktail naming a held tequila", "alc", 30, 12.5),
    n("Punch au rhum Santiago de Cuba (bol 3 L)", "punch naming a held rum", "alc", 2, 95),
    n("Kir royal Veuve Fourny", "mixed drink naming a held champagne", "alc", 40, 12),
    n("Bouteille Champagne Veuve Fourny & Fils « Blanc de Blancs » Extra Brut 1er Cru (75 cl)",
      "Veuve Fourny Blanc de Blancs not held", "alc", 3, 74),
    n("Bouteille Champagne Bruno Paillard « Première Cuvée » (75 cl)",
      "Bruno Paillard, not Pierre Paillard", "alc", 4, 68),
    n("Bouteille Château Marbuzet, Saint-Estèphe 2018 (75 cl)",
      "Château Marbuzet, not Haut-Marbuzet", "alc", 2, 54),
    n("Bouteille Le Clos du Caillou « Les Quartz », Châteauneuf-du-Pape 2019 (75 cl)",
      "the Châteauneuf-du-Pape Les Quartz, not the Côtes du Rhône", "alc", 2, 72),
    n("Bouteille Château La Mascaronne « Vita Bella » blanc 2023 (75 cl)",
      "La Mascaronne blanc not held", "alc", 6, 29),
    n("Bouteille Glengoyne 21 ans, Highland Single Malt (70 cl)", "Glengoyne 21 not held",
      "alc", 1, 240),
    n("Bouteille Tequila Fortaleza Añejo (70 cl)", "Fortaleza Añejo not held", "alc", 1, 160),
    n("Bouteille Cognac Louis Royer Extra (70 cl)", "Louis Royer Extra not held", "alc", 1, 290),
    n("Bouteille Bas-Armagnac Domaine d'Ognoas VSOP (70 cl)", "Ognoas VSOP not held",
      "alc", 1, 85),
    n("Fût bière du moment (20 L)", "generic keg", "alc", 1, 260),
    n("Bouteille Whisky 12 ans (70 cl)", "generic: five 12-year-old whiskies held", "alc", 1, 120),
    n("Carafe de jus de fruits (1 L)", "house juice carafe", "soft", 10, 14),
]
