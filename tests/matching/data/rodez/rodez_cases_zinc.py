"""zinc: the old counter register. core | ref | vv | measure | family | note (none only)."""
CASES = """
MARCILLAC CROS|rz001||V
SANG DEL PAIS|rz001|22|V12
CROS LO SANG|rz001|21|P50
MARCILLAC CROS|rz001|20|V
MARCILLAC LAURENS|rz008||V
PIERRES ROUGES|rz008|21|V15
ROSE LAURENS|rz010||V
ENTRAYG BL MOUSSET|rz012|23|V
ENTRAYG VIGUIER|rz015||V
MILLAU RGE|rz017|22|V
MILLAU ROSE|rz019||P50
GAILLAC PERLE|rz028||V
GAILLAC DOUX ROTIER|rz024||V
CAHORS LAGREZETTE|rz029||V
CEDRE|rz034|19|V15
LAMARTINE|rz036||V
FRONTON BELLEVUE|rz039||V
BELLEVUE ROSE|rz040||P50
COTE DES ROSES|rz045||V
LES DARONS|rz046||P25
MOUTON CADET|rz052||V
TAITTINGER|rz054||V
TAITTINGER|rz054||B37.5
BLANQUETTE 1ERE BULLE|rz047||V
GENTIANE AVEZE|rz058||D
SALERS|rz059||D
SUZE|rz060||D
VIN DE NOIX|rz061||V
RATAFIA|rz062||D
BIRLOU|rz064||D
VERVEINE VERTE|rz065||D
VERVEINE JAUNE|rz066||D2
PRUNE COUDERC|rz067||D
MARC MARCILLAC|rz070||D
VIEILLE PRUNE ROQUE|rz071||D
RICARD|rz072||D2
PASTIS51|rz073||D
BARDOUIN|rz074||D2
GET27|rz076||D
JACK DANIELS|rz080||D4
LAGAVULIN 16ANS|rz082||D
RHUM DIPLOMATICO|rz086||D4
KRO|rz090||DM
KRO|rz090||PT
GRIMB|rz091||DM
LEFFE RUBY|rz092||PT
DESPE|rz094||
HEINEKEN 25CL|rz095||
SALVETAT 50CL|rz101||B50
BADOIT 1L|rz102||B100
PIERRES RGES|rz008|20|V
MILLAU RGE|rz017|20|P25
LAGREZETTE|rz029|17|V
LE CEDRE|rz034|18|V
HORTUS|rz043|19|V
SANG DEL PAIS|rz001|23|V
CROS VV|rz006|21|V
LAURENS ROSE|rz010|22|V
MOUSSET BL|rz012|21|V
GREYSAC|rz050|16|V
LAROSE TRINT|rz048|17|V
ROTIER RGE|rz022|20|V
MAYRAGUES|rz025|19|V
PLAISANCE|rz041|21|V
DARONS|rz046|21|P50
CAFE|-|||X|coffee
GRD CREME|-|||X|coffee
INFUSION VERVEINE|-|||X|a herb tea, not the Velay liqueur
CHOCO CHAUD|-|||X|hot chocolate
ROUGE|-||V|R|generic house red by the glass
BLANC|-||P25|B|generic house white pichet
MARCILLAC|-||V|R|several Marcillac reds held (Cros x2, Laurens, Vallon)
CAHORS|-||P50|R|several Cahors held
GAILLAC ROUGE|-||V|R|several Gaillac reds held
FRONTON|-||V|R|two Fronton reds held (Bellevue la Forêt, Plaisance)
MARCILLAC ROSE CROS|-||V|Ro|Domaine du Cros rosé not held (only Laurens rosé)
LAGREZETTE|-||B150|R|no magnum of Lagrézette
CEDRE|-||B37.5|R|no half bottle of Le Cèdre
PANACHE|-||DM|K|shandy: a mix, not a held drink
MONACO|-||DM|K|beer with grenadine and lemonade: a mix
PELFORTH|-||DM|K|Pelforth not held
GUINNESS|-||PT|K|Guinness not held
HEINEKEN 33CL|-||B33|Bi|Heineken held only in 25 cl
EVIAN 1L|-||B100|S|Evian held only in 50 cl
VITTEL|-||B100|S|Vittel not held
JUS ORANGE|-||B25|S|orange juice not held
SIROP GRENADINE|-||V|S|grenadine syrup not held (menthe only)
LAGAVULIN 12ANS|-||D|G|Lagavulin 12 not held (8 and 16)
COGNAC XO|-||D|G|Hennessy VS only
CHARTREUSE JAUNE|-||D|G|Chartreuse Verte only
PASTIS|-||D|G|several pastis held (Ricard, 51, Bardouin)
WHISKY|-||D4|G|generic whisky
FARCOU|-|||C|food (Aveyron herb fritter)
FOUACE PART|-|||C|food (fouace slice)
CROQUE MONSIEUR|-|||C|food
SUPP GLACE|-|||X|supplement
"""
