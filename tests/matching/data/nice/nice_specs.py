"""What the staff typed, one product a line: till|key|measure|vintage|text|reason.

key `-` is a product that is no drink of the library (reason says why); a key with a
measure whose format the library does not hold is computed to none by the rules.
Measures: btl (the drink's ordinary bottle), mag, half, fNN (a bottle of NN cl), gl (glass
without volume, 12.5 cl), gl12, gl15, car25, car50, dose (4 cl), cl2, cl6, demi (25 cl beer),
pinte (50 cl), piccola (20 cl), media (40 cl), food (no measure).
"""

SPECS = r"""
A|belbl|gl|2022|CH BELLET BLC|
A|belbl|mag|2021|CH BELLET BLC|
A|belbl|mag|2020|CH BELLET BLC|
A|belrg|btl|2019|CH BELLET RGE|
A|barong|btl|2020|BARON G BELLET|
A|cremrg|btl|2019|CH CREMAT ROUGE|
A|csvclos|btl|2021|CLOS ST VINCENT BLANC|
A|toasc|half|2022|BELLET TOASC|
A|toasc|btl|2021|DOM TOASC BLC|
A|bovis|btl|2023|COLLET DE BOVIS RS|
A|sourcerg|btl|2020|BELLET RGE DOM SOURCE|
A|selle|btl|2023|OTT CH DE SELLE|
A|selle|half|2023|OTT CH DE SELLE|
A|selle|mag|2023|OTT CH DE SELLE|
A|selle|gl|2022|OTT SELLE RS|
A|mireillebl|btl|2022|CLOS MIREILLE BLC|
A|leoube|mag|2022|ROSE DE LEOUBE|
A|leoubesecret|btl|2022|SECRET DE LEOUBE|
A|meduse|gl|2023|LAMPE DE MEDUSE RS|
A|miraval|car50|2023|MIRAVAL ROSE|
A|miraval|mag|2023|MIRAVAL ROSE|
A|commanderie|btl|2023|COMMANDERIE PEYRASSOL|
A|clarendon|btl|2022|CLARENDON ROSE|
A|vannrg|btl|2018|VANNIERES BANDOL RGE|
A|vannrg|btl|2017|BANDOL VANNIERES|
A|vannrg|mag|2017|BANDOL VANNIERES|
A|vannrs|gl|2023|BANDOL RS VANNIERES|
A|sufrg|btl|2020|SUFFRENE RGE|
A|lauves|btl|2018|LES LAUVES SUFFRENE|
A|rouviere|btl|2018|CH LA ROUVIERE|
A|romassan|mag|2022|CH ROMASSAN|
A|tbross|btl|2022|ROSSESE TERRE BIANCHE|
A|tbross|gl|2021|ROSSESE T BIANCHE|
A|beragna|btl|2021|BERAGNA KAMANCINE|
A|posau|btl|2020|POSAU MACCARIO|
A|anfosso|btl|2021|POGGIO PINI ANFOSSO|
A|ascheroverm|gl|2023|VERMENTINO ASCHERO|
A|albe|btl|2019|BAROLO ALBE VAJRA|
A|albe|btl|2016|BAROLO ALBE VAJRA|
A|viole|mag|2016|BRICCO VIOLE VAJRA|
A|vajraneb|gl|2022|LANGHE NEB VAJRA|
A|massbarolo|half|2019|BAROLO MASSOLINO|
A|castiglione|btl|2020|BAROLO CASTIGLIONE|
A|prodbbsco|btl|2019|BBSCO PRODUTTORI|
A|prodbbsco|btl|2016|BBSCO PRODUTTORI|
A|rabaja|btl|2017|RABAJA RIS PRODUTT|
A|trevigneb|btl|2021|BARBERA ASTI VIETTI|
A|prior|btl||PRIOR BORTOLOMIOL|
A|prior|gl||PROSECCO PRIOR|
A|fergbrut|half||FRANCIAC FERGHETTINA|
A|prestige|mag||CA DEL BOSCO PRESTIGE|
A|pernod|dose||PERNOD|
A|villamassa|cl2||LIMONC VILLA MASSA|
A|marolo|dose||GRAPPA BAROLO MAROLO|
A|ichnusa|demi||ICHNUSA NON FILTRATA|
A|ichnusa|f33||ICHNUSA NF|
A|forst|pinte||FORST PREMIUM|
A|pellegrino|f50||SAN PELLEGRINO|
A|panna|f100||ACQUA PANNA|
A|-|food||SOCCA|food: socca
A|-|food||PISSALADIERE|food
A|-|food||CAFE|coffee
A|-|gl||VIN ROSE MAISON|generic house rosé, no house wine held
A|-|car50||ROSE MAISON|generic house rosé, no house wine held
A|-|btl|2022|BANDOL ROUGE|appellation alone, three red Bandols held
A|-|btl||BELLET ROSE|appellation alone, three Bellet rosés held
A|-|btl|2019|BAROLO|appellation alone, five Barolos held
A|-|btl||VERMENTINO|grape alone, several Vermentinos held
A|-|btl|2020|RUSSEGHINE BRUNA|another cuvée of a held producer (U Baccan held)
A|-|btl|2019|BAROLO RAVERA VIETTI|another Barolo of a held producer (Castiglione held)
A|-|btl|2019|BBSCO ASILI PRODUTT|Produttori's Riserva Asili, not held (Rabajà held)
A|-|btl|2021|CH STE ANNE BANDOL|a Bandol estate not held
A|-|btl|2022|SELLE BLANC OTT|another colour of a held wine (Château de Selle rosé held)
A|-|btl|2023|LEOUBE BLANC|another colour (Léoube rosés held)
A|byott|mag|2023|BY OTT ROSE|
A|miraval|half|2023|MIRAVAL ROSE|
A|-|btl|2023|STUDIO BY MIRAVAL|another wine of a held estate
A|-|dose||PASTIS 51|a pastis not held
A|-|dose||RICARD|a pastis not held
A|-|btl||LIMONCELLO|two limoncellos held
A|-|dose||GRAPPA BARBARESCO|another grappa of a held distiller (Grappa di Barolo held)
A|-|pinte||PRESSION|generic draught
A|-|demi||PANACHE|mixed drink
A|-|food||SPRITZ APEROL|cocktail
A|-|food||NEGRONI|cocktail
A|isaac|pinte||BALADIN ISAAC|
A|forst|f33||FORST PREMIUM|
A|pellegrino|f75||SAN PELLEGRINO|
A|-|btl||PELLEGRINO LIMONATA|a variant not held (Aranciata held)
A|-|f33||COCA ZERO|a variant not held
A|-|food||DROIT DE BOUCHON|service
A|-|btl|2020|BARBERA DASTI|appellation alone, three Barbera d'Asti held
A|-|btl|2022|DOLCETTO DALBA|appellation alone, two Dolcetto d'Alba held
B|belbl|gl15|2022|Bellet Blanc Château de Bellet|
B|belbl|btl|2021|Bellet Blanc Château de Bellet|
B|belrs|btl|2022|Bellet Rosé Ch. de Bellet|
B|barong|btl|2021|Baron G Ch. de Bellet|
B|crembl|gl12|2022|Crémat Blanc|
B|csvclos|btl|2022|Le Clos Saint-Vincent Blanc|
B|sourcers|btl|2023|Bellet Rosé Dom. de la Source|
B|bovis|gl12|2023|Rosé Collet de Bovis|
B|selle|btl|2022|Ott Château de Selle|
B|selle|mag|2022|Château de Selle Rosé|
B|selle|half|2022|Ott Selle Rosé|
B|mireillers|gl12|2023|Clos Mireille Rosé|
B|byott|gl15|2023|By.Ott Rosé|
B|leoube|btl|2022|Rosé de Léoube|
B|meduse|btl|2023|Lampe de Méduse Rosé Ste Roseline|
B|meduserg|btl|2016|Lampe de Méduse Rouge|
B|miraval|btl|2023|Miraval Rosé|
B|miraval|gl12|2022|Miraval Rosé|
B|clarendonrg|btl|2018|Gavoty Clarendon Rouge|
B|rimauresq|gl12|2022|R de Rimauresq|
B|vannrg|btl|2019|Bandol Rouge Vannières|
B|vannrs|btl|2022|Vannières Bandol Rosé|
B|sufrs|gl12|2023|Bandol Rosé Suffrène|
B|sufrg|btl|2021|Bandol Rouge La Suffrène|
B|rouviere|btl|2019|Château La Rouvière Bunan|
B|tbross|btl|2021|Rossese di Dolceacqua Terre Bianche|
B|tbverm|gl12|2022|Vermentino Terre Bianche|
B|galeae|btl|2020|Galeae Ka Manciné|
B|aimone|btl|2022|Aimone Bio Vio|
B|baccan|btl|2022|U Baccan Bruna|
B|albe|btl|2018|Barolo Albe Vajra|
B|viole|btl|2017|Bricco delle Viole Vajra|
B|vajrabarb|btl|2021|Barbera d'Alba Superiore Vajra|
B|prodbbsco|mag|2019|Barbaresco Produttori|
B|prodbbsco|btl|2020|Barbaresco Produttori del Barbaresco|
B|prodneb|gl15|2022|Nebbiolo Produttori|
B|martinenga|btl|2018|Martinenga Marchesi di Grésy|
B|trevigned|btl|2022|Dolcetto Tre Vigne Vietti|
B|scolca|btl|2021|Gavi Etichetta Nera La Scolca|
B|gica|btl||Prosecco Adami Bosco di Gica|
B|prior|mag||Prosecco Prior Bortolomiol|
B|fergsaten|btl|2019|Franciacorta Satèn Ferghettina|
B|fergsaten|btl|2020|Satèn Ferghettina|
B|alma|gl12||Bellavista Alma|
B|duval|dose||Pastis Duval|
B|pallini|cl2||Limoncello Pallini|
B|cocchi|cl6||Vermouth Cocchi Storico|
B|ichnusa|pinte||Ichnusa Non Filtrata|
B|forst|demi||Forst|
B|nora|btl||Baladin Nora|
B|pellegrino|f25||San Pellegrino|
B|panna|f50||Panna|
B|chinotto|btl||Chinotto Neri|
B|-|food||Petits Farcis Niçois|food
B|-|food||Café Expresso|coffee
B|-|food||Socca Et Pastis|food and drink formula, not a drink sale
B|-|gl12||Blanc du Moment|generic glass, no house wine held
B|-|f75|2023|Côtes de Provence Rosé|appellation alone, many rosés held
B|-|f75|2022|Bandol Rosé|appellation alone, four Bandol rosés held
B|-|f75|2021|Rossese di Dolceacqua|appellation alone, several Rossese held
B|-|f75|2020|Barbaresco|appellation alone, four Barbarescos held
B|-|f75||Franciacorta Brut|appellation and style alone, three non-vintage Franciacorta bruts held
B|-|f75|2023|Château Galoupet Rosé|a Provence rosé not held
B|-|f75|2022|Miraval Blanc|another colour of a held wine
B|byott|mag|2023|By.Ott Rosé|
B|-|f75|2019|Barolo Ravera Vajra|another Barolo of a held producer
B|-|f75|2021|Barbera d'Alba Vietti|a held appellation from a producer who has only other wines
B|cremrg|half|2020|Crémat Rouge|
B|-|f75||Cuvée Prestige Rosé Ca' del Bosco|another colour of a held cuvée
B|-|f75||Bellavista Satèn|another wine of a held house, word shared with Ferghettina's Satèn
B|-|dose||Pastis|generic, three pastis held
B|-|dose||Pernod Absinthe|a variant not held (the pastis is held)
B|-|cl2||Limoncello Maison|house-made, not held
B|-|dose||Amaro Averna|an amaro not held
B|-|pinte||Blonde|generic draught
B|ichnusa|f50||Ichnusa Non Filtrata|
B|-|f33||Baladin Super|another beer of a held brewery
B|-|f33||Coca-Cola Zéro|a variant not held
B|panna|f75||Acqua Panna|
B|-|food||Spritz Aperol|cocktail
B|-|food||Negroni Sbagliato|cocktail
B|-|food||Droit de Bouchon|service
W|belbl|gl|2022|bellet bianco chateau de bellet|
W|belbl|car50|2022|bellet bianco ch bellet|
W|belrs|gl|2023|bellet rosato ch de bellet|
W|barong|btl|2019|baron g bellet|
W|crembl|btl|2021|cremat bianco|
W|cremrg|gl|2020|cremat rosso|
W|csvclos|btl|2020|le clos st vincent bianco|
W|toasc|half|2022|toasc bellet blanc|
W|bovis|btl|2022|collet de bovis rosato|
W|selle|btl|2023|chateau de selle ott|
W|selle|car50|2023|ott selle rosato|
W|leoube|mag|2022|leoube rosato|
W|leoubesecret|gl|2022|secret leoube|
W|meduse|btl|2022|lampe de meduse rosato|
W|miraval|gl|2023|miraval|
W|miraval|mag|2022|miraval|
W|clarendon|gl|2023|gavoty clarendon rosato|
W|vannrg|btl|2016|bandol rosso vannieres|
W|vannrg|btl|2020|vannieres rosso|
W|lauves|btl|2019|les lauves suffrene|
W|rayjane|btl|2016|ray-jane bandol|
W|tbross|car25|2022|rossese terre bianche|
W|tbarcagna|btl|2019|bricco arcagna terre bianche|
W|beragna|gl|2021|beragna ka manciné|
W|ascheropig|gl|2022|pigato aschero|
W|aimone|gl|2022|vermentino aimone biovio|
W|lunae|btl|2022|etichetta nera lunae|
W|albe|btl|2019|barolo albe vajra|
W|albe|gl|2019|barolo albe|
W|viole|btl|2018|bricco delle viole vajra|
W|vajradolc|btl|2022|dolcetto vajra|
W|massbarolo|btl|2016|barolo massolino|
W|castiglione|btl|2021|castiglione vietti|
W|prodbbsco|btl|2018|barbaresco produttori|
W|prodbbsco|gl|2020|barbaresco produttori|
W|prodbbsco|mag|2018|barbaresco produttori|
W|martinenga|btl|2019|barbaresco martinenga gresy|
W|uccellone|btl|2018|bricco uccellone braida|
W|trevigneb|gl|2021|barbera tre vigne vietti|
W|arneis|gl|2023|arneis vietti|
W|scolca|btl|2020|gavi dei gavi scolca|
W|prior|gl||prosecco prior|
W|gica|gl||adami bosco di gica|
W|fergbrut|btl||ferghettina brut|
W|alma|btl||bellavista alma grande cuvee|
W|prestige|gl||ca del bosco prestige|
W|berger|dose||berger blanc|
W|villamassa|dose||limoncello villa massa|
W|pallini|dose||limoncello pallini|
W|cocchiam|dose||cocchi americano|
W|ichnusa|media||ichnusa non filtrata|
W|ichnusa|piccola||ichnusa|
W|forst|media||forst premium|
W|forst|demi||forst|
W|pellegrino|f100||san pellegrino|
W|panna|f100||acqua panna|
W|cedrata|btl||cedrata tassoni|
W|-|food||socca|food: socca
W|-|food||pan bagnat|food
W|-|food||trofie al pesto|food
W|-|food||caffe macchiato|coffee
W|-|food||coperto|service
W|-|gl||vino rosso della casa|generic house red, no house wine held
W|-|car50||rosato della casa|generic house rosé
W|-|gl||bianco del giorno|generic white of the day
W|-|btl|2020|barolo|appellation alone, five Barolos held
W|-|gl||rossese|appellation alone, six Rossese held
W|-|btl|2022|langhe nebbiolo|three Langhe Nebbiolo held
W|-|btl|2021|vermentino|grape alone, several Vermentinos held
W|-|btl|2022|pigato|grape alone, three Pigatos held
W|-|btl|2019|barolo rocche di castiglione vietti|another Barolo of a held producer, word shared with Castiglione
W|-|btl|2019|barbaresco pora produttori|Produttori's Riserva Pora, not held
W|-|btl|2020|barbera d'asti braida|two Barbera d'Asti of Braida held
W|-|btl|2021|rossese ka manciné|two Rossese of Ka*Manciné held
W|-|btl|2023|peyrassol rosato|two Peyrassol rosés held
W|-|btl|2023|clos mireille|Clos Mireille without colour: a white and a rosé held
W|-|btl|2022|bellet bianco|several white Bellets held
W|-|btl|2022|bandol bianco suffrene|another colour of a held producer
W|-|btl|2020|vannieres bianco|another colour of a held producer
W|meduse|mag|2023|lampe de meduse|
W|albe|half|2019|barolo albe vajra|
W|tbross|mag|2022|rossese terre bianche|
W|-|gl||prosecco|two Proseccos held
W|-|gl||spritz campari|cocktail naming a held drink
W|-|gl||americano|cocktail, word shared with Cocchi Americano
W|-|gl||bellini|cocktail
W|-|dose||grappa moscato marolo|another grappa of a held distiller
W|-|dose||amaro del capo|an amaro not held
W|-|dose||limoncello|two limoncellos held
W|-|media||ichnusa cruda|a variant not held
W|-|f33||baladin wayan|another beer of a held brewery
W|panna|f75||panna|
W|coca|f50||coca cola|
W|-|btl||aranciata rossa san pellegrino|a variant not held (Aranciata held)
W|-|btl||acqua frizzante|generic water
"""
