"""gestion: the back office's article export (ART;LIBELLE;MILL;COND;PRIX).

One sale a line: MEASURE | VINTAGE | KEY | LIBELLE AS KEYED IN THE BACK OFFICE [| reason].
The manager keyed the libellés in the wholesaler's order (appellation or family first);
the export writes them in capitals without accents, cut at 22 characters; the vintage
has its own field, the conditionnement says bottle size or pour.
"""
CASES = """
BTL   | 2020 | jullien_r    | TDL Mas Jullien
BTL   | 2019 | jullien_r    | TDL Mas Jullien rouge
VR    | .    | jullien_r    | Verre Mas Jullien
BTL   | 2019 | montcalmes   | TDL Dom. Montcalmès
BTL   | 2021 | infidele     | TDL Cal Demoura Infidèle
BTL   | 2022 | petitspas    | TDL Escalette Petits Pas
BTL   | 2019 | clapas       | TDL Escalette Clapas
BTL   | 2022 | bergerie_r   | PSL Bergerie Hortus rge
VR12  | 2023 | bergerie_b   | Bergerie Hortus blanc
BTL   | 2020 | hortus_gc   | PSL Hortus Grde Cuvée
BTL   | 2022 | arbouse      | PSL Bruguière Arbouse
BTL   | 2021 | collines_r   | Faugères Collines rouge
P25   | 2024 | collines_rs  | Faugères Collines rosé
BTL   | 2022 | amandiers    | Faugères Liquière Amand.
MAG   | 2021 | rochesnoires | St Chinian Roches Noires
BTL   | 2022 | rochesnoires | St Chinian Roches Noires
BTL   | 2019 | causse       | St Chinian Champart Causse
BTL   | 2024 | beauvignac   | Picpoul Beauvignac
VR12  | 2024 | preambule    | Picpoul Ormarine Préamb.
BTL   | 2024 | felines      | Picpoul Félines Jourdan
VR    | .    | peyrade      | Muscat Frontignan Peyrade
BTL   | 2021 | daumas_r     | Daumas Gassac rouge
BTL   | 2023 | guilhem_r    | Oc Gassac Guilhem rouge
BTL   | .    | cotemas_r    | Oc Côté Mas rouge
P50   | .    | cotemas_b    | Oc Côté Mas blanc
BTL   | 2023 | argali       | Oc Puech Haut Argali
BTL   | 2020 | aupilhac_r   | Montpeyroux Aupilhac
BTL   | .    | antech_brut  | Crémant Limoux Antech Brut
CP    | .    | antech_rose  | Crémant Antech rosé
BTL   | .    | premierebulle| Blanquette Première Bulle
BTL   | .    | taitt_brut   | Champ. Taittinger Brut
DOSE  | .    | lillet       | Apéritif Lillet blanc
DOSE  | .    | martini_r    | Apéritif Martini rouge
DOSE  | .    | picon        | Amer Picon
DOSE  | .    | jameson      | Whisky Jameson
DOSE  | .    | clan         | Whisky Clan Campbell
D2    | .    | havana3      | Rhum Havana 3 ans
DOSE  | .    | bombay       | Gin Bombay Sapphire
DOSE  | .    | absolut      | Vodka Absolut
D2    | .    | poire        | Eau de vie Poire Williams
DOSE  | .    | baileys      | Liqueur Baileys
DEMI  | .    | alaryk_b     | Bière pression Alaryk
PINTE | .    | grim         | Bière pression Grimbergen
S33   | .    | alaryk_b     | Bière Alaryk blonde
S33   | .    | lez_ipa      | Bière Lez IPA
S33   | .    | desperados   | Bière Desperados
S33   | .    | heineken00   | Bière Heineken 0.0
S25   | .    | tonic        | Schweppes Tonic
S25   | .    | agrumes      | Schweppes Agrumes
S25   | .    | oasis        | Oasis Tropical
S25   | .    | icetea       | Ice Tea pêche
BTL   | 2021 | jullien_r    | TDL Mas Jullien
BTL   | 2020 | montcalmes   | TDL Dom. Montcalmès
BTL   | 2019 | infidele     | TDL Cal Demoura Infidèle
BTL   | 2020 | petitspas    | TDL Escalette Petits Pas
BTL   | 2020 | clapas       | TDL Escalette Clapas
BTL   | 2023 | bergerie_r   | PSL Bergerie Hortus rge
BTL   | 2021 | arbouse      | PSL Bruguière Arbouse
BTL   | 2023 | collines_r   | Faugères Collines rouge
BTL   | 2023 | rochesnoires | St Chinian Roches Noires
BTL   | 2021 | causse       | St Chinian Champart Causse
BTL   | 2022 | daumas_r     | Daumas Gassac rouge
BTL   | 2022 | guilhem_r    | Oc Gassac Guilhem rouge
BTL   | 2022 | argali       | Oc Puech Haut Argali
BTL   | 2022 | aupilhac_r   | Montpeyroux Aupilhac
MAG   | 2022 | rochesnoires | St Chinian Roches Noires
.     | .    | -            | Plat du jour | food
.     | .    | -            | Menu du terroir | food
.     | .    | -            | Fromages affinés | food
.     | .    | -            | Café expresso | coffee
.     | .    | -            | Infusion verveine | herbal tea
.     | .    | -            | Privatisation salle | service
.     | .    | -            | Bon cadeau | voucher
VR    | .    | -            | Vin rouge au verre | generic glass of red
P25   | .    | -            | Pichet blanc | generic house white
BTL   | 2021 | -            | TDL Montcalmès blanc | the white of Montcalmès: colour not held
BTL   | 2021 | -            | TDL Escalette Grand Pas | Le Grand Pas: another cuvée, not held
BTL   | 2020 | -            | TDL Mas Conscience | not held
BTL   | 2022 | -            | PSL Lancyre | not held
BTL   | 2021 | -            | Faugères Estanilles | Château des Estanilles: not held
BTL   | 2022 | -            | St Chinian Rosé Roquebrun | the Roquebrun rosé: not held
BTL   | 2024 | -            | Picpoul Morin Langaran | another Picpoul producer, not held
BTL   | 2023 | -            | Oc Gassac Guilhem blanc | Guilhem blanc: colour not held
BTL   | .    | -            | Oc Côté Mas Crémant | another wine of Paul Mas, not held
BTL   | .    | -            | Clairette du Languedoc | not held
HALF  | .    | taitt_rose   | Champ. Taittinger Rosé
MAG   | .    | taitt_brut   | Champ. Taittinger Brut
HALF  | 2021 | bergerie_r   | PSL Bergerie Hortus rge
S50   | .    | peyrade      | Muscat Frontignan Peyrade
BTL   | .    | -            | Muscat de Lunel | another muscat, not held
DOSE  | .    | -            | Whisky JD Honey | another Jack Daniel's, not held
DOSE  | .    | -            | Rhum Havana Selección | Havana Club Selección de Maestros: not held
DOSE  | .    | -            | Cognac Hennessy VS | not held
DOSE  | .    | -            | Pastis | several pastis held
PINTE | .    | lez_cascade  | Bière pression Lez Cascade
DEMI  | .    | -            | Bière pression blanche | generic, not held
S33   | .    | -            | Bière Alaryk ambrée | Alaryk ambrée not held
S33   | .    | -            | Bière Lez Saison | not held
S25   | .    | -            | Limonade artisanale | generic
S100  | .    | -            | Badoit 1L | not held
"""
