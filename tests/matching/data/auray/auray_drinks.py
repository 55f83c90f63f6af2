"""The drinks of "Le Relais du Loch" (Saint-Goustan, Auray).

One line a product: key | family | name | producer | appellation | region | country |
colour | category | formats.  formats: "75:2022,2023 37.5:2023" (NV: "75:-").
Ids are given in this order, formats ascending, vintages ascending.
family: BL RG RS CH (wine families), BI beer, CI cider, AL spirits, AP aperitifs, SO softs.
"""

RAW = """
landron_amph|BL|Muscadet Sèvre et Maine sur Lie Amphibolite|Domaine Landron|Muscadet Sèvre et Maine|Loire|France|blanc|vin|37.5:2023 75:2022,2023
landron_fief|BL|Muscadet Sèvre et Maine sur Lie Le Fief du Breil|Domaine Landron|Muscadet Sèvre et Maine|Loire|France|blanc|vin|75:2020
pepiere_briords|BL|Muscadet Sèvre et Maine Clos des Briords|Domaine de la Pépière|Muscadet Sèvre et Maine|Loire|France|blanc|vin|75:2021,2022 150:2021
pepiere_clisson|BL|Muscadet Sèvre et Maine Clisson|Domaine de la Pépière|Muscadet Sèvre et Maine Clisson|Loire|France|blanc|vin|75:2019
gros_plant|BL|Gros Plant du Pays Nantais sur Lie|Domaine Michel Brégeon|Gros Plant du Pays Nantais|Loire|France|blanc|vin|75:2023
vacheron|BL|Sancerre blanc|Domaine Vacheron|Sancerre|Loire|France|blanc|vin|37.5:2022 75:2022,2023
tracy|BL|Château de Tracy|Château de Tracy|Pouilly-Fumé|Loire|France|blanc|vin|75:2021
huet|BL|Le Haut-Lieu sec|Domaine Huet|Vouvray|Loire|France|blanc|vin|75:2019,2021
guiberteau|BL|Saumur blanc|Domaine Guiberteau|Saumur|Loire|France|blanc|vin|75:2022
baumard|BL|Coteaux du Layon Carte d'Or|Domaine des Baumard|Coteaux du Layon|Loire|France|liquoreux|vin|50:2018
graville|BL|Château Graville-Lacoste|Château Graville-Lacoste|Graves|Bordeaux|France|blanc|vin|75:2022
laroche|BL|Chablis Saint Martin|Domaine Laroche|Chablis|Bourgogne|France|blanc|vin|75:2022
picpoul|BL|Picpoul de Pinet|Domaine Félines Jourdan|Picpoul de Pinet|Languedoc|France|blanc|vin|75:2023
baudry|RG|Chinon Les Grézeaux|Bernard Baudry|Chinon|Loire|France|rouge|vin|75:2019,2020
rochesneuves|RG|Saumur-Champigny Terres Chaudes|Domaine des Roches Neuves|Saumur-Champigny|Loire|France|rouge|vin|37.5:2021 75:2021
trinch|RG|Trinch!|Catherine et Pierre Breton|Bourgueil|Loire|France|rouge|vin|75:2022
chassespleen|RG|Château Chasse-Spleen|Château Chasse-Spleen|Moulis-en-Médoc|Bordeaux|France|rouge|vin|75:2016,2018 150:2016
oratoire|RG|L'Oratoire de Chasse-Spleen|Château Chasse-Spleen|Moulis-en-Médoc|Bordeaux|France|rouge|vin|75:2019
larose|RG|Château Larose-Trintaudon|Château Larose-Trintaudon|Haut-Médoc|Bordeaux|France|rouge|vin|75:2019
tourdeby|RG|Château Tour de By|Château Tour de By|Médoc|Bordeaux|France|rouge|vin|37.5:2018 75:2018
capfaugeres|RG|Château Cap de Faugères|Château Cap de Faugères|Castillon Côtes de Bordeaux|Bordeaux|France|rouge|vin|75:2019,2020
peylatour|RG|Château Pey La Tour|Château Pey La Tour|Bordeaux Supérieur|Bordeaux|France|rouge|vin|75:2020
p45_rouge|RG|Parallèle 45 rouge|Paul Jaboulet Aîné|Côtes du Rhône|Rhône|France|rouge|vin|37.5:2022 75:2021,2022
meysonniers|RG|Crozes-Hermitage Les Meysonniers|M. Chapoutier|Crozes-Hermitage|Rhône|France|rouge|vin|75:2020,2021
offerus|RG|Saint-Joseph Offerus|Jean-Louis Chave Sélection|Saint-Joseph|Rhône|France|rouge|vin|75:2020
cayron|RG|Gigondas|Domaine du Cayron|Gigondas|Rhône|France|rouge|vin|75:2019
telegraphe|RG|Châteauneuf-du-Pape La Crau|Domaine du Vieux Télégraphe|Châteauneuf-du-Pape|Rhône|France|rouge|vin|75:2018,2019 150:2017
p45_rose|RS|Parallèle 45 rosé|Paul Jaboulet Aîné|Côtes du Rhône|Rhône|France|rosé|vin|75:2023
minuty|RS|M de Minuty|Château Minuty|Côtes de Provence|Provence|France|rosé|vin|75:2023 150:2023
whispering|RS|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|France|rosé|vin|75:2023,2024
aqueria|RS|Château d'Aquéria|Château d'Aquéria|Tavel|Rhône|France|rosé|vin|75:2023
tempier|RS|Bandol rosé|Domaine Tempier|Bandol|Provence|France|rosé|vin|75:2022
drappier|CH|Carte d'Or Brut|Drappier|Champagne|Champagne|France|effervescent|champagne|37.5:- 75:- 150:-
drappier_rose|CH|Rosé de Saignée Brut|Drappier|Champagne|Champagne|France|rosé|champagne|75:-
billecart|CH|Brut Réserve|Billecart-Salmon|Champagne|Champagne|France|effervescent|champagne|75:-
billecart_rose|CH|Brut Rosé|Billecart-Salmon|Champagne|Champagne|France|rosé|champagne|75:-
ruinart|CH|Blanc de Blancs|Ruinart|Champagne|Champagne|France|effervescent|champagne|75:-
bouvet|CH|Crémant de Loire Brut|Bouvet-Ladubay|Crémant de Loire|Loire|France|effervescent|vin|75:-
kerisac_brut|CI|Cidre Brut|Kerisac|Cidre de Bretagne|Bretagne|France|null|autre|33:- 75:-
kerisac_doux|CI|Cidre Doux|Kerisac|Cidre de Bretagne|Bretagne|France|null|autre|75:-
kinkiz_cidre|CI|Cidre Cornouaille|Manoir du Kinkiz|Cornouaille|Bretagne|France|null|autre|75:-
kinkiz_pommeau|AP|Pommeau de Bretagne|Manoir du Kinkiz|Pommeau de Bretagne|Bretagne|France|null|autre|70:-
kinkiz_lambig|AL|Lambig|Manoir du Kinkiz|Eau-de-vie de cidre de Bretagne|Bretagne|France|null|spiritueux|70:-
coreff_blonde|BI|Coreff Blonde|Brasserie Coreff|null|Bretagne|France|null|bière|33:- 3000:-
blanche_hermine|BI|Blanche Hermine|Brasserie Lancelot|null|Bretagne|France|null|bière|2000:-
guinness|BI|Guinness Draught|Guinness|null|Dublin|Irlande|null|bière|3000:-
coreff_ambree|BI|Coreff Ambrée|Brasserie Coreff|null|Bretagne|France|null|bière|33:-
duchesse|BI|Duchesse Anne|Brasserie Lancelot|null|Bretagne|France|null|bière|33:-
telenn|BI|Telenn Du|Brasserie Lancelot|null|Bretagne|France|null|bière|33:-
heineken00|BI|Heineken 0.0|Heineken|null|null|Pays-Bas|null|bière|33:-
desperados|BI|Desperados|Heineken|null|null|France|null|bière|33:-
armorik|AL|Armorik Classic|Distillerie Warenghem|Whisky breton|Bretagne|France|null|spiritueux|70:-
eddu|AL|Eddu Silver|Distillerie des Menhirs|Whisky breton|Bretagne|France|null|spiritueux|70:-
glenfiddich|AL|Glenfiddich 12 ans|Glenfiddich|Speyside single malt|Écosse|Royaume-Uni|null|spiritueux|70:-
lagavulin|AL|Lagavulin 16 ans|Lagavulin|Islay single malt|Écosse|Royaume-Uni|null|spiritueux|70:-
talisker|AL|Talisker 10 ans|Talisker|Isle of Skye single malt|Écosse|Royaume-Uni|null|spiritueux|70:-
jameson|AL|Jameson|Jameson|Irish whiskey|null|Irlande|null|spiritueux|70:-
nikka|AL|Nikka From the Barrel|Nikka|Blended whisky|null|Japon|null|spiritueux|50:-
diplomatico|AL|Diplomático Reserva Exclusiva|Diplomático|Rhum|null|Venezuela|null|spiritueux|70:-
havana3|AL|Havana Club 3 ans|Havana Club|Rhum|null|Cuba|null|spiritueux|70:-
havana7|AL|Havana Club 7 ans|Havana Club|Rhum|null|Cuba|null|spiritueux|70:-
clement|AL|Rhum Vieux Agricole VSOP|Clément|Rhum de la Martinique|Martinique|France|null|spiritueux|70:-
donpapa|AL|Don Papa|Don Papa|Rhum|null|Philippines|null|spiritueux|70:-
frapin|AL|Cognac VSOP|Frapin|Cognac|Charente|France|null|spiritueux|70:-
drouin|AL|Calvados Pays d'Auge VSOP|Christian Drouin|Calvados Pays d'Auge|Normandie|France|null|spiritueux|70:-
hendricks|AL|Hendrick's Gin|Hendrick's|Gin|Écosse|Royaume-Uni|null|spiritueux|70:-
bombay|AL|Bombay Sapphire|Bombay|Gin|null|Royaume-Uni|null|spiritueux|70:-
greygoose|AL|Grey Goose|Grey Goose|Vodka|null|France|null|spiritueux|70:-
cointreau|AL|Cointreau|Cointreau|Liqueur|Anjou|France|null|spiritueux|70:-
get27|AL|Get 27|Get|Liqueur de menthe|null|France|null|spiritueux|70:-
ricard|AP|Ricard|Pernod Ricard|Pastis|null|France|null|autre|100:-
pastis51|AP|Pastis 51|Pernod|Pastis|null|France|null|autre|100:-
lillet|AP|Lillet Blanc|Lillet|Apéritif à base de vin|Bordeaux|France|null|autre|75:-
martini|AP|Martini Bianco|Martini|Vermouth|null|Italie|null|autre|100:-
suze|AP|Suze|Suze|Apéritif à la gentiane|null|France|null|autre|100:-
campari|AP|Campari|Campari|Bitter|null|Italie|null|autre|100:-
aperol|AP|Aperol|Aperol|Bitter|null|Italie|null|autre|70:-
taylors|AP|Taylor's Fine Tawny|Taylor's|Porto|Douro|Portugal|null|autre|75:-
lejay|AP|Crème de Cassis de Dijon|Lejay|Crème de cassis|Bourgogne|France|null|autre|70:-
breizh|SO|Breizh Cola|Breizh Cola|null|Bretagne|France|null|soft|33:-
breizh_zero|SO|Breizh Cola Zéro|Breizh Cola|null|Bretagne|France|null|soft|33:-
coca|SO|Coca-Cola|Coca-Cola|null|null|France|null|soft|33:-
coca_zero|SO|Coca-Cola Zéro|Coca-Cola|null|null|France|null|soft|33:-
orangina|SO|Orangina|Orangina|null|null|France|null|soft|25:-
schweppes|SO|Schweppes Indian Tonic|Schweppes|null|null|France|null|soft|25:-
perrier|SO|Perrier|Perrier|Eau gazeuse|null|France|null|soft|33:-
evian|SO|Evian|Evian|Eau minérale|null|France|null|soft|50:- 100:-
badoit|SO|Badoit|Badoit|Eau gazeuse|null|France|null|soft|100:-
milliat_pomme|SO|Jus de pomme|Alain Milliat|null|null|France|null|soft|33:-
milliat_abricot|SO|Nectar d'abricot|Alain Milliat|null|null|France|null|soft|33:-
"""

FIELDS = ("key", "fam", "name", "producer", "appellation", "region", "country",
          "colour", "category", "formats")


def _none(v):
    return None if v == "null" else v


def load():
    """Return the products: dicts with the library fields and formats {cl: [vintages]}."""
    out = []
    for line in RAW.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == len(FIELDS), line
        d = dict(zip(FIELDS, parts, strict=False))
        for k in ("appellation", "region", "colour"):
            d[k] = _none(d[k])
        fmts = {}
        for chunk in d["formats"].split():
            cl, vs = chunk.split(":")
            cl = float(cl) if "." in cl else int(cl)
            fmts[cl] = [None] if vs == "-" else [int(v) for v in vs.split(",")]
        d["formats"] = fmts
        out.append(d)
    return out
