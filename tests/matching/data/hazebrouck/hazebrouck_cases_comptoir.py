"""comptoir: the bar's cash register. One line a PLU as the staff keyed it:
expect|drink key (or -FAMILY for a none)|measure|vintage typed (2 digits)|text typed|why.
The till adds the family prefix, the 'NN vintage, cuts the text at 16 and adds the measure."""
CASES = """
y|greysac|B|19|GREYSAC
y|greysac|M|18|GREYSAC
y|cantemerle|B|17|CANTEMERLE
y|senejac|B|19|SENEJAC
y|parenchere|H|21|PARENCHERE
y|thieuley|B|23|THIEULEY BL
y|fombrauge|B|18|FOMBRAUGE ST EMILION
y|doisy|B|17|DOISY DAENE
y|vacheronb|B|22|SANC VACHERON
y|vacheronb|H|23|SANC VACH
y|vacheronr|B|21|SANC RGE VACH
y|baronnes|B||SANC BARONNES BOURGEOIS
y|ladoucette|B|21|PF LADOUCETTE
y|luneau|B||MUSCADET LUNEAU PAPIN
y|villeneuve|B|20|SAUMUR CHAMP
y|langlois|B||CREMANT LOIRE LANGLOIS
y|stmartin|B|22|CHABLIS ST MARTIN
y|vaudevey|B|20|VAUDEVEY
y|lugny|B||MACON LUGNY GENIEVRIERES
y|mercurey|M|20|MERCUREY
y|beaunechat|B|19|BEAUNE CHAT
y|bouillot|B||CREMANT BOURG PERLE
y|polbr|B||POL ROGER BR
y|polbr|H||POL ROGER BR
y|polvint|B|15|POL ROGER VINTAGE
y|ruinart|B||RUINART BDB
y|polbr|CP||POL ROGER BR
y|lpcuvee|CP||LAURENT PERRIER
y|vacheronb|G12||SANC VACHERON
y|laforet|G12||BOURG PN LAFORET
y|villeneuve|P50||SAUMUR CHAMPIGNY
y|luneau|P25||MUSCADET
y|stella|D||STELLA
y|stella|PT||STELLA
y|grimbl|D||GRIMB BLONDE
y|zotbl|D||BRUGSE ZOT BL
y|maredtri|D||MAREDSOUS TRIPLE
y|3monts|D||3 MONTS
y|anosteke|PT||ANOSTEKE
y|esquel|D||ESQUELBECQ BLDE
y|3monts|S75||3 MONTS
y|chimayb|S75||CHIMAY BLEUE
y|abt12|S33||ST BERNARDUS ABT 12
y|strquad|S33||STRAFFE H QUADRUPEL
y|houlle|DOSE||HOULLE
y|wamb8|D2||WAMBRECHIES 8 ANS
y|picon|D2||PICON
y|spaint|S50||SPA INTENSE
a|greysac|B|17|GREYSAC
a|greysac|B|20|GREYSAC
a|cantemerle|B|18|CANTEMERLE
a|senejac|B|20|SENEJAC
a|parenchere|B|22|PARENCHERE
a|fombrauge|B|15|FOMBRAUGE
a|depez|B|19|DE PEZ
a|doisy|B|15|DOISY
a|vacheronb|H|22|SANC VACH
a|ladoucette|B|23|PF LADOUC
a|villeneuve|B|22|SAUMUR CHAMP
a|stmartin|B|21|CHABLIS STM
a|mercurey|B|19|MERCUREY
a|laforet|G12|20|LAFORET PN
a|polvint|B|12|POL ROGER VT
n|-CUI|||POTJEVLEESCH FRITES|food
n|-CUI|||CARBONADE FLAMANDE|food
n|-CUI|||FLAMICHE MAROILLES|food
n|-CUI|||PLANCHE FROMAGES|food
n|-CAF|||CAFE|coffee
n|-CAF|||CAFE CREME|coffee
n|-CAF|||BISTOUILLE|coffee with a drop of genievre: a mixed drink
n|-DIV|||CONSIGNE VERRE|glass deposit
n|-DIV|||LOCATION BOURLE|hire of the bourle lane, a game
n|-DIV|||DROIT DE BOUCHON|corkage
n|-PRS|PT||PANACHE|mixed drink
n|-PRS|D||MONACO|mixed drink
n|-PRS|D||JUPILER|beer not held
n|-PRS|PT||LEFFE BLONDE|beer not held
n|kasteel|D||KASTEEL DONKER|bottle only, not on draught
n|orval|PT||ORVAL|bottle only, not on draught
n|-BTL|S33||CHIMAY ROUGE|sibling of Chimay Bleue, not held
n|-BTL|S33||ROCHEFORT 6|sibling of Rochefort 8 / 10, not held
n|-BTL|S33||KWAK|beer not held
n|duvel|S75||DUVEL|format 75 cl not held
n|3monts|S33||3 MONTS|format 33 cl not held
n|-VIN|P50||ROUGE MAISON|generic house wine
n|-VIN|G||BLANC DU MOMENT|generic
n|-VIN|B||HAUT MEDOC|appellation held from two producers
n|-VIN|B||SANCERRE|appellation held from two producers and in two colours
n|greysac|H||GREYSAC|half bottle not held
n|cantemerle|M||CANTEMERLE|magnum not held
n|-VIN|B||CHABLIS 1ER MONTMAINS|Laroche's other Premier Cru, not held
n|-VIN|B||MERCUREY BLANC|colour not held
n|-CHP|B||POL ROGER ROSE|cuvee not held
n|ruinart|M||RUINART BDB|magnum not held
n|-GEN|DOSE||WAMBRECHIES 12 ANS|age not held
n|-ALC|DOSE||GLENFIDDICH 18|age not held
n|-ALC|DOSE||MARTELL VSOP|quality not held
n|-APE|D2||PASTIS 51|aperitif not held
n|spaint|S100||SPA INTENSE|format 100 cl not held
"""
