"""HOTEL: the hotel bar / room-service terminal (article number, glued words, dots).

Drink: key|measure|vintage|text.  Not a drink of the library: -|measure|vintage|family|text|reason.
"""
SPECS = """
graillot_r|B|20|CROZES.GRAIL
graillot_r|B|22|CROZESGRAIL
chave_y|B|22|CROZES.YCHAVE
chave_y|B|20|CROZES.YCHAVE
chave_y|H|21|CROZES.YCHAVE
sizeranne|B|18|HERM.SIZER
gripa_r|B|21|STJO.GRIPA
gripa_r|B|20|STJO.GRIPA
gripa_r|V||STJO.GRIPA
gripa_b|B|21|STJOBL.GRIPA
courbis_royes|B|18|STJO.ROYES
tournon|H|22|STJO.TOURNON
voge_chailles|B|19|CORNAS.CHAILLES
voge_chailles|B|21|CHAILLES.VOGE
tunnel_cornas|B|19|CORNAS.TUNNEL
paris_60|B|21|GRANIT60
paris_60|B|19|GRANIT60
guigal_r|B|20|CDR.GUIGAL
guigal_r|B|19|CDR.GUIGAL
guigal_r|V||CDR.GUIGAL
guigal_r|H|20|CDR.GUIGAL
perrin_r|V||CDR.PERRIN
perrin_b|B|22|CDRBL.PERRIN
pesquie_r|B|22|PESQUIE.TERRASSES
pesquie_r|B|20|PESQUIE
vieilleferme|V||VIEILLEFERME
floureto|V||VACQ.FLOURETO
montirius|B|19|VACQ.MONTIRIUS
durban|B|20|BDV.DURBAN
jail_trad|B||CDD.JAILLANCE
jail_trad|C||CDD.JAILLANCE
jail_trad|M||CDD.JAILLANCE
carod|C||CDD.CAROD
jail_imp|C||CREMDIE.IMPERIALE
lapierre|B|21|MORGON.LAPIERRE
lapierre|B|23|MORGON.LAP
jacques|B|20|MAV.JACQUES
jacques|B|22|MAV.JACQUES
brun|H|22|ANCIEN.BRUN
ott|V||BYOTT
whispering|M|22|WHISPANGEL
aix|B|22|AIXROSE
moet_bi|B||MOET.BRUTIMP
moet_bi|H||MOET.BRUTIMP
moet_bi|C||MOET
veuve|C||VEUVECLICQUOT
k1664|PT||1664
grim_amb|DM||GRIMBAMBREE
leffe_k|DM||LEFFE
heineken0|B||HEINEKEN00
suze|D||SUZE
p51|D||PASTIS51
chart_j|D||CHARTJAUNE
get27|D||GET27
glenmo|D||GLENMO10
lagavulin|D||LAGAVULIN16
havana|D||HAVANA3
coca|B||COCACOLA
evian|B||EVIAN
-|B|20|RN|HERMIT.CHAVE|J.-L. Chave's Hermitage not held
-|B||RN|CROZES.ROUGE|Crozes-Hermitage red alone: several held
-|V||RN|STJOSEPH|Saint-Joseph alone: several held
-|B|20|RN|CORNAS.CLAPE|Clape's Cornas not held
graillot_b|M|22|CROZESBL.GRAIL
-|B|21|RN|CONDRIEU.DELAS|Delas's Condrieu not held
-|B|20|RN|COTEROTIE.GUIGAL|Guigal's Côte-Rôtie not held
-|B||RS|CDR.VILLAGES|generic Côtes du Rhône Villages
-|B|22|RS|RASTEAU|Rasteau not held
-|B|21|RS|BEAUCASTEL|Château de Beaucastel not held
-|V||RS|VENTOUX.ROUGE|Ventoux red alone: three held
-|B|23|RS|VIEILLEFERME.BL|La Vieille Ferme white not held
-|B||DIE|CLAIRETTEROSE|Clairette de Die rosé not held
-|B||DIE|CREMDIE.ROSE|Crémant de Die rosé not held
-|B|22|BJ|BROUILLY.DUBOEUF|Duboeuf's Brouilly not held
-|B|23|PRO|BANDOL.ROSE|Bandol rosé not held
-|B|23|PRO|MINUTY.ROSEETOR|Minuty's Rose et Or not held
-|B||CHP|DOMPERIGNON|Dom Pérignon not held
-|B||CHP|RUINART.BLANC|Ruinart Blanc de Blancs not held
moet_rose|M||MOET.ROSEIMP
-|C||CHP|CHAMPAGNE.MAISON|generic house champagne
-|PT||PRES|MONACO|mixed drink
-|B||BIB|LEFFE.RUBY|Leffe Ruby not held
-|B||BIB|CHIMAY.TRIPLE|Chimay Triple not held (Bleue is)
-|D||APE|KIR.ROYAL|mixed drink
-|D||ALC|CHIVAS18|Chivas 18 ans not held (12 ans is)
-|D||ALC|HAVANA7|Havana Club 7 ans not held (3 ans is)
-|D||ALC|ARMAGNAC|armagnac not held
-|D||ALC|GIN.TONIC|mixed drink
-|B||SFT|SCHWEPPES.AGRUM|Schweppes Agrum' not held (Tonic is)
-|B||SFT|EVIAN50CL|Evian 50 cl not held (100 cl is)
-|X||HOT|NUITEE.CH12|room night
-|X||HOT|PETITDEJ.BUFFET|breakfast
-|X||HOT|TAXESEJOUR|tourist tax
-|X||CUI|CAILLETTE|food
-|X||CUI|RAVIOLES.ROMANS|food
"""
