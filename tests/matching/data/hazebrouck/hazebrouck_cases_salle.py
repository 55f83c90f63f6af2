"""salle: the dining room's handheld tablet. One line a button as the owner named it:
expect|drink key (or -FAMILY for a none)|measure|vintage typed (4 digits)|text typed|why.
The tablet puts the measure word first, ' - ', the name in Title Case, the vintage last."""
CASES = """
y|greysac|B|2018|Château Greysac Médoc
y|cantemerle|B|2019|Château Cantemerle
y|senejac|G15||Château Sénéjac
y|parenchere|B|2021|Parenchère Bordeaux Supérieur
y|parenchere|P25||Parenchère Bordeaux Supérieur
y|thieuley|G||Thieuley Bordeaux Blanc
y|fombrauge|B|2016|Fombrauge Saint-Émilion Grand Cru
y|depez|B|2016|Château De Pez Saint-Estèphe
y|doisy|G||Doisy-Daëne Barsac
y|vacheronb|G|2023|Sancerre Blanc Vacheron
y|vacheronb|B|2022|Sancerre Blanc Vacheron
y|baronnes|B|2022|Sancerre Les Baronnes Henri Bourgeois
y|ladoucette|G15||Pouilly-Fumé De Ladoucette
y|huet|B|2021|Vouvray Sec Le Haut-Lieu Huet
y|luneau|B|2022|Muscadet Clos Des Allées
y|villeneuve|P50|2021|Saumur-Champigny Villeneuve
y|baudry|B|2022|Chinon Les Granges Baudry
y|langlois|CP||Crémant De Loire Langlois
y|stmartin|G||Chablis Saint Martin Laroche
y|vaudevey|B||Chablis 1er Cru Vaudevey Laroche
y|laforet|B|2022|Bourgogne Laforêt Drouhin
y|lugny|G||Mâcon-Lugny Les Genièvrières
y|mercurey|B|2021|Mercurey Faiveley
y|mercurey|M||Mercurey Faiveley
y|beaunechat|B||Beaune Du Château 1er Cru
y|bichotpf|G15|2022|Pouilly-Fuissé Bichot
y|bouillot|CP||Crémant De Bourgogne Perle D'Ivoire
y|polbr|M||Champagne Pol Roger Brut Réserve
y|polbr|CP||Champagne Pol Roger Brut Réserve
y|ruinart|CP||Champagne Ruinart Blanc De Blancs
y|lpcuvee|B||Champagne Laurent-Perrier La Cuvée
y|lprose|B||Champagne Laurent-Perrier Rosé
y|heidsieck|B||Champagne Charles Heidsieck
y|stella|D||Stella Artois
y|grimamb|D||Grimbergen Ambrée
y|troll|D||Cuvée Des Trolls
y|maredtri|PT||Maredsous Triple
y|esquel|PT||Blonde D'Esquelbecq
y|anosteke|S75||Anosteké Blonde
y|roch8|S33||Rochefort 8
y|carolus|S33||Gouden Carolus Classic
y|dupont|S75||Saison Dupont
y|wamb|DOSE||Genièvre De Wambrechies
y|hendricks|DOSE||Hendrick's
y|sandruby|G||Porto Sandeman Ruby
y|spareine|S100||Spa Reine
y|gavroche|S33||Gavroche
a|greysac|G|2016|Château Greysac Médoc
a|cantemerle|B|2021|Château Cantemerle
a|fombrauge|B|2019|Fombrauge Saint-Émilion Grand Cru
a|depez|B|2017|Château De Pez Saint-Estèphe
a|vacheronb|G|2021|Sancerre Blanc Vacheron
a|vacheronr|B|2022|Sancerre Rouge Vacheron
a|baronnes|B|2023|Sancerre Les Baronnes Henri Bourgeois
a|ladoucette|B|2020|Pouilly-Fumé De Ladoucette
a|huet|B|2022|Vouvray Sec Le Haut-Lieu Huet
a|luneau|B|2023|Muscadet Clos Des Allées
a|villeneuve|B|2019|Saumur-Champigny Villeneuve
a|vaudevey|B|2021|Chablis 1er Cru Vaudevey Laroche
a|laforet|B|2023|Bourgogne Laforêt Drouhin
a|lugny|B|2021|Mâcon-Lugny Les Genièvrières
a|mercurey|M|2021|Mercurey Faiveley
n|-CUI|||Potjevleesch Maison|food
n|-CUI|||Carbonade Flamande Frites|food
n|-CUI|||Welsh Au Maroilles|food
n|-CUI|||Coq À La Bière|food
n|-CUI|||Tarte Au Sucre|food
n|-CUI|||Menu Enfant|food
n|-CUI|||Assiette De Charcuterie|food
n|-CAF|||Café Gourmand|coffee and desserts
n|-CAF|||Irish Coffee|cocktail
n|-CAF|||Thé Menthe|hot drink
n|-VIN|P25||Vin Rouge De La Maison|generic house wine
n|-VIN|G||Vin Rosé Du Moment|generic
n|-VIN|G||Côtes Du Rhône|region not held
n|-VIN|P50||Vin Blanc De La Maison|generic house wine
n|-VIN|B||Château Greysac Blanc|colour not held
n|-VIN|B||Chinon Rosé Baudry|colour not held
n|-VIN|B||Vouvray Moelleux Huet|Huet's sweet Vouvray, not held
n|-VIN|B||Pouilly-Fuissé Château Fuissé|another producer of the appellation
n|-VIN|B||Sancerre Blanc Pascal Jolivet|another producer of the appellation
n|parenchere|M||Parenchère Bordeaux Supérieur|magnum not held
n|stmartin|H||Chablis Saint Martin Laroche|half bottle not held
n|-CHP|B||Champagne Ruinart Rosé|cuvee not held
n|-CHP|B||Champagne Pol Roger Blanc De Blancs|cuvee not held
n|lpcuvee|H||Champagne Laurent-Perrier La Cuvée|half bottle not held
n|-VIN|CP||Kir Royal|cocktail
n|-VIN|G||Kir Vin Blanc|cocktail
n|-PRS|D||Leffe Ruby|beer not held
n|zotdub|D||Brugse Zot Dubbel|bottle only, not on draught
n|-BTL|S33||Westmalle Extra|sibling not held
n|-BTL|S33||Chimay Triple|sibling of Chimay Bleue, not held
n|-BTL|S33||Rochefort 6|sibling not held
n|-ALC|DOSE||Glenfiddich 21 Ans|age not held
n|-APE|G||Martini Rosso|sibling of Martini Bianco, not held
n|-SFT|S33||Coca-Cola Cherry|not held
n|-SFT|S25||Jus De Pomme|not held
"""
